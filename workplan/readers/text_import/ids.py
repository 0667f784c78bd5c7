"""Stable ids for imported sections, measures and targets, derived from their titles.

An id made from the title (not the position) lets `diff` match a measure across two imported
years even when it moved, and re-importing the same document gives the same ids.
"""

from __future__ import annotations

import hashlib

from ...model import Plan
from .normalize import squeeze

PREFIX = {"section": "s", "measure": "m", "target": "t"}


def short_hash(text: str) -> str:
    return hashlib.sha1(squeeze(text).encode("utf-8")).hexdigest()[:6]


def assign_ids(plan: Plan) -> None:
    """Fill every missing id; a repeated title gets -2, -3 …"""
    taken = {node.id for _, node in _nodes(plan) if node.id}
    for kind, node in _nodes(plan):
        if node.id:
            continue
        base = f"{PREFIX[kind]}-{short_hash(node.name if kind == 'target' else node.title)}"
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        node.id = candidate
        taken.add(candidate)


def _nodes(plan: Plan):
    for section in plan.sections:
        yield "section", section
    for m in plan.all_measures():
        yield "measure", m
    for t in plan.all_targets():
        yield "target", t
