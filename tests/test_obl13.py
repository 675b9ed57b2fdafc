"""Session 12 (helper `obl13`): obligations on the wordings heldout13 stresses (a development set since session 12),
each tested here in invented wordings of other fields (marinas, bicycle rentals, allotments, ferries, street stalls):
the construction as the set words it and as another translator would, with guards for the readings that must not
change. The fixes complete frame families (a copula other than "be", the rule as the agent of its own predicate, an
aside before the infinitive, impersonal frames of leave, power, counsel and content, a duty or right noun as the
subject with its holder after the verb, negations of every occasion and a failure denied) and read structures (a thing
denied as a passive's subject, a thing run by a party the text names, a relative clause naming the agent inside the
subject, an indirect question as an item, a purpose clause).
"""

from __future__ import annotations

import pytest

from .test_extract10 import facts, unbound

Fact = tuple[str, list[str], str, "str | None"]


# --- duties: a copula other than "be", the rule as agent, a direction, a task held, a failure denied ----------------
DUTIES: list[tuple[str, list[Fact]]] = [
    ("The marina office stands obliged to test the fuel pumps every month.",
     [("obligation", ["Marina office"], "test the fuel pumps every month", None)]),
    ("The marina office remains bound to keep the berth register after the season.",
     [("obligation", ["Marina office"], "keep the berth register after the season", None)]),
    ("A rental operator is required by these Measures to fit every bicycle with a bell.",
     [("obligation", ["Rental operator"], "fit every bicycle with a bell", None)]),
    ("A rental operator is obliged by law to insure its riders.",
     [("obligation", ["Rental operator"], "insure its riders", None)]),
    ("The district offices are hereby directed to report abandoned bicycles to the transport bureau.",
     [("obligation", ["District offices"], "report abandoned bicycles to the transport bureau", None)]),
    ("The transport bureau has the task of licensing rental operators.",
     [("obligation", ["Transport bureau"], "licensing rental operators", None)]),
    ("It is the task of the transport bureau to license rental operators.",
     [("obligation", ["Transport bureau"], "license rental operators", None)]),
    ("A stall keeper shall not fail to clean the pavement at closing time.",
     [("obligation", ["Stall keeper"], "clean the pavement at closing time", None)]),
    ("A stall keeper must not neglect to display the price of each dish.",
     [("obligation", ["Stall keeper"], "display the price of each dish", None)]),
    ("It is required of every stall keeper that the gas bottles are stored upright.",
     [("obligation", ["Stall keeper"], "the gas bottles are stored upright", None)]),
    ("It shall be expected of each rental operator that damaged bicycles are taken off the street within a day.",
     [("obligation", ["Rental operator"], "damaged bicycles are taken off the street within a day", None)]),
]


@pytest.mark.parametrize(("body", "expected"), DUTIES)
def test_duties(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The marina office stands on the east pier.",                       # a place, no predicate of duty
    "The rental operator was directed to the wrong office.",            # a direction of travel, no "to V"
    "The task of the survey was completed in May.",                     # a task as a fact, no party bound
])
def test_no_duty(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "obligation"] == []


# --- a duty or right noun as the subject, its holder after the verb of holding ----------------------------------------
HELD_BY: list[tuple[str, list[Fact]]] = [
    ("The obligation to light the pontoons at night rests with the marina operator.",
     [("obligation", ["Marina operator"], "light the pontoons at night", None)]),
    ("The duty to clear snow from the moorings lies with the marina operator.",
     [("obligation", ["Marina operator"], "clear snow from the moorings", None)]),
    ("Responsibility for inspecting the cranes lies with the harbour bureau (the \"Bureau\").",
     [("obligation", ["Harbour bureau"], "inspecting the cranes", None)]),
    ("The right to use the slipway free of charge belongs to the members who pay the annual fee.",
     [("right", ["Members"], "use the slipway free of charge", "who pay the annual fee")]),
    ("The right to inspect the berth register is vested in the harbour bureau.",
     [("right", ["Harbour bureau"], "inspect the berth register", None)]),
]


@pytest.mark.parametrize(("body", "expected"), HELD_BY)
def test_noun_held_by(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


# --- leave and power: impersonal frames, a leave held, the rule disclaiming a bar, "lawfully" ----------------------
LEAVES: list[tuple[str, list[Fact]]] = [
    ("It is within the power of a harbour master to close a berth where the pontoon is damaged.",
     [("permission", ["Harbour master"], "close a berth", "where the pontoon is damaged")]),
    ("It shall be within the competence of the harbour bureau to suspend a licence.",
     [("permission", ["Harbour bureau"], "suspend a licence", None)]),
    ("It shall be in order for a stall keeper to trade on public holidays, provided that the street is kept clear.",
     [("permission", ["Stall keeper"], "trade on public holidays", "provided that the street is kept clear")]),
    ("It is in order for members to bring one guest each.",
     [("permission", ["Members"], "bring one guest each", None)]),
    ("A rental operator has permission to park bicycles on the footway outside shops.",
     [("permission", ["Rental operator"], "park bicycles on the footway outside shops", None)]),
    ("Nothing in these Measures prevents a rental operator from charging a deposit.",
     [("permission", ["Rental operator"], "charging a deposit", None)]),
    ("Nothing in this Law shall preclude a members' club from setting a higher fee.",
     [("permission", ["Members' club"], "setting a higher fee", None)]),
    ("A stall keeper may lawfully refuse to serve a customer who is drunk.",
     [("permission", ["Stall keeper"], "refuse to serve a customer who is drunk", None)]),
    ("A rental operator is permitted by these Provisions to lock a bicycle left outside a parking zone.",
     [("permission", ["Rental operator"], "lock a bicycle left outside a parking zone", None)]),
]


@pytest.mark.parametrize(("body", "expected"), LEAVES)
def test_leaves(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "It is in order to protect riders that helmets are lent free of charge.",  # "in order to": a purpose
    "Nothing in these Measures applies to private moorings.",                  # scope, no leave
])
def test_no_leave(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "permission"] == []


# --- bans: a leave denied impersonally, negations of every occasion, "are never to", "cannot lawfully" --------------
BANS: list[tuple[str, list[Fact]]] = [
    ("It is not open to a stall keeper to cook on the pavement.",
     [("prohibition", ["Stall keeper"], "cook on the pavement", None)]),
    ("It shall not be in order for a rental operator to leave bicycles on a cycle lane.",
     [("prohibition", ["Rental operator"], "leave bicycles on a cycle lane", None)]),
    ("A ferry operator shall on no occasion carry more passengers than the licence allows.",
     [("prohibition", ["Ferry operator"], "carry more passengers than the licence allows", None)]),
    ("Ferry crews may not under any pretext open the car deck at sea.",
     [("prohibition", ["Ferry crews"], "open the car deck at sea", None)]),
    ("Ferry crews shall not, for any reason, leave the bridge unattended.",
     [("prohibition", ["Ferry crews"], "leave the bridge unattended", None)]),
    ("Stall keepers are never to sell alcohol to minors.",
     [("prohibition", ["Stall keepers"], "sell alcohol to minors", None)]),
    ("A ferry operator is at no time to sail in fog.",
     [("prohibition", ["Ferry operator"], "sail in fog", None)]),
    ("A ferry pilot cannot lawfully take the helm after drinking alcohol.",
     [("prohibition", ["Ferry pilot"], "take the helm after drinking alcohol", None)]),
    ("A ferry pilot may not legally take the helm without a valid certificate.",
     [("prohibition", ["Ferry pilot"], "take the helm without a valid certificate", None)]),
]


@pytest.mark.parametrize(("body", "expected"), BANS)
def test_bans(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The jetty is not open to the public in winter.",        # a state of a thing, no party's leave denied
])
def test_no_ban(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "prohibition"] == []


# --- a thing denied as the subject of a passive: the act banned, bound as any agentless passive ----------------------
def test_thing_denied_in_a_passive() -> None:
    assert facts("A marina operator shall register the marina, and no berth shall be let before the pontoon is "
                 "inspected.") == [
        ("obligation", ["Marina operator"], "register the marina", None),
        ("prohibition", ["Marina operator"], "no berth shall be let before the pontoon is inspected", None)]
    assert facts("Stall keepers shall keep the street clean; no stall shall be set up on a fire lane.") == [
        ("obligation", ["Stall keepers"], "keep the street clean", None),
        ("prohibition", ["Stall keepers"], "no stall shall be set up on a fire lane", None)]


def test_thing_denied_names_no_party_alone() -> None:
    """With nothing before it, the ban is reported, not given to anyone."""
    assert facts("No berth shall be let before the pontoon is inspected.") == []
    assert unbound("No berth shall be let before the pontoon is inspected.") != []


# --- rights: "possesses", "has standing", "is owed", an aside before "to", "as of right" -----------------------------
RIGHTS: list[tuple[str, list[Fact]]] = [
    ("A member who has paid the fee possesses the right to moor one boat.",
     [("right", ["Member"], "moor one boat", "who has paid the fee")]),
    ("Every member possesses the right of access to the clubhouse.",
     [("right", ["Member"], "access to the clubhouse", None)]),
    ("A rider who is injured by a faulty brake has standing to claim compensation from the rental operator.",
     [("right", ["Rider"], "claim compensation from the rental operator", "who is injured by a faulty brake")]),
    ("Every passenger is owed a seat for which a ticket was sold.",
     [("right", ["Passenger"], "a seat for which a ticket was sold", None)]),
    ("A passenger is entitled, on request, to see the crew list.",
     [("right", ["Passenger"], "see the crew list", "on request")]),
    ("A passenger shall be entitled, within seven days, to ask for a refund.",
     [("right", ["Passenger"], "ask for a refund", "within seven days")]),
    ("A passenger whose sailing is cancelled may claim a refund as of right from the ferry operator.",
     [("right", ["Passenger"], "claim a refund as of right from the ferry operator", "whose sailing is cancelled")]),
]


@pytest.mark.parametrize(("body", "expected"), RIGHTS)
def test_rights(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The fee is owed to the marina office.",      # a debt and its creditor
    "The amount is owed by the operator.",        # a debt and its debtor
])
def test_no_right(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "right"] == []


# --- encouragement: counsel, wishes, support named by other verbs -----------------------------------------------------
ENCOURAGEMENTS: list[tuple[str, list[Fact]]] = [
    ("It is recommended that riders wear helmets.",
     [("encouragement", ["Riders"], "wear helmets", None)]),
    ("It is advisable that members check the weather before sailing.",
     [("encouragement", ["Members"], "check the weather before sailing", None)]),
    ("It would be welcome if stall keepers used paper bags.",
     [("encouragement", ["Stall keepers"], "used paper bags", None)]),
    ("It would be appreciated if passengers arrived ten minutes early.",
     [("encouragement", ["Passengers"], "arrived ten minutes early", None)]),
    ("It is the wish of the district government that shops which sell cooked food will open a public toilet.",
     [("encouragement", ["Shops"], "open a public toilet", "which sell cooked food")]),
    ("It is the hope of the harbour bureau that marina operators will plant trees along the quay.",
     [("encouragement", ["Marina operators"], "plant trees along the quay", None)]),
    ("It is good practice for riders to lock their bicycles.",
     [("encouragement", ["Riders"], "lock their bicycles", None)]),
    ("It is advisable for passengers to keep their tickets until they leave the pier.",
     [("encouragement", ["Passengers"], "keep their tickets until they leave the pier", None)]),
    ("Members would do well to wear life jackets.",
     [("encouragement", ["Members"], "wear life jackets", None)]),
    ("Stall keepers are well advised to keep a fire blanket.",
     [("encouragement", ["Stall keepers"], "keep a fire blanket", None)]),
    ("The transport bureau fosters efforts by rental operators to repair bicycles locally.",
     [("encouragement", ["Rental operators"], "repair bicycles locally", None)]),
    ("The transport bureau supports the efforts of schools to teach cycling.",
     [("encouragement", ["Schools"], "teach cycling", None)]),
    ("The district government stands behind shops and restaurants in offering free drinking water.",
     [("encouragement", ["Shops"], "offering free drinking water", None),
      ("encouragement", ["Restaurants"], "offering free drinking water", None)]),
    ("The harbour bureau is in favour of marina operators offering sailing lessons to children.",
     [("encouragement", ["Marina operators"], "offering sailing lessons to children", None)]),
    ("The harbour bureau is strongly in favour of clubs training young sailors.",
     [("encouragement", ["Clubs"], "training young sailors", None)]),
]


@pytest.mark.parametrize(("body", "expected"), ENCOURAGEMENTS)
def test_encouragements(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    "The harbour bureau is in favour of the plan.",         # a plan favoured, no party's conduct
    "The harbour office stands behind the fish market.",    # a place, no support
])
def test_no_encouragement(body: str) -> None:
    assert [f for f in facts(body) if f[0] == "encouragement"] == []


# --- bearers: a relative clause naming the agent, a thing its keeper runs -----------------------------------------------
BEARERS: list[tuple[str, list[Fact]]] = [
    ("A rental operator shall keep a register of riders.\n\nPhone numbers that a rental operator collects from riders "
     "shall be deleted after one year.",
     [("obligation", ["Rental operator"], "keep a register of riders", None),
      ("obligation", ["Rental operator"], "Phone numbers that a rental operator collects from riders shall be deleted "
       "after one year", None)]),
    ("A ferry operator shall publish its timetable.\n\nThe tickets which the ferry operator sells shall be kept for "
     "a year.",
     [("obligation", ["Ferry operator"], "publish its timetable", None),
      ("obligation", ["Ferry operator"], "The tickets which the ferry operator sells shall be kept for a year", None)]),
    ("A stall operator shall register each stall.\n\nEvery market stall shall show the following:\n\n(1) the name of "
     "the stall operator;\n\n(2) the licence number;\n\n(3) whether the food is cooked on the spot.",
     [("obligation", ["Stall operator"], "register each stall", None),
      ("obligation", ["Stall operator"], "Every market stall shall show the following", None)]),
    ("A bicycle owner shall register the bicycle.\n\nEach bicycle must carry a bell and a lamp.",
     [("obligation", ["Bicycle owner"], "register the bicycle", None),
      ("obligation", ["Bicycle owner"], "Each bicycle must carry a bell and a lamp", None)]),
]


@pytest.mark.parametrize(("body", "expected"), BEARERS)
def test_bearers(body: str, expected: list[Fact]) -> None:
    assert facts(body) == expected


def test_thing_with_two_keepers_names_no_party() -> None:
    """Two parties named after the same thing: the clause is reported, not given to either."""
    body = ("A bicycle owner shall register the bicycle. A bicycle dealer shall keep sales records.\n\n"
            "Each bicycle must carry a bell.")
    assert [f for f in facts(body) if f[2].startswith("Each bicycle")] == []


# --- a modal inside a purpose clause is no clause ----------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "These Measures are made so that night markets may thrive while the streets stay clean.",
    "These Rules are made under the Road Traffic Law, in order that riders can cycle in safety.",
])
def test_purpose_clause_is_no_clause(body: str) -> None:
    assert facts(body) == []
