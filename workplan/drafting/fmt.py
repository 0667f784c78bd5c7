"""`workplan fmt`: one canonical layout for plan and registry files, every comment kept.

Layout = ruamel round trip with the SPEC §2 indentation, block mappings, flow name lists, long
text as block scalars (layout.py), then keys in the model's field order (reorder.py). The
result is a fixed point: formatting formatted text changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import atomic, sources
from ..errors import WorkplanError
from ..model import PLAN_KEYS, Plan, Pos
from ..readers.yaml_nodes import compose
from ..readers.yaml_plan import other_yaml
from . import roundtrip
from .comments import lost_comments
from .ids import fill_ids
from .layout import canonical_layout
from .reorder import reorder_keys
from .shape import root_class


@dataclass
class Formatted:
    path: str
    changed: bool
    text: str
    ids: list[str] = field(default_factory=list)


def format_text(text: str, path: str = "<plan>", ids: bool = False) -> tuple[str, list[str]]:
    """The canonical form of `text`, and the ids `--ids` added."""
    try:
        data = roundtrip.load(text, path, exact=True)
    except WorkplanError as e:  # anchors and tags are refused in plans only: a CI file may use them
        if e.code in ("yaml-alias", "yaml-tag") and other_yaml(compose(text, path, plain_only=False)):
            return text, []
        raise
    if not is_ours(data):
        return text, []  # some other YAML (a CI config…) that a hook passed along: not ours to restyle
    cls = root_class(data)
    canonical_layout(data, cls)
    added = fill_ids(data) if ids and cls is Plan else []
    result = roundtrip.with_line_endings(reorder_keys(roundtrip.dump(data), cls, data.get("kind")), text)
    if result != text:
        ensure_kept(text, result, path, same_data=not added)
    return result, added


def is_ours(data) -> bool:
    """A plan (it has one of the plan's own keys) or a department registry."""
    return root_class(data) is not Plan or bool(PLAN_KEYS & set(data))


def ensure_kept(before: str, after: str, path: str, same_data: bool = True, ours=None) -> None:
    """Refuse (the file stays as it is) rather than write a result that lost a comment or changed a value.

    `ours` matches comments an earlier run of workplan wrote, which this one may replace. A comment
    inside [ ] or { } is the user's to move (ruamel cannot keep one there); any other loss is our bug.
    """
    import yaml

    from .compare import changed_at

    before, after = roundtrip.newlines(before), roundtrip.newlines(after)  # lines as YAML counts them
    try:
        lost = [c for c in lost_comments(before, after) if not (ours and ours.fullmatch(c.text))]
    except yaml.YAMLError:  # ruamel wrote what is no YAML (its bug: `? a` before a comment): never write it
        raise WorkplanError("rewrite-changed-data", Pos(path, 1, 1)) from None
    if lost:
        first = min(lost, key=lambda c: not c.brackets)  # one the user can fix, if any
        where = Pos(path, first.line, first.column)
        if first.brackets:
            raise WorkplanError("rewrite-comment-in-flow", where, comment=first.text,
                                open=first.brackets[0], close=first.brackets[1])
        raise WorkplanError("rewrite-lost-comment", where, comment=first.text)
    if same_data and (at := changed_at(before, after)):
        raise WorkplanError("rewrite-changed-data", Pos(path, *at))


def format_file(path: str, ids: bool = False, check: bool = False) -> Formatted:
    """Format one file; write it back (atomically, only if it changed) unless `check`."""
    text = sources.read_text(path)
    result, added = format_text(text, path, ids)
    changed = result != text
    if changed and not check and path != sources.STDIN:
        atomic.write_text(path, sources.bom(path) + result)
    return Formatted(path, changed, result, added)
