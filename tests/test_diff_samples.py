"""diff on the sample plans reports exactly the edits they were written with (tests/data/sample_edits.yaml)."""

from __future__ import annotations

import pytest
import yaml
from conftest import DATA, PLANS, run

from workplan.analyses.diff import diff_plans, load

EXPECTED = yaml.safe_load((DATA / "sample_edits.yaml").read_text(encoding="utf-8"))


def sample_diff(strip_old_ids: bool = False):
    old, old_index, _ = load(str(PLANS / "2025.yaml"))
    new, new_index, _ = load(str(PLANS / "2026.yaml"))
    original = {id(m): m.id for m in old.all_measures()}
    if strip_old_ids:  # as if last year's plan had been imported from its Word file
        for node in [*old.sections, *old.all_measures(), *old.all_targets()]:
            node.id = None
    result = diff_plans(old, new, old_index=old_index, new_index=new_index)
    return result, original


def measures_by_status(result, original) -> dict[str, dict[str, set]]:
    found: dict[str, dict[str, set]] = {}
    for m in result.measures:
        key = m.new.measure.id if m.new else original[id(m.old.measure)]
        if m.old and m.new:
            assert original[id(m.old.measure)] == m.new.measure.id, "paired with the wrong measure"
        found.setdefault(m.status, {})[key] = set(m.changes)
    return found


@pytest.mark.parametrize("strip_old_ids", [False, True], ids=["with-ids", "old-without-ids"])
def test_measures_are_exactly_the_sample_edits(strip_old_ids):
    found = measures_by_status(*sample_diff(strip_old_ids))
    measures = EXPECTED["measures"]
    assert set(found["unchanged"]) == set(measures["unchanged"])
    assert found["changed"] == {c["id"]: set(c["changes"]) for c in measures["changed"]}
    assert set(found["moved"]) == set(measures["moved"])
    assert set(found["added"]) == set(measures["added"])
    assert set(found["removed"]) == set(measures["removed"])
    assert set(found) == {"unchanged", "changed", "moved", "added", "removed"}


def test_goal_targets_and_texts():
    result, _ = sample_diff()
    targets = {t.id: t for t in result.targets if t.status != "unchanged"}
    expected = EXPECTED["targets"]
    changed = {i: (t.old.value, t.new.value) for i, t in targets.items() if t.status == "changed"}
    assert changed == {c["id"]: (c["old"], c["new"]) for c in expected["changed"]}
    assert {i for i, t in targets.items() if t.status == "added"} == set(expected["added"])
    assert {i for i, t in targets.items() if t.status == "removed"} == set(expected["removed"])
    texts = {t.field: t.status for t in result.texts}
    assert (texts["preamble"] == "changed") is EXPECTED["preamble_changed"]
    assert (texts["ideas"] == "changed") is EXPECTED["ideas_changed"]
    assert texts["goals"] == "unchanged"


def test_numbers_are_as_printed_in_each_year():
    result, _ = sample_diff()
    by_id = {(m.new or m.old).measure.id: m for m in result.measures}
    mental = by_id["mental-health"]
    assert (mental.old.number, mental.new.number) == ("7", "33")
    assert (mental.old.section_number, mental.new.section_number) == ("（二）", "（八）")
    science = by_id["curriculum-science"]
    assert (science.old.number, science.new.number) == ("13（1）", "14（1）")
    assert by_id["exam-reform"].new is None and by_id["exam-reform"].old.number == "22"


def test_removed_measures_stand_where_they_were():
    """Each removed measure follows the one it followed last year, as diff(1) interleaves."""
    result, _ = sample_diff()
    order = [(m.new or m.old).measure.id for s in result.sections for m in s.measures]
    assert order.index("exam-reform") == order.index("evaluation-reform") + 1
    assert order.index("private-education") == order.index("group-schooling") + 1
    assert order[-1] == "drowning-prevention"


def test_cli_json_agrees_with_the_library():
    r = run("diff", PLANS / "2025.yaml", PLANS / "2026.yaml", "--format", "json")
    assert r.code == 1
    data = r.json()
    assert data["summary"] == {"added": 4, "removed": 3, "changed": 12, "moved": 1, "unchanged": 24}
    moved = [m for m in data["measures"] if m["status"] == "moved"]
    assert moved == [{"status": "moved", "old_id": "rule-of-law", "new_id": "rule-of-law", "old_number": "26",
                      "new_number": "30", "similarity": 1.0, "changes": ["section"], "title": "推进依法治教",
                      "old": {"lead": ["办公室"], "support": ["局各科室"], "due": None},
                      "new": {"lead": ["办公室"], "support": ["局各科室"], "due": None}}]
