"""With --format json every failure is JSON on standard output, one shape for all commands:
{"errors": [{"file", "line", "column", "severity", "code", "message"}]}, exit code as in text mode;
text mode keeps its human text on stderr."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PLANS, run

PLAN = PLANS / "2026.yaml"
KEYS = {"file", "line", "column", "severity", "code", "message"}


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("title: [青石县\norg: x\n", encoding="utf-8")
    return path


def errors_of(r) -> list[dict]:
    assert r.out.strip(), f"nothing on stdout; stderr: {r.err}"
    document = json.loads(r.out)
    assert set(document) == {"errors"}
    for entry in document["errors"]:
        assert set(entry) == KEYS
    return document["errors"]


def commands(bad, tmp_path):
    return {
        "diff": ["diff", bad, PLAN],
        "render": ["render", bad, "-o", tmp_path / "x.docx"],
        "new": ["new", "--from", bad, "-o", tmp_path / "2027.yaml"],
        "render md": ["render", bad, "-o", tmp_path / "x.md"],
    }


@pytest.mark.parametrize("name", ["diff", "render", "new", "render md"])
def test_a_plan_with_errors_stops_the_command_as_json(bad, tmp_path, name):
    args = commands(bad, tmp_path)[name]
    r = run(*args, "-f", "json")
    assert r.code == 2
    (entry,) = errors_of(r)
    assert entry["code"] == "yaml-syntax" and entry["file"] == str(bad)
    assert (entry["line"], entry["column"]) == (2, 4) and entry["severity"] == "error"
    assert entry["message"].startswith("YAML 语法错误")
    assert f"{bad}:2:4: 错误[yaml-syntax]" in r.err  # stderr as in text mode
    text = run(*args)  # text mode as before: nothing on stdout, the finding with its source line on stderr
    assert text.code == 2 and text.out == "" and f"{bad}:2:4: 错误[yaml-syntax]" in text.err


@pytest.mark.parametrize("args", [["import", "/bin/ls"], ["depts", PLAN, "/bin/ls"], ["diff", "/bin/ls", PLAN],
                                  ["render", "/bin/ls", "-o", "/tmp/x/never.docx"]])
def test_an_unreadable_input_is_json_too(args):
    r = run(*args, "-f", "json")
    assert r.code == 2
    (entry,) = errors_of(r)
    assert entry == {"file": "/bin/ls", "line": 1, "column": 1, "severity": "error", "code": "binary-file",
                     "message": "这不是文本文件（含有二进制内容）"}
    text = run(*args)
    assert text.code == 2 and text.out == "" and "workplan: /bin/ls:1:1: 这不是文本文件" in text.err


def test_a_missing_file_without_position_names_the_file(tmp_path):
    r = run("render", tmp_path / "nope.yaml", "-o", tmp_path / "x.docx", "-f", "json")
    assert r.code == 2
    (entry,) = errors_of(r)
    assert entry["code"] == "file-not-found" and entry["file"] == str(tmp_path / "nope.yaml")
    assert entry["line"] is None and entry["column"] is None


def test_validate_lists_a_file_it_could_not_read(bad, tmp_path):
    r = run("validate", bad, tmp_path / "nope.yaml", "-f", "json")
    assert r.code == 2 and "workplan: 找不到文件" in r.err
    report = r.json()
    assert [f["file"] for f in report["files"]] == [str(bad)]
    assert [d["code"] for d in report["diagnostics"]] == ["yaml-syntax"]
    assert report["errors"] == [{"file": str(tmp_path / "nope.yaml"), "line": None, "column": None,
                                 "severity": "error", "code": "file-not-found",
                                 "message": f"找不到文件 {tmp_path / 'nope.yaml'}"}]
    assert run("validate", PLAN, "-f", "json").json()["errors"] == []  # always there, empty when all was read
    text = run("validate", bad, tmp_path / "nope.yaml")
    assert text.code == 2 and "workplan: 找不到文件" in text.err


def test_a_broken_template_is_json(tmp_path):
    template = tmp_path / "mine.j2"
    template.write_text("{{ title(plan.title }}\n", encoding="utf-8")
    r = run("render", PLAN, "-t", template, "-o", tmp_path / "x.docx", "-f", "json")
    assert r.code == 2
    (entry,) = errors_of(r)
    assert entry["code"] == "template-syntax" and entry["file"].endswith("mine.j2") and entry["line"] == 1


def test_a_bad_value_read_after_format_json_is_json(tmp_path):
    r = run("new", "--from", "plan.yaml", "-f", "json", "--year", "abc")  # --year read after -f json
    assert r.code == 2
    (entry,) = errors_of(r)
    assert entry["code"] == "usage" and "--year" in entry["message"]


def test_json_goes_to_stdout_even_where_stdout_would_carry_the_document(bad):
    r = run("render", bad, "-o", "-", "-f", "json")  # nothing was written: stdout is free for the failure
    assert r.code == 2 and errors_of(r)[0]["code"] == "yaml-syntax"


def test_the_english_messages_are_json_too(bad, tmp_path):
    r = run("--lang", "en", "diff", bad, PLAN, "-f", "json")
    assert errors_of(r)[0]["message"].startswith("YAML syntax error")


def test_export_format_json_is_not_a_report_format(bad):
    r = run("export", bad, "--format", "json")  # the plan as JSON, not a report: failures stay text
    assert r.code == 2 and r.out == "" and "bad.yaml:2:4" in r.err


def test_fmt_reports_a_file_it_could_not_format_in_the_same_shape(bad):
    r = run("fmt", bad, "-f", "json")
    assert r.code == 2
    report = r.json()
    assert report["files"] == []
    (entry,) = report["errors"]
    assert set(entry) == KEYS and entry["file"] == str(bad) and entry["code"] == "yaml-syntax"
    assert (entry["line"], entry["column"]) == (2, 4)
