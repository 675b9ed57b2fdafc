"""Session 16 (helper `wrongs20`): four silent wrong answers that session 15's review listed as not mended, and the
two calls of guide 1.13. Each narrowing in two wordings and fields, with the rows its rule was written for kept as
positive rows."""

from __future__ import annotations

import pytest

from .test_extract10 import facts, kb_for

OB, PERM, PRO, ENC = "obligation", "permission", "prohibition", "encouragement"


def kinds(body: str) -> list[tuple[str, str | None]]:
    """("sanction", violator) or (modality, first bearer in lower case) of Article 1's entries: sanctions first."""
    kb = kb_for(body)
    out: list[tuple[str, str | None]] = [("sanction", s.violator) for s in kb.sanctions if s.article == 1]
    return out + [(o.modality, kb.get(o.actors[0]).label.lower() if o.actors else None)
                  for o in kb.obligations if o.article == 1]


# guide 1.8, 1.12 a: a redress is civil liability only for a harm the party did; "X causes damage" names the party's
# harm when X is a deed, a violation or the party itself, not when X is an event, a thing or another party
HARM_CASES = [
    ("fire causes damage", "Where a fire causes damage to a stall, the market operator shall compensate the "
     "stallholder.", [(OB, "market operator")]),
    ("storm causes injury", "If a storm causes injury to passengers, the ferry company shall compensate them for the "
     "loss.", [(OB, "ferry company")]),
    ("earthquake or landslide causes losses", "Where an earthquake or a landslide causes losses to residents, the county "
     "government shall compensate the residents.", [(OB, "county government")]),
    ("power failure causes losses", "Where a power failure causes losses to a tenant, the landlord shall make good the "
     "losses.", [(OB, "landlord")]),
    ("another party causes damage", "Where a visitor causes damage to the lawn, the festival organiser shall compensate "
     "the park.", [(OB, "festival organiser")]),
    ("another party's act", "Where a visitor's act causes damage to a booth, the park operator shall compensate the booth "
     "keeper.", [(OB, "park operator")]),
    ("the conduct of another party", "Where the conduct of a visitor causes damage to the lawn, the organiser shall "
     "compensate the park.", [(OB, "organiser")]),
    # (positive rows: the rule's own forms)
    ("the conduct of the party", "Where the conduct of the organiser causes personal injury, the organiser shall make "
     "good the losses of the injured.", [("sanction", "organiser")]),
    ("work causes injury", "Where pruning work causes injury to a person or damage to a vehicle, the contractor shall "
     "compensate the victim for the loss.", [("sanction", "contractor")]),
    ("the party's breach", "Where a loft keeper's breach of these Measures causes damage to a neighbour's property, the "
     "loft keeper shall compensate the neighbour.", [("sanction", "loft keeper")]),
    ("the party causes", "Where a ferry operator causes damage to the pier, the operator shall compensate the pier "
     "keeper.", [("sanction", "ferry operator")]),
    ("relative: who causes", "A climber who causes injury to another shall compensate the injured climber.",
     [("sanction", "climber")]),
    ("and thereby causes", "A borrower who breaches Article 5 and thereby causes a loss shall compensate the tool "
     "library.", [("sanction", "borrower")]),
]


@pytest.mark.parametrize(("form", "body", "want"), HARM_CASES, ids=[c[0] for c in HARM_CASES])
def test_harm_is_a_sanction_only_when_the_party_did_it(form: str, body: str, want: list[tuple[str, str]]) -> None:
    assert kinds(body) == want


# "the heads of X": the heads bear the duty, not X; "head" is no party where it heads no body of persons
HEADS_CASES = [
    ("heads of the units", "The heads of the units shall report the accidents.", [(OB, ["Heads of the units"])]),
    ("head of each household", "The head of each household shall register the dogs it keeps.",
     [(OB, ["Head of each household"])]),
    ("heads of ... concerned, may", "Heads of the departments concerned may sign the permits.",
     [(PERM, ["Heads of the departments concerned"])]),
    # (positive rows: the other person nouns of the form already named the persons)
    ("persons in charge of", "The persons in charge of the departments shall sign the forms.",
     [(OB, ["Persons in charge of the departments"])]),
    ("leaders of", "The leaders of the villages shall keep the records.", [(OB, ["Leaders of the villages"])]),
]


@pytest.mark.parametrize(("form", "body", "want"), HEADS_CASES, ids=[c[0] for c in HEADS_CASES])
def test_heads_of_a_body_are_the_bearers(form: str, body: str, want: list[tuple[str, list[str]]]) -> None:
    assert [(m, b) for m, b, _, _ in facts(body)] == want


def test_head_of_a_thing_is_no_party() -> None:
    assert facts("The head of cattle shall be counted each month.") == []


# an authority's sanction in the active voice, then a clause with no subject of its own: the authority's duty
SHARED_CASES = [
    ("and shall", "The bureau shall impose fines in accordance with the Administrative Penalty Law and shall hear the "
     "party first.", [("sanction", None), (OB, "bureau")], "hear the party first"),
    (", and shall", "The market office shall impose fines in accordance with the law, and shall inform the party of its "
     "right to a hearing.", [("sanction", None), (OB, "market office")], "inform the party of its right to a hearing"),
    ("after a semicolon, not the party before", "Stall holders shall keep records; the market office shall impose fines "
     "on those that fail to do so and shall hear them first.",
     [("sanction", None), (OB, "stall holders"), (OB, "market office")], "hear them first"),
    # (positive row: a duty after a duty keeps its subject as before)
    ("duty, and shall", "The department may revoke the licence and shall notify the holder in writing.",
     [(PERM, "department"), (OB, "department")], "notify the holder in writing"),
]


@pytest.mark.parametrize(("form", "body", "want", "action"), SHARED_CASES, ids=[c[0] for c in SHARED_CASES])
def test_duty_after_an_active_sanction_keeps_the_authority(form: str, body: str, want: list[tuple[str, str | None]],
                                                            action: str) -> None:
    assert kinds(body) == want
    assert facts(body)[-1][2] == action


@pytest.mark.parametrize("body", [
    # "it" after "order it to" may be the violator as well as the authority: no bearer is guessed (kept, reported)
    "Where an operator violates Article 3, the bureau shall order it to make corrections, and it shall re-register "
    "within 30 days.",
    "The bureau shall impose fines in accordance with the Administrative Penalty Law, and it shall hear the party first.",
])
def test_pronoun_after_a_sanction_is_not_guessed(body: str) -> None:
    kb = kb_for(body)
    assert not [o for o in kb.obligations if o.article == 1]
    assert [s for s in kb.statements if s.article == 1 and not s.reason.startswith("not a duty")]


# "owned and operated by": ownership binds no one (a relation), operation is an act allotted to the by-agent (1.10); the
# coordinated participles are one clause (guide 2, "Splitting"), the agent's obligation with the whole clause as action
OWNED_CASES = [
    ("owned and operated by", "The mine shall be owned and operated by the company.",
     [(OB, ["Company"], "The mine shall be owned and operated by the company")]),
    ("operated and owned by", "The ferry shall be operated and owned by the county transport company.",
     [(OB, ["County transport company"], "The ferry shall be operated and owned by the county transport company")]),
    ("owned by alone", "Mineral resources shall be owned by the State.", []),
]


@pytest.mark.parametrize(("form", "body", "want"), OWNED_CASES, ids=[c[0] for c in OWNED_CASES])
def test_owned_and_operated_by_binds_the_operator(form: str, body: str, want: list[tuple[str, list[str], str]]) -> None:
    assert [(m, b, a) for m, b, a, _ in facts(body)] == want


# guide 1.13 a: a body that "shall encourage / support / guide X to V" bears an obligation; X gets no entry from it. With
# no modal, "The State encourages X to V" stays X's encouragement (1.3)
PROMOTION_CASES = [
    ("shall encourage X to", "The people's governments at or above the county level shall encourage enterprises to "
     "adopt clean technology.", [(OB, "people's governments at or above the county level",
                                  "encourage enterprises to adopt clean technology")]),
    ("should guide X to", "Platform operators should guide users to report harmful content.",
     [(OB, "platform operators", "guide users to report harmful content")]),
    ("shall support and guide X to", "Township governments shall support and guide farmers to use organic fertiliser.",
     [(OB, "township governments", "support and guide farmers to use organic fertiliser")]),
    ("no modal: encourages X to", "The State encourages enterprises to adopt clean technology.",
     [(ENC, "enterprises", "adopt clean technology")]),
    ("no modal: supports X in", "The county supports bathhouse operators in reusing spent water.",
     [(ENC, "bathhouse operators", "reusing spent water")]),
]


@pytest.mark.parametrize(("form", "body", "want"), PROMOTION_CASES, ids=[c[0] for c in PROMOTION_CASES])
def test_a_body_bound_to_promote_bears_the_duty(form: str, body: str, want: list[tuple[str, str, str]]) -> None:
    assert [(m, b[0].lower(), a) for m, b, a, _ in facts(body)] == want


# guide 1.13 b: a modal inside a relative clause, or a clause of result, manner or extent that describes a thing, is
# an ability, no entry; a main clause's "cannot be V-ed" / "may not be V-ed" stays a ban (kept, with no bearer named)
ABILITY_CASES = [
    ("relative: data that cannot be", "Operators shall delete data that cannot be restored.",
     [(OB, "delete data that cannot be restored")]),
    ("relative: technology that users cannot", "Providers shall use technology that users cannot bypass.",
     [(OB, "use technology that users cannot bypass")]),
    ("in a way that can be", "Providers shall keep logs in a way that can be audited.",
     [(OB, "keep logs in a way that can be audited")]),
    ("in a manner that users can", "Providers shall mark the content in a manner that users can recognise it.",
     [(OB, "mark the content in a manner that users can recognise it")]),
    ("so that it cannot be", "Operators shall take measures so that the information cannot be traced to a person.",
     [(OB, "take measures so that the information cannot be traced to a person")]),
    ("so that minors cannot", "Operators shall install locks, so that children cannot open the cabinets.",
     [(OB, "install locks, so that children cannot open the cabinets")]),
    ("to the extent that it may be", "Operators shall anonymise the data to the extent that it may be verified.",
     [(OB, "anonymise the data to the extent that it may be verified")]),
    # (a main clause's "may not be V-ed" stays a ban: here the bearer of the clause before, as PIPL Art. 6 reads)
    ("main clause: may not be", "Operators shall collect only the data needed, and data may not be collected "
     "excessively.", [(OB, "collect only the data needed"), (PRO, "data may not be collected excessively")]),
]


@pytest.mark.parametrize(("form", "body", "want"), ABILITY_CASES, ids=[c[0] for c in ABILITY_CASES])
def test_ability_inside_a_description_gives_no_entry(form: str, body: str, want: list[tuple[str, str]]) -> None:
    assert [(m, a) for m, _, a, _ in facts(body)] == want


@pytest.mark.parametrize("body", ["Personal information cannot be transferred abroad without approval.",
                                  "Visitors may not be admitted after 18:00."])
def test_main_clause_cannot_be_is_a_ban_kept_unbound(body: str) -> None:
    kb = kb_for(body)
    assert not [o for o in kb.obligations if o.article == 1]
    assert [s for s in kb.statements if s.article == 1]  # kept and reported (no bearer named), not dropped


def test_minors_cannot_is_their_ban() -> None:
    assert [(m, b) for m, b, _, _ in facts("Minors cannot enter the hall after 22:00.")] == [(PRO, ["Minors"])]
