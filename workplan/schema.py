"""JSON Schema of the plan and registry files, generated from the model's fields and metadata.

Used by yaml-language-server (VS Code's YAML extension) for completion and checks as you type;
`workplan schema` prints it, and the committed copies in schema/ are tested against this output.
"""

from __future__ import annotations

import dataclasses
import json
import typing

from .model import DateText, Names, Plan, Registry
from .readers.typed import fields_of

DRAFT = "http://json-schema.org/draft-07/schema#"


def plan_schema(registry: Registry | None = None) -> dict:
    names = _department_enum(registry)
    defs: dict[str, dict] = {}
    root = _object(Plan, defs, names)
    return {"$schema": DRAFT, "$id": "workplan/plan.schema.json", "title": "workplan 工作计划", **root,
            "definitions": defs}


def registry_schema() -> dict:
    defs: dict[str, dict] = {}
    root = _object(Registry, defs, None)
    return {"$schema": DRAFT, "$id": "workplan/departments.schema.json", "title": "workplan 科室名册", **root,
            "definitions": defs}


def dumps(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _object(cls, defs: dict, names) -> dict:
    properties = {}
    for f, hint in fields_of(cls):
        prop = _type(hint, defs, names, f.name)
        meta = f.metadata
        prop["description"] = f"{meta['zh']} — {meta['en']}"
        if meta.get("choices"):
            prop["enum"] = list(meta["choices"])
        properties[f.name] = prop
    required = [f.name for f, _ in fields_of(cls) if f.metadata.get("required")]
    schema = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = required
    return schema


def _ref(cls, defs: dict, names) -> dict:
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # reserve first: Measure refers to itself
        defs[cls.__name__] = _object(cls, defs, names)
    return {"$ref": f"#/definitions/{cls.__name__}"}


def _type(hint, defs: dict, names, field_name: str) -> dict:
    if hint is Names:
        item = {"type": "string", **({"enum": names[field_name]} if names else {})}
        return {"anyOf": [item, {"type": "array", "items": item}]}
    if hint is DateText:
        return {"type": ["string", "integer"]}
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        items = _ref(item, defs, names) if dataclasses.is_dataclass(item) else {"type": "string"}
        return {"type": "array", "items": items}
    if dataclasses.is_dataclass(hint):
        return _ref(hint, defs, names)
    return {"type": {int: "integer", float: "number"}.get(hint, "string")}


def _department_enum(registry: Registry | None) -> dict | None:
    if registry is None:
        return None
    lead = list(registry.index())
    return {"lead": lead, "support": lead + sorted(registry.collective())}




def check_output(path: str, registry_format: bool = False) -> None:
    """Bad usage (exit 2) before any work when -o is no place for a schema: a YAML name (a plan's, a
    registry's: `schema -o departments.yaml` would replace the registry), or an existing plan or registry
    whatever its name. An old schema is an old output, replaced."""
    from pathlib import Path

    from .errors import WorkplanError
    from .sources import YAML_SUFFIXES

    if path == "-":
        return
    example = f"schema/{'departments' if registry_format else 'plan'}.schema.json"
    if Path(path).suffix.lower() in YAML_SUFFIXES:
        raise WorkplanError("schema-output-yaml", path=path, example=example)
    if _plan_or_registry(Path(path)):
        raise WorkplanError("schema-output-plan", path=path, example=example)


def _plan_or_registry(path) -> bool:
    """Whether `path` is an existing file whose top level is a plan's or a registry's (JSON is YAML too);
    a JSON Schema names itself with "$schema". Composed, not loaded: nodes only, aliases never expanded."""
    from .errors import WorkplanError
    from .model import PLAN_KEYS
    from .readers.yaml_nodes import MappingNode, ScalarNode, SequenceNode, compose

    try:
        if not path.is_file() or path.stat().st_size > 50 * 1024 * 1024:
            return False
        root = compose(path.read_text(encoding="utf-8-sig"), str(path))
    except (OSError, ValueError, WorkplanError):  # unreadable, not UTF-8, not YAML: no plan of ours
        return False
    if not isinstance(root, MappingNode):
        return False
    keys = {k.value: v for k, v in root.value if isinstance(k, ScalarNode)}
    if "$schema" in keys:
        return False
    return isinstance(keys.get("departments"), SequenceNode) or bool((PLAN_KEYS - {"title"}) & set(keys))
