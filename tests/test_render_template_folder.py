"""A custom template imports from its own folder first (an edited macros.j2 beside it), then the built-in
templates; never a file outside those folders; a broken imported template is reported at its own file:line."""

from __future__ import annotations

import os

import pytest

from tests.conftest import ROOT, run

SMALL = ROOT / "tests" / "plans" / "render" / "small.yaml"
TEMPLATES = ROOT / "templates"
NOTE = '（牵头：{{ m.lead|join("、") }}{% if m.support %}　配合：{{ m.support|join("、") }}{% endif %}）'


def copied(tmp_path, *names):
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text((TEMPLATES / name).read_text("utf-8"), encoding="utf-8")
    return folder


def render_md(tmp_path, template):
    r = run("render", SMALL, "-t", template, "-o", tmp_path / "o.md")
    text = (tmp_path / "o.md").read_text("utf-8") if (tmp_path / "o.md").exists() else ""
    return r, text


def test_an_edited_macros_beside_the_template_is_the_one_imported(tmp_path):
    folder = copied(tmp_path, "workpoints.j2", "macros.j2")
    macros = folder / "macros.j2"
    text = macros.read_text("utf-8")
    assert NOTE in text  # the wording README and macros.j2 tell the user to change
    macros.write_text(text.replace(NOTE, '（责任科室：{{ (m.lead + m.support)|join("、") }}）'), encoding="utf-8")
    r, out = render_md(tmp_path, folder / "workpoints.j2")
    assert r.code == 0, r.err
    assert "（责任科室：基础教育股、办公室）" in out
    assert "牵头：" not in out


def test_other_templates_come_from_the_built_in_ones(tmp_path):
    folder = copied(tmp_path, "workpoints.j2")  # no macros.j2 beside it
    r, out = render_md(tmp_path, folder / "workpoints.j2")
    assert r.code == 0, r.err
    assert "（牵头：基础教育股　配合：办公室）" in out


def test_a_template_may_include_its_own_files_also_in_subfolders(tmp_path):
    folder = tmp_path / "t"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "closing.j2").write_text("{{ paragraph('特此通知。') }}\n", encoding="utf-8")
    (folder / "mine.j2").write_text("{{ title(plan.title) }}\n{% include 'parts/closing.j2' %}\n", encoding="utf-8")
    r, out = render_md(tmp_path, folder / "mine.j2")
    assert r.code == 0, r.err
    assert out.endswith("特此通知。\n")


@pytest.mark.parametrize("text,line,message", [
    ("{% macro note(m) %}{{ m.lead }\n{% endmacro %}\n", 1, "模板语法错误"),
    ("\n{% macro note(m) %}{{ m.nope }}{% endmacro %}\n{% macro targets_prose(t) %}{% endmacro %}\n"
     "{% macro targets_note(t) %}{% endmacro %}\n", 2, "nope"),
])
def test_a_broken_macros_beside_the_template_is_reported_at_its_own_line(tmp_path, text, line, message):
    folder = copied(tmp_path, "workpoints.j2")
    (folder / "macros.j2").write_text(text, encoding="utf-8")
    r, _ = render_md(tmp_path, folder / "workpoints.j2")
    assert r.code == 2
    assert f"macros.j2:{line}:" in r.err and message in r.err
    assert str(TEMPLATES) not in r.err  # the user's macros.j2, not the built-in one
    assert "Traceback" not in r.err + r.out


@pytest.mark.parametrize("name", ["../secret.j2", "t/../../secret.j2", "..\\secret.j2", "/etc/passwd", "C:secret.j2"])
def test_nothing_outside_the_folder_can_be_imported(tmp_path, name):
    (tmp_path / "secret.j2").write_text("秘密", encoding="utf-8")
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "mine.j2").write_text(f"{{% include {name!r} %}}\n", encoding="utf-8")
    r, out = render_md(tmp_path, folder / "mine.j2")
    assert r.code == 2 and "找不到模板" in r.err and "mine.j2:1:" in r.err
    assert "秘密" not in out + r.out + r.err


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks")
def test_a_symlink_out_of_the_folder_is_refused_not_replaced_by_the_built_in(tmp_path):
    (tmp_path / "secret.j2").write_text("{% macro note(m) %}秘密{% endmacro %}\n", encoding="utf-8")
    folder = copied(tmp_path, "workpoints.j2")
    (folder / "macros.j2").symlink_to(tmp_path / "secret.j2")
    r, out = render_md(tmp_path, folder / "workpoints.j2")
    assert r.code == 2 and "找不到模板 macros.j2" in r.err
    assert "秘密" not in out
    (folder / "macros.j2").unlink()
    (folder / "inside.j2").write_text((TEMPLATES / "macros.j2").read_text("utf-8"), encoding="utf-8")
    (folder / "macros.j2").symlink_to(folder / "inside.j2")  # a symlink within the folder is fine
    r, out = render_md(tmp_path, folder / "workpoints.j2")
    assert r.code == 0, r.err
