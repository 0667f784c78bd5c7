"""Page setup, Chinese defaults and "— n —" page-number footers for docx_style.new_document.

python-docx's default template fights the 公文 look: 10 pt after every paragraph, theme fonts,
a Japanese east-Asian language (CJK text falls back to MS Mincho), a Letter page. This module
undoes each of those in one place.
"""

from __future__ import annotations

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def drop_template_extras(document) -> None:
    """Remove parts that would contradict our styles: stylesWithEffects (theme-font copies of every
    style, read by Word 2010), numbering (the template's bullet and number lists, bound to List
    styles we drop) and the thumbnail of python-docx's blank page shown by file managers."""
    extras = ((document.part.rels, "stylesWithEffects"), (document.part.rels, "numbering"),
              (document.part.package.rels, "thumbnail"))
    for rels, kind in extras:
        for rid in [rid for rid, rel in rels.items() if rel.reltype.endswith("/" + kind)]:
            rels.pop(rid)


def chinese_defaults(document, body_font: str, latin: str, fallbacks: dict[str, str]) -> None:
    """zh-CN everywhere, no paragraph spacing by default, and a font table naming the fallbacks."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    styles = document.styles.element
    old = styles.find(qn("w:docDefaults"))
    new = parse_xml(
        f'<w:docDefaults {_W}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:cs="{latin}" w:eastAsia="{body_font}"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
    )
    old.addprevious(new)
    styles.remove(old)
    lang = document.settings.element.find(qn("w:themeFontLang"))
    if lang is not None:  # python-docx's template has one, set to Japanese
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:eastAsia"), "zh-CN")
    _font_table(document, latin, fallbacks)
    document.core_properties.language = "zh-CN"
    document.core_properties.author = ""  # python-docx writes its own name here


def _font_table(document, latin: str, fallbacks: dict[str, str]) -> None:
    # charset 86 = GB2312: Word picks a Chinese substitute, never a Japanese one, when a font is absent.
    fonts = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/>'
        '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
        for name, alt in fallbacks.items()
    )
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {_W}>'
           f'<w:font w:name="{latin}"><w:charset w:val="00"/><w:family w:val="roman"/>'
           f'<w:pitch w:val="variable"/></w:font>{fonts}</w:fonts>')
    for rel in document.part.rels.values():
        if rel.reltype == _REL + "fontTable":
            rel.target_part._blob = xml.encode("utf-8")


def setup_section(document, section, page, line_pitch: float, number_style: str) -> None:
    """Paper, margins, the line grid, and odd/even page-number footers."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    section.page_width, section.page_height = Mm(page.width), Mm(page.height)
    section.orientation = 1 if page.width > page.height else 0  # WD_ORIENT.LANDSCAPE / PORTRAIT
    section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
    section.left_margin, section.right_margin = Mm(page.left), Mm(page.right)
    section.footer_distance = Mm(page.footer)
    section.header_distance = Mm(15)
    grid = section._sectPr.find(qn("w:docGrid"))
    if page.line_grid:
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(line_pitch * 20)))
    document.settings.odd_and_even_pages_header_footer = True
    # 单页码居右空一字，双页码居左空一字 (GB/T 9704 7.5): indents keep the dash off the type edge.
    for footer, align, side in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        footer.is_linked_to_previous = False
        _page_number(footer.paragraphs[0], number_style, align, side)


def _page_number(paragraph, style: str, align: str, side: str) -> None:
    """"— n —": em dashes (U+2014) around a PAGE field, one 4号 character in from the edge."""
    from docx.oxml import parse_xml
    from docx.shared import Pt

    paragraph.style = style
    paragraph.alignment = {"right": 2, "left": 0}[align]
    setattr(paragraph.paragraph_format, f"{side}_indent", Pt(14))
    run = "<w:r {ns}>{body}</w:r>"
    parts = [
        '<w:t xml:space="preserve">\u2014 </w:t>',
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>1</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
        '<w:t xml:space="preserve"> \u2014</w:t>',
    ]
    for body in parts:
        paragraph._p.append(parse_xml(run.format(ns=_W, body=body)))
