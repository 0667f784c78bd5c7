"""`workplan schema`: print the JSON Schema of the plan (or registry) format."""

from __future__ import annotations

import typer

from .app import Format, app, echo_json


@app.command(help="help.schema", short_help="help.schema.summary")
def schema(
    registry_format: bool = typer.Option(False, "--departments", help="help.schema.departments"),
    registry: str = typer.Option(None, "--registry", "-r", help="help.schema.registry"),
    output: str = typer.Option(None, "--output", "-o", help="help.schema.output"),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="help.schema.format"),  # of failures
):
    from .. import atomic
    from ..readers.yaml_plan import registry_file
    from ..schema import check_output, dumps, plan_schema, registry_schema
    from .common import refuse_inputs

    if output:  # before any work: never the registry read, a plan or a registry (a schema is .json)
        refuse_inputs(output, registry and registry_file(registry))
        check_output(output, registry_format)
    reg = _registry(registry) if registry else None
    text = dumps(registry_schema() if registry_format else plan_schema(reg))
    if output:
        atomic.write_text(output, text)
    else:
        echo_json(text.rstrip("\n"))


def _registry(path: str):
    """The registry as validate reads it; one with errors, or no departments, would give a schema whose
    department lists are empty (the editor would mark every department): its findings, exit 2."""
    from ..findings import ERROR, Finding, error
    from ..readers.yaml_plan import read_registry
    from .common import exit_trouble

    registry, findings = read_registry(path)  # no departments is an error (registry-empty) there too
    errors = [f for f in findings if f.severity == ERROR]
    if any(f.code == "unknown-key" and f.args.get("key") in PLAN_ONLY_KEYS for f in errors):
        first = min(errors, key=Finding.sort_key)
        exit_trouble([error("schema-plan-as-registry", first.pos, path=path)])
    if errors:
        exit_trouble(errors)
    return registry


PLAN_ONLY_KEYS = frozenset({"title", "year", "sections", "goals", "preamble"})  # a plan's, never a registry's
