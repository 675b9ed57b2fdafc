"""Definitions helpers stay linear on long adversarial runs and keep their answers on ordinary text."""
import pytest

from regkb.parse import definitions as D


@pytest.mark.parametrize("text, expected", [
    ("The person who starts, watches and ends the program (x", 0 + len(", ") - 1),
    ("Where it applies, the person who starts, watches or ends the program (x", len("Where it applies, ")),
])
def test_clause_sep_word_lists(text: str, expected: int) -> None:
    assert D._clause_sep(text, ", ", 0, text.index("(")) == expected


def test_clause_sep_long_comma_run() -> None:
    text = "a, " * 20000 + "a and b (x"  # before: every comma re-read the whole run (quadratic, ~12 s)
    assert D._clause_sep(text, ", ", 0, text.index("(")) >= 0


def test_sentence_subject_long_space_run() -> None:
    text = "The a" + " " * 20000 + "who (x) shall y"  # before: _RELATIVE_SUBJECT ran first (quadratic on spaces)
    assert D._sentence_subject(text, 0, text.index("("), text.index(")") + 1) is None
