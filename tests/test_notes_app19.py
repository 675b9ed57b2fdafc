"""A regulation kept as a note in a notes app (Obsidian; issue 12, invented texts, two layouts and two wordings each):

- a **block id** (" ^art4-1" at the end of a paragraph, or alone on the line after a list) is a link target, not a
  word of the law: left out of the text (so out of every action and quote) and listed; "3 ^2" (a power) stays;
- a **term defined as a person** ('"Lending steward" has the meaning of the volunteer or employee whom ...',
  '"Trail guide" is understood as the volunteer whom ...') names a party, though no suffix marks its head; a term
  defined as a place or a thing teaches nothing;
- "**it is for X to:**" (and "it falls to X to:", "it shall be the duty of X to:") before a list: a lead-in whose
  items are X's duties, as "X shall:" is;
- "**gives (lends) support to X in V-ing**": as "supports X in V-ing", an encouragement of X.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase


def _kb(tmp_path: Path, body: str) -> KnowledgeBase:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.md").write_text("---\ntitle: Provisions of Lanxi District on Shared Things\nid: note\n---\n\n"
                                    "#regulation #client-file\n\n# Provisions of Lanxi District on Shared Things\n\n"
                                    + body, encoding="utf-8")
    return KnowledgeBase.from_corpus(corpus)


def _rows(kb: KnowledgeBase) -> list[tuple[int, str, tuple[str, ...], str, str | None]]:
    return sorted((o.article, o.modality, o.actors, o.action, o.condition) for o in kb.obligations)


# --- block ids ----------------------------------------------------------------------------------------------------

BLOCK_IDS = [
    # a block id at the end of every paragraph (Obsidian's "^art4-1")
    ("### Article 1\n\nThe district office shall keep a register of ladders. ^art1-1\n\n"
     "Borrowers must return every ladder within seven days. ^art1-2\n\n"
     "### Article 2\n\nBorrowers may renew a loan once. ^art2\n"),
    # the generated form, and one on the line after a list ("^a1b2c3" alone, as Obsidian writes it under a list)
    ("**Article 1** The district office shall keep a register of ladders. ^x7k2q1\n\n"
     "Borrowers must return every ladder within seven days. ^b4\n\n"
     "**Article 2** Borrowers may renew a loan once. ^2r9t\n"),
]


@pytest.mark.parametrize("body", BLOCK_IDS, ids=["named-ids", "generated-ids"])
def test_block_ids_are_no_words_of_the_law(tmp_path: Path, body: str) -> None:
    kb = _kb(tmp_path, body)
    assert [(o.article, o.modality, o.action) for o in sorted(kb.obligations, key=lambda o: o.span.start)] == [
        (1, "obligation", "keep a register of ladders"), (1, "obligation", "return every ladder within seven days"),
        (2, "permission", "renew a loan once")]
    assert all("^" not in a.text for a in kb.articles)
    assert len([d for d in kb.dropped if "block id" in d.reason]) == 3


def test_a_caret_in_the_words_stays(tmp_path: Path) -> None:
    kb = _kb(tmp_path, "### Article 1\n\nEach shed shall have a floor of at least 3 ^2 metres.\n")
    assert "3 ^2" in kb.articles[0].text


# --- a term defined as a person -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("definition", "name", "duty"), [
    ('"Lending steward" has the meaning of the volunteer or employee whom a tool library names to hand out its '
     "tools.", "lending steward", "Lending stewards shall check each tool when it comes back."),
    ('"Trail guide" is understood as the volunteer whom the park office names to lead walkers.', "trail guide",
     "Trail guides shall carry a first-aid kit on every walk."),
], ids=["has-the-meaning-of", "is-understood-as"])
def test_a_term_defined_as_a_person_names_a_party(tmp_path: Path, definition: str, name: str, duty: str) -> None:
    kb = _kb(tmp_path, f"### Article 1\n\n{definition}\n\n### Article 2\n\n{duty}\n")
    assert [(o.article, o.modality) for o in kb.obligations] == [(2, "obligation")]
    assert kb.obligations[0].actors == (f"actor/{name.replace(' ', '-')}",)


def test_a_term_defined_as_a_thing_names_no_party(tmp_path: Path) -> None:
    kb = _kb(tmp_path, '### Article 1\n\n"Tool shed" means a room where a community keeps garden tools.\n\n'
                       "### Article 2\n\nTool sheds shall open at eight in the morning.\n")
    assert not [o for o in kb.obligations if o.article == 2]


# --- "it is for X to:" before a list ---------------------------------------------------------------------------------

LEAD_INS = [
    ("Each time a tool is lent, it is for the lending steward to:\n\n- (1) record the borrower's name;\n"
     "- (2) show the borrower how to use the tool safely.\n", "lending steward", "Each time a tool is lent",
     ["record the borrower's name", "show the borrower how to use the tool safely"]),
    ("Before the park opens, it falls to the warden to:\n\n(a) walk the trails;\n\n(b) close any trail blocked by "
     "fallen trees.\n", "warden", "Before the park opens", ["walk the trails", "close any trail blocked by fallen trees"]),
    ("On each shift, it shall be the duty of the keeper to:\n\n1. lock the gates;\n\n2. count the boats.\n", "keeper",
     "On each shift", ["lock the gates", "count the boats"]),
]


@pytest.mark.parametrize(("lead", "bearer", "condition", "actions"), LEAD_INS, ids=["is-for", "falls-to", "duty-of"])
def test_an_impersonal_lead_in_gives_its_items_to_its_party(tmp_path: Path, lead: str, bearer: str, condition: str,
                                                             actions: list[str]) -> None:
    kb = _kb(tmp_path, '### Article 1\n\n"Lending steward" has the meaning of the volunteer whom a library names.\n\n'
                       f"### Article 2\n\n{lead}")
    rows = [o for o in kb.obligations if o.article == 2]
    assert [(o.modality, o.actors, o.bearer_basis, o.action, o.condition) for o in rows] == [
        ("obligation", (f"actor/{bearer.replace(' ', '-')}",), "lead-in", a, condition) for a in actions]


# --- "gives support to X in V-ing" ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "party", "action"), [
    ("The district bureau gives support to households in sorting their kitchen waste.", "household",
     "sorting their kitchen waste"),
    ("The county government lends support to village committees in building footpaths.", "village-committee",
     "building footpaths"),
], ids=["gives-support", "lends-support"])
def test_support_given_to_a_party_encourages_it(tmp_path: Path, sentence: str, party: str, action: str) -> None:
    kb = _kb(tmp_path, f"### Article 1\n\n{sentence}\n")
    assert [(o.modality, o.actors, o.action) for o in kb.obligations] == [("encouragement", (f"actor/{party}",),
                                                                           action)]
