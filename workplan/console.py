"""The `workplan` command and `python -m workplan`: the command line in a process of its own."""

from __future__ import annotations

import gc
import signal


def main() -> None:
    # A command runs once and exits. Its imports (typer, Jinja, PyYAML) and its work (ruamel's
    # round-trip nodes in fmt and new above all) make hundreds of thousands of objects and next to
    # no reference cycles, yet set off a collection every 700 of them, each freeing nothing: ~20 ms
    # of `render` and a third of `fmt` on a plan of 1,000 measures. Peak memory is the same without
    # (measured on render, diff, import, fmt). Only here: a program that imports workplan keeps its
    # collector, so the tests, which run the commands in one long process, do too.
    gc.disable()
    if hasattr(signal, "SIGPIPE"):
        # `workplan validate p.yaml | head`: when the reader stops, end as cat and grep do (killed by
        # SIGPIPE, 141 in a shell). Python would raise, and click exit 1, the code that means findings.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from .cli import main as run

    run()
