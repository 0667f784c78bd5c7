"""A reference .docx (render --reference-doc): the styles and page margins a user set in Word or WPS.

The workflow is pandoc's: render once, change the styles in Word (修改样式: 方正仿宋_GBK instead of
仿宋_GB2312, another title size) and the margins (页面设置), save, and pass that file to every later
render. Each of our styles is looked up by its id, then by its name (WPS may renumber ids); its
paragraph and run properties replace ours. Only WordprocessingML itself is taken: elements of
other namespaces (w14 …) would need declarations our package lacks, list numbering would point
into a numbering part it does not have, and theme fonts into a theme it does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..errors import WorkplanError
from ..writers.docx_style import LANDSCAPE, LOOKS, PORTRAIT, W_NS, Page
from .docx_zip import docx_parts

W = f"{{{W_NS}}}"
_DROPPED = {"numPr", "pStyle", "rStyle"}  # numbering it does not bring; a style is given by the style itself
_THEME_FONTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


@dataclass
class Reference:
    path: str
    styles: dict[str, str] = field(default_factory=dict)  # our style id → its w:pPr and w:rPr, as XML
    margins: tuple[float, float, float, float] | None = None  # portrait top, bottom, left, right in mm
    missing: list[str] = field(default_factory=list)  # names of our styles the file does not have

    def page(self, landscape: bool) -> Page:
        """The page of a document: ours, with the reference's margins (turned for a landscape table)."""
        if self.margins is None:
            return LANDSCAPE if landscape else PORTRAIT
        top, bottom, left, right = self.margins
        if landscape:  # the page turns, the binding edge stays on the long side (as LANDSCAPE does)
            return replace(LANDSCAPE, top=left, bottom=right, left=top, right=bottom)
        return replace(PORTRAIT, top=top, bottom=bottom, left=left, right=right)


def read_reference(data: bytes, path: str) -> Reference:
    from lxml import etree

    styles_part, document_part = _parts(data, path)
    try:
        styles = etree.fromstring(styles_part)
        document = etree.fromstring(document_part) if document_part else None
    except etree.XMLSyntaxError as e:
        raise WorkplanError("reference-not-docx", path=path, reason=str(e)) from e
    by_id = {s.get(W + "styleId"): s for s in styles.iter(W + "style")}
    by_name = {_name(s): s for s in styles.iter(W + "style")}
    reference = Reference(path, margins=_margins(document))
    for look in LOOKS:
        found = by_id.get(look.style_id)
        if found is None or found.get(W + "type") != look.kind:
            found = by_name.get(look.name.lower())
        if found is None or found.get(W + "type") != look.kind:
            reference.missing.append(look.name)
            continue
        reference.styles[look.style_id] = "".join(_properties(found, tag) for tag in ("pPr", "rPr"))
    return reference


def _parts(data: bytes, path: str) -> tuple[bytes, bytes | None]:
    def not_docx(reason: str) -> WorkplanError:
        return WorkplanError("reference-not-docx", path=path, reason=reason)

    parts = docx_parts(data, path, ("word/styles.xml", "word/document.xml"), not_docx)
    if "word/styles.xml" not in parts:
        raise not_docx("word/styles.xml")
    return parts["word/styles.xml"], parts.get("word/document.xml")


def _name(style) -> str:
    name = style.find(W + "name")
    return (name.get(W + "val") or "").lower() if name is not None else ""


def _properties(style, tag: str) -> str:
    """The style's w:pPr or w:rPr as XML, WordprocessingML only ("" when it has none)."""
    from lxml import etree

    element = style.find(W + tag)
    if element is None:
        return ""
    element = etree.fromstring(etree.tostring(element))  # a copy, to prune
    for node in list(element.iter()):
        if not isinstance(node.tag, str) or not node.tag.startswith(W) or node.tag[len(W):] in _DROPPED:
            if node is not element and node.getparent() is not None:
                node.getparent().remove(node)
            continue
        for attribute in list(node.attrib):
            if not attribute.startswith(W) or attribute[len(W):] in _THEME_FONTS:
                del node.attrib[attribute]
    if len(element) == 0:  # all it had was others' extensions
        return ""
    etree.cleanup_namespaces(element)
    return etree.tostring(element, encoding="unicode").replace(f' xmlns:w="{W_NS}"', "", 1)


def _margins(document) -> tuple[float, float, float, float] | None:
    """The last section's margins, when its page is upright (a landscape reference says nothing
    about the 工作要点)."""
    if document is None:
        return None
    sections = list(document.iter(W + "sectPr"))
    if not sections:
        return None
    size, margins = sections[-1].find(W + "pgSz"), sections[-1].find(W + "pgMar")
    if margins is None or (size is not None and _twips(size, "w") > _twips(size, "h") > 0):
        return None
    values = [_twips(margins, side) for side in ("top", "bottom", "left", "right")]
    if any(v <= 0 for v in values):
        return None
    return tuple(round(v / 1440 * 25.4, 1) for v in values)


def _twips(element, attribute: str) -> int:
    try:
        return abs(int(float(element.get(W + attribute, "0"))))
    except ValueError:
        return 0
