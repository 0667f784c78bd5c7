"""An added or removed measure's division of labour and deadline in 变化说明 (牵头, 配合, 完成时限 as printed), worded
as a changed measure's change of them is, in the text report, the Markdown, the HTML and the .docx alike."""

from __future__ import annotations

import docx
import pytest
from conftest import run

ADDED = """      - id: campus-drill
        title: 开展校园应急疏散演练
        text: >-
          每学期组织全市中小学幼儿园开展应急疏散演练不少于2次，提升师生自救互救能力。
        lead: 安全管理科
        support: [思教科, 局各科室]
        due: 2026-07
      - id: bare
        title: 开展安全主题宣传
        text: >-
          组织开展安全主题宣传活动。
"""
NOTES_ADDED = ["新增措施", "牵头：安全管理科", "配合：思教科、局各科室", "完成时限：2026年7月"]
NOTES_REMOVED = ["删除措施", "牵头：纪检监察室", "配合：办公室、组织人事科", "完成时限：长期"]  # a due in words as written


@pytest.fixture
def pair(plans):
    """The 2026 sample, and it with 纵深推进全面从严治党 removed and two measures added under 安全稳定."""
    text = (plans / "2026.yaml").read_text(encoding="utf-8")
    start, end = text.index("      - id: clean-governance"), text.index("\n\n", text.index("      - id: clean-governance"))
    text = text[:start] + text[end + 1:]
    at = text.index("measures:\n", text.index("  - id: safety")) + len("measures:\n")
    (plans / "new.yaml").write_text(text[:at] + ADDED + text[at:], encoding="utf-8")
    return plans / "2026.yaml", plans / "new.yaml"


def test_text_report_names_the_departments_and_due(pair):
    r = run("diff", *pair)
    assert r.code == 1
    lines = r.out.splitlines()
    assert "    " + "；".join(NOTES_ADDED) in lines
    assert "    " + "；".join(NOTES_REMOVED) in lines
    assert "    新增措施" in lines  # a measure that names none: nothing to add


def test_markdown_html_and_docx_rows(pair, tmp_path):
    for suffix in ("md", "html", "docx"):
        assert run("diff", *pair, "-o", tmp_path / f"t.{suffix}").code == 1
    md = (tmp_path / "t.md").read_text(encoding="utf-8")
    assert "<ins>开展校园应急疏散演练</ins>" in md and " | " + "；".join(NOTES_ADDED) + " |" in md
    assert "<del>纵深推进全面从严治党</del>" in md and " | " + "；".join(NOTES_REMOVED) + " |" in md
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<td>" + "<br>".join(NOTES_ADDED) + "</td>" in page
    assert "<td>" + "<br>".join(NOTES_REMOVED) + "</td>" in page
    notes = [row.cells[-1].text for row in docx.Document(str(tmp_path / "t.docx")).tables[0].rows]
    assert "\n".join(NOTES_ADDED) in notes and "\n".join(NOTES_REMOVED) in notes and "新增措施" in notes


def test_english(pair):
    r = run("--lang", "en", "diff", *pair)
    assert r.code == 1
    assert "    new measure; lead: 安全管理科; support: 思教科, 局各科室; due: 2026年7月" in r.out.splitlines()
    assert "    measure removed; lead: 纪检监察室; support: 办公室, 组织人事科; due: 长期" in r.out.splitlines()


def test_a_full_date_is_printed_as_elsewhere(pair):
    old, new = pair
    new.write_text(new.read_text(encoding="utf-8").replace("due: 2026-07\n", "due: 2026-07-15\n"), encoding="utf-8")
    assert "；完成时限：2026年7月15日" in run("diff", old, new).out
