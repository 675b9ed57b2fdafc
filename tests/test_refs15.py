"""References in two translators' words for a paragraph and for the articles before (session 13, layout15):
"the opening paragraph of Article 2" is its first paragraph (第二条第一款), as "the first paragraph of" is; "the last
two articles" are the two before the citing one (前两条), as "the preceding two articles" are. "The last two paragraphs
of Article 2" still counts from that article's end."""

from __future__ import annotations

import pytest

from .conftest import defs, refs

BODY = """Article 1 A keeper shall register the library.

A keeper shall keep a lending book.

Article 2 A borrower shall return a tool within a week.

A borrower shall report any damage.

Article 3 A keeper that breaches {cite} shall be fined.

Article 4 Where the conduct described in {rel} constitutes a crime, criminal liability shall be investigated.
"""


@pytest.mark.parametrize(("cite", "targets"), [
    ("the opening paragraph of Article 2", ["t/art_2__para_1"]),
    ("Article 1, opening paragraph", ["t/art_1__para_1"]),
    ("the first paragraph of Article 2", ["t/art_2__para_1"]),  # as before
    ("the last two paragraphs of Article 2", ["t/art_2__para_1", "t/art_2__para_2"]),  # counted from its end
])
def test_the_opening_paragraph_is_the_first(cite: str, targets: list[str]) -> None:
    found = refs(BODY.format(cite=cite, rel="Article 3"))
    assert found[cite] == ("internal", targets, True)


@pytest.mark.parametrize(("rel", "targets"), [
    ("the last two articles", ["t/art_2", "t/art_3"]),
    ("the last three articles", ["t/art_1", "t/art_2", "t/art_3"]),
    ("the preceding two articles", ["t/art_2", "t/art_3"]),  # as before
])
def test_the_last_articles_are_the_ones_before(rel: str, targets: list[str]) -> None:
    found = refs(BODY.format(cite="Article 1", rel=rel))
    assert found[rel] == ("internal", targets, True)


@pytest.mark.parametrize(("body", "expected"), [
    ('Article 1 A “library keeper” shall be deemed to mean the committee that runs a tool library.',
     [("library keeper", "the committee that runs a tool library")]),
    ('Article 1 In these Rules, "ferry" is deemed to mean a boat that carries passengers across a river.',
     [("ferry", "a boat that carries passengers across a river")]),
    # a legal fiction, no definition: "deemed to be"
    ('Article 1 A keeper who fails to register shall be deemed to be an unlicensed keeper.', []),
])
def test_deemed_to_mean_defines(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.lower(), d.rstrip(".")) for t, d in defs(body)] == expected
