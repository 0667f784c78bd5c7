"""Findings → text (compiler style, with the source line and a caret) or JSON, on a given console."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import messages, sources
from .findings import ERROR, WARNING, Finding

if TYPE_CHECKING:
    from .errors import WorkplanError

STYLE = {ERROR: "bold red", WARNING: "bold yellow"}


def cell_width(text: str) -> int:
    """Terminal cells taken by `text`: CJK wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def location(f: Finding) -> str:
    """file:line:column: before a finding's message ("" when it has no position)."""
    return f"{f.pos.file}:{f.pos.line}:{f.pos.column}: " if f.pos else ""


def finding_line(f: Finding) -> str:
    return f"{location(f)}{messages.t('severity.' + f.severity)}[{f.code}] {f.message}"


def print_findings(console, findings: Iterable[Finding], show_source: bool = True) -> None:
    from rich.text import Text

    for f in findings:
        line = Text(finding_line(f))
        line.stylize(STYLE[f.severity], len(location(f)), len(line.plain) - len(f.message) - 1)
        console.print(line, soft_wrap=True, highlight=False)
        source = _source_line(f)
        if show_source and source is not None:
            text, column = window(shown(source), f.pos.column - 1)
            console.print(Text("  " + text), soft_wrap=True, highlight=False)
            caret = " " * (2 + cell_width(text[:column])) + "^"
            console.print(Text(caret, style=STYLE[f.severity]), soft_wrap=True, highlight=False)


def shown(line: str) -> str:
    """A source line as it may be printed: a tab as a blank, a control character (ESC would act on the
    terminal) as its visible picture, ␛; one character each, so the caret's column holds."""
    return line.replace("\t", " ").translate(CONTROL_PICTURES)


CONTROL_PICTURES = {c: 0x2400 + c for c in range(0x20)} | {0x7F: 0x2421}

WINDOW = 72  # terminal cells of a long source line shown around the column (CJK characters take two)


def window(line: str, column: int) -> tuple[str, int]:
    """`line` cut to about WINDOW cells around `column` (0-based), with … where it was cut, and the
    column within the cut: a preamble written on one line of 5,000 characters is not printed whole."""
    if len(line) * 2 <= WINDOW or cell_width(line) <= WINDOW:
        return line, column
    start = column
    while start > 0 and cell_width(line[start - 1:column]) <= WINDOW // 3:
        start -= 1
    end = column
    while end < len(line) and cell_width(line[start:end + 1]) <= WINDOW:
        end += 1
    while start > 0 and cell_width(line[start - 1:end]) <= WINDOW:  # near the end: more of what comes before
        start -= 1
    head = "…" if start else ""
    return head + line[start:end] + ("…" if end < len(line) else ""), column - start + len(head)


def _source_line(f: Finding) -> str | None:
    if not f.pos:
        return None
    text_lines = sources.lines(f.pos.file)
    return text_lines[f.pos.line - 1] if 0 < f.pos.line <= len(text_lines) else None


def diagnostic(f: Finding) -> dict:
    return {
        "file": f.pos.file if f.pos else None,
        "line": f.pos.line if f.pos else None,
        "column": f.pos.column if f.pos else None,
        "severity": f.severity,
        "code": f.code,
        "message": f.message,
    }


def error_entry(e: WorkplanError, file: str | None = None) -> dict:
    """A failure (unreadable file, broken template, bad usage) in the shape of a diagnostic: the one
    shape of every entry of `"errors"` in a command's JSON. `file` when the error has no position."""
    pos = e.pos
    return {
        "file": pos.file if pos else file or e.args_.get("path"),
        "line": pos.line if pos else None,
        "column": pos.column if pos else None,
        "severity": ERROR,
        "code": e.code,
        "message": e.message,
    }


def counts(findings: Iterable[Finding]) -> Counter:
    return Counter(f.severity for f in findings)


def validate_json(results: list[tuple[str, list[Finding]]], failed: Iterable[tuple[str, WorkplanError]] = ()) -> str:
    """`failed`: the files that could not be checked at all (missing, unreadable), under "errors"."""
    files = []
    for path, findings in results:
        c = counts(findings)
        files.append({"file": path, "errors": c[ERROR], "warnings": c[WARNING]})
    diagnostics = [diagnostic(f) for _, findings in results for f in findings]
    errors = [error_entry(e, path) for path, e in failed]
    return json.dumps({"files": files, "diagnostics": diagnostics, "errors": errors}, ensure_ascii=False, indent=2)
