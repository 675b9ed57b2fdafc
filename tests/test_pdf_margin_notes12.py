"""Article captions printed as notes in a page's margin (session 11): a gazette or statute book sets each article's
caption in smaller type in a margin column, level with the article's first line, so that a PDF reader's text line runs
"Water quality Article 4 The onus ...". The importer reads such a note apart from the line (``importers.pdf.
margin_notes``) and writes it as the article's caption in brackets after the number, never as text of law; a note
beside no article's first line is left out and listed with the furniture; what else a margin holds (line numbers, a
page number) is never a caption. PDFs written here by reportlab, deterministically (invariant mode), in three layouts:
captions in the left margin in a smaller italic (Times on A4); captions in the outer margin of mirrored pages, left on
odd pages and right on even ones, one wrapped onto two lines (Helvetica on US Letter); and a margin holding line
numbers and a page number, with no captions (a note of digits alone is never one). The text is invented."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen import canvas

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import parse_file

# (caption lines or None, first-line label or None, text lines): a paragraph of wrapped lines
FERRIES = [
    (["Scope"], "Article 1", ["These Rules apply to the passenger ferries that cross the lakes of the County."]),
    (["Licences"], "Article 2", ["A ferry operator shall hold a licence from the county transport bureau for",
                                 "each ferry and shall show it at the landing stage."]),
    (None, None, ["The bureau shall decide on an application within twenty working days."]),
    (["Life jackets"], "Article 3", ["Every ferry shall carry a life jacket for each passenger it is licensed",
                                     "to carry, stowed where passengers can reach it."]),
    (["Weather"], "Article 4", ["A ferry shall not leave the landing stage when the wind is above force six."]),
    (["Fines"], "Article 5", ["A ferry operator that breaches Article 4 shall be fined not more than 5,000 yuan by",
                              "the county transport bureau."]),
    (["Entry into force"], "Article 6", ["These Rules take effect on 1 May 2032."]),
]

# the same kind of text in another translator's words; a caption of two lines, in the outer margin
ORCHARDS = [
    (["Purpose"], "Art. 1", ["These Provisions are made to keep the orchards of the Township free of pests."]),
    (["Spraying", "records"], "Art. 2", ["Orchard owners are required to record each spraying of their trees",
                                         "with the date, the product and the dose used."]),
    (["Inspections"], "Art. 3", ["The township agricultural station is to inspect the orchards twice a year."]),
    (["Pest reports"], "Art. 4", ["An owner who finds a listed pest must report it to the station within",
                                  "three days, and the station shall send an inspector."]),
    (["Felling of", "infested trees"], "Art. 5", ["The station may order the felling of trees that a listed pest",
                                                  "has infested beyond treatment."]),
    (["Commencement"], "Art. 6", ["These Provisions enter into force on the day of their publication."]),
]


def _write(path: Path, pagesize: tuple[float, float], body: str, note_font: str, size: float, note_size: float,
           text_x: float, text_w: float, margin: str, articles: list[tuple[list[str] | None, str | None, list[str]]],
           per_page: int, side_note: str | None = None) -> Path:
    """A PDF of ``articles`` with their captions as margin notes: ``margin`` "left" (the left margin on every page)
    or "mirrored" (the outer margin: left on odd pages, right on even ones, the text column shifted to the inside).
    ``side_note``: a note set beside the first paragraph that opens no article."""
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    width, height = pagesize
    lead = size * 1.4
    page = 1

    def column() -> tuple[float, float, str]:
        if margin == "left" or page % 2:
            return text_x, text_x - 14, "left"  # the notes end 14 points left of the text (right-aligned)
        x = width - text_x - text_w
        return x, x + text_w + 14, "right"

    y = height - 90
    c.setFont("Times-Bold" if body.startswith("Times") else "Helvetica-Bold", size + 2)
    c.drawCentredString(width / 2, y, "Rules on the Safety of Things")
    y -= 2 * lead
    done = 0
    for caption, label, lines in articles:
        if done == per_page:
            c.showPage()
            page += 1
            y = height - 90
            done = 0
        x, note_x, side = column()
        for k, line in enumerate(lines):
            lx = x + (18 if k == 0 else 0)
            c.setFont(body, size)
            if k == 0 and label:
                c.setFont(body.replace("-Roman", "") + "-Bold" if body.startswith("Times") else "Helvetica-Bold",
                          size)
                c.drawString(lx, y, label)
                lx += c.stringWidth(label + " ", c._fontname, size)
                c.setFont(body, size)
            c.drawString(lx, y, line)
            notes = caption if k == 0 else None
            if notes is None and k == 0 and label is None and side_note:
                notes, side_note = [side_note], None
            for j, note in enumerate(notes or []):
                c.setFont(note_font, note_size)
                if side == "left":
                    c.drawRightString(note_x, y - j * (note_size + 2), note)
                else:
                    c.drawString(note_x, y - j * (note_size + 2), note)
            y -= lead
        y -= lead * 0.5
        done += 1
    c.showPage()
    c.save()
    return path


def _parse(tmp_path: Path, pdf: Path) -> tuple[object, object]:
    done = read_files([pdf])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    added = add_to_corpus(done, corpus, "rules", {})
    assert added.document is not None
    return done, parse_file(read_source(added.document, corpus))


def test_captions_in_the_left_margin_in_smaller_type(tmp_path: Path) -> None:
    pdf = _write(tmp_path / "ferries.pdf", A4, "Times-Roman", "Times-Italic", 11, 8.5, 150, 390, "left", FERRIES, 4,
                 side_note="Time limit")
    done, p = _parse(tmp_path, pdf)
    assert [a.number for a in p.articles] == [1, 2, 3, 4, 5, 6]  # type: ignore[attr-defined]
    arts = {a.number: a for a in p.articles}  # type: ignore[attr-defined]
    assert {n: a.title for n, a in arts.items()} == {1: "Scope", 2: "Licences", 3: "Life jackets", 4: "Weather",
                                                     5: "Fines", 6: "Entry into force"}
    assert arts[2].text.startswith("A ferry operator shall hold a licence")
    assert len(arts[2].paragraphs) == 2
    assert all("Time limit" not in a.text for a in arts.values())
    assert any(f.text == "Time limit" and "margin" in f.reason for f in done.furniture)  # type: ignore[attr-defined]
    # left out of the law, but never unsaid: `regkb check` lists it (session 11 review, M4)
    said = [d for d in p.diagnostics if d.code == "margin-note"]  # type: ignore[attr-defined]
    assert len(said) == 1 and said[0].severity == "info" and "'Time limit'" in said[0].message
    for a in arts.values():
        assert a.title not in a.text


def test_captions_in_the_outer_margin_of_mirrored_pages_one_wrapped(tmp_path: Path) -> None:
    pdf = _write(tmp_path / "orchards.pdf", LETTER, "Helvetica", "Helvetica-Oblique", 10, 7.5, 140, 380, "mirrored",
                 ORCHARDS, 3)
    done, p = _parse(tmp_path, pdf)
    arts = {a.number: a for a in p.articles}  # type: ignore[attr-defined]
    assert sorted(arts) == [1, 2, 3, 4, 5, 6]
    assert {n: a.title for n, a in arts.items()} == {1: "Purpose", 2: "Spraying records", 3: "Inspections",
                                                     4: "Pest reports", 5: "Felling of infested trees",
                                                     6: "Commencement"}
    assert " ".join(arts[5].text.split()) == ("The station may order the felling of trees that a listed pest has "
                                              "infested beyond treatment.")
    assert "records" not in arts[2].text.split()[-3:]
    assert any("margin" in n and "caption" in n for n in done.notes)  # type: ignore[attr-defined]


def test_line_numbers_and_a_page_number_in_the_margin_are_no_captions(tmp_path: Path) -> None:
    """A margin that holds the printer's line numbers and a page number in small type: digits are never a note, so
    no caption is made and the articles read as printed (the line numbers listed as before)."""
    path = tmp_path / "counted.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 760.0
    row = 0
    for _, label, lines in FERRIES:
        for k, line in enumerate(lines):
            row += 1
            c.setFont("Times-Roman", 11)
            c.drawString(150 + (18 if k == 0 else 0), y, f"{label} {line}" if k == 0 and label else line)
            if row % 2 == 0:
                c.setFont("Times-Roman", 8)
                c.drawRightString(130, y, str(row))
            y -= 15
        y -= 7
    c.setFont("Times-Roman", 8)
    c.drawString(40, 30, "- 17 -")  # a page number at the foot of the outer margin
    c.showPage()
    c.save()
    done, p = _parse(tmp_path, path)
    arts = {a.number: a for a in p.articles}  # type: ignore[attr-defined]
    assert sorted(arts) == [1, 2, 3, 4, 5, 6]
    assert all(a.title == "" for a in arts.values())
    assert not any("caption" in n and "margin" in n for n in done.notes)  # type: ignore[attr-defined]
    assert arts[1].text.startswith("These Rules apply to the passenger ferries")
    assert [f.text for f in done.furniture if "line number" in f.reason] == ["2", "4", "6", "8", "10"]  # type: ignore[attr-defined]


def test_article_numbers_set_out_in_the_margin_stay_the_texts(tmp_path: Path) -> None:
    """An article's number set out in the margin in smaller type ("Art. 2" left of the text column) is the heading, not
    a side note: it stays in the line it stands level with."""
    path = tmp_path / "numbers.pdf"
    c = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    y = 700.0
    for n, (_, _, lines) in enumerate(FERRIES[:2] + FERRIES[3:], 1):
        for k, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(140, y, line)
            if k == 0:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(60, y, f"Art. {n}")
            y -= 14
        y -= 7
    c.showPage()
    c.save()
    done, p = _parse(tmp_path, path)
    assert not [f for f in done.furniture if "margin" in f.reason]  # type: ignore[attr-defined]
    assert [a.number for a in p.articles] == [1, 2, 3, 4, 5, 6]  # type: ignore[attr-defined]


def test_a_centred_title_wrapped_onto_two_lines_stays_one_block(tmp_path: Path) -> None:
    """A title centred over the text column and wrapped onto a second centred line is one block (so one title); a
    centred chapter heading and the centred section heading under it stay two (a heading opens a unit). Two layouts:
    captions in the margin (the text column measured without them), and none."""
    for name, notes in (("noted", True), ("plain", False)):
        path = tmp_path / f"{name}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        left, right = 150.0, 540.0
        mid = (left + right) / 2
        y = 760.0
        for line, font in (("Measures of Linxi County on the Safety of", "Times-Bold"),
                           ("Passenger Ferries on Its Lakes", "Times-Bold"), ("Chapter I General", "Times-Bold"),
                           ("Section 1 Licences", "Times-Italic")):
            c.setFont(font, 12)
            c.drawCentredString(mid, y, line)
            y -= 16 if line.startswith("Measures") else 28
        for n, (caption, _, lines) in enumerate(FERRIES[:2] + FERRIES[3:], 1):
            for k, line in enumerate(lines):
                c.setFont("Times-Roman", 11)
                c.drawString(left + (18 if k == 0 else 0), y, f"Article {n} {line}" if k == 0 else line)
                if k == 0 and notes and caption:
                    c.setFont("Times-Italic", 8)
                    c.drawRightString(left - 14, y, caption[0])
                y -= 15
            y -= 6
        c.showPage()
        c.save()
        done = read_files([path])
        assert done.meta["title"] == "Measures of Linxi County on the Safety of Passenger Ferries on Its Lakes"
        assert "\n\nChapter I General\n\nSection 1 Licences\n\n" in done.text
        assert ("[Scope]" in done.text) == notes


# a side note in another producer's words and layout: an amendment note in brackets beside a paragraph, in the outer
# margin of mirrored pages (session 11 review, M4: it was left out with an import note only, and `regkb check` said
# nothing)
ORCHARDS_NOTED = [*ORCHARDS[:3], (None, None, ["The station shall keep the inspection records for five years."]),
                  *ORCHARDS[3:]]


def test_a_side_note_left_out_is_listed_by_check(tmp_path: Path) -> None:
    pdf = _write(tmp_path / "orchards.pdf", LETTER, "Helvetica", "Helvetica-Oblique", 10, 7.5, 140, 380, "mirrored",
                 ORCHARDS_NOTED, 4, side_note="[Amended 2031]")
    _, p = _parse(tmp_path, pdf)
    arts = {a.number: a for a in p.articles}  # type: ignore[attr-defined]
    assert sorted(arts) == [1, 2, 3, 4, 5, 6]
    assert all("Amended" not in a.text for a in arts.values())
    said = [d for d in p.diagnostics if d.code == "margin-note"]  # type: ignore[attr-defined]
    assert len(said) == 1 and "[Amended 2031]" in said[0].message, [d.message for d in p.diagnostics]
    assert not [d for d in p.diagnostics if d.code == "text-not-read"]  # type: ignore[attr-defined]


def test_a_pdf_whose_margin_notes_are_all_captions_has_no_margin_note(tmp_path: Path) -> None:
    pdf = _write(tmp_path / "ferries.pdf", A4, "Times-Roman", "Times-Italic", 11, 8.5, 150, 390, "left", FERRIES, 4)
    _, p = _parse(tmp_path, pdf)
    assert not [d for d in p.diagnostics if d.code == "margin-note"]  # type: ignore[attr-defined]
