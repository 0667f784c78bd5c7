"""Seeded random edits of a plan, with the truth of where each new measure came from (diff tests, bench).

Edits are the ones a bureau makes from one year to the next: reword (10–40% of the characters
replaced), add, remove, move to another section, reassign lead/support, change a due date or a
target. Ids are stripped, so a diff has to find the pairs from the text alone.
"""

from __future__ import annotations

import copy
import json
import random

from workplan.model import Measure, Plan, Target


def edit(plan: Plan, seed: int, rate: float = 0.3, reword_only: bool = False) -> tuple[Plan, set[tuple[int, int]]]:
    """A changed copy of `plan` and the true pairs (old index, new index) over `all_measures()` order.

    `rate` of the measures get one edit each (reword_only: always a rewording), and a quarter of
    that rate are moved, removed and added.
    """
    rng = random.Random(seed)
    new = copy.deepcopy(plan)
    before = new.all_measures()  # kept alive so that no new measure can reuse a removed one's id()
    origin = {id(m): i for i, m in enumerate(before)}
    pool = "".join(sorted({c for m in plan.all_measures() for c in m.text if "\u4e00" <= c <= "\u9fff"}))
    departments = sorted({d for m in plan.all_measures() for d in m.lead + m.support}) or ["办公室"]
    for m in new.all_measures():
        if rng.random() < rate:
            change = _reword if reword_only else rng.choice((_reword, _reassign, _redate, _retarget))
            change(m, rng, pool, departments)
    _move_some(new, rng, rate / 4)
    _remove_some(new, rng, rate / 4)
    _add_some(new, plan, rng, rate / 4, departments)
    for target in new.goals.targets if new.goals else []:
        if rng.random() < rate:
            target.value = (target.value or 0) + rng.choice((1, 2, -1))
    _strip_ids(new)
    return new, {(origin[id(m)], j) for j, m in enumerate(new.all_measures()) if id(m) in origin}


def reword(text: str, rng: random.Random, pool: str, share: float) -> str:
    chars = list(text)
    for k in rng.sample(range(len(chars)), round(len(chars) * share)):
        chars[k] = rng.choice(pool)
    return "".join(chars)


def _reword(m: Measure, rng, pool, departments) -> None:
    m.text = reword(m.text, rng, pool, rng.uniform(0.1, 0.4))
    if rng.random() < 0.3:
        m.title = reword(m.title, rng, pool, 0.25)


def _reassign(m: Measure, rng, pool, departments) -> None:
    m.lead = [rng.choice(departments)]
    m.support = sorted(set(rng.sample(departments, min(2, len(departments)))) - set(m.lead))


def _redate(m: Measure, rng, pool, departments) -> None:
    m.due = rng.choice(("全年", "长期", "2026-06", "2026-12-31", "2026"))


def _retarget(m: Measure, rng, pool, departments) -> None:
    if m.targets:
        m.targets[0].value = (m.targets[0].value or 0) + 1
    else:
        m.targets.append(Target(name="覆盖率", value=rng.randrange(50, 100), unit="%"))


def _move_some(plan: Plan, rng, share: float) -> None:
    for section in plan.sections:
        for m in list(section.measures):
            if len(plan.sections) > 1 and rng.random() < share:
                section.measures.remove(m)
                target = rng.choice([s for s in plan.sections if s is not section])
                target.measures.insert(rng.randrange(len(target.measures) + 1), m)


def _remove_some(plan: Plan, rng, share: float) -> None:
    for section in plan.sections:
        section.measures = [m for m in section.measures if rng.random() >= share]
        for m in section.measures:
            m.measures = [c for c in m.measures if rng.random() >= share]


def _add_some(plan: Plan, source: Plan, rng, share: float, departments) -> None:
    """New measures stitched from 4–8-character pieces of many others: on topic, yet no one's partner."""
    texts = [m.text for m in source.all_measures() if len(m.text) > 8] or ["新增工作措施内容"]
    for section in plan.sections:
        for _ in range(sum(rng.random() < share for _ in section.measures)):
            pieces = []
            while sum(map(len, pieces)) < 120:
                text = rng.choice(texts)
                start = rng.randrange(len(text) - 8)
                pieces.append(text[start:start + rng.randrange(4, 9)])
            m = Measure(title="".join(pieces)[:10], text="".join(pieces), lead=[rng.choice(departments)])
            section.measures.insert(rng.randrange(len(section.measures) + 1), m)


def _strip_ids(plan: Plan) -> None:
    for node in [*plan.sections, *plan.all_measures(), *plan.all_targets()]:
        node.id = None


def to_yaml(plan: Plan) -> str:
    """The plan as YAML (JSON is YAML), for benchmarks that read files: empty fields left out."""
    return json.dumps(_plain(plan), ensure_ascii=False, indent=1)


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        fields = {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__ if k not in ("where", "source")}
        return {k: v for k, v in fields.items() if v not in (None, "", [], {})}
    return value
