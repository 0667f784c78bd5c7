"""Web and PDF debris: lines that belong to the page, not to the document.

Recognised by families of patterns (a site's banner, "collected by", counters, navigation,
comments, copyright, page numbers), on the text with spaces removed, because sites space such
lines out to dodge filters. Also: truncated or repeated copies of a paragraph (page summaries),
and a document's own table of contents before its body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .normalize import Line, key, squeeze

SHORT = 80  # debris lines are short; a body paragraph that merely mentions 来源 is not debris
COPY_MIN = 50  # a repeated paragraph is long; short lines of a wrapped page may repeat by chance

# Each family matches the squeezed line (no spaces, full-width folded).
FAMILIES = [
    # collected / compiled / reprinted by a site
    r"^本文(由|来自|转自|来源|系)", r"由.{0,20}(网|站|平台|频道|文库|号).{0,8}(收集|整理|提供|编辑|发布|转载)",
    r"^转载(请|须|时)", r"^(链接|原文|本文)(地址|链接|网址)", r"^网址:", r"^(https?://|www\.)",
    r"^(来源|作者|编辑|责任编辑|审核|审校|校对|供稿|发布|发布者|发布人|发布机构|信息来源|文章来源|稿件来源|"
    r"发布时间|发布日期|时间|日期|录入|录入者|字体|字号)[:|]",
    # counters, dates of the page, print and share controls
    r"(浏览|阅读|点击|访问)(次数|量|数|人数)(:|\d|$)", r"^(浏览|阅读|点击|人气|热度)[:：]?\d*次?$", r"更新(时间|日期):",
    r"【?字(体|号)[:：]?(大|中|小)+", r"^(打印|关闭|收藏|分享)(本页|窗口|此页|到)?$", r"^(分享到|扫一扫|微信扫一扫)",
    r"^(【?(大|中|小|默认|打印|关闭|收藏|分享|返回|字体|打印本页|关闭窗口|加入收藏|返回顶部|相关链接)】?)+$",
    # navigation
    r"^(当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)[:：>]", r"^首页[>›»/]", r"^(上|下)一(篇|条|页|章)",
    r"^(返回|回到)(首页|顶部|列表|上一页)", r"^今天是", r"^(推荐|相关|热门|最新|精彩|猜你|延伸|更多|其他|最近)"
    r"(专题|文章|阅读|推荐|链接|公文|范文|内容|资料|文档|更新|喜欢|搜索)",
    # comments
    r"^(网友|用户|读者|我要|发表|查看|最新|全部|热门)?评论", r"评论(功能)?(已)?关闭", r"^(点赞|顶|踩|举报)\d*$",
    # copyright and site footer
    r"版权所有", r"copyright", r"©", r"icp(备|证)", r"公网安备", r"^(主办|承办|协办|技术支持|网站支持|维护)(单位)?[:：]",
    r"^(联系电话|联系我们|投稿邮箱|电子邮箱|邮箱)[:：]",
    # the 版记 at the foot of a printed 公文
    r"^(抄送|抄报|主题词|分送)[:：]", r"\d{4}年\d{1,2}月\d{1,2}日印发$", r"^(附件|附)[:：]?\d*$",
]
DEBRIS_RE = re.compile("|".join(f"(?:{f})" for f in FAMILIES), re.IGNORECASE)
STRONG_RE = re.compile(r"^(本文|转载|抄送|抄报|主题词|分送)")  # debris even when it ends with a full stop
BREADCRUMB_RE = re.compile(r"^[^>›»]{1,24}([>›»][^>›»]{1,40}){2,}$")
# PDF page numbers and separators: "— 3 —", "-3-", "第3页共10页", "3/10", "•", "* * *".
PAGE_RE = re.compile(r"^[-—–_=*•·.·\s]*(第?\d{1,3}页?(共\d{1,3}页)?|\d{1,3}/\d{1,3})?[-—–_=*•·.·\s]*$")
BULLET_RE = re.compile(r"^[•·●◆◇■□▪▶►\-*]+\s*")
DATE_RE = re.compile(r"(20\d{2}|19\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")
TOC_HEAD_RE = re.compile(r"^目录$")
TOC_ENTRY_RE = re.compile(r"(\.{3,}|…{2,}|·{3,}|\s)\s*\d{1,3}$")


def is_debris(text: str) -> bool:
    s = squeeze(text)
    if not s:
        return False
    if PAGE_RE.match(s):
        return True
    if len(s) > SHORT or (s.endswith("。") and not STRONG_RE.match(s)):
        return False
    return bool(DEBRIS_RE.search(s) or BREADCRUMB_RE.match(s))


def remove_debris(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """Lines without debris, and the page dates found in the debris (a last hint of the year)."""
    kept, dates = [], []
    for line in lines:
        text = BULLET_RE.sub("", line.text) if line.text[:1] in "•·●◆◇■□▪▶►" else line.text
        if is_debris(text):
            dates += [m.group(1) for m in DATE_RE.finditer(squeeze(text))]
            continue
        kept.append(replace(line, text=text))
    return drop_copies(drop_toc(kept)), dates


def drop_copies(lines: list[Line]) -> list[Line]:
    """Drop a paragraph that a later one repeats: exactly, as a prefix, or as a '...' page summary."""
    texts = [squeeze(line.text) for line in lines]
    keep = []
    for i, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if len(text) >= COPY_MIN and _copied(text, texts[i + 1: i + 6]):
            continue
        keep.append(line)
    return keep


def _copied(text: str, later: list[str]) -> bool:
    summary = text.endswith(("...", "…")) and not text.endswith("……")
    body = text.rstrip(".…。,，;；")
    for other in later:
        if not other:
            continue
        if other.startswith(body) or (summary and other[:20] == text[:20]):
            return True
    return False


def drop_toc(lines: list[Line]) -> list[Line]:
    """A table of contents before the body: a 目录 line and the entries up to the first repeat."""
    texts = [key(line.text) for line in lines]
    for i, text in enumerate(texts[:40]):
        if TOC_HEAD_RE.match(text.replace(" ", "")):
            return lines[:i] + lines[_toc_end(texts, i + 1):]
    entries = [i for i, t in enumerate(texts[:60]) if TOC_ENTRY_RE.search(t) and len(t) < 60]
    if len(entries) >= 3:
        first, last = entries[0], entries[-1]
        if all(not texts[j] or j in entries for j in range(first, last + 1)):
            return lines[:first] + lines[last + 1:]
    return lines


def _toc_end(texts: list[str], start: int) -> int:
    """The entries run on while lines end with a page number; the body starts after them."""
    end = start
    while end < len(texts) and (not texts[end] or TOC_ENTRY_RE.search(texts[end])):
        end += 1
    return end
