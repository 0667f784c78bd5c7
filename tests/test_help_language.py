"""--help in the user's language: Chinese by default, English with --lang en (before or after the command) or
WORKPLAN_LANG=en; every help text a catalog code; click's own usage errors translated too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from tests.conftest import run
from workplan import messages
from workplan.cli import app
from workplan.cli.helptext import TYPER_WORDS, columns

CLI = Path(__file__).resolve().parent.parent / "workplan" / "cli"
GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)
HAN = re.compile(r"[\u4e00-\u9fff]")


def catalog(code: str, lang: str) -> str:
    return messages.CATALOG[code][0 if lang == "zh" else 1]


def examples(code: str, lang: str) -> list[str]:
    """The command lines of a command's "示例：/Example:" lines."""
    label = "示例：" if lang == "zh" else "Example: "
    return [line[len(label):] for line in catalog(code, lang).splitlines() if line.startswith(label)]


def test_every_command_is_covered():
    assert set(COMMANDS) == {"validate", "depts", "diff", "render", "import", "init", "new", "fmt", "export", "schema"}


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_chinese_by_default(command):
    r = run(command, "--help")
    assert r.code == 0
    summary = catalog(f"help.{command}", "zh").split("\n\n")[0]
    assert re.sub(r"\s", "", summary) in re.sub(r"\s", "", r.out)  # wrapped to the terminal
    lines = examples(f"help.{command}", "zh")
    assert lines and all(f"示例：{line}" in r.out for line in lines)
    assert "选项：" in r.out and "显示本帮助并退出。" in r.out and r.out.startswith("用法：")
    assert "Options" not in r.out and "Show this message" not in r.out


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["after", "before", "env"])
def test_help_in_english(command, where, monkeypatch):
    if where == "after":
        r = run(command, "--help", "--lang", "en")
    elif where == "before":
        r = run("--lang", "en", command, "--help")
    else:
        monkeypatch.setenv("WORKPLAN_LANG", "en")
        r = run(command, "--help")
    assert r.code == 0
    assert all(f"Example: {line}" in r.out for line in examples(f"help.{command}", "en"))
    assert "Options:" in r.out and "Show this message and exit." in r.out and r.out.startswith("Usage: ")
    assert "示例" not in r.out and "选项" not in r.out


def test_the_last_lang_wins_for_help_too():
    assert "Options:" in run("--lang", "zh", "render", "--help", "--lang", "en").out
    assert "选项：" in run("--lang", "en", "render", "--help", "--lang", "zh").out


def test_an_option_help_and_typers_default_are_translated():
    zh, en = run("render", "--help").out, run("render", "--help", "--lang", "en").out
    assert "[默认：workpoints]" in zh and "[必填]" in zh and "参数：" in zh
    assert "[default: workpoints]" in en and "[required]" in en and "Arguments:" in en
    assert "任务分解表" in zh and "OUT.docx (official style)" in en


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_command_list_gives_each_summary(lang):
    r = run("--help", "--lang", lang)
    assert r.code == 0
    for command in COMMANDS:
        assert re.search(rf"^  {command} +{re.escape(catalog(f'help.{command}.summary', lang))}$", r.out, re.M)
    assert re.sub(r"\s", "", catalog("help.workplan", lang)) in re.sub(r"\s", "", r.out)
    assert catalog("help.install-completion", lang) in r.out


def test_no_arguments_shows_the_help_in_the_language_of_the_environment(monkeypatch):
    assert "命令：" in run().err  # typer shows it on stderr
    monkeypatch.setenv("WORKPLAN_LANG", "en")
    assert "Commands:" in run().err


@pytest.mark.parametrize("command", COMMANDS)
def test_chinese_help_fits_the_terminal(command):
    """Lines are measured in columns (a Chinese character takes two); only example command lines, kept whole,
    may run longer."""
    for line in run(command, "--help").out.splitlines():
        assert columns(line) <= 80 or line.lstrip().startswith("示例：") or "--numbering <" in line, line


# --- the catalog and the modules


def help_codes() -> list[str]:
    return [code for code in messages.CATALOG if code.startswith("help.")]


def test_every_help_text_has_both_languages():
    for code in help_codes():
        zh, en = messages.CATALOG[code]
        assert zh.strip() and en.strip(), code
        assert not HAN.search(en) or code in {"help.workplan", "help.render", "help.render.as", "help.import",
                                              "help.import.kind", "help.diff", "help.diff.output",
                                              "help.export.format", "help.render.reference-doc"}, code
        assert zh != en or code == "help.workplan", code
        if code.count(".") == 1 and code not in {"help.workplan"} and code.removeprefix("help.") in COMMANDS:
            assert examples(code, "zh") == examples(code, "en") and examples(code, "zh"), code


def test_chinese_texts_are_chinese():
    for code in help_codes():
        zh = messages.CATALOG[code][0]
        assert HAN.search(zh) or code == "help.heading", code


def test_every_help_code_is_used():
    source = "".join(p.read_text(encoding="utf-8") for p in CLI.glob("*.py"))
    unused = [code for code in help_codes() if f'"{code}"' not in source]
    assert not unused


def test_every_help_text_in_the_cli_comes_from_the_catalog():
    """No English left in the modules: the group's, each command's and each parameter's help is a catalog code
    (or one of typer's own words that helptext translates)."""
    def ours(text):
        return text is None or (text.startswith("help.") and text in messages.CATALOG) or text in TYPER_WORDS

    ctx = typer.Context(GROUP)
    found = [("workplan", GROUP.help)] + [(f"workplan {p.name}", p.help) for p in GROUP.get_params(ctx)]
    for name, command in GROUP.commands.items():
        found += [(name, command.help), (name, command.short_help)]
        found += [(f"{name} {p.name}", p.help) for p in command.get_params(typer.Context(command, parent=ctx))]
    strays = [(where, text) for where, text in found if not ours(text)]
    assert not strays
    assert all(command.short_help for command in GROUP.commands.values())


def test_no_help_string_is_written_in_a_module():
    for path in CLI.glob("*.py"):
        for m in re.finditer(r'\bhelp=("[^"]*"|\'[^\']*\')', path.read_text(encoding="utf-8")):
            assert m.group(1).strip("\"'").startswith("help."), (path.name, m.group(1))
        assert "Example:" not in path.read_text(encoding="utf-8") or path.name == "helptext.py", path.name


# --- click's own usage errors


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["render"], "错误：缺少参数 'plan'。", "Error: Missing argument 'plan'."),
    (["render", "p.yaml"], "缺少选项 '--output' / '-o'。", "Missing option '--output' / '-o'."),
    (["validate", "--x", "p.yaml"], "没有 --x 这个选项", "No such option: --x"),
    (["rendr"], "没有 'rendr' 这个命令（是否为 'render'？）", "No such command 'rendr'. (did you mean 'render'?)"),
    (["render", "p.yaml", "-o", "x.docx", "--as", "foo"], "'--as' 的值不对：'foo' 不在可选的值中",
     "Invalid value for '--as': 'foo' is not one of"),
    (["init", "d", "--year", "3000"], "3000 超出了范围 1949<=x<=2100。", "3000 is not in the range 1949<=x<=2100."),
    (["depts", "--max-lead", "abc", "p.yaml"], "'abc' 不是数字。", "'abc' is not a number."),
    (["schema", "extra"], "多出了参数：extra", "Got unexpected extra argument(s) (extra)"),
    (["render", "p.yaml", "-o"], "选项 '-o' 后面要写上它的值。", "Option '-o' requires an argument."),
])
def test_usage_errors_in_the_users_language(args, zh, en):
    r = run(*args)
    assert r.code == 2 and zh in r.err and "Error" not in r.err
    r = run(*args, "--lang", "en") if args[-1] != "-o" else run("--lang", "en", *args)
    assert r.code == 2 and en in r.err and "错误" not in r.err


def test_a_usage_error_says_where_help_is():  # the program is "root" under CliRunner
    r = run("render")
    assert re.match(r"用法：\S+ render ", r.err) and re.search(r"^运行 \S+ render --help 查看帮助。$", r.err, re.M)
    r = run("render", "--lang", "en")
    assert re.match(r"Usage: \S+ render ", r.err) and re.search(r"^Try '\S+ render --help' for help\.$", r.err, re.M)


def test_a_usage_error_in_json_is_translated_too():
    r = run("new", "--from", "plan.yaml", "--format", "json", "--year", "abc")
    assert r.code == 2 and r.json()["errors"][0]["message"] == "'--year' 的值不对：'abc' 不是数字。"
