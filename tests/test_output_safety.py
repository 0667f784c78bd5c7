"""What a command writes never destroys what it reads or what the user made by hand, and a wrong path
gets a plain message in the user's language (exit 2), never an OS error in English or a traceback.

From a user audit: export over its own plan or registry, import over a hand-edited plan or over its
source, import of a plan that is already YAML, folders given where files are meant (and back), stdin
named twice."""

from __future__ import annotations

import shutil

import pytest
from conftest import PLANS, ROOT, run

DOC = ROOT / "tests" / "import" / "plain.txt"


def unchanged(path, before: bytes) -> bool:
    return path.read_bytes() == before


# --- what the system says when a write fails, in the user's language (atomic.py)


def test_writing_into_a_file_as_if_it_were_a_folder_is_said_plainly(plans):
    r = run("render", plans / "2026.yaml", "-o", plans / "2026.yaml" / "x.docx")
    assert r.code == 2
    assert "File exists" not in r.err and "Not a directory" not in r.err
    assert "2026.yaml" in r.err and "不是文件夹" in r.err
    r = run("--lang", "en", "render", plans / "2026.yaml", "-o", plans / "2026.yaml" / "x.docx")
    assert r.code == 2 and "not a folder" in r.err


def test_a_folder_as_an_output_file_is_said_plainly(plans):
    folder = plans / "out.docx"
    folder.mkdir()
    r = run("render", plans / "2026.yaml", "-o", folder)
    assert r.code == 2
    assert "Is a directory" not in r.err and "文件夹" in r.err
    assert folder.is_dir()


def test_an_os_error_while_writing_is_in_the_users_language(tmp_path, monkeypatch):
    import errno

    from workplan import atomic

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full)
    r = run("export", PLANS / "2026.yaml", "-f", "json", "-o", tmp_path / "t.json")
    assert r.code == 2 and "No space" not in r.err and "磁盘" in r.err


# --- export: -o must fit --format, and never be one of export's own inputs


@pytest.mark.parametrize(("fmt", "name"), [
    ("markdown", "2026.yaml"),        # the plan itself
    ("json", "departments.yaml"),     # the registry the plan is checked against
    ("xlsx", "t.csv"),
    ("json", "t.docx"),
    ("markdown", "t.html"),
    ("xlsx", "t.json"),
    ("json", "t"),
])
def test_export_output_must_fit_the_format(plans, fmt, name):
    target = plans / name
    before = target.read_bytes() if target.exists() else None
    r = run("export", plans / "2026.yaml", "-f", fmt, "-o", target)
    assert r.code == 2, r.err
    assert "-o" in r.err and fmt in r.err
    assert (target.read_bytes() if target.exists() else None) == before


@pytest.mark.parametrize(("fmt", "name"), [
    ("json", "t.json"), ("markdown", "t.md"), ("markdown", "t.markdown"), ("xlsx", "t.xlsx"), ("xlsx", "T.XLSX"),
])
def test_export_output_of_the_right_kind_is_written(plans, fmt, name):
    r = run("export", plans / "2026.yaml", "-f", fmt, "-o", plans / name)
    assert r.code == 0, r.err
    assert (plans / name).stat().st_size > 0


def test_export_never_overwrites_the_plan_it_reads(plans):
    """A plan may be JSON (YAML reads it): -o naming it fits --format json, and still is refused."""
    import json

    import yaml

    plan = plans / "2026.json"
    data = yaml.safe_load((plans / "2026.yaml").read_text(encoding="utf-8"))
    plan.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    assert run("validate", plan).code == 0
    before = plan.read_bytes()
    r = run("export", plan, "-f", "json", "-o", plan)
    assert r.code == 2 and "2026.json" in r.err and "覆盖" in r.err
    assert unchanged(plan, before)
    r = run("export", plan, "-f", "json", "-o", plans / "." / "2026.json")  # the same file by another name
    assert r.code == 2 and unchanged(plan, before)


def test_export_never_overwrites_the_registry_it_reads(plans):
    registry = plans / "reg.json"
    registry.write_text((plans / "departments.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = registry.read_bytes()
    r = run("export", plans / "2026.yaml", "-r", registry, "-f", "json", "-o", registry)
    assert r.code == 2 and "reg.json" in r.err
    assert unchanged(registry, before)


# --- a folder as --registry: the departments.yaml in it


def test_a_folder_as_registry_means_the_departments_yaml_in_it(plans):
    r = run("validate", plans / "2026.yaml", "-r", plans)
    assert r.code == 0, r.out + r.err
    assert "找不到科室名册" not in r.err


def test_a_folder_without_a_registry_is_said_plainly(plans, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run("validate", plans / "2026.yaml", "-r", empty)
    assert r.code == 2
    assert "departments.yaml" in r.err


# --- import: an existing output needs --force, the source is never the output, a plan is not imported


def test_import_refuses_an_existing_plan_without_force(plans, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("# 手工修改过的计划\ntitle: 我的\n", encoding="utf-8")
    before = mine.read_bytes()
    r = run("import", DOC, "-o", mine)
    assert r.code == 2
    assert "已存在，未覆盖" in r.err and "--force" in r.err
    assert unchanged(mine, before)
    r = run("import", DOC, "-o", mine, "--force")
    assert r.code in (0, 1), r.err
    assert not unchanged(mine, before) and "sections:" in mine.read_text(encoding="utf-8")


def test_import_never_writes_over_its_source_even_with_force(tmp_path):
    source = tmp_path / "a.txt"
    shutil.copy(DOC, source)
    before = source.read_bytes()
    for extra in ([], ["--force"]):
        r = run("import", source, "-o", source, *extra)
        assert r.code == 2 and "a.txt" in r.err
        assert unchanged(source, before)


def test_import_never_writes_the_registry_over_its_source_or_its_plan(tmp_path):
    source = tmp_path / "a.txt"
    shutil.copy(DOC, source)
    before = source.read_bytes()
    r = run("import", source, "-o", tmp_path / "x.yaml", "--write-registry", source)
    assert r.code == 2 and unchanged(source, before) and not (tmp_path / "x.yaml").exists()
    r = run("import", source, "-o", tmp_path / "x.yaml", "--write-registry", tmp_path / "x.yaml")
    assert r.code == 2 and not (tmp_path / "x.yaml").exists()


def test_import_to_a_new_file_and_to_standard_output_still_work(tmp_path):
    r = run("import", DOC, "-o", tmp_path / "new.yaml")
    assert r.code in (0, 1), r.err
    assert (tmp_path / "new.yaml").exists()
    r = run("import", DOC)
    assert r.code in (0, 1) and "sections:" in r.out


def test_import_into_an_existing_folder_writes_year_yaml_there(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    r = run("import", DOC, "-o", folder, "--year", "2025")
    assert r.code in (0, 1), r.err
    assert (folder / "2025.yaml").is_file()
    r = run("import", DOC, "-o", folder, "--year", "2025")
    assert r.code == 2 and "2025.yaml" in r.err and "--force" in r.err


def test_import_with_a_folder_as_registry(tmp_path):
    r = run("import", DOC, "-o", tmp_path / "x.yaml", "-r", ROOT / "tests" / "import")
    assert r.code in (0, 1), r.err
    assert "departments: " in (tmp_path / "x.yaml").read_text(encoding="utf-8")
    assert "departments.yaml" in (tmp_path / "x.yaml").read_text(encoding="utf-8")


def test_import_refuses_a_yaml_plan_or_registry_saying_which(plans, tmp_path):
    out = tmp_path / "x.yaml"
    for name, told in (("2026.yaml", ("fmt", "new")), ("departments.yaml", ("科室名册", "-r"))):
        r = run("import", plans / name, "-o", out)
        assert r.code == 2, r.err
        assert all(word in r.err for word in told), r.err
        assert not out.exists()


def test_import_refuses_a_plan_whatever_its_name_or_from_standard_input(plans, tmp_path):
    text = (plans / "2026.yaml").read_text(encoding="utf-8")
    renamed = tmp_path / "2026.txt"
    renamed.write_text(text, encoding="utf-8")
    out = tmp_path / "x.yaml"
    r = run("import", renamed, "-o", out)
    assert r.code == 2 and "fmt" in r.err and not out.exists()
    r = run("import", "-", "-o", out, input=text)
    assert r.code == 2 and "标准输入" in r.err and "fmt" in r.err and not out.exists()


def test_import_takes_text_that_merely_mentions_keys(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("title: 说明\n" + DOC.read_text(encoding="utf-8"), encoding="utf-8")
    r = run("import", doc, "-o", tmp_path / "x.yaml")
    assert r.code in (0, 1), r.err


# --- new -o FOLDER: YEAR.yaml in it


def test_new_into_an_existing_folder_writes_year_yaml_there(plans, tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    r = run("new", "--from", plans / "2026.yaml", "-o", folder)
    assert r.code == 0, r.err
    assert (folder / "2027.yaml").is_file()
    r = run("new", "--from", plans / "2026.yaml", "-o", str(folder) + "/")
    assert r.code == 2 and "2027.yaml" in r.err and "--force" in r.err
    assert run("new", "--from", plans / "2026.yaml", "-o", folder, "--force").code == 0


# --- standard input named twice


def test_diff_reads_standard_input_once(plans):
    r = run("diff", "-", "-", input=(plans / "2026.yaml").read_text(encoding="utf-8"))
    assert r.code == 2
    assert "empty-file" not in r.err and "标准输入" in r.err


# --- --each-dept: -o names a folder


@pytest.mark.parametrize("name", ["each.docx", "each.md", "表.xlsx"])
def test_each_dept_output_must_name_a_folder(plans, name):
    target = plans / name
    r = run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", target)
    assert r.code == 2
    assert "文件夹" in r.err
    assert not target.exists()


def test_each_dept_into_a_folder_still_works(plans):
    for folder in (plans / "任务分解表", plans / "v2.2026"):
        r = run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", folder)
        assert r.code == 0, r.err
        assert any(folder.glob("*.docx"))


def test_each_dept_writes_every_table_it_can_and_names_the_ones_it_could_not(plans):
    import os
    import stat

    folder = plans / "tables"
    assert run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", folder).code == 0
    locked = [folder / "办公室.docx", folder / "思教科.docx"]
    for table in locked:
        table.write_bytes(b"last year")
        os.chmod(table, stat.S_IREAD)
    others = {p: p.stat().st_mtime_ns for p in folder.glob("*.docx") if p not in locked}
    for p in others:
        os.utime(p, ns=(0, 0))
    r = run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", folder)
    assert r.code == 2
    assert f"已生成 {len(others)} 份" in r.err and "2 份未能写入" in r.err
    assert "办公室.docx" in r.err and "思教科.docx" in r.err
    assert all(t.read_bytes() == b"last year" for t in locked)
    assert all(p.stat().st_mtime_ns != 0 for p in others)  # written after all


def test_each_dept_with_a_template_that_fails_for_one_department_changes_no_table(plans):
    folder = plans / "tables"
    assert run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", folder).code == 0
    before = {p.name: p.read_bytes() for p in folder.glob("*.docx")}
    template = plans / "tasks.j2"
    template.write_text((ROOT / "templates" / "tasks.j2").read_text(encoding="utf-8")
                        + '{% if plan.dept == "教研室" %}{{ paragraph(1 / 0) }}{% endif %}\n', encoding="utf-8")
    plan = plans / "2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("2026年工作要点", "2026年工作要点（修订）", 1), encoding="utf-8")
    r = run("render", plan, "--as", "tasks", "--each-dept", "-t", template, "-o", folder)
    assert r.code == 2 and "tasks.j2" in r.err
    assert {p.name: p.read_bytes() for p in folder.glob("*.docx")} == before


def test_an_output_name_near_the_systems_limit_is_written(plans):
    target = plans / ("工" * 81 + ".docx")  # 248 bytes: the temporary file beside it must be shorter
    r = run("render", plans / "2026.yaml", "-o", target)
    assert r.code == 0, r.err
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in plans.iterdir() if p.name.endswith(".tmp")] == []


def test_new_never_writes_over_its_source(tmp_path):
    plan = tmp_path / "2026.yaml"
    plan.write_text((PLANS / "2026.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "departments.yaml").write_text((PLANS / "departments.yaml").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    before = plan.read_bytes()
    r = run("new", "--from", plan, "--year", "2027", "-o", plan, "--force")
    assert r.code == 2 and "不会覆盖它" in r.err and plan.read_bytes() == before


@pytest.mark.parametrize("command", ["validate", "depts"])
def test_standard_input_is_read_once(command):
    r = run(command, "-", "-", input="title: x\n")
    assert r.code == 2 and "标准输入" in r.err


@pytest.mark.skipif(__import__("os").name == "nt", reason="NTFS counts a name in UTF-16 units: 84 characters fit")
@pytest.mark.parametrize("command", [["render", "2026.yaml", "-o"], ["export", "2026.yaml", "-f", "json", "-o"]])
def test_a_name_longer_than_the_system_allows_is_said_to_be_too_long(plans, command):
    target = plans / ("长" * 84 + (".docx" if command[0] == "render" else ".json"))  # 257 bytes
    r = run(*command[:1], plans / command[1], *command[2:], target)
    assert r.code == 2 and "文件名或路径过长" in r.err and "File name too long" not in r.err


def test_each_dept_names_a_folder_in_the_way_of_a_table_and_says_what_to_do(plans):
    folder = plans / "ed3"
    (folder / "办公室.docx").mkdir(parents=True)
    r = run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", folder)
    assert r.code == 2 and "1 份未能写入" in r.err
    assert str(folder / "办公室.docx") in r.err and "同名的文件夹" in r.err
    assert "请在 -o 中给出文件名" not in r.err and "Word/WPS" not in r.err  # -o names the folder; nothing is open
    assert (folder / "办公室.docx").is_dir() and (folder / "思教科.docx").is_file()


def test_each_dept_as_json_lists_the_tables_not_written_with_their_files(plans):
    import os
    import stat

    folder = plans / "ed3"
    (folder / "办公室.docx").mkdir(parents=True)
    (folder / "思教科.docx").write_bytes(b"last year")
    os.chmod(folder / "思教科.docx", stat.S_IREAD)
    r = run("render", plans / "2026.yaml", "--as", "tasks", "--each-dept", "-o", folder, "-f", "json")
    assert r.code == 2
    report = r.json()  # one document on standard output: what was written, the warnings, and the failures
    assert {"outputs", "findings", "errors"} <= set(report)
    assert sorted((e["file"], e["code"]) for e in report["errors"]) == [
        (str(folder / "办公室.docx"), "render-each-dept-in-the-way"), (str(folder / "思教科.docx"), "file-read-only")]
    assert len(report["outputs"]) == len(list(folder.glob("*.docx"))) - 2
    assert all(os.path.isfile(o["output"]) for o in report["outputs"])
