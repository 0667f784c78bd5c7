"""Templates: custom wording, the sandbox, errors as file:line with exit 2, atomic output, wheel layout."""

from __future__ import annotations

import docx
import pytest

from tests.conftest import ROOT, run
from workplan import compiled_templates, templating
from workplan.blocks import FILTERS
from workplan.compiled_templates import index
from workplan.errors import WorkplanError
from workplan.writers import docx_style as S

SMALL = ROOT / "tests" / "plans" / "render" / "small.yaml"
BUILTIN = ROOT / "templates" / "workpoints.j2"


def custom(tmp_path, text, name="mine.j2"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def render_with(tmp_path, template, out="out.docx"):
    return run("render", SMALL, "-o", tmp_path / out, "--template", template)


def test_changed_wording_reaches_the_document(tmp_path):
    text = BUILTIN.read_text(encoding="utf-8")
    text = text.replace('{% from "macros.j2" import note, targets_note, targets_prose %}',
                        '{% from "macros.j2" import targets_note, targets_prose %}\n'
                        '{% macro note(m) %}（责任科室：{{ (m.lead + m.support)|join("、") }}）{% endmacro %}')
    text = text.replace("{{ paragraph(plan.goals.text ~ targets_prose(plan.goals.targets)) }}",
                        "{{ paragraph(plan.goals.text) }}")
    r = render_with(tmp_path, custom(tmp_path, text))
    assert r.code == 0, r.err
    d = docx.Document(str(tmp_path / "out.docx"))
    notes = [run.text for p in d.paragraphs for run in p.runs if run.style.name == S.NOTE]
    assert notes[0] == "（责任科室：基础教育股、办公室）"
    assert not any("毛入园率" in p.text for p in d.paragraphs)  # the targets were left out


def test_stray_lines_become_paragraphs_and_macros_may_call_blocks(tmp_path):
    template = custom(tmp_path, '{% import "macros.j2" as m %}{{ title(plan.title) }}\n特此通知。\n'
                      '{{ m.targets_prose(plan.goals.targets) }}\n\n')
    r = render_with(tmp_path, template, "out.md")
    assert r.code == 0, r.err
    assert (tmp_path / "out.md").read_text("utf-8") == (
        "# 青石县教育局2026年工作要点\n\n特此通知。\n\n学前三年毛入园率达93%以上，义务教育辍学率控制在0.3%以内。\n")


def test_an_edited_template_is_compiled_again_in_the_same_process(tmp_path):
    """Compiled templates are kept for the process (--each-dept renders one per department): by source."""
    for text in ("第一稿。", "第二稿。", "第一稿。"):
        r = render_with(tmp_path, custom(tmp_path, text + "\n"), "out.md")
        assert r.code == 0, r.err
        assert (tmp_path / "out.md").read_text("utf-8") == text + "\n"


BROKEN = [
    ("{{ title(plan.title) }}\n{% for s in plan.sections %}\n{{ heading(1, s.title }}\n{% endfor %}\n", 3,
     "模板语法错误"),
    ("{{ title(plan.title) }}\n\n{{ paragraph(plan.nope) }}\n", 3, "nope"),
    ("{% for s in plan.sections %}\n{{ heading(9, s.title) }}\n{% endfor %}\n", 2, "层级应为 1–4"),
    ("\n{{ row('a', 'b') }}\n", 2, "row() 前面没有 table()"),
    ("{{ table(['a', 'b'], [1]) }}\n", 1, "table()"),
    ("{{ paragraph(1 / 0) }}\n", 1, "ZeroDivisionError"),
    ("{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}\n", 1, "RecursionError"),
    ("{% include 'nothing-here.j2' %}\n", 1, "找不到模板"),
    ("{% import 'macros.j2' as mac %}\n{{ title(plan.title) }}\n{{ paragraph(mac.notes(1)) }}\n", 3,
     "导入的模板里没有名为 notes 的宏"),
    # a built-in template imported by mistake fails inside it: the line to change is the user's
    ("{{ title(plan.title) }}\n{% from 'speech.j2' import note %}\n", 2, "未定义的名称 plan"),
    # a block function or a macro called with the wrong arguments: how to call it, in the user's words
    ("{% for s in plan.sections %}\n{{ heading(s.title) }}\n{% endfor %}\n", 2,
     "heading() 的参数不对：应写作 heading(level, title, number='')"),
    ("{{ paragraph('a', 'b', 'c') }}\n", 1, "paragraph() 的参数不对：应写作 paragraph(text='')"),
    ("{% from 'macros.j2' import note %}\n{{ paragraph(note(1, 2)) }}\n", 2, "宏 note 最多接受 1 个参数"),
    ("{{ table(['a'], [none]) }}\n", 1, "TypeError: float() argument"),  # inside the function: as it is
]


@pytest.mark.parametrize(("text", "line", "message"), BROKEN)
def test_a_broken_template_gives_file_line_and_exit_2(tmp_path, text, line, message):
    template = custom(tmp_path, text)
    r = render_with(tmp_path, template)
    assert r.code == 2
    assert f"mine.j2:{line}:" in r.err and message in r.err
    assert "Traceback" not in r.err + r.out
    assert not (tmp_path / "out.docx").exists()


UNSAFE = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ title.__globals__ }}",
    "{{ plan.sections.__class__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ cycler.__init__.__globals__.os }}",
]


@pytest.mark.parametrize("text", UNSAFE)
def test_the_sandbox_refuses_python_internals(tmp_path, text):
    r = render_with(tmp_path, custom(tmp_path, "{{ title(plan.title) }}\n" + text + "\n"))
    assert r.code == 2
    assert "mine.j2:2:1: 模板试图访问不允许的内容，已拒绝" in r.err and "is unsafe" in r.err


@pytest.mark.parametrize("target", ["/etc/passwd", "../../pyproject.toml", "../workplan/__init__.py"])
def test_templates_cannot_read_files(tmp_path, target):
    r = render_with(tmp_path, custom(tmp_path, f"{{% include '{target}' %}}\n"))
    assert r.code == 2 and "找不到模板" in r.err


def test_a_failed_render_leaves_the_existing_file_alone(tmp_path):
    out = tmp_path / "out.docx"
    out.write_bytes(b"the old document")
    r = render_with(tmp_path, custom(tmp_path, "{{ paragraph(plan.missing) }}\n"))
    assert r.code == 2
    assert out.read_bytes() == b"the old document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.j2", "out.docx"]  # no temporary left behind


def test_missing_or_undecodable_template(tmp_path):
    r = render_with(tmp_path, tmp_path / "absent.j2")
    assert r.code == 2 and "absent.j2" in r.err
    (tmp_path / "gbk.j2").write_bytes("{{ title('a') }}\n{{ title('标题') }}".encode("gbk"))
    r = render_with(tmp_path, tmp_path / "gbk.j2")
    assert r.code == 2 and "UTF-8" in r.err
    assert "gbk.j2:2:11:" in r.err  # the first character that is not UTF-8


@pytest.mark.parametrize("text", ["", "{# 只有注释 #}\n", "\n\n"])
def test_a_template_that_makes_nothing_is_refused(tmp_path, text):
    r = render_with(tmp_path, custom(tmp_path, text))
    assert r.code == 2 and "没有生成任何内容" in r.err
    assert not (tmp_path / "out.docx").exists()


def test_a_folder_as_output_is_said_to_be_a_folder(tmp_path):
    for folder in (tmp_path, tmp_path / "输出"):
        folder.mkdir(exist_ok=True)
        r = run("render", SMALL, "-o", folder)
        assert r.code == 2 and "这是一个文件夹" in r.err


def test_unknown_output_format_and_broken_plan(tmp_path):
    r = run("render", SMALL, "-o", tmp_path / "x.pdf")
    assert r.code == 2 and ".pdf" in r.err
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\norg: y\nyear: 2026\nsections: 3\n", encoding="utf-8")
    r = run("render", bad, "-o", tmp_path / "x.docx")
    assert r.code == 2 and "bad.yaml:4:" in r.err
    assert not (tmp_path / "x.docx").exists()


def test_templates_are_found_in_an_installed_wheel_first(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "workplan"
    (package / "_data" / "templates").mkdir(parents=True)
    monkeypatch.setattr(templating, "__file__", str(package / "templating.py"))
    assert templating.templates_dir() == package / "_data" / "templates"
    monkeypatch.setattr(templating, "__file__", str(ROOT / "workplan" / "templating.py"))
    assert templating.templates_dir() == ROOT / "templates"


def test_every_builtin_template_is_in_the_wheel_mapping():
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '"templates" = "workplan/_data/templates"' in pyproject
    assert {p.name for p in (ROOT / "templates").glob("*.j2")} >= {"workpoints.j2", "speech.j2", "tasks.j2"}


@pytest.mark.parametrize("kind", ["workpoints", "tasks"])
def test_a_hundred_sections_cannot_be_numbered(tmp_path, kind):
    plan = tmp_path / "many.yaml"
    sections = "".join(f"  - title: 第{i}部分\n    measures: [{{title: 措施{i}, lead: 办公室}}]\n" for i in range(100))
    plan.write_text(f"title: 青石县教育局2026年工作要点\norg: 青石县教育局\nyear: 2026\nsections:\n{sections}", "utf-8")
    (tmp_path / "departments.yaml").write_text((SMALL.parent / "departments.yaml").read_text("utf-8"), "utf-8")
    r = run("render", plan, "--as", kind, "-o", tmp_path / "x.docx")
    assert r.code == 2 and "many.yaml:" in r.err and "九十九" in r.err


def test_the_shipped_compiled_templates_are_those_of_the_templates_as_they_are():
    import jinja2

    fresh = compiled_templates.generated()
    shipped = {p.name: p.read_text("utf-8") for p in compiled_templates.FOLDER.glob("*.py") if p.name != "__init__.py"}
    assert shipped.keys() == fresh.keys(), "a template was added or removed: run `make templates`"
    assert index.SOURCES == {p.name: compiled_templates.checksum(templating.read_template(p))
                             for p in (ROOT / "templates").glob("*.j2")}, "a template changed: run `make templates`"
    if jinja2.__version__ != index.JINJA:  # another Jinja compiles the templates at run time, as it must
        pytest.skip(f"compiled with Jinja {index.JINJA}, this is {jinja2.__version__}")
    assert shipped == fresh, "run `make templates`"


def test_a_builtin_template_is_not_compiled_and_its_errors_name_its_own_lines(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compiled")

    env = templating.environment(filters=FILTERS)
    monkeypatch.setattr(env, "compile", refuse)
    assert env.get_template("macros.j2").filename == str(templating.templates_dir() / "macros.j2")
    with pytest.raises(WorkplanError) as e:  # the shipped code maps its lines back to workpoints.j2's
        templating.render("workpoints.j2", {"plan": {}}, filters=FILTERS)
    assert e.value.pos.file.endswith("workpoints.j2") and e.value.pos.line == 11


def test_a_compiled_template_of_another_source_or_jinja_is_not_used(monkeypatch):
    source = (ROOT / "templates" / "macros.j2").read_text("utf-8")
    assert compiled_templates.code("macros.j2", "x.j2", source).co_filename == "x.j2"
    # a Windows checkout has CRLF: Jinja compiles it as LF, the shipped code stands
    assert compiled_templates.code("macros.j2", "x.j2", source.replace("\n", "\r\n")) is not None
    assert compiled_templates.code("macros.j2", "x.j2", source + "改") is None
    assert compiled_templates.code("mine.j2", "x.j2", source) is None
    monkeypatch.setattr(index, "JINJA", "0.0")
    assert compiled_templates.code("macros.j2", "x.j2", source) is None


def test_the_shipped_code_is_kept_for_the_process_as_compiled_code_is(monkeypatch):
    templating.environment(filters=FILTERS).get_template("tasks.j2")  # the shipped code, now also kept

    def unused(*args):
        raise AssertionError("looked up again")

    monkeypatch.setattr(compiled_templates, "code", unused)
    assert templating.environment(filters=FILTERS).get_template("tasks.j2").filename.endswith("tasks.j2")
