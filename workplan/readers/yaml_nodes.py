"""YAML text → a node tree with line/column marks (libyaml's composer), and errors as WorkplanError.

We compose instead of load: nodes keep their positions, and we type scalars ourselves (YAML 1.2
style: `no` stays text, dates stay text), which sidesteps PyYAML's YAML 1.1 surprises.
"""

from __future__ import annotations

import re

import yaml

from ..errors import WorkplanError
from ..model import Pos

try:
    _Base = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: slower, same result
    _Base = yaml.SafeLoader

_TAGS = {yaml.ScalarNode: "tag:yaml.org,2002:str", yaml.SequenceNode: "tag:yaml.org,2002:seq",
         yaml.MappingNode: "tag:yaml.org,2002:map"}


class Loader(_Base):
    """Skips PyYAML's YAML 1.1 tag resolution (a Python call per scalar): we type values ourselves."""

    def resolve(self, kind, value, implicit):
        return _TAGS[kind]

ScalarNode = yaml.ScalarNode
MappingNode = yaml.MappingNode
SequenceNode = yaml.SequenceNode


def compose(text: str, path: str, plain_only: bool = True) -> yaml.Node | None:
    """The single document of `text` as a node tree (None when empty); `plain_only=False` lets anchors,
    aliases and tags through (to look at what some other YAML file is, never to read it as a plan;
    `refuse_non_plain` then says what `plain_only` would have)."""
    if nests_too_deep(text):
        raise WorkplanError("yaml-too-deep", Pos(path, 1, 1))
    loader = Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        raise _syntax_error(e, text, path) from None
    except yaml.reader.ReaderError as e:  # a character YAML does not allow (NUL, ESC, \x0b…): libyaml says 1:1
        raise _unacceptable(e, text, path) from None
    except yaml.YAMLError as e:
        raise WorkplanError("yaml-syntax", Pos(path, 1, 1), problem=str(e)) from None
    except RecursionError:
        raise WorkplanError("yaml-too-deep", Pos(path, 1, 1)) from None
    finally:
        loader.dispose()
    if plain_only:
        refuse_non_plain(node, text, path)
    return node


def refuse_non_plain(node, text: str, path: str) -> None:
    """A plan is plain data: no aliases, no tags."""
    if node is not None and "&" in text and MAYBE_ANCHOR.search(text):
        refuse_aliases(node, path)
    if node is not None and "!" in text and MAYBE_TAG.search(text):
        refuse_tags(node, path)


# libyaml's composer recurses in C for every level of nesting: some 100,000 levels (`[[[…`, or `- - - …`
# on one line) overflow the stack and kill the process, where Python would raise RecursionError. A plan
# nests a dozen levels; nesting is only that deep in flow brackets or in compact `- ` / `? ` on one line
# (indented levels cost their indentation: deep ones exceed the file size limit).
MAX_DEPTH = 1000
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_COMPACT = re.compile(rf"(?:[-?][ \t]+){{{MAX_DEPTH // 2}}}")


def nests_too_deep(text: str) -> bool:
    if text.count("[") + text.count("{") > MAX_DEPTH:
        brackets = text.encode("utf-8", "ignore").translate(None, _NOT_BRACKETS)  # in C: 1 ms less than a regex
        if any(pair in brackets for pair in (b"[[", b"[{", b"{[", b"{{")):  # a plan's flow lists never nest
            depth = 0
            for bracket in brackets:
                depth = depth + 1 if bracket in b"[{" else max(depth - 1, 0)
                if depth > MAX_DEPTH:
                    return True
    return ("- -" in text or "? " in text) and _COMPACT.search(text) is not None


# An alias needs an anchor (`&name` where a node starts); texts rarely look like one, so most
# files skip the walk. A false alarm (`A &B` in a plain scalar) only costs the walk. The pattern
# has no literal prefix for the regex engine to skip ahead with: `"&" in text` saves the 5 ms it
# takes on a 200 KB plan without any `&`.
MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s\[\]{},]", re.M)


def refuse_aliases(root: yaml.Node, path: str) -> None:
    """An alias makes a node reachable twice; refusing them also defuses 'billion laughs' bombs."""
    seen: set[int] = set()
    stack = [(root, root)]
    while stack:
        node, via = stack.pop()
        if id(node) in seen:
            raise WorkplanError("yaml-alias", node_pos(via, path))
        seen.add(id(node))
        if isinstance(node, MappingNode):
            stack.extend((v, k) for k, v in node.value)
            stack.extend((k, k) for k, _ in node.value)
        elif isinstance(node, SequenceNode):
            stack.extend((item, node) for item in node.value)


# A tag (`!custom`, `!!binary`, `!<…>`) starts a node, after a blank, a line start or a flow indicator.
MAYBE_TAG = re.compile(r"(?:^|[\s\[{,])!", re.M)
# Explicit tags that say what our typing says anyway (`!!str 2026`); `!` alone resolves to one of them.
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map"))


def refuse_tags(root: yaml.Node, path: str) -> None:
    """A plan is plain data: an application tag (`!custom`, `!!python/object`) or a typed one (`!!binary`,
    `!!set`, `!!timestamp`) means something this reader would silently ignore. The first is reported."""
    tagged, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.tag not in PLAIN_TAGS:
            tagged.append(node)
        if isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    if tagged:
        first = min(tagged, key=lambda n: (n.start_mark.line, n.start_mark.column))
        raise WorkplanError("yaml-tag", node_pos(first, path), tag=_shown(first.tag))


def _shown(tag: str) -> str:
    """As the file most likely wrote it: tag:yaml.org,2002:binary → !!binary; `!name` as it is."""
    if tag.startswith("tag:yaml.org,2002:"):
        return "!!" + tag.removeprefix("tag:yaml.org,2002:")
    return tag if tag.startswith("!") else f"!<{tag}>"


def _syntax_error(e: yaml.MarkedYAMLError, text: str, path: str) -> WorkplanError:
    mark = e.problem_mark or e.context_mark
    if "single document" in f"{e.context} {e.problem}":
        return WorkplanError("yaml-multiple-documents", pos(mark, path))
    from .. import messages

    problem = messages.problem(e.problem or e.context or "?", e.problem and e.context)  # libyaml's words, translated
    if mark and "\t" in _line_at(text, mark.line)[: mark.column + 1]:
        problem = messages.t("hint.tab")
    elif mark and (found := _full_width(text, min(m.line for m in (e.context_mark, mark) if m), mark.line)):
        (line, column), code, c = found
        return WorkplanError("yaml-syntax", Pos(path, line + 1, column + 1), problem=messages.t(code, char=messages.char(c)))
    return WorkplanError("yaml-syntax", pos(mark, path), problem=problem)


# What a Chinese keyboard types where YAML wants ASCII, on a line that starts a key or a list item: a
# full-width (U+3000) or no-break (U+00A0) space in the indentation or after a key's colon, a full-width
# colon after a key (keys are ASCII names). libyaml then reports a line later, as a missing ':' or a bad
# indentation. Looked for only after a syntax error, on the lines up to it; a Chinese colon or space in
# a value (`- 坚持：…`, a paragraph opening with 　　) is no key and never matches.
_WIDE_BLANKS = "\u3000\u00a0"
_FULL_WIDTH = re.compile(
    rf"(?P<indent>[ \t{_WIDE_BLANKS}]*)(?:-[ \t{_WIDE_BLANKS}]+)*"
    rf"(?:[A-Za-z_][\w-]*[ \t]*(?:(?P<colon>：)|:(?P<after>[{_WIDE_BLANKS}]))|(?=-[ \t]|[A-Za-z_][\w-]*[ \t]*:))")


def _full_width(text: str, first: int, last: int):
    """((line, column), message code, character) of the first full-width blank or colon on lines
    `first - 2` … `last` (0-based) where YAML syntax wants ASCII, or None."""
    lines = text.split("\n", last + 1)[max(first - 2, 0): last + 1]
    for number, line in enumerate(lines, max(first - 2, 0)):
        m = _FULL_WIDTH.match(line.rstrip("\r"))
        if not m:
            continue
        wide = [i for i, c in enumerate(m.group("indent")) if c in _WIDE_BLANKS]
        if wide:
            return (number, wide[0]), "problem.yaml-fullwidth-indent", line[wide[0]]
        if m.group("colon"):
            return (number, m.start("colon")), "problem.yaml-fullwidth-colon", "："
        if m.group("after"):
            return (number, m.start("after")), "problem.yaml-fullwidth-after-colon", m.group("after")
    return None


# Characters YAML 1.1 does not allow in a stream (libyaml's reader refuses them): C0 controls but tab and
# line breaks, DEL, C1 controls but NEL, surrogates, U+FFFE and U+FFFF.
_UNACCEPTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _unacceptable(e, text: str, path: str) -> WorkplanError:
    """The reader's error at the character's own line and column, named (U+000B, an invisible control character)."""
    from .. import messages

    found = _UNACCEPTABLE.search(text)
    if found is None:
        return WorkplanError("yaml-syntax", Pos(path, 1, 1), problem=str(e))
    from ..sources import line_column

    return WorkplanError("yaml-syntax", Pos(path, *line_column(text, found.start())),
                         problem=messages.t("problem.yaml-control", char=messages.char(found.group())))


def _line_at(text: str, index: int) -> str:
    lines = text.split("\n", index + 1)
    return lines[index] if index < len(lines) else ""


def pos(mark, path: str) -> Pos:
    return Pos(path, mark.line + 1, mark.column + 1) if mark else Pos(path, 1, 1)


def node_pos(node: yaml.Node, path: str) -> Pos:
    return pos(node.start_mark, path)


NULLS = {"", "~", "null", "Null", "NULL"}


def is_plain(node: yaml.Node) -> bool:
    """An unquoted scalar (libyaml says '' where the pure-Python composer says None)."""
    return isinstance(node, ScalarNode) and not node.style


def is_null(node: yaml.Node) -> bool:
    return is_plain(node) and node.value in NULLS
