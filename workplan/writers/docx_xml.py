"""WordprocessingML paragraphs and runs as text, referring to styles by name, inserted in one parse.

Building the body as one XML string and parsing it once is much faster than python-docx's object
API for documents of a thousand paragraphs, and the output is the same markup.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from .docx_style import style_id

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
    """Put `xml` (body content) before the document's final section properties.

    The document is re-parsed with the new content spliced into its text: lxml's moving of a
    large parsed fragment into another tree (addprevious) takes seconds for a 1,000-row table,
    the splice and one parse take milliseconds. python-docx has no API for this, hence the
    two private attributes.
    """
    from docx.oxml import parse_xml
    from lxml import etree

    text = etree.tostring(document.element, encoding="unicode")
    cut = text.rindex("<w:sectPr")  # the body's own sectPr is its last child
    element = parse_xml((text[:cut] + xml + text[cut:]).encode("utf-8"))
    document.part._element = document._element = element
    document._Document__body = None
