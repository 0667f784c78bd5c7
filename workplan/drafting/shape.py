"""What each key of a plan or registry file holds, read from the model's own fields.

The rewriting tools work on YAML trees, not on model objects (the tree is where the comments
are); this module tells them which class a mapping is, so the canonical key order and the
block/flow choice follow `workplan/model.py` and never drift from it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from ..model import Names, Plan, Registry
from ..readers.typed import fields_of
from .roundtrip import INDENT

OBJECT = "object"    # one nested mapping (goals, speech)
OBJECTS = "objects"  # a list of mappings (sections, measures, targets…)
NAMES = "names"      # department names: written as a flow list [a, b]
TEXTS = "texts"      # a list of paragraphs (ideas)
SCALAR = "scalar"

# Free text that may be long enough to deserve a block scalar (titles stay on one line).
LONG_TEXT_FIELDS = frozenset({"preamble", "text", "opening", "closing"})
SPEECH_PARTS = ["speech", "review", "problems"]
NAME_LISTS = frozenset({"aliases", "placeholders"})  # list[str] fields that hold names, not paragraphs


@cache
def kinds(cls) -> dict[str, tuple[str, type | None]]:
    """Field name → (kind, class of the nested mapping or None), in the model's field order."""
    result = {}
    for f, hint in fields_of(cls):
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        result[f.name] = _kind(f.name, hint)
    return result


def _kind(name: str, hint) -> tuple[str, type | None]:
    if hint is Names or name in NAME_LISTS:
        return NAMES, None
    if dataclasses.is_dataclass(hint):
        return OBJECT, hint
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return (OBJECTS, item) if dataclasses.is_dataclass(item) else (TEXTS, None)
    return SCALAR, None


def order(cls, kind: str | None = None) -> dict[str, int]:
    """Canonical position of each key: SPEC §2, which is the dataclass field order.

    A speech file reads in the order of the speech (speaker, review, problems, then this year's
    tasks), so for `kind: speech` the speech parts come before the work-points parts.
    """
    names = list(kinds(cls))
    if cls is Plan and kind == "speech":
        names = [n for n in names if n not in SPEECH_PARTS]
        at = names.index("preamble")
        names[at:at] = SPEECH_PARTS
    return {name: i for i, name in enumerate(names)}


def root_class(data) -> type:
    """Plan, or Registry when `departments` holds the list of departments rather than a file name."""
    return Registry if isinstance(data, dict) and isinstance(data.get("departments"), list) else Plan


class Place(NamedTuple):
    mapping: dict
    cls: type
    column: int  # where its keys start once dumped in the canonical indentation (roundtrip.INDENT)
    path: str    # "sections[2].measures[0]", for reports


def mappings(data: dict, cls, column: int = 0, path: str = "") -> Iterator[Place]:
    """Every mapping of a loaded YAML tree with its model class, parents first."""
    yield Place(data, cls, column, path)
    for key, value in list(data.items()):
        kind, child = kinds(cls).get(key, (SCALAR, None))
        where = f"{path}.{key}" if path else key
        if kind == OBJECT and isinstance(value, dict):
            yield from mappings(value, child, column + INDENT["mapping"], where)
        elif kind == OBJECTS and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    yield from mappings(item, child, column + INDENT["sequence"], f"{where}[{i}]")
