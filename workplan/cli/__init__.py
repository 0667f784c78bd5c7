"""The command line: one module per command group, all registered on one typer app."""

from __future__ import annotations

import sys

from .app import app

# isort: off
# Imported in the order `workplan --help` lists the commands: the order a user meets them.
from . import validate, depts, diff, render, importing, drafting, schema  # noqa: F401, E402
# isort: on


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        # Redirected on Chinese Windows, output is in the code page (cp936): a character it lacks,
        # in a plan's text or a diff's ↪, must print as "?" rather than end in a traceback.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    app(prog_name="workplan")
