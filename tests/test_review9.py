"""Session 9 review (issue 12): three defects of the session's new code.

- An annex is opened by a heading line of its own; a paragraph of the last article that opens with "Schedule A ..."
  or "Appendix 1 and Appendix 2 ..." and is wrapped over lines is a sentence, not an annex: its next line goes on
  in lower case. Before, the paragraph was set apart as an annex and its duty was lost.
- Markup patterns run over the whole text: a raised note mark ("<sup>" and blanks) and an unclosed HTML comment
  opening are read in linear time (before: quadratic, minutes on a long input).
- A sanction's clause break (a semicolon, a coordinator) is found in linear time on a long run of blanks.
"""

from __future__ import annotations

import pytest

from regkb.parse.patterns import HTML_NOTE_MARK
from regkb.parse.sanctions import CLAUSE_BREAK

from .conftest import kb_text

WRAPPED = [
    "Schedule A lists the fees, and operators shall pay them\nto the bureau each year.",
    "Appendix 1 and Appendix 2 form an integral part of\nthese Measures, and operators shall keep them.",
]


@pytest.mark.parametrize("para", WRAPPED, ids=["schedule", "appendix"])
def test_a_wrapped_sentence_opening_with_an_annex_word_stays_law(para: str) -> None:
    kb = kb_text(f"Article 1 Operators shall keep logs.\n\nArticle 2 These Measures take effect on 1 May 2025.\n\n{para}\n")
    words = para.split()
    assert " ".join(words[:4]) in kb.articles[-1].text
    assert [o.article for o in kb.obligations][-1] == 2


@pytest.mark.parametrize("annex", ["Annex 1 Record of Deliveries\nDate | Operator | Quantity",
                                   "Schedule\nFees Payable by Operators"], ids=["annex", "schedule"])
def test_an_annex_heading_still_opens_an_annex(annex: str) -> None:
    kb = kb_text(f"Article 1 Operators shall keep logs.\n\nArticle 2 These Measures take effect on 1 May 2025.\n\n{annex}\n")
    assert kb.articles[-1].text == "These Measures take effect on 1 May 2025."


def _fast(fn: object) -> None:
    """Run ``fn`` on an input that took minutes on the quadratic code (no time is asserted: speed is measured by the
    benchmark, not by timed tests; a regression shows as a run that does not end, as in test_long_blank_runs)."""
    fn()  # type: ignore[operator]


def test_a_raised_mark_before_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    _fast(lambda: list(HTML_NOTE_MARK.finditer("<sup>" + " " * 30_000 + "x")))
    assert HTML_NOTE_MARK.fullmatch('<sup> <a href="#fn1"> 1 </a> </sup>')
    assert HTML_NOTE_MARK.fullmatch("<sup>[2]</sup>")


def test_unclosed_comment_openings_are_read_in_linear_time() -> None:
    body = "<!-- " * 30_000
    _fast(lambda: kb_text(f"Article 1 Operators shall keep logs. <!-- a remark -->\n\n{body}\n"))
    kb = kb_text("Article 1 Operators shall keep logs. <!-- a remark, it shall go -->\n\n<!-- open\n")
    assert "remark" not in kb.articles[0].text


def test_a_clause_break_after_a_long_run_of_blanks_is_found_in_linear_time() -> None:
    text = "a" + " " * 30_000 + "b"
    _fast(lambda: list(CLAUSE_BREAK.finditer(text)))
    assert [m.group() for m in CLAUSE_BREAK.finditer("fined  ; and , or damages, and  the staff and, if")] == \
        ["  ; ", ", or ", ", and  ", " and, "]


INDENTED = [
    "Article 1\n    Operators shall keep logs.[^1]\n\n[^1]: The Chinese term is rizhi.\n\n"
    "    Operators shall report each year to the bureau.\n\nArticle 2\n    These Measures take effect on 1 May 2025.\n",
    "Article 1 Clubs shall keep a list of members.[^a]\n\n    A club shall report changes within ten days.[^b]\n\n"
    "[^a]: A translator's remark.\n[^b]: Another remark.\n\n    Members shall not lend their cards.\n\n"
    "Article 2 These Rules take effect on 1 June 2025.\n",
]


@pytest.mark.parametrize("text", INDENTED, ids=["between-paragraphs", "two-notes"])
def test_a_note_does_not_take_the_next_paragraph_of_a_text_that_indents_its_paragraphs(text: str) -> None:
    kb = kb_text(text)
    last = text.split("\n\n")[-2].strip()
    assert last in kb.articles[0].text
    assert "remark" not in kb.articles[0].text and "rizhi" not in kb.articles[0].text


def test_an_indented_paragraph_after_a_note_in_a_flush_text_is_the_notes() -> None:
    kb = kb_text("Article 1 Operators shall keep logs.[^1]\n\n[^1]: The Chinese term is rizhi.\n\n"
                 "    It is also used for diaries.\n\nArticle 2 These Measures take effect on 1 May 2025.\n")
    assert kb.articles[0].text == "Operators shall keep logs."
