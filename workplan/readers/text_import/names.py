"""Department names of an imported plan: resolved through the registry (aliases → registry name,
unknown names noted), glued names split, and a starter registry from the names found."""

from __future__ import annotations

import re
from collections import Counter

from ... import messages
from ...analyses.departments import did_you_mean
from ...model import UNDECIDED, Department, Measure, Plan, Registry

COLLECTIVE_RE = re.compile(r"^(?:局|本局|机关)?(?:各|相关|有关|其他|其它)|^全体|各.{0,6}(?:单位|科室|部门|学校)$")


def used_names(plan: Plan) -> Counter:
    return Counter(n for m in plan.all_measures() for n in [*m.lead, *m.support] if n != UNDECIDED)


class Resolver:
    """Names as a document wrote them → names as the plan should hold them."""

    def __init__(self, plan: Plan, registry: Registry | None, notes):
        self.registry, self.notes = registry, notes
        self.index = registry.index() if registry else {}
        self.placeholders = set(registry.collective()) if registry else set()  # groups too
        self.known = set(self.index) | self.placeholders | set(used_names(plan))

    def measure(self, m: Measure) -> None:
        line = m.where["@"].line
        m.lead = self.names(m.lead, m, line)
        m.support = [n for n in self.names(m.support, m, line) if n not in m.lead]
        collective = [n for n in m.lead if n in self.placeholders]
        if collective:
            self.notes.add(m, "import-collective-lead", line, name=messages.join(collective))

    def names(self, names: list[str], m: Measure, line: int) -> list[str]:
        out: list[str] = []
        for name in names:
            for part in [name] if name in self.index else split_glued(name, self.known):
                self._check(part, m, line)
                resolved = self.index.get(part, part)
                if resolved not in out:
                    out.append(resolved)
        return out

    def _check(self, name: str, m: Measure, line: int) -> None:
        if not self.registry or name in self.index or name in self.placeholders or name == UNDECIDED:
            return
        self.notes.add(m, "import-unknown-department", line, name=name, hint=did_you_mean(name, self.index))


def resolve(plan: Plan, registry: Registry | None, notes) -> None:
    resolver = Resolver(plan, registry, notes)
    for m in plan.all_measures():
        resolver.measure(m)


def split_glued(name: str, known: set[str]) -> list[str]:
    """教培中心基建科 → [教培中心, 基建科] when both halves are names met elsewhere."""
    for i in range(2, len(name) - 1):
        if name[:i] in known and name[i:] in known:
            return [name[:i], name[i:]]
    return [name]


def starter_registry(plan: Plan) -> tuple[Registry, list[Department]]:
    """departments.yaml from the names an import found, in the order first met; and the
    collective names (局各科室…) the document makes lead, which stay departments to be checked."""
    order = list(used_names(plan))
    leading = {n for m in plan.all_measures() for n in m.lead}
    registry = Registry(org=plan.org)
    registry.departments = [Department(name=n) for n in order if not COLLECTIVE_RE.search(n) or n in leading]
    registry.placeholders = [n for n in order if COLLECTIVE_RE.search(n) and n not in leading]
    return registry, [d for d in registry.departments if COLLECTIVE_RE.search(d.name)]
