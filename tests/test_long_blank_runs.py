"""Long runs of blanks (a PDF's or a text file's indentation) are read in linear time.

Session 6 put several optional parts between runs of blanks in two patterns (the editor's label, "**[Comment]:**";
the deleted article's placeholder, "**[Deleted]**"): a line of 1,000 blanks before a word took 12 s to fail the
label alone, 2,000 about 100 s (cubic). These texts (3,000 blanks) take minutes a line on that code; they parse here, and what the patterns
recognise after the blanks is unchanged.
"""

from __future__ import annotations

import pytest

from regkb.parse.layout import block_setting
from regkb.parse.patterns import DELETED_PLACEHOLDER

from .conftest import kb_text

BLANKS = [" " * 3_000, "\t" * 3_000, " \t" * 1_500]


@pytest.mark.parametrize("blanks", BLANKS, ids=["spaces", "tabs", "mixed"])
def test_a_line_of_blanks_before_words_parses(blanks: str) -> None:
    kb = kb_text(f"Article 1 Operators shall keep logs.\n\n{blanks}x y z\n\nArticle 2 Operators shall report.")
    assert [o.article for o in kb.obligations] == [1, 2]
    assert "x y z" in kb.articles[0].text


@pytest.mark.parametrize("blanks", BLANKS, ids=["spaces", "tabs", "mixed"])
def test_the_patterns_read_what_follows_the_blanks(blanks: str) -> None:
    assert block_setting([blanks + "x"]) == "plain"
    assert block_setting([blanks + "**[Comment]:** the editor's view"]) == "labelled"
    assert block_setting([blanks + "Note: a plain note"]) == "note"
    assert DELETED_PLACEHOLDER.match(blanks + "[Deleted]" + blanks)
    assert not DELETED_PLACEHOLDER.match(blanks + "x")
