"""Text → clean lines: line breaks, HTML tags and entities (also mangled ones), invisible characters.

The text users see keeps its own punctuation (full-width or not); `key()` gives a detection form
in which full-width forms are folded to ASCII (NFKC, character by character so that positions in
the key and in the original line are the same).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass

# Line breaks: \r\n, lone \r (old Mac, some web copies), Unicode separators, Word's vertical tab.
BREAK_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
INVISIBLE_RE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u034f]")
SPACES = " \t\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}
HTML_HINT_RE = re.compile(r"<(?:p|div|br|span|li|td|html|body)\b", re.IGNORECASE)
# Entities as web pages mangle them: &nbsp; lost its n (&bsp;), &gt; its g (&t;), a missing ';'.
ENTITY_RE = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{1,8});?")
MANGLED = {"bsp": "\u00a0", "nbs": "\u00a0", "nsp": "\u00a0", "t": ">", "g": ">", "l": "<"}
# A no-break space from an entity next to Chinese text is layout, not a word space.
NBSP_NEAR_CJK_RE = re.compile(r"(?<=[^\x00-\x7f])[\u00a0\u2002\u2003]+|[\u00a0\u2002\u2003]+(?=[^\x00-\x7f])")


@dataclass
class Line:
    """One line of the document: its text and where it came from (1-based line or paragraph)."""

    text: str
    number: int
    indent: bool = False  # the line began with spaces: in a PDF copy, a paragraph's first line
    level: int = 0  # a Word heading's outline level (1 = 标题 1), 0 for body text


def lines_of(text: str) -> list[Line]:
    """Non-empty, cleaned lines; an empty line is kept as '' (paragraph breaks matter)."""
    if HTML_HINT_RE.search(text):
        text = strip_tags(text)
    from .tables import text_tables

    text = BREAK_RE.sub("\n", text)
    return [Line(clean(raw), index + 1, raw[:1] in SPACES and bool(raw.strip(SPACES)))
            for index, raw in text_tables(text.split("\n"))]


def clean(raw: str) -> str:
    text = INVISIBLE_RE.sub("", unescape(raw)).strip(SPACES)
    return NBSP_NEAR_CJK_RE.sub("", text).replace("\u00a0", " ").replace("\t", " ")


def unescape(text: str) -> str:
    if "&" not in text:
        return text
    return ENTITY_RE.sub(_entity, text)


def _entity(match: re.Match) -> str:
    name = match.group(1)
    if name.lower() in MANGLED and not match.group(0).endswith(";") and len(name) < 3:
        return match.group(0)  # "&t" without ';' is ordinary text (A&t…)
    decoded = html.unescape("&" + name + ";")
    if decoded != "&" + name + ";":
        return decoded
    if name.lower() == "t":
        # &t; is &gt; or &lt; with a letter lost: after an open '<' it closes it
        before = match.string[: match.start()]
        return ">" if before.rfind("<") > before.rfind(">") else "<"
    return MANGLED.get(name.lower(), match.group(0))


def strip_tags(text: str) -> str:
    """A saved web page: block tags become line breaks, other tags vanish, scripts and styles go."""
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", text)
    text = re.sub(r"(?s)<!--.*?-->", "", text)
    return TAG_RE.sub(lambda m: "\n" if m.group(2).lower() in BLOCK_TAGS else "", text)


def _fold_table() -> dict[int, str]:
    """Full-width ASCII, ideographic and no-break spaces → their NFKC form, one character each."""
    table = {}
    for code in [*range(0xFF01, 0xFF5F), 0x3000, 0x00A0, *range(0x2000, 0x200B), *range(0xFE50, 0xFE6C)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


FOLD = _fold_table()
FOLD_RE = re.compile("[" + "".join(map(chr, FOLD)) + "]")


@functools.lru_cache(maxsize=8192)  # the same paragraph is looked at by several steps
def key(text: str) -> str:
    """Detection form of `text`: same length, full-width punctuation and digits as ASCII."""
    return FOLD_RE.sub(lambda m: FOLD[ord(m.group())], text)


def squeeze(text: str) -> str:
    """`key()` without any spaces: debris such as "本文 由第 一 公 文网" is spaced out on purpose."""
    return re.sub(r"\s+", "", key(text))
