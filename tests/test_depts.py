"""`workplan depts`: findings with positions, options, outputs, and bad input."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import openpyxl
import pytest
from conftest import PLANS, ROOT, run

from workplan.report import cell_width

HERE = Path(__file__).resolve().parent / "plans" / "depts"
FINDINGS = HERE / "findings.yaml"
REGISTRY = HERE / "departments.yaml"

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402


def positions(r) -> list[tuple]:
    return [(Path(d["file"]).name, d["line"], d["column"], d["severity"], d["code"]) for d in r.json()["findings"]]


def test_each_kind_of_finding_with_its_line_and_column():
    r = run("depts", FINDINGS, "--format", "json")
    assert r.code == 1
    assert positions(r) == [
        ("departments.yaml", 5, 11, "warning", "unused-department"),  # 思教科: only 思政科 is written
        ("departments.yaml", 9, 11, "warning", "unused-department"),  # 督导办: only 督导室 is written
        ("departments.yaml", 13, 11, "warning", "unused-department"),  # 纪检监察室
        ("findings.yaml", 10, 15, "error", "unknown-department"),
        ("findings.yaml", 13, 15, "error", "unknown-department"),
        ("findings.yaml", 15, 15, "warning", "alias-used"),
        ("findings.yaml", 17, 15, "error", "placeholder-lead"),
        ("findings.yaml", 18, 19, "warning", "alias-used"),
        ("findings.yaml", 23, 15, "warning", "overloaded-lead"),  # 3 of 8 measures; a quarter is 2
        ("findings.yaml", 24, 24, "error", "lead-in-support"),
        ("findings.yaml", 27, 23, "warning", "duplicate-department"),  # the second name inside "教研室、教研室"
        ("findings.yaml", 28, 16, "error", "missing-lead"),
    ]
    messages = [d["message"] for d in r.json()["findings"]]
    assert "督导室 不在 departments.yaml 中（是否为 督导办？）" in messages
    assert "思政科 不在 departments.yaml 中（是否为 思教科？）" in messages
    assert "教师发展中心 是别名，请写规范名称 教培中心" in messages


def test_validate_reports_the_same_measure_findings_but_not_workload_ones():
    depts = {f for f in positions(run("depts", FINDINGS, "-f", "json")) if f[0] == "findings.yaml"}
    validate = {(Path(d["file"]).name, d["line"], d["column"], d["severity"], d["code"])
                for d in run("validate", FINDINGS, "-f", "json").json()["diagnostics"]}
    assert depts - validate == {("findings.yaml", 23, 15, "warning", "overloaded-lead")}
    assert not any(code == "unused-department" for *_, code in validate)


@pytest.mark.parametrize(("limit", "flagged"), [("3", set()), ("1", {"基础教育科"}),
                                                ("0", {"基础教育科", "教培中心", "督导室", "思政科"})])
def test_max_lead(limit, flagged):
    r = run("depts", FINDINGS, "--max-lead", limit, "-f", "json")
    found = {d["message"].split()[0] for d in r.json()["findings"] if d["code"] == "overloaded-lead"}
    assert found == flagged


def test_the_default_limit_is_a_quarter_of_each_plans_measures(tmp_path):
    # 2026.yaml has 41 measures (limit 10) and 基础教育科 leads 11; in 2025.yaml (40, limit 10) it leads 9.
    r = run("depts", PLANS / "2025.yaml", PLANS / "2026.yaml", "-f", "json")
    overloaded = [(Path(d["file"]).name, d["message"]) for d in r.json()["findings"] if d["code"] == "overloaded-lead"]
    assert overloaded == [("2026.yaml", "基础教育科 牵头 11 项措施，超过上限 10 项（全文共 41 项措施；可用 --max-lead 调整）")]
    assert [p["measures"] for p in r.json()["plans"]] == [40, 41]
    assert r.code == 0  # warnings only


def test_sample_plans_are_clean_of_errors_and_fit_80_columns():
    r = run("depts", PLANS / "2025.yaml", PLANS / "2026.yaml", PLANS / "2026-speech.yaml")
    assert r.code == 0
    assert_fits(r.out, ["基础教育科", "纪检监察室", "2026-speech"])
    header = next(line for line in r.out.splitlines() if "科室" in line).split()
    assert header == ["科室", "牵头", "配合", "2025", "2026", "2026-speech"]
    assert "  2026-speech  在2026年全市教育工作会议上的讲话" in r.out.splitlines()


def test_many_sections_continue_in_further_tables(tmp_path):
    (tmp_path / "departments.yaml").write_text(generate.registry(40), encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(generate.plan(400, sections=20), encoding="utf-8")
    r = run("depts", plan)
    assert_fits(r.out, [f"第{i}科" for i in range(1, 41)])
    headers = [line.split() for line in r.out.splitlines() if line.strip().startswith("科室")]
    assert len(headers) > 1
    numbers = [h for header in headers for h in header if h not in ("科室", "牵头", "配合")]
    assert numbers[0] == "一" and numbers[-1] == "二十" and len(numbers) == 20


def assert_fits(out: str, names: list[str]):
    lines = out.splitlines()
    assert max(cell_width(line) for line in lines) <= 80
    assert "…" not in out
    for name in names:
        assert any(name in line.split() for line in lines), name


def test_dept_task_list_accepts_an_alias():
    r = run("depts", PLANS / "2026.yaml", "--dept", "教师发展中心")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "教培中心：牵头 2 项，配合 1 项"
    rows = [line.split() for line in lines if line.strip()[:2] in ("19", "序号")]
    assert rows == [
        ["序号", "工作任务", "职责", "合作单位", "完成时限"],
        ["19", "实施教师能力提升工程", "牵头", "教师工作科、教研室"],
        ["19（1）", "加强乡村教师培训", "牵头", "基础教育科"],
        ["19（2）", "培育骨干教师梯队", "配合", "教师工作科（牵头）、教研室"],
    ]


def test_dept_json_lists_only_that_department_with_its_tasks():
    r = run("depts", PLANS / "2026.yaml", "--dept", "教培中心", "-f", "json")
    (dept,) = r.json()["departments"]
    assert (dept["name"], dept["lead"], dept["support"]) == ("教培中心", 2, 1)
    assert [(t["number"], t["role"], t["lead"]) for t in dept["tasks"]] == [
        ("19", "lead", ["教培中心"]), ("19（1）", "lead", ["教培中心"]), ("19（2）", "support", ["教师工作科"])]


def test_unknown_dept_is_a_usage_error_with_suggestion():
    r = run("depts", PLANS / "2026.yaml", "--dept", "督导室x")
    assert r.code == 2
    assert "没有科室 督导室x（是否为 督导办？）" in r.err
    assert "Traceback" not in r.err + r.out


def test_dept_written_but_unknown_can_still_be_listed():
    r = run("depts", FINDINGS, "--dept", "督导室", "-f", "json")
    assert [t["title"] for t in r.json()["departments"][0]["tasks"]] == ["甲"]


def test_csv_is_the_summary_with_a_bom(tmp_path):
    out = tmp_path / "load.csv"
    r = run("depts", FINDINGS, "-o", out)
    assert r.code == 1 and "已写入" in r.err and r.out == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["科室", "牵头", "配合", "一 第一部分 牵头", "一 第一部分 配合", "二 第二部分 牵头", "二 第二部分 配合"]
    assert rows[1] == ["基础教育科", "3", "1", "0", "1", "3", "0"]
    assert rows[-1] == ["合计", "6", "5", "3", "2", "3", "3"]


def test_csv_with_dept_is_its_task_list(tmp_path):
    out = tmp_path / "jiaoyan.csv"
    run("depts", FINDINGS, "--dept", "教研室", "-o", out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows == [["序号", "工作任务", "具体内容", "职责", "合作单位", "完成时限"],
                    ["5", "戊", "", "配合", "基础教育科（牵头）", ""],
                    ["6", "己", "", "配合", "基础教育科（牵头）", ""]]


def test_xlsx_output(tmp_path):
    out = tmp_path / "load.xlsx"
    r = run("depts", PLANS / "2026.yaml", "-o", out)
    assert r.code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "工作量汇总" and "基础教育科" in wb.sheetnames and len(wb.sheetnames) == 17


@pytest.mark.parametrize("name", ["load.pdf", "load", "-"])
def test_other_outputs_are_refused_before_any_work(tmp_path, name):
    r = run("depts", tmp_path / "missing.yaml", "-o", tmp_path / name if name != "-" else name)
    assert r.code == 2 and "-o 只能写 .xlsx 或 .csv 文件" in r.err


def test_missing_file_exits_2():
    r = run("depts", PLANS / "nope.yaml")
    assert r.code == 2 and "找不到文件" in r.err


def test_broken_yaml_is_a_finding_not_a_traceback(tmp_path):
    plan = tmp_path / "bad.yaml"
    plan.write_text("title: [unclosed\n", encoding="utf-8")
    r = run("depts", plan, "-f", "json")
    assert r.code == 1
    assert r.json()["findings"][0]["code"] == "yaml-syntax" and r.json()["departments"] == []


@pytest.mark.parametrize("text", ["title: [unclosed\n", "title: 临川市教育局2026年工作要点\norg: 临川市教育局\nyear: 2026\n"])
def test_nothing_to_count_still_prints_a_table(tmp_path, text):
    (tmp_path / "departments.yaml").write_text(REGISTRY.read_text(encoding="utf-8"), encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    r = run("depts", plan)
    assert r.code == (1 if "unclosed" in text else 0)
    assert "合计" in r.out and "unused-department" not in r.err


def test_without_registry_names_are_counted_as_written(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(FINDINGS.read_text(encoding="utf-8"), encoding="utf-8")
    r = run("depts", plan, "-f", "json")
    codes = [d["code"] for d in r.json()["findings"]]
    assert "registry-missing" in codes and "unknown-department" not in codes
    names = [d["name"] for d in r.json()["departments"]]
    # Without a registry nothing says 基教科 is 基础教育科, nor that 局相关科室 is a collective reference.
    assert {"基教科", "基础教育科", "局相关科室"} <= set(names)


def test_help_ends_with_an_example():
    r = run("depts", "--help")
    assert r.code == 0 and "示例：workplan depts" in r.out


def test_a_shared_registry_says_its_problems_once(tmp_path):
    text = (PLANS / "departments.yaml").read_text(encoding="utf-8")
    (tmp_path / "departments.yaml").write_text(text.replace("  - name: 组织人事科", "  - name: 办公室\n  - name: 组织人事科", 1),
                                               encoding="utf-8")
    for year in ("2025", "2026"):
        (tmp_path / f"{year}.yaml").write_text((PLANS / f"{year}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = run("depts", tmp_path / "2025.yaml", tmp_path / "2026.yaml", "-f", "json")
    assert [d["code"] for d in r.json()["findings"]].count("registry-duplicate") == 1


def test_a_departments_due_dates_read_as_in_the_task_table(tmp_path):
    """10 is due 2026-09, 12 2026-09-01: the rendered 任务分解表 prints 2026年9月, 2026年9月1日; so do depts' text,
    .csv and .xlsx; JSON keeps the value as written."""
    plan = PLANS / "2026.yaml"
    out = run("depts", plan, "--dept", "基础教育科").out
    due = {line.split()[0]: line.split()[-1] for line in out.splitlines() if line.strip()[:2] in ("10", "12")}
    assert due == {"10": "2026年9月", "12": "2026年9月1日"} and "2026-09" not in out
    run("depts", plan, "--dept", "基础教育科", "-o", tmp_path / "j.csv")
    rows = {r[0]: r[-1] for r in csv.reader(io.StringIO((tmp_path / "j.csv").read_text(encoding="utf-8-sig")))}
    assert (rows["10"], rows["11"], rows["12"]) == ("2026年9月", "", "2026年9月1日")
    run("depts", plan, "-o", tmp_path / "load.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "load.xlsx")["基础教育科"]
    assert {r[0]: r[-1] for r in sheet.iter_rows(min_row=3, values_only=True)}["12"] == "2026年9月1日"
    tasks = run("depts", plan, "--dept", "基础教育科", "-f", "json").json()["departments"][0]["tasks"]
    assert {t["number"]: t["due"] for t in tasks}["12"] == "2026-09-01"
    r = run("render", plan, "--as", "tasks", "--dept", "基础教育科", "-o", tmp_path / "j.md")
    assert r.code == 0 and "| 2026年9月1日 |" in (tmp_path / "j.md").read_text(encoding="utf-8")


def test_a_registry_group_lists_the_measures_naming_it():
    """局各科室 is no department: say whom it means and what it is asked to support (what its members'
    tables include through it)."""
    r = run("depts", PLANS / "2026.yaml", "--dept", "局各科室")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == ("局各科室 是科室组，含 12 个科室：办公室、组织人事科、思教科、基础教育科、职成教科、发展规划科、计划财务科、"
                        "教师工作科、体卫艺科、安全管理科、督导办、纪检监察室；写明由它配合的措施 2 项，已计入各成员科室的配合任务")
    rows = [line.split() for line in lines if line.strip()[:2] in ("22", "30")]
    assert rows == [["22", "编制教育“十五五”规划", "配合", "发展规划科（牵头）", "2026年6月"],
                    ["30", "推进依法治教", "配合", "办公室（牵头）"]]
    (group,) = run("depts", PLANS / "2026.yaml", "--dept", "局各科室", "-f", "json").json()["departments"]
    assert (group["name"], group["lead"], group["support"], len(group["members"])) == ("局各科室", 0, 2, 12)
    assert [t["number"] for t in group["tasks"]] == ["22", "30"]
    members = {d["name"]: d for d in run("depts", PLANS / "2026.yaml", "-f", "json").json()["departments"]}
    for name in group["members"]:  # counted for each member (once: 办公室 leads 30)
        assert {"22", "30"} <= {t["number"] for t in members[name]["tasks"]}, name


def test_a_group_misspelt_is_suggested():
    r = run("depts", PLANS / "2026.yaml", "--dept", "局各科")
    assert r.code == 2 and "（是否为 局各科室？）" in r.err


def test_a_placeholder_says_it_is_counted_for_no_one():
    r = run("depts", PLANS / "2026.yaml", "--dept", "局相关科室")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == "局相关科室 是集体称谓，不指明科室；写明由它配合的措施 2 项，未计入任何科室"
    (placeholder,) = run("depts", PLANS / "2026.yaml", "--dept", "局相关科室", "-f", "json").json()["departments"]
    assert [t["number"] for t in placeholder["tasks"]] == ["2", "31（1）"] and placeholder["members"] == []


def test_a_group_no_measure_names_is_still_explained(tmp_path):
    (tmp_path / "departments.yaml").write_text((PLANS / "departments.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text("title: 临川市教育局2026年工作要点\norg: 临川市教育局\nyear: 2026\nsections:\n  - title: 党建\n"
                    "    measures:\n      - {title: 甲, text: 正文。, lead: 办公室}\n", encoding="utf-8")
    r = run("depts", plan, "--dept", "局各科室")
    assert r.code == 0 and r.out.splitlines()[0].endswith("写明由它配合的措施 0 项，已计入各成员科室的配合任务")


# --- --dept: one resolver (workload.find_department) for depts and render --as tasks
@pytest.mark.parametrize("name", [" 教培中心\u3000", "\u3000教师发展中心 ", " 局各科室\u3000"])
def test_render_and_depts_take_the_same_names_with_blanks_around_them(tmp_path, name):
    """An alias, a group, each pasted with blanks (a full-width one from a document)."""
    (listed,) = run("depts", PLANS / "2026.yaml", "--dept", name, "-f", "json").json()["departments"]
    out = tmp_path / "t.md"
    r = run("render", PLANS / "2026.yaml", "--as", "tasks", "--dept", name, "-o", out)
    assert r.code == 0, r.err
    table = out.read_text(encoding="utf-8")
    assert f"（{listed['name']}：" in table
    assert [line.split(" | ")[0].lstrip("| ") for line in table.splitlines()
            if line.startswith("| ") and " | " in line and line[2:3].isdigit()] == [t["number"] for t in listed["tasks"]]


@pytest.mark.parametrize("name", ["督导室x", "局各科", "思教科\u200b"])
def test_render_and_depts_say_the_same_of_an_unknown_name(tmp_path, name):
    depts = run("depts", PLANS / "2026.yaml", "--dept", name)
    render = run("render", PLANS / "2026.yaml", "--as", "tasks", "--dept", name, "-o", tmp_path / "t.md")
    assert depts.code == render.code == 2 and depts.err == render.err and "没有科室" in render.err


def test_a_folder_stands_for_the_plans_in_it_without_its_registry_or_other_yaml(tmp_path):
    for name in ("2025.yaml", "2026.yaml", "departments.yaml"):
        (tmp_path / name).write_text((PLANS / name).read_text("utf-8"), "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: 文档\n", "utf-8")
    r = run("depts", tmp_path, "--format", "json")
    assert r.code == 0, r.err
    assert [Path(p["file"]).name for p in r.json()["plans"]] == ["2025.yaml", "2026.yaml"]
    assert r.json() == run("depts", tmp_path / "2025.yaml", tmp_path / "2026.yaml", "--format", "json").json()


def test_a_folder_without_a_plan_is_said_to_have_none(tmp_path):
    (tmp_path / "departments.yaml").write_text((PLANS / "departments.yaml").read_text("utf-8"), "utf-8")
    r = run("depts", tmp_path)
    assert r.code == 2 and "中没有计划文件" in r.err and "Traceback" not in r.err
