"""A blank required field (title: "", org: "  ", year: ~) is an error at its position, as a missing one is."""

from __future__ import annotations

import pytest
from test_validate import check, measure


@pytest.mark.parametrize("head,expected", [
    ('title: ""\norg: 临川市教育局\nyear: 2026\n', ("empty-field", 1, 8)),
    ('title: 临川市教育局2026年工作要点\norg: "  "\nyear: 2026\n', ("empty-field", 2, 6)),
    ("title: 临川市教育局2026年工作要点\norg:\nyear: 2026\n", ("empty-field", 2, 1)),
    ("title: 临川市教育局2026年工作要点\norg: 临川市教育局\nyear: ~\n", ("empty-field", 3, 1)),
])
def test_a_blank_title_org_or_year_is_an_error(tmp_path, head, expected):
    r, found = check(tmp_path, "", head=head)
    assert found == {expected} and r.code == 1
    field = {1: "title", 2: "org", 3: "year"}[expected[1]]
    assert r.json()["diagnostics"][0]["message"] == f"必填字段 {field} 是空的"


@pytest.mark.parametrize("body,expected", [
    ('sections:\n  - title: ""\n    measures:\n      - {title: 甲, lead: 思教科}\n', ("empty-field", 5, 12)),
    ("sections:\n  - title: \n    measures:\n      - {title: 甲, lead: 思教科}\n", ("empty-field", 5, 5)),
    (measure("- {title: ' ', lead: 思教科}\n"), ("empty-field", 8, 17)),
    ("goals:\n  targets:\n    - {name: '', value: 92}\n", ("empty-field", 6, 14)),
])
def test_a_blank_section_measure_or_target_title_is_an_error(tmp_path, body, expected):
    r, found = check(tmp_path, body)
    assert found == {expected} and r.code == 1


def test_import_writes_no_blank_field(tmp_path):
    """A document with no issuing organisation and a bare 一、 heading: the plan import writes holds ××
    in those places, validates (with the placeholder warnings), and says what to fill in."""
    from conftest import run

    doc = tmp_path / "doc.txt"
    doc.write_text("2026年工作要点\n一、\n1.加强学习。组织集中学习。（牵头：办公室）\n2.\n", encoding="utf-8")
    r = run("import", doc, "-o", tmp_path / "plan.yaml")
    assert r.code == 0, r.err
    assert "import-org-missing" in r.err and r.err.count("import-title-empty") == 1  # a bare 2. is no measure
    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert "org: ××" in text and "title: ××" in text
    v = run("validate", tmp_path / "plan.yaml", "-f", "json")
    assert v.code == 0 and "empty-field" not in v.out


def test_a_title_of_the_wrong_type_is_said_once(tmp_path):
    r, found = check(tmp_path, "", head="title: [a]\norg: 临川市教育局\nyear: 2026\n")
    assert found == {("wrong-type", 1, 8)}
