"""Definitions, sanctions and references (session 11, helper defsanct11): wordings the session-10 rules missed, each
rule in two invented wordings (marinas, kiosks, ferries, bakeries, cable cars); no sentence comes from a held-out
set."""

from __future__ import annotations

import pytest

from .conftest import kb_text, refs


def defs(body: str) -> list[tuple[str, str]]:
    return [(d.term, d.definition) for d in kb_text(body).definitions]


# --- definitions --------------------------------------------------------------------------------------------------

DEFINITIONS = [
    # ', as referred to herein, means': "herein" names the text as "in these Measures" does
    ("Article 2 \"Keeper\", as referred to herein, means the person who runs a kiosk.",
     [("Keeper", "the person who runs a kiosk")]),
    ("Article 2 “Berth”, as used herein, denotes a place in a marina where one boat may moor.",
     [("Berth", "a place in a marina where one boat may moor")]),
    # 'the term "X" shall be understood as': "understood as" with the drafting modal, for a marked term
    ("Article 2 For the purposes of these Rules, the term \"cabin\" shall be understood as the part of a cable car "
     "in which people ride.",
     [("cabin", "the part of a cable car in which people ride")]),
    ("Article 2 “Ferry pass” shall be understood as a ticket valid for many trips.",
     [("Ferry pass", "a ticket valid for many trips")]),
    # 'The term "X" as employed in these Measures embraces': "embraces" fixes an extension; "as employed in" marks
    ("Article 2 The term “bakery” as employed in these Rules embraces any shop that bakes bread for sale.",
     [("bakery", "any shop that bakes bread for sale")]),
    ("Article 2 The expression \"pier\" as employed in these Measures covers any place where ferries berth.",
     [("pier", "any place where ferries berth")]),
    # a glossary lead-in "have the meanings hereby assigned to them:" with entries '"X": Y'
    ("Article 2 For the purposes of these Rules, the following terms have the meanings hereby assigned to them:\n"
     "(1) “kiosk”: a booth on a street where goods are sold;\n(2) “kiosk keeper”: a person who runs a kiosk.",
     [("kiosk", "a booth on a street where goods are sold"), ("kiosk keeper", "a person who runs a kiosk")]),
    ("Article 2 The terms used in these Measures bear the meanings ascribed to them below:\n"
     "(a) \"berth\": a place where a boat moors;\n(b) \"tender\": a small boat.",
     [("berth", "a place where a boat moors"), ("tender", "a small boat")]),
    # '(hereinafter “the operator”)': the article inside the marks is no part of the term, and the definiens is the
    # phrase after "the obligation of every", which holds the short form's head
    ("Article 4 It is the obligation of every operator of a cable car (hereinafter “the operator”) to inspect the "
     "rope daily.",
     [("operator", "operator of a cable car")]),
    ("Article 4 The duty of each owner of a ferry (hereinafter 'the owner') is to keep a log of every trip.",
     [("owner", "owner of a ferry")]),
]


@pytest.mark.parametrize(("body", "expected"), DEFINITIONS)
def test_definition_wordings(body: str, expected: list[tuple[str, str]]) -> None:
    assert defs(body) == expected


# --- references -------------------------------------------------------------------------------------------------

REFERENCES = [
    # "the immediately preceding paragraph / article": the adverb stresses the one before; the same target
    ("Article 1 Ferry operators shall keep a log.\n\nArticle 2 Bakers shall label bread.\n\nStaff who learn of "
     "conduct described in the immediately preceding paragraph shall report it.",
     {"the immediately preceding paragraph": ("internal", ["t/art_2__para_1"], True)}),
    ("Article 1 Ferry operators shall keep a log.\n\nArticle 2 A breach of the immediately preceding Article shall be "
     "recorded.",
     {"the immediately preceding Article": ("internal", ["t/art_1"], True)}),
    # a lower-case "the article" is an ordinary noun (a thing), no reference; "this article", "the Article" are
    ("Article 2 A kiosk keeper shall describe the article to the buyer and hand over the article when paid. The "
     "rules of this article apply to every kiosk.",
     {"this article": ("internal", ["t/art_2"], True)}),
    ("Article 2 A ferry crew member who finds a lost bag shall keep the article safe until the article is claimed.\n\n"
     "The provisions of the Article bind every crew member.",
     {"the Article": ("internal", ["t/art_2"], True)}),
]


@pytest.mark.parametrize(("body", "expected"), REFERENCES)
def test_reference_wordings(body: str, expected: dict[str, tuple[str, list[str], bool]]) -> None:
    assert refs(body) == expected
