"""`export --format json`: the normalised plan of SPEC §10.

The same structure as the YAML, with `lead`/`support` always lists of registry names (aliases
resolved), `number` on every section and measure as printed ("三", "（一）", "5", "（1）", "①"),
and every field present with its default. Reading it back (readers/json_plan.py) and exporting
again gives the same text.
"""

from __future__ import annotations

import dataclasses
import json

from ..model import Measure, Names, Plan, Section
from ..numbering import measure_numbers, section_numbers
from ..readers.typed import fields_of
from ..readers.yaml_plan import REGISTRY_FILE


def plan_data(plan: Plan, index: dict[str, str] | None = None) -> dict:
    """The plan as JSON-ready data; `index` maps any department name or alias to the registry name."""
    numbers = measure_numbers(plan)
    numbers.update({id(s): n for s, n in zip(plan.sections, section_numbers(plan), strict=True)})
    data = _node(plan, index or {}, numbers)
    data["departments"] = data["departments"] or REGISTRY_FILE
    return data


def write_json(plan: Plan, index: dict[str, str] | None = None) -> str:
    return json.dumps(plan_data(plan, index), ensure_ascii=False, indent=2) + "\n"


def _node(node, index: dict[str, str], numbers: dict[int, str]) -> dict:
    out = {}
    for f, hint in fields_of(type(node)):
        out[f.name] = _value(getattr(node, f.name), hint, index, numbers)
        if f.name == "id" and isinstance(node, (Section, Measure)):
            out["number"] = numbers[id(node)]
    return out


def _value(value, hint, index: dict[str, str], numbers: dict[int, str]):
    if hint is Names:
        return _unique(index.get(name, name) for name in value)
    if dataclasses.is_dataclass(value):
        return _node(value, index, numbers)
    if isinstance(value, list):
        return [_node(v, index, numbers) if dataclasses.is_dataclass(v) else v for v in value]
    return value


def _unique(names) -> list[str]:
    """An alias and its registry name in one list are one department."""
    return list(dict.fromkeys(names))
