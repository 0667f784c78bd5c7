"""`workplan diff OLD NEW -o -`: the 对照表 .docx on standard output, as `render -o -` writes its document;
the counts on stderr, and so the JSON with `-f json` (as render's report). Exit codes as ever."""

from __future__ import annotations

import io
import json

import pytest
from conftest import PLANS, run
from test_diff_cli import NEW, OLD

ZIP = b"PK\x03\x04"


def test_docx_to_standard_output_with_the_counts_on_stderr():
    r = run("diff", OLD, NEW, "-o", "-")
    assert r.code == 1  # the plans differ
    data = r.result.stdout_bytes
    assert data.startswith(ZIP)
    import docx

    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs[0].text == "临川市教育局2026年工作要点新旧对照表"
    assert "+1 新增  -1 删除  ~2 修改  ↪1 移动  2 未变" in r.err
    assert "已写入" not in r.err  # nothing was written to a file


def test_identical_plans_to_standard_output_exit_0():
    r = run("diff", PLANS / "2026.yaml", PLANS / "2026.yaml", "-o", "-")
    assert r.code == 0
    assert r.result.stdout_bytes.startswith(ZIP)


def test_json_format_puts_the_json_on_stderr_beside_the_document():
    r = run("diff", OLD, NEW, "-o", "-", "-f", "json")
    assert r.code == 1 and r.result.stdout_bytes.startswith(ZIP)
    assert json.loads(r.err) == run("diff", OLD, NEW, "-f", "json").json()


@pytest.mark.parametrize("fmt", [[], ["-f", "json"]])
def test_a_failure_writes_no_document(tmp_path, fmt):
    r = run("diff", OLD, tmp_path / "nope.yaml", "-o", "-", *fmt)
    assert r.code == 2 and "找不到文件" in r.err and "Traceback" not in r.err
    if fmt:  # failures as JSON, on standard output: nothing else was written there
        assert json.loads(r.out)["errors"][0]["code"] == "file-not-found"
    else:
        assert r.result.stdout_bytes == b""
