"""The editor's comments between the articles are not law (issue 12).

An edition that reproduces a law with its editor's comments sets the two apart: the law one way (the
way its article headings are set), the comments another (a block quote, italics, a label such as
"Comment:" or "[Editor's note]"; or plain paragraphs where the law itself is quoted). The comments are
kept, every character, as blocks of kind ``comment`` after the article they follow; no duty, definition
or reference is read from them; the site shows them marked as the editor's; doubts are check warnings.

Three fixtures in three layouts and wordings (tests/fixtures/comments), none of them the held-out
excerpt that prompted the rule: labelled plain-text paragraphs, the law in block quotes with plain
comments, and a web page with comment boxes (through ``regkb add``).
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

from .conftest import FIXTURES, seed_corpus

COMMENTS = FIXTURES / "comments"

# (fixture, document id, {article: [comment opening words]}, words that are only in comments)
CASES = [
    ("drone-delivery-notes.txt", "drone-notes",
     {2: ["Our view: Operators must treat"], 3: ["Editor's note: \"Crowd\" means"],
      5: ["[Editor's note] The fine was raised"]},
     ["insurers", "Crowd", "stricter enforcement"]),
    ("seed-bank-quoted.md", "seedbank-quoted",
     {2: ["The ten-year interval in Article 2"], 3: ["This is the only definition", "**Editor's note:** Article 3"]},
     ["eight years", "we regret", "renumbered in 2021"]),
    ("mine-safety-comments.html", None,
     {2: ["Annotation: Daily monitoring must be recorded"], 3: ["Chapter II was renumbered"],
      4: ["\"Drill\", as the ministry reads it", "See also Article 3 on inspections."]},
     ["inspectors in two provinces", "table-top exercise", "renumbered", "doubled"]),
]
IDS = [c[0] for c in CASES]


def _corpus(tmp_path: Path, fixture: str) -> tuple[Path, str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(FIXTURES.parent.parent / "corpus" / "laws.yaml", corpus / "laws.yaml")
    if fixture.endswith(".html"):  # a web page: through the importer, as a user adds it
        done = add_to_corpus(read_files([COMMENTS / fixture]), corpus, "tailings")
        assert done.document is not None
        return corpus, "tailings"
    shutil.copyfile(COMMENTS / fixture, corpus / fixture)
    return corpus, ""


@pytest.mark.parametrize(("fixture", "doc_id", "expected", "only_in_comments"), CASES, ids=IDS)
def test_comments_are_kept_but_are_not_law(tmp_path: Path, fixture: str, doc_id: str | None,
                                           expected: dict[int, list[str]], only_in_comments: list[str]) -> None:
    corpus, imported = _corpus(tmp_path, fixture)
    kb = KnowledgeBase.from_corpus(corpus)
    doc_id = doc_id or imported
    text = kb.sources[doc_id]
    comments = [b for b in kb.blocks if b.document == doc_id and b.kind == "comment"]
    found: dict[int, list[str]] = {}
    for b in comments:
        found.setdefault(int(re.match(r"art_(\d+)__comment_", b.eid).group(1)), []).append(b.text)
        # every character: the comment's span is its text, block-quote marks aside
        assert re.sub(r"(?m)^[ \t]*>[ \t]?", "", text[b.span.start:b.span.end]) == b.text
    assert {k: [t[:len(w)] for t, w in zip(v, expected[k], strict=True)] for k, v in found.items()} == expected
    arts = kb.articles_of(doc_id)
    assert [a.number for a in arts] == list(range(1, len(arts) + 1))
    for word in only_in_comments:  # not in any article, duty, definition or reference
        assert not [a for a in arts if word in a.text], word
        assert not [o for o in kb.obligations if word in o.text], word
        assert not [d for d in kb.definitions if word in d.term or word in d.definition], word
        assert not [d for d in kb.dropped if word in d.text], word  # kept, not dropped
    for b in comments:
        assert not [r for r in kb.references if b.span.start <= r.span.start < b.span.end]
        assert not [o for o in kb.obligations if b.span.start <= o.span.start < b.span.end]
    import json

    import jsonschema

    from regkb.export import render
    from regkb.schema import load_schema

    jsonschema.validate(json.loads(render(kb, "json")), load_schema())  # a "comment" block is in the schema
    (info,) = [d for d in kb.diagnostics if d.code == "editor-comment"]
    assert info.severity == "info" and f"{len(comments)} block(s)" in info.message


def test_the_law_keeps_what_is_law(tmp_path: Path) -> None:
    """The duties, definitions and references of the law around the comments are all still read."""
    corpus, _ = _corpus(tmp_path, "seed-bank-quoted.md")
    kb = KnowledgeBase.from_corpus(corpus)
    assert [(o.article, o.modality) for o in kb.obligations] == [(2, "obligation"), (2, "obligation"),
                                                                 (4, "prohibition")]
    assert [d.term for d in kb.definitions] == ["Accession"]
    art2 = kb.article(2, "seedbank-quoted")
    assert [p.text for p in art2.paragraphs] == [
        "Seed bank operators shall store each accession at a temperature that preserves its viability.",
        "Seed bank operators shall test the viability of each accession at least once every ten years."]
    # a line that follows a quoted line with no blank line between stays in the quote (Markdown's lazy continuation)
    assert kb.article(4, "seedbank-quoted").text.endswith("without the approval of the\nagricultural authority.") or \
        kb.article(4, "seedbank-quoted").text.endswith("without the approval of the agricultural authority.")
    dropped = {d.reason.split(" (")[0] for d in kb.dropped}
    assert dropped == {"block-quote mark"}  # the quote marks are layout, cut out and listed


def test_a_plain_note_and_a_quote_inside_an_article_are_doubts(tmp_path: Path) -> None:
    """'Note:' unadorned may be the law's own note; a block quote followed by more law may be a quotation."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Rules on Kiosks\n---\nArticle 1 Kiosk operators shall post prices.\n\n"
        "Note: prices include tax.\n\nArticle 2 Kiosk operators shall print receipts reading:\n\n"
        "> Thank you for your purchase.\n\nArticle 3 The bureau may inspect kiosks.\n\n"
        "> This block quote sits between two paragraphs of law.\n\nThe bureau shall publish its findings.\n",
        encoding="utf-8")
    kb = KnowledgeBase.from_corpus(corpus)
    assert not [b for b in kb.blocks if b.kind == "comment"]
    doubts = [(d.line, d.severity) for d in kb.diagnostics if d.code == "possible-comment"]
    assert doubts == [(6, "warning"), (10, "warning"), (14, "warning")]
    assert "Note: prices include tax." in kb.article(1).text  # kept as law, and said so
    assert "Thank you for your purchase." in kb.article(2).text


def test_an_article_is_never_all_comment(tmp_path: Path) -> None:
    """An article whose only text is set in italics keeps it: its body is its law, however it is set."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: Rules\n---\nArticle 1\n\n*Operators shall keep logs.*\n\n"
                                 "Article 2 Operators may publish reports.\n\n*Our reading: reports are rare.*\n",
                                 encoding="utf-8")
    kb = KnowledgeBase.from_corpus(corpus)
    assert kb.article(1).text == "*Operators shall keep logs.*"
    assert [b.text for b in kb.blocks if b.kind == "comment"] == ["*Our reading: reports are rare.*"]


def test_the_seed_has_no_comment_and_the_commentary_stays_a_commentary(kb: KnowledgeBase) -> None:
    assert not [b for b in kb.blocks if b.kind == "comment"]
    assert {b.kind for b in kb.blocks} <= {"heading", "paragraph", "list-item"}
    assert not [d for d in kb.diagnostics if d.code in ("editor-comment", "possible-comment")]


def test_the_site_marks_comments_as_the_editors(tmp_path: Path) -> None:
    from regkb.build import build_site

    corpus = seed_corpus(tmp_path / "corpus")
    shutil.copyfile(COMMENTS / "drone-delivery-notes.txt", corpus / "drone-delivery-notes.txt")
    res = build_site(corpus, tmp_path / "site")
    page = (res.site_dir / "provisions" / "drone-notes" / "art-2.html").read_text(encoding="utf-8")
    aside = re.search(r'<aside class="regkb-comment".*?</aside>', page, re.S)
    assert aside is not None
    shown = html.unescape(re.sub(r"<[^>]+>", " ", aside.group()))
    assert "Editor's comment — not part of the law" in shown and "insurers will ask" in shown
    law = page[:aside.start()]
    assert "insurers" not in law  # the comment is not inside the article's text
    whole = (res.site_dir / "provisions" / "drone-notes" / "all.html").read_text(encoding="utf-8")
    assert whole.count('class="regkb-comment"') == 3


def test_comments_survive_the_store_and_the_incremental_cache(tmp_path: Path) -> None:
    from regkb.incremental import build as incremental_build

    corpus, _ = _corpus(tmp_path, "drone-delivery-notes.txt")
    kb = KnowledgeBase.from_corpus(corpus)
    kb.save(tmp_path / "store")
    again = KnowledgeBase.load(tmp_path / "store")
    cached, _ = incremental_build(corpus, tmp_path / "cache")
    cached2, _ = incremental_build(corpus, tmp_path / "cache")  # from the cache
    for other in (again, cached, cached2):
        assert [b.dump() for b in other.blocks] == [b.dump() for b in kb.blocks]
        assert [a.text for a in other.articles] == [a.text for a in kb.articles]


@pytest.mark.parametrize(("text", "shown"), [
    ("**Comment:** In practice <b>", "<strong>Comment&#58;</strong> In practice &#60;b&#62;"),
    ("*© 2027 Hartley & Zhou.*", "© 2027 Hartley &#38; Zhou&#46;"),
    ("Our view: a *b* c", "Our view&#58; a &#42;b&#42; c"),
])
def test_a_comment_shows_its_emphasis_not_its_asterisks(text: str, shown: str) -> None:
    from regkb.site.generate import _comment_html

    assert _comment_html(text) == shown
