"""The rendered documents through LibreOffice: all text there, A4 pages, 22 lines × 28 characters.

Skips without LibreOffice or poppler. LibreOffice on Linux lacks the official fonts; the fontconfig
aliases in templates/fonts.conf map them to installed CJK fonts, for this test only.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import PLANS, ROOT, run
from workplan.blocks import build
from workplan.readers.yaml_plan import load_registry, read_plan

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdfinfo")),
    reason="needs LibreOffice (soffice) and poppler (pdftotext, pdfinfo)",
)

A4 = (595.3, 841.9)


def to_pdf(docx_path, tmp_path):
    """Convert with a private LibreOffice profile, so a running LibreOffice cannot interfere."""
    env = {**os.environ, "FONTCONFIG_FILE": str(ROOT / "templates" / "fonts.conf")}
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], env=env, check=True, capture_output=True,
                   timeout=180)
    pdf = tmp_path / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice did not convert the document"
    return pdf


def page_sizes(pdf):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def squeeze(text):
    """Text without whitespace and page numbers, to compare across line and page breaks."""
    return re.sub(r"\s", "", re.sub(r"\u2014\s*\d+\s*\u2014", "", text))


def rendered(tmp_path, plan, kind, name):
    out = tmp_path / f"{name}.docx"
    r = run("render", plan, "--as", kind, "-o", out)
    assert r.code == 0, r.err
    return to_pdf(out, tmp_path)


def expected_texts(plan_path, kind):
    plan, _ = read_plan(str(plan_path))
    registry, _ = load_registry(plan)
    blocks, _ = build(plan, kind, registry.index() if registry else {})
    for b in blocks:
        if b.kind == "table":
            yield from (cell for row in [b.columns, *b.rows] for cell in row)
        else:
            yield b.number + b.title + b.text + b.note


@pytest.mark.parametrize(("plan", "kind", "pages", "size"), [
    ("2026.yaml", "workpoints", (6, 30), A4),
    ("2026-speech.yaml", "speech", (4, 20), A4),
    ("2026.yaml", "tasks", (3, 30), A4[::-1]),
])
def test_all_text_on_sane_a4_pages(tmp_path, plan, kind, pages, size):
    pdf = rendered(tmp_path, PLANS / plan, kind, kind)
    sizes = page_sizes(pdf)
    assert pages[0] <= len(sizes) <= pages[1]
    assert all(abs(w - size[0]) < 1 and abs(h - size[1]) < 1 for w, h in sizes)
    # -raw keeps the order LibreOffice wrote: one table cell after another, not side by side.
    text = squeeze(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout)
    missing = [t for t in expected_texts(PLANS / plan, kind) if squeeze(t) not in text]
    assert missing == []


def body_lines(pdf, page):
    """(y, text) of each line above the footer on one page, from pdftotext -bbox-layout."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                           capture_output=True, text=True).stdout
    found = []
    for line in ET.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}line"):
        words = "".join(w.text or "" for w in line.iter("{http://www.w3.org/1999/xhtml}word"))
        y = float(line.get("yMin"))
        if y < A4[1] - 35 / 25.4 * 72:  # the footer sits below the type area
            found.append((y, float(line.get("xMin")), words))
    lines: list[tuple[float, str]] = []
    for y, _, words in sorted(found):  # poppler may cut one printed line at a wide space
        if lines and y - lines[-1][0] < 8:
            lines[-1] = (lines[-1][0], lines[-1][1] + words)
        else:
            lines.append((y, words))
    return lines


def test_a_full_page_holds_22_lines_of_28_characters(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import generate

    (tmp_path / "departments.yaml").write_text(generate.registry(), encoding="utf-8")
    plan = tmp_path / "long.yaml"
    plan.write_text(generate.plan(40), encoding="utf-8")
    pdf = rendered(tmp_path, plan, "workpoints", "long")
    middle = range(2, len(page_sizes(pdf)))  # first and last pages are not full
    assert len(middle) >= 3
    assert max(len(body_lines(pdf, page)) for page in middle) == 22
    for page in middle:
        lines = body_lines(pdf, page)
        # A page is full at 22 lines; it ends a line early only to keep a heading with its text.
        heading_next = re.match(r"（[一二三四五六七八九十]+）", body_lines(pdf, page + 1)[0][1])
        assert len(lines) == 22 or (len(lines) == 21 and heading_next), (page, len(lines))
        pitch = statistics.median(b[0] - a[0] for a, b in itertools.pairwise(lines))
        assert abs(pitch - 28.95) < 0.1
        full_width = [t for _, t in lines if t and all(ord(ch) >= 0x3000 for ch in t)]
        assert max(len(t) for t in full_width) == 28
        assert sum(len(t) == 28 for t in full_width) >= len(full_width) // 2
