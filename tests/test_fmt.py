"""workplan fmt: golden layout, --check, --ids, speech and registry order, errors, atomic writes."""

from __future__ import annotations

import os
import shutil

import pytest
import yaml
from conftest import DATA, PLANS, ROOT, run

from workplan.drafting.fmt import format_text

GOLDEN = DATA / "fmt"
REGEN = os.environ.get("WORKPLAN_REGEN") == "1"  # WORKPLAN_REGEN=1 pytest tests/test_fmt.py rewrites the goldens


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def messy(tmp_path):
    path = tmp_path / "messy.yaml"
    shutil.copy(GOLDEN / "messy.yaml", path)
    return path


def test_messy_plan_gets_the_canonical_layout(tmp_path):
    path = messy(tmp_path)
    r = run("fmt", path)
    assert r.code == 0
    assert "已整理" in r.out
    golden("messy.expected.yaml", path.read_text(encoding="utf-8"))


def test_ids_fills_missing_ids_from_position(tmp_path):
    path = messy(tmp_path)
    r = run("fmt", "--ids", path)
    assert r.code == 0
    assert "补充了 4 个 id：s1、s1-1、s1-1-t1、goal-1" in r.out
    golden("messy.ids.expected.yaml", path.read_text(encoding="utf-8"))


def test_ids_never_reuse_an_id_already_taken():
    text = "title: T\norg: O\nyear: 2026\nsections:\n  - title: A\n    measures:\n      - title: a\n      - id: s1-1\n        title: b\n"
    out, added = format_text(text, "p.yaml", ids=True)
    assert added == ["s1", "s1-1a"]
    assert "- id: s1-1a\n        title: a" in out


def test_check_lists_files_that_would_change_and_changes_nothing(tmp_path):
    path = messy(tmp_path)
    before = path.read_bytes()
    r = run("fmt", "--check", path)
    assert r.code == 1
    assert f"需要整理：{path}" in r.out
    assert path.read_bytes() == before


def test_formatted_tree_passes_check():
    r = run("fmt", "--check", PLANS)
    assert r.code == 0, r.out
    assert "0 个文件需要整理" in r.out


def test_fmt_twice_is_fmt_once(tmp_path):
    path = messy(tmp_path)
    run("fmt", path)
    once = path.read_bytes()
    r = run("fmt", path)
    assert r.code == 0 and "0 个文件已整理，1 个文件无需改动" in r.out
    assert path.read_bytes() == once


def test_speech_reads_in_the_order_of_the_speech():
    text = ("title: 在2026年全市教育工作会议上的讲话\norg: O\nyear: 2026\nkind: speech\n"
            "sections:\n  - title: 任务\n    measures: []\nproblems: []\nreview: []\nspeech:\n  speaker: 某\n")
    out, _ = format_text(text, "s.yaml")
    keys = [line.split(":")[0] for line in out.splitlines() if line[:1].isalpha()]
    assert keys == ["title", "org", "year", "kind", "speech", "review", "problems", "sections"]


def test_registry_gets_registry_order_and_flow_alias_lists():
    text = "placeholders:\n- 局各科室\ndepartments:\n- aliases:\n  - 思政科\n  name: 思教科\norg: O\n"
    out, _ = format_text(text, "departments.yaml")
    assert out == "org: O\ndepartments:\n  - name: 思教科\n    aliases: [思政科]\nplaceholders: [局各科室]\n"


def test_windows_line_endings_are_kept():
    text = "org: O\r\ntitle: T  # 标题\r\nyear: 2026\r\n"
    out, _ = format_text(text, "w.yaml")
    assert out == "title: T  # 标题\r\norg: O\r\nyear: 2026\r\n"


def test_other_yaml_files_are_left_alone():
    text = "jobs:\n    build:\n        runs-on: x\n"
    assert format_text(text, "ci.yml") == (text, [])


def test_folder_means_every_yaml_file_in_it(tmp_path):
    messy(tmp_path)
    shutil.copy(PLANS / "departments.yaml", tmp_path / "departments.yaml")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.yaml").write_text("org: [", encoding="utf-8")
    r = run("fmt", "--check", "--format", "json", tmp_path)
    assert r.code == 1
    files = {f["file"]: f["changed"] for f in r.json()["files"]}
    assert files == {str(tmp_path / "departments.yaml"): False, str(tmp_path / "messy.yaml"): True}


def test_syntax_error_names_the_position_and_other_files_go_on(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\norg: [O\n", encoding="utf-8")
    path = messy(tmp_path)
    r = run("fmt", bad, path)
    assert r.code == 2
    assert f"{bad}:3:1" in r.err
    assert bad.read_text(encoding="utf-8") == "title: T\norg: [O\n"
    assert path.read_text(encoding="utf-8") == (GOLDEN / "messy.expected.yaml").read_text(encoding="utf-8")


def test_standard_input_to_standard_output():
    r = run("fmt", "-", input="org: O\ntitle: T\n")
    assert r.code == 0
    assert r.out == "title: T\norg: O\n"


def test_missing_file_exits_2(tmp_path):
    r = run("fmt", tmp_path / "nope.yaml")
    assert r.code == 2 and "找不到文件" in r.err


def test_a_comment_ruamel_would_drop_is_moved_not_lost():
    text = "title: T\norg: O\nyear: 2026\nideas:\n  - >-  # 第一段的说明\n    第一段\n  - 第二段\n"
    out, _ = format_text(text, "c.yaml")
    assert "# 第一段的说明" in out
    assert yaml.safe_load(out)["ideas"] == ["第一段", "第二段"]


@pytest.mark.parametrize("fail_at", ["os.replace", "os.fsync"])
def test_a_failed_write_leaves_the_original_intact(tmp_path, monkeypatch, fail_at):
    """A crash or a full disk mid-write: the user's file is untouched and no temporary file is left."""
    path = messy(tmp_path)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fail_at, fail)
    r = run("fmt", path)
    assert r.code == 2
    assert "无法写入" in r.err and "磁盘空间不足" in r.err  # the OS reason in the user's language
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["messy.yaml"]


def test_pre_commit_hooks_run_our_commands():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert hooks["workplan-validate"]["entry"] == "workplan validate"
    assert hooks["workplan-fmt"]["entry"] == "workplan fmt --check"
    for hook in hooks.values():
        assert hook["language"] == "python"
        command = hook["entry"].split()[1:]
        assert run(*command, "--help").code == 0
