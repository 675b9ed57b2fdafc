"""Session 17, helper defs23: definition forms with the term after its meaning, a frame with the text named after a
bare "for", "the expression X in these Rules covers", and a "Term: meaning" line in an article that names a term so.
Every row is written here in two invented fields (bicycle parking sheds, public saunas; no sentence of any set), with
negative rows where the same words define nothing. A row expects every definition of Article 2 as (term, first words
of its definiens)."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text

INTRO = "Article 1 These Rules are made to keep bicycle parking sheds and public saunas safe and clean."

Row = tuple[str, str, list[tuple[str, str]]]

ROWS: list[Row] = [
    # the term last, after a passive verb of naming (称为): the subject is the meaning
    ("are called, the text after", "Sheds that a district builds on a pavement and leaves open at night are called "
     "\"night sheds\" in these Rules.", [("night sheds", "Sheds that a district builds")]),
    ("are called, after an aside", "Tickets that a sauna sells for a season, including family and group tickets, "
     "are called \"season passes\".", [("season passes", "Tickets that a sauna sells for a season, including family "
                                         "and group tickets")]),
    ("are called, no text", "Rooms where bathers cool down between two sessions are called \u201ccooling rooms\u201d.",
     [("cooling rooms", "Rooms where bathers cool")]),
    ("is termed the", "The company that rents out the racks of a shed by the month is termed the \"rack lessor\".",
     [("rack lessor", "company that rents out")]),
    ("is termed the", "The attendant who keeps the stove of a sauna burning is termed the \u201cstove keeper\u201d.",
     [("stove keeper", "attendant who keeps")]),
    ("is referred to in these Rules as", "Whoever builds a shed on public land and charges for its use is referred to "
     "in these Rules as the \"shed keeper\".", [("shed keeper", "Whoever builds a shed")]),
    ("is referred to as its", "The person or company that heats a sauna and looks after it is referred to as its "
     "\u201coperator\u201d.", [("operator", "person or company that heats")]),
    ("are known as", "Bicycles that stand in a shed for more than thirty days are known as \"left bicycles\".",
     [("left bicycles", "Bicycles that stand")]),
    ("shall be called", "A sauna session booked by a group of ten or more shall be called a \"group session\" for "
     "these Rules.", [("group session", "sauna session booked")]),
    ("neg: called upon", "Shed users are called upon to lock their bicycles.", []),
    ("neg: termed, no quoted name", "Leaving a bicycle across the entrance of a shed is termed illegal in these Rules.",
     []),
    ("neg: a pronoun subject", "It is called \"Clean Steam\".", []),
    ("neg: a condition, then a pronoun", "Where a shed is closed for repair, this is called a \"pause\".", []),
    ("neg: a relative clause", "Sheds built by the district, which are called \"city sheds\", shall be painted green.",
     []),
    ("neg: a duty's clause", "The bureau shall publish a list of what is called \"green sheds\".", []),
    ("neg: a title with a number", "The campaign of the bureau this year is called \"Safe Saunas 2030\".", []),
    ("neg: named (a thing's name)", "The booking app of the sauna is named \"SteamPass\".", []),
    ("neg: titled (a document)", "Each shed keeper shall hand out a leaflet titled \"Park Well\".", []),
    # the inverted copula: a class named by a relative clause, then "is a / its / the "X""
    ("anyone who ... is a", "Anyone who parks a bicycle in a shed through the app is a \"shed user\" for these Rules.",
     [("shed user", "Anyone who parks")]),
    ("a person who ... is a", "A person who buys a ticket for a sauna session is a \u201cbather\u201d.",
     [("bather", "person who buys")]),
    ("whoever ... is its; the place where ... is its", "Whoever runs a shed is its \"keeper\"; the street or square "
     "where a shed stands is its \"host street\".", [("host street", "street or square where"),
                                                     ("keeper", "Whoever runs a shed")]),
    ("whoever ... is its", "Whoever lends the room for a sauna is its \u201chost\u201d.", [("host", "Whoever lends")]),
    ("neg: an identity", "The monthly fee is the \"base fee\".", []),
    ("neg: one thing identified", "The only form that the bureau accepts is the \"Consent Form\".", []),
    ("whoever ... is the", "Whoever keeps the key of a shed is the \u201ckey holder\u201d.", [("key holder", "Whoever keeps")]),
    ("neg: a wh-subject", "What matters most is the \u201csafety score\u201d.", []),
    # "For these Rules," as a frame (the bare "for" before the text named)
    ("For these Rules, a X is", "For these Rules, a \"bicycle shed\" is a roofed place where bicycles are parked for "
     "the public.", [("bicycle shed", "a roofed place")]),
    ("For these Provisions, a X is", "For these Provisions, a \u201cpublic sauna\u201d is a heated room open to anyone "
     "who pays.", [("public sauna", "a heated room")]),
    ("neg: For this reason", "For this reason, the bureau shall inspect every shed.", []),
    ("neg: For these Rules, a duty", "For these Rules, the bureau shall keep a register of saunas.", []),
    # "the expression X in these Rules covers Y" (the bare text named, for a marked term)
    ("the expression ... in these Rules covers", "The expression \"shed\" in these Rules covers any roofed or fenced "
     "place for parking bicycles.", [("shed", "any roofed or fenced")]),
    ("the term ... in these Measures includes", "The term \u201csauna\u201d in these Measures includes steam rooms and "
     "infrared cabins.", [("sauna", "steam rooms")]),
    ("neg: bare in these Rules, unquoted", "Fees in these Rules are payable each month.", []),
    # a "Term: meaning" line, in an article that names a term after its meaning
    ("term and colon", "Parking shed: a roofed place where bicycles are parked for the public.\n\nWhoever runs a "
     "parking shed is termed the \"shed keeper\".", [("Parking shed", "a roofed place"),
                                                    ("shed keeper", "Whoever runs")]),
    ("term and colon", "Steam room: a room filled with steam that bathers sit in.\n\nA person who heats and opens a "
     "steam room to the public is its \u201coperator\u201d.", [("Steam room", "a room filled"),
                                                             ("operator", "person who heats")]),
    ("neg: a colon before duties", "Whoever runs a shed is its \"keeper\".\n\nDuties: the keeper shall lock the shed "
     "at night.", [("keeper", "Whoever runs a shed")]),
    ("neg: a colon in an article that names no term", "Opening hours: saunas may open from six in the morning.", []),
]


def _kb(body: str) -> KnowledgeBase:
    return kb_text(INTRO + "\nArticle 2 " + body)


@pytest.mark.parametrize(("cell", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_definition_rows(cell: str, body: str, expected: list[tuple[str, str]]) -> None:
    kb = _kb(body)
    got = sorted((d.term, d.definition) for d in kb.definitions if d.article == 2)
    assert [t for t, _ in got] == sorted(t for t, _ in expected), cell
    for (term, definiens), (_, want) in zip(got, sorted(expected), strict=True):
        assert definiens.startswith(want), f"{cell}: {term!r} -> {definiens!r}"
        assert not definiens.endswith((",", " ")), f"{cell}: {term!r} -> {definiens!r}"


@pytest.mark.parametrize(("body", "kind"), [
    # a subject that describes a class gives the meaning; a name's long form is a short name's (kind "inline")
    ("Whoever builds a shed on public land is referred to as the \"shed keeper\".", "article"),
    ("Rooms where bathers cool down are called \u201ccooling rooms\u201d.", "article"),
    ("The Riverside District Bureau of Parks and Gardens is referred to in these Rules as the \"Parks Bureau\".",
     "inline"),
    ("The Municipal Sauna Association is known as the \u201cAssociation\u201d.", "inline"),
])
def test_term_last_kind(body: str, kind: str) -> None:
    defs = [d for d in _kb(body).definitions if d.article == 2]
    assert [d.kind for d in defs] == [kind], body
