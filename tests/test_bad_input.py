"""Garbage never gives a traceback: each kind of bad file ends with a clear message and exit 1 or 2."""

from __future__ import annotations

import pytest
from conftest import PLANS, run
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
@given(st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"#\n\t 0123,.?%@`年工作要点\u3000\u00a0：\x0b\x00\u200b\r")),
               max_size=80))
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


# --- what a clerk's editor puts in a file without showing it (Notepad, WPS, text pasted from Word)

SAMPLE = (PLANS / "2026.yaml").read_text(encoding="utf-8")
LEAD = "        lead: 思教科"  # line 70 of the sample, the value at column 15


@pytest.mark.parametrize("char,name", [("\x0b", "U+000B（不可见的控制字符）"), ("\x1b", "U+001B（ESC，不可见的控制字符）"),
                                       ("\x00", "U+0000（空字符 NUL，不可见的控制字符）")])
@pytest.mark.parametrize("command", ["validate", "fmt"])
def test_a_control_character_is_placed_and_named(tmp_path, char, name, command):
    # libyaml's reader said "1:1 unacceptable character #x000b … position 3929", in English; put past the
    # first 8 KB, where the binary check does not look for a NUL
    at = SAMPLE.rindex("lead: ") + len("lead: 督")
    text = SAMPLE[:at] + char + SAMPLE[at:]
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert path.read_bytes().index(char.encode()) > 8192
    r = run(command, path)
    said = r.out + r.err
    assert r.code in (1, 2) and f"plan.yaml:{line}:{column}: " in said and name in said and "请删除它" in said
    assert "unacceptable" not in said and "position" not in said


def test_a_control_character_in_english(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(SAMPLE.replace(LEAD, "        lead: 思教\x0b科", 1), encoding="utf-8")
    d = run("validate", "--lang", "en", "--format", "json", path).json()["diagnostics"][0]
    assert (d["line"], d["column"]) == (70, 17) and "U+000B (an invisible control character)" in d["message"]


def test_a_zip_or_office_file_is_named_so(tmp_path):
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    r = case(tmp_path, data.getvalue())
    assert r.code == 2 and "plan.yaml:1:1" in r.err and "zip 压缩包或 Office 文档" in r.err


@pytest.mark.parametrize("old,new,where,words", [
    ("\n  - id: party", "\n\u3000\u3000- id: party", (63, 1), "缩进中有 U+3000（全角空格）"),
    ("\n  - id: party", "\n \u00a0- id: party", (63, 2), "缩进中有 U+00A0（不间断空格）"),
    (LEAD, "        lead：思教科", (70, 13), "U+FF1A（全角冒号）"),
    (LEAD, "        lead:\u3000思教科", (70, 14), "冒号后面是 U+3000（全角空格）"),
])
def test_full_width_blanks_and_colons_are_found_where_they_are(tmp_path, old, new, where, words):
    # libyaml stumbles a line later ("could not find expected ':'" at 71:9); the character is named where it is
    r = case(tmp_path, SAMPLE.replace(old, new, 1))
    d = r.json()["diagnostics"][0]
    assert r.code == 1 and d["code"] == "yaml-syntax" and (d["line"], d["column"]) == where
    assert words in d["message"]


def test_full_width_characters_in_values_are_not_blamed_for_another_error(tmp_path):
    r = case(tmp_path, "title: 要点\norg: 局\nyear: 2026\nideas:\n  - 坚持：党建引领\n  - \u3000\u3000段落开头\nx: [a\n")
    d = r.json()["diagnostics"][0]
    assert d["line"] >= 7 and "全角" not in d["message"]


@pytest.mark.parametrize("written,name", [("思教科\u200b", "U+200B（零宽空格）"), ("思教\u3000科", "U+3000（全角空格）"),
                                          ("\ufeff思教科", "U+FEFF"), ("思 教科", "U+0020（空格）")])
def test_a_department_name_with_an_invisible_character_says_which(tmp_path, written, name):
    # "思教科​ 不在 departments.yaml 中（是否为 思教科…）" suggested what looked like the very same name
    import shutil

    shutil.copy(PLANS / "departments.yaml", tmp_path / "departments.yaml")
    r = case(tmp_path, SAMPLE.replace(LEAD, f"        lead: {written}", 1))
    messages_ = [d["message"] for d in r.json()["diagnostics"] if d["code"] == "unknown-department"]
    assert len(messages_) == 1 and name in messages_[0] and "删除后就是 思教科" in messages_[0]
    assert "是否为" not in messages_[0]


def test_a_key_with_a_full_width_space_says_so(tmp_path):
    r = case(tmp_path, SAMPLE.replace(LEAD, "        lead\u3000: 思教科", 1))
    d = next(d for d in r.json()["diagnostics"] if d["code"] == "unknown-key")
    assert "U+3000（全角空格）" in d["message"] and "删除后就是 lead" in d["message"]


def test_depts_takes_a_department_name_with_blanks_around_it():
    r = run("depts", PLANS / "2026.yaml", "--dept", "思教科 ")
    assert r.code in (0, 1) and "思教科：牵头" in r.out, r.err
    r = run("depts", PLANS / "2026.yaml", "--dept", "思教科\u200b")
    assert r.code == 2 and "U+200B（零宽空格）" in r.err


def test_too_large_names_the_file_and_says_its_size_to_a_tenth(tmp_path):
    (tmp_path / "big.yaml").write_text("title: " + "长" * 3_000_000, encoding="utf-8")  # 8.58 MB
    r = run("validate", PLANS / "2026.yaml", tmp_path / "big.yaml")
    assert r.code == 2 and f"{tmp_path / 'big.yaml'} 文件过大（8.6 MB，上限 8.0 MB）" in r.err


def test_import_too_large_names_the_file_too(tmp_path):
    (tmp_path / "big.txt").write_text("一、总体要求\n" + "长" * 800_000, encoding="utf-8")  # 2.3 MB
    r = run("import", tmp_path / "big.txt", "-o", tmp_path / "out.yaml")
    assert r.code == 2 and f"{tmp_path / 'big.txt'} 文件过大（2.3 MB，上限 2.0 MB）" in r.err


def test_a_quoted_text_in_a_message_is_cut_short():
    from workplan import messages

    said = messages.t("rewrite-lost-comment", comment="# " + "长" * 3000)
    assert len(said) < 300 and "…" in said


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(SAMPLE)), st.sampled_from("\x00\x01\x08\x0b\x0c\x1b\x7f\x9f\ufffe"))
def test_a_control_character_anywhere_is_reported_where_it_is(at, char):
    text = SAMPLE[:at] + char + SAMPLE[at:]
    _, findings = parse_plan(text, "ctl.yaml")
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    assert [(f.code, f.pos.line, f.pos.column) for f in findings] == [("yaml-syntax", line, column)]
    assert f"U+{ord(char):04X}" in findings[0].message
