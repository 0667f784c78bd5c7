"""The plan and the department registry as plain dataclasses: no I/O, no formatting.

Field metadata carries the user documentation (Chinese and English) and is the single source the
YAML reader and the JSON Schema generator both read, so the format is described in one place.
Positions (`where`) are kept out of equality so that `==` and diff ignore line numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, NewType

# A department reference list: YAML may give one name or a list of names.
Names = NewType("Names", list)
# Free-form text fields that accept a date or a word (due: 2026-06 | 全年); validated by checks.
DateText = NewType("DateText", str)

KINDS = ("workpoints", "speech")
NUMBERINGS = ("continuous", "per-section")
CMPS = (">=", "<=", "=", ">", "<")
# The top-level keys that mark a plan file (a registry has departments; other YAML has neither).
PLAN_KEYS = frozenset({"title", "org", "year", "sections"})
MAX_MEASURE_DEPTH = 3  # a section's measures plus at most two more levels (SPEC §2)
# The lead `import` writes where a document names none: a department still to be decided, never printed.
UNDECIDED = "待定"
# In a 任务分解表, between the title of a parent with no row of its own and its sub-measure's (render writes
# it, import reads it back).
WITHIN = "："


class Pos(NamedTuple):
    """1-based line and column of a value in its source file.

    A named tuple, not a frozen dataclass: the reader makes one per value (11,000 for a plan of
    1,000 measures), and a tuple costs half the time and a third of the memory."""

    file: str
    line: int
    column: int


def doc(zh: str, en: str, *, required: bool = False, choices: tuple = (), **extra) -> dict:
    return {"zh": zh, "en": en, "required": required, "choices": choices, **extra}


def _where() -> dict:
    return field(default_factory=dict, compare=False, repr=False)


@dataclass
class Target:
    """A numeric goal (学前三年毛入园率达92%以上), of the plan or of one measure."""

    id: str | None = field(default=None, metadata=doc("指标标识，跨年度保持不变", "stable identifier"))
    name: str = field(default="", metadata=doc("指标名称，如 学前三年毛入园率", "target name", required=True))
    value: float | None = field(default=None, metadata=doc("目标值（数字）", "numeric value", required=True))
    unit: str = field(default="", metadata=doc("单位，如 %、所、人", "unit, e.g. %"))
    cmp: str = field(
        default=">=",
        metadata=doc("比较：>= 达…以上，<= 控制在…以内，=，>，<", "comparison", choices=CMPS, choice_code="bad-cmp"),
    )
    where: dict[str, Pos] = _where()


@dataclass
class Measure:
    """A numbered measure: title, text, lead and support departments, due, its own targets and sub-measures."""

    id: str | None = field(default=None, metadata=doc("措施标识，跨年度保持不变", "stable identifier"))
    title: str = field(default="", metadata=doc("措施标题（不含编号和句号）", "measure title", required=True))
    text: str = field(default="", metadata=doc("措施正文", "measure text"))
    lead: Names = field(default_factory=list, metadata=doc("牵头科室：一个名称或名称列表", "lead department(s)"))
    support: Names = field(default_factory=list, metadata=doc("配合科室", "supporting departments"))
    due: DateText | None = field(
        default=None, metadata=doc("完成时限：YYYY、YYYY-MM、YYYY-MM-DD，或 全年/长期 等", "deadline")
    )
    targets: list[Target] = field(default_factory=list, metadata=doc("本措施的量化指标", "targets"))
    measures: list[Measure] = field(default_factory=list, metadata=doc("子措施（最多再两级）", "sub-measures"))
    where: dict[str, Pos] = _where()


@dataclass
class Section:
    """A part of the measures (（一）…), with its own measures."""

    id: str | None = field(default=None, metadata=doc("部分标识", "stable identifier"))
    title: str = field(default="", metadata=doc("部分标题", "section title", required=True))
    text: str = field(default="", metadata=doc("部分导语（可选）", "optional introduction"))
    measures: list[Measure] = field(default_factory=list, metadata=doc("本部分的工作措施", "measures"))
    where: dict[str, Pos] = _where()


@dataclass
class Goals:
    """工作目标: the goals' text and their targets."""

    text: str = field(default="", metadata=doc("工作目标总述", "goals text"))
    targets: list[Target] = field(default_factory=list, metadata=doc("量化指标", "numeric targets"))
    where: dict[str, Pos] = _where()


@dataclass
class Item:
    """One titled paragraph of a speech's review (回顾) or problems (问题)."""

    title: str = field(default="", metadata=doc("小标题", "heading", required=True))
    text: str = field(default="", metadata=doc("正文", "text"))
    where: dict[str, Pos] = _where()


@dataclass
class Speech:
    """A speech's own parts: speaker, date, salutation, opening and closing."""

    speaker: str = field(default="", metadata=doc("讲话人", "speaker"))
    speaker_title: str = field(default="", metadata=doc("讲话人职务", "speaker's title"))
    occasion: str = field(default="", metadata=doc("会议名称", "occasion"))
    date: DateText | None = field(default=None, metadata=doc("讲话日期 YYYY-MM-DD", "date"))
    salutation: str = field(default="同志们：", metadata=doc("称呼", "salutation"))
    opening: str = field(default="", metadata=doc("开场白", "opening"))
    closing: str = field(default="", metadata=doc("结束语", "closing"))
    where: dict[str, Pos] = _where()


@dataclass
class Plan:
    """One year's plan: work points (工作要点) or the chief's speech (讲话稿)."""

    title: str = field(default="", metadata=doc("文件标题，如 临川市教育局2026年工作要点", "title", required=True))
    org: str = field(default="", metadata=doc("发文机关", "issuing organisation", required=True))
    year: int = field(default=0, metadata=doc("年度", "year", required=True))
    kind: str = field(default="workpoints", metadata=doc("文种：workpoints 工作要点 | speech 讲话稿", "kind", choices=KINDS))
    issued: DateText | None = field(default=None, metadata=doc("成文日期 YYYY-MM-DD", "date issued"))
    doc_number: str = field(default="", metadata=doc("发文字号，如 临教发〔2026〕3号", "document number"))
    departments: str = field(default="", metadata=doc("科室名册文件，默认为同目录的 departments.yaml", "registry file"))
    numbering: str = field(
        default="continuous",
        metadata=doc("措施编号：continuous 全文连续 | per-section 每部分重新编号", "numbering", choices=NUMBERINGS),
    )
    preamble: str = field(default="", metadata=doc("总体要求（开头段）", "preamble"))
    ideas: list[str] = field(default_factory=list, metadata=doc("工作思路：段落列表", "guiding ideas"))
    goals: Goals | None = field(default=None, metadata=doc("工作目标", "goals"))
    sections: list[Section] = field(default_factory=list, metadata=doc("工作措施：按部分分组", "sections"))
    speech: Speech | None = field(default=None, metadata=doc("讲话稿信息（kind: speech）", "speech parts"))
    review: list[Item] = field(default_factory=list, metadata=doc("上年工作回顾", "review of last year"))
    problems: list[Item] = field(default_factory=list, metadata=doc("存在的主要问题", "main problems"))
    where: dict[str, Pos] = _where()
    source: str = field(default="", compare=False, repr=False)

    def all_measures(self) -> list[Measure]:
        """Every measure, depth first, in document order."""
        return [m for s in self.sections for m in walk(s.measures)]

    def all_targets(self) -> list[Target]:
        goal_targets = self.goals.targets if self.goals else []
        return goal_targets + [t for m in self.all_measures() for t in m.targets]


def walk(measures: list[Measure]):
    for m in measures:
        yield m
        yield from walk(m.measures)


@dataclass
class Department:
    """One department of the registry, with the other names it goes by."""

    name: str = field(default="", metadata=doc("文件中使用的规范名称", "name printed in documents", required=True))
    full_name: str = field(default="", metadata=doc("全称", "full name"))
    aliases: list[str] = field(default_factory=list, metadata=doc("别名、旧称", "aliases"))
    where: dict[str, Pos] = _where()


@dataclass
class Group:
    """A collective reference that stands for named departments: 局各科室 → every 科室 of the bureau."""

    name: str = field(default="", metadata=doc("泛指的写法，如 局各科室", "the collective reference, e.g. 局各科室",
                                                 required=True))
    members: Names = field(default_factory=list, metadata=doc("它指哪些科室（名册中的名称）", "the departments it stands for",
                                                              required=True))
    where: dict[str, Pos] = _where()


@dataclass
class Registry:
    """departments.yaml: the bureau's departments, their groups and placeholders."""

    org: str = field(default="", metadata=doc("机关名称", "organisation"))
    departments: list[Department] = field(default_factory=list, metadata=doc("科室列表", "departments", required=True))
    placeholders: list[str] = field(
        default_factory=list, metadata=doc("泛指（只能用于配合），如 局各科室", "collective references (support only)")
    )
    groups: list[Group] = field(default_factory=list, metadata=doc(
        "泛指各指哪些科室：某科室的任务分解表也列出它以泛指配合的任务", "which departments each collective reference stands for"))
    where: dict[str, Pos] = _where()
    source: str = field(default="", compare=False, repr=False)

    def names(self) -> list[str]:
        return [d.name for d in self.departments]

    def index(self) -> dict[str, str]:
        """Every name, full name and alias → the registry name (build once, look up many)."""
        index = {}
        for d in self.departments:
            for alias in [*d.aliases, d.full_name]:
                if alias:
                    index.setdefault(alias, d.name)
        index.update({d.name: d.name for d in self.departments})
        return index

    def collective(self) -> frozenset[str]:
        """Names allowed in support only: the placeholders and the groups."""
        return frozenset(self.placeholders) | {g.name for g in self.groups}

    def members(self) -> dict[str, tuple[str, ...]]:
        """Group name → the registry names of its members, in the group's order (an alias counts as
        its department)."""
        index, collective = self.index(), self.collective()
        return {g.name: tuple(dict.fromkeys(index.get(n, n) for n in g.members if n not in collective))
                for g in self.groups}

