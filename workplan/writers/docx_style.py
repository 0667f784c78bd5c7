"""The GB/T 9704-2012 look of every .docx workplan writes, as data, and the styles part it makes.

API (shared by render, diff and every other .docx writer):

    body = paragraph(BODY, run("……"))          # docx_xml: paragraphs by style name, never direct fonts
    body += paragraph(BODY, run("1.标题。", RUNIN[3]) + run("……"))   # run-in heading: character style
    data = docx_package(body, PORTRAIT)       # docx_package: bytes; the caller writes them atomically

Paragraph styles: TITLE, DOC_NUMBER, SUBTITLE, SALUTATION, BODY, HEADING[1..4], SIGNATURE, DATE,
TABLE_TEXT, TABLE_HEADER, PAGE_NUMBER. Character styles: RUNIN[1..4] (the heading fonts, for a
heading sentence that opens a paragraph), NOTE (the 牵头/配合 annotation). A user restyles the whole
document in Word by editing these styles. Every style is a `Look` in LOOKS; page geometry is in
PORTRAIT/LANDSCAPE. Numbers and their sources: ../shared/reference/gbt9704.md.
"""

from __future__ import annotations

from typing import NamedTuple

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

LATIN = "Times New Roman"
FANGSONG, XIAOBIAOSONG, KAITI, HEITI, SONGTI = "仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体", "宋体"
# Word/WPS substitute w:altName when a font is missing (most PCs lack the *_GB2312 and Founder fonts).
FALLBACKS = {FANGSONG: "仿宋", XIAOBIAOSONG: "宋体", KAITI: "楷体", HEITI: "SimHei", SONGTI: "SimSun"}

LINE = 28.95  # pt: 22 lines in the 225 mm type area (29 pt gives 21)
SQUEEZE = -0.25  # pt of character spacing: 28 三号 characters per 156 mm line (without it, 27)
INDENT = 32.0  # pt: 左空二字 at 16 pt

TITLE, DOC_NUMBER, SUBTITLE, SALUTATION = "公文标题", "发文字号", "公文副标题", "称谓"
BODY, SIGNATURE, DATE = "Normal", "署名", "成文日期"
TABLE_TEXT, TABLE_HEADER, PAGE_NUMBER = "表格文字", "表头", "footer"
HEADING = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
RUNIN = {1: "一级标题字", 2: "二级标题字", 3: "三级标题字", 4: "四级标题字"}
NOTE = "分工注释"
DELETED, INSERTED = "删除文字", "新增文字"  # the marks of a 新旧对照表 (workplan diff)


class Look(NamedTuple):  # not a frozen dataclass: 2 ms less to import
    """One style. Sizes in points; None inherits from the style it is based on."""

    style_id: str
    name: str
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    font: str | None = None
    latin: str = LATIN
    size: float | None = None
    bold: bool | None = None
    strike: bool | None = None
    underline: bool | None = None
    squeeze: float | None = None
    align: str | None = None  # both | center | right | left
    first_line: float | None = None
    right: float | None = None
    line: float | None = None  # exact line spacing
    keep_next: bool = False
    outline: int | None = None


_HEADING_FONTS = {1: (HEITI, None), 2: (KAITI, None), 3: (FANGSONG, True), 4: (FANGSONG, None)}

LOOKS: tuple[Look, ...] = (
    Look("Normal", BODY, based_on=None, font=FANGSONG, size=16, squeeze=SQUEEZE, align="both",
         first_line=INDENT, line=LINE),
    Look("GwTitle", TITLE, font=XIAOBIAOSONG, latin=XIAOBIAOSONG, size=22, squeeze=0, align="center", first_line=0, keep_next=True),
    Look("GwDocNumber", DOC_NUMBER, squeeze=0, align="center", first_line=0, keep_next=True),
    Look("GwSubtitle", SUBTITLE, font=KAITI, squeeze=0, align="center", first_line=0, keep_next=True),
    Look("GwSalutation", SALUTATION, first_line=0),
    *(Look(f"GwHeading{n}", HEADING[n], font=f, bold=b, keep_next=True, outline=n - 1)
      for n, (f, b) in _HEADING_FONTS.items()),
    *(Look(f"GwRunIn{n}", RUNIN[n], kind="character", based_on=None, font=f, bold=b)
      for n, (f, b) in _HEADING_FONTS.items()),
    Look("GwNote", NOTE, kind="character", based_on=None),
    Look("GwDeleted", DELETED, kind="character", based_on=None, strike=True),
    Look("GwInserted", INSERTED, kind="character", based_on=None, bold=True, underline=True),
    # 成文日期 右空四字; the writer moves 署名 so that it is centred over the date.
    Look("GwSignature", SIGNATURE, align="right", first_line=0, right=4 * 16, keep_next=True),
    Look("GwDate", DATE, align="right", first_line=0, right=4 * 16),
    # Exact 28.95 pt in cells would make every row a page-grid line: tables get their own leading.
    Look("GwTableText", TABLE_TEXT, size=12, squeeze=0, align="left", first_line=0, line=18),
    Look("GwTableHeader", TABLE_HEADER, font=HEITI, size=12, squeeze=0, align="center", first_line=0, line=18),
    Look("Footer", PAGE_NUMBER, font=SONGTI, latin=SONGTI, size=14, squeeze=0, first_line=0, line=18),
)


class Page(NamedTuple):
    width: float  # mm
    height: float
    top: float
    bottom: float
    left: float
    right: float
    footer: float  # page bottom edge to the footer's baseline area
    line_grid: bool  # Word's "lines only" document grid at LINE pitch


PORTRAIT = Page(210, 297, top=37, bottom=35, left=28, right=26, footer=25.5, line_grid=True)
# The 任务分解表: the same margins turned with the page, so the binding edge stays on the long side.
LANDSCAPE = Page(297, 210, top=28, bottom=26, left=37, right=35, footer=15, line_grid=False)

# Word's own base styles, which tables and the "no list" default refer to.
_BUILT_IN = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>'
    + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + "</w:tblBorders></w:tblPr></w:style>"
)


def styles_xml(properties: dict[str, str] | None = None) -> str:
    """The styles part: zh-CN defaults with no paragraph spacing, Word's base styles, and LOOKS —
    each with the w:pPr/w:rPr `properties` gives for its id instead of its own (a reference .docx)."""
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:cs="{LATIN}" w:eastAsia="{FANGSONG}"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
    )
    properties = properties or {}
    looks = "".join(style_xml(look, properties.get(look.style_id)) for look in LOOKS)
    return (f'{XML_HEAD}<w:styles xmlns:w="{W_NS}">'
            f"{defaults}{_BUILT_IN}{looks}</w:styles>")


def style_xml(look: Look, properties: str | None = None) -> str:
    """The w:style element of one Look, children in schema order; `properties` replaces its
    w:pPr and w:rPr."""
    based = f'<w:basedOn w:val="{look.based_on}"/>' if look.based_on and look.style_id != "Normal" else ""
    default = ' w:default="1"' if look.style_id == "Normal" else ' w:customStyle="1"'
    if look.style_id == "Footer":
        default = ""
    if properties is None:
        properties = (_ppr(look) if look.kind == "paragraph" else "") + _rpr(look)
    return (f'<w:style w:type="{look.kind}"{default} w:styleId="{look.style_id}">'
            f'<w:name w:val="{look.name}"/>{based}<w:qFormat/>{properties}</w:style>')




# The body's line breaking, kept even under a reference .docx's styles. Widow control would leave
# 21 lines on some pages. overflowPunct="1" is Word's default (a line-end 。 may hang in the margin);
# LibreOffice reads the attribute inverted and drops a hanging 。 unless it is given explicitly —
# and writes it back inverted when it saves, so a reference re-saved by it would lose punctuation.
BODY_BREAKING = {"widowControl": "0", "overflowPunct": "1"}


def _ppr(look: Look) -> str:
    parts = ["<w:keepNext/>" if look.keep_next else ""]
    if look.style_id == "Normal":
        parts.append("".join(f'<w:{tag} w:val="{value}"/>' for tag, value in BODY_BREAKING.items()))
    if look.line is not None:
        parts.append(f'<w:spacing w:before="0" w:after="0" w:line="{twips(look.line)}" w:lineRule="exact"/>')
    ind = "".join(f' w:{k}="{twips(v)}"' for k, v in (("right", look.right), ("firstLine", look.first_line))
                  if v is not None)
    parts.append(f"<w:ind{ind}/>" if ind else "")
    parts.append(f'<w:jc w:val="{look.align}"/>' if look.align else "")
    parts.append(f'<w:outlineLvl w:val="{look.outline}"/>' if look.outline is not None else "")
    return f"<w:pPr>{''.join(parts)}</w:pPr>"


def _rpr(look: Look) -> str:
    parts = []
    if look.font:
        parts.append(f'<w:rFonts w:ascii="{look.latin}" w:hAnsi="{look.latin}" w:cs="{look.latin}" '
                     f'w:eastAsia="{look.font}"/>')
    if look.bold is not None:
        parts.append(f'<w:b w:val="{int(look.bold)}"/><w:bCs w:val="{int(look.bold)}"/>')
    if look.strike:  # schema order: strike after b/bCs, u after sz/szCs
        parts.append("<w:strike/>")
    if look.squeeze is not None:
        parts.append(f'<w:spacing w:val="{twips(look.squeeze)}"/>')
    if look.size is not None:
        parts.append(f'<w:sz w:val="{round(look.size * 2)}"/><w:szCs w:val="{round(look.size * 2)}"/>')
    if look.underline:
        parts.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def twips(points: float) -> int:
    return round(points * 20)


def mm_twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def style_id(name: str) -> str:
    """The w:styleId of one of our styles, for writers that build WordprocessingML directly."""
    return _IDS[name]


def text_width(page: Page) -> int:
    """Width of the type area in twips (156 mm portrait)."""
    return mm_twips(page.width - page.left - page.right)


_IDS = {look.name: look.style_id for look in LOOKS}
