"""validate: each error and warning of SPEC §5 has a fixture that triggers it at a known line:column."""

from __future__ import annotations

import textwrap

import pytest
from conftest import PLANS, run

REGISTRY = """\
org: 临川市教育局
departments:
  - name: 思教科
    aliases: [思政科]
  - name: 督导办
    aliases: [督导室]
  - name: 办公室
  - name: 基础教育科
placeholders: [局各科室]
"""

HEAD = """\
title: 临川市教育局2026年工作要点
org: 临川市教育局
year: 2026
"""


def check(tmp_path, body: str, *args: str, head: str = HEAD):
    (tmp_path / "departments.yaml").write_text(REGISTRY, encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    body = textwrap.dedent(body)
    if "sections:" not in body:  # a plan with no measures would add a no-measures warning
        body += measure("- {title: 甲, lead: 思教科}\n")
    plan.write_text(head + body, encoding="utf-8")
    r = run("validate", "--format", "json", *args, plan)
    return r, {(d["code"], d["line"], d["column"]) for d in r.json()["diagnostics"]}


def measure(lines: str) -> str:
    """A one-measure plan; `lines` are the measure's keys (lines 7 onward)."""
    return "sections:\n  - id: s\n    title: 党建\n    measures:\n" + textwrap.indent(textwrap.dedent(lines), "      ")


# (name, plan body after HEAD, expected (code, line, column))
ERRORS = [
    ("unknown key", "titel: x\n", ("unknown-key", 4, 1)),
    ("wrong type", "ideas: {a: 1}\n", ("wrong-type", 4, 8)),
    ("duplicate key", "org: 别的局\n", ("duplicate-key", 4, 1)),
    ("bad kind", "kind: report\n", ("bad-choice", 4, 7)),
    ("duplicate id", measure("- {id: a, title: 甲, lead: 思教科}\n- {id: a, title: 乙, lead: 思教科}\n"),
     ("duplicate-id", 9, 14)),
    ("missing lead", measure("- id: a\n  title: 强化引领\n"), ("missing-lead", 9, 16)),
    ("lead in support", measure("- title: 甲\n  lead: 思教科\n  support: [办公室, 思教科]\n"),
     ("lead-in-support", 10, 24)),
    ("unknown department", measure("- title: 甲\n  lead: 督导处\n"), ("unknown-department", 9, 15)),
    ("placeholder as lead", measure("- title: 甲\n  lead: 局各科室\n"), ("placeholder-lead", 9, 15)),
    ("bad due", measure("- title: 甲\n  lead: 思教科\n  due: 2026-13\n"), ("bad-due", 10, 14)),
    ("bad due text", measure("- title: 甲\n  lead: 思教科\n  due: soon\n"), ("bad-due", 10, 14)),
    ("non-numeric target", "goals:\n  targets:\n    - {name: 入园率, value: x, unit: '%'}\n",
     ("not-a-number", 6, 26)),
    ("percent out of range", "goals:\n  targets:\n    - name: 入园率\n      value: 120\n      unit: '%'\n",
     ("percent-range", 7, 14)),
    ("unknown cmp", "goals:\n  targets:\n    - name: 入园率\n      value: 92\n      cmp: '=>'\n",
     ("bad-cmp", 8, 12)),
    ("bad issued date", "issued: 2026-02-30\n", ("bad-date", 4, 9)),
]

MISSING = [("title", "org: 临川市教育局\nyear: 2026\n"), ("org", "title: 2026年工作要点\nyear: 2026\n"),
           ("year", "title: 2026年工作要点\norg: 临川市教育局\n")]

WARNINGS = [
    ("x% placeholder", "preamble: 入园率达x%以上。\n", ("unfinished-placeholder", 4, 15)),
    ("xx placeholder", "preamble: 召开xx市第六次党代会。\n", ("unfinished-placeholder", 4, 13)),
    ("×× placeholder", "preamble: 全市共有××所学校。\n", ("unfinished-placeholder", 4, 15)),
    ("doc number without number", "preamble: 根据临教发〔 〕号文件。\n", ("unfinished-placeholder", 4, 16)),
    ("&nbsp;", "preamble: 总体要求&nbsp;是。\n", ("html-debris", 4, 15)),
    ("&bsp;", "preamble: 总体要求&bsp;是。\n", ("html-debris", 4, 15)),
    ("&lt;", "preamble: 总体要求&lt;是。\n", ("html-debris", 4, 15)),
    ("alias", measure("- title: 甲\n  lead: 督导室\n"), ("alias-used", 9, 15)),
    ("identical text", measure("- {title: 甲, text: 同样的正文。, lead: 思教科}\n- {title: 乙, text: 同样的正文。, lead: 思教科}\n"),
     ("duplicate-text", 9, 26)),
    ("stale year", "preamble: |\n  2024年工作要点是全市教育的总纲。\n", ("stale-year", 5, 3)),
]


@pytest.mark.parametrize("name,body,expected", ERRORS, ids=[e[0] for e in ERRORS])
def test_each_error_at_its_position(tmp_path, name, body, expected):
    r, found = check(tmp_path, body)
    assert expected in found, found
    assert r.code == 1


@pytest.mark.parametrize("field,head", MISSING, ids=[m[0] for m in MISSING])
def test_missing_required_field(tmp_path, field, head):
    r, found = check(tmp_path, "", head=head)
    assert ("missing-field", 1, 1) in found
    assert r.code == 1


def test_title_year_differs(tmp_path):
    r, found = check(tmp_path, "", head="title: 临川市教育局2025年工作要点\norg: 临川市教育局\nyear: 2026\n")
    assert ("title-year", 1, 8) in found and r.code == 1


@pytest.mark.parametrize("name,body,expected", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_each_warning_at_its_position(tmp_path, name, body, expected):
    r, found = check(tmp_path, body)
    assert expected in found, found
    assert r.code == 0
    r, _ = check(tmp_path, body, "--strict")
    assert r.code == 1


def test_parent_with_led_children_needs_no_lead(tmp_path):
    body = measure("- title: 甲\n  measures:\n    - {title: 子一, lead: 思教科}\n    - {title: 子二, lead: 办公室}\n")
    r, found = check(tmp_path, body)
    assert r.code == 0, found


def test_parent_with_an_unled_child_is_missing_a_lead(tmp_path):
    body = measure("- title: 甲\n  measures:\n    - {title: 子一, lead: 思教科}\n    - {title: 子二}\n")
    r, found = check(tmp_path, body)
    assert {c for c, _, _ in found} == {"missing-lead"} and len(found) == 2


def test_recent_years_in_text_are_not_stale(tmp_path):
    r, found = check(tmp_path, "preamble: 2025年是打基础之年，2026年是攻坚之年，2020年以来成效明显。\n")
    assert found == set() and r.code == 0


def test_lead_support_accept_a_string_a_list_or_joined_names(tmp_path):
    body = measure("- title: 甲\n  lead: [思教科]\n  support: 办公室、基础教育科\n")
    r, found = check(tmp_path, body)
    assert found == set() and r.code == 0


def test_unknown_department_suggests_the_registry_name(tmp_path):
    r = check(tmp_path, measure("- title: 甲\n  lead: 督导处\n"))[0]
    message = next(d["message"] for d in r.json()["diagnostics"] if d["code"] == "unknown-department")
    assert message == "督导处 不在 departments.yaml 中（是否为 督导办？）"


def test_text_output_is_compiler_style_with_a_caret_under_wide_characters(tmp_path):
    (tmp_path / "departments.yaml").write_text(REGISTRY, encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text(HEAD + measure("- title: 甲\n  lead: 督导处\n"), encoding="utf-8")
    lines = run("validate", plan).out.splitlines()
    assert lines[0] == f"{plan}:9:15: 错误[unknown-department] 督导处 不在 departments.yaml 中（是否为 督导办？）"
    assert lines[1] == "          lead: 督导处"
    assert lines[2] == " " * 16 + "^"
    assert lines[-1] == "检查了 1 个文件：1 个错误，0 个警告"


def test_a_long_source_line_is_shown_around_the_column_not_whole(tmp_path):
    from workplan.report import WINDOW, cell_width

    (tmp_path / "departments.yaml").write_text(REGISTRY, encoding="utf-8")
    plan = tmp_path / "p.yaml"
    long = "全市教育系统认真贯彻落实，" * 300
    plan.write_text(HEAD.replace("title:", f"preamble: {long}xx {long}\ntitle:", 1), encoding="utf-8")
    lines = run("validate", plan).out.splitlines()
    finding = next(i for i, line in enumerate(lines) if "unfinished-placeholder" in line)
    source, caret = lines[finding + 1], lines[finding + 2]
    assert source.startswith("  …") and source.endswith("…") and "xx" in source
    assert cell_width(source) <= WINDOW + 4 and caret.strip() == "^"
    under = next(i for i in range(len(source)) if cell_width(source[:i]) == len(caret) - 1)
    assert source[under:under + 2] == "xx"  # the caret stands under the placeholder
    plan.write_text(HEAD.replace("title:", f"preamble: {long}xx\ntitle:", 1), encoding="utf-8")
    lines = run("validate", plan).out.splitlines()
    source = lines[next(i for i, line in enumerate(lines) if "unfinished-placeholder" in line) + 1]
    assert source.endswith("落实，xx") and WINDOW - 2 <= cell_width(source) <= WINDOW + 4  # the room used before


def test_english_messages(tmp_path):
    (tmp_path / "departments.yaml").write_text(REGISTRY, encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text(HEAD + "titel: x\n", encoding="utf-8")
    out = run("--lang", "en", "validate", plan).out
    assert f"{plan}:4:1: error[unknown-key] unknown key titel (did you mean title?)" in out


def test_all_problems_reported_in_one_run(tmp_path):
    body = "titel: x\nkind: report\n" + measure("- title: 甲\n  lead: 督导处\n  due: 2026-13\n")
    codes = {c for c, _, _ in check(tmp_path, body)[1]}
    assert {"unknown-key", "bad-choice", "unknown-department", "bad-due"} <= codes


def test_json_output_shape(tmp_path):
    r, _ = check(tmp_path, "titel: x\n")
    data = r.json()
    assert data["files"] == [{"file": str(tmp_path / "plan.yaml"), "errors": 1, "warnings": 0}]
    assert data["diagnostics"][0] == {
        "file": str(tmp_path / "plan.yaml"), "line": 4, "column": 1, "severity": "error",
        "code": "unknown-key", "message": "未知字段 titel（是否为 title？）",
    }


def test_samples_validate_clean():
    r = run("validate", "--strict", PLANS / "2025.yaml", PLANS / "2026.yaml", PLANS / "2026-speech.yaml")
    assert r.code == 0, r.out
    assert r.out.strip().endswith("0 个错误，0 个警告")


def test_named_registry_that_is_missing_is_an_error(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text(HEAD + "departments: 科室.yaml\n" + measure("- {title: 甲, lead: 思教科}\n"), encoding="utf-8")
    r = run("validate", "--format", "json", plan)
    assert r.code == 1
    assert [d["code"] for d in r.json()["diagnostics"]] == ["registry-not-found"]


def test_stdin(tmp_path):
    r = run("validate", "-", input=HEAD + "titel: x\n")
    assert r.code == 1 and "-:4:1:" in r.out


def test_due_before_the_plan_year_is_a_stale_copy(tmp_path):
    r, found = check(tmp_path, measure("- title: 甲\n  lead: 思教科\n  due: 2024-06\n"))
    assert ("stale-due", 10, 14) in found and r.code == 0
    message = next(d["message"] for d in r.json()["diagnostics"] if d["code"] == "stale-due")
    assert message == "完成时限 2024-06 早于 2026 年，像是从旧文件复制来的"


def test_a_registrys_groups_stand_for_its_own_departments(tmp_path):
    registry = tmp_path / "departments.yaml"
    registry.write_text(REGISTRY + "groups:\n"
                        "  - {name: 局机关, members: [思政科, 督导处]}\n"  # an alias is a member; 督导处 is no one
                        "  - {name: 办公室, members: [思教科]}\n"
                        "  - {name: 局机关, members: [督导办]}\n", encoding="utf-8")
    r = run("validate", "-f", "json", registry)
    found = {(d["code"], d["line"], d["column"]): d["message"] for d in r.json()["diagnostics"]}
    assert r.code == 1 and set(found) == {("group-unknown-member", 11, 32), ("group-is-department", 12, 12),
                                          ("group-duplicate", 13, 12)}
    assert "是否为 督导办" in found["group-unknown-member", 11, 32]


def test_a_group_is_collective_support_only(tmp_path):
    (tmp_path / "departments.yaml").write_text(REGISTRY + "groups: [{name: 局机关, members: [思教科, 办公室]}]\n",
                                               encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEAD + measure("- {title: 甲, lead: 局机关}\n- {title: 乙, lead: 思教科, support: 局机关}\n"),
                    encoding="utf-8")
    r = run("validate", "-f", "json", plan)
    assert [(d["code"], d["line"]) for d in r.json()["diagnostics"]] == [("placeholder-lead", 8)]
    r = run("schema", "--registry", tmp_path / "departments.yaml")
    support = r.json()["definitions"]["Measure"]["properties"]["support"]["anyOf"][0]["enum"]
    assert "局机关" in support and "局各科室" in support


def test_a_group_of_groups_and_an_empty_group_are_told(tmp_path):
    registry = tmp_path / "departments.yaml"
    registry.write_text(REGISTRY + "groups:\n"
                        "  - {name: 局机关, members: [思教科, 办公室]}\n"
                        "  - {name: 全体, members: [局机关, 督导办]}\n"
                        "  - {name: 空组, members: []}\n", encoding="utf-8")
    r = run("validate", "-f", "json", registry)
    found = {(d["code"], d["line"]) for d in r.json()["diagnostics"]}
    assert found == {("group-in-group", 12), ("group-empty", 13)} and r.code == 1
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEAD + measure("- {title: 甲, lead: 思教科, support: 全体}\n"), encoding="utf-8")
    names = {d["name"] for d in run("depts", plan, "-f", "json").json()["departments"]}
    assert "局机关" not in names and "督导办" in names  # the nested group is no department of the matrix


def test_a_control_character_in_a_source_line_is_shown_as_its_picture(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_bytes(b"title: a\x1b[31mb\norg: x\n")
    out = run("validate", plan).out
    assert "\x1b" not in out and "  title: a\u241b[31mb\n" + " " * 10 + "^" in out


def test_a_speech_left_unfinished_is_told_part_by_part(tmp_path):
    """`new` drafts a speech with empty review texts and no problems: printed so, bare headings and a part gone."""
    body = ("kind: speech\nreview:\n  - title: 党建引领\n    text: ''\n  - title: 资源供给\n    text: 新建学校5所。\n"
            "problems: []\n")
    r, found = check(tmp_path, body)
    assert {("speech-item-empty", 7, 11), ("speech-part-missing", 10, 11)} <= found
    assert not any(code == "speech-item-empty" and line == 9 for code, line, _ in found)  # the one with a text
    assert r.code == 0 and check(tmp_path, body, "--strict")[0].code == 1
    _, found = check(tmp_path, "kind: speech\n")
    assert {code for code, *_ in found} >= {"speech-part-missing"}
    _, found = check(tmp_path, "problems: []\n")  # work points have no review or problems to miss
    assert not {code for code, *_ in found} & {"speech-part-missing", "speech-item-empty"}


def test_the_lead_import_leaves_undecided_is_never_taken_for_a_department(tmp_path):
    """待定 (import found no annotation) must not reach a document: an error with a registry, else a warning."""
    r, found = check(tmp_path, measure("- title: 甲\n  lead: 待定\n"))
    assert ("department-undecided", 9, 15) in found and r.code == 1
    assert not any(code == "unknown-department" for code, *_ in found)  # said once, as what it is
    (tmp_path / "departments.yaml").unlink()
    r = run("validate", "--format", "json", tmp_path / "plan.yaml")
    assert [(d["code"], d["severity"]) for d in r.json()["diagnostics"] if d["code"] == "department-undecided"] == [
        ("department-undecided", "warning")]
    assert r.code == 0 and run("validate", "--strict", tmp_path / "plan.yaml").code == 1


def test_a_year_that_lost_a_digit_is_told_with_the_year_it_likely_was(tmp_path):
    """Web copies lose digits: 207年 in a 2017 plan. 建党100年 and 120年校庆 are no such year."""
    head = "title: 临川市教育局2017年工作要点\norg: 临川市教育局\nyear: 2017\n"
    r, found = check(tmp_path, "preamble: 207年是关键之年，建党100年，迎来120年校庆。\n", head=head)
    assert ("year-digit-lost", 4, 11) in found and r.code == 0
    assert [d["message"] for d in r.json()["diagnostics"] if d["code"] == "year-digit-lost"] == [
        "“207年”像是少了一位数字的年份（2017年？）：请核对"]


@pytest.mark.parametrize(("digits", "year", "guess"), [
    ("207", 2017, 2017), ("205", 2016, 2015), ("202", 2026, 2026), ("100", 2026, None), ("120", 2026, None),
    ("999", 2026, None)])
def test_lost_digit(digits, year, guess):
    from workplan.analyses.text import lost_digit

    assert lost_digit(digits, year) == guess
