"""Inline character diff: a property test (it always spells both texts) and readable results on real rewordings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workplan.analyses.inline import DELETE, INSERT, KEEP, inline, side

chinese = st.text(alphabet=st.sampled_from("教育学校推进完善落实加强，。、（）12ab"), max_size=60)


@given(chinese, chinese)
def test_runs_spell_both_texts_and_never_repeat_an_op(old, new):
    runs = inline(old, new)
    assert side(runs, DELETE) == old
    assert side(runs, INSERT) == new
    assert all(text for _, text in runs)
    assert all(a[0] != b[0] for a, b in zip(runs, runs[1:], strict=False))
    assert all(not (a[0] == INSERT and b[0] == DELETE) for a, b in zip(runs, runs[1:], strict=False))


def test_identical_and_empty_texts():
    assert inline("加强党建", "加强党建") == [(KEEP, "加强党建")]
    assert inline("", "新增") == [(INSERT, "新增")]
    assert inline("删除", "") == [(DELETE, "删除")]
    assert inline("", "") == []


def test_one_character_islands_are_folded_into_the_replacement():
    """健全校企[合]作激励机制 → 组建市域产教联[合]体: one replacement, not chaff around 合."""
    runs = inline("。健全校企合作激励机制，推动企业", "。组建市域产教联合体，推动企业")
    assert runs == [(KEEP, "。"), (DELETE, "健全校企合作激励机制"), (INSERT, "组建市域产教联合体"), (KEEP, "，推动企业")]


def test_a_long_shared_stretch_stays_shared():
    runs = inline("开展“最美教师”评选和师德报告会", "开展“临川好老师”评选和教育家精神宣讲活动")
    assert (KEEP, "师”评选和") in runs
    assert runs[0] == (KEEP, "开展“")
