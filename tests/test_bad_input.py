"""Garbage never gives a traceback: each kind of bad file ends with a clear message and exit 1 or 2."""

from __future__ import annotations

import pytest
from conftest import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan.readers.yaml_plan import parse_plan

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9)
)


def case(tmp_path, data: bytes | str, name: str = "plan.yaml"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    r = run("validate", "--format", "json", path)
    return r


def codes(r):
    return [d["code"] for d in r.json()["diagnostics"]]


def test_empty_file(tmp_path):
    r = case(tmp_path, "")
    assert r.code == 1 and codes(r) == ["empty-file"]


def test_comment_only_file(tmp_path):
    r = case(tmp_path, "# nothing here\n")
    assert r.code == 1 and codes(r) == ["empty-file"]


def test_binary_file(tmp_path):
    r = case(tmp_path, bytes(range(256)) * 4)
    assert r.code == 2 and "二进制" in r.err and "plan.yaml:1:1" in r.err


def test_list_at_top(tmp_path):
    r = case(tmp_path, "- title: x\n- year: 2026\n")
    assert r.code == 1 and codes(r) == ["not-a-mapping"]
    assert "计划文件的顶层应为" in r.json()["diagnostics"][0]["message"]


def test_scalar_at_top(tmp_path):
    r = case(tmp_path, "just some words\n")
    assert r.code == 1 and codes(r) == ["not-a-mapping"]


def test_tab_indented(tmp_path):
    r = case(tmp_path, "title: x\nsections:\n\t- title: y\n")
    d = r.json()["diagnostics"][0]
    assert r.code == 1 and d["code"] == "yaml-syntax" and (d["line"], d["column"]) == (3, 1)
    assert "Tab" in d["message"]


def test_unclosed_bracket_names_its_position(tmp_path):
    r = case(tmp_path, "title: x\nideas: [a, b\nyear: 2026\n")
    d = r.json()["diagnostics"][0]
    assert r.code == 1 and d["code"] == "yaml-syntax" and d["line"] >= 2


def test_ten_megabytes(tmp_path):
    r = case(tmp_path, ("# " + "很长的注释" * 20 + "\n") * 200_000)
    assert r.code == 2 and "文件过大" in r.err


def test_billion_laughs(tmp_path):
    r = case(tmp_path, BOMB)
    assert r.code == 1
    assert "yaml-alias" in codes(r)


def test_aliases_are_refused_even_when_small(tmp_path):
    r = case(tmp_path, "title: &t 临川市教育局2026年工作要点\norg: *t\nyear: 2026\n")
    assert "yaml-alias" in codes(r)


def test_gb18030_file(tmp_path):
    r = case(tmp_path, "title: 临川市教育局2026年工作要点\n".encode("gb18030"))
    assert r.code == 2
    assert "plan.yaml:1:8" in r.err and "GB18030" in r.err and "UTF-8" in r.err


def test_utf8_with_bom_is_fine(tmp_path):
    r = case(tmp_path, "\ufefftitle: 临川市教育局2026年工作要点\norg: 局\nyear: 2026\n".encode())
    assert "yaml-syntax" not in codes(r)


def test_missing_file(tmp_path):
    r = run("validate", tmp_path / "没有.yaml")
    assert r.code == 2 and "找不到文件" in r.err


def test_directory_without_yaml_files(tmp_path):  # a folder is every plan in it (test_validate_audit.py)
    r = run("validate", tmp_path)
    assert r.code == 2 and "没有 .yaml 文件" in r.err


def test_multiple_documents(tmp_path):
    r = case(tmp_path, "title: a\n---\ntitle: b\n")
    assert r.code == 1 and codes(r) == ["yaml-multiple-documents"]


def test_duplicate_keys_are_found_even_nested(tmp_path):
    r = case(tmp_path, "title: a\ngoals:\n  text: x\n  text: y\n")
    assert ("duplicate-key", 4) in [(d["code"], d["line"]) for d in r.json()["diagnostics"]]


@pytest.mark.parametrize("text", ["year: 二〇二六\n", "year: 2026.5\n", "year: '2026'\n", "year: [2026]\n"])
def test_year_must_be_an_integer(tmp_path, text):
    r = case(tmp_path, "title: 2026年工作要点\norg: 局\n" + text)
    assert "wrong-type" in codes(r)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"#\n\t 0123,.?%@`年工作要点")), max_size=80))
def test_parser_never_raises_on_arbitrary_text(text):
    plan, findings = parse_plan(text, "fuzz.yaml")
    for f in findings:
        assert f.pos is None or (f.pos.line >= 1 and f.pos.column >= 1)
        assert f.message


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda children: st.lists(children, max_size=3) | st.dictionaries(
                        st.sampled_from(["title", "org", "year", "sections", "measures", "lead", "goals", "x"]),
                        children, max_size=3), max_leaves=20))
def test_any_yaml_shape_gives_findings_not_exceptions(value):
    import yaml

    text = yaml.safe_dump({"title": "t", "org": "o", "year": 2026, "sections": value}, allow_unicode=True)
    parse_plan(text, "shape.yaml")


@pytest.mark.parametrize("text", ["ideas: [&a 一段, *a]\n", "ideas:\n  - &a 一段\n  - *a\n", "x: {k: &a v}\ny: *a\n"])
def test_aliases_are_found_wherever_the_anchor_stands(tmp_path, text):
    r = case(tmp_path, "title: 临川市教育局2026年工作要点\norg: 局\nyear: 2026\n" + text)
    assert "yaml-alias" in codes(r)


def test_an_encoding_neither_utf8_nor_gbk_gets_no_guess(tmp_path):
    r = case(tmp_path, "title: 工作要点\n".encode() + b"org: \xff\xfe\xff\n")
    assert r.code == 2 and "plan.yaml:2:6" in r.err and "UTF-8" in r.err
    assert "看起来是" not in r.err and "?" not in r.err


@pytest.mark.parametrize("nesting", ["[" * 100_000 + "]" * 100_000, "\n" + "- " * 100_000 + "a"])
@pytest.mark.parametrize("command", ["validate", "fmt"])
def test_nesting_that_would_overflow_libyamls_stack_is_refused(tmp_path, nesting, command):
    """libyaml's composer recurses in C: 100,000 levels killed the process (a segfault, no message)."""
    path = tmp_path / "plan.yaml"
    path.write_text(f"title: a\norg: b\nyear: 2026\nx: {nesting}\n", encoding="utf-8")
    r = run(command, path)
    assert r.code in (1, 2) and "嵌套层次过深" in r.err + r.out
