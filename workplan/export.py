"""export (SPEC §10): the normalised plan as JSON, a Markdown preview, or the task table as .xlsx."""

from __future__ import annotations

from pathlib import Path

from .errors import WorkplanError
from .model import Plan, Registry

# what -o may be called for each --format; the first is the one suggested
SUFFIXES = {"json": (".json",), "markdown": (".md", ".markdown"), "xlsx": (".xlsx",)}


def check_output(path: str, fmt: str) -> None:
    """Bad usage (exit 2) before any work when -o's extension is not one `fmt` writes, as render, diff
    and depts do: `-f markdown -o 2026.yaml` would replace the plan with its preview."""
    from . import messages

    target = Path(path)
    if path == "-" or target.exists() and not target.is_file() and not target.is_dir():
        return  # standard output, /dev/null, a pipe: a stream, whatever its name
    if target.suffix.lower() not in SUFFIXES[fmt]:
        raise WorkplanError("export-output", path=path, format=fmt, suffixes=messages.join(SUFFIXES[fmt]))


def export_plan(plan: Plan, fmt: str, registry: Registry | None = None) -> bytes:
    """The bytes of `plan` in `fmt`; department names resolved through its registry (if there is one)."""
    index = registry.index() if registry else {}
    if fmt == "json":
        from .writers.json_plan import write_json

        return write_json(plan, index).encode("utf-8")
    if fmt == "markdown":
        from .render import render_plan

        return render_plan(plan, plan.kind, "markdown", registry=registry)[0]
    from .writers.xlsx import tasks_xlsx

    return tasks_xlsx(plan, index)
