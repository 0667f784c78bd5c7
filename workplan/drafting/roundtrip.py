"""ruamel.yaml round trip for the tools that rewrite a user's file: comments, quotes and order kept.

Settings from peers.md §1.16: `indent(mapping=2, sequence=4, offset=2)` with `preserve_quotes`
gives a byte-identical round trip of our plans; a huge width because re-wrapping CJK text would
insert spaces (folding happens at spaces, and Chinese has none).

A scalar ruamel cannot make a value of (`issued: 2026-02-30`, `!!int abc`: its constructors raise
ValueError, KeyError…) is kept as written, a `KeptScalar`: rewriting a file is no place to judge
its values — `validate` reports the impossible date at its line and column — and `fmt --check`
runs as a pre-commit hook, where a crash or a refusal blocks every commit. With `exact` (fmt), so
is a value ruamel would write back differently (`+12` → 12, `FALSE` → false, `1e400` → .inf).
"""

from __future__ import annotations

import io
from functools import cache

from ..errors import WorkplanError
from ..model import Pos
from ..readers.yaml_nodes import compose, pos

INDENT = {"mapping": 2, "sequence": 4, "offset": 2}
WIDTH = 4096


def _yaml(exact: bool = False):
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip mode
    yaml.Constructor = _classes()[1] if exact else _classes()[0]
    yaml.Representer = _classes()[2]
    yaml.Emitter = _classes()[3]
    yaml.indent(**INDENT)
    yaml.preserve_quotes = True
    yaml.width = WIDTH
    return yaml


class KeptScalar(str):
    """A scalar as the file has it — text, tag and quoting — for one ruamel would not read or write back
    as it is; dumped exactly so (`issued: 2026-02-30` stays `issued: 2026-02-30`)."""

    __slots__ = ("ctag", "style")

    def __new__(cls, text: str, ctag=None, style=None):
        kept = super().__new__(cls, text)
        kept.ctag, kept.style = ctag, style
        return kept

    def replaced(self, text: str) -> KeptScalar:
        """The same kind of scalar with other words (`new` moving a year in it)."""
        return KeptScalar(text, self.ctag, self.style)

    @property
    def explicit(self) -> bool:
        """Whether the file wrote its tag (`!!int abc`, `!custom x`) rather than leaving it to be resolved."""
        return self.ctag is not None and self.ctag.handle is not None


@cache
def _classes():
    """(constructor, exact constructor, representer, emitter): ruamel's round-trip ones, keeping what they cannot carry."""
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.emitter import Emitter as RuamelEmitter
    from ruamel.yaml.events import ScalarEvent
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.representer import RoundTripRepresenter

    class Constructor(RoundTripConstructor):
        exact = False

        def construct_non_recursive_object(self, node, tag=None):
            if not isinstance(node, ScalarNode):
                return super().construct_non_recursive_object(node, tag)
            try:
                value = super().construct_non_recursive_object(node, tag)
            except Exception:  # noqa: BLE001 — any constructor's complaint about a text: keep the text
                return KeptScalar(node.value, node.ctag, node.style)
            if self.exact and not isinstance(value, str) and not _writes_back(value, node):
                return KeptScalar(node.value, node.ctag, node.style)
            return value

    class ExactConstructor(Constructor):
        exact = True

    class Representer(RoundTripRepresenter):
        pass

    def represent_kept(representer, data: KeptScalar):
        tag = data.ctag if data.ctag is not None else "tag:yaml.org,2002:str"
        return representer.represent_scalar(tag, data, style=data.style)  # the emitter sees what it is

    Representer.add_representer(KeptScalar, represent_kept)

    class Emitter(RuamelEmitter):
        """Writes a KeptScalar's tag if the file wrote it, and plain if it was plain (ruamel would quote `!!int abc`)."""

        def emit(self, event) -> None:
            if isinstance(event, ScalarEvent) and isinstance(event.value, KeptScalar) and event.value.explicit:
                event.implicit = (False, False, event.implicit[2])
            super().emit(event)

        def choose_scalar_style(self):
            kept = self.event.value
            if isinstance(kept, KeptScalar) and not kept.style:
                if self.analysis is None:
                    self.analysis = self.analyze_scalar(kept)
                scalar = self.analysis
                plain = scalar.allow_flow_plain if self.flow_level else scalar.allow_block_plain
                if plain and not (self.simple_key_context and (scalar.empty or scalar.multiline)):
                    return ""
            return super().choose_scalar_style()

    return Constructor, ExactConstructor, Representer, Emitter


def _writes_back(value, node) -> bool:
    """Whether ruamel writes `value` back as the node was written: same text, plain, no tag of its own."""
    if value is None:  # ~, null or nothing: written as nothing, the one spelling of null in fmt's layout
        return node.ctag.handle is None
    if node.style or node.ctag.handle is not None:  # "12" or !!int 12: ruamel drops the quotes or the tag
        return False
    from ruamel.yaml.representer import RoundTripRepresenter

    try:
        written = RoundTripRepresenter(dumper=None).represent_data(value)
    except Exception:  # noqa: BLE001
        return False
    return written.value == node.value and not written.style


def load(text: str, path: str, exact: bool = False):
    """The document as ruamel's commented tree; the same syntax errors as `validate` reports.

    `exact`: every scalar is written back as it was read (KeptScalar), as fmt promises.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    node = compose(text, path)  # libyaml first: its messages and positions are the ones users know
    if node is None:
        raise WorkplanError("empty-file", Pos(path, 1, 1))
    try:
        # ruamel keeps the \r of CRLF in comment tokens, then drops the blank line after such a
        # comment, and takes a lone \r (old Mac) for no line break at all, a comment running on to the
        # end of the file; line endings are put back by with_line_endings.
        data = _yaml(exact).load(newlines(text))
    except MarkedYAMLError as e:
        raise WorkplanError("yaml-syntax", pos(e.problem_mark or e.context_mark, path),
                            problem=e.problem or e.context or "?") from None
    except (YAMLError, RecursionError) as e:
        raise WorkplanError("yaml-syntax", Pos(path, 1, 1), problem=str(e)) from None
    except Exception as e:  # noqa: BLE001 — a constructor ruamel did not guard: never a traceback
        raise WorkplanError("yaml-syntax", Pos(path, 1, 1), problem=f"{type(e).__name__}: {e}") from None
    if not isinstance(data, dict):
        from .. import messages

        found = messages.t("type.list" if isinstance(data, list) else "type.text")
        raise WorkplanError("not-a-mapping", Pos(path, 1, 1), what=messages.t("what.plan"), found=found)
    return data


def newlines(text: str) -> str:
    """`text` with \\n line breaks only: YAML reads \\r\\n (Windows) and a lone \\r (old Mac) as \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def with_line_endings(result: str, source: str) -> str:
    """`result` (ruamel writes \\n) with the line endings most lines of `source` have — \\r\\n (Windows)
    or a lone \\r (old Mac, as some editors still save) — as an editor does: a rewrite keeps the file's
    own line endings (and one pasted CRLF line does not turn a whole file into CRLF)."""
    if "\r" not in source:
        return result
    crlf = source.count("\r\n")
    lf, cr = source.count("\n") - crlf, source.count("\r") - crlf
    ending = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"), key=lambda count_ending: count_ending[0])[1]
    return result if ending == "\n" else result.replace("\n", ending)


def dump(data) -> str:
    from .comments import rescue_block_items

    rescue_block_items(data)
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()
