"""The 任务分解表 and `depts` follow one rule, "as written": a row for every measure that names a lead or
support of its own and for every leaf, showing only the departments that measure names (the due is
inherited); a department's table lists exactly the measures `depts --dept` lists, with the same counts."""

from __future__ import annotations

import io
import re

import docx
import openpyxl
from conftest import PLANS, run

from workplan.writers import docx_style as S


def table_rows(document) -> list[list[str]]:
    """The task rows of a rendered table (a section row spans the table: one cell)."""
    return [[c.text for c in r.cells] for r in document.tables[0].rows[1:] if len({c._tc for c in r.cells}) > 1]


def subtitle_counts(document) -> tuple[int, int]:
    (line,) = [p.text for p in document.paragraphs if p.style.name == S.SUBTITLE]
    lead, support = re.search(r"牵头(\d+)项", line), re.search(r"配合(\d+)项", line)
    return int(lead.group(1)) if lead else 0, int(support.group(1)) if support else 0


def depts_of(plan) -> dict[str, dict]:
    return {d["name"]: d for d in run("depts", plan, "-f", "json").json()["departments"] if d["tasks"]}


def assert_tables_match_depts(plan, folder):
    r = run("render", plan, "--as", "tasks", "--each-dept", "-o", folder, "-f", "json")
    assert r.code == 0, r.err
    tables = {o["dept"]: docx.Document(o["output"]) for o in r.json()["outputs"]}
    listed = depts_of(plan)
    assert sorted(tables) == sorted(listed)  # a table for every department depts gives a task, and no other
    for name, d in listed.items():
        rows = table_rows(tables[name])
        assert [row[0] for row in rows] == [t["number"] for t in d["tasks"]], name
        assert subtitle_counts(tables[name]) == (d["lead"], d["support"]), name
        # the row's lead column says whether it leads, as depts does
        assert [name in row[3].split("、") for row in rows] == [t["role"] == "lead" for t in d["tasks"]], name


def test_every_departments_table_lists_what_depts_lists(tmp_path):
    assert_tables_match_depts(PLANS / "2026.yaml", tmp_path / "tables")


def test_the_2025_plan_too(tmp_path):
    assert_tables_match_depts(PLANS / "2025.yaml", tmp_path / "tables")


def whole_table(tmp_path, plan=PLANS / "2026.yaml"):
    out = tmp_path / "whole.docx"
    r = run("render", plan, "--as", "tasks", "-o", out)
    assert r.code == 0, r.err
    return {row[0]: row for row in table_rows(docx.Document(str(out)))}


def test_a_parent_naming_its_own_departments_has_a_row(tmp_path):
    rows = whole_table(tmp_path)
    assert rows["19"][1:2] + rows["19"][3:] == ["实施教师能力提升工程", "教培中心", "教师工作科、教研室", ""]
    assert rows["19（1）"][3:5] == ["教培中心", "基础教育科"]
    assert list(rows).index("19") + 1 == list(rows).index("19（1）")


def test_a_parent_naming_no_one_has_no_row_and_its_title_leads_its_sub_measures(tmp_path):
    rows = whole_table(tmp_path)
    assert "14" not in rows and "31" not in rows
    assert rows["14（1）"][1] == "深化课程教学改革：加强中小学科学教育"
    assert rows["31（2）"][1] == "强化教育督导：加强挂牌督导和质量监测"
    assert rows["19（1）"][1] == "加强乡村教师培训"  # 19 has its row just above


def test_a_department_table_names_the_parent_it_does_not_have(tmp_path):
    out = tmp_path / "jj.docx"
    assert run("render", PLANS / "2026.yaml", "--as", "tasks", "--dept", "基础教育科", "-o", out).code == 0
    rows = {row[0]: row for row in table_rows(docx.Document(str(out)))}
    assert "19" not in rows and rows["19（1）"][1] == "实施教师能力提升工程：加强乡村教师培训"


def test_a_sub_measure_does_not_take_its_parents_departments(plans, tmp_path):
    plan = plans / "2026.yaml"
    text = plan.read_text(encoding="utf-8")
    mine = "            lead: 教培中心\n            support: [基础教育科]\n"
    assert text.count(mine) == 1
    plan.write_text(text.replace(mine, "            lead: 教培中心\n"), encoding="utf-8")
    rows = whole_table(tmp_path, plan)
    assert rows["19（1）"][3:5] == ["教培中心", ""]  # not the parent's 教师工作科、教研室
    assert_tables_match_depts(plan, tmp_path / "tables")


def test_a_sub_measure_shows_its_own_departments_and_the_parents_due(plans, tmp_path):
    plan = plans / "p.yaml"
    plan.write_text("title: 临川市教育局2026年工作要点\norg: 临川市教育局\nyear: 2026\nsections:\n  - title: 党建\n"
                    "    measures:\n      - title: 课程改革\n        lead: 基础教育科\n        support: [教研室]\n"
                    "        due: 2026-06\n        measures:\n          - {title: 科学教育, text: 正文。, lead: 信息中心}\n",
                    encoding="utf-8")
    rows = whole_table(tmp_path, plan)
    assert [rows["1"][i] for i in (1, 3, 4, 5)] == ["课程改革", "基础教育科", "教研室", "2026年6月"]
    assert [rows["1（1）"][i] for i in (1, 3, 4, 5)] == ["科学教育", "信息中心", "", "2026年6月"]


def test_a_leaf_naming_no_one_still_has_a_row(plans, tmp_path):
    """A speech need not name departments: each leaf is a task all the same."""
    plan = plans / "s.yaml"
    plan.write_text("title: 讲话\norg: 临川市教育局\nyear: 2026\nkind: speech\nsections:\n  - title: 党建\n"
                    "    measures:\n      - title: 课程改革\n        measures:\n          - {title: 科学教育, text: 正文。}\n"
                    "      - {title: 书香校园, text: 正文。}\n", encoding="utf-8")
    rows = whole_table(tmp_path, plan)
    assert [(n, row[1], row[3]) for n, row in rows.items()] == [("1（1）", "课程改革：科学教育", ""), ("2", "书香校园", "")]


def test_export_xlsx_has_the_same_rows(tmp_path):
    out = tmp_path / "tasks.xlsx"
    assert run("export", PLANS / "2026.yaml", "--format", "xlsx", "-o", out).code == 0
    sheet = openpyxl.load_workbook(io.BytesIO(out.read_bytes())).active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["19"][1:5] == ("实施教师能力提升工程", "构建市、县、校三级联动的教师专业发展支持体系，落实五年一周期不少于360学时的全员"
                               "培训制度，分层分类实施精准培训，全面提升教师育人能力和专业素养，重点做好以下两项工作。"
                               "（目标：教师全员培训覆盖率达到100%）", "教培中心", "教师工作科、教研室")
    assert rows["14（1）"][1] == "深化课程教学改革：加强中小学科学教育"
    assert "14" not in rows
    docx_rows = whole_table(tmp_path)
    assert list(rows) == list(docx_rows)


# A measure's own targets follow its text in 具体内容 in every task table: the rendered one (tasks.j2), export's
# .xlsx, and depts' task lists (.xlsx sheets, .csv). 7 加强体育美育和健康教育 has one, 体卫艺科 leads it.
TARGET = "（目标：中小学生每天综合体育活动时间达2小时以上）"


def test_export_xlsx_shows_a_measures_own_targets_as_the_rendered_table_does(tmp_path):
    out = tmp_path / "tasks.xlsx"
    assert run("export", PLANS / "2026.yaml", "--format", "xlsx", "-o", out).code == 0
    sheet = openpyxl.load_workbook(io.BytesIO(out.read_bytes())).active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    docx_rows = whole_table(tmp_path)
    assert docx_rows["7"][2].endswith(TARGET) and rows["7"][2] == docx_rows["7"][2]
    assert {n: r[2] or "" for n, r in rows.items()} == {n: r[2] for n, r in docx_rows.items()}


def test_depts_task_lists_show_a_measures_own_targets_as_the_rendered_table_does(tmp_path):
    docx_rows = whole_table(tmp_path)
    out = tmp_path / "x.xlsx"
    assert run("depts", PLANS / "2026.yaml", "-o", out).code in (0, 1)
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    for name in book.sheetnames[1:]:  # each department's sheet: 序号, 工作任务, 具体内容, …
        for row in book[name].iter_rows(min_row=3, values_only=True):
            assert (row[2] or "") == docx_rows[row[0]][2], (name, row[0])
    assert any(r[2].endswith(TARGET) for r in book["体卫艺科"].iter_rows(min_row=3, values_only=True))
    csv_file = tmp_path / "t.csv"
    assert run("depts", PLANS / "2026.yaml", "--dept", "体卫艺科", "-o", csv_file).code in (0, 1)
    assert docx_rows["7"][2] in csv_file.read_text(encoding="utf-8-sig")
