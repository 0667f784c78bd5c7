"""Read a plan or a department registry from YAML: `read_plan(path) -> (Plan, findings)`."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from .. import messages, sources
from ..errors import WorkplanError
from ..findings import ERROR, Finding, error, warning
from ..model import PLAN_KEYS, Plan, Pos, Registry
from .typed import Converter
from .yaml_nodes import MappingNode, ScalarNode, SequenceNode, compose, refuse_non_plain

REGISTRY_FILE = "departments.yaml"


def read_plan(path: str) -> tuple[Plan, list[Finding]]:
    """Parse `path` (or '-' for stdin). Raises WorkplanError only when the file cannot be read."""
    return parse_plan(sources.read_text(path), path)


def parse_plan(text: str, path: str = "<plan>", prepare=None) -> tuple[Plan, list[Finding]]:
    """`prepare(node)`, if given, may edit the node tree first (the JSON reader drops derived fields)."""
    sources.remember(path, text)
    plan, findings = _parse(text, path, Plan, "what.plan", prepare)
    plan.source = path
    return plan, findings


def registry_file(path: str) -> str:
    """A registry named by its folder (`-r plans`) is the departments.yaml in it."""
    return str(Path(path) / REGISTRY_FILE) if path != sources.STDIN and Path(path).is_dir() else path


def read_registry(path: str) -> tuple[Registry, list[Finding]]:
    path = registry_file(path)
    registry, findings = _parse(sources.read_text(path), path, Registry, "what.registry")
    return _finish_registry(registry, findings, path)


def read_plan_or_registry(path: str, ours_only: bool = False) -> tuple[Plan | Registry | None, list[Finding]]:
    """A plan, or a registry when the file's `departments` is a list (so `validate plans/*.yaml` works).

    `ours_only` (a file found in a folder): None for some other YAML — a mapping with none of a plan's
    keys that is no registry (a CI configuration, mkdocs.yml), as `fmt` leaves such files alone."""
    text = sources.read_text(path)
    document, findings = _parse(text, path, None, "what.plan", ours_only=ours_only)
    if document is None:
        return None, []
    if isinstance(document, Registry):
        return _finish_registry(document, findings, path)
    document.source = path
    return document, findings


def _finish_registry(registry: Registry, findings: list[Finding], path: str) -> tuple[Registry, list[Finding]]:
    registry.source = path
    if not registry.departments and not any(f.severity == ERROR for f in findings):  # `departments: []`
        where = registry.where.get("departments") or registry.where.get("@") or Pos(path, 1, 1)
        findings.append(error("registry-empty", where))
    seen: dict[str, Pos] = {}
    for d in registry.departments:
        if d.name in seen:
            findings.append(error("registry-duplicate", d.where.get("name"), name=d.name))
        seen.setdefault(d.name, d.where.get("name"))
    return registry, findings + list(_check_ambiguous(registry)) + list(_check_groups(registry))


def _check_ambiguous(registry: Registry):
    """A name, full name or alias stands for one department: the same alias under two departments, or
    another department's name as an alias, would silently mean the first. Reported where the name comes
    the second time in the file, with whose it is first; a department may repeat its own names, and two
    departments of one name are registry-duplicate."""
    written = sorted(((pos, text, role, d.name) for d in registry.departments for text, role, pos in _names_of(d)
                      if text and pos), key=lambda item: (item[0].line, item[0].column))
    first: dict[str, tuple[Pos, str, str]] = {}
    for pos, text, role, owner in written:
        if text not in first:
            first[text] = (pos, role, owner)
            continue
        first_pos, first_role, first_owner = first[text]
        if first_owner != owner and not (role == first_role == "name"):
            yield error("registry-ambiguous", pos, name=text, first=first_owner, line=first_pos.line,
                        role=messages.t(f"registry-role.{first_role}"))


def _names_of(d):
    yield d.name, "name", d.where.get("name")
    yield d.full_name, "full_name", d.where.get("full_name")
    for i, alias in enumerate(d.aliases):
        yield alias, "alias", d.where.get(f"aliases[{i}]")


def _check_groups(registry: Registry):
    """A group stands for departments of this registry, at least one, and is not one itself."""
    from ..analyses.departments import did_you_mean

    index, seen, collective = registry.index(), set(), registry.collective()
    for group in registry.groups:
        if group.name in index:
            yield error("group-is-department", group.where.get("name"), name=group.name)
        elif group.name in seen:
            yield error("group-duplicate", group.where.get("name"), name=group.name)
        seen.add(group.name)
        if not group.members:
            yield warning("group-empty", group.where.get("name"), name=group.name)
        for i, member in enumerate(group.members):
            if member in collective:  # 全体: [局各科室, 教研室] — name its departments instead
                yield error("group-in-group", group.where.get(f"members[{i}]"), name=member, group=group.name)
            elif member not in index:
                yield error("group-unknown-member", group.where.get(f"members[{i}]"), name=member, group=group.name,
                            hint=did_you_mean(member, index))


def _parse(text: str, path: str, cls, what: str, prepare=None, ours_only: bool = False):
    """Syntax problems become findings (the file was readable, its content is wrong).

    `cls` None: a Registry when the root's `departments` is a list, else a Plan.
    """
    with _no_cycle_collection():
        return _compose_and_convert(text, path, cls, what, prepare, ours_only)


@contextmanager
def _no_cycle_collection():
    """Composing and typing a plan of 1,000 measures make some 100,000 objects and no reference
    cycles (reference counting frees the node tree), yet they trigger a hundred collections, one
    of them over every object of the process: 20 ms that find nothing to free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _compose_and_convert(text: str, path: str, cls, what: str, prepare, ours_only: bool = False):
    if cls is None and Path(path).name == REGISTRY_FILE:  # one even when broken or empty
        cls, what = Registry, "what.registry"
    try:
        node = compose(text, path, plain_only=False)
        if ours_only and cls is None and other_yaml(node):
            return None, []  # a CI configuration (anchors, tags and all) is not ours to read or refuse
        refuse_non_plain(node, text, path)
    except WorkplanError as e:
        return (cls or Plan)(), [error(e.code, e.pos, **e.args_)]
    if node is None:
        return (cls or Plan)(), [error("registry-empty" if cls is Registry else "empty-file", Pos(path, 1, 1))]
    if cls is None:
        cls, what = (Registry, "what.registry") if is_registry_node(node) else (Plan, what)
    if prepare:
        prepare(node)
    converter = Converter(path)
    result = converter.obj(node, cls, what)
    return result, converter.findings


def other_yaml(node) -> bool:
    """A mapping with none of a plan's keys, and no registry: some other tool's YAML."""
    return isinstance(node, MappingNode) and not is_registry_node(node) and not any(
        k.value in PLAN_KEYS for k, _ in node.value if isinstance(k, ScalarNode))


def is_registry_node(node) -> bool:
    return isinstance(node, MappingNode) and any(
        k.value == "departments" and isinstance(v, SequenceNode) for k, v in node.value)


def yaml_files(paths: list[str]) -> list[str]:
    """The files named, with folders replaced by the .yaml/.yml files under them (hidden folders skipped)."""
    found = []
    for path in paths:
        folder = Path(path)
        if path == sources.STDIN or not folder.is_dir():
            found.append(path)
            continue
        inside = sorted(p for p in folder.rglob("*") if p.suffix.lower() in sources.YAML_SUFFIXES and p.is_file()
                        and not any(part.startswith(".") for part in p.relative_to(folder).parts))
        if not inside:
            raise WorkplanError("fmt.no-files", path=path)
        found += [str(p) for p in inside]
    return found


def registry_path_for(plan: Plan, override: str | None = None) -> tuple[str, bool]:
    """Where the plan's registry is, and whether the user named it (so its absence is an error)."""
    if override:
        return registry_file(override), True
    base = Path(plan.source).parent if plan.source not in ("", sources.STDIN) else Path.cwd()
    if plan.departments:
        # `..\shared\departments.yaml`, written on Windows, must work on a Linux CI runner too: in a
        # plan a backslash separates folders on every system (no one puts one in a file name).
        return str(base / plan.departments.replace("\\", "/")), True
    return str(base / REGISTRY_FILE), False


def load_registry(plan: Plan, override: str | None = None) -> tuple[Registry | None, list[Finding]]:
    """The registry for `plan`; a missing default registry is a warning, a missing named one an error.

    None also when the registry has no departments (empty, malformed, not a registry): its findings
    say so once, and checking the plan's names against it would only call every name unknown."""
    path, named = registry_path_for(plan, override)
    if not Path(path).is_file():
        if override:
            raise WorkplanError("registry-not-found", path=path)
        if named:
            return None, [error("registry-not-found", plan.where.get("departments"), path=path)]
        return None, [warning("registry-missing", plan.where.get("@"), path=path)]
    registry, findings = read_registry(path)
    return (registry if registry.departments else None), findings
