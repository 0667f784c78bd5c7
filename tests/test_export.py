"""workplan export: the SPEC §10 JSON (names resolved, numbers as printed, defaults filled) and its
round trip json → plan → json, the Markdown preview and the .xlsx task table."""

from __future__ import annotations

import io
import json
import textwrap

import pytest
from conftest import PLANS, run
from hypothesis import HealthCheck, given, settings
from test_fmt_property import plans as generated_plans

from workplan.readers.json_plan import parse_json_plan
from workplan.readers.yaml_plan import load_registry, parse_plan, read_plan
from workplan.writers.json_plan import plan_data, write_json

REGISTRY = "org: O\ndepartments:\n  - name: 思教科\n    aliases: [思政科]\n  - name: 办公室\nplaceholders: [局各科室]\n"
PLAN = """\
title: O2026年工作要点
org: O
year: 2026
ideas: [坚持育人为本。]
sections:
  - id: a
    title: 甲
    measures:
      - id: a1
        title: 一
        lead: 思政科
        support: 办公室、局各科室
      - id: a2
        title: 二
        measures:
          - id: a2x
            title: 子
            lead: 办公室
            measures:
              - {id: a2xi, title: 孙, lead: 办公室}
  - id: b
    title: 乙
    measures:
      - {id: b1, title: 三, lead: [思教科, 思政科]}
"""


@pytest.fixture
def small(tmp_path):
    (tmp_path / "departments.yaml").write_text(REGISTRY, encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_json_resolves_names_numbers_everything_and_fills_defaults(small):
    r = run("export", small, "--format", "json")
    assert r.code == 0, r.err
    data = r.json()
    a, b = data["sections"]
    assert (a["number"], b["number"]) == ("（一）", "（二）")  # under 三、工作措施, since ideas come first
    a1, a2 = a["measures"]
    assert (a1["number"], a1["lead"], a1["support"]) == ("1", ["思教科"], ["办公室", "局各科室"])
    assert a2["measures"][0]["number"] == "（1）"
    assert a2["measures"][0]["measures"][0]["number"] == "①"
    assert (b["measures"][0]["number"], b["measures"][0]["lead"]) == ("3", ["思教科"])
    assert (data["kind"], data["numbering"], data["departments"], data["goals"], data["issued"]) == (
        "workpoints", "continuous", "departments.yaml", None, None)
    assert list(a1) == ["id", "number", "title", "text", "lead", "support", "due", "targets", "measures"]


def test_json_round_trip_is_stable_on_every_sample_plan():
    for path in sorted(PLANS.glob("20*.yaml")):
        plan, findings = read_plan(str(path))
        registry, _ = load_registry(plan)
        first = write_json(plan, registry.index())
        again, findings = parse_json_plan(first, "export.json")
        assert findings == []
        assert write_json(again, registry.index()) == first
        plan.departments = plan.departments or "departments.yaml"  # the one default the samples leave out
        assert again == plan  # they use registry names only, so nothing else was normalised


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_plans)
def test_json_round_trip_property(data):
    plan, _ = parse_plan(json.dumps(data, ensure_ascii=False), "gen.json")  # JSON is YAML
    first = write_json(plan, {"思政科": "思教科"})
    again, findings = parse_json_plan(first)
    assert findings == []
    assert write_json(again) == first
    assert plan_data(again)["sections"] == json.loads(first)["sections"]


def test_json_reader_reports_positions(tmp_path):
    bad = textwrap.dedent("""\
        {"title": "T", "org": "O", "year": 2026,
         "sections": [{"number": "一", "title": "甲", "measures": [{"titel": "x"}]}]}
        """)
    _, findings = parse_json_plan(bad, "x.json")
    line = bad.splitlines()[1]
    key, item = line.index('"titel"') + 1, line.index('{"titel"') + 1
    assert [(f.code, f.pos.line, f.pos.column) for f in findings] == [("unknown-key", 2, key), ("missing-field", 2, item)]


def test_markdown_preview(small, tmp_path):
    out = tmp_path / "plan.md"
    r = run("export", small, "--format", "markdown", "-o", out)
    assert r.code == 0, r.err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# O2026年工作要点")
    assert "一、工作思路" in text and "（一）甲" in text


def test_xlsx_task_table(small, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "tasks.xlsx"
    r = run("export", small, "--format", "xlsx", "-o", out)
    assert r.code == 0, r.err
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "思教科" in cells and "孙" in " ".join(cells)


def test_xlsx_needs_a_file(small):
    r = run("export", small, "--format", "xlsx")
    assert r.code == 2 and "-o" in r.err


def test_invalid_plan_exits_2(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("title: T\norg: O\nyear: x\n", encoding="utf-8")
    r = run("export", path, "--format", "json")
    assert r.code == 2 and r.out == ""
