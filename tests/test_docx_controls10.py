"""Text inside Word's content controls is the document's text (session 10): a Word file drafted from a template holds
its clauses in content controls (<w:sdt>: fill-in fields, locked clauses) or custom XML, and python-docx's
``Document.paragraphs`` and ``Paragraph.text`` skip what those hold, so every such article was lost on import (the
document then had "no article heading"). Now the paragraphs, tables and runs they hold are read in place; and a body
text the import could not place (a text box) is counted and reported in the import's notes, not dropped silently.
Word files written here with python-docx, the controls added as XML, in two layouts: every article a block-level
control (one of them a table of penalties), and controls and custom XML inside the lines. The text is invented."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _kb(tmp_path: Path, path: Path, doc_id: str) -> tuple[KnowledgeBase, list[str]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    added = add_to_corpus(done, corpus, doc_id, {})
    assert added.document is not None
    return KnowledgeBase.from_corpus(corpus), list(done.notes)


def test_articles_in_block_content_controls_are_read(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Rules of Yanbei Town on Boat Moorings")
    body = d.element.body
    arts = ["Article 1 These Rules apply to the moorings of Yanbei Town.",
            "Article 2 Boat owners shall register each boat with the town office.",
            "Article 3 The town office may inspect the moorings at any time."]
    for k, text in enumerate(arts):
        body.insert(1 + k, parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="Clause"/></w:sdtPr>'
                                     f'<w:sdtContent>{_p(text)}</w:sdtContent></w:sdt>'))
    # a control holding a nested control and custom XML around the last article
    body.insert(4, parse_xml(f'<w:sdt {W}><w:sdtContent><w:customXml w:element="clause">'
                             f'{_p("Article 4 These Rules take effect on 1 May 2031.")}</w:customXml>'
                             f'</w:sdtContent></w:sdt>'))
    path = tmp_path / "moorings.docx"
    d.save(str(path))
    kb, notes = _kb(tmp_path, path, "moorings")
    assert [a.number for a in kb.articles] == [1, 2, 3, 4]
    assert "register each boat" in kb.article(2).paragraphs[0].text
    assert [(o.modality, o.article) for o in kb.obligations] == [("obligation", 2), ("permission", 3)]
    assert not [n for n in notes if "not read" in n]


def test_runs_in_inline_controls_and_smart_tags_are_read_in_place(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Measures of Xitang County on Seed Sales")
    body = d.element.body
    body.append(parse_xml(f'<w:p {W}><w:r><w:t xml:space="preserve">Article 1 Seed dealers </w:t></w:r>'
                          f'<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>shall keep</w:t></w:r>'
                          f'</w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> a record of each sale.</w:t></w:r></w:p>'))
    body.append(parse_xml(f'<w:p {W}><w:r><w:t xml:space="preserve">Article 2 The county agriculture bureau </w:t></w:r>'
                          f'<w:smartTag w:element="place"><w:r><w:t>may</w:t></w:r></w:smartTag>'
                          f'<w:r><w:t xml:space="preserve"> check the records.</w:t></w:r></w:p>'))
    path = tmp_path / "seeds.docx"
    d.save(str(path))
    kb, _ = _kb(tmp_path, path, "seeds")
    assert kb.article(1).paragraphs[0].text == "Seed dealers shall keep a record of each sale."
    assert kb.article(2).paragraphs[0].text == "The county agriculture bureau may check the records."
    assert [(o.modality, o.article) for o in kb.obligations] == [("obligation", 1), ("permission", 2)]


def test_body_text_the_import_cannot_place_is_reported(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Rules of Yanbei Town on Boat Moorings")
    d.add_paragraph("Article 1 Boat owners shall register each boat with the town office.")
    # a text box (VML) inside a run: its words are body text the import does not read
    d.element.body.insert(2, parse_xml(
        f'<w:p {W} {V}><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{_p("Moorings close at dusk.")}'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'))
    path = tmp_path / "box.docx"
    d.save(str(path))
    kb, notes = _kb(tmp_path, path, "box")
    short = [n for n in notes if "were not read" in n]
    assert len(short) == 1 and short[0].startswith("20 character(s)")
    # and `regkb check` says so while the text is not mended; the comment is no part of the law
    doubts = [d for d in kb.diagnostics if d.code == "text-not-read"]
    assert len(doubts) == 1 and doubts[0].severity == "warning" and "20 character(s)" in doubts[0].message
    assert "regkb doubt" not in " ".join(p.text for a in kb.articles for p in a.paragraphs)
