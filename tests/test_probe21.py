"""Session 15 (helper `probe21`): forms a third, untuned probe of real translations (local regulations, municipal
measures, machine translations) showed read wrong (extraction.md, "Deontic constructions, by form", the session 15
table). Every sentence is invented, in two fields none of the probe's texts covers (burial grounds and bicycle
rental), in the wording that showed the gap and another translator's; the negative rows keep the forms that must stay
as they were.
"""

from __future__ import annotations

import pytest

from .test_probe19 import OB, M, P, Pair, pairs_of

CASES: list[tuple[str, str, list[Pair]]] = [
    # --- fields set off by commas and closed by "and other <head>": each named field's body is a bearer; "other
    # departments" name no body and bear nothing
    ("A, B, C and other departments",
     "Civil affairs, forestry, land and other departments shall assist the burial ground office.",
     [(OB, ["civil affairs departments"]), (OB, ["forestry departments"]), (OB, ["land departments"])]),
    ("A, B and C, D and other administrative departments (a field with its own 'and')",
     "Traffic management, city appearance and sanitation, market supervision and other administrative departments "
     "shall cooperate in the supervision of rental bicycles.",
     [(OB, ["traffic management administrative departments"]),
      (OB, ["city appearance and sanitation administrative departments"]),
      (OB, ["market supervision administrative departments"])]),
    ("A, B and other departments shall not",
     "Civil affairs, land and other departments shall not charge fees for the burial register.",
     [(P, ["civil affairs departments"]), (P, ["land departments"])]),
    # negative row: parties before "and other" are no fields; the list is read as before
    ("parties, and other staff",
     "Bicycle renters, mechanics and other staff shall wear the company badge.",
     [(OB, ["bicycle renters"]), (OB, ["mechanics and other staff"])]),
    # --- "the departments of A and B, C, D and E": an "and" inside a member that is not the last one is part of that
    # member's name; only the last member is cut at its "and"
    ("departments of A and B, C, and D (serial comma)",
     "The departments of civil affairs, housing and construction, and natural resources shall designate the burial "
     "grounds.",
     [(OB, ["departments of civil affairs"]), (OB, ["departments of housing and construction"]),
      (OB, ["departments of natural resources"])]),
    ("bureaus of A and B, C and D",
     "The bureaus of transport and communications, urban management and public security shall publish the parking "
     "zones for rental bicycles.",
     [(OB, ["bureaus of transport and communications"]), (OB, ["bureaus of urban management"]),
      (OB, ["bureaus of public security"])]),
    # negative row: two complements only stay one body (which "and" is the list's is not said)
    ("office of A and B",
     "The office of housing and construction shall keep the burial register.",
     [(OB, ["office of housing and construction"])]),
    # --- three levels set off by commas before one field and head: a body at each level
    ("provincial, municipal and county X",
     "The provincial, municipal and county civil affairs departments shall inspect the burial grounds.",
     [(OB, ["provincial civil affairs departments"]), (OB, ["municipal civil affairs departments"]),
      (OB, ["county civil affairs departments"])]),
    ("Municipal, county-level city and district X may",
     "Municipal, county-level city and district transport bureaus may suspend bicycle rental in bad weather.",
     [(M, ["municipal transport bureaus"]), (M, ["county-level city transport bureaus"]),
      (M, ["district transport bureaus"])]),
    ("municipal, county (city) and district X (a bracketed variant)",
     "The municipal, county (city) and district people's governments shall plan public burial grounds.",
     [(OB, ["municipal people's governments"]), (OB, ["county people's governments"]),
      (OB, ["district people's governments"])]),
    # negative rows: levels that are no subject, and the pair the old rule already read
    ("levels in an adverbial",
     "In the municipal, district and county areas, rental operators shall keep records.",
     [(OB, ["rental operators"])]),
    ("municipal and district X (pair)",
     "The municipal and district transport bureaus shall publish the rental zones.",
     [(OB, ["municipal transport bureaus"]), (OB, ["district transport bureaus"])]),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_form(form: str, body: str, expected: list[Pair]) -> None:
    assert pairs_of(body) == expected, form
