"""Session 14 (helper `calls17`): the annotation guide's open calls decided (guide 1.11) and review leftovers mended by
a rule. Each form is tested in two invented fields and wordings (ropeways and ski slopes; cold stores and ferries),
expecting (modality, bearers, action, condition) of every clause of Article 1, with rows that must keep their reading.
"""

from __future__ import annotations

import pytest

from .conftest import kb_text, sanctions_of_article_2
from .test_extract10 import facts, kb_for

Fact = tuple[str, list[str], str, str | None]
OB, P = "obligation", "prohibition"


def lowered(body: str) -> list[Fact]:
    return [(m, [b.lower() for b in who], action, cond) for m, who, action, cond in facts(body)]


def unbound(body: str) -> list[str]:
    """The text of the statements of Article 1 that bind no named party (reported by `regkb check`)."""
    return [s.text for s in kb_for(body).statements if s.article == 1]


# --- 1.11: a ban whose subject is a gerund phrase binds no named party, in every position ----------------------------
# (the clause with a bearer before it in the same sentence keeps its own entry; the ban is a statement)
GERUND_BANS: list[tuple[str, list[Fact], str]] = [
    ("Ferry operators shall keep the deck clear; smoking on the deck is prohibited.",
     [(OB, ["ferry operators"], "keep the deck clear", None)], "smoking on the deck is prohibited."),
    ("The ropeway operator shall keep the gate closed, and climbing over it is forbidden.",
     [(OB, ["ropeway operator"], "keep the gate closed", None)], "climbing over it is forbidden."),
    ("Cold-store operators shall log every delivery, and altering the log is not permissible.",
     [(OB, ["cold-store operators"], "log every delivery", None)], "altering the log is not permissible."),
    ("Slope operators may groom the pistes at night, but skiing on a closed piste is strictly prohibited.",
     [("permission", ["slope operators"], "groom the pistes at night", None)],
     "skiing on a closed piste is strictly prohibited."),
    # in a sentence of its own, whatever the paragraph before or the scope names (as 1.10 already read it)
    ("Ferry operators shall inspect the vessels.\n\nSmoking on the deck is prohibited.",
     [(OB, ["ferry operators"], "inspect the vessels", None)], "Smoking on the deck is prohibited."),
    ("Cold-store operators must record the temperature. Keeping food in the corridor is forbidden.",
     [(OB, ["cold-store operators"], "record the temperature", None)], "Keeping food in the corridor is forbidden."),
]


@pytest.mark.parametrize(("body", "kept", "statement"), GERUND_BANS)
def test_a_gerund_ban_binds_no_named_party(body: str, kept: list[Fact], statement: str) -> None:
    assert lowered(body) == kept
    assert [s for s in unbound(body) if statement.rstrip(".") in s] != []


# The infinitive frame of guide 1.2 keeps the bearer of the clause before it in the same sentence (two independent
# gold annotators read it so), and a party's own ban ("X is forbidden from V-ing") is the party's
@pytest.mark.parametrize(("body", "expected"), [
    ("Ferry operators shall keep records of each crossing, and it is prohibited to delete such records.",
     [(OB, ["ferry operators"], "keep records of each crossing", None),
      (P, ["ferry operators"], "delete such records", None)]),
    ("Cold-store operators shall log every delivery; it is forbidden to alter the log.",
     [(OB, ["cold-store operators"], "log every delivery", None), (P, ["cold-store operators"], "alter the log", None)]),
    ("Slope operators are forbidden from grooming a piste while skiers are on it.",
     [(P, ["slope operators"], "grooming a piste", "while skiers are on it")]),
])
def test_the_infinitive_frame_and_a_party_s_ban_keep_their_bearer(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


def test_the_scope_lends_no_party_to_a_gerund_ban() -> None:
    kb = kb_text("Chapter I General\n\nArticle 1 These Measures apply to the keeping of bees by hive owners in the city."
                 "\n\nArticle 2 Hive owners shall register their hives.\n\nArticle 3 Keeping bees within 50 metres of a "
                 "school is prohibited.\n")
    assert [o.article for o in kb.obligations] == [2]
    assert [s.article for s in kb.statements] == [3]


# --- a subordinate clause inside a "so that" / "ensure that" complement is part of the action ------------------------
# (one rule for every subordinator with no comma before it: when, whenever, while, where, if, once, as soon as,
# and the reduced clauses)
IN_COMPLEMENT: list[tuple[str, str]] = [
    ("The ropeway operator shall design the lift so that it stops whenever a door is opened.",
     "design the lift so that it stops whenever a door is opened"),
    ("Lift installers shall set the brakes so that the cabin halts when the rope slackens.",
     "set the brakes so that the cabin halts when the rope slackens"),
    ("The ropeway operator shall ensure that the cabins stop when the wind exceeds 20 metres per second.",
     "ensure that the cabins stop when the wind exceeds 20 metres per second"),
    ("Cold-store operators shall ensure that the alarm sounds if the temperature rises above minus 15 degrees.",
     "ensure that the alarm sounds if the temperature rises above minus 15 degrees"),
    ("The ferry operator shall make sure that the gangway is raised once the last passenger has boarded.",
     "make sure that the gangway is raised once the last passenger has boarded"),
    ("Slope operators shall see to it that the lifts are stopped as soon as the wind exceeds the limit.",
     "see to it that the lifts are stopped as soon as the wind exceeds the limit"),
    ("The cold-store operator shall ensure that workers wear gloves where the floor is below freezing.",
     "ensure that workers wear gloves where the floor is below freezing"),
    ("The ferry operator shall fit a float switch so that the pump starts as soon as the bilge water rises.",
     "fit a float switch so that the pump starts as soon as the bilge water rises"),
    ("Slope operators shall mark the pistes in such a way that skiers can see them while a race is in progress.",
     "mark the pistes in such a way that skiers can see them while a race is in progress"),
    ("Cold-store operators shall ensure that the data are encrypted when stored.",
     "ensure that the data are encrypted when stored"),
    ("The ropeway operator shall ensure that the cabins are heated when in use.",
     "ensure that the cabins are heated when in use"),
]


@pytest.mark.parametrize(("body", "action"), IN_COMPLEMENT)
def test_a_subordinate_clause_inside_the_complement_stays_in_the_action(body: str, action: str) -> None:
    ((_m, _who, got, cond),) = lowered(body)
    assert (got, cond) == (action, None)


# ... but not after a plain object, after a comma, or after the complement is closed by a coordinated conjunct
OUTSIDE_COMPLEMENT: list[tuple[str, str, str]] = [
    ("The ropeway operator shall stop the cabins whenever a door is opened.",
     "stop the cabins", "whenever a door is opened"),
    ("Cold-store operators shall notify the bureau if the temperature rises above minus 15 degrees.",
     "notify the bureau", "if the temperature rises above minus 15 degrees"),
    ("The ropeway operator shall ensure the safety of passengers when the wind exceeds 20 metres per second.",
     "ensure the safety of passengers", "when the wind exceeds 20 metres per second"),
    ("The ropeway operator shall ensure that the brakes work, where the line is longer than two kilometres.",
     "ensure that the brakes work", "where the line is longer than two kilometres"),
    ("Ferry operators shall report the accident so that the bureau can act, if anyone is injured.",
     "report the accident so that the bureau can act", "if anyone is injured"),
    ("Slope operators shall ensure that the piste is groomed, and close it when the snow is thin.",
     "ensure that the piste is groomed, and close it", "when the snow is thin"),
]


@pytest.mark.parametrize(("body", "action", "condition"), OUTSIDE_COMPLEMENT)
def test_a_subordinate_clause_outside_a_complement_is_the_condition(body: str, action: str, condition: str) -> None:
    ((_m, _who, got, cond),) = lowered(body)
    assert (got, cond) == (action, condition)


# --- review15 left 5: a verb in -ly between two markers is no adverb ("is cleared to fly shall") ----------------------
# (before, the second marker was taken for the first one's verb and its clause was dropped with no report)
@pytest.mark.parametrize(("body", "expected"), [
    ("Ski instructors who are required to comply shall keep a copy of the rules.",
     [(OB, ["ski instructors"], "keep a copy of the rules", "who are required to comply")]),
    ("Cold-store operators that need to apply shall submit the form to the bureau.",
     [(OB, ["cold-store operators"], "submit the form to the bureau", "that need to apply")]),
    # an adverb in -ly still joins two markers ("shall jointly" is no second clause)
    ("The ropeway operator shall jointly inspect the cabins with the bureau.",
     [(OB, ["ropeway operator"], "jointly inspect the cabins with the bureau", None)]),
])
def test_a_verb_in_ly_is_no_adverb_between_two_markers(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


@pytest.mark.parametrize("body", [
    "A drone that is cleared to fly shall carry its registration number.",
    "A cable car that is permitted to fly over the road shall carry a warning light.",
])
def test_a_clause_after_a_verb_in_ly_is_reported_when_it_binds_no_one(body: str) -> None:
    assert lowered(body) == []
    assert len(unbound(body)) == 1


# --- review15 left 6: a cleft with "which" ------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("It is the provincial ropeway bureau which shall issue the licence.",
     [(OB, ["provincial ropeway bureau"], "issue the licence", None)]),
    ("It is the harbour bureau which must inspect the ferries every year.",
     [(OB, ["harbour bureau"], "inspect the ferries every year", None)]),
    # not a cleft: a relative clause about a thing states no duty (guide §2)
    ("It is a licence which may be renewed every year.", []),
])
def test_a_cleft_with_which(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


# --- deontic14 left: past participles in -pt, -nt, -lt and the unchanged forms are passives ----------------------------
# (the by-agent is the bearer and the action the whole clause, guide 1.10; before, no bearer was found)
@pytest.mark.parametrize(("body", "bearer"), [
    ("The cabins shall be swept by the ropeway operator every night.", "ropeway operator"),
    ("Spoilt goods shall be burnt by the cold-store operator under supervision.", "cold-store operator"),
    ("The deposit must not be withheld by the ferry operator after the ticket is returned.", "ferry operator"),
    ("Avalanche warnings shall be broadcast by the slope operator every morning.", "slope operator"),
    ("Drainage trenches shall be dug by the ropeway operator before the season opens.", "ropeway operator"),
])
def test_an_irregular_participle_is_a_passive(body: str, bearer: str) -> None:
    ((_m, who, action, _c),) = lowered(body)
    assert (who, action) == ([bearer], body.rstrip("."))


# ... and the same words as no participle keep their reading
@pytest.mark.parametrize(("body", "expected"), [
    ("The ropeway operator shall set up a rescue team.", [(OB, ["ropeway operator"], "set up a rescue team", None)]),
    ("Cold-store operators shall be cost-conscious in buying refrigerant.",
     [(OB, ["cold-store operators"], "be cost-conscious in buying refrigerant", None)]),
])
def test_the_same_words_as_no_participle(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


# --- "once" with a pronoun subject after the action is the condition, as "when" with one is -------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("Ferry operators shall replace the life jackets once they are worn.",
     [(OB, ["ferry operators"], "replace the life jackets", "once they are worn")]),
    ("The ropeway operator shall delete the video once it is no longer needed.",
     [(OB, ["ropeway operator"], "delete the video", "once it is no longer needed")]),
    # a time adverb and a frequency stay in the action (guide 1.5)
    ("The ropeway operator shall check the cabins at once.", [(OB, ["ropeway operator"], "check the cabins at once", None)]),
    ("Cold-store operators shall defrost the rooms once a month.",
     [(OB, ["cold-store operators"], "defrost the rooms once a month", None)]),
])
def test_once_with_a_pronoun_subject(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


# --- review15 left 1: a cleft in a sanction clause (its focus the violator, or the authority) ------------------------
@pytest.mark.parametrize(("parties", "body", "expected"), [
    ("Article 1 Drone operators shall register their drones.\n\nArticle 2 ",
     "It is the drone operator that shall be liable for damage caused.", [("drone operator", None)]),
    ("Article 1 Ferry operators shall keep a passenger list.\n\nArticle 2 ",
     "It is the ferry operator who shall bear civil liability for the loss caused by its violation of Article 1.",
     [("ferry operator", None)]),
    ("Article 1 Ferry operators shall keep a passenger list.\n\nArticle 2 ",
     "Where a ferry operator violates Article 1, it is the harbour bureau which shall impose a fine of 1,000 yuan on it.",
     [("ferry operator", "harbour bureau")]),
])
def test_a_cleft_in_a_sanction(parties: str, body: str, expected: list[tuple[str | None, str | None]]) -> None:
    got = sanctions_of_article_2("Chapter I General\n\n" + parties, body)
    assert [((v or "").lower() or None, (a or "").lower() or None) for _t, v, a in got] == expected


# --- review15 left 2: "commends X that V-ed" praises a past deed (simple past), no conduct promoted ------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("The harbour bureau commends the ferry operators that rescued passengers last year.", []),
    ("The county bureau commends slope operators who built avalanche shelters in 2020.", []),
    # a deed in the present is the conduct promoted (obl15), "exceed" no past
    ("The harbour bureau commends ferry operators that keep their decks clear.",
     [("encouragement", ["ferry operators"], "keep their decks clear", None)]),
    ("The county bureau commends slope operators that exceed the safety standards.",
     [("encouragement", ["slope operators"], "exceed the safety standards", None)]),
])
def test_commends_a_past_deed(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


# --- review15 left 3: "appeals to" a court or tribunal is the legal remedy, no encouragement -------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("The harbour bureau appeals to the court to review the decision.", []),
    ("The slope operator appeals to the people's court to set aside the fine.", []),
    ("The cold-store operator appeals to the arbitration commission to hear the dispute.", []),
    # an appeal to a party is still its encouragement (obl15)
    ("The harbour bureau appeals to ferry operators to keep their decks clear.",
     [("encouragement", ["ferry operators"], "keep their decks clear", None)]),
    ("The county bureau appeals to slope operators to close the pistes in storms.",
     [("encouragement", ["slope operators"], "close the pistes in storms", None)]),
])
def test_an_appeal_to_a_court(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected
