"""The typed block stream between a render template and the writers (docx, Markdown, HTML).

A template decides wording and order by calling block functions — `title(…)`, `heading(1, "工作思路",
"一")`, `measure(3, "强化政治引领。", text, "5", note)`, `table([...])` + `row(...)` — and any other
non-blank line it prints becomes a body paragraph. Writers only lay blocks out; they never see the
plan. Each call leaves a marker in the template's output, so blocks keep the order of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import messages, templating
from .errors import WorkplanError
from .findings import Finding, warning
from .model import Plan
from .numbering import heading as chinese_number
from .numbering import label
from .render_context import build_context

_MARK = re.compile("\ue000(\\d+)\ue001")
_ENDS_SENTENCE = tuple("。！？；：…")


@dataclass
class Block:
    """One typed block of a rendered document (title, heading, paragraph, measure, table…)."""

    kind: str
    text: str = ""  # the paragraph; a measure's body text
    level: int = 0  # heading and measure: 1 一、 | 2 （一） | 3 1. | 4 （1）①
    number: str = ""  # as printed before the title: 一、 （一） 5. ①
    title: str = ""
    note: str = ""  # a measure's annotation: （牵头：…  配合：…）
    columns: list[str] = field(default_factory=list)  # table header
    widths: list[float] = field(default_factory=list)  # table: relative column widths
    align: str = ""  # table: one of l c r per column
    rows: list[list[str]] = field(default_factory=list)  # a row of one cell spans the table


class Stream:
    """Collects blocks from one template run; `functions()` are the template's block calls."""

    def __init__(self):
        self.blocks: list[Block] = []

    def add(self, block: Block) -> str:
        self.blocks.append(block)
        return f"\ue000{len(self.blocks) - 1}\ue001"

    def functions(self) -> dict:
        def simple(kind):
            return lambda text="": self._lines(kind, text)

        return {**{k: simple(k) for k in ("title", "subtitle", "doc_number", "salutation", "paragraph",
                                          "signature", "date")},
                "heading": self.heading, "measure": self.measure, "table": self.table, "row": self.row}

    def _lines(self, kind: str, text) -> str:
        """One block per line of text (a YAML `|` preamble keeps its paragraphs); none for empty text."""
        lines = [line.strip() for line in _text(text).splitlines()]
        if kind == "title":  # a long title keeps its line breaks inside one title paragraph
            lines = ["\n".join(line for line in lines if line)]
        return "".join(self.add(Block(kind, line)) for line in lines if line)

    def heading(self, level, title, number="") -> str:
        return self.add(Block("heading", level=_level(level), title=_text(title), number=label(_text(number))))

    def measure(self, level, title, text="", number="", note="") -> str:
        first, *rest = _text(text).splitlines() or [""]
        block = Block("measure", first.strip(), _level(level), label(_text(number)), _text(title), _text(note))
        return self.add(block) + self._lines("paragraph", "\n".join(rest))

    def table(self, columns, widths=(), align="") -> str:
        columns = [_text(c) for c in columns]
        widths = [float(w) for w in widths] or [1.0] * len(columns)
        align = _text(align) or "l" * len(columns)
        if len(widths) != len(columns) or len(align) != len(columns) or set(align) - set("lcr") \
                or min(widths, default=1) <= 0:
            raise templating.TemplateUsage(messages.t("template-table-shape", columns=len(columns)))
        return self.add(Block("table", columns=columns, widths=widths, align=align))

    def row(self, *cells) -> str:
        table = self.blocks[-1] if self.blocks else None
        if table is None or table.kind != "table":
            raise templating.TemplateUsage(messages.t("template-row-outside-table"))
        if len(cells) not in (1, len(table.columns)):
            raise templating.TemplateUsage(messages.t("template-row-cells", cells=len(cells),
                                                      columns=len(table.columns)))
        table.rows.append([_text(c) for c in cells])
        return ""

    def parse(self, output: str) -> list[Block]:
        """Blocks in output order; stray text between markers becomes paragraphs."""
        result: list[Block] = []
        for line in output.splitlines():
            pos = 0
            for m in _MARK.finditer(line):
                if int(m.group(1)) >= len(self.blocks):  # marker characters in the plan's own text
                    continue
                result += _stray(line[pos:m.start()])
                result.append(self.blocks[int(m.group(1))])
                pos = m.end()
            result += _stray(line[pos:])
        return result


def _stray(text: str) -> list[Block]:
    return [Block("paragraph", text.strip())] if text.strip() else []


def _text(value) -> str:
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        from jinja2 import Undefined

        if isinstance(value, Undefined):  # let jinja say which name was undefined
            str(value)
        raise templating.TemplateUsage(messages.t("template-bad-argument", found=type(value).__name__))
    return str(value).strip()


def _level(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise templating.TemplateUsage(messages.t("template-bad-level", value=value))
    return value


def sentence(text) -> str:
    """A title as the opening sentence of a paragraph: 强化政治引领 → 强化政治引领。"""
    text = _text(text)
    return text if not text or text.endswith(_ENDS_SENTENCE) else text + "。"


FILTERS = {"sentence": sentence, "chinese": chinese_number}


def build(plan: Plan, kind: str, index: dict[str, str], template: Path | None = None,
          numbering: str | None = None, dept: str = "",
          dept_groups: frozenset[str] = frozenset()) -> tuple[list[Block], list[Finding]]:
    """Plan → context → template → blocks, with the warnings met on the way."""
    findings = []
    speech_parts = plan.kind == "speech"
    if kind == "speech" and not speech_parts:
        findings.append(warning("render-speech-from-workpoints", plan.where.get("kind") or plan.where.get("@")))
    context = build_context(plan, kind, index, numbering, speech_parts, dept, dept_groups)
    stream = Stream()
    name = str(template) if template else f"{kind}.j2"
    output = templating.render(name, {"plan": context}, template, stream.functions(), FILTERS)
    blocks = stream.parse(output)
    if not blocks:  # an empty or all-comment template: an empty official document helps nobody
        raise WorkplanError("template-empty", path=name)
    return blocks, findings
