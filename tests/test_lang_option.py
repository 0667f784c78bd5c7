"""--lang works before the command (workplan --lang en validate …) and after it (workplan validate … --lang en),
as the README shows; a wrong value is bad usage (exit 2)."""

from __future__ import annotations

import pytest

from tests.conftest import PLANS, run

PLAN = str(PLANS / "2026.yaml")


def test_lang_after_the_command():
    r = run("validate", PLAN, "--lang", "en")
    assert r.code == 0 and "checked 1 file(s)" in r.out


def test_lang_before_the_command_still_works():
    r = run("--lang", "en", "validate", PLAN)
    assert r.code == 0 and "checked 1 file(s)" in r.out


def test_the_one_after_the_command_wins():
    r = run("--lang", "en", "validate", PLAN, "--lang", "zh")
    assert r.code == 0 and "检查了 1 个文件" in r.out


@pytest.mark.parametrize("args", [["schema", "-r", "nope.yaml"], ["diff", "nope.yaml", PLAN], ["fmt", "nope.yaml"],
                                  ["render", "nope.yaml", "-o", "x.docx"], ["import", "nope.txt"],
                                  ["depts", "nope.yaml"], ["new", "--from", "nope.yaml"],
                                  ["export", "nope.yaml", "--format", "json"], ["init", "/proc/nope"]])
def test_every_command_takes_it(args):
    r = run(*args, "--lang", "en")
    assert "No such option" not in r.err
    assert "找不到" not in r.err + r.out


def test_a_wrong_language_is_bad_usage():
    r = run("validate", PLAN, "--lang", "fr")
    assert r.code == 2 and "zh | en" in r.err


def test_help_lists_it():
    assert "--lang" in run("validate", "--help").out
