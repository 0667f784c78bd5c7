"""Closest names for "did you mean": edit distance on characters, then characters shared; and a
name that is a known one but for invisible characters (used by the plan reader and the checks).

Department names are short CJK strings (督导室 → 督导办, 思政科 → 思教科), where word-based or
token scorers do not apply; a plain Levenshtein over characters is cheap at this length.
"""

from __future__ import annotations

import re

from . import messages


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def closest(name: str, candidates, n: int = 2) -> list[str]:
    """Up to `n` candidates that look like `name`, best first (none when nothing is close)."""
    scored = []
    for candidate in set(candidates):
        distance = levenshtein(name, candidate)
        shared = len(set(name) & set(candidate)) / max(len(set(name) | set(candidate)), 1)
        if distance <= max(1, len(name) // 2) or shared >= 0.5:
            scored.append((distance, -shared, candidate))
    return [c for _, _, c in sorted(scored)[:n]]


# What makes two names look the same: blanks of any width (full-width U+3000, no-break U+00A0, a
# trailing space in quotes), zero-width spaces and joiners, U+FEFF, soft hyphens.
_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff\u00ad]")


def invisible_hint(name: str, known) -> str:
    """When `name` is one of `known` but for characters no one sees, a hint naming them: a
    "did you mean" would show a name that looks exactly like the one written ("" otherwise)."""
    bare = _INVISIBLE.sub("", name)
    if bare == name or bare not in known:
        return ""
    chars = messages.join(messages.char(c) for c in dict.fromkeys(_INVISIBLE.findall(name)))
    return messages.t("hint.invisible", chars=chars, name=bare)
