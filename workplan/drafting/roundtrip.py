"""ruamel.yaml round trip for the tools that rewrite a user's file: comments, quotes and order kept.

Settings from peers.md §1.16: `indent(mapping=2, sequence=4, offset=2)` with `preserve_quotes`
gives a byte-identical round trip of our plans; a huge width because re-wrapping CJK text would
insert spaces (folding happens at spaces, and Chinese has none).
"""

from __future__ import annotations

import io

from ..errors import WorkplanError
from ..model import Pos
from ..readers.yaml_nodes import compose, pos

INDENT = {"mapping": 2, "sequence": 4, "offset": 2}
WIDTH = 4096


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip mode
    yaml.indent(**INDENT)
    yaml.preserve_quotes = True
    yaml.width = WIDTH
    return yaml


def load(text: str, path: str):
    """The document as ruamel's commented tree; the same syntax errors as `validate` reports."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    node = compose(text, path)  # libyaml first: its messages and positions are the ones users know
    if node is None:
        raise WorkplanError("empty-file", Pos(path, 1, 1))
    try:
        # ruamel keeps the \r of CRLF in comment tokens, then drops the blank line after such a
        # comment; line endings are put back by with_line_endings.
        data = _yaml().load(text.replace("\r\n", "\n"))
    except MarkedYAMLError as e:
        raise WorkplanError("yaml-syntax", pos(e.problem_mark or e.context_mark, path),
                            problem=e.problem or e.context or "?") from None
    except (YAMLError, RecursionError) as e:
        raise WorkplanError("yaml-syntax", Pos(path, 1, 1), problem=str(e)) from None
    if not isinstance(data, dict):
        from .. import messages

        found = messages.t("type.list" if isinstance(data, list) else "type.text")
        raise WorkplanError("not-a-mapping", Pos(path, 1, 1), what=messages.t("what.plan"), found=found)
    return data


def with_line_endings(result: str, source: str) -> str:
    """`result` (ruamel writes \\n) with the Windows line endings of `source`, if most of its lines
    have them: as an editor does, a rewrite keeps the file's own line endings (and one pasted
    CRLF line does not turn a whole file into CRLF)."""
    return result.replace("\n", "\r\n") if source.count("\r\n") * 2 > source.count("\n") else result


def dump(data) -> str:
    from .comments import rescue_block_items

    rescue_block_items(data)
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()
