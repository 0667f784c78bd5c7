"""Document structure from the numbering actually used: levels, lost and skipped numbers, parts."""

import pytest

from workplan.readers.text_import import Options, import_lines
from workplan.readers.text_import.normalize import lines_of


def plan_of(text: str, **options):
    return import_lines(lines_of(text), "doc.txt", Options(**options))


def shape(plan):
    def measures(ms):
        return [(m.title, measures(m.measures)) if m.measures else m.title for m in ms]
    return [(s.title, measures(s.measures)) for s in plan.sections]


def test_sections_numbered_one_and_measures_numbered_bracket_one():
    plan = plan_of("某县教育局2024年工作要点\n一、坚持党建引领\n（一）加强政治建设。深入学习。（责任单位：办公室）\n"
                   "（二）加强基层党建。规范建设。（责任单位：组织股）\n二、促进公平发展\n"
                   "（三）推进学前教育。扩大资源。（责任单位：基教股）\n1.扩大资源。新建幼儿园3所。\n2.提高质量。开展评估。\n").plan
    assert shape(plan) == [("坚持党建引领", ["加强政治建设", "加强基层党建"]),
                           ("促进公平发展", [("推进学前教育", ["扩大资源", "提高质量"])])]
    assert plan.numbering == "continuous"
    assert [m.lead for m in plan.sections[1].measures[0].measures] == [["基教股"], ["基教股"]]  # from the parent


def test_parts_and_every_bracket_form():
    plan = plan_of("松溪区教育体育局2024年工作重点\n第一部分　质量\n1、深化课堂改革。推广项目式学习。\n"
                   "⑴城区学校。打造精品课程。（教研室）\n⑵乡村学校。开展同步课堂。（教研室）\n"
                   "2、发展体育。办好运动会。\n1)足球联赛。覆盖全部中小学。（体育科）\n第二部分　保障\n"
                   "1、落实资助。做好认定工作。（财务科）\n").plan
    assert shape(plan) == [("质量", [("深化课堂改革", ["城区学校", "乡村学校"]), ("发展体育", ["足球联赛"])]),
                           ("保障", ["落实资助"])]
    assert plan.numbering == "per-section"


def test_numbered_ideas_and_goals():
    plan = plan_of("某区教育局2023年工作要点\n一、指导思想\n1.坚持立德树人。\n2.坚持改革创新。\n二、工作目标\n"
                   "教育质量稳步提升。\n1.学前三年毛入园率达到90%以上；\n2.高中阶段毛入学率达到95%。\n"
                   "三、主要任务和措施\n（一）党建工作\n1.加强理论学习。坚持学习制度。（办公室）\n").plan
    assert plan.ideas == ["坚持立德树人。", "坚持改革创新。"]
    assert plan.goals.text == "教育质量稳步提升。"
    assert [(t.name, t.value, t.cmp) for t in plan.goals.targets] == [("学前三年毛入园率", 90, ">="), ("高中阶段毛入学率", 95, "=")]
    assert shape(plan) == [("党建工作", ["加强理论学习"])]


def test_lost_numbers_are_items_and_are_noted():
    imported = plan_of("某县教育局2017年工作要点\n（一）抓学习宣传\n强化理论学习。加强学习。（牵头：思教科）\n"
                       "2强化教育宣传。加强宣传。（牵头：思教科）\n（二）抓规划\n()办学条件保障工程\n"
                       "教育项目建设。推进项目。（牵头：基建科）\n②校园文化。提升文化。（教育科）\n"
                       "(2)教育质量提升工程\n①完善机制。健全机制。（办公室）\n")
    assert shape(imported.plan) == [
        ("抓学习宣传", ["强化理论学习", "强化教育宣传"]),
        ("抓规划", [("办学条件保障工程", ["教育项目建设", "校园文化"]), ("教育质量提升工程", ["完善机制"])])]
    assert [f.code for f in imported.notes.findings].count("import-number-missing") >= 1


def test_an_unnumbered_document_has_a_measure_per_paragraph():
    plan = plan_of("枫林市2023年教育工作要点\n\n办好基础教育\n\n扩大学位供给。新建学校5所。\n\n"
                   "提升课后服务。引入社会资源。\n\n建设教师队伍\n\n强化师德养成。完善考核。\n").plan
    assert shape(plan) == [("办好基础教育", ["扩大学位供给", "提升课后服务"]), ("建设教师队伍", ["强化师德养成"])]


def test_a_speech_whose_review_is_plain_paragraphs():
    plan = plan_of("在2025年全县教育工作会议上的讲话\n同志们：\n今天召开会议。\n一、2024年工作回顾\n"
                   "办学条件持续改善。新建学校3所。\n教育质量稳中有升。成绩保持前列。\n二、2025年重点工作任务\n"
                   "（一）提升育人质量\n1.加强思政教育。推进一体化。\n同志们，让我们共同努力！\n谢谢大家！\n").plan
    assert [(i.title, i.text) for i in plan.review] == [("办学条件持续改善", "新建学校3所。"), ("教育质量稳中有升", "成绩保持前列。")]
    assert shape(plan) == [("提升育人质量", ["加强思政教育"])]
    assert plan.speech.closing == "同志们，让我们共同努力！\n谢谢大家！"


def closing_lines(imported):
    return [f.pos.line for f in imported.notes.findings if f.code == "import-text-not-kept"]


CALL = "各科室要高度重视，加强协调配合，确保各项工作落到实处。"
END = "全县教育系统要凝心聚力、真抓实干，为建设教育强县作出新的更大贡献。"
SECTIONS = [("加强党的建设", ["加强理论学习", "强化监督执纪"]), ("推进教育均衡", ["扩大学前资源", "改善办学条件"])]


def test_a_closing_call_ending_a_section_is_no_measure():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党的建设\n1.加强理论学习。组织集中学习12次。（牵头：办公室　配合：人事股）\n"
        f"2.强化监督执纪。开展专项督查。（牵头：纪检组）\n{CALL}\n二、推进教育均衡\n"
        "3.扩大学前资源。新建幼儿园3所。（牵头：基础教育股）\n4.改善办学条件。改造校舍2万平方米。（牵头：计财股）\n"
        f"{END}\n")
    assert shape(imported.plan) == SECTIONS
    assert closing_lines(imported) == [5, 9]
    assert not [f for f in imported.notes.findings if f.code.startswith("import-number")]  # 3 is the third again


def test_a_closing_call_in_a_document_of_unnumbered_measures():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党的建设\n　　加强理论学习。组织集中学习12次。（牵头：办公室　配合：人事股）\n"
        f"　　强化监督执纪。开展专项督查。（牵头：纪检组）\n　　{CALL}\n二、推进教育均衡\n"
        "　　扩大学前资源。新建幼儿园3所。（牵头：基础教育股）\n　　改善办学条件。改造校舍2万平方米。（牵头：计财股）\n"
        "　　全县教育系统要凝心聚力、真抓实干，确保年度任务如期完成。\n")
    assert shape(imported.plan) == SECTIONS
    assert closing_lines(imported) == [5, 9]


def test_a_closing_call_ending_the_measures_part_before_the_next_part():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、工作措施\n（一）加强党的建设\n1.加强理论学习。组织集中学习12次。（牵头：办公室）\n"
        "2.强化监督执纪。开展专项督查。（牵头：纪检组）\n（二）推进教育均衡\n3.扩大学前资源。新建幼儿园3所。（牵头：基础教育股）\n"
        "4.改善办学条件。改造校舍2万平方米。（牵头：计财股）\n全局上下要切实增强责任感和紧迫感，务必把各项任务落到实处。\n"
        "二、保障措施\n（一）加强组织领导。各科室要明确分工。\n")
    assert shape(imported.plan)[:2] == SECTIONS
    assert closing_lines(imported) == [9]


def test_a_closing_call_after_unannotated_measures_leaves_their_text():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党的建设\n1.加强理论学习。组织集中学习12次。\n2.强化监督执纪。开展专项督查。\n"
        f"{CALL}\n二、推进教育均衡\n3.扩大学前资源。新建幼儿园3所。\n4.改善办学条件。改造校舍2万平方米。\n")
    assert shape(imported.plan) == SECTIONS
    assert imported.plan.sections[0].measures[1].text == "开展专项督查。"
    assert closing_lines(imported) == [5]


@pytest.mark.parametrize("body", [
    # a measure of its own: a number, or its own annotation
    f"1.加强理论学习。组织学习。（牵头：办公室）\n2.{CALL}",
    f"1.加强理论学习。组织学习。（牵头：办公室）\n{CALL[:-1]}（牵头：办公室）",
    # not at the end of its section
    f"1.加强理论学习。组织学习。（牵头：办公室）\n{CALL}\n2.强化监督执纪。开展督查。（牵头：纪检组）",
    # a paragraph that goes on with its measure: no call to the whole system
    "1.加强理论学习。组织学习。（牵头：办公室）\n2.强化安全管理。排查隐患。\n各学校要落实安全责任，确保师生安全。",
    "1.加强理论学习。组织学习。\n2.落实“双减”。规范作业管理。\n各学校要严格落实“双减”政策，确保各项措施落地见效。",
    # a section of nothing but calls is no section of measures ending with one
    f"　　{CALL}\n　　全县各学校要加强安全管理，确保年度目标任务全面完成。",
])
def test_what_is_no_closing_call_stays(body):
    imported = plan_of(f"青岚县教育局2026年工作要点\n一、加强党的建设\n{body}\n二、推进教育均衡\n"
                       "3.扩大学前资源。新建幼儿园3所。（牵头：基础教育股）\n")
    assert closing_lines(imported) == []
    plan = imported.plan
    assert "确保" in "".join([*(s.text for s in plan.sections), *(m.title + m.text for m in plan.all_measures())])


def test_an_unnumbered_measure_that_calls_on_schools_stays_a_measure():
    imported = plan_of("枫林市2023年教育工作要点\n\n办好基础教育\n\n扩大学位供给。新建学校5所。\n\n"
                       "各学校要加强安全管理。落实安全责任，确保师生安全。\n\n建设教师队伍\n\n强化师德养成。完善考核。\n")
    assert shape(imported.plan) == [("办好基础教育", ["扩大学位供给", "各学校要加强安全管理"]), ("建设教师队伍", ["强化师德养成"])]


def test_a_section_of_nothing_but_calls_keeps_them_as_measures():
    imported = plan_of(f"枫林市2023年教育工作要点\n\n办好基础教育\n\n扩大学位供给。新建学校5所。\n\n建设教师队伍\n\n{CALL}\n\n"
                       "全市各学校要加强师德建设，确保年度目标任务全面完成。\n")
    assert [len(s.measures) for s in imported.plan.sections] == [1, 2] and closing_lines(imported) == []


def test_a_closing_call_in_a_document_without_sections():
    imported = plan_of("青岚县教育局2026年工作要点\n1.加强理论学习。组织集中学习。（牵头：办公室）\n"
                       f"2.强化监督执纪。开展专项督查。（牵头：纪检组）\n{END}\n")
    assert imported.plan.sections[0].measures[-1].text == "开展专项督查。" and closing_lines(imported) == [4]


# After a section's last numbered measure has ended with its annotation, an unnumbered paragraph with no
# annotation of its own is no measure, whatever words it uses (the keyword lists cannot know them all).
@pytest.mark.parametrize("call", ["局机关各股室要认真对照本要点，制定具体实施方案，抓好贯彻落实。",
                                  "各科室、各学校要提高政治站位，狠抓落实。",
                                  "以上工作请各单位结合实际认真抓好。"])
def test_a_paragraph_after_a_sections_last_complete_numbered_measure_is_no_measure(call):
    imported = plan_of(
        "某县教育局2025年工作要点\n一、加强党的建设\n1.强化理论武装。深入学习。（牵头：办公室）\n"
        f"2.夯实基层党建。推进党建。（牵头：组织人事科）\n{call}\n二、推进均衡发展\n"
        "3.推进集团化办学。扩大覆盖。（牵头：基础教育股）\n")
    assert shape(imported.plan) == [("加强党的建设", ["强化理论武装", "夯实基层党建"]), ("推进均衡发展", ["推进集团化办学"])]
    assert closing_lines(imported) == [5]
    assert not [f for f in imported.notes.findings if f.code.startswith("import-number") or f.code == "import-no-annotation"]
    assert imported.plan.sections[0].measures[1].text == "推进党建。"


def test_a_paragraph_after_the_last_measure_of_a_subsection_is_no_measure():
    imported = plan_of(
        "某县教育局2025年工作要点\n一、加强党的建设\n1.强化理论武装\n（1）深入学习。（牵头：办公室）\n"
        "（2）开展研讨。（牵头：组织人事科）\n各股室要结合实际，认真抓好。\n二、推进均衡发展\n"
        "2.推进集团化办学。扩大覆盖。（牵头：基础教育股）\n")
    assert closing_lines(imported) == [6]
    assert shape(imported.plan)[0] == ("加强党的建设", [("强化理论武装", ["深入学习", "开展研讨"])])


def test_a_paragraph_before_the_measure_is_complete_goes_on_with_it():
    imported = plan_of(
        "某县教育局2025年工作要点\n一、加强党的建设\n1.强化理论武装。深入学习。（牵头：办公室）\n"
        "2.夯实基层党建。推进党建。\n持续开展“三会一课”。（牵头：组织人事科）\n二、推进均衡发展\n"
        "3.推进集团化办学。扩大覆盖。（牵头：基础教育股）\n4.改善办学条件。改造校舍。\n加快推进薄弱学校改造。\n")
    measures = imported.plan.all_measures()
    assert [m.text for m in measures] == ["深入学习。", "推进党建。\n持续开展“三会一课”。", "扩大覆盖。", "改造校舍。\n加快推进薄弱学校改造。"]
    assert closing_lines(imported) == []


def test_a_measure_that_lost_its_number_at_a_sections_end_stays_when_the_numbers_say_so():
    imported = plan_of(
        "某县教育局2025年工作要点\n一、加强党的建设\n1.强化理论武装。深入学习。（牵头：办公室）\n"
        "2.夯实基层党建。推进党建。（牵头：组织人事科）\n加强作风建设。开展专项整治。\n二、推进均衡发展\n"
        "4.推进集团化办学。扩大覆盖。（牵头：基础教育股）\n")
    assert shape(imported.plan)[0] == ("加强党的建设", ["强化理论武装", "夯实基层党建", "加强作风建设"])
    assert closing_lines(imported) == []


def test_an_unnumbered_document_keeps_a_last_measure_without_annotation():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党的建设\n　　加强理论学习。组织集中学习12次。（牵头：办公室）\n"
        "　　强化监督执纪。开展专项督查。（牵头：纪检组）\n　　规范党费管理。按时足额收缴。\n二、推进教育均衡\n"
        "　　扩大学前资源。新建幼儿园3所。（牵头：基础教育股）\n")
    assert shape(imported.plan)[0] == ("加强党的建设", ["加强理论学习", "强化监督执纪", "规范党费管理"])
    assert closing_lines(imported) == []


def test_a_closing_call_to_carry_out_these_points_in_an_unnumbered_document():
    imported = plan_of(
        "青岚县教育局2026年工作要点\n一、加强党的建设\n　　加强理论学习。组织集中学习12次。（牵头：办公室）\n"
        "　　强化监督执纪。开展专项督查。（牵头：纪检组）\n　　局机关各股室要认真对照本要点，制定具体实施方案，抓好贯彻落实。\n"
        "二、推进教育均衡\n　　扩大学前资源。新建幼儿园3所。（牵头：基础教育股）\n")
    assert shape(imported.plan)[0] == ("加强党的建设", ["加强理论学习", "强化监督执纪"])
    assert closing_lines(imported) == [5]
