"""`workplan diff --format json`: the SPEC §7 shape, pinned key by key on a small pair of plans."""

from __future__ import annotations

from pathlib import Path

from conftest import run

HERE = Path(__file__).resolve().parent / "plans" / "diff"
OLD, NEW = HERE / "old.yaml", HERE / "new.yaml"


def measure(status, new_id, old_number, new_number, similarity, changes, title, old, new):
    return {"status": status, "old_id": None, "new_id": new_id, "old_number": old_number, "new_number": new_number,
            "similarity": similarity, "changes": changes, "title": title, "old": old, "new": new}


def side(lead, support=(), due=None):
    """A measure's division of labour on one side: names as the registry has them, the due as written."""
    return {"lead": [lead], "support": list(support), "due": due}


def target(status, id_, name, old, new, unit="%", cmp=">="):
    return {"status": status, "id": id_, "name": name, "old": {"value": old, "unit": unit, "cmp": cmp},
            "new": {"value": new, "unit": unit, "cmp": cmp}}


EXPECTED = {
    "old": {"title": "临川市教育局2025年工作要点", "year": 2025},
    "new": {"title": "临川市教育局2026年工作要点", "year": 2026},
    "summary": {"added": 1, "removed": 1, "changed": 2, "moved": 1, "unchanged": 2},
    "measures": [
        measure("unchanged", "moral-education", "1", "1", 1.0, [], "推进思政课一体化建设",  # 思政科 is 思教科
                side("思教科"), side("思教科")),
        measure("unchanged", "campus-safety", "4", "2", 1.0, [], "加强校园安全管理",
                side("安全管理科", due="全年"), side("安全管理科", due="全年")),
        measure("changed", "drowning", "4（1）", "2（1）", 1.0, ["due"], "做好防溺水工作",
                side("安全管理科", due="2025-09"), side("安全管理科", due="2026-09")),
        measure("removed", None, "5", None, None, [], "稳妥推进中考改革", side("基础教育科"), None),
        measure("changed", "mental-health", "2", "3", 0.8, ["text", "support", "section"], "加强学生心理健康教育",
                side("思教科", ["体卫艺科"]), side("思教科", ["体卫艺科", "安全管理科"])),
        measure("moved", "labor", "3", "4", 1.0, ["section"], "加强劳动教育", side("基础教育科"), side("基础教育科")),
        measure("added", "ai-safety", None, "5", None, [], "规范人工智能应用", None, side("办公室")),
    ],
    "targets": [
        target("changed", "preschool-3yr", "学前三年毛入园率", 90, 92),
        target("unchanged", "dropout", "义务教育辍学率", 0.5, 0.5, cmp="<="),
    ],
    "texts": [{"field": "title", "status": "changed"}, {"field": "org", "status": "unchanged"},
              {"field": "numbering", "status": "unchanged"},
              {"field": "preamble", "status": "changed"}, {"field": "goals", "status": "unchanged"}],
    "sections": [
        {"status": "unchanged", "old_id": None, "new_id": "moral", "old_number": "（一）", "new_number": "（一）",
         "changes": [], "title": "落实立德树人根本任务"},
        {"status": "unchanged", "old_id": None, "new_id": "safety", "old_number": "（二）", "new_number": "（二）",
         "changes": [], "title": "维护教育系统安全稳定"},
    ],
    "findings": [],
}


def test_json_is_exactly_the_spec_shape():
    r = run("diff", OLD, NEW, "--format", "json")
    assert r.code == 1
    assert r.json() == EXPECTED
    assert list(r.json()) == ["old", "new", "summary", "measures", "targets", "texts", "sections", "findings"]
    assert list(r.json()["measures"][0])[:7] == ["status", "old_id", "new_id", "old_number", "new_number",
                                                 "similarity", "changes"]


def test_only_narrows_the_measures_not_the_summary():
    r = run("diff", OLD, NEW, "--format", "json", "--only", "added,section")
    assert r.json()["summary"] == EXPECTED["summary"]
    assert [m["title"] for m in r.json()["measures"]] == ["加强学生心理健康教育", "加强劳动教育", "规范人工智能应用"]


def test_only_leaves_out_targets_and_texts_it_does_not_name():
    data = run("diff", OLD, NEW, "--format", "json", "--only", "lead").json()
    assert data["targets"] == [] and data["texts"] == []
    data = run("diff", OLD, NEW, "--format", "json", "--only", "targets,texts").json()
    assert data["targets"] == EXPECTED["targets"][:1]  # the changed one
    assert [t["field"] for t in data["texts"]] == ["title", "preamble"]


def test_removed_target_and_added_target_have_null_sides(tmp_path):
    old = OLD.read_text(encoding="utf-8").replace("义务教育辍学率", "九年义务教育巩固率")
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "departments.yaml").write_text((HERE / "departments.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    targets = run("diff", tmp_path / "old.yaml", NEW, "-f", "json").json()["targets"]
    assert targets[1:] == [
        {"status": "added", "id": "dropout", "name": "义务教育辍学率", "old": None,
         "new": {"value": 0.5, "unit": "%", "cmp": "<="}},
        {"status": "removed", "id": None, "name": "九年义务教育巩固率", "old": {"value": 0.5, "unit": "%", "cmp": "<="},
         "new": None},
    ]
