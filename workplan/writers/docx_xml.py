"""WordprocessingML paragraphs and runs as text, referring to styles by name, inserted in one parse.

Building the body as one XML string and parsing it once is ~20x faster than python-docx's
object API for documents of a thousand paragraphs, and the output is the same markup.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from .docx_style import style_id

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Characters XML 1.0 cannot carry; python-docx would refuse them too.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def paragraph(style: str, runs: str = "", ppr: str = "") -> str:
    """A paragraph in `style`; `ppr` is extra paragraph properties, in schema order."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id(style)}"/>{ppr}</w:pPr>{runs}</w:p>'


def run(text: str, style: str | None = None) -> str:
    """A run of text, optionally in a character style; newlines become line breaks."""
    if not text:
        return ""
    rpr = f'<w:rPr><w:rStyle w:val="{style_id(style)}"/></w:rPr>' if style else ""
    lines = _INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{rpr}{body}</w:r>"


def append_body(document, xml: str) -> None:
    """Parse `xml` (body content) once and put it before the document's final section properties."""
    from docx.oxml import parse_xml

    fragment = parse_xml(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')
    sect_pr = document.element.body.sectPr
    for element in list(fragment):
        sect_pr.addprevious(element)
