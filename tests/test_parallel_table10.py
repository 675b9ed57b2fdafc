"""One holding of the parallel text (session 10): a Word table that sets the text in two languages side by side
gives its Chinese cells to the reading text, each line after the import's mark (``<!-- regkb parallel -->``), written
after the English cell of its row; the parser trusts the mark and keeps every marked line apart as a ``parallel``
block beside its article, as it keeps the Chinese paragraphs of an interleaved edition. No Chinese cell is ever read
as law, whatever it opens with. Two layouts (Chinese column first with a header row; English first without), a
hand-written Markdown text with the mark, and a property over random tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.parse import ParsedDocument, parse_file
from regkb.parse.patterns import CJK_IDEOGRAPH, PARALLEL_MARK


def _docx(out: Path, rows: list[tuple[str, str]], english_first: bool, header: bool) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Measures on Village Wells")
    table = d.add_table(rows=0, cols=2)
    for zh, en in ([("中文", "English")] if header else []) + rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (en, zh) if english_first else (zh, en), strict=True):
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    d.save(str(out))
    return out


def _parsed(path: Path) -> ParsedDocument:
    text = read_files([path]).text
    return parse_file(SourceFile("wells.md", f"---\ntitle: Wells\n---\n{text}", "", {"title": "Wells"}, 21))


def _law(doc: ParsedDocument) -> str:
    return " ".join(p.text for a in doc.articles for p in a.paragraphs)


# Chinese cells that open with no "第N条" (a second paragraph in a row of its own, an unnumbered note): with no
# mark, the interleaved reading would not see them; the mark keeps them apart all the same
ROWS = [("第一条 为了规范村井管理，制定本办法。", "Article 1 These Measures are formulated to regulate village wells."),
        ("村民委员会应当每月检查水井。", "The village committee shall inspect the wells every month."),
        ("第二条 任何人不得向水井倾倒垃圾。\n违者由乡镇人民政府处以罚款。",
         "Article 2 No one shall dump waste into a well.\nThe township government shall fine violators."),
        ("第三条 本办法自2031年5月1日起施行。", "Article 3 These Measures take effect on 1 May 2031.")]


@pytest.mark.parametrize(("english_first", "header"), [(False, True), (True, False)], ids=["zh-first", "en-first"])
def test_every_chinese_cell_is_a_parallel_block_beside_its_article(tmp_path: Path, english_first: bool,
                                                                    header: bool) -> None:
    doc = _parsed(_docx(tmp_path / "w.docx", ROWS, english_first, header))
    assert [a.number for a in doc.articles] == [1, 2, 3]
    assert not CJK_IDEOGRAPH.search(_law(doc))  # no Chinese character read as law
    assert "The village committee shall inspect the wells every month." in _law(doc)
    blocks = [(b.eid, b.text) for b in doc.blocks if b.kind == "parallel"]
    assert blocks == [("art_1__parallel_1", "第一条 为了规范村井管理，制定本办法。"),
                      ("art_1__parallel_2", "村民委员会应当每月检查水井。"),
                      ("art_2__parallel_1", "第二条 任何人不得向水井倾倒垃圾。"),
                      ("art_2__parallel_2", "违者由乡镇人民政府处以罚款。"),
                      ("art_3__parallel_1", "第三条 本办法自2031年5月1日起施行。")]
    assert [d for d in doc.diagnostics if d.code == "parallel-text"]
    assert not [d for d in doc.diagnostics if d.code == "parallel-doubt"]


def test_the_mark_is_trusted_in_a_hand_written_text_and_a_latin_line_under_it_is_reported() -> None:
    text = (f"---\ntitle: Wells\n---\n\nArticle 1 Owners shall cover their wells.\n\n{PARALLEL_MARK} 第一条 井主应当加盖水井。"
            f"\n\nArticle 2 These Rules take effect on 1 May 2031.\n\n{PARALLEL_MARK} Article 2 take effect\n")
    doc = parse_file(SourceFile("w.md", text, "", {"title": "Wells"}, 21))
    assert [a.number for a in doc.articles] == [1, 2]
    assert [b.eid for b in doc.blocks if b.kind == "parallel"] == ["art_1__parallel_1", "art_2__parallel_1"]
    assert "take effect on 1 May 2031." in _law(doc) and "take effect Article" not in _law(doc)
    doubts = [d for d in doc.diagnostics if d.code == "parallel-doubt"]
    assert len(doubts) == 1 and "not in Chinese characters" in doubts[0].message


# (six ideographs at least in each cell: a column of a few ideographs is no Chinese column, parallel_column)
_ZH = st.text(alphabet=st.sampled_from("井水村民应当不得检查管理规定办法第一二三条款"), min_size=6, max_size=20)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(_ZH, min_size=1, max_size=3), min_size=2, max_size=4), english_first=st.booleans())
def test_no_chinese_cell_is_ever_read_as_law(tmp_path: Path, cells: list[list[str]], english_first: bool) -> None:
    rows = [("\n".join(zh), f"Article {n} Owners shall keep well {n} clean.") for n, zh in enumerate(cells, 1)]
    doc = _parsed(_docx(tmp_path / "p.docx", rows, english_first, False))
    assert [a.number for a in doc.articles] == list(range(1, len(cells) + 1))
    assert not CJK_IDEOGRAPH.search(_law(doc))
    assert [b.text for b in doc.blocks if b.kind == "parallel"] == [z for zh in cells for z in zh]
