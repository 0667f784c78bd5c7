"""Paragraphs → a tree of headings, from the numbering the document actually uses.

Levels are not fixed in advance (一、 is not always level 1): a label style seen for the first time
opens a level below the current one; seen again, it closes the levels opened after it. So a
document numbered 一、 1. （1）, one numbered （一） 1、 ①, and one with unnumbered short headings
all come out right, and numbers may restart, run on, or be missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .annotations import parse_line, split_annotation
from .labels import Label, label_of
from .normalize import Line, key

HEADING_MAX = 40
SENTENCE_RE = re.compile(r"[。！？!?；;]")
HEAD = Label("head", "", None, 0)  # an unnumbered heading line
RUNON_RE = re.compile(r"(?<=[)）。等])\s*(?=\d{1,3}\s*[.、．]\s*[\u4e00-\u9fff])")


@dataclass
class Node:
    label: Label | None
    head: str  # the line after its label
    number: int  # source line (or paragraph) number
    body: list[Line] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    raw: str = ""  # the whole line, number included (to fold a too-deep item back into text)

    @property
    def is_heading(self) -> bool:
        """The head is a heading only (no sentence in it): its content is in the body or children."""
        return not SENTENCE_RE.search(self.head.rstrip("。"))

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def is_heading_line(text: str) -> bool:
    """A short line with no sentence in it: an unnumbered heading or a measure title on its own."""
    k = key(text)
    if not 2 <= len(k) <= HEADING_MAX or SENTENCE_RE.search(k) or k.endswith((":", ",", "、")):
        return False
    if not re.search(r"[\u4e00-\u9fff]", k) or re.fullmatch(r"[\d年月日\s.-]+|[（(].*[)）]", k):
        return False
    return parse_line(text) is None


# A document that lost all its line breaks (pasted from a web page): where its numbered items start.
# Full-width forms are folded (key()), so ( stands for （ too.
INLINE_RE = re.compile(
    r"(?<=[。;!?)”」])\s*(?=[一二三四五六七八九十]{1,3}、)"  # 一、 after a sentence or an annotation
    r"|(?<=[^\s(])(?=\([一二三四五六七八九十]{1,3}\)[\u4e00-\u9fff])"  # (一) wherever it stands
    r"|(?<=[。;!?)”」])\s*(?=\d{1,3}[.、](?!\d)|\(\d{1,2}\)|[①-⑳])"  # 1. 1、 (1) ① after a sentence
    r"|(?<=\))(?P<glued>)(?=\d{1,2}[\u4e00-\u9fff])"  # 2强化… right after an annotation (checked below)
    r"|(?=本文\s*由|浏览次数|上一篇|下一篇)")  # the page's debris, to be removed as lines
UNBROKEN_LINES = 3  # a document of at most this many lines…
UNBROKEN_LENGTH = 500  # …one of them this long, has lost its line breaks
UNBROKEN_ITEMS = 3  # split only where at least this many items start


def split_unbroken(lines: list[Line]) -> list[Line]:
    """A document with no line breaks left ("…的教育。一、工作思路…。(一)抓学习…（牵头：A）2.…") as lines,
    one per numbered item; any other document as it is. The pieces keep their line's number."""
    full = [line for line in lines if line.text]
    if not full or len(full) > UNBROKEN_LINES or max(len(line.text) for line in full) < UNBROKEN_LENGTH:
        return lines
    out = []
    for line in lines:
        cuts = []
        for m in INLINE_RE.finditer(key(line.text)):
            before = line.text[cuts[-1].end() if cuts else 0: m.start()]
            if m.start() > 0 and (m.group("glued") is None or split_annotation(before)[1] is not None):
                cuts.append(m)
        if len(cuts) < UNBROKEN_ITEMS:
            out.append(line)
            continue
        starts = [0, *(m.end() for m in cuts)]
        ends = [*(m.start() for m in cuts), len(line.text)]
        for a, b in zip(starts, ends, strict=True):
            heading = GLUED_HEADING_RE.match(key(line.text[a:b]))  # 一、加强党的建设1.强化…
            for piece in ((line.text[a: a + heading.end(1)], line.text[a + heading.end(1): b]) if heading
                          else (line.text[a:b],)):
                if piece.strip():
                    out.append(replace(line, text=piece.strip()))
    return out


# A heading the first item of its part is glued to: "一、加强党的建设1.强化政治引领。"
GLUED_HEADING_RE = re.compile(r"((?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[\u4e00-\u9fff，,]{2,30}?)"
                              r"(?=\d{1,3}[.、][\u4e00-\u9fff])")


def split_runons(paragraphs: list[Line]) -> list[Line]:
    """A web copy that lost line breaks: "…（牵头：A）2.下一条…" becomes two paragraphs."""
    return [piece for p in paragraphs for piece in _pieces(p)]


def _pieces(p: Line) -> list[Line]:
    text, pieces, start = p.text, [], 0
    for m in RUNON_RE.finditer(key(text)):
        if m.start() > start and split_annotation(text[start: m.start()])[1] is not None:
            pieces.append(replace(p, text=text[start: m.start()]))
            start = m.end()
    return [*pieces, replace(p, text=text[start:])] if pieces else [p]


def tree(paragraphs: list[Line]) -> Node:
    """The document as nested nodes; paragraphs hang on the deepest open node."""
    root = Node(None, "", 0)
    stack: list[tuple[str, Node]] = []  # (style, node) from the outermost level down
    labels = _labels(paragraphs)
    for p, lab in zip(paragraphs, labels, strict=True):
        if lab is None:
            (stack[-1][1] if stack else root).body.append(p)
            continue
        node = Node(lab, p.text[lab.end:].strip(), p.number, raw=p.text)
        _place(node, stack, root)
    return root


def _labels(paragraphs: list[Line]) -> list[Label | None]:
    """Each paragraph's label; "()" whose number was lost takes the kind of the next bracketed one."""
    labels, last_ar = [], 0
    for p in paragraphs:
        lab = label_of(p.text, expect=last_ar + 1)
        if lab is None and p.level:  # a Word heading without a number: its outline level is its style
            lab = Label("head", f"h{p.level}", None, 0)
        elif lab is None and is_heading_line(p.text):
            lab = HEAD
        elif lab is not None and lab.family == "ar" and lab.number is not None:
            last_ar = lab.number
        labels.append(lab)
    for i, lab in enumerate(labels):
        if lab is not None and lab.family == "lost":
            after = next((n for n in labels[i + 1:] if n is not None and n.family in ("par", "pcn")), None)
            family, variant = (after.family, after.variant) if after else ("par", "()")
            number = after.number - 1 if after and after.number and after.number > 1 else None
            labels[i] = Label(family, variant, number, lab.end)
    return labels


def _place(node: Node, stack: list[tuple[str, Node]], root: Node) -> None:
    level = _level(node.label, stack)
    if level is not None:
        del stack[level:]
    parent = stack[-1][1] if stack else root
    parent.children.append(node)
    stack.append((_style(node.label), node))


def _level(lab: Label, stack) -> int | None:
    """Where in the stack `lab` closes levels: the same style, or the same family running on."""
    style = _style(lab)
    for i, (s, _) in enumerate(stack):
        if s == style:
            return i
    for i, (_, node) in enumerate(stack):
        if node.label.family == lab.family and lab.number is not None and node.label.number is not None \
                and lab.number == node.label.number + 1:
            return i
    return None


def _style(lab: Label) -> str:
    # digits that lost their dot are the same level as "1." items
    return "ar." if lab.family == "ar" and lab.variant == "glued" else lab.style
