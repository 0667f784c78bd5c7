"""Properties: the YAML writer reads back equal for any plan, and any generated work-points plan
comes back from its rendered .docx (render → import → equal titles, texts, departments, targets)."""

from conftest import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import_docx import comparable

from workplan.model import CMPS, Goals, Measure, Plan, Section, Speech, Target
from workplan.readers.text_import import Options, import_document
from workplan.readers.yaml_plan import parse_plan
from workplan.writers.yaml_plan import dump_plan

# --- any text at all: the writer must quote, fold or escape it so it reads back the same
TRICKY = st.lists(st.sampled_from(list("教育局科。，：:#-'\"&*!|>%@`[]{}?\\ \n\t\u3000\u2028é1~") +
                                  ["yes", "null", "- ", ": ", " #", "0.5", "2026-06", "=", "true"]), max_size=12).map("".join)
NAME = st.text(st.sampled_from(list("教育局科室办中心-:#'\"*&!1 ")), min_size=1, max_size=8).filter(
    lambda s: s.strip() == s and s.strip())


@st.composite
def any_plan(draw) -> Plan:
    def measure(depth: int) -> Measure:
        return Measure(id=draw(st.none() | st.just(f"m{draw(st.integers(0, 10**6))}")), title=draw(TRICKY),
                       text=draw(TRICKY), lead=draw(st.lists(NAME, max_size=2)), support=draw(st.lists(NAME, max_size=2)),
                       due=draw(st.none() | TRICKY), targets=[target() for _ in range(draw(st.integers(0, 1)))],
                       measures=[measure(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 3 else 0)))])

    def target() -> Target:
        return Target(name=draw(TRICKY), value=draw(st.integers(-10, 10**6) | st.floats(0, 100, allow_nan=False).map(
            lambda f: round(f, 2))), unit=draw(st.sampled_from(["%", "个", "", "yes"])), cmp=draw(st.sampled_from(CMPS)))

    plan = Plan(title=draw(TRICKY), org=draw(TRICKY), year=draw(st.integers(1949, 2100)),
                kind=draw(st.sampled_from(["workpoints", "speech"])), preamble=draw(TRICKY),
                ideas=draw(st.lists(TRICKY, max_size=2)), issued=draw(st.none() | TRICKY))
    if draw(st.booleans()):
        plan.goals = Goals(text=draw(TRICKY), targets=[target() for _ in range(draw(st.integers(0, 2)))])
    plan.sections = [Section(title=draw(TRICKY), text=draw(TRICKY), measures=[measure(1) for _ in range(draw(st.integers(0, 2)))])
                     for _ in range(draw(st.integers(0, 3)))]
    if draw(st.booleans()):
        plan.speech = Speech(speaker=draw(TRICKY), opening=draw(TRICKY), salutation=draw(TRICKY))
    return plan


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_plan())
def test_written_yaml_reads_back_equal(plan):
    text = dump_plan(plan, {id(plan): ["import: 说明\n第二行"]})
    back, findings = parse_plan(text, "p.yaml")
    assert [f for f in findings if f.code in ("yaml-syntax", "wrong-type", "unknown-key")] == []
    assert back == plan


# --- realistic work-points plans: through the renderer and back
PHRASES = ["深入推进", "全面落实", "义务教育优质均衡发展", "学前教育普惠发展", "教师队伍建设", "校园安全管理",
           "课后服务质量", "家校社协同育人", "心理健康教育", "集团化办学", "新增学位3000个", "覆盖全部乡镇"]
DEPTS = ["办公室", "思教科", "基础教育科", "教研室", "信息中心", "组织人事科", "计划财务科", "安全管理科", "督导办"]
TARGET_NAMES = ["学前三年毛入园率", "九年义务教育巩固率", "高中阶段毛入学率", "义务教育辍学率", "新增中小学学位"]


def words(draw, low: int, high: int, sep: str = "，") -> str:
    return sep.join(draw(st.sampled_from(PHRASES)) + draw(st.sampled_from(PHRASES)) for _ in range(draw(st.integers(low, high))))


@st.composite
def work_points(draw) -> Plan:
    def measure(depth: int) -> Measure:
        lead = draw(st.lists(st.sampled_from(DEPTS), min_size=1, max_size=2, unique=True))
        support = draw(st.lists(st.sampled_from([d for d in DEPTS if d not in lead]), max_size=3, unique=True))
        children = [measure(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 3 else 0)))]
        return Measure(title=words(draw, 1, 1), text=words(draw, 0, 4) + "。" if draw(st.booleans()) else "",
                       lead=lead, support=support, measures=children)

    year = draw(st.integers(2000, 2099))
    plan = Plan(title=f"青岚县教育局{year}年工作要点", org="青岚县教育局", year=year,
                numbering=draw(st.sampled_from(["continuous", "per-section"])),
                preamble=f"{year}年全县教育工作的总体要求是：" + words(draw, 2, 5) + "。",
                ideas=[words(draw, 2, 5) + "。" for _ in range(draw(st.integers(0, 2)))],
                issued=draw(st.none() | st.just(f"{year}-02-20")))
    if draw(st.booleans()):
        names = draw(st.lists(st.sampled_from(TARGET_NAMES), max_size=3, unique=True))
        units = [draw(st.sampled_from(["%", "个", "所"])) for _ in names]
        plan.goals = Goals(text=words(draw, 1, 3) + "。主要指标：", targets=[
            Target(name=n, value=draw(st.integers(1, 1000).map(lambda v: v / 10) if unit == "%" else st.integers(1, 9999)),
                   unit=unit, cmp=draw(st.sampled_from(CMPS))) for n, unit in zip(names, units, strict=True)])
    plan.sections = [Section(title=words(draw, 1, 2), text=draw(st.sampled_from(["", words(draw, 3, 6) + "。"])),
                             measures=[measure(1) for _ in range(draw(st.integers(1, 3)))])
                     for _ in range(draw(st.integers(2, 4)))]
    return plan


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(work_points())
def test_any_work_points_plan_comes_back_from_its_document(tmp_path_factory, plan):
    folder = tmp_path_factory.mktemp("rt")
    (folder / "p.yaml").write_text(dump_plan(plan), encoding="utf-8")
    r = run("render", folder / "p.yaml", "-o", folder / "p.docx")
    assert r.code == 0, r.err
    back = import_document(str(folder / "p.docx"), Options()).plan
    assert comparable(back) == comparable(plan)
