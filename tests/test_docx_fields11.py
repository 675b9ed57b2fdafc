"""Word files drafted from a template with fields (session 11): the importer reads them as a lawyer sees the printed
page. A field's code (``w:instrText`` between the ``begin`` and ``separate`` field characters, a simple field's
``w:instr``) is never text; its cached result is (the article number of a SEQ field, the number a REF field prints,
a PAGEREF page number), fields nested in a result or in a code included. A table of contents (a TOC field, a content
control of Word's contents gallery, or paragraphs in the TOC styles with no field left around them) keeps every
character, each line marked for the parser, which keeps it out of the law as a contents list: no second Article 4,
no page number in an article. Hyperlinks and bookmarks keep their text; nothing is reported as not read.

The Word files are built here by a deterministic generator (python-docx, the fields and controls written as XML), in
three layouts: (A) a TOC field whose entries are hyperlinks with PAGEREF fields, SEQ numbers and REF
cross-references as complex fields; (B) a TOC in a contents control with a "TOC Heading" title, SEQ numbers and REF
cross-references as simple fields, a field nested in another's code; (C) contents paragraphs in the TOC styles with
no field (a file saved by another editor), typed numbers. Two wordings (two invented texts, two translators)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.docx import Fields, read_paragraph
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file
from regkb.parse.patterns import CONTENTS_MARK

from .test_properties import source

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_NS}"'


# --- the generator --------------------------------------------------------------------------------------------------

def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def _complex(code: str, result: str) -> str:
    """A complex field: begin, the code, separate, the cached result, end (each in a run of its own)."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{_esc(code)}'
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r(result)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _simple(code: str, result: str) -> str:
    return f'<w:fldSimple w:instr="{_esc(code)}">{_r(result)}</w:fldSimple>'


def _field(kind: str, code: str, result: str) -> str:
    return _complex(code, result) if kind == "complex" else _simple(code, result)


def _p(inner: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p {W}>{ppr}{inner}</w:p>"


# a text: (title, [(chapter label, chapter title, [(article, caption, page, [paragraphs])])]); "{REF n}" in a
# paragraph is a cross-reference field whose cached result is n
Text = tuple[str, list[tuple[str, str, list[tuple[int, str, int, list[str]]]]]]

KENNELS: Text = ("Measures of Hexi County on Boarding Kennels", [
    ("I", "General Provisions", [
        (1, "Scope", 1, ["These Measures apply to boarding kennels that keep dogs for reward within Hexi County."]),
        (2, "Competent Department", 1, ["The county agriculture bureau shall supervise boarding kennels."]),
    ]),
    ("II", "Keeping of Dogs", [
        (3, "Registers", 2, ["Every kennel operator shall keep a register of the dogs boarded.",
                             "(1) the name and telephone number of the owner;",
                             "(2) the dates of arrival and departure."]),
        (4, "Vaccination", 2, ["A kennel operator shall not admit a dog without a rabies vaccination certificate."]),
    ]),
    ("III", "Legal Liability", [
        (5, "Penalties", 3, ["An operator that violates Article {REF 3} or Article {REF 4} shall be fined not more "
                             "than 3,000 yuan by the county agriculture bureau."]),
    ]),
])

FERRIES: Text = ("Rules of Linpu City on Small Passenger Ferries", [
    ("I", "General Rules", [
        (1, "Purpose", 1, ["These Rules are made to keep passengers of small ferries safe on the waters of Linpu."]),
        (2, "Supervision", 1, ["The municipal maritime office is responsible for the supervision of small ferries."]),
    ]),
    ("II", "Operation", [
        (3, "Life Jackets", 2, ["Ferry masters must see to it that each passenger wears a life jacket on board."]),
        (4, "Weather", 2, ["No ferry may leave the landing when the wind is above force six.",
                           "The maritime office may suspend all crossings in fog."]),
        (5, "Liability", 3, ["A master who breaches Article {REF 3} is to be fined 500 yuan by the maritime office; "
                             "one who breaches paragraph 1 of Article {REF 4} is to be fined 2,000 yuan."]),
    ]),
])


def _body_paragraph(text: str, kind: str) -> str:
    parts = text.split("{REF ")
    inner = _r(parts[0])
    for part in parts[1:]:
        num, rest = part.split("}", 1)
        inner += _field(kind, f" REF _Ref_art{num} \\r \\h ", num) + _r(rest)
    return _p(inner)


def _heading(text_xml: str, level: int, bookmark: str, ident: int) -> str:
    return _p(f'<w:bookmarkStart w:id="{ident}" w:name="{bookmark}"/>{text_xml}<w:bookmarkEnd w:id="{ident}"/>',
              f"Heading{level}")


def _entry(label: str, anchor: str, page: int, fields: str) -> str:
    """A contents entry as Word writes it: a hyperlink to the heading's bookmark, the label, a tab (the dotted
    leader), the page number (a PAGEREF field, or typed when the field was lost)."""
    number = _complex(f" PAGEREF {anchor} \\h ", str(page)) if fields else _r(str(page))
    return f'<w:hyperlink w:anchor="{anchor}" w:history="1">{_r(label)}<w:r><w:tab/></w:r>{number}</w:hyperlink>'


def build(text: Text, layout: str, path: Path) -> Path:
    """The Word file of ``text`` in ``layout``: "A" (a TOC field, complex fields), "B" (a TOC in a contents control,
    simple fields, a field nested in another's code), "C" (TOC-styled paragraphs, no fields)."""
    title, chapters = text
    d = docx.Document()
    d.add_paragraph(title)
    body = d.element.body
    sect = body[-1]  # the section properties stay last

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    entries: list[tuple[str, str, int, int]] = []  # label, anchor, page, level
    for num, name, arts in chapters:
        entries.append((f"Chapter {num}  {name}", f"_Toc_ch{num}", arts[0][2], 1))
        entries += [(f"Article {n}  {cap}", f"_Toc_art{n}", page, 2) for n, cap, page, _ in arts]
    toc_code = ' TOC \\o "1-2" \\h \\z \\u '
    if layout == "A":
        add(_p(_r("Contents")))
        add(_p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               f'<w:r><w:instrText xml:space="preserve">{toc_code}</w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'))
        for label, anchor, page, _level in entries:
            add(_p(_entry(label, anchor, page, "fields")))
        add(_p('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    elif layout == "B":
        paras = [_p(_r("Table of Contents"), "TOCHeading")]
        for k, (label, anchor, page, level) in enumerate(entries):
            begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     f'<w:r><w:instrText xml:space="preserve">{toc_code}</w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if k == 0 else ""
            end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(entries) - 1 else ""
            paras.append(_p(begin + _entry(label, anchor, page, "fields") + end, f"TOC{level}"))
        add(f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
            f'</w:docPartObj></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')
    else:
        for label, anchor, page, level in entries:
            add(_p(_entry(label, anchor, page, ""), f"TOC{level}"))
    kind = "complex" if layout == "A" else "simple"
    ident = 0
    for num, name, arts in chapters:
        add(_heading(_r(f"Chapter {num}  {name}"), 1, f"_Toc_ch{num}", ident))
        ident += 1
        for n, cap, _page, paras in arts:
            if layout == "C":
                number = _r(str(n))
            elif layout == "B" and n == 1:
                # a field nested in another's code: an IF field whose condition holds a REF; only the IF's result shows
                number = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF '
                          '</w:instrText></w:r>' + _complex(" REF _Ref_draft ", "final") +
                          '<w:r><w:instrText xml:space="preserve"> = "final" "1" "1 [draft]" </w:instrText></w:r>'
                          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _r("1") +
                          '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            else:
                number = _field(kind, " SEQ Article \\* ARABIC ", str(n))
            inner = (_r("Article ") + f'<w:bookmarkStart w:id="{ident + 1}" w:name="_Ref_art{n}"/>' + number
                     + f'<w:bookmarkEnd w:id="{ident + 1}"/>' + _r(f"  {cap}"))
            add(_heading(inner, 2, f"_Toc_art{n}", ident))
            ident += 2
            for text_ in paras:
                add(_body_paragraph(text_, kind) if layout != "C" else _p(_r(text_.replace("{REF ", "").replace(
                    "}", ""))))
    d.save(str(path))
    return path


def imported(path: Path, tmp: Path) -> tuple[ParsedDocument, str, list[str]]:
    """`regkb add` one file into a fresh corpus: the parsed document, its reading text, the import's notes."""
    corpus = tmp / f"corpus-{path.stem}"
    corpus.mkdir()
    draft = read_files([path])
    done = add_to_corpus(draft, corpus, path.stem, {"title": path.stem})
    assert done.document is not None
    return parse_file(read_source(done.document, corpus)), draft.text, list(draft.notes)


# --- the documents, read as printed ---------------------------------------------------------------------------------

CASES = [(KENNELS, "A"), (KENNELS, "B"), (KENNELS, "C"), (FERRIES, "A"), (FERRIES, "B"), (FERRIES, "C")]


@pytest.mark.parametrize(("text", "layout"), CASES, ids=[f"{t[0].split()[-1]}-{lay}" for t, lay in CASES])
def test_template_file_reads_as_printed(tmp_path: Path, text: Text, layout: str) -> None:
    path = build(text, layout, tmp_path / f"{text[0].split()[-1].lower()}-{layout.lower()}.docx")
    doc, reading, notes = imported(path, tmp_path)
    chapters = text[1]
    want = [(n, cap, [p.replace("{REF ", "").replace("}", "") for p in paras])
            for _c, _t, arts in chapters for n, cap, _pg, paras in arts]
    # every article once, with its caption, in its chapter; no duplicate from the contents list
    assert [a.number for a in doc.articles] == [n for n, _, _ in want]
    assert [c.number for c in doc.chapters] == list(range(1, len(chapters) + 1))
    assert not [d for d in doc.diagnostics if d.severity == "error"]
    assert any(d.code == "toc" for d in doc.diagnostics)
    for a, (_n, cap, paras) in zip(doc.articles, want, strict=True):
        assert a.title == cap
        # the paragraphs as printed: a REF field's result is the number, no code, no page number
        assert " ".join(p.text for p in a.paragraphs) == " ".join(
            p for p in paras if not p.startswith("(")) + "".join(" " + p for p in paras if p.startswith("("))
    # field codes are never text, anywhere in the reading text
    for code in ("SEQ", "PAGEREF", "_Ref", "_Toc", "TOC \\o", "IF "):
        assert code not in reading
    # the contents list: every entry kept, marked, dropped as a table of contents (page numbers with it)
    marked = [ln for ln in reading.splitlines() if ln.startswith(CONTENTS_MARK)]
    entries = sum(1 + len(arts) for _c, _t, arts in chapters)
    assert len(marked) == entries + (layout == "B")  # B: the contents control's "Table of Contents" line too
    assert any("Article 4  " in ln or "Article 4 " in ln for ln in marked)
    toc = [x for x in doc.dropped if x.reason == "table of contents"]
    assert len(toc) == 1 and all(ln in toc[0].text for ln in marked)
    # nothing the importer could not read
    assert not [n for n in notes if "not read" in n]
    assert any("table of contents" in n for n in notes)
    assert (layout != "C") == any("field(s)" in n for n in notes)


def test_escape_room_style_heading_keeps_bookmarked_seq_number(tmp_path: Path) -> None:
    """A heading whose number sits in a bookmark around a SEQ field, and a paragraph citing it through a REF field
    inside a hyperlink: the number is printed once, in place; the bookmark adds nothing."""
    d = docx.Document()
    d.add_paragraph("Rules of Yanbei Town on Boat Moorings")
    sect = d.element.body[-1]
    sect.addprevious(parse_xml(_p(_r("Article ") + '<w:bookmarkStart w:id="7" w:name="_Ref9"/>'
                                  + _complex(" SEQ Article ", "1") + '<w:bookmarkEnd w:id="7"/>'
                                  + _r(" Boat owners shall register each boat with the town office."))))
    sect.addprevious(parse_xml(_p(_r("Article ") + _simple(" SEQ Article ", "2")
                                  + _r(" An owner who breaches ") + '<w:hyperlink w:anchor="_Ref9">'
                                  + _r("Article ") + _complex(" REF _Ref9 \\h ", "1") + "</w:hyperlink>"
                                  + _r(" shall be fined 200 yuan by the town office."))))
    path = tmp_path / "moorings.docx"
    d.save(str(path))
    doc, _reading, notes = imported(path, tmp_path)
    assert [a.number for a in doc.articles] == [1, 2]
    assert doc.articles[1].paragraphs[0].text == ("An owner who breaches Article 1 shall be fined 200 yuan by the "
                                                  "town office.")
    assert not [n for n in notes if "not read" in n]


# --- a paragraph's text, field by field (table-driven) ---------------------------------------------------------------

PARAGRAPHS = [
    ("a complex field: the result, not the code", _r("Article ") + _complex(" SEQ Article ", "4"), "Article 4"),
    ("a simple field: the result", _r("Article ") + _simple(" SEQ Article ", "4"), "Article 4"),
    ("a code over several runs", '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF </w:instrText>'
     '</w:r><w:r><w:instrText>_Ref1 \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
     + _r("6") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "6"),
    ("a field nested in a result", _complex(" HYPERLINK \\l x ", "") .replace(_r(""), _r("see ") + _complex(
        " PAGEREF x ", "12")), "see 12"),
    ("a field nested in a code", '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText>'
     '</w:r>' + _complex(" REF a ", "yes") + '<w:r><w:instrText> = "yes" "shall" "may" </w:instrText></w:r>'
     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _r("shall") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
     "shall"),
    ("a field in a hyperlink", '<w:hyperlink w:anchor="a">' + _r("Article ") + _complex(" REF a ", "3")
     + "</w:hyperlink>", "Article 3"),
    ("a simple field in a hyperlink", '<w:hyperlink w:anchor="a">' + _simple(" REF a ", "3") + "</w:hyperlink>", "3"),
    ("an end with no field open keeps the text", '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _r("text"), "text"),
    ("a field never updated (no result)", _r("page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
     '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', "page "),
    ("a bookmark adds nothing", '<w:bookmarkStart w:id="1" w:name="b"/>' + _r("Article 2") + '<w:bookmarkEnd w:id="1"/>',
     "Article 2"),
    ("a deletion inside a field's result is left out", _complex(" REF a ", "5").replace(
        _r("5"), _r("5") + f"<w:del>{_r('6').replace('w:t', 'w:delText')}</w:del>"), "5"),
]


@pytest.mark.parametrize(("what", "inner", "text"), PARAGRAPHS, ids=[p[0] for p in PARAGRAPHS])
def test_paragraph_text_with_fields(what: str, inner: str, text: str) -> None:
    fields = Fields()
    got, contents = read_paragraph(parse_xml(_p(inner)), fields)
    assert got == text, what
    assert not contents and not fields.stack


def test_contents_field_spans_paragraphs() -> None:
    """A TOC field opens in one paragraph and closes in a later one: the paragraphs between are its result."""
    fields = Fields()
    paras = [_p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> toc \\o "1-3" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _entry("Article 1  Scope", "_T1", 1, "fields")),
             _p(_entry("Article 2  Terms", "_T2", 2, "fields")),
             _p('<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
             _p(_r("Article 1 Scope"))]
    got = [read_paragraph(parse_xml(p), fields) for p in paras]
    assert got == [("Article 1  Scope\t1", True), ("Article 2  Terms\t2", True), ("", False),
                   ("Article 1 Scope", False)]


_CODE_WORDS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_\\ ", min_size=1, max_size=30)
_RESULTS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 ", min_size=1, max_size=20).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_CODE_WORDS, _RESULTS, st.sampled_from(["complex", "simple"])), min_size=1, max_size=4))
def test_fields_print_their_results_only(fields_: list[tuple[str, str, str]]) -> None:
    """Whatever the codes say, a paragraph of fields reads as their results, in order."""
    inner = _r("[") + "".join(_field(kind, f"XX{code}", result) for code, result, kind in fields_) + _r("]")
    got, _ = read_paragraph(parse_xml(_p(inner)), Fields())
    assert got == "[" + "".join(result for _c, result, _k in fields_) + "]"


# --- the parser: lines marked as contents ---------------------------------------------------------------------------

MARKED = f"""---
title: Rules of Linpu City on Small Passenger Ferries
---

# Rules of Linpu City on Small Passenger Ferries

**Contents**

{CONTENTS_MARK} Chapter I General Rules 1

{CONTENTS_MARK} Article 1 Purpose 1

{CONTENTS_MARK} Article 2 Supervision 1

Chapter I General Rules

Article 1 Purpose

These Rules are made to keep passengers of small ferries safe on the waters of Linpu.

Article 2 Supervision

The municipal maritime office is responsible for the supervision of small ferries.
"""


def test_marked_contents_lines_are_a_contents_list() -> None:
    doc = parse_file(source(MARKED))
    assert [a.number for a in doc.articles] == [1, 2]
    assert len(doc.chapters) == 1
    toc = [x for x in doc.dropped if x.reason == "table of contents"]
    assert len(toc) == 1 and toc[0].text.startswith("**Contents**") and toc[0].text.endswith("Supervision 1")
    assert not [d for d in doc.diagnostics if d.code in ("duplicate-chapter", "duplicate-article", "markup-dropped")]
    assert "Contents" not in doc.document.preamble


def test_a_field_that_never_closes_is_reported_not_hidden(tmp_path: Path) -> None:
    """A damaged file whose field opens and never closes: what follows reads as the field's code, and is not shown;
    it is reported as text not read, never taken silently for a code (a closed field's code is, the nested IF above)."""
    d = docx.Document()
    d.add_paragraph("Rules of Yanbei Town on Boat Moorings")
    sect = d.element.body[-1]
    sect.addprevious(parse_xml(_p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                  '<w:r><w:instrText> SEQ Article </w:instrText></w:r>')))
    sect.addprevious(parse_xml(_p(_r("Article 1 Boat owners shall register each boat with the town office."))))
    path = tmp_path / "moorings.docx"
    d.save(str(path))
    draft = read_files([path])
    assert [n for n in draft.notes if "not read" in n]
    assert "regkb doubt (text-not-read)" in draft.text
