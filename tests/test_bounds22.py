"""Linear time for a paragraph of thousands of citations (bounds22).

The reference finder checked each citation of a paragraph against every span taken before it, removed the law's
name found inside "Article N of <registry law>" by filtering every reference found before, and counted the line of
each flagged reference from the start of its document: quadratic in the citations of one paragraph. Each replacement
is checked equal to the scan it replaces under hypothesis, and the whole build is run once on a paragraph of 6,000
citing sentences of each kind under a generous alarm (no timing asserted)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.parse import references as R

from .conftest import finishes

# --- references._Taken answers as the list it replaces -----------------------------------------------------------------

_POS = st.integers(min_value=0, max_value=40)
_SPAN = st.tuples(_POS, _POS)
_WELL_FORMED = _SPAN.map(lambda s: (min(s), max(s)))


def _check(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    taken = R._Taken()
    seen: list[tuple[int, int]] = []
    for span in spans:
        for a, b in queries:  # asked before each span is added, as the finder asks between its additions
            assert taken.overlaps(a, b) == any(x < b and a < y for x, y in seen), (seen, a, b)
            assert taken.starts_at(a) == any(x == a for x, _ in seen)
            assert taken.last_end_within(a, b) == max((y for x, y in seen if x < b and a < y < b), default=None)
        taken.add(*span)
        seen.append(span)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WELL_FORMED, max_size=14), st.lists(_SPAN, min_size=1, max_size=8))
def test_taken_answers_as_the_scan_of_its_spans(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    # spans start no later than they end (as the finder makes them, empty ones included); queries anything
    _check(spans, queries)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=10), st.lists(_SPAN, min_size=1, max_size=6))
def test_taken_answers_as_the_scan_even_for_reversed_spans(spans: list[tuple[int, int]],
                                                           queries: list[tuple[int, int]]) -> None:
    _check(spans, queries)


@pytest.mark.parametrize(("spans", "query", "overlaps"), [
    ([(0, 5), (5, 9)], (5, 5), False),  # touching spans: the point between them is in neither
    ([(0, 5), (3, 9)], (5, 5), True),   # overlapping: merged, the point 5 is inside the second
    ([(4, 4)], (3, 5), True),           # an empty span inside the query
    ([(4, 4)], (4, 5), False),
    ([(2, 6)], (6, 8), False),
    ([(2, 6)], (5, 8), True),
    ([(10, 20), (0, 3), (5, 8)], (3, 5), False),  # added out of order
    ([(10, 20), (0, 3), (5, 8)], (7, 11), True),
])
def test_taken_rows(spans: list[tuple[int, int]], query: tuple[int, int], overlaps: bool) -> None:
    taken = R._Taken()
    for s in spans:
        taken.add(*s)
    assert taken.overlaps(*query) is overlaps


# --- references._without_replaced: the removals of "Article N of <law>" made once ---------------------------------------

@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.tuples(st.just("ref"), _WELL_FORMED), st.tuples(st.just("cite"), _WELL_FORMED)),
                max_size=16))
def test_without_replaced_is_the_removals_made_one_by_one(ops: list[tuple[str, tuple[int, int]]]) -> None:
    # as the finder makes them: a citation's range is recorded only when it meets no range recorded before, and
    # later ones lie after it (the citations are met left to right)
    eager: list[R._Found] = []
    lazy: list[R._Found] = []
    replaced: list[tuple[int, int, int]] = []
    for kind, (a, b) in ops:
        entry = (a, b, kind, (), True, "")
        if kind == "cite":
            if a == b or (replaced and a < replaced[-1][1]):
                continue
            eager[:] = [f for f in eager if not (a <= f[0] and f[1] <= b)]
            replaced.append((a, b, len(lazy)))
        eager.append(entry)
        lazy.append(entry)
    assert R._without_replaced(lazy, replaced) == eager


# --- line and column of flagged references ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\n", max_size=30), st.integers(min_value=0, max_value=35))
def test_lines_answer_as_counting_from_the_start(src: str, offset: int) -> None:
    line = src.count("\n", 0, offset) + 1
    col = offset - (src.rfind("\n", 0, offset) + 1) + 1
    assert R._Lines({"d": src}).line_col("d", offset) == (line, col)
    assert R._Lines({}).line_col("d", offset) == (1, offset + 1)


# --- the whole build on one paragraph of 6,000 citing sentences ---------------------------------------------------------

_LAWS = ('laws:\n  - id: pipl\n    title: "Personal Information Protection Law of the People\'s Republic of China"\n'
         '    short_names: ["PIPL", "Personal Information Protection Law"]\n')


@pytest.mark.parametrize(("sentence", "registry", "duties"), [
    # internal references (before: 19 s on the lead's machine, 6-9 s CPU here; after 4 s)
    ("The operator shall keep records under Article 5, paragraph 2 when stall {i} is closed.", False, True),
    ("A keeper must log each loan as the second paragraph of Article 7 requires, once shed {i} opens.", False, True),
    # external references, to a law outside the registry and to one inside it (before: 7-9 and 12-13 s CPU here;
    # after 2 and 3 s)
    ("Article {i} of the Personal Information Protection Law applies to stall {i}.", False, False),
    ("Article {i} of the Personal Information Protection Law applies to stall {i}.", True, False),
    ("The rules in Article {i} of the PIPL govern shed {i}.", True, False),
])
def test_a_paragraph_of_thousands_of_citations_is_linear(tmp_path: Path, sentence: str, registry: bool,
                                                         duties: bool) -> None:
    from regkb import KnowledgeBase

    n = 6000
    para = " ".join(sentence.format(i=i) for i in range(1, n + 1))
    corpus = tmp_path / "c"
    corpus.mkdir()
    if registry:
        (corpus / "laws.yaml").write_text(_LAWS, encoding="utf-8")
    (corpus / "big.md").write_text(f"---\ntitle: Stall Rules\nid: big\n---\n# Stall Rules\n\nArticle 1 {para}\n",
                                   encoding="utf-8")
    with finishes(30):
        kb = KnowledgeBase.from_corpus(corpus)
    assert len(kb.references) == n
    assert len(kb.obligations) == (n if duties else 0)


# --- obligations: the words right after a marker matched in place, not in a copy of the paragraph's rest --------------

@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n.;bexdn", max_size=24), st.integers(min_value=0, max_value=26))
def test_after_marker_patterns_match_in_place_as_on_the_rest(text: str, pos: int) -> None:
    # the patterns open with no anchor or lookbehind, and "$" is the end of the text in both readings
    import re

    for pattern in (r"\s+be\b", r"\s+be\s+\w+(?:ed|en)\b", r"[ \t]*(?:[.;]|$)"):
        on_rest = re.match(pattern, text[pos:])
        in_place = re.compile(pattern).match(text, pos)
        assert (on_rest is None) == (in_place is None)
        if on_rest is not None and in_place is not None:
            assert in_place.end() - min(pos, len(text)) == on_rest.end()
