"""Session 11 review fixes (helper `fixB`): one table of negative adverbials for every frame that reads a negation
(H4); civil redress and a bare "closed" read as a sanction only near their violation and not for a public body's
duty (H2, L1); a party's expected conduct needs a verb of conduct, not a forecast (M5); counter-examples for the
rules the session fitted to one sentence (M5)."""

from __future__ import annotations

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
@pytest.mark.parametrize("adv", ADVERBIALS + [NOT_ANY])
def test_negated_modal(adv: str, who: str, act: str) -> None:
    assert facts(f"{who} shall {adv} {act}.") == [("prohibition", [who.removeprefix("The ").capitalize()], act, None)]


@pytest.mark.parametrize(("who", "act"), WORDINGS)
@pytest.mark.parametrize("adv", ADVERBIALS)
def test_negative_inversion(adv: str, who: str, act: str) -> None:
    subj = who[0].lower() + who[1:]
    assert facts(f"{adv.capitalize()} shall {subj} {act}.") == [
        ("prohibition", [who.removeprefix("The ").capitalize()], act, None)]


@pytest.mark.parametrize(("who", "act"), WORDINGS)
@pytest.mark.parametrize("adv", ADVERBIALS + [NOT_ANY])
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
