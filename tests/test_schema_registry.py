"""`workplan schema -r R` with a registry it cannot use (empty, malformed, a plan, no departments, an
error in it) exits 2 with the registry's errors at file:line:column, instead of a schema with empty
department lists that makes the editor mark every department."""

from __future__ import annotations

import pytest

from tests.conftest import PLANS, run

BAD = [  # file text, where, message
    ("", "1:1", "科室名册中没有科室"),
    ("departments: []\n", "1:14", "科室名册中没有科室"),
    ("departments: [办公室\n", "2:1", "YAML 语法错误"),
    ("departments:\n  - name: 办公室\n    aliasses: [办]\n", "3:5", "未知字段 aliasses（是否为 aliases？）"),
]


@pytest.mark.parametrize(("text", "where", "message"), BAD)
def test_an_unusable_registry_is_an_error_with_its_position(tmp_path, text, where, message):
    registry = tmp_path / "departments.yaml"
    registry.write_text(text, encoding="utf-8")
    r = run("schema", "-r", registry)
    assert r.code == 2 and r.out == ""
    assert f"{registry}:{where}: 错误[" in r.err and message in r.err
    assert not (tmp_path / "out.json").exists()


def test_a_plan_given_as_registry_is_named_as_such(tmp_path):
    r = run("schema", "-r", PLANS / "2026.yaml", "-o", tmp_path / "out.json")
    assert r.code == 2 and r.out == ""
    assert "错误[schema-plan-as-registry]" in r.err and "是一份工作计划，不是科室名册" in r.err
    assert r.err.count("错误[") == 1  # one clear message, not one per key of the plan
    assert not (tmp_path / "out.json").exists()


def test_a_missing_registry_is_an_error(tmp_path):
    r = run("schema", "-r", tmp_path / "nope.yaml")
    assert r.code == 2 and "找不到文件" in r.err


def test_a_good_registry_still_gives_its_names():
    r = run("schema", "-r", PLANS / "departments.yaml")
    assert r.code == 0
    assert "督导办" in r.json()["definitions"]["Measure"]["properties"]["lead"]["anyOf"][0]["enum"]
