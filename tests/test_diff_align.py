"""Alignment: id first, then identical text, then similarity — assigned globally, best pair first."""

from __future__ import annotations

import random

from workplan.analyses.align import ALL_PAIRS, Item, align, similarity

BASE = "健全学校家庭社会协同育人机制全面落实课后服务提升质量"


def items(*texts: str, ids=None) -> list[Item]:
    ids = ids or [None] * len(texts)
    return [Item(i, t, t) for i, t in zip(ids, texts, strict=True)]


def replace(text: str, positions, char: str = "某") -> str:
    return "".join(char if k in positions else c for k, c in enumerate(text))


def test_best_pairs_first_not_file_order():
    """old[0] likes new[0] best, but old[1] is new[0] almost exactly: global assignment gives new[0] to old[1]."""
    old1 = replace(BASE, {3})
    old0 = replace(BASE, range(0, 26, 4))
    new1 = replace(old0, range(1, 26, 3), "另")
    assert similarity(old0, BASE) > similarity(old0, new1) >= 0.5 > similarity(old1, new1)
    pairs = align(items(old0, old1), items(BASE, new1), 0.5)
    assert {(p.old, p.new) for p in pairs} == {(1, 0), (0, 1)}


def test_same_id_wins_over_text():
    pairs = align(items("完全不同的内容", BASE, ids=["a", None]), items(BASE, "另一段文字", ids=[None, "a"]), 0.5)
    assert {(p.old, p.new, p.how) for p in pairs} == {(0, 1, "id"), (1, 0, "exact")}


def test_identical_texts_pair_in_document_order():
    pairs = align(items(BASE, BASE), items(BASE, BASE), 0.5)
    assert [(p.old, p.new) for p in pairs] == [(0, 0), (1, 1)]


def test_threshold_decides():
    reworded = replace(BASE, range(0, 26, 2))  # half the characters replaced
    score = similarity(BASE, reworded)
    assert 0.4 < score < 0.6
    assert align(items(BASE), items(reworded), score - 0.01)[0].how == "similar"
    assert align(items(BASE), items(reworded), score + 0.01) == []


def test_large_inputs_are_pruned_but_still_found():
    """Past ALL_PAIRS, candidates come from the bigram index: reworded texts must still find their partner."""
    rng = random.Random(5)
    pool = "教育学校推进完善落实加强健全机制质量服务课程教师学生安全"
    old = ["".join(rng.choice(pool) for _ in range(80)) for _ in range(150)]
    origin = list(range(150))
    rng.shuffle(origin)  # new[k] is old[origin[k]] with 30% of its characters replaced
    new = [replace(old[i], set(rng.sample(range(80), 24)), "改") for i in origin]
    assert len(old) * len(new) > ALL_PAIRS
    pairs = align(items(*old), items(*new), 0.5)
    right = sum(origin[p.new] == p.old for p in pairs)
    assert right >= 0.95 * len(old) and right == len(pairs)


def test_empty_sides():
    assert align([], items(BASE), 0.5) == []
    assert align(items(BASE), [], 0.5) == []
