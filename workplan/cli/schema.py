"""`workplan schema`: print the JSON Schema of the plan (or registry) format."""

from __future__ import annotations

import typer

from .app import app, echo_json


@app.command()
def schema(
    registry_format: bool = typer.Option(False, "--departments", help="The schema of departments.yaml instead."),
    registry: str = typer.Option(None, "--registry", "-r", help="Offer this registry's department names in completion."),
    output: str = typer.Option(None, "--output", "-o", help="Write to a file instead of standard output."),
):
    """Print the plan JSON Schema (for yaml-language-server / VS Code).

    Example: workplan schema -r plans/departments.yaml -o schema/plan.schema.json
    """
    from .. import atomic
    from ..readers.yaml_plan import read_registry
    from ..schema import dumps, plan_schema, registry_schema

    reg = read_registry(registry)[0] if registry else None
    text = dumps(registry_schema() if registry_format else plan_schema(reg))
    if output:
        atomic.write_text(output, text)
    else:
        echo_json(text.rstrip("\n"))
