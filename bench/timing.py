"""Timers shared by the benchmarks: a function or a whole `workplan` process, run a few times."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

WORKPLAN = [sys.executable, "-m", "workplan"]


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
