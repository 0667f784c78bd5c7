"""Read a plan exported as JSON (`export --format json`) back into the model.

JSON is YAML: the YAML reader's composer and typed converter do the work, with their positions
and findings; only the derived `number` fields, which a plan never stores, are dropped first.
"""

from __future__ import annotations

from .. import sources
from ..errors import WorkplanError
from ..findings import Finding, error
from ..model import Plan, Pos
from .typed import Converter
from .yaml_nodes import MappingNode, ScalarNode, SequenceNode, compose

DERIVED = "number"


def read_json_plan(path: str) -> tuple[Plan, list[Finding]]:
    return parse_json_plan(sources.read_text(path), path)


def parse_json_plan(text: str, path: str = "<json>") -> tuple[Plan, list[Finding]]:
    try:
        node = compose(text, path)
    except WorkplanError as e:
        return Plan(), [error(e.code, e.pos, **e.args_)]
    if node is None:
        return Plan(), [error("empty-file", Pos(path, 1, 1))]
    _drop_derived(node)
    converter = Converter(path)
    plan = converter.obj(node, Plan, "what.plan")
    plan.source = path
    return plan, converter.findings


def _drop_derived(node) -> None:
    if isinstance(node, MappingNode):
        node.value = [(k, v) for k, v in node.value if not (isinstance(k, ScalarNode) and k.value == DERIVED)]
        for _, value in node.value:
            _drop_derived(value)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _drop_derived(item)
