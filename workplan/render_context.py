"""The plain dict a render template sees (as `plan`), built in one place from a Plan: no model objects.

Numbers come from numbering.py, names are resolved to registry names, dates are written out
(2026年2月20日), target values are printed as the document prints them (92, 98.5). Wording —
"达…以上", "（牵头：…）", headings — is left to the templates. Fields:

    kind title org year doc_number issued preamble ideas[] goals{text, targets[]}
    parts{ideas goals measures | review problems tasks}: 一 二 三 of the parts present, '' if absent
    sections[]{id number level title text measures[]}: measures flattened depth first, each
        {id number depth level title text lead[] support[] due targets[]}
    targets[]{id name value unit cmp}   speech{speaker speaker_title occasion date salutation opening closing}
    review[] problems[]{number title text}   tasks[]{number section section_number title text lead[] support[] due targets[]}:
        a row per measure naming a department of its own and per leaf, each with the departments its
        measure names; title after those of the parents without a row (深化课程教学改革：加强中小学科学教育)
    dept: the department a task table is for ('' for the whole plan); dept_lead, dept_support: how many
        of its rows that department leads and supports (also through a group in support: 局各科室)
"""

from __future__ import annotations

from functools import cache

from .analyses.context import Context
from .analyses.dates import date_text
from .errors import WorkplanError
from .model import Goals, Measure, Plan, Section, Speech, Target
from .numbering import CHINESE_MAX, heading, measure_numbers, section_numbers, sections_at_top, subheading

# The printed level of each number form: 一、 → 1, （一） → 2, 1. → 3, （1） and ① → 4.
MEASURE_LEVELS = {1: 3, 2: 4, 3: 4}


def build_context(plan: Plan, kind: str, index: dict[str, str], numbering: str | None = None,
                  speech_parts: bool = True, dept: str = "", dept_groups: frozenset[str] = frozenset()) -> dict:
    """Everything a template may print; `speech_parts=False` leaves out review and problems, `dept`
    (a registry name) keeps only the tasks that department leads or supports, itself or as a member
    of one of `dept_groups`."""
    review = plan.review if speech_parts else []
    problems = plan.problems if speech_parts else []
    _check_countable(("sections", plan.sections), ("review", review), ("problems", problems))
    tasks = _tasks(plan, index, numbering, dept, dept_groups) if kind == "tasks" else []
    dept_lead = sum(dept in t["lead"] for t in tasks) if dept else 0
    numbers = measure_numbers(plan, numbering)
    level = 1 if sections_at_top(plan, kind) else 2
    goals, speech = plan.goals or Goals(), plan.speech or Speech()
    return {
        "kind": kind, "title": plan.title, "org": plan.org, "year": plan.year,
        "doc_number": plan.doc_number, "issued": date_text(plan.issued),
        "preamble": plan.preamble, "ideas": list(plan.ideas),
        "goals": {"text": goals.text, "targets": [_target(t) for t in goals.targets]},
        "parts": _parts(plan, kind, review, problems),
        "sections": [_section(s, n, level, numbers, index)
                     for s, n in zip(plan.sections, section_numbers(plan, kind), strict=True)],
        "speech": {**{name: getattr(speech, name) for name in SPEECH_TEXTS}, "date": date_text(speech.date)},
        "review": _items(review), "problems": _items(problems),
        "tasks": tasks, "dept": dept,
        "dept_lead": dept_lead, "dept_support": len(tasks) - dept_lead if dept else 0,
    }


SPEECH_TEXTS = ("speaker", "speaker_title", "occasion", "salutation", "opening", "closing")


def _check_countable(*parts) -> None:
    """一、 and （一） stop at 九十九: a hundredth section cannot be numbered."""
    for name, items in parts:
        if len(items) > CHINESE_MAX:
            raise WorkplanError("render-too-many", items[CHINESE_MAX].where.get("@"), what=name, limit=CHINESE_MAX)


def _tasks(plan: Plan, index: dict[str, str], numbering: str | None, dept: str, groups: frozenset[str]) -> list[dict]:
    """The 任务分解表 rows (task_rows: as depts counts them); with `dept`, the rows of the measures depts lists
    for it (workload.assignments, one rule for both): those naming it as lead or support, or one of `groups`
    (those it belongs to) in support; for a group or placeholder, those naming it. `section_number`
    (一 二 …) groups them by section. Numbers are the plan's, also in one department's table, so that
    each row can be found in the 工作要点."""
    from .analyses.workload import assignments  # the task table's alone: not imported for the other documents
    from .writers.task_rows import task_rows

    mine = None
    if dept:
        ctx = Context(index=index, groups={g: (dept,) for g in groups})  # all `assignments` needs to find `dept`
        mine = lambda r: any(name == dept for name, *_ in assignments(r.measure, ctx))  # noqa: E731
    return [{"number": r.number, "section": r.section, "section_number": heading(r.section_position),
             "title": r.title, "text": r.text, "lead": r.lead, "support": r.support, "due": date_text(r.due),
             "targets": [_target(t) for t in r.measure.targets]}
            for r in task_rows(plan, index, numbering, mine)]


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


def targets_note(targets: list[Target]) -> str:
    """A measure's own targets after its text, （目标：中小学生每天综合体育活动时间达2小时以上）, in the words of the
    built-in macros.j2 (targets_note): the one wording, also for the writers that are not templated. No
    targets, no note, and no Jinja to load (a diff or spreadsheet of a plan without measure targets)."""
    return str(_macros().targets_note([_target(t) for t in targets])) if targets else ""


@cache
def _macros():
    from .templating import environment

    return environment().get_template("macros.j2").module


def number_text(value) -> str:
    """92.0 → 92, 98.5 → 98.5, 1e-07 → 0.0000001, 1.5e+16 → 15000000000000000: as a document prints it,
    never with an exponent (the reader keeps values to 15 digits, which a float holds exactly)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = repr(float(value))  # the shortest decimal that is the float
    if "e" in text:  # written out (Decimal: 2 ms to import, for the rare exponent)
        from decimal import Decimal

        text = format(Decimal(text), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
