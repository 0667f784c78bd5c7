"""`fmt --ids`: give every section, measure and target without an id a readable, unique one.

Ids come from position under the nearest parent that has one — the 3rd measure of section
`party` is `party-3`, its 2nd sub-measure `party-3-2`, a target of it `party-3-t1`, the 2nd goal
target `goal-2`, the 4th section without an id `s4` — so no pinyin is needed and an id, once
written, never changes when fmt runs again.
"""

from __future__ import annotations

import string

ID_FIELDS = ("sections", "measures", "targets")


def fill_ids(data: dict) -> list[str]:
    """Add missing ids in place (as each mapping's first key); return the ids added, in order."""
    used = {str(v) for v in _existing(data)}
    added: list[str] = []

    def give(mapping, wanted: str) -> str:
        current = mapping.get("id")
        if current not in (None, ""):
            return str(current)
        new = _unique(wanted, used)
        used.add(new)
        added.append(new)
        if "id" in mapping:
            mapping["id"] = new
        else:
            mapping.insert(0, "id", new)
        return new

    for i, section in enumerate(_items(data, "sections"), 1):
        _measures(section, give(section, f"s{i}"), give)
    goals = data.get("goals")
    if isinstance(goals, dict):
        for i, target in enumerate(_items(goals, "targets"), 1):
            give(target, f"goal-{i}")
    return added


def _measures(parent, parent_id: str, give) -> None:
    for i, measure in enumerate(_items(parent, "measures"), 1):
        measure_id = give(measure, f"{parent_id}-{i}")
        for j, target in enumerate(_items(measure, "targets"), 1):
            give(target, f"{measure_id}-t{j}")
        _measures(measure, measure_id, give)


def _items(mapping, key: str) -> list:
    value = mapping.get(key) if isinstance(mapping, dict) else None
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _existing(node):
    """Every id already written anywhere under the id-bearing lists."""
    if isinstance(node, dict):
        if node.get("id") not in (None, ""):
            yield node["id"]
        for key in ID_FIELDS + ("goals",):
            yield from _existing(node.get(key))
    elif isinstance(node, list):
        for item in node:
            yield from _existing(item)


def _unique(wanted: str, used: set[str]) -> str:
    if wanted not in used:
        return wanted
    for suffix in string.ascii_lowercase:
        if wanted + suffix not in used:
            return wanted + suffix
    n = 2
    while f"{wanted}-{n}" in used:
        n += 1
    return f"{wanted}-{n}"

