"""Sections: paired by id, title, or the measures they share; renamed and removed ones are shown as such."""

from __future__ import annotations

from workplan.analyses.diff import diff_plans
from workplan.readers.yaml_plan import parse_plan
from workplan.writers.diff_rows import section_heading

MEASURES = {
    "a": "健全学校家庭社会协同育人机制，全面落实课后服务。",
    "b": "加强校园安全管理，常态化开展安全隐患排查整治。",
    "c": "推进集团化办学，扩大优质教育资源覆盖面。",
    "d": "完善教师培训体系，实施骨干教师培养工程。",
}


def plan(year: int, sections: dict[str, str]) -> object:
    """sections: title → the measure letters it holds."""
    lines = [f"title: 临川市教育局{year}年工作要点", "org: 临川市教育局", f"year: {year}", "sections:"]
    for title, letters in sections.items():
        lines += [f"  - title: {title}", "    measures:"]
        lines += [f"      - {{title: 措施{x}, text: {MEASURES[x]}, lead: 办公室}}" for x in letters]
    result, findings = parse_plan("\n".join(lines) + "\n")
    assert not findings
    return result


def headings(d) -> list[str]:
    return [section_heading(s) for s in d.sections]


def test_renamed_section_keeps_its_measures_in_place():
    d = diff_plans(plan(2025, {"深化教育综合改革": "ab", "强化保障": "cd"}),
                   plan(2026, {"纵深推进教育综合改革": "ab", "全面强化教育发展保障条件": "cd"}))
    assert d.summary()["unchanged"] == 4  # nothing moved: both sections found their partners
    assert headings(d) == ["一、纵深推进教育综合改革（原为：深化教育综合改革）",
                           "二、全面强化教育发展保障条件（原为：强化保障）"]


def test_removed_section_lists_its_measures_last():
    d = diff_plans(plan(2025, {"甲部分": "ab", "乙部分": "cd"}), plan(2026, {"甲部分": "ab"}))
    assert headings(d)[-1] == "二、乙部分（本部分已删除）"
    assert [m.status for m in d.sections[-1].measures] == ["removed", "removed"]


def test_measure_moved_between_surviving_sections():
    d = diff_plans(plan(2025, {"甲部分": "abc", "乙部分": "d"}), plan(2026, {"甲部分": "ab", "乙部分": "cd"}))
    moved = [m for m in d.measures if m.status == "moved"]
    assert [m.title for m in moved] == ["措施c"] and moved[0].changes == ["section"]


def test_section_status_and_changes_are_found_not_given():
    """A SectionDiff's status and changes come from its old and new section; passing them is an error,
    not a value that __post_init__ silently overwrites."""
    import pytest

    from workplan.analyses.diff import SectionDiff
    from workplan.model import Section

    with pytest.raises(TypeError):
        SectionDiff(Section(title="甲"), Section(title="乙"), status="unchanged")
    s = SectionDiff(Section(title="甲"), Section(title="乙"))
    assert (s.status, s.changes) == ("changed", ["title"])
    assert (SectionDiff(None, Section(title="乙")).status, SectionDiff(Section(title="甲"), None).changes) == ("added", [])
