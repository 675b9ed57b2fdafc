"""Session 17, helper review21: today's new rules read where their trigger appears but their reason does not hold.
Each mend in two invented fields (ferry piers, campsites) and two wordings, with the original helpers' positive form
beside the negative: a colon line after a term-last definition (defs23), "is known as" for one thing's name (defs23),
"struck out" in editing (sanct22), a doer subject that names a state (sanct22), a warning that explains a risk
(sanct22). No sentence of a development set, a gold text or a probe."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import kb_text

PARTIES = ("Article 1 Pier keepers shall keep their piers safe. Campsite keepers shall keep their campsites clean. "
           "The county water bureau and the city forestry bureau shall inspect them.")


def _sanctions(body: str) -> list[tuple[str | None, str | None]]:
    kb = kb_text(PARTIES + "\n\nArticle 2 " + body)
    return [(s.violator, s.authority) for s in kb.sanctions if s.article == 2]


# (cell, Article 2 and what follows, terms expected)
GLOSSARY: list[tuple[str, str, set[str]]] = [
    ("a label's line: contact", "Anyone who moors a boat at a pier is a \"mooring user\".\n\nContact: the county water "
     "bureau, telephone 12345.\n\nArticle 3 Mooring users shall pay a fee.", {"mooring user"}),
    ("a label's line: opening hours", "Persons who pitch a tent at a campsite are called \"campers\" in these Rules."
     "\n\nOpening hours: from 7 a.m. to 10 p.m. every day.\n\nArticle 3 Campers shall keep quiet at night.", {"campers"}),
    ("a label's line: an example", "Whoever runs a pier is its \"pier keeper\".\n\nExample: a fisherman who ties his "
     "boat to a post is not a pier keeper.\n\nArticle 3 The pier keeper shall light the pier.", {"pier keeper"}),
    ("a label's line: a penalty", "Persons who pitch a tent at a campsite are termed \"campers\".\n\nPenalty: a camper "
     "who lights a fire outside the hearth shall be fined 100 yuan.\n\nArticle 3 Campers shall keep quiet at night.",
     {"campers"}),
    # the original form: a genus meaning for a term the text goes on to use
    ("an entry: genus, term used", "Glass pier: a pier whose deck is wholly or partly of glass.\n\nA company that "
     "runs a glass pier is termed the \"glass pier keeper\".\n\nArticle 3 A glass pier keeper shall test the glass.",
     {"glass pier", "glass pier keeper"}),
    ("an entry: genus, term used 2", "Forest campsite: an area of a forest where tents may be pitched for a fee.\n\n"
     "Whoever opens a forest campsite is its \"forest host\".\n\nArticle 3 The forest host of a forest campsite shall "
     "clear dead wood.", {"forest campsite", "forest host"}),
]


@pytest.mark.parametrize(("cell", "body", "terms"), GLOSSARY, ids=[g[0] for g in GLOSSARY])
def test_colon_lines_in_an_article_marked_by_a_term_last_definition(cell: str, body: str, terms: set[str]) -> None:
    kb = kb_text(PARTIES + "\n\nArticle 2 " + body)
    assert {d.term.lower() for d in kb.definitions} == terms, cell


KNOWN_AS: list[tuple[str, str, set[str]]] = [
    ("a place's name", "The island in the middle of the lake is known as \"Heron Island\".", set()),
    ("a thing's name", "The boat that carries the mail is known as the \"Mail Ferry\".", set()),
    # the class and the text named stay definitions; a proper name's short form too
    ("a class", "Boats that carry more than twelve persons are known as \"passenger boats\".", {"passenger boats"}),
    ("the text named", "The pier at the north gate is known in these Rules as the \"North Pier\".", {"north pier"}),
    ("a proper name", "The County Association of Campsite Keepers is known as the \"Association\".", {"association"}),
]


@pytest.mark.parametrize(("cell", "body", "terms"), KNOWN_AS, ids=[g[0] for g in KNOWN_AS])
def test_known_as_a_things_name(cell: str, body: str, terms: set[str]) -> None:
    kb = kb_text(PARTIES + "\n\nArticle 2 " + body)
    assert {d.term.lower() for d in kb.definitions} == terms, cell


SANCTIONS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    # "struck out" in editing: the wrong line of a form, no record the party holds
    ("struck out, an editor's", "Where a pier keeper corrects an error in its application, the wrong line shall be "
     "struck out.", []),
    ("struck out, an editor's 2", "Where a campsite keeper fails to renew its permit as Article 1 requires, the "
     "misspelt name on the form shall be struck out and written again.", []),
    ("struck out, its filing", "Where a campsite keeper fails to renew its permit as Article 1 requires, its filing "
     "shall be struck out.", [("campsite keeper", None)]),
    ("struck out, the party's record", "Where a pier keeper fails to light its pier as Article 1 requires, the pier "
     "keeper's registration shall be struck out.", [("pier keeper", None)]),
    # a doer subject whose relative clause names a state, no act
    ("handed over, a lost child", "A child who is lost at a campsite shall be handed over to the public security organ.",
     []),
    ("handed over, whoever is found", "Anyone who is found hurt on a pier shall be handed over to the public security "
     "organ.", []),
    ("dealt with, a state", "A pier keeper who is injured at work shall be dealt with in accordance with the Labour "
     "Law.", []),
    ("handed over, an act", "Whoever cuts the mooring ropes of a pier shall be handed over to the public security organ.",
     [(None, None)]),
    ("dealt with, an act", "Whoever sells the names of campers shall be dealt with under the Personal Information "
     "Protection Law.", [(None, None)]),
    # a warning that explains a risk to the one warned
    ("warning, explains the risk", "Where a camper pitches a tent beside the river, the city forestry bureau shall "
     "issue a warning to the camper and explain the risk of floods.", []),
    ("warning, advises", "If a pier keeper moors a boat in a storm, the county water bureau shall give the pier keeper "
     "a warning and advise it to bring the boat in.", []),
    ("warning, for the act", "Where a pier keeper opens a pier after drinking alcohol, the county water bureau shall "
     "issue a warning to the pier keeper.", [("pier keeper", "county water bureau")]),
    ("warning, it", "Where a campsite keeper burns waste on the site, the city forestry bureau shall give it a warning.",
     [("campsite keeper", "city forestry bureau")]),
    # a warning from a body of private persons (their committee or council) is their own measure (1.13 e)
    ("warning, the campers' committee", "Where a camper plays music after midnight, the campers' committee shall give "
     "the camper a warning.", []),
    ("warning, the owners' council", "If a boat owner moors across the slipway, the boat owners' council shall issue a "
     "warning to the boat owner.", []),
    ("warning, the harbour office", "If a pier keeper moors across the slipway, the harbour office shall issue a "
     "warning to the pier keeper.", [("pier keeper", "harbour office")]),
    # removal by a named agent in the violator's place: a public body's measure; a private keeper's work is its duty
    ("removed by a keeper", "Where a camper leaves rubbish at a campsite in breach of Article 1, the rubbish shall be "
     "removed by the campsite keeper.", []),
    ("towed away by a keeper", "Where a boat owner leaves a boat at a pier in violation of Article 1, the boat shall be "
     "towed away by the pier keeper.", []),
    ("removed by a bureau", "Where a campsite keeper builds a hut in breach of Article 1, the hut shall be removed by the "
     "city forestry bureau.", [("campsite keeper", "city forestry bureau")]),
    # held to account for a charge (负责) is no penalty; for a wrong, or bare, it is (追究)
    ("held to account for a charge", "The pier keeper shall be held to account for the safety of the passengers on "
     "its pier.", []),
    ("held accountable for a charge", "Campsite keepers shall be held accountable for fire safety on their sites.", []),
    ("held to account for a loss", "A pier keeper that hides an accident shall be held to account for the loss caused "
     "to the passengers.", [("pier keeper", None)]),
    ("held accountable, bare", "Staff of the county water bureau who take bribes shall be held accountable.",
     [("staff of the county water bureau", None)]),
]


@pytest.mark.parametrize(("cell", "body", "expected"), SANCTIONS, ids=[g[0] for g in SANCTIONS])
def test_sanction_forms_where_their_reason_does_not_hold(cell: str, body: str,
                                                         expected: list[tuple[str | None, str | None]]) -> None:
    got = [((v or "").lower() or None, (a or "").lower() or None) for v, a in _sanctions(body)]
    assert got == expected, cell


# guide 1.13 e by place: a private party's penalty alone in its article is its own measure, unless the article attaches
# the penalty to the breach of another numbered provision (a liability provision's form)
PLACE: list[tuple[str, str, str]] = [
    ("breach of a numbered article", "Where a camper breaches Article 1, the campsite keeper may bar the camper from "
     "the site for a month.", "sanction"),
    ("in violation of a paragraph", "Where a boat owner moors in violation of Article 1, paragraph 1, the pier keeper "
     "may revoke its mooring card.", "sanction"),
    # the original form: a measure for conduct the article itself describes stays the keeper's permission
    ("conduct the article names", "Where a camper is absent from a booked pitch for three nights without good cause, "
     "the campsite keeper may cancel the booking.", "permission"),
]


@pytest.mark.parametrize(("cell", "body", "kind"), PLACE, ids=[g[0] for g in PLACE])
def test_a_private_penalty_for_a_numbered_breach_is_a_sanction(cell: str, body: str, kind: str) -> None:
    kb = kb_text(PARTIES + "\n\nArticle 2 " + body)
    sanctions = [s for s in kb.sanctions if s.article == 2]
    permissions = [o for o in kb.obligations if o.article == 2 and o.modality == "permission"]
    assert (bool(sanctions), bool(permissions)) == ((True, False) if kind == "sanction" else (False, True)), cell


# layout22's turn headings: a law that quotes a dialogue inside an article keeps its role lines
QUOTED_DIALOGUES = [
    "Article 1 These Rules govern chat services.\n\nArticle 2 An answer a model writes shall be marked, for example:"
    "\n\n**User:**\n\nWhen does the pier open?\n\n**Assistant:**\n\n[AI] At seven.\n\n**User:**\n\nThanks.\n\n"
    "Article 3 A provider shall keep each exchange for six months.\n",
    "Article 1 These Measures govern model tests.\n\nArticle 2 Each test shall be recorded in this form:\n\n"
    "### Prompt\n\nName the exits of the campsite.\n\n### Response\n\nThe north and south gates.\n\n### Prompt\n\n"
    "Which gate is nearest the lake?\n\nArticle 3 A tester shall keep each record for a year.\n",
]


@pytest.mark.parametrize("body", QUOTED_DIALOGUES, ids=["bold-roles", "heading-roles"])
def test_a_dialogue_quoted_inside_an_article_stays_law(body: str) -> None:
    from .test_layout22 import paragraphs, parsed_text

    p = parsed_text(body)
    art2 = " ".join(paragraphs(p)[2])
    assert ("User" in art2 or "Prompt" in art2) and ("Assistant" in art2 or "Response" in art2)
    assert not [d for d in p.diagnostics if d.code == "chat-export"]


# layout22's newsletter rows: the last article's row that announces a list goes on in the row after it (its items set
# as a list, unlike the paragraphs): nothing is set apart, and the user is told
LIST_ROWS = {
    "classes": ('<td class="content">{}</td>', '<p class="body-text">{}</p>',
                '<td class="list"><ol class="items"><li>a register of the berths it lets;</li><li>a log of the boats '
                'left for more than three days.</li></ol></td>'),
    "inline-styles": ('<td style="padding:0 30px;">{}</td>', '<p style="font-size:14px;color:#222222;">{}</p>',
                      '<td style="padding:0 40px;"><div style="font-size:13px;color:#444444;">(1) a register of the '
                      'berths it lets;<br/>(2) a log of the boats left for more than three days.</div></td>'),
}


@pytest.mark.parametrize("kind", sorted(LIST_ROWS))
def test_last_article_announcing_a_list_keeps_its_items(tmp_path: Path, kind: str) -> None:
    from .test_layout22 import imported, paragraphs

    cell, para, items = LIST_ROWS[kind]
    arts = ["These Rules govern the piers of the county.", "A pier keeper shall light its pier at night.",
            "A pier keeper shall keep the following records:"]
    rows = [cell.format(para.format("Rules on Piers"))]
    rows += [cell.format(para.format(f"<strong>Article {n}</strong>&nbsp;&nbsp;{t}")) for n, t in enumerate(arts, 1)]
    rows += [items, '<td class="footer" style="font-size:11px;color:#888888;">Sent by Pier News. Unsubscribe.</td>']
    path = tmp_path / f"{kind}.html"
    path.write_text('<html><body><table role="presentation" width="600">' + "".join(f"<tr>{r}</tr>" for r in rows)
                    + "</table></body></html>", encoding="utf-8")
    p = imported(path)
    assert "a log of the boats" in " ".join(paragraphs(p)[3])
    assert "after-law-doubt" in {d.code for d in p.diagnostics}
