"""Whole documents through `workplan import`: our own fixtures in every numbering and annotation
form, in every text encoding, against golden plans (WORKPLAN_UPDATE_GOLDEN=1 rewrites them: review
the diff by eye), and what the command prints, writes and exits with."""

import json
import os
from pathlib import Path

import pytest
from conftest import run

from workplan.readers.yaml_plan import read_plan

HERE = Path(__file__).resolve().parent / "import"
UPDATE = os.environ.get("WORKPLAN_UPDATE_GOLDEN") == "1"
FIXTURES = ["forms", "variants", "plain", "speech", "wrapped"]


def imported(tmp_path, name: str, *args) -> tuple[str, object]:
    out = tmp_path / f"{name}.yaml"
    r = run("import", HERE / f"{name}.txt", "-o", out, *args)
    assert r.code == 0, r.err
    return out.read_text(encoding="utf-8"), r


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_imports_to_its_golden_plan(tmp_path, name):
    text, _ = imported(tmp_path, name)
    golden = HERE / f"{name}.expected.yaml"
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FIXTURES)
def test_imported_plan_validates(tmp_path, name):
    imported(tmp_path, name)
    r = run("validate", tmp_path / f"{name}.yaml")
    assert r.code == 0, r.out


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-16"])
@pytest.mark.parametrize("name", ["forms", "speech"])
def test_every_encoding_gives_the_same_plan(tmp_path, name, encoding):
    source = tmp_path / f"{name}.txt"
    source.write_bytes((HERE / f"{name}.txt").read_text(encoding="utf-8").encode(encoding))
    assert run("import", source, "-o", tmp_path / "a.yaml").code == 0
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == (HERE / f"{name}.expected.yaml").read_text(encoding="utf-8")


FORMS = [  # (title, lead, support) of every measure of forms.txt, one annotation form each
    ("抓实理论学习", ["办公室"], ["组织人事股", "纪检组"]),
    ("深化基层党建", ["组织人事股"], []),
    ("加强意识形态工作", ["办公室"], ["思政股"]),
    ("推进清廉学校建设", ["纪检组"], ["办公室", "计财股"]),
    ("扩大普惠学前资源", ["基础教育股"], ["计财股", "规划建设股"]),
    ("促进义务教育均衡", ["基础教育股"], ["教研室"]),
    ("办好特殊教育", ["基础教育股"], ["教研室", "特教学校"]),
    ("提升普通高中办学质量", ["基础教育股"], ["教研室", "考试中心"]),
    ("加强师德师风建设", ["人事股（教师工作股）"], ["纪检组"]),
    ("优化教师资源配置", ["人事股（教师工作股）"], ["计财股"]),
    ("提升教师专业能力", ["教师发展中心"], ["人事股（教师工作股）"]),
    ("推进名师工作室建设", ["教师发展中心"], ["人事股（教师工作股）"]),
    ("完善教师待遇保障", ["计财股"], ["人事股（教师工作股）"]),
    ("健全安全工作体系", [], []),
    ("加强安全教育", ["安全股"], ["基础教育股"]),
    ("强化隐患排查", [], []),
    ("开展消防安全检查", ["安全股"], []),
    ("开展校车安全检查", ["安全股"], ["交警大队"]),
    ("整治校园周边环境", ["安全股"], ["各乡镇中心学校"]),
    ("加强食品安全管理", ["安全股"], ["计财股", "基础教育股"]),
    ("完成县委、县政府交办的其他工作", ["局各股室"], []),
]


def test_every_annotation_form_becomes_lead_and_support(tmp_path):
    imported(tmp_path, "forms")
    plan, _ = read_plan(str(tmp_path / "forms.yaml"))
    assert [(m.title, m.lead, m.support) for m in plan.all_measures()] == FORMS
    assert (plan.title, plan.org, plan.year, plan.issued) == ("青岚县教育局2025年工作要点", "青岚县教育局", 2025, "2025-02-20")
    assert [(t.name, t.value, t.cmp) for t in plan.goals.targets] == [
        ("学前三年毛入园率", 92, ">="), ("九年义务教育巩固率", 97.5, ">="), ("高中阶段毛入学率", 93, "="),
        ("义务教育辍学率", 0.5, "<=")]
    food = plan.all_measures()[-2]
    assert food.due == "2025-12" and food.text.endswith("不低于95%。")  # a PDF-style wrap at "95%"
    assert "15" not in plan.all_measures()[-3].text  # "15整治…" lost its dot: still a label


def test_text_is_kept_exactly_apart_from_number_and_annotation(tmp_path):
    imported(tmp_path, "forms")
    plan, _ = read_plan(str(tmp_path / "forms.yaml"))
    m = plan.all_measures()[3]
    assert m.text == "开展廉政教育进校园活动，一是开展警示教育，二是完善制度建设。"  # 一是…二是 stay inline


def test_comments_mark_what_to_check(tmp_path):
    text, r = imported(tmp_path, "forms")
    assert "# import: 编号跳过了 16（原文第 45 行）" in text
    assert "forms.txt:45:1: 警告[import-number-skipped]" in r.err


def test_speech_parts(tmp_path):
    imported(tmp_path, "speech")
    plan, _ = read_plan(str(tmp_path / "speech.yaml"))
    s = plan.speech
    assert (plan.kind, plan.year, plan.org) == ("speech", 2025, "县教育局")
    assert (s.speaker, s.speaker_title, s.date, s.salutation) == ("林某某", "局长", "2025-02-26", "同志们：")
    assert s.occasion == "全县教育工作会议" and s.opening.startswith("今天召开") and s.closing.endswith("谢谢大家！")
    assert [i.title for i in plan.review] == ["办学条件持续改善", "教育质量稳中有升"]
    assert [i.title for i in plan.problems] == ["城乡差距依然存在", "安全压力持续较大"]
    assert [len(sec.measures) for sec in plan.sections] == [2, 2] and plan.numbering == "per-section"


def test_registry_resolves_aliases_and_flags_unknown_names(tmp_path):
    out = tmp_path / "p.yaml"
    r = run("import", HERE / "forms.txt", "-o", out, "--registry", HERE / "departments.yaml")
    assert r.code == 1  # 交警大队 is not in the registry: the written plan does not validate yet
    assert "交警大队 不在科室名册中" in out.read_text(encoding="utf-8")
    assert "unknown-department" in r.err
    plan, _ = read_plan(str(out))
    leads = {m.title: (m.lead, m.support) for m in plan.all_measures()}
    assert leads["加强师德师风建设"] == (["组织人事股"], ["纪检组"])  # written as an alias
    assert leads["扩大普惠学前资源"][0] == ["基础教育股"]
    assert plan.departments.endswith("departments.yaml")


def test_write_registry_makes_a_starter_registry_the_plan_validates_against(tmp_path):
    out, reg = tmp_path / "plans" / "p.yaml", tmp_path / "plans" / "departments.yaml"
    r = run("import", HERE / "forms.txt", "-o", out, "--write-registry", reg)
    assert r.code == 0, r.err
    registry = reg.read_text(encoding="utf-8")
    assert "name: 交警大队" in registry and "placeholders: [各乡镇中心学校]" in registry
    assert "# import: 局各股室 是泛指" in registry  # it leads in the document: a department to check
    assert run("validate", out).code == 0
    assert run("import", HERE / "forms.txt", "-o", out, "--write-registry", reg).code == 2  # never overwritten


def test_standard_output_and_json_summary(tmp_path):
    r = run("import", HERE / "variants.txt")
    assert r.code == 0 and r.out.startswith("# 由 workplan import 从 variants.txt 导入")
    r = run("import", HERE / "variants.txt", "-o", tmp_path / "v.yaml", "--format", "json")
    data = r.json()
    assert (data["sections"], data["measures"], data["annotated"], data["numbering"]) == (3, 12, 10, "per-section")
    assert all(d["severity"] == "warning" for d in data["validation"]) and data["title"] == "松溪区教育体育局2024年工作重点"


def test_options_override_the_document(tmp_path):
    text, _ = imported(tmp_path, "plain", "--org", "枫林市教育局", "--year", "2023", "--kind", "workpoints")
    assert "org: 枫林市教育局" in text
    r = run("import", HERE / "plain.txt", "-o", tmp_path / "x.yaml", "--year", "1800")
    assert r.code == 2


def test_stdin_is_read(tmp_path):
    r = run("import", "-", "-o", tmp_path / "s.yaml", input=(HERE / "speech.txt").read_text(encoding="utf-8"))
    assert r.code == 0 and "kind: speech" in (tmp_path / "s.yaml").read_text(encoding="utf-8")


def test_english_messages(tmp_path):
    r = run("--lang", "en", "import", HERE / "forms.txt", "-o", tmp_path / "f.yaml", "--format", "json")
    assert json.loads(r.out)["notes"][0]["message"] == "numbering skipped 16"


def test_a_cover_notice_is_dropped_and_its_attachment_imported(tmp_path):
    doc = tmp_path / "notice.txt"
    doc.write_text("\n".join([
        "青岚县教育局关于印发《青岚县教育局2025年工作要点》的通知", "各股室、各学校：",
        "现将《青岚县教育局2025年工作要点》印发给你们，请认真贯彻落实。", "青岚县教育局", "2025年2月20日",
        "青岚县教育局2025年工作要点", "2025年全县教育工作的总体要求是：坚持立德树人。", "一、加强党的建设",
        "1.抓实理论学习：全年集中学习不少于10次。（牵头：办公室）", "抄送：县委教育工委，县政府办。",
        "青岚县教育局办公室　　2025年2月21日印发"]), encoding="utf-8")
    r = run("import", doc, "-o", tmp_path / "n.yaml")
    assert r.code == 0, r.err
    plan, _ = read_plan(str(tmp_path / "n.yaml"))
    assert plan.title == "青岚县教育局2025年工作要点" and plan.preamble == "2025年全县教育工作的总体要求是：坚持立德树人。"
    m = plan.all_measures()[0]
    assert (m.title, m.text, m.lead) == ("抓实理论学习", "全年集中学习不少于10次。", ["办公室"])  # title ends at the colon


def test_a_pasted_task_table(tmp_path):
    doc = tmp_path / "table.txt"
    doc.write_text("青岚县教育局2025年重点工作任务分解表\n序号\t类别\t工作任务\t具体内容\t牵头单位\t配合单位\t完成时限\n"
                   "1\t党的建设\t抓实理论学习\t全年集中学习不少于10次。\t办公室\t组织人事股\t2025年12月\n"
                   "2\t\t深化基层党建\t打造示范校3所。\t组织人事股\t\t全年\n", encoding="utf-8")
    assert run("import", doc, "-o", tmp_path / "t.yaml").code == 0
    plan, _ = read_plan(str(tmp_path / "t.yaml"))
    assert [s.title for s in plan.sections] == ["党的建设"]
    assert [(m.title, m.lead, m.support, m.due) for m in plan.all_measures()] == [
        ("抓实理论学习", ["办公室"], ["组织人事股"], "2025-12"), ("深化基层党建", ["组织人事股"], [], "全年")]


@pytest.mark.parametrize(("header", "row", "lead", "people"), [
    ("牵头领导\t牵头单位\t配合单位", "张三\t办公室\t组织人事股", ["办公室"], "牵头领导：张三"),
    ("牵头单位\t责任领导\t责任人", "办公室\t张三\t王五、赵六", ["办公室"], "责任领导：张三；责任人：王五、赵六"),
    ("分管局领导", "张三", ["待定"], "分管局领导：张三"),
])
def test_a_task_table_column_of_people_is_no_department(tmp_path, header, row, lead, people):
    doc = tmp_path / "table.txt"
    doc.write_text(f"青岚县教育局2025年重点工作任务分解表\n序号\t工作任务\t具体内容\t{header}\t完成时限\n"
                   f"1\t抓实理论学习\t全年集中学习不少于10次。\t{row}\t2025年12月\n", encoding="utf-8")
    r = run("import", doc, "-o", tmp_path / "t.yaml")
    plan, _ = read_plan(str(tmp_path / "t.yaml"))
    m = plan.all_measures()[0]
    assert (m.title, m.text, m.lead, m.due) == ("抓实理论学习", "全年集中学习不少于10次。", lead, "2025-12")
    assert f"（{people}）" in (tmp_path / "t.yaml").read_text(encoding="utf-8") and "import-people-kept" in r.err


def test_help_shows_an_example():
    r = run("import", "--help")
    assert r.code == 0 and "示例：workplan import" in r.out


def test_a_broken_registry_is_trouble(tmp_path):
    (tmp_path / "departments.yaml").write_text("departments: [", encoding="utf-8")
    r = run("import", HERE / "forms.txt", "-o", tmp_path / "p.yaml", "-r", tmp_path / "departments.yaml")
    assert r.code == 2 and not (tmp_path / "p.yaml").exists()
