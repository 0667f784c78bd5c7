"""The `workplan` command and `python -m workplan`: the command line in a process of its own."""

from __future__ import annotations

import gc
import os
import signal
import sys


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

    try:
        run()
    except SystemExit as e:
        _exit(e.code)


def _exit(code) -> None:
    """Exit as sys.exit(code) does, without the interpreter's teardown: freeing every object a command
    made (a plan's nodes, typer's and Jinja's modules) is 4% of `render`. Every output is written and
    closed by then (atomic.write_bytes); what is left in the console buffers is flushed here."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message")
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: no console at all (closed with >&-, pythonw, a service)
                stream.flush()
        except (OSError, ValueError):  # the reader of a pipe is gone (Windows; elsewhere SIGPIPE ended us), closed
            status = status or 1
    os._exit(status)
