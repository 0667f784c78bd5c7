"""depts: read plans with their registries, cross-check every department reference, build the workload."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import WorkplanError
from ..findings import Finding
from ..model import Plan
from ..readers.yaml_plan import load_registry, read_plan, read_plan_or_registry, registry_path_for, yaml_files
from .context import Context
from .departments import check_departments
from .validate import READ_FATAL
from .workload import Workload, check_overload, check_unused, workload


@dataclass
class DeptsResult:
    findings: list[Finding]  # reading problems, per-measure department findings, unused, overloaded
    workload: Workload


def check_files(paths: list[str], registry: str | None = None, max_lead: int | None = None) -> DeptsResult:
    """Cross-check `paths` together; a folder stands for the plans in it. Raises WorkplanError only when
    a file cannot be read."""
    findings: list[Finding] = []
    plans: list[tuple[Plan, Context]] = []
    contexts: dict[str, Context] = {}  # registry path → its context: plans sharing a registry read it once
    for plan, found in _plans(paths):
        findings += found
        if any(f.code in READ_FATAL for f in found):
            continue  # not a plan at all: nothing to count
        ctx = contexts.get(registry_path_for(plan, registry)[0])
        if ctx is None:
            reg, reg_findings = load_registry(plan, registry)
            findings += reg_findings  # said once per registry; a missing one once per plan
            ctx = Context.of(reg)
            if reg is not None:
                contexts[reg.source] = ctx
        findings += check_departments(plan, ctx)
        plans.append((plan, ctx))
    load = workload(plans)
    findings += [*check_unused(load), *check_overload(load, max_lead)]
    # A file given twice (a column each) says its problems once.
    return DeptsResult(sorted(dict.fromkeys(findings), key=Finding.sort_key), load)


def _plans(paths: list[str]):
    """(plan, reading findings) of each file named and of each plan in a folder named — the registry and
    any other YAML beside them left out, as `validate` and `fmt` take folders."""
    for given in paths:
        any_plan = False
        for path in yaml_files([given]):
            document, found = read_plan(path) if path == given else read_plan_or_registry(path, ours_only=True)
            if isinstance(document, Plan):
                any_plan = True
                yield document, found
        if not any_plan:
            raise WorkplanError("depts.no-plans", path=given)
