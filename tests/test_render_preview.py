"""Markdown and HTML previews (golden files) and properties of the block stream and the writers.

Golden files are regenerated with WORKPLAN_REGOLD=1 and reviewed by eye before committing.
"""

from __future__ import annotations

import html
import io
import os
import re

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, run
from workplan.blocks import Block, Stream
from workplan.writers.docx import write_docx
from workplan.writers.html import write_html
from workplan.writers.markdown import write_markdown

HERE = ROOT / "tests" / "plans" / "render"
REGOLD = os.environ.get("WORKPLAN_REGOLD") == "1"


@pytest.mark.parametrize(("kind", "golden"), [("workpoints", "small.md"), ("tasks", "small-tasks.md")])
def test_markdown_matches_golden(tmp_path, kind, golden):
    out = tmp_path / "out.md"
    assert run("render", HERE / "small.yaml", "--as", kind, "-o", out).code == 0
    if REGOLD:
        (HERE / golden).write_text(out.read_text("utf-8"), "utf-8")
    assert out.read_text("utf-8") == (HERE / golden).read_text("utf-8")


def test_html_preview_is_one_escaped_page(tmp_path):
    out = tmp_path / "out.html"
    assert run("render", HERE / "small.yaml", "-o", out).code == 0
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in page
    assert "<h1>青石县教育局2026年工作要点</h1>" in page and "<h2>一、工作思路</h2>" in page
    assert '<p><span class="r3">1.改善办学条件。</span>' in page
    page = write_html([Block("paragraph", "<script>alert(1)</script> & 〔2026〕")], "a<b")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 〔2026〕" in page
    assert "<title>a&lt;b</title>" in page


def test_speech_markdown_keeps_review_items_as_run_in_headings(tmp_path):
    out = tmp_path / "s.md"
    assert run("render", ROOT / "plans" / "2026-speech.yaml", "--as", "speech", "-o", out).code == 0
    text = out.read_text("utf-8")
    assert "## 一、2025年工作回顾" in text and "\n\n**（一）" in text and "## 三、2026年重点工作任务" in text


# --- properties -------------------------------------------------------------------------

TEXT = st.text(st.sampled_from(list("教育局科室工作要点一二三（）：；，。、“”〔〕%.-+=#*_`[]<>|&!~()\\{}:0123456789 abcXYZ")),
               max_size=40)


def markdown_text(source: str) -> str:
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(source)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_markdown_shows_any_paragraph_as_written(text):
    expected = re.sub(r" +", " ", text.strip())
    shown = re.sub(r" +", " ", markdown_text(write_markdown([Block("paragraph", expected)])))
    assert shown == expected


@given(TEXT.filter(str.strip), TEXT, TEXT)
@settings(max_examples=200, deadline=None)
def test_markdown_measure_shows_title_text_and_note(title, text, note):
    title, text, note = (re.sub(r" +", " ", t.strip()) for t in (title, text, note))
    source = write_markdown([Block("measure", text, 3, "1.", title, note)])
    assert re.sub(r" +", " ", markdown_text(source)) == re.sub(r" +", " ", "1." + title + text + note).strip()


@given(st.lists(st.tuples(st.text(max_size=12), st.booleans()), max_size=12))
def test_stream_keeps_blocks_and_stray_text_in_order(parts):
    stream = Stream()
    output, expected = [], []
    for text, is_call in parts:
        if is_call:
            output.append(stream.functions()["paragraph"](text))
            expected += [line.strip() for line in text.splitlines() if line.strip()]
        else:
            text = text.replace("\ue000", "").replace("\ue001", "")
            output.append(text)
            expected.append(("stray", text))
    blocks = stream.parse("".join(output))
    assert all(b.kind == "paragraph" for b in blocks)
    # Stray text may merge with neighbouring stray text on the same line: compare the characters.
    flat = "".join(t if isinstance(t, str) else t[1] for t in expected)
    assert re.sub(r"\s", "", "".join(b.text for b in blocks)) == re.sub(r"\s", "", flat)


@given(st.text(max_size=60))
@settings(max_examples=100, deadline=None)
def test_docx_carries_any_text(text):
    data = write_docx([Block("paragraph", text), Block("measure", text, 3, "1.", text, text)])
    d = docx.Document(io.BytesIO(data))
    clean = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert [p.text for p in d.paragraphs] == [clean, "1." + clean * 3]
