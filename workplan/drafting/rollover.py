"""`workplan new`: next year's draft from this year's plan, every change reported, every comment kept.

The plan's own year and last year move forward in text ("2026年" → "2027年", "2025年" →
"2026年"), a school year as a whole ("2025—2026学年" → "2026—2027学年": both years or neither);
in a school-year plan ("2025—2026学年度工作要点", `year` 2025) the year after the plan's year is
the plan's too ("2026年春季学期") and moves as well. ids stay, so `diff` aligns the two years;
`due` dates move forward, the issue date, document number and speech date are cleared; each
target keeps its value with the old one as a comment (`# 2026: 92`); a speech's review becomes one
empty item per section and its problems an empty list. Only the year-bearing text of the fields
below is touched, and the headings written as comments ("# 一、2025年工作回顾"); other comments stay.
The new year must be later than the old one (check_later).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from ..errors import WorkplanError
from ..model import Plan, Pos, Speech, Target
from . import roundtrip
from .fmt import ensure_kept
from .shape import mappings
from .speech import speech_skeleton

YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?=\s*年)")
# Two years joined: 2025—2026, 2025-2026, 2025至2026, 2025年至2026年; then what they are (学年度…).
SPAN_RE = re.compile(r"(?<!\d)(\d{4})(\s*年?\s*(?:——|—|–|－|-|~|～|〜|至|到)\s*)(\d{4})(?!\d)(\s*(?:学年度|学年|年度|年)?)")
ISO_RE = re.compile(r"(\d{4})((?:-\d{1,2}){0,2})\Z")
# What a sentence says the year is: “十五五”开局之年, 关键之年, 改革元年. True of the old year, not
# necessarily of the new one, so `new` asks to check each (the digits alone it can move).
STAGE_RE = re.compile(r"(?:也是|也为|是|为)?([^，,。；;！？!?、\s]{1,20}?(?:之年|元年))")
SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
MARKER_RE = re.compile(r"# \d{4}: [^#]*?(?=\s*#|\s*$)")  # left by an earlier `new`: replaced, not stacked
# A heading written as a comment: "# 一、2025年工作回顾" above a speech's review, "# ===== （二）… =====".
HEADING_RE = re.compile(r"#[\s=＝\-—*#·•【\[]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")
YEAR_FIELDS = frozenset({"title", "preamble", "text", "name", "occasion", "opening", "closing"})
CLEARED = {Plan: ("issued", "doc_number"), Speech: ("date",)}


@dataclass
class Change:
    """One edit `new` made, or asks for: kind is year | stage | due | cleared | target | review | problems."""

    kind: str
    path: str
    line: int  # in the source; 0 for a part the source did not have
    column: int
    old: str
    new: str
    id: str | None = None  # the id of the section, measure or target it belongs to
    context: str = ""      # for a year: the words around it

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class Draft:
    text: str
    old_year: int
    year: int
    changes: list[Change]  # in the order of the source
    title: str = ""  # the draft's, years moved


def roll_forward(text: str, path: str = "<plan>", year: int | None = None) -> Draft:
    """The draft for `year` (default: the next one; never this year or an earlier one) and the list of what changed."""
    data = roundtrip.load(text, path)
    old = data.get("year")
    if not isinstance(old, int) or isinstance(old, bool):
        raise WorkplanError("new-no-year", Pos(path, 1, 1))
    if year is not None:
        check_later(year, old, _position(data, "year", path))
    title = data.get("title")
    roller = Roller(old, year or old + 1, school_year(title if isinstance(title, str) else "", old))
    for place in mappings(data, Plan):
        roller.visit(place)
    speech_skeleton(data, old, roller.record)
    roller.set(data, "year", roller.new, "year", "year", context=f"year: {roller.new}")
    result = roundtrip.dump(data)
    ensure_kept(text, result, path, same_data=False, ours=MARKER_RE)
    result = roundtrip.with_line_endings(roller.headings(roundtrip.newlines(text), result), text)
    title = data.get("title")
    return Draft(result, old, roller.new, sorted(roller.changes, key=lambda c: (c.line, c.column)),
                 str(title) if title is not None else "")


def check_later(year: int, old: int, where: Pos | None = None) -> None:
    """`new` drafts a later year's plan: the same year or an earlier one is bad usage (exit 2).

    Rolling to the same year would only clear the issue date and document number and note every
    target as "last year's"; to an earlier year, it would move every date back. Neither is a draft.
    """
    if year <= old:
        raise WorkplanError("new-year-not-later", where, year=year, old=old, next=old + 1)


def school_year(title: str, year: int) -> int | None:
    """The first year of the school year a 学年度 plan is for ("2025—2026学年度", `year` 2025 or 2026), else None."""
    for match in SPAN_RE.finditer(title):
        first, last = int(match.group(1)), int(match.group(3))
        if last == first + 1 and year in (first, last) and "学年" in match.group(4):
            return first
    return None


def _position(mapping, key, path: str) -> Pos:
    try:
        line, column = mapping.lc.value(key)
    except (KeyError, AttributeError, TypeError):
        return Pos(path, 1, 1)
    return Pos(path, line + 1, column + 1)


class Roller:
    """Walks the tree once, changing what moves with the year and recording each change."""

    def __init__(self, old: int, new: int, school: int | None = None):
        self.old, self.new, self.delta = old, new, new - old
        # The years the text means relative to the plan: this year and last year; for a school-year
        # plan (school = its first year), this school year's two years and last school year's.
        moving = (school - 1, school, school + 1) if school is not None else (old - 1, old)
        self.years = {y: y + self.delta for y in moving}
        self.changes: list[Change] = []
        self.stages_seen: set[tuple[str, str]] = set()

    def visit(self, place) -> None:
        mapping, cls, _, path = place
        for key, value in list(mapping.items()):
            where = f"{path}.{key}" if path else key
            if key in CLEARED.get(cls, ()) and value not in (None, ""):
                self.set(mapping, key, None, "cleared", where)
            elif key == "due" and value is not None:
                self.set(mapping, key, self.shift(value), "due", where)
            elif key in YEAR_FIELDS and isinstance(value, str):
                self.replace_years(mapping, key, where)
            elif key == "ideas" and isinstance(value, list):
                for i in range(len(value)):
                    self.replace_years(value, i, f"{where}[{i}]")
            elif cls is Target and key == "value" and value is not None:
                self.note_target(mapping, where)

    def set(self, container, key, value, kind: str, where: str, context: str = "") -> None:
        old = container[key]
        if value == old and kind != "cleared":
            return
        container[key] = value
        self.record(container, key, kind, where, _show(old), _show(value), context)

    def record(self, container, key, kind: str, where: str, old: str, new: str, context: str = "") -> None:
        try:
            line, column = container.lc.value(key) if isinstance(container, dict) else container.lc.item(key)
        except (KeyError, IndexError, TypeError):  # a key the source did not have
            line, column = -1, -1
        node_id = container.get("id") if isinstance(container, dict) else None
        change = Change(kind, where, line + 1, column + 1, old, new, node_id and str(node_id), context)
        self.changes.append(change)

    def replace_years(self, container, key, where: str) -> None:
        value = container[key]
        if not isinstance(value, str):
            return
        moves = self.moves(value)
        for i, (start, end, old, new, stage) in enumerate(moves):
            self.record(container, key, "year", where, _shown(old, value, end), _shown(new, value, end),
                        _context(value, start, end))
            following = moves[i + 1][0] if i + 1 < len(moves) else len(value)  # after the next year: about that one
            self.stages(container, key, where, value[:following], end, *stage)
        if moves:
            pieces, at = [], 0
            for start, end, _, new, _ in moves:
                pieces += [value[at:start], new]
                at = end
            container[key] = _restyled(value, "".join(pieces) + value[at:])

    def moves(self, text: str) -> list[tuple[int, int, str, str, tuple[str, str]]]:
        """(start, end, old, new, (what the text calls the year, what it becomes)) of each year to move, in order.

        A span moves as a whole or not at all: two consecutive years (a school year) move when
        either of them is one that moves, so 2026—2027学年 never becomes 2027—2027学年; a longer
        span (2021—2025年, 三年行动计划（2024—2026年）) names a fixed period and stays.
        """
        found, taken = [], []
        delta = self.delta
        for m in SPAN_RE.finditer(text):
            taken.append((m.start(), m.end()))
            first, last = int(m.group(1)), int(m.group(3))
            if last == first + 1 and (first in self.years or last in self.years):
                found.append((m.start(), m.end(3), text[m.start():m.end(3)], f"{first + delta}{m.group(2)}{last + delta}",
                              (m.group().strip(), f"{first + delta}{m.group(2).strip()}{last + delta}")))
        for m in YEAR_RE.finditer(text):
            year = int(m.group(1))
            if year in self.years and not any(a <= m.start() < b for a, b in taken):
                found.append((m.start(), m.end(), m.group(1), str(self.years[year]), (f"{year}年", str(self.years[year]))))
        return sorted(found)

    def headings(self, source: str, result: str) -> str:
        """`result` with the years of its headings moved, as in a text ("# 一、2025年工作回顾" → 2026年,
        "# 三、2026年重点工作任务" → 2027年; a fixed span such as （2025—2027年） stays), each reported
        where the source has it. Other comments stay as written: "# 2026年新增" says what was new that year,
        and the review's "# 2026年工作：…" notes (speech.py) list the year the new review looks back on.

        Run on the dumped text, after ensure_kept proved every comment is there: comments are found
        between libyaml's tokens (never inside a text), and the n-th copy of a heading in the source is
        the n-th in the result (ruamel keeps their order; a year keeps its length).
        """
        if not HEADING_RE.search(source):  # most plans: no heading comment, no scan of the whole file
            return result
        from .comments import comment_places

        def headings_of(text: str) -> dict[str, list]:
            found: dict[str, list] = {}
            for c in comment_places(text):
                if HEADING_RE.match(c.text):
                    found.setdefault(c.text, []).append(c)
            return found

        before = {t: (cs, moves) for t, cs in headings_of(source).items() if (moves := self.moves(t))}
        if not before:
            return result
        after = headings_of(result)
        starts = [0] + [m.end() for m in re.finditer("\n", result)]
        edits = []
        for text, (sources, moves) in before.items():
            for c in sources:
                for start, end, old, new, _ in moves:
                    self.changes.append(Change("year", "comment", c.line, c.column, _shown(old, text, end),
                                               _shown(new, text, end), None, _context(text, start, end)))
            for c in after.get(text, [])[:len(sources)]:
                at = starts[c.line - 1] + c.column - 1
                edits += [(at + start, at + end, new) for start, end, _, new, _ in moves]
        for start, end, new in sorted(edits, reverse=True):
            result = result[:start] + new + result[end:]
        return result

    def stages(self, container, key, where: str, value: str, end: int, old: str, new: str) -> None:
        """Ask to check what the sentence after a moved year (ending at `end`) says that year is."""
        start = _SUFFIX_RE.match(value, end).end()
        stop = SENTENCE_END_RE.search(value, start)
        sentence = value[start:stop.start() if stop else len(value)]
        for phrase in STAGE_RE.finditer(sentence):
            if (where, phrase.group(1)) not in self.stages_seen:
                self.stages_seen.add((where, phrase.group(1)))
                self.record(container, key, "stage", where, phrase.group(1), new, old)

    def shift(self, value):
        """A due date one year on (as many years as the plan moves); words such as 全年 stay."""
        delta = self.delta
        if isinstance(value, date):
            try:
                return value.replace(year=value.year + delta)
            except ValueError:  # 29 February
                return value.replace(year=value.year + delta, day=28)
        if isinstance(value, int) and not isinstance(value, bool):
            return value + delta
        if not isinstance(value, str):  # a list or mapping validate would refuse: not ours to guess at
            return value
        match = ISO_RE.match(value)
        if match:
            return _restyled(value, f"{int(match.group(1)) + delta}{match.group(2)}")
        return _restyled(value, YEAR_RE.sub(lambda m: str(int(m.group(1)) + delta), value))

    def note_target(self, target, where: str) -> None:
        from .comments import add_eol_comment

        value = _show(target["value"])
        if target.fa.flow_style():  # `{name: …, value: 92}` has no line end of its own for the comment
            target.fa.set_block_style()
        add_eol_comment(target, "value", f"# {self.old}: {value}", replace=MARKER_RE)
        self.record(target, "value", "target", where, value, f"# {self.old}: {value}")


def _show(value) -> str:
    return "" if value is None else str(value)


_SUFFIX_RE = re.compile(r"\s*(学年度|学年|年度|年)?")  # what follows a year: 年, 学年度…


def _shown(year: str, text: str, end: int) -> str:
    """A year as the report shows it: with the 年 (学年度…) that follows it in the text."""
    return year + (_SUFFIX_RE.match(text, end).group(1) or "")


def _context(text: str, start: int, end: int, width: int = 8) -> str:
    """The year with a few characters around it, for the report."""
    start, end = max(0, start - width), min(len(text), end + width)
    return ("…" if start else "") + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")


def _restyled(old, text: str):
    """`text` in the scalar style `old` had (folded, quoted…), so the draft looks like its source."""
    if type(old) is str or not isinstance(old, str):
        return text
    if isinstance(old, roundtrip.KeptScalar):
        return old.replaced(text)
    new = type(old)(text)
    keep = {"comment"} | ({"fold_pos"} if len(text) == len(old) else set())  # folds are offsets into the text
    for cls in type(old).__mro__:
        for slot in set(getattr(cls, "__slots__", ())) & keep:
            if hasattr(old, slot):
                setattr(new, slot, getattr(old, slot))
    return new
