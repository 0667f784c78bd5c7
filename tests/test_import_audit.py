"""A user audit of `workplan import` (a clerk on Chinese Windows): --force over the registry import reads,
an Office file renamed to .yaml, a document whose line breaks were lost, a truncated .docx, and notes about
the whole document without the file's name."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import PLANS, run

docx = pytest.importorskip("docx")


def small_docx(path, paragraphs=("临川市教育局2026年工作要点", "一、加强党的建设", "1.强化政治引领。深入学习。（牵头：思教科）")):
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def snapshot(folder) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- 1. --force replaces an old plan, never a registry: not the one beside the plan, not one named otherwise


@pytest.mark.parametrize("args", [
    ["-o", "departments.yaml", "--force"],  # the registry beside the plan, read when no -r is given
    ["-o", "./departments.yaml", "--force"],
    ["-o", "departments.yaml"],
    ["-o", "departments.yaml", "-r", "reg.yaml", "--force"],  # not read this time, but a registry all the same
    ["-o", "reg.yaml", "--force"],  # a registry by its content, whatever its name
    ["-o", "reg.yaml", "-r", "reg.yaml", "--force"],
    ["-o", "departments.yaml", "--write-registry", "new.yaml", "--force"],
])
def test_import_never_writes_a_plan_over_a_registry(plans, monkeypatch, args):
    monkeypatch.chdir(plans)
    small_docx(plans / "s.docx")
    shutil.copy(plans / "departments.yaml", plans / "reg.yaml")
    before = snapshot(plans)
    r = run("import", "s.docx", *args)
    assert r.code == 2, r.err
    assert "不会覆盖" in r.err and args[1].lstrip("./") in r.err
    assert snapshot(plans) == before


def test_import_over_the_registry_beside_it_says_it_is_an_input(plans, monkeypatch):
    monkeypatch.chdir(plans)
    small_docx(plans / "s.docx")
    r = run("import", "s.docx", "-o", "departments.yaml", "--force", "-f", "json")
    assert r.code == 2 and json.loads(r.out)["errors"][0]["code"] == "output-is-input"


def test_import_with_force_still_replaces_an_old_plan_beside_the_registry(plans):
    small_docx(plans / "s.docx")
    r = run("import", plans / "s.docx", "-o", plans / "2026.yaml", "--force")
    assert r.code == 0, r.err
    assert "强化政治引领" in (plans / "2026.yaml").read_text(encoding="utf-8")
    assert (plans / "departments.yaml").read_bytes() == (PLANS / "departments.yaml").read_bytes()


# --- 2. what a file is, is told by its content: a Word document renamed .yaml is imported, a workbook refused


def test_a_word_document_renamed_yaml_is_imported_as_docx(tmp_path):
    small_docx(tmp_path / "r.docx")
    shutil.copy(tmp_path / "r.docx", tmp_path / "r.yaml")
    r = run("import", tmp_path / "r.yaml", "-o", tmp_path / "x.yaml")
    assert r.code == 0, r.err
    assert "已经是 YAML" not in r.err
    assert "强化政治引领" in (tmp_path / "x.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["t.yaml", "t.xlsx"])
def test_an_excel_workbook_is_told_as_one(tmp_path, name):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active["A1"] = "强化政治引领"
    book.save(str(tmp_path / name))
    r = run("import", tmp_path / name, "-o", tmp_path / "x.yaml")
    assert r.code == 2 and "Excel" in r.err and ".xlsx" in r.err
    assert "已经是 YAML" not in r.err and "word/document.xml" not in r.err
    assert not (tmp_path / "x.yaml").exists()
    r = run("--lang", "en", "import", tmp_path / name, "-o", tmp_path / "x.yaml")
    assert r.code == 2 and "Excel workbook" in r.err


def test_a_yaml_plan_refused_suggests_commands_that_can_be_pasted(tmp_path):
    (tmp_path / "my plans").mkdir()
    for name in ("a b.yaml", "a b.txt"):  # by its name, and by its content
        shutil.copy(PLANS / "2026.yaml", tmp_path / "my plans" / name)
        r = run("import", tmp_path / "my plans" / name, "-o", tmp_path / "x.yaml")
        assert r.code == 2 and "已经是 YAML" in r.err and f'workplan fmt "{tmp_path / "my plans" / name}"' in r.err


@pytest.mark.parametrize("name", ["missing.yaml", "missing.yml"])
def test_a_missing_yaml_file_is_said_to_be_missing(tmp_path, name):
    r = run("import", tmp_path / name, "-o", tmp_path / "x.yaml", "-f", "json")
    assert r.code == 2 and "已经是 YAML" not in r.err + r.out
    assert [e["code"] for e in r.json()["errors"]] == ["file-not-found"]


# --- 4. a .docx cut short or damaged: said so in the user's language, no English from zipfile, zlib or lxml


def damaged(tmp_path, how: str):
    data = small_docx(tmp_path / "whole.docx").read_bytes()
    if how == "truncated":  # a download that stopped: no central directory at the end
        data = data[: len(data) // 2]
    elif how == "corrupted":  # a copy from a failing USB drive: a part that does not inflate
        data = bytearray(data)
        start = data.index(b"word/document.xml") + 40
        data[start: start + 200] = bytes(b ^ 0x55 for b in data[start: start + 200])
        data = bytes(data)
    path = tmp_path / "tr.docx"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("how", ["truncated", "corrupted"])
def test_a_damaged_docx_is_said_to_be_incomplete_or_damaged(tmp_path, how):
    path = damaged(tmp_path, how)
    r = run("import", path, "-o", tmp_path / "q.yaml")
    assert r.code == 2 and "Traceback" not in r.err
    assert "文件不完整或已损坏" in r.err and "tr.docx" in r.err
    assert "压缩包，但不是" not in r.err
    assert not any(word in r.err for word in ("zip", "Error", "File is not", "decompress"))
    assert not (tmp_path / "q.yaml").exists()
    r = run("--lang", "en", "import", path, "-o", tmp_path / "q.yaml")
    assert r.code == 2 and "incomplete or damaged" in r.err


def test_a_docx_with_broken_xml_is_damaged_too(tmp_path):
    import zipfile

    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    r = run("import", path, "-o", tmp_path / "x.yaml")
    assert r.code == 2 and "文件不完整或已损坏" in r.err and "tag" not in r.err


# --- 5. notes about the document as a whole name the file, as every other note does


def table_only_docx(path):
    d = docx.Document()
    t = d.add_table(2, 2)
    t.cell(1, 0).text = "强化政治引领"
    t.cell(1, 1).text = "思教科"
    d.save(str(path))
    return path


def test_notes_about_the_whole_document_name_the_file(tmp_path):
    path = table_only_docx(tmp_path / "tb.docx")
    r = run("import", path, "-o", tmp_path / "tb.yaml")
    lines = r.err.splitlines()
    for code in ("import-year-missing", "import-org-missing", "import-title-missing"):
        said = [line for line in lines if f"[{code}]" in line]
        assert said and all(line.startswith(f"{path}:1:1: ") for line in said), r.err
    r = run("import", path, "-o", tmp_path / "tb2.yaml", "-f", "json")
    notes = {n["code"]: n for n in r.json()["notes"]}
    assert notes["import-year-missing"]["line"] == 1 and "tb.docx" in notes["import-year-missing"]["file"]
    # the comment in the plan names no line: the note is about no line in particular
    text = (tmp_path / "tb.yaml").read_text(encoding="utf-8")
    assert "# import: 文中未找到年度，暂定为" in text and "原文第 1 行" not in text


# --- 3. a document in which no measure is found is no success: a clear note, exit 1 (a finding, SPEC §4)


def test_a_document_without_measures_says_so_and_exits_1(tmp_path):
    path = table_only_docx(tmp_path / "tb.docx")
    r = run("import", path, "-o", tmp_path / "tb.yaml")
    assert r.code == 1, r.err
    assert "未找到任何措施" in r.err and f"{path}:1:1: " in r.err
    text = (tmp_path / "tb.yaml").read_text(encoding="utf-8")  # written all the same: the text is kept
    assert "# import: 未找到任何措施" in text
    r = run("--lang", "en", "import", path, "-o", tmp_path / "tb2.yaml", "-f", "json")
    assert r.code == 1 and r.json()["measures"] == 0
    assert "import-no-measures" in [n["code"] for n in r.json()["notes"]]


def test_a_document_that_lost_its_line_breaks_is_split_at_its_numbers(tmp_path):
    """Pasted from a web page: one paragraph, numbered items inline — 一、 （一） 1. and 2强化 after an annotation."""
    from conftest import SEEDS

    seed = next(SEEDS.glob("000_*.txt"), None)
    if seed is None:
        pytest.skip("../shared/seeds is not here")
    one = tmp_path / "one.txt"
    one.write_text(seed.read_text(encoding="utf-8").replace("\n", ""), encoding="utf-8")
    r = run("import", one, "-o", tmp_path / "one.yaml", "-f", "json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["title"] == "教育局2017年工作要点" and data["year"] == 2017
    assert data["measures"] >= 45 and data["annotated"] >= 45
    assert "import-no-measures" not in [n["code"] for n in data["notes"]]
    text = (tmp_path / "one.yaml").read_text(encoding="utf-8")
    assert "浏览次数" not in text and "上一篇" not in text  # the page's debris, split off and removed
    assert run("validate", tmp_path / "one.yaml").code == 0


def test_a_short_pasted_document_is_split_too(tmp_path):
    def item(n, title, dept):
        return (f"{n}.{title}。全年开展专题活动{n + 2}次，形成长效机制，确保各项工作落到实处，取得实效，"
                f"群众满意度明显提升，各县区同步推进，按季度报送进展情况。（牵头：{dept}）")

    text = ("临川市教育局2026年工作要点为推动全市教育高质量发展，结合实际，制定本要点。"
            "一、加强党的建设" + item(1, "强化政治引领", "思教科") + item(2, "加强队伍建设", "组织人事科")
            + item(3, "推进清廉学校建设", "纪检组") + "二、推进教育改革" + item(4, "深化课程改革", "基础教育科")
            + item(5, "提升督导实效", "督导办") + item(6, "完善评价机制", "督导办"))
    assert len(text) > 500
    doc = tmp_path / "p.txt"
    doc.write_text(text, encoding="utf-8")
    r = run("import", doc, "-o", tmp_path / "p.yaml", "-f", "json")
    assert r.code == 0, r.err
    assert (r.json()["sections"], r.json()["measures"], r.json()["annotated"]) == (2, 6, 6)


def test_a_rendered_plan_without_its_line_breaks_imports_as_with_them(tmp_path):
    """render → markdown → plain text, once with its line breaks and once without: the title and the
    发文字号 glued to the text, 一、工作思路 and 二、工作目标 glued to their first paragraph, the signature and
    date glued to the last measure's annotation all come apart; only the paragraphs of 工作思路 run together."""
    import re

    from workplan.readers.text_import import Options, import_document

    assert run("render", PLANS / "2026.yaml", "-o", tmp_path / "w.md").code == 0
    text = "\n".join(re.sub(r"^#* *", "", line).replace("**", "")
                     for line in (tmp_path / "w.md").read_text(encoding="utf-8").splitlines())
    (tmp_path / "w.txt").write_text(text, encoding="utf-8")
    (tmp_path / "flat.txt").write_text(text.replace("\n", ""), encoding="utf-8")
    lines, flat = (import_document(str(tmp_path / name), Options()).plan for name in ("w.txt", "flat.txt"))

    def seen(plan):
        return (plan.title, plan.doc_number, plan.issued, plan.preamble, "".join(plan.ideas), plan.goals.text,
                [(t.name, t.value, t.cmp) for t in plan.goals.targets], [s.title for s in plan.sections],
                [(m.title, m.text, m.lead, m.support, len(m.measures)) for m in plan.all_measures()])

    assert seen(flat) == seen(lines)
    assert (flat.doc_number, flat.issued, flat.all_measures()[-1].lead) == ("临教发〔2026〕3号", "2026-02-20", ["体卫艺科"])


@pytest.mark.parametrize("last", ["2季度前完成验收。", "3家单位参与。"])
def test_a_number_glued_to_an_annotation_in_a_document_with_its_line_breaks_stays_text(last):
    """…（牵头：思教科）2季度前完成验收。 is the measure's text going on, not a second item: only a document that lost
    its line breaks has its items glued to annotations (split_unbroken)."""
    from workplan.readers.text_import import Options, import_lines
    from workplan.readers.text_import.normalize import lines_of

    doc = ["青岚县教育局2025年工作要点", "一、队伍建设", f"1.开展培训。全员轮训。（牵头：思教科）{last}",
           "2.建强班子。选优配强。（牵头：组织人事科）"]
    plan = import_lines(lines_of("\n".join(doc)), "t.txt", Options()).plan
    assert [(m.title, m.text) for m in plan.all_measures()] == [  # as before 06d138c, the annotation in the text
        ("开展培训", "全员轮训。（牵头：思教科）" + last), ("建强班子", "选优配强。")]


def test_a_number_glued_to_an_annotation_starts_an_item_in_a_document_without_line_breaks():
    from workplan.readers.text_import.normalize import Line
    from workplan.readers.text_import.outline import split_unbroken

    items = ["1.强化引领。深入学习。（牵头：思教科）", "2强化队伍。建强班子。（牵头：组织人事科）3月底前完成。",
             "3.推进改革。试点先行。（牵头：基础教育科）5家单位参与。", "4.办好民生实事。新建学校。（牵头：计财科）"]
    text = "一、党的建设" + "".join(items) + "二、教育发展" + "全面完成年度目标任务。" * 50
    got = [p.text for p in split_unbroken([Line(text, 1)])]
    assert got[1:5] == items
