"""The workload matrix: checked against counts computed here, independently, from the sample YAML files."""

from __future__ import annotations

from collections import defaultdict

import yaml
from conftest import PLANS, run
from hypothesis import given, settings
from hypothesis import strategies as st

from workplan.analyses.context import Context
from workplan.analyses.workload import workload
from workplan.model import Department, Measure, Plan, Registry, Section


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def expected(plan_file) -> dict[str, dict[str, list[int]]]:
    """name → section id → [lead, support], straight from the YAML: once per measure naming a department,
    as lead if it is among the leads; aliases resolved; collective references not counted."""
    registry = load(PLANS / "departments.yaml")
    canon = {}
    for d in registry["departments"]:
        for alias in [*d.get("aliases", []), d.get("full_name")]:
            canon.setdefault(alias, d["name"])
    canon.update({d["name"]: d["name"] for d in registry["departments"]})
    # A group in support (局各科室) is support for each of its members; other collective names count for no one.
    groups = {g["name"]: {canon.get(m, m) for m in g["members"]} for g in registry.get("groups", [])}
    collective = set(registry.get("placeholders", [])) | set(groups)
    counts: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))

    def names(value):
        written = {canon.get(n, n) for n in ([value] if isinstance(value, str) else value or [])}
        return written - collective | {m for n in written for m in groups.get(n, ())}

    def visit(measure, section):
        leads = names(measure.get("lead"))
        for name in leads:
            counts[name][section][0] += 1
        for name in names(measure.get("support")) - leads:
            counts[name][section][1] += 1
        for child in measure.get("measures") or []:
            visit(child, section)

    for section in load(plan_file)["sections"]:
        for measure in section["measures"]:
            visit(measure, section["id"])
    return counts


def test_matrix_of_the_2026_plan():
    want = expected(PLANS / "2026.yaml")
    got = run("depts", PLANS / "2026.yaml", "-f", "json").json()["departments"]
    sections = [s["id"] for s in load(PLANS / "2026.yaml")["sections"]]
    for d in got:
        assert d["by_section"] == {s: dict(zip(("lead", "support"), want[d["name"]][s], strict=True)) for s in sections}
        assert [d["lead"], d["support"]] == [sum(c[i] for c in want[d["name"]].values()) for i in (0, 1)]
    registry = {d["name"] for d in load(PLANS / "departments.yaml")["departments"]}
    assert {d["name"] for d in got} == registry | set(want)
    loads = [(d["lead"], d["support"]) for d in got]
    assert loads == sorted(loads, reverse=True)


def test_text_table_shows_the_same_counts():
    want = expected(PLANS / "2026.yaml")
    sections = [s["id"] for s in load(PLANS / "2026.yaml")["sections"]]
    out = run("depts", PLANS / "2026.yaml").out.splitlines()
    for name in ("基础教育科", "教研室", "教培中心"):
        cells = next(line.split() for line in out if line.split()[:1] == [name])
        lead, support = (sum(c[i] for c in want[name].values()) for i in (0, 1))
        by_section = [f"{a}/{b}" if a or b else "·" for a, b in (want[name][s] for s in sections)]
        assert cells == [name, str(lead), str(support), *by_section]


def test_several_plans_give_a_column_per_plan():
    files = [PLANS / "2025.yaml", PLANS / "2026.yaml"]
    per_plan = [expected(f) for f in files]
    got = run("depts", *files, "-f", "json").json()["departments"]
    for d in got:
        for plan_counts, entry in zip(per_plan, d["by_plan"], strict=True):
            lead, support = (sum(c[i] for c in plan_counts[d["name"]].values()) for i in (0, 1))
            assert (entry["lead"], entry["support"]) == (lead, support), d["name"]
        assert d["lead"] == sum(p["lead"] for p in d["by_plan"])


# --- properties of the counting, over random plans

REGISTRY = Registry(departments=[Department("办公室"), Department("思教科"), Department("基础教育科", aliases=["基教科"])],
                    placeholders=["局各科室"])
NAMES = st.lists(st.sampled_from(["办公室", "思教科", "基础教育科", "基教科", "局各科室", "督导室"]), max_size=4)


def measures(depth: int):
    children = measures(depth - 1) if depth > 1 else st.just([])
    return st.lists(st.builds(Measure, title=st.just("措施"), lead=NAMES, support=NAMES, measures=children),
                    max_size=3)


plans = st.lists(measures(3), min_size=1, max_size=4).map(
    lambda groups: Plan(title="计划", sections=[Section(id=f"s{i}", title=f"第{i}部分", measures=g)
                                               for i, g in enumerate(groups)]))


@settings(max_examples=150, deadline=None)
@given(plans)
def test_counts_add_up(plan):
    ctx = Context.of(REGISTRY)
    load_ = workload([(plan, ctx)])
    canon = {"基教科": "基础教育科"}
    leads = sum(len({canon.get(n, n) for n in m.lead} - {"局各科室"}) for m in plan.all_measures())
    assert sum(d.counts().lead for d in load_.departments) == leads
    for d in load_.departments:
        total = d.counts()
        assert len(d.tasks) == total.lead + total.support
        assert len({id(t.measure) for t in d.tasks}) == len(d.tasks)  # once per measure
        by_section = [d.counts(0, col.section) for col in load_.columns()]
        assert sum(c.lead for c in by_section) == total.lead and sum(c.support for c in by_section) == total.support
        assert d.name not in ("基教科", "局各科室")
    ranked = [(d.counts().lead, d.counts().support) for d in load_.departments]
    assert ranked == sorted(ranked, reverse=True)
