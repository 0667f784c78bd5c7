"""Which unnumbered paragraphs are items whose number was lost, and which are text.

Web copies drop numbers ("1" vanishes, ① becomes nothing), and some documents never number
their measures. The evidence we use: a short title sentence, an annotation of its own, the
number the next numbered item expects (a list that starts at 2 lost its 1), and whether the
document numbers its measures at all.
"""

from __future__ import annotations

import functools
import re

from .annotations import parse_line, split_annotation
from .labels import Label, title_like
from .normalize import Line, key
from .outline import Node

ENUMERATION_RE = re.compile(r"^([一二三四五六七八九十]是|首先|其次|再次|最后|此外|同时|另外|总之|目前|今年|去年)")
NOTE_RE = re.compile(r"^(注|备注|说明|附注)\s*\d*\s*:")  # 注：… explains the item above; it is none itself
LOST = Label("lost", "", None, 0)


def item_like(text: str) -> bool:
    k = key(text)
    return title_like(k) and not ENUMERATION_RE.match(k) and not NOTE_RE.match(k) and parse_line(text) is None


@functools.lru_cache(maxsize=4096)  # build and settle ask again about the same paragraphs
def annotated(text: str) -> bool:
    return split_annotation(text)[1] is not None


def settle(node: Node, numbered: bool, annotated_doc: bool, first: int = 1, section: bool = True) -> None:
    """Promote lost items under a section: to children of a heading, siblings of a measure.

    In a document that numbers no measures, every paragraph of a section is a measure; below
    the sections, and in numbered documents, only the evidence above promotes a paragraph.
    `first` is the number the section's first item should carry (numbers may run on).
    """
    for child in node.children:
        settle(child, numbered, annotated_doc, section=False)
    if node.is_heading:
        _promote_children(node, numbered or not section, first, annotated_doc)
    node.children = [n for child in node.children for n in [child, *_lost_siblings(child, annotated_doc)]]


def _promote_children(node: Node, numbered: bool, expected: int, annotated_doc: bool) -> None:
    body, kids = node.body, node.children
    if not body:
        return
    if not numbered and not kids:  # a document without numbered items: every paragraph is one
        node.body, node.children = [], _unnumbered(body, annotated_doc)
        return
    first = kids[0].label.number if kids and kids[0].label.number else expected
    missing = max(first - expected, 0)
    own = [p for p in body if annotated(p.text) and item_like(p.text)]
    take = set(id(p) for p in own if len(own) >= 2 or kids)
    for p in reversed(body):
        if missing and item_like(p.text) and id(p) not in take:
            take.add(id(p))
            missing -= 1
    start = next((i for i, p in enumerate(body) if id(p) in take), len(body))
    node.body = body[:start]
    items = []
    for p in body[start:]:
        if id(p) in take or not items:
            items.append(_item(p))
        else:
            items[-1].body.append(p)  # a paragraph after a lost item continues it
    node.children = items + kids


def _unnumbered(body: list[Line], annotated_doc: bool) -> list[Node]:
    """Each paragraph an item; but where items end with their annotation, a paragraph with no title
    of its own ("同时，…") after one whose annotation has not come yet goes on with it."""
    items: list[Node] = []
    for p in body:
        last = items[-1] if items else None
        ended = last is not None and annotated(last.body[-1].text if last.body else last.head)
        if last and annotated_doc and not ended and not item_like(p.text):
            last.body.append(p)
        else:
            items.append(_item(p))
    return items


def _lost_siblings(node: Node, annotated_doc: bool) -> list[Node]:
    """After a measure that ended with its annotation, a titled paragraph is the next measure."""
    if not annotated_doc or node.is_heading or not node.body:
        return []
    siblings: list[Node] = []
    keep, previous = [], node.head
    for p in node.body:
        if item_like(p.text) and annotated(previous):
            siblings.append(_item(p))
        elif siblings:
            siblings[-1].body.append(p)
        else:
            keep.append(p)
        previous = p.text
    node.body = keep
    return siblings


def _item(p: Line) -> Node:
    return Node(LOST, p.text, p.number, raw=p.text)
