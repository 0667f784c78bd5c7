"""Timers shared by the benchmarks: a function or a whole `workplan` process, run a few times."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The command users run: the installed `workplan` beside this Python (no runpy on the way), else -m.
_SCRIPT = shutil.which("workplan", path=str(Path(sys.executable).parent))
WORKPLAN = [_SCRIPT] if _SCRIPT else [sys.executable, "-m", "workplan"]


def times(work, repeat: int = 5, before=None) -> list[float]:
    """Seconds of each of `repeat` runs of `work`; `before` (not timed) runs ahead of each."""
    measured = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        work()
        measured.append(time.perf_counter() - start)
    return measured


def median_time(work, repeat: int = 5, before=None) -> float:
    return statistics.median(times(work, repeat, before))


def timed(args: list[str], repeat: int = 5, before=None) -> float:
    """Median whole-process time of a command."""
    return median_time(lambda: subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                              check=False), repeat, before)


def interleaved(commands: list[list[str]], repeat: int = 15) -> list[float]:
    """Median whole-process time of each command, run in turn: a busy spell of the machine falls on
    all of them alike, not on whichever ran during it."""
    measured: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for args, runs in zip(commands, measured, strict=True):
            start = time.perf_counter()
            subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            runs.append(time.perf_counter() - start)
    return [statistics.median(runs) for runs in measured]
