"""WorkplanError: the only exception a user is meant to see; it carries its exit code (SPEC §4)."""

from __future__ import annotations

from . import messages
from .model import Pos

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_TROUBLE = 2  # bad usage or unreadable input


class WorkplanError(Exception):
    """Work cannot continue: an unreadable file, a broken template. Caught once, in the CLI."""

    def __init__(self, code: str, pos: Pos | None = None, exit_code: int = EXIT_TROUBLE, **args):
        self.code = code
        self.pos = pos
        self.exit_code = exit_code
        self.args_ = args
        super().__init__(code)

    @property
    def message(self) -> str:
        return messages.t(self.code, **self.args_)

    def __str__(self) -> str:
        where = f"{self.pos.file}:{self.pos.line}:{self.pos.column}: " if self.pos else ""
        return where + self.message
