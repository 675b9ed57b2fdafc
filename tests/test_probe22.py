"""Session 16 (helper `probe22`): forms a fourth, untuned probe of real translations (local regulations, municipal
and provincial measures, machine translations, Hong Kong and Macao notices) showed read wrong (extraction.md,
"Deontic constructions, by form", the session 16 table). Every sentence is invented, in two fields none of the
probe's texts covers (beekeeping and ice rinks), in the wording that showed the gap and another translator's; the
negative rows keep the forms that must stay as they were.
"""

from __future__ import annotations

import pytest

from .test_extract10 import kb_for
from .test_probe19 import OB, M, P, Pair, pairs_of

CASES: list[tuple[str, str, list[Pair]]] = [
    # negative rows (guide 1.6 and 1.10: levels in an "of" complement are part of one body's name, and a bracketed
    # level is the translator's variant, as in session 15): read as before
    ("governments of A and B (one party)",
     "The people's governments of cities and counties shall designate the areas where hives may be kept.",
     [(OB, ["people's governments of cities and counties"])]),
    ("County (city, district) X (the bracket dropped)",
     "County (city, district) sports bureaus shall inspect the ice rinks.",
     [(OB, ["county sports bureaus"])]),
    # --- a post-modifier inside a bracketed aside narrows nothing outside it; the aside's list names no party
    ("governments of all districts (including A, B and other C with D)",
     "The people's governments of all districts (including development zones, parks and other institutions with "
     "apiary duties, the same below) shall inspect the hives.",
     [(OB, ["people's governments of all districts"])]),
    ("operators (including X with Y) may not",
     "Rink operators (including clubs with an outdoor rink) may not sell skates without a permit.",
     [(P, ["rink operators"])]),
    ("keepers (including A, B and other C with D) may",
     "Hive keepers (including cooperatives, schools and other bodies with apiaries) may sell honey at the market.",
     [(M, ["hive keepers"])]),
    # negative row: a modifier after the bracket still narrows the subject
    ("operators with Y (aside)",
     "Rink operators with an outdoor rink (including clubs) shall keep a first-aid kit.",
     [(OB, ["rink operators"])]),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_form(form: str, body: str, expected: list[Pair]) -> None:
    assert pairs_of(body) == expected, form


# (form, Article 1's text, the first obligation's condition, its action)
CONDITIONS: list[tuple[str, str, str | None, str]] = [
    # --- a reduced when-clause with a gerund-participle closing the clause keeps the commas of a "such as" list
    ("when V-ing ... such as A, B and C",
     "Rink operators should take corresponding safety measures when receiving skaters such as children, the elderly "
     "and the disabled.",
     "when receiving skaters such as children, the elderly and the disabled", "take corresponding safety measures"),
    ("while V-ing ... such as A, B, C",
     "Beekeepers shall wear veils while handling hives such as skeps, box hives, top-bar hives.",
     "while handling hives such as skeps, box hives, top-bar hives", "wear veils"),
    # negative rows: a list that runs into ", and V" is a coordinated verb phrase; no list, as before
    ("when V-ing such as A, B and C, and V",
     "Rink operators shall check skates when renting equipment such as skates, helmets and pads, and report damage "
     "to the bureau.",
     None, "check skates when renting equipment such as skates, helmets and pads, and report damage to the bureau"),
    ("when V-ing (no list)",
     "Beekeepers shall wear veils when opening hives.",
     "when opening hives", "wear veils"),
]


@pytest.mark.parametrize(("form", "body", "condition", "action"), CONDITIONS, ids=[c[0] for c in CONDITIONS])
def test_condition(form: str, body: str, condition: str | None, action: str) -> None:
    o = next(x for x in kb_for(body).obligations if x.article == 1)
    assert (o.condition, o.action) == (condition, action), form
