"""A unit's number set in an inline element of its own at the start of a paragraph, with no space written after it:
``<span class="art-no">Article 4</span>A boat operator ...`` (session 13). The page's style sets the number apart (a
margin, bold type), so a reader sees "Article 4  A boat operator"; the importer ran the two together ("Article 4A
boat operator": an inserted article's number, so the parser took no heading there and kept the article's text as the
chapter's own). The element's end is now a word boundary. Pages built here in the markup of several producers (ARIA
tabs with hidden panels, CSS-only radio-button tabs, panels filled from ``<template>``, a CMS's field spans, an
anchor per article), two wordings, invented; and what the rule leaves alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.importers import read_files

from .conftest import kb_from_html

CHAPTERS = [("I", "General Provisions"), ("II", "Duties of Keepers"), ("III", "Liability")]
SIZES = [2, 3, 2]
WORDINGS = [  # each opens with a capital letter that would run into the number ("Article 4A", "Art. 4The")
    ("A", "A kennel keeper shall walk every dog in its care twice a day and keep a record of the walks."),
    ("T", "The keeper of a rooftop apiary must fence the hives off from the stairwell and post a warning sign."),
]


def _chapters(wording: str) -> list[tuple[str, str, list[tuple[int, str]]]]:
    out, n = [], 1
    for (num, title), size in zip(CHAPTERS, SIZES, strict=True):
        out.append((num, title, [(k, wording) for k in range(n, n + size)]))
        n += size
    return out


def aria_spans(wording: str) -> str:
    """ARIA tabs, all panels but the first ``hidden``; the number in ``<span class="art-no">`` spaced by CSS."""
    chs = _chapters(wording)
    tabs = "".join(f'<button role="tab" aria-controls="c{i}">Chapter {n}</button>' for i, (n, _, _) in enumerate(chs))
    panels = "".join(
        f'<section role="tabpanel" id="c{i}"{" hidden" if i else ""}><h2>Chapter {n} {t}</h2>'
        + "".join(f'<div class="article" id="art-{k}"><p><span class="art-no">Article {k}</span>{w}</p></div>'
                  for k, w in arts) + "</section>" for i, (n, t, arts) in enumerate(chs))
    return (f"<html><head><title>Rules</title><style>.art-no{{margin-right:.5em;font-weight:bold}}</style></head>"
            f"<body><main><h1>Rules on Test Matters</h1><div role='tablist'>{tabs}</div>{panels}</main></body></html>")


def radio_tabs(wording: str) -> str:
    """CSS-only tabs: a radio button and a <label> per chapter, the panels shown by ``:checked``; each article's
    number an anchor, the chapter's number a span in its heading, no space after either."""
    chs = _chapters(wording)
    parts = []
    for i, (n, _t, _arts) in enumerate(chs):
        parts.append(f'<input type="radio" name="tabs" id="tab{i}"{" checked" if i == 0 else ""}>'
                     f'<label for="tab{i}">Chapter {n}</label>')
    for i, (n, t, arts) in enumerate(chs):
        parts.append(f'<div class="tab-body" id="body{i}"><h3><span class="num">Chapter {n}</span>{t}</h3>'
                     + "".join(f'<p><a id="a{k}" class="anchor">Art. {k}</a>{w}</p>' for k, w in arts) + "</div>")
    css = (".tab-body{display:none} #tab0:checked ~ #body0, #tab1:checked ~ #body1, #tab2:checked ~ #body2"
           "{display:block} .anchor{padding-right:1em}")
    return (f"<html><head><title>Rules</title><style>{css}</style></head><body><h1>Rules on Test Matters</h1>"
            f"<div class='tabs'>{''.join(parts)}</div></body></html>")


def template_panels(wording: str) -> str:
    """The open panel in the page, the others in <template> elements a script copies in on a click; the number
    in ``<b>`` followed by the text with no space."""
    chs = _chapters(wording)
    out = []
    for i, (n, t, arts) in enumerate(chs):
        body = f"<h2>Chapter {n} {t}</h2>" + "".join(f"<p><b>Article {k}.</b>{w}</p>" for k, w in arts)
        out.append(f'<div class="panel">{body}</div>' if i == 0 else f'<template id="tpl{i}">{body}</template>')
    return (f"<html><head><title>Rules</title></head><body><h1>Rules on Test Matters</h1>"
            f"<ul role='tablist'>{''.join(f'<li role=tab>Chapter {n}</li>' for n, _, _ in chs)}</ul>"
            f"{''.join(out)}</body></html>")


def field_spans(wording: str) -> str:
    """A CMS's field markup: the number and the text two sibling spans of one block, nothing between them."""
    chs = _chapters(wording)
    body = "".join(
        f"<h2>Chapter {n} {t}</h2>"
        + "".join(f'<div class="field"><span class="field-label">Article {k}</span><span class="field-item">{w}'
                  f"</span></div>" for k, w in arts) for n, t, arts in chs)
    return f"<html><head><title>Rules</title></head><body><h1>Rules on Test Matters</h1>{body}</body></html>"


PAGES = [aria_spans, radio_tabs, template_panels, field_spans]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(("first", "wording"), WORDINGS)
def test_a_number_set_apart_by_its_element_heads_its_article(tmp_path: Path, page: Callable[[str], str], first: str,
                                                            wording: str) -> None:
    kb, _notes, text = kb_from_html(tmp_path, page(wording))
    assert [a.number for a in kb.articles] == list(range(1, sum(SIZES) + 1))
    assert all(a.text.strip().endswith(wording[1:]) for a in kb.articles)
    assert [c.title for c in kb.chapters] == [t for _, t in CHAPTERS]
    assert f"Article 1{first}" not in text and f"Art. 1{first}" not in text
    assert not [d for d in kb.diagnostics if d.code in ("text-not-read", "hidden-text", "chapter-text")]


def test_a_chinese_number_in_its_own_element(tmp_path: Path) -> None:
    page = ("<html><head><title>规定</title></head><body><h1>某市测试事项规定</h1>"
            + "".join(f"<p><span class='no'>第{c}条</span>经营者应当每日检查设备并记录检查情况。</p>" for c in "一二三")
            + "</body></html>")
    _, _notes, text = kb_from_html(tmp_path, page)
    assert "第一条 经营者" in text and "第三条 经营者" in text


@pytest.mark.parametrize(("html", "reads"), [
    # a citation inside a sentence: the number's element is no label there, nothing is written into the sentence
    ("<p>Article 1 A keeper shall comply with <a href='#a5'>Article 5</a>(2) of these Rules.</p>",
     "comply with Article 5(2) of these Rules"),
    # a number with a caption in its element: not a bare label (left as the page writes it)
    ("<p><span class='h'>Article 1 Scope</span> These Rules apply to kennels.</p>", "Article 1 Scope These Rules"),
    # a space the page writes is kept single
    ("<p><span class='art-no'>Article 1</span> These Rules apply to kennels.</p>", "Article 1 These Rules apply"),
])
def test_what_the_rule_leaves_alone(tmp_path: Path, html: str, reads: str) -> None:
    page = f"<html><head><title>Rules</title></head><body><h1>Rules</h1>{html}</body></html>"
    _, _notes, text = kb_from_html(tmp_path, page)
    assert reads in text


def checkbox_folds(wording: str) -> str:
    """CSS-only folds: each chapter's switch a checkbox inside its <label>, the fold after it hidden by the style sheet
    until the box is checked; no heading inside the fold."""
    chs = _chapters(wording)
    return ("<html><head><title>Rules</title><style>.fold{display:none} input:checked + .fold{display:block}</style>"
            "</head><body><h1>Rules on Test Matters</h1>"
            + "".join(f'<div class="chapter"><label><input type="checkbox" name="c{i}">Chapter {n}</label>'
                      f'<div class="fold">' + "".join(f"<p>Article {k} {w}</p>" for k, w in arts) + "</div></div>"
                      for i, (n, _t, arts) in enumerate(chs)) + "</body></html>")


@pytest.mark.parametrize("page", [radio_tabs, checkbox_folds])
@pytest.mark.parametrize(("first", "wording"), WORDINGS)
@pytest.mark.parametrize("heading_in_panel", [True, False])
def test_the_labels_of_css_only_tabs_are_no_text(tmp_path: Path, page: Callable[[str], str], first: str,
                                                 wording: str, heading_in_panel: bool) -> None:
    html = page(wording)
    if not heading_in_panel:
        for n, t, _ in _chapters(wording):
            html = html.replace(f'<h3><span class="num">Chapter {n}</span>{t}</h3>', "")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    done = read_files([path])
    labels = [f.text for f in done.furniture if "label of a tab" in f.reason]
    (tmp_path / "kb").mkdir()
    kb, _notes, text = kb_from_html(tmp_path / "kb", html)
    body = text.split("---", 2)[2]
    assert [a.number for a in kb.articles] == list(range(1, sum(SIZES) + 1))
    assert len(kb.chapters) == len(CHAPTERS)  # the label is the chapter's heading where the panel has none
    assert "Chapter IChapter" not in body.replace(" ", "") and not [d for d in kb.diagnostics if d.code == "toc"]
    if heading_in_panel and page is radio_tabs:
        assert labels == [f"Chapter {n}" for n, _ in CHAPTERS]
        assert [c.title for c in kb.chapters] == [t for _, t, _ in _chapters(wording)]


@settings(max_examples=30)
@given(st.integers(1, 400), st.sampled_from(["Art.", "Article", "Chapter", "Section"]),
       st.from_regex(r"[A-Z][a-z]{0,8}", fullmatch=True), st.sampled_from(["span", "b", "a", "em", "label-x"]))
def test_a_label_element_always_ends_at_a_word_boundary(n: int, word: str, first: str, tag: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.html"
        path.write_text(f"<html><body><h1>Rules</h1><p><{tag} class='no'>{word} {n}</{tag}>{first} keeps the "
                        f"records.</p></body></html>", encoding="utf-8")
        text = read_files([path]).text
    assert f"{word} {n} {first} keeps" in text.replace("**", "").replace("  ", " ")


def test_the_labels_of_a_forms_boxes_stay_text(tmp_path: Path) -> None:
    # an annex's application form: checkboxes with labels and no panel after them are the form's words
    html = ("<html><head><title>Rules</title></head><body><h1>Rules on Test Matters</h1>"
            "<p>Article 1 A kennel keeper shall register the kennel on the form in the Annex.</p>"
            "<p>Article 2 These Rules take effect on 1 June 2027.</p><h2>Annex Application Form</h2>"
            "<div><input type='checkbox' id='k1'><label for='k1'>Boarding kennel</label>"
            "<input type='checkbox' id='k2'><label for='k2'>Breeding kennel</label></div></body></html>")
    _, _notes, text = kb_from_html(tmp_path, html)
    assert "Boarding kennel" in text and "Breeding kennel" in text
