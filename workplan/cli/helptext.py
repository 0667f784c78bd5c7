"""`--help` in the user's language.

Help texts are catalog codes (`help="help.render.output"`, `help="help.render"`), not words: the modules are
imported before --lang is read, so the words are looked up only when help is printed, here, for every command
and the group alike. By then the language is known: the group reads it from the command line first
(`language_in`), since `--help` acts as soon as it is parsed, before a --lang given after it.

typer's own words go through the same lookup: its section titles and "[default: …]", which it asks of gettext
(`typer.core._`), and the help of the options it adds itself (--help, --install-completion).
"""

from __future__ import annotations

import inspect
import sys

import typer.core
from typer._click import Context as ClickContext
from typer._click import HelpFormatter
from typer._click.exceptions import UsageError

from .. import messages

# typer's words (as typer.core passes them to gettext) and its own options' help → catalog codes
TYPER_WORDS = {
    "Arguments": "help.arguments",
    "Options": "help.options",
    "Commands": "help.commands",
    "default: {default}": "help.default",  # t() leaves "{default}" in place for typer to fill
    "required": "help.required",
    "Show this message and exit.": "help.help",
    "Install completion for the current shell.": "help.install-completion",
    "Show completion for the current shell, to copy it or customize the installation.": "help.show-completion",
}


def help_text(text: str | None) -> str:
    """A help text in the current language: a `help.` code from the catalog, or one of typer's own words;
    any other text as it is."""
    if not text:
        return ""
    code = text if text.startswith("help.") and text in messages.CATALOG else TYPER_WORDS.get(text)
    return messages.t(code) if code else text


typer.core._ = help_text  # typer.core's gettext: section titles, "default", "required"


def language_in(args: list[str]) -> str | None:
    """The last valid --lang on the command line (before "--"), or None: the language to use from the start."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg[7:] if arg.startswith("--lang=") else None
        if value in messages.LANGS:
            found = value
    return found


class Formatter(HelpFormatter):
    """click's formatter with translated "Usage"/headings, and lines measured in columns: a Chinese
    character takes two, and a line may break between two of them (not before a closing mark)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, messages.t("help.usage") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(" " * self.current_indent + messages.t("help.heading", heading=heading) + "\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write("\n".join(indent + line if line else "" for line in wrap(text, self.width - self.current_indent)))
        self.write("\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max(columns(first) for first, _ in rows), col_max) + col_spacing
        margin = " " * self.current_indent
        for first, second in rows:
            self.write(margin + first)
            if not second:
                self.write("\n")
                continue
            if columns(first) <= first_col - col_spacing:
                self.write(" " * (first_col - columns(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(second, max(self.width - first_col - 2, 10)) or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write((margin + " " * first_col + line if line else "") + "\n")


class Context(ClickContext):
    formatter_class = Formatter


class Localized:
    """Mixed into the group and every command: help texts translated as help is formatted."""

    context_class = Context

    def format_help_text(self, ctx, formatter) -> None:
        text = inspect.cleandoc(help_text(self.help))
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def get_short_help_str(self, limit: int = 45) -> str:
        return help_text(self.short_help) or super().get_short_help_str(limit)

    def format_options(self, ctx, formatter) -> None:
        rows: dict[str, list] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and param.param_type_name in rows:
                name, text = record
                if param.help and text.startswith(param.help):  # the help, then typer's "[default: …]"
                    text = help_text(param.help) + readable_extras(param, text[len(param.help):])
                rows[param.param_type_name].append((readable_name(param, ctx, name), text))
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if rows[kind]:
                with formatter.section(help_text(title)):
                    formatter.write_dl(rows[kind])
        if hasattr(self, "format_commands"):
            self.format_commands(ctx, formatter)


# --- what an option's value is, for people: "-o <文件>", "-t <0-1>", not click's "<str>", "<float range>"

# options whose value is a file (or a folder) by their parameter's name, and other words by name
METAVARS = {
    "output": "help.metavar.file", "registry": "help.metavar.file", "template": "help.metavar.file",
    "reference_doc": "help.metavar.file", "write_registry": "help.metavar.file", "source": "help.metavar.file",
    "dept": "help.metavar.dept", "org": "help.metavar.name", "only": "help.metavar.kinds",
}


def metavar(param) -> str | None:
    """The value an option takes, as help shows it: a range as 0-1, a number, a file, a department, a text;
    None keeps click's (a choice's <text|json>, or one a command sets itself)."""
    from typer._click import types

    kind = param.type
    if param.metavar is not None or getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    if isinstance(kind, types._NumberRangeBase) and kind.min is not None and kind.max is not None:
        return f"<{_number(kind.min)}-{_number(kind.max)}>"  # ASCII: "–" takes two columns in a Chinese console
    if isinstance(kind, (types.IntParamType, types.FloatParamType)):
        code = "help.metavar.number"
    elif isinstance(kind, types.StringParamType):
        code = METAVARS.get(param.name or "", "help.metavar.text")
    else:
        return None
    return f"<{messages.t(code)}>"


def _number(value) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def readable_name(param, ctx, name: str) -> str:
    """"-o, --output <str>" → "-o, --output <文件>"."""
    shown = metavar(param) if param.param_type_name == "option" else None
    old = param.make_metavar(ctx) if shown else ""
    return name[: -len(old)] + shown if shown and name.endswith(" " + old) else name


def readable_extras(param, extras: str) -> str:
    """typer's "  [默认：(0.5); 0.0<=x<=1.0]" → "  [默认：0.5]": a range is in the metavar (0-1), or said in
    words (至少 0); a default given as text (show_default="0.5") is shown as it is, not in parentheses."""
    import re

    m = re.fullmatch(r"(\s*)\[(.*)\]", extras, re.S)
    if not m or param.param_type_name != "option":
        return extras
    parts = m.group(2).split("; ")
    kind = param.type
    if hasattr(kind, "_describe_range") and param.metavar is None:
        words = _range_words(kind)
        parts = [p for p in parts if p != kind._describe_range()] + ([words] if words else [])
    if isinstance(param.show_default, str):
        default = help_text("default: {default}")
        parts = [default.format(default=param.show_default) if p == default.format(default=f"({param.show_default})")
                 else p for p in parts]
    return f"{m.group(1)}[{'; '.join(parts)}]" if parts else ""


def _range_words(kind) -> str | None:
    """A range the metavar does not show (one bound only) in words: "至少 0"; None for one it shows."""
    if kind.min is not None and kind.max is not None:
        return None
    if kind.max is None and not kind.min_open:
        return messages.t("help.metavar.at-least", min=_number(kind.min))
    if kind.min is None and not kind.max_open:
        return messages.t("help.metavar.at-most", max=_number(kind.max))
    return kind._describe_range()


# --- wrapping by columns


def columns(text: str) -> int:
    """How many columns `text` takes in a terminal (a Chinese character, or “, two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


_WIDE = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
CLOSING = frozenset("，。、；：？！）」』》〉”’")
OPENING = frozenset("（「『《〈“‘")


def wrap(text: str, width: int) -> list[str]:
    """Paragraphs (split by an empty line) wrapped to `width` columns; a paragraph whose first line is
    "\\b" is kept as written, as click does."""
    lines: list[str] = []
    for paragraph in text.expandtabs().split("\n\n"):
        if lines:
            lines.append("")
        rows = paragraph.splitlines()
        if rows and rows[0].strip() == "\b":
            lines.extend(rows[1:])
        else:
            lines.extend(_fill(" ".join(row.strip() for row in rows), width))
    return lines


def _fill(text: str, width: int) -> list[str]:
    import re

    lines: list[str] = []
    line: list[tuple[str, str]] = []  # (space before, token)
    used, space = 0, False
    # typer's "[default: text]" / "[必填]" kept whole; a Chinese character alone; other text by words
    for token in re.findall(rf"\[[^\]\n]{{1,24}}\]|\s+|[{_WIDE}]|[^\s{_WIDE}]+", text):
        if token.isspace():
            space = bool(line)
            continue
        sep = " " if space else ""
        if line and used + len(sep) + columns(token) > width:
            # a closing mark does not start a line, nor an opening one end it: what it closes goes down with it
            keep = len(line)
            if token in CLOSING and not sep:
                keep -= 1
                while keep > 1 and line[keep][1] in CLOSING and not line[keep][0]:
                    keep -= 1
            while keep > 1 and line[keep - 1][1] in OPENING:
                keep -= 1
            keep = max(keep, 1)
            lines.append("".join(s + t for s, t in line[:keep]))
            line = [("", line[keep][1]), *line[keep + 1:]] if keep < len(line) else []
            sep = sep if line else ""
        line.append((sep, token))
        used = columns("".join(s + t for s, t in line))
        space = False
    if line:
        lines.append("".join(s + t for s, t in line))
    return lines


# --- usage errors click finds itself, which typer's vendored click words in English only


class Usage(UsageError):
    """A usage error click raised ("Missing argument 'plan'."), shown in the user's language: the group
    turns each one into this before typer shows it (Group.parse_args, Group.invoke)."""

    def __init__(self, error: UsageError):
        super().__init__(usage_message(error.format_message()), error.ctx)
        self.exit_code = error.exit_code

    def show(self, file=None) -> None:
        from typer._click.utils import echo

        file = file or sys.stderr
        color = self.ctx.color if self.ctx is not None else None
        if self.ctx is not None:
            hint = ""
            if self.ctx.command.get_help_option(self.ctx) is not None:
                command = f"{self.ctx.command_path} {self.ctx.help_option_names[0]}"
                hint = messages.t("usage.try", command=command) + "\n"
            echo(f"{self.ctx.get_usage()}\n{hint}", file=file, color=color)
        echo(messages.t("usage.error", message=self.format_message()), file=file, color=color)


# click's words → a catalog code; named groups are its arguments ("names": a suggestion, "reason": worded
# by a parameter type, looked up in REASONS, "choices": a choice's values, one line). A message no pattern
# knows is shown as click wrote it.
USAGE = (
    (r"Missing argument (?P<name>.+?)\. Choose from:\s*(?P<choices>.+)", "usage.missing-argument-choice"),
    (r"Missing option (?P<name>.+?)\. Choose from:\s*(?P<choices>.+)", "usage.missing-option-choice"),
    (r"Missing argument (?P<name>.+)\.", "usage.missing-argument"),
    (r"Missing option (?P<name>.+)\.", "usage.missing-option"),
    (r"Missing command\.", "usage.missing-command"),
    (r"Invalid value for (?P<name>.+?): (?P<reason>.*)", "usage.invalid-value"),
    (r"Invalid value: (?P<reason>.*)", "usage.invalid"),
    (r"No such option: (?P<name>\S+)(?: \(Possible options: (?P<names>.+)\))?", "usage.no-such-option"),
    (r"No such command (?P<name>.+?)\.(?: Did you mean (?P<names>.+)\?)?", "usage.no-such-command"),
    (r"Option (?P<name>.+) requires an argument\.", "usage.needs-value"),
    (r"Option (?P<name>.+) does not take a value\.", "usage.takes-no-value"),
    (r"Got unexpected extra argument\(s\) \((?P<args>.*)\)", "usage.extra-arguments"),
)
REASONS = (
    (r"(?P<value>.+) is not one of (?P<choices>.+)\.", "usage.not-one-of"),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "usage.out-of-range"),
    (r"(?P<value>.+) is not a valid (?:integer|int range|float|float range)\.", "usage.not-a-number"),
)


def usage_message(text: str) -> str:
    """click's message of a usage error in the current language."""
    args, code = _match(USAGE, text)
    if code is None:
        return text
    names = args.pop("names", None)
    if "choices" in args:  # "json,\n\tmarkdown,\n\txlsx": one line, listed as the language lists
        args["choices"] = messages.join(c.strip() for c in args["choices"].split(",") if c.strip())
    if "reason" in args:
        reason_args, reason = _match(REASONS, args["reason"])
        args["reason"] = messages.t(reason, **reason_args) if reason else args["reason"]
    return messages.t(code, **args) + (messages.t("hint.did-you-mean", names=names) if names else "")


def _match(patterns, text: str) -> tuple[dict, str | None]:
    import re

    for pattern, code in patterns:
        m = re.fullmatch(pattern, text, re.S)
        if m:
            return {k: v for k, v in m.groupdict().items() if v is not None}, code
    return {}, None
