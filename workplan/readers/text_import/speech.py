"""Tree → Plan for a speech (讲话稿): salutation and opening, the review (回顾) and problems (问题)
parts as titled items, the tasks part as sections, and the closing."""

from __future__ import annotations

import re

from ...model import Item, Plan, Speech
from .build import flat, make_sections
from .header import SALUTATION_RE, Header
from .measures import Maker, split_title
from .normalize import Line, key
from .outline import Node

PARTS = (("problems", r"问题|不足|差距|短板|困难"), ("review", r"回顾|总结|成绩|成效|过去|工作情况|主要工作"),
         ("tasks", r"任务|安排|部署|重点工作|工作要求|思路|打算|努力方向|工作重点|措施"))
CLOSING_RE = re.compile(r"^(同志们|谢谢|让我们)")
OCCASION_RE = re.compile(r"^在?(?:\d{4}年度?)?(.+?会议?)(?:上的)?(?:讲话|发言|致辞|报告|讲话稿)")


def part_of(node: Node) -> str | None:
    if not node.is_heading:
        return None
    k = key(node.head)
    return next((name for name, rx in PARTS if re.search(rx, k)), None)


def build_speech(root: Node, plan: Plan, head: Header, maker: Maker, notes) -> None:
    plan.speech = speech = Speech(speaker=head.speaker, speaker_title=_title_without_org(head, plan.org),
                                  date=head.date)
    if m := OCCASION_RE.match(key(head.subtitle or head.title)):
        speech.occasion = m.group(1)
    closing = _take_closing(root)
    opening = [p.text for p in root.body]
    if opening and SALUTATION_RE.match(key(opening[0])) and len(opening[0]) <= 20:
        speech.salutation = opening.pop(0)
    speech.opening = "\n".join(opening)
    speech.closing = "\n".join(p.text for p in closing)
    section_nodes = []
    for node in root.children:
        part = part_of(node)
        if part in ("review", "problems") and not node.children:  # paragraphs only: each is an item
            getattr(plan, part).extend(items(Node(node.label, node.head, node.number, children=[
                Node(None, p.text, p.number) for p in node.body]), maker))
        elif part in ("review", "problems"):
            getattr(plan, part).extend(items(node, maker))
            _keep_intro(node, notes)
        elif part == "tasks" and any(c.is_heading for c in node.children):
            section_nodes += node.children
            _keep_intro(node, notes)
        else:
            section_nodes.append(node)
    plan.sections = make_sections(section_nodes, maker, leads=False)


def items(node: Node, maker: Maker) -> list[Item]:
    out = []
    for child in node.children:
        item = Item()
        item.where["@"] = item.where["title"] = maker.pos(child.number)
        if child.is_heading:
            item.title, text = child.head.rstrip("：:。"), flat(child)
        else:
            item.title, rest = split_title(child.head)
            text = [rest, *flat(child)]
        item.text = "\n".join(t for t in text if t)
        out.append(item)
    return out


def _keep_intro(node: Node, notes) -> None:
    if node.body:  # the plan format has no place for a part's introduction: keep it in a comment
        notes.add(None, "import-text-not-kept", node.body[0].number, text="\n".join(p.text for p in node.body))


def _take_closing(root: Node) -> list[Line]:
    """The last paragraphs from the one that turns to the audience (同志们，…) to the end."""
    last = root
    while last.children:
        last = last.children[-1]
    body = last.body
    for i in range(max(len(body) - 3, 1 if last is root else 0), len(body)):
        if CLOSING_RE.match(key(body[i].text)):
            closing = body[i:]
            del body[i:]
            return closing
    return []


def _title_without_org(head: Header, org: str) -> str:
    title = head.speaker_title
    return title[len(org):] if org and title.startswith(org) and len(title) > len(org) else title
