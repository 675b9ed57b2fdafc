"""Session 16 (layout21): three layout classes that lost articles or read notes as law.

1. A folded leaflet printed to PDF, its panels in the order the fold puts them (importers/columns.py: every empty
   strip tried as the gutter, headers told by their own column, a centred cover panel, FoldOrder).
2. A PDF converted to HTML page by page, every printed line a positioned box (pdf2htmlEX, pdftohtml -c): the law goes
   on in the next page boxes (importers/html.py _pages_around).
3. An outliner's export whose articles hold their paragraphs nested: the user's blocks at the articles' level are not
   law (parse/structure.py _outline_notes, info outline-notes).

Each in two layouts (another fold or panel count; another converter; another outliner) and two wordings, with
negative rows. The binary fixtures are written here by deterministic generators (reportlab's invariant mode).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from regkb.corpus import SourceFile
from regkb.parse.structure import Structure, parse_structure

from .test_layout_properties import assert_nothing_lost

BICYCLES = ["These Measures are formulated to regulate the lending of bicycles in city parks and gardens.",
            "A park operator shall keep a register of the bicycles it lends, with the borrower's name and the hour.",
            "Borrowers must return each bicycle before the park closes on the day of the loan.",
            "The operator shall inspect the brakes of each bicycle every week and keep a record of it.",
            "A borrower who damages a bicycle shall pay for its repair at the operator's published price.",
            "The Parks Bureau shall check each operator's register at least once a quarter.",
            "These Measures take effect on 1 May 2030 and apply to every city park."]
MOORINGS = ["These Rules govern every mooring let by the municipal harbour and its quays.",
            "A boat owner must register each mooring with the Harbour Office before use.",
            "The Harbour Office must publish the list of free moorings each month.",
            "No owner may sublet a mooring or lend it to another boat for money.",
            "An owner who breaches these Rules may lose the mooring after a written warning.",
            "These Rules apply from 1 May 2031 to every mooring in the harbour."]


# --- 1. a folded leaflet's panels in fold order ---------------------------------------------------------------------

Panel = list[tuple[str, str]]  # ("law", a paragraph) | ("centre", a line) | ("small", a line of furniture)


def _leaflet_pdf(path: Path, pages: list[list[Panel]]) -> None:
    """Landscape A4 sheets, each cut into as many equal panels as it has; every panel starts at the same height (the
    first lines of the panels share a row), law paragraphs wrapped to the panel, centred lines centred in it."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=True)
    for panels in pages:
        w = width / len(panels)
        for p, panel in enumerate(panels):
            y = height - 60
            for kind, t in panel:
                if kind == "box":  # lines on a shaded rectangle (a callout: tips, a hotline)
                    rows = t.split("|")
                    c.setFillColorRGB(0.99, 0.94, 0.84)
                    c.rect(p * w + 20, y - 12 * len(rows) + 6, w - 40, 12 * len(rows) + 4, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                    for r in rows:
                        c.setFont("Helvetica", 9)
                        c.drawString(p * w + 26, y - 2, r)
                        y -= 12
                    y -= 12
                    continue
                if kind == "centre":
                    c.setFont("Helvetica-Bold", 12)
                    c.drawCentredString(p * w + w / 2, y, t)
                    y -= 80
                    continue
                size = 9 if kind == "small" else 14
                for ln in simpleSplit(t, "Helvetica", size, w - 60):
                    c.setFont("Helvetica", size)
                    c.drawString(p * w + 20, y, ln)
                    y -= size + 3
                y -= 6
        c.showPage()
    c.save()


def _law(label: str, texts: list[str], *numbers: int) -> Panel:
    return [("law", f"{label.format(n=n)} {texts[n - 1]}") for n in numbers]


COVER = [("centre", "CITY PARKS BUREAU"), ("centre", "Measures on Park Bicycles"), ("centre", "Parks Order No. 5"),
         ("centre", "Full text inside")]
HARBOUR_COVER = [("centre", "Rules for Harbour Moorings"), ("centre", "Harbour Office"), ("centre", "Notice 2031-7"),
                 ("centre", "Keep this leaflet")]


def _trifold(label: str, texts: list[str]) -> list[list[Panel]]:
    """A leaflet folded in three: outside sheet = inside flap (Arts. 1-2) | back (Art. 7, a shaded tips box, a hotline) |
    cover; inside
    sheet = Arts. 3 | 4-5 | 6."""
    back = [*_law(label, texts, 7), ("box", "Tips for riders|Ring your bell on shared paths.|Riders must wear a helmet."),
            ("small", "Hotline: 0000-1234")]
    return [[_law(label, texts, 1, 2), back, COVER],
            [_law(label, texts, 3), _law(label, texts, 4, 5), _law(label, texts, 6)]]


def _rollfold(label: str, texts: list[str]) -> list[list[Panel]]:
    """A leaflet of four panels rolled up: outside sheet = Art. 1 | Art. 2 | back (Art. 6, an address) | cover; inside
    sheet = Art. 3 | Art. 4 | Art. 5 | a panel of centred slogans."""
    back = [*_law(label, texts, 6), ("small", "Harbour Office, 1 Quay Road")]
    return [[_law(label, texts, 1), _law(label, texts, 2), back, HARBOUR_COVER],
            [_law(label, texts, 3), _law(label, texts, 4), _law(label, texts, 5),
             [("centre", "Moor safely"), ("centre", "Moor legally"), ("centre", "Ask the harbour master"),
              ("centre", "Harbour radio: channel 12")]]]


def _kb_of(tmp_path: Path, path: Path) -> Any:
    from regkb import KnowledgeBase
    from regkb.importers import read_files
    from regkb.importers.store import add_to_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(read_files([path]), corpus, "law", {})
    return KnowledgeBase.from_corpus(corpus)


def _article_texts(kb: Any) -> list[tuple[int, str]]:
    return [(a.number, " ".join(p.text for p in a.paragraphs)) for a in kb.articles]


@pytest.mark.parametrize(("fold", "label", "texts"), [
    (_trifold, "Article {n}", BICYCLES), (_trifold, "Art. {n}.", BICYCLES),
    (_rollfold, "Article {n}", MOORINGS), (_rollfold, "Art. {n}.", MOORINGS)])
def test_leaflet_panels_read_in_the_order_of_the_law(tmp_path: Path, fold: Any, label: str,
                                                     texts: list[str]) -> None:
    """Base: the outside sheet's first row read across its panels, the back panel's last article between the first
    ones and the cover; articles lost or out of order."""
    pdf = tmp_path / "leaflet.pdf"
    n = len(texts)
    _leaflet_pdf(pdf, fold(label, texts))
    kb = _kb_of(tmp_path, pdf)
    got = _article_texts(kb)
    assert [k for k, _ in got] == list(range(1, n + 1))
    for (k, t), want in zip(got, texts, strict=True):
        assert t.startswith(want), (k, t)  # each article whole, no other panel's words before its end
    assert [d.code for d in kb.diagnostics if d.code in ("article-census", "articles-missing")] == []
    assert "helmet" not in " ".join(t for _, t in got)  # the shaded tips box is the leaflet's aside


def test_leaflet_whose_labels_do_not_run_stays_in_page_order(tmp_path: Path) -> None:
    """A leaflet that lacks an article (Art. 4 not printed): no order of its panels gives 1..n, so the panels stay in
    page order and the check reports the gap."""
    pdf = tmp_path / "leaflet.pdf"
    pages = _trifold("Article {n}", BICYCLES)
    pages[1][1] = _law("Article {n}", BICYCLES, 5)
    _leaflet_pdf(pdf, pages)
    kb = _kb_of(tmp_path, pdf)
    assert 4 not in [a.number for a in kb.articles]
    assert any(d.code in ("articles-missing", "article-census", "article-sequence") for d in kb.diagnostics)


def test_two_column_page_in_order_is_not_reordered(tmp_path: Path) -> None:
    """A portrait page in two columns whose articles run in order: FoldOrder leaves it alone."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "page.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=True)
    col = A4[0] / 2
    for p, nums in enumerate(([1, 2, 3], [4, 5, 6])):
        y = A4[1] - 60
        for n in nums:
            for ln in simpleSplit(f"Article {n} {MOORINGS[n - 1]}", "Helvetica", 11, col - 40):
                c.setFont("Helvetica", 11)
                c.drawString(p * col + 20, y, ln)
                y -= 15
            y -= 10
    c.showPage()
    c.save()
    kb = _kb_of(tmp_path, pdf)
    assert [k for k, _ in _article_texts(kb)] == [1, 2, 3, 4, 5, 6]
    assert not any("folded leaflet" in n for doc in kb.documents for n in getattr(doc, "notes", []))


# --- 2. a PDF converted to HTML page by page ------------------------------------------------------------------------

def _pdf2htmlex(texts: list[str], per_page: int, title: str) -> str:
    """pdf2htmlEX's markup: a sidebar outline, page boxes "pf" holding "pc" boxes of positioned line divs, widened word
    spaces as spacing spans, a running header and a page number on every page."""
    pages = []
    for p in range(0, len(texts), per_page):
        lines = ['<div class="t m0 x7 h3 y1 ff3 fs0 fc1 sc0 ls0 ws0">City Gazette · 2031 No. 2</div>']
        for n in range(p + 1, min(p + per_page, len(texts)) + 1):
            words = f"Article {n} {texts[n - 1]}".split()
            half = len(words) // 2
            first = '<span class="_ _2"> </span>'.join([" ".join(words[:2]), " ".join(words[2:half])])
            lines.append(f'<div class="t m0 x2 h2 y{n:x} ff1 fs1 fc0 sc0 ls0 ws0">{first}</div>')
            lines.append(f'<div class="t m0 x1 h2 y{n:x}a ff1 fs1 fc0 sc0 ls0 ws1">{" ".join(words[half:])}</div>')
        lines.append(f'<div class="t m0 x8 h3 y3c ff1 fs0 fc0 sc0 ls0 ws0">— {p // per_page + 1} —</div>')
        k = p // per_page + 1
        pages.append(f'<div id="pf{k}" class="pf w0 h0" data-page-no="{k}"><div class="pc pc{k} w0 h0">'
                     f'<img class="bi x0 y0 w1 h1" alt="" src="bg{k}.png"/>\n' + "\n".join(lines) + "\n</div></div>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><meta name="generator" content="pdf2htmlEX"/>'
            f'<title>{title}</title></head><body><div id="sidebar"><div id="outline"></div></div>'
            '<div id="page-container">\n' + "\n".join(pages) + "\n</div></body></html>")


def _pdftohtml(texts: list[str], per_page: int, title: str) -> str:
    """pdftohtml -c's markup: a "pageN-div" box per page, every printed line a positioned <p> with its font class, the
    article's label in bold, non-breaking spaces between words."""
    pages = []
    for p in range(0, len(texts), per_page):
        k = p // per_page + 1
        lines = [f'<p style="position:absolute;top:40px;left:400px;white-space:nowrap" class="ft00">{k}</p>']
        top = 100
        for n in range(p + 1, min(p + per_page, len(texts)) + 1):
            words = texts[n - 1].split()
            half = len(words) // 2
            lines.append(f'<p style="position:absolute;top:{top}px;left:108px;white-space:nowrap" class="ft01">'
                         f'<b>Art.&#160;{n}.</b>&#160;{"&#160;".join(words[:half])}</p>')
            lines.append(f'<p style="position:absolute;top:{top + 18}px;left:108px;white-space:nowrap" '
                         f'class="ft01">{"&#160;".join(words[half:])}</p>')
            top += 48
        pages.append(f'<div id="page{k}-div" style="position:relative;width:892px;height:1262px;">\n'
                     f'<img width="892" height="1262" src="x{k:03d}.png" alt="background image"/>\n'
                     + "\n".join(lines) + "\n</div>")
    return (f'<!DOCTYPE html><html><head><title>{title}</title><meta name="generator" content="pdftohtml 0.36"/>'
            '</head><body bgcolor="#A0A0A0" vlink="blue" link="blue">\n' + "\n".join(pages) + "\n</body></html>")


@pytest.mark.parametrize(("make", "texts", "per_page"), [
    (_pdf2htmlex, BICYCLES, 4), (_pdf2htmlex, MOORINGS, 4), (_pdftohtml, MOORINGS, 4), (_pdftohtml, BICYCLES, 5),
    (_pdf2htmlex, BICYCLES, 3), (_pdftohtml, MOORINGS, 2)])
def test_converted_pages_all_read(tmp_path: Path, make: Any, texts: list[str], per_page: int) -> None:
    """Base: when one page box held more than half of the text, only it was read; the later pages' articles were
    reported not read. (The last two rows, no page with half the text, were read on the base too: controls.)"""
    page = tmp_path / "law.html"
    page.write_text(make(texts, per_page, "Measures"), encoding="utf-8")
    kb = _kb_of(tmp_path, page)
    got = _article_texts(kb)
    assert [k for k, _ in got] == list(range(1, len(texts) + 1))
    for (_k, t), want in zip(got, texts, strict=True):
        assert t == want
    assert [d.code for d in kb.diagnostics if d.code in ("text-not-read", "articles-missing")] == []


def test_boxes_of_other_texts_are_not_taken_in() -> None:
    """A page that lists two texts in boxes of one shape, each with its own Article 1: the boxes are not one text's
    pages (their articles do not go on after the chosen box's)."""
    from lxml import html as lh

    from regkb.importers.html import _pages_around

    boxes = "".join(f'<div class="card"><p>Article 1 {t}</p><p>Article 2 {t}</p></div>' for t in BICYCLES[:2])
    root = lh.fromstring(f"<html><body><div id='list'>{boxes}</div></body></html>")
    first = root.find(".//div[@class='card']")
    assert _pages_around(first) == (first, 0)


# --- 3. an outliner's notes between its articles --------------------------------------------------------------------

def _src(t: str) -> SourceFile:
    return SourceFile("x.md", t, "", {"title": "x"}, t.index("---\n", 4) + 4)


def _parse(t: str) -> Structure:
    return parse_structure(_src(t), "doc")


def _logseq(texts: list[str], label: str) -> str:
    """Logseq: tabs, "- ### Article N" one tab deep, the paragraph two tabs deep, the lawyer's notes and tasks (with a
    block property and a child) at the articles' level, a "Related" block and a task at the top level at the end."""
    out = ["title:: Measures", "tags:: [[parks]]", "", "- # Measures", "- ## Chapter I General Provisions"]
    for n, t in enumerate(texts, start=1):
        out += [f"\t- ### {label.format(n=n)}", f"\t\t- {t}"]
        if n == 2:
            out += ["\t- #comment Client asks whether the operator must also keep photos; we think it should.",
                    "\t  collapsed:: true", "\t\t- see the bureau's answer of 3 March: operators may refuse"]
        if n == 4:
            out += ["\t- TODO ask the bureau whether the register must be kept on paper [[2031-03-02]]"]
    out += ["- Related: [[parks]] · ((64f0a1c2-1b2d-4e5f-8a9b-0c1d2e3f4a51))", "- DONE send summary to client"]
    return "---\ntitle: Measures\nstatus: effective\n---\n" + "\n".join(out) + "\n"


def _workflowy(texts: list[str], label: str) -> str:
    """Another outliner's Markdown export (Workflowy, Roam): two spaces per level, the article a bold bullet, its text a
    child bullet, the reviewer's notes as bullets at the articles' level ("Note:", a question)."""
    out = ["- Measures", "  - Chapter I General Provisions"]
    for n, t in enumerate(texts, start=1):
        out += [f"    - **{label.format(n=n)}**", f"      - {t}"]
        if n == 3:
            out += ["    - Note: the client must check this against its loan app; it should log the hour.",
                    "      - and may ask the bureau"]
        if n == 5:
            out += ["    - Question for the partner: does the repair price have to be published?"]
    return "---\ntitle: Measures\nstatus: effective\n---\n" + "\n".join(out) + "\n"


@pytest.mark.parametrize("make", [_logseq, _workflowy])
@pytest.mark.parametrize(("texts", "label"), [(BICYCLES, "Article {n}"), (MOORINGS, "Art. {n}")])
def test_outline_notes_between_articles_are_not_law(make: Any, texts: list[str], label: str) -> None:
    """Base: each note read as a further paragraph of the article before it (its "must", "should", "may" as duties)."""
    t = make(texts, label)
    s = _parse(t)
    assert [(a.number, [p.text for p in a.paragraphs]) for a in s.articles] == [
        (n, [x]) for n, x in enumerate(texts, start=1)]
    assert [d.code for d in s.diagnostics if d.code == "outline-notes"] == ["outline-notes"]
    dropped = " ".join(d.text for d in s.dropped)
    assert "client" in dropped.lower()
    assert_nothing_lost(_src(t))


def test_flat_outline_keeps_every_block() -> None:
    """An outline that sets the paragraphs at the articles' own level (flat): every block is law, none is a note."""
    out = ["- Measures", "- Chapter I General Provisions"]
    for n, t in enumerate(BICYCLES, start=1):
        out += [f"- ### Article {n}", f"- {t}", "- The operator shall publish this Article at each gate."]
    t = "---\ntitle: Measures\nstatus: effective\n---\n" + "\n".join(out) + "\n"
    s = _parse(t)
    assert [len(a.paragraphs) for a in s.articles] == [2] * len(BICYCLES)
    assert [d.code for d in s.diagnostics if d.code == "outline-notes"] == []


# --- 2b. positioned lines out of the converter's order, a line in pieces -------------------------------------------

def _shuffled_pdftohtml(texts: list[str]) -> str:
    """pdftohtml -c: each article's label a bold box of its own at its line's height, the rest of the line another
    box; the title drawn last (written after the body), the page number first."""
    lines = ['<p style="position:absolute;top:1200px;left:440px;white-space:nowrap" class="ft00">— 1 —</p>']
    top = 140
    for n, t in enumerate(texts, start=1):
        words = t.split()
        half = len(words) // 2
        lines.append(f'<p style="position:absolute;top:{top}px;left:108px;white-space:nowrap" class="ft02">'
                     f'<b>Article&#160;{n}</b></p>')
        lines.append(f'<p style="position:absolute;top:{top}px;left:170px;white-space:nowrap" class="ft01">'
                     f'{"&#160;".join(words[:half])}</p>')
        lines.append(f'<p style="position:absolute;top:{top + 18}px;left:108px;white-space:nowrap" class="ft01">'
                     f'{"&#160;".join(words[half:])}</p>')
        top += 48
    lines.append('<p style="position:absolute;top:80px;left:300px;white-space:nowrap" class="ft03">'
                 '<b>Measures&#160;on&#160;Park&#160;Bicycles</b></p>')
    return ('<!DOCTYPE html><html><head><title>Measures</title></head><body>\n'
            '<div id="page1-div" style="position:relative;width:892px;height:1262px;">\n'
            '<img width="892" height="1262" src="x001.png" alt="background image"/>\n' + "\n".join(lines) +
            "\n</div></body></html>")


def _shuffled_pdf2htmlex(texts: list[str]) -> str:
    """pdf2htmlEX: line boxes placed by the style sheet's ``.yN{bottom:...}`` classes, written bottom line first."""
    css, lines = [], []
    y = 1000.0
    for n, t in enumerate(texts, start=1):
        words = f"Art. {n}. {t}".split()
        half = len(words) // 2
        for k, part in enumerate((" ".join(words[:half]), " ".join(words[half:]))):
            cls = f"y{2 * n + k:x}"
            css.append(f".{cls}{{bottom:{y:.2f}px;}}")
            lines.append(f'<div class="t m0 x{1 + (k == 0)} h2 {cls} ff1 fs1">{part}</div>')
            y -= 18
        y -= 10
    lines.reverse()
    return ('<!DOCTYPE html><html><head><meta name="generator" content="pdf2htmlEX"/><style type="text/css">'
            ".x1{left:81.00px}.x2{left:102.00px}" + "".join(css) + "</style><title>Rules</title></head><body>"
            '<div id="page-container"><div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">\n'
            + "\n".join(lines) + "\n</div></div></div></body></html>")


@pytest.mark.parametrize(("make", "texts"), [(_shuffled_pdftohtml, BICYCLES), (_shuffled_pdftohtml, MOORINGS),
                                             (_shuffled_pdf2htmlex, MOORINGS), (_shuffled_pdf2htmlex, BICYCLES)])
def test_positioned_lines_read_by_their_place(tmp_path: Path, make: Any, texts: list[str]) -> None:
    """Base: the labels read apart from their lines, the lines in the order the converter wrote them (bottom first)."""
    page = tmp_path / "law.html"
    page.write_text(make(texts), encoding="utf-8")
    kb = _kb_of(tmp_path, page)
    got = _article_texts(kb)
    assert [k for k, _ in got] == list(range(1, len(texts) + 1))
    for (_k, t), want in zip(got, texts, strict=True):
        assert t == want


def test_positioned_columns_keep_the_converters_order(tmp_path: Path) -> None:
    """Two columns written one after the other: lines of the two columns at one height are no pieces of one line, so
    nothing is joined or sorted, and the converter's order (left column, then right) stands."""
    left = [f"Article {n} {t}" for n, t in enumerate(MOORINGS[:3], start=1)]
    right = [f"Article {n} {t}" for n, t in enumerate(MOORINGS[3:], start=4)]
    lines = [f'<p style="position:absolute;top:{100 + 40 * k}px;left:{x}px;white-space:nowrap">{t}</p>'
             for x, col in ((60, left), (470, right)) for k, t in enumerate(col)]
    page = tmp_path / "law.html"
    page.write_text('<html><body><div id="page1-div" style="position:relative;width:892px;height:1262px;">'
                    + "\n".join(lines) + "</div></body></html>", encoding="utf-8")
    kb = _kb_of(tmp_path, page)
    assert _article_texts(kb) == [(n, t) for n, t in enumerate(MOORINGS, start=1)]
