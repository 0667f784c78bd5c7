"""Department names of an imported plan: resolved through the registry (aliases → registry name,
unknown names noted), glued names split, and a starter registry from the names found, with the
names that may be one department's (督导室/督导办) told apart from those that are not."""

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


# What an office is called after its work: 督导室, 教培中心. 室/办/科/处/股 name one office alike (督导室 =
# 督导办); a stem this generic (教育科) is no abbreviation of a longer one (思想政治教育科 is another office).
OFFICE_WORDS = ("中心", "室", "办", "科", "处", "股", "所", "站")
SAME_LEVEL = set("室办科处股")
GENERIC_STEMS = {"教育", "教学", "管理", "工作", "综合", "业务", "行政", "服务"}


def _office(name: str) -> tuple[str, str] | None:
    """督导室 → (督导, 室); None for a name that ends in no office word or has a stem under 2 characters."""
    for word in OFFICE_WORDS:
        if name.endswith(word) and len(name) - len(word) >= 2:
            return name[: -len(word)], word
    return None


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def same_department(a: str, b: str) -> bool:
    """Whether two names found in one document look like one department's: the same stem with another
    office word (督导室/督导办), a shortening keeping the first character and the order of the rest
    (思教科/思想政治教育科, 基教科/基础教育科), or the longer name's end after at most 3 more characters
    (监察室/纪检监察室, 规划科/发展规划科).
    Not 基础教育科/职成教科, 教育科/思想政治教育科 (a generic stem) or 财务室/财务核算中心 (a unit, not an office)."""
    pa, pb = _office(a), _office(b)
    if a == b or not pa or not pb or COLLECTIVE_RE.search(a) or COLLECTIVE_RE.search(b):
        return False
    (stem_a, word_a), (stem_b, word_b) = pa, pb
    if word_a != word_b:
        return stem_a == stem_b and {word_a, word_b} <= SAME_LEVEL
    short, long = sorted((stem_a, stem_b), key=len)
    if short in GENERIC_STEMS or len(short) == len(long):
        return False
    if long.endswith(short):  # a few characters before it: 纪检监察室; not 市人民政府教育督导委员会办公室/办公室
        return len(long) - len(short) <= 3
    return short[0] == long[0] and _subsequence(short, long)


def maybe_same(names: list[str]) -> list[tuple[str, str]]:
    """(later, earlier) for each pair of `names` (in the order met) that may be one department."""
    return [(later, earlier) for i, later in enumerate(names) for earlier in names[:i] if same_department(later, earlier)]
