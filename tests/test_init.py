"""workplan init: a folder that validates, is already formatted, and gives the editor its schemas."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run

from workplan.schema import dumps, plan_schema, registry_schema

FILES = ["2026.yaml", "departments.yaml", "README.md", "schema/plan.schema.json",
         "schema/departments.schema.json", ".vscode/settings.json", ".vscode/extensions.json"]


@pytest.fixture
def made(tmp_path):
    folder = tmp_path / "x"
    r = run("init", folder, "--year", "2026")
    assert r.code == 0, r.err
    return folder, r


def test_init_writes_the_folder_and_says_what_next(made):
    folder, r = made
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == sorted(FILES)
    assert f"已在 {folder} 创建：" in r.out
    assert f"workplan validate {folder / '2026.yaml'}" in r.out


def test_validate_x_star_yaml_passes_without_a_warning(made):
    folder, _ = made
    r = run("validate", "--strict", *sorted(folder.glob("*.yaml")))
    assert r.code == 0, r.out
    assert "检查了 2 个文件：0 个错误，0 个警告" in r.out


def test_init_is_already_formatted(made):
    folder, _ = made
    assert run("fmt", "--check", folder).code == 0


def test_init_twice_refuses_and_changes_nothing(made):
    folder, _ = made
    plan = folder / "2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# 我的修改\n", encoding="utf-8")
    r = run("init", folder, "--year", "2026")
    assert r.code == 2
    assert "已存在" in r.err and "--force" in r.err
    assert plan.read_text(encoding="utf-8").endswith("# 我的修改\n")


def test_force_overwrites(made):
    folder, _ = made
    (folder / "README.md").write_text("旧的\n", encoding="utf-8")
    assert run("init", folder, "--year", "2026", "--force").code == 0
    assert (folder / "README.md").read_text(encoding="utf-8").startswith("# 某某市教育局年度工作要点")


def test_schemas_are_the_generated_ones_and_the_editor_finds_them(made):
    folder, _ = made
    assert (folder / "schema/plan.schema.json").read_text(encoding="utf-8") == dumps(plan_schema())
    assert (folder / "schema/departments.schema.json").read_text(encoding="utf-8") == dumps(registry_schema())
    settings = json.loads((folder / ".vscode/settings.json").read_text(encoding="utf-8"))
    for schema, globs in settings["yaml.schemas"].items():
        assert (folder / schema).is_file()
        assert globs
    for name in ("2026.yaml", "departments.yaml"):  # line 1 names the schema relative to the file
        first = (folder / name).read_text(encoding="utf-8").splitlines()[0]
        schema = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first).group(1)
        assert (folder / schema).is_file()


def test_readme_in_chinese_names_the_files_and_commands(made):
    folder, _ = made
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for words in ("2026.yaml", "departments.yaml", "workplan validate 2026.yaml", "workplan render",
                  "workplan new --from 2026.yaml --year 2027", "缩进"):
        assert words in readme


def test_json_report(tmp_path):
    r = run("init", tmp_path / "y", "--year", "2030", "--format", "json")
    assert r.code == 0
    assert r.json()["created"][0] == str(tmp_path / "y" / "2030.yaml")
    assert "2030年工作要点" in (tmp_path / "y" / "2030.yaml").read_text(encoding="utf-8")


def test_a_file_in_the_way_exits_2(tmp_path):
    (tmp_path / "f").write_text("", encoding="utf-8")
    r = run("init", tmp_path / "f")
    assert r.code == 2 and "不是文件夹" in r.err


@pytest.mark.parametrize("command", ["init", "new", "fmt", "export"])
def test_help_shows_an_example(command):
    r = run(command, "--help")
    assert r.code == 0
    assert re.search(r"示例：workplan " + command, r.out)


def test_shell_completion_is_offered():
    assert "--install-completion" in run("--help").out


def test_default_year_is_the_year_being_planned(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init", "z").code == 0
    from datetime import date

    from workplan.scaffold import planned_year

    assert Path("z", f"{planned_year(date.today())}.yaml").is_file()


@pytest.mark.parametrize(("today", "year"), [((2026, 1, 5), 2026), ((2026, 9, 30), 2026), ((2026, 10, 1), 2027),
                                             ((2026, 11, 23), 2027), ((2026, 12, 31), 2027)])
def test_without_year_the_sample_is_for_the_year_being_planned(today, year):
    """工作要点 for 2027 are drafted from the autumn of 2026."""
    import datetime

    from workplan.scaffold import planned_year

    assert planned_year(datetime.date(*today)) == year
