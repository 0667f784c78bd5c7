"""diff → JSON in the shape of SPEC §7; keys are stable (tests pin them), programs can rely on them.

Beyond §7: each measure also carries its `title` (plans without ids need something to show) and, as a
target does, its `old` and `new` division of labour (`lead`, `support` as the registry names them, `due`
as written; null on the side where it is absent), and
`texts` lists the running texts (title, 发文字号, org — the signature —, date, numbering, preamble, ideas,
goals, a speech's speaker, speaker_title, occasion, date, salutation, opening, review, problems and
closing) with their status, `sections` each section (its own title and introduction, its place among
the others: changes among "title", "text", "order"; "moved" when only its place changed) with its
status, and `findings` the warnings about the comparison (an id that seems reused), in the shape of
validate's, whatever --only says.
Every measure, target and text is listed, unchanged ones included, unless --only narrows the lists
(targets and texts only when --only names them); `summary` always counts all the measures.
"""

from __future__ import annotations

import json

from ..analyses.diff import MeasureDiff, Node, PlanDiff, SectionDiff
from ..analyses.diff_parts import TargetDiff, plain_number
from ..model import Plan, Target
from ..report import diagnostic


def diff_json(d: PlanDiff) -> str:
    measures = d.shown(d.measures) if d.only else d.measures
    data = {
        "old": _plan(d.old),
        "new": _plan(d.new),
        "summary": d.summary(),
        "measures": [_measure(m) for m in measures],
        "targets": [_target(t) for t in (d.shown_parts("targets") if d.only else d.targets)],
        "texts": [{"field": t.field, "status": t.status} for t in (d.shown_parts("texts") if d.only else d.texts)],
        "sections": [_section(s) for s in (d.shown(d.sections) if d.only else d.sections)],
        "findings": [diagnostic(f) for f in d.findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _plan(plan: Plan) -> dict:
    return {"title": plan.title, "year": plan.year}


def _measure(m: MeasureDiff) -> dict:
    return {
        "status": m.status,
        "old_id": m.old.measure.id if m.old else None,
        "new_id": m.new.measure.id if m.new else None,
        "old_number": m.old.number if m.old else None,
        "new_number": m.new.number if m.new else None,
        "similarity": round(m.similarity, 2) if m.similarity is not None else None,
        "changes": m.changes,
        "title": m.title,
        "old": _assignment(m.old),
        "new": _assignment(m.new),
    }


def _assignment(node: Node | None) -> dict | None:
    if node is None:
        return None
    return {"lead": node.lead, "support": node.support, "due": node.measure.due or None}


def _section(s: SectionDiff) -> dict:
    return {
        "status": s.status,
        "old_id": s.old.id if s.old else None,
        "new_id": s.new.id if s.new else None,
        "old_number": s.old_number or None,
        "new_number": s.new_number or None,
        "changes": s.changes,
        "title": (s.new or s.old).title,
    }


def _target(t: TargetDiff) -> dict:
    return {"status": t.status, "id": t.id, "name": t.name, "old": _value(t.old), "new": _value(t.new)}


def _value(t: Target | None) -> dict | None:
    if t is None:
        return None
    return {"value": plain_number(t.value), "unit": t.unit, "cmp": t.cmp}
