"""WordprocessingML paragraphs and runs as text, referring to styles by name.

The body is built as one string: python-docx's object API took seconds for a thousand paragraphs,
and the markup is the same.
"""

from __future__ import annotations

import re

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
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{xml_text(line)}</w:t>' for line in lines)
    return f"<w:r>{rpr}{body}</w:r>"


def xml_text(text: str) -> str:
    """`text` as XML character data: escaped, without the characters XML cannot carry."""
    # by hand: html.escape's module loads the 2,000 HTML5 entities, xml.sax.saxutils urllib, http and email
    return _INVALID.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
