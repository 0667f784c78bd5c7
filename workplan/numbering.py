"""Chinese document numbering, in one place: 一、 （一） 1. （1） ①.

Numbers are never stored in a plan; they follow from order. A section is 一、 when it stands at
the top of the document and （一） when it sits under 三、工作措施 (or a speech's 三、…任务);
measures are 1. (continuous across sections or restarting, per `numbering`), their sub-measures
（1）, and the level below ①.
"""

from __future__ import annotations

from .model import Measure, Plan

DIGITS = "零一二三四五六七八九"
CHINESE_MAX = 99
CIRCLED_MAX = 20


def chinese(n: int) -> str:
    """1..99 as Chinese numerals: 一 … 十 … 十一 … 二十 … 九十九."""
    if not 1 <= n <= CHINESE_MAX:
        raise ValueError(f"Chinese numbering supports 1..{CHINESE_MAX}, not {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")
    return head + (DIGITS[ones] if ones else "")


def circled(n: int) -> str:
    """① … ⑳, then （21） — Word's own fallback past twenty."""
    return chr(0x2460 + n - 1) if 1 <= n <= CIRCLED_MAX else f"（{n}）"


def heading(n: int) -> str:
    """Level 1: 三"""
    return chinese(n)


def subheading(n: int) -> str:
    """Level 2: （三）"""
    return f"（{chinese(n)}）"


def label(number: str) -> str:
    """The number as it precedes a heading: 三 → 三、, 5 → 5., others stand as they are."""
    if number and number[0] in DIGITS + "十":
        return number + "、"
    if number.isascii() and number.isdigit():  # "①".isdigit() is True too
        return number + "."
    return number


def sections_at_top(plan: Plan, kind: str | None = None) -> bool:
    """Sections are 一、 when nothing precedes them at the top level (no 工作思路/工作目标, not a speech)."""
    kind = kind or plan.kind
    return kind == "workpoints" and not plan.ideas and not plan.goals


def section_numbers(plan: Plan, kind: str | None = None) -> list[str]:
    number = heading if sections_at_top(plan, kind) else subheading
    return [number(i) for i in range(1, len(plan.sections) + 1)]


def measure_numbers(plan: Plan, numbering: str | None = None) -> dict[int, str]:
    """id(measure) → its printed number, for every measure at every level."""
    continuous = (numbering or plan.numbering) == "continuous"
    numbers: dict[int, str] = {}
    count = 0
    for section in plan.sections:
        if not continuous:
            count = 0
        for m in section.measures:
            count += 1
            numbers[id(m)] = str(count)
            _number_children(m, 1, numbers)
    return numbers


def _number_children(parent: Measure, depth: int, numbers: dict[int, str]) -> None:
    style = (lambda i: f"（{i}）") if depth == 1 else circled
    for i, child in enumerate(parent.measures, 1):
        numbers[id(child)] = style(i)
        _number_children(child, depth + 1, numbers)
