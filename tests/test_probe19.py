"""Session 15 (helper `probe19`): the lead's calls 1.12 c-e and the forms a probe of real translations showed read
wrong (extraction.md, "Deontic constructions, by form", the session 15 table). Every sentence here is invented, in two
fields none of the probe's texts covers (ski resorts and flower markets), in the wording that showed the gap and
another translator's; the negative rows hold the same words where they state what they stated before.
"""

from __future__ import annotations

import pytest

from .conftest import kb_text
from .test_extract10 import kb_for

OB, P, M, R, E = "obligation", "prohibition", "permission", "right", "encouragement"

Pair = tuple[str, list[str]]


def pairs_of(body: str, article: int = 1) -> list[Pair]:
    """(modality, bearer labels in lower case) of each obligation of ``article``, in text order."""
    kb = kb_for(body) if article == 1 else kb_text(body)
    return [(o.modality, [kb.get(a).label.lower() for a in o.actors]) for o in kb.obligations if o.article == article]


def unbound_of(body: str) -> int:
    """How many modal statements of Article 1 bind no one (kept and reported by `regkb check`)."""
    return sum(1 for s in kb_for(body).statements if s.article == 1)


# (form, Article 1's text, its pairs, how many of its statements bind no one)
CASES: list[tuple[str, str, list[Pair], int]] = [
    # --- guide 1.12 c: a denied passive of a giving verb, the recipient as subject: the giver's ban, else no one's
    ("No N shall be given the task of", "No child shall be given the task of greasing the chairlift.", [], 1),
    ("No N may be assigned to", "No apprentice may be assigned to the flower stalls at night.", [], 1),
    ("No N shall be entrusted with ... by X", "No minor shall be entrusted with the till by the market operator.",
     [(P, ["market operator"])], 0),
    # (the recipient's own act stays its ban; a thing given names no one, as before)
    ("No N may V (active)", "No child may ride the chairlift alone.", [(P, ["child"])], 0),
    ("No thing shall be issued to N", "No stall licence shall be issued to a minor.", [], 1),
    # --- guide 1.12 d: "It is the N of X to V" is a duty only with a deontic noun
    ("function of X to", "It is the function of the resort office to grade the pistes.", [], 0),
    ("role of X to", "It shall be the role of the market board to allot the stalls.", [], 1),
    ("business of X to", "It is the business of the market board to collect the rents.", [], 0),
    ("duty of X to", "It is the duty of the resort office to grade the pistes.", [(OB, ["resort office"])], 0),
    ("responsibility of X to", "It shall be the responsibility of the market board to allot the stalls.",
     [(OB, ["market board"])], 0),
    # --- guide 1.12 e: money, assets and things bear nothing, whatever the number
    ("encourages funds to", "The county encourages social funds to build new ski lifts.", [], 1),
    ("encourages capital to, and X to", "The city encourages private capital to invest in flower markets, and "
     "encourages florists to sell local flowers.", [(E, ["florists"])], 1),
    ("funds may be used", "Social funds may be used to extend the pistes.", [], 1),
    ("fund managers (a party)", "The county encourages fund managers to invest in ski lifts.", [(E, ["fund managers"])], 0),
    ("data handlers (a party)", "Data handlers shall keep a log of flower sales.", [(OB, ["data handlers"])], 0),
    # --- a list of rights held: the items are rights, the lead-in no entry
    ("shall exercise the following rights", "Stallholders shall exercise the following rights:\n\n(1) to set their own "
     "prices;\n\n(2) to close on public holidays.", [(R, ["stallholders"]), (R, ["stallholders"])], 0),
    ("enjoys the following rights in", "A ski school enjoys the following rights in the resort:\n\n(1) using the "
     "nursery slope;\n\n(2) renting lockers at the base station.", [(R, ["ski school"]), (R, ["ski school"])], 0),
    # --- a noun lead-in with a complement before its colon
    ("has the following responsibilities for", "The lift manager has the following responsibilities for safety on "
     "the lifts:\n\n(1) checking the cables every morning;\n\n(2) closing the lifts in high wind.",
     [(OB, ["lift manager"]), (OB, ["lift manager"])], 0),
    ("bears the following duties within", "A market warden bears the following duties within the market:\n\n(1) "
     "keeping the aisles clear;\n\n(2) locking the gates at night.", [(OB, ["market warden"]), (OB, ["market warden"])], 0),
    # --- items excepted from a rule are its scope, not conduct
    ("except for the following", "Buyers have the right to return flowers within one day, except for the following "
     "flowers:\n\n(1) cut flowers;\n\n(2) flowers bought at auction.", [(R, ["buyers"])], 0),
    ("other than the following", "Skiers may exchange a lift pass within three days, other than the following "
     "passes:\n\n(1) passes sold at a discount;\n\n(2) season passes.", [(M, ["skiers"])], 0),
    # --- a gerund subject names the act, not its doer (guide 1.11), also with "of" or two gerunds
    ("X-ing of N ... is prohibited", "Resort operators shall treat the slurry of the snow cannons. Discharging of "
     "slurry into the river by any means is strictly prohibited.", [(OB, ["resort operators"])], 1),
    ("X-ing or Y-ing N shall not", "No stallholder may sell cut flowers after noon. Selling or renting stalls to "
     "unlicensed traders shall not obscure the market's licensing.", [(P, ["stallholder"])], 1),
    ("it is prohibited to (1.2 keeps X)", "Lift operators shall keep a log of faults, and it is prohibited to destroy "
     "the log.", [(OB, ["lift operators"]), (P, ["lift operators"])], 0),
    # --- coordination inside an "of" complement joins modifiers of one noun
    ("managers of a flower and plant market", "The managers of a flower and plant market shall keep the aisles clear.",
     [(OB, ["managers of a flower and plant market"])], 0),
    ("person in charge of a ski and snowboard school", "The principal person in charge of a ski and snowboard school "
     "shall train the instructors.", [(OB, ["principal person in charge of a ski and snowboard school"])], 0),
    ("the managers of the market and the florists", "The managers of the market and the florists shall sweep the "
     "aisles.", [(OB, ["managers of the market"]), (OB, ["florists"])], 0),
    # --- "encourages and supports X to V": the second verb belongs to the marker; "all A and B" is everyone
    ("encourages and supports all A and B to", "The county encourages and supports all organizations and individuals "
     "to plant trees on the slopes.", [(E, ["all organizations and individuals"])], 0),
    ("encourages and guides X to", "The city encourages and guides florists to sell local flowers.", [(E, ["florists"])], 0),
    # --- a circumstance set off inside "shall ..., have the right to"
    ("shall, when ..., have the right to", "A skier shall, when buying a season pass, have the right to see the "
     "safety record of each lift.", [(R, ["skier"])], 0),
    ("shall, where ..., have the right to", "A buyer shall, where a plant dies within a week, have the right to a "
     "replacement.", [(R, ["buyer"])], 0),
    # --- "the establishment of X" is the act of setting X up; "establishments" are parties
    ("the establishment of a ... shall", "The establishment of a ski school shall be subject to approval.", [], 1),
    ("catering establishments shall", "Catering establishments shall display their prices at the market gate.",
     [(OB, ["catering establishments"])], 0),
    # --- a list's -ing compound is the next party, not a participle narrowing the one before
    ("A, V-ing Bs and Cs shall", "Florists, advertising agents and sign makers shall label every bouquet.",
     [(OB, ["florists"]), (OB, ["advertising agents"]), (OB, ["sign makers"])], 0),
    ("A, V-ing Bs, and Cs must", "Lift operators, operating companies, and ski schools must post the avalanche "
     "warning.", [(OB, ["lift operators"]), (OB, ["operating companies"]), (OB, ["ski schools"])], 0),
    ("A, V-ing N, shall (an aside)", "Lift operators, providing lockers to skiers, shall keep a log of the lockers.",
     [(OB, ["lift operators"])], 0),
    # --- two participles before the by-agent; a text "implemented by" a body gives the body a task
    ("be V-ed and V-ed by X", "The list of closed pistes shall be compiled and published by the resort office.",
     [(OB, ["resort office"])], 0),
    ("be V-ed or V-ed by X", "Stall rents shall be fixed or adjusted by the market office.", [(OB, ["market office"])], 0),
    ("These Rules shall be implemented by X", "These Rules shall be implemented by the resort office.",
     [(OB, ["resort office"])], 0),
    ("These Rules shall be implemented from (no entry)", "These Rules shall be implemented from 1 December 2031.", [], 1),
    # --- a quantifier of kinds names the members ("all kinds of X", 各类); "the kinds of N" as a thing stays no party
    ("encourages all kinds of X to", "The county encourages all kinds of ski schools to train their own instructors.",
     [(E, ["ski schools"])], 0),
    ("All types of X shall", "All types of florists shall label every bouquet with its origin.", [(OB, ["florists"])], 0),
    ("The kinds of N shall be (no party)", "The kinds of flowers sold in the market shall be listed at the gate.", [], 1),
    # --- an aside after the subject of a circumstance is no part of the party's name
    ("When X, in the course of ..., find", "When the lift attendants, in the course of their rounds, find a broken "
     "seat, they shall stop the lift.", [(OB, ["lift attendants"])], 0),
    ("Where X, during ..., discover", "Where market wardens, during an inspection, discover rotten stock, they shall "
     "report it to the market board.", [(OB, ["market wardens"])], 0),
    # --- a verb in -s inside a relative clause describes the party; only a verb before any relative pronoun is a clause
    ("An N that V-s an N shall", "An entity that operates a ticket kiosk shall display its prices.",
     [(OB, ["entity that operates a ticket kiosk"])], 0),
    ("A N who V-s the N must", "A florist who rents a stall must keep the stall clean.",
     [(OB, ["florist"])], 0),
]


@pytest.mark.parametrize(("form", "body", "expected", "unbound"), CASES, ids=[c[0] for c in CASES])
def test_form(form: str, body: str, expected: list[Pair], unbound: int) -> None:
    assert pairs_of(body) == expected, form
    assert unbound_of(body) == unbound, form


def test_no_clause_is_made_a_party() -> None:
    """A circumstance's clause ("any stallholder finds a pest") is never a party's name."""
    for body in ("When any stallholder finds a pest, they shall report it to the market board.",
                 "Where a lift operator receives a complaint, it shall reply within a week."):
        kb = kb_for(body)
        assert not [a for a in kb.actors if " finds " in a.label or " receives " in a.label], body


def test_universal_agent_of_a_coordinated_passive() -> None:
    """"..., and shall not be diverted by any organization or individual": everyone's ban, in two wordings."""
    for body, who in (("Lift fees shall be kept in a separate account, and shall not be diverted by any organization "
                       "or individual.", "organization or individual"),
                      ("The deposits of stallholders shall be returned in full, and shall not be withheld by any unit "
                       "or individual.", "unit or individual")):
        kb = kb_for(body)
        bans = [o for o in kb.obligations if o.article == 1 and o.modality == P]
        assert [who in kb.get(a).label.lower() for o in bans for a in o.actors] == [True], body
        assert all(o.universal for o in bans), body


def test_thing_defined_by_no_party_act() -> None:
    """Guide 1.12 a: "No pylon may be erected ..." binds only a party the text defines by erecting pylons."""
    defined_by_other_act = ('Article 1 A "lift keeper" is the company that owns a ski lift and sells its passes.\n\n'
                            "Article 2 No pylon may be erected on a piste.")
    assert pairs_of(defined_by_other_act, article=2) == []
    defined_by_the_act = ('Article 1 A "pylon builder" is an enterprise that erects pylons for ski lifts.\n\n'
                          "Article 2 No pylon may be erected on a piste.")
    assert pairs_of(defined_by_the_act, article=2) == [(P, ["pylon builder"])]
    # the other field: a stall "set up" where the defined party is the one that rents stalls out
    assert pairs_of('Article 1 A "market landlord" is a person who rents out stalls in a flower market.\n\n'
                    "Article 2 No stall shall be set up in a fire lane.", article=2) == []
