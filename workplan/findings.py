"""Finding: one problem found in a plan, as data with a source position; exit status from the worst."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import messages
from .model import Pos

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem found, with its source position and the arguments of its message."""

    code: str
    severity: str
    pos: Pos | None
    args: dict = field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        return messages.t(self.code, **self.args)

    def sort_key(self):
        p = self.pos
        return (p.file, p.line, p.column, self.code) if p else ("", 0, 0, self.code)


def error(code: str, pos: Pos | None, **args) -> Finding:
    return Finding(code, ERROR, pos, args)


def warning(code: str, pos: Pos | None, **args) -> Finding:
    return Finding(code, WARNING, pos, args)


def strict(findings: Iterable[Finding]) -> list[Finding]:
    """--strict: every warning becomes an error."""
    return [Finding(f.code, ERROR, f.pos, f.args) for f in findings]


def exit_status(findings: Iterable[Finding]) -> int:
    """0 when nothing is an error, 1 otherwise (SPEC §4)."""
    return 1 if any(f.severity == ERROR for f in findings) else 0
