"""Whether two YAML texts hold the same data, and if not, where the first one differs.

Compared on libyaml's node trees, never constructed into Python values: a file fmt keeps as it is
(an impossible date, a tag of its own, a `? [a, b]` key) cannot make the check itself fail. Every
scalar is its tag and its text, the way `validate` reads it (it types scalars itself), except that
the spellings of null are one (`~`, `null`, nothing: fmt writes nothing) and base64 may be re-wrapped.
Mapping keys may change order (fmt sorts them); list items may not.
"""

from __future__ import annotations

from ..errors import WorkplanError
from ..readers.yaml_nodes import MappingNode, ScalarNode, SequenceNode, compose, is_null

BINARY = "tag:yaml.org,2002:binary"
NULL = "tag:yaml.org,2002:null"
STR = "tag:yaml.org,2002:str"


def changed_at(before: str, after: str) -> tuple[int, int] | None:
    """(line, column) in `before` of the first value `after` does not have the same, or None."""
    old, new = _node(before), _node(after)
    if old is None or new is None:
        return None if old is new else (1, 1)
    node = _differs(old, new)
    return None if node is None else (node.start_mark.line + 1, node.start_mark.column + 1)


def _node(text: str):
    try:
        return compose(text, "<fmt>", plain_only=False)
    except WorkplanError:
        return None


def _differs(a, b):
    """The node of `a` where `b` stops being the same (`a` itself when they differ as wholes)."""
    if type(a) is not type(b) or _tag(a) != _tag(b):
        return a
    if isinstance(a, ScalarNode):
        return None if _scalar(a) == _scalar(b) else a
    if isinstance(a, SequenceNode):
        for x, y in zip(a.value, b.value, strict=False):
            if (inner := _differs(x, y)) is not None:
                return inner
        return None if len(a.value) == len(b.value) else a
    others: dict = {}
    for key, value in b.value:
        others.setdefault(_key(key), []).append(value)
    for key, value in a.value:
        values = others.get(_key(key))
        if not values:
            return key
        if (inner := _differs(value, values.pop(0))) is not None:
            return inner
    return None if not any(others.values()) else a


def _tag(node) -> str:
    if isinstance(node, ScalarNode) and _is_null(node):
        return NULL
    return node.tag


def _is_null(node) -> bool:
    return node.tag == NULL or (node.tag == STR and is_null(node))


def _scalar(node) -> str:
    if _is_null(node):
        return ""
    if node.tag == BINARY:
        return "".join(node.value.split())
    return node.value


def _key(node):
    """A hashable form of a node, for finding a mapping's key in the other tree."""
    if isinstance(node, ScalarNode):
        return (_tag(node), _scalar(node))
    if isinstance(node, SequenceNode):
        return (node.tag, tuple(_key(item) for item in node.value))
    if isinstance(node, MappingNode):
        return (node.tag, frozenset((_key(k), _key(v)) for k, v in node.value))
    return None
