"""YAML text → a node tree with line/column marks (libyaml's composer), and errors as WorkplanError.

We compose instead of load: nodes keep their positions, and we type scalars ourselves (YAML 1.2
style: `no` stays text, dates stay text), which sidesteps PyYAML's YAML 1.1 surprises.
"""

from __future__ import annotations

import yaml

from ..errors import WorkplanError
from ..model import Pos

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: slower, same result
    Loader = yaml.SafeLoader

ScalarNode = yaml.ScalarNode
MappingNode = yaml.MappingNode
SequenceNode = yaml.SequenceNode


def compose(text: str, path: str) -> yaml.Node | None:
    """The single document of `text` as a node tree (None when empty)."""
    loader = Loader(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        raise _syntax_error(e, path) from None
    except yaml.YAMLError as e:
        raise WorkplanError("yaml-syntax", Pos(path, 1, 1), problem=str(e)) from None
    except RecursionError:
        raise WorkplanError("yaml-too-deep", Pos(path, 1, 1)) from None
    finally:
        loader.dispose()


def _syntax_error(e: yaml.MarkedYAMLError, path: str) -> WorkplanError:
    if "expected a single document" in (e.problem or ""):
        return WorkplanError("yaml-multiple-documents", pos(e.problem_mark, path))
    problem = e.problem or e.context or "?"
    if "\\t" in problem or "'\\t'" in problem or "\t" in problem:
        from .. import messages

        problem = messages.t("hint.tab")
    mark = e.problem_mark or e.context_mark
    return WorkplanError("yaml-syntax", pos(mark, path), problem=problem)


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
