"""`workplan new`: next year's draft from this year's plan, every change reported, every comment kept.

The plan's own year and last year move forward in text ("2026年" → "2027年", "2025年" →
"2026年"); ids stay, so `diff` aligns the two years; `due` dates move forward, the issue date,
document number and speech date are cleared; each target keeps its value with the old one as a
comment (`# 2026: 92`); a speech's review becomes one empty item per section and its problems an
empty list. Only the year-bearing text of the fields below is touched.
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
ISO_RE = re.compile(r"(\d{4})((?:-\d{1,2}){0,2})\Z")
# What a sentence says the year is: “十五五”开局之年, 关键之年, 改革元年. True of the old year, not
# necessarily of the new one, so `new` asks to check each (the digits alone it can move).
STAGE_RE = re.compile(r"(?:也是|也为|是|为)?([^，,。；;！？!?、\s]{1,20}?(?:之年|元年))")
SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
MARKER_RE = re.compile(r"# \d{4}: [^#]*?(?=\s*#|\s*$)")  # left by an earlier `new`: replaced, not stacked
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


def roll_forward(text: str, path: str = "<plan>", year: int | None = None) -> Draft:
    """The draft for `year` (default: the next one) and the list of what changed."""
    data = roundtrip.load(text, path)
    old = data.get("year")
    if not isinstance(old, int) or isinstance(old, bool):
        raise WorkplanError("new-no-year", Pos(path, 1, 1))
    roller = Roller(old, year or old + 1)
    for place in mappings(data, Plan):
        roller.visit(place)
    speech_skeleton(data, old, roller.record)
    roller.set(data, "year", roller.new, "year", "year", context=f"year: {roller.new}")
    result = roundtrip.with_line_endings(roundtrip.dump(data), text)
    ensure_kept(text, result, path, same_data=False, ours=MARKER_RE)
    return Draft(result, old, roller.new, sorted(roller.changes, key=lambda c: (c.line, c.column)))


class Roller:
    """Walks the tree once, changing what moves with the year and recording each change."""

    def __init__(self, old: int, new: int):
        self.old, self.new = old, new
        self.years = {old: new, old - 1: new - 1}  # this year and last year, as the text means them
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
        for match in YEAR_RE.finditer(value):
            year = int(match.group(1))
            if year in self.years:
                self.record(container, key, "year", where, f"{year}年", f"{self.years[year]}年", _context(value, match))
                self.stages(container, key, where, value, match)
        new = YEAR_RE.sub(lambda m: str(self.years.get(int(m.group(1)), m.group(1))), value)
        if new != value:
            container[key] = _restyled(value, new)

    def stages(self, container, key, where: str, value: str, year: re.Match) -> None:
        """Ask to check what the sentence after a moved year says that year is."""
        start = value.index("年", year.end()) + 1
        end = SENTENCE_END_RE.search(value, start)
        sentence = value[start:end.start() if end else len(value)]
        for phrase in STAGE_RE.finditer(sentence):
            if (where, phrase.group(1)) not in self.stages_seen:
                self.stages_seen.add((where, phrase.group(1)))
                self.record(container, key, "stage", where, phrase.group(1), str(self.years[int(year.group(1))]),
                            f"{year.group(1)}年")

    def shift(self, value):
        """A due date one year on (as many years as the plan moves); words such as 全年 stay."""
        delta = self.new - self.old
        if isinstance(value, date):
            try:
                return value.replace(year=value.year + delta)
            except ValueError:  # 29 February
                return value.replace(year=value.year + delta, day=28)
        if isinstance(value, int) and not isinstance(value, bool):
            return value + delta
        match = ISO_RE.match(str(value))
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


def _context(text: str, match: re.Match, width: int = 8) -> str:
    """The year with a few characters around it, for the report."""
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    return ("…" if start else "") + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")


def _restyled(old, text: str):
    """`text` in the scalar style `old` had (folded, quoted…), so the draft looks like its source."""
    if type(old) is str or not isinstance(old, str):
        return text
    new = type(old)(text)
    keep = {"comment"} | ({"fold_pos"} if len(text) == len(old) else set())  # folds are offsets into the text
    for cls in type(old).__mro__:
        for slot in set(getattr(cls, "__slots__", ())) & keep:
            if hasattr(old, slot):
                setattr(new, slot, getattr(old, slot))
    return new
