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
from ..model import Names, Pos
from .yaml_nodes import MappingNode, ScalarNode, SequenceNode, is_null, is_plain, node_pos

INT_RE = re.compile(r"[-+]?[0-9]+\Z")
FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
NAME_SEPARATORS = re.compile(r"[、，,；;]")


@cache
def fields_of(cls) -> tuple[tuple[dataclasses.Field, typing.Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f, hints[f.name]) for f in dataclasses.fields(cls) if f.metadata)


class Converter:
    def __init__(self, path: str):
        self.path = path
        self.findings: list[Finding] = []
        self._seen: set[int] = set()

    def pos(self, node) -> Pos:
        return node_pos(node, self.path)

    def fail(self, code: str, node, **args) -> None:
        self.findings.append(error(code, self.pos(node), **args))

    def visit(self, node) -> bool:
        """False (and an error) when a node is reached twice: that is a YAML alias."""
        if id(node) in self._seen:
            self.fail("yaml-alias", node)
            return False
        self._seen.add(id(node))
        return True

    # --- dataclasses
    def obj(self, node, cls, what: str = "what.item"):
        """A mapping node as an instance of `cls` (defaults where a field is missing or wrong)."""
        instance = cls()
        instance.where["@"] = self.pos(node)
        if not isinstance(node, MappingNode):
            self.fail("not-a-mapping", node, what=messages.t(what), found=self.describe(node))
            return instance
        known = {f.name: (f, hint) for f, hint in fields_of(cls)}
        present: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not self.visit(value_node):
                continue
            key = key_node.value if isinstance(key_node, ScalarNode) else "?"
            if key in present:
                self.fail("duplicate-key", key_node, key=key, line=present[key])
                continue
            present[key] = key_node.start_mark.line + 1
            if key not in known:
                self.fail("unknown-key", key_node, key=key, hint=suggest(key, known))
                continue
            f, hint = known[key]
            if is_null(value_node):
                continue
            instance.where[key] = self.pos(value_node)
            value = self.value(value_node, hint, f, instance.where)
            if value is not None:
                setattr(instance, key, value)
        for f, _ in fields_of(cls):
            if f.metadata.get("required") and f.name not in present:
                self.fail("missing-field", node, field=f.name)
        return instance

    # --- values by declared type
    def value(self, node, hint, f: dataclasses.Field, where: dict):
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
            origin = typing.get_origin(hint)
        if hint is Names:
            return self.names(node, f.name, where)
        if origin is list:
            (item_type,) = typing.get_args(hint)
            return self.list(node, item_type, f, where)
        if dataclasses.is_dataclass(hint):
            return self.obj(node, hint)
        return self.scalar(node, hint, f)

    def scalar(self, node, hint, f: dataclasses.Field):
        if not isinstance(node, ScalarNode):
            expected = {int: "type.integer", float: "type.number"}.get(hint, "type.text")
            self.fail("wrong-type", node, field=f.name, expected=messages.t(expected), found=self.describe(node))
            return None
        text = node.value
        if hint is int:
            if is_plain(node) and INT_RE.match(text):
                return int(text)
            self.fail("wrong-type", node, field=f.name, expected=messages.t("type.integer"), found=repr(text))
            return None
        if hint is float:
            return self.number(node, f.name)
        choices = f.metadata.get("choices")
        if choices and text not in choices:
            code = f.metadata.get("choice_code", "bad-choice")
            self.fail(code, node, field=f.name, value=text, choices=" | ".join(choices))
            return text if code != "bad-choice" else None
        return text

    def number(self, node, name: str):
        text = node.value.strip()
        if FLOAT_RE.match(text):
            number = float(text)
            return int(number) if number.is_integer() and "e" not in text.lower() else number
        self.fail("not-a-number", node, field=name, value=text)
        return None

    def list(self, node, item_type, f: dataclasses.Field, where: dict):
        if isinstance(node, ScalarNode) and item_type is str:
            where[f"{f.name}[0]"] = self.pos(node)
            return [node.value]
        if not isinstance(node, SequenceNode):
            self.fail("wrong-type", node, field=f.name, expected=messages.t("type.list"), found=self.describe(node))
            return None
        items = []
        for i, item in enumerate(node.value):
            if not self.visit(item) or is_null(item):
                continue
            where[f"{f.name}[{len(items)}]"] = self.pos(item)
            if dataclasses.is_dataclass(item_type):
                items.append(self.obj(item, item_type))
            elif isinstance(item, ScalarNode):
                items.append(item.value)
            else:
                self.fail("wrong-type", item, field=f"{f.name}[{i}]", expected=messages.t("type.text"),
                          found=self.describe(item))
        return items

    def names(self, node, name: str, where: dict) -> list[str] | None:
        """One name, a list of names, or names joined by 、，; — each with its own position."""
        scalars = [node] if isinstance(node, ScalarNode) else node.value if isinstance(node, SequenceNode) else None
        if scalars is None:
            self.fail("wrong-type", node, field=name, expected=messages.t("type.names"), found=self.describe(node))
            return None
        names: list[str] = []
        for item in scalars:
            if not isinstance(item, ScalarNode):
                self.fail("wrong-type", item, field=name, expected=messages.t("type.names"),
                          found=self.describe(item))
                continue
            base = self.pos(item)
            quote = 1 if item.style in ("'", '"') else 0
            for part in _split_names(item.value):
                offset, text = part
                where[f"{name}[{len(names)}]"] = Pos(base.file, base.line, base.column + quote + offset)
                names.append(text)
        return names

    @staticmethod
    def describe(node) -> str:
        if isinstance(node, MappingNode):
            return messages.t("type.mapping")
        if isinstance(node, SequenceNode):
            return messages.t("type.list")
        return repr(node.value)


def _split_names(text: str):
    start = 0
    for match in [*NAME_SEPARATORS.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            yield start + (len(chunk) - len(chunk.lstrip())), stripped
        if match:
            start = match.end()


def suggest(key: str, known) -> str:
    close = difflib.get_close_matches(key, list(known), n=2, cutoff=0.6)
    return messages.t("hint.did-you-mean", names=messages.join(close)) if close else ""
