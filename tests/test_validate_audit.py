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
