"""Where a measure stands: put under another measure, made a measure of its own, moved and also edited."""

from __future__ import annotations

from pathlib import Path

from conftest import run

HERE = Path(__file__).resolve().parent / "plans" / "diff"
OLD, NEW = HERE / "old.yaml", HERE / "new.yaml"
LABOR = """      - id: labor
        title: 加强劳动教育
        text: 落实中小学劳动教育指导纲要，新建市级中小学劳动教育实践基地5个。
        lead: 基础教育科
"""


def nested(tmp_path) -> Path:
    """new.yaml with 加强劳动教育 (4) put under 加强学生心理健康教育 (3): it prints as 3（1）."""
    text = NEW.read_text(encoding="utf-8")
    assert LABOR in text
    under = "        measures:\n" + "".join("    " + line + "\n" for line in LABOR.splitlines())
    (tmp_path / "nested.yaml").write_text(text.replace(LABOR, under), encoding="utf-8")
    (tmp_path / "departments.yaml").write_text((HERE / "departments.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path / "nested.yaml"


def labor(old, new) -> dict:
    r = run("diff", old, new, "-f", "json", "-r", HERE / "departments.yaml")
    assert r.code == 1
    return next(m for m in r.json()["measures"] if m["new_id"] == "labor")


def test_measure_put_under_another_is_moved(tmp_path):
    moved = labor(NEW, nested(tmp_path))
    assert moved["old"] == moved["new"]  # the same division of labour on both sides
    del moved["old"], moved["new"]
    assert moved == {
        "status": "moved", "old_id": "labor", "new_id": "labor", "old_number": "4", "new_number": "3（1）",
        "similarity": 1.0, "changes": ["parent"], "title": "加强劳动教育"}
    r = run("diff", NEW, nested(tmp_path), "-r", HERE / "departments.yaml")
    assert "↪1 移动" in r.out and "↪ 4 → 3（1）  加强劳动教育\n    移至3.加强学生心理健康教育之下" in r.out


def test_sub_measure_made_top_level_is_moved(tmp_path):
    m = labor(nested(tmp_path), NEW)
    assert (m["status"], m["changes"], m["old_number"], m["new_number"]) == ("moved", ["parent"], "3（1）", "4")
    r = run("diff", nested(tmp_path), NEW, "-r", HERE / "departments.yaml", "--only", "parent")
    assert "原为3.加强学生心理健康教育的子项，改为独立措施" in r.out


def test_only_moved_includes_a_measure_moved_and_edited():
    """SPEC §7: moved and edited is "changed" with "section" in its changes — still a move."""
    r = run("diff", OLD, NEW, "-f", "json", "--only", "moved")
    assert [(m["title"], m["status"]) for m in r.json()["measures"]] == [("加强学生心理健康教育", "changed"),
                                                                       ("加强劳动教育", "moved")]
    r = run("diff", OLD, NEW, "--only", "moved")
    assert "加强学生心理健康教育" in r.out and "做好防溺水工作" not in r.out


def test_an_id_reused_for_unrelated_content_is_a_warning(tmp_path):
    text = NEW.read_text(encoding="utf-8").replace("title: 规范人工智能应用", "title: 建设智慧校园平台").replace(
        "text: 规范生成式人工智能在校园中的使用，引导学生安全使用新技术。", "text: 完成全市中小学千兆光纤接入，建成市级教育云平台。")
    (tmp_path / "reused.yaml").write_text(text, encoding="utf-8")
    r = run("diff", NEW, tmp_path / "reused.yaml", "-r", HERE / "departments.yaml")
    assert r.code == 1
    assert f"{tmp_path / 'reused.yaml'}:41:13: 警告[id-reused] 第 5 项的标识 ai-safety 似乎被用在了不相关的内容上" in r.err
    assert f"（{NEW}:41）相似度只有 0.17（低于 0.35）" in r.err
    findings = run("diff", NEW, tmp_path / "reused.yaml", "-r", HERE / "departments.yaml", "-f", "json").json()["findings"]
    assert [(f["line"], f["severity"], f["code"]) for f in findings] == [(41, "warning", "id-reused")]
    assert run("diff", OLD, NEW, "-f", "json").json()["findings"] == []  # a rewording (0.8) is no reuse
    # a finding about the comparison, not a kind of change: --only does not hide it, in text or JSON
    r = run("diff", NEW, tmp_path / "reused.yaml", "-r", HERE / "departments.yaml", "--only", "removed")
    assert "警告[id-reused]" in r.err
    r = run("diff", NEW, tmp_path / "reused.yaml", "-r", HERE / "departments.yaml", "--only", "removed", "-f", "json")
    assert [f["code"] for f in r.json()["findings"]] == ["id-reused"]


def test_a_reworded_measure_is_no_reused_id_whatever_the_threshold():
    """--threshold is how alike a pairing by text must be; measures paired by id at 0.85–0.93 are rewordings."""
    from conftest import PLANS

    for threshold in ("0.5", "0.95", "1"):
        r = run("diff", PLANS / "2025.yaml", PLANS / "2026.yaml", "-t", threshold, "-f", "json")
        assert r.code == 1 and r.json()["findings"] == []
        assert "id-reused" not in run("diff", PLANS / "2025.yaml", PLANS / "2026.yaml", "-t", threshold).err


def reordered(plans, change) -> Path:
    """2026.yaml with `change(data)` applied (ruamel: comments and layout kept), as new.yaml."""
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load((plans / "2026.yaml").read_text(encoding="utf-8"))
    change(data)
    with open(plans / "new.yaml", "w", encoding="utf-8") as f:
        yaml.dump(data, f)
    return plans / "new.yaml"


def diff_json(plans, new: Path) -> dict:
    r = run("diff", plans / "2026.yaml", new, "-f", "json")
    assert r.code == 1
    return r.json()


def not_unchanged(items: list[dict]) -> list[tuple]:
    return [(m["status"], m["old_number"], m["new_number"], m["changes"]) for m in items if m["status"] != "unchanged"]


def test_two_measures_swapped_are_a_move_not_identical(plans):
    """Every printed number changes (1 ↔ 2): one of the two jumped over the other, and the report says so."""
    def swap(data):
        m = data["sections"][0]["measures"]
        m[0], m[1] = m[1], m[0]

    new = reordered(plans, swap)
    r = run("diff", plans / "2026.yaml", new)
    assert r.code == 1 and "都相同" not in r.out
    assert "↪1 移动" in r.out and "↪ 2 → 1  夯实基层党建基础\n    调整顺序" in r.out
    assert not_unchanged(diff_json(plans, new)["measures"]) == [("moved", "2", "1", ["order"])]
    assert "调整顺序" in run("diff", plans / "2026.yaml", new, "--only", "order").out


def test_a_measure_moved_to_the_end_of_its_section_is_the_only_move(plans):
    """Not the others, whose numbers all went down by one: they kept their order."""
    def to_end(data):
        m = data["sections"][2]["measures"]
        m.append(m.pop(0))

    found = not_unchanged(diff_json(plans, reordered(plans, to_end))["measures"])
    assert [(status, changes) for status, *_, changes in found] == [("moved", ["order"])]


def test_an_inserted_or_removed_measure_moves_no_other(plans):
    """All later numbers shift by one; that alone is no move."""
    def insert(data):
        data["sections"][0]["measures"].insert(0, {"id": "brand-new", "title": "建设智慧校园平台",
                                                   "text": "完成全市中小学千兆光纤接入，建成市级教育云平台。", "lead": "办公室"})

    def remove(data):
        del data["sections"][0]["measures"][0]

    assert [m[0] for m in not_unchanged(diff_json(plans, reordered(plans, insert))["measures"])] == ["added"]
    assert [m[0] for m in not_unchanged(diff_json(plans, reordered(plans, remove))["measures"])] == ["removed"]


def test_two_sections_swapped_are_a_move(plans, tmp_path):
    def swap(data):
        s = data["sections"]
        s[0], s[1] = s[1], s[0]

    new = reordered(plans, swap)
    r = run("diff", plans / "2026.yaml", new)
    assert r.code == 1 and "都相同" not in r.out
    assert "（一）落实立德树人根本任务\n↪ 调整部分顺序，原为（二）" in r.out
    result = diff_json(plans, new)
    assert not_unchanged(result["sections"]) == [("moved", "（二）", "（一）", ["order"])]
    assert not_unchanged(result["measures"]) == []  # renumbered with their section, in the same order
    run("diff", plans / "2026.yaml", new, "-o", tmp_path / "t.md")
    assert "| （二） 落实立德树人根本任务 | （一） 落实立德树人根本任务 | 调整部分顺序，原为（二） |" in (
        tmp_path / "t.md").read_text(encoding="utf-8")


def test_out_of_order_keeps_a_longest_run_in_order():
    from workplan.analyses.diff import out_of_order

    def jumped(order):  # old positions, in the new order
        return {order[b] for b in out_of_order([(a, b) for b, a in enumerate(order)])}

    assert jumped([0, 1, 2, 3]) == set()
    assert jumped([1, 2, 3, 0]) == {0}  # the first put last
    assert jumped([3, 0, 1, 2]) == {3}  # the last put first
    assert len(jumped([1, 0])) == 1
    assert jumped([0, 2, 5, 3, 4, 1]) == {5, 1}
