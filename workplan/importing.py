"""The import command as a library function: document → plan YAML (+ starter registry), written
atomically, then checked the way `validate` would check it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from . import atomic, messages, sources
from .errors import WorkplanError
from .findings import ERROR, Finding
from .model import Registry
from .readers.text_import import Imported, Options, import_document
from .readers.text_import.names import maybe_same, starter_registry
from .readers.yaml_plan import REGISTRY_FILE
from .writers.yaml_plan import dump_plan, dump_registry


@dataclass
class Result:
    imported: Imported
    source: str
    output: str
    text: str  # the YAML written
    registry_written: str | None = None
    departments: int = 0
    maybe_same: list[tuple[str, str]] = field(default_factory=list)  # (later, earlier) names of the registry written
    problems: list[Finding] = field(default_factory=list)  # what validate finds in the written plan

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.problems if f.severity == ERROR]

    @property
    def empty(self) -> bool:
        """No measure was found (the document is no work plan, or its numbering was not recognised): the plan is written,
        with the text in its preamble, but the import did not succeed — exit 1, as for a finding."""
        return any(f.code == "import-no-measures" for f in self.imported.notes.findings)


def import_to_yaml(source: str, output: str, options: Options, registry_path: str | None = None,
                   write_registry: str | None = None, force: bool = False) -> Result:
    """Import `source`, write the plan to `output` ('-': only return it), check what was written.

    Nothing the user has is overwritten unasked: an existing plan only with `force`, an existing
    registry never, the document itself never. A folder as `output` gets YEAR.yaml in it, and as
    `write_registry` departments.yaml."""
    if write_registry:
        write_registry = atomic.in_folder(write_registry, REGISTRY_FILE)
    into_folder = atomic.names_folder(output)
    imported = import_document(source, options)  # first: a file that is no document is said to be none
    plan = imported.plan
    if into_folder:
        output = atomic.in_folder(output, f"{plan.year}.yaml")
    _check_outputs(source, output, write_registry, force, registry_path)
    registry, collective = starter_registry(plan) if write_registry else (None, [])
    if registry and not registry.departments:  # a registry of no department fails validate and blocks render
        imported.notes.add(None, "import-registry-empty", path=write_registry, folder=_folder(write_registry))
        write_registry = None
    registry_file = write_registry or registry_path
    if registry_file and output != sources.STDIN:
        plan.departments = _relative(registry_file, output)
    comments = imported.notes.comments()
    header = messages.t("import-header", source=_name(source))
    comments[id(plan)] = [header, *comments.get(id(plan), [])]
    text = dump_plan(plan, comments)
    result = Result(imported, source, output, text)
    if write_registry:
        notes = {id(d): ["import: " + messages.t("import-collective-department", name=d.name)] for d in collective}
        notes[id(registry)] = [messages.t("import-registry-header", source=_name(source))]
        result.maybe_same = maybe_same([d.name for d in registry.departments])
        by_name = {d.name: d for d in registry.departments}
        for later, other in result.maybe_same:  # on the later name: the entry to remove if it is the same
            notes.setdefault(id(by_name[later]), []).append(
                "import: " + messages.t("import-registry-same", name=later, other=other))
        atomic.write_text(write_registry, dump_registry(registry, notes))
        result.registry_written, result.departments = write_registry, len(registry.departments)
    if output != sources.STDIN:
        atomic.write_text(output, text)
    # a registry given with -r was read already (options.registry); a starter just written is read back
    result.problems = _check(text, output, registry_file, None if write_registry else options.registry)
    return result


def _check_outputs(source: str, output: str | None, write_registry: str | None, force: bool,
                   registry_path: str | None = None) -> None:
    """Refuse, before anything is written, to write over the document or a registry read (-r, or the
    departments.yaml beside the plan when none is named), even with --force (which overwrites an old
    output, never an input), over an existing plan (without --force) or a registry (ever), or the plan and
    the registry into one file."""
    # without -r or --write-registry the plan is checked against the departments.yaml beside it
    default = _registry_beside(output) if output and not registry_path and not write_registry else None
    for written in (output, write_registry):
        for read in (source, registry_path, default):
            if written and read and atomic.same_file(written, read):
                raise WorkplanError("output-is-input", path=written)
    if output and write_registry and atomic.same_file(output, write_registry):
        raise WorkplanError("output-twice", path=output)
    if write_registry and Path(write_registry).exists():
        raise WorkplanError("import-registry-exists", path=write_registry)
    if output and output != sources.STDIN and _is_registry(output):  # --force replaces a plan, not a registry
        raise WorkplanError("import-registry-exists", path=output)
    if output and output != sources.STDIN and Path(output).is_file() and not force:
        raise WorkplanError("new-exists", path=output)


def _registry_beside(output: str) -> str | None:
    """The registry a plan written to `output` is checked against when none is named, if there is one."""
    beside = Path(output).parent / REGISTRY_FILE
    return str(beside) if output != sources.STDIN and beside.is_file() else None


def _is_registry(path: str) -> bool:
    """Whether `path` is an existing department registry: a departments.yaml (whatever it holds, as
    validate reads one), or a file whose top level is a registry's."""
    from .readers.yaml_plan import read_plan_or_registry

    if not Path(path).is_file():
        return False
    if Path(path).name.lower() == REGISTRY_FILE:
        return True
    try:
        document, _ = read_plan_or_registry(path)
    except WorkplanError:  # not UTF-8, unreadable: no registry of ours
        return False
    return isinstance(document, Registry)


def _folder(path: str) -> str:
    """The folder of `path` as a command to paste names it (. for the current one)."""
    return messages.command_arg(Path(path).parent.as_posix())


def _name(source: str) -> str:
    return Path(source).name if source != sources.STDIN else "-"


def _relative(registry: str, output: str) -> str:
    """The registry as the plan's `departments:` sees it: relative to the plan's folder."""
    base = Path(output).resolve().parent
    try:
        return Path(os.path.relpath(Path(registry).resolve(), base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(registry).resolve().as_posix()


def _check(text: str, output: str, registry_path: str | None, registry: Registry | None) -> list[Finding]:
    """What `validate` finds in the plan as written: the text in hand is parsed, not read back from
    `output`, and a registry already read is not read again."""
    from .analyses.context import Context
    from .analyses.validate import check_plan
    from .readers.yaml_plan import load_registry, parse_plan

    plan, findings = parse_plan(text, "<stdout>" if output == sources.STDIN else output)
    if registry is None and (registry_path or output != sources.STDIN):
        registry, reg_findings = load_registry(plan, registry_path)
        findings += reg_findings
    return sorted(findings + check_plan(plan, Context.of(registry)), key=Finding.sort_key)


def counts(result: Result) -> dict:
    plan = result.imported.plan
    return {"sections": len(plan.sections), "measures": len(plan.all_measures()),
            "annotated": result.imported.annotated, "targets": len(plan.all_targets()),
            "notes": len(result.imported.notes.findings)}


def summary_line(result: Result) -> str:
    output = result.output if result.output != sources.STDIN else "-"
    return messages.t("import-summary", source=result.source, output=output, **counts(result))


def collapsed(findings: list[Finding], keep: int = 3) -> tuple[list[Finding], dict[str, int]]:
    """At most `keep` notes of each kind; how many more of each kind there were."""
    shown, more = [], {}
    for f in findings:
        seen = sum(1 for s in shown if s.code == f.code)
        if seen < keep:
            shown.append(f)
        else:
            more[f.code] = more.get(f.code, 0) + 1
    return shown, more


def summary_json(result: Result) -> str:
    import json

    from .report import diagnostic

    plan = result.imported.plan
    data = {"source": result.source, "output": result.output, "title": plan.title, "org": plan.org,
            "year": plan.year, "kind": plan.kind, "numbering": plan.numbering, **counts(result),
            "registry_written": result.registry_written,
            "registry_maybe_same": [{"name": later, "other": other} for later, other in result.maybe_same],
            "notes": [diagnostic(f) for f in result.imported.notes.findings],
            "validation": [diagnostic(f) for f in result.problems]}
    return json.dumps(data, ensure_ascii=False, indent=2)
