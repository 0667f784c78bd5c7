"""The JSON Schemas are generated from the model; the committed copies must not go stale."""

from __future__ import annotations

import json

from conftest import PLANS, ROOT, run

from workplan.schema import dumps, plan_schema, registry_schema


def test_committed_schemas_are_current():
    regenerate = "workplan schema -o schema/plan.schema.json && workplan schema --departments -o schema/departments.schema.json"
    assert (ROOT / "schema/plan.schema.json").read_text(encoding="utf-8") == dumps(plan_schema()), regenerate
    assert (ROOT / "schema/departments.schema.json").read_text(encoding="utf-8") == dumps(registry_schema()), regenerate


def test_schema_command_prints_the_plan_schema():
    r = run("schema")
    assert r.code == 0 and r.json() == plan_schema()


def test_schema_follows_the_model():
    schema = plan_schema()
    measure = schema["definitions"]["Measure"]
    assert measure["additionalProperties"] is False
    assert measure["required"] == ["title"]
    assert set(measure["properties"]) == {"id", "title", "text", "lead", "support", "due", "targets", "measures"}
    assert measure["properties"]["measures"]["items"] == {"$ref": "#/definitions/Measure"}
    assert schema["definitions"]["Target"]["properties"]["cmp"]["enum"] == [">=", "<=", "=", ">", "<"]
    assert set(schema["required"]) == {"title", "org", "year"}


def test_registry_names_offered_for_completion():
    r = run("schema", "--registry", PLANS / "departments.yaml")
    lead = r.json()["definitions"]["Measure"]["properties"]["lead"]["anyOf"][0]["enum"]
    support = r.json()["definitions"]["Measure"]["properties"]["support"]["anyOf"][0]["enum"]
    assert "督导办" in lead and "督导室" in lead and "局各科室" not in lead and "局各科室" in support


def test_sample_plans_carry_the_modeline():
    for name in ("2025.yaml", "2026.yaml", "2026-speech.yaml"):
        first = (PLANS / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
    schema_path = (PLANS / "../schema/plan.schema.json").resolve()
    assert json.loads(schema_path.read_text(encoding="utf-8"))["title"]
