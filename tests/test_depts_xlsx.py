"""The .xlsx writers: the plan's 任务分解表 and the department workload workbook."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from conftest import PLANS

from workplan.readers.yaml_plan import load_registry, parse_plan, read_plan
from workplan.writers.xlsx import sheet_name, tasks_xlsx


def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_tasks_xlsx_lists_the_measures_as_written_with_registry_names():
    plan, _ = parse_plan(
        "title: 临川市教育局2026年工作要点\norg: 临川市教育局\nyear: 2026\nsections:\n"
        "  - title: 党建\n    measures:\n"
        "      - {title: 强化理论武装, text: 深入学习。, lead: 思政科, support: [办公室], due: 全年}\n"
        "      - title: 课程改革\n        lead: 基础教育科\n        due: 2026-06\n        measures:\n"
        "          - {title: 科学教育, support: 教研室}\n          - {title: 书香校园, lead: 教研室}\n"
    )
    ws = load(tasks_xlsx(plan, {"思政科": "思教科"})).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert ws.title == "任务分解表"
    assert rows[0][0] == "临川市教育局2026年工作要点任务分解表"
    assert rows[1] == ["序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限"]
    assert rows[2:] == [  # a row for each measure naming a department and each leaf, with its own names
        ["1", "强化理论武装", "深入学习。", "思教科", "办公室", "全年"],
        ["2", "课程改革", None, "基础教育科", None, "2026年6月"],
        ["2（1）", "科学教育", None, None, "教研室", "2026年6月"],
        ["2（2）", "书香校园", None, "教研室", None, "2026年6月"],
    ]
    assert ws.freeze_panes == "A3" and ws.page_setup.orientation == "landscape"


def test_tasks_xlsx_of_the_sample_plan_has_readable_widths():
    plan, _ = read_plan(str(PLANS / "2026.yaml"))
    registry, _ = load_registry(plan)
    ws = load(tasks_xlsx(plan, registry.index())).active
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEF"}
    assert widths["C"] == 60 and 6 <= widths["A"] < 12 and widths["B"] >= 16
    long_row = next(r for r in range(3, ws.max_row + 1) if len(ws.cell(r, 3).value or "") > 100)
    assert ws.row_dimensions[long_row].height >= 4 * 15  # wrapped text gets the lines it needs


def test_sheet_names_are_valid_and_unique():
    assert sheet_name("a/b:c", set()) == "a_b_c"
    assert len(sheet_name("科" * 40, set())) == 31
    assert sheet_name("教研室", {"教研室"}) == "教研室_2"


def sample_workload():
    from workplan.analyses.depts import check_files

    return check_files([str(PLANS / "2026.yaml")]).workload


def test_workload_xlsx_holds_the_counts_and_each_departments_tasks():
    from workplan.writers.xlsx import workload_xlsx

    load_ = sample_workload()
    wb = load(workload_xlsx(load_))
    summary = wb["工作量汇总"]
    assert summary.cell(1, 1).value == "临川市教育局2026年工作要点科室工作量"
    assert summary.cell(2, 4).value == "一 加强党对教育工作的全面领导\n牵头"
    body = {row[0]: row[1:] for row in summary.iter_rows(min_row=3, values_only=True)}
    for d in load_.departments:
        assert body[d.name][:2] == (d.counts().lead, d.counts().support)
    assert body["合计"][0] == sum(d.counts().lead for d in load_.departments)
    assert summary.cell(3, 2).alignment.horizontal == "right"
    sheet = wb["教培中心"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("序号", "工作任务", "具体内容", "职责", "合作单位", "完成时限")
    assert [r[0] for r in rows[1:]] == ["19", "19（1）", "19（2）"]
    assert rows[3][3:5] == ("配合", "教师工作科（牵头）、教研室")
    assert sheet.column_dimensions["C"].width == 60 and sheet.column_dimensions["B"].width >= 16


def test_workload_xlsx_for_one_department_has_only_its_sheet():
    from workplan.writers.xlsx import workload_xlsx

    load_ = sample_workload()
    dept = next(d for d in load_.departments if d.name == "督导办")
    assert load(workload_xlsx(load_, dept)).sheetnames == ["督导办"]


def calc_missing() -> bool:
    """LibreOffice without Calc (e.g. only libreoffice-writer installed) cannot open .xlsx."""
    soffice = shutil.which("soffice")
    return soffice is None or not any(Path(os.path.realpath(soffice)).parent.glob("*sclo*"))


@pytest.mark.skipif(calc_missing(), reason="LibreOffice Calc is not installed")
def test_libreoffice_opens_the_workbook(tmp_path):
    from workplan.writers.xlsx import workload_xlsx

    book = tmp_path / "workload.xlsx"
    book.write_bytes(workload_xlsx(sample_workload()))
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "workload.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8")
        for words in ("临川市教育局2026年工作要点科室工作量", "基础教育科", "教培中心任务清单", "培育骨干教师梯队"):
            assert words in text
