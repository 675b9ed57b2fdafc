"""Layouts of session 11: a web page with a contents box and links back to it ("↑ Contents", "Back to contents",
"[Top]") after its chapters, and items set in a web page's own markup (a paragraph of class "item", a bulleted list
item without a number, a <div> of class "clause"). Each in at least two layouts; the texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.parse.structure import parse_structure

from .test_layout_properties import assert_nothing_lost


def _src(text: str, path: str = "x.md") -> SourceFile:
    return SourceFile(path, text, "0" * 64, {}, 0)


def _import(tmp_path: Path, page: str) -> tuple[str, list[str]]:
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    imp = read_files([path])
    return imp.text, [f.text for f in imp.furniture if "back to its top or its contents" in f.reason]


# --- links back to the page's contents or its top ----------------------------------------------------------------

ARTICLES = [
    ("I", "General Provisions", [(1, "Purpose", "These Rules govern the keeping of bees within this County."),
                                 (2, "Registration", "A beekeeper shall register each apiary with the county office.")]),
    ("II", "Supplementary Provisions", [(3, "Effective Date", "These Rules take effect on 1 May 2034.")]),
]

# a legal database's page: the contents box (a nested list of every chapter and article heading, each a link) above the
# law, the law in its own box, a link back to the box after each chapter
DATABASE = """<html><body><div class="site">County Law Library | <a href="/search">Search</a></div>
<h1 id="title">Rules of Linqiao County on Beekeeping</h1>
<div class="toc" id="toc"><p><b>Contents</b></p><ul>{toc}</ul></div>
<div class="law">{law}</div>
<div class="footer">County Law Library</div></body></html>"""

# a ministry's page: the contents an ordered list under its own heading inside the same box as the law, the way back
# a link to the heading (or to the title) in brackets or behind an arrow
MINISTRY = """<html><body><main>
<h1 id="page-title">Rules of Linqiao County on Beekeeping</h1>
<h2 id="contents">Table of Contents</h2><ol class="plain">{toc}</ol>
{law}</main></body></html>"""

BACK_LINKS = [  # (page, how a chapter's heading, an article's heading and the way back are written)
    (DATABASE, '<h3 id="ch{c}">Chapter {c} {t}</h3>', '<h4 id="art{n}">Article {n} [{cap}]</h4>',
     '<p class="totop"><a href="#toc">&uarr; Contents</a></p>', "↑ Contents"),
    (DATABASE, '<h3 id="ch{c}">Chapter {c} {t}</h3>', '<h4 id="art{n}">Article {n} [{cap}]</h4>',
     '<div class="back"><a href="#title">Back to contents</a></div>', "Back to contents"),
    (MINISTRY, '<h2 id="ch{c}">Chapter {c} {t}</h2>', '<h3 id="art{n}">Article {n} {cap}</h3>',
     '<p>[<a href="#page-title">Top</a>]</p>', "[Top]"),
    (MINISTRY, '<h2 id="ch{c}">Chapter {c} {t}</h2>', '<h3 id="art{n}">Article {n} {cap}</h3>',
     '<p class="up">^ <a href="#contents">Back to contents</a></p>', "^ Back to contents"),
]


def _page(page: str, chapter: str, article: str, back: str) -> str:
    toc, law = [], []
    for c, title, arts in ARTICLES:
        entries = "".join(f'<li><a href="#art{n}">Article {n} [{cap}]</a></li>' for n, cap, _ in arts)
        toc.append(f'<li><a href="#ch{c}">Chapter {c} {title}</a><ul>{entries}</ul></li>')
        law.append(chapter.format(c=c, t=title))
        law.extend(article.format(n=n, cap=cap) + f"<p>{body}</p>" for n, cap, body in arts)
        law.append(back)
    return page.format(toc="".join(toc), law="\n".join(law))


@pytest.mark.parametrize(("page", "chapter", "article", "back", "words"), BACK_LINKS,
                         ids=["database-arrow", "database-words-to-title", "ministry-brackets", "ministry-caret"])
def test_a_link_back_to_the_contents_or_the_top_is_left_out_and_listed(
        tmp_path: Path, page: str, chapter: str, article: str, back: str, words: str) -> None:
    text, listed = _import(tmp_path, _page(page, chapter, article, back))
    assert listed == [words, words]  # every character left out is listed, the brackets and arrows too
    core = words.strip("[]^ ")
    assert core not in text.replace("Contents\n", "").replace("Table of Contents", "")
    st = parse_structure(_src(text), "doc")
    assert [a.number for a in st.articles] == [1, 2, 3]
    assert [len(a.paragraphs) for a in st.articles] == [1, 1, 1]  # no paragraph of navigation in Articles 2 and 3
    assert all(body in text for _, _, arts in ARTICLES for _, _, body in arts)
    assert_nothing_lost(_src(text))


@st.composite
def pages_with_back_links(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A page of 1-3 chapters of 1-3 articles, a contents box above it or none, and after some chapters (and some
    articles) a paragraph that is only a link back to the contents box, the title or the top, in some wording."""
    target = draw(st.sampled_from(["#toc", "#title", "#top", "#"]))
    words = draw(st.lists(st.sampled_from(["↑ Contents", "Back to contents", "[Top]", "^ Top", "Return to top"]),
                          min_size=1, max_size=3))
    chapters = draw(st.integers(1, 3))
    bodies: list[str] = []
    law: list[str] = []
    left: list[str] = []
    n = 0
    for c in range(1, chapters + 1):
        law.append(f'<h3 id="ch{c}">Chapter {c} Provisions of Part {c}</h3>')
        for _ in range(draw(st.integers(1, 3))):
            n += 1
            body = f"Keepers of apiaries in district {n} shall report each swarm they lose within {n + 2} days."
            bodies.append(body)
            law.append(f'<h4 id="art{n}">Article {n} [Swarms {n}]</h4><p>{body}</p>')
            if draw(st.booleans()):
                w = draw(st.sampled_from(words))
                inner = w.strip("[]^ ") if w[0] in "[^" else w
                law.append(f'<p>{w[:w.index(inner)]}<a href="{target}">{inner}</a>{w[w.index(inner) + len(inner):]}</p>')
                left.append(w)
    toc = ('<div id="toc"><p><b>Contents</b></p><ul>'
           + "".join(f'<li><a href="#art{k}">Article {k} [Swarms {k}]</a></li>' for k in range(1, n + 1))
           + "</ul></div>") if target == "#toc" or draw(st.booleans()) else ""
    page = f'<html><body><h1 id="title">Rules on Apiaries</h1>{toc}<div class="law">{"".join(law)}</div></body></html>'
    return page, bodies, left


@settings(max_examples=40, deadline=None)
@given(case=pages_with_back_links())
def test_back_links_anywhere_are_listed_and_the_law_keeps_every_paragraph(case: tuple[str, list[str], list[str]],
                                                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    page, bodies, left = case
    text, listed = _import(tmp_path_factory.mktemp("p"), page)
    assert sorted(listed) == sorted(left)  # each link left out is listed with every character around it
    s = parse_structure(_src(text), "doc")
    assert [a.number for a in s.articles] == list(range(1, len(bodies) + 1))
    assert [len(a.paragraphs) for a in s.articles] == [1] * len(bodies)
    assert all(b in text for b in bodies)


LINKS_KEPT = [  # (a paragraph beside the law's, its words as the text must keep them)
    # a sentence that links to the contents: its words are the law's, whatever the link's target
    ('<p>The articles listed in the <a href="#toc">contents</a> above apply to every apiary.</p>',
     "The articles listed in the contents above apply to every apiary."),
    # a paragraph that is only a link, to a later article of the law: a cross-reference, not a way back
    ('<p><a href="#art3">Article 3 sets the date on which these Rules take effect.</a></p>',
     "Article 3 sets the date on which these Rules take effect."),
    # a paragraph that is only a link to another page: no in-page navigation
    ('<p><a href="/rules/2020-7">The Beekeeping Subsidy Rules of 2020 continue to apply.</a></p>',
     "The Beekeeping Subsidy Rules of 2020 continue to apply."),
]


@pytest.mark.parametrize(("para", "words"), LINKS_KEPT, ids=["in-a-sentence", "to-a-later-article", "to-another-page"])
def test_links_that_do_not_go_back_to_the_contents_are_kept(tmp_path: Path, para: str, words: str) -> None:
    page = _page(DATABASE, '<h3 id="ch{c}">Chapter {c} {t}</h3>', '<h4 id="art{n}">Article {n} [{cap}]</h4>', "")
    text, listed = _import(tmp_path, page.replace("<p>A beekeeper shall", para + "<p>A beekeeper shall"))
    assert listed == []
    assert words in text


# --- items in a web page's own markup ----------------------------------------------------------------------------

LEAD = "Before returning a swarm to its owner, the county office shall take the following steps:"
ITEMS = ["verify the identity of the owner;", "record the place where the swarm was taken;",
         "have the owner sign a receipt."]
AFTER = "The office shall charge no fee for the return."

ITEM_LAYOUTS = [  # how a page sets its items
    "".join(f'<p class="item">({k}) {t}</p>' for k, t in enumerate(ITEMS, 1)),
    "<ul>" + "".join(f"<li>{t}</li>" for t in ITEMS) + "</ul>",
    "".join(f'<div class="clause">({chr(96 + k)}) {t}</div>' for k, t in enumerate(ITEMS, 1)),
    "<ol>" + "".join(f"<li>{t}</li>" for t in ITEMS) + "</ol>",
]


@pytest.mark.parametrize("items", ITEM_LAYOUTS, ids=["p-class-item", "ul-without-numbers", "div-clause", "ol-drawn"])
@pytest.mark.parametrize("heading", ['<h4 id="art{n}">Article {n} [Return]</h4><p>{lead}</p>',
                                     "<p><b>Article {n}</b> {lead}</p>"], ids=["h4-caption", "bold-number"])
def test_items_in_a_pages_own_markup_are_items_of_the_lead_in(tmp_path: Path, items: str, heading: str) -> None:
    law = ('<h4 id="art1">Article 1 [Purpose]</h4><p>These Rules govern the keeping of bees.</p>'
           if "h4" in heading else "<p><b>Article 1</b> These Rules govern the keeping of bees.</p>")
    page = (f"<html><body><main><h1>Rules on Beekeeping</h1>{law}{heading.format(n=2, lead=LEAD)}{items}"
            f"<p>{AFTER}</p></main></body></html>")
    text, _ = _import(tmp_path, page)
    st = parse_structure(_src(text), "doc")
    assert [a.number for a in st.articles] == [1, 2]
    paras = st.articles[1].paragraphs
    assert [len(p.items) for p in paras] == [3, 0]
    assert all(t.rstrip(";.") in text for t in ITEMS)


# --- a plain-text contents list whose last entry wraps onto the next line -----------------------------------------

WRAPPED_BODY = """Chapter I General Provisions
Article 1 These Regulations govern visitor centres.
Chapter II Handling of Visitor Information by Operators of Centres
Article 2 A centre shall keep visitor information for one year.
"""

WRAPPED_CONTENTS = [
    # one entry a line, the last one too long for the line
    "Contents\nChapter I General Provisions\nChapter II Handling of Visitor Information by Operators\nof Centres\n",
    # the entries run on in one paragraph, hard-wrapped (a contents box copied from a web page, then printed)
    "Chapter I General Provisions Chapter II Handling of Visitor\nInformation by Operators of Centres\n",
]


@pytest.mark.parametrize("contents", WRAPPED_CONTENTS, ids=["entry-a-line", "run-on"])
def test_a_contents_entry_that_wraps_is_left_out_whole_and_listed_once(contents: str) -> None:
    text = f"Regulations on Visitor Centres\n\n{contents}\n{WRAPPED_BODY}"
    src = _src(text)
    s = parse_structure(src, "doc")
    assert [(c.number, c.title) for c in s.chapters] == [
        (1, "General Provisions"), (2, "Handling of Visitor Information by Operators of Centres")]
    assert [a.number for a in s.articles] == [1, 2]
    toc = [d for d in s.dropped if d.reason == "table of contents"]
    assert len(toc) == 1 and toc[0].text.rstrip().endswith("of Centres")  # its wrapped line with it
    assert s.preamble_span is not None and text[s.preamble_span.start:s.preamble_span.end] == \
        "Regulations on Visitor Centres"
    assert_nothing_lost(src)  # each character in one place: not in the preamble and a heading both
