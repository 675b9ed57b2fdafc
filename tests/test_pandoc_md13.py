"""Markdown as pandoc writes it from a Word file (session 13): escapes, bracketed spans with attributes, Word
bookmarks as empty spans, heading attributes, a backslash as a hard line break, simple tables' dashed rules. The
fixtures are pandoc's output on Word files made in three shapes (tests/fixtures/pandoc/make_pandoc_md.py) and one
written by hand as another converter setting gives it; the texts are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.corpus import SourceFile, read_source
from regkb.parse import patterns as P
from regkb.parse.structure import parse_structure

from .test_layout_properties import assert_nothing_lost

PANDOC = Path(__file__).parent / "fixtures" / "pandoc"
MARKUP = re.compile(r"\\[()*.\"]|\]\{|\{#|\[\]|\\$", re.MULTILINE)

# fixture -> (article numbers, {article: number of items}, words that must be in an article's text)
CASES = {
    "pandoc-heading2.md": ([1, 2, 3, 4, 5, 6], {}, {4: "Goods found without a label shall be set apart and"}),
    "pandoc-boldrun.md": ([1, 2, 3, 4, 5, 6], {3: 3}, {4: "working days. Where it refuses",
                                                        5: "required by Article 2 may be fined"}),
    "pandoc-numbered.md": ([1, 2, 3, 4, 5], {2: 3}, {3: "Service Maximum fee Slow charging"}),
    # bookmarks inside a heading, a span around the bold label or inside it, a hard break after the label
    "pandoc-variants.md": ([1, 2, 3, 4, 5], {}, {3: "report [annually] to", 4: "A unit shall not destroy"}),
    "pandoc-translator2.md": ([1, 2, 3, 4, 5, 6], {2: 3}, {1: 'the "Provisions on Algorithm Recommendation"',
                                                           4: "The competent department may inspect"}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pandoc_markdown_is_read_as_rendered(name: str) -> None:
    numbers, items, words = CASES[name]
    src = read_source(PANDOC / name, PANDOC)
    s = parse_structure(src, "doc")
    assert [a.number for a in s.articles] == numbers
    for a in s.articles:
        assert not MARKUP.search(a.title), a.title
        for p in a.paragraphs:
            assert not MARKUP.search(p.text), p.text
            # the span points into the corpus file: the paragraph's words stand there, with the markup between them
            first = p.text.split()[0].lstrip("(")
            assert first in src.text[p.span.start:p.span.end]
        got = sum(len(p.items) for p in a.paragraphs)
        assert got == items.get(a.number, 0), (a.number, got)
        if a.number in words:
            assert words[a.number] in " ".join(p.text for p in a.paragraphs)
    for d in s.dropped:  # every piece of markup left out is what the source holds at its span
        assert src.text[d.span.start:d.span.end] == d.text
    assert_nothing_lost(src)


ESCAPES = [  # (line, what a rendered page shows)
    (r"\(1\) An operator shall", "(1) An operator shall"),
    (r"1\. an identity document;", "1. an identity document;"),
    (r"the \"Provisions\" and", 'the "Provisions" and'),
    (r"a path \\(kept)", r"a path \(kept)"),  # an escaped backslash: one backslash shown, the bracket is text
    (r"C:\Users\data", r"C:\Users\data"),  # a backslash before a letter is no escape
]


@pytest.mark.parametrize(("line", "shown"), ESCAPES)
def test_escapes(line: str, shown: str) -> None:
    out = list(line)
    for m in P.MD_ESCAPE.finditer(line):
        out[m.start()] = ""
    assert "".join(out) == shown


SPANS = [  # (text, the words kept or None where the span is not one)
    ("[]{#_Ref123 .anchor}", ""),
    ("[Goods found]{.underline}", "Goods found"),
    ("[Goods\nfound]{.underline}", "Goods\nfound"),
    ('[words]{custom-style="Emphasis"}', "words"),
    ("[Article 4](#art-4)", None),  # a link (MD_LINK)
    ("[a]\n\n{.x}", None),  # never over a blank line
    (r"\[kept]{.x}", None),  # escaped bracket: text
]


@pytest.mark.parametrize(("text", "words"), SPANS)
def test_attribute_spans(text: str, words: str | None) -> None:
    m = P.MD_ATTR_SPAN.search(text)
    assert (m.group("words") if m else None) == words


@pytest.mark.parametrize("line", ["  -------------  ------------", "* * *", "---", "_ _ _"])
def test_table_rules_are_rules(line: str) -> None:
    assert P.HORIZONTAL_RULE.match(line)


@pytest.mark.parametrize("line", ["- - item", "--", "-- 1 --", "+ item +", "+-----+------+"])
def test_not_rules(line: str) -> None:
    assert not P.HORIZONTAL_RULE.match(line)


@st.composite
def _pandoc_text(draw: st.DrawFn) -> tuple[str, str]:
    """A text of articles as printed and as pandoc may write it: escapes, bookmarks, underlined spans."""
    words = st.sampled_from(["an", "operator", "shall", "keep", "the", "records", "(1)", "1.", '"logs"', "*", "of"])
    plain, marked = [], []
    for n in range(1, draw(st.integers(1, 5)) + 1):
        body = draw(st.lists(words, min_size=3, max_size=12))
        shown = " ".join(["A", *body]) + "."
        written = " ".join(["A", *(w.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")
                                   .replace('"', r"\"").replace("*", r"\*") for w in body)]) + "."
        if draw(st.booleans()):
            written = f"[{written}]{{.underline}}"
        anchor = f"[]{{#_Ref{n} .anchor}}" if draw(st.booleans()) else ""
        plain.append(f"**Article {n}** {shown}")
        marked.append(f"{anchor}**Article {n}** {written}")
    return "Title\n\n" + "\n\n".join(plain) + "\n", "Title\n\n" + "\n\n".join(marked) + "\n"


@settings(max_examples=40, deadline=None)
@given(_pandoc_text())
def test_pandoc_markup_reads_as_the_rendered_text(texts: tuple[str, str]) -> None:
    plain, marked = (parse_structure(SourceFile("t.md", t, "x", {}, 0), "doc") for t in texts)
    assert [(a.number, [p.text for p in a.paragraphs]) for a in marked.articles] == \
        [(a.number, [p.text for p in a.paragraphs]) for a in plain.articles]
