"""Session 11 (helper `obl12`): obligations on the wordings heldout12 stresses (a development set since session 11),
each tested here in invented wordings of other fields (ferries, kiosks, hives, archives, parks): the construction as the
set words it and as another translator would, with guards for the readings that must not change. The fixes complete
frame families (a leave held or granted, a right "of", a negation over every occasion, a call or a wish addressed to a
party) and read structures (a bare marker before a list, a bulleted list, a gerund act as subject, a subject after a
semicolon, a duty noun as subject).
"""

from __future__ import annotations

import pytest

from .test_extract10 import facts

Fact = tuple[str, list[str], str, "str | None"]


# --- a leave or power held or granted: the family of "has the discretion to" -----------------------------------------
PERMISSIONS: list[tuple[str, list[Fact]]] = [
    ("The harbour office has leave to close the pier early when a gale warning is in force.",
     [("permission", ["Harbour office"], "close the pier early", "when a gale warning is in force")]),
    ("The harbour office shall have the latitude to close the pier early.",
     [("permission", ["Harbour office"], "close the pier early", None)]),
    ("The harbour office is given leave to ask for further documents.",
     [("permission", ["Harbour office"], "ask for further documents", None)]),
    ("The archive commission shall be granted the discretion to seal a damaged archive.",
     [("permission", ["Archive commission"], "seal a damaged archive", None)]),
    ("The harbour office is competent to refuse a berth to an unsafe ferry.",
     [("permission", ["Harbour office"], "refuse a berth to an unsafe ferry", None)]),
]


@pytest.mark.parametrize(("body", "expected"), PERMISSIONS)
def test_permissions(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The harbour office shall give leave to the crew.",            # a leave given by the subject, not to it
    "The harbour office is the competent authority for ferries.",  # an attribute, no act after "to"
])
def test_no_permission(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "permission"] == []


# --- rights: "the right of N", "a claim to", "is eligible for" --------------------------------------------------------
RIGHTS: list[tuple[str, list[Fact]]] = [
    ("Beekeepers shall enjoy the right of access to the apiary from dawn until dusk.",
     [("right", ["Beekeepers"], "access to the apiary from dawn until dusk", None)]),
    ("Beekeepers have the right of appeal to the county bureau.",
     [("right", ["Beekeepers"], "appeal to the county bureau", None)]),
    ("A passenger whose ferry is cancelled shall have a right of compensation against the ferry operator.",
     [("right", ["Passenger"], "compensation against the ferry operator", "whose ferry is cancelled")]),
    ("Residents living near the pier have a claim to be told of each night crossing.",
     [("right", ["Residents"], "be told of each night crossing", "living near the pier")]),
    ("Each beekeeper is eligible for one hive site.",
     [("right", ["Beekeeper"], "one hive site", None)]),
    ("Beekeepers are eligible to apply for a second hive site.",
     [("right", ["Beekeepers"], "apply for a second hive site", None)]),
]


@pytest.mark.parametrize(("body", "expected"), RIGHTS)
def test_rights(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


# --- bans: a negation over every occasion, "in no way", "disallowed from", a gerund act denied leave ---------------
BANS: list[tuple[str, list[Fact]]] = [
    ("A kiosk operator shall not, on any account, sell the locker codes of users.",
     [("prohibition", ["Kiosk operator"], "sell the locker codes of users", None)]),
    ("Kiosk staff must not at any time open a locker in use.",
     [("prohibition", ["Kiosk staff"], "open a locker in use", None)]),
    ("A kiosk operator shall in no way block the footway.",
     [("prohibition", ["Kiosk operator"], "block the footway", None)]),
    ("Ferry crews are disallowed from smoking on deck.",
     [("prohibition", ["Ferry crews"], "smoking on deck", None)]),
    # (session 13, guide 1.10) a gerund ban in a sentence of its own names no one ("It is not permissible to keep
    # hives ..."): the paragraph before does not lend it its party; it is a statement (tests/test_deontic14.py)
    ("Beekeepers shall register their hives.\n\nKeeping hives within 50 metres of a school is not permissible.",
     [("obligation", ["Beekeepers"], "register their hives", None)]),
    ("Beekeepers shall register their hives.\n\nMoving hives at night is not permitted.",
     [("obligation", ["Beekeepers"], "register their hives", None)]),
]


@pytest.mark.parametrize(("body", "expected"), BANS)
def test_bans(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


# --- duties: "is held responsible for", "The onus is on X to", a subject after a semicolon --------------------------
DUTIES: list[tuple[str, list[Fact]]] = [
    ("The pier keeper is held responsible for the cleanliness of the pier once the last ferry leaves.",
     [("obligation", ["Pier keeper"], "the cleanliness of the pier", "once the last ferry leaves")]),
    ("Ferry operators are held accountable for the safety of their passengers.",
     [("obligation", ["Ferry operators"], "the safety of their passengers", None)]),
    ("The onus is on a ferry operator to test the life jackets once a month.",
     [("obligation", ["Ferry operator"], "test the life jackets once a month", None)]),
    ("The onus shall rest upon the kiosk operator to prove that the user was warned.",
     [("obligation", ["Kiosk operator"], "prove that the user was warned", None)]),
    ("The county bureau is in charge of registering kiosks; the county public security bureau shall inspect every "
     "kiosk once a year.",
     [("obligation", ["County public security bureau"], "inspect every kiosk once a year", None)]),
    ("The harbour office oversees the piers; and the water police must patrol the channel at night.",
     [("obligation", ["Water police"], "patrol the channel at night", None)]),
]


@pytest.mark.parametrize(("body", "expected"), DUTIES)
def test_duties(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The pier keeper is responsible for the cleanliness of the pier.",  # a bare competence (guide 1.2)
    "The onus of proof is on the applicant.",                           # no party then "to V"
    "The duties of ferry operators include: keeping a passenger list.", # a noun lead-in with no items: no clause
])
def test_no_new_duty(body: str) -> None:
    assert facts(body) == []


# --- encouragement: a call on a party, an exhortation, a wish about its conduct --------------------------------------
ENCOURAGEMENTS: list[tuple[str, list[Fact]]] = [
    ("The county bureau calls on beekeepers to join the apiarists' association.",
     [("encouragement", ["Beekeepers"], "join the apiarists' association", None)]),
    ("The county government urges ferry operators to fit ramps for wheelchairs.",
     [("encouragement", ["Ferry operators"], "fit ramps for wheelchairs", None)]),
    ("Beekeepers are exhorted to share hives with new members.",
     [("encouragement", ["Beekeepers"], "share hives with new members", None)]),
    ("Ferry operators are asked to lend idle boats to the rescue service.",
     [("encouragement", ["Ferry operators"], "lend idle boats to the rescue service", None)]),
    ("Kiosk operators are to be encouraged to accept cards.",
     [("encouragement", ["Kiosk operators"], "accept cards", None)]),
    ("The county government hopes that kiosk operators will accept cards.",
     [("encouragement", ["Kiosk operators"], "accept cards", None)]),
    ("It is hoped that beekeepers will mark their hives.",
     [("encouragement", ["Beekeepers"], "mark their hives", None)]),
    ("It is desirable that ferry operators heat their waiting rooms with solar panels.",
     [("encouragement", ["Ferry operators"], "heat their waiting rooms with solar panels", None)]),
    ("The county bureau gives its backing to ferry operators in fitting ramps for wheelchairs.",
     [("encouragement", ["Ferry operators"], "fitting ramps for wheelchairs", None)]),
    ("The county government lends its full support to beekeepers in planting wildflowers.",
     [("encouragement", ["Beekeepers"], "planting wildflowers", None)]),
    ("The county government endorses the efforts of beekeepers to plant wildflowers.",
     [("encouragement", ["Beekeepers"], "plant wildflowers", None)]),
    ("The county bureau backs the efforts of ferry operators to cut their fuel use.",
     [("encouragement", ["Ferry operators"], "cut their fuel use", None)]),
]


@pytest.mark.parametrize(("body", "expected"), ENCOURAGEMENTS)
def test_encouragements(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The county bureau calls on the first Monday of each month.",  # no party called on to act
    "The applicant is asked to a hearing.",                        # an event, no act
    "It is hoped that the new pier will open in May.",             # a thing, no party
    "The county bureau gives its backing to the plan.",            # no party, no act
])
def test_no_encouragement(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "encouragement"] == []


# --- a bare marker before a list: one clause per item; a bulleted list's items end before the next bullet ---------
LISTS: list[tuple[str, list[Fact]]] = [
    ("Ferry crews are to:\n\n- (a) wear life jackets on deck;\n- (b) count the passengers;\n"
     "- (c) never leave the wheel unattended.",
     [("obligation", ["Ferry crews"], "wear life jackets on deck", None),
      ("obligation", ["Ferry crews"], "count the passengers", None),
      ("prohibition", ["Ferry crews"], "leave the wheel unattended", None)]),
    ("Kiosk operators shall:\n(1) post their prices;\n(2) keep a log of repairs.",
     [("obligation", ["Kiosk operators"], "post their prices", None),
      ("obligation", ["Kiosk operators"], "keep a log of repairs", None)]),
    ("Kiosk operators shall not:\n(1) sell locker codes;\n(2) open a locker in use.",
     [("prohibition", ["Kiosk operators"], "sell locker codes", None),
      ("prohibition", ["Kiosk operators"], "open a locker in use", None)]),
    # a noun lead-in: the party the duties are of bears each item
    ("The duties of a ferry operator include:\n(1) keeping a passenger list;\n(2) checking the life jackets daily.",
     [("obligation", ["Ferry operator"], "keeping a passenger list", None),
      ("obligation", ["Ferry operator"], "checking the life jackets daily", None)]),
    ("The obligations of beekeepers are as follows:\n(a) marking every hive;\n(b) reporting a swarm at once.",
     [("obligation", ["Beekeepers"], "marking every hive", None),
      ("obligation", ["Beekeepers"], "reporting a swarm at once", None)]),
]


@pytest.mark.parametrize(("body", "expected"), LISTS)
def test_lists(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected
