"""render → .docx, read back with python-docx: page, styles, numbering, footers, annotations, tables."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import PLANS, ROOT, run
from workplan.readers.yaml_plan import read_plan
from workplan.writers import docx_style as S

SMALL = ROOT / "tests" / "plans" / "render" / "small.yaml"


def render(tmp_path, plan=SMALL, *args, name="out.docx"):
    out = tmp_path / name
    r = run("render", plan, "-o", out, *args)
    assert r.code == 0, r.err
    return docx.Document(str(out))


def texts(document, style=None):
    return [p.text for p in document.paragraphs if p.text and (style is None or p.style.name == style)]


def sect(document):
    return document.sections[0]._sectPr


def twips(mm):
    return round(mm / 25.4 * 1440)


def test_a4_portrait_with_official_margins(tmp_path):
    s = sect(render(tmp_path))
    size, margins = s.find(qn("w:pgSz")), s.find(qn("w:pgMar"))
    assert (int(size.get(qn("w:w"))), int(size.get(qn("w:h")))) == (11906, 16838)
    for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        assert abs(int(margins.get(qn(f"w:{side}"))) - twips(mm)) <= 1, side
    grid = s.find(qn("w:docGrid"))
    assert (grid.get(qn("w:type")), grid.get(qn("w:linePitch"))) == ("lines", "579")


def style_fonts(style):
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia")), fonts.get(qn("w:ascii"))


def test_styles_carry_east_asian_fonts_sizes_and_spacing(tmp_path):
    d = render(tmp_path)
    normal = d.styles["Normal"]
    assert style_fonts(normal) == ("仿宋_GB2312", "Times New Roman")
    assert normal.font.size == Pt(16)
    pf = normal.paragraph_format
    assert pf.line_spacing == Pt(28.95) and pf.line_spacing_rule == 4  # EXACTLY
    assert pf.first_line_indent == Pt(32)
    assert pf.space_before == pf.space_after == 0
    assert normal.element.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5"  # 28 characters a line
    title = d.styles[S.TITLE]
    assert style_fonts(title)[0] == "方正小标宋简体" and title.font.size == Pt(22)
    assert title.paragraph_format.alignment == 1 and title.paragraph_format.first_line_indent == 0
    assert style_fonts(d.styles[S.HEADING[1]])[0] == "黑体"
    assert style_fonts(d.styles[S.HEADING[2]])[0] == "楷体_GB2312"
    assert d.styles[S.RUNIN[3]].font.bold is True
    assert style_fonts(d.styles[S.PAGE_NUMBER]) == ("宋体", "宋体") and d.styles[S.PAGE_NUMBER].font.size == Pt(14)


def test_no_theme_fonts_and_chinese_language(tmp_path):
    d = render(tmp_path)
    styles = d.styles.element
    themed = [f for f in styles.iter(qn("w:rFonts")) if any("Theme" in k or "theme" in k for k in f.attrib)]
    assert themed == []
    lang = styles.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    assert d.settings.element.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
    parts = {p.partname: p.blob for p in d.part.package.iter_parts()}
    assert "ＭＳ 明朝".encode() not in parts["/word/fontTable.xml"]
    assert "/word/stylesWithEffects.xml" not in parts


def test_same_plan_same_bytes_and_properties(tmp_path):
    props = render(tmp_path, name="a.docx").core_properties
    render(tmp_path, name="b.docx")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    assert props.title == read_plan(str(SMALL))[0].title and props.language == "zh-CN"


def test_heading_and_measure_numbering(tmp_path):
    d = render(tmp_path)
    assert texts(d, S.HEADING[1]) == ["一、工作思路", "二、工作目标", "三、工作措施"]
    assert texts(d, S.HEADING[2]) == ["（一）办好人民满意的学校", "（二）守牢安全底线"]
    opening = [p.runs[0].text for p in d.paragraphs if p.runs and p.runs[0].style.name.endswith("标题字")]
    assert opening == ["1.改善办学条件。", "2.建强教师队伍。", "（1）培养青年教师。", "①开展师徒结对。",
                       "（2）培训校长。", "3.加强校园安全管理。"]
    levels = [p.runs[0].style.name for p in d.paragraphs if p.runs and p.runs[0].style.name.endswith("标题字")]
    assert levels == [S.RUNIN[3], S.RUNIN[3], S.RUNIN[4], S.RUNIN[4], S.RUNIN[4], S.RUNIN[3]]


def test_per_section_numbering_restarts(tmp_path):
    d = render(tmp_path, SMALL, "--numbering", "per-section")
    opening = [p.runs[0].text[:2] for p in d.paragraphs if p.runs and p.runs[0].style.name == S.RUNIN[3]]
    assert opening == ["1.", "2.", "1."]


def test_sections_stand_at_the_top_without_ideas_or_goals(tmp_path):
    plan = tmp_path / "bare.yaml"
    text = SMALL.read_text(encoding="utf-8")
    plan.write_text(text[:text.index("ideas:")] + text[text.index("sections:"):], encoding="utf-8")
    (tmp_path / "departments.yaml").write_text((SMALL.parent / "departments.yaml").read_text("utf-8"), "utf-8")
    d = render(tmp_path, plan)
    assert texts(d, S.HEADING[1]) == ["一、办好人民满意的学校", "二、守牢安全底线"]


def test_goals_in_prose_and_every_measure_annotated(tmp_path):
    d = render(tmp_path)
    body = "\n".join(texts(d))
    assert "学前三年毛入园率达93%以上，义务教育辍学率控制在0.3%以内。" in body
    notes = [r.text for p in d.paragraphs for r in p.runs if r.style.name == S.NOTE]
    assert notes == ["（牵头：基础教育股　配合：办公室）",  # 基教股 is an alias: the registry name is printed
                     "（牵头：人事股　配合：局各股室）", "（牵头：人事股）", "（牵头：人事股）",
                     "（牵头：人事股　配合：办公室）", "（牵头：安全股　配合：基础教育股、办公室）"]


def test_every_sample_measure_has_its_annotation(tmp_path):
    plan, _ = read_plan(str(PLANS / "2026.yaml"))
    d = render(tmp_path, PLANS / "2026.yaml")
    notes = [r.text for p in d.paragraphs for r in p.runs if r.style.name == S.NOTE]
    assert len(notes) == len([m for m in plan.all_measures() if m.lead])
    for note, m in zip(notes, [m for m in plan.all_measures() if m.lead], strict=True):
        assert note.startswith("（牵头：") and all(name in note for name in m.lead if "科" in name or "室" in name)


def test_signature_and_date_close_the_work_points(tmp_path):
    d = render(tmp_path)
    assert texts(d)[-2:] == ["青石县教育局", "2026年3月5日"]
    assert d.paragraphs[-2].style.name == S.SIGNATURE and d.paragraphs[-1].style.name == S.DATE
    assert texts(d)[:2] == ["青石县教育局2026年工作要点", "青教发〔2026〕1号"]


def footer_xml(footer):
    return footer._element.xml


def test_page_numbers_odd_right_even_left(tmp_path):
    d = render(tmp_path)
    assert d.settings.odd_and_even_pages_header_footer
    section = d.sections[0]
    for footer, align, side in ((section.footer, 2, "right"), (section.even_page_footer, 0, "left")):
        p = footer.paragraphs[0]
        assert p.alignment == align
        assert getattr(p.paragraph_format, f"{side}_indent") == Pt(14)
        xml = footer_xml(footer)
        assert "PAGE" in xml and xml.count("w:fldChar ") == 3
        assert p.text.startswith("\u2014 ") and p.text.endswith(" \u2014")
        assert p.style.style_id == S.style_id(S.PAGE_NUMBER)


def test_speech_structure(tmp_path):
    d = render(tmp_path, PLANS / "2026-speech.yaml", "--as", "speech")
    assert texts(d, S.HEADING[1]) == ["一、2025年工作回顾", "二、存在的主要问题", "三、2026年重点工作任务"]
    assert texts(d, S.SALUTATION) == ["同志们："]
    speaker = texts(d, S.SUBTITLE)
    assert speaker[0].endswith("周某某") and speaker[1] == "（2026年2月25日）"
    assert not [r for p in d.paragraphs for r in p.runs if r.style.name == S.NOTE]  # read aloud: no annotations
    assert texts(d)[-1].endswith("谢谢大家！")


def test_work_points_as_a_speech_warns_and_leaves_out_review(tmp_path):
    out = tmp_path / "s.docx"
    r = run("render", SMALL, "--as", "speech", "-o", out)
    assert r.code == 0 and "render-speech-from-workpoints" in r.err
    assert texts(docx.Document(str(out)), S.HEADING[1]) == ["一、2026年重点工作任务"]


def test_task_table_is_landscape_with_repeated_header(tmp_path):
    d = render(tmp_path, SMALL, "--as", "tasks")
    size = sect(d).find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h")), size.get(qn("w:orient"))) == ("16838", "11906", "landscape")
    (table,) = d.tables
    assert [c.text for c in table.rows[0].cells] == ["序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限"]
    rows = table._tbl.findall(qn("w:tr"))
    assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)
    assert sum(r.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None for r in rows) == 1
    first = [c.text for c in table.rows[2].cells]
    assert first == ["1", "改善办学条件", "新建幼儿园2所，改造薄弱学校校舍。", "基础教育股", "办公室", "2026年9月"]
    assert table.rows[1].cells[0].text == "一、办好人民满意的学校"  # a spanning section row
    # header, two sections, the four leaves and the two parents (2, 2（1）) that name departments of their own
    assert len(rows) == 1 + 2 + 6


def test_task_table_follows_the_numbering_option(tmp_path):
    (table,) = render(tmp_path, SMALL, "--as", "tasks", "--numbering", "per-section").tables
    numbers = [r.cells[0].text for r in table.rows[1:] if len({c._tc for c in r.cells}) > 1]
    assert numbers == ["1", "2", "2（1）", "2（1）①", "2（2）", "1"]  # continuous would end with 3


@pytest.mark.parametrize(("kind", "blocks", "warnings"), [("workpoints", 18, 0), ("speech", 12, 1), ("tasks", 2, 0)])
def test_json_report(tmp_path, kind, blocks, warnings):
    r = run("render", SMALL, "--as", kind, "-o", tmp_path / "x.md", "--format", "json")
    assert r.code == 0
    report = r.json()
    assert (report["as"], report["format"], report["blocks"]) == (kind, "markdown", blocks)
    assert [f["code"] for f in report["findings"]] == ["render-speech-from-workpoints"] * warnings


def test_help_has_an_example():
    r = run("render", "--help")
    assert r.code == 0 and "示例：workplan render" in r.out


def test_docx_to_standard_output_with_the_report_on_stderr():
    r = run("render", SMALL, "-o", "-", "--format", "json")
    assert r.code == 0
    data = r.result.stdout_bytes
    assert data.startswith(b"PK") and texts(docx.Document(io.BytesIO(data)))[0] == "青石县教育局2026年工作要点"
    assert '"blocks": 18' in r.err


def test_a_document_open_in_word_is_named_and_left_alone(tmp_path, monkeypatch):
    """Word and WPS lock an open .docx on Windows: replacing it fails however often it is tried."""
    out = tmp_path / "out.docx"
    out.write_bytes(b"the user's document")
    tries = []

    def locked(src, dst):
        tries.append(dst)
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr("os.replace", locked)
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    r = run("render", SMALL, "-o", out)
    assert r.code == 2 and "文件被占用" in r.err and str(out) in r.err and "Traceback" not in r.err
    assert len(tries) > 1  # a virus scanner's brief hold is waited out
    assert out.read_bytes() == b"the user's document"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_a_departments_own_task_table(tmp_path):
    """Each department receives the rows it leads or supports, numbered as in the 工作要点."""
    d = render(tmp_path, SMALL, "--as", "tasks", "--dept", "办公室")
    assert texts(d, S.SUBTITLE) == ["（办公室：配合3项）"]
    (table,) = d.tables
    rows = [[c.text for c in r.cells] for r in table.rows[1:] if len({c._tc for c in r.cells}) > 1]
    assert [(r[0], r[3], r[4]) for r in rows] == [("1", "基础教育股", "办公室"), ("2（2）", "人事股", "办公室"),
                                                  ("3", "安全股", "基础教育股、办公室")]
    alias = render(tmp_path, SMALL, "--as", "tasks", "--dept", "基教股", name="alias.docx")
    assert texts(alias, S.SUBTITLE) == ["（基础教育股：牵头1项，配合1项）"]
    assert [r.cells[0].text for r in alias.tables[0].rows[1:] if len({c._tc for c in r.cells}) > 1] == ["1", "3"]


@pytest.mark.parametrize(("args", "message"), [
    (["--as", "tasks", "--dept", "基础教育"], "是否为 基础教育股"),
    (["--dept", "办公室"], "--as tasks"),
    (["--as", "tasks", "--dept", "计财股"], "没有牵头或配合的任务"),
])
def test_a_department_table_that_cannot_be_made_says_why(tmp_path, args, message):
    r = run("render", SMALL, "-o", tmp_path / "out.docx", *args)
    assert r.code == 2 and message in r.err and not (tmp_path / "out.docx").exists()


def test_every_departments_table_in_one_run(tmp_path):
    folder = tmp_path / "tables"
    r = run("render", SMALL, "--as", "tasks", "--each-dept", "-o", folder, "-f", "json")
    assert r.code == 0, r.err
    outputs = r.json()["outputs"]
    # as first named; 局各股室 is a collective reference, 计财股 has no task
    assert [o["dept"] for o in outputs] == ["基础教育股", "办公室", "人事股", "安全股"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{o['dept']}.docx" for o in outputs)
    for o in outputs:
        assert texts(docx.Document(o["output"]), S.SUBTITLE)[0].startswith(f"（{o['dept']}：")


def grouped(tmp_path):
    """small.yaml beside a registry that says whom 局各股室 means: 办公室, 人事股 (also lead) and 计财股 (else idle)."""
    registry = (SMALL.parent / "departments.yaml").read_text(encoding="utf-8")
    registry = registry.replace("placeholders: [局各股室]", "groups:\n  - {name: 局各股室, members: [办公室, 人事股, 计财股]}")
    (tmp_path / "departments.yaml").write_text(registry, encoding="utf-8")
    plan = tmp_path / "small.yaml"
    plan.write_bytes(SMALL.read_bytes())
    return plan


def rows_of(document):
    return [r.cells[0].text for r in document.tables[0].rows[1:] if len({c._tc for c in r.cells}) > 1]


def test_a_group_in_support_puts_the_row_in_each_members_table(tmp_path):
    plan = grouped(tmp_path)
    office = render(tmp_path, plan, "--as", "tasks", "--dept", "办公室")
    assert texts(office, S.SUBTITLE) == ["（办公室：配合4项）"] and rows_of(office) == ["1", "2", "2（2）", "3"]
    # named by no measure, yet a member of 局各股室: its table has the row of the measure naming the group
    # (2, not its sub-measures, which name no support: as depts counts); 人事股 leads that row and stays lead
    finance = render(tmp_path, plan, "--as", "tasks", "--dept", "计财股", name="finance.docx")
    assert texts(finance, S.SUBTITLE) == ["（计财股：配合1项）"] and rows_of(finance) == ["2"]
    staff = render(tmp_path, plan, "--as", "tasks", "--dept", "人事股", name="staff.docx")
    assert texts(staff, S.SUBTITLE)[0].startswith("（人事股：牵头") and "配合" not in texts(staff, S.SUBTITLE)[0]
    r = run("render", plan, "--as", "tasks", "--each-dept", "-o", tmp_path / "tables", "-f", "json")
    assert [o["dept"] for o in r.json()["outputs"]] == ["基础教育股", "办公室", "人事股", "计财股", "安全股"]


def test_a_collective_name_gets_the_table_of_the_rows_that_name_it(tmp_path):
    plan = grouped(tmp_path)
    group = render(tmp_path, plan, "--as", "tasks", "--dept", "局各股室", name="group.docx")
    assert texts(group, S.SUBTITLE) == ["（局各股室：配合1项）"] and rows_of(group) == ["2"]  # as depts --dept lists
    assert run("depts", plan, "--dept", "局各股室", "-f", "json").json()["departments"][0]["support"] == 1
    placeholder = render(tmp_path, SMALL, "--as", "tasks", "--dept", "局各股室", name="placeholder.docx")
    assert rows_of(placeholder) == ["2"]  # a placeholder (no members) too
    r = run("render", plan, "--as", "tasks", "--each-dept", "-o", tmp_path / "tables", "-f", "json")
    assert "局各股室" not in [o["dept"] for o in r.json()["outputs"]]  # every department's table, not the group's


def test_depts_counts_a_group_as_support_of_its_members(tmp_path):
    plan = grouped(tmp_path)
    finance = run("depts", plan, "--dept", "计财股", "-f", "json").json()["departments"][0]
    assert (finance["lead"], finance["support"]) == (0, 1)
    assert [(t["number"], t["role"], t["via"]) for t in finance["tasks"]] == [("2", "support", "局各股室")]
    assert "配合（局各股室）" in run("depts", plan, "--dept", "计财股").out
    staff = run("depts", plan, "--dept", "人事股", "-f", "json").json()["departments"][0]
    assert [t["via"] for t in staff["tasks"]] == [None] * len(staff["tasks"])  # it leads 2: no second row
    # 计财股 supports through the group: not "never assigned" any more
    assert "unused-department" not in {f["code"] for f in run("depts", plan, "-f", "json").json()["findings"]}


@pytest.mark.parametrize("args", [["--each-dept"], ["--as", "tasks", "--each-dept", "--dept", "办公室"]])
def test_each_dept_is_for_the_whole_task_table(tmp_path, args):
    r = run("render", SMALL, "-o", tmp_path / "tables", *args)
    assert r.code == 2 and "--each-dept" in r.err and not (tmp_path / "tables").exists()
    r = run("render", SMALL, "--as", "tasks", "--each-dept", "-o", "-")
    assert r.code == 2 and "不能写到标准输出" in r.err


@pytest.mark.parametrize("name", ["", " ", "\u3000"])
def test_a_blank_dept_is_bad_usage_not_every_department(tmp_path, name):
    for command in (["render", SMALL, "--as", "tasks", "-o", tmp_path / "t.docx"], ["depts", SMALL]):
        r = run(*command, "--dept", name)
        assert r.code == 2 and "--dept 需要一个科室名称" in r.err
    assert not (tmp_path / "t.docx").exists()


def test_a_department_name_is_a_file_name_on_windows_too():
    from workplan.render import file_name

    assert file_name("职成教科/成教办") == "职成教科_成教办"
    assert file_name('a\\b:c*d?e"f<g>h|i') == "a_b_c_d_e_f_g_h_i"
    assert file_name("督导室. ") == "督导室" and file_name("..") == "_"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_department_name_makes_a_usable_file_name(name):
    from workplan.render import file_name

    made = file_name(name)
    assert made and not set(made) & set('\\/:*?"<>|') and not made.endswith((".", " "))
    assert all(ord(c) >= 32 for c in made)
    if name and not set(name) & set('\\/:*?"<>|') and name == name.rstrip(". ") and name.isprintable():
        assert made == name  # an ordinary name is kept as it is


def test_two_departments_of_one_file_name_get_a_table_each(tmp_path):
    (tmp_path / "departments.yaml").write_text("org: 青石县教育局\ndepartments:\n  - name: 党政办/人事\n"
                                               "  - name: 党政办_人事\n", encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text("title: 青石县教育局2026年工作要点\norg: 青石县教育局\nyear: 2026\nsections:\n  - title: 党建\n"
                    "    measures:\n      - {title: 甲, text: 正文。, lead: 党政办/人事}\n"
                    "      - {title: 乙, text: 正文。, lead: 党政办_人事}\n", encoding="utf-8")
    r = run("render", plan, "--as", "tasks", "--each-dept", "-o", tmp_path / "out", "-f", "json")
    assert [Path(o["output"]).name for o in r.json()["outputs"]] == ["党政办_人事.docx", "党政办_人事-2.docx"]
    assert len(list((tmp_path / "out").iterdir())) == 2


def test_a_measures_own_targets_follow_its_text_in_the_work_points(tmp_path):
    out = tmp_path / "w.md"
    assert run("render", PLANS / "2026.yaml", "-o", out).code == 0
    text = out.read_text(encoding="utf-8")
    assert "联赛。深入实施" in text  # the measure pe-health, whose target is 2 小时 a day
    assert "（目标：中小学生每天综合体育活动时间达2小时以上）（牵头：体卫艺科" in text
    assert text.count("（目标：") == 3  # the three measures of the sample plan with targets of their own


def test_a_measures_own_targets_are_in_its_row_of_the_task_table(tmp_path):
    (table,) = render(tmp_path, PLANS / "2026.yaml", "--as", "tasks").tables
    row = next(r for r in table.rows if r.cells[1].text == "加强体育美育和健康教育")
    assert row.cells[2].text.endswith("提高2个百分点。（目标：中小学生每天综合体育活动时间达2小时以上）")
