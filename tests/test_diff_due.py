"""A measure's 完成时限 changed: the 变化说明 says it as the documents print it (2026年9月, 2026年8月31日),
a due in words (全年, 6月底前) as written; JSON stays machine-readable."""

from __future__ import annotations

from conftest import PLANS, run
from test_diff_cli import NEW, OLD
from test_diff_writers import docx_of, fixture_diff

from workplan.writers.diff_md import diff_md


def test_text_report_prints_the_due_as_a_date():
    r = run("diff", PLANS / "2025.yaml", PLANS / "2026.yaml", "--only", "due")
    assert r.code == 1
    assert "完成时限：2025年9月 → 2026年9月" in r.out  # 2025-09 → 2026-09
    assert "完成时限：2025年12月31日 → 2026年8月31日" in r.out  # 2025-12-31 → 2026-08-31
    assert "2025-09" not in r.out and "2026-08-31" not in r.out


def test_a_worded_due_stays_as_written(tmp_path):
    text = NEW.read_text(encoding="utf-8").replace("due: 2026-09", "due: 6月底前").replace("due: 全年", "due: 2026")
    (tmp_path / "new.yaml").write_text(text, encoding="utf-8")
    r = run("diff", OLD, tmp_path / "new.yaml", "-r", OLD.parent / "departments.yaml", "--only", "due")
    assert r.code == 1
    assert "完成时限：2025年9月 → 6月底前" in r.out
    assert "完成时限：全年 → 2026年" in r.out  # a year alone is printed as the year


def test_a_due_dropped_or_added_reads_none(tmp_path):
    text = NEW.read_text(encoding="utf-8").replace("            due: 2026-09\n", "")
    (tmp_path / "new.yaml").write_text(text, encoding="utf-8")
    r = run("diff", OLD, tmp_path / "new.yaml", "-r", OLD.parent / "departments.yaml", "--only", "due")
    assert "完成时限：2025年9月 → 无" in r.out


def test_docx_and_markdown_notes_print_the_due_as_a_date():
    d = fixture_diff()
    table = docx_of(d).tables[0]
    notes = [row.cells[-1].text for row in table.rows]
    assert "完成时限：2025年9月 → 2026年9月" in notes
    assert "完成时限：2025年9月 → 2026年9月" in diff_md(d)


def test_json_keeps_the_change_machine_readable():
    r = run("diff", OLD, NEW, "-f", "json")
    assert r.code == 1
    drowning = next(m for m in r.json()["measures"] if m["new_id"] == "drowning")
    assert drowning["changes"] == ["due"]
    assert "2025年9月" not in r.out and "2026年9月" not in r.out  # no display text in the JSON


def test_a_due_written_differently_for_the_same_date_is_no_change():
    from workplan.analyses.diff import _due
    from workplan.model import Measure

    assert _due(Measure(due="2026-9")) == _due(Measure(due="2026-09")) == _due(Measure(due="2026年9月"))
    assert _due(Measure(due="2026-09")) != _due(Measure(due="2026-10"))
    assert _due(Measure(due=" 全年 ")) == _due(Measure(due="全年")) != _due(Measure(due="6月底前"))


def test_a_date_written_differently_in_the_particulars_is_no_change(tmp_path):
    """成文日期 2026-2-20 is 2026-02-20: the plans are the same (the part showed no visible change, exit 1)."""
    text = (PLANS / "2026.yaml").read_text(encoding="utf-8")
    assert "issued: 2026-02-20" in text
    (tmp_path / "b.yaml").write_text(text.replace("issued: 2026-02-20", "issued: 2026-2-20"), encoding="utf-8")
    r = run("diff", PLANS / "2026.yaml", tmp_path / "b.yaml", "-r", PLANS / "departments.yaml")
    assert r.code == 0, r.out
