"""Word's automatic numbering: a .docx whose chapter, article and item numbers are not text.

The files are written here with python-docx, and their list definitions are added to the file's
numbering part by hand, in the shapes Word writes: a multilevel list "Chapter %1" / "Article %2"
whose articles never restart, articles numbered by a paragraph style in Chinese ("第%1条"), item
lists that restart with each list instance, outline numbers ("%1.%2"), bullets and broken links.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.importers.wordnum import Numbering, cardinal_text, chinese, format_number, ordinal_text
from regkb.parse import parse_file

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (1, "decimal", "1"), (12, "decimal", "12"), (3, "decimalZero", "03"),
    (4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"), (49, "upperRoman", "XLIX"),
    (1, "lowerLetter", "a"), (26, "lowerLetter", "z"), (27, "lowerLetter", "aa"), (3, "upperLetter", "C"),
    (2, "ordinal", "2nd"), (11, "ordinal", "11th"), (23, "ordinal", "23rd"),
    (1, "cardinalText", "One"), (21, "cardinalText", "Twenty-One"), (40, "cardinalText", "Forty"),
    (1, "ordinalText", "First"), (12, "ordinalText", "Twelfth"), (20, "ordinalText", "Twentieth"),
    (22, "ordinalText", "Twenty-Second"),
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (74, "chineseCountingThousand", "七十四"), (105, "chineseCounting", "一百零五"),
    (3, "decimalEnclosedCircle", "③"), (5, "decimalFullWidth", "５"), (7, "bullet", None), (7, "none", None),
    (5, "someFormatWordAddsLater", "5"),
])
def test_number_formats_print_as_word_prints_them(n: int, fmt: str, shown: str | None) -> None:
    assert format_number(n, fmt) == shown


def test_spelled_numbers_agree_with_each_other() -> None:
    for n in range(1, 200):
        cardinal, ordinal = cardinal_text(n), ordinal_text(n)
        assert cardinal.split(" ")[:-1] == ordinal.split(" ")[:-1], n
        assert ordinal != cardinal
    assert chinese(1010) == "一千零一十"


# --- files ---------------------------------------------------------------------------------


def _lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, suff: str | None = "space",
         restart: int | None = None) -> str:
    parts = [f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if suff:
        parts.append(f'<w:suff w:val="{suff}"/>')
    parts.append(f'<w:lvlText w:val="{text}"/></w:lvl>')
    return "".join(parts)


class WordFile:
    """A python-docx document with list definitions added to its numbering part."""

    def __init__(self) -> None:
        import docx

        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element

    def abstract(self, aid: int, *levels: str) -> None:
        from docx.oxml import parse_xml

        el = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>')
        first_num = self.numbering.find(f"{{{W_NS}}}num")
        if first_num is not None:
            first_num.addprevious(el)
        else:
            self.numbering.append(el)

    def num(self, nid: int, aid: int, restart_at: int | None = None) -> None:
        from docx.oxml import parse_xml

        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/></w:lvlOverride>'
                    if restart_at is not None else "")
        self.numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
                                        f'{override}</w:num>'))

    def para(self, text: str, num: int | None = None, ilvl: int = 0, style: str | None = None) -> Any:
        from docx.oxml import parse_xml

        p = self.doc.add_paragraph(text, style=style)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))
        return p

    def numbered_style(self, name: str, num: int) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml import parse_xml

        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="{num}"/></w:numPr>'))

    def labels(self) -> list[str | None]:
        numbering = Numbering(self.doc)
        return [numbering.label(p) for p in self.doc.paragraphs]

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def chapters_and_articles() -> WordFile:
    """Chapters I..III and articles numbered through all chapters (lvlRestart 0), items per list."""
    w = WordFile()
    w.abstract(900, _lvl(0, "upperRoman", "Chapter %1"), _lvl(1, "decimal", "Article %2", restart=0))
    w.abstract(901, _lvl(0, "decimal", "(%1)"))
    w.num(910, 900)
    w.para("General Provisions", 910, 0)
    w.para("These Rules are made to protect the data of travellers.", 910, 1)
    w.para("Carriers shall keep the following records:", 910, 1)
    w.num(911, 901, restart_at=1)
    w.para("the passenger list;", 911)
    w.para("the route and the times of departure.", 911)
    w.para("Duties of Carriers", 910, 0)
    w.para("A carrier must not sell the records to a third party.", 910, 1)
    w.num(912, 901, restart_at=1)
    w.para("Carriers shall appoint a person who is responsible for:", 910, 1)
    w.para("answering requests from travellers;", 912)
    w.para("reporting incidents within 24 hours.", 912)
    w.para("Supplementary Provisions", 910, 0)
    w.para("These Rules take effect on 1 March 2027.", 910, 1)
    return w


def test_articles_numbered_through_all_chapters_and_items_that_restart() -> None:
    assert chapters_and_articles().labels() == [
        "Chapter I ", "Article 1 ", "Article 2 ", "(1) ", "(2) ", "Chapter II ", "Article 3 ", "Article 4 ",
        "(1) ", "(2) ", "Chapter III ", "Article 5 "]


def test_outline_numbers_restart_under_their_parent_by_default() -> None:
    w = WordFile()
    w.abstract(920, _lvl(0, "decimal", "%1.", suff="tab"), _lvl(1, "decimal", "%1.%2", suff="tab"))
    w.num(921, 920)
    for ilvl in (0, 1, 1, 0, 1):
        w.para("Text.", 921, ilvl)
    assert w.labels() == ["1. ", "1.1 ", "1.2 ", "2. ", "2.1 "]


def test_list_instances_of_one_list_continue_unless_they_restart() -> None:
    w = WordFile()
    w.abstract(930, _lvl(0, "lowerLetter", "%1)"))
    w.num(931, 930)
    w.num(932, 930)              # the same list, no override: counts on (Word's "continue numbering")
    w.num(933, 930, restart_at=1)  # "restart numbering"
    for nid in (931, 931, 932, 933, 933):
        w.para("An item.", nid)
    assert w.labels() == ["a) ", "b) ", "c) ", "a) ", "b) "]


def test_articles_numbered_by_their_style_in_chinese() -> None:
    w = WordFile()
    w.abstract(940, _lvl(0, "chineseCounting", "第%1条", suff="nothing"))
    w.num(941, 940)
    w.numbered_style("Statute Article", 941)
    for _ in range(11):
        w.para("本规定自公布之日起施行。", style="Statute Article")
    labels = w.labels()
    assert labels[0] == "第一条" and labels[9] == "第十条" and labels[10] == "第十一条"


def test_bullets_unnumbered_and_undefined_lists_print_nothing() -> None:
    w = WordFile()
    w.abstract(950, _lvl(0, "bullet", "\uf0b7"))
    w.num(951, 950)
    w.para("a bulleted line", 951)
    w.para("numbering switched off", 0)
    w.para("a list the file never defines", 999)
    w.para("plain text")
    numbering = Numbering(w.doc)
    assert [numbering.label(p) for p in w.doc.paragraphs] == [None, None, None, None]
    assert numbering.unresolved == 1


def test_spelled_article_numbers_from_word(tmp_path: Path) -> None:
    """Word's cardinalText ("Article One") reaches the parser as a spelled article number."""
    w = WordFile()
    w.abstract(960, _lvl(0, "cardinalText", "Article %1"))
    w.num(961, 960)
    w.para("These Measures are formulated to regulate delivery robots.", 961)
    w.para("Operators of delivery robots shall register each robot with the transport department.", 961)
    w.para("Operators may suspend a robot that is damaged.", 961)
    doc = _add(w.save(tmp_path / "robots.docx"), tmp_path)
    assert [a.number for a in doc.articles] == [1, 2, 3]


def _add(path: Path, tmp: Path) -> Any:
    corpus = tmp / "corpus"
    corpus.mkdir()
    done = add_to_corpus(read_files([path]), corpus, "wordnum", {"title": "Rules on Traveller Records"})
    assert done.document is not None
    return parse_file(read_source(done.document, corpus))


def test_a_word_file_numbered_by_word_parses_into_its_articles_and_items(tmp_path: Path) -> None:
    doc = _add(chapters_and_articles().save(tmp_path / "rules.docx"), tmp_path)
    assert [c.title for c in doc.chapters] == ["General Provisions", "Duties of Carriers", "Supplementary Provisions"]
    assert [a.number for a in doc.articles] == [1, 2, 3, 4, 5]
    assert [a.chapter for a in doc.articles] == [1, 1, 2, 2, 3]
    art2, art4 = doc.articles[1], doc.articles[3]
    assert [i.label for i in art2.paragraphs[0].items] == ["(1)", "(2)"]
    assert [i.label for i in art4.paragraphs[0].items] == ["(1)", "(2)"]
    assert "the passenger list" in art2.paragraphs[0].items[0].text


def test_the_user_is_told_the_numbers_came_from_word(tmp_path: Path) -> None:
    draft = read_files([chapters_and_articles().save(tmp_path / "rules.docx")])
    notes = " ".join(draft.notes)
    assert "12 paragraph number(s) come from Word's automatic numbering" in notes
