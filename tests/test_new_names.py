"""workplan new: where the draft goes. The source's name a year on (2026-speech.yaml → 2027-speech.yaml), so
the work points and the speech drafted from one folder never meet; a suffix-less -o gets .yaml; an edited
plan is never overwritten without --force, and when the file there is another plan the advice is a free
name, not --force."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import PLANS, run

from workplan.drafting.naming import default_name, free_name, with_suffix


@pytest.fixture
def folder(tmp_path):
    for name in ("2026.yaml", "2026-speech.yaml", "departments.yaml"):
        shutil.copy(PLANS / name, tmp_path / name)
    return tmp_path


EDITED = "\n# 已按局务会意见修改\n"


def edited_workpoints(folder):
    """plans/2027.yaml drafted from 2026.yaml and edited by the clerk."""
    assert run("new", "--from", folder / "2026.yaml").code == 0
    target = folder / "2027.yaml"
    target.write_text(target.read_text(encoding="utf-8") + EDITED, encoding="utf-8")
    return target, target.read_bytes()


@pytest.mark.parametrize("source, old, new, kind, name", [
    ("plans/2026.yaml", 2026, 2027, "workpoints", "2027.yaml"),
    ("plans/2026-speech.yaml", 2026, 2027, "speech", "2027-speech.yaml"),
    ("临川2026工作要点.yaml", 2026, 2027, "workpoints", "临川2027工作要点.yaml"),
    ("2026.yml", 2026, 2027, "workpoints", "2027.yml"),
    ("2026-speech.yaml", 2026, 2030, "speech", "2030-speech.yaml"),  # --year 2030
    ("临川2026工作要点（2025年修订）.yaml", 2026, 2027, "workpoints", "临川2027工作要点（2025年修订）.yaml"),
    ("2025-2026学年工作要点.yaml", 2025, 2026, "workpoints", "2026-2027学年工作要点.yaml"),
    ("2025—2026学年.yaml", 2026, 2027, "workpoints", "2026—2027学年.yaml"),
    ("plan.yaml", 2026, 2027, "workpoints", "2027.yaml"),  # no year in the name
    ("讲话.yaml", 2026, 2027, "speech", "2027-speech.yaml"),
    ("2025.yaml", 2026, 2027, "speech", "2027-speech.yaml"),  # a year, but not the plan's
    ("20261.yaml", 2026, 2027, "workpoints", "2027.yaml"),  # no 4-digit year
    ("2026.json", 2026, 2027, "workpoints", "2027.yaml"),  # the draft is YAML
    ("plans/2026", 2026, 2027, "workpoints", "2027.yaml"),
    ("", 2026, 2027, "speech", "2027-speech.yaml"),  # standard input
])
def test_default_name(source, old, new, kind, name):
    assert default_name(source, old, new, kind) == name


@pytest.mark.parametrize("output, written", [
    ("t/2028", "t/2028.yaml"), ("t/2028.yaml", "t/2028.yaml"), ("t/2028.yml", "t/2028.yml"),
    ("t/2028.txt", "t/2028.txt"), ("t/2028.", "t/2028.yaml"), ("t/v1.2/2028", "t/v1.2/2028.yaml"),
])
def test_a_name_without_suffix_gets_yaml(output, written):
    assert with_suffix(output) == written


def test_the_speech_draft_does_not_touch_the_edited_work_points(folder):
    """The audit's case: 2027.yaml drafted and edited, then the speech drafted from the same folder."""
    target, edited = edited_workpoints(folder)
    r = run("new", "--from", folder / "2026-speech.yaml")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0].startswith(f"{folder / '2026-speech.yaml'} → {folder / '2027-speech.yaml'}：")
    assert target.read_bytes() == edited
    assert "kind: speech" in (folder / "2027-speech.yaml").read_text(encoding="utf-8")
    out = folder / "out"
    out.mkdir()
    r = run("new", "--from", folder / "2026-speech.yaml", "-o", f"{out}/")
    assert r.code == 0, r.err
    assert sorted(p.name for p in out.iterdir()) == ["2027-speech.yaml"]
    r = run("new", "--from", folder / "2026.yaml", "-o", out)  # an existing folder, no slash
    assert r.code == 0, r.err
    assert sorted(p.name for p in out.iterdir()) == ["2027-speech.yaml", "2027.yaml"]


def test_the_source_name_a_year_on(folder):
    source = folder / "临川2026工作要点.yaml"
    shutil.copy(folder / "2026.yaml", source)
    r = run("new", "--from", source, "--format", "json")
    assert r.code == 0, r.err
    assert r.json()["output"] == str(folder / "临川2027工作要点.yaml")
    assert "year: 2027" in (folder / "临川2027工作要点.yaml").read_text(encoding="utf-8")
    assert not (folder / "2027.yaml").exists()


def test_another_plan_in_the_way_is_not_met_with_force(folder):
    """-o names the edited work points: the refusal says what is there and offers a free name, not --force."""
    target, edited = edited_workpoints(folder)
    r = run("new", "--from", folder / "2026-speech.yaml", "-o", target)
    assert r.code == 2
    assert (f"{target} 已存在，是另一份计划《临川市教育局2027年工作要点》（工作要点），"
            f"不是这份草稿《在2027年全市教育工作会议上的讲话》（讲话稿）；未覆盖。请用 -o 另选文件名，"
            f"如 -o {folder / '2027-speech.yaml'}") in r.err
    assert "--force" not in r.err
    assert target.read_bytes() == edited and not (folder / "2027-speech.yaml").exists()
    r = run("--lang", "en", "new", "--from", folder / "2026-speech.yaml", "-o", f"{folder}/", "--year", "2027")
    assert r.code == 0  # the folder: 2027-speech.yaml in it, nothing in the way
    r = run("--lang", "en", "new", "--from", folder / "2026-speech.yaml", "-o", target)
    assert r.code == 2 and "--force" not in r.err
    assert "already exists and holds another plan, “临川市教育局2027年工作要点” (work points)" in r.err
    assert f"e.g. -o {folder / '2027-speech-2.yaml'}" in r.err  # 2027-speech.yaml is taken now
    assert target.read_bytes() == edited
    r = run("new", "--from", folder / "2026-speech.yaml", "-o", target, "--force")  # when it is really meant
    assert r.code == 0, r.err
    assert "kind: speech" in target.read_text(encoding="utf-8")


def test_a_plan_with_another_title_is_another_plan(folder):
    target = folder / "2027.yaml"
    other = (PLANS / "2026.yaml").read_text(encoding="utf-8").replace("临川市教育局2026年", "东湖区教育局2027年")
    target.write_text(other, encoding="utf-8")
    r = run("new", "--from", folder / "2026.yaml")
    assert r.code == 2 and "另一份计划《东湖区教育局2027年工作要点》（工作要点）" in r.err
    assert f"-o {folder / '2027-2.yaml'}" in r.err and "--force" not in r.err
    assert target.read_text(encoding="utf-8") == other


def test_an_earlier_draft_of_the_same_plan_needs_force(folder):
    target, edited = edited_workpoints(folder)
    r = run("new", "--from", folder / "2026.yaml")
    assert r.code == 2 and r.err.strip().endswith(f"{target} 已存在，未覆盖；确需覆盖请加 --force")
    assert target.read_bytes() == edited
    assert run("new", "--from", folder / "2026.yaml", "--force").code == 0
    assert EDITED.strip() not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("there", ["不是计划\n", "title: [\n", "kind: notice\ntitle: 通知\n", "\xff\xfe"])
def test_whatever_is_in_the_way_stays_and_nothing_breaks(folder, there):
    target = folder / "2027.yaml"
    target.write_bytes(there.encode("latin-1") if there == "\xff\xfe" else there.encode("utf-8"))
    before = target.read_bytes()
    r = run("new", "--from", folder / "2026.yaml")
    assert r.code == 2 and "已存在" in r.err
    assert target.read_bytes() == before


def test_a_name_without_suffix_is_written_as_yaml_and_read_by_the_folder_commands(folder):
    out = folder / "t"
    out.mkdir()
    shutil.copy(folder / "departments.yaml", out / "departments.yaml")
    r = run("new", "--from", folder / "2026.yaml", "--year", "2028", "-o", out / "2028")
    assert r.code == 0, r.err
    assert sorted(p.name for p in out.iterdir()) == ["2028.yaml", "departments.yaml"]
    assert r.out.splitlines()[0].startswith(f"{folder / '2026.yaml'} → {out / '2028.yaml'}：")
    assert f"workplan validate {out / '2028.yaml'}" in r.out.splitlines()[-1]
    r = run("validate", out)
    assert r.code == 0 and "检查了 2 个文件" in r.out  # the draft and the registry
    assert run("depts", out).code == 0  # a folder without a plan is exit 2
    r = run("new", "--from", folder / "2026.yaml", "--year", "2028", "-o", out / "2028", "-f", "json")
    assert r.code == 2 and "2028.yaml 已存在" in r.err  # the real file is the one looked at
    r = run("new", "--from", folder / "2026.yaml", "--year", "2028", "-o", out / "2028", "--force", "-f", "json")
    assert r.code == 0 and r.json()["output"] == str(out / "2028.yaml")


def test_a_plan_on_standard_input_into_a_folder(folder):
    text = (folder / "2026-speech.yaml").read_text(encoding="utf-8")
    out = folder / "out"
    out.mkdir()
    r = run("new", "--from", "-", "-o", out, input=text)
    assert r.code == 0, r.err
    assert sorted(p.name for p in out.iterdir()) == ["2027-speech.yaml"]


def test_free_name_counts_on(tmp_path):
    (tmp_path / "2027-speech.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "2027-speech-2.yaml").write_text("x", encoding="utf-8")
    assert free_name(str(tmp_path / "2027.yaml"), "speech", True) == str(tmp_path / "2027-speech-3.yaml")
    assert free_name(str(tmp_path / "2027.yml"), "speech", True) == str(tmp_path / "2027-speech.yml")
    assert free_name(str(tmp_path / "2027.yaml"), "workpoints", False) == str(tmp_path / "2027-2.yaml")


@pytest.mark.skipif(not os.path.exists(os.devnull) or os.name != "posix", reason="a POSIX device")
def test_an_existing_path_without_a_suffix_is_written_as_it_is(tmp_path):
    """-o /dev/null (or a pipe) is no name to complete: .yaml is added only to a file that is not there yet."""
    from workplan.drafting.naming import draft_path

    assert draft_path("p/2026.yaml", os.devnull, 2026, 2027, "workpoints") == os.devnull
    assert draft_path("p/2026.yaml", str(tmp_path / "2028"), 2026, 2027, "workpoints") == str(tmp_path / "2028.yaml")
    r = run("new", "--from", PLANS / "2026.yaml", "-o", os.devnull, "--force")
    assert r.code == 0, r.err
    assert not Path(os.devnull + ".yaml").exists()
