"""diff recovers known random edits: ≥95% of the true pairs found, no false pair (bench/edits.py makes them).

Edits: reword (10–40% of the characters replaced), add (text stitched from pieces of other
measures: on topic but nobody's partner), remove, move to another section, reassign, retarget,
change due dates — with every id stripped, so the pairs must come from the text alone.
"""

from __future__ import annotations

import random
import sys

import pytest
from conftest import PLANS, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from workplan.analyses.diff import PLACE, diff_plans, load
from workplan.readers.yaml_plan import parse_plan

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402
from edits import edit, reword  # noqa: E402


def found_pairs(old, new, result) -> set[tuple[int, int]]:
    where_old = {id(m): i for i, m in enumerate(old.all_measures())}
    where_new = {id(m): j for j, m in enumerate(new.all_measures())}
    return {(where_old[id(m.old.measure)], where_new[id(m.new.measure)]) for m in result.measures if m.old and m.new}


def recovery(old, seeds, rate):
    true = found = false = 0
    for seed in seeds:
        new, truth = edit(old, seed, rate)
        pairs = found_pairs(old, new, diff_plans(old, new))
        true += len(truth)
        found += len(pairs & truth)
        false += len(pairs - truth)
    return found / true, false


@pytest.mark.parametrize("rate", [0.2, 0.5])
def test_sample_plan_edits_are_recovered(rate):
    old = load(str(PLANS / "2025.yaml"))[0]
    recall, false = recovery(old, range(25), rate)
    assert recall >= 0.95
    assert false == 0


def test_large_repetitive_plan_goes_through_the_pruned_path():
    """600 generated measures built from 25 stock phrases: every bigram is common, pruning is tested hard."""
    old = parse_plan(generate.plan(600, ids=False, seed=7))[0]
    for m in old.all_measures():  # the generator numbers its titles; a unique number would make this easy
        m.title = m.title.rstrip("0123456789")
    recall, false = recovery(old, range(2), 0.5)
    assert recall >= 0.95
    assert false == 0


def test_a_reworded_measure_is_changed_not_removed_and_added():
    old = load(str(PLANS / "2025.yaml"))[0]
    new, _ = edit(old, seed=1, rate=0.0)
    target = new.sections[2].measures[1]
    target.text = reword(target.text, random.Random(3), "教育学校推进完善", 0.4)
    measures = diff_plans(old, new).measures
    assert {m.status for m in measures} == {"unchanged", "changed"}
    changed = [m for m in measures if m.status == "changed"]
    assert [m.new.measure for m in changed] == [target] and changed[0].changes == ["text"]


SAMPLE = load(str(PLANS / "2025.yaml"))[0]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.floats(0.0, 1.0))
def test_every_measure_is_accounted_for_once(seed, rate):
    new, _ = edit(SAMPLE, seed, rate)
    result = diff_plans(SAMPLE, new)
    olds = [id(m.old.measure) for m in result.measures if m.old]
    news = [id(m.new.measure) for m in result.measures if m.new]
    assert sorted(olds) == sorted(map(id, SAMPLE.all_measures()))
    assert sorted(news) == sorted(map(id, new.all_measures()))
    for m in result.measures:
        assert (m.status == "unchanged") == (m.old is not None and m.new is not None and not m.changes)
        assert (m.status == "moved") == (bool(m.changes) and set(m.changes) <= PLACE)  # section, parent, order
    counts = result.summary()
    paired = counts["unchanged"] + counts["changed"] + counts["moved"]
    assert (paired + counts["added"], paired + counts["removed"]) == (len(news), len(olds))


def test_a_plan_against_itself_is_all_unchanged():
    result = diff_plans(SAMPLE, SAMPLE)
    assert not result.differs
    assert result.summary() == {"added": 0, "removed": 0, "changed": 0, "moved": 0,
                                "unchanged": len(SAMPLE.all_measures())}
