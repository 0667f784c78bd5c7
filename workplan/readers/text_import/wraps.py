"""Lines → paragraphs: undo the hard line wraps of text copied out of a PDF or a fixed-width page.

A copied PDF breaks every line at the page width, so a line can start with "58%" or "30个" in the
middle of a sentence. We recognise such a document by its many "open" lines (not ending a
sentence) of nearly the same display width, and join an open full-width line with the next one
unless the next starts a new numbered heading. In other documents only an unmistakably cut
paragraph (long, open) is joined with what follows.
"""

from __future__ import annotations

from dataclasses import replace

from ...report import cell_width
from .labels import TITLE_MAX, label_of, strong
from .normalize import Line

CLOSERS = "。！？；：…”’」』）)》】〕!?;:>"
NEVER_FIRST = "，。、；：？！）》”’」』】〕,.;:?!)"  # punctuation no paragraph starts with
MIN_OPEN = 16  # shorter open lines are headings, not wrapped text
WRAPPED_SHARE = 0.6  # share of open lines within a few cells of the page width
OPEN_SHARE = 0.3  # in a wrapped document most lines are open; headings alone never come near


def is_open(text: str) -> bool:
    """Long enough not to be a heading, and stopping mid-sentence (or inside brackets)."""
    if len(text) < MIN_OPEN:
        return False
    return text[-1] not in CLOSERS or _depth(text) > 0


def _depth(text: str) -> int:
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")


def page_width(lines: list[Line]) -> int | None:
    """The width a wrapped document was cut at, or None when it was not hard-wrapped."""
    # numbered headings are often long and open, and a speech has many: they say nothing of the page
    texts = [line.text for line in lines if len(line.text) >= MIN_OPEN and not strong(line.text)]
    widths = sorted(cell_width(t) for t in texts if is_open(t))
    if len(widths) < 3 or len(widths) < OPEN_SHARE * len(texts):
        return None
    top = widths[int(len(widths) * 0.8)]
    near = sum(1 for w in widths if top - 6 <= w <= top + 2)
    return top if near >= WRAPPED_SHARE * len(widths) else None


def paragraphs(lines: list[Line]) -> list[Line]:
    """Join wrapped lines; blank lines end paragraphs unless a paragraph was plainly cut."""
    full = page_width(lines)
    indents = full is not None and _indented(lines)
    out: list[Line] = []
    joinable = False  # may the next non-blank line continue the last paragraph?
    for line in lines:
        if not line.text:
            continue
        goes_on = joinable or line.text[0] in NEVER_FIRST or (indents and not line.indent)
        if out and goes_on and not _starts_item(line.text):
            out[-1] = replace(out[-1], text=out[-1].text + line.text)
        else:
            out.append(line)
        joinable = _cut(line.text, out[-1].text, full)
    return out


def _indented(lines: list[Line]) -> bool:
    """Does the document mark each paragraph by indenting its first line (and only that)?"""
    texts = [line for line in lines if line.text]
    share = sum(line.indent for line in texts) / max(len(texts), 1)
    return 0.1 <= share <= 0.7


def _cut(line: str, paragraph: str, full: int | None) -> bool:
    """Does the paragraph go on? In a wrapped document: the line was cut at the page width; else
    the paragraph so far is too long to be a heading and stops mid-sentence."""
    if not is_open(paragraph) or (strong(paragraph) and len(paragraph) <= TITLE_MAX):
        return False
    if full is not None and cell_width(line) >= full - 6:
        return True
    # a heading has no full stop or open bracket inside; a paragraph that has one was cut
    return len(paragraph) > 2 * TITLE_MAX or "。" in paragraph or _depth(paragraph) > 0


def _starts_item(text: str) -> bool:
    lab = label_of(text)
    return strong(text) or (lab is not None and lab.variant in (".", "、"))
