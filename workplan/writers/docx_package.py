"""A .docx package (OPC zip) around a WordprocessingML body: the parts Word and WPS need, no more.

Every part is text made from docx_style's and docx_page's data; the zip entries carry a fixed date,
so the same plan always gives the same bytes (a .docx under version control does not churn).
"""

from __future__ import annotations

import io
import zipfile

from .docx_page import FOOTERS, R_NS, font_table_xml, footer_xml, section_xml, settings_xml
from .docx_style import FALLBACKS, PORTRAIT, W_NS, XML_HEAD, Page, styles_xml
from .docx_xml import xml_text

_CT = "application/vnd.openxmlformats-officedocument."
_TYPES = {
    "/word/document.xml": _CT + "wordprocessingml.document.main+xml",
    "/word/styles.xml": _CT + "wordprocessingml.styles+xml",
    "/word/settings.xml": _CT + "wordprocessingml.settings+xml",
    "/word/fontTable.xml": _CT + "wordprocessingml.fontTable+xml",
    **{f"/word/{name}": _CT + "wordprocessingml.footer+xml" for _, name in FOOTERS},
    "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "/docProps/app.xml": _CT + "extended-properties+xml",
}
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# The document's relationships: id → (type, target). Footers are rId1, rId2 in FOOTERS order.
_DOCUMENT_RELS = {
    **{f"rId{i}": ("footer", name) for i, (_, name) in enumerate(FOOTERS, 1)},
    "rId3": ("styles", "styles.xml"),
    "rId4": ("settings", "settings.xml"),
    "rId5": ("fontTable", "fontTable.xml"),
}
_PACKAGE_RELS = {
    "rId1": (_OFFICE_REL + "officeDocument", "word/document.xml"),
    "rId2": (_PKG_REL + "/metadata/core-properties", "docProps/core.xml"),
    "rId3": (_OFFICE_REL + "extended-properties", "docProps/app.xml"),
}
_FOOTER_IDS = {name: rid for rid, (kind, name) in _DOCUMENT_RELS.items() if kind == "footer"}
_FIXED_DATE = (2000, 1, 1, 0, 0, 0)


def docx_package(body: str, page: Page = PORTRAIT, title: str = "", author: str = "",
                 styles: dict[str, str] | None = None) -> bytes:
    """The .docx bytes of `body` (paragraphs and tables) on `page` (PORTRAIT, LANDSCAPE or a reference's);
    `styles` (style id → w:pPr/w:rPr, from a reference .docx) replace ours."""
    section = section_xml(page, _FOOTER_IDS)
    parts = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _relationships(_PACKAGE_RELS),
        "docProps/core.xml": _core(title, author),
        "docProps/app.xml": (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                             'extended-properties"><Application>workplan</Application></Properties>'),
        "word/document.xml": (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                              f"<w:body>{body}{section}</w:body></w:document>"),
        "word/_rels/document.xml.rels": _relationships(
            {rid: (_OFFICE_REL + kind, target) for rid, (kind, target) in _DOCUMENT_RELS.items()}),
        "word/styles.xml": styles_xml(styles),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(FALLBACKS),
        **{f"word/{name}": footer_xml(name) for _, name in FOOTERS},
    }
    buffer = io.BytesIO()
    # Level 3, not zlib's 6: half the time (a 1,000-measure document: 4.6 ms against 9.7), 19% larger.
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in parts.items():
            package.writestr(zipfile.ZipInfo(name, _FIXED_DATE), text.encode("utf-8"), zipfile.ZIP_DEFLATED, 3)
    return buffer.getvalue()


def _content_types() -> str:
    overrides = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in _TYPES.items())
    return (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')


def _relationships(rels: dict[str, tuple[str, str]]) -> str:
    items = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
                    for rid, (kind, target) in rels.items())
    return f'{XML_HEAD}<Relationships xmlns="{_PKG_REL}">{items}</Relationships>'


def _core(title: str, author: str) -> str:
    return (f'{XML_HEAD}<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{xml_text(title)}</dc:title><dc:creator>{xml_text(author)}</dc:creator>"
            "<dc:language>zh-CN</dc:language></cp:coreProperties>")
