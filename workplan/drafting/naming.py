"""Where `workplan new` writes its draft: the source's own name a year on, never silently over another plan.

plans/2026-speech.yaml drafts plans/2027-speech.yaml and 临川2026工作要点.yaml 临川2027工作要点.yaml, so a
bureau's work points and its speech, drafted from the same folder, never share a name; only a 4-digit
year equal to the plan's moves (and a school year, 2025-2026, as a whole). A name without that year
gives YEAR.yaml (YEAR-speech.yaml for a speech). A name without a suffix (`-o t/2028`) gets .yaml, so
that `validate t/` and `depts t/`, which read *.yaml and *.yml, see the draft.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Plan
from ..sources import STDIN, YAML_SUFFIXES

YEAR_IN_NAME = re.compile(r"(?<!\d)\d{4}(?!\d)")
SPAN_IN_NAME = re.compile(r"(?<!\d)(\d{4})([-—–－~～〜_至到])(\d{4})(?!\d)")


def default_name(source_name: str, old: int, new: int, kind: str = "workpoints") -> str:
    """The draft's file name (no folder) for a source called `source_name` whose plan is for `old`."""
    name = Path(source_name or "")
    moved = _moved(name.stem, old, new)
    if moved is None:
        moved = f"{new}-speech" if kind == "speech" else str(new)
    return moved + (name.suffix if name.suffix.lower() in YAML_SUFFIXES else ".yaml")


def draft_path(source: str, output: str | None, old: int, new: int, kind: str) -> str:
    """Where `new` writes the draft: beside the source under default_name; -o a folder: that name in it;
    -o a name without a suffix that is no file yet: with .yaml (an existing path, a device or a pipe, as it is)."""
    from ..atomic import in_folder, names_folder

    name = default_name("" if source == STDIN else source, old, new, kind)
    if not output:
        return str(Path(source).with_name(name))
    if names_folder(output):
        return in_folder(output, name)
    return output if output == STDIN or _exists(Path(output)) else with_suffix(output)


def refuse_existing(output: str, title: str, kind: str, force: bool) -> None:
    """Raise when a file is at `output` (kept) for a draft titled `title` of `kind`. An earlier draft of this
    plan: --force replaces it. Another plan (a speech where the draft is work points, another title): --force
    would lose it, so the advice is a free name."""
    from .. import messages
    from ..errors import WorkplanError

    if output == STDIN or force or not _exists(Path(output)):
        return
    there = existing_plan(output)
    if there is None or (there.kind, there.title) == (kind, title):
        raise WorkplanError("new-exists", path=output)
    free = free_name(output, kind, there.kind != kind)
    raise WorkplanError("new-exists-other", path=output, title=there.title, kind=_kind_name(there.kind),
                        draft=title, draft_kind=_kind_name(kind), free=messages.command_arg(free))


def _kind_name(kind: str) -> str:
    from .. import messages
    from ..model import KINDS

    return messages.t(f"render.{kind}") if kind in KINDS else kind


def with_suffix(output: str) -> str:
    """`output`, with .yaml added when its name has no suffix (`t/2028` → `t/2028.yaml`)."""
    name = Path(output).name
    if not name or name in (".", ".."):
        return output
    if name.endswith("."):  # `2028.`: the dot was meant to start the suffix
        return output + "yaml"
    return output if Path(name).suffix else output + ".yaml"


def free_name(path: str, kind: str, differs_in_kind: bool) -> str:
    """A name beside `path` that no file has yet: 2027-speech.yaml for a speech draft whose 2027.yaml is
    another kind of plan, else 2027-2.yaml, 2027-3.yaml…"""
    target = Path(path)
    stem, suffix = target.stem, target.suffix or ".yaml"
    base = f"{stem}-{kind}" if differs_in_kind and not stem.endswith(f"-{kind}") else stem
    candidates = ([f"{base}{suffix}"] if base != stem else []) + [f"{base}-{n}{suffix}" for n in range(2, 1000)]
    for name in candidates:
        candidate = target.with_name(name)
        if not _exists(candidate):
            return str(candidate)
    return str(target.with_name(f"{base}-new{suffix}"))


def existing_plan(path: str) -> Plan | None:
    """The plan at `path`, or None when it is no plan that can be read (a registry, a broken file, some other
    text): the caller then says only that the file exists."""
    from ..errors import WorkplanError
    from ..readers.yaml_plan import read_plan_or_registry

    try:
        document, _ = read_plan_or_registry(path)
    except (WorkplanError, OSError, ValueError, RecursionError):
        return None
    return document if isinstance(document, Plan) else None


def _moved(stem: str, old: int, new: int) -> str | None:
    """`stem` with the plan's year (or its school year) moved on by `new - old`; None when it has neither."""
    delta = new - old
    for m in SPAN_IN_NAME.finditer(stem):
        first, last = int(m.group(1)), int(m.group(3))
        if last == first + 1 and old in (first, last):
            return f"{stem[:m.start()]}{first + delta}{m.group(2)}{last + delta}{stem[m.end():]}"
    if not any(int(m.group()) == old for m in YEAR_IN_NAME.finditer(stem)):
        return None
    return YEAR_IN_NAME.sub(lambda m: str(new) if int(m.group()) == old else m.group(), stem)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False
