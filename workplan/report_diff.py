"""diff → text for people: a summary line, then the changes grouped by the new plan's sections.

Colour-coded on a terminal (deleted text red and struck through, inserted green and underlined);
without colour (a pipe, a log) deletions read [-like this-] and insertions {+like this+}, as in
`git diff --word-diff`, so the report says the same thing either way. Long unchanged stretches of
a text are cut to a little context around each edit; the documents (-o) show texts whole.
"""

from __future__ import annotations

from . import messages
from .analyses.diff import MeasureDiff, PlanDiff, SectionDiff
from .analyses.diff_parts import years_only
from .analyses.inline import DELETE, INSERT, KEEP, inline
from .writers.diff_rows import GLYPH, notes, section_heading, section_notes, summary, target_note, text_runs

STYLE = {"added": "green", "removed": "red", "changed": "yellow", "moved": "cyan", "unchanged": "dim"}
RUN_STYLE = {DELETE: "red strike", INSERT: "bold green underline"}
MARKERS = {DELETE: ("[-", "-]"), INSERT: ("{+", "+}")}
CONTEXT = 16  # characters of unchanged text kept on each side of an edit
PREVIEW = 60  # characters shown of an added or removed measure's text


def print_diff(console, d: PlanDiff) -> None:
    from rich.text import Text

    plain = console.color_system is None
    console.print(Text(messages.t("diff.header", old=d.old.title, new=d.new.title), style="bold"))
    console.print(summary_text(d))
    if not d.differs:
        console.print(messages.t("diff.same"))
    for t in d.shown_parts("texts"):
        if t.field == "title" and years_only(t.old, t.new, d.new.year - d.old.year):
            continue  # the first line, 旧标题 → 新标题, has said it: the next year's title, nothing more
        console.print(Text("\n" + messages.t("diff.text." + t.field), style="bold"))
        console.print(inline_text(text_runs(t), plain), soft_wrap=True)
    targets = d.shown_parts("targets")
    if targets:
        console.print(Text("\n" + messages.t("diff.targets"), style="bold"))
    for t in targets:
        console.print(Text(f"{GLYPH[t.status]} {target_note(t)}", style=STYLE[t.status]))
    for section in d.sections:
        own, shown = d.shown([section]), d.shown(section.measures)
        if own or shown:
            console.print(Text("\n" + section_heading(section), style="bold"))
        for s in own:
            print_section(console, s, plain)
        for m in shown:
            print_measure(console, m, plain)


def summary_text(d: PlanDiff):
    from rich.text import Text

    counts = d.summary()
    line = Text(summary(d))
    for status, count in counts.items():
        start = line.plain.find(GLYPH[status] + str(count))  # the glyphs lead their counts in both languages
        if count and start >= 0:
            line.stylize(STYLE[status], start, start + 1 + len(str(count)))
    return line


def print_measure(console, m: MeasureDiff, plain: bool) -> None:
    from rich.text import Text

    numbers = " → ".join(dict.fromkeys(n.number for n in (m.old, m.new) if n))  # "7 → 33", or "5" once
    head = Text(f"{GLYPH[m.status]} {numbers}  ", style=STYLE[m.status])
    if "title" in m.changes:
        head.append_text(inline_text(inline(m.old.measure.title, m.new.measure.title), plain))
    else:
        head.append(m.title, style="bold")
    console.print(head, soft_wrap=True)
    console.print(Text("    " + messages.t("diff.note.sep").join(notes(m)), style="dim"), soft_wrap=True)
    if "text" in m.changes:
        console.print(Text("    ").append_text(inline_text(inline(m.old.measure.text, m.new.measure.text), plain)),
                      soft_wrap=True)
    elif m.status in ("added", "removed"):
        text = (m.new or m.old).measure.text
        console.print(Text("    " + text[:PREVIEW] + ("…" if len(text) > PREVIEW else ""), style="dim"), soft_wrap=True)


def print_section(console, s: SectionDiff, plain: bool) -> None:
    """A section's own change, under its heading: what changed, and its introduction's inline diff."""
    from rich.text import Text

    line = Text(f"{GLYPH[s.status]} ", style=STYLE[s.status]).append(messages.t("diff.note.sep").join(section_notes(s)))
    console.print(line, soft_wrap=True)
    if "text" in s.changes:
        console.print(Text("    ").append_text(inline_text(inline(s.old.text, s.new.text), plain)), soft_wrap=True)


def inline_text(runs: list[tuple[str, str]], plain: bool, context: int = CONTEXT):
    """Runs as rich Text: edits styled (or bracketed when plain), long kept stretches cut to context."""
    from rich.text import Text

    out = Text()
    for k, (op, text) in enumerate(runs):
        if op == KEEP:
            out.append(_cut(text, context, first=k == 0, last=k == len(runs) - 1))
        elif plain:
            out.append(MARKERS[op][0] + text + MARKERS[op][1])
        else:
            out.append(text, style=RUN_STYLE[op])
    return out


def _cut(text: str, context: int, first: bool, last: bool) -> str:
    """Keep `context` characters next to each neighbouring edit; the rest becomes …"""
    if context <= 0 or len(text) <= 2 * context + 1:
        return text
    head = "" if first else text[:context]
    tail = "" if last else text[-context:]
    return head + "…" + tail
