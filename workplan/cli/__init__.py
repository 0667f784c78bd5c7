"""The command line: one module per command group, all registered on one typer app."""

from __future__ import annotations

from . import depts, diff, drafting, importing, render, schema, validate  # noqa: F401  (each module registers its commands)
from .app import app


def main() -> None:
    app(prog_name="workplan")
