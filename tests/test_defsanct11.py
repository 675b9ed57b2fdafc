"""Definitions, sanctions and references (session 11, helper defsanct11): wordings the session-10 rules missed, each
rule in two invented wordings (marinas, kiosks, ferries, bakeries, cable cars); no sentence comes from a held-out
set."""

from __future__ import annotations

import pytest

from .conftest import actions_of_article_2, defs, refs, sanctions_of_article_2

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


# --- sanctions ----------------------------------------------------------------------------------------------------

# Article 1 binds the parties, so that each is a known actor
_PARTIES = ("Article 1 Bakery operators shall label allergens. Ferry operators shall register every passenger. Kiosk "
            "keepers shall display prices. Cable car operators shall inspect cabins. Ticket clerks shall issue "
            "receipts.\n\nArticle 2 ")


def sanctions(body: str) -> list[tuple[str, str | None, str | None]]:
    return sanctions_of_article_2(_PARTIES, body)


def duties(body: str) -> list[str]:
    return actions_of_article_2(_PARTIES, body)


SANCTIONS = [
    # a place "shall be closed", an event "shall be called off" after a violation: closure, of the sentence's
    # violator and by its authority
    ("A bakery operator that violates Article 1 shall be fined 2,000 yuan by the market regulation bureau; where the "
     "circumstances are serious, the bakery shall be closed until the fault has been put right.",
     [("shall be fined 2,000 yuan by the market regulation bureau", "bakery operator", "market regulation bureau"),
      ("shall be closed until the fault has been put right", "bakery operator", "market regulation bureau")]),
    ("A ferry operator that violates Article 1 shall be ordered by the maritime bureau to make corrections; where it "
     "fails to do so, the crossing shall be called off.",
     [("shall be ordered by the maritime bureau to make corrections", "ferry operator", "maritime bureau"),
      ("shall be called off", "ferry operator", "maritime bureau")]),
    # a penalty received before names the violation: "is fined ... twice", "so fined twice", "warned three times"
    ("Where a kiosk keeper is fined under Article 1 twice within one year, the market bureau shall strike the kiosk "
     "off the list of model kiosks.",
     [("shall strike the kiosk off the list of model kiosks", "kiosk keeper", "market bureau")]),
    ("A cable car operator that has been warned three times within a year shall be struck off the register.",
     [("shall be struck off the register", "cable car operator", None)]),
    # the violator's own "shall pay a fine", after an authority's penalty in the same sentence; "contravenes"
    ("A kiosk keeper that contravenes Article 1 shall have its goods confiscated by the market bureau and shall pay a "
     "fine of not more than 500 yuan.",
     [("shall have its goods confiscated by the market bureau", "kiosk keeper", "market bureau"),
      ("shall pay a fine of not more than 500 yuan", "kiosk keeper", "market bureau")]),
    ("A bakery operator in contravention of Article 1 shall pay a fine of 1,000 yuan.",
     [("shall pay a fine of 1,000 yuan", "bakery operator", None)]),
    # "shall have the fee recovered by X" after a violation: the unlawful gain clawed back
    ("A ferry operator that charges a fee in breach of Article 1 shall have the fee recovered by the maritime bureau, "
     "and shall be fined twice the fee.",
     [("shall have the fee recovered by the maritime bureau", "ferry operator", "maritime bureau"),
      ("shall be fined twice the fee", "ferry operator", "maritime bureau")]),
    # "shall be disciplined (according to law)": a disciplinary sanction by its verb
    ("Staff of the ferry bureau who violate Article 1 shall be disciplined according to law.",
     [("shall be disciplined according to law", "Staff of the ferry bureau", None)]),
    ("Staff of the market bureau who conceal a breach of Article 1 shall be disciplined.",
     [("shall be disciplined", "Staff of the market bureau", None)]),
    # "shall receive a warning from X": the giver after "from" is the authority, and the next clause inherits it
    ("A bakery operator that violates Article 1 shall receive a warning from the market regulation bureau and shall "
     "be ordered to label its bread within ten days.",
     [("shall receive a warning from the market regulation bureau", "bakery operator", "market regulation bureau"),
      ("shall be ordered to label its bread within ten days", "bakery operator", "market regulation bureau")]),
    ("A ferry operator that violates Article 1 shall receive a notice of criticism from the maritime bureau.",
     [("shall receive a notice of criticism from the maritime bureau", "ferry operator", "maritime bureau")]),
    # "... by X and be liable for a fine": the second predicate, its modal gapped, is a sanction of its own
    ("A cable car operator that violates Article 1 shall be given a warning by the safety bureau and be liable for a "
     "fine of not more than 20,000 yuan.",
     [("shall be given a warning by the safety bureau", "cable car operator", "safety bureau"),
      ("be liable for a fine of not more than 20,000 yuan", "cable car operator", "safety bureau")]),
    ("A kiosk keeper that violates Article 1 shall be ordered by the market bureau to make corrections and be liable "
     "to a fine of 500 yuan.",
     [("shall be ordered by the market bureau to make corrections", "kiosk keeper", "market bureau"),
      ("be liable to a fine of 500 yuan", "kiosk keeper", "market bureau")]),
    # dealt with under a law whose title names penalties: a sanction, whatever the conduct is called
    ("Passengers who disturb order on a ferry shall be dealt with by the public security organ under the Law on "
     "Penalties for Administration of Public Security.",
     [("shall be dealt with by the public security organ", "Passengers", "public security organ")]),
    ("Visitors who climb onto a cable car roof shall be handled by the police in accordance with the Public Security "
     "Administration Punishments Law.",
     [("shall be handled by the police", "Visitors", "police")]),
    # the record's owner: "entered in the credit file of the operator" (not "of the bureau", the keeper)
    ("A kiosk keeper who violates Article 1 shall be fined 200 yuan by the ferry bureau, and the violation shall be "
     "entered in the credit file of the ferry operator.",
     [("shall be fined 200 yuan by the ferry bureau", "kiosk keeper", "ferry bureau"),
      ("shall be entered in the credit file of the ferry operator", "ferry operator", "ferry bureau")]),
    ("A bakery operator who violates Article 1 shall be fined 200 yuan by the cable car bureau; the breach shall also "
     "be recorded in the credit records of the cable car operator.",
     [("shall be fined 200 yuan by the cable car bureau", "bakery operator", "cable car bureau"),
      ("shall also be recorded in the credit records of the cable car operator", "cable car operator",
       "cable car bureau")]),
    # a case transferred to the judicial organs after conduct called a crime is criminal pursuit (no authority)
    ("A ferry operator that violates Article 1 shall be fined 2,000 yuan by the maritime bureau; where the conduct "
     "is criminal, the case shall be transferred to the judicial organs.",
     [("shall be fined 2,000 yuan by the maritime bureau", "ferry operator", "maritime bureau"),
      ("shall be transferred to the judicial organs", "ferry operator", None)]),
    ("Where a kiosk keeper commits a crime by selling forged tickets, the case shall be handed over to the public "
     "security organ.",
     [("shall be handed over to the public security organ", "kiosk keeper", None)]),
    # taking what is another's ("keeps ... for himself", "embezzles") is a violation: the employer's dismissal is a
    # sanction, the restitution too (no authority: owed to the owner), and "the offender" is that violator
    ("A kiosk keeper who keeps a customer's change for himself or herself shall be dismissed by the market bureau and "
     "shall return the money or make up its value; where the sum amounts to a crime, the offender shall be "
     "prosecuted.",
     [("shall be dismissed by the market bureau", "kiosk keeper", "market bureau"),
      ("shall return the money or make up its value", "kiosk keeper", None),
      ("shall be prosecuted", "kiosk keeper", None)]),
    ("A ferry operator that misappropriates passengers' deposits shall be struck off the register by the maritime "
     "bureau.",
     [("shall be struck off the register by the maritime bureau", "ferry operator", "maritime bureau")]),
    # redress of a harm the party caused is civil liability, as after a violation
    ("Where the work of a cable car operator causes injury to a passenger, the cable car operator shall make good the "
     "losses of the injured.",
     [("shall make good the losses of the injured", "cable car operator", None)]),
    ("Where a ferry operator causes damage to a pier, the ferry operator shall compensate the owner for the loss.",
     [("shall compensate the owner for the loss", "ferry operator", None)]),
]


@pytest.mark.parametrize(("body", "expected"), SANCTIONS)
def test_sanction_wordings(body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = sanctions(body)
    assert [(v, a) for _t, v, a in found] == [(v, a) for _t, v, a in expected], found
    for (t, _v, _a), (want, _v2, _a2) in zip(found, expected, strict=True):
        assert want in t, (t, want)


NOT_SANCTIONS = [
    # compensation named as a noun with no violation and no harm the bearer caused: a duty (guide 4, 1.8)
    ("The bakery operator shall bear the compensation for damage to the stall caused by visitors.",
     "bear the compensation for damage to the stall caused by visitors"),
    ("A ferry operator shall pay the damages agreed in the charter contract to the owner of a delayed cargo.",
     "pay the damages agreed in the charter contract to the owner of a delayed cargo"),
    # returning property with no violation named is a duty
    ("A ferry operator shall return the property found on board to its owner within seven days.",
     "return the property found on board to its owner within seven days"),
    # "shall pay the fine" pays one already imposed: a duty, also after a penalty named before
    ("A bakery operator that has been fined under Article 1 shall pay the fine at a designated bank within 15 days.",
     "pay the fine at a designated bank within 15 days"),
    # a thing handed to the public security organ is no prosecution
    ("Property that remains unclaimed for a year shall be handed over to the public security organ by the ferry "
     "operator.", None),
    ("Lost tickets shall be transferred to the public security authorities once a month.", None),
    # an event "called off" in a duty's own words, and "closed to" a public, without a violation: no sanction
    ("A cable car operator shall see that the line is closed to passengers in high wind.",
     "see that the line is closed to passengers in high wind"),
]


@pytest.mark.parametrize(("body", "duty"), NOT_SANCTIONS)
def test_not_sanctions(body: str, duty: str | None) -> None:
    assert sanctions(body) == []
    if duty is not None:
        assert duty in duties(body)


def test_sanction_stays_after_violation() -> None:
    """The same compensation after a violation is civil liability (a sanction), not a duty."""
    found = sanctions("A bakery operator that violates Article 1 shall bear the compensation for damage to the stall.")
    assert [(v, a) for _t, v, a in found] == [("bakery operator", None)]
