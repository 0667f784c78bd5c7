"""Tree → Plan for work points: preamble, 工作思路, 工作目标, and the sections of 工作措施."""

from __future__ import annotations

import re

from ...model import Goals, Plan
from .items import NOTE_RE, annotated, item_like, settle
from .measures import Maker
from .normalize import key
from .outline import HEAD, Node
from .targets import extract

BLOCKS = (  # the whole heading must read so (a section "落实立德树人根本任务" is no 任务 block)
    ("preamble", r"总体要求|总的要求|基本要求|总体思路和要求|指导思想和总体要求"),
    ("ideas", r"(指导|工作|总体|基本|发展)?思想|(指导|工作|总体|基本|发展)?思路(和|与|及)?(目标)?|指导思想和工作思路"),
    ("goals", r"(工作|主要|总体|发展|年度|主要预期)?目标(任务)?|主要指标|工作目标(和|与|及)任务"),
    ("measures", r"(主要|重点|具体|年度|今年|全年)?(工作)?(任务|措施|举措|安排|重点|要点)"
                 r"((和|与|及)(措施|举措|任务|要求|安排))?|(主要|重点|具体|年度)工作(任务|安排)?"),
)
YEAR_PREFIX = re.compile(r"^(\d{4}年度?|年度|今年|本年度|全年)")
# A closing call (各科室要高度重视，…确保各项工作落到实处。 全市教育系统要…为…作出新的更大贡献。): the whole
# system or the bureau's own units are told to see the work through — a subject that is everyone, then
# 要/务必…, words that urge, and words about the work as a whole (not one measure's 确保师生安全).
# (各学校要… is how a measure goes on: the schools are told what to do, not the bureau's own units)
CALL_SUBJECT_RE = re.compile(r"^(?:同志们[,，]\s*)?(?:全[省市县区州旗盟]|全局|全系统|本系统|我局|局机关|局属|全体|我们|"
                             r"各(?:科室|股室|处室|科|股|处|单位|部门|级|县|区|市|地|乡镇|有关|相关|责任|牵头|成员))"
                             r"[^,，。；;:：]{0,16}?(?:要|务必|必须|应当)")
CALL_URGE_RE = re.compile(r"确保|切实|务必|[作做]出.{0,20}贡献|落到实处|落地见效|见到实效|抓好落实|如期完成|全面完成|圆满完成|"
                          r"新篇章|新局面|新的更大|努力开创|奋力|贯彻落实|狠抓落实|提高政治站位")
CALL_WHOLE_RE = re.compile(r"各项(?:工作|任务|目标|措施|部署)|(?:年度|全年)(?:工作|任务|目标)|工作要点|目标任务|重点任务|本要点|"
                           r"[作做]出.{0,20}贡献|新篇章|新局面|新的更大")


def block_of(node: Node) -> str | None:
    """Which standard part a top-level heading opens (工作思路 → ideas), if any."""
    if node.label is None or not node.is_heading:
        return None
    return block_named(node.head)


def block_named(heading: str) -> str | None:
    """Which standard part a heading's words name (工作思路 → ideas), if any."""
    k = YEAR_PREFIX.sub("", key(heading).replace(" ", "")).rstrip(":：。")
    return next((name for name, rx in BLOCKS if re.fullmatch(rx, k)), None)


def flat(node: Node, numbers: bool = True) -> list[str]:
    """A node's paragraphs in order, children with (or without) their numbers, for plain-text parts."""
    out = [p.text for p in node.body]
    for child in node.children:
        out += [(child.raw or child.head) if numbers else child.head, *flat(child, numbers)]
    return out


def build_workpoints(root: Node, plan: Plan, maker: Maker, notes) -> None:
    preamble, section_nodes = [p.text for p in root.body], []
    for node in root.children:
        part = block_of(node)
        if part == "preamble":
            preamble += flat(node)
        elif part == "ideas":  # printed as plain paragraphs: numbers would come back twice
            plan.ideas += flat(node, numbers=False)
        elif part == "goals":
            plan.goals = goals(node, notes)
        elif part == "measures":
            section_nodes += _container(node, notes)
        else:
            section_nodes.append(node)
    plan.preamble = "\n".join(preamble)
    section_nodes = _sectioned(section_nodes, notes)
    _drop_closing(section_nodes, notes)
    plan.sections = make_sections(section_nodes, maker)


def make_sections(nodes: list[Node], maker: Maker, leads: bool = True):
    """Sections from their nodes, lost items promoted, leads settled (work points only)."""
    numbered = any(c.label.family not in ("head", "lost") for n in nodes for c in n.children)
    annotated_doc = _annotated(nodes)
    per_section = maker.per_section = _restarts(nodes)
    expected = 1
    for node in nodes:
        settle(node, numbered, annotated_doc, first=1 if per_section else expected)
        numbers = [c.label.number for c in node.children if c.label.number is not None]
        # a garbled last number ("0" for 10) must not send the count back
        expected = max(numbers[-1] + 1 if numbers else 0, expected + len(node.children))
    sections = [maker.section(n) for n in nodes]
    for s in sections:
        if leads:
            maker.settle_leads(s.measures)
    return sections


def _annotated(nodes: list[Node]) -> bool:
    """Does the document end its measures with annotations (two at least)?"""
    texts = [t for n in nodes for d in n.walk() for t in [d.head, *(p.text for p in d.body)]]
    return sum(1 for t in texts if annotated(t)) >= 2


def _drop_closing(nodes: list[Node], notes) -> None:
    """A section's last paragraph that is a closing call, not a measure: the document's last one when,
    after a measure that ended with its annotation, it has neither a title nor an annotation of its
    own (全市教育系统要…); any section's last one that reads as a call to see all the work through
    (各科室要高度重视，…确保各项工作落到实处。) — unless the paragraph before it reads so too; and, where
    measures are numbered, any section's last one after its last numbered measure ended with its
    annotation (局机关各股室要认真对照本要点，…抓好贯彻落实。): a measure that is complete is not continued,
    and one that lost its number is told by the numbers (3 then 5 in the next section)."""
    annotated_doc = _annotated(nodes)
    numbered = any(c.label.family not in ("head", "lost") for n in nodes for c in n.children)
    per_section = _restarts(nodes)
    for i, node in enumerate(nodes):
        last = node
        while last.children:
            last = last.children[-1]
        if not last.body or last is node and len(last.body) < 2:
            continue
        text, before = last.body[-1].text, last.body[-2].text if len(last.body) >= 2 else last.head
        at_end = i == len(nodes) - 1 and annotated_doc and annotated(before) and not item_like(text)
        # in a numbered document a section's own paragraphs are its text, never measures
        called = (last is not node or not numbered) and closing_call(text) and not closing_call(before)
        after_last = (numbered and last is not node and last.label.family not in ("head", "lost")
                      and annotated(before) and not NOTE_RE.match(key(text))
                      and not (not per_section and _lost_one(node, nodes[i + 1:])))
        if (at_end or called or after_last) and not annotated(text):
            notes.add(None, "import-text-not-kept", last.body[-1].number, text=text)
            last.body.pop()


def _lost_one(node: Node, later: list[Node]) -> bool:
    """Do the numbers running on say one measure lost its number at the end of `node` (…3 | 5…)?"""
    last = next((c.label.number for c in reversed(node.children) if c.label.number is not None), None)
    first = next((c.label.number for n in later for c in n.children if c.label.number is not None), None)
    return last is not None and first == last + 2


def closing_call(text: str) -> bool:
    k = key(text).strip()
    return bool(CALL_SUBJECT_RE.match(k) and CALL_URGE_RE.search(k) and CALL_WHOLE_RE.search(k)) and not annotated(text)


def _restarts(nodes: list[Node]) -> bool:
    """Do measure numbers start again in each section? Each section votes: back to a lower number
    than the last section ended on, or on from it ("1" lost from "11" must not outvote the rest)."""
    votes, last = 0, None
    for node in nodes:
        numbers = [c.label.number for c in node.children if c.label.number is not None]
        if numbers and last is not None:
            votes += 1 if numbers[0] <= last else -1
        last = numbers[-1] if numbers else last
    return votes > 0


def goals(node: Node, notes) -> Goals:
    """Goals text and targets; a numbered goal that is only a target ("1.…达到90%以上；") leaves the text."""
    g = Goals()
    kept, found = [], []
    for number, paragraph in _goal_lines(node):
        text, targets = extract(paragraph)
        found += targets
        if text.strip("；;，,。 "):
            kept.append(number + text if number and text == paragraph else text)
    g.text = "\n".join(kept)
    for f in found:
        if f.target is None:
            notes.add(g, "import-target-placeholder", node.number, name=f.name, value=f.value)
        else:
            g.targets.append(f.target)
    return g


def _goal_lines(node: Node):
    """(its number, paragraph) for the goals part: body paragraphs, then numbered goals."""
    for p in node.body:
        yield "", p.text
    for child in node.children:
        yield (child.raw or child.head)[: len(child.raw or child.head) - len(child.head)], child.head
        yield from _goal_lines(child)


def _container(node: Node, notes) -> list[Node]:
    """The sections under 工作措施 — or the block itself, when its items are measures."""
    if not (node.children and any(c.is_heading for c in node.children)):
        return [node]
    if node.body:  # an introduction to the sections has no place in a plan: keep it in a comment
        notes.add(None, "import-text-not-kept", node.body[0].number, text="\n".join(p.text for p in node.body))
    return node.children


def _sectioned(nodes: list[Node], notes) -> list[Node]:
    """Measures with no section heading above them go into one section."""
    if not nodes or any(n.is_heading for n in nodes):
        return nodes
    notes.add(None, "import-one-section", nodes[0].number)
    return [Node(HEAD, "工作措施", nodes[0].number, children=nodes)]
