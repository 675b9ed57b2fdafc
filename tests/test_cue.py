"""cue.py: a pattern scanned through the words its matches open with finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.parse import definitions, obligations
from regkb.parse import patterns as P
from regkb.parse.cue import Cued, openings


def spans(ms: object) -> list[tuple[int, int]]:
    return [m.span() for m in ms]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("pattern", "expected"), [
    (re.compile(r"\b(?:shall|must)\b"), {"shall", "must"}),
    (re.compile(r"(?:the[ ]state[ ])?encourages?", re.I), {"the st", "encour"}),  # an optional part: with, without
    (re.compile(r"(?<=\bit[ ])is[ ]to|(?<!not[ ])may"), {"is to", "may"}),  # lookbehinds are zero-width: left out
    (re.compile(r"x(?i:ab)c"), {"x"}),  # a group with flags of its own ends the opening
    (re.compile(r"(?i:ab)c"), None),  # ... so nothing is left to open with
    (re.compile(r"\w+ shall"), None),  # a class opens it
    (re.compile(r"(?=shall)"), None),  # a zero-width pattern opens with nothing
    (re.compile(r"is|is[ ]to"), {"is"}),  # an opening that another opens with adds nothing
])
def test_openings(pattern: re.Pattern[str], expected: set[str] | None) -> None:
    got = openings(pattern)
    assert (None if got is None else set(got)) == expected


@pytest.mark.parametrize(("pattern", "text", "pos", "endpos"), [
    # case folding: re matches "ſ" (long s) and "K" (Kelvin sign) to "s" and "k" under IGNORECASE
    (re.compile(r"\bshall\b", re.I), "The operator ſhall keep logs; it SHALL not.", 0, None),
    (re.compile(r"\bkeep\b", re.I), "Operators shall Keep logs.", 0, None),
    # a lookbehind reads the text before pos, as the pattern's own search does
    (re.compile(r"(?<=\bit )is to"), "where it is to stop, it is to be", 6, None),
    (re.compile(r"(?<=\bit )is to"), "where it is to stop, it is to be", 9, None),
    # ^ matches only at the start of the string, not at pos; \b reads the character before pos
    (re.compile(r"^shall|\bmay"), "shall, may", 1, None),
    (re.compile(r"\bmay"), "dismay may", 3, None),
    # endpos cuts the text: a lookahead sees no further
    (re.compile(r"may(?= not)"), "A may not; B may not", 0, 8),
    (re.compile(r"may(?= not)"), "A may not; B may not", 0, 9),
])
def test_cases(pattern: re.Pattern[str], text: str, pos: int, endpos: int | None) -> None:
    end = len(text) if endpos is None else endpos
    c = Cued(pattern)
    assert spans(c.finditer(text, pos, end)) == spans(pattern.finditer(text, pos, end))
    found, want = c.search(text, pos, end), pattern.search(text, pos, end)
    assert (found and found.span()) == (want and want.span())


# the patterns the parser scans through a cue, and other large ones of patterns.py
SCANNED = [obligations.MODAL_SCAN.pattern, definitions.DEFINITIONS_INTRO_SCAN.pattern, P.DEFINING_VERB,
           P.RELATIVE_REF, P.PUBLIC_BODY, P.VIOLATION, P.SELF_REFERENCE, P.NOT_MODAL_IS_TO]
WORDS = ["shall", "Shall", "may", "not", "must", "is", "are", "to", "the", "State", "following", "terms", "used",
         "in", "these", "Measures", "have", "meanings", "means", "refers", "it", "encourages", "supports", "should",
         "need", "be", "required", "obliged", "operators", "ſhall", "this", "Article", "preceding", "paragraph",
         "has", "a", "duty", "right", "will", "can", "cannot", "entitled", "responsibility", "for", "of"]
CUED = [Cued(p) for p in SCANNED]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30),
       st.lists(st.sampled_from([" ", " ", " ", ", ", ". ", "; ", ": ", "\n", "“", "”"]), min_size=30, max_size=30),
       st.integers(0, 40), st.integers(0, 40))
def test_same_matches(words: list[str], seps: list[str], a: int, b: int) -> None:
    text = "".join(w + s for w, s in zip(words, seps[: len(words)], strict=True))
    pos, end = min(a, len(text)), max(min(len(text) - b, len(text)), 0)
    for pattern, c in zip(SCANNED, CUED, strict=True):
        assert spans(c.finditer(text, pos, end)) == spans(pattern.finditer(text, pos, end)), pattern.pattern[:60]
        found, want = c.search(text, pos, end), pattern.search(text, pos, end)
        assert (found and found.span()) == (want and want.span()), pattern.pattern[:60]


def test_cues_derived() -> None:
    """The scanned patterns do get a cue (a pattern edited so that it gets none is scanned whole, still right)."""
    assert obligations.MODAL_SCAN.cue is not None
    assert definitions.DEFINITIONS_INTRO_SCAN.words is not None
