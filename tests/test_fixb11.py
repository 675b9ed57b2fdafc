"""Session 11 review fixes (helper `fixB`): one table of negative adverbials for every frame that reads a negation
(H4); civil redress and a bare "closed" read as a sanction only near their violation and not for a public body's
duty (H2, L1); a party's expected conduct needs a verb of conduct, not a forecast (M5); counter-examples for the
rules the session fitted to one sentence (M5)."""

from __future__ import annotations

import re

import pytest

from regkb.parse import patterns as P

from .test_extract10 import facts

ADVERBIALS = ["in no event", "in no way", "under no circumstances", "in no circumstances", "on no account",
              "at no time", "never"]
NOT_ANY = "not, on any account,"
# (subject, act): the wording of the review's example and another translator's
WORDINGS = [("Stall operators", "sell alcohol to minors"), ("The ferry crew", "carry passengers beyond the quota")]


def test_table_is_the_one_source() -> None:
    for adv in ADVERBIALS:
        assert adv in P.NEGATIVE_ADVERBIALS


@pytest.mark.parametrize(("who", "act"), WORDINGS)
@pytest.mark.parametrize("adv", [*ADVERBIALS, NOT_ANY])
def test_negated_modal(adv: str, who: str, act: str) -> None:
    assert facts(f"{who} shall {adv} {act}.") == [("prohibition", [who.removeprefix("The ").capitalize()], act, None)]


@pytest.mark.parametrize(("who", "act"), WORDINGS)
@pytest.mark.parametrize("adv", ADVERBIALS)
def test_negative_inversion(adv: str, who: str, act: str) -> None:
    subj = who[0].lower() + who[1:]
    assert facts(f"{adv.capitalize()} shall {subj} {act}.") == [
        ("prohibition", [who.removeprefix("The ").capitalize()], act, None)]


@pytest.mark.parametrize(("who", "act"), WORDINGS)
@pytest.mark.parametrize("adv", [*ADVERBIALS, NOT_ANY])
def test_item_not(adv: str, who: str, act: str) -> None:
    bearer = [who.removeprefix("The ").capitalize()]
    assert facts(f"{who} shall:\n\n(1) keep a daily register;\n\n(2) {adv} {act}.") == [
        ("obligation", bearer, "keep a daily register", None), ("prohibition", bearer, act, None)]


@pytest.mark.parametrize(("who", "act"), WORDINGS)
@pytest.mark.parametrize("adv", ADVERBIALS)
def test_denied_leave(adv: str, who: str, act: str) -> None:
    verb = "are" if who.endswith("s") else "is"
    assert facts(f"{who} {verb} {adv} permitted to {act}.") == [
        ("prohibition", [who.removeprefix("The ").capitalize()], act, None)]


# --- H2: redress, a bare "closed" and names published are penalties only for a violation close by ------------------
from .test_defsanct12 import duties, sanctions  # noqa: E402

NEAR_NOT_SANCTIONS = [
    # a public body's refund or compensation a sentence after another's violation: its duty
    ("Operators who violate Article 1 shall be warned. Where an applicant withdraws an application, the market bureau "
     "shall return the fees paid by the applicant within ten days.", "return the fees paid by the applicant"),
    ("A ferry operator that breaches Article 1 shall be fined 300 yuan. If a sailing is cancelled, the harbour "
     "administration is to return the money paid for the ticket.", "return the money paid for the ticket"),
    ("Stall operators who violate these Measures shall be warned. The market bureau shall compensate the owners of "
     "stalls relocated under Article 1 at market value.", "compensate the owners of stalls relocated"),
    ("A kiosk keeper in breach of Article 1 shall be fined 100 yuan. The park authority shall compensate the keepers "
     "of kiosks moved for the works.", "compensate the keepers of kiosks moved for the works"),
    # a public body's redress in the violation's own sentence is still its duty
    ("Where a kiosk keeper violates Article 1 and the inspection is found unfounded, the market bureau shall return "
     "the fees paid.", "return the fees paid"),
    # a place closed on a schedule, or a sentence away from the violation
    ("Where a stall operator breaches Article 1, the operator shall be fined 200 yuan. The market shall be closed on "
     "public holidays.", None),
    ("A vendor who violates Article 1 shall be warned. The night market shall be closed from 1 January to 15 "
     "January for repairs.", None),
    ("A vendor who violates Article 1 shall be warned. The fair is to be closed while the storm lasts.", None),
    # an event called off a sentence after a violation (M5: "called off" needs its violation close by)
    ("A vendor who violates Article 1 shall be warned. The parade shall be called off if rain is forecast.", None),
    # names published a sentence after a violation (M5: exposure needs its violation close by)
    ("Operators who violate Article 1 shall be fined 500 yuan. The bureau shall publish the names of the approved "
     "operators each quarter.", "publish the names of the approved operators each quarter"),
]


@pytest.mark.parametrize(("body", "duty"), NEAR_NOT_SANCTIONS)
def test_not_near_sanctions(body: str, duty: str | None) -> None:
    found = sanctions(body)
    assert len(found) == (1 if re.search(r"shall be (?:warned|fined)", body) else 0), found  # the violation's own penalty only
    if duty is not None:
        assert any(duty in d for d in duties(body)), duties(body)


NEAR_SANCTIONS = [
    # the violation in the same sentence: closure, redress, names published
    ("A vendor who violates Article 1 shall be fined 200 yuan; where the circumstances are serious, the stall shall "
     "be closed until the danger has been removed.", "shall be closed until the danger has been removed"),
    ("Where a guesthouse breaches Article 1, it shall be warned, and the guesthouse shall be closed.",
     "shall be closed"),
    ("A driver who keeps lost property for himself shall be dismissed by the carrier and shall return the property "
     "or make up its value.", "return the property or make up its value"),
    ("A plot holder who violates Article 1 shall be warned and shall forfeit the plot; the plot holder shall, in "
     "addition, bear the cost of replacing the soil.", "bear the cost of replacing the soil"),
    ("A ferry operator that violates Article 1 shall be warned by the maritime bureau, and the bureau shall publish "
     "the name of the operator.", "publish the name of the operator"),
]


@pytest.mark.parametrize(("body", "words"), NEAR_SANCTIONS)
def test_near_sanctions(body: str, words: str) -> None:
    assert any(words in t for t, _v, _a in sanctions(body)), sanctions(body)
    assert not any(words in d for d in duties(body))


def test_liability_redress_not_a_public_body() -> None:
    """L1: the sanctions' liability test (no authority inherited) takes redress as the violator's only."""
    from regkb.parse.sanctions import _liability

    t = "the operator shall return the fees collected"
    assert _liability(t, 0, len("the operator"), len(t))
    t = "the market bureau shall return the fees collected"
    assert not _liability(t, 0, len("the market bureau"), len(t))
    t = "the offender shall be prosecuted"
    assert _liability(t, 0, len("the offender"), len(t))


# --- M5: a party's expected conduct needs a verb of conduct; a forecast is none -------------------------------------
@pytest.mark.parametrize("body", [
    "Stall operators are expected to decline in number after the relocation.",
    "The number of ferry operators is expected to rise by ten per cent.",
    "Kiosk keepers are expected to increase to 300 by next year.",
    "The night fair is expected to take place in the old harbour.",
    "Vendors are expected to double by 2030.",
    "Stall operators are expected to fall sharply.",
])
def test_forecast_is_no_duty(body: str) -> None:
    assert facts(body) == []


@pytest.mark.parametrize(("body", "act"), [
    ("Medical teams are expected to reach the site within five minutes.", "reach the site within five minutes"),
    ("Stall operators are expected to decline any payment in foreign currency.",
     "decline any payment in foreign currency"),
    ("Ferry operators are expected to keep the gangway clear.", "keep the gangway clear"),
])
def test_expected_conduct_is_a_duty(body: str, act: str) -> None:
    assert [(m, a) for m, _w, a, _c in facts(body)] == [("obligation", act)]


# --- M5: "welcomes A to V" promotes an act, not a place or an event --------------------------------------------------
@pytest.mark.parametrize("body", [
    "The park administration welcomes visitors to the spring flower show.",
    "The municipal museum welcomes school groups to its galleries.",
])
def test_welcome_to_a_place_is_none(body: str) -> None:
    assert facts(body) == []


def test_welcome_to_an_act_is_kept() -> None:
    assert [(m, a) for m, _w, a, _c in facts("The district government welcomes operators to restore old shop signs.")
            ] == [("encouragement", "restore old shop signs")]


# --- M5: keeping a thing "for himself" is a wrong only when the thing is another's ----------------------------------
@pytest.mark.parametrize("body", [
    "Where an applicant retains a duplicate of the form for himself, the duplicate shall be cancelled.",
    "Where a driver takes a photograph of the route for himself, the company shall order him to delete it.",
])
def test_own_copy_is_no_violation(body: str) -> None:
    assert sanctions(body) == []


@pytest.mark.parametrize("body", [
    "A driver who keeps lost property for himself or herself shall be dismissed by the carrier and shall return the "
    "property or make up its value.",
    "Where an attendant retains an item handed in by a passenger for himself, his contract shall be cancelled.",
    # a possessive names the owner: another's thing
    "A kiosk keeper who keeps a customer's change for himself shall be dismissed by the market bureau.",
    "Where a porter takes a traveller's suitcase for himself, the station shall dismiss him.",
])
def test_anothers_thing_kept_is_a_violation(body: str) -> None:
    assert sanctions(body)
