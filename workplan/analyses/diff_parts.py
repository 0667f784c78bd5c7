"""diff of the parts around the measures: targets (by id, else by name) and the running texts.

The running texts include the document's particulars (title, 发文字号, the issuing organisation — its
signature —, date, numbering), a speech's (speaker, speaker's title, occasion, date, salutation) and its
review and problems, each item read as its title and text, as the renderer prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Plan, Target
from .dates import date_text

TARGET_FIELDS = ("name", "value", "unit", "cmp")
YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
TEXTS = ("title", "doc_number", "org", "issued", "numbering", "speaker", "speaker_title", "occasion", "date",
         "salutation", "preamble", "ideas", "goals", "opening", "review", "problems", "closing")
SPEECH = ("speaker", "speaker_title", "occasion", "date", "salutation", "opening", "closing")  # of plan.speech


@dataclass
class TargetDiff:
    status: str  # added | removed | changed | unchanged
    old: Target | None
    new: Target | None
    changes: list[str] = field(default_factory=list)  # among TARGET_FIELDS

    @property
    def name(self) -> str:
        return (self.new or self.old).name

    @property
    def id(self) -> str | None:
        return (self.new or self.old).id


@dataclass
class TextDiff:
    field: str  # one of TEXTS
    old: str
    new: str

    @property
    def status(self) -> str:
        if self.old == self.new:
            return "unchanged"
        return "added" if not self.old else "removed" if not self.new else "changed"


def diff_targets(old: list[Target], new: list[Target]) -> list[TargetDiff]:
    """In the new order, removed targets last; a target keeps its identity by id, else by name."""
    partner: dict[int, int] = {}
    for key in (lambda t: t.id, lambda t: t.name):
        taken = set(partner.values())
        free = {key(t): j for j, t in reversed(list(enumerate(new))) if key(t) and j not in taken}
        for i, t in enumerate(old):
            if i not in partner and key(t) in free:
                partner[i] = free.pop(key(t))
    back = {j: i for i, j in partner.items()}
    out = [_compare(old[back[j]], t) if j in back else TargetDiff("added", None, t) for j, t in enumerate(new)]
    return out + [TargetDiff("removed", t, None) for i, t in enumerate(old) if i not in partner]


def _compare(old: Target, new: Target) -> TargetDiff:
    changes = [f for f in TARGET_FIELDS if _value(getattr(old, f)) != _value(getattr(new, f))]
    return TargetDiff("changed" if changes else "unchanged", old, new, changes)


def _value(v):
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v


def plain_number(v):
    """92.0 → 92 (as the plan author wrote it), 98.5 stays."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def diff_texts(old: Plan, new: Plan) -> list[TextDiff]:
    """The texts either plan has (a workpoints plan has no opening; a speech may have no ideas)."""
    out = []
    for name in TEXTS:
        a, b = text_of(old, name), text_of(new, name)
        if a or b:
            out.append(TextDiff(name, a, b))
    return out


def text_of(plan: Plan, name: str) -> str:
    """The text `name` of `plan` as compared; a date as printed (2026-2-20 and 2026-02-20 are one)."""
    if name == "issued":
        return date_text(plan.issued)
    if name == "date" and plan.speech:
        return date_text(plan.speech.date)
    if name in ("title", "doc_number", "org", "numbering"):
        return str(getattr(plan, name) or "")
    if name in ("review", "problems"):
        return "\n".join(f"{item.title}。{item.text}" if item.text else item.title for item in getattr(plan, name))
    if name == "ideas":
        return "\n".join(plan.ideas)
    if name == "goals":
        return plan.goals.text if plan.goals else ""
    if name in SPEECH:
        return str(getattr(plan.speech, name) or "") if plan.speech else ""
    return plan.preamble


def years_only(old: str, new: str, shift: int) -> bool:
    """Whether two texts differ by nothing but years moved on by `shift`, each year moved or kept:
    临川市教育局2025年工作要点 → …2026年…, 2025—2026学年度 → 2026—2027学年度 (shift 1)."""
    if old == new or YEAR_RE.split(old) != YEAR_RE.split(new):
        return old == new
    pairs = zip(YEAR_RE.findall(old), YEAR_RE.findall(new), strict=True)  # the same number: the rest split alike
    return all(int(b) in (int(a), int(a) + shift) for a, b in pairs)
