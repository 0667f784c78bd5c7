"""validate: the defects of the user audit (numbers, ambiguous or broken registries, blank fields, YAML tags,
duplicate ids reported at the later one, folders), each at a known line:column."""

from __future__ import annotations

import json

import pytest
from conftest import PLANS, run
from test_validate import HEAD, REGISTRY, check, measure


def diagnostics(r) -> list[tuple[str, str, int, int]]:
    return [(d["code"], d["file"], d["line"], d["column"]) for d in r.json()["diagnostics"]]


# --- 6. a duplicate id is reported where it repeats, naming the earlier line


def test_duplicate_id_is_reported_at_the_later_occurrence(tmp_path):
    body = ("goals:\n  targets:\n    - {id: x, name: 入园率, value: 92, unit: '%'}\n"  # line 6: a target, first
            "sections:\n  - id: x\n    title: 党建\n    measures:\n      - {title: 甲, lead: 思教科}\n")  # line 8
    r, found = check(tmp_path, body)
    assert found == {("duplicate-id", 8, 9)}
    message = r.json()["diagnostics"][0]["message"]
    assert message == "标识 x 重复（第一次出现在第 6 行）"


# --- 1. target values: finite, and printable exactly


def target(value: str) -> str:
    return f"goals:\n  targets:\n    - name: 入园率\n      value: {value}\n"  # the value at 7:14


@pytest.mark.parametrize("value", ["1e400", "-1e400", "123456789012345678901234567890", "1e15", "1e-300",
                                   "0.0000000000000001"])
def test_a_target_value_no_bureau_can_mean_is_an_error(tmp_path, value):
    r, found = check(tmp_path, target(value))
    assert found == {("number-out-of-range", 7, 14)} and r.code == 1
    message = r.json()["diagnostics"][0]["message"]
    assert value in message and "15" in message


@pytest.mark.parametrize("value,printed", [("1e-7", "0.0000001"), ("92", "92"), ("98.5", "98.5"), ("92.0", "92"),
                                           ("1.5e10", "15000000000"), ("999999999999999", "999999999999999"),
                                           ("12345678.1234567", "12345678.1234567"), ("-3", "-3"), ("0", "0")])
def test_target_values_are_printed_exactly_as_plain_numbers(tmp_path, value, printed):
    r, found = check(tmp_path, target(value))
    assert found == set() and r.code == 0
    plan = tmp_path / "plan.yaml"
    preview = tmp_path / "plan.md"
    assert run("render", plan, "--as", "workpoints", "-o", preview).code == 0
    assert f"入园率达{printed}以上" in preview.read_text(encoding="utf-8")
    exported = run("export", plan, "--format", "json")
    assert exported.code == 0
    assert json.loads(exported.out)["goals"]["targets"][0]["value"] == float(value)


def test_number_text_never_uses_exponents():
    from workplan.render_context import number_text

    assert [number_text(v) for v in (1e-7, 1.5e10, 92.0, 98.5, 92, 1e14, None)] == [
        "0.0000001", "15000000000", "92", "98.5", "92", "100000000000000", ""]


# --- 2. a name, full name or alias stands for one department only


def registry_findings(tmp_path, text: str):
    registry = tmp_path / "departments.yaml"
    registry.write_text(text, encoding="utf-8")
    r = run("validate", "-f", "json", registry)
    return r, {(d["code"], d["line"], d["column"]): d["message"] for d in r.json()["diagnostics"]}


def test_an_alias_under_two_departments_is_an_error_at_the_second(tmp_path):
    r, found = registry_findings(tmp_path, "departments:\n"
                                 "  - name: 办公室\n    aliases: [综合科]\n"
                                 "  - name: 思教科\n    aliases: [思政科, 综合科]\n")
    assert r.code == 1 and list(found) == [("registry-ambiguous", 5, 20)]
    assert found["registry-ambiguous", 5, 20] == "综合科 已是 办公室 的别名（第 3 行）：一个名称只能指一个科室"


def test_an_alias_that_is_another_departments_name_or_full_name_is_an_error(tmp_path):
    r, found = registry_findings(tmp_path, "departments:\n"
                                 "  - name: 办公室\n    full_name: 局办公室\n"
                                 "  - name: 思教科\n    aliases: [办公室, 局办公室]\n"
                                 "  - name: 督导办\n    full_name: 思教科\n")
    assert r.code == 1 and set(found) == {("registry-ambiguous", 5, 15), ("registry-ambiguous", 5, 20),
                                          ("registry-ambiguous", 7, 16)}
    assert found["registry-ambiguous", 5, 15] == "办公室 已是 办公室 的名称（第 2 行）：一个名称只能指一个科室"
    assert found["registry-ambiguous", 5, 20] == "局办公室 已是 办公室 的全称（第 3 行）：一个名称只能指一个科室"
    assert found["registry-ambiguous", 7, 16] == "思教科 已是 思教科 的名称（第 4 行）：一个名称只能指一个科室"


def test_a_name_that_is_an_earlier_departments_alias_is_reported_at_the_name(tmp_path):
    r, found = registry_findings(tmp_path, "departments:\n"
                                 "  - name: 办公室\n    aliases: [督导办]\n"
                                 "  - name: 督导办\n")
    assert r.code == 1 and list(found) == [("registry-ambiguous", 4, 11)]
    assert "已是 办公室 的别名（第 3 行）" in found["registry-ambiguous", 4, 11]
    run_en = run("--lang", "en", "validate", tmp_path / "departments.yaml")
    assert "督导办 is already 办公室's alias (line 3); a name can mean one department only" in run_en.out


def test_a_department_may_repeat_its_own_names(tmp_path):
    r, found = registry_findings(tmp_path, "departments:\n"
                                 "  - name: 思教科\n    full_name: 思想政治教育科\n    aliases: [思政科, 思想政治教育科, 思教科]\n")
    assert r.code == 0 and found == {}


def test_a_plan_is_told_when_its_registry_is_ambiguous(tmp_path):
    registry = REGISTRY.replace("placeholders:", "  - name: 综合科\n    aliases: [思政科]\nplaceholders:")
    (tmp_path / "departments.yaml").write_text(registry, encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEAD + measure("- {title: 甲, lead: 思教科}\n"), encoding="utf-8")
    r = run("validate", "-f", "json", plan)
    assert r.code == 1
    assert diagnostics(r) == [("registry-ambiguous", str(tmp_path / "departments.yaml"), 10, 15)]


def test_the_sample_registry_is_unambiguous():
    assert run("validate", "--strict", PLANS / "departments.yaml").code == 0


# --- 3. a registry that cannot be read is one error, and names are not checked against it


def plan_beside(tmp_path, registry_text: str):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "2026.yaml").write_text((PLANS / "2026.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "departments.yaml").write_text(registry_text, encoding="utf-8")
    return folder / "2026.yaml", str(folder / "departments.yaml")


@pytest.mark.parametrize("text,expected", [
    ("", ("registry-empty", 1, 1)),
    ("# 科室名册\n", ("registry-empty", 1, 1)),
    ("departments: []\n", ("registry-empty", 1, 14)),
    ("org: 临川市教育局\n", ("missing-field", 1, 1)),
    ("departments: {name: 办公室}\n", ("wrong-type", 1, 14)),
    ("departments:\n  - name: 办公室\n    aliases: [综合科\n", ("yaml-syntax", 4, 1)),
    ("- 办公室\n- 思教科\n", ("not-a-mapping", 1, 1)),
])
def test_an_unreadable_registry_is_one_error_without_a_cascade(tmp_path, text, expected):
    plan, registry = plan_beside(tmp_path, text)
    r = run("validate", "-f", "json", plan)
    assert r.code == 1
    code, line, column = expected
    assert diagnostics(r) == [(code, registry, line, column)]


def test_an_empty_registry_names_the_registrys_own_fields(tmp_path):
    plan, registry = plan_beside(tmp_path, "")
    message = run("validate", "-f", "json", plan).json()["diagnostics"][0]["message"]
    assert "departments" in message and "title" not in message
    r = run("validate", "-f", "json", registry)  # the registry itself, by its name
    assert r.code == 1 and diagnostics(r) == [("registry-empty", registry, 1, 1)]
    r = run("validate", "-f", "json", "--registry", registry, PLANS / "2026.yaml")
    assert r.code == 1 and diagnostics(r) == [("registry-empty", registry, 1, 1)]


def test_depts_does_not_cascade_from_an_unreadable_registry(tmp_path):
    plan, registry = plan_beside(tmp_path, "departments: [\n")
    r = run("depts", "-f", "json", plan)
    assert r.code == 1
    found = [(f["code"], f["file"]) for f in r.json()["findings"] if f["code"] != "overloaded-lead"]  # as beside a good one
    assert found == [("yaml-syntax", registry)]


# --- 5. a plan is plain data: explicit YAML tags other than the standard ones are refused


@pytest.mark.parametrize("line,tag", [
    ("preamble: !custom 某某\n", "!custom"),
    ("preamble: !!binary 5LiA5Liq\n", "!!binary"),
    ("preamble: !!python/object:os.system {a: 1}\n", "!!python/object:os.system"),
    ("ideas: !!set {甲: null}\n", "!!set"),
    ("ideas:\n  - 甲\n  - !<tag:example.com,2026:x> 乙\n", "!<tag:example.com,2026:x>"),
])
def test_a_yaml_tag_is_an_error_at_the_tag(tmp_path, line, tag):
    r, found = check(tmp_path, line)
    expected_line = 4 + line.count("\n") - 1
    expected_column = line.splitlines()[-1].index("!") + 1
    assert found == {("yaml-tag", expected_line, expected_column)} and r.code == 1
    assert tag in r.json()["diagnostics"][0]["message"]


def test_the_first_tag_is_reported(tmp_path):
    r, found = check(tmp_path, "preamble: 总体要求\nideas: [!b 甲, 乙]\n", head=HEAD.replace("title: ", "title: !a "))
    assert found == {("yaml-tag", 1, 8)}


def test_standard_tags_are_plain_data(tmp_path):
    body = "preamble: !!str 总体要求\nideas: !!seq [甲, ! 乙]\ngoals: !!map\n  targets:\n    - {name: 入园率, value: !!float 92}\n"
    r, found = check(tmp_path, body)
    assert found == set() and r.code == 0


def test_an_exclamation_mark_in_text_is_no_tag(tmp_path):
    r, found = check(tmp_path, "preamble: 'Go! 加油 !'\nideas: [坚持 ! 不懈]\n")
    assert found == set() and r.code == 0


# --- 7. a folder: every plan and registry in it, as fmt takes a folder


def plans_folder(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    for name in ("2025.yaml", "2026.yaml", "2026-speech.yaml", "departments.yaml"):
        (folder / name).write_text((PLANS / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_a_folder_validates_every_plan_and_registry_in_it(tmp_path):
    folder = plans_folder(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "2024.YML").write_text(HEAD + "titel: x\n" + measure("- {title: 甲, lead: 督导处}\n"),
                                             encoding="utf-8")  # no registry beside it: names not checked
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.yaml").write_text("title: [", encoding="utf-8")
    (folder / "ci.yml").write_text("jobs:\n  build:\n    runs-on: x\n", encoding="utf-8")  # not a plan: left alone
    (folder / "gitlab-ci.yml").write_text(".base: &base {image: x}\nbuild:\n  <<: *base\n  script: !reference [.a]\n",
                                          encoding="utf-8")  # anchors and tags are no error in some other YAML
    (folder / "notes.txt").write_text("title: [", encoding="utf-8")
    r = run("validate", "-f", "json", folder)
    checked = [f["file"] for f in r.json()["files"]]
    assert checked == [str(folder / name) for name in
                       ("2025.yaml", "2026-speech.yaml", "2026.yaml", "departments.yaml", "sub/2024.YML")]
    sub = str(folder / "sub" / "2024.YML")
    assert r.code == 1 and diagnostics(r) == [("registry-missing", sub, 1, 1), ("unknown-key", sub, 4, 1)]
    text = run("validate", folder)
    assert text.out.strip().endswith("检查了 5 个文件：1 个错误，1 个警告")


def test_a_folder_and_files_together(tmp_path):
    folder = plans_folder(tmp_path)
    other = tmp_path / "other.yaml"
    other.write_text(HEAD + "titel: x\n" + measure("- {title: 甲, lead: 思教科}\n"), encoding="utf-8")
    r = run("validate", "-f", "json", folder, other, "--registry", folder / "departments.yaml")
    assert len(r.json()["files"]) == 5 and r.code == 1
    assert diagnostics(r) == [("unknown-key", str(other), 4, 1)]


def test_a_registrys_problem_is_told_once_for_a_folder(tmp_path):
    folder = plans_folder(tmp_path)
    registry = folder / "departments.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("placeholders:", "  - name: 综合科\n    aliases: [思政科]\nplaceholders:", 1),
                        encoding="utf-8")
    r = run("validate", "-f", "json", folder)
    assert r.code == 1 and [d[0] for d in diagnostics(r)] == ["registry-ambiguous"]


def test_a_folder_without_yaml_files_is_bad_input(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("validate", tmp_path / "empty", PLANS / "2026.yaml")
    assert r.code == 2 and "没有 .yaml 文件" in r.err
    assert "检查了 1 个文件" in r.out  # the other file is still checked
