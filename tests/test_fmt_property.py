"""fmt property tests: for generated plans written in many layouts with comments everywhere,
fmt keeps the data and every comment, puts keys in canonical order, and is idempotent."""

from __future__ import annotations

import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan.drafting.fmt import format_text
from workplan.drafting.shape import order
from workplan.model import Plan
from workplan.readers.yaml_nodes import Loader
from workplan.readers.yaml_plan import parse_plan

CJK = "教育工作要点推进深化落实学校教师学生质量安全改革发展党建思政体育美育劳动"
PUNCT = "，。；、“”（）"
short = st.text(alphabet=CJK, min_size=1, max_size=12)
long_text = st.builds(lambda a, b: a + "，" + b + "。", st.text(alphabet=CJK, min_size=15, max_size=40),
                      st.text(alphabet=CJK + PUNCT, min_size=1, max_size=40))
paragraphs = st.lists(long_text, min_size=2, max_size=3).map("\n".join)
text = st.one_of(short, long_text, paragraphs)
names = st.lists(st.sampled_from(["思教科", "办公室", "基础教育科", "督导办"]), min_size=1, max_size=3, unique=True)
ids = st.text(alphabet="abcdefgh", min_size=1, max_size=4)


def optional(d: dict, **maybe):
    return st.fixed_dictionaries(d, optional=maybe)


target = optional({"name": short, "value": st.integers(0, 100)}, id=ids, unit=st.just("%"), cmp=st.sampled_from([">=", "<="]))
leaf = optional({"title": short, "lead": st.one_of(st.sampled_from(["思教科", "办公室"]), names)},
                text=text, support=names, due=st.sampled_from(["全年", "2026-06", "长期"]),
                targets=st.lists(target, max_size=2))
measure = st.recursive(leaf, lambda inner: st.builds(lambda m, subs: {**m, "measures": subs}, leaf,
                                                     st.lists(inner, min_size=1, max_size=2)), max_leaves=4)
section = optional({"title": short, "measures": st.lists(measure, min_size=1, max_size=3)}, text=text)
plans = optional(
    {"title": st.just("临川市教育局2026年工作要点"), "org": st.just("临川市教育局"), "year": st.just(2026),
     "sections": st.lists(section, min_size=1, max_size=3)},
    preamble=text, ideas=st.lists(text, min_size=1, max_size=3),
    goals=optional({"text": text}, targets=st.lists(target, min_size=1, max_size=2)),
    numbering=st.sampled_from(["continuous", "per-section"]),
)


class Writer:
    """Writes a plan as YAML in a layout drawn at random, with a numbered comment above keys and after values."""

    def __init__(self, draw):
        self.draw = draw
        self.step = draw(st.sampled_from([2, 4]))
        self.indentless = draw(st.booleans())  # `key:\n- item` (sequence at the key's column)
        self.comments: list[str] = []
        self.lines: list[str] = []

    def comment(self) -> str:
        tag = f"# 注释{len(self.comments)}"
        self.comments.append(tag)
        return tag

    def maybe(self) -> bool:
        return self.draw(st.integers(0, 3)) == 0

    def mapping(self, d: dict, col: int, dash: int | None = None) -> None:
        """Write `d` with keys at `col`; `dash` is the column of the `- ` that starts the first key's line."""
        keys = self.draw(st.permutations(list(d)))
        for i, key in enumerate(keys):
            if self.maybe():
                self.lines.append(" " * (col if i or dash is None else dash) + self.comment())
            prefix = " " * col if i or dash is None else " " * dash + "- " + " " * (col - dash - 2)
            self.value(prefix + f"{key}:", d[key], col)

    def value(self, head: str, v, col: int) -> None:
        if isinstance(v, dict):
            self.lines.append(head)
            self.mapping(v, col + self.step)
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            self.lines.append(head)
            dash = col if self.indentless else col + self.step
            for item in v:
                self.mapping(item, dash + 2, dash)
        elif isinstance(v, list) and self.draw(st.booleans()):
            self.lines.append(head + " [" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]" + self.eol())
        elif isinstance(v, list):
            self.lines.append(head + self.eol())
            dash = col if self.indentless else col + self.step
            for item in v:
                self.scalar(" " * dash + "-", item, dash + 2)
        else:
            self.scalar(head, v, col + self.step)

    def scalar(self, head: str, v, body_col: int) -> None:
        style = self.draw(st.sampled_from(["plain", "quoted", "block"])) if isinstance(v, str) else "plain"
        if style == "block" or (isinstance(v, str) and "\n" in v and style == "plain"):
            self.lines.append(head + (" |-" if "\n" in v else " >-"))
            self.lines += [" " * body_col + line for line in v.split("\n")]
        elif style == "quoted" or (isinstance(v, str) and v[0] in "[{%>|*&!#'\"-?:,"):
            self.lines.append(head + " " + json.dumps(v, ensure_ascii=False) + self.eol())
        else:
            self.lines.append(head + f" {v}" + self.eol())

    def eol(self) -> str:
        return "  " + self.comment() if self.maybe() else ""


@st.composite
def written_plans(draw):
    plan = draw(plans)
    w = Writer(draw)
    w.lines.append(w.comment())  # a file header
    w.mapping(plan, 0)
    if draw(st.booleans()):
        w.lines.append(w.comment())  # a trailing comment
    return "\n".join(w.lines) + "\n", w.comments


def data(text: str):
    return yaml.load(text, Loader=Loader)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_plans())
def test_fmt_keeps_data_and_every_comment_and_is_idempotent(case):
    source, comments = case
    formatted, _ = format_text(source, "gen.yaml")
    assert data(formatted) == data(source)
    assert parse_plan(formatted, "a.yaml")[0] == parse_plan(source, "b.yaml")[0]
    for tag in comments:
        assert formatted.count(tag + "\n") + formatted.count(tag + " ") == 1, tag
    assert format_text(formatted, "gen.yaml")[0] == formatted
    top = [line.split(":")[0] for line in formatted.splitlines() if line[:1].isalpha()]
    rank = order(Plan)
    assert top == sorted(top, key=rank.__getitem__)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_plans())
def test_fmt_ids_gives_every_node_a_unique_id_and_changes_nothing_else(case):
    source, _ = case
    formatted, added = format_text(source, "gen.yaml", ids=True)
    plan, original = parse_plan(formatted, "a.yaml")[0], parse_plan(source, "b.yaml")[0]
    given_ids = {n.id for n in nodes(original) if n.id}
    assert all(n.id for n in nodes(plan))
    assert len(set(added)) == len(added) == sum(1 for n in nodes(original) if not n.id)
    assert not set(added) & given_ids
    assert format_text(formatted, "gen.yaml", ids=True) == (formatted, [])
    for n in nodes(plan) + nodes(original):
        n.id = None
    assert plan == original


def nodes(plan):
    return [*plan.sections, *plan.all_measures(), *plan.all_targets()]
