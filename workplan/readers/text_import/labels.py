"""The number at the start of a line, in every form bureaus use: 一、 （一） 1. 1、 （1） 1) ① 第一部分 第一，.

A label has a family (what kind of counter it is) and a variant (how it is punctuated), so that
a document using both 1. and 1、 can be told apart from one that mixes them by mistake. Digits
glued to the text ("2强化宣传", where a web copy lost the dot) count only when a short title
sentence follows, so "30个乡镇…" and "58%的学校…" stay text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...numbering import DIGITS
from .normalize import key

CN = "一二三四五六七八九十"

PATTERNS = [  # (family, variant, regex on key()); the first group is the number
    ("part", "part", re.compile(rf"^第([{CN}]{{1,3}})(?:部分|章|篇)\s*[、.:]?\s*")),
    ("ord", ",", re.compile(rf"^第([{CN}]{{1,3}})\s*[,、:]\s*(?=\S)")),  # 第一，要… in speeches
    ("cn", "、", re.compile(rf"^([{CN}]{{1,3}})\s*[、.]\s*")),
    ("pcn", "()", re.compile(rf"^\(\s*([{CN}]{{1,3}})\s*\)\s*[、.,]?\s*")),
    ("par", "()", re.compile(r"^\(\s*(\d{1,2})\s*\)\s*[、.,]?\s*")),
    ("par", ")", re.compile(r"^(\d{1,2})\)\s*")),
    ("ar", "、", re.compile(r"^(\d{1,3})\s*、(?!\d)\s*")),
    ("ar", ".", re.compile(r"^(\d{1,3})\s*\.(?![\d%])\s*")),
    ("lost", "()", re.compile(r"^\(\s*\)\s*")),
]
GLUED_RE = re.compile(r"^(\d{1,3})(?=[\u4e00-\u9fff“\"《])")
# What follows a number that is a quantity, not a label: 30个, 5所, 2项, 12月, 33中 …
UNITS = set("个所名人万亿元年月日号项次家座间套台件处条届期批类种支级米周倍余多位点部本户亩吨辆千百十岁门节篇场中小大栋层床册份幅轮")
TITLE_MAX = 30  # a measure title is a short sentence; longer first sentences are body text
SENTENCE_END = "。！？!?"
SPECIAL = {}  # code point → (family, number): circled and parenthesised number characters
for i in range(20):
    SPECIAL[0x2460 + i] = ("circ", i + 1)   # ① … ⑳
    SPECIAL[0x2474 + i] = ("par", i + 1)    # ⑴ … ⒇
    SPECIAL[0x2488 + i] = ("ar", i + 1)     # ⒈ … ⒛
for i in range(10):
    SPECIAL[0x2776 + i] = ("circ", i + 1)   # ❶ … ❿
    SPECIAL[0x2780 + i] = ("circ", i + 1)   # ➀ … ➉
    SPECIAL[0x3220 + i] = ("pcn", i + 1)    # ㈠ … ㈩
for i in range(15):
    SPECIAL[0x3251 + i] = ("circ", i + 21)  # ㉑ … ㉟


@dataclass(frozen=True)
class Label:
    family: str  # part | ord | cn | pcn | ar | par | circ | lost (brackets whose number was lost)
    variant: str
    number: int | None
    end: int  # the label's length in the line; the heading or text starts here

    @property
    def style(self) -> str:
        return f"{self.family}{self.variant}"


def cn_value(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23."""
    if "十" not in text:
        return int("".join(str(DIGITS.index(c)) for c in text)) if text else 0
    tens, _, ones = text.partition("十")
    return (DIGITS.index(tens) if tens else 1) * 10 + (DIGITS.index(ones) if ones else 0)


def label_of(text: str, expect: int | None = None) -> Label | None:
    """The label at the start of `text`, or None; `expect` is the next item number, if known."""
    k = key(text)
    special = SPECIAL.get(ord(k[0])) if k else None
    if special:
        end = 1 + len(k[1:]) - len(k[1:].lstrip(" 、.,"))
        return Label(special[0], "", special[1], end)
    for family, variant, pattern in PATTERNS:
        m = pattern.match(k)
        if m:
            number = _number(m.group(1)) if m.groups() else None
            return Label(family, variant, number, m.end())
    return _glued(k, expect)


def _number(digits: str) -> int:
    return int(digits) if digits.isdigit() else cn_value(digits)


def _glued(k: str, expect: int | None) -> Label | None:
    m = GLUED_RE.match(k)
    if not m:
        return None
    expected, titled, unit = int(m.group(1)) == expect, title_like(k[m.end():]), k[m.end()] in UNITS
    # a unit after the digits means a quantity, unless the number is the one due and a title follows
    if not ((titled and not unit) or (expected and (titled or not unit))):
        return None
    return Label("ar", "glued", int(m.group(1)), m.end())


def title_like(text: str) -> bool:
    """A short first sentence (…。) or a short line with no sentence in it."""
    cut = min((i for i in (text.find(c) for c in SENTENCE_END) if i >= 0), default=-1)
    if cut >= 0:
        return 2 <= cut <= TITLE_MAX
    return 2 <= len(text) <= TITLE_MAX and not text.endswith(("，", ","))


def strong(text: str) -> bool:
    """Labels that only ever start a line: a hard wrap never puts 一、 or （一） at a line start by chance."""
    lab = label_of(text)
    return lab is not None and lab.family in ("part", "ord", "cn", "pcn", "par", "circ")
