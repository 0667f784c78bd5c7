"""The parts of a 公文 .docx around its body: section (paper, margins, line grid), page-number
footers, settings and font table — all WordprocessingML text, from docx_style's data.

Written directly rather than by editing python-docx's template: that template fights the 公文 look
(10 pt after every paragraph, theme fonts that override explicit names, a Japanese east-Asian
language so CJK text falls back to MS Mincho, a Letter page), and loading, fixing and saving it
took longer than rendering a thousand measures.
"""

from __future__ import annotations

from .docx_style import LATIN, LINE, PAGE_NUMBER, W_NS, XML_HEAD, Page, mm_twips, style_id, twips

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# The footers, in the order the section refers to them: odd pages (default) and even pages.
FOOTERS = (("default", "footer1.xml"), ("even", "footer2.xml"))
# 单页码居右空一字，双页码居左空一字 (GB/T 9704 7.5): an indent of one 4号 character (14 pt).
_FOOTER_SIDES = {"footer1.xml": "right", "footer2.xml": "left"}


def section_xml(page: Page, footer_ids: dict[str, str]) -> str:
    """The body's closing w:sectPr; `footer_ids` maps each footer's file name to its relationship id."""
    refs = "".join(f'<w:footerReference w:type="{kind}" r:id="{footer_ids[name]}"/>' for kind, name in FOOTERS)
    orient = ' w:orient="landscape"' if page.width > page.height else ""
    grid = f'<w:docGrid w:type="lines" w:linePitch="{twips(LINE)}"/>' if page.line_grid else '<w:docGrid w:linePitch="360"/>'
    return (
        f'<w:sectPr>{refs}<w:pgSz w:w="{mm_twips(page.width)}" w:h="{mm_twips(page.height)}"{orient}/>'
        f'<w:pgMar w:top="{mm_twips(page.top)}" w:right="{mm_twips(page.right)}" w:bottom="{mm_twips(page.bottom)}" '
        f'w:left="{mm_twips(page.left)}" w:header="{mm_twips(15)}" w:footer="{mm_twips(page.footer)}" w:gutter="0"/>'
        f'<w:cols w:space="720"/>{grid}</w:sectPr>'
    )


def footer_xml(name: str) -> str:
    """"— n —": em dashes (U+2014) around a PAGE field, on the outer side of the page."""
    side = _FOOTER_SIDES[name]
    runs = "".join(f"<w:r>{body}</w:r>" for body in (
        '<w:t xml:space="preserve">\u2014 </w:t>',
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>1</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
        '<w:t xml:space="preserve"> \u2014</w:t>',
    ))
    return (f'{XML_HEAD}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr>'
            f'<w:pStyle w:val="{style_id(PAGE_NUMBER)}"/><w:ind w:{side}="{twips(14)}"/><w:jc w:val="{side}"/>'
            f"</w:pPr>{runs}</w:p></w:ftr>")


def settings_xml() -> str:
    """Odd and even footers differ; the compatibility settings the layout was measured with
    (Word 2010 mode, East Asian layout, no punctuation compression: 28 characters a line)."""
    compat = "".join(
        f'<w:compatSetting w:name="{name}" w:uri="http://schemas.microsoft.com/office/word" w:val="{value}"/>'
        for name, value in (("compatibilityMode", 14), ("overrideTableStyleFontSizeAndJustification", 1),
                            ("enableOpenTypeFeatures", 1), ("doNotFlipMirrorIndents", 1)))
    return (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/>'
        f"<w:compat><w:useFELayout/>{compat}</w:compat>"
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def font_table_xml(fallbacks: dict[str, str]) -> str:
    """The fonts with the substitutes Word and WPS use when one is missing (most PCs lack the
    *_GB2312 and Founder fonts). charset 86 = GB2312: the substitute is Chinese, never Japanese."""
    fonts = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/>'
        '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
        for name, alt in fallbacks.items()
    )
    return (f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}"><w:font w:name="{LATIN}"><w:charset w:val="00"/>'
            f'<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>{fonts}</w:fonts>')
