"""Plan or registry → YAML text: keys in the model's (SPEC §2) order, comments above nodes.

Emitted by hand, small and predictable: plain scalars only where every YAML reader reads back the
same text, double quotes otherwise, `>-` for long one-line text and `|-` for text with line breaks.
Reading the result back gives an equal plan (property-tested). `fmt` owns the round-trip editing
of hand-written files; this writer is for plans made by a program (import).
"""

from __future__ import annotations

import dataclasses
import json
import re

from ..model import Plan, Registry

INDENT = 2
LONG = 60  # longer text goes on its own line as a folded block
# Words YAML 1.1 readers turn into booleans or null, and numbers: never plain when they are text.
RESERVED_RE = re.compile(r"(?i)(~|=|<<|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|"
                         r"[-+]?(0x[0-9a-f_]+|0o?[0-7_]+|[0-9][0-9_]*(\.[0-9_]*)?(e[-+]?[0-9]+)?|\.[0-9_]+|[0-9]+(:[0-5]?[0-9])+))")
INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
UNPRINTABLE_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
ALWAYS = {"title", "org", "year", "kind", "numbering", "name", "value", "cmp", "salutation"}  # written even when empty


def dump_plan(plan: Plan, comments: dict[int, list[str]] | None = None) -> str:
    return _Emitter(comments or {}).document(plan)


def dump_registry(registry: Registry, comments: dict[int, list[str]] | None = None) -> str:
    return _Emitter(comments or {}).document(registry)


class _Emitter:
    def __init__(self, comments: dict[int, list[str]]):
        self.comments = comments
        self.lines: list[str] = []

    def document(self, obj) -> str:
        self.comment(obj, 0)
        self.mapping(obj, 0)
        return "\n".join(self.lines) + "\n"

    def comment(self, obj, indent: int) -> None:
        for text in self.comments.get(id(obj), []):
            first, *rest = text.splitlines() or [""]
            self.lines.append(" " * indent + "# " + first)
            self.lines += [" " * indent + "#   " + line for line in rest]

    def mapping(self, obj, indent: int, first_prefix: str | None = None) -> None:
        """The fields of a dataclass; the first line may carry a "- " prefix (a list item)."""
        prefix = first_prefix
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if not f.metadata or (_default(f, value) and f.name not in ALWAYS):
                continue
            lead = prefix if prefix is not None else " " * indent
            prefix = None
            self.field(f.name, value, indent, lead)

    def field(self, name: str, value, indent: int, lead: str) -> None:
        if dataclasses.is_dataclass(value):
            if not lead.strip():
                self.comment(value, indent)
            self.lines.append(f"{lead}{name}:")
            before = len(self.lines)
            self.mapping(value, indent + INDENT)
            if len(self.lines) == before:  # all defaults: still there, not null
                self.lines[-1] += " {}"
        elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            self.lines.append(f"{lead}{name}:")
            for item in value:
                self.comment(item, indent + INDENT)
                self.mapping(item, indent + 2 * INDENT, " " * (indent + INDENT) + "- ")
        elif isinstance(value, list):
            self.strings(name, value, indent, lead)
        else:
            self.scalar(name, value, indent, lead)

    def strings(self, name: str, values: list[str], indent: int, lead: str) -> None:
        if name in ("lead", "support") and len(values) == 1 and _plain(values[0]):
            self.lines.append(f"{lead}{name}: {values[0]}")
        elif name in ("lead", "support", "aliases", "placeholders") and all(_plain(v, flow=True) for v in values):
            self.lines.append(f"{lead}{name}: [{', '.join(values)}]")
        else:
            self.lines.append(f"{lead}{name}:")
            for v in values:
                self.scalar(None, v, indent + 2 * INDENT, " " * (indent + INDENT) + "- ")

    def scalar(self, name: str | None, value, indent: int, lead: str) -> None:
        key = f"{lead}{name}:" if name else lead.rstrip()
        if isinstance(value, bool) or value is None:
            self.lines.append(f"{key} {json.dumps(value)}")
        elif isinstance(value, int | float):
            self.lines.append(f"{key} {_number(value)}")
        elif _block_ok(value) and ("\n" in value or len(value) > LONG):
            style = "|-" if "\n" in value else ">-"
            self.lines.append(f"{key} {style}")
            pad = " " * (indent + INDENT if name else indent)
            self.lines += [pad + line if line else "" for line in value.split("\n")]
        else:
            self.lines.append(f"{key} {value if _plain(value) else quoted(value)}")


def _default(f: dataclasses.Field, value) -> bool:
    """Left out when it is what reading would give anyway."""
    if f.default_factory is not dataclasses.MISSING:
        return value == f.default_factory()
    return value == f.default


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _plain(text: str, flow: bool = False) -> bool:
    """Can `text` stand unquoted and read back as the same string?"""
    if not text or text != text.strip() or text[0] in INDICATORS or UNPRINTABLE_RE.search(text):
        return False
    if "\n" in text or "\t" in text or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and re.search(r"[,\[\]{}]", text):
        return False
    return not RESERVED_RE.fullmatch(text)


def _block_ok(text: str) -> bool:
    """Block scalars keep text exactly when no line has edge spaces and nothing is unprintable."""
    if not text or UNPRINTABLE_RE.search(text) or "\t" in text or "\r" in text:
        return False
    lines = text.split("\n")
    return all(line == line.strip(" ") for line in lines) and bool(lines[0]) and bool(lines[-1])


def quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is valid YAML), CJK kept readable."""
    out = json.dumps(text, ensure_ascii=False)
    return UNPRINTABLE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
