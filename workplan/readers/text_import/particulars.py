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
    if given:
        return given
    title = key(head.title)
    if m := YEAR_RE.search(title):
        prefix = head.title[: m.start()].strip()
        if len(prefix) >= 2 and (prefix.endswith(ORG_END) or re.search(r"[省市县区州旗盟]$", prefix)):
            return prefix
    if m := ORG_AT_START.match(title):
        return head.title[: m.end()]
    if head.signed_by:
        return head.signed_by
    if m := SPEAKER_ORG.match(head.speaker_title):  # 临川市教育局局长 → 临川市教育局
        return m.group(1)
    return _guess(body, note)


def _guess(body: list[Line], note) -> str:
    text = key("\n".join(p.text for p in body))
    # "各县区教育局", "全市…" are collective, not a name
    orgs = Counter(o for o in ORG_IN_TEXT.findall(text) if o[0] not in NOT_PLACE)
    places = Counter(p for p in PLACE_IN_TEXT.findall(text) if p[0] not in NOT_PLACE)
    for found in (orgs, places):
        if found and found.most_common(1)[0][1] >= 2:
            org, count = found.most_common(1)[0]
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
