"""Department annotations at the end of a measure, in the forms bureaus write them.

（牵头：A  配合：B、C等） （A） （责任科室：A、B） （牵头单位：A；配合单位：B） （牵头单位：A；责任单位：B）
（A牵头，B配合） （A牵头，B分工负责）, the same without brackets after the last sentence, or on
lines of their own (责任单位：A、B。 / 牵头单位：A + 配合单位：B). Names may contain brackets
(人事处（人才工作处）); lists are separated by 、，,；; or spaces, and a trailing 等 is dropped.
People beside them (责任人：张三, 分管领导：李四 — in the same bracket, a bracket of their own, or a
line of their own) are no departments: they are kept as written, for a note, since a plan has no
place for them. A due date may stand in a bracket of its own beside the departments: （牵头：A）（6月底前）.
Names with no label in a department bracket (（张三；牵头：A）, （王五，A牵头，B配合）, （A；张三）) are departments
when they read like one (or the registry knows them), a due when they read like a date, and otherwise
kept as written, for the same note as people: nothing in the bracket is dropped. So are names after a
department list that read as no department: after a ；or a space in a labelled list (（配合：思教科；李四）), or
a person's name anywhere in it (（配合：思教科、李四）, （办公室、王五））. 妇联, 残联, 科协 and the like are departments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import key

_UNIT = r"(?:单位|科室|部门|处室|股室|机构)?"
PERSON_LABEL = r"(?:主要|第一)?(?:牵头|责任|分管|主管|联系|负责|包联|包保|督办)(?:局|校)?(?:领导|人|局长|副局长)"
ROLE_LABELS = [  # (role, label regex); the label must be followed by a colon
    ("person", PERSON_LABEL),
    ("lead", r"牵头" + _UNIT), ("lead", r"主责" + _UNIT), ("lead", r"主办" + _UNIT), ("lead", r"承办" + _UNIT),
    ("duty", r"(?:主要)?责任" + _UNIT), ("lead", r"负责" + _UNIT),
    ("support", r"(?:配合|协办|协助|参与|协同|会同)" + _UNIT),
    ("due", r"(?:完成)?(?:时限|时间|时间节点|进度)(?:要求|安排)?"),
]
# 牵头单位：A, and 【牵头单位】A as some bureaus print it
LABEL_RE = re.compile("(?:【\\s*)?(?:" + "|".join(f"(?P<{role}{i}>{rx})" for i, (role, rx) in enumerate(ROLE_LABELS))
                      + r")(?:\s*】\s*:?|\s*:)\s*")
VERB_RE = re.compile(r"(牵头|主责|牵总|负总责|(?:按照?职责)?分工(?:负责|落实|配合)|(?:按照?职责)?(?:共同负责|抓好落实)|"
                     r"负责|配合|协助|协办|参与|协同|落实)$")
_WHEN = r"(?:\d{4}年)?(?:\d{1,2}月份?(?:\d{1,2}日)?|[上下]半年|第?[一二三四]季度|年)?(?:上旬|中旬|下旬|初|中|底|末)?"
# a due in a bracket of its own (6月底前, 2026年3月-6月, 全年), taken only beside a department bracket
DUE_ALONE_RE = re.compile(rf"(?=.*[\d年季]){_WHEN}(?:[-—~至到]{_WHEN})?(?:前|以前|之前)?(?:完成)?|全年|长期(?:坚持)?|持续推进")
LEAD_VERBS = {"牵头", "主责", "牵总", "负总责", "负责"}
SEP_RE = re.compile(r"[、，,；;/]|\s{1,}")
CLAUSE_RE = re.compile(r"[，,；;。]")
ETC_RE = re.compile(r"(?:等|及)(?:相关|有关|其他)?(?:单位|部门|科室|处室)?$")
# "…、单位按职责分工负责": what a name does is not part of it; a bare "单位" is no name
DOES_RE = re.compile(r"(?:按照?职责)?(?:分工)?(?:负责|配合|落实|参与|协助)$")
GENERIC = {"单位", "部门", "科室", "处室", "相关单位", "有关单位", "相关部门", "有关部门"}
LEAD_MARK_RE = re.compile(r"[（(]牵头[)）]$")
DEPT_SUFFIXES = ("科", "室", "处", "办", "局", "中心", "院", "所", "站", "队", "会", "委", "部", "组", "馆", "校",
                 "团", "股", "厅", "司", "单位", "园", "社", "台", "政府")
COLLECTIVE_SUFFIXES = ("区", "县", "市", "镇", "街道", "学", "乡")  # 各县区, 各中小学
# organisations known by a short name that ends like no department (县妇联; 团委, 工会, 关工委, 共青团
# and 少先队 end in 委, 会, 团 and 队 already)
ORG_NAMES = ("妇联", "残联", "科协", "文联", "侨联", "工商联", "社科联")
# a person's name: a common surname and one or two more characters — no department, no organisation, no place
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
               "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
               "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
               "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
               "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
               "麻苑迟邝")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "司徒")
NOT_NAMES = {"安全", "文明", "文化", "文旅", "文体", "文广", "金融", "卫生", "卫健", "司法", "党建", "党务", "党政", "林业",
             "农业", "商务", "应急", "高中", "高校", "高职", "全县", "全市", "全区", "全局", "全体", "全省", "全员", "武装",
             "武警", "史志", "宗教", "师生", "师资", "成员", "方案", "常规", "时间", "时限", "华侨", "宣传", "统战", "司法所"}
PLACE_ENDS = tuple("区县市镇乡村省州旗盟")
APART_RE = re.compile(r"\s*[；;]?\s*")  # what sets names apart from the labelled ones before them
OPEN, CLOSE = "(（[【〔", ")）]】〕"
TAIL = "。；;，, "


@dataclass
class Annotation:
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    due: str | None = None
    people: list[str] = field(default_factory=list)  # "责任人：张三" as written
    strays: list[str] = field(default_factory=list)  # unlabelled words that are no department ("张三"), as written

    def __bool__(self) -> bool:  # it names departments
        return bool(self.lead or self.support)

    @property
    def empty(self) -> bool:
        return not (self or self.due or self.people or self.strays)


def merge(into: Annotation, note: Annotation | None) -> None:
    """Add what `note` says to `into`; what `into` says already stays first."""
    if note is None:
        return
    into.lead += [n for n in note.lead if n not in into.lead]
    into.support += [n for n in note.support if n not in into.support and n not in into.lead]
    into.due = into.due or note.due
    into.people += [p for p in note.people if p not in into.people]
    into.strays += [p for p in note.strays if p not in into.strays]


def split_annotation(text: str, known: set[str] = frozenset()) -> tuple[str, Annotation | None]:
    """(text without its annotation, the annotation) — or (text, None) when it has none."""
    stripped = text.rstrip(TAIL)
    found = _bracketed(stripped, known) or _inline(stripped, known)
    if not found:
        return text, None
    start, note = found
    body = text[:start].rstrip()
    after = text[len(stripped):].strip()
    if body and body[-1] not in "。！？!?；;" and after[:1] in ("。", "；", ";"):
        body += after[0]  # "…体系（牵头：A）。" keeps its full stop on the text
    return body, note


def parse_line(text: str, known: set[str] = frozenset()) -> Annotation | None:
    """A line that is nothing but an annotation (责任单位：A、B。 or （牵头：A 配合：B）)."""
    stripped = text.strip().rstrip(TAIL)
    found = _bracketed(stripped, known)
    if found and found[0] == 0:
        return found[1]
    note = labeled(stripped, known)
    return note if note is not None and LABEL_RE.match(key(stripped)) else None


def _bracketed(text: str, known) -> tuple[int, Annotation] | None:
    """The annotation in the brackets that end `text`, one or several side by side.

    Unlabelled brackets (a list of names, a date) count only after the departments: in
    "开展活动（少先队）（牵头：团委）" the first bracket is text, and "（2021-2025年）" alone is too.
    """
    start, parts, dues = len(text), [], 0
    while (rest := text[:start].rstrip(TAIL)).endswith(tuple(CLOSE)):
        opening = matching_open(rest)
        if opening is None:
            break
        content, unlabelled = rest[opening + 1: -1], not any(parts)
        note = parse_content(content, known, plain=unlabelled)
        if note is None and unlabelled and DUE_ALONE_RE.fullmatch(key(content).strip()):
            note, dues = Annotation(due=content.strip()), dues + 1
        if note is None:
            break
        parts.insert(0, note)
        start = opening
    if len(parts) == dues:
        return None
    found = Annotation()
    for note in parts:
        merge(found, note)
    return start, found


def matching_open(text: str) -> int | None:
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] in CLOSE:
            depth += 1
        elif text[i] in OPEN:
            depth -= 1
            if depth == 0:
                return i
    return None


def depth(text: str) -> int:
    """How many brackets are open at the end of `text`."""
    return sum((c in OPEN) - (c in CLOSE) for c in text)


def _inline(text: str, known) -> tuple[int, Annotation] | None:
    """A labelled annotation after the last sentence: "…体系。责任科室：A、B等"."""
    k = key(text)
    for m in LABEL_RE.finditer(k):
        if depth(k[: m.start()]) > 0:  # （牵头：A 配合：B）（责任人：C）: 配合 is inside a bracket
            continue
        if (m.start() == 0 or k[m.start() - 1] in "。；;!?！？ ") and "。" not in k[m.start():]:
            note = labeled(text[m.start():], known)
            return None if note is None else (m.start(), note)
    return None


def parse_content(content: str, known: set[str] = frozenset(), plain: bool = True) -> Annotation | None:
    """What is inside the brackets: labelled, verb form (A牵头，B配合), or (if `plain`) a plain list of names."""
    if LABEL_RE.search(key(content)):
        return labeled(content, known)
    if VERB_RE.search(key(content).rstrip("。")):
        return _verbs(content, known)
    if not plain:
        return None
    names = split_names(content)
    if not names:
        return None
    if not all(dept_like(n, known) for n in names):
        return _names_then_strays(content, known)
    marked = [LEAD_MARK_RE.sub("", n) for n in names if LEAD_MARK_RE.search(n)]  # （A（牵头）、B）
    if marked:
        return Annotation(marked, [n for n in names if not LEAD_MARK_RE.search(n)])
    return Annotation(names[:1], names[1:])


def labeled(content: str, known=frozenset()) -> Annotation | None:
    k = key(content)
    marks = list(LABEL_RE.finditer(k))
    if not marks:
        return None
    note, duty = Annotation(), []
    ahead = content[: marks[0].start()].strip().rstrip(TAIL)
    verbs = _verbs(ahead, known) if any(VERB_RE.search(key(c).strip()) for c in CLAUSE_RE.split(ahead)) else None
    if verbs:  # （A牵头，B配合；时限：…）
        note.lead, note.support, note.due, note.strays = verbs.lead, verbs.support, verbs.due, verbs.strays
    elif ahead:  # （财务科；配合单位：基教科）: unlabelled names lead; （张三；牵头：A）: 张三 is kept for a note
        note.lead, note.due, note.strays = _unlabelled(ahead, known)
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        role = re.sub(r"\d+$", "", m.lastgroup)
        value = content[m.end(): nxt.start() if nxt else len(content)].strip().rstrip(TAIL)
        if role == "due":
            note.due = value or None
        elif role == "person":
            if value:
                note.people.append(content[m.start(): m.end()].strip() + value)
        else:
            names, due, strays = _listed(value, known)
            {"lead": note.lead, "support": note.support, "duty": duty}[role].extend(names)
            note.due, note.strays = note.due or due, note.strays + strays
    if duty and note.lead:  # 责任单位 beside 牵头 names the others
        note.support[:0] = duty
    elif duty:  # alone, its first name leads
        note.lead, note.support = duty[:1], duty[1:] + note.support
    return None if note.empty else note


def _verbs(content: str, known) -> Annotation | None:
    """（A牵头，B、C配合）; a clause without a verb (（A，B配合）, （张三，A牵头）) is read as _unlabelled reads it,
    its departments leading when no clause says 牵头."""
    note = Annotation()
    clauses = [c.strip() for c in CLAUSE_RE.split(content) if c.strip()]
    leads = any((m := VERB_RE.search(key(c))) and m.group(1) in LEAD_VERBS for c in clauses)
    for clause in clauses:
        m = VERB_RE.search(key(clause))
        if not m:
            names, due, strays = _unlabelled(clause, known)
            note.due, note.strays = note.due or due, note.strays + strays
            if names and not leads and not note.lead:
                note.lead, names = names[:1], names[1:]
            note.support += names
            continue
        names = split_names(clause[: m.start()].removeprefix("由"))
        if not names or not all(dept_like(n, known) for n in names):
            return None
        lead_clause = m.group(1) in LEAD_VERBS and not note.lead
        (note.lead if lead_clause else note.support).extend(names)
    note.support = [n for i, n in enumerate(note.support) if n not in note.lead and n not in note.support[:i]]
    return note or None


def _unlabelled(text: str, known) -> tuple[list[str], str | None, list[str]]:
    """Names written without a label: (departments, a due, the rest as written).

    The rest is the whole text as written when nothing in it is a department or a due ("张三、李四"),
    else each word that is neither."""
    names, due, strays = [], None, []
    for raw, _ in _parts(text):
        name = _clean(raw)
        if not name or name in GENERIC:
            continue
        if dept_like(name, known):
            names.append(name)
        elif due is None and DUE_ALONE_RE.fullmatch(key(raw)):
            due = raw
        else:
            strays.append(raw)
    if strays and not names and due is None:
        strays = [text.strip().rstrip(TAIL)]
    return names, due, strays


def _names_then_strays(content: str, known) -> Annotation | None:
    """A bracket with no label and no verb whose names are not all departments: an annotation only
    when departments come first and the rest stands apart after a ；or a space (（办公室；张三）,
    （基础教育科、教研室　王五）), or is people's names (（办公室、王五））, so "（博物馆、科技馆、红色基地）"
    and "（实验小学；张三）" stay text."""
    parts = [(raw, sep, _clean(raw)) for raw, sep in _parts(content)]
    parts = [(raw, sep, name) for raw, sep, name in parts if name and name not in GENERIC]
    first = next((i for i, (_, _, name) in enumerate(parts) if not dept_like(name, known)), 0)
    if first == 0:
        return None
    if APART_RE.fullmatch(parts[first][1]) and not any(dept_like(name, known) for _, _, name in parts[first:]):
        names, strays = [name for _, _, name in parts[:first]], [raw for raw, _, _ in parts[first:]]
    elif all(dept_like(name, known) or person_like(name, known) for _, _, name in parts[first:]):
        names = [name for _, _, name in parts if dept_like(name, known)]
        strays = [raw for raw, _, name in parts if not dept_like(name, known)]
    else:
        return None
    return Annotation(names[:1], names[1:], strays=strays)


def _listed(text: str, known) -> tuple[list[str], str | None, list[str]]:
    """A labelled list of names (配合：A、B；张三): (departments, a due, the rest as written). A person's name
    is never a department; after a ；or a space a name must read as a department (or a date: the due)."""
    names, due, strays, apart = [], None, [], False
    for raw, sep in _parts(text):
        name = _clean(raw)
        apart = apart or bool(names) and bool(APART_RE.fullmatch(sep))
        if not name or name in GENERIC:
            continue
        if person_like(name, known) or apart and not dept_like(name, known):
            if due is None and DUE_ALONE_RE.fullmatch(key(raw)):
                due = raw
            else:
                strays.append(raw)
        else:
            names.append(name)
    return names, due, strays


def split_names(text: str) -> list[str]:
    """Names separated at depth 0 (brackets inside a name stay), 等 and empty parts dropped."""
    names = [_clean(raw) for raw, _ in _parts(text)]
    return [n for n in names if n and n not in GENERIC]


def _parts(text: str) -> list[tuple[str, str]]:
    """(part as written, the separators between it and the part before) at depth 0; no empty parts."""
    parts, depth, start, sep = [], 0, 0, ""
    for i, c in enumerate(text + "、"):
        depth += (c in OPEN) - (c in CLOSE)
        if depth == 0 and (SEP_RE.match(c) or i == len(text)):
            raw = text[start:i].strip()
            if raw:
                parts.append((raw, sep))
                sep = ""
            sep += c
            start = i + 1
    return parts


def _clean(part: str) -> str:
    return DOES_RE.sub("", ETC_RE.sub("", part.strip()).strip())


def dept_like(name: str, known=frozenset()) -> bool:
    """Does `name` read like a department (局办公室, 思教科, 教育工会, 各县区教育局…)?"""
    if name in known:
        return True
    core = re.sub(r"[（(][^（()）]*[)）]$", "", name)  # 人事处（人才工作处） → 人事处
    if not 2 <= len(core) <= 20 or re.search(r"[。，,；;：:\d%“”\"]", core):
        return False
    return core.endswith(DEPT_SUFFIXES + ORG_NAMES) or (core.startswith("各") and core.endswith(COLLECTIVE_SUFFIXES))


def person_like(name: str, known=frozenset()) -> bool:
    """Does `name` read like a person's name (李四, 欧阳明华) rather than a department or organisation?"""
    if name in known or name in NOT_NAMES or dept_like(name) or name.endswith(PLACE_ENDS):
        return False
    given = name[2:] if name.startswith(COMPOUND_SURNAMES) else name[1:] if name[:1] in SURNAMES else ""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,2}", given))
