"""A Word file with tracked changes left in it: the text in force is the text with the changes accepted (issue 12).

A translator's or reviser's working file keeps its revisions: insertions (``w:ins``) and text moved in
(``w:moveTo``) hold ordinary runs; deletions (``w:del``) and text moved away (``w:moveFrom``) hold ``w:delText``.
python-docx's ``Paragraph.text`` reads only the paragraph's own runs and hyperlinks, so an inserted word was lost
and the law changed without a word. The importer reads the insertions in their place, leaves the deletions out,
and says so in a note. The files are invented, in two layouts (article numbers opening paragraphs; article headings
in a heading style, with a hyperlink and a move); each test fails on the code before the rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file


def imported(path: Path, tmp: Path, name: str) -> tuple[ParsedDocument, list[str]]:
    corpus = tmp / f"corpus-{name}"
    corpus.mkdir()
    draft = read_files([path])
    done = add_to_corpus(draft, corpus, name, {"title": name})
    assert done.document is not None
    return parse_file(read_source(done.document, corpus)), list(draft.notes)


def _revision(p: Any, kind: str, text: str, rid: int, inside: Any = None) -> None:
    """Append a tracked change of ``kind`` ("ins", "del", "moveTo", "moveFrom") holding ``text`` to ``inside``
    (the paragraph's element, or a hyperlink in it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    wrap = OxmlElement(f"w:{kind}")
    wrap.set(qn("w:id"), str(rid))
    wrap.set(qn("w:author"), "Reviser")
    wrap.set(qn("w:date"), "2030-01-01T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind in ("del", "moveFrom") else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    wrap.append(r)
    (inside if inside is not None else p._p).append(wrap)


def _paragraph(d: Any, parts: list[tuple[str, str]]) -> Any:
    """A paragraph from (kind, text) parts: kind "" is plain text, else a tracked change of that kind."""
    p = d.add_paragraph()
    for k, (kind, text) in enumerate(parts):
        if kind:
            _revision(p, kind, text, k + 1)
        else:
            p.add_run(text)
    return p


def _numbers_in_paragraphs(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Rules on Ski Lift Safety")
    _paragraph(d, [("", "Article 1 Ski lift operators shall inspect the cables"), ("del", " once a week"),
                   ("ins", " every morning"), ("", " before the lift opens.")])
    _paragraph(d, [("", "Article 2 "), ("del", "Operators may close a lift in high wind. "),
                   ("", "Operators shall close a lift when the wind exceeds 60 km/h"), ("ins", " and shall not "
                   "reopen it until the wind has dropped"), ("", ".")])
    _paragraph(d, [("", "Article 3 These Rules take effect on 1 December"), ("ins", " 2031"), ("", ".")])
    d.save(str(out))
    return out


def _headings_with_link_and_move(out: Path) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_paragraph("Measures for the Registration of Rowing Boats")
    d.add_heading("Article 1 [Registration]", level=3)
    p = _paragraph(d, [("moveFrom", "Boat clubs shall keep a register. "),
                       ("", "Every boat shall be registered with the harbour office within "),
                       ("del", "thirty"), ("ins", "fifteen"), ("", " days of purchase.")])
    assert p is not None
    d.add_heading("Article 2 [Register]", level=3)
    p = _paragraph(d, [("moveTo", "Boat clubs shall keep a register. "), ("", "The register is kept as set out in ")])
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), "art1")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "Article 1"
    r.append(t)
    link.append(r)
    _revision(p, "ins", " of these Measures", 9, inside=link)
    p._p.append(link)
    p.add_run(".")
    d.save(str(out))
    return out


CASES = [
    ("numbers opening paragraphs", _numbers_in_paragraphs, {
        1: "Ski lift operators shall inspect the cables every morning before the lift opens.",
        2: "Operators shall close a lift when the wind exceeds 60 km/h and shall not reopen it until the wind has "
           "dropped.",
        3: "These Rules take effect on 1 December 2031.",
    }, (3, 2)),
    ("headings, a hyperlink and a move", _headings_with_link_and_move, {
        1: "Every boat shall be registered with the harbour office within fifteen days of purchase.",
        2: "Boat clubs shall keep a register. The register is kept as set out in Article 1 of these Measures.",
    }, (3, 2)),
]


@pytest.mark.parametrize(("make", "expected", "changes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tracked_changes_are_read_accepted(tmp_path: Path, make: Any, expected: dict[int, str],
                                           changes: tuple[int, int]) -> None:
    doc, notes = imported(make(tmp_path / "revised.docx"), tmp_path, "revised")
    got = {a.number: " ".join(p.text for p in a.paragraphs) for a in doc.articles}
    assert got == expected  # before the rule: inserted words lost ("inspect the cables before the lift opens.")
    ins, dele = changes
    assert any(f"{ins} insertion(s) and {dele} deletion(s)" in n for n in notes), notes


def test_a_file_without_tracked_changes_reads_as_before(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Rules on Tow Paths")
    d.add_paragraph("Article 1 Barge owners shall keep tow paths clear.")
    d.save(str(tmp_path / "plain.docx"))
    doc, notes = imported(tmp_path / "plain.docx", tmp_path, "plain")
    assert doc.articles[0].paragraphs[0].text == "Barge owners shall keep tow paths clear."
    assert not any("tracked changes" in n for n in notes)
