"""The numbers Word shows in front of list paragraphs, computed from numbering.xml.

A list paragraph's text does not contain its number: Word draws it from the paragraph's (or its
style's) numId and level, the level's format (decimal, chineseCounting, decimalEnclosedCircle…)
and pattern ("（%1）", "%1、"), counting on from the paragraphs before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...numbering import chinese, circled

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
LEGAL = "零壹贰叁肆伍陆柒捌玖"
STEMS = "甲乙丙丁戊己庚辛壬癸"


def val(element, path: str) -> str | None:
    found = element.find(path, NS) if element is not None else None
    return found.get(f"{{{W}}}val") if found is not None else None


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


def formatted(n: int, fmt: str) -> str:
    if fmt.startswith(("chineseCounting", "japaneseCounting", "taiwaneseCounting", "ideographDigital")):
        return chinese(n) if 1 <= n <= 99 else str(n)
    if fmt == "chineseLegalSimplified" and 1 <= n <= 9:
        return LEGAL[n]
    if fmt in ("ideographTraditional", "ideographZodiac") and 1 <= n <= 10:
        return STEMS[n - 1]
    if fmt.startswith("decimalEnclosedCircle"):
        return circled(n)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += letters * count
    return out


class Numbering:
    def __init__(self, xml: bytes | None, styles):
        from lxml import etree

        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_num = style_property(styles, _numbered)
        if xml:
            self._read(etree.fromstring(xml))

    def _read(self, root) -> None:
        for a in root.findall("w:abstractNum", NS):
            levels = {}
            for lvl in a.findall("w:lvl", NS):
                levels[int(lvl.get(f"{{{W}}}ilvl", "0"))] = Level(
                    int(val(lvl, "w:start") or 1), val(lvl, "w:numFmt") or "decimal", val(lvl, "w:lvlText") or "")
            self.abstract[a.get(f"{{{W}}}abstractNumId")] = levels
        for num in root.findall("w:num", NS):
            overrides = {int(o.get(f"{{{W}}}ilvl", "0")): int(val(o, "w:startOverride"))
                         for o in num.findall("w:lvlOverride", NS) if val(o, "w:startOverride")}
            self.nums[num.get(f"{{{W}}}numId")] = (val(num, "w:abstractNumId"), overrides)

    def label(self, p) -> str:
        """The number Word shows before paragraph `p` ('' for none or a bullet)."""
        num_id, ilvl = val(p, "w:pPr/w:numPr/w:numId"), val(p, "w:pPr/w:numPr/w:ilvl")
        if num_id is None:
            style = val(p, "w:pPr/w:pStyle")
            num_id, style_lvl = self.style_num.get(style, (None, None))
            ilvl = ilvl or style_lvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level_no = int(ilvl or 0)
        level = levels.get(level_no)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        # lists that restart with their own numId count on their own; others share the abstract list
        counters = self.counters.setdefault(num_id if overrides else f"a{abstract_id}", {})
        start = overrides.get(level_no, level.start)
        counters[level_no] = counters[level_no] + 1 if level_no in counters else start
        for deeper in [k for k in counters if k > level_no]:
            del counters[deeper]
        return re.sub(r"%(\d)", lambda m: self._part(int(m.group(1)) - 1, counters, levels), level.text)

    @staticmethod
    def _part(level_no: int, counters: dict[int, int], levels: dict[int, Level]) -> str:
        level = levels.get(level_no, Level())
        return formatted(counters.get(level_no, level.start), level.fmt)


def style_property(styles, read) -> dict:
    """styleId → read(style) for every style, inherited through basedOn where a style has none."""
    if styles is None:
        return {}
    own, based = {}, {}
    for s in styles.findall("w:style", NS):
        sid = s.get(f"{{{W}}}styleId")
        based[sid] = val(s, "w:basedOn")
        value = read(s)
        if value is not None:
            own[sid] = value
    result = {}
    for sid in based:
        seen, cur = set(), sid
        while cur and cur not in own and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur in own:
            result[sid] = own[cur]
    return result


def _numbered(style):
    num_id = val(style, "w:pPr/w:numPr/w:numId")
    return (num_id, val(style, "w:pPr/w:numPr/w:ilvl")) if num_id is not None else None
