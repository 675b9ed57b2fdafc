"""Definitions, sanctions and references (session 12, helper defsanct13): each frame family completed where a
translator's wording fell outside it, every rule in two invented wordings (car washes, beekeepers, allotments, ski
lifts, street pianos); no sentence comes from a held-out set."""

from __future__ import annotations

import pytest

from .conftest import actions_of_article_2, defs, refs, sanctions_of_article_2

# --- definitions --------------------------------------------------------------------------------------------------

DEFINITIONS = [
    # the verb of meaning as a verb and its noun: "has the meaning of" (as "means"), "has reference to" (as "refers to")
    ("Article 2 “Car wash”, as used in these Rules, has the meaning of a site where vehicles are washed for payment.",
     [("Car wash", "a site where vehicles are washed for payment")]),
    ("Article 2 In these Measures, \"allotment\" shall have the meaning of a plot of public land let for growing food.",
     [("allotment", "a plot of public land let for growing food")]),
    ("Article 2 “Beekeeper” has reference to any person who keeps hives of honey bees.",
     [("Beekeeper", "any person who keeps hives of honey bees")]),
    ("Article 2 The term \"ski lift\" has reference to a cable installation that pulls skiers uphill.",
     [("ski lift", "a cable installation that pulls skiers uphill")]),
    # "connotes" (as "denotes"); "comprises" (as "includes"); "is to be read as" (a verb of reading)
    ("Article 2 “Street piano” connotes a piano placed in a public square for anyone to play.",
     [("Street piano", "a piano placed in a public square for anyone to play")]),
    ("Article 2 The expression 'hive' connotes a box in which bees are kept.",
     [("hive", "a box in which bees are kept")]),
    ("Article 2 \"Allotment site\" comprises every plot, path and shed on land let for growing food.",
     [("Allotment site", "every plot, path and shed on land let for growing food")]),
    ("Article 2 The term “wash bay” comprises the floor, drains and hoses used to wash a vehicle.",
     [("wash bay", "the floor, drains and hoses used to wash a vehicle")]),
    ("Article 2 “Lift operator” is to be read as the enterprise that runs a ski lift.",
     [("Lift operator", "the enterprise that runs a ski lift")]),
    # an aside that names the text between the term and its verb: "in these Measures", "in the sense of", "within the
    # meaning of" (as "for the purposes of")
    ("Article 2 An “allotment holder”, in these Measures, is taken to be a resident who rents a plot.",
     [("allotment holder", "a resident who rents a plot")]),
    ("Article 2 “Hive”, in these Rules, means a box in which bees are kept.",
     [("Hive", "a box in which bees are kept")]),
    ("Article 2 “Skiing”, in the sense of these Provisions, is the sliding over snow on skis.",
     [("Skiing", "the sliding over snow on skis")]),
    ("Article 2 A \"lift pass\", within the meaning of these Rules, is a ticket that lets a skier ride the lifts.",
     [("lift pass", "a ticket that lets a skier ride the lifts")]),
    # the text as the subject of a verb of meaning or naming
    ("Article 2 Where these Rules speak of a “wash operator”, they mean the person that runs a car wash.",
     [("wash operator", "the person that runs a car wash")]),
    ("Article 2 When these Measures refer to an apiary, they mean a place where ten or more hives are kept.",
     [("apiary", "a place where ten or more hives are kept")]),
    ("Article 2 By “lift attendant” these Rules understand a person who helps skiers onto a lift.",
     [("lift attendant", "a person who helps skiers onto a lift")]),
    ("Article 2 By \"swarm\", these Measures mean a group of bees that leaves a hive with a queen.",
     [("swarm", "a group of bees that leaves a hive with a queen")]),
    ("Article 2 What these Rules call a “piano host” is the shop or café that looks after a street piano.",
     [("piano host", "the shop or café that looks after a street piano")]),
    ("Article 2 What these Measures term an 'apiary' is a place where ten or more hives are kept.",
     [("apiary", "a place where ten or more hives are kept")]),
]


@pytest.mark.parametrize(("body", "expected"), DEFINITIONS)
def test_definition_wordings(body: str, expected: list[tuple[str, str]]) -> None:
    assert defs(body) == expected


SHORT_FORMS = [
    # "(in short, X)", "(for short: X)": the adverb of a short name before a quoted one
    ("Article 2 The person that runs a car wash (in short, “operator”) shall post its prices.", "operator"),
    ("Article 2 The Municipal Beekeeping Association (for short: the \"Association\") shall keep a register of hives.",
     "Association"),
]


@pytest.mark.parametrize(("body", "term"), SHORT_FORMS)
def test_short_form_wordings(body: str, term: str) -> None:
    assert term in [t for t, _d in defs(body)]


NOT_DEFINITIONS = [
    "Article 2 Fees, in these Rules, are payable before a plot is let.",
    "Article 2 Where these Rules speak of fees, the fees shall be paid in cash.",
    "Article 2 By 1 March these Measures require every beekeeper to register.",
    "Article 2 The plan comprises three stages.",
    "Article 2 Late payment has the meaning of a breach of the lease.",
    "Article 2 The operator shall keep the lift in good repair (in short, safe to ride).",
]


@pytest.mark.parametrize("body", NOT_DEFINITIONS)
def test_not_definitions(body: str) -> None:
    assert defs(body) == []
