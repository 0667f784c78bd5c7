"""Positions: one way of counting lines (YAML's) for every position we report and every line we show."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workplan import sources


def test_line_breaks_are_yamls():
    text = "a\r\nb\rc\x85d\u2028e\x0cf\x0bg"
    assert sources.line_column(text, text.index("e")) == (5, 1)
    assert sources.line_column(text, text.index("g")) == (5, 5)  # form feed and vertical tab break no line
    assert sources.line_column("", 0) == (1, 1)


@given(st.text(alphabet=st.sampled_from("ab甲\r\n\x85\u2028\u2029\x0b\x0c\x1c"), max_size=40), st.data())
def test_the_line_shown_holds_the_character_at_the_position(text, data):
    index = data.draw(st.integers(0, len(text)))
    if index < len(text) and text[index] in "\r\n\x85\u2028\u2029":
        return  # a line break itself is on no line's text
    sources.remember("p.yaml", text)
    line, column = sources.line_column(text, index)
    shown = sources.lines("p.yaml")[line - 1]
    assert shown[column - 1:column] == text[index:index + 1]
