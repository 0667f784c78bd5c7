"""`workplan diff` on the command line: exit 0/1/2 as diff(1), text report, options, and bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PLANS, run

HERE = Path(__file__).resolve().parent / "plans" / "diff"
OLD, NEW = HERE / "old.yaml", HERE / "new.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden" / "diff"
UPDATE = os.environ.get("WORKPLAN_UPDATE_GOLDEN") == "1"  # regenerate, then review the files by eye


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_same_plan_exits_0():
    r = run("diff", PLANS / "2026.yaml", PLANS / "2026.yaml")
    assert r.code == 0
    assert "+0 新增  -0 删除  ~0 修改  ↪0 移动  41 未变" in r.out
    assert "两份计划的措施、指标和文字都相同" in r.out


def test_text_report_is_golden():
    r = run("diff", OLD, NEW)
    assert r.code == 1
    golden("report.txt", r.out)


def test_samples_text_report_marks_edits_without_colour():
    r = run("diff", PLANS / "2025.yaml", PLANS / "2026.yaml")
    assert r.code == 1
    assert "二十届[-三-]{+四+}中全会精神" in r.out  # no colour in a pipe: word-diff markers instead
    assert "↪ 26 → 30  推进依法治教\n    移自（六）深化教育综合改革\n" in r.out


def test_english_summary():
    r = run("--lang", "en", "diff", OLD, NEW)
    assert "+1 added  -1 removed  ~2 changed  ↪1 moved  2 unchanged" in r.out
    assert "moved from （一）落实立德树人根本任务" in r.out


def test_only_filters_the_text_report():
    r = run("diff", OLD, NEW, "--only", "removed")
    assert r.code == 1  # the plans still differ: --only chooses what is shown, not the verdict
    assert "稳妥推进中考改革" in r.out and "规范人工智能应用" not in r.out and "总体要求" not in r.out
    r = run("diff", OLD, NEW, "--only", "unchanged")
    assert "推进思政课一体化建设" in r.out and "加强劳动教育" not in r.out
    r = run("diff", OLD, NEW, "--only", "texts,targets")
    assert "总体要求" in r.out and "学前三年毛入园率" in r.out and "加强劳动教育" not in r.out


def test_threshold_turns_a_rewording_into_removed_and_added():
    assert run("diff", OLD, NEW, "-f", "json", "-t", "0.5").json()["summary"]["changed"] == 2
    summary = run("diff", OLD, NEW, "-f", "json", "--threshold", "0.9").json()["summary"]
    assert (summary["added"], summary["removed"], summary["changed"]) == (2, 2, 1)


def test_stdin_as_old_plan():
    r = run("diff", "-", NEW, "-f", "json", "-r", HERE / "departments.yaml", input=OLD.read_text(encoding="utf-8"))
    assert r.code == 1 and r.json()["summary"]["moved"] == 1


@pytest.mark.parametrize("stdin_is", ["old", "new"])
def test_stdin_plan_takes_the_registry_of_the_file_plan(stdin_is):
    """A plan on standard input has no folder: 基教科 is still 基础教育科, by the other plan's registry."""
    aliased = (PLANS / "2026.yaml").read_text(encoding="utf-8").replace("lead: 基础教育科", "lead: 基教科")
    args = ("-", PLANS / "2026.yaml") if stdin_is == "old" else (PLANS / "2026.yaml", "-")
    r = run("diff", *args, input=aliased)
    assert r.code == 0 and "基教科" not in r.out


@pytest.mark.parametrize("suffix", [".md", ".html", ".json"])
def test_output_file_is_written_and_summary_printed(tmp_path, suffix):
    out = tmp_path / f"对照表{suffix}"
    r = run("diff", OLD, NEW, "-o", out)
    assert r.code == 1
    assert r.out.strip() == "+1 新增  -1 删除  ~2 修改  ↪1 移动  2 未变"
    assert "已写入" in r.err
    assert "加强学生心理健康教育" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["--only", "added,renamed"], "--only 的值“renamed”无效"),
    (["-o", "out.pdf"], "无法按“out.pdf”的扩展名确定输出格式"),
    (["--threshold", "1.5"], "--threshold"),
])
def test_bad_usage_exits_2(args, message, tmp_path):
    r = run("diff", OLD, NEW, *args)
    assert r.code == 2
    assert message in r.err
    assert not (tmp_path / "out.pdf").exists()


def test_missing_file_exits_2(tmp_path):
    r = run("diff", OLD, tmp_path / "nope.yaml")
    assert r.code == 2 and "找不到文件" in r.err


def test_broken_plan_exits_2_with_position(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\norg: y\nyear: 2026\nsections:\n  - title: a\n    measures: [\n", encoding="utf-8")
    r = run("diff", OLD, bad)
    assert r.code == 2
    assert f"{bad}:" in r.err and "YAML" in r.err
    assert "Traceback" not in r.err


def test_duplicate_ids_exit_2(tmp_path):
    text = NEW.read_text(encoding="utf-8").replace("id: labor", "id: mental-health")
    (tmp_path / "new.yaml").write_text(text, encoding="utf-8")
    r = run("diff", OLD, tmp_path / "new.yaml", "-r", HERE / "departments.yaml")
    assert r.code == 2 and "标识 mental-health 重复" in r.err


def test_content_problems_do_not_stop_a_diff(tmp_path):
    """Last year's plan may name a department that is gone, or lack a lead: still comparable."""
    text = OLD.read_text(encoding="utf-8").replace("lead: 基础教育科", "lead: 已撤销科").replace("lead: 安全管理科\n        due: 全年", "due: 全年")
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    r = run("diff", tmp_path / "old.yaml", NEW, "-r", HERE / "departments.yaml", "-f", "json")
    assert r.code == 1
    notes = {m["title"]: m["changes"] for m in r.json()["measures"]}
    assert notes["加强劳动教育"] == ["lead", "section"] and notes["加强校园安全管理"] == ["lead"]
