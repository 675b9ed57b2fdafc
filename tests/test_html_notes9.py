"""A web page's footnotes (session 9): a mark and a note that link to each other. The mark's "[1]" stayed in the law's
words and the note was lost (outside the page's main content). Now the mark is written "[^1]" and the note after the
text as "[^1]: ...", and the parser keeps it as a note, not law. Invented pages in two layouts: Word's "Save as Web
Page" (marks ``<a href="#_ftn1" name="_ftnref1">``, the notes in a footnote list after a rule) and Pandoc's HTML
(``<sup><a href="#fn1" id="fnref1">``, the notes in an ordered list with back links); and a page whose internal links
are cross-references (no link back), which stays as it was."""

from __future__ import annotations

from pathlib import Path

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

WORD_PAGE = """<html><head><meta charset="utf-8"><title>Rules of Shuangqiao City on Bus Stop Cameras</title></head><body>
<div class=WordSection1>
<p class=MsoTitle>Rules of Shuangqiao City on Bus Stop Cameras</p>
<p class=MsoNormal><b>Article 1</b> These Rules apply to cameras at the bus stops<a href="#_ftn1" name="_ftnref1"
title=""><span class=MsoFootnoteReference>[1]</span></a> of Shuangqiao City.</p>
<p class=MsoNormal><b>Article 2</b> Bus companies shall delete camera footage after fifteen days.<a href="#_ftn2"
name="_ftnref2" title=""><span class=MsoFootnoteReference>[2]</span></a></p>
<p class=MsoNormal><b>Article 3</b> These Rules take effect on 1 June 2031.</p>
</div>
<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"
title="">[1]</a> Including the shelters at tram stops.</p></div>
<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2"
title="">[2]</a> Operators must keep a log of each deletion, as the city transport bureau advises.</p></div>
</div></body></html>
"""

PANDOC_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Measures of Yuntai County on Orchard Spraying</title>
</head><body><main>
<h1>Measures of Yuntai County on Orchard Spraying</h1>
<p><strong>Article 1</strong> Orchard owners shall notify their neighbours one day before spraying
pesticides.<sup><a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">1</a></sup></p>
<p><strong>Article 2</strong> The county agriculture bureau may inspect spraying records.</p>
<p><strong>Article 3</strong> These Measures take effect on 1 August 2031.</p>
</main>
<section id="footnotes" class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn1"><p>Neighbours include beekeepers within three kilometres.<a href="#fnref1" class="footnote-back"
role="doc-backlink">&#8617;</a></p></li>
</ol></section></body></html>
"""

LINKED_PAGE = """<html><head><meta charset="utf-8"><title>Rules on Kiosk Signs</title></head><body>
<p id="art1"><b>Article 1</b> Kiosk keepers shall display a sign.</p>
<p id="art2"><b>Article 2</b> A keeper who violates <a href="#art1" id="ref1">Article 1</a> may be warned.</p>
<p id="art3"><b>Article 3</b> These Rules take effect on 1 May 2031.</p>
</body></html>
"""


def _kb(tmp_path: Path, name: str, page: str, doc_id: str) -> tuple[KnowledgeBase, str, list[str]]:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    added = add_to_corpus(done, corpus, doc_id, {})
    assert added.document is not None
    return KnowledgeBase.from_corpus(corpus), done.text, list(done.notes)


def test_word_web_page_footnotes_are_notes(tmp_path: Path) -> None:
    kb, text, notes = _kb(tmp_path, "cameras.htm", WORD_PAGE, "cameras")
    arts = {a.number: a.text for a in kb.articles_of("cameras")}
    assert arts[1] == "These Rules apply to cameras at the bus stops of Shuangqiao City."
    assert arts[2] == "Bus companies shall delete camera footage after fifteen days."
    assert {b.eid: b.text for b in kb.blocks if b.kind == "note"} == {
        "art_1__note_1": "Including the shelters at tram stops.",
        "art_2__note_2": "Operators must keep a log of each deletion, as the city transport bureau advises."}
    assert not [o for o in kb.obligations if "log of each deletion" in o.text]
    assert "[1]" not in text and any("footnote(s) of the page" in n for n in notes)


def test_pandoc_footnotes_are_notes(tmp_path: Path) -> None:
    kb, _, _ = _kb(tmp_path, "orchards.html", PANDOC_PAGE, "orchards")
    arts = {a.number: a.text for a in kb.articles_of("orchards")}
    assert arts[1] == "Orchard owners shall notify their neighbours one day before spraying pesticides."
    assert {b.eid: b.text for b in kb.blocks if b.kind == "note"} == {
        "art_1__note_1": "Neighbours include beekeepers within three kilometres."}
    assert [a.number for a in kb.articles_of("orchards")] == [1, 2, 3]


def test_cross_reference_links_stay_as_they_are(tmp_path: Path) -> None:
    kb, text, notes = _kb(tmp_path, "kiosks.html", LINKED_PAGE, "kiosks")
    arts = {a.number: a.text for a in kb.articles_of("kiosks")}
    assert arts[2] == "A keeper who violates Article 1 may be warned."
    assert not [b for b in kb.blocks if b.kind == "note"] and "[^" not in text
    assert not any("footnote" in n for n in notes)


CONTENTS_PAGE = """<html><head><meta charset="utf-8"><title>Rules on Ferry Piers</title></head><body>
<div class="toc"><a href="#a1" id="t1">Article 1</a> <a href="#a2" id="t2">Article 2</a>
<a href="#a3" id="t3">3</a></div>
<h3 id="a1">Article 1 <a href="#t1">&#8593;</a></h3><p>Pier operators shall light the piers at night.</p>
<h3 id="a2">Article 2 <a href="#t2">&#8593;</a></h3><p>Pier operators shall keep the gangways free of ice.</p>
<div id="a3"><p>Article 3 These Rules take effect on 1 May 2031. <a href="#t3">top</a></p></div>
</body></html>
"""


def test_a_contents_list_linked_both_ways_is_no_footnote(tmp_path: Path) -> None:
    """Contents entries and article headings that link to each other (a database's "back to contents" arrows) are
    not footnotes: a mark is a short sign, and a note never a heading nor a block that holds an article heading."""
    kb, text, notes = _kb(tmp_path, "piers.html", CONTENTS_PAGE, "piers")
    assert [a.number for a in kb.articles_of("piers")] == [1, 2, 3]
    assert not [b for b in kb.blocks if b.kind == "note"] and "[^" not in text
    assert not any("footnote" in n for n in notes)
