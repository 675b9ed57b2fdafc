"""Session 15 (helper `probe20`): forms a second, untuned probe of real translations showed read wrong (extraction.md,
"Deontic constructions, by form", the session 15 table). Every sentence is invented, in two fields none of the probe's
texts covers (harbour moorings and allotment gardens), in the wording that showed the gap and another translator's;
the negative rows keep the same verbs where they still state a duty.
"""

from __future__ import annotations

import pytest

from .test_probe19 import OB, P, Pair, pairs_of, unbound_of

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


# (Article 1, Article 2, Article 2's pairs): a subject naming an act on a thing ("The hiring of moorings") has as its
# keeper only the party named after the act's own verb, never another party named after the same thing
ACT_ON_THING: list[tuple[str, str, list[Pair]]] = [
    ("Mooring wardens shall check the ropes daily.", "The hiring of moorings shall follow the posted tariff.", []),
    ("Plot inspectors shall visit each plot monthly.", "Sale or transfer of allotment plots is prohibited.", []),
    ("Plot inspectors shall visit each plot monthly.", "The development of plots shall respect the hedges.", []),
    # negative rows: the act's own agent ("operation": "operators"), and a thing with an active verb (its keeper)
    ("Mooring operators shall keep a register.", "The operation of moorings shall follow the posted tariff.",
     [(OB, ["mooring operators"])]),
    ("Plot keepers shall pay the water rate.", "Each plot shall display its number at the gate.",
     [(OB, ["plot keepers"])]),
]


@pytest.mark.parametrize(("first", "second", "expected"), ACT_ON_THING, ids=[c[1] for c in ACT_ON_THING])
def test_act_on_a_thing(first: str, second: str, expected: list[Pair]) -> None:
    assert pairs_of(f"Article 1 {first}\n\nArticle 2 {second}", article=2) == expected


# a list of parties whose first conjuncts are a body under one command ("armed forces") or a "non-" class
# ("non-believers"): every conjunct is a bearer
LISTS: list[tuple[str, list[Pair]]] = [
    ("All harbour offices, armed forces, yacht clubs and citizens have the obligation to keep the quays clean.",
     [(OB, ["harbour offices"]), (OB, ["armed forces"]), (OB, ["yacht clubs"]), (OB, ["citizens"])]),
    ("The police forces and the township government shall patrol the allotments at night.",
     [(OB, ["police forces"]), (OB, ["township government"])]),
    ("The harbour rescue force shall be responsible for towing disabled boats.", [(OB, ["harbour rescue force"])]),
    ("Plot holders, non-members, and visitors of the gardens should respect the hedges.",
     [(OB, ["plot holders"]), (OB, ["non-members"]), (OB, ["visitors of the gardens"])]),
    ("Non-residents shall register their boats at the harbour office.", [(OB, ["non-residents"])]),
    # "or" before a determiner joins two whole parties, each with an "and" inside its field
    ("The office of harbours and moorings or the department of parks and gardens shall publish the tariff.",
     [(OB, ["office of harbours and moorings"]), (OB, ["department of parks and gardens"])]),
    ("The tariff shall be set by the bureau of ports and shipping or the bureau of land and resources.",
     [(OB, ["bureau of ports and shipping"]), (OB, ["bureau of land and resources"])]),
    # a rank after the noun: "above" and "below" are prepositions, the noun before them the head
    ("Harbour offices above the county level shall keep a register of moorings.",
     [(OB, ["harbour offices above the county level"])]),
    ("For the plots owned by the township, the allotment bureaus below the provincial level shall issue leases.",
     [(OB, ["allotment bureaus below the provincial level"])]),
    # a head with its own field before the list of places ("bureaus of ports and shipping of A, B and C"): each place
    ("The bureaus of ports and shipping of provinces, autonomous regions and municipalities shall keep registers of "
     "moorings.", [(OB, ["bureaus of ports and shipping of provinces"]),
                   (OB, ["bureaus of ports and shipping of autonomous regions"]),
                   (OB, ["bureaus of ports and shipping of municipalities"])]),
    ("The offices of land and gardens of cities, counties and townships shall lease the plots.",
     [(OB, ["offices of land and gardens of cities"]), (OB, ["offices of land and gardens of counties"]),
      (OB, ["offices of land and gardens of townships"])]),
    ("The departments of parks and gardens shall lease the plots.", [(OB, ["departments of parks and gardens"])]),
    # negative rows: "force" of law and "non-" before a thing name no party
    ("A lease of a plot shall have legal force once signed.", []),
    ("Non-compliance with the tariff shall be reported to the harbour office.", []),
]


@pytest.mark.parametrize(("body", "expected"), LISTS, ids=[c[0][:40] for c in LISTS])
def test_list_conjuncts(body: str, expected: list[Pair]) -> None:
    assert pairs_of(body) == expected


# a by-phrase after an adverbial of time or manner, and "either by A or by B"; "in charge of" inside an agent's name
BY_PHRASES: list[tuple[str, list[Pair]]] = [
    ("The harbour office shall be notified in advance, either by the skipper or by the boat owner, of the time of "
     "arrival.", [(OB, ["skipper"]), (OB, ["boat owner"])]),
    ("The tariff shall be released to the public in a timely manner by the allotment office.",
     [(OB, ["allotment office"])]),
    ("Leases shall be granted in writing by the township government.", [(OB, ["township government"])]),
    ("The mooring fee shall be paid by the person in charge of the vessel.", [(OB, ["person in charge of the vessel"])]),
    ("The harbour office shall be informed beforehand, either by the person in charge of a yacht or by the yacht "
     "club, of any race.", [(OB, ["person in charge of a yacht"]), (OB, ["yacht club"])]),
    # a by-phrase of means before the agent's ("by any means and by any organization or individual"): everyone's ban
    ("Damaging the quays by any means and by any organization or individual shall be prohibited.",
     [(P, ["any organization or individual"])]),
    ("Occupying allotment plots by any method or by any unit or individual is prohibited.",
     [(P, ["any unit or individual"])]),
    # "by those X" points back to the party of kind X named before it, even inside a modifier; none named: no party
    ("The moorings of yacht clubs shall be maintained by those clubs.", [(OB, ["yacht clubs"])]),
    ("Sheds on plots of township collectives shall be repaired by these collectives.",
     [(OB, ["township collectives"])]),
    ("The plots shall be kept tidy by those tenants.", []),
    # negative rows: a by-phrase after another participle is that participle's; an adverbial after the agent is cut
    ("The tariff shall be sent to the office set up by the township government.", []),
    ("The tariff shall be published by the harbour office in the town hall.", [(OB, ["harbour office"])]),
]


@pytest.mark.parametrize(("body", "expected"), BY_PHRASES, ids=[c[0][:40] for c in BY_PHRASES])
def test_by_phrase(body: str, expected: list[Pair]) -> None:
    assert pairs_of(body) == expected
