"""Issue 12, session 6 (helper refs5): bilingual article headings, terms a text names as its own, and references
inside a quoted provision.

Each rule in at least two wordings or layouts other than the text that prompted it (invented fields: kiosks,
ferries, drones, lockers). One regulation in, the facts out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, split_frontmatter
from regkb.parse import parse_file

from .conftest import kb_text, refs


def _kb(body: str, with_laws: bool = False) -> KnowledgeBase:
    from regkb.corpus import load_laws

    laws = load_laws(Path(__file__).resolve().parent.parent / "corpus") if with_laws else ()
    text = f"---\ntitle: T\n---\n{body}\n"
    fm, b, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0" * 64, fm, b, tuple(diags)), laws, ())
    return KnowledgeBase.from_parsed([doc], laws, (), {doc.document.id: text})


# --- bilingual article headings: the English label is the heading's ----------------------------------------------------
@pytest.mark.parametrize("body", [
    # Chinese number, a slash, the English label; the text in the next paragraph
    "第一条 / Article 1\n\nKiosk operators shall open kiosks at eight.\n\n第二条 / Article 2\n\nKiosk operators shall close kiosks at six.",
    # a bar, an abbreviated label, the text on the same line
    "第1条 | Art. 1 Kiosk operators shall open kiosks at eight.\n\n第2条 | Art. 2 Kiosk operators shall close kiosks at six.",
    # a full-width slash, bold
    "**第一条／Article 1**\n\nKiosk operators shall open kiosks at eight.\n\n**第二条／Article 2**\n\nKiosk operators shall close kiosks at six.",
    # the English label first
    "Article 1 / 第一条\n\nKiosk operators shall open kiosks at eight.\n\nArticle 2 / 第二条\n\nKiosk operators shall close kiosks at six.",
    # no separator, each label ending its line
    "第一条 Article 1\nKiosk operators shall open kiosks at eight.\n\n第二条 Article 2\nKiosk operators shall close kiosks at six.",
    "Article 1 第一条\nKiosk operators shall open kiosks at eight.\n\nArticle 2 第二条\nKiosk operators shall close kiosks at six.",
])
def test_a_bilingual_heading_is_one_heading(body: str) -> None:
    kb = kb_text(body)
    assert [a.number for a in kb.articles] == [1, 2]
    assert [a.text for a in kb.articles] == ["Kiosk operators shall open kiosks at eight.", "Kiosk operators shall close kiosks at six."]
    assert [r for r in kb.references if r.kind == "internal"] == []  # no article "cites itself"
    assert [a.label for a in kb.actors] == ["Kiosk operators"]  # not "/ Article 1 Kiosk operators"
    assert len(kb.obligations) == 2


def test_a_chinese_heading_whose_text_opens_with_a_reference_keeps_it() -> None:
    kb = kb_text("第一条 Article 2 of these Rules applies to kiosks.\n\n第二条 Kiosks shall open.")
    assert kb.articles[0].text == "Article 2 of these Rules applies to kiosks."
    assert [r.text for r in kb.references] == ["Article 2 of these Rules"]


def test_a_bilingual_heading_with_two_numbers_is_reported() -> None:
    kb = kb_text("第一条 / Article 1\n\nKiosks shall open.\n\n第二条 / Article 3\n\nKiosks shall close.")
    assert [a.number for a in kb.articles] == [1, 2]
    assert any(d.code == "bilingual-heading" for d in kb.diagnostics)


# --- terms the text names as its own -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    # "X referred to in these Provisions are Y" and, in the same article, "A Z includes W"
    ("Article 1 Ferry tickets referred to in these Provisions are paper or electronic passes that carry one person."
     "\n\nA ferry log includes the log itself and the records attached to it.\n\nArticle 2 Ferry operators shall keep "
     "ferry logs.",
     [("Ferry tickets", "paper or electronic passes that carry one person"),
      ("ferry log", "the log itself and the records attached to it")]),
    # "as used in these Rules" + "is"; a second sentence "X refers to" in the same paragraph
    ("Article 1 A drone pilot as used in these Rules is a person who flies a drone. Flight log refers to the record "
     "of a flight.\n\nArticle 2 Drone pilots shall keep flight logs.",
     [("drone pilot", "a person who flies a drone"), ("Flight log", "the record of a flight")]),
    # a framed first definition; the second, unframed, in the same paragraph
    ("Article 1 In these Measures, locker data refers to the codes and times of deliveries. Locker operators refers "
     "to enterprises that run parcel lockers.\n\nArticle 2 Locker operators shall keep locker data.",
     [("locker data", "the codes and times of deliveries"),
      ("Locker operators", "enterprises that run parcel lockers")]),
    # "For the purposes of this Law, X means ..."; a later paragraph "X means ..."
    ("Article 1 For the purposes of this Law, kiosk means a booth on a street.\n\nStall means a table or a cart.\n\n"
     "Article 2 Stalls shall be clean.",
     [("kiosk", "a booth on a street"), ("Stall", "a table or a cart")]),
])
def test_an_article_that_names_its_own_terms_defines_them(body: str, expected: list) -> None:
    assert [(d.term, d.definition) for d in kb_text(body).definitions] == expected


@pytest.mark.parametrize("body", [
    # "referred to in these Measures" before a duty, a status or a passive: no definition, and the article's other
    # sentences stay ordinary ones
    "Article 1 Operators referred to in these Measures are required to keep logs. The plan includes a map.",
    "Article 1 Kiosks referred to in these Rules are licensed by the city. A kiosk includes a roof.",
    # ("Ferry service refers to a crossing." would define: "X refers to Y" is a definition anywhere, guide 5)
    "Article 1 Ferries mentioned in these Provisions are not liable for delays. The ferry desk refers complaints to "
    "the harbour office.",
    # no phrase names the term: "X includes Y" alone defines nothing
    "Article 1 The plan includes a map and a timetable.\n\nA ferry log includes the records attached to it.",
])
def test_own_term_phrases_that_define_nothing(body: str) -> None:
    assert list(kb_text(body).definitions) == []


# --- references inside a quoted provision ------------------------------------------------------------------------------
QBODY = "Article 1 Kiosks shall open.\n\nArticle 2 Stalls shall close.\n\nArticle 3 Ferries shall sail.\n\nArticle 4 "


@pytest.mark.parametrize(("sentence", "expected"), [
    # a law outside the registry quoted: its "Article 3" and "the preceding paragraph" are its own, not this text's
    ('Article 25 of the Law on the Protection of Kiosks provides: "Operators shall comply with Article 3 and the '
     'preceding paragraph." Where a kiosk breaches Article 2, it shall be fined.',
     {"Law on the Protection of Kiosks": ("external", [], False), "Article 3": ("external", [], False),
      "the preceding paragraph": ("external", [], False), "Article 2": ("internal", ["t/art_2"], True)}),
    # another wording and other quotation marks: "stipulates that"
    ("Article 9 of the Regulations on Ferry Safety stipulates that “operators shall meet Article 2”. Ferries follow "
     "Article 1.",
     {"Regulations on Ferry Safety": ("external", [], False), "Article 2": ("external", [], False),
      "Article 1": ("internal", ["t/art_1"], True)}),
    # the new wording of an amended provision of no named instrument: unsure, kept and flagged, never guessed
    ('Article 3 is amended to read: "Ferries shall sail under Article 2." Kiosks follow Article 1.',
     {"Article 3": ("internal", ["t/art_3"], True), "Article 2": ("internal", [], False),
      "Article 1": ("internal", ["t/art_1"], True)}),
    # a quotation that reproduces no provision ("a sign that reads"): references as before
    ('Kiosks shall post a sign that reads: "Closed under Article 2".', {"Article 2": ("internal", ["t/art_2"], True)}),
])
def test_references_inside_a_quoted_provision_are_the_quoted_instruments(sentence: str, expected: dict) -> None:
    got = refs(QBODY + sentence)
    assert {k: (v[0], v[1], v[2]) for k, v in got.items()} == expected


def test_a_quoted_provision_of_a_registry_law_cites_that_laws_article() -> None:
    kb = _kb(QBODY + 'Article 12 of the Personal Information Protection Law provides: "processors shall comply with '
                     'Article 13." Kiosks follow Article 1.', with_laws=True)
    got = {r.text: (r.kind, [(t.law, t.article) for t in r.targets], r.resolved) for r in kb.references}
    assert got["Article 13"] == ("external", [("pipl", 13)], True)
    assert got["Article 1"] == ("internal", [(None, 1)], True)


def test_check_reports_a_quoted_reference_it_cannot_link() -> None:
    kb = kb_text(QBODY + 'Article 25 of the Law on the Protection of Kiosks provides: "Operators shall comply with '
                         'Article 3."')
    codes = [d.code for d in kb.diagnostics]
    assert "quoted-reference" in codes


# --- a definition held to a part of the text: in the graph, the RDF, SHACL and the site -------------------------------
SCOPED_TWO = ("Chapter I Kiosks\n\nArticle 1 For the purposes of this Chapter, vendors are persons who run kiosks.\n\n"
              "Article 2 Vendors shall open daily.\n\nChapter II Ferries\n\nSection 1 Tickets\n\nArticle 3 In this "
              "Section, ticket means a paper pass for one crossing.\n\nArticle 4 Vendors shall sell tickets.\n\n"
              "Chapter III Other\n\nArticle 5 A pass, as used in these Rules, refers to a card for many crossings.")


def test_the_scope_of_a_definition_is_in_the_graph_and_the_rdf() -> None:
    kb = _kb(SCOPED_TWO)
    assert {d.term: d.scope for d in kb.definitions} == {"vendors": "t/chp_1", "ticket": "t/chp_2__sec_1",
                                                         "pass": None}
    g = kb.graph
    assert {n: g.nodes[n].get("scope") for n in g.nodes if g.nodes[n]["type"] == "definition"} == {
        "t/def/vendors": "t/chp_1", "t/def/ticket": "t/chp_2__sec_1", "t/def/pass": None}
    rows = kb.sparql("PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                     "SELECT ?term ?part WHERE { ?d skos:prefLabel ?term . OPTIONAL { ?d dcterms:coverage ?part } }")
    got = {str(r["term"]): (str(r["part"]) if r.get("part") is not None else None) for r in rows}
    assert got["vendors"] == str(kb.iri("t/chp_1"))
    assert got["ticket"] == str(kb.iri("t/chp_2__sec_1"))
    assert got["pass"] is None
    ok, report = kb.shacl()
    assert ok, report


def test_the_shapes_reject_a_coverage_that_is_no_part_of_a_text() -> None:
    from rdflib import Literal, URIRef

    from regkb.graph import validate

    kb = _kb(SCOPED_TWO)
    g = kb.rdf
    memory = type(g)()  # the same triples in a plain rdflib graph, plus one coverage that is a string
    for t in g:
        memory.add(t)
    memory.add((URIRef(str(kb.iri("t/def/pass"))), URIRef("http://purl.org/dc/terms/coverage"), Literal("Chapter III")))
    ok, report = validate(memory)
    assert not ok and "names one chapter or section" in report


def test_the_site_names_the_part_a_term_is_held_to(tmp_path: Path) -> None:
    from regkb.site.generate import Site

    kb = kb_text(SCOPED_TWO)
    gen = Site(kb, tmp_path)
    assert gen.term_heading("vendors", "t/chp_1") == "vendors (in Chapter I Kiosks only)"
    assert gen.term_heading("ticket", "t/chp_2__sec_1") == "ticket (in Section 1 Tickets only)"
    assert gen.term_heading("pass", None) == "pass"


# --- sub-numbered and decimal article numbers, and an article named with its part ---------------------------------------
PBODY = ("Chapter One General\n\nArticle 1 Kiosks shall open.\n\nArticle 2 Stalls shall close.\n\nChapter Two Ferries\n\n"
         "Section 1 Tickets\n\nArticle 3 Ferries shall sail.\n\nArticle 4 ")


@pytest.mark.parametrize(("sentence", "text", "targets", "resolved"), [
    # an inserted article ("12-1", "2–1"): never read as a range down to 1, nor silently as the article before it
    ("Drones shall comply with Article 2-1 of these Rules.", "Article 2-1 of these Rules", ["t/art_2"], False),
    ("Drones shall comply with Article 2–1.", "Article 2–1", ["t/art_2"], False),
    ("Drones shall comply with Articles 3-1 and 1.", "Articles 3-1 and 1", ["t/art_3", "t/art_1"], False),
    # a plural with a rising pair is a range, as before
    ("Drones shall comply with Articles 1-3.", "Articles 1-3", ["t/art_1", "t/art_2", "t/art_3"], True),
    # a decimal number: kept whole, flagged
    ("Drones shall comply with Article 2.1.", "Article 2.1", ["t/art_2"], False),
    ("Drones shall comply with Article 3.2.1 and pay 2.5 per cent.", "Article 3.2.1", ["t/art_3"], False),
    # a number at a sentence end is no decimal
    ("Drones shall comply with Article 2. 3 drones may fly.", "Article 2", ["t/art_2"], True),
    # the part named after the article: one reference, checked against where the text has the article
    ("Drones shall comply with Article 3 of Chapter Two.", "Article 3 of Chapter Two", ["t/art_3"], True),
    ("Drones shall comply with Article 3 of Section 1 of Chapter II.", "Article 3 of Section 1 of Chapter II",
     ["t/art_3"], True),
    ("Drones shall comply with Article 1 of Chapter 2 of these Rules.", "Article 1 of Chapter 2 of these Rules",
     ["t/art_1"], False),  # the text's Article 1 is in Chapter One: numbered per chapter? flagged
])
def test_sub_numbered_decimal_and_part_named_articles(sentence: str, text: str, targets: list, resolved: bool) -> None:
    got = refs(PBODY + sentence)
    assert text in got, got
    kind, tg, ok = got[text]
    assert (kind, tg, ok) == ("internal", targets, resolved)


def test_check_warns_of_an_unsure_sub_numbered_target() -> None:
    kb = kb_text(PBODY + "Drones shall comply with Article 2-1.")
    warned = [d for d in kb.diagnostics if d.code == "unresolved-reference"]
    assert len(warned) == 1 and "inserted (sub-numbered) article" in warned[0].message


# --- a table of terms printed without headers, its first row made the header by the layout ----------------------------
@pytest.mark.parametrize("body", [
    # after an intro that says the meanings follow
    "Article 1 The following terms in these Rules have the following meanings:\n\n| Kiosk | a booth on a street |\n"
    "|---|---|\n| Stall | a table or a cart |\n\nArticle 2 Kiosks shall open.",
    # under a "Definitions" caption, the term bold
    "Article 1 Definitions\n\n| **Kiosk** | a booth on a street |\n|---|---|\n| **Stall** | a table or a cart |\n\n"
    "Article 2 Kiosks shall open.",
])
def test_a_headerless_table_of_terms_reads_its_first_row(body: str) -> None:
    kb = kb_text(body)
    assert [(d.term, d.definition) for d in kb.definitions] == [("Kiosk", "a booth on a street"),
                                                                ("Stall", "a table or a cart")]
    text = f"---\ntitle: T\n---\n{body}\n"
    assert all(text[d.term_span.start:d.term_span.end] == d.term for d in kb.definitions)
    assert "definitions-table" not in [d.code for d in kb.diagnostics]


@pytest.mark.parametrize("body", [
    # column names, however many words: no definition from the header row
    "Article 1 Definitions\n\n| Word | Notes on the word |\n|---|---|\n| Kiosk | a booth |",
    "Article 1 Definitions\n\n| Name | Meaning of the name |\n|---|---|\n| Kiosk | a booth |",
    # outside an article that defines terms: a table is a table
    "Article 1 Kiosks shall post prices:\n\n| Kiosk | a booth on a street |\n|---|---|\n| Stall | a table or a cart |",
])
def test_a_header_row_of_column_names_defines_nothing(body: str) -> None:
    assert list(kb_text(body).definitions) == []


def test_a_web_page_table_without_header_cells_is_a_table_of_terms(tmp_path: Path) -> None:
    from regkb.corpus import read_source
    from regkb.importers import read_files
    from regkb.importers.store import add_to_corpus

    page = tmp_path / "kiosks.html"
    page.write_text(
        "<html><head><title>Kiosk Rules</title></head><body><h1>Kiosk Rules</h1>"
        "<p>Article 1 The following terms in these Rules have the following meanings:</p>"
        "<table><tr><td>Kiosk</td><td>a booth on a street</td></tr>"
        "<tr><td>Stall</td><td>a table or a cart</td></tr></table>"
        "<p>Article 2 Kiosk keepers shall open kiosks daily.</p></body></html>", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = add_to_corpus(read_files([page]), corpus, "kiosks", {})
    assert done.document is not None
    doc = parse_file(read_source(done.document, corpus))
    assert [(d.term, d.definition) for d in doc.definitions] == [("Kiosk", "a booth on a street"),
                                                                 ("Stall", "a table or a cart")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the quotation announced at the end of a paragraph and run over two paragraphs, each opening with a mark
    ("Article 25 of the Law on the Protection of Kiosks is amended to read:\n\n“Operators shall comply with Article 3."
     "\n\n“Where the preceding paragraph applies, they shall comply with Article 2.”\n\nKiosks follow Article 1.",
     {"Law on the Protection of Kiosks": ("external", [], False), "Article 3": ("external", [], False),
      "the preceding paragraph": ("external", [], False), "Article 2": ("external", [], False),
      "Article 1": ("internal", ["t/art_1"], True)}),
    # opened in the paragraph of the verb, straight quotes
    ('Article 9 of the Ferry Safety Regulations provides: "Operators shall comply with Article 3.\n\n"Ferries shall '
     'comply with Article 2."\n\nKiosks follow Article 1.',
     {"Ferry Safety Regulations": ("external", [], False), "Article 3": ("external", [], False),
      "Article 2": ("external", [], False), "Article 1": ("internal", ["t/art_1"], True)}),
    # a quotation closed in its paragraph: a later paragraph that opens with a quoted word is the text's own
    ("Article 25 of the Law on Kiosks is amended to read: “Operators shall comply with Article 3.”\n\n“Signs” shall "
     "follow Article 2.",
     {"Law on Kiosks": ("external", [], False), "Article 3": ("external", [], False),
      "Article 2": ("internal", ["t/art_2"], True)}),
])
def test_a_quotation_over_several_paragraphs(sentence: str, expected: dict) -> None:
    got = refs(QBODY + sentence)
    assert {k: (v[0], v[1], v[2]) for k, v in got.items()} == expected


# --- properties: what a quotation of another law cites never becomes this text's; every resolved target exists ---------
def _sentence() -> st.SearchStrategy[str]:
    ref = st.sampled_from(["Article 1", "Article 2", "Article 3", "the preceding paragraph", "Article 2-1",
                           "Article 3.1", "Article 1 of Chapter II", "Articles 1 to 3"])
    words = st.sampled_from(["Operators shall comply with", "Ferries follow", "Where a stall breaches",
                             "Drones are subject to"])
    return st.builds(lambda w, r: f"{w} {r}.", words, ref)


@settings(max_examples=60, deadline=None)
@given(inside=st.lists(_sentence(), min_size=1, max_size=3), outside=_sentence(),
       mark=st.sampled_from([("“", "”"), ('"', '"')]),
       verb=st.sampled_from(["provides:", "stipulates that", "is amended to read:"]),
       split=st.booleans())
def test_quoted_references_never_become_this_texts(inside: list[str], outside: str, mark: tuple[str, str], verb: str,
                                                   split: bool) -> None:
    o, c = mark
    sep = f"\n\n{o}" if split else " "
    quoted = sep.join(inside)
    body = (f"Chapter I General\n\nArticle 1 Kiosks shall open.\n\nChapter II Ferries\n\nArticle 2 Stalls shall close."
            f"\n\nArticle 3 Ferries shall sail.\n\nArticle 4 Article 9 of the Law on the Protection of Kiosks {verb} "
            f"{o}{quoted}{c} {outside}")
    text = f"---\ntitle: T\n---\n{body}\n"
    kb = kb_text(body)
    start = text.index(f"{verb} {o}") + len(verb) + 2
    end = text.index(c, start) if c != o or not split else text.rindex(c, 0, text.index(outside, start))
    ids = {a.id for a in kb.articles} | {p.id for a in kb.articles for p in a.paragraphs} | {c.id for c in kb.chapters}
    for r in kb.references:
        if start <= r.span.start and r.span.end <= end:
            assert r.kind == "external", (r.text, body)
        if r.kind == "internal" and r.resolved:
            assert all(t.provision in ids for t in r.targets), (r.text, r.targets)


def test_a_law_cited_inside_a_quotation_keeps_its_own_articles() -> None:
    kb = _kb(QBODY + 'Article 12 of the Personal Information Protection Law provides: "processors shall comply with '
                     'Article 21 of the Cybersecurity Law and Article 13." Kiosks follow Article 1.', with_laws=True)
    got = {r.text: (r.kind, [(t.law, t.article) for t in r.targets]) for r in kb.references}
    assert got["Article 21 of the Cybersecurity Law"] == ("external", [("cybersecurity-law", 21)])
    assert got["Article 13"] == ("external", [("pipl", 13)])
