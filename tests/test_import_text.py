"""The text layer of import: encodings, entities, debris, hard wraps, labels, targets."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workplan.errors import WorkplanError
from workplan.readers.text_import import Options, import_lines
from workplan.readers.text_import.debris import is_debris, remove_debris
from workplan.readers.text_import.decode import decode_text
from workplan.readers.text_import.labels import label_of
from workplan.readers.text_import.normalize import Line, clean, lines_of
from workplan.readers.text_import.targets import extract, parse_clause
from workplan.readers.text_import.wraps import paragraphs
from workplan.report import cell_width

TEXT = "青岚县教育局2025年工作要点\n一、工作思路\n坚持优先发展。（牵头：办公室）\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_every_usual_encoding_decodes_to_the_same_text(encoding):
    data = TEXT.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    assert decode_text(data, "doc.txt").lstrip("\ufeff") == TEXT


def test_utf16_without_bom_is_recognised():
    assert decode_text(TEXT.encode("utf-16-le"), "doc.txt") == TEXT


def test_undecodable_bytes_name_the_place():
    data = "第一行\n第二行".encode() + b"\x81\x30\xff\xfe\xfd"
    with pytest.raises(WorkplanError) as e:
        decode_text(data, "doc.txt")
    assert e.value.code == "import-encoding" and e.value.pos.line == 2


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_are_refused_cleanly(data):
    try:
        decode_text(data, "x.txt")
    except WorkplanError as e:
        assert e.code in ("import-encoding", "binary-file")


@pytest.mark.parametrize(("raw", "clean_text"), [
    ("　　加强管理&nbsp;&nbsp;工作。\u200b", "加强管理工作。"),
    ("设制一个学校标志<LOGO&t;", "设制一个学校标志<LOGO>"),
    ("（牵头:思教科&bsp;&bsp;配合:办公室）", "（牵头:思教科配合:办公室）"),
    ("A&amp;B&lt;C&gt;", "A&B<C>"),
    ("Word&nbsp;2016", "Word 2016"),
])
def test_entities_invisible_and_fullwidth_spaces(raw, clean_text):
    assert clean(raw) == clean_text


def test_a_saved_web_page_is_read_as_lines():
    lines = lines_of("<html><body><p>一、工作思路</p><p>坚持&nbsp;优先发展。<br>加强管理。</p></body></html>")
    assert [line.text for line in lines if line.text] == ["一、工作思路", "坚持优先发展。", "加强管理。"]


@pytest.mark.parametrize("line", [
    "本 文 由 第 一 公 文 网 收 集 整 理", "》由：某某范文网整理", "浏览次数：  更新时间：2017-03-14 16:56:52",
    "上一篇：2017年某局工作要点", "下一篇:某某会议发言稿", "网友评论《某局2017年工作要点》", "评论功能已关闭", "相关公文",
    "当前位置:某某网 > 范文 > 工作计划", "首页 > 教育 > 某市 > 某市2024年教育工作重点", "来源：某某教育 | 2024-02-23 18:24",
    "版权所有 © 某某网 ICP备12345号", "- 3 -", "— 12 —", "第 3 页 共 10 页", "转载请保留,谢谢!", "链接地址：http://example.com/1.html",
    "推荐专题", "最近更新", "返回首页", "【字体：大 中 小】", "今天是",
])
def test_debris_lines(line):
    assert is_debris(line)


@pytest.mark.parametrize("line", [
    "一、工作思路", "3.强化信息报送。畅通信息报送渠道。", "提升学生阅读量和阅读能力。", "关闭一批不达标的校外培训机构。",
    "（牵头：办公室　配合：局各科室）", "今天是我们全市教育工作会议召开的日子。", "2025年2月20日",
])
def test_body_lines_are_not_debris(line):
    assert not is_debris(line)


def test_short_lines_that_repeat_on_a_wrapped_page_are_kept():
    lines = [Line("队伍建设。（牵头：办公室；配合：基教科）", 1), Line("5.加强管理。", 2), Line("队伍建设。（牵头：办公室；配合：基教科）", 3)]
    assert len(remove_debris(lines)[0]) == 3


def test_page_summaries_and_repeats_are_dropped():
    first = "2021年全市教育工作的总体要求是：以提高质量为核心，以促进公平为主线，深化教育改革，推动教育高质量发展。"
    lines = [Line(first + first[:12] + "...", 1), Line(first, 2), Line(first[:-1] + "，确保开好局。", 3)]
    assert [line.number for line in remove_debris(lines)[0]] == [3]


def test_a_table_of_contents_before_the_body_is_dropped():
    text = "目　录\n一、工作思路……1\n二、工作措施……2\n总体要求是加强管理。\n一、工作思路\n坚持。\n二、工作措施\n加强。"
    kept = [line.text for line in remove_debris(lines_of(text))[0] if line.text]
    assert kept == ["总体要求是加强管理。", "一、工作思路", "坚持。", "二、工作措施", "加强。"]


@pytest.mark.parametrize(("line", "expected"), [
    ("一、工作思路", ("cn", 1)), ("十二、其他", ("cn", 12)), ("（三）加强管理", ("pcn", 3)), ("(三)加强管理", ("pcn", 3)),
    ("3.强化宣传。", ("ar", 3)), ("3、强化宣传。", ("ar", 3)), ("3．强化宣传。", ("ar", 3)), ("（2）强化", ("par", 2)),
    ("2)强化", ("par", 2)), ("⑵强化", ("par", 2)), ("③强化", ("circ", 3)), ("㈣强化", ("pcn", 4)), ("⒌强化", ("ar", 5)),
    ("第二部分　质量", ("part", 2)), ("2强化教育宣传。加强对外宣传。", ("ar", 2)), ("()办学条件保障工程", ("lost", None)),
])
def test_labels(line, expected):
    lab = label_of(line)
    assert (lab.family, lab.number) == expected


@pytest.mark.parametrize("line", [
    "30个乡镇纳入巡查范围，确保安全。", "58%以上的学校达标。", "1.5万名学生参加。", "2021年全市教育工作的总体要求是：",
    "5G应用场景建设。", "3所学校完成改造。", "一是完善制度。", "1、2月份完成。",
])
def test_numbers_that_are_not_labels(line):
    assert label_of(line) is None


def test_a_glued_number_with_a_unit_counts_only_when_it_is_the_next_item():
    assert label_of("24中职教育。加强指导。") is None
    assert label_of("24中职教育。加强指导。", expect=24).number == 24


@pytest.mark.parametrize(("clause", "target"), [
    ("学前三年毛入园率达92%以上", ("学前三年毛入园率", 92, "%", ">=")),
    ("义务教育辍学率控制在0.5%以内", ("义务教育辍学率", 0.5, "%", "<=")),
    ("九年义务教育巩固率达到98.5%", ("九年义务教育巩固率", 98.5, "%", "=")),
    ("新增学位达6000个以上", ("新增学位", 6000, "个", ">=")),
    ("确保高中阶段毛入学率不低于95％", ("高中阶段毛入学率", 95, "%", ">=")),
    ("近视率低于50%", ("近视率", 50, "%", "<")),
])
def test_target_clauses(clause, target):
    t = parse_clause(clause).target
    assert (t.name, t.value, t.unit, t.cmp) == target


def test_target_lists_leave_the_text_and_placeholders_stay():
    text, found = extract("质量稳步提升。主要指标：学前三年毛入园率达92%以上，义务教育辍学率控制在0.5%以内。")
    assert text == "质量稳步提升。主要指标：" and [f.target.value for f in found] == [92, 0.5]
    text, found = extract("入学率达x%以上，巩固率达xx%以上。")
    assert text == "入学率达x%以上，巩固率达xx%以上。" and [f.target for f in found] == [None, None]


PHRASES = ["深入推进", "全面落实", "义务教育优质均衡发展", "学前教育普惠发展", "教师队伍建设", "校园安全",
           "课后服务质量", "家校社协同育人", "心理健康教育", "新增学位3000个", "覆盖率达到98%", "共30所学校"]


def paragraph(rng: random.Random, n: int) -> str:
    kind = rng.random()
    if kind < 0.15:
        return "一二三四五六七八九"[n % 9] + "、" + rng.choice(PHRASES)
    body = "，".join(rng.choice(PHRASES) + rng.choice(PHRASES) for _ in range(rng.randrange(3, 12))) + "。"
    if kind < 0.6:
        return f"{n + 1}.{rng.choice(PHRASES)}。{body}（牵头：办公室；配合：基教科）"
    return body


def wrapped(paras: list[str], width: int, indent: str) -> str:
    """The paragraphs as a PDF copy gives them: cut at `width` CJK cells, page numbers between."""
    lines = []
    for p in paras:
        line = ""
        for ch in indent + p:
            if cell_width(line + ch) > 2 * width:
                lines.append(line)
                line = ""
                if len(lines) % 21 == 20:
                    lines.append(f"- {len(lines) // 21 + 1} -")
            line += ch
        lines.append(line)
    return "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.integers(22, 40))
def test_hard_wrapped_indented_text_is_joined_back_exactly(seed, width):
    rng = random.Random(seed)
    paras = [paragraph(rng, i) for i in range(rng.randrange(6, 14))]
    kept, _ = remove_debris(lines_of(wrapped(paras, width, "　　")))
    assert [p.text for p in paragraphs(kept)] == paras


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(22, 40))
def test_hard_wrapped_text_without_indents_keeps_its_measures(seed, width):
    """Without indents a line that ends a sentence at the page edge is ambiguous; titles and
    departments must come through all the same."""
    rng = random.Random(seed)
    paras = ["柳河县教育局2022年工作要点", *(paragraph(rng, i) for i in range(rng.randrange(6, 14)))]
    flat = import_lines(lines_of("\n".join(paras)), "a.txt", Options()).plan
    cut = import_lines(lines_of(wrapped(paras, width, "")), "b.txt", Options()).plan
    assert [(m.title, m.lead, m.support) for m in cut.all_measures()] == \
        [(m.title, m.lead, m.support) for m in flat.all_measures()]


@pytest.mark.parametrize(("text", "kept", "targets"), [
    ("开展抽测。（目标：体质健康优良率达60%以上；近视率控制在50%以内）", "开展抽测。",
     [("体质健康优良率", 60, "%", ">="), ("近视率", 50, "%", "<=")]),
    ("开展抽测。（目标：全面提升学生体质）", "开展抽测。（目标：全面提升学生体质）", []),  # no value: text
    ("开展抽测。（目标：优良率达x%以上）", "开展抽测。（目标：优良率达x%以上）", []),  # a placeholder stays to be filled
    ("（目标：优良率达60%）开展抽测。", "（目标：优良率达60%）开展抽测。", []),  # only at the end of the text
    ("轮训。（目标：专题轮训达到1期；培训人数达1200人次以上；x超过3）", "轮训。",  # render's wording, any unit
     [("专题轮训", 1, "期", "="), ("培训人数", 1200, "人次", ">="), ("x", 3, "", ">")]),
    ("抽测。（目标：优良率达x%以上；近视率低于5%）", "抽测。（目标：优良率达x%以上）",  # what is no target stays
     [("近视率", 5, "%", "<")]),
    ("配书。（目标：图书馆（室）覆盖率达到100%）", "配书。", [("图书馆（室）覆盖率", 100, "%", "=")]),
])
def test_a_measures_own_targets_as_render_writes_them_come_back_as_targets(text, kept, targets):
    from workplan.readers.text_import.targets import own_targets

    rest, found = own_targets(text)
    assert rest == kept and [(t.name, t.value, t.unit, t.cmp) for t in found] == targets
