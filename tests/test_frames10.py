"""Session 10 (helper `frames10`): deontic meaning read by lexical class x syntactic frame.

The cases are the cross product of the frames (``X is ADJ to V``, ``X has a NOUN to V``, ``X is under a NOUN to V``,
``It is ADJ for X to V``, ``It falls / lies / rests on X to V``, the negations), the members of each class (obliged,
bound, compelled, ...; duty, obligation, responsibility; prohibited, barred, precluded, ...) and three kinds of subject
(a named party, the universal "any organization or individual", a pronoun for a party named just before), in invented
wordings (ferries, kiosks, archives); then negative rows: a deontic word outside a frame, a sanction, a fact.
"""

from __future__ import annotations

import pytest

from .test_extract10 import facts

# (subject as written, the bearer's label, a sentence put before it): a named party, the universal subject, a pronoun
SUBJECTS = [
    ("The ferry operator", "Ferry operator", ""),
    ("Any organization or individual", "Any organization or individual", ""),
    ("It", "Kiosk operator", "The kiosk operator shall keep a log. "),
]
# the party of an impersonal frame follows the marker: a named party or the universal subject
PARTIES = [("the ferry operator", "Ferry operator"), ("any organization or individual", "Any organization or individual")]

OBLIGATION_ADJ = ["obliged", "obligated", "required", "bound", "duty-bound", "compelled", "mandated", "responsible"]
OBLIGATION_NOUN = ["obligation", "duty", "responsibility"]
HAVE = ["has", "bears", "owes", "shall have", "carries"]
NEED_ADJ = ["necessary", "mandatory", "compulsory", "obligatory", "imperative"]
PROHIBITION_ADJ = ["prohibited", "forbidden", "banned", "barred", "proscribed", "precluded", "debarred", "enjoined",
                   "restrained"]
BAN_ADJ = ["prohibited", "forbidden", "impermissible", "not permissible", "not permitted", "not allowed", "unlawful",
           "illegal"]
PERMISSION_ADJ = ["permitted", "allowed", "authorised", "authorized", "empowered", "free", "at liberty"]
POWER_NOUN = ["power", "authority", "discretion", "option"]
NEGATIVE_ADVERBIAL = ["never", "in no case", "in no event", "under no circumstances", "on no account", "at no time"]
BE = ["is", "shall be"]


def only(body: str) -> tuple[str, list[str], str]:
    """(modality, bearers, action) of the last obligation of Article 1 (the one after the lead sentence, if any)."""
    found = facts(body)
    assert found, body
    modality, bearers, action, _condition = found[-1]
    return modality, bearers, action


def cases(frame: str, members: list[str], subjects: list[tuple[str, str, str]] = SUBJECTS) -> list[tuple[str, str]]:
    """The frame filled with each member and each subject: (sentence, bearer label)."""
    return [(lead + frame.format(x=subj, w=w), label) for w in members for subj, label, lead in subjects]


# --- obligation -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "label"), [
    *cases("{x} is {w} to report the incident within ten days.", OBLIGATION_ADJ),
    *cases("{x} shall be {w} to report the incident within ten days.", ["obliged", "bound", "compelled"]),
    *cases("{x} is legally {w} to report the incident within ten days.", ["obliged", "bound"]),
    *cases("{x} {w} a duty to report the incident within ten days.", HAVE),
    *cases("{x} has a statutory {w} to report the incident within ten days.", OBLIGATION_NOUN),
    *cases("{x} is under a {w} to report the incident within ten days.", OBLIGATION_NOUN),
])
def test_personal_duty(body: str, label: str) -> None:
    assert only(body) == ("obligation", [label], "report the incident within ten days")


@pytest.mark.parametrize(("body", "label"), [
    *[(f"It is {w} for {p} to report the incident.", label) for w in NEED_ADJ for p, label in PARTIES],
    *[(f"It {w} {p} to report the incident.", label) for w in ["is incumbent upon", "shall be incumbent on",
                                                                "falls to", "falls upon", "lies with", "rests with",
                                                                "rests upon", "shall fall to"]
      for p, label in PARTIES],
    *[(f"It {b} the {w} of {p} to report the incident.", label) for w in OBLIGATION_NOUN for b in BE
      for p, label in PARTIES],
    *[(f"It is the primary {w} of {p} to report the incident.", label) for w in OBLIGATION_NOUN
      for p, label in PARTIES[:1]],
])
def test_impersonal_duty(body: str, label: str) -> None:
    assert only(body) == ("obligation", [label], "report the incident")


# --- prohibition ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "label"), [
    *cases("{x} is {w} from selling tickets on board.", PROHIBITION_ADJ),
    *cases("{x} is likewise {w} from selling tickets on board.", ["prohibited", "barred"]),
    # (not the pronoun: "It is not permitted to V" is the impersonal ban)
    *cases("{x} is not {w} to sell tickets on board.", [*PERMISSION_ADJ, "entitled"], SUBJECTS[:2]),
    *cases("{x} shall not be {w} to sell tickets on board.", ["permitted", "authorised", "entitled"]),
    *cases("{x} shall {w} sell tickets on board.", NEGATIVE_ADVERBIAL),
    # a duty not to act is a ban
    *cases("{x} is {w} not to sell tickets on board.", ["obliged", "required", "bound"]),
    *cases("{x} {w} a duty not to sell tickets on board.", ["has", "owes", "shall have"]),
    *cases("{x} shall be under an {w} not to sell tickets on board.", ["obligation"]),
])
def test_personal_ban(body: str, label: str) -> None:
    modality, bearers, action = only(body)
    assert (modality, bearers) == ("prohibition", [label])
    assert action.endswith("tickets on board")


@pytest.mark.parametrize(("body", "label"), [
    *[(f"It {b} {w} for {p} to sell tickets on board.", label) for w in BAN_ADJ for b in BE for p, label in PARTIES],
])
def test_impersonal_ban(body: str, label: str) -> None:
    assert only(body) == ("prohibition", [label], "sell tickets on board")


# --- permission, power, exemption -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "label"), [
    *cases("{x} is {w} to inspect the vessel.", PERMISSION_ADJ),
    *cases("{x} shall be hereby {w} to inspect the vessel.", ["authorised", "empowered"]),
    *cases("{x} has the {w} to inspect the vessel.", POWER_NOUN),
    *cases("{x} has sole {w} to inspect the vessel.", ["discretion"]),
    *[(f"It {w} {p} to inspect the vessel.", label) for w in ["is open to", "shall be lawful for", "is permissible for"]
      for p, label in PARTIES],
])
def test_leave_and_power(body: str, label: str) -> None:
    assert only(body) == ("permission", [label], "inspect the vessel")


@pytest.mark.parametrize(("body", "label"), [
    *cases("{x} is not {w} to report the incident.", ["obliged", "obligated", "required", "bound", "compelled"]),
    *cases("{x} shall not be {w} to report the incident.", ["obliged", "required", "bound"]),
    *cases("{x} has no {w} to report the incident.", OBLIGATION_NOUN),
    *cases("{x} is under no {w} to report the incident.", OBLIGATION_NOUN),
])
def test_duty_denied_is_an_exemption(body: str, label: str) -> None:
    modality, bearers, action = only(body)
    assert (modality, bearers) == ("permission", [label])
    assert action.endswith("report the incident") and action.startswith(("not", "no "))


@pytest.mark.parametrize(("body", "label"), cases("{x} is {w} to install cameras on board.", ["encouraged", "urged"]))
def test_encouragement(body: str, label: str) -> None:
    assert only(body) == ("encouragement", [label], "install cameras on board")


# --- negative rows: a class member outside its frame is no duty -----------------------------------------------------
@pytest.mark.parametrize("body", [
    "The project is bound to fail.",                                     # a statement of fact
    "Such delays are bound to happen in the rainy season.",
    "The ferry operator is bound to the terms of its licence.",          # what binds, not a duty to act
    "The ferry operator owes a duty to the passengers.",
    "The ferry operator is responsible for the safety of the pier.",     # "is responsible for" with no modal (guide 1.2)
    "The ferry operator is responsible to the harbour bureau.",          # accountable to a body
    "The ferry operator is liable to a fine of 1,000 yuan.",             # a sanction, no duty
    "Any organization or individual in breach is subject to a fine of 500 yuan.",
    "Access to the pier is free to the public.",                         # free of charge
    "The reading room is open to all residents.",
    "It is open to all residents on weekdays.",                          # "it" with no party and infinitive after
    "The required documents are listed in the annex.",                   # an attribute, no frame
])
def test_no_duty(body: str) -> None:
    assert facts(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # the "shall" is the modal; "responsible" / "required" are part of the subject's name
    ("The responsible department shall inspect ferries once a year.",
     [("obligation", ["Responsible department"], "inspect ferries once a year", None)]),
    ("The ferry operator shall keep the required documents on board.",
     [("obligation", ["Ferry operator"], "keep the required documents on board", None)]),
    # a circumstance with an impersonal adjective opens no clause of its own
    ("The ferry operator shall, if it is necessary to protect passengers, suspend boarding.",
     [("obligation", ["Ferry operator"], "suspend boarding", "if it is necessary to protect passengers")]),
])
def test_name_or_circumstance_is_no_frame(body: str, expected: list[tuple[str, list[str], str, str | None]]) -> None:
    assert facts(body) == expected


# --- passives with a by-agent: the agent bears the duty of each class -----------------------------------------------
LEAD = "The ferry operator shall keep a log. "


@pytest.mark.parametrize(("body", "modality"), [
    (LEAD + "The incident is required to be reported within ten days by the ferry operator.", "obligation"),
    (LEAD + "The incident is bound to be reported by the ferry operator.", "obligation"),
    (LEAD + "Tickets shall not be sold on board by the ferry operator.", "prohibition"),
    (LEAD + "Tickets are prohibited from being sold by the ferry operator.", "prohibition"),
    (LEAD + "Tickets are barred from being sold on board by the ferry operator.", "prohibition"),
    (LEAD + "The vessel is permitted to be inspected by the ferry operator.", "permission"),
    ("Tickets shall be sold by the ferry operator at the pier.", "obligation"),
    ("Tickets are forbidden to be sold by the ferry operators on board.", "prohibition"),
])
def test_passive_by_agent(body: str, modality: str) -> None:
    found, bearers, _action = only(body)
    assert found == modality
    assert len(bearers) == 1 and "ferry operator" in bearers[0].lower()
