"""cue.py: a pattern scanned through the words its matches open with finds exactly what the pattern finds; and
units.unit_finder finds the unit the scan of the units found."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.model import Span
from regkb.parse import definitions, obligations
from regkb.parse import patterns as P
from regkb.parse.cue import Cued, openings
from regkb.parse.units import unit_finder


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


# --- units.unit_finder: the unit whose paragraph contains a span, by bisection where the paragraphs are apart ---

def _units(bounds: list[tuple[int, int]]) -> list[Any]:
    return [SimpleNamespace(paragraph=SimpleNamespace(span=Span(a, b))) for a, b in bounds]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
       st.tuples(st.integers(0, 70), st.integers(0, 10)), st.booleans())
def test_unit_finder_same_as_scan(raw: list[tuple[int, int]], q: tuple[int, int], ordered: bool) -> None:
    bounds = [(a, a + n) for a, n in raw]
    if ordered:  # paragraphs of one document: in order, apart (a separator between them)
        bounds, at = [], 0
        for gap, n in raw:
            bounds.append((at + gap, at + gap + n))
            at += gap + n + 1
    units = _units(bounds)
    span = Span(q[0], q[0] + q[1])
    scan = next((u for u in units if u.paragraph.span.contains(span)), None)
    assert unit_finder(units)(span) is scan


@pytest.mark.parametrize(("bounds", "span", "index"), [
    ([(0, 10), (11, 20), (21, 30)], (12, 15), 1),
    ([(0, 10), (11, 20), (21, 30)], (10, 10), 0),  # the separator's empty span: the paragraph it ends
    ([(0, 10), (11, 20)], (5, 15), None),  # across two paragraphs: none holds it
    ([(0, 10), (10, 20)], (10, 10), 0),  # touching paragraphs: the first that holds it, as the scan finds
    ([(0, 30), (5, 10)], (6, 8), 0),  # nested (not apart): the first in the list
])
def test_unit_finder_cases(bounds: list[tuple[int, int]], span: tuple[int, int], index: int | None) -> None:
    units = _units(bounds)
    got = unit_finder(units)(Span(*span))
    assert got is (None if index is None else units[index])
