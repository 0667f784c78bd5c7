"""The canonical layout of a plan's YAML tree: block mappings, flow name lists, long text as block scalars.

Only styles change here, never values: every string written as a block scalar reads back as the
very same string (texts a block scalar cannot carry exactly keep the style they had).
"""

from __future__ import annotations

from ..report import cell_width
from .comments import (
    after_block_scalar,
    attach_trailing,
    detach_trailing,
    eol_comment,
    is_block_scalar,
    split,
)
from .roundtrip import INDENT, KeptScalar
from .shape import LONG_TEXT_FIELDS, NAMES, OBJECT, OBJECTS, TEXTS, kinds, mappings

LONG = 40  # terminal cells (20 Chinese characters): longer text goes on its own lines


def canonical_layout(data: dict, cls) -> None:
    """Restyle the tree in place."""
    for mapping, mcls, column, _ in mappings(data, cls):
        _block(mapping)
        for key, value in list(mapping.items()):
            kind = kinds(mcls).get(key, (None, None))[0]
            if kind == NAMES and isinstance(value, list) and not _comments_inside(value):
                _flow(mapping, key)
            elif kind in (OBJECT, OBJECTS, TEXTS):
                _block(value)
            if kind == TEXTS and isinstance(value, list):
                dash = column + INDENT["sequence"] - INDENT["offset"]
                for i in range(len(value)):
                    # an item with an end-of-line comment stays as written: ruamel cannot keep one on `- >-`
                    _restyle(value, i, dash, keep=bool(eol_comment(value, i)))
            elif key in LONG_TEXT_FIELDS:
                _restyle(mapping, key, column)


def _restyle(container, key, column: int, keep: bool = False) -> None:
    value = container[key]
    new = value if keep else block_text(value)
    if new is not value:
        container[key] = new
    if is_block_scalar(new):
        after_block_scalar(container, key, column, converted=new is not value)


def _comments_inside(seq) -> bool:
    """Comments on or between the items (a flow list cannot hold them, so such lists stay blocks)."""
    if seq.ca.comment and any(seq.ca.comment):
        return True
    for i, entry in seq.ca.items.items():
        eol, rest = split(seq, i)
        if any(entry[1:]) or eol or (rest and i != len(seq) - 1):
            return True
    return False


def _flow(mapping, key) -> None:
    """`key: [a, b]`; the comment lines after the last item (about the next key) move along."""
    following = detach_trailing(mapping, key)
    mapping[key].fa.set_flow_style()
    attach_trailing(mapping, key, following)


def _block(value) -> None:
    if hasattr(value, "fa") and len(value):
        value.fa.set_block_style()


def block_text(value):
    """A long or multi-line text as `>-` (one paragraph) or `|` (line breaks kept); others unchanged."""
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    if not isinstance(value, str) or is_block_scalar(value) or isinstance(value, KeptScalar):
        return value  # a KeptScalar is written as it was (its tag, its quotes)
    body = value.rstrip("\n")
    if not _fits_block(value, body):
        return value
    multiline = "\n" in body
    if not multiline and cell_width(body) <= LONG:
        return value
    return LiteralScalarString(value) if multiline else FoldedScalarString(value)


def _fits_block(value: str, body: str) -> bool:
    """Block scalars cannot start a text with spaces, keep trailing spaces, or carry control characters."""
    if not body or value.endswith("\n\n"):
        return False
    return all(line == line.strip() and line.isprintable() for line in body.split("\n"))
