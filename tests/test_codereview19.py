"""Definitions helpers stay linear on long adversarial runs and keep their answers on ordinary text."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# ---- (lead, session 15) a page's style sheet read rule by rule in one pass (codereview19 found the pattern quadratic)

_CSS_RULE_AS_BEFORE = re.compile(r"([^{}]+)\{([^{}]*)\}")


@settings(max_examples=500)
@given(st.text(alphabet="ab .:;{}\n", max_size=40))
def test_css_rules_as_the_pattern_read_them(sheet: str) -> None:
    """The one-pass reader gives the same (selectors, declarations) as the pattern it replaced, braces nested or not."""
    from regkb.importers.html import _css_rules

    assert list(_css_rules(sheet)) == [(m.group(1), m.group(2)) for m in _CSS_RULE_AS_BEFORE.finditer(sheet)]


def test_css_rules_of_a_long_sheet_with_no_brace() -> None:
    """A 200 KB stretch with no brace gives no rule (the pattern tried every start against the whole stretch)."""
    from regkb.importers.html import _css_rules

    assert list(_css_rules("a" * 200_000)) == []
    assert list(_css_rules("@media print { .tab-pane { display: none } }")) == [(" .tab-pane ", " display: none ")]
