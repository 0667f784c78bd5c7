"""The particulars at the top of an imported document: the 发文字号 in all its written forms."""

from __future__ import annotations

import pytest
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from workplan.readers.text_import import Options, import_lines
from workplan.readers.text_import.header import DOCNUM_RE
from workplan.readers.text_import.normalize import lines_of, squeeze
from workplan.readers.yaml_plan import read_plan

BODY = ["临川市教育局2026年工作要点", "一、重点工作", "1.加强党建。（牵头：办公室）"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def imported(lines: list[str]):
    return import_lines(lines_of("\n".join(lines)), "t.txt", Options()).plan


def words_of(plan) -> list[str]:
    return [s.title for s in plan.sections] + [t for m in plan.all_measures() for t in (m.title, m.text)]


@pytest.mark.parametrize("number", [
    "临教〔2026〕3号", "临教〔2026〕第3号", "〔2026〕第3号", "〔2026〕3号", "临教[2026]第3号", "临教［2026］第3号",
    "临教（2026）第3号", "临教(2026)第12号", "临教〔２０２６〕第３号", "临教发〔2026〕第 3 号",
])
def test_a_doc_number_with_or_without_di_is_the_documents(number):
    plan = imported(["临川市教育局文件", number, "", *BODY])
    assert plan.doc_number == number
    assert [s.title for s in plan.sections] == ["重点工作"]
    assert not any("号" in w for w in words_of(plan))


def test_the_reported_document_imports_with_its_doc_number(tmp_path):
    (tmp_path / "x.txt").write_text("临川市教育局文件\n临教〔2026〕第3号\n\n临川市教育局2026年工作要点\n一、重点工作\n"
                                    "1.加强党建。（牵头：办公室）\n", encoding="utf-8")
    r = run("import", tmp_path / "x.txt", "-o", tmp_path / "x.yaml")
    assert r.code == 0, r.err
    plan, _ = read_plan(str(tmp_path / "x.yaml"))
    assert plan.doc_number == "临教〔2026〕第3号" and [s.title for s in plan.sections] == ["重点工作"]


@pytest.mark.parametrize("text", [
    "根据临教〔2026〕第3号文件精神", "临教〔2026〕第3号文", "临教〔2026〕第号", "临教〔26〕第3号", "第3号",
])
def test_text_that_only_mentions_a_doc_number_is_none(text):
    assert not DOCNUM_RE.match(squeeze(text))


def test_a_measure_citing_a_doc_number_stays_a_measure():
    plan = imported([*BODY[:2], "1.落实临教〔2026〕第3号文件要求。（牵头：办公室）"])
    assert plan.doc_number == ""
    assert [m.title for m in plan.all_measures()] == ["落实临教〔2026〕第3号文件要求"]


BRACKETS = [("〔", "〕"), ("[", "]"), ("［", "］"), ("(", ")"), ("（", "）")]


@st.composite
def doc_numbers(draw) -> str:
    issuer = draw(st.text(alphabet="临川市教育局发办函字", max_size=6))
    left, right = draw(st.sampled_from(BRACKETS))
    year, number = str(draw(st.integers(1990, 2099))), str(draw(st.integers(1, 9999)))
    if draw(st.booleans()):
        year, number = year.translate(FULL_WIDTH), number.translate(FULL_WIDTH)
    return f"{issuer}{left}{year}{right}{'第' if draw(st.booleans()) else ''}{number}号"


@settings(max_examples=150, deadline=None)
@given(doc_numbers(), st.booleans(), st.booleans(), st.booleans())
def test_a_doc_number_is_never_a_section_or_a_measure(number, masthead, after_title, blank):
    """Wherever it stands among the particulars (over or under the title, under a 红头 or not), the 发文字号
    is the plan's doc_number and no heading or measure."""
    top = [number, *([""] if blank else [])]
    lines = [*(["临川市教育局文件"] if masthead else []),
             *([BODY[0], *top] if after_title else [*top, BODY[0]]), *BODY[1:]]
    plan = imported(lines)
    assert plan.doc_number == number
    assert [s.title for s in plan.sections] == ["重点工作"]
    assert [(m.title, m.lead) for m in plan.all_measures()] == [("加强党建", ["办公室"])]
    assert plan.preamble in ("", None)


# --- a cover notice (关于印发…的通知) over the work points: its 发文字号 and date are the plan's when the
# attachment has none of its own

NOTICE = ["临川市教育局关于印发《临川市教育局2026年工作要点》的通知", "临教〔2026〕3号", "各学校：",
          "现将《临川市教育局2026年工作要点》印发给你们，请认真贯彻落实。", "临川市教育局", "2026年2月20日"]
MEASURES = [f"{n}.加强党建{n}。全年开展活动。（牵头：办公室）" for n in range(1, 12)]


def test_a_cover_notice_gives_its_doc_number_and_date():
    plan = imported([*NOTICE, BODY[0], BODY[1], *MEASURES])
    assert (plan.title, plan.doc_number, plan.issued) == ("临川市教育局2026年工作要点", "临教〔2026〕3号", "2026-02-20")
    assert [s.title for s in plan.sections] == ["重点工作"] and len(plan.all_measures()) == 11
    assert plan.preamble in ("", None)


def test_a_cover_notice_under_a_masthead_with_an_attachment_line():
    plan = imported(["临川市教育局文件", NOTICE[1], NOTICE[0], *NOTICE[2:], "附件：临川市教育局2026年工作要点",
                     BODY[0], BODY[1], *MEASURES])
    assert (plan.doc_number, plan.issued) == ("临教〔2026〕3号", "2026-02-20")
    assert [s.title for s in plan.sections] == ["重点工作"]


def test_the_attachments_own_doc_number_and_date_come_first():
    plan = imported([*NOTICE, BODY[0], "临教发〔2026〕9号", BODY[1], *MEASURES, "临川市教育局", "2026年2月18日"])
    assert (plan.doc_number, plan.issued) == ("临教发〔2026〕9号", "2026-02-18")


def test_a_cover_notice_without_the_attachments_title():
    """The title is made from the notice's (the org once), and the cover letter is no preamble or section."""
    plan = imported([*NOTICE, BODY[1], *MEASURES])
    assert (plan.title, plan.org) == ("临川市教育局2026年工作要点", "临川市教育局")
    assert (plan.doc_number, plan.issued) == ("临教〔2026〕3号", "2026-02-20")
    assert [s.title for s in plan.sections] == ["重点工作"] and plan.preamble in ("", None)


def test_a_notice_title_alone_keeps_what_follows_it():
    """No cover letter (no 印发给你们 and signature before a date): nothing under the notice title is dropped."""
    plan = imported([NOTICE[0], "2026年是“十五五”开局之年。", BODY[1], *MEASURES])
    assert plan.title == "临川市教育局2026年工作要点" and "开局之年" in plan.preamble
