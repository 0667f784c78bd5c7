"""render: plan → context → template → blocks → .docx, Markdown or HTML (SPEC §8)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from . import messages
from .atomic import names_folder
from .blocks import build
from .errors import WorkplanError
from .findings import Finding, warning
from .model import Plan, Registry

if TYPE_CHECKING:
    from .readers.reference_docx import Reference

FORMATS = {".docx": "docx", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def output_format(path: str) -> str:
    """The format an output path asks for by its suffix; '-' (standard output) gets the .docx."""
    if path == "-":
        return "docx"
    if names_folder(path):  # -o . or -o 输出: a file in it is meant, which only the user can name
        raise WorkplanError("output-is-folder", path=path)
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise WorkplanError("render-unknown-format", suffix=suffix or path)
    return FORMATS[suffix]


def render_plan(plan: Plan, kind: str, fmt: str, template: str | None = None, numbering: str | None = None,
                registry: Registry | None = None, dept: str | None = None,
                reference: Reference | None = None) -> tuple[bytes, list[Finding], int]:
    """The document's bytes, the warnings met on the way, and how many blocks it has.

    `registry` is the one the plan was validated against: department names print as it names them.
    `dept` (a registry name, see `department`) makes a task table of that department's tasks only (the
    one each department receives): those it leads or supports, also as a member of a group in support
    (局各科室). `reference` (a restyled .docx, see reference_docx) gives the .docx its styles and margins."""
    if reference and fmt != "docx":
        raise WorkplanError("render-reference-not-docx")
    index = registry.index() if registry else {}
    dept = dept or ""
    groups = frozenset(g for g, members in registry.members().items() if dept in members) if dept and registry \
        else frozenset()
    blocks, findings = build(plan, kind, index, Path(template) if template else None, numbering, dept, groups)
    if fmt == "docx":
        from .writers.docx import write_docx

        data = write_docx(blocks, landscape=kind == "tasks", title=plan.title, author=plan.org, reference=reference)
        if reference and reference.missing:
            findings.append(warning("reference-missing-styles", None, path=reference.path,
                                    names=messages.join(reference.missing)))
    elif fmt == "markdown":
        from .writers.markdown import write_markdown

        data = write_markdown(blocks).encode("utf-8")
    else:
        from .writers.html import write_html

        data = write_html(blocks, plan.title).encode("utf-8")
    return data, findings, len(blocks)


REFERENCE_LIMIT = 64 * 2**20


def read_reference(path: str) -> Reference:
    """A reference .docx (render --reference-doc); a .docx with pictures may well exceed a plan's limit."""
    from . import sources
    from .readers.reference_docx import read_reference as parse

    try:
        data = sources.read_bytes(path, limit=REFERENCE_LIMIT)
    except WorkplanError as e:
        if e.code != "file-too-large":
            raise
        raise WorkplanError("reference-too-large", path=path, size=e.args_["size"],
                            limit=e.args_["limit"]) from None
    return parse(data, path)


def department(plan: Plan, kind: str, name: str, registry: Registry | None) -> str:
    """The registry name of `name` (or an alias of it), when it has tasks in the plan."""
    from .analyses.departments import did_you_mean

    if kind != "tasks":
        raise WorkplanError("render-dept-not-tasks")
    index = registry.index() if registry else {}
    collective = registry.collective() if registry else frozenset()
    # 局各科室 too: its table has the rows that name it, as `depts --dept 局各科室` lists them
    named = set(departments_with_tasks(plan, registry)) | (collective & set(_names_in_tasks(plan, index)))
    known = {**{n: n for n in named | collective}, **index}
    if name not in known:
        raise WorkplanError("depts-no-dept", name=name, hint=did_you_mean(name, known))
    if known[name] not in named:
        raise WorkplanError("render-dept-no-tasks", name=known[name])
    return known[name]


def departments_with_tasks(plan: Plan, registry: Registry | None) -> list[str]:
    """Every department a task names as lead or support, as the registry names it, in order of first
    mention, with the members of a group named in support; collective references (局各科室) left out."""
    index, members = (registry.index(), registry.members()) if registry else ({}, {})
    collective = registry.collective() if registry else frozenset()
    names = (name for written in _names_in_tasks(plan, index) for name in members.get(written, (written,)))
    return [n for n in dict.fromkeys(names) if n not in collective]


def _names_in_tasks(plan: Plan, index: dict[str, str]) -> list[str]:
    """Every name the task table's rows give as lead or support, as the registry names it, in order."""
    from .writers.task_rows import task_rows

    return [written for row in task_rows(plan, index) for written in (*row.lead, *row.support)]


def file_name(name: str) -> str:
    """`name` as a file name on every system: Windows forbids \\ / : * ? " < > | and a trailing dot or space."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).rstrip(". ") or "_"
