"""A regulation carried in full by a slide deck exported to PDF (issue 12; invented texts, two deck layouts, two
wordings). What a deck prints beside the law is no law, and its layout must not cut the law up:

- the chapter's heading repeated on every slide of the chapter (a band or a slide title at the page's top) is the
  chapter heading once, where the chapter begins, even when a contents (agenda) slide lists the same headings;
- a continuation label ("Article 3 (cont'd)", "Article 3 (continued)") is left out: the slide goes on with the article
  of the slide before, its text that article's next paragraph;
- the closing slide ("Questions?", "Thank you"), every line centred, after the last article, is left out;
- paragraphs set apart by less than half a line are paragraphs even where a paragraph's last line runs to the margin;
- the slide numbers and footers are page furniture (as in any PDF).

The decks are drawn here by reportlab (deterministic: invariant mode).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import patterns as P


@dataclass(frozen=True)
class Deck:
    width: float
    height: float
    band: bool  # the chapter heading in a dark band across the top; else a slide title in large type
    contents: str  # the head of the slide listing the chapters
    chapters: dict[int, str]
    slides: list[tuple[int, list[tuple[str, list[str]]]]]  # (chapter, [(label, paragraphs)]); "(" opens an item
    title: list[str]
    closing: list[str]
    footer: str  # "" for none; "{n}" is the slide number
    size: float
    leading: float
    para_space: float


# wording 1: a county's ferry measures, a 16:9 deck with a band and a footer
FERRIES = Deck(
    960, 540, True, "Contents",
    {1: "Chapter I  General Provisions", 2: "Chapter II  Safety on Board", 3: "Chapter III  Legal Liability"},
    [(1, [("Article 1", ["These Measures apply to ferries that carry passengers across rivers in Lanxi County, whether "
                         "the ferry is driven by an engine, by oars or by a cable."]),
          ("Article 2", ["The county transport bureau shall supervise ferry services.",
                         "Township governments shall report unlicensed ferries to the county transport bureau."])]),
     (2, [("Article 3", ["A ferry operator shall keep a list of the passengers on each crossing and shall hold that "
                         "list for at least one full year, and shall show the list to the county transport bureau on "
                         "request at the landing or at the office of the bureau, within one working day.",
                         "Every ferry shall carry one life jacket for each passenger it is licensed to carry."])]),
     (2, [("Article 3 (cont'd)", ["Passengers may ask to see the licence of the ferry before boarding."]),
          ("Article 4", ["Before each crossing, the ferry operator shall:",
                         "(1) check the weather warnings for the river;",
                         "(2) count the passengers on board."])]),
     (3, [("Article 5", ["A ferry operator that breaches Article 3 shall be fined not more than 2,000 yuan by the "
                         "county transport bureau."]),
          ("Article 6", ["These Measures take effect on 1 March 2040."])])],
    ["Measures of Lanxi County on River Ferries", "Lan Zheng Gui [2040] No. 4 | training copy"],
    ["Questions?", "Please write to the county transport bureau;", "answers may be posted on its website."],
    "Lanxi County Transport Bureau | Ferry operator training {n}", 15, 19, 7)

# wording 2: another translator's bicycle-rental rules, a 4:3 deck with slide titles and a slide count
BICYCLES = Deck(
    720, 540, False, "Agenda",
    {1: "Chapter 1 General Rules", 2: "Chapter 2 Safe Riding", 3: "Chapter 3 Penalties"},
    [(1, [("Article 1", ["These Rules govern the hiring out of bicycles in Heping District by businesses that hire them "
                         "out from stations in the street."]),
          ("Article 2", ["The district transport office is responsible for supervising bicycle rental businesses.",
                         "Street offices must tell the district transport office of bicycles left on pavements."])]),
     (2, [("Article 3", ["Each operator of a bicycle rental must check the brakes of every bicycle before it is "
                         "hired out, and must take a bicycle with faulty brakes out of use until the bicycle has been "
                         "repaired.",
                         "Operators of bicycle rentals must offer a helmet with every bicycle that is hired out."])]),
     (2, [("Article 3 (continued)", ["Customers are entitled to return a bicycle at any station of the operator."]),
          ("Article 4", ["An operator of a bicycle rental must, every evening:",
                         "(1) bring in bicycles left outside its stations;",
                         "(2) record the bicycles that need repair."])]),
     (3, [("Article 5", ["An operator that breaks Article 3 is to be fined up to 1,000 yuan by the district transport "
                         "office."]),
          ("Article 6", ["These Rules come into force on 1 June 2040."])])],
    ["Heping District Rules on Bicycle Rentals", "Staff briefing"],
    ["Thank you", "Contact: Heping District Transport Office"],
    "", 14, 18, 6)

DECKS = [FERRIES, BICYCLES]


def draw(deck: Deck, path: Path) -> list[float]:
    """The deck as a PDF; returns, for each paragraph drawn, its last line's width over the width it may fill."""
    w, h = deck.width, deck.height
    c = canvas.Canvas(str(path), pagesize=(w, h), invariant=True)
    fills: list[float] = []
    c.setFont("Helvetica-Bold", 28)
    c.drawCentredString(w / 2, h / 2 + 20, deck.title[0])
    c.setFont("Helvetica", 16)
    for k, ln in enumerate(deck.title[1:]):
        c.drawCentredString(w / 2, h / 2 - 20 - 22 * k, ln)
    c.showPage()
    number = 1

    def furniture() -> None:
        c.setFillColor(HexColor("#555555"))
        c.setFont("Helvetica", 10)
        if deck.footer:
            c.drawString(40, 22, deck.footer.format(n=number))
        else:
            c.drawRightString(w - 30, 20, f"Slide {number} of {len(deck.slides) + 3}")

    def heading(text: str) -> None:
        if deck.band:
            c.setFillColor(HexColor("#1f3b57"))
            c.rect(0, h - 62, w, 62, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 20)
            c.drawString(40, h - 40, text)
        else:
            c.setFillColor(HexColor("#1f3b57"))
            c.setFont("Helvetica-Bold", 22)
            c.drawString(30, h - 36, text)
        c.setFillColor(HexColor("#111111"))

    number += 1
    heading(deck.contents)
    c.setFont("Helvetica", 18)
    for k, ch in enumerate(deck.chapters.values()):
        c.drawString(80, h - 130 - 34 * k, ch)
    furniture()
    c.showPage()
    for chapter, blocks in deck.slides:
        number += 1
        heading(deck.chapters[chapter])
        y = h - 100
        for label, paras in blocks:
            c.setFont("Helvetica-Bold", deck.size + 2)
            c.drawString(48, y, label)
            y -= deck.leading + 5
            for p in paras:
                x = 88 if p.startswith("(") else 60
                room = w - x - 60
                c.setFont("Helvetica", deck.size)
                lines = simpleSplit(p, "Helvetica", deck.size, room)
                for ln in lines:
                    c.drawString(x, y, ln)
                    y -= deck.leading
                fills.append(stringWidth(lines[-1], "Helvetica", deck.size) / room)
                y -= deck.para_space
            y -= 8
        assert y > 50
        furniture()
        c.showPage()
    number += 1
    c.setFont("Helvetica-Bold", 28)
    c.drawCentredString(w / 2, h / 2 + 30, deck.closing[0])
    c.setFont("Helvetica", 16)
    for k, ln in enumerate(deck.closing[1:]):
        c.drawCentredString(w / 2, h / 2 - 10 - 22 * k, ln)
    furniture()
    c.showPage()
    c.save()
    return fills


def imported(tmp_path: Path, pdf: Path) -> tuple[KnowledgeBase, list[str], str]:
    done = read_files([pdf])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(done, corpus, "law", {})
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), [f"{f.reason}: {f.text}" for f in done.furniture], text


def _flat(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("deck", DECKS, ids=["band-16x9", "title-4x3"])
def test_a_slide_deck_carries_the_law_and_nothing_else(tmp_path: Path, deck: Deck) -> None:
    fills = draw(deck, tmp_path / "deck.pdf")
    # the layout this must hold on: a paragraph whose last line runs to the margin, before another paragraph
    assert max(fills) > 0.85
    kb, furniture, text = imported(tmp_path, tmp_path / "deck.pdf")
    assert [ch.number for ch in kb.chapters] == [1, 2, 3]
    assert [_flat(ch.title) for ch in kb.chapters] == [_flat(t).split(" ", 2)[2] for t in deck.chapters.values()]
    placed = {a.number: getattr(kb.chapter_of(a), "number", None) for a in kb.articles}
    want: dict[int, list[str]] = {}
    where: dict[int, int] = {}
    for chapter, blocks in deck.slides:
        for label, paras in blocks:
            n = int(label.split()[1])
            want.setdefault(n, []).extend(paras)
            where[n] = chapter
    assert placed == where
    for a in kb.articles:
        got = [_flat(p.text) for p in a.paragraphs]
        paras = [p for p in want[a.number] if not p.startswith("(")]
        assert len(got) == len(paras), (a.number, got)
        for g, p in zip(got, paras, strict=True):
            assert g.startswith(_flat(p)), (a.number, g, p)
    law = " ".join(_flat(a.text) for a in kb.articles)
    for ln in deck.closing:
        assert ln not in law and any(ln in f and "closing slide" in f for f in furniture)
    assert "cont" not in law.replace("contents", "")
    assert any("continuation label" in f and "Article 3 (" in f for f in furniture)
    assert not [d for d in kb.diagnostics if d.severity == "error"]
    # every slide's own line is accounted for: kept in the text or listed as left out
    for ln in [*deck.closing, *deck.chapters.values()]:
        assert _flat(ln) in _flat(text) or any(_flat(ln) in _flat(f) for f in furniture)


@pytest.mark.parametrize("deck", DECKS, ids=["band-16x9", "title-4x3"])
def test_a_portrait_document_keeps_its_centred_closing_lines(tmp_path: Path, deck: Deck) -> None:
    """Centred lines after the last article of a document printed upright (a signature, a date) are not a closing
    slide: only a deck, every page landscape, has one."""
    portrait = Deck(A4[0], A4[1], deck.band, deck.contents, deck.chapters, deck.slides, deck.title,
                    ["Lanxi County People's Government", "12 January 2040"], deck.footer, 11, 14, 4)
    draw(portrait, tmp_path / "upright.pdf")
    _, furniture, text = imported(tmp_path, tmp_path / "upright.pdf")
    assert not [f for f in furniture if "closing slide" in f]
    assert "Lanxi County People's Government" in text


def test_a_continuation_label_of_another_article_stays(tmp_path: Path) -> None:
    """"Article 2 (cont'd)" after Article 3 continues no article read last: it is left in the text (the parser
    reports the repeated number), never silently dropped."""
    slides = [(1, FERRIES.slides[0][1]), (2, [FERRIES.slides[1][1][0]]),
              (2, [("Article 2 (cont'd)", ["Passengers may ask to see the licence of the ferry before boarding."])])]
    deck = Deck(960, 540, True, "Contents", FERRIES.chapters, slides, FERRIES.title, FERRIES.closing,
                FERRIES.footer, 15, 19, 7)
    draw(deck, tmp_path / "deck.pdf")
    _, furniture, text = imported(tmp_path, tmp_path / "deck.pdf")
    assert not [f for f in furniture if "continuation label" in f]
    assert "Article 2 (cont'd)" in text


@pytest.mark.parametrize(("line", "number"), [
    ("Article 7 (cont'd)", "7"), ("Article 7 (continued)", "7"), ("Art. 7 (contd.)", "7"),
    ("Article 7 – continued", "7"), ("Article 12 (continued from the previous slide)", "12"),
    ("Article 7 (Cont’d)", "7"), ("第七条（续）", "七"), ("**Article 9 (cont.)**", "9"),
])
def test_continuation_marks(line: str, number: str) -> None:
    m = P.ARTICLE.match(line) or P.CJK_ARTICLE.match(line)
    assert m is not None and m.group("num") == number and P.CONTINUED_MARK.match(m.group("rest"))


@pytest.mark.parametrize("line", [
    "Article 7 The operator shall continue (continued)", "Article 7 Continued operation of ferries",
    "Article 7 (Deleted)", "Article 7 (1) the operator", "Article 7 Contents of the licence",
])
def test_no_continuation_mark(line: str) -> None:
    m = P.ARTICLE.match(line) or P.CJK_ARTICLE.match(line)
    assert m is None or not P.CONTINUED_MARK.match(m.group("rest"))
