"""Year and issuing organisation: from the options, the title, the text, or the page — in that
order of trust — with a note whenever the answer is a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .header import ORG_END, Header
from .measures import TO_FILL
from .normalize import Line, key

YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
# "2021年全市教育工作的总体要求", "2025年是…之年", "部署2026年工作", "2026年重点工作任务"
TEXT_YEAR_RES = (
    re.compile(r"(?:部署|安排|谋划|做好)((?:19|20)\d{2})年"),
    re.compile(r"((?:19|20)\d{2})年(?:重点|主要)?工作(?:任务|安排|要点|重点)"),
    re.compile(r"((?:19|20)\d{2})年(?:是|全市|全县|全区|全州|全旗|全省|全盟|本市|我市|我县|我区|教育|.{0,12}?工作的?总体)"),
)
PLACE = r"[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|旗|盟)"
ORG_IN_TEXT = re.compile(PLACE + r"(?:教育(?:和|与)?(?:体育|科技|科学技术)?局|教体局|教育委员会|教育厅)")
ORG_AT_START = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:教育(?:和|与)?(?:体育|科技)?局|教体局|教育委员会|教育厅|教委)")
PLACE_IN_TEXT = re.compile(r"(?:^|《|“)([\u4e00-\u9fff]{2,3}?(?:市|县|区|州|旗))(?=[\u4e00-\u9fff“《])")
NOT_PLACE = set("全本各我该城省县区市超都门上集夜开入出返内外两三四五六七八九十")
SPEAKER_ORG = re.compile(r"^([\u4e00-\u9fff]{2,16}?(?:局|厅|委员会|教委))(?=[\u4e00-\u9fff、]{1,12}$)")
BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区州旗盟]")
BARE_BODY = re.compile(r"[省市县区州旗盟本我全]?(?:教育(?:和|与)?(?:体育|科技|科学技术)?局|教体局|教育厅|教委|教育委员会|"
                       r"(?:人民)?政府|局|厅|委员会)")
SPEECH_TITLE = "{year}年工作会议讲话"
WORKPOINTS_TITLE = "{org}{year}年工作要点"


def settle_year(head: Header, body: list[Line], page_dates: list[str], given: int | None, note) -> int:
    if given:
        return given
    for text in (head.title, head.subtitle):
        if m := YEAR_RE.search(key(text)):
            return int(m.group(1))
    opening = key("\n".join(p.text for p in body[:6]))
    for pattern in TEXT_YEAR_RES:
        if m := pattern.search(opening):
            note("import-year-from-text", body[0].number if body else 0, year=m.group(1))
            return int(m.group(1))
    if page_dates:
        year = int(Counter(page_dates).most_common(1)[0][0])
        note("import-year-from-page", 0, year=year)
        return year
    year = date.today().year
    note("import-year-missing", 0, year=year)
    return year


def settle_org(head: Header, body: list[Line], given: str | None, note) -> str:
    """The org as given, else from the title, the signature or a speaker's title — the first full name
    among them (临川市教育局), or the first found with a note when none is one (平度市, 教育局) — else
    guessed from the text, noted."""
    if given:
        return given
    found = [(org, line) for org, line in _stated_orgs(head) if org]
    for org, _ in found:
        if full_org(org):
            return org
    if found:
        org, line = found[0]
        named, count = _most_named(ORG_IN_TEXT, _text(body))  # 平度市 in the title, 平度市教育体育局 in the text
        if named and count >= 2 and _completes(named, org):
            note("import-org-guessed", 0, org=named, count=count)
            return named
        note("import-org-incomplete", line, org=org)
        return org
    return _guess(body, note)


def _stated_orgs(head: Header) -> list[tuple[str, int]]:
    """Where the document names its issuer, most trusted first, with the line (0: not known)."""
    stated = []
    title = key(head.title)
    if m := YEAR_RE.search(title):
        prefix = head.title[: m.start()].strip()
        if len(prefix) >= 2 and (prefix.endswith(ORG_END) or re.search(r"[省市县区州旗盟]$", prefix)):
            stated.append((prefix, head.title_line))
    if m := ORG_AT_START.match(title):
        stated.append((head.title[: m.end()], head.title_line))
    stated.append((head.signed_by, 0))
    if m := SPEAKER_ORG.match(head.speaker_title):  # 临川市教育局局长 → 临川市教育局
        stated.append((m.group(1), 0))
    return stated


def full_org(org: str) -> bool:
    """Whether `org` names an issuing body in full: not a bare place (平度市) nor a body without its
    place (教育局, 市教育局, 县教体局)."""
    k = key(org)
    return not (BARE_PLACE.fullmatch(k) or BARE_BODY.fullmatch(k))


def _completes(named: str, org: str) -> bool:
    """Whether the full name `named` is what the partial `org` stands for: it begins with the place
    (平度市 → 平度市教育体育局) or ends with the body (市教育局 → 临川市教育局)."""
    k = key(org)
    body = k.lstrip("省市县区州旗盟本我全")
    return named.startswith(k) if BARE_PLACE.fullmatch(k) else len(body) >= 2 and named.endswith(body)


def _text(body: list[Line]) -> str:
    return key("\n".join(p.text for p in body))


def _most_named(pattern: re.Pattern, text: str) -> tuple[str, int]:
    """The name `pattern` finds most often in `text`, and how often ("", 0: none); "各县区教育局",
    "全市…" are collective, not a name."""
    found = Counter(o for o in pattern.findall(text) if o[0] not in NOT_PLACE)
    return found.most_common(1)[0] if found else ("", 0)


def _guess(body: list[Line], note) -> str:
    text = _text(body)
    for pattern in (ORG_IN_TEXT, PLACE_IN_TEXT):
        org, count = _most_named(pattern, text)
        if count >= 2:
            note("import-org-guessed", 0, org=org, count=count)
            return org
    note("import-org-missing", 0)
    return TO_FILL


def make_title(head: Header, org: str, year: int, note) -> str:
    if head.title:  # a web page's ２０２４年 must read as the year it is
        return re.sub(r"[０-９]", lambda m: key(m.group()), head.title)
    pattern = SPEECH_TITLE if head.kind == "speech" else WORKPOINTS_TITLE
    title = pattern.format(org=org, year=year)
    note("import-title-missing", 0, title=title)
    return title
