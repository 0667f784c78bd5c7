"""The document's particulars: title (and its repeats), subtitle, 发文字号, kind, speaker and date
lines at the top, the signature and date at the end.

Year and organisation are settled in `particulars.py`, which may need the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .labels import cn_value, label_of
from .normalize import Line, key, squeeze

TITLE_WORDS = re.compile(
    r"要点|工作重点|重点工作|工作计划|工作安排|工作思路|工作谋划|工作总结|工作报告|讲话|发言|致辞|报告|"
    r"实施方案|行动方案|工作方案|任务清单|任务分解|工作任务|重点任务|主要任务|计划|意见|安排")
TITLE_END_RE = re.compile(f"(?:{TITLE_WORDS.pattern})$")
# No such word: a short first line naming a year or an issuing body is the title all the same.
PLAIN_TITLE_RE = re.compile(r"(19|20)\d{2}年|(局|厅|委|政府|学校|中心)$")
SPEECH_WORDS = re.compile(r"讲话|发言|致辞|报告")
NOTICE_RE = re.compile(r"关于印发(.+?)的通知")
ATTACHMENT_RE = re.compile(r"^附件\d*[:：]")
COVER_RE = re.compile(r"现将.{0,60}印发|印发给你们")  # the cover letter's one paragraph
MASTHEAD_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}文件$")  # 红头: "临川市教育局文件"
SALUTATION_RE = re.compile(r"^(同志们|各位领导|各位代表|各位来宾|老师们|朋友们)[、,，!！:：]")
DOCNUM_YEAR = r"[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,4}号"  # 〔2026〕3号 or 〔2026〕第3号, after the issuer's 临教发
DOCNUM_RE = re.compile(rf"^[\u4e00-\u9fff]{{0,12}}{DOCNUM_YEAR}$")  # the issuer may be left out: 〔2026〕3号
CN_DATE = "〇零一二三四五六七八九十"
DATE = rf"(\d{{4}}|[{CN_DATE}]{{4}})年([\d{CN_DATE}]{{1,3}})月([\d{CN_DATE}]{{1,3}})日"
DATE_RE = re.compile(rf"^[(（]?{DATE}[)）]?$")
SPEAKER_RE = re.compile(r"^(.{0,24}?(?:局长|书记|主任|厅长|校长|县长|市长|区长|委员|部长|处长|主席))\s*([\u4e00-\u9fff·]{2,4})$")
ORG_END = ("局", "厅", "委", "委员会", "办公室", "政府", "中心", "部", "办")
SIGNER_RE = re.compile(r"(教育局|教体局|教育和体育局|教育体育局|教育厅|教委|教育委员会|人民政府)$")
TITLE_MAX = 60
TOP = 8  # the title and its particulars stand in the first few paragraphs


@dataclass
class Header:
    title: str = ""
    title_line: int = 0
    subtitle: str = ""
    doc_number: str = ""
    kind: str = "workpoints"
    speaker: str = ""
    speaker_title: str = ""
    date: str | None = None
    issued: str | None = None
    signed_by: str = ""
    cover_doc_number: str = ""  # a cover notice's (关于印发…的通知): the plan's when the attachment has none
    cover_issued: str | None = None


def read_header(paragraphs: list[Line], kind: str | None = None) -> tuple[Header, list[Line]]:
    """The header, and the paragraphs that remain for the body."""
    head = Header()
    rest = _take_title(paragraphs, head)
    rest = _take_top_lines(rest, head)
    rest = _take_signature(rest, head)
    head.doc_number = head.doc_number or head.cover_doc_number
    head.issued = head.issued or head.cover_issued
    head.kind = kind or guess_kind(head, rest)
    return head, rest


def is_title(text: str) -> bool:
    k = key(text)
    return (len(k) <= TITLE_MAX and label_of(text) is None and not k.endswith(("。", "，", ",", "；", ":"))
            and bool(TITLE_WORDS.search(k)) and not k.startswith(("——", "--")))


def _take_title(paragraphs: list[Line], head: Header) -> list[Line]:
    paragraphs = _unwrap_notice(paragraphs, head)
    for i, p in enumerate(paragraphs[:2]):  # a slogan title over "——在…会议上的讲话"
        if i + 1 < len(paragraphs) and squeeze(paragraphs[i + 1].text).startswith(("——", "--", "－－")) \
                and len(p.text) <= TITLE_MAX and is_plain_title(p.text):
            head.title, head.title_line = p.text.strip(), p.number
            return paragraphs[:i] + paragraphs[i + 1:]
    for i, p in enumerate(paragraphs[:TOP]):
        if is_title(p.text) and not SALUTATION_RE.match(key(p.text)):
            start = i - 1 if i and org_line(paragraphs[i - 1].text) and not org_line(p.text) else i
            title = "".join(q.text.strip() for q in paragraphs[start: i + 1])  # 平阳市教育局 / 2025年工作要点
            head.title, head.title_line = title, paragraphs[start].number
            before = [q for q in paragraphs[:start] if not _same(q.text, title)]
            after = [q for q in paragraphs[i + 1: i + 1 + TOP] if not _same(q.text, title)]
            return before + after + paragraphs[i + 1 + TOP:]
    first = paragraphs[0] if paragraphs else None
    if first and len(first.text) <= 40 and PLAIN_TITLE_RE.search(first.text) and is_plain_title(first.text):
        head.title, head.title_line = first.text.strip(), first.number
        return paragraphs[1:]
    return paragraphs


def is_plain_title(text: str) -> bool:
    k = key(text)
    return label_of(text) is None and not re.search(r"[。，,；;：:！？!?]", k)


def _unwrap_notice(paragraphs: list[Line], head: Header) -> list[Line]:
    """"关于印发《…2025年工作要点》的通知": the document is the attachment; the cover letter
    (addressees, one paragraph, signature, date) goes, and so does the notice title — its 发文字号 and
    date are kept aside, for a plan whose attachment has none of its own."""
    for i, p in enumerate(paragraphs[:TOP]):
        m = NOTICE_RE.search(key(p.text))
        if not m:
            continue
        inner = m.group(1).strip("《》〈〉")
        for j in range(i + 1, min(len(paragraphs), i + 4 * TOP)):
            text = squeeze(paragraphs[j].text)  # not the cover letter's "附件：…" line
            if is_title(text) and squeeze(inner) in text and not ATTACHMENT_RE.match(text):
                _cover_particulars(paragraphs[i + 1: j], head)
                return paragraphs[:i] + paragraphs[j:]
        org = p.text[: m.start()].strip()  # 临川市教育局关于印发《2026年工作要点》的通知, not 《临川市教育局…》 twice
        title = inner if squeeze(inner).startswith(squeeze(org)) else org + inner
        end = _cover_end(paragraphs, i)
        _cover_particulars(paragraphs[i + 1: end], head)
        return paragraphs[:i] + [Line(title, p.number)] + paragraphs[end:]
    return paragraphs


def _cover_end(paragraphs: list[Line], notice: int) -> int:
    """Where the cover letter under the notice title ends when no attachment title follows it: after the
    date under its signature, if a 现将…印发给你们 paragraph and a signature come first; else right after the
    notice title."""
    for j in range(notice + 2, min(len(paragraphs), notice + TOP)):
        if DATE_RE.match(squeeze(paragraphs[j].text)):
            letter = paragraphs[notice + 1: j - 1]
            if org_line(paragraphs[j - 1].text) and any(COVER_RE.search(key(q.text)) for q in letter):
                return j + 1
            break
    return notice + 1


def _cover_particulars(cover: list[Line], head: Header) -> None:
    """The cover letter's 发文字号 (under its title) and date (under its signature, the last one)."""
    for p in cover:
        k = squeeze(p.text)
        if DOCNUM_RE.match(k) and not head.cover_doc_number:
            head.cover_doc_number = p.text.strip()
        elif DATE_RE.match(k):
            head.cover_issued = iso_date(k) or head.cover_issued


def _same(a: str, b: str) -> bool:
    """Repeats of the title: the same text, or the same but for lost digits (207年 for 2017年)."""
    sa, sb = squeeze(a), squeeze(b)
    if sa == sb or sa.strip("•·") == sb:
        return True
    letters_a, letters_b = re.sub(r"\d", "", sa), re.sub(r"\d", "", sb)
    return letters_a == letters_b and len(letters_a) >= 4


def _take_top_lines(paragraphs: list[Line], head: Header) -> list[Line]:
    rest = []
    for i, p in enumerate(paragraphs):
        k = squeeze(p.text)
        if i < TOP and k.startswith(("——", "--", "－－")) and not head.subtitle:
            head.subtitle = p.text.strip().lstrip("—-－ ")
        elif i < TOP and MASTHEAD_RE.match(k):
            continue
        elif i < TOP and DOCNUM_RE.match(k) and not head.doc_number:
            head.doc_number = p.text.strip()
        elif i < TOP and DATE_RE.match(k) and head.date is None:
            head.date = iso_date(k)
        elif i < TOP and (m := SPEAKER_RE.match(key(p.text).strip())) and not head.speaker:
            head.speaker_title, head.speaker = m.group(1).strip(), m.group(2)
        else:
            rest.append(p)
    return rest


def _take_signature(paragraphs: list[Line], head: Header) -> list[Line]:
    """The last lines: an organisation and a date (成文日期) under a work-points document."""
    rest = list(paragraphs)
    dated = bool(rest) and bool(DATE_RE.match(squeeze(rest[-1].text)))
    if dated:
        head.issued = iso_date(squeeze(rest.pop().text))
    # undated, only a name that is plainly an issuing body (or the title's own) signs the text
    if rest and org_line(rest[-1].text) and (dated or SIGNER_RE.search(squeeze(rest[-1].text))
                                               or head.title.startswith(rest[-1].text.strip())):
        head.signed_by = rest.pop().text.strip()
    return rest


def org_line(text: str) -> bool:
    k = squeeze(text)
    return 2 <= len(k) <= 30 and k.endswith(ORG_END) and not re.search(r"[。，,；;：:]", k)


def guess_kind(head: Header, paragraphs: list[Line]) -> str:
    if SPEECH_WORDS.search(head.title + head.subtitle) and not re.search(r"工作报告$", head.title):
        return "speech"
    if head.speaker or any(SALUTATION_RE.match(key(p.text)) for p in paragraphs[:4]):
        return "speech"
    return "workpoints"


def iso_date(text: str) -> str | None:
    """2026年2月25日 or 二〇二六年二月二十五日 → 2026-02-25."""
    m = DATE_RE.match(text)
    if not m:
        return None
    year, month, day = (_digits(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _digits(text: str) -> int:
    return int(text) if text.isdigit() else cn_value(text.replace("〇", "零"))
