"""A contents list whose end is in doubt (session 11 review, H3 and M1): a Word table-of-contents field that never
closes (a damaged or truncated file) must not mark the law after it as contents; a title-like line after a contents
list told by its headings is not swallowed as the wrapped title of the last entry. Two wordings each (two invented
texts, two translators)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from regkb.importers import read_files
from regkb.parse import parse_file
from regkb.parse.patterns import CONTENTS_MARK

from .test_properties import source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(inner: str) -> str:
    return f"<w:p {W}>{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


_TOC_OPEN = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')

WORDINGS = [
    ("Measures of Qinghe District on Night Markets",
     ["Article 1 Purpose\t1", "Article 2 Records\t1"],
     ["Article 1 These Measures are formulated to regulate night markets.",
      "Article 2 Stall operators shall keep records of their suppliers."]),
    ("Rules of Nanxi County on River Ferries",
     ["Article 1  Aim ........ 2", "Article 2  Licences ........ 3"],
     ["Article 1 These Rules are made to keep ferry passengers safe.",
      "Article 2 A ferry operator must hold a licence issued by the county transport bureau."]),
]


@pytest.mark.parametrize(("title", "entries", "body"), WORDINGS)
def test_a_contents_field_that_never_closes_leaves_the_law_in(tmp_path: Path, title: str, entries: list[str],
                                                               body: list[str]) -> None:
    d = docx.Document()
    d.add_paragraph(title)
    sect = d.element.body[-1]
    sect.addprevious(parse_xml(_p(_TOC_OPEN + _r(entries[0]))))
    sect.addprevious(parse_xml(_p(_r(entries[1]))))  # the field's end is lost: never closes
    for text in body:
        sect.addprevious(parse_xml(_p(_r(text))))
    path = tmp_path / "t.docx"
    d.save(str(path))
    draft = read_files([path])
    marked = [ln for ln in draft.text.splitlines() if ln.startswith(CONTENTS_MARK)]
    assert len(marked) == 2  # the two entries stay a contents list
    assert "regkb doubt (contents-doubt)" in draft.text
    doc = parse_file(source(f"---\ntitle: {title}\n---\n\n" + draft.text.split("\n---\n", 1)[-1]))
    assert [a.number for a in doc.articles] == [1, 2]
    assert "keep" in doc.articles[1].text or "licence" in doc.articles[1].text
    assert [x for x in doc.diagnostics if x.code == "contents-doubt"]


@pytest.mark.parametrize(("title", "entries", "body"), WORDINGS)
def test_a_closed_contents_field_gives_no_doubt(tmp_path: Path, title: str, entries: list[str],
                                                body: list[str]) -> None:
    d = docx.Document()
    d.add_paragraph(title)
    sect = d.element.body[-1]
    sect.addprevious(parse_xml(_p(_TOC_OPEN + _r(entries[0]))))
    sect.addprevious(parse_xml(_p(_r(entries[1]) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')))
    for text in body:
        sect.addprevious(parse_xml(_p(_r(text))))
    path = tmp_path / "t.docx"
    d.save(str(path))
    draft = read_files([path])
    assert "contents-doubt" not in draft.text
    assert len([ln for ln in draft.text.splitlines() if ln.startswith(CONTENTS_MARK)]) == 2


# --- M1: a title-like line after a contents list told by its headings ----------------------------------------------

_AFTER_LIST = [
    ("Contents\n\nChapter I General Provisions\n\nChapter II Supplementary Provisions\n\n"
     "Administrative Measures for Street Markets\n\nChapter I General Provisions\n\n"
     "Article 1 These Measures are formulated to regulate street markets.\n\nChapter II Supplementary Provisions\n\n"
     "Article 2 These Measures shall come into force on 1 May 2024.\n", "Administrative Measures for Street Markets"),
    ("Table of Contents\n\nChapter 1 General Rules\n\nChapter 2 Final Rules\n\n"
     "In order to regulate night markets\n\nChapter 1 General Rules\n\n"
     "Article 1 These Rules apply to night markets in the county.\n\nChapter 2 Final Rules\n\n"
     "Article 2 These Rules take effect on the day of publication.\n", "In order to regulate night markets"),
]


@pytest.mark.parametrize(("body", "line"), _AFTER_LIST)
def test_a_line_after_the_contents_list_is_not_taken_for_a_wrapped_entry(body: str, line: str) -> None:
    doc = parse_file(source("---\ntitle: Test Measures\n---\n\n" + body))
    toc = [x for x in doc.dropped if x.reason == "table of contents"]
    assert len(toc) == 1 and line not in toc[0].text
    assert line in doc.document.preamble
    assert [a.number for a in doc.articles] == [1, 2]


# --- M3: line-end hyphens after a prefix English hyphenates ---------------------------------------------------------

@pytest.mark.parametrize(("lines", "kept", "joined"), [
    # a translator who breaks "non-motor" and "self-discipline" at the line end
    (["Operators of non-", "motor vehicles shall exercise self-", "discipline and keep to the obli-",
      "gations in these Rules."], {("non", "motor"), ("self", "discipline")}, {("obli", "gations")}),
    # another wording: "anti-monopoly", "pre-existing", and a broken "cross-/ing" and "post-/al"
    (["The anti-", "monopoly office reviews pre-", "existing agreements at each cross-", "ing and by post-",
      "al service."], {("anti", "monopoly"), ("pre", "existing")}, {("cross", "ing"), ("post", "al")}),
    # a second part the text prints as a word of its own
    (["Vehicles of the traffic-", "control office; the control of traffic is the office's duty."],
     {("traffic", "control")}, set()),
])
def test_a_prefix_english_hyphenates_keeps_its_hyphen(lines: list[str], kept: set[tuple[str, str]],
                                                      joined: set[tuple[str, str]]) -> None:
    from regkb.parse.layout import line_end_hyphens

    got = line_end_hyphens(lines)
    assert {(h.first, h.second) for h in got if h.keep} == kept
    assert {(h.first, h.second) for h in got if not h.keep} == joined


@pytest.mark.parametrize(("body", "word"), [
    ("Article 1 Stall operators shall keep records of their sup-\npliers for two years.\n", "suppliers"),
    ("Article 1 A ferry operator must keep a log of its voy-\nages for one year.\n", "voyages"),
])
def test_a_join_into_a_word_printed_nowhere_else_is_a_warning(body: str, word: str) -> None:
    doc = parse_file(source("---\ntitle: Test Measures\n---\n\n" + body))
    warn = [d for d in doc.diagnostics if d.code == "line-end-hyphen" and d.severity == "warning"]
    assert len(warn) == 1 and word in warn[0].message
    assert word in doc.articles[0].text


# --- H3 in the parser: a marked run that reads as law is kept, with a warning --------------------------------------

@pytest.mark.parametrize("body", [
    ["Article 1 Purpose 1", "Article 2 Records 1",
     "Article 1 These Measures are formulated to regulate night markets.",
     "Article 2 Stall operators shall keep records of their suppliers."],
    ["Article 1  Aim ........ 2", "Article 2  Licences ........ 3",
     "Article 1", "These Rules are made to keep ferry passengers safe on the river.",
     "Article 2", "A ferry operator must hold a licence issued by the county transport bureau."],
])
def test_marked_lines_that_read_as_law_are_kept_with_a_warning(body: list[str]) -> None:
    text = "\n\n".join(f"{CONTENTS_MARK} {t}" for t in body)
    doc = parse_file(source(f"---\ntitle: Test Measures\n---\n\n{text}\n"))
    assert [d for d in doc.diagnostics if d.code == "contents-doubt" and d.severity == "warning"]
    assert any("records" in a.text or "licence" in a.text for a in doc.articles)
    assert all(CONTENTS_MARK not in a.text for a in doc.articles)
