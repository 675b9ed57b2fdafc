"""Session 15 (helper `probe20`): forms a second, untuned probe of real translations showed read wrong (extraction.md,
"Deontic constructions, by form", the session 15 table). Every sentence is invented, in two fields none of the probe's
texts covers (harbour moorings and allotment gardens), in the wording that showed the gap and another translator's;
the negative rows keep the same verbs where they still state a duty.
"""

from __future__ import annotations

import pytest

from .test_probe19 import OB, Pair, pairs_of, unbound_of

# (form, Article 1's text, its pairs, how many of its statements bind no one)
CASES: list[tuple[str, str, list[Pair], int]] = [
    # --- ownership is a relation, not an act: the owner in the by-phrase is bound to nothing (kept as a statement
    # that binds no one, reported by `regkb check`)
    ("shall be owned by X", "The moorings of the inner basin shall be owned by the harbour authority.", [], 1),
    ("shall belong to X", "Allotment plots shall belong to the township government.", [], 1),
    ("must be owned by X", "Every boathouse must be owned by the harbour office.", [], 1),
    ("shall be owned by X, X shall V", "The moorings shall be owned by the harbour authority. The harbour authority "
     "shall let them by the season.", [(OB, ["harbour authority"])], 1),
    # negative rows: the same by-phrase after an act is still its agent's duty; ownership as the object of a duty stays
    ("shall be let by X", "The moorings shall be let by the harbour authority.", [(OB, ["harbour authority"])], 0),
    ("shall register the owner", "The allotment office shall register the plots owned by each household.",
     [(OB, ["allotment office"])], 0),
    ("shall be allotted by X", "Allotment plots shall be allotted by the township government.",
     [(OB, ["township government"])], 0),
    ("shall not be transferred (agentless)", "Allotment plots shall not be transferred.", [], 1),
]


@pytest.mark.parametrize(("form", "body", "expected", "unbound"), CASES, ids=[c[0] for c in CASES])
def test_form(form: str, body: str, expected: list[Pair], unbound: int) -> None:
    assert pairs_of(body) == expected, form
    assert unbound_of(body) == unbound, form
