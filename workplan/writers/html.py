"""Blocks → one self-contained HTML page that previews the document in the 公文 fonts."""

from __future__ import annotations

from html import escape

from ..blocks import Block

# The official names first, then what Windows, macOS and Linux usually have instead.
_FANGSONG = '"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif'
_CSS = f"""
body {{ font: 16pt/28.95pt {_FANGSONG}; max-width: 156mm; margin: 37mm auto 35mm; color: #000; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
h1 {{ font: 22pt/1.6 "方正小标宋简体", "华文中宋", STZhongsong, "Noto Serif CJK SC", serif; text-align: center;
      margin: 0 0 28.95pt; }}
h2, h3, h4, h5 {{ font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }}
h2 {{ font-family: "黑体", SimHei, STHeiti, "Noto Sans CJK SC", sans-serif; }}
h3 {{ font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, "AR PL UKai CN", serif; }}
h4 {{ font-weight: bold; }}
.subtitle {{ font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; text-align: center; text-indent: 0; }}
.doc_number {{ text-align: center; text-indent: 0; }}
.salutation {{ text-indent: 0; }}
.signature, .date {{ text-align: right; padding-right: 4em; }}
.signature {{ margin-top: 57.9pt; }}
.r1 {{ font-family: "黑体", SimHei, sans-serif; }} .r2 {{ font-family: "楷体_GB2312", "楷体", KaiTi, serif; }}
.r3 {{ font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 18pt; margin-top: 28.95pt; }}
th {{ font-family: "黑体", SimHei, sans-serif; font-weight: normal; }}
th, td {{ border: 1px solid #000; padding: 2pt 4pt; }}
.c {{ text-align: center; }} .r {{ text-align: right; }}
"""


def write_html(blocks: list[Block], title: str = "") -> str:
    body = "\n".join(_block(b) for b in blocks)
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
            f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _block(b: Block) -> str:
    if b.kind == "title":
        return f"<h1>{escape(b.text).replace(chr(10), '<br>')}</h1>"
    if b.kind == "heading":
        return f"<h{b.level + 1}>{escape(b.number + b.title)}</h{b.level + 1}>"
    if b.kind == "measure":
        return (f'<p><span class="r{b.level}">{escape(b.number + b.title)}</span>{escape(b.text)}'
                f'<span class="note">{escape(b.note)}</span></p>')
    if b.kind == "table":
        return _table(b)
    css = "" if b.kind == "paragraph" else f' class="{b.kind}"'
    return f"<p{css}>{escape(b.text)}</p>"


def _table(b: Block) -> str:
    widths = "".join(f'<col style="width:{w / sum(b.widths):.1%}">' for w in b.widths)
    head = "".join(f"<th>{escape(c)}</th>" for c in b.columns)
    rows = []
    for r in b.rows:
        if len(r) == 1 and len(b.columns) > 1:
            rows.append(f'<tr><td class="r1" colspan="{len(b.columns)}">{escape(r[0])}</td></tr>')
        else:
            cells = "".join(f'<td class="{a}">{escape(c).replace(chr(10), "<br>")}</td>' for c, a in zip(r, b.align, strict=True))
            rows.append(f"<tr>{cells}</tr>")
    return f"<table><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
