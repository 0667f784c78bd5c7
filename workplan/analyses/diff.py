"""diff: what changed from one plan to the next, measure by measure — plain result objects, no output.

Measures are aligned at every level at once (a sub-measure promoted to a measure is still found),
sections by id, title, or the measures they share; a measure is "moved" when its section's partner
is not the section it now stands in, or its parent measure's partner is not the measure it now
stands under (a measure put under another, or a sub-measure made a measure of its own: "parent"), or
it jumped over its siblings ("order": of the measures that stayed under the same parent, those off a
longest run kept in last year's order — so a measure inserted or removed before others moves no one).
Sections likewise: a section off the longest run of paired sections kept in order is "moved" ("order").
A section's own title and text are compared too. Results are grouped by the new plan's sections, a
removed measure placed after the nearest measure that preceded it last year (as diff(1) interleaves).
Two measures paired by id whose texts are no more alike than unrelated ones (below UNRELATED, whatever
the pairing threshold) draw a warning: the id seems reused for new work.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from ..errors import WorkplanError
from ..findings import ERROR, Finding, warning
from ..model import Measure, Plan, Section
from ..numbering import measure_numbers, section_numbers
from ..sources import STDIN
from .align import Item, align, best_first, similarity
from .dates import date_text
from .diff_parts import TargetDiff, TextDiff, diff_targets, diff_texts

STATUSES = ("added", "removed", "changed", "moved", "unchanged")
CHANGES = ("text", "title", "lead", "support", "due", "targets", "section", "parent", "order")
PLACE = {"section", "parent", "order"}  # the changes of where a measure stands: only these, and it "moved"
SECTION_CHANGES = ("title", "text", "order")
ONLY = (*STATUSES, *CHANGES, "texts")  # what --only accepts: statuses, kinds of change, the running texts
THRESHOLD = 0.5  # reworded measures score 0.85–0.93, unrelated ones ≤ 0.27 (README: "Choosing the threshold")
SECTION_THRESHOLD = 0.5
# Below this, two measures are unrelated: the samples' unrelated pairs score ≤ 0.27, their rewordings ≥ 0.85
# (a clause in three rewritten ≈ 0.6). Fixed, not --threshold: a stricter pairing does not make a
# rewording unrelated content.
UNRELATED = 0.35


@dataclass
class Node:
    """A measure where it stands: its number as printed (with its parents'), its section, names resolved."""

    measure: Measure
    number: str
    section: Section
    section_index: int
    section_number: str  # as printed: （三）
    lead: list[str]
    support: list[str]
    parent: Node | None = None  # the measure it stands under, if any


@dataclass
class MeasureDiff:
    status: str
    old: Node | None = None
    new: Node | None = None
    similarity: float | None = None
    changes: list[str] = field(default_factory=list)
    targets: list[TargetDiff] = field(default_factory=list)  # the measure's own targets, when changed

    @property
    def title(self) -> str:
        return (self.new or self.old).measure.title


@dataclass
class SectionDiff:
    """A section of the new plan (or a removed one of the old) and the measure diffs shown under it."""

    old: Section | None
    new: Section | None
    old_number: str = ""
    new_number: str = ""
    reordered: bool = False  # it jumped over other sections (see out_of_order)
    measures: list[MeasureDiff] = field(default_factory=list)
    status: str = field(init=False)  # of the section itself: added | removed | changed | moved | unchanged
    changes: list[str] = field(init=False)  # among SECTION_CHANGES; both found from old and new

    def __post_init__(self):
        if self.old is None or self.new is None:
            self.status, self.changes = "added" if self.old is None else "removed", []
            return
        differs = {"title": self.old.title != self.new.title, "text": self.old.text != self.new.text,
                   "order": self.reordered}
        self.changes = [c for c in SECTION_CHANGES if differs[c]]
        self.status = "unchanged" if not self.changes else "moved" if self.changes == ["order"] else "changed"


@dataclass
class PlanDiff:
    old: Plan
    new: Plan
    sections: list[SectionDiff]
    targets: list[TargetDiff]
    texts: list[TextDiff]
    only: frozenset[str] = frozenset()  # --only: what the report shows; the summary always counts all
    findings: list[Finding] = field(default_factory=list)  # warnings about the comparison itself

    @property
    def measures(self) -> list[MeasureDiff]:
        return [m for s in self.sections for m in s.measures]

    def summary(self) -> dict[str, int]:
        counts = Counter(m.status for m in self.measures)
        return {status: counts[status] for status in STATUSES}

    def shown(self, items: list) -> list:
        """The measures (or sections) a report lists: every difference, or what --only asks for ("moved"
        takes in a measure moved and also edited, as SPEC §7 calls it "changed")."""
        if not self.only:
            return [m for m in items if m.status != "unchanged"]
        only = self.only | (PLACE if "moved" in self.only else set())
        return [m for m in items if m.status in only or only & set(m.changes)]

    def shown_parts(self, part: str) -> list:
        """The changed goal targets (part='targets') or running texts ('texts') a report lists."""
        if self.only and part not in self.only:
            return []
        return [p for p in (self.targets if part == "targets" else self.texts) if p.status != "unchanged"]

    @property
    def differs(self) -> bool:
        parts = [*self.sections, *self.measures, *self.targets, *self.texts]
        return any(p.status != "unchanged" for p in parts)


def parse_only(text: str | None) -> frozenset[str]:
    """--only added,removed → {"added", "removed"}; an unknown word is bad usage (exit 2)."""
    chosen = frozenset(w.strip() for w in (text or "").replace("，", ",").split(",") if w.strip())
    unknown = sorted(chosen - set(ONLY))
    if unknown:
        raise WorkplanError("diff.bad-only", value=unknown[0], choices=", ".join(ONLY))
    return chosen


class Loaded(NamedTuple):
    plan: Plan
    index: dict[str, str]  # alias → registry name
    errors: list[Finding]


def load(path: str, registry: str | None = None, registry_of: Plan | None = None) -> Loaded:
    """A plan to compare, its alias index, and the errors that make a comparison meaningless.

    Only a plan that cannot be read, or whose ids clash, is refused: last year's plan may name a
    department that no longer exists, and an imported one may lack leads — diff must still work.
    The registry is the one named, else the one of `registry_of` (by default the plan itself).
    """
    from ..readers.yaml_plan import load_registry, read_plan
    from .ids import check_ids

    plan, findings = read_plan(path)
    errors = [f for f in findings if f.severity == ERROR] or list(check_ids(plan, None))
    registry_found = load_registry(registry_of or plan, registry)[0] if not errors else None
    return Loaded(plan, registry_found.index() if registry_found else {}, errors)


def load_pair(old: str, new: str, registry: str | None = None) -> tuple[Loaded, Loaded]:
    """Both plans; one read from standard input has no folder, so the other's registry serves both."""
    if STDIN not in (old, new) or registry:
        return load(old, registry), load(new, registry)
    if old == STDIN:
        second = load(new)
        return load(old, registry_of=second.plan), second
    first = load(old)
    return first, load(new, registry_of=first.plan)


def diff_plans(old: Plan, new: Plan, threshold: float = THRESHOLD, old_index: dict | None = None,
               new_index: dict | None = None, only: frozenset[str] = frozenset()) -> PlanDiff:
    old_nodes, new_nodes = nodes(old, old_index or {}), nodes(new, new_index or {})
    pairs = align([_item(n) for n in old_nodes], [_item(n) for n in new_nodes], threshold)
    section_map = align_sections(old, new, [(old_nodes[p.old], new_nodes[p.new]) for p in pairs])
    partner_of = {id(old_nodes[p.old].measure): new_nodes[p.new].measure for p in pairs}
    stayed = [(p.old, p.new) for p in pairs if _stayed(old_nodes[p.old], new_nodes[p.new], section_map, partner_of)]
    jumped = out_of_order(stayed, lambda j: (new_nodes[j].section_index, id(new_nodes[j].parent)))
    entries = {p.new: _compare(old_nodes[p.old], new_nodes[p.new], section_map, partner_of, p.new in jumped)
               for p in pairs}
    for j, node in enumerate(new_nodes):
        entries.setdefault(j, MeasureDiff("added", new=node))
    partner = {p.old: p.new for p in pairs}
    removed = {i: MeasureDiff("removed", old=node) for i, node in enumerate(old_nodes) if i not in partner}
    sections = _group(old, new, old_nodes, new_nodes, entries, removed, partner, section_map,
                      out_of_order(list(section_map.items())))
    goal_targets = diff_targets(old.goals.targets if old.goals else [], new.goals.targets if new.goals else [])
    reused = [_reused(entries[p.new]) for p in pairs if p.how == "id" and entries[p.new].similarity < UNRELATED]
    return PlanDiff(old, new, sections, goal_targets, diff_texts(old, new), only, reused)


def _reused(m: MeasureDiff) -> Finding:
    """An id kept for unrelated content: what diff reports as a rewording is more likely new work."""
    at = m.old.measure.where.get("id")
    return warning("id-reused", m.new.measure.where.get("id"), id=m.new.measure.id, number=m.new.number,
                   old=f"{at.file}:{at.line}" if at else m.old.number, similarity=f"{m.similarity:.2f}",
                   threshold=UNRELATED)


def nodes(plan: Plan, index: dict[str, str]) -> list[Node]:
    numbers, section_labels = measure_numbers(plan), section_numbers(plan)
    out: list[Node] = []

    def visit(m: Measure, section: Section, s: int, parent: Node | None) -> None:
        number = (parent.number if parent else "") + numbers[id(m)]
        node = Node(m, number, section, s, section_labels[s], [index.get(n, n) for n in m.lead],
                    [index.get(n, n) for n in m.support], parent)
        out.append(node)
        for child in m.measures:
            visit(child, section, s, node)

    for s, section in enumerate(plan.sections):
        for m in section.measures:
            visit(m, section, s, None)
    return out


def _item(node: Node) -> Item:
    m = node.measure
    return Item(m.id, m.text or m.title, f"{m.title}\n{m.text}")


def align_sections(old: Plan, new: Plan, pairs: list[tuple[Node, Node]]) -> dict[int, int]:
    """Old section index → new section index: same id, same title, then title or shared measures."""
    shared = Counter((o.section_index, n.section_index) for o, n in pairs)
    sizes_old = Counter(o.section_index for o, _ in pairs)
    sizes_new = Counter(n.section_index for _, n in pairs)
    scored = []
    for a, s in enumerate(old.sections):
        for b, t in enumerate(new.sections):
            if s.id and s.id == t.id:
                score = 3.0  # an id outranks a title, and the same title any similarity
            elif s.title == t.title:
                score = 2.0
            else:
                dice = 2 * shared[a, b] / ((sizes_old[a] + sizes_new[b]) or 1)
                score = max(similarity(s.title, t.title), dice)
            if score >= SECTION_THRESHOLD:
                scored.append((-score, a, b))
    return {p.old: p.new for p in best_first(scored)}


def out_of_order(pairs: list[tuple[int, int]], group=lambda new: None) -> set[int]:
    """The new positions of the pairs (old position, new position) that jumped over others of their group:
    those off a longest increasing run of old positions, read in the new order. One measure moved from
    first to last is one jump, not all the others moving up; an insertion or a removal is none."""
    groups: dict = defaultdict(list)
    for a, b in sorted(pairs, key=lambda p: p[1]):
        groups[group(b)].append((a, b))
    jumped = set()
    for members in groups.values():
        kept = _increasing([a for a, _ in members])
        jumped |= {b for k, (_, b) in enumerate(members) if k not in kept}
    return jumped


def _increasing(values: list[int]) -> set[int]:
    """The indices of a longest strictly increasing subsequence of `values` (patience sorting, n log n)."""
    tails: list[int] = []  # tails[k]: the smallest value ending an increasing run of length k + 1
    ends: list[int] = []  # ends[k]: the index of that value
    before = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect_left(tails, v)
        before[i] = ends[k - 1] if k else -1
        tails[k:k + 1], ends[k:k + 1] = [v], [i]
    kept, i = set(), ends[-1] if ends else -1
    while i >= 0:
        kept.add(i)
        i = before[i]
    return kept


def _stayed(o: Node, n: Node, section_map: dict[int, int], partner_of: dict[int, Measure]) -> bool:
    """In the partner of its section, under the partner of its parent: its order among its siblings counts."""
    return section_map.get(o.section_index) == n.section_index and not _parent_changed(o, n, partner_of)


def _due(m: Measure) -> str:
    """A due as printed: 2026-9, 2026-09 and 2026年9月 are one date; a worded due as written."""
    return date_text(str(m.due or "").strip())


def _compare(o: Node, n: Node, section_map: dict[int, int], partner_of: dict[int, Measure],
             jumped: bool) -> MeasureDiff:
    a, b = o.measure, n.measure
    targets = diff_targets(a.targets, b.targets)
    differs = {
        "text": a.text != b.text,
        "title": a.title != b.title,
        "lead": set(o.lead) != set(n.lead),
        "support": set(o.support) != set(n.support),
        "due": _due(a) != _due(b),
        "targets": any(t.status != "unchanged" for t in targets),
        "section": section_map.get(o.section_index) != n.section_index,
        "parent": _parent_changed(o, n, partner_of),
        "order": jumped,
    }
    changes = [c for c in CHANGES if differs[c]]
    status = "unchanged" if not changes else "moved" if set(changes) <= PLACE else "changed"
    score = 1.0 if not (differs["text"] or differs["title"]) else similarity(_item(o).text, _item(n).text)
    return MeasureDiff(status, o, n, score, changes, targets if differs["targets"] else [])


def _parent_changed(o: Node, n: Node, partner_of: dict[int, Measure]) -> bool:
    """Under another measure now, or under none where there was one (its printed number says so: 30 → 31（1））."""
    if o.parent is None or n.parent is None:
        return (o.parent is None) != (n.parent is None)
    return partner_of.get(id(o.parent.measure)) is not n.parent.measure


def _group(old, new, old_nodes, new_nodes, entries, removed, partner, section_map, jumped) -> list[SectionDiff]:
    """SectionDiffs in the new plan's order; a removed measure follows the measure it followed last year."""
    old_numbers, new_numbers = section_numbers(old), section_numbers(new)
    back = {b: a for a, b in section_map.items()}
    groups = [SectionDiff(old.sections[back[b]] if b in back else None, s,
                          old_numbers[back[b]] if b in back else "", new_numbers[b], b in jumped)
              for b, s in enumerate(new.sections)]
    gone: dict[int, SectionDiff] = {}  # old sections with no partner keep their removed measures
    head: dict[int, list] = defaultdict(list)  # removed before any surviving measure of the section
    after: dict[int, list] = defaultdict(list)  # new index → removed measures that followed it
    anchor = None
    for i, node in enumerate(old_nodes):
        a = node.section_index
        if i == 0 or a != old_nodes[i - 1].section_index:
            anchor = None  # a new old section: nothing precedes yet
        if i in partner:
            if new_nodes[partner[i]].section_index == section_map.get(a):
                anchor = partner[i]
        elif a not in section_map:
            gone.setdefault(a, SectionDiff(old.sections[a], None, old_numbers[a])).measures.append(removed[i])
        else:
            (after[anchor] if anchor is not None else head[section_map[a]]).append(removed[i])
    for b, group in enumerate(groups):
        group.measures += head[b]
    for j, node in enumerate(new_nodes):
        groups[node.section_index].measures += [entries[j], *after[j]]
    for a, section in enumerate(old.sections):  # a removed section is listed even when it held no measure
        if a not in section_map:
            gone.setdefault(a, SectionDiff(section, None, old_numbers[a]))
    return groups + [gone[a] for a in sorted(gone)]
