"""fmt on values ruamel cannot read or write back, and on comments it cannot keep: never a traceback.

fmt --check runs as a pre-commit hook, where exit 1 means "needs formatting": a crash (a traceback,
exit 1) would tell the clerk to run fmt, which crashes too. A value fmt cannot judge is kept as
written (validate is what reports an impossible date); what fmt cannot do is exit 2 at the line and
column of the cause, saying what to do.
"""

from __future__ import annotations

import pytest
from conftest import run

from workplan.drafting.fmt import ensure_kept, format_text
from workplan.errors import WorkplanError

HEAD = "title: 临川市教育局2026年工作要点\norg: 临川市教育局\nyear: 2026\n"
MESSY_HEAD = "org: 临川市教育局\ntitle: 临川市教育局2026年工作要点\nyear: 2026\n"  # fmt moves title up: a rewrite

# Each written as fmt must keep it. A date ruamel's constructor refuses (ValueError), YAML's own tags
# on a text that is no such value (ValueError, KeyError), values ruamel would write back otherwise
# (+12 → 12, FALSE → false, 1e400 → .inf, a long float rounded). Other tags: see below.
KEPT = [
    "issued: 2026-02-30",
    "issued: 2026-13-45",
    "issued: 2026-02-30T10:00:00",
    "doc_number: !!int abc",
    "doc_number: !!float abc",
    "doc_number: !!bool maybe",
    "doc_number: !!int 0b2",
    "doc_number: !!null x",
    "doc_number: !!str 1",
    "doc_number: 99999999999999999999999999999999999999",
    "doc_number: .inf",
    "doc_number: .NaN",
    "doc_number: -.INF",
    "doc_number: 1e400",
    "doc_number: 12345678901234567890.0",
    "doc_number: +12",
    "doc_number: -0",
    "doc_number: FALSE",
    "doc_number: 2026-01-01 10:00:00.123+08:00",
    "doc_number: !!int \"12\"",
    "[a, b]: c",
    "{a: 1}: c",
]


def sections(extra: str) -> str:
    return f"sections:\n  - title: 一\n    measures:\n      - title: 甲\n        lead: 办公室\n        {extra}\n"


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("head", [HEAD, MESSY_HEAD], ids=["formatted", "messy"])
def test_values_ruamel_cannot_carry_are_kept_as_written(line, head):
    text = head + line + "\n"
    out, _ = format_text(text, "p.yaml")
    assert out == HEAD + line + "\n"


@pytest.mark.parametrize("due", ["2026-13-45", "2026-02-30", "!!int abc"])
def test_an_impossible_due_is_kept_and_left_to_validate(tmp_path, due):
    path = tmp_path / "p.yaml"
    text = HEAD + sections(f"due: {due}")
    path.write_text(text, encoding="utf-8")
    r = run("fmt", "--check", path)
    assert (r.code, r.err) == (0, "")
    assert run("fmt", path).code == 0 and path.read_text(encoding="utf-8") == text


def test_fmt_check_on_a_bad_date_says_formatted_and_validate_says_where(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(HEAD + "issued: 2026-02-30\n", encoding="utf-8")
    r = run("fmt", "--check", path)
    assert r.code == 0 and "Traceback" not in r.err
    assert f"{path}:4:9" in run("validate", path).out


def test_a_complex_key_is_no_field_and_goes_last():
    out, _ = format_text("? [a, b]\n: c\n" + MESSY_HEAD, "p.yaml")
    assert out == HEAD + "[a, b]: c\n"


def test_nulls_are_written_as_nothing():
    out, _ = format_text(HEAD + "issued: ~\ndoc_number: null\n", "p.yaml")
    assert out == HEAD + "issued:\ndoc_number:\n"


def test_anchors_in_a_plan_are_refused_where_they_are(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(HEAD + "preamble: &p 文字\nideas:\n  - *p\n", encoding="utf-8")
    r = run("fmt", "--check", path)
    assert r.code == 2
    assert f"{path}:4:" in r.err and "锚点" in r.err


@pytest.mark.parametrize("line, column", [("doc_number: !custom x", 13), ("issued: !!timestamp 2026-02-30", 9),
                                          ("doc_number: !!binary aGVsbG8=", 13), ("doc_number: !!set {a, b}", 13),
                                          ("doc_number: !!pairs [a: 1]", 13)])
def test_tags_in_a_plan_are_refused_where_they_are(tmp_path, line, column):
    """As validate refuses them (the reader's rule): exit 2 at the tag, never a traceback."""
    path = tmp_path / "p.yaml"
    path.write_text(MESSY_HEAD + line + "\n", encoding="utf-8")
    r = run("fmt", "--check", path)
    assert r.code == 2
    assert r.err.startswith(f"workplan: {path}:4:{column}: ")


def test_anchors_and_tags_in_other_yaml_files_are_not_ours(tmp_path):
    compose = tmp_path / "docker-compose.yml"
    compose.write_text("x-env: &env\n  TZ: Asia/Shanghai\nservices:\n  web:\n    environment: *env\n", encoding="utf-8")
    stack = tmp_path / "stack.yaml"
    stack.write_text("Resources:\n  Bucket:\n    Properties:\n      BucketName: !Ref Name\n", encoding="utf-8")
    before = {p: p.read_text(encoding="utf-8") for p in (compose, stack)}
    r = run("fmt", "--check", compose, stack)
    assert r.code == 0, r.err
    assert {p: p.read_text(encoding="utf-8") for p in (compose, stack)} == before


def test_a_comment_inside_a_flow_list_is_pointed_at_with_what_to_do(tmp_path):
    path = tmp_path / "p.yaml"
    text = HEAD + sections("support: [办公室,   # 待定\n                 思教科]")
    path.write_text(text, encoding="utf-8")
    r = run("fmt", "--check", path)
    assert r.code == 2
    assert f"{path}:9:26: " in r.err
    assert "# 待定" in r.err and "移到 […] 之外" in r.err and "单独写成一行" in r.err
    assert "维护者" not in r.err  # not a bug to report: the clerk can move it
    assert path.read_text(encoding="utf-8") == text


def test_a_comment_inside_a_flow_mapping_names_the_braces(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(HEAD + "goals:\n  targets:\n    - {name: 指标,  # 口径\n       value: 1}\n", encoding="utf-8")
    r = run("--lang", "en", "fmt", path)
    assert r.code == 2
    assert f"{path}:6:19: the comment '# 口径' is inside {{…}}" in r.err
    assert "report" not in r.err


def test_a_changed_value_is_refused_at_its_line():
    """The last safety net (a bug of ours or ruamel's, so then it asks to report): where, not 1:1."""
    with pytest.raises(WorkplanError) as caught:
        ensure_kept(HEAD + "doc_number: 3号\n", HEAD + "doc_number: 4号\n", "p.yaml")
    assert str(caught.value).startswith("p.yaml:4:13: ")
    assert caught.value.code == "rewrite-changed-data"


def test_output_ruamel_writes_broken_is_refused_not_a_traceback():
    """ruamel writes `? a` followed by a comment as `a` … `:` on different lines, which is no YAML."""
    text = HEAD + "sections:\n  - title: A\n    ? a\n\n  # 第二部分\n  - title: B\n"
    with pytest.raises(WorkplanError) as caught:
        format_text(text, "p.yaml")
    assert caught.value.code == "rewrite-changed-data"
