"""Session 17 (helper `obl23`): duty forms heldout20 missed or invented, grouped by form. Each form in two invented
fields and wordings, with negative rows that keep the old reading."""

from __future__ import annotations

import pytest

from .test_extract10 import facts

OB, PRO = "obligation", "prohibition"


def pairs(body: str) -> list[tuple[str, list[str], str | None]]:
    return [(m, who, cond) for m, who, _a, cond in facts(body)]


# an opening "after / before / upon" phrase with no comma: a preposition and its noun phrase, then the subject
PREP_LEAD_CASES = [
    ("after each trip", "After each trip the ferry crew is to hose down the deck.",
     [(OB, ["Ferry crew"], "After each trip")]),
    ("before each ride", "Before each ride the kart operator shall check the brakes of every kart.",
     [(OB, ["Kart operator"], "Before each ride")]),
    ("upon each arrival", "Upon each arrival the hostel keeper must record the guest's name.",
     [(OB, ["Hostel keeper"], "Upon each arrival")]),
    # (negative rows: a subordinate clause with no comma keeps its old reading; a comma reads as before)
    ("a clause with 'is'", "After the car is towed the garage operator shall tell the owner.", []),
    ("with a comma", "After each trip, the ferry crew is to hose down the deck.",
     [(OB, ["Ferry crew"], "After each trip")]),
    ("a where-clause", "Where other laws provide that consent shall be obtained, the kart operator shall obtain it.",
     [(OB, ["Kart operator"], "Where other laws provide that consent shall be obtained")]),
]


@pytest.mark.parametrize(("form", "body", "want"), PREP_LEAD_CASES, ids=[c[0] for c in PREP_LEAD_CASES])
def test_opening_prepositional_phrase_without_comma(form: str, body: str, want: list[object]) -> None:
    assert pairs(body) == want


def test_lead_in_items_after_an_opening_phrase() -> None:
    body = ("Before each concert the stage crew must do the following together with the hall:\n"
            "(1) fix the lighting rig;\n(2) test the fire doors.")
    got = facts(body)
    assert [(m, who) for m, who, _a, _c in got] == [(OB, ["Stage crew"])] * 3
    assert [a for _m, _w, a, _c in got][1:] == ["fix the lighting rig", "test the fire doors"]


# "women": the plural singular() leaves as it is names persons, as "people" does
WOMEN_CASES = [
    ("pregnant women", "Pregnant women should not go onto the rope bridge.", [(PRO, ["Pregnant women"], None)]),
    ("women who", "Women who are breastfeeding may use the quiet room at any time.",
     [("permission", ["Women"], "who are breastfeeding")]),
]


@pytest.mark.parametrize(("form", "body", "want"), WOMEN_CASES, ids=[c[0] for c in WOMEN_CASES])
def test_women_name_a_party(form: str, body: str, want: list[object]) -> None:
    assert pairs(body) == want


# an item that is an indirect question, or a thing under "file / submit the following", binds no one
ITEM_CASES = [
    ("file the following", "A kiosk keeper has to file the following with the City Bureau:\n(1) the keeper's licence;\n"
     "(2) how users may complain;\n(3) proof of public liability insurance.", [(OB, ["Kiosk keeper"])]),
    ("giving:", "A boat hirer is required to register with the county bureau, giving:\n(1) the names of its staff;\n"
     "(2) whether children may hire a boat.", [(OB, ["Boat hirer"])]),
    ("submit the following", "The hall keeper shall submit the following to the bureau:\n(1) a floor plan;\n"
     "(2) evidence of fire insurance.", [(OB, ["Hall keeper"])]),
    # (negative rows: an item with a verb and its object, or a gerund, is conduct still; "do the following" lists acts)
    ("an imperative item", "The hall keeper shall submit the following to the bureau:\n(1) pay the deposit;\n"
     "(2) proof of insurance;\n(3) keeping a register of guests.", [(OB, ["Hall keeper"])] * 3),
    ("do the following", "The kiosk keeper must do the following:\n(1) dry every umbrella;\n(2) mend broken ribs.",
     [(OB, ["Kiosk keeper"])] * 3),
]


@pytest.mark.parametrize(("form", "body", "want"), ITEM_CASES, ids=[c[0] for c in ITEM_CASES])
def test_items_that_are_things_or_questions(form: str, body: str, want: list[object]) -> None:
    assert [(m, who) for m, who, _a, _c in facts(body)] == want


# a pronoun after a remit with no modal: the remit's subject, when the number agrees
REMIT_CASES = [
    ("is in charge of, and it shall", "The Transport Bureau is in charge of the filing of operators, and it shall "
     "publish the list every quarter.", [(OB, ["Transport Bureau"], None)]),
    ("are responsible for, and they are to", "The township offices are responsible for the checks of the jetties, and "
     "they are to report each fault to the county.", [(OB, ["Township offices"], None)]),
    # (negative rows: the number disagrees; a passive after the remit names the thing acted on)
    ("number disagrees", "The boat club is in charge of the jetty, and they shall keep it clean.", []),
    ("a passive", "The township offices are responsible for the daily checks of the kiosk, and it shall be kept clean.",
     []),
]


@pytest.mark.parametrize(("form", "body", "want"), REMIT_CASES, ids=[c[0] for c in REMIT_CASES])
def test_pronoun_after_a_remit(form: str, body: str, want: list[object]) -> None:
    assert pairs(body) == want


# items that finish "ensure (see to it) that the N:" say what N does: contents of one duty
CONTENT_CASES = [
    ("ensure that the app", "The room operator needs to ensure that the app:\n(1) shows the price per hour;\n"
     "(2) records the identity of the user who opens the door.", [(OB, ["Room operator"], "ensure that the app")]),
    ("see to it that every ferry", "The ferry company shall see to it that every ferry:\n(a) carries life jackets for "
     "each passenger;\n(b) is inspected once a year.", [(OB, ["Ferry company"], "see to it that every ferry")]),
    # (negative row: no subject before the colon, the items read as before)
    ("ensure that:", "The gym operator shall ensure that:\n(1) the gate is locked at night;\n(2) staff wear badges.",
     [(OB, ["Gym operator"], "ensure that"), (OB, ["Gym operator"], "staff wear badges")]),
]


@pytest.mark.parametrize(("form", "body", "want"), CONTENT_CASES, ids=[c[0] for c in CONTENT_CASES])
def test_items_finishing_a_content_clause(form: str, body: str, want: list[object]) -> None:
    assert [(m, who, a) for m, who, a, _c in facts(body)] == want


# "X supports Y in V-ing" (no modal): Y's encouragement, never X's (guide 1.13 a)
SUPPORT_CASES = [
    ("a party supported", "The county supports kiosk keepers in building shelters.",
     [("encouragement", ["Kiosk keepers"], "building shelters")]),
    ("no known party supported", "The County Bureau supports host villages in building permanent screens.", []),
    ("to V", "The district bureau supports river hamlets to build ferry landings.", []),
]


@pytest.mark.parametrize(("form", "body", "want"), SUPPORT_CASES, ids=[c[0] for c in SUPPORT_CASES])
def test_support_never_encourages_the_supporter(form: str, body: str, want: list[object]) -> None:
    assert [(m, who, a) for m, who, a, _c in facts(body)] == want


# a duty taken on is held: "takes on / undertakes the duty of V-ing / to V"
TAKE_ON_CASES = [
    ("takes on the duty of", "The site keeper takes on the duty of marking out the audience area and lighting the exits.",
     [(OB, ["Site keeper"], "marking out the audience area and lighting the exits")]),
    ("undertakes the obligation to", "The lessee undertakes the obligation to insure the boat.",
     [(OB, ["Lessee"], "insure the boat")]),
    # (negative rows: no duty noun; a liability for a loss)
    ("takes on members", "The rowing club takes on new members each spring.", []),
    ("undertakes the responsibility for", "The operator undertakes the responsibility for any loss.", []),
]


@pytest.mark.parametrize(("form", "body", "want"), TAKE_ON_CASES, ids=[c[0] for c in TAKE_ON_CASES])
def test_a_duty_taken_on(form: str, body: str, want: list[object]) -> None:
    assert [(m, who, a) for m, who, a, _c in facts(body)] == want


# ", and it is to V" after a clause of the same subject: the pronoun's duty, not the aim's "is to"
IT_IS_TO_CASES = [
    ("after a permission and its where-clause", "The Water Bureau may close any waters to rafting for a time where the "
     "weather so requires, and it is to announce each closure on its website.",
     [("permission", ["Water Bureau"], "where the weather so requires"), (OB, ["Water Bureau"], None)]),
    ("after a duty", "The archive keeper shall seal each box, and it is to log the seal number.",
     [(OB, ["Archive keeper"], None), (OB, ["Archive keeper"], None)]),
    # (negative row: "it is to be V-ed" names the thing acted on, read as before)
    ("a passive", "The ferry company shall keep a log, and it is to be kept for two years.",
     [(OB, ["Ferry company"], None)]),
]


@pytest.mark.parametrize(("form", "body", "want"), IT_IS_TO_CASES, ids=[c[0] for c in IT_IS_TO_CASES])
def test_and_it_is_to(form: str, body: str, want: list[object]) -> None:
    assert pairs(body) == want


# the comma of a citation ("Article 5, paragraph 2") opens no phrase: a closing circumstance runs past it
CITATION_COMMA_CASES = [
    ("a right", "Visitors have the right to a full refund when a skywalk is closed under Article 5, paragraph 2 after "
     "they have bought tickets.",
     [("right", ["Visitors"], "when a skywalk is closed under Article 5, paragraph 2 after they have bought tickets")]),
    ("a duty", "Hirers shall return the board when the lake is closed under Article 15, item 2.",
     [(OB, ["Hirers"], "when the lake is closed under Article 15, item 2")]),
    # (negative row: a comma before a coordinated verb phrase still stops it)
    ("a coordinated verb", "Hirers shall return the board when the lake is closed, and pay the fee.",
     [(OB, ["Hirers"], None)]),
]


@pytest.mark.parametrize(("form", "body", "want"), CITATION_COMMA_CASES, ids=[c[0] for c in CITATION_COMMA_CASES])
def test_citation_comma_in_a_closing_circumstance(form: str, body: str, want: list[object]) -> None:
    assert pairs(body) == want


# "is expected (supposed) not to V": a ban, as "is expected to V" is a duty; not before a forecast's verb
EXPECTED_NOT_CASES = [
    ("expected not to", "Anglers are expected not to leave lines on the bank.", [(PRO, ["Anglers"], None)]),
    ("supposed not to", "Skaters are supposed not to skate alone after dark.", [(PRO, ["Skaters"], None)]),
    # (negative rows: a forecast; the positive form stays a duty)
    ("a forecast", "Ticket sales are expected not to decline.", []),
    ("expected to", "Visitors are expected to wear the shoe covers.", [(OB, ["Visitors"], None)]),
]


@pytest.mark.parametrize(("form", "body", "want"), EXPECTED_NOT_CASES, ids=[c[0] for c in EXPECTED_NOT_CASES])
def test_expected_not_to(form: str, body: str, want: list[object]) -> None:
    assert pairs(body) == want


# "V-ing X is a (the) duty (responsibility, task) of Y": the act as subject, its holder after "of" (guide 1.12 d)
DUTY_OF_CASES = [
    ("is a duty of, and it shall", "Cleaning the surface of each chair every day is a duty of the site provider, and it "
     "shall keep a cleaning log.",
     [(OB, ["Site provider"], "Cleaning the surface of each chair every day"), (OB, ["Site provider"], "keep a cleaning log")]),
    ("is the responsibility of", "Checking the ropes before each climb is the responsibility of the wall operator.",
     [(OB, ["Wall operator"], "Checking the ropes before each climb")]),
    # (negative rows: no act as the subject; "It is the duty of X to V" as before)
    ("a thing as subject", "The fee is a duty of the buyer.", []),
    ("a state as subject", "Safety is the responsibility of the pool operator.", []),
    ("It is the duty of X to V", "It is the duty of the gate keeper to lock the gate.",
     [(OB, ["Gate keeper"], "lock the gate")]),
]


@pytest.mark.parametrize(("form", "body", "want"), DUTY_OF_CASES, ids=[c[0] for c in DUTY_OF_CASES])
def test_an_act_that_is_a_duty_of_a_party(form: str, body: str, want: list[object]) -> None:
    assert [(m, who, a) for m, who, a, _c in facts(body)] == want
