"""The .xlsx writers: the plan's 任务分解表 and the department workload workbook."""

from __future__ import annotations

import io

import openpyxl
from conftest import PLANS

from workplan.readers.yaml_plan import load_registry, parse_plan, read_plan
from workplan.writers.xlsx import sheet_name, tasks_xlsx


def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_tasks_xlsx_lists_leaf_measures_with_registry_names():
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
    assert rows[2:] == [
        ["1", "强化理论武装", "深入学习。", "思教科", "办公室", "全年"],
        ["2（1）", "科学教育", None, "基础教育科", "教研室", "2026-06"],
        ["2（2）", "书香校园", None, "教研室", None, "2026-06"],
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
