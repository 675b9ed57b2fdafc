"""Session 11 (helper `obl11`): obligations on the wordings heldout11 stresses (a development set since session 11),
each tested here in invented wordings of other fields (ferries, kiosks, hives, canals, archives): the construction as
the set words it and as another translator would, with guards for the readings that must not change.
"""

from __future__ import annotations

import pytest

from .test_extract10 import facts, unbound

Fact = tuple[str, list[str], str, "str | None"]


# --- encouragement: participles of an invitation or counsel, "welcomes A to V", "and supports B in V-ing" -----------
ENCOURAGEMENTS: list[tuple[str, list[Fact]]] = [
    ("Beekeepers' associations are advised to publish a calendar of flowering seasons.",
     [("encouragement", ["Beekeepers' associations"], "publish a calendar of flowering seasons", None)]),
    ("Beekeepers' associations are hereby invited to publish a calendar of flowering seasons.",
     [("encouragement", ["Beekeepers' associations"], "publish a calendar of flowering seasons", None)]),
    ("Ferry passengers are recommended to keep their tickets until they leave the pier.",
     [("encouragement", ["Ferry passengers"], "keep their tickets until they leave the pier", None)]),
    ("Ferry operators are called upon to fit ramps for wheelchairs.",
     [("encouragement", ["Ferry operators"], "fit ramps for wheelchairs", None)]),
    ("A ferry operator is called on to fit ramps for wheelchairs.",
     [("encouragement", ["Ferry operator"], "fit ramps for wheelchairs", None)]),
    # a public welcome of a party's conduct, and a second promotion coordinated after it
    ("The county government welcomes beekeepers to register their hives, and supports cooperatives in building "
     "winter sheds.",
     [("encouragement", ["Beekeepers"], "register their hives", None),
      ("encouragement", ["Cooperatives"], "building winter sheds", None)]),
    ("The district bureau welcomes archive users to catalogue donated letters.",
     [("encouragement", ["Archive users"], "catalogue donated letters", None)]),
]


@pytest.mark.parametrize(("body", "expected"), ENCOURAGEMENTS)
def test_encouragements(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The new guide is recommended to visitors.",           # commended to someone: no act after "to"
    "Kiosk owners are invited to a hearing.",              # invited to an event: no act
    "The bureau welcomes comments on the plan to widen the canal.",  # no party welcomed to act
    "Visitors are welcome to use the reading room.",       # the adjective: no promotion by a public body
])
def test_no_encouragement(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "encouragement"] == []


# --- right, ban, duty: "have the entitlement to", "abstain / desist from", "be charged with", "are expected to" -------
MARKERS: list[tuple[str, list[Fact]]] = [
    ("Ferry passengers have the entitlement to a seat on the next crossing.",
     [("right", ["Ferry passengers"], "a seat on the next crossing", None)]),
    ("Any organization or individual shall have an entitlement to inspect the register.",
     [("right", ["Any organization or individual"], "inspect the register", None)]),
    ("Kiosk staff shall abstain from opening lockers that are in use.",
     [("prohibition", ["Kiosk staff"], "opening lockers that are in use", None)]),
    ("Kiosk staff must desist from opening lockers that are in use.",
     [("prohibition", ["Kiosk staff"], "opening lockers that are in use", None)]),
    ("The county archives bureau shall be charged with the supervision of record offices.",
     [("obligation", ["County archives bureau"], "be charged with the supervision of record offices", None)]),
    ("The county archives bureau shall be entrusted with inspecting record offices.",
     [("obligation", ["County archives bureau"], "be entrusted with inspecting record offices", None)]),
    ("Ferry operators are expected to answer a distress call within ten minutes.",
     [("obligation", ["Ferry operators"], "answer a distress call within ten minutes", None)]),
    ("A ferry operator is expected to answer a distress call within ten minutes.",
     [("obligation", ["Ferry operator"], "answer a distress call within ten minutes", None)]),
]


@pytest.mark.parametrize(("body", "expected"), MARKERS)
def test_markers(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The ferry operator shall be charged with fraud.",      # a criminal charge, no task
    "The new pier is expected to be completed in May.",     # a forecast
    "These Measures shall become effective on 1 March 2036.",  # commencement
])
def test_no_duty(body: str) -> None:
    assert facts(body) == []


# --- parties: a place after the noun leaves the noun the head; persons named by the service they use -----------------
PARTIES: list[tuple[str, list[Fact]]] = [
    # (session 13, guide 1.10) the place says which of them are bound: the condition, the party keeps its noun
    ("Shopkeepers along streets are urged to keep the pavement clear.",
     [("encouragement", ["Shopkeepers"], "keep the pavement clear", "along streets")]),
    ("Households near the reservoir shall store no more than two cans of fuel.",
     [("obligation", ["Households"], "store no more than two cans of fuel", "near the reservoir")]),
    ("A guest shall be entitled to a refund of the deposit where the locker is broken.",
     [("right", ["Guest"], "a refund of the deposit", "where the locker is broken")]),
    ("Passengers are entitled to a refund if the crossing is cancelled.",
     [("right", ["Passengers"], "a refund", "if the crossing is cancelled")]),
]


@pytest.mark.parametrize(("body", "expected"), PARTIES)
def test_parties(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


def test_place_in_the_action_stays() -> None:
    assert facts("The bureau shall plant trees along the canal.") == [
        ("obligation", ["Bureau"], "plant trees along the canal", None)]


# --- items: imperatives under "meet the following requirements"; agentless passive tasks under "the following matters"
def test_imperative_items_under_meet() -> None:
    for lead in ("A kiosk operator shall be obliged to meet the following safety requirements:",
                 "The kiosk operator shall meet the following requirements in respect of every locker:"):
        body = (f"{lead}\n\n(1) fit every locker with a spare key;\n(2) keep the aisles clear at all times;\n"
                "(3) not store fuel beside the lockers;\n(4) have the locks checked by a locksmith once a year.")
        got = [(m, a) for m, _b, a, _c in facts(body)[1:]]
        assert got == [("obligation", "fit every locker with a spare key"),
                       ("obligation", "keep the aisles clear at all times"),
                       ("prohibition", "store fuel beside the lockers"),
                       ("obligation", "have the locks checked by a locksmith once a year")], lead


def test_qualification_items_under_meet() -> None:
    body = ("An applicant shall meet the following requirements:\n\n(1) holding a boatman's licence;\n"
            "(2) a fixed mooring;\n(3) sound safety rules;\n(4) legal person status.")
    assert [m for m, _b, _a, _c in facts(body)] == ["obligation"]


@pytest.mark.parametrize("lead", ["During the fair, the organiser shall attend to the following matters:",
                                  "The organiser shall see to the following matters on every fair day:"])
def test_agentless_task_items(lead: str) -> None:
    body = (f"{lead}\n\n(a) the aisles shall be kept clear of stalls;\n(b) the number of visitors is to be counted at "
            "the gate;\n(c) a hall shall be closed to further entry once its capacity is reached.")
    got = facts(body)[1:]
    assert [(m, b) for m, b, _a, _c in got] == [("obligation", ["Organiser"])] * 3
    assert got[0][2] == "the aisles shall be kept clear of stalls"
    assert got[2][3] == "once its capacity is reached"


def test_content_items_stay_contents() -> None:
    body = "The operator shall report the following matters to the bureau:\n\n(1) the name of the operator;\n(2) the address."
    assert len(facts(body)) == 1


# --- conditions after the action ------------------------------------------------------------------------------------
CONDITIONS: list[tuple[str, str, str]] = [
    ("Pool staff are not at liberty to leave the tower while swimmers are in the water.",
     "leave the tower", "while swimmers are in the water"),
    ("The ferry operator shall keep the gangway lowered while the passengers board.",
     "keep the gangway lowered", "while the passengers board"),
    ("Performers shall stop playing as soon as the steward so instructs.", "stop playing",
     "as soon as the steward so instructs"),
    ("The ferry operator shall report the fault as soon as a crew member notices it.", "report the fault",
     "as soon as a crew member notices it"),
    ("Kiosk staff shall refrain from opening a locker, save in the presence of its renter.", "opening a locker",
     "save in the presence of its renter"),
    ("Kiosk staff shall not open a locker, save with the consent of its renter.", "open a locker",
     "save with the consent of its renter"),
    ("The kiosk operator may sell unclaimed goods after ninety days, on condition that the sale is recorded.",
     "sell unclaimed goods after ninety days", "on condition that the sale is recorded"),
    ("The applicant is free to pay a fee instead where no berth is available.", "pay a fee instead",
     "where no berth is available"),
]


@pytest.mark.parametrize(("body", "action", "condition"), CONDITIONS)
def test_conditions(body: str, action: str, condition: str) -> None:
    (_m, _b, a, c), = facts(body)
    assert (a, c) == (action, condition)


@pytest.mark.parametrize("body", ["The bureau shall reply as soon as possible.",
                                  "The keeper shall save in a ledger the name of every visitor."])
def test_no_condition(body: str) -> None:
    assert [c for _m, _b, _a, c in facts(body)] == [None]


# --- a connective between the marker and "to"; "in no circumstances" --------------------------------------------------
CONNECTIVES: list[tuple[str, list[Fact]]] = [
    ("Under no circumstances shall a kiosk operator charge a renter for a lost key; it is at liberty, however, to "
     "recover the cost of posting a new one.",
     [("prohibition", ["Kiosk operator"], "charge a renter for a lost key", None),
      ("permission", ["Kiosk operator"], "recover the cost of posting a new one", None)]),
    ("A boat club may not charge members for mooring; it is free, though, to charge guests.",
     [("prohibition", ["Boat club"], "charge members for mooring", None),
      ("permission", ["Boat club"], "charge guests", None)]),
    ("In no circumstances may the kiosk operator copy a renter's key.",
     [("prohibition", ["Kiosk operator"], "copy a renter's key", None)]),
    ("Keys may in no circumstances be copied by the kiosk operator.",
     [("prohibition", ["Kiosk operator"], "Keys may in no circumstances be copied by the kiosk operator", None)]),
]


@pytest.mark.parametrize(("body", "expected"), CONNECTIVES)
def test_connectives_and_negation(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


def test_adverbial_of_the_act_stays() -> None:
    assert facts("The bureau is required, within ten days, to report.")[0][2] == "within ten days, to report"


# --- things: an act named as the subject; a thing not needed -------------------------------------------------------
THINGS: list[tuple[str, Fact]] = [
    ("A kiosk operator has a duty to record every rental. The records shall be kept for a year. The use of rental "
     "records for marketing without the consent of the renter is hereby prohibited.",
     ("prohibition", ["Kiosk operator"], "The use of rental records for marketing without the consent of the renter is "
      "hereby prohibited", None)),
    ("The kiosk operator shall keep a log of rentals. The sale of rental logs to third parties is expressly forbidden.",
     ("prohibition", ["Kiosk operator"], "The sale of rental logs to third parties is expressly forbidden", None)),
    ("Where a mooring post breaks in a storm, the harbour office has discretion to remove it at once. The approval "
     "required by the preceding Article is not needed for such a removal.",
     ("permission", ["Harbour office"], "The approval required by the preceding Article is not needed for such a "
      "removal", None)),
    ("A ferry operator shall obtain a permit before each voyage. A permit is not required for voyages of less than one "
     "mile.",
     ("permission", ["Ferry operator"], "A permit is not required for voyages of less than one mile", None)),
]


@pytest.mark.parametrize(("body", "last"), THINGS)
def test_things(body: str, last: Fact) -> None:
    assert facts(body)[-1] == last


def test_no_thing_required_binds_no_one() -> None:
    assert facts("No approval is required.") == []
    assert unbound("It is not necessary for the operator to file.") == []
