"""Session 14 (helper `extract17`): the deontic, bearer, definition and sanction forms that heldout15's misses showed
missing, read by their grammar (extraction.md, the "by form" tables). Each form is tested in two invented fields (ferry
piers and climbing walls), in the wording that showed the gap and another translator's; the negative rows hold the same
words where they state nothing of the kind. No sentence comes from any set.
"""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text
from .test_extract10 import facts

OB, P, M, R, E = "obligation", "prohibition", "permission", "right", "encouragement"
PK, WO = "pier keeper", "wall operator"

Fact = tuple[str, list[str], str, str | None]


def lowered(body: str) -> list[Fact]:
    return [(m, [b.lower() for b in who], action, cond) for m, who, action, cond in facts(body)]


# (form, Article 1's text, expected (modality, bearers, action, condition) of each clause of Article 1)
DEONTIC: list[tuple[str, str, list[Fact]]] = [
    # a noun lead-in held by its party: the items are its duties, the lead-in no entry (guide 2, Splitting)
    ("has the following duties", "Every pier keeper has the following duties:\n\n(1) lighting the gangway at night;\n\n"
     "(2) keeping a log of boardings.",
     [(OB, [PK], "lighting the gangway at night", None), (OB, [PK], "keeping a log of boardings", None)]),
    ("shall bear the following obligations", "A wall operator shall bear the following obligations:\n\n(1) checking "
     "every rope each morning;\n\n(2) closing the wall in a thunderstorm.",
     [(OB, [WO], "checking every rope each morning", None), (OB, [WO], "closing the wall in a thunderstorm", None)]),
    # a duty given in the passive, the duty noun named
    ("entrusted with the duty of", "The harbour office is entrusted with the duty of licensing ferry piers.",
     [(OB, ["harbour office"], "licensing ferry piers", None)]),
    ("charged with the task of", "The sports bureau shall be charged with the task of inspecting climbing walls.",
     [(OB, ["sports bureau"], "inspecting climbing walls", None)]),
    ("given the responsibility to", "The harbour office is given the responsibility to publish the ferry timetable.",
     [(OB, ["harbour office"], "publish the ferry timetable", None)]),
    ("entrusted with the duty, and shall", "The harbour office is entrusted with the duty of licensing piers and shall "
     "publish the list of piers each year.",
     [(OB, ["harbour office"], "licensing piers", None), (OB, ["harbour office"], "publish the list of piers each year", None)]),
    # "may as of right V": a right, the adverbial part of the marker
    ("may as of right", "Passengers may as of right inspect the safety log of the pier.",
     [(R, ["passengers"], "inspect the safety log of the pier", None)]),
    ("may, as of right,", "A climber may, as of right, see the inspection record of the wall.",
     [(R, ["climber"], "see the inspection record of the wall", None)]),
    # "can" inside an indirect question is ability, not leave
    ("can in an indirect question", "The pier keeper shall tell passengers how many people the gangway can safely bear.",
     [(OB, [PK], "tell passengers how many people the gangway can safely bear", None)]),
    ("can in an indirect question", "A wall operator shall state in the notice whether a child can climb without a "
     "guardian.",
     [(OB, [WO], "state in the notice whether a child can climb without a guardian", None)]),
    ("can as leave", "Climbers can rent shoes at the desk.", [(M, ["climbers"], "rent shoes at the desk", None)]),
    # the one a text encourages to act is a party (the text teaches its noun), not folded into another party's name
    ("encourages X to", "The County encourages choirs to rehearse outdoors. Choir members enjoy the right to rest. Choirs "
     "are in no circumstances to sing after midnight.",
     [(E, ["choirs"], "rehearse outdoors", None), (R, ["choir members"], "rest", None),
      (P, ["choirs"], "sing after midnight", None)]),
    ("urges X to", "The bureau urges ensembles to tune their instruments indoors. An ensemble is at liberty to refuse a "
     "wet stage.",
     [(E, ["ensemble"], "tune their instruments indoors", None), (M, ["ensemble"], "refuse a wet stage", None)]),
]

NOT_DEONTIC = [
    # a bare "is charged with" + noun is a competence (guide 1.2, as a bare "is responsible for"), no entry
    "The harbour office is charged with the daily inspection of the piers.",
    "The sports bureau is tasked with the supervision of climbing walls.",
    # "business" elsewhere is a trade; and (session 15, guide 1.12 d) "It is the business of X to V" no duty either: a
    # noun of nature or function, not a deontic noun (the rows above read it as a task until the lead's call)
    "It is the business of a company that the harbour office licenses.",
    "It shall be the business of the pier keeper to count the passengers at the gangway.",
    "It is the business of the wall operator to check every harness before a climb.",
    # an act encouraged, no party
    "The State encourages the use of bicycles to cut traffic.",
]


@pytest.mark.parametrize(("form", "body", "expected"), DEONTIC)
def test_deontic_form(form: str, body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected, form


@pytest.mark.parametrize("body", NOT_DEONTIC)
def test_not_deontic(body: str) -> None:
    assert facts(body) == []


# --- bearers of passives --------------------------------------------------------------------------------------------

def clauses_of(body: str, article: int = 2) -> list[tuple[str, list[str], str]]:
    kb = kb_text(body, "rules.md")
    return [(o.modality, [kb.get(a).label.lower() for a in o.actors], o.action) for o in kb.obligations
            if o.article == article]


def unbound_of(body: str, article: int = 2) -> list[tuple[str, str]]:
    from regkb.parse.obligations import unbound_clause

    kb = kb_text(body, "rules.md")
    out = []
    for st in kb.statements:
        u = unbound_clause(st) if st.article == article else None
        if u is not None:
            out.append((u.modality, u.action))
    return out


PIER_DEF = 'Article 1 "Pier keeper" here means an enterprise that puts out the gangways of a ferry pier.\n\n'
WALL_DEF = 'Article 1 A "wall operator" is an enterprise that sets up climbing walls for the public.\n\n'


@pytest.mark.parametrize(("body", "expected"), [
    # a thing denied as a passive's subject: the party a definition makes the doer of that very act
    (PIER_DEF + "Article 2 No gangway may be put out in a storm.",
     [(P, [PK], "No gangway may be put out in a storm")]),
    (WALL_DEF + "Article 2 No climbing wall shall be set up on a roof.",
     [(P, [WO], "No climbing wall shall be set up on a roof")]),
])
def test_a_denied_thing_binds_the_party_defined_by_the_act(body: str, expected: list) -> None:
    assert clauses_of(body) == expected


@pytest.mark.parametrize("body", [
    PIER_DEF + "Article 2 No gangway may be taken in before the ferry leaves.",  # another act
    WALL_DEF + "Article 2 No climbing wall shall be set on fire.",  # another verb (no particle)
])
def test_another_act_binds_no_one(body: str) -> None:
    assert clauses_of(body) == []
    assert [m for m, _a in unbound_of(body)] == [P]  # a ban whoever bears it, never a leave


@pytest.mark.parametrize("body", [
    'Article 1 The Harbour Office (the "Office") shall license piers.\n\nArticle 2 No boat may be launched while the '
    "water stands above the mark set by the Office.",
    "Article 1 The sports bureau shall inspect walls.\n\nArticle 2 No wall may be opened where the ropes are older "
    "than the limit fixed by the sports bureau.",
])
def test_a_by_phrase_inside_a_subordinate_clause_names_no_agent(body: str) -> None:
    assert clauses_of(body) == []


def test_a_by_phrase_after_a_preposition_is_still_the_agent() -> None:
    body = "Article 1 Wall operators shall keep walls safe.\n\nArticle 2 The ropes must be checked before each session " \
           "by the wall operator."
    assert [(m, who) for m, who, _ in clauses_of(body)] == [(OB, ["wall operators"])]


# --- definitions ----------------------------------------------------------------------------------------------------

def defs(body: str) -> list[tuple[str, str]]:
    kb = kb_text(f"Article 1 {body}", "rules.md")
    return [(d.term, " ".join(d.definition.split()[:3])) for d in kb.definitions]


@pytest.mark.parametrize(("body", "expected"), [
    ('"Pier" shall, for the purposes of these Measures, be taken as any landing stage where ferries berth.',
     [("Pier", "any landing stage")]),
    ('“Top rope” shall be taken as a rope anchored above the climber.', [("Top rope", "a rope anchored")]),
    ('The words "gangway" describe any bridge between a pier and a boat.',
     [("gangway", "any bridge between")]),
    ('The expression "belay device" describes a device that holds the rope.',
     [("belay device", "a device that")]),
    ('A "pier keeper" here means the unit that runs a pier.', [("pier keeper", "the unit that")]),
    ('"Auto-belay" here refers to a device that takes in the rope.', [("Auto-belay", "a device that")]),
    ('The "load limit" of a pier is the greatest weight it may carry.', [("load limit", "the greatest weight")]),
    ('The “height” of a climbing wall is the distance from the floor to its top.',
     [("height", "the distance from")]),
])
def test_definition_form(body: str, expected: list) -> None:
    assert defs(body) == expected


@pytest.mark.parametrize("body", [
    'The "Safety Plan" describes the routes of the boats.',  # a document's content, no term
    'The "Plan" of the operator is the basis of the inspection.',  # a definite "of": one thing, no class
])
def test_no_definition(body: str) -> None:
    assert defs(body) == []


# --- sanctions ------------------------------------------------------------------------------------------------------

PARTIES = ("Article 1 Pier keepers shall light the gangways. Wall operators shall check the ropes. The harbour office, "
           "the sports bureau and the Linshui Fire and Rescue Detachment shall inspect them.")
HO, SB, FD = "harbour office", "sports bureau", "Linshui Fire and Rescue Detachment"


def sanctions(text: str) -> list[tuple[str | None, str | None, str]]:
    kb: KnowledgeBase = kb_text(f"{PARTIES}\n\nArticle 2 {text}", "rules.md")
    return [(s.violator, s.authority, f"{s.trigger} {s.penalties}".lower()) for s in kb.sanctions if s.article == 2]


SANCTIONS: list[tuple[str, str, list[tuple[str | None, str | None, str]]]] = [
    ("contrary to", "Where a pier keeper overloads a gangway, contrary to Article 1, the harbour office shall give it a "
     "warning.", [(PK, HO, "warning")]),
    ("contrary to", "Where a wall operator lets a climber go up unroped contrary to paragraph 1 of Article 1, the sports "
     "bureau shall impose a fine of 500 yuan on it.", [(WO, SB, "fine")]),
    ("item (N)", "Where a pier keeper fails to comply with item (2) of the first paragraph of Article 1, the harbour "
     "office shall give it a warning. Where it has not done so within ten days, its licence may be suspended.",
     [(PK, HO, "warning"), (PK, None, "suspended")]),
    ("suspend its use", "Where a wall operator violates Article 1, the Linshui Fire and Rescue Detachment shall give it a "
     "warning and may suspend its use of the wall for up to one month.",
     [(WO, FD, "warning"), (WO, FD, "suspend its use")]),
    ("fault", "Where a passenger is hurt through the pier keeper's fault, the pier keeper shall compensate the passenger "
     "for the loss, and the harbour office may revoke its licence.",
     [(PK, None, "compensate"), (PK, HO, "revoke")]),
    ("fault", "Where a climber falls owing to the wall operator's negligence, the wall operator shall make good the "
     "losses.", [(WO, None, "make good")]),
    ("possessor of the wrong", "Where a pier keeper's breach of Article 1 leads to a drowning, its licence shall be "
     "revoked by the harbour office.", [(PK, HO, "revoked")]),
    ("possessor of the wrong", "Where a wall operator's violation of Article 1 causes a fall, the sports bureau shall "
     "impose a fine of 3,000 yuan on it.", [(WO, SB, "fine")]),
    ("bare and", "A pier keeper that fails to light the gangway under Article 1 shall be ordered by the harbour office to "
     "light it within a day; if it does not, the pier shall be closed and a fine of 2,000 yuan may be imposed.",
     [(PK, HO, "ordered"), (PK, HO, "closed"), (PK, HO, "fine")]),
    ("bare and", "Where a wall operator violates Article 1, the wall shall be closed and a fine of 800 yuan shall be "
     "imposed by the sports bureau.", [(WO, None, "closed"), (WO, SB, "fine")]),
]


@pytest.mark.parametrize(("cell", "text", "expected"), SANCTIONS)
def test_sanction_form(cell: str, text: str, expected: list) -> None:
    got = sanctions(text)
    assert len(got) == len(expected), (cell, got)
    for (v, a, p), (ev, ea, kind) in zip(got, expected, strict=True):
        assert (v, a) == (ev, ea), (cell, got)
        assert kind in p, (cell, got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Staff of the harbour office or the sports bureau who take bribes shall be disciplined according to law.",
     ["actor/staff-of-the-harbour-office", "actor/staff-of-the-sports-bureau"]),
    ("Officials of the sports bureau or of the harbour office who neglect their duties shall be given sanctions.",
     ["actor/official-of-the-sports-bureau", "actor/official-of-the-harbour-office"]),
])
def test_staff_of_a_or_b_are_the_staff_of_each(text: str, expected: list[str]) -> None:
    kb = kb_text(f"{PARTIES}\n\nArticle 2 {text}", "rules.md")
    assert [sorted(s.violators) for s in kb.sanctions if s.article == 2] == [sorted(expected)]


def test_staff_of_a_and_a_person_stay_apart() -> None:
    kb = kb_text(f"{PARTIES}\n\nArticle 2 Staff of the harbour office and pier keepers shall wear life jackets.",
                 "rules.md")
    assert sorted(kb.get(a).label.lower() for o in kb.obligations if o.article == 2 for a in o.actors) == [
        "pier keepers", "staff of the harbour office"]
