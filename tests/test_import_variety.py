"""Documents from bureaus the importer was not written for: a 县教育局 (股, 县直各学校), a 区教育和体育局
(第一部分, 【责任单位】, titles on their own line), a 市教育局 plan sent as a 通知's attachment, a
讲话稿 (第一，…), a web copy with debris and half-width punctuation, a PDF copy with hard wraps
and page numbers, a .docx with Word list numbering and one with a 任务分解表; then a 县 plan with ①
measures under 1. headings, a 市 plan of unnumbered run-in titles (“强化思想引领。……”) with a closing
call, a web copy in full-width digits with 【责任单位】, 完成时限 and 注： lines of their own, and a .docx
numbered only through its heading styles. Each answer was decided by hand: every measure's title,
lead and support, in order."""

import importlib.util
from pathlib import Path

import pytest
from conftest import run

from workplan.readers.text_import import import_document

HERE = Path(__file__).resolve().parent / "import" / "variety"
_spec = importlib.util.spec_from_file_location("make_docx", HERE / "make_docx.py")
make_docx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_docx)

P, T, K = "人事股（教师管理股）", "县直各学校", "各乡镇中心校"
COUNTY = [
    ("强化政治理论武装", ["办公室"], [P, "纪检监察室"]),
    ("推进学校党建提质", [P], [T, K]),
    ("压实全面从严治党责任", ["纪检监察室"], []),
    ("扩大学前教育普惠资源", ["计划财务股"], ["基础教育股", "项目办"]),
    ("推进义务教育均衡发展", ["基础教育股"], ["计划财务股", "项目办"]),
    ("提升普通高中办学水平", ["基础教育股"], []),
    ("关爱特殊群体学生", ["基础教育股"], [K, "县特殊教育学校"]),
    ("加强师德师风建设", [P], ["纪检监察室"]),
    ("优化教师资源配置", [P], ["计划财务股"]),
    ("提升教师专业素养", ["教师进修学校"], []),
    ("加强校园安全管理", ["安全稳定股"], [T, K]),
    ("做好学生资助工作", ["学生资助中心"], []),
    ("深化教育督导改革", ["督导室"], ["基础教育股"]),
    ("推进依法治校", ["督导室"], ["政策法规股", T]),
    ("加强教育信息化建设", [], []),  # its two sub-measures carry the annotations
    ("建设智慧校园", ["电教仪器站"], []),
    ("提升教师信息素养", ["电教仪器站"], ["教师进修学校"]),
    ("完成县委县政府交办的其他工作", ["局机关各股室"], [T]),
]
DISTRICT = [
    ("深化思政课改革创新", ["德育科"], []),
    ("加强劳动教育和心理健康教育", ["德育科"], ["体卫艺科", "教研室"]),
    ("推进体教融合", ["竞技体育科"], ["体卫艺科"]),
    ("实施学位扩容工程", ["发展规划科"], ["计划财务科", "基建办"]),
    ("推进集团化办学", ["基础教育科"], ["发展规划科"]),
    ("规范民办教育和校外培训", ["民办教育科（校外教育培训监管科）"], []),
    ("完善全民健身设施", ["群众体育科"], ["计划财务科", "各街道"]),
    ("举办品牌体育赛事", ["群众体育科"], ["竞技体育科", "区体育中心"]),
    ("加强干部队伍建设", ["组织人事科"], []),
    ("保障教育投入", ["计划财务科"], []),
    ("推进政务公开", ["办公室"], ["政策法规科"]),
]
C = "各县（市、区）教育局"
NOTICE = [
    ("加强政治建设", ["办公室"], ["组织宣传处"]),
    ("深化清廉学校建设", ["驻局纪检监察组"], ["机关党委"]),
    ("抓好意识形态工作", ["组织宣传处"], ["办公室", C]),
    ("推进学前教育普及普惠", ["基础教育处"], ["发展规划处"]),
    ("促进义务教育优质均衡", ["基础教育处"], [C]),
    ("推动高中阶段教育多样化发展", ["基础教育处"], ["职业教育与成人教育处", "教研室"]),
    ("提升职业教育适应性", ["职业教育与成人教育处"], []),
    ("建强教师队伍", ["教师工作处"], ["人事处", "市教师发展学院"]),
    ("加大经费保障", ["财务审计处"], []),
    ("守牢安全底线", ["安全稳定处"], [C, "局属各学校"]),
    ("推进教育数字化", ["科技与信息化处"], ["电教馆"]),
    ("做好教育宣传", ["办公室"], ["各处室"]),
    ("加强语言文字工作", ["语言文字工作处（语委办）"], [C]),
    ("推进校园文化建设", ["思想政治工作处"], []),  # the annotation closes the title sentence
    ("加强招生考试管理", ["招生考试处"], [C]),
]
SPEECH = [(t, [], []) for t in ["要加强思想政治教育", "要促进学生全面发展", "要关注学生心理健康", "要加快学校建设步伐",
                                "要深化集团化办学改革", "要严格师德师风管理", "要提高教师待遇"]]
WEB = [
    ("加强理论武装", ["办公室"], ["机关党支部", "人事股"]),
    ("推进党建与业务融合", ["机关党支部"], ["各学校"]),
    ("强化作风建设", ["纪检组"], ["办公室"]),
    ("实施学校建设项目", ["计财股"], ["基础教育股", "项目办"]),
    ("加强乡村学校建设", ["基础教育股"], ["计财股"]),
    ("规范办学行为", ["基础教育股"], ["纪检组"]),
    ("开展全民健身活动", ["体育股"], []),
    ("加强青少年体育训练", ["体育股"], ["体育中心", "各学校"]),
    ("加强校园安全管理", ["安全股"], ["各学校", "各乡镇中心学校"]),
    ("做好防溺水工作", ["安全股"], ["基础教育股", "各乡镇中心学校"]),
    ("加强学生心理健康工作", ["基础教育股"], ["各学校"]),
    ("做好学校卫生防疫工作", ["待定"], []),  # 责任人 names a person, not a department
]
PDF = [
    ("推进思政课一体化建设", ["思想政治工作处"], ["基础教育处", "市教科院"]),
    ("加强学生体质健康管理", ["体育卫生与艺术教育处"], ["基础教育处"]),
    ("深化家校社协同育人", ["基础教育处"], ["思想政治工作处"]),
    ("推进学前教育优质普惠发展", ["基础教育处"], ["发展规划处", "财务处"]),
    ("推动义务教育优质均衡发展", ["基础教育处"], ["教育督导处"]),
    ("增强职业教育适应性", ["职业教育与终身教育处"], ["发展规划处"]),
    ("加强师德师风建设", ["教师工作处"], ["人事处"]),
    ("深化教师管理改革", ["教师工作处"], ["人事处", C]),
    ("推进依法治教", ["政策法规处"], []),
    ("加强教育督导", ["教育督导处"], [C]),
]
LIST = [
    ("推进教育评价改革", ["督导室"], ["基础教育科", "教研室"]),
    ("深化招生制度改革", ["基础教育科"], ["招生考试中心"]),
    ("推进“双减”提质增效", ["基础教育科"], []),
    ("提升课后服务质量", ["基础教育科"], []),
    ("规范校外培训", ["校外培训监管科"], ["区市场监管局"]),
    ("加强校长队伍建设", ["组织人事科"], []),
    ("加强教师培训", ["教师发展中心"], []),
    ("推进教师交流轮岗", ["组织人事科"], ["各中小学校"]),
    ("落实安全责任", ["安全管理科"], ["各中小学校", "各幼儿园"]),
    ("加强食品安全", ["后勤保障科"], ["安全管理科"]),
]
TABLE = [
    ("加强德育工作", ["德育股"], ["团县委", "各学校"]),
    ("提高教学质量", ["教研室"], ["基础教育股"]),
    ("发展职业教育", ["职成股"], ["计财股", "县职教中心"]),
    ("推进项目建设", ["计财股（项目办）"], ["基础教育股"]),
    ("推进教育信息化", ["电教站"], ["计财股"]),
]
CIRCLED = [
    ("健全党组织领导的校长负责制", ["组织人事股"], []),
    ("开展“一校一品”党建品牌创建", ["组织人事股"], ["各中心学校"]),
    ("加强党风廉政建设", ["纪检组"], ["办公室"]),
    ("实施农村学校提升工程", ["计财股"], ["基教股", "项目办"]),
    ("办好乡镇寄宿制学校", ["基教股"], ["各中心学校"]),
    ("推进城乡学校共同体建设", ["基教股"], ["组织人事股"]),
    ("保障随迁子女入学", ["基教股"], []),
    ("深化课堂教学改革", ["教研室"], []),
    ("加强毕业年级教学管理", ["教研室"], ["基教股"]),
    ("发展特色体育艺术教育", ["体卫艺股"], []),
    ("加强学生近视防控", ["体卫艺股"], ["县疾控中心"]),
    ("严格教师招聘管理", ["组织人事股"], []),
    ("实施乡村教师培育计划", ["教师进修学校"], ["组织人事股"]),
    ("落实教师待遇保障", ["计财股"], []),
    ("开展校园安全专项整治", ["安全股"], ["县公安局", "各中心学校"]),
    ("加强校车安全管理", ["安全股"], []),
    ("做好学生防溺水工作", ["安全股"], ["各中心学校"]),
]
RUNIN = [
    ("强化思想引领", ["思想政治工作处"], []),
    ("深化“五育”并举", ["体育卫生艺术处"], ["基础教育处", "教研室"]),
    ("守护学生心理健康", ["思想政治工作处"], ["体育卫生艺术处", "市心理健康指导中心"]),
    ("扩大优质学前教育资源", ["基础教育处"], ["发展规划处"]),
    ("推进县域义务教育优质均衡", ["基础教育处"], ["教育督导室"]),
    ("促进普通高中特色发展", ["基础教育处"], []),
    ("办好特殊教育和专门教育", ["基础教育处"], [C]),
    ("优化职业院校专业布局", ["职业教育与成人教育处"], []),
    ("深化校企合作", ["职业教育与成人教育处"], ["市教育装备中心"]),
    ("锤炼高尚师德", ["教师工作处"], []),
    ("提升教师专业能力", ["教师工作处"], ["市教师发展中心"]),
    ("深化教师管理改革", ["人事处"], ["教师工作处"]),
    ("健全安全防控体系", ["安全稳定处"], []),
    ("加强教育经费监管", ["财务审计处"], []),
    ("推进依法治教", ["政策法规处"], [C]),
    ("加快教育数字化转型", ["科技与信息化处"], ["市电化教育馆"]),
]
FULLWIDTH = [
    ("落实意识形态工作责任制", ["办公室"], []),
    ("推进清廉学校建设", ["纪检监察室"], ["各中小学校"]),
    ("提升基层党组织组织力", ["机关党委"], ["组织人事股"]),
    ("实施学前教育普惠提升行动", ["基础教育股"], ["计划财务股"]),
    ("推进义务教育学校标准化建设", ["计划财务股"], ["基础教育股", "县教育建设项目办"]),
    ("规范义务教育招生入学", ["基础教育股"], []),
    ("推动高中阶段教育协调发展", ["职业与成人教育股"], ["基础教育股"]),
    ("举办全县第十届全民运动会", ["群众体育股"], ["县体育运动中心", "各乡镇人民政府"]),
    ("加强青少年体育后备人才培养", ["竞技体育股"], []),
    ("推进体育设施向社会开放", ["群众体育股"], ["安全稳定股"]),
    ("开展校园安全隐患排查整治", ["安全稳定股"], []),
    ("加强学校食堂管理", ["安全稳定股"], ["县市场监督管理局"]),
    ("做好学生资助工作", ["学生资助管理中心"], []),
    ("加强教育经费管理", ["计划财务股"], []),
    ("做好信访维稳工作", ["安全稳定股"], ["办公室"]),
]
HEADINGS = [
    ("加强德育体系建设", ["德育科"], ["团区委", "区少工委"]),
    ("推进课程教学改革", ["教研室"], ["基础教育科"]),
    ("加强学生体育锻炼", ["体卫艺科"], []),
    ("推进科学教育", ["基础教育科"], ["区青少年活动中心"]),
    ("加快学校建设", ["规划建设科"], ["计划财务科"]),
    ("深化集团化办学", ["基础教育科"], []),
    ("规范民办学校管理", ["民办教育科"], ["财务审计科"]),
    ("加强教师培训", ["教师发展中心"], []),
    ("深化教师评价改革", ["人事科"], ["计划财务科", "督导室"]),
    ("关心教师身心健康", ["区教育工会"], []),
    ("加强校园安全防范", ["安全科"], ["区公安分局"]),
    ("做好后勤保障", ["后勤管理中心"], ["安全科"]),
    ("深化教育督导", ["督导室"], []),
    ("推进依法治校", ["政策法规科"], ["各中小学校"]),
    ("加快智慧教育建设", ["电教中心"], ["计划财务科"]),
]
# name: (file, title, kind, sections, measures (title, lead, support) in document order)
DOCUMENTS = {
    "county": ("county.txt", "云溪县教育局2025年工作要点", "workpoints", 5, COUNTY),
    "district": ("district.txt", "滨江区教育和体育局2025年工作要点", "workpoints", 4, DISTRICT),
    "notice": ("notice.txt", "临川市教育局2025年工作要点", "workpoints", 3, NOTICE),
    "speech": ("speech.txt", "凝心聚力 真抓实干 奋力谱写教育高质量发展新篇章", "speech", 3, SPEECH),
    "web": ("web.txt", "石门县教育体育局2024年工作要点", "workpoints", 4, WEB),
    "pdf": ("pdf.txt", "平阳市教育局2025年工作要点", "workpoints", 4, PDF),
    "list": ("list.docx", "东湖区教育局2025年工作要点", "workpoints", 3, LIST),
    "table": ("table.docx", "青石县教育局2025年工作要点", "workpoints", 2, TABLE),
    "circled": ("circled.txt", "松岭县教育局2025年工作要点", "workpoints", 5, CIRCLED),
    "runin": ("runin.txt", "江口市教育局2025年工作要点", "workpoints", 5, RUNIN),
    "fullwidth": ("fullwidth.txt", "安平县教育体育局2024年工作计划", "workpoints", 4, FULLWIDTH),
    "headings": ("headings.docx", "北川区教育局2025年工作计划", "workpoints", 5, HEADINGS),
}


def source(name: str, tmp_path: Path) -> Path:
    file = DOCUMENTS[name][0]
    if file.endswith(".docx"):
        getattr(make_docx, f"{Path(file).stem}_docx")(tmp_path / file)
        return tmp_path / file
    return HERE / file


def rates(plan, expected) -> tuple[float, float]:
    """(share of expected measures found by title, share of annotated ones with lead and support right)."""
    got = {m.title: m for m in plan.all_measures()}
    found = [t for t, _, _ in expected if t in got]
    annotated = [(t, lead, support) for t, lead, support in expected if lead]
    right = [t for t, lead, support in annotated if t in got and (got[t].lead, got[t].support) == (lead, support)]
    return len(found) / len(expected), len(right) / len(annotated) if annotated else 1.0


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_measure_and_annotation(tmp_path, name):
    _, title, kind, sections, expected = DOCUMENTS[name]
    plan = import_document(str(source(name, tmp_path))).plan
    assert (plan.title, plan.kind, len(plan.sections)) == (title, kind, sections)
    assert [(m.title, m.lead, m.support) for m in plan.all_measures()] == expected
    assert rates(plan, expected) == (1.0, 1.0)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_imports_and_validates(tmp_path, name):
    out = tmp_path / "plan.yaml"
    assert run("import", source(name, tmp_path), "-o", out).code == 0
    r = run("validate", out)
    assert r.code == 0, r.out


def test_goals_targets_with_counts():
    plan = import_document(str(HERE / "county.txt")).plan
    assert [(t.name, t.value, t.unit, t.cmp) for t in plan.goals.targets] == [
        ("学前三年毛入园率", 95, "%", ">="), ("九年义务教育巩固率", 98.5, "%", ">="),
        ("义务教育阶段学生辍学率", 1, "%", "<="), ("新增公办学位", 3000, "个", ">=")]
    assert plan.org == "云溪县教育局" and plan.numbering == "per-section"


def test_notice_attachment_is_the_document():
    plan = import_document(str(HERE / "notice.txt")).plan
    assert (plan.org, plan.year, plan.doc_number) == ("临川市教育局", 2025, "临教发〔2025〕5号")
    assert plan.preamble.startswith("2025年全市教育工作的总体思路是")


def test_speech_parts_and_speaker():
    plan = import_document(str(HERE / "speech.txt")).plan
    assert (plan.speech.speaker, plan.speech.date) == ("陈某某", "2025-02-25")
    assert [i.title for i in plan.review][-3:] == ["一是办学条件明显改善", "二是教育质量稳步提升", "三是教师队伍不断壮大"]
    assert len(plan.problems) == 1


def test_pdf_copy_two_line_title_and_page_numbers():
    plan = import_document(str(HERE / "pdf.txt")).plan
    texts = [m.text for m in plan.all_measures()]
    assert not any("—" in t or "页" in t for t in texts)
    assert "体质健康优良率达到55%以上。" in texts[1]


def test_due_inside_a_verb_annotation():
    plan = import_document(str(HERE / "county.txt")).plan
    m = next(m for m in plan.all_measures() if m.title == "推进依法治校")
    assert (m.due, m.text) == ("2025-11", "开展依法治校示范校创建活动，创建示范校3所。")


def test_note_lines_and_run_on_paragraphs_stay_text():
    plan = import_document(str(HERE / "fullwidth.txt")).plan
    m = next(m for m in plan.all_measures() if m.title == "规范义务教育招生入学")
    assert m.text.endswith("注：各学校招生方案须于６月底前报县教育体育局备案。") and m.due == "2024-09"
    imported = import_document(str(HERE / "runin.txt"))
    m = next(m for m in imported.plan.all_measures() if m.title == "守护学生心理健康")
    assert m.text.splitlines()[-1].startswith("同时，开通24小时心理援助热线")
    closing = [f for f in imported.notes.findings if f.code == "import-text-not-kept"]
    assert [f.pos.line for f in closing] == [32]



def test_numbers_from_heading_styles_only(tmp_path):
    """headings.docx: no paragraph has a number of its own; 一、（一）1. come from the styles' list."""
    plan = import_document(str(source("headings", tmp_path))).plan
    assert plan.ideas and plan.goals.targets and plan.numbering == "per-section"
    assert [m.due for m in plan.sections[0].measures] == ["2025-12", "2025-11", "2025-10", None]
