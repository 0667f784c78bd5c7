"""Nodes → sections and measures: title and text, annotation, sub-measures, leads, numbering notes."""

from __future__ import annotations

import re

from ...model import MAX_MEASURE_DEPTH, UNDECIDED, Measure, Pos, Section
from .annotations import Annotation, merge, parse_line, split_annotation
from .labels import TITLE_MAX
from .normalize import key
from .outline import Node
from .targets import own_targets

# Written for a title or org the document lacks: a plan needs one, and validate warns of ×× as a place to fill in.
TO_FILL = "××"
SENTENCE_END_RE = re.compile(r"[。！？!?]")
DUE_RE = re.compile(r"^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$")


def split_title(text: str) -> tuple[str, str]:
    """The first sentence (without its 。) and the rest; "强化政治引领：深入学习…" splits at the colon."""
    k = key(text)
    m = SENTENCE_END_RE.search(k)
    colon = _outer_colon(k)
    if 2 <= colon <= TITLE_MAX and (not m or colon < m.start()) and k[:colon].count("“") == k[:colon].count("”"):
        return text[:colon].strip(), text[colon + 1:].strip()
    if not m:
        return text.strip().rstrip("：:"), ""
    return text[: m.start()].strip(), text[m.end():].strip()


def _outer_colon(k: str) -> int:
    """The first colon outside brackets: "强化武装（牵头：办公室）。…" has no title colon."""
    depth = 0
    for i, c in enumerate(k):
        depth += (c in "(（【[") - (c in ")）】]")
        if c == ":" and depth == 0:
            return i
    return -1


def due_of(text: str | None) -> str | None:
    """2026年6月 → 2026-06; other wording (全年, 6月底前) is kept as written."""
    if not text:
        return None
    m = DUE_RE.match(key(text).strip())
    if not m:
        return text.strip()
    return "-".join([m.group(1), *(f"{int(g):02d}" for g in m.groups()[1:] if g)])


class Maker:
    """Builds sections and measures, remembering each measure's own annotation and node."""

    def __init__(self, path: str, notes, known: set[str]):
        self.path, self.notes, self.known = path, notes, known
        self.own: dict[int, Annotation] = {}
        self.node_of: dict[int, Node] = {}
        self.per_section = False  # measure numbers restart in each section (read by build)

    def pos(self, line: int) -> Pos:
        return Pos(self.path, line, 1)

    def section(self, node: Node) -> Section:
        s = Section()
        s.where["@"] = s.where["title"] = self.pos(node.number)
        if node.is_heading:
            s.title, text = node.head.rstrip("：:。 "), [p.text for p in node.body]
        else:
            s.title, rest = split_title(node.head)
            text = [rest, *(p.text for p in node.body)]
        s.text = "\n".join(t for t in text if t)
        self._untitled(s, node)
        s.measures = [self.measure(child, 1) for child in node.children]
        return s

    def _untitled(self, item: Section | Measure, node: Node) -> None:
        """A heading with no words (a bare 一、 or 1.): a plan needs a title, so ×× holds the place."""
        if not item.title.strip():
            item.title = TO_FILL
            self.notes.add(item, "import-title-empty", node.number)

    def measure(self, node: Node, depth: int) -> Measure:
        m = Measure()
        m.where["@"] = m.where["title"] = self.pos(node.number)
        self.node_of[id(m)] = node
        paragraphs, note = self._annotation(node)
        m.title, rest = split_title(paragraphs[0])  # a heading may still be "守护心理健康：建立…。"
        text = [rest, *paragraphs[1:]]
        if node.is_heading:
            m.title = m.title.rstrip("：:。 ")
        title, own = split_annotation(m.title, self.known)  # "1.强化武装（牵头：办公室）。落实…"
        if own is not None and title.strip():
            m.title, note = title.rstrip(), _merged(note, own)
        self._untitled(m, node)
        if len(m.title) > TITLE_MAX:
            self.notes.add(m, "import-long-title", node.number, length=len(m.title))
        children = []
        for child in node.children:
            if depth < MAX_MEASURE_DEPTH:
                children.append(self.measure(child, depth + 1))
            else:
                text += [child.raw or child.head, *(p.text for p in child.body)]
                self.notes.add(m, "import-too-deep", child.number)
        m.text, m.targets = own_targets("\n".join(t for t in text if t))
        m.measures = children
        if note:
            self.own[id(m)] = note
            m.lead, m.support = list(note.lead), list(note.support)
        if note is not None:
            m.due = due_of(note.due)
            if note.people:
                self.notes.add(m, "import-people-kept", node.number, text="；".join(note.people))
            if note.strays:  # unlabelled names that read as no department
                self.notes.add(m, "import-name-kept", node.number, text="；".join(note.strays))
        return m

    def _annotation(self, node: Node) -> tuple[list[str], Annotation | None]:
        """The node's paragraphs without annotations, and the annotations merged."""
        found = Annotation()
        head, note = split_annotation(node.head, self.known)
        merge(found, note)
        paragraphs = [head]
        for p in node.body:
            only = parse_line(p.text, self.known)
            if only is not None:
                merge(found, only)
            else:
                paragraphs.append(p.text)
        if len(paragraphs) > 1:
            paragraphs[-1], note = split_annotation(paragraphs[-1], self.known)
            merge(found, note)
        return paragraphs, (None if found.empty else found)

    def settle_leads(self, measures: list[Measure], inherited: Annotation | None = None) -> None:
        """Sub-measures without their own annotation take their parent's; leaves with none get 待定."""
        for m in measures:
            own = self.own.get(id(m))
            self.settle_leads(m.measures, own or inherited)
            if m.lead or (m.measures and all(c.lead or c.measures for c in m.measures)):
                continue
            line = m.where["@"].line
            if inherited and inherited.lead and not m.measures:
                m.lead, m.support = list(inherited.lead), [s for s in inherited.support if s not in inherited.lead]
                self.notes.add(m, "import-lead-inherited", line)
            else:
                m.lead = [UNDECIDED]
                self.notes.add(m, "import-no-annotation", line)

    def numbering(self, sections: list[Section]) -> str:
        """continuous or per-section, from the numbers printed; gaps and odd numbers are noted."""
        per_section = self.per_section
        numbered = any(self._number(m) is not None for s in sections for m in s.measures)
        expected = 1
        for s in sections:
            if per_section:
                expected = 1
            for m in s.measures:
                expected = self._check(m, expected) if numbered else expected + 1
        return "per-section" if per_section else "continuous"

    def _number(self, m: Measure) -> int | None:
        node = self.node_of.get(id(m))
        return node.label.number if node and node.label else None

    def _check(self, m: Measure, expected: int) -> int:
        found, line = self._number(m), m.where["@"].line
        if found is None:
            self.notes.add(m, "import-number-missing", line, expected=expected)
        elif found > expected:
            skipped = "、".join(str(n) for n in range(expected, found))
            self.notes.add(m, "import-number-skipped", line, numbers=skipped)
            expected = found
        elif found < expected:
            self.notes.add(m, "import-number-unexpected", line, found=found, expected=expected)
        return expected + 1


def _merged(first: Annotation | None, then: Annotation) -> Annotation:
    out = Annotation()
    merge(out, then)
    merge(out, first)
    return out
