"""diff → one self-contained HTML page: summary on top, then the 新旧对照表 (no scripts, no external files)."""

from __future__ import annotations

from html import escape

from .. import messages
from ..analyses.diff import PlanDiff
from .diff_rows import GLYPH, Row, columns, rows, summary, tagged

CSS = """
body { font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Songti SC", serif; margin: 2em auto; max-width: 1400px;
       padding: 0 1em; line-height: 1.7; color: #222; }
h1 { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; text-align: center; font-size: 1.6em; }
.summary { text-align: center; font-size: 1.1em; } .legend { text-align: center; color: #666; font-size: .9em; }
.added { color: #1a7f37; } .removed { color: #c62828; } .changed { color: #9a6700; } .moved { color: #0969da; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #999; padding: .4em .6em; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; text-align: center; position: sticky; top: 0; }
col.text { width: 40%; } col.note { width: 20%; }
tr.heading th { background: #fafafa; font-family: "SimHei", "黑体", sans-serif; font-weight: normal; }
tr.added td:last-child, tr.removed td:last-child, tr.changed td:last-child, tr.moved td:last-child { font-weight: bold; }
tr.added td:last-child { color: #1a7f37; } tr.removed td:last-child { color: #c62828; }
tr.changed td:last-child { color: #9a6700; } tr.moved td:last-child { color: #0969da; }
del { color: #c62828; text-decoration: line-through; background: #ffebe9; }
ins { color: #1a7f37; text-decoration: underline; font-weight: bold; background: #dafbe1; }
"""


def diff_html(d: PlanDiff) -> str:
    title = messages.t("diff.table.title", title=d.new.title)
    header = "".join(f"<th>{escape(text)}</th>" for text in columns(d))
    body = "\n".join(_row(row) for row in rows(d))
    same = f'<p class="summary">{escape(messages.t("diff.same"))}</p>' if not d.differs else ""
    return f"""<!DOCTYPE html>
<html lang="{"en" if messages.current() == "en" else "zh-CN"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{CSS}</style></head>
<body>
<h1>{escape(title)}</h1>
<p class="summary">{_summary(d)}</p>
<p class="legend">{escape(messages.t("diff.legend"))}</p>{same}
<table><colgroup><col class="text"><col class="text"><col class="note"></colgroup>
<thead><tr>{header}</tr></thead>
<tbody>
{body}
</tbody></table>
</body></html>
"""


def _summary(d: PlanDiff) -> str:
    """The summary line with each count coloured as its rows are."""
    counts = d.summary()
    text = escape(summary(d))
    for status in ("added", "removed", "changed", "moved"):
        count = f"{GLYPH[status]}{counts[status]}"
        text = text.replace(count, f'<span class="{status}">{count}</span>', 1)
    return text


def _row(row: Row) -> str:
    if row.kind == "heading":
        return f'<tr class="heading"><th colspan="3">{escape(row.notes[0])}</th></tr>'
    note = "<br>".join(escape(n) for n in row.notes)
    return f'<tr class="{row.status}"><td>{tagged(row.old, _escape)}</td><td>{tagged(row.new, _escape)}</td><td>{note}</td></tr>'


def _escape(text: str) -> str:
    return escape(text).replace("\n", "<br>")
