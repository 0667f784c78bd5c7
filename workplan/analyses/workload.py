"""Department workload: every measure each department leads or supports, counted by section and plan;
registry departments never assigned, and departments leading more than their share.

Counting is "as written": a department counts once per measure (any level) that names it, as lead
if it is among the leads, else as support. A group of the registry in support (局各科室, when the
registry says which departments it means) counts as support for each of its members; other
collective references are not counted. Names are resolved to registry names, unknown names are
counted as written. The groups and placeholders keep, apart, the measures naming them in support.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import WorkplanError
from ..findings import Finding, warning
from ..model import Measure, Plan, Pos, Registry, Section
from ..numbering import chinese, measure_numbers
from .context import Context
from .departments import canonical, did_you_mean

LEAD, SUPPORT = "lead", "support"


@dataclass
class Counts:
    lead: int = 0
    support: int = 0


@dataclass
class Task:
    """One measure as seen by one department."""

    plan: int  # index into Workload.plans
    section: str  # section key (id, else title)
    number: str  # as printed: "9", "9（1）"
    measure: Measure
    role: str  # LEAD | SUPPORT
    leads: list[str]  # the measure's leads and supports, registry names, placeholders kept
    supports: list[str]
    due: str  # the measure's own, else its parent's
    pos: Pos | None  # where this department is named
    via: str = ""  # the group that includes it (局各科室), "" when named itself


@dataclass
class DepartmentLoad:
    name: str
    known: bool  # in a registry (always true when there is none to check against)
    tasks: list[Task] = field(default_factory=list)
    collective: bool = False  # a group or placeholder of the registry (局各科室): the measures naming it in support
    members: tuple[str, ...] = ()  # a group's, as the registry names them

    def counts(self, plan: int | None = None, section: str | None = None) -> Counts:
        mine = [t for t in self.tasks if (plan is None or t.plan == plan) and (section is None or t.section == section)]
        return Counts(sum(t.role == LEAD for t in mine), sum(t.role == SUPPORT for t in mine))


@dataclass
class Column:
    """One column of the matrix: a section (one plan given) or a whole plan (several)."""

    label: str  # short: 三 or the file's stem
    title: str
    plan: int
    section: str | None


@dataclass
class Workload:
    plans: list[Plan]
    departments: list[DepartmentLoad]  # heaviest first
    registries: list[Registry]
    index: dict[str, str]  # every name and alias of every registry → registry name
    collective: dict[str, DepartmentLoad] = field(default_factory=dict)  # groups and placeholders, counted for no one
    named: list[str] = field(default_factory=list)  # the departments with tasks, in the order first named

    def columns(self) -> list[Column]:
        if len(self.plans) == 1:
            return [Column(chinese(n), s.title, 0, key) for n, (key, s) in enumerate(sections(self.plans[0]), 1)]
        return [Column(plan_label(p), p.title, i, None) for i, p in enumerate(self.plans)]

    def measures(self, plan: int) -> int:
        return len(self.plans[plan].all_measures())


def workload(plans: list[tuple[Plan, Context]]) -> Workload:
    """The matrix of who carries what, across `plans`, each read with its own registry context."""
    registries = list({ctx.registry.source: ctx.registry for _, ctx in plans if ctx.registry}.values())
    loads = {name: DepartmentLoad(name, True) for r in registries for name in r.names()}
    index = {k: v for r in registries for k, v in r.index().items()}
    collective = {name: DepartmentLoad(name, True, collective=True, members=r.members().get(name, ()))
                  for r in reversed(registries) for name in r.collective()}
    named: dict[str, None] = {}
    for i, (plan, ctx) in enumerate(plans):
        for n in numbered(plan):
            m = n.measure
            leads = [canonical(name, ctx) for name in m.lead]
            supports = [canonical(name, ctx) for name in m.support]
            for name, role, pos, via in assignments(m, ctx):
                load = loads.setdefault(name, DepartmentLoad(name, ctx.registry is None))
                load.tasks.append(Task(i, n.key, n.number, m, role, leads, supports, n.due, pos, via))
                named.setdefault(name)
            for name in dict.fromkeys(name for name in supports if name in ctx.placeholders):
                pos = m.where.get(f"support[{supports.index(name)}]")
                collective[name].tasks.append(Task(i, n.key, n.number, m, SUPPORT, leads, supports, n.due, pos))
    # A stable sort: equal loads keep registry order, then the order names were first met.
    ranked = sorted(loads.values(), key=lambda d: (-(c := d.counts()).lead, -c.support))
    return Workload([p for p, _ in plans], ranked, registries, index, collective, list(named))


def assignments(m: Measure, ctx: Context) -> Iterator[tuple[str, str, Pos | None, str]]:
    """(registry name, role, position, group) once per department `m` names, then once per member of
    a group in its support not named already (group: the group's name, else ""). A lead listed in
    support stays lead."""
    seen: set[str] = set()
    groups = []
    for role in (LEAD, SUPPORT):
        for i, written in enumerate(getattr(m, role)):
            name, pos = canonical(written, ctx), m.where.get(f"{role}[{i}]")
            if role == SUPPORT and name in ctx.groups:
                groups.append((name, pos))
            elif name not in seen and name not in ctx.placeholders:
                seen.add(name)
                yield name, role, pos, ""
    for group, pos in groups:
        for name in ctx.groups[group]:
            if name not in seen:
                seen.add(name)
                yield name, SUPPORT, pos, group


class Numbered(NamedTuple):
    """A measure where the plan has it: the one walk of depts and of the 任务分解表 (writers/task_rows)."""

    key: str  # the section's key (id, else title)
    section: Section
    position: int  # the section's, from 1 (its 一 二 … in the task table)
    number: str  # as printed: "9", "9（1）"
    due: str  # the measure's own, else its nearest parent's
    measure: Measure
    parents: tuple[Measure, ...]  # outermost first


def numbered(plan: Plan, numbering: str | None = None) -> Iterator[Numbered]:
    """Every measure, depth first, numbered as printed (`numbering` overrides the plan's); due is inherited."""
    numbers = measure_numbers(plan, numbering)

    def visit(where: tuple, m: Measure, prefix: str, due: str, parents: tuple[Measure, ...]):
        number, due = prefix + numbers[id(m)], m.due or due
        yield Numbered(*where, number, due, m, parents)
        for child in m.measures:
            yield from visit(where, child, number, due, (*parents, m))

    for position, (key, section) in enumerate(sections(plan), 1):
        for m in section.measures:
            yield from visit((key, section, position), m, "", "", ())


def sections(plan: Plan):
    return [(s.id or s.title or str(n), s) for n, s in enumerate(plan.sections, 1)]


def plan_label(plan: Plan) -> str:
    return Path(plan.source).stem if plan.source else str(plan.year)


def find_department(load: Workload, name: str) -> DepartmentLoad:
    """The one resolver of --dept (depts and render): the department `name` (a registry name, an alias, or
    a name as written in a plan), blanks around it dropped (full-width too: "思教科　" pasted from a
    document); else a group or placeholder of the registry (局各科室) with the measures naming it in
    support. An unknown name gets "did you mean"."""
    name = name.strip()
    known = {**{d.name: d.name for d in load.departments}, **load.index}
    wanted = known.get(name, name)
    for d in load.departments:
        if d.name == wanted:
            return d
    if name in load.collective:
        return load.collective[name]
    raise WorkplanError("depts-no-dept", name=name, hint=did_you_mean(name, {**known, **{n: n for n in load.collective}}))


def check_unused(load: Workload) -> Iterator[Finding]:
    """Registry departments that no measure of any given plan names (said only when some measure names one)."""
    busy = {d.name for d in load.departments if d.tasks}
    for registry in load.registries if busy else ():
        for d in registry.departments:
            if d.name not in busy:
                yield warning("unused-department", d.where.get("name"), name=d.name)


def check_overload(load: Workload, max_lead: int | None = None) -> Iterator[Finding]:
    """Departments leading more than `max_lead` measures of a plan (default: a quarter of them, at least 1)."""
    for i in range(len(load.plans)):
        total = load.measures(i)
        limit = max_lead if max_lead is not None else max(1, total // 4)
        for d in load.departments:
            leads = [t for t in d.tasks if t.plan == i and t.role == LEAD]
            if len(leads) > limit:
                yield warning("overloaded-lead", leads[0].pos, name=d.name, count=len(leads), limit=limit,
                              measures=total)
