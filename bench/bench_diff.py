"""diff: two generated plans without ids, the new one a seeded random edit of the old (bench/edits.py).

Reports the alignment alone and the whole command (read both files, diff, JSON) at 100, 1,000 and
5,000 measures: 30% of the measures edited (a quarter of those reworded), and every measure reworded
(10–40% of its characters replaced: all of them go through the similarity stage). Cost must grow
close to linearly.
"""

from __future__ import annotations

import tempfile
import timeit
from pathlib import Path

import generate
from edits import edit, to_yaml

from workplan.analyses.diff import diff_plans, load
from workplan.writers.diff_json import diff_json

SIZES = (100, 1000, 5000)


def best_of(runs: int, work) -> float:
    return min(timeit.repeat(work, number=1, repeat=runs))


def case(folder: Path, n: int, rate: float, reword_only: bool) -> str:
    old_path, new_path = folder / f"old-{n}.yaml", folder / f"new-{n}-{rate}.yaml"
    old_path.write_text(generate.plan(n, ids=False, year=2025), encoding="utf-8")
    (folder / "departments.yaml").write_text(generate.registry(), encoding="utf-8")
    old = load(str(old_path))[0]
    new, truth = edit(old, seed=n, rate=rate, reword_only=reword_only)
    new_path.write_text(to_yaml(new), encoding="utf-8")
    runs = 3 if n <= 1000 else 1
    align = best_of(runs, lambda: diff_plans(old, new))
    whole = best_of(runs, lambda: diff_json(diff_plans(load(str(old_path))[0], load(str(new_path))[0])))
    found = pairs(old, new, diff_plans(old, new))
    what = "all reworded" if reword_only else f"{rate:.0%} edited"
    return (f"{n:>6} measures, {what:>12}: diff {align * 1000:6.0f} ms   "
            f"read+diff+json {whole * 1000:6.0f} ms   recall {len(found & truth) / len(truth):.1%}   "
            f"false pairs {len(found - truth)}")


def pairs(old, new, result) -> set[tuple[int, int]]:
    """The pairs a diff found, as (old index, new index) in `all_measures()` order, like the truth."""
    where_old = {id(m): i for i, m in enumerate(old.all_measures())}
    where_new = {id(m): j for j, m in enumerate(new.all_measures())}
    return {(where_old[id(m.old.measure)], where_new[id(m.new.measure)])
            for m in result.measures if m.old and m.new}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for rate, reword_only in ((0.3, False), (1.0, True)):
            for n in SIZES:
                print(case(Path(tmp), n, rate, reword_only), flush=True)


if __name__ == "__main__":
    main()
