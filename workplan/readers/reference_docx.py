"""A reference .docx (render --reference-doc): the styles and page margins a user set in Word or WPS.

The workflow is pandoc's: render once, change the styles in Word (修改样式: 方正仿宋_GBK instead of
仿宋_GB2312, another title size) and the margins (页面设置), save, and pass that file to every later
render. Each of our styles is looked up by its id, then by its name (WPS may renumber ids); its
paragraph and run properties replace ours. Only WordprocessingML itself is taken: elements of
other namespaces (w14 …) would need declarations our package lacks, list numbering would point
into a numbering part it does not have, and theme fonts into a theme it does not have.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..errors import WorkplanError
from ..sources import other_format
from ..writers.docx_style import BODY_BREAKING, LANDSCAPE, LOOKS, PORTRAIT, W_NS, Page
from .docx_zip import docx_parts
from .text_import.docx_numbering import val

W = f"{{{W_NS}}}"
_DROPPED = {"numPr", "pStyle", "rStyle"}  # numbering it does not bring; a style is given by the style itself
_THEME_FONTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
# w:pPr's children in schema order (ECMA-376 CT_PPrBase), to put BODY_BREAKING back in its place.
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange")


@dataclass
class Reference:
    path: str
    styles: dict[str, str] = field(default_factory=dict)  # our style id → its w:pPr and w:rPr, as XML
    margins: tuple[float, float, float, float] | None = None  # top, bottom, left, right in mm
    landscape: bool = False  # the page those margins are for
    missing: list[str] = field(default_factory=list)  # names of our styles the file does not have

    def page(self, landscape: bool) -> Page:
        """The page of a document: ours, with the reference's margins — turned when the reference's
        page is the other way round, so that the binding edge stays on the long side (as LANDSCAPE
        is PORTRAIT turned)."""
        page = LANDSCAPE if landscape else PORTRAIT
        if self.margins is None:
            return page
        top, bottom, left, right = self.margins
        if landscape != self.landscape:
            top, bottom, left, right = left, right, top, bottom
        return page._replace(top=top, bottom=bottom, left=left, right=right)


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
    margins, landscape = _margins(document)
    reference = Reference(path, margins=margins, landscape=landscape)
    for look in LOOKS:
        found = by_id.get(look.style_id)
        if found is None or found.get(W + "type") != look.kind:
            found = by_name.get(look.name.lower())
        if found is None or found.get(W + "type") != look.kind:
            reference.missing.append(look.name)
            continue
        ppr = _properties(found, "pPr", BODY_BREAKING if look.style_id == "Normal" else {})
        reference.styles[look.style_id] = ppr + _properties(found, "rPr")
    if not set(reference.styles) - WORD_OWN:
        # Any Word file has a Normal and a footer: taking only those (and its margins) would undo the
        # 公文 body and page without a word of why. It is not a restyled workplan document.
        raise WorkplanError("reference-not-ours", path=path)
    return reference


WORD_OWN = {"Normal", "Footer"}  # styles every Word document has


def _parts(data: bytes, path: str) -> tuple[bytes, bytes | None]:
    def not_docx(reason: str) -> WorkplanError:
        return WorkplanError("reference-not-docx", path=path, reason=reason)

    if kind := other_format(data):  # an old .doc or .wps, a PDF…: told as such, with what --reference-doc wants
        raise WorkplanError("reference-other-format", path=path, kind=kind)
    parts = docx_parts(data, path, ("word/styles.xml", "word/document.xml"), not_docx)
    if "word/styles.xml" not in parts:
        raise not_docx("word/styles.xml")
    return parts["word/styles.xml"], parts.get("word/document.xml")


def _name(style) -> str:
    return (val(style, "w:name") or "").lower()


def _properties(style, tag: str, ours: dict[str, str] | None = None) -> str:
    """The style's w:pPr or w:rPr as XML, WordprocessingML only ("" when it has none); `ours`
    (element → w:val) are set to our values whatever the reference says."""
    from lxml import etree

    element = style.find(W + tag)
    if element is None:
        if not ours:
            return ""
        element = etree.Element(W + tag, nsmap={"w": W_NS})
    element = copy.deepcopy(element)  # to prune
    for node in list(element.iter()):
        if not isinstance(node.tag, str) or not node.tag.startswith(W) or node.tag[len(W):] in _DROPPED:
            if node is not element and node.getparent() is not None:
                node.getparent().remove(node)
            continue
        for attribute in list(node.attrib):
            if not attribute.startswith(W) or attribute[len(W):] in _THEME_FONTS:
                del node.attrib[attribute]
    for name, value in (ours or {}).items():
        _set(element, name, value)
    if len(element) == 0:  # all it had was others' extensions
        return ""
    etree.cleanup_namespaces(element)
    return etree.tostring(element, encoding="unicode").replace(f' xmlns:w="{W_NS}"', "", 1)


def _set(ppr, name: str, value: str) -> None:
    """w:pPr/w:{name} w:val=value, in its schema place."""
    from lxml import etree

    for old in ppr.findall(W + name):
        ppr.remove(old)
    rank = _PPR_ORDER.index(name)
    after = [i for i, child in enumerate(ppr) if child.tag[len(W):] in _PPR_ORDER[:rank]]
    ppr.insert(after[-1] + 1 if after else 0, etree.Element(W + name, {W + "val": value}))


def _margins(document) -> tuple[tuple[float, float, float, float] | None, bool]:
    """The last section's margins in mm (None if it gives none), and whether its page is landscape."""
    sections = list(document.iter(W + "sectPr")) if document is not None else []
    if not sections:
        return None, False
    size, margins = sections[-1].find(W + "pgSz"), sections[-1].find(W + "pgMar")
    landscape = size is not None and _twips(size, "w") > _twips(size, "h") > 0
    values = [_twips(margins, side) for side in ("top", "bottom", "left", "right")] if margins is not None else [0]
    if any(v <= 0 for v in values):
        return None, landscape
    return tuple(round(v / 1440 * 25.4, 1) for v in values), landscape


def _twips(element, attribute: str) -> int:
    try:
        return abs(int(float(element.get(W + attribute, "0"))))
    except ValueError:
        return 0
