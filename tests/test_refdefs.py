"""Issue 12, session 4 (helper refdefs): definition frames, references and titles that generalise.

Each rule in at least two wordings or layouts other than the text that prompted it (invented fields:
kiosks, parcels, lockers, drones, ferries). One regulation in, the facts out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, split_frontmatter
from regkb.parse import parse_file

from .conftest import defs, kb_text, refs


def term_spans_exact(body: str) -> None:
    """The term's span is exact in the source and holds the clean term (no markup, no quotes)."""
    text = f"---\ntitle: T\n---\n{body}\n"
    kb = kb_text(body)
    for d in kb.definitions:
        assert text[d.term_span.start:d.term_span.end] == d.term, d
        assert not any(c in d.term for c in "*_\"“”"), d.term


# --- definitions: a glossary of "Term: meaning" entries in a definitions article --------------------------------------
GLOSSARY = [
    # bulleted, bold terms, separate lines after an intro that says the meanings follow
    ("Article 1 The following terms in these Rules have the meanings set out below:\n\n"
     "- **Parcel locker**: a self-service cabinet for parcels.\n- **Locker operator**: an enterprise that runs "
     "parcel lockers.\n\nArticle 2 Locker operators shall keep logs.",
     [("Parcel locker", "a self-service cabinet for parcels"),
      ("Locker operator", "an enterprise that runs parcel lockers")]),
    # numbered items, italic terms, "For the purposes of these Measures:"
    ("Article 1 For the purposes of these Measures:\n(1) *ferry terminal*: a place where ferries berth;\n"
     "(2) *ferry operator*: an enterprise that operates ferries.\n\nArticle 2 Ferry operators shall keep logs.",
     [("ferry terminal", "a place where ferries berth"), ("ferry operator", "an enterprise that operates ferries")]),
    # plain terms, no markup, a dash-bullet list under "the following terms mean"
    ("Article 1 In these Provisions, the following terms shall have the meanings given below:\n"
     "* Drone pilot: a person who flies a drone;\n* Flight log: the record of a flight.\n\n"
     "Article 2 Drone pilots shall keep flight logs.",
     [("Drone pilot", "a person who flies a drone"), ("Flight log", "the record of a flight")]),
    # marked terms before a dash
    ("Article 1 Definitions\n\n- **Ferry pier** – a place where ferries berth.\n- **Ferry pass** — a ticket for many "
     "trips.\n\nArticle 2 Ferry operators shall sell ferry passes.",
     [("Ferry pier", "a place where ferries berth"), ("Ferry pass", "a ticket for many trips")]),
    # emphasised terms and a weak verb in an article captioned "Definitions"
    ("Article 1 Definitions\n\n**Kiosk** is a booth on a street.\n\n**Stall** includes a table or a cart.",
     [("Kiosk", "a booth on a street"), ("Stall", "a table or a cart")]),
    # quoted terms before a colon
    ("Article 1 Definitions. For the purposes of these Rules:\n(a) \"kiosk\": a small booth on a street;\n"
     "(b) \"kiosk operator\": a person who runs a kiosk.\n\nArticle 2 Kiosk operators shall keep logs.",
     [("kiosk", "a small booth on a street"), ("kiosk operator", "a person who runs a kiosk")]),
]


@pytest.mark.parametrize(("body", "expected"), GLOSSARY)
def test_a_glossary_of_term_colon_meaning_entries(body: str, expected: list) -> None:
    assert defs(body) == expected
    term_spans_exact(body)


@pytest.mark.parametrize("body", [
    # a colon outside a definitions article is no definition
    "Article 1 Kiosk operators shall post the following:\n- **Prices**: the price of each item.\n\n"
    "Article 2 Note: kiosks close at night.",
    "Article 1 Locker operators shall keep these records:\n(1) Opening hours: when the locker opens;\n"
    "(2) Faults: what failed.",
    # a dash after a plain word in a definitions article is no entry
    "Article 1 Definitions\n\nKiosk - a booth on a street.",
])
def test_a_colon_outside_a_definitions_article_defines_nothing(body: str) -> None:
    assert defs(body) == []


# --- definitions: emphasis and "as mentioned in these X" ------------------------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 Lockers are regulated.\n\n**Parcel locker** means a self-service cabinet for parcels.\n\nArticle 2 "
     "Operators shall keep logs.", [("Parcel locker", "a self-service cabinet for parcels")]),
    ("Article 1 For the purposes of these Rules, *ferry operator* refers to an enterprise that operates ferries.",
     [("ferry operator", "an enterprise that operates ferries")]),
    ('Article 1 In these Rules:\n\n__"Kiosk"__ means a small booth on a street.', [("Kiosk", "a small booth on a street")]),
    ("Article 1 Drone flight services as mentioned in these Measures refer to services of flying drones for "
     "others.\n\nArticle 2 Providers shall keep logs.",
     [("Drone flight services", "services of flying drones for others")]),
    ("Article 1 Parcel lockers, as used in these Rules, means cabinets that hold parcels.",
     [("Parcel lockers", "cabinets that hold parcels")]),
    ("Article 1 The term kiosk operator means a person who runs a kiosk.",
     [("kiosk operator", "a person who runs a kiosk")]),
    ("Article 1 In these Measures, the term ferry terminal refers to a place where ferries berth.",
     [("ferry terminal", "a place where ferries berth")]),
])
def test_marked_terms_outside_a_definitions_article(body: str, expected: list) -> None:
    assert defs(body) == expected
    term_spans_exact(body)


@pytest.mark.parametrize("body", [
    # an ordinary predication, emphasis or not, defines nothing outside a definitional frame
    "Article 1 A kiosk is a small shop. Kiosk operators shall keep logs.",
    "Article 1 **Kiosk operators** shall keep logs.",
    "Article 1 The logs mentioned in Article 2 refer to paper records kept on site.",
    "Article 1 Parcel lockers are cabinets. Locker operators shall keep logs.",
    # emphasis and a weak verb outside a definitions article is no definition
    "Article 1 **Kiosks** are small shops.\n\n**Stalls** include tables. Operators shall keep logs.",
])
def test_ordinary_sentences_define_nothing(body: str) -> None:
    assert defs(body) == []


# --- definitions: inline short names -------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ('Article 1 Enterprises that run parcel lockers (hereafter "locker operators") shall keep logs.',
     ["locker operators"]),
    ("Article 1 Enterprises that run street kiosks (hereinafter: kiosk operators) shall keep logs.",
     ["kiosk operators"]),
    ('Article 1 Companies operating passenger ferries (hereinafter, the "ferry operators") shall keep logs.',
     ["ferry operators"]),
    ('Article 1 Persons who fly drones (referred to as "drone pilots" in these Rules) shall keep logs.',
     ["drone pilots"]),
    ("Article 1 Enterprises that run street kiosks (hereinafter abbreviated as kiosk firms) shall keep logs.",
     ["kiosk firms"]),
    ("Article 1 Enterprises that run street kiosks (hereinafter referred to as **kiosk firms**) shall keep logs.",
     ["kiosk firms"]),
    ('Article 1 Persons who fly drones (hereinafter "*pilots*") shall keep logs.', ["pilots"]),
])
def test_inline_short_names(body: str, expected: list) -> None:
    assert [t for t, _ in defs(body)] == expected
    term_spans_exact(body)


# --- references ---------------------------------------------------------------------------------------------------
LIST_BODY = ("Article 1 Kiosk operators shall:\n\n(a) check kiosks;\n(b) keep logs;\n(c) post prices.\n\nKiosk operators "
             "shall report faults:\n(i) to the owner;\n(ii) to the police.\n\nArticle 2 Couriers shall keep logs.\n\n"
             "Couriers shall wear badges.\n\nArticle 3 Drones shall be marked.\n\nArticle 4 ")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Where a kiosk operator violates Article 1(1)(a), it shall be fined.", {"Article 1(1)(a)": ["t/art_1__para_1__item_1"]}),
    ("Where a kiosk operator violates Article 2 or Article 1(1)(b) or (c), it shall be fined.",
     {"Article 2 or Article 1(1)(b) or (c)": ["t/art_2", "t/art_1__para_1__item_2", "t/art_1__para_1__item_3"]}),
    ("Article 1(2)(ii) applies to couriers.", {"Article 1(2)(ii)": ["t/art_1__para_2__item_2"]}),
    ("Article 1(1)(a) to (c) apply to couriers.",
     {"Article 1(1)(a) to (c)": ["t/art_1__para_1__item_1", "t/art_1__para_1__item_2", "t/art_1__para_1__item_3"]}),
    ("Article 1(1)(a) and Article 2(2) apply to couriers.",
     {"Article 1(1)(a) and Article 2(2)": ["t/art_1__para_1__item_1", "t/art_2__para_2"]}),
])
def test_bracketed_items_after_a_bracketed_paragraph(sentence: str, expected: dict) -> None:
    assert {k: v[1] for k, v in refs(LIST_BODY + sentence).items()} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Articles 1-3 apply to couriers.", {"Articles 1-3": ["t/art_1", "t/art_2", "t/art_3"]}),
    ("Articles 1–2 apply to couriers.", {"Articles 1–2": ["t/art_1", "t/art_2"]}),
    ("Articles 1—3 apply to couriers.", {"Articles 1—3": ["t/art_1", "t/art_2", "t/art_3"]}),
    ("Articles 1, 2 and 3 apply to couriers.", {"Articles 1, 2 and 3": ["t/art_1", "t/art_2", "t/art_3"]}),
    ("Paragraphs 1 and 2 of Article 2 apply to drones.",
     {"Paragraphs 1 and 2 of Article 2": ["t/art_2__para_1", "t/art_2__para_2"]}),
    ("The second and third paragraphs of Article 2 apply to drones.",
     {"The second and third paragraphs of Article 2": ["t/art_2__para_2", "t/art_2"]}),  # no third: flagged below
    ("Article 1, paragraph 2, item (ii) applies to couriers.",
     {"Article 1, paragraph 2, item (ii)": ["t/art_1__para_2__item_2"]}),
    ("Item (b) of paragraph 1 of Article 1 applies to couriers.",
     {"Item (b) of paragraph 1 of Article 1": ["t/art_1__para_1__item_2"]}),
])
def test_ranges_lists_and_paragraph_lists(sentence: str, expected: dict) -> None:
    got = refs(LIST_BODY + sentence)
    assert {k: v[1] for k, v in got.items()} == expected
    assert all(v[2] == ("third" not in k) for k, v in got.items())  # a paragraph the text lacks is flagged


@pytest.mark.parametrize(("body", "expected"), [
    ("Chapter I General\n\nArticle 1 Kiosks shall be safe.\n\nChapter II Duties\n\nArticle 2 Operators shall keep "
     "logs.\n\nChapter III Liability\n\nArticle 3 Operators who violate Chapter II of these Rules shall be fined.",
     {"Chapter II of these Rules": ["t/chp_2"]}),
    ("Chapter I General\n\nArticle 1 Kiosks shall be safe.\n\nChapter II Duties\n\nSection 1 Logs\n\nArticle 2 "
     "Operators shall keep logs.\n\nSection 2 Prices\n\nArticle 3 Operators shall post prices.\n\nChapter III "
     "Liability\n\nArticle 4 A violation of Section 2 of Chapter II or of Chapter I shall be fined.",
     {"Section 2 of Chapter II": ["t/chp_2__sec_2"], "Chapter I": ["t/chp_1"]}),
    ("Chapter 1 General\n\nArticle 1 Kiosks shall be safe.\n\nChapter 2 Duties\n\nArticle 2 Operators shall keep "
     "logs.\n\nArticle 3 The provisions of Chapters 1 and 2 apply to lockers.",
     {"Chapters 1 and 2": ["t/chp_1", "t/chp_2"]}),
])
def test_references_to_chapters_and_sections(body: str, expected: dict) -> None:
    got = {k: v[1] for k, v in refs(body).items()}
    assert got == expected


@pytest.mark.parametrize(("body", "text", "targets"), [
    ("Article 1 Kiosk operators shall:\n(1) check kiosks;\n(2) keep logs;\n(3) post the prices set under items (1) "
     "and (2) of this paragraph.", "items (1) and (2) of this paragraph",
     ["t/art_1__para_1__item_1", "t/art_1__para_1__item_2"]),
    ("Article 1 Couriers shall:\n(a) wear badges;\n(b) carry cards, except where point (a) of this paragraph "
     "applies.", "point (a) of this paragraph", ["t/art_1__para_1__item_1"]),
    ("Article 1 Kiosk operators shall keep logs.\n\nCouriers shall:\n(a) wear badges;\n(b) carry cards.\n\n"
     "Point (b) of the preceding paragraph applies to pilots.", "Point (b) of the preceding paragraph",
     ["t/art_1__para_2__item_2"]),
])
def test_items_of_this_or_the_preceding_paragraph(body: str, text: str, targets: list) -> None:
    assert refs(body)[text][1] == targets


# --- external references: titles ----------------------------------------------------------------------------------
def externals(body: str) -> list[str]:
    return [t for t, v in refs(body).items() if v[0] == "external"]


@pytest.mark.parametrize(("body", "titles"), [
    ("Article 1 These Rules are made under the Law on the Protection of Ferry Passengers and the Kiosk Law.",
     ["Law on the Protection of Ferry Passengers", "Kiosk Law"]),
    ("Article 1 These Rules are made under the Law of the People's Republic of China on Street Trading and the "
     "Drone Safety Law of the People's Republic of China.",
     ["Law of the People's Republic of China on Street Trading", "Drone Safety Law of the People's Republic of China"]),
    ("Article 1 These Rules are made under the Law of the People's Republic of China on Ferries and the Safety of "
     "Passengers.", ["Law of the People's Republic of China on Ferries and the Safety of Passengers"]),
    ("Article 1 These Rules are made under the Regulations on Kiosk Safety and the Protection of Buyers.",
     ["Regulations on Kiosk Safety and the Protection of Buyers"]),
])
def test_titles_that_open_with_law(body: str, titles: list) -> None:
    assert externals(body) == titles


@pytest.mark.parametrize(("body", "titles"), [
    ("Article 1 These Rules are made under 《Street Kiosk Regulations》.", ["Street Kiosk Regulations"]),
    ("Article 1 These Rules are made under the 《中华人民共和国渡轮法》 and *the Drone Safety Law*.",
     ["中华人民共和国渡轮法", "Drone Safety Law"]),
    ('Article 1 These Rules are made under the "Regulations on Parcel Lockers".', ["Regulations on Parcel Lockers"]),
])
def test_titles_in_book_marks_quotes_and_italics(body: str, titles: list) -> None:
    got = refs(body)
    assert externals(body) == titles
    assert all(not got[t][2] for t in titles)  # outside the registry: reported, not dropped


@pytest.mark.parametrize(("body", "titles"), [
    # an instrument noun inside a longer title is no title of its own
    ("Article 1 These Rules are made under the Kiosk Safety Law of the People's Republic of China.",
     ["Kiosk Safety Law of the People's Republic of China"]),
    ("Article 1 The Parcel Data Law of the People's Republic of China and the Kiosk Law apply.",
     ["Parcel Data Law of the People's Republic of China", "Kiosk Law"]),
    # a body after "and the" ends the title
    ("Article 1 Operators shall follow the Regulations on Kiosk Safety and the Ministry of Commerce shall check them.",
     ["Regulations on Kiosk Safety"]),
])
def test_where_an_instrument_first_title_starts_and_ends(body: str, titles: list) -> None:
    assert externals(body) == titles


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Art. 2 applies to drones.", {"Art. 2": (["t/art_2"], True)}),
    ("Arts. 1 and 2 apply to drones.", {"Arts. 1 and 2": (["t/art_1", "t/art_2"], True)}),
    ("Article 2, para 2 applies to drones.", {"Article 2, para 2": (["t/art_2__para_2"], True)}),
    ("Article 2 para. 1 applies to drones.", {"Article 2 para. 1": (["t/art_2__para_1"], True)}),
    ("Article 2, second paragraph applies to drones.", {"Article 2, second paragraph": (["t/art_2__para_2"], True)}),
    ("Article 1, the second paragraph, item (ii) applies.",
     {"Article 1, the second paragraph, item (ii)": (["t/art_1__para_2__item_2"], True)}),
    ("The provisions of paragraph (2) of Article 1 apply.", {"paragraph (2) of Article 1": (["t/art_1__para_2"], True)}),
    ("Article 1(1) and (2) apply to drones.", {"Article 1(1) and (2)": (["t/art_1__para_1", "t/art_1__para_2"], True)}),
    ("The two preceding articles apply to drones.",
     {"The two preceding articles": (["t/art_2", "t/art_3"], True)}),
    ("The next Article applies to drones.", {"The next Article": ([], False)}),  # none: flagged, not guessed
])
def test_abbreviated_and_bracketed_article_references(sentence: str, expected: dict) -> None:
    got = {k: (v[1], v[2]) for k, v in refs(LIST_BODY + sentence).items()}
    assert got == expected


@pytest.mark.parametrize(("body", "text", "targets", "resolved"), [
    ("Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\nKiosks shall be lit.\n\nParagraphs 1 and 2 of this "
     "Article apply to lockers.", "Paragraphs 1 and 2 of this Article", ["t/art_1__para_1", "t/art_1__para_2"], True),
    ("Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\nArticle 2 The first and second paragraphs of the "
     "preceding article apply to lockers.", "The first and second paragraphs of the preceding article",
     ["t/art_1__para_1", "t/art_1__para_2"], True),
    ("Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\nThe preceding paragraphs apply to lockers.",
     "The preceding paragraphs", ["t/art_1__para_1", "t/art_1__para_2"], True),
    ("Article 1 Kiosks shall be safe, except as provided in the next paragraph.\n\nKiosks on piers may be closed.",
     "the next paragraph", ["t/art_1__para_2"], True),
    ("Article 1 Kiosks shall follow the next Article.\n\nArticle 2 Kiosks shall be lit.", "the next Article",
     ["t/art_2"], True),
])
def test_paragraph_lists_and_directions_relative_to_this_article(body: str, text: str, targets: list,
                                                                  resolved: bool) -> None:
    got = refs(body)[text]
    assert (got[1], got[2]) == (targets, resolved)


@pytest.mark.parametrize(("body", "expected"), [
    # an instrument frame makes an unquoted term a term
    ("Article 1 For the purposes of these Rules, parcel locker means a cabinet that stores parcels.\n\nArticle 2 "
     "Operators shall keep logs.", [("parcel locker", "a cabinet that stores parcels")]),
    ("Article 1 In these Measures, ferry operator refers to an enterprise that operates ferries.",
     [("ferry operator", "an enterprise that operates ferries")]),
    ("Article 1 An outlet, for the purposes of these Rules, means a kiosk or a stall.", [("outlet", "a kiosk or a stall")]),
    ("Article 1 Outlets referred to in these Rules mean kiosks and stalls.", [("Outlets", "kiosks and stalls")]),
    ('Article 1 The expression "outlet" means a kiosk.', [("outlet", "a kiosk")]),
    ("Article 1 The following terms in these Rules mean:\n(1) kiosk: a booth;\n(2) stall: a table.",
     [("kiosk", "a booth"), ("stall", "a table")]),
    # an identifying apposition on a subject, naming a kind of party with a relative clause
    ("Article 1 Kiosk operators, that is, persons who run kiosks on streets, and locker operators, that is, "
     "enterprises that run lockers, shall keep logs.",
     [("Kiosk operators", "persons who run kiosks on streets"), ("locker operators", "enterprises that run lockers")]),
    ("Article 1 Drone pilots, i.e. persons who fly drones for others, must hold a licence.",
     [("Drone pilots", "persons who fly drones for others")]),
])
def test_framed_and_appositive_definitions(body: str, expected: list) -> None:
    assert defs(body) == expected
    term_spans_exact(body)


@pytest.mark.parametrize("body", [
    "Article 1 In this case, the operator means to close the kiosk.",  # no instrument in the frame
    "Article 1 In these Rules, payment means shall be listed.",  # a modal after "means": no definition
    "Article 1 The outlets mentioned in Article 3 refer to kiosks.",  # another article, not the instrument
    "Article 1 Two kinds of data, namely location data and voice data, shall be kept.",  # an enumeration
    "Article 1 The energy department, namely the National Energy Administration, shall check kiosks.",
    "Article 1 Kiosk operators (\"operators\") shall keep logs.",  # a bare quoted name in brackets: not taken
])
def test_frames_that_define_nothing(body: str) -> None:
    assert defs(body) == []


# --- external references to registry laws (the corpus registry) ----------------------------------------------------
def registry_refs(body: str) -> list[tuple[str, list[tuple[str | None, int | None, int | None]]]]:
    from pathlib import Path

    from regkb.corpus import load_laws
    laws = load_laws(Path(__file__).resolve().parent.parent / "corpus")
    text = f"---\ntitle: T\n---\n{body}\n"
    fm, b, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0", fm, b, tuple(diags)), laws, ())
    kb = KnowledgeBase.from_parsed([doc], laws, (), {doc.document.id: text})
    return [(r.text, [(t.law, t.article, t.paragraph) for t in r.targets]) for r in kb.references]


@pytest.mark.parametrize(("body", "expected"), [
    # an article of a registry law is one citation, its paragraph kept
    ("Article 1 Kiosks shall comply with Article 21 of the Cybersecurity Law.",
     [("Article 21 of the Cybersecurity Law", [("cybersecurity-law", 21, None)])]),
    ("Article 1 Kiosks shall comply with Article 13(1) of the PIPL.",
     [("Article 13(1) of the PIPL", [("pipl", 13, 1)])]),
    ("Article 1 Kiosks shall comply with paragraph 2 of Article 40 of the Data Security Law.",
     [("paragraph 2 of Article 40 of the Data Security Law", [("data-security-law", 40, 2)])]),
    ("Article 1 Kiosks shall comply with Articles 21 and 22 of the CSL.",
     [("Articles 21 and 22 of the CSL", [("cybersecurity-law", 21, None), ("cybersecurity-law", 22, None)])]),
])
def test_an_article_of_a_registry_law_is_one_citation(body: str, expected: list) -> None:
    assert registry_refs(body) == expected


@pytest.mark.parametrize(("body", "terms"), [
    # the items of a definition are part of its meaning, a colon in them makes no entry
    ("Article 1 For the purposes of these Rules:\nKiosk services refer to services offered at kiosks, including:\n"
     "(1) Services for parcels: such as storing parcels;\n(2) Services for tickets: such as selling tickets.",
     ["Kiosk services"]),
    ("Article 1 The following terms have the following meanings: Locker data refers to data about lockers, such as: "
     "(a) Opening records: times of opening; (b) Fault records: what failed.", ["Locker data"]),
])
def test_a_colon_inside_a_definitions_items_is_no_glossary_entry(body: str, terms: list) -> None:
    assert [t for t, _ in defs(body)] == terms


@pytest.mark.parametrize(("body", "expected"), [
    # an article captioned as the definitions article: its unquoted sentences and entries define terms
    ("Article 1 Scope\nThese Rules apply to kiosks.\n\nArticle 2 Definitions\nKiosk means a booth on a street.\n\n"
     "Stall means a table.", [("Kiosk", "a booth on a street"), ("Stall", "a table")]),
    ("**Article 2** Terms\n\n1. Kiosk: a booth.\n2. Stall: a table.", [("Kiosk", "a booth"), ("Stall", "a table")]),
    ("### Article 2 Interpretation\n\nLocker data refers to data about lockers.",
     [("Locker data", "data about lockers")]),
    # another caption: nothing
    ("Article 1 Scope\nA kiosk is a booth.\n\nArticle 2 Duties\n\nOperators shall post prices.", []),
    ("Article 1 Scope\nKiosk means a booth on a street.", []),
])
def test_an_article_captioned_definitions_defines_terms(body: str, expected: list) -> None:
    assert defs(body) == expected
    term_spans_exact(body)


@pytest.mark.parametrize(("body", "text", "targets", "resolved"), [
    # "paragraph N" with no article named: this article's
    ("Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\nThe duty in paragraph 2 does not apply to stalls.",
     "paragraph 2", ["t/art_1__para_2"], True),
    ("Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\nParagraphs 1 and 2 apply to stalls too.",
     "Paragraphs 1 and 2", ["t/art_1__para_1", "t/art_1__para_2"], True),
    ("Article 1 Kiosks shall be safe.\n\nThe duty in paragraph (3) does not apply to stalls.", "paragraph (3)",
     ["t/art_1"], False),  # no third paragraph: flagged
    # items above, "the aforementioned / aforesaid / present"
    ("Article 1 Operators shall:\n(1) check kiosks;\n(2) keep logs;\n(3) report the results of items (1) and (2) above.",
     "items (1) and (2) above", ["t/art_1__para_1__item_1", "t/art_1__para_1__item_2"], True),
    ("Article 1 Kiosks shall be safe.\n\nThe aforementioned paragraph applies to stalls.", "The aforementioned paragraph",
     ["t/art_1__para_1"], True),
    ("Article 1 Kiosks shall be safe.\n\nArticle 2 The aforesaid Article applies to stalls.", "The aforesaid Article",
     ["t/art_1"], True),
    ("Article 1 Kiosks shall be safe.\n\nArticle 2 The present Article applies to stalls.", "The present Article",
     ["t/art_2"], True),
])
def test_paragraphs_and_items_of_this_article_without_its_number(body: str, text: str, targets: list,
                                                                 resolved: bool) -> None:
    got = refs(body)[text]
    assert (got[1], got[2]) == (targets, resolved)


@pytest.mark.parametrize("sentence", [
    "Kiosks shall meet paragraph 3.2 of the national standard.",  # a decimal section of another document
    "Kiosks shall meet paragraph 2 of the said Article.",
])
def test_a_numbered_paragraph_of_something_else_is_not_this_articles(sentence: str) -> None:
    got = refs(f"Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\n{sentence}")
    assert not [k for k in got if k.lower().startswith("paragraph")]


def test_a_paragraph_of_a_named_article_is_not_this_articles() -> None:
    got = refs("Article 1 Kiosks shall be safe.\n\nKiosks shall be clean.\n\nArticle 2 Article 1, paragraph 2 and "
               "paragraph 2 of Article 1 apply to stalls.")
    # one coordinated phrase (guide 6.1): one reference, its one target named twice
    assert got == {"Article 1, paragraph 2 and paragraph 2 of Article 1": ("internal", ["t/art_1__para_2"], True)}


@pytest.mark.parametrize(("body", "expected"), [
    # the meaning of a short name is the noun phrase headed by its head word, not a trailing phrase
    ('Article 1 These Rules apply to makers of parcel lockers installed in residential areas (hereinafter "locker '
     'makers") and to the operators of the lockers\' mobile applications (hereinafter "app operators").',
     [("locker makers", "makers of parcel lockers installed in residential areas"),
      ("app operators", "the operators of the lockers' mobile applications")]),
    ("Article 1 The ferry administration department under the State Council (hereinafter referred to as the ferry "
     "department) shall supervise ferries.", [("ferry department", "ferry administration department under the State "
                                                                    "Council")]),
    ("Article 1 These Rules apply to services that use drones to carry parcels, letters, and other goods (hereinafter "
     "referred to as drone delivery services).",
     [("drone delivery services", "services that use drones to carry parcels, letters, and other goods")]),
])
def test_the_meaning_of_a_short_name_holds_its_head(body: str, expected: list) -> None:
    assert defs(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 Kiosks shall comply with the Data Security Law of the People’s Republic of China.",
     [("Data Security Law of the People’s Republic of China", [("data-security-law", None, None)])]),
    ("Article 1 Kiosks shall comply with Article 4 of the Cybersecurity Law of the People’s Republic of China.",
     [("Article 4 of the Cybersecurity Law of the People’s Republic of China", [("cybersecurity-law", 4, None)])]),
])
def test_a_typographic_apostrophe_in_a_registry_title_is_an_exact_match(body: str, expected: list) -> None:
    assert registry_refs(body) == expected


# --- regkb check: doubts about external references are reported ------------------------------------------------------
def test_check_reports_fuzzy_titles_unlisted_laws_and_missing_articles_of_a_law_in_the_corpus() -> None:
    from pathlib import Path

    from regkb.corpus import load_laws
    laws = load_laws(Path(__file__).resolve().parent.parent / "corpus")
    body = ("Article 1 These Rules are made under the Network Security Law, the Kiosk Safety Law and Article 99 "
            "of the PIPL, and Article 3 of the PIPL.")
    text = f"---\ntitle: T\n---\n{body}\n"
    fm, b, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0", fm, b, tuple(diags)), laws, ())
    pipl_text = ("---\ntitle: Personal Information Protection Law\nlaw: pipl\n---\nArticle 1 This Law is formulated.\n\n"
                 "Article 3 This Law applies to processing.\n")
    fm2, b2, d2 = split_frontmatter(pipl_text, "pipl.md")
    pipl = parse_file(SourceFile("pipl.md", pipl_text, "1", fm2, b2, tuple(d2)), laws, ())
    kb = KnowledgeBase.from_parsed([doc, pipl], laws, (), {doc.document.id: text, pipl.document.id: pipl_text})
    got = sorted((d.code, d.severity, d.message.split(":")[0]) for d in kb.diagnostics
                 if d.code in ("law-fuzzy", "law-unlisted", "unresolved-reference"))
    assert got == [
        ("law-fuzzy", "warning", "the law title 'Network Security Law'"),
        ("law-unlisted", "info", "the text cites 'Kiosk Safety Law', a law the registry does not list"),
        ("unresolved-reference", "warning", "the reference 'Article 99 of the PIPL' cannot be resolved"),
    ]


# --- bounded in time: one reading per word, so a failing match never tries 2^n ways ---------------------------------
# With two readings of "People's" (a capitalised word, and the literal) or of "i" (a Roman numeral, and a letter), each
# text below took 2^40 steps to fail (a hang); with one reading it is parsed at once. No time is asserted: a
# regression hangs the run.
@pytest.mark.parametrize("body", [
    "Article 1 Kiosks follow the Law of " + "the People's Republic of China on " * 40 + "x.",
    "Article 1 Kiosks follow the Interim Measures for the " + "Internet-based Kiosks of " * 40 + "x.",
    "Article 1 Kiosks follow items " + "(i), " * 40 + "(i) x.",
    "Article 1 Kiosks follow items " + "i, " * 40 + "i x.",
    "Article 1 Kiosks follow Article 2(1)" + "(i) or " * 40 + "(i)x.\n\nArticle 2 Other.",
    # lower-case number lists (session 5): one reading per number word, whatever its case
    "Article 1 Kiosks follow articles " + "one, " * 40 + "x.",
    "Article 1 Kiosks follow paragraphs " + "One and one, " * 40 + "x of the preceding article.",
    "Article 1 Kiosks follow the " + "one, " * 40 + "x paragraph.",
    "Article 1 Kiosks follow Chapters " + "Twenty One and " * 40 + "x.",
])
def test_long_runs_of_ambiguous_words_parse(body: str) -> None:
    kb_text(body)


# --- session 5 (helper refs4) -----------------------------------------------------------------------------------------
# Coordinated references are one reference (annotation guide 6.1: "one entry per reference expression"): the words
# between two references are only a comma or a conjunction. Fields: kiosks, ferries, drones.
REF_BODY = ("Chapter I General\n\nSection 1 Kiosks\n\nArticle 1 Kiosks shall open.\n\nKiosks shall close.\n\n"
            "Article 2 Stalls shall comply with the following:\n(1) post prices;\n(2) keep logs.\n\n"
            "Stalls shall be clean.\n\nChapter II Ferries\n\nArticle 3 Ferries shall carry lights.\n\n"
            "Ferries shall carry boats.\n\nFerries shall carry radios.\n\nArticle 4 ")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Where a ferry operator breaches Article 1 or paragraph 2 of Article 3, it shall be fined.",
     {"Article 1 or paragraph 2 of Article 3": ["t/art_1", "t/art_3__para_2"]}),
    ("Drones shall meet item (1) of Article 2, the first paragraph of Article 1 and Article 3 of these Rules.",
     {"item (1) of Article 2, the first paragraph of Article 1 and Article 3 of these Rules":
      ["t/art_2__para_1__item_1", "t/art_1__para_1", "t/art_3"]}),
    ("Section 1 of Chapter I and Article 3 apply to drones.",
     {"Section 1 of Chapter I and Article 3": ["t/chp_1__sec_1", "t/art_3"]}),
    ("Ferries follow Article 1 and/or the preceding article.",
     {"Article 1 and/or the preceding article": ["t/art_1", "t/art_3"]}),
    # other words between them: two references
    ("Article 1 applies to kiosks and Article 3 to ferries.", {"Article 1": ["t/art_1"], "Article 3": ["t/art_3"]}),
    # a comma alone ends a phrase ("Under Article 1, the preceding article ..."): two references
    ("Under Article 1, the preceding article does not apply to drones.",
     {"Article 1": ["t/art_1"], "the preceding article": ["t/art_3"]}),
    # a comma list closed by a conjunction is one phrase
    ("Drones follow Article 1, paragraph 2 of Article 3 or Article 2.",
     {"Article 1, paragraph 2 of Article 3 or Article 2": ["t/art_1", "t/art_3__para_2", "t/art_2"]}),
])
def test_coordinated_references_are_one_reference(sentence: str, expected: dict) -> None:
    got = refs(REF_BODY + sentence)
    assert {k: v[1] for k, v in got.items() if v[0] == "internal"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the following article / paragraph", "the following two paragraphs": forward, like "the next"
    ("Drones follow the following article.", {"the following article": ["t/art_5"]}),
    ("Drones follow the following paragraph.", {"the following paragraph": ["t/art_4__para_2"]}),
    ("Drones follow the following two paragraphs.",
     {"the following two paragraphs": ["t/art_4__para_2", "t/art_4__para_3"]}),
    # a list announced ("the following items:", "the following paragraphs" without a count): no reference
    ("Drones shall carry the following items: lights and radios.", {}),
    ("Drones are described in the following paragraphs.", {}),
])
def test_the_following_article_or_paragraph_is_the_next(sentence: str, expected: dict) -> None:
    got = refs(REF_BODY + sentence + "\n\nDrones shall fly low.\n\nDrones shall land.\n\nArticle 5 Other.")
    assert {k: v[1] for k, v in got.items() if v[0] == "internal"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of lower-case spelled numbers after a lower-case one: one list
    ("Drones follow articles two and three.", {"articles two and three": ["t/art_2", "t/art_3"]}),
    ("Articles one, two or three of these Rules apply to drones.",
     {"Articles one, two or three of these Rules": ["t/art_1", "t/art_2", "t/art_3"]}),
    # a lower-case number word after a capitalised one, or before a noun phrase, is an ordinary word
    ("Drones follow Article Two and one of the ferries.", {"Article Two": ["t/art_2"]}),
    ("Drones follow Article two and one of the ferries.", {"Article two": ["t/art_2"]}),
    ("Drones follow Article 2 and three ferries.", {"Article 2": ["t/art_2"]}),
    # "article" in lower case before digits, as some translators print it
    ("Drones follow article 3 of these Rules.", {"article 3 of these Rules": ["t/art_3"]}),
    ("Drones follow articles 1 to 3.", {"articles 1 to 3": ["t/art_1", "t/art_2", "t/art_3"]}),
])
def test_lower_case_article_numbers_and_lists(sentence: str, expected: dict) -> None:
    got = refs(REF_BODY + sentence)
    assert {k: v[1] for k, v in got.items() if v[0] == "internal"} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a short name given to several parties together
    ("Article 1 Ferries and barges run by towns (hereinafter collectively referred to as town craft) shall carry "
     "lights.", [("town craft", "Ferries and barges run by towns")]),
    ("Article 1 Kiosks run by towns and kiosks run by villages (hereinafter jointly referred to as \"public kiosks\") "
     "shall open daily.", [("public kiosks", "Kiosks run by towns and kiosks run by villages")]),
    # "the term X includes / covers": "the term" names the term, unquoted
    ("Article 1 In these Rules, the term stall includes a cart or a table used to sell food.",
     [("stall", "a cart or a table used to sell food")]),
    ("Article 1 Drones shall be marked. The term pilot covers any person who steers a drone.",
     [("pilot", "any person who steers a drone")]),
    # a quoted term after "A" or "The"
    ("Article 1 A \"kiosk\" means a booth on a street.", [("kiosk", "a booth on a street")]),
    ("Article 1 The 'landing stage', as used in these Rules, means a floating pier.",
     [("landing stage", "a floating pier")]),
])
def test_more_definition_frames(body: str, expected: list) -> None:
    assert defs(body) == expected
    term_spans_exact(body)


@pytest.mark.parametrize("body", [
    "Article 1 The term of a stall licence includes one renewal.",  # "the term of": no term named
    "Article 1 Kiosks are run by towns (hereinafter collectively).",
])
def test_frames_that_name_no_term(body: str) -> None:
    assert defs(body) == []


SCOPED = ("Chapter I General\n\nArticle 1 Stall keepers shall register.\n\nChapter II Food\n\nArticle 2 {sentence}\n\n"
          "Article 3 Stall keepers and food carts shall be inspected.\n\nChapter III Other\n\n"
          "Article 4 Stall keepers and food carts shall pay fees.")


@pytest.mark.parametrize(("sentence", "term", "meaning", "scope"), [
    ("For the purposes of this Chapter, stall keepers are persons who sell food from a stall.",
     "stall keepers", "persons who sell food from a stall", "t/chp_2"),
    ("In this Chapter, food cart means a vehicle from which food is sold.",
     "food cart", "a vehicle from which food is sold", "t/chp_2"),
    ("A \"food cart\", as used in this Chapter, refers to a vehicle from which food is sold.",
     "food cart", "a vehicle from which food is sold", "t/chp_2"),
    ("For the purposes of these Rules, stall keepers are persons who sell food from a stall.",
     "stall keepers", "persons who sell food from a stall", None),
])
def test_a_definition_framed_by_a_chapter_keeps_its_scope(sentence: str, term: str, meaning: str,
                                                          scope: str | None) -> None:
    kb = kb_text(SCOPED.format(sentence=sentence))
    (d,) = kb.definitions
    assert (d.term, d.definition, d.scope) == (term, meaning, scope)
    used_in = sorted({u.article for u in kb.term_uses if u.definition == d.id})
    assert used_in == ([3] if scope else [1, 3, 4])  # a term of Chapter II is used only there
    assert ("scope" in d.dump()) == (scope is not None)


@pytest.mark.parametrize("sentence", [
    "For the purposes of this Chapter, stall keepers are required to wash their hands.",
    "In this Chapter, stall keepers are not liable for the weather.",
    "For the purposes of these Rules, stall keepers are licensed by the town.",
    "Under this Chapter, stall keepers shall be inspected.",
])
def test_a_chapter_frame_with_a_duty_or_status_defines_nothing(sentence: str) -> None:
    assert list(kb_text(SCOPED.format(sentence=sentence)).definitions) == []


@pytest.mark.parametrize(("body", "expected"), [
    # a table whose headers say "Term" and "Meaning"
    ("Article 1 In these Rules, the following terms have the meanings set out in the table below:\n\n"
     "| Term | Meaning |\n|---|---|\n| Kiosk | a booth on a street |\n| **Kiosk operator** | a person who runs a kiosk. |"
     "\n\nArticle 2 Kiosk operators shall keep logs.",
     [("Kiosk", "a booth on a street"), ("Kiosk operator", "a person who runs a kiosk")]),
    ("Article 1 Terms\n\n| No. | Expression | Definition |\n|---|---|---|\n| 1 | \"ferry\" | a boat that carries "
     "passengers |\n| 2 | pier | a place where ferries berth |\n\nArticle 2 Ferry operators shall keep logs.",
     [("ferry", "a boat that carries passengers"), ("pier", "a place where ferries berth")]),
    # a headerless two-column table in an article captioned "Definitions"
    ("Article 1 Definitions\n\n| | |\n|---|---|\n| \"drone\" | an aircraft without a pilot |\n| the pilot | a person "
     "who steers a drone |\n\nArticle 2 Pilots shall keep logs.",
     [("drone", "an aircraft without a pilot"), ("pilot", "a person who steers a drone")]),
    # neither: no definitions
    ("Article 1 Operators shall keep the following records:\n\n| Record | Meaning |\n|---|---|\n| Log | what happened |",
     []),
    ("Article 1 Operators shall keep the following records:\n\n| | |\n|---|---|\n| Log | what happened |", []),
])
def test_a_table_of_terms_and_meanings(body: str, expected: list) -> None:
    assert defs(body) == expected
    term_spans_exact(body)


@pytest.mark.parametrize("body", [
    "Article 1 The terms used in these Measures have the meanings below:\n1. ferry: a boat that carries passengers;\n"
    "2. pier: a place where ferries berth.\n\nArticle 2 Ferry operators shall keep logs.",
    "Article 1 Terms in this Law shall bear the meanings assigned as follows:\n(a) ferry means a boat that carries "
    "passengers;\n(b) \"pier\" means a place where ferries berth.",
])
def test_an_intro_that_says_the_terms_have_meanings(body: str) -> None:
    assert defs(body) == [("ferry", "a boat that carries passengers"), ("pier", "a place where ferries berth")]


def _doubts(body: str) -> list[tuple[str, str]]:
    kb = kb_text(body)
    return sorted((d.code, d.severity) for d in kb.diagnostics if d.code in ("definition-duplicate", "definitions-table"))


@pytest.mark.parametrize(("body", "expected"), [
    # a term defined again with other words in the same scope: the first is kept, and check says so
    ("Chapter I Kiosks\n\nArticle 1 For the purposes of this Chapter, vendors are persons who run kiosks.\n\n"
     "Article 2 In this Chapter, vendors means persons who sell tickets on a ferry.",
     [("definition-duplicate", "warning")]),
    # ... in another chapter: each chapter has its definition, no doubt
    ("Chapter I Kiosks\n\nArticle 1 For the purposes of this Chapter, vendors are persons who run kiosks.\n\n"
     "Chapter II Ferries\n\nArticle 2 In this Chapter, vendors means persons who sell tickets on a ferry.", []),
    ("Article 1 \"Pier\" means a place where ferries berth.\n\nArticle 2 Boats shall moor at floating decks "
     "(hereinafter referred to as \"pier\").", [("definition-duplicate", "warning")]),
    # the same words twice is no doubt
    ("Article 1 \"Pier\" means a place where ferries berth.\n\nArticle 2 \"Pier\" means a place where ferries berth.",
     []),
    # a table in a definitions article whose headers name no term and meaning columns
    ("Article 1 Definitions\n\n| Word | Notes |\n|---|---|\n| Kiosk | a booth |\n\nArticle 2 Kiosks shall open.",
     [("definitions-table", "info")]),
    ("Article 1 The following terms have the following meanings:\n\n| Name | Sense | Source |\n|---|---|---|\n"
     "| Pier | a deck | Rules |", [("definitions-table", "info")]),
    # a table read as terms: no doubt
    ("Article 1 Definitions\n\n| Term | Meaning |\n|---|---|\n| Kiosk | a booth |", []),
])
def test_check_reports_definitions_it_is_unsure_of(body: str, expected: list) -> None:
    assert _doubts(body) == expected


def test_each_chapter_uses_its_own_definition() -> None:
    kb = kb_text("Chapter I Kiosks\n\nArticle 1 For the purposes of this Chapter, vendors are persons who run kiosks.\n\n"
                 "Article 2 Vendors shall open daily.\n\nChapter II Ferries\n\nArticle 3 In this Chapter, vendors "
                 "means persons who sell tickets on a ferry.\n\nArticle 4 Vendors shall wear badges.\n\n"
                 "Chapter III Other\n\nArticle 5 Vendors shall pay fees.")
    scope = {d.id: d.scope for d in kb.definitions}
    assert scope == {"t/def/vendors": "t/chp_1", "t/def/vendors--chp_2": "t/chp_2"}
    got = sorted((u.article, scope[u.definition]) for u in kb.term_uses)
    assert got == [(2, "t/chp_1"), (4, "t/chp_2")]  # Article 5 is in neither chapter: no definition holds there


@pytest.mark.parametrize(("sentence", "expected"), [
    # chapters and sections numbered in words, as the headings of such texts are
    ("Drones shall comply with Chapter Two.", {"Chapter Two": ["t/chp_2"]}),
    ("Chapters One and Two of these Rules apply to drones.", {"Chapters One and Two of these Rules":
                                                              ["t/chp_1", "t/chp_2"]}),
    ("Section One of Chapter Two applies to drones.", {"Section One of Chapter Two": ["t/chp_2__sec_1"]}),
    ("Chapter Six applies to drones.", {"Chapter Six": [None]}),  # no such chapter: kept, flagged
    # a lower-case number word after "Chapter" is no number ("chapter four of the manual" is prose)
    ("Drones follow chapter four of the manual.", {}),
    # "the subsequent / succeeding article": forward
    ("The subsequent article applies to drones.", {"The subsequent article": ["t/art_4"]}),
    ("Drones follow the succeeding paragraph.", {"the succeeding paragraph": ["t/art_3__para_2"]}),
])
def test_spelled_chapters_and_subsequent_provisions(sentence: str, expected: dict) -> None:
    body = ("Chapter One General\n\nArticle 1 Kiosks shall open.\n\nChapter Two Ferries\n\nSection One Piers\n\n"
            f"Article 2 Ferries shall dock.\n\nChapter Three Drones\n\nArticle 3 {sentence}\n\nDrones shall land.\n\n"
            "Article 4 Other.")
    assert {k: v[1] for k, v in refs(body).items() if v[0] == "internal"} == expected


def test_the_glossary_says_where_a_scoped_definition_holds(tmp_path: Path) -> None:
    """A definition the text limits to a chapter is shown with that limit on the site's glossary: a reader must
    not apply it to the whole text."""
    from regkb.site.generate import generate

    body = ("Chapter I General Provisions\n\nArticle 1 These Rules govern kiosks. \"Kiosk\" means a booth on a street.\n\n"
            "Chapter II Couriers\n\nArticle 2 For the purposes of this Chapter, \"courier\" means a person who brings "
            "parcels to kiosks.\n\nArticle 3 Couriers shall carry a badge.\n")
    kb = kb_text(body)
    scoped = [d for d in kb.definitions if d.scope]
    assert [(d.term, d.scope.rsplit("/", 1)[-1]) for d in scoped] == [("courier", "chp_2")]
    generate(kb, tmp_path / "docs")
    page = (tmp_path / "docs" / "definitions.md").read_text(encoding="utf-8")
    entries = {e.split(" ", 1)[0]: e for e in page.split("\n## ")[1:]}  # term -> its glossary entry
    assert "holds only in <strong>Chapter II Couriers</strong>" in entries["courier"]
    assert "holds only in" not in entries["Kiosk"]
