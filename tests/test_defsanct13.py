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
    ("Article 2 These Rules use the term “wash bay” to mean the floor where cars are washed.",
     [("wash bay", "the floor where cars are washed")]),
    ("Article 2 These Measures use swarm to denote a group of bees that leaves a hive with a queen.",
     [("swarm", "a group of bees that leaves a hive with a queen")]),
    # "where used in" as "as used in"
    ("Article 2 \"Hive\", where used in these Rules, means a box in which bees are kept.",
     [("Hive", "a box in which bees are kept")]),
]


@pytest.mark.parametrize(("body", "expected"), DEFINITIONS)
def test_definition_wordings(body: str, expected: list[tuple[str, str]]) -> None:
    assert defs(body) == expected


SHORT_FORMS = [
    # "(in short, X)", "(for short: X)": the adverb of a short name before a quoted one
    ("Article 2 The person that runs a car wash (in short, “operator”) shall post its prices.", "operator"),
    ("Article 2 The Municipal Beekeeping Association (for short: the \"Association\") shall keep a register of hives.",
     "Association"),
    ("Article 2 The Municipal Parks Bureau (abbreviated to the \"Parks Bureau\") shall keep a list of allotments.",
     "Parks Bureau"),
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
    "Article 2 These Measures use fines to deter beekeepers from moving hives at night.",
]


@pytest.mark.parametrize("body", NOT_DEFINITIONS)
def test_not_definitions(body: str) -> None:
    assert defs(body) == []


# --- references -------------------------------------------------------------------------------------------------

_LETTERED = ("Article 1 Beekeepers shall not:\na)\tplace hives near schools;\nb)\tmove hives at night;\nc)\tsell "
             "honey unlabelled.\n\nBeekeepers shall keep a register.\n\nThe bureau shall inspect the register.\n\n"
             "Article 2 ")
_PAREN = ("Article 1 Lift operators shall:\n(1) inspect cables;\n(2) train staff;\n(3) keep logs.\n\nLift operators "
          "shall report accidents.\n\nArticle 2 ")

REFERENCES = [
    # items labelled with a closing bracket only, cited so
    (_LETTERED + "A beekeeper who breaches points a) and c) of Article 1 shall be warned.",
     {"points a) and c) of Article 1": ("internal", ["t/art_1__para_1__item_1", "t/art_1__para_1__item_3"], True)}),
    (_LETTERED + "Items b) to c) of Article 1 bind every beekeeper.",
     {"Items b) to c) of Article 1": ("internal", ["t/art_1__para_1__item_2", "t/art_1__para_1__item_3"], True)}),
    # the last paragraph of an article, counted as printed
    (_LETTERED + "A beekeeper who breaches the last paragraph of Article 1 shall be warned.",
     {"the last paragraph of Article 1": ("internal", ["t/art_1__para_3"], True)}),
    (_PAREN + "An operator that breaches the last paragraph of Article 1 shall be fined.",
     {"the last paragraph of Article 1": ("internal", ["t/art_1__para_2"], True)}),
    # a run of paragraphs from either end
    (_LETTERED + "A beekeeper who breaches the first two paragraphs of Article 1 shall be warned.",
     {"the first two paragraphs of Article 1": ("internal", ["t/art_1__para_1", "t/art_1__para_2"], True)}),
    (_LETTERED + "The last two paragraphs of Article 1 apply to every beekeeper.",
     {"The last two paragraphs of Article 1": ("internal", ["t/art_1__para_2", "t/art_1__para_3"], True)}),
    # ... also of this article or of the preceding one
    (_LETTERED + "A beekeeper who breaches the last paragraph of the preceding article shall be warned.",
     {"the last paragraph of the preceding article": ("internal", ["t/art_1__para_3"], True)}),
    (_PAREN + "Operators shall keep logs.\n\nThe last paragraph of this Article binds every operator.",
     {"The last paragraph of this Article": ("internal", ["t/art_2__para_2"], True)}),
]


@pytest.mark.parametrize(("body", "expected"), REFERENCES)
def test_reference_wordings(body: str, expected: dict[str, tuple[str, list[str], bool]]) -> None:
    assert refs(body) == expected


# --- sanctions ----------------------------------------------------------------------------------------------------

_PARTIES = ("Article 1 Car wash operators shall display prices. Beekeepers shall register their hives. Lift operators "
            "shall inspect lifts. Piano hosts shall keep pianos tuned. Allotment holders shall keep plots tidy.\n\n"
            "Article 2 ")


def sanctions(body: str) -> list[tuple[str, str | None, str | None]]:
    return sanctions_of_article_2(_PARTIES, body)


def duties(body: str) -> list[str]:
    return actions_of_article_2(_PARTIES, body)


SANCTIONS = [
    # restitution after a violation: refund, repay (no authority: the violator's redress)
    ("A car wash operator that violates Article 1 shall refund the overcharge to its customers and shall be fined "
     "500 yuan by the market bureau.",
     [("shall refund the overcharge", "car wash operator", None),
      ("shall be fined 500 yuan by the market bureau", "car wash operator", "market bureau")]),
    ("A beekeeper that obtains a hive grant by false claims shall repay the grant so obtained.",
     [("shall repay the grant so obtained", "beekeeper", None)]),
    ("Where a piano host violates Article 1, the piano host shall make restitution to the players concerned.",
     [("shall make restitution", "piano host", None)]),
    # a public body stops paying the violator
    ("Where a beekeeper obtains a grant by fraud, the agriculture bureau shall stop paying it grants.",
     [("shall stop paying it grants", "beekeeper", "agriculture bureau")]),
    ("Where a piano host violates Article 1, the culture bureau shall cease funding its concerts.",
     [("shall cease funding its concerts", "piano host", "culture bureau")]),
    # censure and reprimand, as criticism
    ("A lift operator that violates Article 1 shall be fined 2,000 yuan by the safety bureau and shall be publicly "
     "censured on the bureau's website.",
     [("shall be fined 2,000 yuan by the safety bureau", "lift operator", "safety bureau"),
      ("shall be publicly censured", "lift operator", "safety bureau")]),
    ("An allotment holder that violates Article 1 shall be reprimanded by the parks bureau.",
     [("shall be reprimanded by the parks bureau", "allotment holder", "parks bureau")]),
    ("A car wash operator that violates Article 1 shall be admonished by the market bureau.",
     [("shall be admonished by the market bureau", "car wash operator", "market bureau")]),
    # named in a list of parties with poor records, a list owned by a possessive
    ("A car wash operator fined twice shall be named in the city's list of car washes with poor records.",
     [("shall be named in the city's list of car washes with poor records", "car wash operator", None)]),
    ("A lift operator that violates Article 1 shall be entered by the safety bureau in the register of defaulters.",
     [("shall be entered by the safety bureau in the register of defaulters", "lift operator", "safety bureau")]),
    # demerit points recorded against the violator, near its violation
    ("A beekeeper that violates Article 1 shall be warned by the agriculture bureau, and a demerit of five points "
     "shall be recorded against the beekeeper.",
     [("shall be warned by the agriculture bureau", "beekeeper", "agriculture bureau"),
      ("shall be recorded against the beekeeper", "beekeeper", "agriculture bureau")]),
    ("Where a lift operator violates Article 1, penalty points shall be entered against it by the safety bureau.",
     [("shall be entered against it by the safety bureau", "lift operator", "safety bureau")]),
    # performance in the violator's place, at its cost
    ("A lift operator that violates Article 1 shall be ordered by the safety bureau to remove the lift; where it fails "
     "to do so, the lift shall be removed by the safety bureau at the lift operator's cost.",
     [("shall be ordered by the safety bureau", "lift operator", "safety bureau"),
      ("shall be removed by the safety bureau at the lift operator's cost", "lift operator", "safety bureau")]),
    ("Where an allotment holder builds a shed in violation of Article 1, the parks bureau may demolish the shed at "
     "the holder's expense.",
     [("may demolish the shed at the holder's expense", "allotment holder", "parks bureau")]),
    # the costs of the one harmed, named by a possessive
    ("A lift operator that violates Article 1 and thereby causes a skier to be injured shall bear the skier's medical "
     "costs.",
     [("shall bear the skier's medical costs", "lift operator", None)]),
    ("Where a car wash operator violates Article 1, the car wash operator shall pay the owner's repair costs.",
     [("shall pay the owner's repair costs", "car wash operator", None)]),
    # a misuse is a violation by its own word
    ("A lift operator that misuses the names of skiers shall be dealt with under the Personal Information Protection "
     "Law.",
     [("shall be dealt with", "lift operator", None)]),
    ("Where the phone numbers of customers are abused, the car wash operator shall be dealt with in accordance with "
     "the Personal Information Protection Law.",
     [("shall be dealt with", "car wash operator", None)]),
    # the relative "whose"; an agent "the same bureau" that points back; a subordinator after the agent
    ("A car wash operator whose prices are not displayed as Article 1 requires shall be ordered by the market bureau "
     "to display them, and a fine shall be imposed by the same bureau.",
     [("shall be ordered by the market bureau", "car wash operator", "market bureau"),
      ("shall be imposed by the same bureau", "car wash operator", "market bureau")]),
    ("A lift operator that violates Article 1 shall be ordered by the safety bureau to stop the lift, and a fine of "
     "1,000 yuan shall be imposed on it by the said bureau.",
     [("shall be ordered by the safety bureau", "lift operator", "safety bureau"),
      ("shall be imposed on it by the said bureau", "lift operator", "safety bureau")]),
    ("Where a lift operator has not inspected a lift within the period set under Article 1, the lift shall be closed "
     "by the safety bureau until it is inspected.",
     [("shall be closed by the safety bureau", "lift operator", "safety bureau")]),
    # a pronoun subject after "and" opens a clause of its own; the "Civil Affairs Bureau" imposes, "civil" names no
    # liability there
    ("Where a piano host violates Article 1, its licence shall be revoked by the culture bureau and it shall be "
     "entered in the city credit record.",
     [("shall be revoked by the culture bureau", "piano host", "culture bureau"),
      ("shall be entered in the city credit record", "piano host", "culture bureau")]),
    ("A beekeeper that violates Article 1 shall be fined by the Civil Affairs Bureau and shall be publicly "
     "censured on the Civil Affairs Bureau's website.",
     [("shall be fined by the Civil Affairs Bureau", "beekeeper", "Civil Affairs Bureau"),
      ("shall be publicly censured", "beekeeper", "Civil Affairs Bureau")]),
]


@pytest.mark.parametrize(("body", "expected"), SANCTIONS)
def test_sanction_wordings(body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = sanctions(body)
    assert [(v, a) for _t, v, a in found] == [(v, a) for _t, v, a in expected], found
    for (t, _v, _a), (want, _v2, _a2) in zip(found, expected, strict=True):
        assert want in t, (t, want)


NOT_SANCTIONS = [
    # no violation close by: a refund, a removal at a cost, a record against an account are ordinary rules
    ("A car wash operator shall refund the fee to a customer whose car is not washed.", "refund the fee"),
    ("The parks bureau shall remove abandoned sheds at the city's expense.", "remove abandoned sheds"),
    ("Each payment shall be recorded against the beekeeper's account.", None),
    ("The lift operator shall bear the skier's costs of transport to the slope.", "bear the skier's costs"),
]


@pytest.mark.parametrize(("body", "duty"), NOT_SANCTIONS)
def test_not_sanctions(body: str, duty: str | None) -> None:
    assert sanctions(body) == []
    if duty is not None:
        assert any(duty in a for a in duties(body)), duties(body)
