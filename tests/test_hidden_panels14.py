"""A web page whose chapters are tabs, all but one panel hidden (session 12). Before, the main content was the box
with the most text: where the open panel held more than half of the law, the other panels were left out (reported as
text not read). Now the panels beside it that hold the law's articles (a panel told by its markup: role="tabpanel",
the ``hidden`` attribute, aria-hidden, display:none, a closed ``<details>``, a class naming a tab pane or a fold or
one the page's style sheet hides) are
read, in the page's order; a tab's label is written as its panel's heading where the panel has none; hidden widgets
(a dialog, a menu) are left out and listed; a hidden part whose role is unclear is kept and reported (hidden-text).
Pages built here in the markup of several producers (ARIA tabs, Bootstrap tabs, jQuery UI tabs, an accordion of
``<details>``, a Bootstrap accordion), two wordings, invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from regkb.importers import read_files

from .conftest import kb_from_html

CHAPTERS = [("I", "General Provisions"), ("II", "Duties of Operators"), ("III", "Supervision"), ("IV", "Liability")]
WORDINGS = [
    "A mooring operator shall keep a register of the boats at its moorings and show it to the harbour office.",
    "Operators of bicycle rental points must inspect every bicycle before renting it out and keep the record.",
]
SIZES = [7, 2, 2, 2]  # the open panel holds more than half of the law


def _chapters(wording: str) -> list[tuple[str, str, list[str]]]:
    out, n = [], 1
    for (num, title), size in zip(CHAPTERS, SIZES, strict=True):
        out.append((f"Chapter {num}", title, [f"Article {k} {wording}" for k in range(n, n + size)]))
        n += size
    return out


def _arts(articles: list[str]) -> str:
    return "".join(f"<p>{a}</p>" for a in articles)


def aria_tabs(wording: str, heading_in_panel: bool) -> str:
    chs = _chapters(wording)
    tabs = "".join(f'<button role="tab" id="t{i}" aria-controls="p{i}">{c} {t}</button>'
                   for i, (c, t, _) in enumerate(chs))
    panels = "".join(f'<section role="tabpanel" id="p{i}" aria-labelledby="t{i}"{"" if i == 0 else " hidden"}>'
                     + (f"<h2>{c} {t}</h2>" if heading_in_panel else "") + _arts(a) + "</section>"
                     for i, (c, t, a) in enumerate(chs))
    return (f"<html><head><title>Rules on Test Matters</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><h1>Rules on Test Matters</h1><div role='tablist'>{tabs}</div>{panels}</main>"
            f"<div role='dialog' aria-hidden='true'><p>Share this page by e-mail</p></div></body></html>")


def bootstrap_tabs(wording: str, heading_in_panel: bool) -> str:
    chs = _chapters(wording)
    tabs = "".join(f'<li class="nav-item"><a class="nav-link" data-toggle="tab" href="#ch{i}">{c} {t}</a></li>'
                   for i, (c, t, _) in enumerate(chs))
    panels = "".join(f'<div class="tab-pane fade{" show active" if i == 0 else ""}" id="ch{i}">'
                     + (f"<h3>{c} {t}</h3>" if heading_in_panel else "") + _arts(a) + "</div>"
                     for i, (c, t, a) in enumerate(chs))
    return (f"<html><head><title>Rules on Test Matters</title></head><body><div class='container'>"
            f"<h1>Rules on Test Matters</h1><ul class='nav nav-tabs'>{tabs}</ul>"
            f"<div class='tab-content'>{panels}</div></div></body></html>")


def jquery_tabs(wording: str, heading_in_panel: bool) -> str:
    chs = _chapters(wording)
    tabs = "".join(f'<li><a href="#tabs-{i}">{c} {t}</a></li>' for i, (c, t, _) in enumerate(chs))
    shut = ' style="display: none;"'
    panels = "".join(f'<div id="tabs-{i}" class="ui-tabs-panel"{"" if i == 0 else shut}>'
                     + (f"<h4>{c} {t}</h4>" if heading_in_panel else "") + _arts(a) + "</div>"
                     for i, (c, t, a) in enumerate(chs))
    return (f"<html><head><title>Rules on Test Matters</title></head><body><h1>Rules on Test Matters</h1>"
            f"<div id='tabs'><ul role='tablist'>{tabs}</ul>{panels}</div></body></html>")


def plain_link_tabs(wording: str, heading_in_panel: bool) -> str:
    """Tabs as a script builds them from plain markup: a list of links to the panels, no role, no data attribute."""
    return jquery_tabs(wording, heading_in_panel).replace(" role='tablist'", "")


def sheet_hidden_tabs(wording: str, heading_in_panel: bool) -> str:
    """Panels whose class names no tab or fold, hidden by the page's style sheet but the current one."""
    chs = _chapters(wording)
    tabs = "".join(f'<a href="#box{i}">{c} {t}</a> ' for i, (c, t, _) in enumerate(chs))
    panels = "".join(f'<div id="box{i}" class="chapter-box{" current" if i == 0 else ""}">'
                     + (f"<h2>{c} {t}</h2>" if heading_in_panel else "") + _arts(a) + "</div>"
                     for i, (c, t, a) in enumerate(chs))
    return ("<html><head><title>Rules on Test Matters</title><style>/* chapters */ .chapter-box { display: none }"
            " .chapter-box.current { display: block }</style></head><body><h1>Rules on Test Matters</h1>"
            f"<div class='switcher'>{tabs}</div><div class='law'>{panels}</div></body></html>")


def details_accordion(wording: str, heading_in_panel: bool) -> str:
    chs = _chapters(wording)
    folds = "".join(f'<details{" open" if i == 0 else ""}><summary>{c} {t}</summary>{_arts(a)}</details>'
                    for i, (c, t, a) in enumerate(chs))
    return (f"<html><head><title>Rules on Test Matters</title></head><body><article><h1>Rules on Test Matters</h1>"
            f"{folds}</article></body></html>")


def bootstrap_accordion(wording: str, heading_in_panel: bool) -> str:
    chs = _chapters(wording)
    items = "".join(
        f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" '
        f'data-bs-toggle="collapse" data-bs-target="#c{i}">{c} {t}</button></h2>'
        f'<div id="c{i}" class="accordion-collapse collapse{" show" if i == 0 else ""}"><div class="accordion-body">'
        f"{_arts(a)}</div></div></div>" for i, (c, t, a) in enumerate(chs))
    return (f"<html><head><title>Rules on Test Matters</title></head><body><h1>Rules on Test Matters</h1>"
            f"<div class='accordion'>{items}</div></body></html>")


PAGES = [aria_tabs, bootstrap_tabs, jquery_tabs, plain_link_tabs, sheet_hidden_tabs, details_accordion,
         bootstrap_accordion]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize("heading_in_panel", [True, False])
def test_every_panel_is_read_in_order(tmp_path: Path, page: Callable[[str, bool], str], wording: str,
                                     heading_in_panel: bool) -> None:
    kb, _notes, text = kb_from_html(tmp_path, page(wording, heading_in_panel))
    assert [a.number for a in kb.articles] == list(range(1, sum(SIZES) + 1))
    assert all(wording in a.text for a in kb.articles)
    assert [c.title for c in kb.chapters] == [t for _, t in CHAPTERS]  # the tab's label where the panel has none
    assert "Share this page" not in text
    assert not [d for d in kb.diagnostics if d.code in ("text-not-read", "hidden-text")]


def test_a_hidden_dialog_is_left_out_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(aria_tabs(WORDINGS[0], True), encoding="utf-8")
    done = read_files([path])
    assert any("Share this page" in f.text and "widget" in f.reason for f in done.furniture)


def test_a_hidden_icon_is_no_doubt(tmp_path: Path) -> None:
    arts = "".join(f'<p>Article {k} {WORDINGS[0]} <a href="#a{k}"><span class="ico" aria-hidden="true">&#182;</span>'
                   "</a></p>" for k in range(1, 4))
    kb, _notes, _ = kb_from_html(tmp_path, f"<html><body><h1>Rules</h1><div>{arts}</div></body></html>")
    assert len(kb.articles) == 3 and not [d for d in kb.diagnostics if d.code == "hidden-text"]


@pytest.mark.parametrize("hidden", ['<p hidden>{w}</p>', '<p style="display:none">{w}</p>',
                                    '<div aria-hidden="true"><p>{w}</p></div>'])
def test_a_hidden_part_whose_role_is_unclear_is_kept_and_reported(tmp_path: Path, hidden: str) -> None:
    extra = "The operator shall also notify the residents' committee in writing."
    arts = "".join(f"<p>Article {k} {WORDINGS[k % 2]}</p>" for k in range(1, 4))
    page = (f"<html><head><title>Rules</title></head><body><h1>Rules</h1><div class='law'>{arts}"
            f"{hidden.format(w=extra)}<p>Article 4 These Rules take effect on 1 May 2031.</p></div></body></html>")
    kb, notes, _ = kb_from_html(tmp_path, page)
    assert extra in {a.number: a for a in kb.articles}[3].text
    assert any("hides" in n for n in notes)
    assert [d.code for d in kb.diagnostics if d.code == "hidden-text"] == ["hidden-text"]
