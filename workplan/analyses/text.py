"""Text hygiene: unfinished placeholders, web debris, stale years copied from old documents,
and measures whose text repeats another's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import sources
from ..findings import Finding, warning
from ..model import Plan

PLACEHOLDER_RE = re.compile(r"(?<![A-Za-z])(?:[xX]{2,}|[xX](?=[%％.]\S))(?![A-Za-z])|××+|〔\s*〕|〕号")
HTML_RE = re.compile(r"&(?:#\d+|[a-zA-Z]{1,8});|&(?:nbsp|bsp|lt|gt|amp|quot)(?![a-zA-Z])|</?(?:br|p|span|div)\b[^>]*>")
# "2024年工作要点", "2024年是…", "2024年全市教育工作的总体要求": a year heading the text as the plan's own.
STALE_YEAR_RE = re.compile(r"(\d{4})年(?=工作要点|全市|全县|全区|教育工作|工作思路|工作目标|重点工作|是|，全市|,全市|，我们|要)")


def texts(plan: Plan):
    """(node, field, text) for every free-text value in the plan."""
    yield plan, "title", plan.title
    yield plan, "preamble", plan.preamble
    for i, idea in enumerate(plan.ideas):
        yield plan, f"ideas[{i}]", idea
    if plan.goals:
        yield plan.goals, "text", plan.goals.text
    if plan.speech:
        for name in ("opening", "closing"):
            yield plan.speech, name, getattr(plan.speech, name)
    for item in [*plan.review, *plan.problems]:
        yield item, "title", item.title
        yield item, "text", item.text
    for section in plan.sections:
        yield section, "title", section.title
        yield section, "text", section.text
    for m in plan.all_measures():
        yield m, "title", m.title
        yield m, "text", m.text


# Each pattern after a test for a character all its matches contain: a text with none is not scanned (the
# placeholder pattern's look-behind is tried at every character: 10 ms on a 1,000-measure plan). Tested
# with `in`: a character class holding a Chinese character costs 0.7 ms to compile.
SCANS = ((PLACEHOLDER_RE, lambda t: "x" in t or "X" in t or "×" in t or "〕" in t, "unfinished-placeholder"),
         (HTML_RE, lambda t: "&" in t or "<" in t, "html-debris"))


def check_text(plan: Plan, ctx) -> Iterator[Finding]:
    for node, name, text in texts(plan):
        if not text:
            continue
        pos = node.where.get(name)
        for pattern, needed, code in SCANS:
            if needed(text):
                for match in pattern.finditer(text):
                    yield warning(code, sources.find(pos, match.group()), text=match.group())
        if "年" not in text or not plan.year:
            continue
        for match in STALE_YEAR_RE.finditer(text):
            if int(match.group(1)) < plan.year - 1:
                snippet = text[match.start(): match.end() + 6]
                yield warning("stale-year", sources.find(pos, match.group()), text=snippet, year=plan.year)
        for match in SHORT_YEAR_RE.finditer(text):
            if guess := lost_digit(match.group(1), plan.year):
                yield warning("year-digit-lost", sources.find(pos, match.group()), text=match.group(), year=guess)


# A year a web copy lost a digit of (207年 in a 2017 plan): three digits that one more digit makes a year
# near the plan's. 建党100年, 120年校庆 and 200年 are no such year and stay unremarked.
SHORT_YEAR_RE = re.compile(r"(?<![0-9])([0-9]{3})年")
NEAR = 10


def lost_digit(digits: str, year: int) -> int | None:
    """The year near `year` that `digits` becomes with one digit put back, the nearest; None when none does."""
    candidates = {int(digits[:i] + d + digits[i:]) for i in range(len(digits) + 1) for d in "0123456789"}
    near = [c for c in candidates if abs(c - year) <= NEAR]
    return min(near, key=lambda c: (abs(c - year), c)) if near else None


def check_duplicate_text(plan: Plan, ctx) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for m in plan.all_measures():
        key = "".join(m.text.split())
        if not key:
            continue
        pos = m.where.get("text")
        if key in first:
            yield warning("duplicate-text", pos, line=first[key])
        else:
            first[key] = pos.line if pos else 0
