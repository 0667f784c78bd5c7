"""render: plan → context → template → blocks → .docx, Markdown or HTML (SPEC §8)."""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    (局各科室); a collective name (局各科室 itself) gets the rows that name it. `reference` (a restyled .docx, see reference_docx) gives the .docx its styles and margins."""
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
    """The registry name of `name` when it has tasks in the plan, found as `depts --dept` finds it
    (workload.find_department: an alias, blanks around it, a group or placeholder — whose table has the
    rows naming it —, else "did you mean")."""
    from .analyses.workload import find_department

    if kind != "tasks":
        raise WorkplanError("render-dept-not-tasks")
    found = find_department(plan_workload(plan, registry), name)
    if not found.tasks:
        raise WorkplanError("render-dept-no-tasks", name=found.name)
    return found.name


def plan_workload(plan: Plan, registry: Registry | None):
    """The plan's workload as `depts` counts it: who carries which measures."""
    from .analyses.context import Context
    from .analyses.workload import workload

    return workload([(plan, Context.of(registry))])


def department_files(plan: Plan, registry: Registry | None, folder: str) -> dict[str, str]:
    """render --each-dept: department → the file of its table in `folder`, named after it (see `file_name`),
    for every department that leads or supports a task, also as a member of a group in support (Workload.named:
    collective names left out)."""
    tables: dict[str, str] = {}
    for name in plan_workload(plan, registry).named:
        stem, n = file_name(name), 1
        while (path := str(Path(folder) / f"{stem}{f'-{n}' if n > 1 else ''}.docx")) in tables.values():
            n += 1  # 党政办/人事 and 党政办_人事 make one file name: the second gets -2
        tables[name] = path
    return tables


@dataclass
class Written:
    """What render --each-dept did: the tables written, those that could not be, the warnings (once)."""

    written: list[tuple[str, str]]  # (department, file)
    failed: list[WorkplanError]  # each naming its file (args_["path"])
    findings: list[Finding]


def render_departments(plan: Plan, tables: dict[str, str], template: str | None = None, numbering: str | None = None,
                       registry: Registry | None = None, reference: Reference | None = None) -> Written:
    """Each department's task table into its file of `tables` (`department_files`). All are rendered before
    any is written, so that a template failing for one department changes no file; a table that cannot be
    written (open in WPS, read-only, a folder of its name in the way) does not stop the others."""
    from .atomic import write_bytes

    documents, findings = {}, {}
    for name in tables:
        documents[name], found, _ = render_plan(plan, "tasks", "docx", template, numbering, registry, name, reference)
        findings.update(dict.fromkeys(found))  # the same warnings for every table: said once
    result = Written([], [], list(findings))
    for name, path in tables.items():
        try:
            write_bytes(path, documents[name])
        except WorkplanError as e:
            # a folder of the table's name: the advice of -o (give a file name) does not fit, -o names the folder
            result.failed.append(WorkplanError("render-each-dept-in-the-way", path=path)
                                 if e.code == "output-is-folder" else e)
            continue
        result.written.append((name, path))
    return result


def file_name(name: str) -> str:
    """`name` as a file name on every system: Windows forbids \\ / : * ? " < > | and a trailing dot or space."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).rstrip(". ") or "_"
