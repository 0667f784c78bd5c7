"""Department references of each measure: known names, aliases, placeholders, lead vs support.

One implementation, two reports: `validate` and `depts` both call `check_departments`.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import messages
from ..findings import Finding, error, warning
from ..fuzzy import closest, invisible_hint
from ..model import UNDECIDED, Measure, Plan
from .context import Context


def check_departments(plan: Plan, ctx: Context) -> Iterator[Finding]:
    for m in plan.all_measures():
        yield from _check_measure(m, ctx)
        if plan.kind == "workpoints" and not has_lead(m):
            yield error("missing-lead", m.where.get("title") or m.where.get("@"), title=m.title)


def has_lead(m: Measure) -> bool:
    """A measure is covered by its own lead, or by sub-measures that all are."""
    return bool(m.lead) or (bool(m.measures) and all(has_lead(s) for s in m.measures))


def canonical(name: str, ctx: Context) -> str:
    return ctx.index.get(name, name)


def _check_measure(m: Measure, ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    leads = {canonical(n, ctx) for n in m.lead}
    for role in ("lead", "support"):
        for i, name in enumerate(getattr(m, role)):
            pos = m.where.get(f"{role}[{i}]")
            yield from _check_name(name, role, pos, ctx)
            name_c = canonical(name, ctx)
            if name_c in seen:
                if role == "support" and name_c in leads:
                    yield error("lead-in-support", pos, name=name)
                else:
                    yield warning("duplicate-department", pos, name=name)
            seen.add(name_c)


def _check_name(name: str, role: str, pos, ctx: Context) -> Iterator[Finding]:
    if name == UNDECIDED:  # import's marker, never to be printed: an unknown name with a registry, as any
        told = error if ctx.registry is not None else warning  # and without one a warning, as ×× is
        yield told("department-undecided", pos, role=messages.t(f"role.{role}"))
        return
    if ctx.registry is None:
        return
    if name in ctx.placeholders:
        if role == "lead":
            yield error("placeholder-lead", pos, name=name)
        return
    registry_name = ctx.index.get(name)
    if registry_name is None:
        yield error("unknown-department", pos, name=name, registry=ctx.registry_label, hint=did_you_mean(name, ctx.index))
    elif registry_name != name:
        yield warning("alias-used", pos, name=name, canonical=registry_name)


def did_you_mean(name: str, index: dict[str, str]) -> str:
    """A "did you mean" hint with the registry names whose name or alias is closest to `name` ("" if none)."""
    if hidden := invisible_hint(name, index):
        return hidden
    names = list(dict.fromkeys(index[h] for h in closest(name, index)))
    return messages.t("hint.did-you-mean", names=messages.join(names)) if names else ""
