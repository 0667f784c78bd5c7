"""validate: run every check over a plan and its registry, findings sorted by position."""

from __future__ import annotations

from .. import sources
from ..errors import WorkplanError
from ..findings import Finding
from ..findings import strict as promote
from ..model import Plan
from ..readers.yaml_nodes import MappingNode, SequenceNode, compose
from ..readers.yaml_plan import load_registry, read_plan, read_registry
from .context import Context
from .dates import check_dates
from .departments import check_departments
from .ids import check_ids
from .structure import check_structure
from .targets import check_targets
from .text import check_duplicate_text, check_text

CHECKS = (check_structure, check_ids, check_dates, check_targets, check_departments, check_text,
          check_duplicate_text)


def check_plan(plan: Plan, ctx: Context) -> list[Finding]:
    return [f for check in CHECKS for f in check(plan, ctx)]


def validate_file(path: str, registry: str | None = None, strict: bool = False) -> tuple[Plan, list[Finding]]:
    """Read and check one plan file. Raises WorkplanError only when a file cannot be read."""
    plan, findings = read_plan(path)
    if not any(f.code in READ_FATAL for f in findings):
        reg, reg_findings = load_registry(plan, registry)
        findings += reg_findings
        findings += check_plan(plan, Context.of(reg))
    findings.sort(key=Finding.sort_key)
    return plan, promote(findings) if strict else findings


def validate_path(path: str, registry: str | None = None, strict: bool = False) -> list[Finding]:
    """The findings for a plan file or, so that `validate plans/*.yaml` works, a department registry."""
    if not is_registry_file(path):
        return validate_file(path, registry, strict)[1]
    findings = sorted(read_registry(path)[1], key=Finding.sort_key)
    return promote(findings) if strict else findings


def is_registry_file(path: str) -> bool:
    """A registry's `departments` is the list of departments; a plan's names a file."""
    if path == sources.STDIN:
        return False
    try:
        node = compose(sources.read_text(path), path)
    except WorkplanError:  # validate_file reports it
        return False
    return isinstance(node, MappingNode) and any(
        k.value == "departments" and isinstance(v, SequenceNode) for k, v in node.value)


# When the file is not a plan at all, content checks would only add noise.
READ_FATAL = {"yaml-syntax", "yaml-alias", "yaml-multiple-documents", "yaml-too-deep", "empty-file", "not-a-mapping"}
