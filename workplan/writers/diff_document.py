"""Which writer makes a diff document, chosen by the output file's extension: .docx .md .html .json;
standard output (-o -) gets the .docx."""

from __future__ import annotations

from pathlib import Path

from ..analyses.diff import PlanDiff
from ..atomic import STDOUT
from ..errors import WorkplanError

SUFFIXES = (".docx", ".md", ".html", ".json")


def check_output(path: str) -> str:
    """The output's suffix, or bad usage (exit 2) before any work is done; '-' (standard output) gets the
    .docx, as render's does."""
    if path == STDOUT:
        return ".docx"
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise WorkplanError("diff.bad-output", path=path)
    return suffix


def diff_document(d: PlanDiff, path: str) -> bytes:
    suffix = check_output(path)
    if suffix == ".docx":
        from .diff_docx import diff_docx

        return diff_docx(d)
    if suffix == ".md":
        from .diff_md import diff_md

        return diff_md(d).encode("utf-8")
    if suffix == ".html":
        from .diff_html import diff_html

        return diff_html(d).encode("utf-8")
    from .diff_json import diff_json

    return (diff_json(d) + "\n").encode("utf-8")
