"""A Word file converted from a PDF sets each printed line as a paragraph of its own (session 11): before, every
line became a paragraph of the law, so nearly every paragraph was split where the page happened to wrap. Now, where
the file shows that pattern (many paragraphs stop mid-sentence and the next goes on), the lines are written back as
the lines of one block and the parser joins them as it joins a hard-wrapped plain text's; an ordinary Word file (one
paragraph per <w:p>) is read as before. Word files written here with python-docx in two converters' layouts (every
line a paragraph with no space between; lines with an empty paragraph between paragraphs and the article headings
on lines of their own, in bold), two wordings; the text is invented."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
import pytest

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.pipeline import printed_lines, runs_on
from regkb.importers.store import add_to_corpus

# (heading, [paragraphs]) per article; a paragraph "(N) ..." is an item
FERRIES = ("Rules of Lanxi County on Ferry Services", "Chapter I General Provisions", [
    ("Article 1", ["These Rules are formulated for the purpose of keeping ferry services on the rivers and lakes of "
                   "the county safe and orderly, in accordance with the relevant laws and administrative regulations."]),
    ("Article 2", ["A ferry operator shall register every vessel it uses with the county transport bureau before the "
                   "vessel carries any passenger, and shall renew the registration every two years.",
                   "The county transport bureau shall publish the list of registered vessels on its website and "
                   "update the list within ten working days after any change."]),
    ("Article 3", ["A ferry operator shall fulfil the following obligations:",
                   "(1) keeping a log of every crossing, including the time of departure, the number of passengers "
                   "and the name of the master;",
                   "(2) providing life jackets for every passenger and every member of the crew on board;",
                   "(3) suspending services when the water level exceeds the warning level announced by the "
                   "hydrological station."]),
    ("Article 4", ["A ferry operator that violates Article 3 of these Rules shall be ordered by the county transport "
                   "bureau to make corrections and may be fined not less than 1,000 yuan but not more than "
                   "10,000 yuan."]),
    ("Article 5", ["These Rules shall take effect on 1 March 2031."]),
])
KIOSKS = ("Measures of Beihe City for Street Kiosks", "Chapter 1 General Rules", [
    ("Article 1", ["These Measures govern the placing and running of street kiosks (the \"kiosks\") within the "
                   "urban districts of the city, so as to keep pavements passable for pedestrians and for "
                   "persons with disabilities."]),
    ("Article 2", ["A person who wishes to run a kiosk must apply to the district urban management office, which "
                   "must decide on the application within fifteen days after receiving it.",
                   "The office may refuse an application where the proposed site leaves a pavement narrower than "
                   "two metres or blocks the entrance of a building."]),
    ("Article 3", ["A kiosk keeper must comply with these requirements:",
                   "(1) displaying the permit issued by the district office at a place where customers can see it "
                   "clearly;",
                   "(2) keeping the area within three metres of the kiosk clean at all times during opening hours;",
                   "(3) closing the kiosk by eleven o'clock in the evening, except on public holidays designated by "
                   "the city government."]),
    ("Article 4", ["The district office must inspect kiosks at least twice a year and must record the results of "
                   "each inspection in the register of kiosks kept under Article 2."]),
    ("Article 5", ["These Measures enter into force on 15 June 2031."]),
])


def _printed(doc_text: tuple[str, str, list[tuple[str, list[str]]]], width: int, layout: str) -> docx.Document:
    """A converter's Word file: every printed line (the text wrapped at ``width``) a paragraph. Layout "A": the article
    heading starts the first line of its text, nothing between paragraphs; layout "B": the heading alone on its line
    in bold, an empty paragraph after each paragraph of text, and a word broken by a hyphen at a line end."""
    d = docx.Document()
    title, chapter, articles = doc_text
    d.add_paragraph(title)
    if layout == "B":
        d.add_paragraph("")
    d.add_paragraph(chapter)
    for head, paras in articles:
        if layout == "B":
            d.add_paragraph("")
            d.add_paragraph().add_run(head).bold = True
        for k, para in enumerate(paras):
            text = f"{head} {para}" if layout == "A" and k == 0 else para
            lines = textwrap.wrap(text, width)
            if layout == "B" and len(lines) > 1 and len(lines[1].split()[0]) > 7:
                word = lines[1].split()[0]
                lines[0] += " " + word[:4] + "-"
                lines[1] = word[4:] + lines[1][len(word):]
            for ln in lines:
                d.add_paragraph(ln)
            if layout == "B":
                d.add_paragraph("")
    return d


def _whole(doc_text: tuple[str, str, list[tuple[str, list[str]]]]) -> docx.Document:
    """The same text as an ordinary Word file: one paragraph per paragraph."""
    d = docx.Document()
    title, chapter, articles = doc_text
    d.add_paragraph(title)
    d.add_paragraph(chapter)
    for head, paras in articles:
        for k, para in enumerate(paras):
            d.add_paragraph(f"{head} {para}" if k == 0 else para)
    return d


def _kb(tmp_path: Path, d: docx.Document) -> tuple[KnowledgeBase, list[str]]:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "law.docx"
    d.save(str(path))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    added = add_to_corpus(done, corpus, "law", {})
    assert added.document is not None
    return KnowledgeBase.from_corpus(corpus), list(done.notes)


def _got(kb: KnowledgeBase) -> dict[int, list[tuple[str, list[str]]]]:
    """Each article's paragraphs, each with its items."""
    return {a.number: [(p.text, [i.text for i in p.items]) for p in a.paragraphs] for a in kb.articles}


def _plain_paragraphs(doc_text: tuple[str, str, list[tuple[str, list[str]]]]) -> dict[int, list[str]]:
    """The paragraphs of the articles that hold no list."""
    return {k + 1: paras for k, (_head, paras) in enumerate(doc_text[2]) if not any(p.startswith("(") for p in paras)}


@pytest.mark.parametrize(("doc_text", "width", "layout"), [
    (FERRIES, 86, "A"), (KIOSKS, 72, "A"), (FERRIES, 64, "B"), (KIOSKS, 90, "B"),
], ids=["ferries, converter A", "kiosks, converter A", "ferries, converter B", "kiosks, converter B"])
def test_printed_lines_are_rejoined_into_paragraphs(tmp_path: Path, doc_text: tuple, width: int, layout: str) -> None:
    kb, notes = _kb(tmp_path, _printed(doc_text, width, layout))
    assert any("each printed line as a paragraph of its own" in n for n in notes), notes
    whole, _ = _kb(tmp_path / "whole", _whole(doc_text))
    assert _got(kb) == _got(whole)  # read as the same text in an ordinary Word file is
    assert {n: [p for p, _ in _got(kb)[n]] for n in _plain_paragraphs(doc_text)} == _plain_paragraphs(doc_text)
    assert [len(items) for _, items in _got(kb)[3]] == [3]
    assert [o.article for o in kb.obligations if o.modality == "obligation"]  # the duties are read whole


@pytest.mark.parametrize("doc_text", [FERRIES, KIOSKS], ids=["ferries", "kiosks"])
def test_an_ordinary_word_file_is_read_as_before(tmp_path: Path, doc_text: tuple) -> None:
    kb, notes = _kb(tmp_path, _whole(doc_text))
    assert not any("printed line" in n for n in notes), notes
    assert {n: [p for p, _ in _got(kb)[n]] for n in _plain_paragraphs(doc_text)} == _plain_paragraphs(doc_text)
    assert [len(items) for _, items in _got(kb)[3]] == [3]


@pytest.mark.parametrize(("line", "nxt", "goes_on"), [
    ("the county transport bureau before the", "vessel carries any passenger", True),
    ("and the name of the master,", "and the crew", True),
    ("within the urban districts (the \"kiosks\")", "within the city", True),
    ("within the urban districts (the \"kiosks\")", "Within the city", False),
    ("shall renew the registration every two years.", "The county transport bureau", False),
    ("fulfil the following obligations:", "(1) keeping a log", False),
    ("a word broken by a typesetter, obli-", "gations", True),
])
def test_runs_on(line: str, nxt: str, goes_on: bool) -> None:
    assert runs_on(line, nxt) is goes_on


def test_a_few_lines_stopping_mid_sentence_do_not_make_a_file_of_lines() -> None:
    whole = [("These Rules apply to ferries.", "A ferry operator shall register."),
             ("Chapter I General Provisions", "Article 1 These Rules apply."),
             ("A ferry operator shall fulfil the following", "obligations in the county:")] + \
            [("The bureau shall publish the list.", "The list shall be updated.")] * 20
    assert not printed_lines(whole)
    lines = [("the county transport bureau before the", "vessel carries any passenger"),
             ("and shall renew the", "registration every two years."),
             ("keeping a log of every crossing,", "including the time")] * 2 + \
            [("The bureau shall publish the list.", "The list shall be updated.")] * 10
    assert printed_lines(lines)
