"""Session 15 (helper `review19`): the day's new rules read adversarially, where their trigger appears and their reason
does not hold. Two mends, each in two wordings, with the rows the rules were written for kept as positive rows."""

from __future__ import annotations

import pytest

from .test_extract10 import kb_for
from .test_probe19 import pairs_of

OB = "obligation"


def violators(body: str) -> list[str | None]:
    """The printed violator of each sanction of Article 1, in text order."""
    return [s.violator for s in kb_for(body).sanctions if s.article == 1]


# "where the conduct (such acts) ..." after a sentence whose condition names a wrong: that wrong's doer, never the
# authority that answers it (the main clause's subject); the original rows (the subject of a plain duty before) still hold
ACT_DOER_CASES = [
    ("fails to, authority orders; the conduct", "Where a visitor fails to pay the fee, the bureau shall order it to pay "
     "within 10 days; where the conduct constitutes a crime, criminal liability shall be pursued.",
     ["visitor"]),
    ("violates, authority confiscates; such acts", "If a stall holder violates Article 2, the market office shall "
     "confiscate the goods. Where such acts constitute a crime, criminal liability shall be investigated.",
     ["stall holder", "stall holder"]),
    # (positive rows of probe19b's rule: the subject of the duty before, no condition naming a wrong)
    ("duty before, such acts", "A pet groomer shall not keep animals overnight. Where such acts constitute a crime, "
     "criminal liability shall be pursued.", ["pet groomer"]),
    ("ban before, the conduct", "A kite seller must not sell kites with metal lines. Where the conduct constitutes a "
     "crime, criminal liability shall be investigated.", ["kite seller"]),
]


@pytest.mark.parametrize(("form", "body", "want"), ACT_DOER_CASES, ids=[c[0] for c in ACT_DOER_CASES])
def test_act_doer_is_the_wrongdoer_not_the_authority(form: str, body: str, want: list[str]) -> None:
    assert violators(body) == want


# a word in -s right after a preposition or a determiner is a noun, whatever follows it: "operators of buses the city
# licenses" is a party with a relative clause; "any unit or individual finds an X" stays a clause
VERB_OBJECT_CASES = [
    ("of N-s the X V-s", "Operators of buses the city licenses shall carry the licence.",
     [(OB, ["operators of buses the city licenses"])]),
    ("of N-s the X V-s (2)", "Providers of services the bureau approves shall keep a log.",
     [(OB, ["providers of services the bureau approves"])]),
    ("clause, finds an", "Any unit or individual finds an injured climber shall report it.", []),
    ("clause, receives the", "Any hostel receives the guest list shall keep it.", []),
]


@pytest.mark.parametrize(("form", "body", "want"), VERB_OBJECT_CASES, ids=[c[0] for c in VERB_OBJECT_CASES])
def test_plural_noun_after_preposition_is_no_verb(form: str, body: str, want: list[tuple[str, list[str]]]) -> None:
    assert pairs_of(body) == want


def kinds(body: str) -> list[tuple[str, str | None]]:
    """("sanction", violator) or (modality, first bearer) of Article 1's entries: sanctions first, then duties."""
    kb = kb_for(body)
    out: list[tuple[str, str | None]] = [("sanction", s.violator) for s in kb.sanctions if s.article == 1]
    return out + [(o.modality, kb.get(o.actors[0]).label.lower() if o.actors else None)
                  for o in kb.obligations if o.article == 1]


# guide 1.12 a: a mistake is a sanction's trigger only when the clause's party made it; one reported in a clause after a
# verb of finding or being told ("finds that a customer was wrongly charged") is that clause's subject's, and the redress
# stays a duty, unless that subject is the party again; the rows the rule was written for still hold
OWN_WRONG_CASES = [
    ("finds that N was wrongly V-ed", "Where a kiosk operator finds that a customer was wrongly charged, it shall refund "
     "the charge.", [(OB, "kiosk operator")]),
    ("is told that N was sent the wrong", "Where a florist is told that the buyer was sent the wrong bouquet, the florist "
     "shall refund the price.", [(OB, "florist")]),
    ("finds that it wrongly V-ed", "Where a kiosk operator finds that it wrongly charged a customer, it shall refund the "
     "charge.", [("sanction", "kiosk operator")]),
    ("learns that it sent the wrong", "Where a florist learns that it sent the wrong bouquet, the florist shall refund "
     "the price.", [("sanction", "florist")]),
    ("in a way that damages", "Where a ferry operator moors its boat in a way that damages the pier, it shall compensate "
     "the port.", [("sanction", "ferry operator")]),
]


@pytest.mark.parametrize(("form", "body", "want"), OWN_WRONG_CASES, ids=[c[0] for c in OWN_WRONG_CASES])
def test_reported_mistake_is_its_own_clauses(form: str, body: str, want: list[tuple[str, str | None]]) -> None:
    assert kinds(body) == want


# probe19's "and" inside an "of" complement ("of a production and business operation entity": one party) does not hold
# where a singular determiner opens the complement and the last word is plural: that word heads a second party
OF_AND_CASES = [
    ("of a N and N-s (two parties)", "The keeper of a stall and market inspectors shall sign the form.",
     [(OB, ["keeper of a stall"]), (OB, ["market inspectors"])]),
    ("of each N and N-s (two parties)", "The warden of each hostel and youth workers shall check the rooms.",
     [(OB, ["warden of each hostel"]), (OB, ["youth workers"])]),
    ("of a N and N N (one party, original row)", "The principal persons in charge of a production and business "
     "operation entity shall attend the training.",
     [(OB, ["principal persons in charge of a production and business operation entity"])]),
    ("of an N and N N (one party)", "The persons in charge of an import and export enterprise shall sign the form.",
     [(OB, ["persons in charge of an import and export enterprise"])]),
]


@pytest.mark.parametrize(("form", "body", "want"), OF_AND_CASES, ids=[c[0] for c in OF_AND_CASES])
def test_plural_after_singular_complement_is_a_second_party(form: str, body: str,
                                                            want: list[tuple[str, list[str]]]) -> None:
    assert pairs_of(body) == want


# probe20's "force" (a body under one command) holds only for a disciplined service; a power or a cause names no party
FORCE_CASES = [
    ("market forces", "Market forces shall decide the prices of cut flowers.", []),
    ("the labour force (a power)", "The labour force of the county shall grow by five per cent a year.", []),
    ("police force (a party)", "The police force shall patrol the flower market.", [(OB, ["police force"])]),
    ("a task force (a party)", "A task force shall inspect the ski lifts each winter.", [(OB, ["task force"])]),
]


@pytest.mark.parametrize(("form", "body", "want"), FORCE_CASES, ids=[c[0] for c in FORCE_CASES])
def test_force_is_a_party_only_as_a_service(form: str, body: str, want: list[tuple[str, list[str]]]) -> None:
    assert pairs_of(body) == want
