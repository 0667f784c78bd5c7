"""diff reports every visible text around the measures: the document's particulars, a section's own title
and introduction, and a speech's review and problems — in the text report, the JSON and the 对照表."""

from __future__ import annotations

import pytest
from conftest import run


def edited(plans, name: str, old: str, new: str, out: str = "edited.yaml"):
    text = (plans / name).read_text(encoding="utf-8")
    assert old in text
    (plans / out).write_text(text.replace(old, new, 1), encoding="utf-8")
    return plans / out


@pytest.mark.parametrize(("field", "old", "new", "shown"), [
    # more than the next year's title: diffed below the report's first line (old → new), as any text
    ("title", "title: 临川市教育局2026年工作要点", "title: 临川市教育局2026年工作要点（修订稿）",
     "临川市教育局2026年工作要点 → 临川市教育局2026年工作要点（修订稿）\n"),
    ("title", "title: 临川市教育局2026年工作要点", "title: 临川市教育局2026年教育工作要点",
     "文件标题\n临川市教育局2026年{+教育+}工作要点"),
    ("doc_number", "doc_number: 临教发〔2026〕3号", "doc_number: 临教发〔2026〕4号", "临教发〔2026〕[-3-]{+4+}号"),
    # as the document prints it, replaced whole (2026年[-2-]{+3+}月2[-0-]日 would be hard to read)
    ("issued", "issued: 2026-02-20", "issued: 2026-03-02", "成文日期\n[-2026年2月20日-]{+2026年3月2日+}"),
    ("numbering", "numbering: continuous", "numbering: per-section", "[-全文连续-]{+每部分重新+}编号"),
])
def test_document_particulars_are_reported(plans, field, old, new, shown, tmp_path):
    new_plan = edited(plans, "2026.yaml", old, new)
    r = run("diff", plans / "2026.yaml", new_plan)
    assert r.code == 1 and shown in r.out
    assert {"field": field, "status": "changed"} in run("diff", plans / "2026.yaml", new_plan, "-f", "json").json()["texts"]
    run("diff", plans / "2026.yaml", new_plan, "-o", tmp_path / "t.md")
    assert "<ins>" in (tmp_path / "t.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("plan", "field", "old", "new", "shown"), [
    ("2026.yaml", "org", "org: 临川市教育局", "org: 临川市教育体育局", "发文机关\n临川市教育{+体育+}局"),
    ("2026-speech.yaml", "speaker", "speaker: 周某某", "speaker: 吴某某", "讲话人\n[-周-]{+吴+}某某"),
    ("2026-speech.yaml", "speaker_title", "speaker_title: 局长", "speaker_title: 党组书记、局长",
     "讲话人职务\n{+党组书记、+}局长"),
    ("2026-speech.yaml", "occasion", "occasion: 全市教育工作会议", "occasion: 全市教育大会",
     "会议名称\n全市教育[-工作会议-]{+大会+}"),
    ("2026-speech.yaml", "date", "date: 2026-02-25", "date: 2026-02-26", "讲话日期\n[-2026年2月25日-]{+2026年2月26日+}"),
    ("2026-speech.yaml", "salutation", "salutation: 同志们：", "salutation: 各位领导、同志们：",
     "称呼\n{+各位领导、+}同志们："),
])
def test_signature_and_speech_particulars_are_reported(plans, plan, field, old, new, shown, tmp_path):
    """The signature (org) and a speech's speaker line, date and salutation are printed: a change is a difference."""
    new_plan = edited(plans, plan, old, new)
    r = run("diff", plans / plan, new_plan)
    assert r.code == 1 and shown in r.out and "都相同" not in r.out
    assert {"field": field, "status": "changed"} in run("diff", plans / plan, new_plan, "-f", "json").json()["texts"]
    assert run("diff", plans / plan, new_plan, "--only", "texts").code == 1
    run("diff", plans / plan, new_plan, "-o", tmp_path / "t.md")
    assert "<ins>" in (tmp_path / "t.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "year"), [
    ("临川市教育局2025年工作要点", "临川市教育局2026年工作要点", 2026),
    ("临川市教育局2025—2026学年度工作要点", "临川市教育局2026—2027学年度工作要点", 2026),
    ("临川市教育局2025年工作要点（2024—2026年行动计划）", "临川市教育局2026年工作要点（2024—2026年行动计划）", 2026),
])
def test_a_title_that_only_moves_to_the_new_year_is_said_once(plans, old, new, year):
    """The report's first line reads 旧标题 → 新标题; a 文件标题 block below would only repeat 202[-5-]{+6+}."""
    text = (plans / "2026.yaml").read_text(encoding="utf-8")
    (plans / "old.yaml").write_text(text.replace("title: 临川市教育局2026年工作要点", f"title: {old}", 1)
                                    .replace("year: 2026", f"year: {year - 1}", 1), encoding="utf-8")
    (plans / "new.yaml").write_text(text.replace("title: 临川市教育局2026年工作要点", f"title: {new}", 1)
                                    .replace("year: 2026", f"year: {year}", 1), encoding="utf-8")
    for args in ((), ("--only", "texts")):
        r = run("diff", plans / "old.yaml", plans / "new.yaml", *args)
        assert r.code == 1 and r.out.startswith(f"{old} → {new}\n") and "文件标题" not in r.out


def test_a_title_changed_beyond_the_year_is_diffed_also_with_only_texts(plans):
    new_plan = edited(plans, "2026.yaml", "title: 临川市教育局2026年工作要点", "title: 临川市教育局2027年教育工作要点")
    (plans / "2027.yaml").write_text(new_plan.read_text(encoding="utf-8").replace("year: 2026", "year: 2027", 1),
                                     encoding="utf-8")
    r = run("diff", plans / "2026.yaml", plans / "2027.yaml", "--only", "texts")
    assert r.code == 1 and "文件标题\n临川市教育局202[-6年-]{+7年教育+}工作要点" in r.out


def test_renamed_section_is_reported(plans, tmp_path):
    new_plan = edited(plans, "2026.yaml", "title: 落实立德树人根本任务", "title: 全面落实立德树人根本任务")
    r = run("diff", plans / "2026.yaml", new_plan)
    assert r.code == 1
    assert "（二）全面落实立德树人根本任务（原为：落实立德树人根本任务）\n~ 修改部分标题" in r.out
    sections = [s for s in run("diff", plans / "2026.yaml", new_plan, "-f", "json").json()["sections"]
                if s["status"] != "unchanged"]
    assert sections == [{"status": "changed", "old_id": "moral", "new_id": "moral", "old_number": "（二）",
                         "new_number": "（二）", "changes": ["title"], "title": "全面落实立德树人根本任务"}]
    run("diff", plans / "2026.yaml", new_plan, "-o", tmp_path / "t.html")
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<ins>全面</ins>落实立德树人根本任务" in page and "修改部分标题" in page


def test_section_introduction_is_reported(plans, tmp_path):
    new_plan = edited(plans, "2026.yaml", "    title: 落实立德树人根本任务\n",
                      "    title: 落实立德树人根本任务\n    text: 坚持五育并举。\n")
    r = run("diff", plans / "2026.yaml", new_plan)
    assert r.code == 1 and "~ 修改部分导语\n    {+坚持五育并举。+}" in r.out
    import docx

    run("diff", plans / "2026.yaml", new_plan, "-o", tmp_path / "t.docx")
    table = docx.Document(str(tmp_path / "t.docx")).tables[0]
    runs = [(r.style.name, r.text) for row in table.rows for cell in row.cells for p in cell.paragraphs for r in p.runs]
    assert ("新增文字", "坚持五育并举。") in runs


def test_removed_empty_section_is_reported(plans):
    text = (plans / "2026.yaml").read_text(encoding="utf-8") + "  - id: spare\n    title: 其他工作\n"
    (plans / "old.yaml").write_text(text, encoding="utf-8")
    r = run("diff", plans / "old.yaml", plans / "2026.yaml")
    assert r.code == 1 and "其他工作（本部分已删除）\n- 删除部分" in r.out


def test_speech_review_and_problems_are_reported(plans):
    text = (plans / "2026-speech.yaml").read_text(encoding="utf-8")
    start = text.index("  - title: 坚持优质均衡")
    text = text[:start] + text[text.index("  - title: 坚持五育并举"):]  # one review item deleted
    (plans / "new.yaml").write_text(text.replace("教师队伍结构性矛盾依然突出", "教师队伍结构性矛盾仍然突出"), encoding="utf-8")
    r = run("diff", plans / "2026-speech.yaml", plans / "new.yaml")
    assert r.code == 1
    assert "上年工作回顾\n" in r.out and "[-。\n坚持优质均衡，教育资源供给持续扩大" in r.out
    assert "存在的主要问题\n" in r.out and "教师队伍结构性矛盾[-依-]{+仍+}然突出" in r.out
    texts = run("diff", plans / "2026-speech.yaml", plans / "new.yaml", "-f", "json").json()["texts"]
    assert {"field": "review", "status": "changed"} in texts and {"field": "problems", "status": "changed"} in texts


def test_the_summary_says_when_sections_changed_though_no_measure_did(plans, tmp_path):
    new_plan = edited(plans, "2026.yaml", "title: 落实立德树人根本任务", "title: 全面落实立德树人根本任务")
    r = run("diff", plans / "2026.yaml", new_plan)
    assert r.code == 1 and r.out.splitlines()[1].endswith("未变（另有 1 个部分改动）")
    run("diff", plans / "2026.yaml", new_plan, "-o", tmp_path / "t.md")
    assert "（另有 1 个部分改动）" in (tmp_path / "t.md").read_text(encoding="utf-8")
