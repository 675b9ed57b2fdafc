"""A Word file's footnotes and endnotes (session 9): the notes were not read at all (a footnotes part is not the body),
so a translator's note was lost from the knowledge base. Now each note the body refers to is written after the text
as a Markdown footnote ("[^N]: ..."), its mark as "[^N]" where Word prints it, and the parser keeps it as a note, not
law (a block of kind ``note`` under the article that marks it); the mark is left out of the law's words. Word files
written here with python-docx, the notes part added as XML (python-docx has no API for it), in two layouts: footnotes
marked mid-sentence and at a paragraph's end, and an endnote of two paragraphs. The text is invented."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _notes_xml(kind: str, notes: dict[int, list[str]]) -> str:
    body = "".join(
        f'<w:{kind} w:id="{i}">' + "".join(
            f'<w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p>' if k == 0 else
            f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for k, t in enumerate(paras)) + f"</w:{kind}>"
        for i, paras in notes.items())
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f"</w:{kind}>")
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{W}">{sep}{body}</w:{kind}s>'


def make_docx(path: Path, paragraphs: list[str], kind: str, notes: dict[int, list[str]]) -> Path:
    """A Word file whose paragraphs may hold "{note N}" where the mark of note N stands."""
    d = docx.Document()
    for text in paragraphs:
        p = d.add_paragraph()
        for piece in re.split(r"(\{note \d+\})", text):
            if piece:
                p.add_run(piece)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb"<w:t>\{note (\d+)\}</w:t>",
                              lambda m: f'<w:{kind}Reference w:id="{int(m.group(1))}"/>'.encode(), data)
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    f'<Override PartName="/word/{kind}s.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    f'wordprocessingml.{kind}s+xml"/></Types>').encode())
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdNotes" Type="{REL}/{kind}s" Target="{kind}s.xml"/></Relationships>').encode())
            out.writestr(item, data)
        out.writestr(f"word/{kind}s.xml", _notes_xml(kind, notes))
    return path


def _kb(tmp_path: Path, path: Path, doc_id: str) -> tuple[KnowledgeBase, list[str]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    added = add_to_corpus(done, corpus, doc_id, {})
    assert added.document is not None
    return KnowledgeBase.from_corpus(corpus), list(done.notes)


def test_word_footnotes_are_kept_as_notes_not_law(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "pharmacy.docx", [
        "Rules of Heqiao City on Pharmacy Sales Records",
        "Article 1 These Rules apply to retail pharmacies{note 1} within Heqiao City.",
        "Article 2 Pharmacies shall record each sale of a prescription drug and keep the record for two years.{note 2}",
        "Article 3 These Rules take effect on 1 April 2031.",
    ], "footnote", {1: ["Including the pharmacy counters of supermarkets; operators must register them."],
                    2: ["The record may be kept on paper or electronically."]})
    kb, notes = _kb(tmp_path, path, "pharmacy")
    arts = {a.number: a for a in kb.articles_of("pharmacy")}
    assert arts[1].text == "These Rules apply to retail pharmacies within Heqiao City."
    assert arts[2].text.endswith("keep the record for two years.")
    assert {b.eid: b.text for b in kb.blocks if b.kind == "note"} == {
        "art_1__note_1": "Including the pharmacy counters of supermarkets; operators must register them.",
        "art_2__note_2": "The record may be kept on paper or electronically."}
    assert not [o for o in kb.obligations if "register them" in o.text]  # a note's "must" is no duty
    assert [a.number for a in kb.articles_of("pharmacy")] == [1, 2, 3]
    assert any("footnote(s) or endnote(s)" in n for n in notes)


def test_word_endnotes_of_two_paragraphs_are_kept_whole(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "ferries.docx", [
        "Measures of Luoxi County on Ferry Fares",
        "Article 1 Ferry operators shall post their fares at each pier.{note 4}",
        "Operators may not raise fares more than once a year.",
        "Article 2 These Measures take effect on 1 July 2031.",
    ], "endnote", {4: ["A pier includes a floating landing stage.", "The county transport bureau lists the piers."]})
    kb, _ = _kb(tmp_path, path, "ferries")
    arts = {a.number: a for a in kb.articles_of("ferries")}
    assert [p.text for p in arts[1].paragraphs] == ["Ferry operators shall post their fares at each pier.",
                                                   "Operators may not raise fares more than once a year."]
    assert [p.text for p in arts[2].paragraphs] == ["These Measures take effect on 1 July 2031."]
    assert {b.eid: b.text for b in kb.blocks if b.kind == "note"} == {
        "art_1__note_e4": "A pier includes a floating landing stage. The county transport bureau lists the piers."}
