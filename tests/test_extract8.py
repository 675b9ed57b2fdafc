"""Issue 12, session 8 (helper extract7): wordings that the rules missed on an unseen text set (heldout7), each rule
in at least two invented wordings (hostels, ferries, lockers, orchards, landlords, bookshops, canals), never sentences
of the held-out sets. Each case fails on the code before it (integ @ a276768) unless it is marked as a guard.
"""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text


def duties(kb: KnowledgeBase, article: int | None = None) -> list[tuple[int, str, str | None]]:
    return [(o.article, o.modality, kb.get(o.actors[0]).label if o.actors else None)
            for o in kb.obligations if article is None or o.article == article]


def unbound(kb: KnowledgeBase) -> list[str]:
    return [s.text for s in kb.statements if s.reason.startswith("no bearer")]


# --- "It shall be the duty of X to", "It is incumbent upon X to" -------------------------------------------------
# An impersonal "it" with a duty "of" / "incumbent upon" a party: the party after "of" / "upon" bears the duty, as in
# "It is the responsibility of X to" (which was read). With "shall be", the bare "shall" was taken as the marker and
# "It" as its subject (bound to the party of the sentence before, or reported). Only a person holds a duty, so X is a
# party of the text whatever its head noun ("landlords").
IMPERSONAL_DUTY = [
    ("Article 1 It shall be the duty of the harbour bureau of the city government to inspect ferries.",
     [(1, "obligation", "Harbour bureau of the city government")]),
    # after a sentence with its own bearer: the "It" is no pronoun for that bearer
    ("Article 1 Ferry operators shall be responsible for safety on board. It shall be the duty of the port authority "
     "to keep the sailing logs.",
     [(1, "obligation", "Ferry operators"), (1, "obligation", "Port authority")]),
    ("Article 1 It will be the responsibility of lock keepers to record every boat.",
     [(1, "obligation", "Lock keepers")]),
    ("Article 1 It is incumbent upon ferry operators to take the following measures:\n\n(1) checking tickets;\n\n"
     "(2) counting passengers.",
     [(1, "obligation", "Ferry operators"), (1, "obligation", "Ferry operators"), (1, "obligation", "Ferry operators")]),
    ("Article 1 It is incumbent on the canal office to publish the tolls.", [(1, "obligation", "Canal office")]),
    # a head noun that is no party noun: the duty makes it a party, here and in the text's other clauses
    ("Article 1 It shall be incumbent upon landlords to repair leaks within a week.\n\n"
     "Article 2 Landlords may keep a deposit.",
     [(1, "obligation", "Landlords"), (2, "permission", "Landlords")]),
    ("Article 1 It shall be the duty of landlords to insure the buildings they let.",
     [(1, "obligation", "Landlords")]),
]


@pytest.mark.parametrize(("body", "expected"), IMPERSONAL_DUTY)
def test_it_shall_be_the_duty_of_x_binds_x(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


# --- parties: households and families; closed compounds ------------------------------------------------------------
# A family and a household are groups of persons that hold rights and bear duties. English closed compounds are
# right-headed: a "pawnshop" or a "bookstore" is a shop or a store, so a party as they are. Guard: compounds that name
# things ("workshop") stay things.
PARTIES = [
    ("Article 1 Households shall sort their waste. The families of patients may visit the ward at any hour.",
     [(1, "obligation", "Households"), (1, "permission", "Families of patients")]),
    ("Article 1 The families of crew members have the right to be told the position of a missing vessel, and the "
     "harbour bureau shall answer them within one day.",
     [(1, "right", "Families of crew members"), (1, "obligation", "Harbour bureau")]),
    ("Article 1 Before a loan is made, pawnshops shall verify the identity of the borrower and shall keep a copy of it. "
     "A pawnshop is not to take fingerprints unless the borrower agrees.",
     [(1, "obligation", "Pawnshops"), (1, "obligation", "Pawnshops"), (1, "prohibition", "Pawnshops")]),
    ("Article 1 Bookstores shall keep their sales records for two years.\n\n"
     "Article 2 Teashops may serve customers until midnight.",
     [(1, "obligation", "Bookstores"), (2, "permission", "Teashops")]),
]


@pytest.mark.parametrize(("body", "expected"), PARTIES)
def test_households_families_and_compound_shops_are_parties(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


def test_a_workshop_is_no_party() -> None:  # guard
    kb = kb_text("Article 1 The workshop shall be held every year.")
    assert duties(kb) == []
    assert unbound(kb) == ["The workshop shall be held every year."]


# --- an exception names whose act lifts the duty, not who bears it ------------------------------------------------
# "..., unless the renter has agreed to ...": the renter's consent lifts the duty to erase; the renter erases nothing.
# Before, the subject of the exception was made the bearer of the agentless passive.
EXCEPTIONS = [
    "Article 1 Renters may ask for receipts.\n\nArticle 2 Camera footage is to be erased within seven days, unless "
    "the renter has agreed to a longer term.",
    "Article 1 Residents may ask for a copy of their file.\n\nArticle 2 Photographs shall be destroyed after one month "
    "unless the resident has consented to their use.",
    # guard: "except where" (reported before and after)
    "Article 1 Tenants may ask for receipts.\n\nArticle 2 Door codes are to be changed every month, except where the "
    "tenant has asked otherwise.",
]


@pytest.mark.parametrize("body", EXCEPTIONS)
def test_the_party_of_an_exception_does_not_bear_the_duty(body: str) -> None:
    kb = kb_text(body)
    assert duties(kb, 2) == []
    assert len(unbound(kb)) == 1


def test_a_leading_condition_still_names_the_bearer_of_a_passive() -> None:  # guard (passive's rule, kept)
    kb = kb_text("Article 1 Renters may ask for receipts.\n\nArticle 2 Where a renter asks for a receipt, the receipt "
                 "shall be printed at once.")
    assert duties(kb, 2) == [(2, "obligation", "Renters")]


# --- "handling" as processing in a scope article ------------------------------------------------------------------
# Translations of PRC data law write "handling" for processing (the PIPL's "handling of personal information"): a text
# whose scope is a party's handling of data governs each operation of processing (storage, deletion, disclosure ...),
# as a scope that says "processing" does. With the exception rule above, the scope's party bears the passive.
HANDLING = [
    ("Article 1 These Rules apply to the handling of guest data by hotel operators within this City.\n\n"
     "Article 2 Hotel operators shall publish their prices.\n\n"
     "Article 3 Passport scans are to be deleted within three days after checkout, unless the guest has asked for "
     "a longer period.",
     [(3, "obligation", "Hotel operators")]),
    ("Article 1 These Measures apply to the handling of rider information by bicycle rental operators.\n\n"
     "Article 2 Bicycle rental operators shall display their fees.\n\n"
     "Article 3 Trip histories shall be disclosed to no one.",
     [(3, "obligation", "Bicycle rental operators")]),
]


@pytest.mark.parametrize(("body", "expected"), HANDLING)
def test_a_scope_over_handling_binds_processing_passives(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb, 3) == expected


# --- what the previous article's duty produces ---------------------------------------------------------------------
# "Article 4 X shall submit the data ... Article 5 The data submitted are to include ...": the next article goes on
# with what the duty produces (guide 1.2 allows the same or the previous article). A verb's silent "e" goes with its
# "-ed" ("file" / "filed").
PRODUCTS = [
    ("Article 1 Ferry operators shall file passenger lists with the harbour office before each sailing.\n\n"
     "Article 2 The lists filed are to include the following:\n\n(1) the names of passengers;\n\n"
     "(2) the cabin numbers.",
     [(1, "obligation", "Ferry operators"), (2, "obligation", "Ferry operators")]),
    ("Article 1 Orchard owners shall record the spraying of trees in a logbook.\n\n"
     "Article 2 The recorded spraying shall state the chemical used.",
     [(1, "obligation", "Orchard owners"), (2, "obligation", "Orchard owners")]),
]


@pytest.mark.parametrize(("body", "expected"), PRODUCTS)
def test_the_product_of_the_previous_articles_duty(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


def test_two_producers_leave_the_product_unbound() -> None:  # guard
    kb = kb_text("Article 1 Ferry operators shall file passenger lists. Harbour pilots shall file passenger lists.\n\n"
                 "Article 2 The lists filed are to be kept for a year.")
    assert duties(kb, 2) == []


def test_a_product_two_articles_back_is_not_bound() -> None:  # guard
    kb = kb_text("Article 1 Orchard owners shall record the spraying of trees in a logbook.\n\n"
                 "Article 2 Orchard owners may sell fruit at the gate.\n\n"
                 "Article 3 The recorded spraying shall state the chemical used.")
    assert duties(kb, 3) == []


# --- a list inside an item ----------------------------------------------------------------------------------------
# "(1) installing alarms, namely: 1. ...; 2. ...; (2) training staff": items in another numbering after an item that
# ends with a colon are that item's contents, not conduct of the lead-in's bearer; the lead-in's own numbering
# resumes its items. The item's act ends before ", namely:" / ", as follows:" / ", that is:".
NESTED = [
    ("Article 1 Hostel operators shall perform the following duties:\n\n(1) keeping a guest register as follows:\n\n"
     "(a) the name of each guest;\n\n(b) the room number;\n\n(2) reporting lost passports to the police.",
     ["perform the following duties", "keeping a guest register", "reporting lost passports to the police"]),
    ("Article 1 Hostel operators shall take the following measures:\n\n1. installing smoke alarms, that is:\n\n"
     "(1) one alarm in each room;\n\n(2) one alarm in each corridor;\n\n2. training staff in fire drills.",
     ["take the following measures", "installing smoke alarms", "training staff in fire drills"]),
    ("Article 1 Ferry operators shall fulfil the following obligations:\n\n(1) carrying life jackets, namely:\n\n"
     "1. one jacket for each passenger;\n\n2. ten jackets for children;\n\n(2) keeping the engine logs.",
     ["fulfil the following obligations", "carrying life jackets", "keeping the engine logs"]),
]


@pytest.mark.parametrize(("body", "actions"), NESTED)
def test_items_of_a_list_inside_an_item_are_its_contents(body: str, actions: list) -> None:
    kb = kb_text(body)
    assert [o.action for o in kb.obligations] == actions


def test_one_numbering_keeps_every_item() -> None:  # guard: an item ending with a colon, then items of its own series
    kb = kb_text("Article 1 Hostel operators shall take the following measures:\n\n(1) checking the following:\n\n"
                 "(2) keeping a register;\n\n(3) reporting thefts.")
    assert [o.action for o in kb.obligations][-2:] == ["keeping a register", "reporting thefts"]


# --- a scope that names the party ---------------------------------------------------------------------------------
# "These Measures apply to hostels that ... (hereinafter "hostels")": a text whose scope is a party, not an activity,
# governs that party's conduct. An agentless passive that nothing else ties to a party is the scope party's duty
# (guide 1.2), as a last resort.
SCOPE_PARTY = [
    ("Article 1 These Measures apply to hostels and guesthouses in this City that register foreign guests "
     "(hereinafter \"lodging operators\").\n\nArticle 2 Lodging operators shall display their licence.\n\n"
     "Article 3 Guest registers are to be kept for at least one year.",
     [(3, "obligation", "Lodging operators")]),
    ("Article 1 These Rules apply to ferry operators that carry passengers across the bay.\n\n"
     "Article 2 Ferry operators shall sell tickets at the quay.\n\n"
     "Article 3 When a storm warning is issued, all sailings shall be cancelled.",
     [(3, "obligation", "Ferry operators")]),
]


@pytest.mark.parametrize(("body", "expected"), SCOPE_PARTY)
def test_a_scope_naming_a_party_binds_agentless_passives(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb, 3) == expected


# guards: the text itself as subject, a penalty after a violation, a condition that names another party
SCOPE_GUARDS = [
    "Article 3 These Rules shall be implemented on a trial basis for two years.",
    "Article 3 Where a ferry operator violates Article 2, the harbour office shall order it to make corrections; the "
    "persons directly responsible can be given a warning.",
    "Article 3 Where a passenger asks for a refund, the fare shall be refunded within a week.",
]


@pytest.mark.parametrize("last", SCOPE_GUARDS)
def test_a_scope_party_is_no_catch_all(last: str) -> None:
    body = ("Article 1 These Rules apply to ferry operators that carry passengers across the bay.\n\n"
            "Article 2 Ferry operators shall sell tickets at the quay. Passengers may ask for refunds.\n\n" + last)
    kb = kb_text(body)
    assert all(b != "Ferry operators" or m == "prohibition" for _, m, b in duties(kb, 3))
    assert (3, "obligation", "Ferry operators") not in duties(kb, 3)


# --- negative inversion --------------------------------------------------------------------------------------------
# A fronted negative adverbial inverts subject and modal ("Under no circumstances shall X ...", "In no case may X
# ...", "At no time shall X ..."): the subject follows the modal, and the clause bans it. Before, the adverbial was read
# as a condition with no subject after it, and the ban was reported without a bearer.
INVERSION = [
    ("Article 1 Under no circumstances shall ferry operators carry dangerous goods.",
     [(1, "prohibition", "Ferry operators")], ["carry dangerous goods"]),
    ("Article 1 In no case may the operators of ferries sell alcohol on board.",
     [(1, "prohibition", "Operators of ferries")], ["sell alcohol on board"]),
    ("Article 1 At no time shall any organization or individual enter the quay without a pass.",
     [(1, "prohibition", "Any organization or individual")], ["enter the quay without a pass"]),
    ("Article 1 On no account shall harbour pilots and lock keepers leave their posts during a storm.",
     [(1, "prohibition", "Harbour pilots"), (1, "prohibition", "Lock keepers")], ["leave their posts during a storm"] * 2),
]


@pytest.mark.parametrize(("body", "expected", "actions"), INVERSION)
def test_negative_inversion_bans_the_subject_after_the_modal(body: str, expected: list, actions: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert [o.action for o in kb.obligations] == actions
    assert unbound(kb) == []


def test_an_inverted_passive_keeps_its_thing_as_subject() -> None:  # guard: reported, not bound to a word after it
    kb = kb_text("Article 1 Under no circumstances shall the logs be destroyed.")
    assert duties(kb) == []
    assert unbound(kb) == ["Under no circumstances shall the logs be destroyed."]


# --- a thing defined as what a party collects; a scope with a participle ------------------------------------------
# '"Guest records" means the names ... of guests that hotel operators collect': the active voice of "collected by
# hotel operators" (which was read): an agentless duty on the defined thing is that party's. And "These Rules apply
# to X established / located in ...": a scope naming the party with a participle, as "X that ..." does.
DEFINED_BY_WHO_MAKES = [
    ("Article 1 Hotel operators shall register their guests.\n\nArticle 2 For the purposes of these Rules, \"guest "
     "records\" means the names, passport numbers and photographs of guests that hotel operators collect at "
     "check-in.\n\nArticle 3 Guest records shall be kept for three years after checkout.",
     [(3, "obligation", "Hotel operators")]),
    ("Article 1 Ferry operators shall sell tickets. \"Passenger files\" means the records which ferry operators keep "
     "on each passenger.\n\nArticle 3 Passenger files are to be destroyed after two years.",
     [(3, "obligation", "Ferry operators")]),
    ("Article 1 These Rules apply to hotel operators established within this Province.\n\n"
     "Article 2 Hotel operators shall register their guests.\n\nArticle 3 Guest photographs shall be deleted after "
     "checkout.",
     [(3, "obligation", "Hotel operators")]),
    ("Article 1 These Measures apply to locker operators located in railway stations.\n\n"
     "Article 2 Locker operators shall post their fees.\n\nArticle 3 Abandoned luggage is to be handed to the police "
     "after thirty days.",
     [(3, "obligation", "Locker operators")]),
]


@pytest.mark.parametrize(("body", "expected"), DEFINED_BY_WHO_MAKES)
def test_what_a_party_collects_and_a_participle_scope(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb, 3) == expected


def test_what_a_thing_generates_binds_no_one() -> None:  # guard: the relative clause's subject names no party
    kb = kb_text("Article 1 Hotel operators shall register their guests.\n\nArticle 2 \"Door logs\" means the records "
                 "that electronic locks generate.\n\nArticle 3 Door logs shall be kept for one month.")
    assert duties(kb, 3) == []


# --- more wordings of who holds a duty or a right (found by probing other wordings, not on a held-out text) --------
# "It is the X's duty to" (the possessor bears it, as "the duty of X"); "X reserves / retains the right to" (a right);
# "None of the X shall" (a partitive that denies it to each X, as "No X shall").
MORE_HOLDERS = [
    ("Article 1 It is the ferry operator's duty to check tickets.", [(1, "obligation", "Ferry operator")]),
    ("Article 1 It shall be the landlords' responsibility to repair roofs.\n\nArticle 2 Landlords may keep deposits.",
     [(1, "obligation", "Landlords"), (2, "permission", "Landlords")]),
    ("Article 1 Ferry operators reserve the right to refuse drunk passengers.", [(1, "right", "Ferry operators")]),
    ("Article 1 Passengers retain the right to cancel a booking up to one day before sailing.",
     [(1, "right", "Passengers")]),
    ("Article 1 Ferry operators shall keep logs. None of the ferry operators shall sell alcohol.",
     [(1, "obligation", "Ferry operators"), (1, "prohibition", "Ferry operators")]),
    ("Article 1 Harbour pilots shall wear uniforms.\n\nArticle 2 None of the harbour pilots may leave the bridge.",
     [(1, "obligation", "Harbour pilots"), (2, "prohibition", "Harbour pilots")]),
]


@pytest.mark.parametrize(("body", "expected"), MORE_HOLDERS)
def test_possessive_duties_reserved_rights_and_none_of(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


def test_it_is_the_way_is_no_duty() -> None:  # guard: a possessive-free "It is the ... to"
    kb = kb_text("Article 1 It is the best way to travel between the islands.")
    assert duties(kb) == [] and unbound(kb) == []


# --- an item's act stops at its colon; the text's own commencement ---------------------------------------------------
# As a lead-in's action stops at its colon, an item's act stops at a colon inside it ("(2) carrying life jackets,
# namely: one for each passenger ...": what follows is what the act covers), whether the contents are run in or a
# nested list the structure keeps inside the item. A clock time ("22:00") is no such colon (guard).
ITEM_COLON = [
    ("Article 1 Ferry operators shall perform the following duties:\n\n(1) carrying life jackets, namely: one jacket "
     "for each passenger and ten for children;\n\n(2) keeping logs.",
     ["perform the following duties", "carrying life jackets", "keeping logs"]),
    ("Article 1 Hotel operators shall take the following measures:\n\n(1) posting the house rules, as follows: fire "
     "exits, quiet hours and checkout times;\n\n(2) closing the gates at 22:00 every night.",
     ["take the following measures", "posting the house rules", "closing the gates at 22:00 every night"]),
]


@pytest.mark.parametrize(("body", "actions"), ITEM_COLON)
def test_an_items_act_stops_at_its_colon(body: str, actions: list) -> None:
    kb = kb_text(body)
    assert [o.action for o in kb.obligations] == actions


# "These Rules shall go into effect on ...", "These Measures shall be implemented (on a trial basis) from ...": the
# text's own commencement, no duty without a bearer (before: reported as one). Guard: a party's measures "shall be
# implemented" by it stay a duty.
COMMENCEMENT = [
    "Article 9 These Rules shall go into effect on 1 June 2031.",
    "Article 9 These Measures shall be implemented on a trial basis for two years from 1 September 2031.",
    "Article 9 This Decision shall be implemented from 1 March 2031.",
]


@pytest.mark.parametrize("body", COMMENCEMENT)
def test_the_texts_own_commencement_is_no_duty(body: str) -> None:
    kb = kb_text(body)
    assert duties(kb) == [] and unbound(kb) == []
    assert [s.reason for s in kb.statements] == ["not a duty: entry into force"]


def test_measures_implemented_by_a_party_stay_a_duty() -> None:  # guard
    kb = kb_text("Article 1 Ferry operators shall draw up safety measures. The safety measures shall be implemented "
                 "by ferry operators within one month.")
    assert duties(kb) == [(1, "obligation", "Ferry operators"), (1, "obligation", "Ferry operators")]


# --- "Anyone who ..." ------------------------------------------------------------------------------------------------
# As "Any person who sells tickets shall" (guide 1.4: the bearer in the text's words, the qualifier its condition, not
# universal), "Anyone / Everyone who ... shall": before, no bearer was found.
ANYONE_WHO = [
    ("Article 1 Anyone who finds a lost wallet on a ferry shall hand it to the crew.", "Anyone",
     "who finds a lost wallet on a ferry"),
    ("Article 1 Everyone who enters the quay shall show a pass.", "Everyone", "who enters the quay"),
]


@pytest.mark.parametrize(("body", "bearer", "condition"), ANYONE_WHO)
def test_anyone_who_is_a_bearer_with_a_condition(body: str, bearer: str, condition: str) -> None:
    kb = kb_text(body)
    assert duties(kb) == [(1, "obligation", bearer)]
    o = kb.obligations[0]
    assert o.condition == condition and not o.universal


# "shall be free to", "are at liberty to": leave, not a duty (before: an obligation "be free to ...")
FREE_TO = [
    ("Article 1 Passengers shall be free to choose their seats.", [(1, "permission", "Passengers")], ["choose their seats"]),
    ("Article 1 Ferry operators are at liberty to set their fares.", [(1, "permission", "Ferry operators")],
     ["set their fares"]),
]


@pytest.mark.parametrize(("body", "expected", "actions"), FREE_TO)
def test_free_to_is_leave(body: str, expected: list, actions: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert [o.action for o in kb.obligations] == actions


# --- a list of parties opened by a noun that is no party noun ----------------------------------------------------------
# "Tour guides, drivers and ticket sellers shall": before, "Tour guides" (no party noun) was read as an adverbial before
# the comma and made the clause's condition, silently. Coordination joins like with like: a plain plural noun phrase
# that opens a list of three or more whose others are parties is a party too. Guards: a real adverbial before the
# comma stays the condition; a list of things under a passive binds no one.
PARTY_LIST = [
    ("Article 1 Tour guides, drivers and ticket sellers shall wear badges.",
     [(1, "obligation", "Tour guides"), (1, "obligation", "Drivers"), (1, "obligation", "Ticket sellers")]),
    ("Article 1 Lifeguards, pool attendants and cashiers shall wear uniforms.",
     [(1, "obligation", "Lifeguards"), (1, "obligation", "Pool attendants"), (1, "obligation", "Cashiers")]),
]


@pytest.mark.parametrize(("body", "expected"), PARTY_LIST)
def test_a_list_of_parties_opened_by_another_noun(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert all(o.condition is None for o in kb.obligations)


def test_an_adverbial_before_a_list_stays_a_condition() -> None:  # guard
    kb = kb_text("Article 1 In emergencies, drivers and ticket sellers shall call the police.")
    assert duties(kb) == [(1, "obligation", "Drivers"), (1, "obligation", "Ticket sellers")]
    assert {o.condition for o in kb.obligations} == {"In emergencies"}


def test_a_list_of_things_binds_no_one() -> None:  # guard
    kb = kb_text("Article 1 Ferries, buses and taxis shall be cleaned daily.")
    assert duties(kb) == []
