"""The command line: one module per command group, all registered on one typer app."""

from __future__ import annotations

from .app import app

# isort: off
# Imported in the order `workplan --help` lists the commands: the order a user meets them.
from . import validate, depts, diff, render, importing, drafting, schema  # noqa: F401, E402
# isort: on


def main() -> None:
    app(prog_name="workplan")
