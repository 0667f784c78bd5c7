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
    assert labor(NEW, nested(tmp_path)) == {
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
