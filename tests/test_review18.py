"""Session 14 (helper `review18`): the rows where session 14's extractor rules (calls17, extract17) gave a wrong answer
on sentences they were not written for, each in two wordings and in invented fields (apiaries, cold stores, balloon
flights, libraries, fishing harbours, kindergartens), with the rows the rules were written for kept beside them. No
sentence comes from any set.
"""

from __future__ import annotations

import pytest

from .conftest import kb_text
from .test_extract10 import facts

OB, M = "obligation", "permission"

Fact = tuple[str, list[str], str, str | None]


def lowered(body: str) -> list[Fact]:
    return [(m, [b.lower() for b in who], action, cond) for m, who, action, cond in facts(body)]


# --- a by-phrase after a word that opens no clause there is still the passive's agent -------------------------------

@pytest.mark.parametrize(("body", "bearer"), [
    # "once" before a frequency is an adverb (review18: the keeper was lost)
    ("The hives shall be inspected once a month by the keeper.", "keeper"),
    ("Each cold room must be defrosted once every week by the warehouse operator.", "warehouse operator"),
    # "that" after a preposition is a demonstrative
    ("The goods shall be weighed on that day by the warehouse operator.", "warehouse operator"),
    ("The basket shall be checked at that hour by the balloon operator.", "balloon operator"),
    # a comma closes the subordinate clause before the by-phrase
    ("The goods shall be stored where they arrive, by the warehouse operator.", "warehouse operator"),
    ("The nets shall be dried while the boats are in harbour, by the boat owner.", "boat owner"),
    # a reduced clause of one adjective has no verb for the by-phrase to serve
    ("The hives shall be moved where necessary by the keeper.", "keeper"),
    ("The books shall be rebound where appropriate by the librarian.", "librarian"),
])
def test_by_phrase_after_a_word_that_opens_no_clause(body: str, bearer: str) -> None:
    assert [who for _m, who, _a, _c in lowered(body)] == [[bearer]]


@pytest.mark.parametrize("body", [
    "No balloon may take off while the wind exceeds the limit set by the civil aviation bureau.",
    "No goods may be stored in a room that has not been inspected by the fire brigade.",
])
def test_by_phrase_inside_a_clause_is_still_no_agent(body: str) -> None:
    assert lowered(body) == []


# --- "can" after a complete wh-clause is the main clause's leave ---------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Readers who wish to know how the catalogue is arranged can ask the librarian.",
     [(M, ["readers"], "ask the librarian", "who wish to know how the catalogue is arranged")]),
    ("Any parent who is unsure whether a child is ill can keep the child at home.",
     [(M, ["any parent"], "keep the child at home", "who is unsure whether a child is ill")]),
    ("Keepers who do not know how to treat a sick colony can ask the apiary station for help.",
     [(M, ["keepers"], "ask the apiary station for help", "who do not know how to treat a sick colony")]),
    ("Anyone who asks how many seats the hall holds can obtain the plan from the operator.",
     [(M, ["anyone"], "obtain the plan from the operator", "who asks how many seats the hall holds")]),
])
def test_can_after_a_complete_question_is_a_leave(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The operator shall tell each passenger how many people the basket can hold.",
     [(OB, ["operator"], "tell each passenger how many people the basket can hold", None)]),
    ("The kindergarten shall explain to parents what their children can eat at lunch.",
     [(OB, ["kindergarten"], "explain to parents what their children can eat at lunch", None)]),
])
def test_can_inside_an_object_question_is_still_ability(body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


# --- definitions: "taken as evidence", "here" -----------------------------------------------------------------------

def defs(body: str) -> list[tuple[str, str]]:
    kb = kb_text(f"Article 1 {body}", "rules.md")
    return [(d.term, " ".join(d.definition.split()[:3])) for d in kb.definitions]


@pytest.mark.parametrize("body", [
    'The "berth register" shall be taken as evidence of the vessel\'s berth.',
    'A "flight log" is to be taken as proof of the flights made that day.',
    'The "hive card" is taken as the basis of the yearly inspection.',
    "The list kept here means that readers can find a book quickly.",
    "The sign posted here means that the store is closed.",
    "**Flight day** here means a day on which a balloon takes off.",  # an emphasised term kept its "**"
])
def test_no_definition(body: str) -> None:
    assert defs(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ('"Cold store" shall, in these Measures, be taken as any room kept below minus 5 degrees.',
     [("Cold store", "any room kept")]),
    ('A "depositor" here means a person who stores goods in a cold store.', [("depositor", "a person who")]),
])
def test_still_a_definition(body: str, expected: list[tuple[str, str]]) -> None:
    assert defs(body) == expected


# --- encouragement: a thing to be acted on teaches no party --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The county encourages cold storage to be built near the harbour.\n\nArticle 2 Cold storage shall be kept below "
    "minus 18 degrees.",
    "The State encourages reading rooms to be opened in villages.\n\nArticle 2 Reading rooms shall be kept quiet.",
])
def test_a_passive_infinitive_teaches_no_party(body: str) -> None:
    kb = kb_text(f"Article 1 {body}", "rules.md")
    assert [o for o in kb.obligations] == []


@pytest.mark.parametrize("body", [
    "The State encourages data to flow across borders in an orderly way.\n\nArticle 2 Data shall be stored within the "
    "country.",
    "The county encourages new technology to serve rural libraries.\n\nArticle 2 New technology shall be assessed "
    "before use.",
])
def test_a_bare_singular_teaches_no_party(body: str) -> None:
    kb = kb_text(f"Article 1 {body}", "rules.md")
    assert [o for o in kb.obligations] == []


def test_a_body_with_its_article_is_still_taught() -> None:
    body = "The county urges the guild to train its members.\n\nArticle 2 The guild shall keep a list of members."
    kb = kb_text(f"Article 1 {body}", "rules.md")
    assert [(o.article, [kb.get(a).label.lower() for a in o.actors]) for o in kb.obligations] == \
        [(1, ["guild"]), (2, ["guild"])]


def test_a_party_encouraged_is_still_taught() -> None:
    body = "The county encourages apiarists to plant flowering trees.\n\nArticle 2 Apiarists shall register their hives."
    kb = kb_text(f"Article 1 {body}", "rules.md")
    assert [(o.article, [kb.get(a).label.lower() for a in o.actors]) for o in kb.obligations] == \
        [(1, ["apiarists"]), (2, ["apiarists"])]
