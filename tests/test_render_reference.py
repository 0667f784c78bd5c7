"""render --reference-doc: the styles and margins a user set in Word, WPS or LibreOffice are used."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.shared import Pt
from lxml import etree

from tests.conftest import PLANS, ROOT, run
from tests.test_docx_schema_order import order_violations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SMALL = ROOT / "tests" / "plans" / "render" / "small.yaml"


def render(tmp_path, *args, name="out.docx", plan=SMALL):
    out = tmp_path / name
    r = run("render", plan, "-o", out, *args)
    assert r.code == 0, r.err
    return out, r


def order_errors(path):
    with zipfile.ZipFile(path) as z:
        return order_violations(etree.fromstring(z.read("word/styles.xml")), "styles.xml")


def edit_part(path, part, edit):
    """Rewrite one XML part of a .docx in place, as an editor's save would."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == part:
                root = etree.fromstring(data)
                edit(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            z.writestr(info, data)


def style(root, name):
    return next(s for s in root.iter(W + "style") if s.find(W + "name").get(W + "val") == name)


def restyle(root):
    """What a province using the 方正 _GBK fonts does in 修改样式 — and what WPS/LibreOffice do on
    saving: new style ids, extension elements, list numbering on a heading, theme fonts."""
    title = style(root, "公文标题")
    title.find(f"{W}rPr/{W}rFonts").set(W + "eastAsia", "方正小标宋_GBK")
    title.find(f"{W}rPr/{W}sz").set(W + "val", "40")
    body = style(root, "Normal")
    body.find(f"{W}rPr/{W}rFonts").set(W + "eastAsia", "方正仿宋_GBK")
    body.find(f"{W}rPr/{W}rFonts").set(W + "eastAsiaTheme", "minorEastAsia")
    heading = style(root, "一级标题")
    etree.SubElement(heading.find(W + "pPr"), W + "numPr").append(etree.Element(W + "numId", {W + "val": "3"}))
    heading.find(W + "rPr").insert(0, etree.Element("{http://schemas.microsoft.com/office/word/2010/wordml}ligatures"))
    for n, s in enumerate(root.iter(W + "style")):
        old = s.get(W + "styleId")
        if old.startswith("Gw"):
            s.set(W + "styleId", f"Style{n}")


def turn_margins(root):
    margins = next(root.iter(W + "pgMar"))
    margins.set(W + "top", str(round(30 / 25.4 * 1440)))
    margins.set(W + "left", str(round(25 / 25.4 * 1440)))


def test_a_document_of_our_own_as_reference_changes_nothing(tmp_path):
    reference, _ = render(tmp_path, name="reference.docx")
    again, r = render(tmp_path, "--reference-doc", reference, name="again.docx")
    assert again.read_bytes() == reference.read_bytes() and "警告" not in r.err
    tasks, _ = render(tmp_path, "--as", "tasks", name="tasks.docx")
    tasks_again, _ = render(tmp_path, "--as", "tasks", "--reference-doc", reference, name="tasks-again.docx")
    assert tasks_again.read_bytes() == tasks.read_bytes()


def test_restyled_fonts_and_margins_are_used(tmp_path):
    reference, _ = render(tmp_path, name="reference.docx")
    edit_part(reference, "word/styles.xml", restyle)
    edit_part(reference, "word/document.xml", turn_margins)
    out, r = render(tmp_path, "--reference-doc", reference)
    assert "警告" not in r.err, "every style was found by its name"
    d = docx.Document(str(out))
    title = d.styles["公文标题"]
    assert title.style_id == "GwTitle" and title.font.size == Pt(20)
    assert title.element.rPr.rFonts.get(W + "eastAsia") == "方正小标宋_GBK"
    fonts = d.styles["Normal"].element.rPr.rFonts
    assert fonts.get(W + "eastAsia") == "方正仿宋_GBK" and fonts.get(W + "eastAsiaTheme") is None
    styles = zipfile.ZipFile(out).read("word/styles.xml")
    assert b"numPr" not in styles and b"ligatures" not in styles and b"wordml" not in styles
    assert d.styles["三级标题"].font.bold, "styles the user did not touch stay as they were"
    section = d.sections[0]
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (30, 25)
    assert (round(section.bottom_margin.mm), round(section.right_margin.mm)) == (35, 26)
    assert order_errors(out) == []
    # the task table turns the page, and the margins with it: the binding edge stays on the long side
    tasks, _ = render(tmp_path, "--as", "tasks", "--reference-doc", reference, name="tasks.docx")
    section = docx.Document(str(tasks)).sections[0]
    assert section.page_width > section.page_height
    assert (round(section.left_margin.mm), round(section.top_margin.mm)) == (30, 25)


def test_a_word_file_that_is_no_restyled_workplan_document_is_refused(tmp_path):
    """Its Normal, footer and Letter margins would undo the 公文 body and page without a word of why."""
    plain = tmp_path / "其他 文件.docx"
    docx.Document().save(str(plain))  # python-docx's own template: Normal, footer and Word's built-ins
    r = run("render", SMALL, "-o", tmp_path / "out.docx", "--reference-doc", plain)
    assert r.code == 2 and "没有 workplan 的公文样式" in r.err and not (tmp_path / "out.docx").exists()


def test_a_style_the_reference_lacks_keeps_ours_with_a_warning(tmp_path):
    reference, _ = render(tmp_path, name="reference.docx")
    edit_part(reference, "word/styles.xml", lambda root: root.remove(style(root, "公文标题")))
    out, r = render(tmp_path, "--reference-doc", reference)
    assert "reference-missing-styles" in r.err and "公文标题" in r.err.split("reference-missing-styles")[1]
    assert docx.Document(str(out)).styles["公文标题"].font.size == Pt(22)
    r = run("render", SMALL, "-o", tmp_path / "j.docx", "--reference-doc", reference, "-f", "json")
    assert [f["code"] for f in r.json()["findings"]] == ["reference-missing-styles"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_text("不是文档", encoding="utf-8"), "不是 Word 文档"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "是 .doc/.wps 文件，不能用作 --reference-doc"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n" + bytes(600)), "是 PDF 文件，不能用作 --reference-doc"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("a.txt", "x"), "不是 Word 文档"),
    (lambda p: p.mkdir(), "是一个文件夹"),
    (lambda p: None, "找不到"),
])
def test_a_reference_that_is_no_docx_is_refused(tmp_path, make, message):
    reference = tmp_path / "ref.docx"
    make(reference)
    r = run("render", SMALL, "-o", tmp_path / "out.docx", "--reference-doc", reference)
    assert r.code == 2 and message in r.err and not (tmp_path / "out.docx").exists()
    assert "Traceback" not in r.err and "导入" not in r.err  # import's advice is no use for a reference


def test_a_reference_is_for_docx_output(tmp_path):
    reference, _ = render(tmp_path, name="reference.docx")
    r = run("render", SMALL, "-o", tmp_path / "out.md", "--reference-doc", reference)
    assert r.code == 2 and "--reference-doc" in r.err and not (tmp_path / "out.md").exists()


def test_every_departments_table_takes_the_reference(tmp_path):
    reference, _ = render(tmp_path, name="reference.docx")
    edit_part(reference, "word/styles.xml", restyle)
    r = run("render", SMALL, "--as", "tasks", "--each-dept", "-o", tmp_path / "tables", "--reference-doc", reference)
    assert r.code == 0, r.err
    for table in (tmp_path / "tables").iterdir():
        fonts = docx.Document(str(table)).styles["Normal"].element.rPr.rFonts
        assert fonts.get(W + "eastAsia") == "方正仿宋_GBK"


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice)")
def test_a_reference_saved_by_libreoffice(tmp_path):
    """LibreOffice renumbers every custom style (Style14 …) and writes its own properties on saving."""
    reference, _ = render(tmp_path, name="reference.docx", plan=PLANS / "2026.yaml")
    saved = tmp_path / "saved"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(saved), str(reference)], check=True, capture_output=True,
                   timeout=180, env={**os.environ})
    out, r = render(tmp_path, "--reference-doc", saved / "reference.docx", plan=PLANS / "2026.yaml")
    assert "警告" not in r.err
    d = docx.Document(str(out))
    assert d.styles["公文标题"].font.size == Pt(22) and d.styles["Normal"].font.size == Pt(16)
    assert d.styles["一级标题字"].element.rPr.rFonts.get(W + "eastAsia") == "黑体"
    # LibreOffice writes overflowPunct back inverted: the body keeps ours, or a line-end ， is lost
    assert d.styles["Normal"].element.pPr.find(W + "overflowPunct").get(W + "val") == "1"
    assert order_errors(out) == []


@pytest.mark.skipif(not (os.environ.get("WORKPLAN_OOXML_VALIDATOR") or shutil.which("ooxml-validator")),
                    reason="ooxml-validator is not installed (.ci/run installs it)")
def test_word_would_open_a_restyled_document(tmp_path):
    from tests.test_docx_sdk import sdk_errors

    reference, _ = render(tmp_path, name="reference.docx")
    edit_part(reference, "word/styles.xml", restyle)
    edit_part(reference, "word/document.xml", turn_margins)
    for kind in ("workpoints", "tasks"):
        out, _ = render(tmp_path, "--as", kind, "--reference-doc", reference, name=f"{kind}.docx")
        assert sdk_errors(out) == [] and sdk_errors(out, "Office2007") == []


def test_the_reference_is_never_written_over(tmp_path):
    reference, _ = render(tmp_path, name="reference.docx")
    before = reference.read_bytes()
    r = run("render", SMALL, "--as", "tasks", "-o", reference, "--reference-doc", reference)
    assert r.code == 2 and "不会覆盖它" in r.err and reference.read_bytes() == before


def test_a_landscape_reference_gives_the_task_table_its_margins(tmp_path):
    """A restyled 任务分解表 as reference: its margins are for a landscape page, and are taken as they are."""
    tasks, _ = render(tmp_path, "--as", "tasks", name="tasks.docx")
    d = docx.Document(str(tasks))
    section = d.sections[-1]
    section.top_margin = section.bottom_margin = docx.shared.Mm(15)
    section.left_margin = section.right_margin = docx.shared.Mm(20)
    d.save(str(tasks))
    out, _ = render(tmp_path, "--as", "tasks", "--reference-doc", tasks, name="out.docx")
    section = docx.Document(str(out)).sections[0]
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                   section.right_margin)] == [15, 15, 20, 20]
    upright, _ = render(tmp_path, "--reference-doc", tasks, name="upright.docx")  # turned for the 工作要点
    section = docx.Document(str(upright)).sections[0]
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (20, 15)


def test_each_departments_table_never_writes_over_the_reference(tmp_path):
    r = run("render", SMALL, "--as", "tasks", "--each-dept", "-o", tmp_path / "out")
    office = tmp_path / "out" / "办公室.docx"
    edit_part(office, "word/styles.xml", restyle)
    before = office.read_bytes()
    r = run("render", SMALL, "--as", "tasks", "--each-dept", "-o", tmp_path / "out", "--reference-doc", office)
    assert r.code == 2 and "不会覆盖它" in r.err and office.read_bytes() == before


def test_a_reference_too_large_says_so(tmp_path, monkeypatch):
    import workplan.render

    reference, _ = render(tmp_path, name="reference.docx")
    monkeypatch.setattr(workplan.render, "REFERENCE_LIMIT", 1024)
    r = run("render", SMALL, "-o", tmp_path / "out.docx", "--reference-doc", reference)
    assert r.code == 2 and "样式参考文档" in r.err and "工作计划" not in r.err
