"""Years and dates: plan year, title year, issued/speech date, measure `due`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..findings import Finding, error, warning
from ..model import Plan

ISO_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")
CN_MONTH_RE = re.compile(r"(\d+)月")
TITLE_YEAR_RE = re.compile(r"(\d{4})\s*年")


def parse_iso(value: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of YYYY, YYYY-MM or YYYY-MM-DD when it is a real date, else None."""
    m = ISO_RE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day


def date_text(value) -> str:
    """A date as documents print it: 2026-02-20 → 2026年2月20日 (GB/T 9704 7.3.5.4: full year, no leading
    zeros); a date in words (全年, 6月底前) as written."""
    parsed = parse_iso(str(value)) if value else None
    if not parsed:
        return str(value or "")
    year, month, day = parsed
    return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")


def worded_due_ok(value: str) -> bool:
    """A due in words (全年, 6月底前): some Chinese, and no month number beyond 12."""
    return any("\u4e00" <= c <= "\u9fff" for c in value) and all(1 <= int(m) <= 12 for m in CN_MONTH_RE.findall(value))


def check_dates(plan: Plan, ctx) -> Iterator[Finding]:
    if plan.year and not 1949 <= plan.year <= 2100:
        yield error("bad-year", plan.where.get("year"), value=plan.year)
    years = TITLE_YEAR_RE.findall(plan.title)
    if plan.year and years and str(plan.year) not in years:
        yield error("title-year", plan.where.get("title"), found=years[0], year=plan.year)
    dated = [(plan, "issued")] + ([(plan.speech, "date")] if plan.speech else [])
    for node, name in dated:
        value = getattr(node, name)
        if value and not ((parsed := parse_iso(value)) and parsed[2]):  # a full date: the day is given
            yield error("bad-date", node.where.get(name), value=value)
    for m in plan.all_measures():
        if m.due is None:
            continue
        parsed = parse_iso(m.due)
        if not parsed and not worded_due_ok(m.due):
            yield error("bad-due", m.where.get("due"), value=m.due)
        elif plan.year and parsed and parsed[0] < plan.year:
            yield warning("stale-due", m.where.get("due"), value=m.due, year=plan.year)
