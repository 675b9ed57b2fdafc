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
    # --- levels named as nouns in an "of" complement of one public body: one body per level
    ("governments of A and B",
     "The people's governments of cities and counties shall designate the areas where hives may be kept.",
     [(OB, ["people's governments of cities"]), (OB, ["people's governments of counties"])]),
    ("departments of A, B and C may",
     "The sports departments of provinces, autonomous regions and municipalities may close ice rinks in a thaw.",
     [(M, ["sports departments of provinces"]), (M, ["sports departments of autonomous regions"]),
      (M, ["sports departments of municipalities"])]),
    ("governments of A and B (one-level bracket: a variant)",
     "The people's governments of cities and counties (districts) shall keep a register of beekeepers.",
     [(OB, ["people's governments of cities"]), (OB, ["people's governments of counties"])]),
    ("governments of A and B (bracket of two levels: more bodies)",
     "The people's governments of cities and counties (cities, districts) shall not charge fees for rink permits.",
     [(P, ["people's governments of cities"]), (P, ["people's governments of counties"]),
      (P, ["people's governments of districts"])]),
    ("by-agent: governments of A and B",
     "The rink safety rules shall be issued by the people's governments of cities and counties.",
     [(OB, ["people's governments of cities"]), (OB, ["people's governments of counties"])]),
    # negative rows: a head that is no public body, a field that is no level, one level
    ("enterprises of A and B (no public body)",
     "Enterprises of cities and towns shall register their hives.",
     [(OB, ["enterprises of cities and towns"])]),
    ("department of A and B (fields, not levels)",
     "The department of sports and tourism shall inspect the ice rinks.",
     [(OB, ["department of sports and tourism"])]),
    ("government of one level",
     "The people's government of the county shall publish the list of apiaries.",
     [(OB, ["people's government of the county"])]),
    # --- one level adjective with a bracket of two or more levels before one field and head
    ("County (city, district) X",
     "County (city, district) people's governments shall organise the inspection of apiaries.",
     [(OB, ["county people's governments"]), (OB, ["city people's governments"]),
      (OB, ["district people's governments"])]),
    ("the municipal (county, district) X may",
     "The municipal (county, district) sports bureaus may suspend skating on natural ice.",
     [(M, ["municipal sports bureaus"]), (M, ["county sports bureaus"]), (M, ["district sports bureaus"])]),
    # negative row: a bracket of one level stays the translator's variant
    ("County (city) X",
     "County (city) sports bureaus shall inspect the ice rinks.",
     [(OB, ["county sports bureaus"])]),
    # --- a post-modifier inside a bracketed aside narrows nothing outside it; the aside's list names no party
    ("governments of all districts (including A, B and other C with D)",
     "The people's governments of all districts (including development zones, parks and other institutions with "
     "apiary duties, the same below) shall inspect the hives.",
     [(OB, ["people's governments of all districts"])]),
    ("operators (including X with Y)",
     "Rink operators (including clubs with an outdoor rink) shall keep a first-aid kit.",
     [(OB, ["rink operators"])]),
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
