"""What `new` and `fmt` did, as text lines for people or JSON for programs."""

from __future__ import annotations

import json

from .. import messages
from .fmt import Formatted
from .rollover import Draft


def new_lines(draft: Draft, source: str, output: str) -> list[str]:
    """A header, then one line per change, `file:line:column` first so editors can jump to it."""
    lines = [messages.t("new.header", source=source, output=output, old=draft.old_year, new=draft.year,
                        count=sum(c.kind != "stage" for c in draft.changes))]  # a stage is a question
    years = draft.year - draft.old_year
    for c in draft.changes:
        where = f"{source}:{c.line}:{c.column}" if c.line else source
        code = "new.due-years" if c.kind == "due" and years != 1 else f"new.{c.kind}"  # 顺延一年 only when it is one
        text = messages.t(code, old=c.old, new=c.new, context=c.context, years=years)
        lines.append(f"  {where}  {c.path}  {text}")
    if "-" not in (source, output):  # a plan on standard input, or a draft on it, has no name to suggest
        lines.append(messages.t("new.next", source=messages.command_arg(source), output=messages.command_arg(output)))
    return lines


def new_json(draft: Draft, source: str, output: str) -> str:
    return json.dumps({"from": source, "output": output, "old_year": draft.old_year, "year": draft.year,
                       "changes": [c.as_json() for c in draft.changes]}, ensure_ascii=False, indent=2)


def fmt_lines(results: list[Formatted], check: bool) -> list[str]:
    lines = []
    for r in results:
        if r.ids:
            lines.append(messages.t("fmt.ids", path=r.path, count=len(r.ids), ids=messages.join(r.ids)))
        if r.changed:
            lines.append(messages.t("fmt.would-change" if check else "fmt.changed", path=r.path))
    changed = sum(r.changed for r in results)
    summary = "fmt.summary-check" if check else "fmt.summary"
    return lines + [messages.t(summary, changed=changed, unchanged=len(results) - changed)]


def fmt_json(results: list[Formatted], errors: list[dict]) -> str:
    files = [{"file": r.path, "changed": r.changed, "ids_added": r.ids} for r in results]
    return json.dumps({"files": files, "errors": errors}, ensure_ascii=False, indent=2)
