""".docx → lines: body paragraphs in order, with the numbers Word generates for list paragraphs
(一、 （一） 1. ① from numbering.xml, also through paragraph styles) written in front of their
text, and tables read row by row (a 任务分解表 becomes one annotated measure line per row).

Read with lxml from the zip directly: faster than python-docx for reading, and it lets us skip
what is not body text (deleted revisions, field codes, text boxes, a table of contents).
"""

from __future__ import annotations

import re

from ...errors import WorkplanError
from ...model import Pos
from ..docx_zip import docx_parts
from .docx_numbering import NS, Numbering, W, style_property, val
from .normalize import Line, clean
from .tables import table_lines

XLSX_PART = "xl/workbook.xml"  # an Excel workbook's: a zip too
TITLE_STYLE_RE = re.compile(r"^(title|公文标题|文件标题|大标题|标题)$", re.IGNORECASE)


def docx_lines(data: bytes, path: str) -> list[Line]:
    parts = _parts(data, path)
    from lxml import etree

    try:
        body = etree.fromstring(parts["word/document.xml"]).find("w:body", NS)
        styles = etree.fromstring(parts["word/styles.xml"]) if "word/styles.xml" in parts else None
        numbering = Numbering(parts.get("word/numbering.xml"), styles)
    except etree.XMLSyntaxError as e:  # lxml's English says nothing a clerk can act on
        raise WorkplanError("import-damaged", Pos(path, 1, 1)) from e
    if body is None:
        raise WorkplanError("import-no-body", Pos(path, 1, 1))
    titles = _title_styles(styles)
    outline = style_property(styles, lambda s: val(s, "w:pPr/w:outlineLvl"))
    texts: list[tuple[str, int]] = []
    for element in _blocks(body):
        if element.tag == f"{{{W}}}tbl":
            texts += [(line, 0) for line in table_lines(element, paragraph_text)]
            continue
        style = val(element, "w:pPr/w:pStyle")
        text = paragraph_text(element, join_breaks=style in titles)
        level = val(element, "w:pPr/w:outlineLvl") or outline.get(style)
        texts.append((numbering.label(element) + text if text.strip() else "", _level(level)))
    return [Line(clean(t), n, level=level) for n, (text, level) in enumerate(texts, 1) for t in text.split("\n")]


def _level(value: str | None) -> int:
    """Outline level 0–8 of a Word heading as 1–9; 9 ("body text") and none as 0."""
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else 0


def _parts(data: bytes, path: str) -> dict[str, bytes]:
    """The Word parts; a file that starts as a zip but cannot be read as one was cut short or damaged (a
    download that stopped, a copy from a failing USB drive), and an .xlsx is told as a workbook."""
    parts = docx_parts(data, path, ("word/document.xml", "word/styles.xml", "word/numbering.xml", XLSX_PART),
                       lambda reason: WorkplanError("import-damaged", Pos(path, 1, 1)))
    if "word/document.xml" not in parts:
        raise WorkplanError("import-xlsx" if XLSX_PART in parts else "import-no-body", Pos(path, 1, 1))
    return parts


def _blocks(body):
    """Paragraphs and tables in order, looking inside content controls but not into a TOC."""
    for child in body:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            yield child
        elif tag == "sdt" and not child.xpath(".//w:docPartGallery[contains(@w:val, 'Contents')]", namespaces=NS):
            yield from _blocks(child.find("w:sdtContent", NS) if child.find("w:sdtContent", NS) is not None else [])
        elif tag == "customXml":
            yield from _blocks(child)


def paragraph_text(p, join_breaks: bool = False) -> str:
    """The visible text: runs' text, tabs and breaks; not deleted text, field codes or text boxes."""
    out = []
    for node in p.xpath(".//w:r[not(ancestor::w:txbxContent)]/*[self::w:t or self::w:tab or self::w:br "
                        "or self::w:cr or self::w:noBreakHyphen]", namespaces=NS):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(node.text or "")
        elif tag == "tab":
            out.append(" ")
        elif tag == "noBreakHyphen":
            out.append("-")
        elif node.get(f"{{{W}}}type") != "page":
            out.append("" if join_breaks else "\n")
    return "".join(out)


def _title_styles(styles) -> set[str]:
    """Ids of title styles: a long title keeps its line breaks inside one paragraph."""
    if styles is None:
        return set()
    found = set()
    for style in styles.findall("w:style", NS):
        if TITLE_STYLE_RE.match(val(style, "w:name") or "") or TITLE_STYLE_RE.match(style.get(f"{{{W}}}styleId") or ""):
            found.add(style.get(f"{{{W}}}styleId"))
    return found
