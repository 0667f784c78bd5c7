""".docx import: Word's own list numbering (numbering.xml, also through styles), tables, what is
not body text; and the round trip render → import on the sample plans."""

import io
import shutil
import zipfile

import docx
import pytest
from conftest import PLANS, run
from docx.oxml import parse_xml

from workplan.readers.text_import import Options, import_document, import_lines
from workplan.readers.text_import.docx_import import docx_lines
from workplan.readers.text_import.normalize import lines_of
from workplan.readers.yaml_plan import read_plan

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimalEnclosedCircle", "%4")]


def _numbering(document) -> None:
    """A four-level 公文 list (一、 （一） 1. ①) as Word stores it, numId 90."""
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                     for i, (fmt, text) in enumerate(LEVELS))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def _item(document, text: str, level: int):
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    return p


def numbered_docx() -> bytes:
    d = docx.Document()
    _numbering(d)
    title = d.add_paragraph(style="Title")
    title.add_run("青岚县教育局")
    title.add_run().add_break()
    title.add_run("2025年工作要点")
    toc = parse_xml(f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
                    '</w:sdtPr><w:sdtContent><w:p><w:r><w:t>目录 一、工作思路 1</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    d.element.body.insert(len(d.element.body) - 1, toc)
    d.add_paragraph("2025年全县教育工作的总体要求是：坚持立德树人，办好群众满意的教育。")
    _item(d, "工作思路", 0)
    d.add_paragraph("坚持优先发展。把教育摆在先导位置。")
    _item(d, "工作目标", 0)
    d.add_paragraph("主要指标：学前三年毛入园率达92%以上，义务教育辍学率控制在0.5%以内。")
    _item(d, "工作措施", 0)
    _item(d, "加强党的建设", 1)
    _item(d, "抓实理论学习。全年集中学习不少于10次。（牵头：办公室  配合：组织人事股）", 2)
    p = _item(d, "深化基层党建。打造党建示范校3所。（组织人事股）", 2)
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="x"><w:r><w:delText>（已删除的文字）</w:delText></w:r></w:del>'))
    _item(d, "推动教育优质均衡", 1)
    _item(d, "扩大学前资源。新增学位600个。（基础教育股牵头，计财股配合）", 2)
    _item(d, "健全安全工作体系。重点抓好以下工作。（牵头：安全股）", 2)
    _item(d, "开展消防安全检查。每学期一次。（安全股）", 3)
    _item(d, "开展校车安全检查。落实年检。（安全股牵头，交警大队配合）", 3)
    d.add_paragraph("完善教师待遇保障", style="List Number")  # numbered through its style
    d.add_paragraph("落实教师工资待遇保障长效机制。（牵头：计财股）")
    return _saved(d)


def _saved(d) -> bytes:
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_word_list_numbers_are_read_before_the_text():
    texts = [line.text for line in docx_lines(numbered_docx(), "n.docx") if line.text]
    assert texts[:2] == ["青岚县教育局2025年工作要点", "2025年全县教育工作的总体要求是：坚持立德树人，办好群众满意的教育。"]
    assert "一、工作思路" in texts and "三、工作措施" in texts and "（二）推动教育优质均衡" in texts
    assert "1.抓实理论学习。全年集中学习不少于10次。（牵头：办公室  配合：组织人事股）" in texts
    assert any(t.startswith("2.健全安全工作体系") for t in texts)  # as in Word: （二） restarts the 1. level
    assert any(t.startswith("②开展校车安全检查") for t in texts)
    assert not any("目录" in t or "已删除" in t for t in texts)


def test_numbered_docx_imports_to_a_plan(tmp_path):
    path = tmp_path / "n.docx"
    path.write_bytes(numbered_docx())
    plan = import_document(str(path), Options()).plan
    assert (plan.title, plan.org, plan.year) == ("青岚县教育局2025年工作要点", "青岚县教育局", 2025)
    assert plan.ideas == ["坚持优先发展。把教育摆在先导位置。"]
    assert [(t.name, t.value, t.cmp) for t in plan.goals.targets] == [("学前三年毛入园率", 92, ">="), ("义务教育辍学率", 0.5, "<=")]
    assert [s.title for s in plan.sections] == ["加强党的建设", "推动教育优质均衡"]
    got = [(m.title, m.lead, m.support) for m in plan.all_measures()]
    assert got[:6] == [("抓实理论学习", ["办公室"], ["组织人事股"]), ("深化基层党建", ["组织人事股"], []),
                       ("扩大学前资源", ["基础教育股"], ["计财股"]), ("健全安全工作体系", ["安全股"], []),
                       ("开展消防安全检查", ["安全股"], []), ("开展校车安全检查", ["安全股"], ["交警大队"])]
    assert got[6][0] == "完善教师待遇保障" and got[6][1] == ["计财股"]  # title on its own line, body after


def task_table_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("青岚县教育局2025年重点工作任务分解表")
    rows = [("序号", "类别", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限"),
            ("1", "党的建设", "抓实理论学习", "全年集中学习不少于10次。", "办公室", "组织人事股、纪检组", "2025年12月"),
            ("2", "", "深化基层党建", "打造党建示范校3所。", "组织人事股", "", "全年"),
            ("3", "教育质量", "扩大学前资源", "新增学位600个。", "基础教育股", "计财股", "2025年9月")]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return _saved(d)


def test_a_task_table_becomes_sections_and_annotated_measures(tmp_path):
    path = tmp_path / "t.docx"
    path.write_bytes(task_table_docx())
    plan = import_document(str(path), Options()).plan
    assert [s.title for s in plan.sections] == ["党的建设", "教育质量"]
    assert [(m.title, m.text, m.lead, m.support, m.due) for m in plan.all_measures()] == [
        ("抓实理论学习", "全年集中学习不少于10次。", ["办公室"], ["组织人事股", "纪检组"], "2025-12"),
        ("深化基层党建", "打造党建示范校3所。", ["组织人事股"], [], "全年"),
        ("扩大学前资源", "新增学位600个。", ["基础教育股"], ["计财股"], "2025-09")]


def test_a_rendered_task_table_gives_back_the_sub_measures(tmp_path):
    """14（1） is a sub-measure of 14, also when 14 has no row (render titles it 深化课程教学改革：加强中小学科学教育):
    the parent is made from that prefix, and the rows keep their own titles."""
    original, _ = read_plan(str(PLANS / "2026.yaml"))
    back = rendered(tmp_path, PLANS / "2026.yaml", "tasks")

    def tree(measures):
        return [(m.title, tree(m.measures)) for m in measures]

    assert [tree(s.measures) for s in back.sections] == [tree(s.measures) for s in original.sections]
    rows = [(m.title, m.text, m.lead, m.support) for m in original.all_measures() if m.lead or m.support or not m.measures]
    assert [(m.title, m.text, m.lead, m.support) for m in back.all_measures() if m.lead or m.support or not m.measures] \
        == rows


def test_a_pasted_task_table_nests_its_numbered_sub_rows():
    rows = ["序号\t类别\t工作任务\t具体内容\t牵头单位", "1\t党建\t抓实理论学习\t全年学习10次。\t办公室",
            "2（1）\t\t推动均衡：扩大学前资源\t新增学位600个。\t基础教育股", "2（2）\t\t推动均衡：办好县中\t扩容。\t基础教育股",
            "2（2）①\t\t课程建设\t开齐课程。\t教研室", "3\t\t建立档案\t建档。\t安全股"]
    plan = import_lines(lines_of("\n".join(["青岚县教育局2025年工作任务分解表", *rows])), "t.txt", Options()).plan
    assert [(m.title, [(c.title, [g.title for g in c.measures]) for c in m.measures]) for m in plan.sections[0].measures] == [
        ("抓实理论学习", []), ("推动均衡", [("扩大学前资源", []), ("办好县中", ["课程建设"])]), ("建立档案", [])]


def test_sub_rows_without_their_parents_title_stay_measures_of_their_own():
    """2（1） and 2（2） with no row 2 and no 推动均衡： before their titles: no parent can be made, so they are
    top-level measures as before (an empty 2. was written, dropped by the outline, and they went under 1)."""
    rows = ["序号\t类别\t工作任务\t具体内容\t牵头单位", "1\t党建\t抓实理论学习\t全年学习10次。\t办公室",
            "2（1）\t\t扩大学前资源\t新增学位600个。\t基础教育股", "2（2）\t\t办好县中\t扩容。\t基础教育股",
            "2（2）①\t\t课程建设\t开齐课程。\t教研室"]
    plan = import_lines(lines_of("\n".join(["青岚县教育局2025年工作任务分解表", *rows])), "t.txt", Options()).plan
    assert [(m.title, [c.title for c in m.measures]) for m in plan.sections[0].measures] == [
        ("抓实理论学习", []), ("扩大学前资源", []), ("办好县中", ["课程建设"])]


def test_a_parent_title_with_a_colon_is_the_prefix_its_sub_rows_share(tmp_path):
    """render writes 推进“双减”：提质增效：优化作业设计 for a parent without a row: the parent's title is the prefix
    the sibling rows share, not the text before the first ：."""
    plan = (PLANS / "2026.yaml").read_text(encoding="utf-8").replace("title: 深化课程教学改革", "title: 推进“双减”：提质增效")
    (tmp_path / "p.yaml").write_text(plan, encoding="utf-8")
    back = rendered(tmp_path, tmp_path / "p.yaml", "tasks")
    # (the parent's own line, 14.推进“双减”：提质增效, is read as title：text like any measure's — measures.split_title)
    assert [[c.title for c in m.measures] for m in back.all_measures() if m.title == "推进“双减”"] == [
        ["加强中小学科学教育", "推进书香校园建设", "巩固“双减”工作成果"]]
    rows = ["序号\t类别\t工作任务\t具体内容\t牵头单位", "1\t党建\t抓实理论学习\t全年学习10次。\t办公室",
            "2（1）\t\t推进“双减”：提质增效：优化作业设计\t分层作业。\t基础教育股",
            "2（2）\t\t推进“双减”：提质增效：规范校外培训\t专项治理。\t基础教育股"]
    plan = import_lines(lines_of("\n".join(["青岚县教育局2025年工作任务分解表", *rows])), "t.txt", Options()).plan
    assert [(m.title, [c.title for c in m.measures]) for m in plan.all_measures()] == [
        ("抓实理论学习", []), ("推进“双减”", ["优化作业设计", "规范校外培训"]), ("优化作业设计", []), ("规范校外培训", [])]


@pytest.mark.parametrize(("data", "code"), [
    (b"PK\x03\x04not really a zip", "import-damaged"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "import-old-doc"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "import-pdf"),
])
def test_documents_that_are_not_docx_are_refused_clearly(tmp_path, data, code):
    path = tmp_path / "x.docx"
    path.write_bytes(data)
    r = run("import", path, "-o", tmp_path / "x.yaml")
    assert r.code == 2 and "Traceback" not in r.err and r.err.startswith("workplan: ")
    assert not (tmp_path / "x.yaml").exists()
    r = run("import", path, "-o", tmp_path / "x.yaml", "-f", "json")
    assert r.code == 2 and [e["code"] for e in r.json()["errors"]] == [code]


def test_a_zip_without_a_word_body(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    r = run("import", path, "-o", tmp_path / "x.yaml")
    assert r.code == 2 and "word/document.xml" in r.err


# --- round trip: render → import gives back the plan
def comparable(plan):
    """What a rendered document carries: titles, texts, departments, targets, speech parts."""
    measures = [(m.title, m.text, m.lead, m.support, len(m.measures),
                 [(t.name, t.value, t.unit, t.cmp) for t in m.targets]) for m in plan.all_measures()]
    targets = [(t.name, t.value, t.unit, t.cmp) for t in (plan.goals.targets if plan.goals else [])]
    items = [(i.title, i.text) for i in [*plan.review, *plan.problems]]
    return (plan.title, plan.year, plan.kind, plan.numbering, plan.preamble, plan.ideas,
            plan.goals.text if plan.goals else "", targets, [(s.title, s.text) for s in plan.sections], measures, items)


def rendered(tmp_path, plan_path, kind: str):
    out = tmp_path / "r.docx"
    r = run("render", plan_path, "--as", kind, "-o", out)
    assert r.code == 0, r.err
    return import_document(str(out), Options(kind=kind)).plan


@pytest.mark.parametrize("name", ["2025", "2026"])
def test_work_points_come_back_from_their_document(tmp_path, name):
    original, _ = read_plan(str(PLANS / f"{name}.yaml"))
    back = rendered(tmp_path, PLANS / f"{name}.yaml", "workpoints")
    assert comparable(back) == comparable(original)
    assert (back.org, back.issued, back.doc_number) == (original.org, original.issued, original.doc_number)


def test_a_measures_own_targets_come_back_whatever_their_unit_and_comparison(tmp_path):
    """（目标：…达12次以上；…达到1期；…达1200人次以上；…）: render's own wording, any unit (期, 人次, none)."""
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load((PLANS / "2026.yaml").read_text(encoding="utf-8"))
    data["sections"][0]["measures"][0]["targets"] = [
        {"name": "集中学习研讨", "value": 12, "unit": "次", "cmp": ">="}, {"name": "专题轮训", "value": 1, "unit": "期", "cmp": "="},
        {"name": "培训人数", "value": 1200, "unit": "人次", "cmp": ">="}, {"name": "近视率", "value": 0.5, "unit": "%", "cmp": "<="},
        {"name": "x", "value": 3, "unit": "", "cmp": ">"}, {"name": "低年级作业", "value": 60, "unit": "分钟", "cmp": "<"}]
    with (tmp_path / "tg.yaml").open("w", encoding="utf-8") as f:
        yaml.dump(data, f)
    original, _ = read_plan(str(tmp_path / "tg.yaml"))
    back = rendered(tmp_path, tmp_path / "tg.yaml", "workpoints")
    assert comparable(back) == comparable(original)


def test_a_speech_comes_back_from_its_document(tmp_path):
    original, _ = read_plan(str(PLANS / "2026-speech.yaml"))
    back = rendered(tmp_path, PLANS / "2026-speech.yaml", "speech")
    without_departments = [(m.title, m.text) for m in original.all_measures()]  # a speech prints none
    assert [(m.title, m.text) for m in back.all_measures()] == without_departments
    assert [(i.title, i.text) for i in back.review] == [(i.title, i.text) for i in original.review]
    assert [(i.title, i.text) for i in back.problems] == [(i.title, i.text) for i in original.problems]
    o, b = original.speech, back.speech
    assert (b.speaker, b.speaker_title, b.date, b.salutation, b.opening, b.closing) == \
        (o.speaker, o.speaker_title, o.date, o.salutation, o.opening, o.closing)
    assert (back.title, back.year, back.org) == (original.title, original.year, original.org)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_document_saved_by_libreoffice_imports_the_same(tmp_path):
    import subprocess

    source = tmp_path / "r.docx"
    assert run("render", PLANS / "2025.yaml", "-o", source).code == 0
    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", str(tmp_path / "odt"), str(source)],
                   check=True, capture_output=True, timeout=180)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", str(tmp_path / "lo"),
                    str(tmp_path / "odt" / "r.odt")], check=True, capture_output=True, timeout=180)
    back = import_document(str(tmp_path / "lo" / "r.docx"), Options()).plan
    original, _ = read_plan(str(PLANS / "2025.yaml"))
    assert comparable(back) == comparable(original)


def test_word_headings_without_numbers_nest_by_their_outline_level(tmp_path):
    d = docx.Document()
    d.add_paragraph("青岚县教育局2025年工作任务", style="Title")
    d.add_heading("加强党的建设", level=1)
    d.add_heading("抓实理论学习", level=2)
    d.add_paragraph("全年集中学习不少于10次。（牵头：办公室）")
    d.add_heading("深化基层党建", level=2)
    d.add_paragraph("打造示范校3所。（组织人事股）")
    d.add_heading("推动优质均衡", level=1)
    d.add_heading("扩大学前资源", level=2)
    d.add_paragraph("新增学位600个。（基础教育股）")
    path = tmp_path / "h.docx"
    path.write_bytes(_saved(d))
    plan = import_document(str(path), Options()).plan
    assert plan.title == "青岚县教育局2025年工作任务"
    assert [(s.title, [(m.title, m.text, m.lead) for m in s.measures]) for s in plan.sections] == [
        ("加强党的建设", [("抓实理论学习", "全年集中学习不少于10次。", ["办公室"]),
                    ("深化基层党建", "打造示范校3所。", ["组织人事股"])]),
        ("推动优质均衡", [("扩大学前资源", "新增学位600个。", ["基础教育股"])])]
