"""Pair up two lists of texts (last year's measures, this year's): same id, then same text, then similar text.

Chinese has no spaces, so similarity is on characters: rapidfuzz's normalised Indel similarity
(2·LCS / total length) of title + text, which counts an inserted clause as an insertion, not as
words that all shifted. A plan's few dozen leftovers are scored all against all; beyond ALL_PAIRS
that is quadratic (1,000 × 1,000 long texts take seconds), so candidates are pruned first with a
character-bigram inverted index:
each text looks up its rarest bigrams first and stops after a fixed budget of postings, and only
the few texts sharing the most of them are scored. Both directions are probed, then the pairs are
assigned globally, best first, each text at most once — never greedily in file order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

ALL_PAIRS = 10_000  # below this many pairs, score them all: exact, and cheaper than building an index
CANDIDATES = 8  # texts scored per probe: the true partner shares far more rare bigrams than the rest
BUDGET = 400  # postings read per probe: keeps the cost linear when every bigram is common


@dataclass(frozen=True)
class Item:
    """What alignment needs of one measure: its id (if any), the exact key, the text to compare."""

    id: str | None
    key: str
    text: str


@dataclass(frozen=True)
class Pair:
    old: int
    new: int
    how: str  # id | exact | similar


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    from rapidfuzz.distance import Indel

    if not a and not b:
        return 1.0
    return Indel.normalized_similarity(a, b, score_cutoff=cutoff)


def align(old: list[Item], new: list[Item], threshold: float) -> list[Pair]:
    """Pairs of indices (old, new), each index used at most once; unpaired items were removed/added."""
    pairs = _by_id(old, new)
    pairs += _by_key(old, new, _used(pairs))
    pairs += _by_similarity(old, new, _used(pairs), threshold)
    return pairs


def _used(pairs: list[Pair]) -> tuple[set[int], set[int]]:
    return {p.old for p in pairs}, {p.new for p in pairs}


def _by_id(old: list[Item], new: list[Item]) -> list[Pair]:
    where = {item.id: j for j, item in enumerate(new) if item.id}
    found = [(i, where[item.id]) for i, item in enumerate(old) if item.id in where]
    return [Pair(i, j, "id") for i, j in found]


def _by_key(old: list[Item], new: list[Item], used: tuple[set[int], set[int]]) -> list[Pair]:
    """Identical texts pair in document order (a plan may repeat a text; validate warns about it)."""
    waiting: dict[str, list[int]] = defaultdict(list)
    for j, item in enumerate(new):
        if j not in used[1]:
            waiting[item.key].append(j)
    pairs = []
    for i, item in enumerate(old):
        if i not in used[0] and waiting.get(item.key):
            pairs.append(Pair(i, waiting[item.key].pop(0), "exact"))
    return pairs


def _by_similarity(old: list[Item], new: list[Item], used, threshold: float) -> list[Pair]:
    left = [i for i in range(len(old)) if i not in used[0]]
    right = [j for j in range(len(new)) if j not in used[1]]
    if not left or not right:
        return []
    scored = []
    for a, b in _candidates([old[i].text for i in left], [new[j].text for j in right]):
        score = similarity(old[left[a]].text, new[right[b]].text, threshold)
        if score >= threshold:
            scored.append((-score, left[a], right[b]))
    return best_first(scored)


def _candidates(left: list[str], right: list[str]):
    """All pairs when few; else the pairs the bigram index proposes, probed from both sides."""
    if len(left) * len(right) <= ALL_PAIRS:
        return ((a, b) for a in range(len(left)) for b in range(len(right)))
    grams_left, grams_right = [bigrams(t) for t in left], [bigrams(t) for t in right]
    return set(probe(grams_left, grams_right)) | {(a, b) for b, a in probe(grams_right, grams_left)}


def best_first(scored: list[tuple[float, int, int]]) -> list[Pair]:
    """Global assignment: the most similar pair wins; ties go to document order, so output is stable."""
    taken_old, taken_new, pairs = set(), set(), []
    for _, i, j in sorted(scored):
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            pairs.append(Pair(i, j, "similar"))
    return pairs


def bigrams(text: str) -> set[str]:
    text = "".join(text.split())
    return {text[k:k + 2] for k in range(len(text) - 1)} or ({text} if text else set())


def probe(queries: list[set[str]], targets: list[set[str]]) -> list[tuple[int, int]]:
    """(query, target) candidates: for each query, the targets sharing most of its rarest bigrams."""
    index: dict[str, list[int]] = defaultdict(list)
    for t, grams in enumerate(targets):
        for gram in grams:
            index[gram].append(t)
    found = []
    for q, grams in enumerate(queries):
        postings = sorted((index[g] for g in grams if g in index), key=len)
        counts: Counter = Counter()
        read = 0
        for posting in postings:
            if read and read + len(posting) > BUDGET:
                break
            counts.update(posting)  # C-speed counting: the hot loop of the whole diff
            read += len(posting)
        # A C-level sort: Counter.most_common's heap runs in Python and was half of the whole diff.
        found += [(q, t) for t in sorted(counts, key=counts.__getitem__, reverse=True)[:CANDIDATES]]
    return found
