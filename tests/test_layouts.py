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
        ("bold-articles-items.md", [(1, "obligation", "actor/service-provider")] * 4
         + [(2, "prohibition", "actor/service-provider"), (3, "encouragement", "actor/user")]),
        ("cjk-items.md", [(1, "obligation", "actor/operator"), (2, "permission", "actor/competent-department")]),
        ("article-alone.md", [(2, "obligation", "actor/drone-operator"), (2, "obligation", "actor/drone-operator")]),
        ("pdf-extract.txt", [(2, "obligation", "actor/testing-service-provider"),
                             (3, "prohibition", "actor/testing-service-provider")]),
    ],
)
def test_obligations(name: str, expected: list[tuple[int, str, str]]) -> None:
    kb = kb_of(name)
    assert [(o.article, o.modality, o.actors[0]) for o in kb.obligations] == expected


def test_item_list_is_the_action_when_nothing_precedes_the_colon() -> None:
    kb = kb_of("bold-articles-items.md")
    prohibition = kb.obligations_of(modality="prohibition")[0]
    assert prohibition.action.startswith("(a) collect data beyond necessity")


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
    got = [(d.term, d.definition, d.provision) for d in doc.definitions]
    assert got == [
        ("Data brokers", "enterprises that trade personal information", "art_2__para_1__item_1"),
        ("Personal data", "any information relating to an identified natural person", "art_2__para_1__item_2"),
        ("Processing", "collecting, storing and using personal data", "art_2__para_1__item_3"),
    ]
    kb = kb_of("definitions-items.md")
    assert kb.obligations[0].actors == ("actor/data-broker",)
    assert kb.actor("data brokers").definition == "definitions-items/def/data-brokers"
