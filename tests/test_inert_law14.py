"""Law a tabbed or collapsible web page keeps where the chrome is dropped (session 12, second round). Tabbed pages do
not only hide their panels: a script may fill a panel or a fold from a ``<template>``, the text may be given to
readers without scripts in a ``<noscript>``, an article's heading may be the ``<button>`` that opens its fold, an
article may be built from a custom element's slots. Those elements were chrome: the chapter headings (the tabs'
labels) came through and the articles' text did not. Pages built here in several producers' markup, two wordings,
invented; and the shapes that stay chrome (a template of a message, a noscript asking for scripts, a copy of the
articles the page shows, a "Print" button, a custom element inside a sentence)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

CHAPTERS = [("Chapter I", "General Provisions"), ("Chapter II", "Duties of Keepers"), ("Chapter III", "Inspection"),
            ("Chapter IV", "Penalties")]
WORDINGS = [
    "The keeper of hive site {k} shall mark the site with board {k} and record each visit in log {k}.",
    "Owners of allotment plot {k} must keep the paths of plot {k} clear and report damage within {k} days.",
]


def _articles(wording: str, i: int) -> list[tuple[int, str]]:
    return [(k, wording.format(k=k)) for k in range(3 * i + 1, 3 * i + 4)]


def _page(body: str) -> str:
    return (f"<html><head><title>Rules on Test Matters</title></head><body><nav><a href='/'>Home</a></nav><main>"
            f"<h1>Rules on Test Matters</h1>{body}</main></body></html>")


def _tabs() -> str:
    return "<div role='tablist'>" + "".join(f"<button role='tab' aria-controls='p{i}'>{c} {t}</button>"
                                            for i, (c, t) in enumerate(CHAPTERS)) + "</div>"


def _panel(i: int, inner: str, heading: bool = True) -> str:
    head = f"<h2>{CHAPTERS[i][0]} {CHAPTERS[i][1]}</h2>" if heading else ""
    return f"<section role='tabpanel' id='p{i}'{'' if i == 0 else ' hidden'}>{head}{inner}</section>"


def template_panels(w: str) -> str:
    """Each hidden panel filled by the script from a template inside it (the labels are the chapter headings)."""
    return _page(_tabs() + "".join(_panel(i, ("" if i == 0 else "<template>") + "".join(
        f"<p>Article {k} {b}</p>" for k, b in _articles(w, i)) + ("" if i == 0 else "</template>"), heading=False)
        for i in range(4)))


def noscript_panels(w: str) -> str:
    """Bootstrap tabs whose hidden panels hold the text for readers without scripts only."""
    tabs = "".join(f"<li><a data-bs-toggle='tab' href='#c{i}'>{c} {t}</a></li>" for i, (c, t) in enumerate(CHAPTERS))
    panes = "".join(f"<div class='tab-pane{' active' if i == 0 else ''}' id='c{i}'><h3>{CHAPTERS[i][0]} "
                    f"{CHAPTERS[i][1]}</h3>" + ("" if i == 0 else "<div class='loading'></div><noscript>")
                    + "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i))
                    + ("" if i == 0 else "</noscript>") + "</div>" for i in range(4))
    return _page(f"<ul class='nav nav-tabs'>{tabs}</ul><div class='tab-content'>{panes}</div>")


def template_bodies(w: str) -> str:
    """Each article's heading shown, its body filled into the fold from a template."""
    return _page(_tabs() + "".join(_panel(i, "".join(
        f"<h3>Article {k}</h3>" + (f"<p>{b}</p>" if i == 0 else f"<template><p>{b}</p></template>")
        for k, b in _articles(w, i))) for i in range(4)))


def noscript_bodies(w: str) -> str:
    """An accordion whose triggers are the article headings, the bodies in <noscript> until the script loads them."""
    return _page("".join(_panel(i, "".join(
        f"<div class='item'><button class='acc-trigger'>Article {k} Records</button><noscript><p>{b}</p></noscript>"
        "</div>" for k, b in _articles(w, i))) for i in range(4)))


def aria_accordion(w: str) -> str:
    """The WAI-ARIA accordion: <h3><button aria-expanded> per article, no target named, bodies hidden."""
    return _page("".join(_panel(i, "".join(
        f"<h3><button type='button' aria-expanded='false'>Article {k}</button></h3><div class='body' hidden>"
        f"<p>{b}</p></div>" for k, b in _articles(w, i))) for i in range(4)))


def button_accordion(w: str) -> str:
    """A script's accordion from a tutorial: a bare <button class="accordion"> per article, a div after it."""
    return _page("".join(_panel(i, "".join(
        f"<button class='accordion'>Article {k}</button><div class='fold-body'><p>{b}</p></div>"
        for k, b in _articles(w, i))) for i in range(4)))


def slotted_articles(w: str) -> str:
    """Articles built from a custom element's slots (the shadow tree sets each part in its place)."""
    return _page(_tabs() + "".join(_panel(i, "".join(
        f"<law-article n='{k}'><span slot='heading'>Article {k}</span><span slot='text'>{b}</span></law-article>"
        for k, b in _articles(w, i))) for i in range(4)))


def custom_blocks(w: str) -> str:
    """Custom elements holding paragraphs (no slots): each a block of its own."""
    return _page("".join(_panel(i, "<reg-chapter>" + "".join(
        f"<reg-article><p>Article {k}</p><p>{b}</p></reg-article>" for k, b in _articles(w, i)) + "</reg-chapter>")
        for i in range(4)))


def script_templates(w: str) -> str:
    """Panels filled from a script template (Underscore, Knockout, Vue: <script type="text/x-template">)."""
    return _page(_tabs() + "".join(_panel(i, ("" if i == 0 else f"<script type='text/x-template' id='t{i}'>")
                                          + "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i))
                                          + ("" if i == 0 else "</script>")) for i in range(4)))


def script_html_bodies(w: str) -> str:
    """Each article's body in a <script type="text/html"> after its heading (a fold filled when opened)."""
    return _page("".join(_panel(i, "".join(f"<h4>Article {k} Records</h4><script type='text/html'><p>{b}</p></script>"
                                           for k, b in _articles(w, i))) for i in range(4)))


def srcdoc_frames(w: str) -> str:
    """Hidden panels as frames whose page is written in their srcdoc attribute."""
    return _page(_tabs() + "".join(_panel(i, "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i)) if i == 0
                                          else "<iframe srcdoc='" + "".join(f"<p>Article {k} {b}</p>"
                                                                             for k, b in _articles(w, i)) + "'></iframe>")
                                   for i in range(4)))


def server_form(w: str) -> str:
    """A server page: the whole body inside one <form> (ASP.NET WebForms), tabs from a control toolkit."""
    shut = ' style="display:none"'
    panels = "".join(f"<div id='Tab{i}' class='ajax__tab_panel'{'' if i == 0 else shut}>"
                     f"<h2>{c} {t}</h2>" + "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i)) + "</div>"
                     for i, (c, t) in enumerate(CHAPTERS))
    return ("<html><head><title>Rules</title></head><body><form method='post' action='./Rules.aspx' id='form1'>"
            "<input type='hidden' name='__VIEWSTATE' value='abc'/><div class='header'>Site of the County</div>"
            f"<h1>Rules on Test Matters</h1><div class='ajax__tab_body'>{panels}</div></form></body></html>")


def article_headers(w: str) -> str:
    """Each article an <article> whose own <header> holds its heading."""
    return _page(_tabs() + "".join(_panel(i, f"<header><h2>{' '.join(CHAPTERS[i])}</h2></header>" + "".join(
        f"<article><header><h3>Article {k}</h3></header><p>{b}</p></article>" for k, b in _articles(w, i)),
        heading=False) for i in range(4)))


def headed_sections(w: str) -> str:
    """Each chapter a <section> whose <header> holds its heading, the tab's panel beside it (the label not written
    twice: a chapter heading twice keeps the text undivided)."""
    return _page(_tabs() + "".join(
        f"<section><header><h2>{' '.join(CHAPTERS[i])}</h2></header>"
        + _panel(i, "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i)), heading=False)
        .replace("<section", "<div").replace("</section>", "</div>") + "</section>" for i in range(4)))


def print_copy(w: str) -> str:
    """The tabs, and the whole text again in a hidden box for print (shown by the print style sheet)."""
    full = "".join(f"<h2>{' '.join(CHAPTERS[i])}</h2>" + "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i))
                   for i in range(4))
    return _page("<style>.print-only{display:none}@media print{.print-only{display:block}}</style><div class='tabs'>"
                 + _tabs() + "".join(_panel(i, "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i)))
                                     for i in range(4)) + f"</div><div class='print-only'>{full}</div>")


def panel_clone(w: str) -> str:
    """A script's tabs that show a clone of the open panel and keep the panels themselves hidden."""
    panes = "".join(f"<div class='pane' id='c{i}' style='display:none'><h3>{' '.join(CHAPTERS[i])}</h3>"
                    + "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(w, i)) + "</div>" for i in range(4))
    shown = panes.split("</div>")[0].replace(" id='c0' style='display:none'", " id='shown'") + "</div>"
    return _page(f"<div class='viewer'>{shown}</div><div class='store'>{panes}</div>")


def dialog_full_texts(w: str) -> str:
    """Each article's heading and first words shown; its full text in a dialog a "Full text" link opens."""
    return _page(_tabs() + "".join(_panel(i, "".join(
        f"<h3>Article {k}</h3><p>{b[:20]}... <a href='#d{k}'>Full text</a></p><dialog id='d{k}'><p>{b}</p>"
        "<button>Close</button></dialog>" for k, b in _articles(w, i))) for i in range(4)))


def tooltip_texts(w: str) -> str:
    """Each article's text in a hidden tooltip beside its heading."""
    return _page("".join(_panel(i, "".join(
        f"<p><span class='art'>Article {k}</span></p><div role='tooltip' hidden><p>{b}</p></div>"
        for k, b in _articles(w, i))) for i in range(4)))


PAGES = [template_panels, noscript_panels, template_bodies, noscript_bodies, aria_accordion, button_accordion,
         slotted_articles, custom_blocks, script_templates, script_html_bodies, srcdoc_frames, server_form,
         article_headers, headed_sections, print_copy, panel_clone, dialog_full_texts, tooltip_texts]


def _kb(tmp_path: Path, html: str) -> tuple[KnowledgeBase, list[str]]:
    where = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    where.mkdir()
    path = where / "page.html"
    path.write_text(html, encoding="utf-8")
    corpus = where / "corpus"
    corpus.mkdir()
    done = read_files([path])
    assert add_to_corpus(done, corpus, "page", {}).document is not None
    return KnowledgeBase.from_corpus(corpus), list(done.notes)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.__name__)
@pytest.mark.parametrize("wording", WORDINGS, ids=["hives", "plots"])
def test_every_article_and_its_text_is_read(tmp_path: Path, page: Callable[[str], str], wording: str) -> None:
    kb, _ = _kb(tmp_path, page(wording))
    got = {a.number: a.text for a in kb.articles}
    assert sorted(got) == list(range(1, 13))
    for i in range(4):
        for k, body in _articles(wording, i):
            assert body in got[k], (k, got[k])
    assert not [d for d in kb.diagnostics if d.code in ("no-articles", "articles-missing", "empty-article")]


@pytest.mark.parametrize("wording", WORDINGS, ids=["hives", "plots"])
def test_template_and_noscript_of_the_page_stay_out(tmp_path: Path, wording: str) -> None:
    shown = "".join(f"<p>Article {k} {b}</p>" for k, b in _articles(wording, 0))
    page = _page(f"<div class='law'>{shown}</div>"
                 "<template><div class='toast'>Link copied to the clipboard</div></template>"
                 "<template><p>Article {{n}} {{text}}</p></template>"
                 f"<noscript><div class='copy'>{shown}</div></noscript>"
                 "<noscript><p>Please enable JavaScript to open the tabs of this page.</p></noscript>"
                 "<p><button onclick='window.print()'>Print this page</button></p>")
    kb, _ = _kb(tmp_path, page)
    text = " ".join(a.text for a in kb.articles)
    assert sorted(a.number for a in kb.articles) == [1, 2, 3]
    for junk in ("clipboard", "{{text}}", "JavaScript", "Print this page"):
        assert junk not in text
    assert all(text.count(b) == 1 for _, b in _articles(wording, 0))  # the <noscript> copy is not read twice


def test_a_short_dialog_among_the_articles_and_a_page_header_stay_out(tmp_path: Path) -> None:
    arts = "".join(f"<p>Article {k} {WORDINGS[0].format(k=k)}</p>" for k in range(1, 4))
    page = ("<html><body><header><p>County Portal</p><h1>Rules</h1></header><main><div class='law'>"
            f"{arts[:len(arts) // 3]}<dialog><p>Share this article</p></dialog>{arts[len(arts) // 3:]}</div></main>"
            "<dialog><p>This site uses cookies to measure visits; by going on you accept them and the privacy "
            "policy of the county portal.</p></dialog></body></html>")
    kb, _ = _kb(tmp_path, page)
    text = " ".join(a.text for a in kb.articles)
    assert "Share" not in text and "cookies" not in text and "County Portal" not in text


@pytest.mark.parametrize("page", [dialog_full_texts, tooltip_texts], ids=lambda p: p.__name__)
def test_a_hidden_widget_read_as_text_is_reported(tmp_path: Path, page: Callable[[str], str]) -> None:
    kb, _ = _kb(tmp_path, page(WORDINGS[1]))
    assert [d.code for d in kb.diagnostics if d.code == "hidden-text"] == ["hidden-text"]


@pytest.mark.parametrize("page", [print_copy, panel_clone], ids=lambda p: p.__name__)
def test_a_hidden_copy_is_read_once(tmp_path: Path, page: Callable[[str], str]) -> None:
    kb, notes = _kb(tmp_path, page(WORDINGS[0]))
    text = " ".join(a.text for a in kb.articles)
    assert all(text.count(b) == 1 for i in range(4) for _, b in _articles(WORDINGS[0], i))
    assert [c.title for c in kb.chapters] == [t for _, t in CHAPTERS]
    # (the clone's box may also be left out as the smaller box beside the text: either way, read once)
    assert page is panel_clone or any("repeat its text word for word" in n for n in notes)


def test_a_hidden_fuller_text_beside_a_summary_is_kept(tmp_path: Path) -> None:
    arts = "".join(f"<p>Article {k} {WORDINGS[1].format(k=k)}</p>" for k in range(1, 4))
    page = _page("<div class='law'><p>Article 1 Owners keep paths clear.</p>"
                 f"<div class='more' style='display:none'>{arts}</div></div>")
    kb, _ = _kb(tmp_path, page)
    assert WORDINGS[1].format(k=3) in " ".join(a.text for a in kb.articles)


def test_what_is_read_from_a_template_is_noted(tmp_path: Path) -> None:
    _, notes = _kb(tmp_path, template_bodies(WORDINGS[0]))
    assert any("<template>" in n and "read in place" in n for n in notes)


def test_a_custom_element_in_a_sentence_stays_in_it(tmp_path: Path) -> None:
    page = _page("<p>Article 1 The keeper shall hold a <abbr-term>licence</abbr-term> issued by the county.</p>"
                 "<p>Article 2 These Rules take effect on 1 May 2031.</p>")
    kb, _ = _kb(tmp_path, page)
    assert "hold a licence issued by the county" in {a.number: a.text for a in kb.articles}[1]


@pytest.mark.parametrize("wording", WORDINGS, ids=["hives", "plots"])
def test_a_sentence_held_in_a_data_attribute_is_reported(tmp_path: Path, wording: str) -> None:
    arts = "".join(f"<h3>Article {k}</h3><div class='body' data-text=\"{b}\"></div>" for k, b in _articles(wording, 0))
    kb, notes = _kb(tmp_path, _page(arts))
    assert [d.code for d in kb.diagnostics if d.code == "hidden-text"] == ["hidden-text"]
    assert any("data-*" in n for n in notes)
    short = _page("<p>Article 1 The keeper shall mark the site.</p><span data-tooltip='Opens the map'></span>")
    kb2, _ = _kb(tmp_path, short)
    assert not [d for d in kb2.diagnostics if d.code == "hidden-text"]
