"""Comments in ruamel's tree: moving them when a value is replaced or restyled, and proving none was lost.

ruamel hangs the comment lines written *above* a key on the end of the previous value (peers.md
§1.16, measured), as one token: "EOL comment\\n" + the full lines that follow. After a block
scalar the same token holds only full lines, its first one printed at the token's column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import NamedTuple


def _slot_token(container, key):
    """The comment token after container[key] (index 2 of a mapping's entry, 0 of a list's)."""
    entry = container.ca.items.get(key)
    return entry[2 if isinstance(container, dict) else 0] if entry else None


def _set_slot_token(container, key, token) -> None:
    entry = container.ca.items.setdefault(key, [None, None, None, None])
    entry[2 if isinstance(container, dict) else 0] = token


def _last_slot(container, key):
    """The deepest last (container, key) inside container[key]: where ruamel hangs what follows it."""
    value = container[key]
    while isinstance(value, (dict, list)) and len(value) and not value.fa.flow_style():
        container, key = value, (list(value)[-1] if isinstance(value, dict) else len(value) - 1)
        value = container[key]
    return container, key


def split(container, key) -> tuple[str, str]:
    """(end-of-line comment, the full lines after it) of the token after container[key]."""
    token = _slot_token(container, key)
    if token is None:
        return "", ""
    if is_block_scalar(container[key]):  # its token holds full lines only, the first at token.column
        return "", " " * token.column + token.value
    eol, _, rest = token.value.partition("\n")
    return eol.strip(), rest


def _set_split(container, key, eol: str, rest: str) -> None:
    if is_block_scalar(container[key]):
        _set_slot_token(container, key, _lines_token(rest))
    elif eol or rest:
        old = _slot_token(container, key)
        _set_slot_token(container, key, _token(f"{eol}\n{rest}", old.column if old else 0))
    else:
        _set_slot_token(container, key, None)


def detach_trailing(container, key) -> str:
    """Remove and return the full comment lines that follow container[key] (an EOL comment stays)."""
    slot = _last_slot(container, key)
    eol, rest = split(*slot)
    if rest:
        _set_split(*slot, eol, "")
    return rest


def attach_trailing(container, key, lines: str) -> None:
    """Put comment lines (as `detach_trailing` returned them) after container[key]."""
    if lines:
        slot = _last_slot(container, key)
        eol, rest = split(*slot)
        _set_split(*slot, eol, rest + lines)


def eol_comment(container, key) -> str:
    """The comment at the end of container[key]'s line, if any ('' otherwise)."""
    return split(container, key)[0]


def add_eol_comment(mapping, key, comment: str, replace: re.Pattern | None = None) -> None:
    """`key: value  # comment`, before a comment already on that line (minus what `replace` matches)."""
    token = _slot_token(mapping, key)
    if token is None:
        mapping.yaml_add_eol_comment(comment, key=key)
        return
    eol, newline, rest = token.value.partition("\n")
    old = replace.sub("", eol.strip(), count=1).strip() if replace else eol.strip()
    token.value = (f"{comment}  {old}" if old else comment) + newline + rest


def after_block_scalar(container, key, column: int, converted: bool) -> None:
    """Make the comments after a block scalar print as comments, not as more lines of the text.

    A comment line indented as deep as the text would be read back as part of it, which happens
    when fmt re-indents a file or turns a plain scalar into a block one; such lines are moved
    left to the key's `column`. A converted scalar's end-of-line comment goes on the `>-` line.
    """
    token = _slot_token(container, key)
    if token is None:
        return
    if converted:
        eol, _, raw = token.value.partition("\n")
        if eol.strip():
            container.ca.items[key][3] = ["  " + eol.strip()]
    else:
        raw = split(container, key)[1]
    _set_slot_token(container, key, _lines_token("\n".join(clamp(line, column) for line in raw.split("\n"))))


def rescue_block_items(node) -> None:
    """ruamel drops both comments of a `- >-  # comment` list item when it dumps (measured): move the
    end-of-line one below the text, where ruamel keeps comments."""
    if isinstance(node, list) and hasattr(node, "ca"):
        for i, entry in list(node.ca.items.items()):
            if entry[1] and is_block_scalar(node[i]):
                header = " ".join((v if isinstance(v, str) else v.value).strip() for v in entry[1] if v)
                entry[1] = None
                column = getattr(node.lc, "col", 0) or 0
                _set_slot_token(node, i, _lines_token(" " * column + header + "\n" + split(node, i)[1]))
    if isinstance(node, (dict, list)):
        for child in node.values() if isinstance(node, dict) else node:
            rescue_block_items(child)


def _lines_token(raw: str):
    """A token of full lines, in the form ruamel keeps after a block scalar (first line at its column)."""
    if not raw:
        return None
    first = raw.split("\n", 1)[0]
    indent = len(first) - len(first.lstrip(" "))
    return _token(raw[indent:], indent)


def is_block_scalar(value) -> bool:
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    return isinstance(value, (FoldedScalarString, LiteralScalarString))


def clamp(line: str, column: int) -> str:
    """The line indented at most `column` spaces (blank lines stay blank)."""
    stripped = line.lstrip(" ")
    return " " * min(len(line) - len(stripped), column) + stripped if stripped else line


def _token(value: str, column: int):
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    return CommentToken(value, CommentMark(column))


# --- proof that nothing was lost

COMMENT = re.compile(r"#[^\n]*")
SEGMENT = re.compile(r"#.*?(?=\s+#|\s*$)")


class Comment(NamedTuple):
    """One comment segment of a text, where it is (1-based), and in which flow collection, if any."""

    text: str
    line: int
    column: int
    brackets: str  # "[]" or "{}" when written inside a flow list or mapping, "" otherwise


def _comments(text: str):
    """(match, flow brackets) of every comment of a YAML text, found between libyaml's tokens."""
    import yaml

    from ..readers.yaml_nodes import Loader

    flow: list[str] = []  # the [ and { open around the current token
    previous = 0
    for token in yaml.scan(text, Loader=Loader):
        inside = flow[-1] if flow else ""
        for match in COMMENT.finditer(text, previous, token.start_mark.index):
            yield match, inside
        if getattr(token, "style", None) in ("|", ">"):  # `>-  # comment`: inside the scalar's token
            start = token.start_mark.index
            end = text.find("\n", start)
            for match in COMMENT.finditer(text, start, len(text) if end < 0 else end):
                yield match, inside
        if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
            flow.append("[]" if isinstance(token, yaml.FlowSequenceStartToken) else "{}")
        elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)) and flow:
            flow.pop()
        previous = max(previous, token.end_mark.index)


def comment_segments(text: str) -> Counter:
    """Every comment of a YAML text, split at ' #' (so `# a  # b` counts as two), whitespace-trimmed.

    Comments are whatever starts with # in the gaps between libyaml's tokens (fast, in C): scalars,
    quoted or block, are tokens, so a # inside a text is never taken for a comment.
    """
    import yaml

    from ..readers.yaml_nodes import Loader

    comments = []
    previous = 0
    for token in yaml.scan(text, Loader=Loader):  # _comments without its bookkeeping: this runs on every fmt
        comments += COMMENT.findall(text, previous, token.start_mark.index)
        if getattr(token, "style", None) in ("|", ">"):
            start = token.start_mark.index
            end = text.find("\n", start)
            comments += COMMENT.findall(text, start, len(text) if end < 0 else end)
        previous = max(previous, token.end_mark.index)
    return Counter(segment.strip() for comment in comments for segment in SEGMENT.findall(comment))


def comment_places(text: str) -> list[Comment]:
    """Every comment segment of a YAML text with its line, column and enclosing flow brackets."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = []
    for match, brackets in _comments(text):
        for segment in SEGMENT.finditer(match.group()):
            index = match.start() + segment.start()
            line = bisect_right(starts, index)
            found.append(Comment(segment.group().strip(), line, index - starts[line - 1] + 1, brackets))
    return found


def lost_comments(before: str, after: str) -> list[Comment]:
    """Comments of `before` that `after` no longer has, in the order of `before` (an empty list is the promise).

    Of a comment written several times, the copies taken for lost are those inside [ ] or { }
    (where ruamel drops comments), then the first ones.
    """
    missing = comment_segments(before) - comment_segments(after)
    if not missing:
        return []
    lost = []
    candidates = sorted((c for c in comment_places(before) if c.text in missing), key=lambda c: not c.brackets)
    for comment in candidates:
        if missing[comment.text] > 0:
            missing[comment.text] -= 1
            lost.append(comment)
    return sorted(lost, key=lambda c: (c.line, c.column))
