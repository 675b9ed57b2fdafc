"""Session 10 (helper `extract10`): obligations on the wordings heldout10 stresses, each tested here in invented
wordings of other fields (ferries, kiosks, parks, archives, beehives), two translators' forms of each construction,
with guards for the readings that must not change.
"""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text


def kb_for(body: str) -> KnowledgeBase:
    return kb_text(f"Chapter I General\n\nArticle 1 {body}\n\nArticle 2 Other.")


def facts(body: str) -> list[tuple[str, list[str], str, str | None]]:
    """(modality, bearer labels, action, condition) of each obligation of Article 1, in text order."""
    kb = kb_for(body)
    return [(o.modality, [kb.get(a).label for a in o.actors], o.action, o.condition) for o in kb.obligations
            if o.article == 1]


def pairs(body: str) -> list[tuple[str, list[str]]]:
    return [(m, who) for m, who, _a, _c in facts(body)]


def unbound(body: str) -> list[str]:
    """The reasons of the statements of Article 1 that bind no one."""
    return [s.reason for s in kb_for(body).statements if s.article == 1]


# --- new markers: "must never", "is likewise prohibited from", "are vested with the power / right to", "has the option
# of" --------------------------------------------------------------------------------------------------------------
MARKERS = [
    # a duty never to act is a ban; the action starts after "never"
    ("Ferry operators must never carry more passengers than the licence allows, and are to keep a passenger list.",
     [("prohibition", ["Ferry operators"], "carry more passengers than the licence allows", None),
      ("obligation", ["Ferry operators"], "keep a passenger list", None)]),
    ("Kiosk staff shall never disclose a user's locker code.",
     [("prohibition", ["Kiosk staff"], "disclose a user's locker code", None)]),
    # an adverb that adds this ban to one before it modifies the ban
    ("A kiosk operator may not sell locker data. A kiosk operator is likewise prohibited from renting out lockers "
     "that have not been cleaned.",
     [("prohibition", ["Kiosk operator"], "sell locker data", None),
      ("prohibition", ["Kiosk operator"], "renting out lockers that have not been cleaned", None)]),
    ("Park rangers are also forbidden to accept gifts from vendors.",
     [("prohibition", ["Park rangers"], "accept gifts from vendors", None)]),
    # a power granted in so many words, as "are empowered to"; a right so granted
    ("Harbour bureaus are vested with the power to inspect ferries when a complaint is received.",
     [("permission", ["Harbour bureaus"], "inspect ferries", "when a complaint is received")]),
    ("The archive commission shall be vested with the authority to seal a damaged archive.",
     [("permission", ["Archive commission"], "seal a damaged archive", None)]),
    ("Members of the cooperative are vested with the right to inspect its accounts.",
     [("right", ["Members of the cooperative"], "inspect its accounts", None)]),
    # "has the option of V-ing" / "has the option to V": a choice left to the party, the action after the marker
    ("A beekeeper shall register each hive. Where a beekeeper moves a hive, the beekeeper has the option of "
     "reporting the move online.",
     [("obligation", ["Beekeeper"], "register each hive", None),
      ("permission", ["Beekeeper"], "reporting the move online", "Where a beekeeper moves a hive")]),
    ("Ferry operators have the option to refund a cancelled fare in vouchers.",
     [("permission", ["Ferry operators"], "refund a cancelled fare in vouchers", None)]),
    ("A member shall have the option of paying the fee in two instalments.",
     [("permission", ["Member"], "paying the fee in two instalments", None)]),
]


@pytest.mark.parametrize(("body", "expected"), MARKERS)
def test_new_markers(body: str, expected: list) -> None:
    assert facts(body) == expected


def test_never_as_an_adverb_of_time_inside_the_action_is_no_marker() -> None:
    assert pairs("Kiosk operators shall keep a log that is never erased.") == [("obligation", ["Kiosk operators"])]


# --- "advocates": a public promotion; "encourages and guides A to V": one promotion, one object ---------------------
ADVOCATES = [
    # an activity promoted: no addressee (the advocate is never the one encouraged); a clause that binds no one
    ("The county government advocates the reuse of rainwater, and encourages and guides farmers to build cisterns.",
     [("encouragement", ["Farmers"], "build cisterns", None)]),
    ("The city advocates green travel and guides and encourages hotels to lend bicycles.",
     [("encouragement", ["Hotels"], "lend bicycles", None)]),
    # "advocates that A V": the party of the content clause, its verb the action
    ("Ferry passengers shall keep to their seats.\n\nThe province advocates that ferry passengers wear life jackets.",
     [("obligation", ["Ferry passengers"], "keep to their seats", None),
      ("encouragement", ["Ferry passengers"], "wear life jackets", None)]),
    ("The municipality advocates that beekeepers plant nectar crops near their hives.",
     [("encouragement", ["Beekeepers"], "plant nectar crops near their hives", None)]),
]


@pytest.mark.parametrize(("body", "expected"), ADVOCATES)
def test_advocates_and_coordinated_promotion(body: str, expected: list) -> None:
    assert facts(body) == expected


def test_an_activity_advocated_binds_no_one() -> None:
    assert "no bearer could be identified for this modal statement" in unbound(
        "The county government advocates the reuse of rainwater.")


@pytest.mark.parametrize("body", [
    "Advocates shall keep client files for five years.",  # the noun, not the verb
    "The association advocates for the rights of beekeepers.",  # "advocate for": plead for, no promotion of conduct
])
def test_advocates_as_a_noun_or_pleading_is_no_encouragement(body: str) -> None:
    assert "encouragement" not in [m for m, _w in pairs(body)]


# --- universal bearers: a quantified pair of universal nouns is one bearer (guide 1.4) -----------------------------
UNIVERSAL = [
    ("Every unit and individual has the right to report the felling of trees in the park.",
     [("right", ["Every unit and individual"])]),
    ("All organisations and individuals shall protect the ferry terminals.",
     [("obligation", ["All organisations and individuals"])]),
]


@pytest.mark.parametrize(("body", "expected"), UNIVERSAL)
def test_quantified_universal_pair_is_one_bearer(body: str, expected: list) -> None:
    assert pairs(body) == expected
    kb = kb_for(body)
    assert all(o.universal for o in kb.obligations if o.article == 1)


def test_unquantified_pair_still_splits() -> None:
    assert pairs("The relevant organizations and individuals shall cooperate.") == [
        ("obligation", ["Relevant organizations"]), ("obligation", ["Relevant individuals"])]


# --- "Those who V ...": a free relative names its party by the act -----------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("Those who extract groundwater shall install a meter.", [("obligation", ["Those who extract groundwater"])]),
    ("All those who keep bees in the park must register their hives.",
     [("obligation", ["Those who keep bees in the park"])]),
])
def test_those_who(body: str, expected: list) -> None:
    assert pairs(body) == expected


# --- a modified subject that the text names with "hereinafter": the modifier is the name, not a condition -------------
NAMED_BY_HEREINAFTER = [
    ("A unit or individual that has obtained a ferry licence (hereinafter “licensee”) shall keep a log, and shall "
     "report each accident.",
     [("obligation", ["Unit or individual that has obtained a ferry licence"], "keep a log", None),
      ("obligation", ["Unit or individual that has obtained a ferry licence"], "report each accident", None)]),
    ('Any person who keeps bees (hereinafter the "beekeeper") shall register the hives. The beekeeper must label '
     "each hive.",
     [("obligation", ["Person who keeps bees"], "register the hives", None),
      ("obligation", ["Person who keeps bees"], "label each hive", None)]),
]


@pytest.mark.parametrize(("body", "expected"), NAMED_BY_HEREINAFTER)
def test_a_subject_named_by_hereinafter_keeps_its_modifier(body: str, expected: list) -> None:
    assert facts(body) == expected


def test_a_universal_subject_narrowed_without_a_name_keeps_the_condition() -> None:
    assert facts("Any organization or individual that has found a leak shall report it.") == [
        ("obligation", ["Any organization or individual"], "report it", "that has found a leak")]


# --- "the consent of X is required": a thing required is a duty to obtain it --------------------------------------
THING_REQUIRED = [
    ("A vendor who intends to open a stall in the park shall first obtain the consent of the park office. Where the "
     "stall is on a lawn, the consent of the gardening bureau is required.",
     [("obligation", ["Vendor"], "first obtain the consent of the park office",
       "who intends to open a stall in the park"),
      ("obligation", ["Vendor"], "the consent of the gardening bureau is required", "Where the stall is on a lawn")]),
    ("An angler must obtain a permit from the reservoir office. For night fishing, the approval of the water bureau "
     "is also required.",
     [("obligation", ["Angler"], "obtain a permit from the reservoir office", None),
      ("obligation", ["Angler"], "the approval of the water bureau is also required", "For night fishing")]),
]


@pytest.mark.parametrize(("body", "expected"), THING_REQUIRED)
def test_a_thing_required(body: str, expected: list) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize("body", ["No approval is required.", "Neither a permit nor a fee is required for a visit."])
def test_a_thing_not_required_is_no_duty(body: str) -> None:
    assert facts(body) == [] and unbound(body) == []


@pytest.mark.parametrize("body", ["No fewer than two thirds of the owners' consent is required.",
                                  "Where a tree is felled, no less than 30 days' notice to the bureau is required."])
def test_no_before_a_comparative_bounds_the_thing_required_and_denies_nothing(body: str) -> None:
    # (review10) a quantity bounded by "no fewer / less than" is still required: reported (no bearer), never dropped
    assert facts(body) == [] and unbound(body) == ["no bearer could be identified for this modal statement"]


def test_required_before_an_infinitive_is_the_ordinary_marker() -> None:
    assert facts("Each kiosk operator is required, within 10 days, to report faults.") == [
        ("obligation", ["Kiosk operator"], "within 10 days, to report faults", None)]


# --- "..., but in either case bears the obligation to": the phrase opens a clause whose subject is elided ------------
EITHER_CASE = [
    ("A museum can choose to lend the object or to keep it, but in either case bears the obligation to insure it.",
     [("permission", ["Museum"], "choose to lend the object or to keep it", None),
      ("obligation", ["Museum"], "insure it", "in either case")]),
    ("A ferry operator may repair the boat or replace it, and in each case must report the work to the harbour bureau.",
     [("permission", ["Ferry operator"], "repair the boat or replace it", None),
      ("obligation", ["Ferry operator"], "report the work to the harbour bureau", "in each case")]),
]


@pytest.mark.parametrize(("body", "expected"), EITHER_CASE)
def test_in_either_case_with_the_subject_elided(body: str, expected: list) -> None:
    assert facts(body) == expected


# --- "only when" + participle restricts the permission and stays in the action (guide 2, as "only if") ---------------
@pytest.mark.parametrize(("body", "expected"), [
    ("Children under the age of ten may use the deep pool only when accompanied by an adult.",
     [("permission", ["Children under the age of ten"], "use the deep pool only when accompanied by an adult", None)]),
    ("Visitors may enter the cave only when guided by a ranger.",
     [("permission", ["Visitors"], "enter the cave only when guided by a ranger", None)]),
])
def test_only_when_stays_in_the_action(body: str, expected: list) -> None:
    assert facts(body) == expected


def test_a_reduced_when_clause_without_only_is_still_the_condition() -> None:
    assert facts("Archivists shall encrypt the files when stored.") == [
        ("obligation", ["Archivists"], "encrypt the files", "when stored")]


# --- parties named by the post held or by age ---------------------------------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("River chiefs at all levels must urge the departments to clear the banks.",
     [("obligation", ["River chiefs at all levels"])]),
    ("The village chief shall call a meeting each quarter.", [("obligation", ["Village chief"])]),
    ("Children must wear helmets on the slopes.", [("obligation", ["Children"])]),
])
def test_chiefs_and_children_are_parties(body: str, expected: list) -> None:
    assert pairs(body) == expected


# --- a circumstance with a subject of its own closing an item is the item's condition (guide 1.3) --------------------
ITEM_CIRCUMSTANCE = [
    ("During opening hours, a ferry operator shall perform the following duties:\n(1) post the timetable at the pier;"
     "\n(2) not board further passengers once the ferry has reached its capacity.",
     [("obligation", ["Ferry operator"], "perform the following duties", "During opening hours"),
      ("obligation", ["Ferry operator"], "post the timetable at the pier", None),
      ("prohibition", ["Ferry operator"], "board further passengers", "once the ferry has reached its capacity")]),
    ("Kiosk operators shall comply with the following requirements:\n(1) keep the logs for two years;\n"
     "(2) report to the postal bureau when a locker is broken open.",
     [("obligation", ["Kiosk operators"], "comply with the following requirements", None),
      ("obligation", ["Kiosk operators"], "keep the logs for two years", None),
      ("obligation", ["Kiosk operators"], "report to the postal bureau", "when a locker is broken open")]),
]


@pytest.mark.parametrize(("body", "expected"), ITEM_CIRCUMSTANCE)
def test_a_circumstance_closing_an_item_is_its_condition(body: str, expected: list) -> None:
    assert facts(body) == expected


def test_a_reduced_when_inside_a_long_item_stays_in_the_action() -> None:
    got = facts("Platform operators shall perform the following duties:\n(1) formulating platform rules, and "
                "clarifying the norms for sellers on the platform when processing personal information.")
    assert got[1][3] is None and got[1][2].endswith("when processing personal information")


# --- "..., and, during that period, shall ...": a set-off time phrase before the second modal is its condition -------
SET_OFF_TIME = [
    ("An installer shall guarantee the panels for five years and, during that period, shall repair any leak.",
     [("obligation", ["Installer"], "guarantee the panels for five years", None),
      ("obligation", ["Installer"], "repair any leak", "during that period")]),
    ("A builder must keep the site fenced and, until the work is accepted, must keep a guard on duty.",
     [("obligation", ["Builder"], "keep the site fenced", None),
      ("obligation", ["Builder"], "keep a guard on duty", "until the work is accepted")]),
]


@pytest.mark.parametrize(("body", "expected"), SET_OFF_TIME)
def test_a_set_off_time_phrase_conditions_the_second_clause(body: str, expected: list) -> None:
    assert facts(body) == expected


# --- "alternatively," is a connective: the pronoun after it keeps its antecedent's restriction -----------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("A member whose fee is paid has the right to borrow ten books; alternatively, he or she may opt to borrow two "
     "films.",
     [("right", ["Member"], "borrow ten books", "whose fee is paid"),
      ("permission", ["Member"], "opt to borrow two films", "whose fee is paid")]),
    ("A passenger whose ferry is cancelled has the right to a refund; instead, he or she may take the next ferry.",
     [("right", ["Passenger"], "a refund", "whose ferry is cancelled"),
      ("permission", ["Passenger"], "take the next ferry", "whose ferry is cancelled")]),
])
def test_alternatively_is_no_condition(body: str, expected: list) -> None:
    assert facts(body) == expected


# --- a term of validity binds no one ----------------------------------------------------------------------------
@pytest.mark.parametrize("body", ["These Provisions shall be implemented from 1 May and shall be valid for five years.",
                                  "A ferry licence shall be valid for three years."])
def test_a_term_of_validity_is_no_duty(body: str) -> None:
    assert facts(body) == [] and "not a duty: validity" in unbound(body)


# --- "the following expressions are to be interpreted as follows:": a definitions lead-in, no duty ------------------
@pytest.mark.parametrize("body", [
    'For the purposes of these Measures, the following expressions are to be interpreted as follows:\n(1) "ferry '
    'pier" encompasses floating piers.',
    'In these Rules, the following words are to be construed as follows:\n(1) "kiosk" means a booth.',
])
def test_how_words_are_to_be_read_is_no_duty(body: str) -> None:
    assert facts(body) == [] and "not a duty: interpretation" in unbound(body)


def test_is_to_with_an_active_verb_stays_a_duty() -> None:
    assert pairs("Kiosk operators are to understand the rules of the market.") == [("obligation", ["Kiosk operators"])]
