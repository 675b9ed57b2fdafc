"""Review of session 7's merged code (helper review7): each test fails on a276768."""
from __future__ import annotations

import pytest

from regkb.eval import _same_parties

# -- eval: a found violator/authority read whole may narrow a gold name, never add a party to it -------------------

EXTRA_PARTY = [
    ("ferry operators", "Ferry operators and passengers"),
    ("ferry operators", "ferry operators or ticket agents"),
    ("the harbour bureau", "the harbour bureau and the public security organ"),
    ("kiosk operators", "Kiosk operators at the county level, and locker operators"),
]


@pytest.mark.parametrize(("gold", "printed"), EXTRA_PARTY)
def test_an_extra_coordinated_party_is_not_scored_right(gold: str, printed: str) -> None:
    assert not _same_parties(gold, printed, {})
    # nor through an actor the knowledge base linked under such a merged name
    assert not _same_parties(gold, "zz", {}, [{printed.lower()}])


NARROWING = [
    ("ferry operators", "ferry operators registered in the port"),
    ("harbour bureaus", "harbour bureaus at or above the county level"),
    ("harbour bureaus", "harbour bureaus at the county level or above"),
    ("harbour bureaus", "harbour bureaus at the county level and above"),
    ("water and soil departments", "water and soil departments of the county"),
    (["ferry operators", "ticket agents"], "ferry operators and ticket agents"),
]


@pytest.mark.parametrize(("gold", "printed"), NARROWING)
def test_a_narrowed_or_whole_coordinated_name_still_scores(gold: str | list[str], printed: str) -> None:
    assert _same_parties(gold, printed, {})
