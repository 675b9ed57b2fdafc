"""Definitions, sanctions and references (session 11, helper defsanct12): each frame family completed where a
translator's wording fell outside it, every rule in two invented wordings (kiosks, ferries, bakeries, cable cars,
marinas); no sentence comes from a held-out set."""

from __future__ import annotations

import pytest

from .conftest import actions_of_article_2, defs, refs, sanctions_of_article_2

# --- definitions --------------------------------------------------------------------------------------------------

DEFINITIONS = [
    # the inverted frame "By X is meant Y" (quoted or bare term, "is/are meant", "is understood")
    ("Article 2 By “ferry pass” are meant tickets valid for many crossings.",
     [("ferry pass", "tickets valid for many crossings")]),
    ("Article 2 In these Rules, by kiosk is meant a booth on a street where goods are sold.",
     [("kiosk", "a booth on a street where goods are sold")]),
    # "X is used in these Measures / herein to denote / mean Y"; "is used to designate" for a marked term
    ("Article 2 “Berth fee” is used herein to mean the charge for mooring a boat for one night.",
     [("Berth fee", "the charge for mooring a boat for one night")]),
    ("Article 2 The expression “cabin” is used to designate the part of a cable car in which people ride.",
     [("cabin", "the part of a cable car in which people ride")]),
    # the aside "for the purposes hereof / of these Rules" between a term and "is"
    ("Article 2 A “bakery”, for the purposes of these Rules, is a shop that bakes bread for sale.",
     [("bakery", "a shop that bakes bread for sale")]),
    ("Article 2 A 'tender', for the purposes hereof, is a small boat that carries passengers to a ship.",
     [("tender", "a small boat that carries passengers to a ship")]),
    # the verbs of reading for a marked term: understood / taken to be, construed / interpreted as, applies to
    ("Article 2 A “kiosk keeper” is understood to be any person who runs a kiosk.",
     [("kiosk keeper", "any person who runs a kiosk")]),
    ("Article 2 “Skipper” is taken to be the person in command of a ferry.",
     [("Skipper", "the person in command of a ferry")]),
    ("Article 2 In these Rules, the term “mooring” shall be construed as tying a boat to a fixed point.",
     [("mooring", "tying a boat to a fixed point")]),
    ("Article 2 The term \"loaf\" is to be interpreted as any bread baked in one piece.",
     [("loaf", "any bread baked in one piece")]),
    ("Article 2 The term “cabin attendant” applies to a person whom an operator employs to ride with passengers.",
     [("cabin attendant", "a person whom an operator employs to ride with passengers")]),
    ("Article 2 “Pier” applies to any structure where ferries berth.",
     [("Pier", "any structure where ferries berth")]),
]


@pytest.mark.parametrize(("body", "expected"), DEFINITIONS)
def test_definition_wordings(body: str, expected: list[tuple[str, str]]) -> None:
    assert defs(body) == expected


NOT_DEFINITIONS = [
    "Article 2 Nothing in these Rules shall be construed as limiting the rights of passengers.",
    "Article 2 These Rules apply to every ferry in the harbour.",
    "Article 2 Green labels are used to designate organic bread.",
    "Article 2 By this is meant that every kiosk keeper shall display prices.",
    "Article 2 The deadline is understood to be thirty days.",
]


@pytest.mark.parametrize("body", NOT_DEFINITIONS)
def test_not_definitions(body: str) -> None:
    assert defs(body) == []


# --- references -------------------------------------------------------------------------------------------------

_ITEMS = ("Article 1 Kiosk keepers shall:\n(1) display prices;\n(2) issue receipts;\n(3) keep the kiosk clean.\n\n"
          "Article 2 ")

REFERENCES = [
    # the unit word repeated in a list of items
    (_ITEMS + "A keeper who breaches item (1) or item (3) of Article 1 shall be warned.",
     {"item (1) or item (3) of Article 1": ("internal", ["t/art_1__para_1__item_1", "t/art_1__para_1__item_3"], True)}),
    (_ITEMS + "Points (1), point (2) and point (3) of Article 1 bind every keeper.",
     {"Points (1), point (2) and point (3) of Article 1": (
         "internal", ["t/art_1__para_1__item_1", "t/art_1__para_1__item_2", "t/art_1__para_1__item_3"], True)}),
    # "the first sentence of Article N" is in the article's first paragraph
    ("Article 1 Ferries shall carry life jackets. Crews shall be trained.\n\nFerry operators shall keep a log.\n\n"
     "Article 2 A breach of the first sentence of Article 1 shall be recorded.",
     {"the first sentence of Article 1": ("internal", ["t/art_1__para_1"], True)}),
    ("Article 1 Bakers shall label bread. Labels shall be legible.\n\nBakers shall keep receipts.\n\n"
     "Article 2 The duty in the second sentence of Article 1 binds every baker.",
     {"the second sentence of Article 1": ("internal", ["t/art_1"], True)}),
]


@pytest.mark.parametrize(("body", "expected"), REFERENCES)
def test_reference_wordings(body: str, expected: dict[str, tuple[str, list[str], bool]]) -> None:
    assert refs(body) == expected


# --- sanctions ----------------------------------------------------------------------------------------------------

_PARTIES = ("Article 1 Bakery operators shall label allergens. Ferry operators shall register every passenger. Kiosk "
            "keepers shall display prices. Cable car operators shall inspect cabins. Marina managers shall keep "
            "order.\n\nArticle 2 ")


def sanctions(body: str) -> list[tuple[str, str | None, str | None]]:
    return sanctions_of_article_2(_PARTIES, body)


def duties(body: str) -> list[str]:
    return actions_of_article_2(_PARTIES, body)


SANCTIONS = [
    # the authority's publication of a party's name, also in a relative clause whose antecedent is the authority
    ("A kiosk keeper that violates Article 1 shall be fined 500 yuan by the market bureau, which shall also publish "
     "the name of the keeper on its website.",
     [("shall be fined 500 yuan by the market bureau", "kiosk keeper", "market bureau"),
      ("shall also publish the name of the keeper", "kiosk keeper", "market bureau")]),
    ("A ferry operator that violates Article 1 shall be warned by the maritime bureau, and the bureau shall publish "
     "the names of the operator and its master.",
     [("shall be warned by the maritime bureau", "ferry operator", "maritime bureau"),
      ("shall publish the names of the operator", "ferry operator", "bureau")]),  # the subject as the text names it
    # named on a website / in the press
    ("A kiosk keeper that violates Article 1 shall be fined 300 yuan by the market bureau and shall be named on the "
     "bureau's website.",
     [("shall be fined 300 yuan by the market bureau", "kiosk keeper", "market bureau"),
      ("shall be named on the bureau's website", "kiosk keeper", "market bureau")]),
    ("A bakery operator that violates Article 1 shall be named in the local press by the market bureau.",
     [("shall be named in the local press by the market bureau", "bakery operator", "market bureau")]),
    # the agent between the participle of a list entry and the list
    ("A cable car operator that violates Article 1 shall be entered by the safety bureau in the list of "
     "untrustworthy operators.",
     [("shall be entered by the safety bureau in the list of untrustworthy operators", "cable car operator",
       "safety bureau")]),
    ("A ferry operator that violates Article 1 twice shall be listed by the maritime bureau on the register of "
     "dishonest operators.",
     [("shall be listed by the maritime bureau on the register of dishonest operators", "ferry operator",
       "maritime bureau")]),
    # the violator's loss of what it holds: forfeit its deposit, lose the stall; an appointment withdrawn
    ("A marina manager that fails to keep order as Article 1 requires shall forfeit its deposit, and the district "
     "government may withdraw its appointment.",
     [("shall forfeit its deposit", "marina manager", None),
      ("may withdraw its appointment", "marina manager", "district government")]),
    ("A kiosk keeper that violates Article 1 shall be given a warning by the market bureau; a kiosk keeper warned "
     "three times in one season shall lose the kiosk.",
     [("shall be given a warning by the market bureau", "kiosk keeper", "market bureau"),
      ("shall lose the kiosk", "kiosk keeper", "market bureau")]),
    # a repeated penalty as a reduced relative on the subject: the violator, the same offence again
    ("A bakery operator fined twice under the previous paragraph shall have its registration cancelled by the market "
     "bureau.",
     [("shall have its registration cancelled by the market bureau", "bakery operator", "market bureau")]),
    ("A ferry operator punished three times within one year shall be struck off the register by the maritime "
     "bureau.",
     [("shall be struck off the register by the maritime bureau", "ferry operator", "maritime bureau")]),
    # the cost of putting a wrong right, after a violation (no authority: the violator's liability)
    ("A kiosk keeper who violates Article 1 shall be warned by the market bureau; the kiosk keeper shall, in "
     "addition, bear the cost of repainting the kiosk.",
     [("shall be warned by the market bureau", "kiosk keeper", "market bureau"),
      ("bear the cost of repainting the kiosk", "kiosk keeper", None)]),
    ("Where a ferry operator violates Article 1, the ferry operator shall bear all expenses of the search.",
     [("shall bear all expenses of the search", "ferry operator", None)]),
    # compensation of the one harmed, after a harm through the party's fault
    ("Where a passenger is injured through the fault of a cable car operator, the cable car operator shall "
     "compensate the passenger in accordance with the ticket contract.",
     [("shall compensate the passenger", "cable car operator", None)]),
    ("Where a boat is damaged owing to the negligence of a marina manager, the marina manager shall compensate its "
     "owner.",
     [("shall compensate its owner", "marina manager", None)]),
    # an agent with a possessive determiner
    ("Staff of the market bureau who abuse their powers shall be subject to sanctions by their employing units.",
     [("shall be subject to sanctions by their employing units", "Staff of the market bureau", "employing units")]),
    ("Staff of the maritime bureau who take bribes shall be given sanctions by their employing units.",
     [("shall be given sanctions by their employing units", "Staff of the maritime bureau", "employing units")]),
    # "the same breach", "the said violation": the violator of the paragraph before
    ("A bakery operator that violates Article 1 shall be fined 1,000 yuan by the market bureau.\n\nWhere the same "
     "breach recurs within six months, the bakery shall be closed down for one month by the market bureau.",
     [("shall be fined 1,000 yuan by the market bureau", "bakery operator", "market bureau"),
      ("shall be closed down for one month by the market bureau", "bakery operator", "market bureau")]),
    ("A ferry operator that violates Article 1 shall be fined 1,000 yuan by the maritime bureau.\n\nWhere the said "
     "violation is repeated, the crossing shall be called off by the maritime bureau.",
     [("shall be fined 1,000 yuan by the maritime bureau", "ferry operator", "maritime bureau"),
      ("shall be called off by the maritime bureau", "ferry operator", "maritime bureau")]),
]


@pytest.mark.parametrize(("body", "expected"), SANCTIONS)
def test_sanction_wordings(body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = sanctions(body)
    assert [(v, a) for _t, v, a in found] == [(v, a) for _t, v, a in expected], found
    for (t, _v, _a), (want, _v2, _a2) in zip(found, expected, strict=True):
        assert want in t, (t, want)


NOT_SANCTIONS = [
    # no violation, no harm: compensating a party or bearing a cost is a duty
    ("A marina manager shall compensate the owners of boats moved for dredging at the agreed rate.",
     "compensate the owners of boats moved for dredging at the agreed rate"),
    ("The ferry operator shall bear the cost of the annual safety survey.", "bear the cost of the annual safety survey"),
    # losing or forfeiting without a violation, publishing names of no violator
    ("A kiosk keeper who gives up the kiosk before the season ends shall lose the deposit paid.", None),
    ("The market bureau shall publish the names of the kiosks approved for the season.",
     "publish the names of the kiosks approved for the season"),
]


@pytest.mark.parametrize(("body", "duty"), NOT_SANCTIONS)
def test_not_sanctions(body: str, duty: str | None) -> None:
    assert sanctions(body) == []
    if duty is not None:
        assert duty in duties(body)
