"""The 新旧对照表 as rows (old | new | what changed), shared by the .md, .html and .docx writers.

A cell is a list of runs (op, text): "=" plain, "-" deleted (struck through in the old column),
"+" inserted (marked in the new column). The notes ("牵头：A → B") are also what the text report
prints under each measure, so the wording of a change lives in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import messages
from ..analyses.dates import date_text
from ..analyses.diff import MeasureDiff, Node, PlanDiff, SectionDiff
from ..analyses.diff_parts import TargetDiff, TextDiff, plain_number
from ..analyses.inline import DELETE, INSERT, KEEP, inline, numbers
from ..model import Section, Target
from ..numbering import label
from ..render_context import targets_note
from ..sources import STDIN

CMP_SIGNS = {">=": "≥", "<=": "≤", "=": "", ">": ">", "<": "<"}
GLYPH = {"added": "+", "removed": "-", "changed": "~", "moved": "↪", "unchanged": "="}  # as in diff.summary
TAGS = {DELETE: "del", INSERT: "ins"}
ASSIGNMENT = ("lead", "support", "due")  # a measure's division of labour and deadline, in the order printed
DATES = ("issued", "date")  # the running texts that are dates: 成文日期, a speech's date

Runs = list[tuple[str, str]]


@dataclass
class Row:
    kind: str  # "heading" (spans the table) | "entry"
    old: Runs = field(default_factory=list)
    new: Runs = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    status: str = ""


def summary(d: PlanDiff) -> str:
    """The counts line: the measures, as SPEC §7 counts them, then the sections retitled, rewritten,
    reordered, added or removed — else a diff of section changes alone would read ~0 修改 ↪0 移动."""
    line = messages.t("diff.summary", **d.summary())
    sections = sum(s.status != "unchanged" for s in d.sections)
    return line + messages.t("diff.summary.sections", count=sections) if sections else line


def columns(d: PlanDiff) -> list[str]:
    """The table's headers: old | new | what changed. The sides are the years; two drafts of one year are
    told apart by their file names, else as 原稿 and 新稿."""
    if d.old.year != d.new.year:
        sides = [messages.t("diff.table.year", year=p.year) for p in (d.old, d.new)]
    else:
        names = [Path(p.source).name if p.source != STDIN else "" for p in (d.old, d.new)]
        if all(names) and names[0] != names[1]:
            sides = [messages.t("diff.table.file", year=d.new.year, name=name) for name in names]
        else:
            sides = [messages.t("diff.table.old", year=d.old.year), messages.t("diff.table.new", year=d.new.year)]
    return [*sides, messages.t("diff.table.note")]


def rows(d: PlanDiff) -> list[Row]:
    out: list[Row] = []
    for t in d.shown_parts("texts"):
        runs = text_runs(t)
        out += [Row("heading", notes=[messages.t("diff.text." + t.field)]),
                Row("entry", keep(runs, DELETE), keep(runs, INSERT), [messages.t("diff.status." + t.status)], t.status)]
    targets = d.shown_parts("targets")
    if targets:
        out.append(Row("heading", notes=[messages.t("diff.targets")]))
        out += [_target_row(t) for t in targets]
    for section in d.sections:
        own, shown = d.shown([section]), d.shown(section.measures)
        if own or shown:
            out.append(Row("heading", notes=[section_heading(section)]))
            out += [section_row(s) for s in own] + [measure_row(m) for m in shown]
    return out


def text_runs(t: TextDiff) -> Runs:
    """The inline diff of a running text, as the document prints it: the numbering in words (全文连续编号),
    a date as 2026年2月20日 — replaced whole, as a target's value is (2026年2月20日 → 2026年3月2日 read digit
    by digit is 2026年[-2-]{+3+}月2[-0-]日) — not their YAML values."""
    if t.field == "numbering":
        return inline(*(messages.t("diff.numbering." + v) if v else "" for v in (t.old, t.new)))
    if t.field in DATES:
        old, new = date_text(t.old), date_text(t.new)
        return [(KEEP, new)] if old == new else [(op, text) for op, text in ((DELETE, old), (INSERT, new)) if text]
    return inline(t.old, t.new)


def tagged(runs: Runs, escape) -> str:
    """Runs as markup: <del>/<ins> around the edits (HTML, and Markdown, which allows the tags)."""
    parts = []
    for op, text in runs:
        text = escape(text)
        parts.append(f"<{TAGS[op]}>{text}</{TAGS[op]}>" if op in TAGS and text else text)
    return "".join(parts)


def keep(runs: Runs, which: str) -> Runs:
    """The runs of one side: kept text and that side's edits."""
    return [(op, text) for op, text in runs if op in (KEEP, which)]


def measure_row(m: MeasureDiff) -> Row:
    if m.old is None:
        return Row("entry", [], _cell(m.new, INSERT), notes(m), m.status)
    if m.new is None:
        return Row("entry", _cell(m.old, DELETE), [], notes(m), m.status)
    a, b = m.old.measure, m.new.measure
    title, text = inline(a.title, b.title), inline(a.text, b.text)
    # a changed value replaced whole: 达[-2-]{+2.5+}小时以上
    goals = inline(targets_note(a.targets), targets_note(b.targets), numbers)
    return Row("entry", _numbered(m.old.number, keep(title, DELETE), keep(text, DELETE)) + keep(goals, DELETE),
               _numbered(m.new.number, keep(title, INSERT), keep(text, INSERT)) + keep(goals, INSERT), notes(m), m.status)


def section_row(s: SectionDiff) -> Row:
    """A section's own title and introduction, old | new, marked as a measure's are."""
    old, new = s.old or Section(), s.new or Section()
    title, text = inline(old.title, new.title), inline(old.text, new.text)
    return Row("entry", _numbered(s.old_number, keep(title, DELETE), keep(text, DELETE)) if s.old else [],
               _numbered(s.new_number, keep(title, INSERT), keep(text, INSERT)) if s.new else [],
               section_notes(s), s.status)


def _cell(node: Node, op: str) -> Runs:
    """A measure that exists on one side only: all of it is deleted (or inserted) text."""
    note = targets_note(node.measure.targets)
    return _numbered(node.number, [(op, node.measure.title)], [(op, node.measure.text)]) + ([(op, note)] if note else [])


def _numbered(number: str, title: Runs, text: Runs) -> Runs:
    stop = [(KEEP, "。")] if any(t for _, t in text) and any(t for _, t in title) else []
    return [(KEEP, label(number) + " "), *title, *stop, *text]


def _target_row(t: TargetDiff) -> Row:
    """A target, name and value; a changed value is deleted and inserted whole (≥92% → ≥93%), not by digit."""
    if t.old is None or t.new is None:
        op, target = (INSERT, t.new) if t.old is None else (DELETE, t.old)
        cell = [(op, f"{target.name} {target_value(target)}")]
        return Row("entry", cell if t.new is None else [], cell if t.old is None else [], [target_note(t)], t.status)
    old_value, new_value = target_value(t.old), target_value(t.new)
    value = [(KEEP, new_value)] if old_value == new_value else [(DELETE, old_value), (INSERT, new_value)]
    runs = [*inline(t.old.name, t.new.name), (KEEP, " "), *value]
    return Row("entry", keep(runs, DELETE), keep(runs, INSERT), [target_note(t)], t.status)


def section_heading(s: SectionDiff) -> str:
    if s.new is None:
        return messages.t("diff.section.removed", number=label(s.old_number), title=s.old.title)
    if s.old is not None and s.old.title != s.new.title:
        return messages.t("diff.section.renamed", number=label(s.new_number), title=s.new.title, old=s.old.title)
    return label(s.new_number) + s.new.title


def section_notes(s: SectionDiff) -> list[str]:
    if s.status in ("added", "removed"):
        return [messages.t("diff.note.section." + s.status)]
    return [messages.t("diff.note.section." + change, number=s.old_number) for change in s.changes]


def notes(m: MeasureDiff) -> list[str]:
    """What changed, one short phrase each, in the order of `changes`."""
    if m.old is None or m.new is None:
        return [messages.t("diff.note.added" if m.old is None else "diff.note.removed"), *assignment(m.new or m.old)]
    out = []
    for change in m.changes:
        if change in ASSIGNMENT:
            old, new = _names(m.old, change), _names(m.new, change)
            out.append(messages.t("diff.note." + change, old=old, new=new))
        elif change == "targets":
            out += [target_note(t) for t in m.targets if t.status != "unchanged"]
        elif change == "section":
            out.append(messages.t("diff.note.moved", number=label(m.old.section_number), title=m.old.section.title))
        elif change == "parent":
            parent = m.new.parent or m.old.parent
            code = "diff.note.parent-under" if m.new.parent else "diff.note.parent-top"
            out.append(messages.t(code, number=label(parent.number), title=parent.measure.title))
        else:
            out.append(messages.t("diff.note." + change))
    return out


def assignment(node: Node) -> list[str]:
    """A measure added or removed whole: its division of labour and deadline, as a changed one words a
    change of them (牵头：安全管理科, 配合：思教科、局各科室, 完成时限：2026年7月), those it names."""
    return [messages.t(f"diff.note.{field}-now", names=value) for field in ASSIGNMENT if (value := _value(node, field))]


def _names(node: Node, change: str) -> str:
    return _value(node, change) or messages.t("diff.none")


def _value(node: Node, change: str) -> str:
    """牵头、配合 as names joined; 完成时限 as the documents print it (2026年9月, 2026年9月1日 — the 对照表's
    columns and the 任务分解表 say it so), a due in words (全年, 6月底前) as written."""
    if change == "due":
        return date_text(node.measure.due)
    value = getattr(node, change)
    return messages.join(value) if isinstance(value, list) else str(value or "")


def target_note(t: TargetDiff) -> str:
    if t.old is None:
        return messages.t("diff.target.added", name=t.new.name, new=target_value(t.new))
    if t.new is None:
        return messages.t("diff.target.removed", name=t.old.name, old=target_value(t.old))
    return messages.t("diff.target.changed", name=t.new.name, old=target_value(t.old), new=target_value(t.new))


def target_value(t: Target) -> str:
    value = plain_number(t.value)
    return f"{CMP_SIGNS.get(t.cmp, t.cmp)}{value if value is not None else ''}{t.unit}"
