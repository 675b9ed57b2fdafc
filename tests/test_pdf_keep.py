"""A PDF laid out as a ministry publishes it loses no character of law.

Invented regulation text drawn line by line with reportlab, so that each layout feature is
exactly where a ministry's PDF has it: a running header and a page number on every page,
words hyphenated at line ends, a footnote in a smaller font below a rule at the page bottom,
and an article whose first sentence runs on across a page break. Each feature alone and all
together, in two layouts (fonts, margins, header wording, footnote marker style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from regkb.importers import read_files

# Each article: its label line and its paragraphs, each paragraph a list of printed lines.
# A line ending in "-" is a word broken at the line end; the sentence reads it joined.
ARTICLES: list[tuple[str, list[list[str]]]] = [
    ("Article 1", [["These Rules are made to regulate the handling of personal inform-",
                    "ation by operators of online platforms and to protect the lawful",
                    "rights of users."]]),
    ("Article 2", [["Operators shall keep records of every processing activity for no less",
                    "than three years, and shall make those records avail-",
                    "able to the competent department upon request."],
                   ["Where an operator entrusts processing to another party, it shall super-",
                    "vise that party and remain responsible for the processing."]]),
    ("Article 3", [["An operator shall appoint a person responsible for data protection and",
                    "publish the contact details of that person on its platform."]]),
    ("Article 4", [["Operators shall carry out a security assessment before they launch a",
                    "new service that processes sensitive personal information, and shall",
                    "submit the assessment report to the department at the provincial level",
                    "within twenty working days after its completion."]]),
    ("Article 5", [["Users may request the correction or deletion of their personal infor-",
                    "mation, and operators shall respond within fifteen working days."]]),
    ("Article 6", [["The competent department shall organise regular inspections and may",
                    "order an operator to rectify a violation within a time limit."]]),
    ("Article 7", [["These Rules take effect on 1 March 2030."]]),
]
FOOTNOTE_AFTER = "able to the competent department upon request."  # the line a footnote marker ends


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    leading: float
    left: float
    top_margin: float
    header: str
    marker: str  # how the footnote marker prints after the word
    footnote: str
    page_number: str  # format with {n}


LAYOUTS = [
    Layout("ministry-a", "Times-Roman", 11, 15, 72, 90, "Rules on Platform Data Handling (Trial)", "1",
           "1 The provincial level means the department of a province, autonomous region or municipality.",
           "- {n} -"),
    Layout("ministry-b", "Helvetica", 10, 14, 56, 80, "MINISTRY OF INFORMATION GAZETTE No. 12", "*",
           "* A working day excludes public holidays and weekends.", "Page {n}"),
]


def sentences() -> list[str]:
    """Every sentence of law, as a lawyer quotes it (hyphens at line ends joined)."""
    out = []
    for label, paras in ARTICLES:
        out.append(label)
        for para in paras:
            text = ""
            for line in para:
                text += line[:-1] if line.endswith("-") else line + " "
            out.append(" ".join(text.split()))
    return out


def draw(out: Path, layout: Layout, *, furniture: bool, hyphens: bool, footnote: bool, page_break: bool) -> Path:
    """The articles drawn line by line; ``page_break`` puts a page break inside Article 4's first sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(out), pagesize=A4)
    page = 1
    y = height - layout.top_margin
    pending_note = False

    def finish_page() -> None:
        nonlocal page, y, pending_note
        if furniture:
            c.setFont(layout.font, 8)
            c.drawString(layout.left, height - 40, layout.header)
            c.drawCentredString(width / 2, 30, layout.page_number.format(n=page))
        if pending_note:
            c.line(layout.left, 80, layout.left + 150, 80)
            c.setFont(layout.font, layout.size - 3)
            c.drawString(layout.left, 68, layout.footnote)
            pending_note = False
        c.showPage()
        page += 1
        y = height - layout.top_margin

    def put(text: str) -> None:
        nonlocal y
        c.setFont(layout.font, layout.size)
        c.drawString(layout.left, y, text)
        y -= layout.leading

    for label, paras in ARTICLES:
        put(label)
        for para in paras:
            lines = para if hyphens else _unhyphenated(para)
            for k, line in enumerate(lines):
                if page_break and label == "Article 4" and k == 2:
                    finish_page()
                put(line)
                if footnote and line.endswith(FOOTNOTE_AFTER):
                    # the marker is a superscript after the word, as a ministry prints it
                    c.setFont(layout.font, layout.size - 4)
                    c.drawString(layout.left + c.stringWidth(line, layout.font, layout.size) + 1,
                                 y + layout.leading + 4, layout.marker)
                    pending_note = True
            y -= layout.leading * 0.6
    finish_page()
    c.save()
    return out


def _unhyphenated(para: list[str]) -> list[str]:
    out: list[str] = []
    carry = ""
    for line in para:
        line = carry + line
        carry = ""
        if line.endswith("-"):
            head, _, frag = line[:-1].rpartition(" ")
            out.append(head)
            carry = frag
        else:
            out.append(line)
    return out


FEATURES = {
    "furniture": dict(furniture=True, hyphens=False, footnote=False, page_break=True),
    "hyphens": dict(furniture=False, hyphens=True, footnote=False, page_break=False),
    "footnote": dict(furniture=False, hyphens=False, footnote=True, page_break=False),
    "page-break": dict(furniture=False, hyphens=False, footnote=False, page_break=True),
    "all": dict(furniture=True, hyphens=True, footnote=True, page_break=True),
}
CASES = [(lay, feat) for lay in LAYOUTS for feat in FEATURES]


def body(text: str) -> str:
    """The reading text without page markers, whitespace collapsed."""
    return " ".join(re.sub(r"<!-- page \d+ -->", " ", text).split())


def law(text: str) -> str:
    """The reading text as the parser reads the law: without the Markdown notes ("[^1]: ...") and their marks."""
    text = re.sub(r"(?m)^\[\^[^\]\s]+\]: .*$", " ", text)
    return body(re.sub(r"\[\^[^\]\s]+\]", "", text))


def written_as_note(text: str, note: str) -> bool:
    """Is the page-foot ``note`` written after the text as a Markdown note, its sign as the label or kept in it?"""
    return any(re.fullmatch(r"\[\^([^\]\s]+)\]: (.*)", ln) and
               (f"{ln.split(']: ', 1)[0][2:]} {ln.split(']: ', 1)[1]}" == note or ln.split("]: ", 1)[1] == note)
               for ln in text.splitlines())


@pytest.mark.parametrize(("layout", "feature"), CASES, ids=[f"{lay.name}-{f}" for lay, f in CASES])
def test_every_sentence_of_law_comes_out_verbatim(tmp_path: Path, layout: Layout, feature: str) -> None:
    flags = FEATURES[feature]
    imp = read_files([draw(tmp_path / "rules.pdf", layout, **flags)])
    text = law(imp.text)
    for sentence in sentences():
        assert sentence in text, f"lost or altered: {sentence!r}"
    if flags["furniture"]:
        assert layout.header not in text
        assert not re.search(r"(?:^|\s)(?:- \d+ -|Page \d+)(?:\s|$)", text)
    if flags["footnote"]:
        # a footnote is kept, as a note after the text (the parser keeps it apart): not in the law's sentences, and
        # not dropped silently
        assert layout.footnote not in text
        assert written_as_note(imp.text, layout.footnote)
        assert any("footnote(s) at the foot of page(s)" in n for n in imp.notes)
    if flags["hyphens"]:
        assert any("joined" in n for n in imp.notes)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[lay.name for lay in LAYOUTS])
def test_the_article_across_the_page_break_stays_one_article(tmp_path: Path, layout: Layout) -> None:
    from regkb.corpus import read_source
    from regkb.importers.store import add_to_corpus
    from regkb.parse import parse_file

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    imp = read_files([draw(tmp_path / "rules.pdf", layout, **FEATURES["all"])])
    done = add_to_corpus(imp, corpus, "rules", {"title": "Rules on Platform Data Handling"})
    assert done.document is not None
    doc = parse_file(read_source(done.document, corpus))
    assert [a.label for a in doc.articles] == [label for label, _ in ARTICLES]
    art4 = next(a for a in doc.articles if a.label == "Article 4")
    assert len(art4.paragraphs) == 1 and art4.pages == (1, 2)
    assert sentences()[sentences().index("Article 4") + 1] in " ".join(art4.paragraphs[0].text.split())


HYPHEN_CASES = [
    # (printed lines of one paragraph, the paragraph as read)
    (["personal inform-", "ation shall be kept."], "personal information shall be kept."),
    (["their personal infor-", "mation, and operators"], "their personal information, and operators"),
    (["a self-regulatory body and a self-", "regulatory code"], "a self-regulatory body and a self-regulatory code"),
    (["the COVID-", "19 rules"], "the COVID- 19 rules"),  # no lower-case letter on either side: kept as printed
    (["the sub-", "Article applies"], "the sub- Article applies"),  # a capital after it: not a broken word
    (["see item a -", "and item b"], "see item a - and item b"),  # a dash between spaces is not a hyphen
    (["data pro-", "cessors."], "data processors."),  # the whole next line is the word's end
]


@pytest.mark.parametrize(("printed", "read"), HYPHEN_CASES)
def test_a_word_hyphenated_at_a_line_end_is_joined_only_when_it_is_one(printed: list[str], read: str) -> None:
    from regkb.importers.pdf import join_hyphens
    from regkb.importers.pipeline import Block, Line

    blocks = [Block([Line(t, 1) for t in printed])]
    notes: list[str] = []
    join_hyphens(blocks, notes, "x.pdf")
    assert blocks[0].text == read
    assert bool(notes) == (read != " ".join(printed))


def test_small_type_at_the_page_foot_without_a_marker_or_rule_stays_in_the_text(tmp_path: Path) -> None:
    """Unsure it is a footnote, the importer keeps it: a smaller line is not enough."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = tmp_path / "small.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    y = A4[1] - 90
    for line in ["Article 1", "Operators shall keep records of every processing activity.",
                 "Article 2", "Operators shall appoint a person responsible for data protection."]:
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, line)
        y -= 15
    c.setFont("Times-Roman", 8)
    c.drawString(72, 70, "Operators shall also report incidents within three days.")
    c.showPage()
    c.save()
    imp = read_files([out])
    assert "Operators shall also report incidents within three days." in body(imp.text)
    assert not [f for f in imp.furniture if f.reason.startswith("footnote")]


def _one_page(out: Path, layout: Layout, mark: str, note: str | None) -> Path:
    """An article whose sentence carries a raised mark mid-line; ``note`` the footnote below a rule, if any."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4)
    y = A4[1] - layout.top_margin
    c.setFont(layout.font, layout.size)
    c.drawString(layout.left, y, "Article 1")
    y -= layout.leading
    head = "Operators shall report to the provincial level"
    c.drawString(layout.left, y, head)
    x = layout.left + c.stringWidth(head, layout.font, layout.size)
    c.setFont(layout.font, layout.size - 4)
    c.drawString(x + 0.5, y + 4, mark)
    x += c.stringWidth(mark, layout.font, layout.size - 4) + 0.5
    c.setFont(layout.font, layout.size)
    c.drawString(x, y, " department within three days.")
    y -= layout.leading
    c.drawString(layout.left, y, "Article 2")
    c.drawString(layout.left, y - layout.leading, "Operators shall keep records.")
    if note is not None:
        c.line(layout.left, 80, layout.left + 150, 80)
        c.setFont(layout.font, layout.size - 3)
        c.drawString(layout.left, 68, note)
    c.showPage()
    c.save()
    return out


@pytest.mark.parametrize("layout", LAYOUTS, ids=[lay.name for lay in LAYOUTS])
def test_a_footnote_reference_mid_sentence_does_not_split_a_word_of_law(tmp_path: Path, layout: Layout) -> None:
    imp = read_files([_one_page(tmp_path / "mid.pdf", layout, layout.marker, layout.footnote)])
    assert "Operators shall report to the provincial level department within three days." in law(imp.text)
    assert re.search(r"provincial level\[\^[^\]\s]+\] department", imp.text)  # the mark, written as Markdown's
    assert written_as_note(imp.text, layout.footnote)


def test_a_raised_sign_without_a_footnote_on_its_page_is_kept_as_printed(tmp_path: Path) -> None:
    imp = read_files([_one_page(tmp_path / "sup.pdf", LAYOUTS[0], "2", None)])
    assert "provincial level2 department" in body(imp.text)


def test_numbered_small_lines_at_the_foot_without_rule_or_reference_stay_in_the_text(tmp_path: Path) -> None:
    """A numbered line in small type is a footnote only below a rule or when the text refers to it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = tmp_path / "rows.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(56, A4[1] - 80, "Article 1")
    c.drawString(56, A4[1] - 94, "Operators shall keep the records listed below.")
    c.setFont("Helvetica", 7)
    c.drawString(56, 90, "1 Records of processing activities kept by the operator.")
    c.drawString(56, 80, "2 Records of security assessments kept by the operator.")
    c.showPage()
    c.save()
    text = body(read_files([out]).text)
    assert "1 Records of processing activities kept by the operator." in text
    assert "2 Records of security assessments kept by the operator." in text
