"""The speech parts of next year's draft: the review becomes one empty item per section of last
year's tasks (their measures listed in a comment), and the problems an empty list.

Comments written inside the old review or problems are kept, above the new skeleton, so the
draft still holds every comment of its source.
"""

from __future__ import annotations

from . import roundtrip
from .comments import attach_trailing, comment_segments, detach_trailing

PARTS = ("review", "problems")


def speech_skeleton(data: dict, old_year: int, record) -> None:
    """Rewrite `review` and `problems` in place; `record(container, key, kind, path, old, new)` reports."""
    if data.get("kind") != "speech" and not any(part in data for part in PARTS):
        return
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    sections = [s for s in data.get("sections") or [] if isinstance(s, dict)]
    review = CommentedSeq(CommentedMap([("title", s.get("title", "")), ("text", "")]) for s in sections)
    for i, section in enumerate(sections):
        titles = "；".join(str(m.get("title", "")) for m in section.get("measures") or [] if isinstance(m, dict))
        if titles:
            review.yaml_set_comment_before_after_key(i, before=f"{old_year}年工作：{titles}", indent=2)
    for key, new in (("review", review), ("problems", CommentedSeq())):
        old = data.get(key) or []
        _replace(data, key, new)
        record(data, key, key, key, str(len(old)), str(len(new)))


def _replace(data: dict, key: str, new) -> None:
    """data[key] = new, keeping the comments after the old value and those inside it."""
    if key not in data:
        at = list(data).index("sections") if "sections" in data else len(data)
        data.insert(at, key, new)
        return
    following = detach_trailing(data, key)
    inside = list(comment_segments(roundtrip.dump(data[key])).elements()) if data[key] else []
    data[key] = new
    attach_trailing(data, key, following)
    if inside:
        data.yaml_set_comment_before_after_key(key, before="\n".join(c.removeprefix("#").removeprefix(" ") for c in inside))
