"""Read a plan exported as JSON (`export --format json`) back into the model.

JSON is YAML: the YAML reader's composer and typed converter do the work, with their positions
and findings; only the derived `number` fields, which a plan never stores, are dropped first.
"""

from __future__ import annotations

from .. import sources
from ..findings import Finding
from ..model import Plan
from .yaml_nodes import MappingNode, ScalarNode, SequenceNode
from .yaml_plan import parse_plan

DERIVED = "number"


def read_json_plan(path: str) -> tuple[Plan, list[Finding]]:
    return parse_json_plan(sources.read_text(path), path)


def parse_json_plan(text: str, path: str = "<json>") -> tuple[Plan, list[Finding]]:
    return parse_plan(text, path, prepare=_drop_derived)


def _drop_derived(node) -> None:
    if isinstance(node, MappingNode):
        node.value = [(k, v) for k, v in node.value if not (isinstance(k, ScalarNode) and k.value == DERIVED)]
        for _, value in node.value:
            _drop_derived(value)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _drop_derived(item)
