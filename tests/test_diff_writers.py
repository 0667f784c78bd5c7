"""The 新旧对照表 documents: Markdown (golden), self-contained HTML, and a landscape .docx LibreOffice opens."""

from __future__ import annotations

import io
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import PLANS, run
from test_diff_cli import NEW, OLD, golden

from workplan.analyses.diff import diff_plans, load
from workplan.writers.diff_docx import diff_docx
from workplan.writers.diff_html import diff_html
from workplan.writers.diff_md import diff_md


def fixture_diff(old=OLD, new=NEW):
    (a, ai, _), (b, bi, _) = load(str(old)), load(str(new))
    return diff_plans(a, b, old_index=ai, new_index=bi)


def test_markdown_is_golden():
    golden("report.md", diff_md(fixture_diff()))


def test_changed_target_value_is_marked_in_markdown_and_html():
    line = "| 学前三年毛入园率 <del>≥90%</del> | 学前三年毛入园率 <ins>≥92%</ins> | 学前三年毛入园率：≥90% → ≥92% |"
    assert line in diff_md(fixture_diff())
    assert "<td>学前三年毛入园率 <del>≥90%</del></td><td>学前三年毛入园率 <ins>≥92%</ins></td>" in diff_html(fixture_diff())


def test_markdown_escapes_table_breakers():
    d = fixture_diff()
    d.new.sections[1].measures[-1].text = "用|分隔*强调*_下划线_<b>标签</b>\n第二行"
    text = diff_md(d)
    assert r"用\|分隔\*强调\*\_下划线\_&lt;b&gt;标签&lt;/b&gt;<br>第二行" in text
    assert all(line.count(" | ") in (0, 2) for line in text.splitlines() if line.startswith("| "))


class Tags(HTMLParser):
    """Checks that every element opened is closed in order (void elements aside) and records the text."""

    VOID = {"meta", "br", "col"}

    def __init__(self):
        super().__init__()
        self.stack, self.seen, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_one_well_formed_page_with_the_summary_on_top():
    page = diff_html(fixture_diff())
    tags = Tags()
    tags.feed(page)
    assert tags.stack == []
    names = [t for t, _ in tags.seen]
    assert names.index("p") < names.index("table")  # the summary comes before the table
    assert not any(t in ("script", "link", "img") for t in names)  # nothing to fetch: opens from a mail attachment
    text = "".join(tags.text)
    assert "+1 新增  -1 删除  ~2 修改  ↪1 移动  2 未变" in text
    assert "<del>落实</del>" in page and "<ins>开齐开足</ins>" in page
    assert '<tr class="moved">' in page and "移自（一）落实立德树人根本任务" in text


def test_html_escapes_plan_text():
    d = fixture_diff()
    d.new.sections[1].measures[-1].title = "<script>alert(1)</script>"
    page = diff_html(d)
    assert "<script>" not in page and "&lt;script&gt;" in page


def docx_of(d):
    import docx

    return docx.Document(io.BytesIO(diff_docx(d)))


def test_docx_is_a_landscape_three_column_table_with_marked_runs():
    document = docx_of(fixture_diff())
    section = document.sections[0]
    assert section.page_width > section.page_height  # A4 landscape
    assert document.paragraphs[0].style.name == "公文标题"
    assert document.paragraphs[0].text == "临川市教育局2026年工作要点新旧对照表"
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["2025年", "2026年", "变化说明"]
    runs = [(r.style.name, r.text) for row in table.rows for cell in row.cells for p in cell.paragraphs for r in p.runs]
    assert ("删除文字", "落实") in runs and ("新增文字", "开齐开足") in runs
    assert ("删除文字", "稳妥推进中考改革") in runs  # a removed measure is struck through whole
    assert ("删除文字", "≥90%") in runs and ("新增文字", "≥92%") in runs  # a target's changed value
    styles = {s.name: s for s in document.styles}
    assert styles["删除文字"].font.strike and styles["新增文字"].font.underline and styles["新增文字"].font.bold


def test_docx_of_identical_plans_says_so():
    document = docx_of(fixture_diff(NEW, NEW))
    assert "两份计划的措施、指标和文字都相同" in [p.text for p in document.paragraphs]
    assert len(document.tables[0].rows) == 1  # the header only


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_docx(tmp_path):
    (a, ai, _), (b, bi, _) = load(str(PLANS / "2025.yaml")), load(str(PLANS / "2026.yaml"))
    path = tmp_path / "对照表.docx"
    path.write_bytes(diff_docx(diff_plans(a, b, old_index=ai, new_index=bi)))
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = Path(tmp_path / "对照表.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8")
        compact = "".join(text.split())
        for words in ("临川市教育局2026年工作要点新旧对照表", "变化说明", "稳妥推进中考改革", "删除措施"):
            assert words in compact


def test_two_drafts_of_one_year_are_headed_by_their_file_names(plans, tmp_path):
    (plans / "2026-v2.yaml").write_text((plans / "2026.yaml").read_text(encoding="utf-8").replace("3号", "4号"),
                                        encoding="utf-8")
    d = fixture_diff(plans / "2026.yaml", plans / "2026-v2.yaml")
    assert "| 2026年（2026.yaml） | 2026年（2026-v2.yaml） | 变化说明 |" in diff_md(d)
    assert "<th>2026年（2026.yaml）</th><th>2026年（2026-v2.yaml）</th>" in diff_html(d)
    assert [c.text for c in docx_of(d).tables[0].rows[0].cells] == ["2026年（2026.yaml）", "2026年（2026-v2.yaml）", "变化说明"]
    r = run("diff", "-", plans / "2026-v2.yaml", "-o", tmp_path / "t.md", input=(plans / "2026.yaml").read_text(encoding="utf-8"))
    assert r.code == 1 and "| 2026年（原稿） | 2026年（新稿） | 变化说明 |" in (tmp_path / "t.md").read_text(encoding="utf-8")


def test_measure_target_value_is_marked_in_the_columns(plans, tmp_path):
    """A measure's own target prints after its text, （目标：…）: its changed value is struck in the old column and
    inserted in the new, whole (2 → 2.5, not 2{+.5+}) — not only told in 变化说明."""
    text = (plans / "2026.yaml").read_text(encoding="utf-8")
    old = "name: 中小学生每天综合体育活动时间\n            value: 2\n"
    assert old in text
    (plans / "new.yaml").write_text(text.replace(old, old.replace("value: 2", "value: 2.5")), encoding="utf-8")
    assert run("diff", plans / "2026.yaml", plans / "new.yaml", "-o", tmp_path / "t.md").code == 1
    row = next(line for line in (tmp_path / "t.md").read_text(encoding="utf-8").splitlines() if "（目标：" in line)
    old_cell, new_cell, note = row.strip("| ").split(" | ")
    assert old_cell.endswith("。（目标：中小学生每天综合体育活动时间达<del>2</del>小时以上）")
    assert new_cell.endswith("。（目标：中小学生每天综合体育活动时间达<ins>2.5</ins>小时以上）")
    assert note == "中小学生每天综合体育活动时间：≥2小时 → ≥2.5小时"
    run("diff", plans / "2026.yaml", plans / "new.yaml", "-o", tmp_path / "t.docx")
    cells = docx_of_file(tmp_path / "t.docx").tables[0].rows[-1].cells
    assert [(r.style.name, r.text) for r in cells[0].paragraphs[-1].runs][-3:] == [
        ("Default Paragraph Font", "（目标：中小学生每天综合体育活动时间达"), ("删除文字", "2"),
        ("Default Paragraph Font", "小时以上）")]


def test_an_added_measure_shows_its_targets(plans, tmp_path):
    text = (plans / "2026.yaml").read_text(encoding="utf-8")
    start = text.index("      - id: pe-health")
    (plans / "old.yaml").write_text(text[:start] + text[text.index("\n      - id:", start + 1) + 1:], encoding="utf-8")
    run("diff", plans / "old.yaml", plans / "2026.yaml", "-o", tmp_path / "t.md")
    assert "<ins>（目标：中小学生每天综合体育活动时间达2小时以上）</ins>" in (tmp_path / "t.md").read_text(encoding="utf-8")


def docx_of_file(path):
    import docx

    return docx.Document(str(path))
