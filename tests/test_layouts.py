"""The parser handles the common layouts of Chinese regulations in English translation.

Each fixture in ``fixtures/layouts/`` is a small regulation written for one layout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.corpus import read_source
from regkb.parse import ParsedDocument, parse_file

from .conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"


def parse(name: str) -> ParsedDocument:
    return parse_file(read_source(LAYOUTS / name, LAYOUTS))


def kb_of(name: str) -> KnowledgeBase:
    doc = parse(name)
    return KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: (LAYOUTS / name).read_text()})


@pytest.mark.parametrize(
    ("name", "chapters", "articles"),
    [
        ("plain-lines.txt", [(1, "Chapter I", "General Provisions"), (2, "Chapter II", "Obligations")], [1, 2, 3, 4]),
        ("title-next-line.md", [(1, "Chapter 1", "General Rules"), (2, "Chapter 2", "Duties of Operators")], [1, 2, 3]),
        ("sections-toc.md", [(1, "Chapter I", "General Provisions"), (2, "Chapter II", "Supervision")], [1, 2, 3]),
        ("bold-articles-items.md", [(1, "Chapter I", "General Provisions")], [1, 2, 3]),
        ("cjk-items.md", [(1, "Chapter I", "General Provisions")], [1, 2]),
        ("pdf-extract.txt", [(1, "Chapter I", "General Provisions")], [1, 2, 3, 4, 5]),
        ("article-alone.md", [(1, "Chapter I", "General Provisions")], [1, 2, 3]),
        ("lawfirm-numbered.md", [(1, "Chapter One", "General Provisions"), (2, "Chapter Two", "Duties of Boat Hirers")],
         [1, 2, 3, 4, 5]),
        ("captions-pdf.txt", [(1, "Chapter I", "General Provisions"), (2, "Chapter II", "Trading"),
                              (3, "Chapter III", "Supplementary Provisions")], [1, 2, 3, 4, 5, 6, 7, 8]),
        ("web-lines.txt", [(1, "CHAPTER ONE", "GENERAL PROVISIONS"), (2, "CHAPTER TWO", "MEMBERS"),
                           (3, "CHAPTER THREE", "SUPPLEMENTARY PROVISIONS")], [1, 2, 3, 4, 5]),
    ],
)
def test_chapters_and_articles(name: str, chapters: list, articles: list[int]) -> None:
    doc = parse(name)
    assert [(c.number, c.label, c.title) for c in doc.chapters] == chapters
    assert [a.number for a in doc.articles] == articles
    assert all(a.chapter is not None for a in doc.articles)


def test_table_of_contents_is_not_a_second_set_of_chapters() -> None:
    doc = parse("sections-toc.md")
    assert len(doc.chapters) == 2
    (toc,) = [d for d in doc.dropped if d.reason == "table of contents"]
    assert toc.text.startswith("Contents") and toc.text.endswith("Chapter II Supervision")
    assert doc.document.preamble == ""


def test_sections_inside_chapters() -> None:
    doc = parse("sections-toc.md")
    assert [(s.eid, s.title, s.chapter) for s in doc.sections] == [
        ("chp_1__sec_1", "Scope", 1), ("chp_1__sec_2", "Principles", 1)]
    assert [(a.number, a.chapter, a.section) for a in doc.articles] == [(1, 1, 1), (2, 1, 2), (3, 2, None)]


@pytest.mark.parametrize(
    ("name", "article", "labels", "texts"),
    [
        ("bold-articles-items.md", 1, ["(1)", "(2)", "(3)"], ["keep records;", "report incidents; and", "train staff."]),
        ("bold-articles-items.md", 2, ["(a)", "(b)"], ["collect data beyond necessity;", "share data without consent."]),
        ("cjk-items.md", 1, ["（一）", "（二）"], ["a security management system;", "an emergency response system."]),
    ],
)
def test_items(name: str, article: int, labels: list[str], texts: list[str]) -> None:
    art = next(a for a in parse(name).articles if a.number == article)
    items = art.paragraphs[0].items
    assert [i.label for i in items] == labels
    assert [i.text for i in items] == texts


def test_pdf_extraction_junk_and_hard_wraps() -> None:
    doc = parse("pdf-extract.txt")
    reasons = sorted(d.reason.split(" (")[0] for d in doc.dropped)
    assert reasons.count("page number") == 2
    assert reasons.count("running header or footer") == 3
    art1 = doc.articles[0]
    assert art1.text == ("These Measures are formulated for the purpose of regulating testing services and "
                         "protecting the lawful rights and interests of users.")
    assert all("Interim Measures for Testing" not in a.text for a in doc.articles)
    assert doc.articles[1].text.endswith("before they provide services.")


def test_article_label_alone_on_its_line() -> None:
    doc = parse("article-alone.md")
    assert doc.articles[0].text == "These Provisions are formulated to regulate drones."


@pytest.mark.parametrize(
    ("name", "term", "definition"),
    [
        ("plain-lines.txt", "Platform operators", "organizations that operate online platforms"),
        ("title-next-line.md", "games", "online games"),  # curly quotes
    ],
)
def test_definitions_with_straight_and_curly_quotes(name: str, term: str, definition: str) -> None:
    (d,) = parse(name).definitions
    assert (d.term, d.definition) == (term, definition)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plain-lines.txt", [(3, "obligation", "actor/platform-operator"), (4, "prohibition", "actor/platform-operator")]),
        # Art. 1: the lead-in and its three items, each a duty (issue 12: items under a lead-in that names duties)
        # Art. 2's bare "shall not:" is a lead-in with no action of its own: each item is a ban (session 11)
        ("bold-articles-items.md", [(1, "obligation", "actor/service-provider")] * 4
         + [(2, "prohibition", "actor/service-provider")] * 2 + [(3, "encouragement", "actor/user")]),
        # (session 6: Art. 2's "may order it to make corrections" after "fails to comply with the preceding article"
        # is a sanction, guide 4, no longer a permission of the department)
        ("cjk-items.md", [(1, "obligation", "actor/operator")]),
        ("article-alone.md", [(2, "obligation", "actor/drone-operator"), (2, "obligation", "actor/drone-operator")]),
        ("pdf-extract.txt", [(2, "obligation", "actor/testing-service-provider"),
                             (3, "prohibition", "actor/testing-service-provider")]),
    ],
)
def test_obligations(name: str, expected: list[tuple[int, str, str]]) -> None:
    kb = kb_of(name)
    assert [(o.article, o.modality, o.actors[0]) for o in kb.obligations] == expected


def test_each_item_is_the_action_when_nothing_precedes_the_colon() -> None:
    # "Service providers shall not:" names no act before its colon: each item is one ban, its text the action
    # (session 11; before, the whole list was one ban's action)
    kb = kb_of("bold-articles-items.md")
    assert [o.action for o in kb.obligations_of(modality="prohibition")] == [
        "collect data beyond necessity", "share data without consent"]


@pytest.mark.parametrize(
    ("name", "text", "target"),
    [
        ("bold-articles-items.md", "the first paragraph of Article 1", "art_1__para_1"),
        ("title-next-line.md", "Article 2 hereof", "art_2"),
        ("cjk-items.md", "the preceding article", "art_1"),
        ("pdf-extract.txt", "Article 3", "art_3"),
    ],
)
def test_internal_references(name: str, text: str, target: str) -> None:
    kb = kb_of(name)
    (ref,) = [r for r in kb.references if r.text == text]
    assert ref.resolved and ref.target is not None
    assert ref.target.provision == f"{Path(name).stem}/{target}"


def test_unknown_law_is_kept_and_flagged() -> None:
    kb = kb_of("plain-lines.txt")  # no registry: the law cannot resolve
    (ref,) = [r for r in kb.references if r.kind == "external"]
    assert ref.text == "Cybersecurity Law of the People's Republic of China"
    assert not ref.resolved and "not in the registry" in ref.note


def test_definitions_enumerated_as_items() -> None:
    doc = parse("definitions-items.md")
    got = [(d.term, d.definition, d.eid) for d in doc.definitions]
    assert got == [
        ("Data brokers", "enterprises that trade personal information", "art_2__para_1__item_1"),
        ("Personal data", "any information relating to an identified natural person", "art_2__para_1__item_2"),
        ("Processing", "collecting, storing and using personal data", "art_2__para_1__item_3"),
    ]
    kb = kb_of("definitions-items.md")
    assert kb.obligations[0].actors == ("actor/data-broker",)
    assert kb.actor("data brokers").definition == "definitions-items/def/data-brokers"


# --- the layout reader: page furniture, doubtful headings, paragraphs, titles, Unicode (issues 11, 13) ---


def test_a_wrapped_cross_reference_is_joined_back_not_a_second_article() -> None:
    doc = parse("wrapped-crossref.txt")
    assert [a.number for a in doc.articles] == [28, 29, 30, 31]
    assert "the provisions of Article 29, paragraphs 2 and 3 of Article 30 and the first paragraph" in doc.articles[2].text
    assert doc.articles[1].text == "Operators that violate the provisions of Article 28 shall be ordered to make corrections."
    doubts = [d for d in doc.diagnostics if d.code == "doubtful-heading"]
    assert [d.line for d in doubts] == [10, 15] and all(d.severity == "warning" for d in doubts)
    assert not [d for d in doc.diagnostics if d.severity == "error"]


def test_two_real_articles_with_one_number_are_still_an_error(tmp_path: Path) -> None:
    """An error of this document, not of the corpus: the structure holds, the repeat is kept apart, verbatim
    (tests/test_struct_repeats.py)."""
    from regkb.parse.structure import REPEATED_ARTICLE, parse_structure

    f = tmp_path / "dup.md"
    f.write_text("---\ntitle: Dup\n---\nArticle 1 Operators shall act.\n\nArticle 2 Users may ask.\n\n"
                 "Article 2 Users shall pay.\n", encoding="utf-8")
    st = parse_structure(read_source(f, tmp_path), "dup")
    assert [(d.severity, d.code) for d in st.diagnostics] == [("error", "duplicate-article")]
    assert [a.text for a in st.articles] == ["Operators shall act.", "Users may ask."]
    assert [(b.kind, b.eid, b.text) for b in st.blocks] == [(REPEATED_ARTICLE, "art_2__repeat_1",
                                                              "Article 2 Users shall pay.")]


def test_page_furniture_is_dropped_at_page_edges_only() -> None:
    doc = parse("formfeed-pages.txt")
    assert [a.number for a in doc.articles] == [1, 2, 3, 4, 5]  # Article 3, 4, 5 start right after a page break
    for n in (2, 3, 4):  # a wrapped line that repeats in three articles is law, not a running footer
        assert doc.articles[n - 1].text.endswith("may revoke its business permit and impose a fine.")
    reasons = [(d.line, d.reason.split(" (")[0]) for d in doc.dropped]
    assert reasons == [(4, "running header or footer"), (13, "page number"), (14, "running header or footer"),
                       (20, "page number"), (21, "running header or footer"), (27, "page number"),
                       (28, "running header or footer"), (30, "page number")]
    assert [a.pages for a in doc.articles] == [(1,), (1,), (2,), (3,), (4,)]
    assert not [d for d in doc.diagnostics if d.severity in ("warning", "error")]


def test_a_dropped_line_that_reads_like_prose_is_a_warning(tmp_path: Path) -> None:
    foot = "This translation is provided for reference only and has no legal effect."
    pages = [f"Article {n} Operators shall keep records number {n}.\n{foot}\n- {n} -\n" for n in (1, 2, 3)]
    f = tmp_path / "prose.txt"
    f.write_text("---\ntitle: Prose footer\n---\n" + "\f".join(pages), encoding="utf-8")
    doc = parse_file(read_source(f, tmp_path))
    assert all(foot not in a.text for a in doc.articles)
    warned = [d for d in doc.diagnostics if d.code == "dropped-prose"]
    assert len(warned) == 3 and all(d.severity == "warning" for d in warned)


def test_one_paragraph_per_line_keeps_its_paragraphs_and_two_line_titles() -> None:
    doc = parse("one-per-line.txt")
    assert [len(a.paragraphs) for a in doc.articles] == [3, 2, 2, 1]
    assert [i.label for i in doc.articles[1].paragraphs[0].items] == ["(1)", "(2)"]
    assert doc.articles[2].paragraphs[1].text == ("The provisions of the preceding paragraph also apply to "
                                                  "organizations authorized by law to administer public affairs.")
    assert [(s.label, s.title) for s in doc.sections] == [
        ("Section 1", "Special Provisions on the Processing of Sample Data by Public Bodies")]


def test_hard_wrapped_lines_are_still_joined() -> None:
    doc = parse("pdf-extract.txt")
    assert [len(a.paragraphs) for a in doc.articles] == [1, 1, 1, 1, 1]


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u3000", "\u200b", "\u200b \u200b"])
@pytest.mark.parametrize("where", ["between", "before"])
def test_unicode_spaces_and_invisibles_in_headings(tmp_path: Path, space: str, where: str) -> None:
    head = f"Article{space}2" if where == "between" else f"{space}Article 2"
    if where == "before" and not space.strip(" \u00a0\u2009\u202f\u3000"):
        head = f"{space}Article 2"
    text = f"---\ntitle: Odd spaces\n---\nArticle 1 The operator shall keep records.\n{head} The user shall pay.\n"
    f = tmp_path / "odd.md"
    f.write_text(text, encoding="utf-8")
    doc = parse_file(read_source(f, tmp_path))
    assert [a.number for a in doc.articles] == [1, 2]
    assert doc.articles[0].text == "The operator shall keep records."
    assert doc.articles[1].label == "Article 2" and doc.articles[1].text == "The user shall pay."
    assert f.read_text(encoding="utf-8") == text  # the source is kept as it is
    (odd,) = [d for d in doc.diagnostics if d.code == "odd-characters"]
    assert odd.line == 5 and odd.severity == ("warning" if "\u200b" in space else "info")


def test_regkb_check_reports_odd_characters_and_doubtful_headings(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from regkb.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "odd.md").write_text("---\ntitle: Odd\n---\nArticle 1 The operator shall comply with the provisions of\n"
                                   "Article 3, paragraph 2 of these Measures.\nArticle\u200b2 The user shall pay.\n",
                                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "U+200B" in result.output and "odd.md:6:" in result.output
    assert "odd.md:5:" in result.output and "'Article 3' at the start of a line was read as part of the sentence" in result.output


def outline_of(name: str) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    return [(a.label, a.title, [(p.label, [i.label for i in p.items]) for p in a.paragraphs]) for a in parse(name).articles]


def test_law_firm_translation_numbered_paragraphs_and_captions() -> None:
    """Captions after a dash, paragraphs numbered "1." or "(1)", items (a) and (i), and a
    "Supplementary Provisions" line printed without its chapter number."""
    doc = parse("lawfirm-numbered.md")
    assert outline_of("lawfirm-numbered.md") == [
        ("Article 1", "Purpose", [("1.", []), ("2.", [])]),
        ("Article 2", "Definitions", [("", ["(a)", "(b)"])]),
        ("Article 3", "Safety Equipment", [("(1)", []), ("(2)", ["(i)", "(ii)", "(iii)"]), ("(3)", [])]),
        ("Article 4", "Records", [("", [])]),
        ("Article 5", "Entry into Force", [("", [])])]
    assert doc.articles[0].paragraphs[0].text.startswith("These Regulations are made")
    assert [d.code for d in doc.diagnostics if d.severity == "warning"] == ["unnumbered-heading"]
    assert [d.text for d in doc.dropped] == ["Supplementary Provisions"]


def test_pdf_text_with_abbreviated_headings_and_captions_below() -> None:
    """'Art. N' with '[Caption]' on the next line, page furniture at page edges, a cross-reference
    and a chapter reference wrapped to the start of a line, circled items."""
    doc = parse("captions-pdf.txt")
    assert [(a.label, a.title, a.pages) for a in doc.articles] == [
        ("Art. 1", "Purpose", (1,)), ("Art. 2", "Scope", (1,)), ("Art. 3", "Permits", (1,)), ("Art. 4", "Hours", (2,)),
        ("Art. 5", "Fees", (2,)), ("Art. 6", "Revocation", (2,)), ("Art. 7", "Hygiene", (3,)),
        ("Art. 8", "Entry into Force", (3,))]
    assert "referred to in Article 7 of these Rules" in " ".join(doc.articles[1].text.split())
    assert "under Chapter II of these Rules" in " ".join(doc.articles[3].text.split())
    assert [i.label for i in doc.articles[2].paragraphs[0].items] == ["①", "②", "③"]
    assert sorted(d.code for d in doc.diagnostics if d.severity == "warning") == ["doubtful-heading", "doubtful-heading"]
    assert sum(1 for d in doc.dropped if d.reason == "page number") == 3


def test_web_text_in_capitals_with_spelled_numbers() -> None:
    """'ARTICLE ONE' + no-break or ideographic space, items run together in one line, one
    paragraph per line."""
    doc = parse("web-lines.txt")
    assert [a.number for a in doc.articles] == [1, 2, 3, 4, 5]
    assert outline_of("web-lines.txt")[2] == ("ARTICLE THREE", "", [("", ["(a)", "(b)", "(c)"]), ("", [])])
    assert [d.code for d in doc.diagnostics] == ["odd-characters"]
