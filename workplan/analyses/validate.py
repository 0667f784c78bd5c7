"""validate: run every check over a plan and its registry, findings sorted by position."""

from __future__ import annotations

from ..findings import Finding
from ..findings import strict as promote
from ..model import Plan, Registry
from ..readers.yaml_plan import load_registry, read_plan, read_plan_or_registry
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


def validate_file(path: str, registry: str | None = None,
                  strict: bool = False) -> tuple[Plan, list[Finding], Registry | None]:
    """Read and check one plan file; also the registry it was checked against, so that no caller
    reads that again. Raises WorkplanError only when a file cannot be read."""
    plan, findings = read_plan(path)
    return plan, *_check_read(plan, findings, registry, strict)


def validate_path(path: str, registry: str | None = None, strict: bool = False,
                  ours_only: bool = False) -> list[Finding] | None:
    """The findings for a plan file or, so that `validate plans/*.yaml` works, a department registry.

    `ours_only` (a file found in a folder): None for a YAML file that is neither (a CI configuration)."""
    document, findings = read_plan_or_registry(path, ours_only)
    if document is None:
        return None
    if isinstance(document, Plan):
        return _check_read(document, findings, registry, strict)[0]
    return _ordered(findings, strict)


def _check_read(plan: Plan, findings: list[Finding], registry: str | None,
                strict: bool) -> tuple[list[Finding], Registry | None]:
    reg = None
    if not any(f.code in READ_FATAL for f in findings):
        reg, reg_findings = load_registry(plan, registry)
        findings += reg_findings + check_plan(plan, Context.of(reg))
    return _ordered(findings, strict), reg


def _ordered(findings: list[Finding], strict: bool) -> list[Finding]:
    findings.sort(key=Finding.sort_key)
    return promote(findings) if strict else findings


# When the file is not a plan at all, content checks would only add noise.
READ_FATAL = {"yaml-syntax", "yaml-alias", "yaml-tag", "yaml-multiple-documents", "yaml-too-deep", "empty-file",
              "not-a-mapping"}
