"""A PDF's page-foot footnotes are notes, as a Word file's or a web page's are (session 10).

Told by layout: the last lines of a page, in smaller type, whose first line opens with the sign a mark in the page's
text carries (raised "1" or "*", or "[1]" / "①" in the text's own type). The importer writes each note after the
text as a Markdown note and its mark as "[^label]"; the parser keeps the note apart (kind ``note``), every character,
and reads nothing of it as law. Small type at the foot like a note, but with no mark pointing to it, stays text,
with a warning ``footnote-doubt`` in ``regkb check``. Each case in two layouts (fonts, page sizes, mark styles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from regkb.importers import read_files
from regkb.kb import KnowledgeBase
from regkb.parse.structure import NOTE


@dataclass(frozen=True)
class Page:
    """One page: (text line, its raised mark or "") in the body, the notes at its foot."""

    body: list[tuple[str, str]]
    notes: list[str]


@dataclass(frozen=True)
class Look:
    name: str
    font: str
    size: float
    note_size: float
    left: float
    pagesize: tuple[float, float]
    rule: bool  # a short rule above the notes


def _font(name: str) -> str:
    if name == "STSong-Light":  # Latin, the circled numbers and CJK, with no font file
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


def draw(out: Path, look: Look, pages: list[Page]) -> Path:
    from reportlab.pdfgen import canvas

    font = _font(look.font)
    c = canvas.Canvas(str(out), pagesize=look.pagesize, invariant=1)
    for page in pages:
        y = look.pagesize[1] - 80
        for text, mark in page.body:
            c.setFont(font, look.size)
            c.drawString(look.left, y, text)
            if mark:
                c.setFont(font, look.size * 0.6)
                c.drawString(look.left + c.stringWidth(text, font, look.size) + 0.5, y + look.size * 0.4, mark)
            y -= look.size * 1.4
        y = 60 + look.note_size * 1.3 * len(page.notes)
        if page.notes and look.rule:
            c.line(look.left, y + look.note_size * 1.2, look.left + 140, y + look.note_size * 1.2)
        c.setFont(font, look.note_size)
        for note in page.notes:
            c.drawString(look.left, y, note)
            y -= look.note_size * 1.3
        c.showPage()
    c.save()
    return out


A4 = (595.27, 841.89)
LETTER = (612.0, 792.0)
LOOKS = [
    Look("a4-times-rule", "Times-Roman", 12, 9, 72, A4, True),
    Look("letter-helvetica-gap", "Helvetica", 10, 7, 60, LETTER, False),
]


def _kb(tmp_path: Path, pdf: Path) -> KnowledgeBase:
    from regkb.importers.store import add_to_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(read_files([pdf]), corpus, "rules", {"title": "Rules on Records"})
    return KnowledgeBase.from_corpus(corpus)


def _notes(kb: KnowledgeBase) -> dict[str, str]:
    return {b.eid: b.text for b in kb.blocks if b.kind == NOTE}


def _article_text(kb: KnowledgeBase) -> str:
    return " ".join(" ".join(p.text for p in a.paragraphs) for a in kb.articles)


# --- sure: a mark in the text carries the note's sign -------------------------------------------------------------

# (the raised mark, how the note opens) in two styles each: a raised number, a raised asterisk
RAISED = [("1", "1 "), ("*", "* ")]


@pytest.mark.parametrize("look", LOOKS, ids=[lk.name for lk in LOOKS])
@pytest.mark.parametrize(("mark", "opening"), RAISED, ids=["number", "asterisk"])
def test_a_raised_mark_and_its_note_at_the_page_foot_make_a_note(tmp_path: Path, look: Look, mark: str,
                                                                 opening: str) -> None:
    note = "The drafters invite views on whether operators shall keep the logs for a shorter period."
    pdf = draw(tmp_path / "r.pdf", look, [Page([("Article 1", ""), ("Operators shall keep logs for three years.", mark),
                                                ("Article 2", ""), ("Operators shall report every incident.", "")],
                                               [opening + note])])
    kb = _kb(tmp_path, pdf)
    notes = _notes(kb)
    assert len(notes) == 1
    eid, text = next(iter(notes.items()))
    assert eid.startswith("art_1__note_")
    assert text.endswith(note) and (mark in eid or text.startswith(mark))  # the sign is kept: as label or in the text
    assert "drafters" not in _article_text(kb)
    assert "Operators shall keep logs for three years." in _article_text(kb)  # the mark is no word of the law
    assert not [o for o in kb.obligations if "shorter period" in o.text]  # "shall" in a note is no duty


# (the mark as the text prints it, after a word or a stop; how the note opens) in the text's own type
INLINE = [("[1]", "[2]", "[1] ", "[2] "), ("①", "②", "① ", "② ")]


@pytest.mark.parametrize("look", LOOKS, ids=[lk.name for lk in LOOKS])
@pytest.mark.parametrize(("one", "two", "open1", "open2"), INLINE, ids=["bracketed", "circled"])
def test_marks_in_the_texts_own_type_point_to_their_notes(tmp_path: Path, look: Look, one: str, two: str,
                                                          open1: str, open2: str) -> None:
    look = Look(look.name, "STSong-Light", look.size, look.note_size, look.left, look.pagesize, look.rule)
    pdf = draw(tmp_path / "i.pdf", look, [Page([
        ("Article 1", ""), (f"Operators shall keep logs for three years.{one}", ""),
        ("Article 2", ""), (f"Operators shall report incidents to the bureau{two} within a day.", ""),
    ], [open1 + "The term follows the national standard.", open2 + "The bureau may delegate this task."])])
    kb = _kb(tmp_path, pdf)
    notes = _notes(kb)
    assert sorted(e.split("__")[0] for e in notes) == ["art_1", "art_2"]
    assert any(t.endswith("The term follows the national standard.") for t in notes.values())
    law = _article_text(kb)
    assert "Operators shall report incidents to the bureau within a day." in law
    assert one not in law and two not in law and "delegate" not in law
    assert not [o for o in kb.obligations if "delegate" in o.text]


@pytest.mark.parametrize("look", LOOKS, ids=[lk.name for lk in LOOKS])
def test_notes_numbered_again_on_each_page_keep_their_signs_and_their_pages_marks(tmp_path: Path, look: Look) -> None:
    pdf = draw(tmp_path / "p.pdf", look, [
        Page([("Article 1", ""), ("Operators shall keep logs.", "1")], ["1 Logs include paper and electronic ones."]),
        Page([("Article 2", ""), ("Operators shall report incidents.", "1")], ["1 An incident is defined in Annex 2."]),
    ])
    imp = read_files([pdf])
    assert re.search(r"keep logs\.\[\^p1-1\]", imp.text) and re.search(r"incidents\.\[\^p2-1\]", imp.text)
    kb = _kb(tmp_path, pdf)
    notes = _notes(kb)
    assert notes == {"art_1__note_p1-1": "1 Logs include paper and electronic ones.",
                     "art_2__note_p2-1": "1 An incident is defined in Annex 2."}
    assert not [d for d in kb.diagnostics if d.code in ("footnote", "footnote-doubt") and d.severity != "info"]


# --- unsure: it looks like a note, but no mark points to it --------------------------------------------------------

UNSURE = [
    # (the page foot, what makes it look like a note)
    ("1 Operators shall also report incidents within three days.", "opens with a sign no mark carries"),
    ("Operators shall also report incidents within three days.", "below a rule (or a sign), no sign"),
]


@pytest.mark.parametrize("look", LOOKS, ids=[lk.name for lk in LOOKS])
@pytest.mark.parametrize(("foot", "why"), UNSURE, ids=["sign", "no-sign"])
def test_a_foot_no_mark_points_to_stays_text_and_is_reported(tmp_path: Path, look: Look, foot: str, why: str) -> None:
    look = Look(look.name, look.font, look.size, look.note_size, look.left, look.pagesize, True)  # a rule above
    pdf = draw(tmp_path / "u.pdf", look, [Page([("Article 1", ""), ("Operators shall keep logs.", ""),
                                                ("Article 2", ""), ("Operators shall report incidents.", "")],
                                               [foot])])
    kb = _kb(tmp_path, pdf)
    assert not _notes(kb)
    assert foot in _article_text(kb), why  # kept as text, where it stands
    doubts = [d for d in kb.diagnostics if d.code == "footnote-doubt"]
    assert len(doubts) == 1 and doubts[0].severity == "warning" and "page 1" in doubts[0].message


@pytest.mark.parametrize("look", LOOKS, ids=[lk.name for lk in LOOKS])
def test_a_circled_number_after_a_space_is_an_items_number_not_a_mark(tmp_path: Path, look: Look) -> None:
    look = Look(look.name, "STSong-Light", look.size, look.note_size, look.left, look.pagesize, look.rule)
    pdf = draw(tmp_path / "c.pdf", look, [Page([("Article 1", ""), ("Operators shall keep the logs in item ① below.", "")],
                                               ["① Logs of access to the system."])])
    imp = read_files([pdf])
    assert "[^" not in imp.text and "① Logs of access to the system." in imp.text
    assert "regkb doubt (footnote-doubt)" in imp.text


def test_small_type_neither_marked_nor_below_a_rule_is_text_without_a_doubt(tmp_path: Path) -> None:
    look = Look("plain", "Times-Roman", 11, 8, 72, A4, False)
    pdf = draw(tmp_path / "s.pdf", look, [Page([("Article 1", ""), ("Operators shall keep logs.", "")],
                                               ["Operators shall also report incidents within three days."])])
    imp = read_files([pdf])
    assert "Operators shall also report incidents within three days." in imp.text
    assert "regkb doubt" not in imp.text and "[^" not in imp.text
