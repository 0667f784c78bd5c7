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
from .header import DATE, DOCNUM_YEAR, TITLE_END_RE, org_line
from .labels import Label, label_of
from .normalize import Line, key

HEADING_MAX = 40
SENTENCE_RE = re.compile(r"[。！？!?；;]")
HEAD = Label("head", "", None, 0)  # an unnumbered heading line
RUNON_RE = re.compile(r"(?<=[)）。等])\s*(?=\d{1,3}\s*[.、．]\s*[\u4e00-\u9fff])")
# 2强化… right after an annotation, its dot lost (not 3月底前…, 2个…, 2季度…: a count or a date) — only in a document
# without line breaks (split_unbroken): with them, …（牵头：A）2季度前完成。 is the text going on.
GLUED_RUNON_RE = re.compile(r"(?<=[)）])(?=\d{1,2}(?![年月日号时天周期季个名人次所项万亿元点分秒倍届批家])[\u4e00-\u9fff])")


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
# Full-width forms are folded (key()), so ( stands for （ too. A number glued to an annotation
# (…（牵头：A）2强化…) is split by _glued_apart, in such a document only.
INLINE_RE = re.compile(
    r"(?<=[。;!?)”」])\s*(?=[一二三四五六七八九十]{1,3}、)"  # 一、 after a sentence or an annotation
    r"|(?<=[^\s(])(?=\([一二三四五六七八九十]{1,3}\)[\u4e00-\u9fff])"  # (一) wherever it stands
    r"|(?<=[。;!?)”」])\s*(?=\d{1,3}[.、](?!\d)|\(\d{1,2}\)|[①-⑳])"  # 1. 1、 (1) ① after a sentence
    r"|(?=本文\s*由|浏览次数|上一篇|下一篇)")  # the page's debris, to be removed as lines
UNBROKEN_LINES = 3  # a document of at most this many lines…
UNBROKEN_LENGTH = 500  # …one of them this long, has lost its line breaks
UNBROKEN_ITEMS = 3  # split only where at least this many items start
DOCNUM_WITHIN = 120  # the 发文字号 glued between the title and the text stands near the start
ISSUER_MAX = 6  # 临教发 of 临教发〔2026〕3号


def split_unbroken(lines: list[Line]) -> list[Line]:
    """A document with no line breaks left ("…的教育。一、工作思路…。(一)抓学习…（牵头：A）2.…") as lines,
    one per numbered item, with the title, the 发文字号 and the closing signature and date on lines of their
    own; any other document as it is. The pieces keep their line's number."""
    full = [line for line in lines if line.text]
    if not full or len(full) > UNBROKEN_LINES or max(len(line.text) for line in full) < UNBROKEN_LENGTH:
        return lines
    out = []
    for line in lines:
        cuts = [m for m in INLINE_RE.finditer(key(line.text)) if m.start() > 0]
        if len(cuts) < UNBROKEN_ITEMS:
            out.append(line)
            continue
        starts = [0, *(m.end() for m in cuts)]
        ends = [*(m.start() for m in cuts), len(line.text)]
        texts = [piece for a, b in zip(starts, ends, strict=True) for piece in _glued_apart(line.text[a:b])]
        texts = [*_docnum_apart(texts[0]), *texts[1:-1], *_signature_apart(texts[-1])]
        out += [replace(line, text=piece.strip()) for text in texts for piece in _heading_apart(text) if piece.strip()]
    return out


# A heading the first item of its part is glued to: "一、加强党的建设1.强化政治引领。"
GLUED_HEADING_RE = re.compile(r"((?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[\u4e00-\u9fff，,]{2,30}?)"
                              r"(?=\d{1,3}[.、][\u4e00-\u9fff])")
PART_LABEL_RE = re.compile(r"[一二三四五六七八九十]{1,3}、")
PART_NAME = (4, 12)  # 工作思路 … 指导思想和工作思路: not a bare 思想 or 目标 (一、思想政治教育 is a section)


def _heading_apart(text: str) -> tuple[str, ...]:
    """A heading and what is glued to it: 一、加强党的建设|1.强化…, and a standard part's heading and its
    first paragraph, 一、工作思路|坚持党建引领… (build.block_named: the longest name that is one) when that
    paragraph has a sentence."""
    from .build import block_named

    k = key(text)
    if heading := GLUED_HEADING_RE.match(k):
        return text[:heading.end(1)], text[heading.end(1):]
    if (part := PART_LABEL_RE.match(k)) and SENTENCE_RE.search(k):
        for end in range(min(len(k) - 1, part.end() + PART_NAME[1]), part.end() + PART_NAME[0] - 1, -1):
            if re.match(r"[\u4e00-\u9fff]", k[end]) and block_named(k[part.end():end]):
                return text[:end], text[end:]
    return (text,)


def _glued_apart(text: str) -> list[str]:
    """An item and the next one glued to its annotation without a dot: 1.强化…（牵头：A）|2强化… (whatever the number:
    a web copy loses digits too, …（牵头：A）0强化… for 10)."""
    pieces, start = [], 0
    for m in GLUED_RUNON_RE.finditer(key(text)):
        if m.start() > start and split_annotation(text[start:m.start()])[1] is not None:
            pieces.append(text[start:m.start()])
            start = m.start()
    return [*pieces, text[start:]]


def _docnum_apart(text: str) -> tuple[str, ...]:
    """The title, the 发文字号 and the text glued together at the start: 临川市教育局2026年工作要点|临教发〔2026〕3号|2026年是…
    — the issuer is the shortest run before 〔2026〕 after which a title ends (…要点)."""
    k = key(text)
    m = re.search(DOCNUM_YEAR, k[:DOCNUM_WITHIN])
    for size in range(2, ISSUER_MAX + 1) if m else ():
        start = m.start() - size
        if start > 0 and re.fullmatch(r"[\u4e00-\u9fff]+", k[start:m.start()]) and TITLE_END_RE.search(k[:start]):
            return text[:start], text[start:m.end()], text[m.end():]
    return (text,)


SIGNATURE_RE = re.compile(rf"(?<=[。;!?)”」])(?P<org>[\u4e00-\u9fff]{{0,30}}?)(?P<date>{DATE})\s*$")


def _signature_apart(text: str) -> tuple[str, ...]:
    """The last item and the signature and date glued to its end: …（牵头：体卫艺科）|临川市教育局|2026年2月20日."""
    m = SIGNATURE_RE.search(key(text))
    if not m or (m.group("org") and not org_line(m.group("org"))):
        return (text,)
    return text[:m.start()], text[m.start("org"):m.end("org")], text[m.start("date"):]


def split_runons(paragraphs: list[Line]) -> list[Line]:
    """A web copy that lost line breaks: "…（牵头：A）2.下一条…" becomes two paragraphs (with its dot only: a number
    glued without one is split in a document without line breaks only, split_unbroken)."""
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
