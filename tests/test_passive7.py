"""Issue 12, session 7 (helper passive): duties whose bearer is not the grammatical subject, and parties learned
from the markers they bear. Every rule in at least two invented wordings (libraries, hostels, orchards, lockers,
ferries, rides), never sentences of the held-out sets; each case fails on the code before it (aea42c0) unless it
is marked as a guard.
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


# --- a party learned from a marker only a person can bear -------------------------------------------------------
# "have the responsibility to", "are entitled to", "are encouraged to", "are obliged to": only a party holds a
# duty or a right, so the subject is a party whatever its head noun; the text's other clauses then bind it too.
HOLDERS = [
    ("Article 1 Libraries have the responsibility to keep reading records confidential.\n\n"
     "Article 2 Libraries shall publish their opening hours.",
     [(1, "obligation", "Libraries"), (2, "obligation", "Libraries")]),
    ("Article 1 Hostels are entitled to refuse guests without identity papers.\n\n"
     "Article 2 Guest registers shall be kept by hostels for three years.",
     [(1, "right", "Hostels"), (2, "obligation", "Hostels")]),
    # an elided subject: the one of the clause before it in the same sentence
    ("Article 1 Orchards may sell fruit at the gate, and are entitled to charge a picking fee.\n\n"
     "Article 2 Orchards shall label sprayed trees.",
     [(1, "permission", "Orchards"), (1, "right", "Orchards"), (2, "obligation", "Orchards")]),
    ("Article 1 Vineyards are encouraged to open cellars to visitors.\n\n"
     "Article 2 Tasting records shall be kept by vineyards.",
     [(1, "encouragement", "Vineyards"), (2, "obligation", "Vineyards")]),
]


@pytest.mark.parametrize(("body", "expected"), HOLDERS)
def test_a_subject_bearing_a_right_or_a_responsibility_is_a_party(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


# guards: "shall", "is required to", "may" also take things, so they teach nothing; a thing stays unbound
THINGS = [
    "Article 1 Meters are required to be sealed.\n\nArticle 2 Meters shall record hourly readings.",
    "Article 1 Gates may be opened with a code.\n\nArticle 2 Gates shall display a service number.",
]


@pytest.mark.parametrize("body", THINGS)
def test_a_thing_is_not_learned_as_a_party(body: str) -> None:
    kb = kb_text(body)
    assert duties(kb) == []
    assert len(unbound(kb)) == 2


# --- an agent phrase followed by an adverbial --------------------------------------------------------------------
# "by X at/within/in ...": the adverbial is no part of the agent's name
AGENT_ADVERBIALS = [
    ("Article 1 Kiosk operators shall register with the bureau.\n\n"
     "Article 2 Kiosk logs shall be kept by kiosk operators at their premises for two years.",
     [(1, "obligation", "Kiosk operators"), (2, "obligation", "Kiosk operators")]),
    ("Article 1 Ferry companies shall keep a passenger list.\n\n"
     "Article 2 Passenger lists shall be checked by ferry companies at the pier before each departure.",
     [(1, "obligation", "Ferry companies"), (2, "obligation", "Ferry companies")]),
]


@pytest.mark.parametrize(("body", "expected"), AGENT_ADVERBIALS)
def test_an_adverbial_after_the_agent_is_not_its_name(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert len(kb.actors) == 1


# the scope article's agent followed by a place ("by X within the territory of this City"): X is the party the text
# governs, and an agentless clause about what it governs binds X (guide 1.2)
SCOPES = [
    ("Article 1 These Rules apply to the storage and use of parcel data by locker operators within the territory "
     "of this City.\n\nArticle 2 Locker operators shall register with the post bureau.\n\n"
     "Article 3 Parcel data shall be stored for one year. Delivery photos are to be retained for three months.",
     [(2, "obligation", "Locker operators"), (3, "obligation", "Locker operators"),
      (3, "obligation", "Locker operators")]),
    ("Article 1 These Measures apply to the collection of ride data by ride-hailing platforms in this Province.\n\n"
     "Article 2 Ride-hailing platforms shall appoint a data officer.\n\n"
     "Article 3 Ride data is to be deleted after two years.",
     [(2, "obligation", "Ride-hailing platforms"), (3, "obligation", "Ride-hailing platforms")]),
]


@pytest.mark.parametrize(("body", "expected"), SCOPES)
def test_the_scope_party_is_found_before_a_place(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


def facts(kb: KnowledgeBase, article: int) -> list[tuple[str, str | None, str]]:
    return [(o.modality, kb.get(o.actors[0]).label if o.actors else None, o.action)
            for o in kb.obligations if o.article == article]


# --- an act named by a noun as subject, in a later paragraph (guide 1.2, as a passive) ----------------------------
# "The creation of X is to follow Y": the act's agent is unsaid, as a passive's; the earlier paragraph binds one party.
# The verb is active, so the action is the usual one after the marker (guide 3.2).
ACT_NOUNS = [
    ("Article 1 Ferry companies shall keep a passenger list.\n\nThe verification of tickets is to take place at the "
     "gangway.", ("obligation", "Ferry companies", "take place at the gangway")),
    ("Article 1 Kiosk operators shall register every kiosk.\n\nThe installation of card readers shall follow the "
     "national standard.", ("obligation", "Kiosk operators", "follow the national standard")),
]


@pytest.mark.parametrize(("body", "expected"), ACT_NOUNS)
def test_an_act_noun_in_a_later_paragraph_binds_the_party_of_the_paragraph_before(body: str, expected: tuple) -> None:
    kb = kb_text(body)
    assert facts(kb, 1)[1] == expected
    assert unbound(kb) == []


def test_an_act_noun_with_no_party_before_stays_reported() -> None:  # guard
    kb = kb_text("Article 1 The inspection of boilers shall be annual.")
    assert not kb.obligations and len(unbound(kb)) == 1


# --- "..., and X bears responsibility for it": the party answering for the act named before ----------------------
ANSWERS = [
    ("Article 1 The installation of card readers in new kiosks is to be completed before the kiosk opens, and the "
     "kiosk builder bears responsibility for it.", "Kiosk builder"),
    ("Article 1 Ferry tickets shall be checked at the gangway, and the ferry company shall be responsible for this.",
     "Ferry company"),
]


@pytest.mark.parametrize(("body", "party"), ANSWERS)
def test_an_agentless_clause_binds_the_party_that_answers_for_it(body: str, party: str) -> None:
    kb = kb_text(body)
    got = facts(kb, 1)
    assert [(m, b) for m, b, _a in got] == [("obligation", party), ("obligation", party)]
    assert got[0][2].endswith(("before the kiosk opens", "checked at the gangway"))  # the whole agentless clause
    assert unbound(kb) == []


def test_a_party_bearing_something_else_binds_nothing() -> None:  # guard: no modal, no "for it"
    kb = kb_text("Article 1 The painting of the hull is to be done each spring, and the owner bears the costs.")
    assert not kb.obligations and len(unbound(kb)) == 1


# --- "Where X happens, it is to be V-ed": "it" is the thing acted on ---------------------------------------------
# Before, the clause was dropped without a word ("is to" after "it" read as "the purpose ... is to"), or the thing in
# the condition ("a card reader", an agent-like noun) was made the bearer of its own repair.
PATIENTS = [
    ("Article 1 Gas supply enterprises shall keep their meters locked. Where a meter breaks down, it is to be "
     "replaced within three days.",
     ("obligation", "Gas supply enterprises", "it is to be replaced within three days", "Where a meter breaks down")),
    ("Article 1 Kiosk operators shall keep a log of faults. If a card reader is damaged, it is to be repaired before "
     "the kiosk reopens.",
     ("obligation", "Kiosk operators", "it is to be repaired before the kiosk reopens", "If a card reader is damaged")),
    ("Article 1 Ferry companies shall inspect their boats. When a lifeboat is found leaking, it shall be withdrawn "
     "from service.",
     ("obligation", "Ferry companies", "it shall be withdrawn from service", "When a lifeboat is found leaking")),
]


@pytest.mark.parametrize(("body", "expected"), PATIENTS)
def test_a_pronoun_subject_of_a_passive_is_acted_on_by_the_party_before(body: str, expected: tuple) -> None:
    kb = kb_text(body)
    got = [(o.modality, kb.get(o.actors[0]).label, o.action, o.condition) for o in kb.obligations]
    assert got[1:] == [expected]
    assert unbound(kb) == []


PATIENTS_UNBOUND = [
    "Article 1 If a card reader is damaged, it is to be repaired before the kiosk reopens.",  # no party before
    # the antecedent is the party of the sentence before: it does not grant itself a licence
    "Article 1 Applicants shall submit the form to the bureau. Where an applicant meets the conditions, it shall be "
    "granted a licence.",
]


@pytest.mark.parametrize("body", PATIENTS_UNBOUND)
def test_a_pronoun_passive_whose_agent_is_not_said_is_reported(body: str) -> None:
    kb = kb_text(body)
    assert [o for o in kb.obligations if o.action.startswith(("it ", "be "))] == []
    assert len(unbound(kb)) == 1


# an item ending in a word that ends in "or"/"and" ("licensed for", "a brand") keeps it: only a joining word is cut
ITEM_ENDS = [
    ("Article 1 Ferry companies shall do the following:\n(1) keep the boats they are licensed for;\n(2) check tickets.",
     "keep the boats they are licensed for"),
    ("Article 1 Kiosk operators shall do the following:\n(1) display the name of the brand; and\n(2) keep receipts.",
     "display the name of the brand"),
]


@pytest.mark.parametrize(("body", "action"), ITEM_ENDS)
def test_an_item_keeps_a_last_word_that_ends_like_a_conjunction(body: str, action: str) -> None:
    assert facts(kb_text(body), 1)[1][2] == action


# --- markers that were dropped without a word ----------------------------------------------------------------------
MARKERS = [
    ("Kiosk operators bear the obligation to keep logs.", ("obligation", "Kiosk operators", "keep logs")),
    ("Ferry companies bear the duty to insure passengers.", ("obligation", "Ferry companies", "insure passengers")),
    ("Kiosk operators have a duty to train staff.", ("obligation", "Kiosk operators", "train staff")),
    ("A ferry company has a responsibility to rescue passengers.",
     ("obligation", "Ferry company", "rescue passengers")),
    ("Kiosk operators have the obligation of keeping logs.", ("obligation", "Kiosk operators", "keeping logs")),
    ("Ferry companies have the responsibility of ensuring that boats are safe.",
     ("obligation", "Ferry companies", "ensuring that boats are safe")),
    # an exemption, like "have no obligation to" (a permission whose action keeps "no obligation to")
    ("Kiosk operators are under no obligation to open at night.",
     ("permission", "Kiosk operators", "no obligation to open at night")),
    ("A ferry company is under no duty to carry animals.",
     ("permission", "Ferry company", "no duty to carry animals")),
]


@pytest.mark.parametrize(("body", "expected"), MARKERS)
def test_duty_and_exemption_markers(body: str, expected: tuple) -> None:
    assert facts(kb_text(f"Article 1 {body}"), 1) == [expected]


def test_bear_responsibility_for_keeps_its_marker_in_the_action() -> None:  # guard (guide 3.2)
    assert facts(kb_text("Article 1 The bureau bears responsibility for inspections."), 1) == [
        ("obligation", "Bureau", "bears responsibility for inspections")]


# --- the agent of a normative passive names its bearer, also a party the text has not named as one --------------
# (plural or after "the", a head the text also makes the subject of a clause; its own clauses then find it too)
NEW_AGENTS = [
    ("Hotels shall register every guest. Guest records shall be kept by hotels for one year.", "Hotels"),
    ("Accredited laboratories shall report results within a week. Samples shall be taken by accredited "
     "laboratories at the border.", "Accredited laboratories"),
    ("Stewards shall count the passengers. Tickets shall be checked by stewards at the gangway.", "Stewards"),
]


@pytest.mark.parametrize(("body", "party"), NEW_AGENTS)
def test_the_agent_of_a_passive_is_its_bearer(body: str, party: str) -> None:
    kb = kb_text(f"Article 1 {body}")
    assert [b for _m, b, _a in facts(kb, 1)][-1] == party
    assert unbound(kb) == []


# guards: a by-phrase of time, means, rule or manner names no one; nor does a thing that goes with the subject
# ("accompanied by", "supported by") or one the text never makes a subject; the clause stays a reported statement
NOT_AGENTS = ["Payments shall be made by bank transfer.", "Forms shall be submitted by 31 March.",
              "Notices shall be sent by registered mail.", "Reports shall be filed by the end of the year.",
              "Disputes shall be settled by agreement.", "Goods shall be moved by the following methods.",
              "Applications shall be accompanied by the certificates.", "Claims shall be supported by receipts.",
              "Cargo lists shall be kept by the quays for one year."]


@pytest.mark.parametrize("body", NOT_AGENTS)
def test_a_by_phrase_of_time_or_means_names_no_bearer(body: str) -> None:
    kb = kb_text(f"Article 1 {body}")
    assert not kb.obligations and unbound(kb) == [body]


# "The purpose of these Rules is to ...": an aim, no duty and no unbound statement (was reported as one)
AIMS = ["The purpose of these Rules is to protect the users of kiosks.",
        "The aim of this Regulation is to keep ferry passengers safe."]


@pytest.mark.parametrize("body", AIMS)
def test_the_purpose_of_the_text_is_no_duty(body: str) -> None:
    kb = kb_text(f"Article 1 {body}")
    assert not kb.obligations and unbound(kb) == []


# the scope article naming the party's activities ("the activities of X in ...", "the business of X relating to ...")
SCOPE_ACTIVITIES = [
    ("These Rules apply to the activities of locker operators in storing parcel data in this City.",
     "Locker operators", "Parcel data shall be stored for one year."),
    ("These Measures apply to the business of ferry companies relating to the handling of passenger data.",
     "Ferry companies", "Passenger data is to be deleted when the voyage ends."),
]


@pytest.mark.parametrize(("scope", "party", "clause"), SCOPE_ACTIVITIES)
def test_the_scope_party_of_activities_binds_what_it_governs(scope: str, party: str, clause: str) -> None:
    kb = kb_text(f"Article 1 {scope}\n\nArticle 2 {party} shall register with the transport bureau.\n\n"
                 f"Article 3 {clause}")
    assert duties(kb, 3) == [(3, "obligation", party)]


# --- a passive in a later paragraph: the nearest earlier paragraph with a clause, unless it grants a right --------
LATER_PARAGRAPHS = [
    # a paragraph without any clause (a definition) is passed over
    ("Article 1 Kiosk operators shall register every kiosk.\n\n“Kiosk” means a booth for parcels.\n\n"
     "Registration certificates shall be displayed at the kiosk.", [(1, "obligation", "Kiosk operators")] * 2),
    ("Article 1 Ferry companies shall keep a passenger list.\n\nA passenger list refers to the names of all people "
     "on board.\n\nPassenger lists shall be handed to the harbour master.",
     [(1, "obligation", "Ferry companies")] * 2),
]


@pytest.mark.parametrize(("body", "expected"), LATER_PARAGRAPHS)
def test_a_passive_after_a_paragraph_without_clauses_binds_the_party_before(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


# a right or an encouragement binds no one to act: a passive after it is not the entitled party's (guards reported)
AFTER_RIGHTS = [
    "Article 1 Kiosk operators are encouraged to install cameras.\n\nThe recordings shall be deleted after a week.",
    "Article 1 Parcel users have the right to ask for a copy of their records.\n\nRequests shall be answered within "
    "15 days.",
]


@pytest.mark.parametrize("body", AFTER_RIGHTS)
def test_a_passive_after_a_right_or_an_encouragement_is_reported(body: str) -> None:
    kb = kb_text(body)
    assert len(kb.obligations) == 1 and len(unbound(kb)) == 1


# --- "by them" / "by it": the agent is a pronoun for the party of the clause before (number agreeing) -----------
BY_PRONOUNS = [
    ("Article 1 Kiosk operators shall collect receipts. The receipts shall be kept by them for two years.",
     "Kiosk operators"),
    ("Article 1 The ferry company shall issue tickets. Ticket stubs shall be retained by it for one year.",
     "Ferry company"),
]


@pytest.mark.parametrize(("body", "party"), BY_PRONOUNS)
def test_a_pronoun_agent_names_the_party_before(body: str, party: str) -> None:
    kb = kb_text(body)
    assert duties(kb) == [(1, "obligation", party)] * 2


def test_a_pronoun_agent_that_does_not_agree_is_reported() -> None:  # guard
    kb = kb_text("Article 1 The ferry company shall issue tickets. Ticket stubs shall be retained by them for a year.")
    assert len(kb.obligations) == 1 and len(unbound(kb)) == 1


# a passive in the sentence after a right: the right is answered by another party than its holder (reported)
AFTER_A_RIGHT = [
    "Article 1 Parcel users have the right to ask for a copy of their records. Requests shall be answered within 15 "
    "days.",
    "Article 1 Passengers are entitled to a refund if the ferry is cancelled. The refund is to be paid within seven "
    "days.",
]


@pytest.mark.parametrize("body", AFTER_A_RIGHT)
def test_a_passive_after_a_right_is_not_the_holders(body: str) -> None:
    kb = kb_text(body)
    assert [o.modality for o in kb.obligations] == ["right"] and len(unbound(kb)) == 1


# "are also to", "is likewise not to": an adverb inside the marker (the clause was dropped without a word)
ADVERB_IN_IS_TO = [
    ("Article 1 Kiosk operators shall lock kiosks at night. The keys are also to be kept in a safe.",
     [("obligation", "Kiosk operators", "lock kiosks at night"),
      ("obligation", "Kiosk operators", "The keys are also to be kept in a safe")]),
    ("Article 1 Ferry companies are also to train their crews and are likewise not to sell alcohol on board.",
     [("obligation", "Ferry companies", "train their crews"), ("prohibition", "Ferry companies", "sell alcohol on board")]),
]


@pytest.mark.parametrize(("body", "expected"), ADVERB_IN_IS_TO)
def test_an_adverb_inside_is_to(body: str, expected: list) -> None:
    assert facts(kb_text(body), 1) == expected


def test_the_purpose_is_also_to_is_no_duty() -> None:  # guard
    kb = kb_text("Article 1 The purpose of these Rules is also to protect users.")
    assert not kb.obligations and unbound(kb) == []


def test_the_party_answering_for_it_outranks_the_paragraph_before() -> None:
    kb = kb_text("Article 1 Kiosk operators shall keep their kiosks clean.\n\nThe installation of card readers in new "
                 "kiosks is to be completed before the kiosk opens, and the kiosk builder bears responsibility for it.")
    assert duties(kb) == [(1, "obligation", "Kiosk operators"), (1, "obligation", "Kiosk builder"),
                          (1, "obligation", "Kiosk builder")]


def test_a_stated_agent_outranks_the_party_answering_for_it() -> None:  # guard
    kb = kb_text("Article 1 Tickets shall be checked by the ferry company, and the harbour office shall be responsible "
                 "for this.")
    assert duties(kb) == [(1, "obligation", "Ferry company"), (1, "obligation", "Harbour office")]


# --- "its contents", "their staff" as the subject of a passive: acted on, never the bearer -----------------------
POSSESSED_PASSIVES = [
    ("Article 1 Kiosk operators shall keep a cash register. The register is to be emptied every evening, and its "
     "contents are to be deposited in a bank.", [(1, "obligation", "Kiosk operators")] * 3),
    ("Article 1 Kiosk operators shall hire guards. Their staff shall be trained every year.",
     [(1, "obligation", "Kiosk operators")] * 2),
]


@pytest.mark.parametrize(("body", "expected"), POSSESSED_PASSIVES)
def test_a_possessed_subject_of_a_passive_is_acted_on(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


def test_their_staff_in_an_active_clause_are_the_staff_of_the_party_before() -> None:  # guard
    kb = kb_text("Article 1 Kiosk operators shall hire guards. Their staff shall wear uniforms.")
    assert duties(kb) == [(1, "obligation", "Kiosk operators"), (1, "obligation", "Staff of kiosk operators")]


# --- the agent of an act named by the subject: "the activities of X", "X's handling of Y" (an active verb) ---------
GENITIVES = [
    ("Article 1 Kiosk operators shall file reports.\n\nArticle 2 The data handling activities of kiosk operators shall "
     "comply with national standards.", ("obligation", "Kiosk operators", "comply with national standards")),
    ("Article 1 Ferry companies shall register.\n\nArticle 2 Ferry companies' processing of passenger data shall follow "
     "the port's rules.", ("obligation", "Ferry companies", "follow the port's rules")),
]


@pytest.mark.parametrize(("body", "expected"), GENITIVES)
def test_the_genitive_agent_of_an_act_noun_bears_the_clause(body: str, expected: tuple) -> None:
    kb = kb_text(body)
    assert facts(kb, 2) == [expected]


# guards: "the inspection of X" names what is acted on; a passive on "the business of X" is not said to be X's
GENITIVE_GUARDS = [
    "Article 1 Kiosk operators shall file reports.\n\nArticle 2 The inspection of kiosk operators shall take place "
    "every year.",
    "Article 1 Ferry companies shall register.\n\nArticle 2 The activities of ferry companies shall be supervised.",
]


@pytest.mark.parametrize("body", GENITIVE_GUARDS)
def test_an_objective_genitive_or_a_passive_names_no_agent(body: str) -> None:
    kb = kb_text(body)
    assert facts(kb, 2) == [] and len(unbound(kb)) == 1


# --- "the X" as the subject of an agentless clause points back to the thing an earlier duty acts on ---------------
OBJECT_ANTECEDENTS = [
    ("Article 1 The kiosk bureau shall set up a register. Applicants shall submit forms. The register shall be open to "
     "the public.", [(1, "obligation", "Kiosk bureau"), (1, "obligation", "Applicants"),
                     (1, "obligation", "Kiosk bureau")]),
    ("Article 1 Ferry companies shall keep a log. Passengers may ask to see it. The log shall be kept for one year.",
     [(1, "obligation", "Ferry companies"), (1, "permission", "Passengers"), (1, "obligation", "Ferry companies")]),
]


@pytest.mark.parametrize(("body", "expected"), OBJECT_ANTECEDENTS)
def test_a_definite_thing_is_kept_by_the_party_whose_duty_names_it(body: str, expected: list) -> None:
    assert duties(kb_text(body)) == expected


def test_a_thing_two_parties_handle_keeps_the_sentence_before() -> None:  # guard: unchanged reading
    kb = kb_text("Article 1 Ferry companies shall keep a log. Passengers shall keep a log too. The log shall be kept "
                 "for one year.")
    assert duties(kb)[-1] == (1, "obligation", "Passengers")
