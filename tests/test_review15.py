"""Review of session 13's extractor changes (helper `review15`): the invented sentences, in fields the development sets
do not use (drones, beekeeping, ferries, online services), on which a form added by helper `obl15` or `layout15` gave
a wrong answer, each in two wordings; expected (modality, bearers, action) of every obligation of Article 1, or the
page's text. The forms' positive rows are in tests/test_obl15.py and tests/test_label_elements15.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

from .test_extract10 import facts

Triple = tuple[str, list[str], str]
OB, P, M, E = "obligation", "prohibition", "permission", "encouragement"


def triples(body: str) -> list[Triple]:
    return [(m, [b.lower() for b in who], action) for m, who, action, _c in facts(body)]


ROWS: list[tuple[str, list[Triple]]] = [
    # a stressed "nobody" is still a ban on everyone (it was read as a permission of a party named "Nobody at all")
    ("Nobody at all may disturb the nesting birds.", [(P, ["anyone"], "disturb the nesting birds")]),
    ("No-one whatsoever shall enter the drone control room.", [(P, ["anyone"], "enter the drone control room")]),
    # "commends (and rewards) A that have made ...": praise of past deeds, no conduct promoted, "and rewards" no party
    ("The State commends and rewards organisations and individuals that have made outstanding contributions to "
     "beekeeping.", []),
    ("The municipal government commends units and individuals who have reported illegal drone flights.", []),
    # a screen's prompt ("提示") in online services' rules is no encouragement of the user
    ("Users are prompted to confirm before the content is published.", []),
    ("Passengers are prompted to change their booking password every ninety days.", []),
    # "It is up to X whether to V": a choice left to X, no duty (and "whether" is no part of the party)
    ("It is up to the beekeeper whether to move the hives.", []),
    ("It shall be up to the ferry operator whether to sail in fog.", []),
    # "excluded from applying the rules of ...": an exemption from the text's scope, no ban
    ("Veterinary clinics that treat only fish are excluded from applying the rules of Chapter III.", []),
    ("Drones under 250 grams are excluded from applying these Measures' provisions on registration.", []),
]

# a comparative in "-er" is no agent noun: an inverted subject does not run on through "fly higher" (a wrong bearer,
# "Drone fly higher"); with no party after the modal the statement is left to `check`
INVERTED: list[tuple[str, list[Triple]]] = [
    ("At no point shall the drone fly higher than 120 metres.", []),
    ("Under no circumstances shall the ferry sail faster than ten knots in the harbour.", []),
    ("At no time may the ferry operator carry more passengers than the licence allows.",
     [(P, ["ferry operator"], "carry more passengers than the licence allows")]),
    ("Window cleaners shall wear safety harnesses.", [(OB, ["window cleaners"], "wear safety harnesses")]),
]

# "are guaranteed the right to V": the right named, its act after "to" (the action held "the right to withdraw ...")
GUARANTEED: list[tuple[str, list[Triple]]] = [
    ("Individuals are guaranteed the right to withdraw their consent.",
     [("right", ["individuals"], "withdraw their consent")]),
    ("Beekeepers shall be guaranteed the right to graze their bees on state pastures.",
     [("right", ["beekeepers"], "graze their bees on state pastures")]),
]

# the forms still read where they should (the same words as a duty, a ban, a promotion)
KEPT: list[tuple[str, list[Triple]]] = [
    ("Nobody may disturb the nesting birds.", [(P, ["anyone"], "disturb the nesting birds")]),
    ("The bureau commends ferry operators that adopt electric engines.",
     [(E, ["ferry operators"], "adopt electric engines")]),
    ("It is up to the operator to decide whether to close the lift.",
     [(OB, ["operator"], "decide whether to close the lift")]),
    ("Clinics that treat only fish are excluded from applying for the subsidy.",
     [(P, ["clinics"], "applying for the subsidy")]),
    ("Beekeepers are given every encouragement to join cooperatives.", [(E, ["beekeepers"], "join cooperatives")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS + INVERTED + GUARANTEED + KEPT)
def test_reading(sentence: str, expected: list[Triple]) -> None:
    assert triples(sentence) == expected


def _page_text(tmp_path: Path, body: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Boat Measures</title></head><body><h1>Boat Measures</h1>{body}</body></html>",
                    encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert add_to_corpus(read_files([path]), corpus, "page", {}).document is not None
    return "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))


@pytest.mark.parametrize(("element", "cited"), [
    ("<span class='ref'>Article 1</span>, paragraph 2 shall not apply to rowing boats.", "Article 1, paragraph 2"),
    ("<a href='#a2'>Article 2</a>; the bureau may delegate it.", "Article 2; the bureau"),
])
def test_a_cited_number_in_its_element_keeps_its_punctuation(tmp_path: Path, element: str, cited: str) -> None:
    """A unit's number in an element of its own ends at a word boundary, but no space is written before a punctuation
    mark after it (the number is cited, and "Article 1 , paragraph 2" would stand in the text)."""
    text = _page_text(tmp_path, "<p><b>Article 1</b> Boats shall be registered.</p><p><b>Article 2</b> The bureau "
                                f"supervises boats.</p><p>{element}</p><p><b>Article 3</b> These Measures take effect.</p>")
    assert cited in text
