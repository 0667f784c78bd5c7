"""The plain dict a render template sees, built in one place from a Plan: no model objects.

Numbers come from numbering.py, names are resolved to registry names, dates are written out
(2026年2月20日), target values are printed as the document prints them (92, 98.5). Wording —
"达…以上", "（牵头：…）", headings — is left to the templates.
"""

from __future__ import annotations

from .analyses.dates import parse_iso
from .model import Measure, Plan, Section, Target, walk
from .numbering import heading, measure_numbers, section_numbers, sections_at_top, subheading
from .writers.task_rows import task_rows

# The printed level of each number form: 一、 → 1, （一） → 2, 1. → 3, （1） and ① → 4.
MEASURE_LEVELS = {1: 3, 2: 4, 3: 4}


def build_context(plan: Plan, kind: str, index: dict[str, str], numbering: str | None = None,
                  speech_parts: bool = True) -> dict:
    """Everything a template may print; `speech_parts=False` leaves out review and problems."""
    numbers = measure_numbers(plan, numbering)
    top = sections_at_top(plan, kind)
    review = plan.review if speech_parts else []
    problems = plan.problems if speech_parts else []
    speech = plan.speech
    return {
        "kind": kind, "title": plan.title, "org": plan.org, "year": plan.year,
        "doc_number": plan.doc_number, "issued": date_text(plan.issued),
        "preamble": plan.preamble, "ideas": list(plan.ideas),
        "goals": {"text": plan.goals.text, "targets": [_target(t) for t in plan.goals.targets]}
        if plan.goals else {"text": "", "targets": []},
        "parts": _parts(plan, kind, review, problems),
        "sections": [_section(s, n, 1 if top else 2, numbers, index)
                     for s, n in zip(plan.sections, section_numbers(plan, kind), strict=True)],
        "speech": {
            "speaker": speech.speaker if speech else "", "speaker_title": speech.speaker_title if speech else "",
            "occasion": speech.occasion if speech else "", "date": date_text(speech.date) if speech else "",
            "salutation": speech.salutation if speech else "同志们：",
            "opening": speech.opening if speech else "", "closing": speech.closing if speech else "",
        },
        "review": _items(review), "problems": _items(problems),
        "tasks": _tasks(plan, index) if kind == "tasks" else [],
    }


def _tasks(plan: Plan, index: dict[str, str]) -> list[dict]:
    """The 任务分解表 rows; `section_number` (一 二 …) groups them by section."""
    section_of = {id(m): i for i, s in enumerate(plan.sections, 1) for m in walk(s.measures)}
    return [{"number": r.number, "section": r.section, "section_number": heading(section_of[id(r.measure)]),
             "title": r.title, "text": r.text, "lead": r.lead, "support": r.support, "due": date_text(r.due)}
            for r in task_rows(plan, index)]


def _parts(plan: Plan, kind: str, review, problems) -> dict[str, str]:
    """The Chinese number of each top-level part present (一 二 三), '' for a part left out."""
    if kind == "speech":
        present = {"review": bool(review), "problems": bool(problems), "tasks": bool(plan.sections)}
    else:
        top = sections_at_top(plan, kind)
        present = {"ideas": bool(plan.ideas), "goals": bool(plan.goals), "measures": not top}
    numbers, n = {}, 0
    for part, shown in present.items():
        n += shown
        numbers[part] = heading(n) if shown else ""
    return numbers


def _section(s: Section, number: str, level: int, numbers: dict[int, str], index) -> dict:
    flat = []

    def visit(measures: list[Measure], depth: int):
        for m in measures:
            flat.append(_measure(m, numbers[id(m)], depth, index))
            visit(m.measures, depth + 1)

    visit(s.measures, 1)
    return {"id": s.id, "number": number, "level": level, "title": s.title,
            "text": s.text, "measures": flat}


def _measure(m: Measure, number: str, depth: int, index) -> dict:
    return {
        "id": m.id, "number": number, "depth": depth, "level": MEASURE_LEVELS[depth],
        "title": m.title, "text": m.text, "lead": [index.get(n, n) for n in m.lead],
        "support": [index.get(n, n) for n in m.support], "due": date_text(m.due),
        "targets": [_target(t) for t in m.targets],
    }


def _items(items) -> list[dict]:
    return [{"number": subheading(i), "title": it.title, "text": it.text}
            for i, it in enumerate(items, 1)]


def _target(t: Target) -> dict:
    return {"id": t.id, "name": t.name, "value": number_text(t.value), "unit": t.unit, "cmp": t.cmp}


def number_text(value) -> str:
    """92.0 → 92, 98.5 → 98.5: as a document prints it."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def date_text(value) -> str:
    """2026-02-20 → 2026年2月20日 (GB/T 9704 7.3.5.4: full year, no leading zeros)."""
    parsed = parse_iso(str(value)) if value else None
    if not parsed:
        return str(value or "")
    year, month, day = parsed
    return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")
