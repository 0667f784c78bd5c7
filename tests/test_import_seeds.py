"""The five real documents in ../shared/seeds (web copies with debris and lost digits): each
imports to a plan that validates, with its title, year, parts and every annotation read."""

from datetime import date

import pytest
from conftest import SEEDS, run

from workplan.readers.yaml_plan import read_plan

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")

EXPECTED = {  # seed → (kind, title, year, sections, top-level measures, all measures, annotated)
    "000": ("workpoints", "教育局2017年工作要点", 2017, 6, 30, 61, 55),
    "001": ("workpoints", "常德市2021年工作要点", 2021, 7, 32, 32, 0),
    "002": ("workpoints", "市教育局近五年工作总结和今后五年工作谋划", date.today().year, 2, 4, 31, 0),
    "003": ("workpoints", "平度市2024年教育工作重点:创新实施“123”工程", 2024, 6, 21, 21, 0),
    "004": ("speech", "全市教育工作暨党风廉政建设工作会议讲话稿", 2016, 6, 25, 25, 0),
}


def seed(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_imports_to_a_plan_that_validates(tmp_path, prefix):
    out = tmp_path / f"{prefix}.yaml"
    r = run("import", seed(prefix), "-o", out, "--format", "json")
    assert r.code == 0, r.err
    kind, title, year, sections, top, total, annotated = EXPECTED[prefix]
    data = r.json()
    assert (data["kind"], data["title"], data["year"]) == (kind, title, year)
    assert (data["sections"], data["measures"], data["annotated"]) == (sections, total, annotated)
    plan, _ = read_plan(str(out))
    assert sum(len(s.measures) for s in plan.sections) == top
    assert run("validate", out).code == 0


def test_every_annotation_of_the_annotated_seed_is_read(tmp_path):
    text = seed("000").read_text(encoding="utf-8")
    written = text.count("(牵头:") + sum(1 for line in text.splitlines() if line.endswith(("(教育科)", "(教培中心)",
                                                                                         "(督导办)", "(职成教所)", "(局相关科室)")))
    out = tmp_path / "000.yaml"
    run("import", seed("000"), "-o", out)
    plan, _ = read_plan(str(out))
    leaves = [m for m in plan.all_measures() if not m.measures]
    assert written == len(leaves) == 55
    assert all(m.lead and m.lead != ["待定"] for m in leaves)
    assert "&" not in out.read_text(encoding="utf-8")  # &bsp; and &t; are gone
    first = plan.sections[0].measures[0]
    assert (first.title, first.lead, first.support) == ("强化政治理论学习", ["思教科"], ["办公室"])


def test_the_speech_seed_has_its_parts(tmp_path):
    out = tmp_path / "004.yaml"
    run("import", seed("004"), "-o", out)
    plan, _ = read_plan(str(out))
    assert len(plan.review) == 6 and len(plan.problems) == 6
    assert plan.speech.salutation == "同志们:" and plan.speech.closing.endswith("谢谢大家!")
    assert plan.review[0].title == "持续推进党的建设,从严治党进一步加强"
    assert plan.sections[0].measures[0].title == "进一步加强和改进德育工作"  # its "1" was lost


def test_no_web_debris_is_left(tmp_path):
    for prefix in EXPECTED:
        out = tmp_path / f"{prefix}.yaml"
        run("import", seed(prefix), "-o", out)
        text = out.read_text(encoding="utf-8")
        for debris in ("收集整理", "浏览次数", "上一篇", "下一篇", "网友评论", "相关公文", "当前位置", "转载请", "返回首页"):
            assert debris not in text.replace(" ", ""), (prefix, debris)
