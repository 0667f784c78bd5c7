"""Node tree → model dataclasses, driven by the dataclasses' own fields and metadata.

Collects every problem (wrong type, unknown key with a suggestion, duplicate key, missing field,
invalid choice, alias) as a Finding and keeps going, so one run shows them all. Each value's
position is stored in the object's `where` under its field name (list items as `field[i]`).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from functools import cache

from .. import messages
from ..findings import Finding, error
from ..fuzzy import invisible_hint
from ..model import Names, Pos
from .yaml_nodes import MappingNode, ScalarNode, SequenceNode, is_null, is_plain

INT_RE = re.compile(r"[-+]?[0-9]+\Z")
FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
# A target value has at most this many digits written out (92, 98.5, 0.0000001, 150000000000000): what
# a bureau can mean, and what a float keeps exactly (DBL_DIG), so every value prints as it was written.
MAX_DIGITS = 15
# A department name: the text between separators (、，,；;), less the blanks around it.
NAME_RE = re.compile(r"[^、，,；;\s](?:[^、，,；;]*[^、，,；;\s])?")


@cache
def fields_of(cls) -> tuple[tuple[dataclasses.Field, typing.Any], ...]:
    """The documented fields of a model class with their resolved types (Optional unwrapped)."""
    hints = typing.get_type_hints(cls)
    return tuple((f, _unwrap(hints[f.name])) for f in dataclasses.fields(cls) if f.metadata)


@cache
def field_table(cls) -> dict[str, tuple[dataclasses.Field, str, typing.Any]]:
    """name → (field, kind, item type): the per-value dispatch decided once per class, not per value."""
    table = {}
    for f, hint in fields_of(cls):
        if hint is Names:
            kind, item = "names", None
        elif typing.get_origin(hint) is list:
            kind, item = "list", typing.get_args(hint)[0]
        elif dataclasses.is_dataclass(hint):
            kind, item = "object", hint
        elif hint in (int, float):
            kind, item = hint.__name__, None
        else:
            kind, item = "choice" if f.metadata.get("choices") else "text", None
        table[f.name] = (f, kind, item)
    return table


@cache
def required_fields(cls) -> tuple[str, ...]:
    return tuple(f.name for f, _ in fields_of(cls) if f.metadata.get("required"))


def _unwrap(hint):
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


class Converter:
    def __init__(self, path: str):
        self.path = path
        self.findings: list[Finding] = []

    def pos(self, node) -> Pos:
        mark = node.start_mark
        return Pos(self.path, mark.line + 1, mark.column + 1)

    def fail(self, code: str, node, **args) -> None:
        self.findings.append(error(code, self.pos(node), **args))

    def wrong_type(self, node, field: str, expected: str, found: str | None = None) -> None:
        found = self.describe(node) if found is None else found
        self.fail("wrong-type", node, field=field, expected=messages.t(expected), found=found)

    # --- dataclasses
    def obj(self, node, cls, what: str = "what.item"):
        """A mapping node as an instance of `cls` (defaults where a field is missing or wrong)."""
        instance = cls()
        where = instance.where
        where["@"] = self.pos(node)
        if not isinstance(node, MappingNode):
            self.fail("not-a-mapping", node, what=messages.t(what), found=self.describe(node))
            return instance
        known = field_table(cls)
        present: dict[str, typing.Any] = {}  # key → its node
        wrong: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else "?"
            if key in present:
                self.fail("duplicate-key", key_node, key=key, line=present[key].start_mark.line + 1)
                continue
            present[key] = key_node
            if key not in known:
                self.fail("unknown-key", key_node, key=key, hint=suggest(key, known))
                continue
            if is_null(value_node):
                continue
            where[key] = self.pos(value_node)
            f, kind, item = known[key]
            if kind == "text" and isinstance(value_node, ScalarNode):  # most values: taken as they are
                setattr(instance, key, value_node.value)
                continue
            value = self.value(value_node, kind, item, f, where)
            if value is None:
                wrong.add(key)  # said already (wrong type…): not also "empty"
            else:
                setattr(instance, key, value)
        for name in required_fields(cls):
            if name not in present:
                self.fail("missing-field", node, field=name)
            elif name in wrong:
                continue
            elif name not in where:  # `title:` or `title: ~`: the value is null
                self.fail("empty-field", present[name], field=name)
            elif isinstance(value := getattr(instance, name), str) and not value.strip():  # `title: ""`
                self.findings.append(error("empty-field", where[name], field=name))
        return instance

    # --- values by declared type
    def value(self, node, kind: str, item, f: dataclasses.Field, where: dict):
        if kind == "names":
            return self.names(node, f.name, where)
        if kind == "list":
            return self.list(node, item, f, where)
        if kind == "object":
            return self.obj(node, item)
        return self.scalar(node, kind, f)

    def scalar(self, node, kind: str, f: dataclasses.Field):
        if not isinstance(node, ScalarNode):
            self.wrong_type(node, f.name, {"int": "type.integer", "float": "type.number"}.get(kind, "type.text"))
            return None
        text = node.value
        if kind == "int":
            if is_plain(node) and INT_RE.match(text):
                return int(text)
            self.wrong_type(node, f.name, "type.integer", repr(text))
            return None
        if kind == "float":
            return self.number(node, f.name)
        choices = f.metadata.get("choices")
        if choices and text not in choices:
            code = f.metadata.get("choice_code", "bad-choice")
            self.fail(code, node, field=f.name, value=text, choices=" | ".join(choices))
            return text if code != "bad-choice" else None
        return text

    def number(self, node, name: str):
        text = node.value.strip()
        if not FLOAT_RE.match(text):
            self.fail("not-a-number", node, field=name, value=text)
            return None
        # 1e400 (infinite as a float), 30-digit integers, 1e-300; without an exponent, the text's length bounds it
        if (len(text) > MAX_DIGITS or "e" in text or "E" in text) and written_digits(text) > MAX_DIGITS:
            self.fail("number-out-of-range", node, field=name, value=text, digits=MAX_DIGITS)
            return None
        number = float(text)
        return int(number) if number.is_integer() and "e" not in text.lower() else number

    def list(self, node, item_type, f: dataclasses.Field, where: dict):
        if isinstance(node, ScalarNode) and item_type is str:
            where[f"{f.name}[0]"] = self.pos(node)
            return [node.value]
        if not isinstance(node, SequenceNode):
            self.wrong_type(node, f.name, "type.list")
            return None
        items = []
        objects = dataclasses.is_dataclass(item_type)
        for i, item in enumerate(node.value):
            if is_null(item):
                continue
            if objects:
                value = self.obj(item, item_type)
            elif isinstance(item, ScalarNode):
                value = item.value
            else:
                self.wrong_type(item, f"{f.name}[{i}]", "type.text")
                continue
            where[f"{f.name}[{len(items)}]"] = self.pos(item)
            items.append(value)
        return items

    def names(self, node, name: str, where: dict) -> list[str] | None:
        """One name, a list of names, or names joined by 、，; — each with its own position."""
        scalars = [node] if isinstance(node, ScalarNode) else node.value if isinstance(node, SequenceNode) else None
        if scalars is None:
            self.wrong_type(node, name, "type.names")
            return None
        names: list[str] = []
        for item in scalars:
            if not isinstance(item, ScalarNode):
                self.wrong_type(item, name, "type.names")
                continue
            mark = item.start_mark
            column = mark.column + 1 + (1 if item.style in ("'", '"') else 0)  # after an opening quote
            for match in NAME_RE.finditer(item.value):
                where[f"{name}[{len(names)}]"] = Pos(self.path, mark.line + 1, column + match.start())
                names.append(match.group())
        return names

    @staticmethod
    def describe(node) -> str:
        if isinstance(node, MappingNode):
            return messages.t("type.mapping")
        if isinstance(node, SequenceNode):
            return messages.t("type.list")
        return repr(node.value)


def written_digits(text: str) -> int:
    """How many digits `text` (a FLOAT_RE number) has written out in full, leading zeros and trailing
    decimal zeros left out: 1e-7 → 7 (0.0000001), 1.5e10 → 11, 98.50 → 3, 1e400 → 401. Exact (a
    Decimal, not a float): no overflow, no rounding."""
    from decimal import Decimal  # only for a long number or one with an exponent: 2 ms of start-up

    sign, digits, exponent = Decimal(text).as_tuple()
    digits = list(digits)
    while len(digits) > 1 and digits[-1] == 0:
        digits.pop()
        exponent += 1
    if digits == [0]:
        return 1
    return max(len(digits) + exponent, 0) + max(-exponent, 0)


def suggest(key: str, known) -> str:
    if hidden := invisible_hint(key, known):  # `lead\u3000:` — a close match would look the same
        return hidden
    close = difflib.get_close_matches(key, list(known), n=2, cutoff=0.6)
    return messages.t("hint.did-you-mean", names=messages.join(close)) if close else ""
