"""Numeric targets in prose → Target: 学前三年毛入园率达92%以上 → (92, %, >=),
义务教育辍学率控制在0.5%以内 → (0.5, %, <=), 新增学位3000个 → (3000, 个, >=).

A run of clauses that are all targets (the list after "主要指标达到：") is taken out of the text,
since the renderer writes targets back as prose; a target inside a longer sentence stays in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Target
from .normalize import key

VERBS = {
    "达到": "=", "达": "=", "提高到": ">=", "提升到": ">=", "提高至": ">=", "提升至": ">=", "增加到": ">=",
    "增至": ">=", "不低于": ">=", "不少于": ">=", "稳定在": "=", "保持在": "=", "巩固在": "=", "为": "=",
    "控制在": "<=", "不超过": "<=", "不高于": "<=", "低于": "<", "少于": "<", "高于": ">", "超过": ">",
}
# "达92%" names a value; "达92%以上" a floor (the renderer writes = as 达到, >= as 达…以上)
TAILS = {"以上": ">=", "及以上": ">=", "以内": "<=", "以下": "<=", "左右": "="}
UNITS = ("%", "个百分点", "万人次", "万人", "万元", "亿元", "平方米", "小时", "万", "所", "个", "人", "名", "座",
         "间", "项", "家", "套", "次", "元", "亩", "天", "节", "门", "支", "场", "批", "处", "件")
_verbs = "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True))
CLAUSE_RE = re.compile(
    rf"^(?P<name>[^\d%]{{2,30}}?)(?P<verb>{_verbs})?(?P<value>\d+(?:\.\d+)?|[xX×]+)"
    rf"(?P<unit>{'|'.join(map(re.escape, UNITS))})?(?P<tail>及以上|以上|以内|以下|左右)?$")
# "新增学位3000个": the verb comes first, and a count of what is to be added is a floor
GROWTH_RE = re.compile(r"^(?:(?:确保|力争|全年|年内)?(?:新增|新建|新改扩建|改扩建|新招聘|招聘|培训|培养|创建|建成|增加))")
LEADING = re.compile(r"^(?:确保|力争|努力|实现|使|其中|并且|并|且|和|以及|同时)")
CLAUSE_SEP = re.compile(r"[，,；;、]")


@dataclass
class Found:
    target: Target | None  # None when the value is a placeholder (x%)
    name: str
    value: str


def parse_clause(clause: str) -> Found | None:
    """One clause as a target, or None when it is not one."""
    text = clause.strip()
    k = key(text)  # same length as `text`, so positions carry over
    m = CLAUSE_RE.match(k)
    growth = bool(m and m.group("unit") and GROWTH_RE.match(m.group("name")))
    if not m or not (m.group("verb") or m.group("tail") or growth) or not re.search(r"[\u4e00-\u9fff]", m.group("name")):
        return None
    lead = LEADING.match(k)
    name = text[lead.end() if lead else 0: m.end("name")].strip()
    value = m.group("value")
    if not value[0].isdigit():
        return Found(None, name, value)
    number = float(value)
    cmp = TAILS.get(m.group("tail") or "") or VERBS.get(m.group("verb") or "", ">=")
    target = Target(name=name, value=int(number) if number.is_integer() else number, unit=m.group("unit") or "",
                    cmp=cmp)
    return Found(target, name, value)


def extract(text: str) -> tuple[str, list[Found]]:
    """(text without its pure target lists, the targets found in it)."""
    found: list[Found] = []
    kept: list[str] = []
    for sentence in re.findall(r"[^。！？]+[。！？]?", text):
        head, colon, tail = sentence.rpartition("：") if "：" in sentence else sentence.rpartition(":")
        body = tail.rstrip("。！？")
        clauses = [c for c in CLAUSE_SEP.split(body) if c.strip()]
        parsed = [parse_clause(c) for c in clauses]
        if clauses and all(p and p.target for p in parsed):
            found.extend(parsed)
            kept.append(head + colon)
        else:
            found.extend(p for p in parsed if p)
            kept.append(sentence)
    return "".join(kept).strip(), found


# A measure's own targets as render writes them after its text: （目标：…达2小时以上；…）
OWN_TARGETS_RE = re.compile(r"[（(]目标[：:](?P<targets>(?:[^（）()]|[（(][^（）()]*[）)])+)[）)]\s*\Z")  # 图书馆（室）…
# …in render's own wording (templates/macros.j2 `target`); the unit is whatever stands between the number
# and the tail or the end (期, 人次, none), so any unit a plan has comes back
RENDERED = {"ge": ("达", "以上", ">="), "le": ("控制在", "以内", "<="), "gt": ("超过", "", ">"), "lt": ("低于", "", "<"),
            "eq": ("达到", "", "=")}
RENDERED_RE = re.compile("^(?P<name>.+?)(?:" + "|".join(
    rf"{verb}(?P<value_{k}>-?\d+(?:\.\d+)?)(?P<unit_{k}>[^0-9]*?){tail}" for k, (verb, tail, _) in RENDERED.items())
    + ")$")


def rendered_target(clause: str) -> Target | None:
    """A clause as render writes one target (集中学习研讨达12次以上, 专题轮训达到1期), else None."""
    m = RENDERED_RE.match(clause.strip())
    if not m:
        return None
    k = next(k for k in RENDERED if m.group(f"value_{k}") is not None)
    if m.group(f"unit_{k}").endswith(tuple(TAILS)):  # 达到100%以上: not render's, read as prose
        return None
    number = float(m.group(f"value_{k}"))
    return Target(name=m.group("name"), value=int(number) if number.is_integer() else number,
                  unit=m.group(f"unit_{k}"), cmp=RENDERED[k][2])


def own_targets(text: str) -> tuple[str, list[Target]]:
    """(text without its closing （目标：…）, the measure's own targets in it). A clause not in render's
    wording is read as a target in prose; one that is no target with a value (全面提升体质, 达x%以上)
    stays in the text, in the bracket, and the others are taken out."""
    m = OWN_TARGETS_RE.search(text)
    if not m:
        return text, []
    targets, kept = [], []
    for clause in (c.strip() for c in re.split(r"[；;]", m.group("targets")) if c.strip()):
        found = parse_clause(clause)
        target = rendered_target(clause) or (found.target if found else None)
        if target:
            targets.append(target)
        else:
            kept.append(clause)
    if not targets:
        return text, []
    rest = text[:m.start()].rstrip()
    return rest + ("（目标：" + "；".join(kept) + "）" if kept else ""), targets
