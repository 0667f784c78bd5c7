"""Put the keys of every mapping in canonical order by moving whole lines, so comments move with their key.

ruamel hangs the comment lines above a key on the previous value (peers.md §1.16), so reordering
its tree would carry "# 二、队伍建设" away with the wrong key. Working on the text instead, a key
owns the lines from the end of the previous value to the end of its own value: the comments
written above it, its line, and everything nested under it. Input is ruamel's block layout.

A comment line is never indented deeper than the key (or `- `) below it: after a move it may
follow a block scalar, which would read a deeper line as more of its text.
"""

from __future__ import annotations

from ..errors import WorkplanError
from ..readers.yaml_nodes import MappingNode, ScalarNode, SequenceNode, compose
from .comments import clamp
from .shape import OBJECT, OBJECTS, kinds, order


def reorder_keys(text: str, cls, kind: str | None = None) -> str:
    """`text` with every known mapping's keys in the order of `cls`'s fields (unknown keys last)."""
    try:
        root = compose(text, "<fmt>")
    except WorkplanError:  # load() has already reported it; nothing to reorder
        return text
    if not isinstance(root, MappingNode) or not root.value:
        return text
    lines = text.splitlines(keepends=True)
    first = root.value[0][0].start_mark.line  # the file's header comments stay on top
    end = _end(root)
    body = _mapping(root, cls, lines, first, order(cls, kind))
    return "".join(lines[:first] + body + _above(lines[end + 1:], 0))


def _mapping(node, cls, lines: list[str], first: int, rank: dict[str, int] | None = None) -> list[str]:
    """Lines `first`..end of `node`, its keys reordered (recursively)."""
    blocks, start = [], first
    for key, value in node.value:
        end = max(key.start_mark.line, _end(value))
        head = key.start_mark.line
        above = _above(lines[start:head], key.start_mark.column)
        name = key.value if isinstance(key, ScalarNode) else None  # `? [a, b]`: no field of ours, goes last
        blocks.append((name, above + _value(name, value, cls, lines, head, end)))
        start = end + 1
    rank = rank or order(cls)
    blocks.sort(key=lambda block: rank.get(block[0], len(rank)))  # stable: unknown keys keep their order
    return [line for _, block in blocks for line in block]


def _value(key: str | None, value, cls, lines: list[str], head: int, end: int) -> list[str]:
    kind, child = kinds(cls).get(key, (None, None))
    if _is_block(value) and value.value and value.start_mark.line > head:
        if kind == OBJECT and isinstance(value, MappingNode):
            return [lines[head]] + _mapping(value, child, lines, head + 1)
        if kind == OBJECTS and isinstance(value, SequenceNode):
            return [lines[head]] + _sequence(value, child, lines, head + 1)
    return lines[head:end + 1]


def _sequence(node, cls, lines: list[str], first: int) -> list[str]:
    out, start, column = [], first, node.start_mark.column
    for item in node.value:
        end = _end(item)
        dash = item.start_mark.line
        if isinstance(item, MappingNode) and _is_block(item) and item.value:
            out += _above(lines[start:dash], column) + _dash_item(item, cls, lines, dash)
        else:
            out += _above(lines[start:dash], column) + lines[dash:end + 1]
        start = end + 1
    return out


def _dash_item(item, cls, lines: list[str], dash_line: int) -> list[str]:
    """`- key: …` items: hide the dash, reorder, then give the dash to whichever key now comes first."""
    column = item.start_mark.column
    line = lines[dash_line]
    dash = line.rfind("-", 0, column)
    if dash < 0:
        return lines[dash_line:_end(item) + 1]
    lines[dash_line] = line[:dash] + " " + line[dash + 1:]
    out = _mapping(item, cls, lines, dash_line)
    first_key = next(i for i, text in enumerate(out) if text.strip() and not text.lstrip().startswith("#"))
    text = out[first_key]
    out[first_key] = text[:dash] + "-" + text[dash + 1:]
    return _above(out[:first_key], dash) + out[first_key:]  # comments of the new first key now sit above the dash


def _above(comments: list[str], column: int) -> list[str]:
    return [clamp(line, column) for line in comments]


def _is_block(node) -> bool:
    return not getattr(node, "flow_style", False)


def _end(node) -> int:
    """The last line holding any of `node`'s content (a scalar ending at column 0 ended the line before)."""
    if isinstance(node, ScalarNode) or not _is_block(node) or not node.value:
        mark = node.end_mark
        return max(node.start_mark.line, mark.line if mark.column else mark.line - 1)
    if isinstance(node, MappingNode):
        key, value = node.value[-1]
        return max(key.start_mark.line, _end(value))
    return _end(node.value[-1])

