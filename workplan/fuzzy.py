"""Closest names for "did you mean": edit distance on characters, then characters shared.

Department names are short CJK strings (督导室 → 督导办, 思政科 → 思教科), where word-based or
token scorers do not apply; a plain Levenshtein over characters is cheap at this length.
"""

from __future__ import annotations


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
