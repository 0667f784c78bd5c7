"""What libyaml and Jinja report comes out in the user's language (messages.PROBLEMS), not in English
inside a Chinese sentence; a problem the table does not know is kept as the library wrote it."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT, run
from workplan import messages

SMALL = ROOT / "tests" / "plans" / "render" / "small.yaml"
HEAD = "title: 青石县教育局2026年工作要点\norg: 青石县教育局\nyear: 2026\n"
# Words of the libraries' English messages
ENGLISH = re.compile(r"\b(expected|unexpected|found|allowed|undefined|attribute|object|filter|template|tag|block|"
                     r"token|scalar|sequence|mapping|indentation|character|stream|while|parsing|scanning)\b", re.I)

YAML = [  # text, line:column, what the message says
    (HEAD + "ideas: [统筹推进, 深化改革\nsections: []\n", "5:9", "方括号 [ ] 中的列表没有正确结束"),
    (HEAD + "goals: {text: 目标, targets: []\nsections: []\n", "5:1", "花括号 { } 没有正确结束"),
    (HEAD + "preamble: \"为全面贯彻\nsections: []\n", "6:1", "有一个引号没有结束"),
    (HEAD + "preamble: 总体要求: 坚持\n", "4:15", "这里不能再写“字段: 值”"),
    (HEAD + "sections:\n  - title: 党建\n   measures: []\n", "6:4", "缩进不一致"),
    (HEAD + "sections:\n  - title: 党建\n - title: 教学\n", "6:2", "缩进不一致"),
    (HEAD + "preamble: 总体\n\tsections: []\n", "5:1", "Tab"),
    (HEAD + "preamble: @全体\n", "4:11", "值不能以这个字符开头"),
    (HEAD + "preamble: \"C:\\d\"\n", "4:14", "反斜杠"),
]


@pytest.mark.parametrize(("text", "where", "words"), YAML)
def test_yaml_syntax_errors_are_explained_in_chinese(tmp_path, text, where, words):
    plan = tmp_path / "p.yaml"
    plan.write_text(text, encoding="utf-8")
    r = run("validate", plan, "-f", "json")
    assert r.code == 1
    (d,) = r.json()["diagnostics"]
    assert d["code"] == "yaml-syntax" and f"{d['line']}:{d['column']}" == where
    assert d["message"].startswith("YAML 语法错误：") and words in d["message"]
    assert not ENGLISH.search(d["message"]), d["message"]


def test_yaml_syntax_errors_are_explained_in_english_too(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text(YAML[0][0], encoding="utf-8")
    r = run("--lang", "en", "validate", plan)
    assert "YAML syntax error: a [ ] list is not closed" in r.out
    assert "did not find expected" not in r.out


JINJA = [  # template, line, what the message says
    ("{{ title(plan.title }}\n", 1, "模板语法错误：此处不应出现“}”，应为“)”"),
    ("{{ title(plan.title) }\n", 1, "模板语法错误：此处不应出现“}”"),
    ("{{ title(plan.title) }}\n{{ paragraph(plan.nope) }}\n", 2, "模板运行出错：没有字段 nope"),
    ("{{ title(plan.title) }}\n\n{{ paragraph(nope) }}\n", 3, "模板运行出错：未定义的名称 nope"),
    ("{{ title(plan.title|upper|nosuch) }}\n", 1, "模板语法错误：没有名为 nosuch 的过滤器"),
    ("{% for s in plan.sections %}\n{{ heading(1, s.title) }}\n", 2, "缺少 {% endfor %}"),
    ("{% if plan.title %}\n{% endfor %}\n", 2, "应先用 {% endif %} 关闭 if 块"),
    ("{{ title(plan.title) }}\n{% blah %}\n", 2, "未知的标签 blah"),
    ("{{ title(plan.title) plan }}\n", 1, "此处应为“}}”，实际是“plan”"),
]


@pytest.mark.parametrize(("text", "line", "words"), JINJA)
def test_template_errors_are_explained_in_chinese(tmp_path, text, line, words):
    template = tmp_path / "mine.j2"
    template.write_text(text, encoding="utf-8")
    r = run("render", SMALL, "-t", template, "-o", tmp_path / "o.md")
    assert r.code == 2
    assert f"mine.j2:{line}:1: " in r.err and words in r.err, r.err
    message = r.err.split("：", 1)[1]
    assert not ENGLISH.search(message), r.err


def test_an_unknown_problem_keeps_the_library_wording():
    assert messages.problem("something nobody foresaw", "while doing something") == "something nobody foresaw"
    assert messages.problem("access to attribute '__class__' of 'str' object is unsafe.") == \
        "access to attribute '__class__' of 'str' object is unsafe."


def test_the_table_names_messages_that_exist_in_both_languages():
    for pattern, code in messages.PROBLEMS:
        re.compile(pattern)
        assert code in messages.CATALOG, code
        zh, en = messages.CATALOG[code]
        names = set(re.findall(r"\(\?P<(\w+)>", pattern))
        for template in (zh, en):  # every argument a message uses is captured by its pattern
            assert set(re.findall(r"(?<!\{)\{(\w+)\}", template)) <= names, (code, template)
