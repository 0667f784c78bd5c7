"""Department annotations in every form the issue lists, and what must not be taken for one."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_import_outline import plan_of

from workplan.readers.text_import.annotations import (
    dept_like,
    parse_line,
    person_like,
    split_annotation,
    split_names,
)
from workplan.readers.text_import.names import starter_registry


def assignments(measures):
    return [(m.text, m.lead, m.support) for m in measures]


FORMS = [
    ("正文。（牵头：思教科  配合：办公室、局各科室等）", ["思教科"], ["办公室", "局各科室"]),
    ("正文。(牵头:思教科配合:办公室,组织科)", ["思教科"], ["办公室", "组织科"]),
    ("正文。（思教科）", ["思教科"], []),
    ("正文。（责任科室：基教科、教研室）", ["基教科"], ["教研室"]),
    ("正文。（责任单位：纪检组、办公室、计财股）", ["纪检组"], ["办公室", "计财股"]),
    ("正文。（牵头单位：基教科；配合单位：计财股、规划股）", ["基教科"], ["计财股", "规划股"]),
    ("正文。（牵头单位：基教科；责任单位：教研室）", ["基教科"], ["教研室"]),
    ("正文。（基教科牵头，教研室配合）", ["基教科"], ["教研室"]),
    ("正文。（基教科牵头，教研室、考试中心分工负责）", ["基教科"], ["教研室", "考试中心"]),
    ("正文。（由人事科牵头，工会配合）", ["人事科"], ["工会"]),
    ("正文。责任科室：教师发展中心、人事股等", ["教师发展中心"], ["人事股"]),
    ("正文。（责任单位：人事处（人才工作处）、财务处）", ["人事处（人才工作处）"], ["财务处"]),
    ("正文。（牵头：计财股；配合：人事股；完成时限：2025年12月）", ["计财股"], ["人事股"]),
    ("正文。（分管领导：副局长；牵头单位：安全科；参与单位：基教科、体育科）", ["安全科"], ["基教科", "体育科"]),
    ("正文。（财务科；配合单位：基教科）", ["财务科"], ["基教科"]),
    ("正文。（主责单位：基教科；协办单位：教研室）", ["基教科"], ["教研室"]),
    ("正文（牵头：安全股，配合：基础教育股）。", ["安全股"], ["基础教育股"]),
    ("正文。【牵头单位】基教科 【配合单位】教研室", ["基教科"], ["教研室"]),
    ("正文。（责任单位：局办公室，各科室、单位按职责分工负责）", ["局办公室"], ["各科室"]),
    ("正文。（教研室、基教科（牵头）、督导室）", ["基教科"], ["教研室", "督导室"]),
    # a person beside the departments: in the same bracket, or in one of its own before or after them
    ("正文。（牵头：办公室　配合：人事股）（责任人：张三）", ["办公室"], ["人事股"]),
    ("正文。（分管领导：李四）（牵头：办公室）", ["办公室"], []),
    ("正文。（办公室牵头，人事股配合）（分管领导：李四）", ["办公室"], ["人事股"]),
    ("正文。（责任领导：李四；牵头：纪检组）", ["纪检组"], []),
    ("正文。（牵头：办公室，责任人：王五）", ["办公室"], []),
    ("正文。（牵头单位：基教科；牵头领导：张三、李四；配合单位：教研室）", ["基教科"], ["教研室"]),
    ("正文。（责任单位：基教科、教研室；责任人：张三；完成时限：6月底）", ["基教科"], ["教研室"]),
    ("正文。（办公室；主要负责人：张三）", ["办公室"], []),
    # a due date in a bracket of its own
    ("正文。（牵头：办公室）（2026年6月底前）", ["办公室"], []),
    ("正文。（牵头：基教科；配合：教研室） （全年）", ["基教科"], ["教研室"]),
    ("正文。（基教科）（2026年3月-6月）", ["基教科"], []),
    ("正文。（牵头：办公室）（配合：人事股）", ["办公室"], ["人事股"]),
    ("正文。（牵头：办公室）。（责任人：张三）", ["办公室"], []),
]


@pytest.mark.parametrize(("text", "lead", "support"), FORMS)
def test_every_form_gives_lead_and_support(text, lead, support):
    body, note = split_annotation(text)
    assert (note.lead, note.support) == (lead, support)
    assert body in ("正文。", "正文")


def test_full_stop_after_the_brackets_stays_with_the_text():
    assert split_annotation("加强管理（牵头：安全股）。")[0] == "加强管理。"


@pytest.mark.parametrize(("text", "due"), [
    ("正文。（牵头：计财股；完成时限：2025年12月）", "2025年12月"),
    ("正文。（牵头：计财股）（2026年6月底前）", "2026年6月底前"),
    ("正文。（责任单位：计财股；责任人：张三；完成时限：6月底）", "6月底"),
    ("正文。（完成时限：2026年6月）", "2026年6月"),
])
def test_due_is_read_with_the_departments(text, due):
    body, note = split_annotation(text)
    assert (body, note.due) == ("正文。", due)


@pytest.mark.parametrize(("text", "people"), [
    ("正文。（牵头：办公室　配合：人事股）（责任人：张三）", ["责任人：张三"]),
    ("正文。（责任领导：李四；牵头：纪检组）", ["责任领导：李四"]),
    ("正文。（牵头：办公室，责任人：王五）", ["责任人：王五"]),
    ("正文。（牵头单位：基教科；牵头领导：张三、李四；配合单位：教研室）", ["牵头领导：张三、李四"]),
    ("正文。（分管领导：李四）（牵头：办公室）（责任人：张三）", ["分管领导：李四", "责任人：张三"]),
    ("正文。【牵头领导】李副局长 【牵头单位】基教科", ["【牵头领导】李副局长"]),
])
def test_people_are_kept_as_written_and_are_no_departments(text, people):
    body, note = split_annotation(text)
    assert (body, note.people) == ("正文。", people)
    assert not set(note.lead + note.support) & {"张三", "李四", "王五", "李副局长"}


@pytest.mark.parametrize("text", ["正文。（责任人：张三）", "正文。（责任人：张三、李四）", "正文。责任人：张三、李四",
                                  "正文。（分管领导：李四）"])
def test_people_alone_leave_the_text_and_name_no_department(text):
    body, note = split_annotation(text)
    assert (body, note.lead, note.support) == ("正文。", [], [])
    assert note.people == [text[3:].strip("（）")]


@pytest.mark.parametrize("text", [
    "严格落实《实施意见（试行）》", "实施特殊教育行动计划（2021-2025年）", "合理撤并农村幼儿园（含教学点）",
    "推进民办学校（校外培训机构）规范发展", "开展研学实践（每学期不少于1次）", "做好三项工作（一是规划，二是建设）",
])
def test_brackets_that_are_not_annotations_stay_in_the_text(text):
    assert split_annotation(text) == (text, None)


@pytest.mark.parametrize("text", ["完成校舍改造（2026年6月底前）", "实施行动计划（2021-2025年）（全年）"])
def test_a_date_in_brackets_without_departments_stays_in_the_text(text):
    assert split_annotation(text) == (text, None)


def test_a_bracket_of_names_before_the_departments_is_text():
    body, note = split_annotation("开展主题活动（少先队）（牵头：团委）")
    assert (body, note.lead, note.support) == ("开展主题活动（少先队）", ["团委"], [])


@pytest.mark.parametrize(("line", "lead", "support"), [
    ("责任单位：人事股、纪检组。", ["人事股"], ["纪检组"]),
    ("牵头单位：人事股", ["人事股"], []),
    ("配合单位：计财股", [], ["计财股"]),
    ("（牵头：办公室　配合：局各科室）", ["办公室"], ["局各科室"]),
    ("责任人：张三", [], []),
    ("分管领导：李四　牵头单位：办公室", ["办公室"], []),
])
def test_annotation_lines(line, lead, support):
    note = parse_line(line)
    assert (note.lead, note.support) == (lead, support)


@pytest.mark.parametrize("line", ["加强党的建设", "一是完善制度。", "（一）加强领导", "时间紧任务重"])
def test_ordinary_lines_are_not_annotation_lines(line):
    assert parse_line(line) is None


def test_separators_and_etc():
    assert split_names("甲科、乙科，丙科,丁科；戊科;己科等") == ["甲科", "乙科", "丙科", "丁科", "戊科", "己科"]
    assert split_names("甲科  乙科等相关科室") == ["甲科", "乙科"]


FORMATS = [  # (form, separators it may use between names)
    (lambda lead, s: f"（牵头：{lead}" + (f"　配合：{s}" if s else "") + "）", "、，；"),
    (lambda lead, s: f"（牵头单位：{lead}" + (f"；配合单位：{s}" if s else "") + "）", "、，"),
    (lambda lead, s: f"（{lead}牵头" + (f"，{s}配合" if s else "") + "）", "、"),  # "A，B牵头" would be two clauses
]


@given(st.lists(st.sampled_from(["办公室", "思教科", "基础教育科", "教研室", "信息中心", "人事处（人才工作处）",
                                 "教育工会", "团委"]), min_size=1, max_size=5, unique=True),
       st.lists(st.sampled_from(["计财股", "安全股", "督导室", "各县区教育局", "局相关科室"]), max_size=4, unique=True),
       st.sampled_from(FORMATS), st.data())
def test_any_names_in_any_form_come_back(lead, support, form, data):
    write, separators = form
    sep = data.draw(st.sampled_from(separators))
    note = split_annotation("加强管理。" + write(sep.join(lead), sep.join(support)))[1]
    assert (note.lead, note.support) == (lead, support)


def test_department_like_names():
    assert all(dept_like(n) for n in ["思教科", "局办公室", "教育工会", "各县区教育局", "人事处（人才工作处）", "团委"])
    assert not any(dept_like(n) for n in ["试行", "2021-2025年", "含教学点", "一是规划", "每学期不少于1次"])


def test_people_in_a_document_become_notes_on_their_measures():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党建\n"
        "1.加强学习。组织集中学习。（牵头：办公室　配合：人事股）（责任人：张三）\n"
        "2.强化监督。开展督查。（责任领导：李四；牵头：纪检组）\n"
        "3.完善制度。修订制度。（牵头：办公室，责任人：王五）\n"
        "4.规范收费。开展检查。\n牵头单位：计财股\n责任人：赵六、钱七\n"
        "5.做好防疫。落实晨检。（责任人：孙八）\n")
    measures = imported.plan.sections[0].measures
    assert assignments(measures) == [
        ("组织集中学习。", ["办公室"], ["人事股"]), ("开展督查。", ["纪检组"], []), ("修订制度。", ["办公室"], []),
        ("开展检查。", ["计财股"], []), ("落实晨检。", ["待定"], [])]
    people = [(f.pos.line, f.args["text"]) for f in imported.notes.findings if f.code == "import-people-kept"]
    assert people == [(3, "责任人：张三"), (4, "责任领导：李四"), (5, "责任人：王五"), (6, "责任人：赵六、钱七"), (9, "责任人：孙八")]
    comments = imported.notes.comments()
    assert all(any("人员" in c for c in comments[id(m)]) for m in measures)  # a `# import:` comment on each
    assert [f.code for f in imported.notes.findings if f.pos.line == 9] == ["import-people-kept", "import-no-annotation"]
    assert imported.annotated == 4  # a person is no department annotation


# An unlabelled token in a department bracket: a department when it reads like one (or the registry
# knows it), otherwise kept as written for a note on the measure — never dropped.
@pytest.mark.parametrize(("text", "lead", "support", "strays"), [
    ("正文。（张三；牵头：办公室）", ["办公室"], [], ["张三"]),
    ("正文。（王五，牵头：基础教育科　配合：办公室）", ["基础教育科"], ["办公室"], ["王五"]),
    ("正文。（张三、李四；牵头单位：办公室）", ["办公室"], [], ["张三、李四"]),
    ("正文。（财务科、张三；配合单位：基教科）", ["财务科"], ["基教科"], ["张三"]),
    ("正文。（张三，基教科牵头，教研室配合）", ["基教科"], ["教研室"], ["张三"]),
    ("正文。（张三，基教科牵头，教研室配合；时限：6月底）", ["基教科"], ["教研室"], ["张三"]),
    ("正文。（办公室；张三）", ["办公室"], [], ["张三"]),
    ("正文。（基础教育科、教研室　王五）", ["基础教育科"], ["教研室"], ["王五"]),
])
def test_an_unlabelled_name_that_is_no_department_is_kept_as_written(text, lead, support, strays):
    body, note = split_annotation(text)
    assert (body, note.lead, note.support, note.strays) == ("正文。", lead, support, strays)


@pytest.mark.parametrize(("text", "lead", "support"), [
    ("正文。（财务科；配合单位：基教科）", ["财务科"], ["基教科"]),  # as before: unlabelled names lead
    ("正文。（办公室，人事股配合）", ["办公室"], ["人事股"]),  # the clause without a verb was dropped
    ("正文。（基教科牵头，教研室；时限：6月底）", ["基教科"], ["教研室"]),
])
def test_an_unlabelled_department_is_a_department(text, lead, support):
    body, note = split_annotation(text)
    assert (body, note.lead, note.support, note.strays) == ("正文。", lead, support, [])


def test_an_unlabelled_name_the_registry_knows_is_a_department():
    note = split_annotation("正文。（基教；配合：办公室）", {"基教"})[1]  # an alias
    assert (note.lead, note.support, note.strays) == (["基教"], ["办公室"], [])
    assert split_annotation("正文。（基教；配合：办公室）")[1].strays == ["基教"]
    note = split_annotation("正文。（妇联；配合：办公室）")[1]  # an organisation by its short name
    assert (note.lead, note.support, note.strays) == (["妇联"], ["办公室"], [])


def test_an_unlabelled_date_beside_the_departments_is_the_due():
    note = split_annotation("正文。（2026年6月底前；牵头：办公室）")[1]
    assert (note.lead, note.due, note.strays) == (["办公室"], "2026年6月底前", [])


@pytest.mark.parametrize("text", ["开展研学实践（博物馆、科技馆、红色基地）", "推进集团化办学（实验小学；张三）",
                                  "开展活动（张三）"])
def test_a_bracket_of_names_that_are_mostly_no_departments_stays_text(text):
    assert split_annotation(text) == (text, None)


def test_unlabelled_names_in_a_document_become_notes_on_their_measures():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党建\n"
        "1.加强学习。组织集中学习。（张三；牵头：办公室）\n"
        "2.强化监督。开展督查。（王五，牵头：基础教育科　配合：办公室）\n"
        "3.完善制度。修订制度。（责任人：赵六）（李四，牵头：纪检组）\n"
        "4.规范收费。开展检查。（财务科；配合单位：基教科）\n")
    measures = imported.plan.sections[0].measures
    assert assignments(measures) == [
        ("组织集中学习。", ["办公室"], []), ("开展督查。", ["基础教育科"], ["办公室"]), ("修订制度。", ["纪检组"], []),
        ("开展检查。", ["财务科"], ["基教科"])]
    kept = [(f.pos.line, f.code, f.args["text"]) for f in imported.notes.findings
            if f.code in ("import-people-kept", "import-name-kept")]
    assert kept == [(3, "import-name-kept", "张三"), (4, "import-name-kept", "王五"),
                    (5, "import-people-kept", "责任人：赵六"), (5, "import-name-kept", "李四")]
    assert any("张三" in c for c in imported.notes.comments()[id(measures[0])])  # a `# import:` comment
    assert imported.annotated == 4


# People's names inside a department list go to the note, never to lead/support (nor the starter registry).
@pytest.mark.parametrize(("text", "lead", "support", "strays"), [
    ("正文。（牵头：组织人事科；配合：思教科；李四）", ["组织人事科"], ["思教科"], ["李四"]),
    ("正文。（牵头：组织人事科　配合：思教科　李四）", ["组织人事科"], ["思教科"], ["李四"]),
    ("正文。（牵头：组织人事科；配合：思教科、李四）", ["组织人事科"], ["思教科"], ["李四"]),
    ("正文。（牵头：组织人事科；配合：思教科；李四、欧阳明华）", ["组织人事科"], ["思教科"], ["李四", "欧阳明华"]),
    ("正文。（责任单位：办公室、王五）", ["办公室"], [], ["王五"]),
    ("正文。（办公室、王五）", ["办公室"], [], ["王五"]),
    ("正文。（办公室、人事股、王五、赵六）", ["办公室"], ["人事股"], ["王五", "赵六"]),
    ("正文。牵头单位：办公室；配合单位：人事股；张三", ["办公室"], ["人事股"], ["张三"]),
])
def test_a_persons_name_in_a_department_list_is_kept_for_the_note(text, lead, support, strays):
    body, note = split_annotation(text)
    assert (body, note.lead, note.support, note.strays) == ("正文。", lead, support, strays)


@pytest.mark.parametrize(("text", "support"), [
    ("正文。（牵头：思教科；配合：妇联；团委；残联；关工委；工会；科协）", ["妇联", "团委", "残联", "关工委", "工会", "科协"]),
    ("正文。（牵头：思教科　配合：各学校　各县区教育局　各中小学）", ["各学校", "各县区教育局", "各中小学"]),
    ("正文。（牵头：思教科；配合：县妇联、团县委、高新区、安全股）", ["县妇联", "团县委", "高新区", "安全股"]),
    ("正文。（思教科、妇联、残联、王家中心校）", ["妇联", "残联", "王家中心校"]),
])
def test_organisations_by_their_short_names_stay_departments(text, support):
    body, note = split_annotation(text)
    assert (body, note.lead, note.support, note.strays) == ("正文。", ["思教科"], support, [])


def test_a_name_the_registry_knows_is_never_a_person():
    note = split_annotation("正文。（牵头：办公室；配合：思教科；李四）", {"李四"})[1]
    assert (note.support, note.strays) == (["思教科", "李四"], [])
    assert split_annotation("正文。（办公室、王五）", {"王五"})[1].support == ["王五"]


def test_a_date_after_a_labelled_list_is_the_due():
    note = split_annotation("正文。（牵头：办公室；配合：人事股；2026年6月底前）")[1]
    assert (note.lead, note.support, note.due, note.strays) == (["办公室"], ["人事股"], "2026年6月底前", [])


@pytest.mark.parametrize("name", ["李四", "王五", "欧阳明华", "张晓明"])
def test_person_like(name):
    assert person_like(name) and not dept_like(name)


@pytest.mark.parametrize("name", ["妇联", "团委", "残联", "关工委", "工会", "科协", "各学校", "各县区教育局", "安全", "高新区",
                                  "博物馆", "红色基地", "文明", "王家小学"])
def test_not_person_like(name):
    assert not person_like(name)


def test_people_in_department_brackets_stay_out_of_the_starter_registry():
    imported = plan_of(
        "某县教育局2025年工作要点\n一、加强党的建设\n1.强化理论武装。深入学习。（牵头：组织人事科；配合：思教科；李四）\n"
        "2.夯实基层党建。推进党建。（办公室、王五）\n")
    measures = imported.plan.sections[0].measures
    assert assignments(measures) == [
        ("深入学习。", ["组织人事科"], ["思教科"]), ("推进党建。", ["办公室"], [])]
    kept = [(f.pos.line, f.args["text"]) for f in imported.notes.findings if f.code == "import-name-kept"]
    assert kept == [(3, "李四"), (4, "王五")]
    registry, _ = starter_registry(imported.plan)
    assert [d.name for d in registry.departments] == ["组织人事科", "思教科", "办公室"]


def test_a_registry_group_is_a_known_collective_name(tmp_path):
    """局各科室 listed under the registry's groups (not placeholders) is no unknown department."""
    from conftest import PLANS, run

    doc = tmp_path / "doc.txt"
    doc.write_text("临川市教育局2026年工作要点\n一、党建\n1.加强学习。组织学习。（牵头：办公室；配合：局各科室）\n",
                   encoding="utf-8")
    r = run("import", doc, "-r", PLANS / "departments.yaml", "-o", tmp_path / "p.yaml")
    assert r.code == 0 and "import-unknown-department" not in r.err, r.err
    assert "support: 局各科室\n" in (tmp_path / "p.yaml").read_text(encoding="utf-8")
