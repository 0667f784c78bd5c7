"""Import a Word (.docx) or text document into a plan: normalise → paragraphs → outline → plan.

`import_document(path, options) -> Imported`: the plan, the notes on what was uncertain (as
findings with the document's line numbers), and how many measures carried an annotation.
Raises WorkplanError only when the file cannot be read as a document at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ... import messages, sources
from ...errors import WorkplanError
from ...model import Plan, Pos, Registry
from .debris import remove_debris
from .decode import MAX_DOCX_BYTES, decode_text, kind_of, workplan_yaml
from .header import read_header
from .ids import assign_ids
from .measures import Maker
from .names import resolve
from .normalize import Line, lines_of
from .notes import Notes
from .outline import split_runons, split_unbroken, tree
from .particulars import make_title, settle_org, settle_year
from .wraps import paragraphs


@dataclass
class Options:
    org: str | None = None
    year: int | None = None
    kind: str | None = None  # workpoints | speech; guessed when None
    registry: Registry | None = None


@dataclass
class Imported:
    plan: Plan
    notes: Notes
    annotated: int = 0  # measures whose department annotation was found in the document


def import_document(path: str, options: Options | None = None) -> Imported:
    data = sources.read_bytes(path, limit=MAX_DOCX_BYTES)
    if kind_of(data, path) == "docx":
        from .docx_import import docx_lines

        lines = docx_lines(data, path)
    else:
        text = decode_text(data, path)
        # not a hundred sections of `key: value` lines; a .yaml that reads as neither is YAML all the same
        if what := workplan_yaml(text) or ("plan" if Path(path).suffix.lower() in sources.YAML_SUFFIXES else None):
            raise is_yaml_error(what, path)
        lines = lines_of(text)
    return import_lines(lines, path, options or Options())


def is_yaml_error(what: str, path: str) -> WorkplanError:
    """The refusal of a workplan plan or registry given to import as a document: what it is, what to do."""
    stdin, arg = path == sources.STDIN, messages.command_arg(path)
    if what == "registry":
        return WorkplanError("import-is-registry-stdin") if stdin else WorkplanError("import-is-registry", path=path, arg=arg)
    return WorkplanError("import-is-plan-stdin") if stdin else WorkplanError("import-is-plan", path=path, arg=arg)


def import_lines(lines: list[Line], path: str, options: Options) -> Imported:
    """The steps after reading: the same for text and for .docx."""
    from .build import build_workpoints
    from .speech import build_speech

    notes = Notes(path)
    lines, page_dates = remove_debris(split_unbroken(lines))
    body = split_runons(paragraphs(lines))
    if not body:
        raise WorkplanError("import-empty", Pos(path, 1, 1))
    head, body = read_header(body, options.kind)
    plan = notes.document = Plan(kind=head.kind, doc_number=head.doc_number, issued=head.issued)
    plan.where["@"] = Pos(path, head.title_line or 1, 1)
    note = notes.on(plan)
    plan.year = settle_year(head, body, page_dates, options.year, note)
    plan.org = settle_org(head, body, options.org, note)
    plan.title = make_title(head, plan.org, plan.year, note)
    known = set(options.registry.index()) | options.registry.collective() if options.registry else set()
    maker = Maker(path, notes, known)
    root = tree(body)
    if plan.kind == "speech":
        build_speech(root, plan, head, maker, notes)
    else:
        build_workpoints(root, plan, maker, notes)
    if not plan.all_measures():  # the command exits 1: a plan without work is no success
        notes.add(None, "import-no-measures")
    plan.numbering = maker.numbering(plan.sections)
    resolve(plan, options.registry, notes)
    assign_ids(plan)
    return Imported(plan, notes, annotated=len(maker.own))
