"""A heading is never invented inside a sentence, and a translator's mixed conventions still give
one sequence, with gaps, doubts and inserted articles reported by ``regkb check``.

Each case is a small invented text. A cross-reference wrapped to the start of a line ("...
under\\nArticle 12 of these Measures ...") must be read back into its sentence, with a
``doubtful-heading`` warning, in several wordings: digits, "Art.", spelled numbers, a comma, an
"and", a chapter or section reference, a line that ends with a preposition.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from regkb.cli import cli
from regkb.corpus import read_source
from regkb.parse import ParsedDocument, parse_file

from .test_layout_properties import assert_nothing_lost


def parse_text(tmp: Path, text: str, name: str = "rules.txt") -> ParsedDocument:
    (tmp / name).write_text(text, encoding="utf-8")
    src = read_source(tmp / name, tmp)
    assert_nothing_lost(src)
    return parse_file(src)


def codes(doc: ParsedDocument, severity: str = "warning") -> list[str]:
    return [d.code for d in doc.diagnostics if d.severity == severity]


HEAD = "Rules on Allotment Gardens\n\nChapter I General Provisions\n\n"

# (case, the body of Article 2 as hard-wrapped lines, what the wrapped line must not become)
TRAPS = [
    ("digits, lower-case after", "Gardeners who break the rules set out in\nArticle 5 of these Rules lose their plot.", "Article 5"),
    ("digits, comma after", "The fees are set under the rules of\nArticle 4, paragraph 2, and are paid yearly.", "Article 4"),
    ("digits, 'and' after", "The duties in Article 3 and\nArticle 4 and the fees apply to all plots.", "Article 4"),
    ("Art. abbreviation", "A plot may be withdrawn as provided in\nArt. 4 of these Rules after a warning.", "Art. 4"),
    ("spelled number", "A plot may be withdrawn as provided in\nArticle Four of these Rules after a warning.", "Article Four"),
    ("in sequence after a preposition", "The rules on water use are set out under\nArticle 3 Gardeners keep their taps closed.", "Article 3"),
    ("out of sequence, capital after", "Water charges are fixed in accordance with\nArticle 9. Gardeners pay them in March.", "Article 9"),
    ("chapter reference", "The penalties in\nChapter II of these Rules apply to gardeners who damage paths.", "Chapter II"),
    ("section reference", "The procedure of\nSection 2 of Chapter I shall be followed by analogy.", "Section 2"),
    ("chapter reference, in sequence", "The penalties listed in\nChapter II Penalties are imposed by the garden board.", "Chapter II"),
]


@pytest.mark.parametrize(("case", "body", "label"), TRAPS, ids=[t[0] for t in TRAPS])
def test_wrapped_reference_is_not_a_heading(tmp_path: Path, case: str, body: str, label: str) -> None:
    text = (HEAD + "Article 1\nThese Rules govern the allotment gardens of the town.\n\n"
            f"Article 2\n{body}\n\nArticle 3\nGardeners keep their plots tidy.\n\n"
            "Chapter II Penalties\n\nArticle 4\nThe garden board may withdraw a plot.\n\n"
            "Article 5\nThese Rules take effect on 1 May 2032.\n")
    doc = parse_text(tmp_path, text)
    assert [a.number for a in doc.articles] == [1, 2, 3, 4, 5]
    assert [c.number for c in doc.chapters] == [1, 2]
    art2 = doc.articles[1]
    assert " ".join(body.split()) == " ".join(art2.text.split()), "the wrapped reference stays in its sentence"
    assert "doubtful-heading" in codes(doc)
    doubt = next(d for d in doc.diagnostics if d.code == "doubtful-heading")
    assert label in doubt.message and doubt.line == text[:text.index("\n" + label) + 1].count("\n") + 1


def test_the_same_wrap_in_a_text_with_one_paragraph_per_line(tmp_path: Path) -> None:
    """Web-page text: the line before a heading ends a sentence, so a real heading is found even
    out of sequence (reported as a gap), while a reference inside a paragraph is never split off."""
    text = ("Rules on Allotment Gardens\nArticle 1 These Rules govern the allotment gardens of the town.\n"
            "Article 2 Gardeners who break the rules of Article 4 of these Rules lose their plot.\n"
            "Article 4 The garden board may withdraw a plot.\nArticle 5 These Rules take effect on 1 May 2032.\n")
    doc = parse_text(tmp_path, text)
    assert [a.number for a in doc.articles] == [1, 2, 4, 5]
    assert codes(doc) == ["article-sequence", "articles-missing"]  # the gap, and the document's count


def test_mixed_conventions_give_one_sequence_and_report_the_gap(tmp_path: Path) -> None:
    """One translator's inconsistencies: five heading styles in one text, and a skipped number."""
    text = ("Rules on Allotment Gardens\n\nArticle 1\nThese Rules govern the allotment gardens.\n\n"
            "Art. 2. Gardeners keep their plots tidy.\n\nARTICLE 3\nThe garden board keeps a register.\n\n"
            "Article Four – Fees\nFees are paid yearly.\n\n**Article 5**\nThe board may withdraw a plot.\n\n"
            "### Article 7 [Entry into Force]\nThese Rules take effect on 1 May 2032.\n")
    doc = parse_text(tmp_path, text, "mixed.md")
    assert [(a.number, a.label, a.title) for a in doc.articles] == [
        (1, "Article 1", ""), (2, "Art. 2", ""), (3, "ARTICLE 3", ""), (4, "Article Four", "Fees"),
        (5, "Article 5", ""), (7, "Article 7", "Entry into Force")]
    assert codes(doc) == ["article-sequence", "articles-missing"]  # the gap, and the document's count
    assert "skips 6" in next(d.message for d in doc.diagnostics if d.code == "article-sequence")
    assert "article-caption" in codes(doc, "info")


def test_two_real_articles_with_one_number_stay_an_error(tmp_path: Path) -> None:
    text = ("Rules\n\nArticle 1\nThese Rules govern gardens.\n\nArt. 2\nGardeners keep plots tidy.\n\n"
            "ARTICLE 2\nThe board keeps a register.\n")
    (tmp_path / "dup.md").write_text(text, encoding="utf-8")
    doc = parse_file(read_source(tmp_path / "dup.md", tmp_path))  # an error of this document, not of the corpus
    errors = [d for d in doc.diagnostics if d.severity == "error"]
    assert [d.code for d in errors] == ["duplicate-article"] and "appears twice" in errors[0].message
    # the structure holds; the repeat is kept apart, every character (tests/test_struct_repeats.py)
    assert [a.text for a in doc.articles] == ["These Rules govern gardens.", "Gardeners keep plots tidy."]
    assert [(b.kind, b.text) for b in doc.blocks] == [("repeated-article", "ARTICLE 2 The board keeps a register.")]
    src = read_source(tmp_path / "dup.md", tmp_path).text
    assert src[doc.blocks[0].span.start:doc.blocks[0].span.end] == "ARTICLE 2\nThe board keeps a register."


def test_an_inserted_article_is_kept_and_reported(tmp_path: Path) -> None:
    """'Article 6-1' (an article inserted by an amendment) has no number of its own in regkb: its
    text stays in the article before, and check says so."""
    text = ("Rules\n\nArticle 1\nThese Rules govern gardens.\n\nArticle 1-1\nSchool gardens follow them too.\n\n"
            "Article 2\nThe board keeps a register.\n")
    doc = parse_text(tmp_path, text, "inserted.md")
    assert [a.number for a in doc.articles] == [1, 2]
    assert "School gardens follow them too." in doc.articles[0].text
    assert codes(doc) == ["inserted-article"]


@pytest.mark.parametrize(("caption_line", "next_line", "caption"), [
    ("Article 2 Water Use", "Gardeners share the taps.", "Water Use"),
    ("Article 2 Water Use", "(1) taps close at dusk;", "Water Use"),
    ("Article 2 The Municipal Garden", "Board shall keep a register.", ""),          # a determiner: a wrapped clause
    ("Article 2 Gardeners of the", "town keep their plots tidy.", ""),              # ends with a function word
    ("Article 2 Gardeners shall keep", "Their plots tidy at all times.", ""),      # a verb: a clause
    ("Article 2 Water use is free", "Except in August.", ""),                       # a verb
    ("Article 2 Fees:", "Gardeners pay yearly.", ""),                                # a colon: a lead-in
])
def test_a_caption_on_the_heading_line_reads_as_a_name(tmp_path: Path, caption_line: str, next_line: str,
                                                       caption: str) -> None:
    text = (f"Rules\n\nArticle 1\nThese Rules govern gardens.\n\n{caption_line}\n{next_line}\n\n"
            "Article 3\nThe board keeps a register.\n")
    doc = parse_text(tmp_path, text, "caption.md")
    art = doc.articles[1]
    assert art.title == caption
    if not caption:
        assert caption_line.removeprefix("Article 2 ") in art.text, "a clause is text of the article, not a caption"


def test_check_lists_the_doubts(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gardens.md").write_text(
        "---\nid: gardens\ntitle: Rules on Allotment Gardens\n---\n\nArticle 1\nThese Rules govern the allotment "
        "gardens.\n\nArticle 2\nGardeners who break the rules set out in\nArticle 3 of these Rules lose their plot.\n\n"
        "Article 3 – Fees\nFees are paid yearly.\n\nArticle 3-1\nSchool gardens pay no fee.\n\n"
        "Article 5\nThese Rules take effect on 1 May 2032.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--corpus", str(corpus)])
    out = res.output
    assert "gardens.md:11:1: warning: 'Article 3' at the start of a line was read as part of the sentence" in out
    assert "gardens.md:16:1: warning: 'Article 3-1' looks like an inserted article" in out
    assert "numbering skips 4" in out and "carry a caption" in out


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-lines", "one-per-line"])
@pytest.mark.parametrize(("line", "heading"), [
    ("Supplementary Provisions", True),
    ("**Legal Liability**", True),
    ("Visitors shall keep the park clean", False),       # a clause without its full stop: text of the article
    ("and to the park office", False),                     # running text
    ("(1) closing the gates", False),                      # an item
    ("Form of Application", False),                        # the entry of a list that a colon opens (see below)
])
def test_a_heading_without_a_number_is_not_text_of_the_article_before(tmp_path: Path, sep: str, line: str,
                                                                      heading: bool) -> None:
    lead = "The park office publishes the following form:" if line == "Form of Application" else \
        "Visitors shall keep parks clean."
    text = sep.join(["Rules on Parks", "Chapter I General Provisions", "Article 1", "These Rules protect parks.",
                     "Article 2", lead, line, "Article 3",
                     "These Rules take effect on 1 May 2030."]) + "\n"
    doc = parse_text(tmp_path, text, "parks.md" if sep == "\n\n" else "parks.txt")
    assert [a.number for a in doc.articles] == [1, 2, 3]
    bare = line.strip("*")
    if heading:
        assert bare not in doc.articles[1].text
        assert codes(doc) == ["unnumbered-heading"]
        assert any(d.text.strip("*") == bare for d in doc.dropped), "listed by check with its line"
    else:
        assert bare in doc.articles[1].text
        assert "unnumbered-heading" not in codes(doc)


@pytest.mark.parametrize(("below", "caption"), [
    ("[Water Use]\nGardeners share the taps of the garden.", "Water Use"),
    ("(Water Use)\nGardeners share the taps of the garden.", "Water Use"),
    ("Water Use\nGardeners share the taps of the garden.", "Water Use"),
    ("Duties of Gardeners\nGardeners shall share the taps of the garden.", "Duties of Gardeners"),
    # a wrapped first line of the text (the text is wrapped at 42): the next word would not have fitted on it
    ("Gardeners, Beekeepers and Allotment\nTenants shall share the taps fairly.", ""),
    ("The Garden Board\nshall share the taps.", ""),               # a determiner, and a lower-case line after
    ("Gardeners share the taps.\nThey pay for the water.", ""),  # a sentence
])
def test_a_caption_on_the_line_below_the_number(tmp_path: Path, below: str, caption: str) -> None:
    import textwrap

    def wrap(t: str) -> str:
        return "\n".join(textwrap.wrap(t, 42))

    text = (f"Rules on Gardens\nArticle 1\n{wrap('These Rules govern the allotment gardens of our town and their use.')}\n"
            f"Article 2\n{below}\nArticle 3\n{wrap('The garden board keeps a register of all plots and tenants.')}\n")
    doc = parse_text(tmp_path, text)
    assert [a.number for a in doc.articles] == [1, 2, 3]
    assert doc.articles[1].title == caption
    if not caption:
        assert " ".join(below.split()) == " ".join(doc.articles[1].text.split())


def test_a_wrapped_first_line_on_the_heading_line_is_not_a_caption(tmp_path: Path) -> None:
    """Hard-wrapped at 46: 'Article 2 Allotment Tenants and Their Beekeeping' is a full line whose
    sentence goes on ('Neighbours ...' would not have fitted), so it is text, not a caption."""
    text = ("Rules on Gardens\nArticle 1 These Rules govern the allotment gardens\nof our town and the use of them.\n"
            "Article 2 Allotment Tenants and Their Beekeeping\nNeighbours share the taps of the garden.\n"
            "Article 3 Water Use\nGardeners share the taps of the garden.\n")
    doc = parse_text(tmp_path, text)
    assert [a.title for a in doc.articles] == ["", "", "Water Use"]
    assert doc.articles[1].text.startswith("Allotment Tenants and Their Beekeeping")


@pytest.mark.parametrize("label", ["Article 3", "Art. 3"])
def test_an_article_glued_to_the_line_before_is_split_off(tmp_path: Path, label: str) -> None:
    text = ("Rules\n\nArticle 1\nThese Rules govern gardens.\n\nArticle 2\nGardeners keep plots tidy. "
            f"{label} The board keeps a register.\n\nArticle 4\nThese Rules take effect on 1 May 2032.\n")
    doc = parse_text(tmp_path, text, "glued.md")
    assert [a.number for a in doc.articles] == [1, 2, 3, 4]
    assert doc.articles[2].text == "The board keeps a register."
    assert codes(doc) == ["glued-article"]


# The gap between an article's number and its first word is lost: a web page sets the number in its own
# element and makes the gap with CSS margin, a PDF's text layer drops a space. A number never runs into a
# capitalised word, so "Article 1These" is the heading "Article 1" and the text "These ..."; a capital that
# is not followed by a small letter ("Article 1A", an inserted article elsewhere) is not read that way.
GLUED = [
    ("plain text", "Article 1These Rules govern the gardens.\n\nArticle 2Gardeners shall keep their plots tidy.\n"),
    ("Markdown bold", "**Article 1**These Rules govern the gardens.\n\n**Article 2**Gardeners shall keep their plots tidy.\n"),
    ("Art. abbreviation", "Art. 1These Rules govern the gardens.\n\nArt. 2Gardeners shall keep their plots tidy.\n"),
]


@pytest.mark.parametrize(("layout", "body"), GLUED, ids=[g[0] for g in GLUED])
def test_an_article_number_glued_to_its_first_word_is_a_heading(tmp_path: Path, layout: str, body: str) -> None:
    doc = parse_text(tmp_path, HEAD + body)
    assert [a.number for a in doc.articles] == [1, 2]
    assert doc.articles[0].paragraphs[0].text == "These Rules govern the gardens."
    assert doc.articles[1].paragraphs[0].text == "Gardeners shall keep their plots tidy."


def test_a_number_glued_to_its_first_word_in_a_web_page(tmp_path: Path) -> None:
    from regkb.importers import read_files

    page = tmp_path / "rules.html"
    page.write_text("<html><head><title>Rules on Allotment Gardens</title></head><body><main>"
                    "<h1>Rules on Allotment Gardens</h1>"
                    '<p><span class="num">Article 1</span>These Rules govern the allotment gardens of the town.</p>'
                    '<p><span class="num">Article 2</span>Gardeners shall keep their plots tidy and their taps '
                    "closed.</p>"
                    '<p><span class="num">Article 3</span>The garden board may withdraw a plot after a warning.</p>'
                    "</main></body></html>", encoding="utf-8")
    text = read_files([page]).text
    (tmp_path / "rules.md").write_text("---\ntitle: Rules on Allotment Gardens\n---\n" + text, encoding="utf-8")
    doc = parse_file(read_source(tmp_path / "rules.md", tmp_path))
    assert [a.number for a in doc.articles] == [1, 2, 3]
    assert doc.articles[1].paragraphs[0].text.startswith("Gardeners shall keep")


@pytest.mark.parametrize("line", ["Article 1A These Rules govern the gardens.", "Article 1st of all, the gardens."])
def test_a_number_followed_by_a_capital_without_a_small_letter_is_not_split(tmp_path: Path, line: str) -> None:
    body = f"Article 1\nThese Rules govern the gardens.\n\n{line}\n\nArticle 2\nGardeners keep their plots tidy.\n"
    doc = parse_text(tmp_path, HEAD + body)
    assert [a.number for a in doc.articles] == [1, 2]
    assert line in " ".join(p.text for p in doc.articles[0].paragraphs)
