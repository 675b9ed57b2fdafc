"""Layouts of session 15 (issue 12, helper layout19), by layout class, each in two layouts or wordings (invented
texts), negative rows included:

- an amendment **comparison table printed in a PDF** (ruled cells; unruled columns): the later version's column is the
  law, the other columns are kept beside their article as comments, read from the page's geometry
  (importers/pdfcompare.py) with the decision the other formats share (parse/tables.py ``comparison_columns``);
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

from .pdf_comparison import comparison_pdf
from .test_layouts17 import FERRIES, MARKETS, _check

# --- a comparison table in a PDF ------------------------------------------------------------------------------------


def _pdf_kb(tmp_path: Path, name: str) -> tuple[KnowledgeBase, str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([tmp_path / name])
    assert add_to_corpus(done, corpus, "law", {}).document is not None
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), text


@pytest.mark.parametrize(("layout", "law", "header"), [
    ("ruled", MARKETS, ("Original text (Order No. 4 of 2028)", "Amended text", "Notes on the amendment")),
    ("ruled", FERRIES, ("Existing provision", "Revised provision", "Explanation")),
    ("unruled", MARKETS, ("Before amendment", "After amendment", "Notes")),
    ("unruled", FERRIES, ("Draft for comment", "Adopted text", "Remarks")),
], ids=["ruled-original-amended", "ruled-existing-revised", "unruled-before-after", "unruled-draft-adopted"])
def test_pdf_comparison_table(tmp_path: Path, layout: str, law: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    comparison_pdf(tmp_path / "cmp.pdf", law, header, layout)
    kb, text = _pdf_kb(tmp_path, "cmp.pdf")
    _check(kb, law)
    for h in header:  # the header is listed as left out, not lost
        assert h in text


@pytest.mark.parametrize("layout", ["ruled", "unruled"])
def test_pdf_comparison_table_then_text_across_the_page(tmp_path: Path, layout: str) -> None:
    after = ("These amendments were adopted at the 12th meeting of the county government and take effect on the "
             "day of their publication, together with the revised text of the Measures.")
    comparison_pdf(tmp_path / "cmp.pdf", FERRIES, ("Existing provision", "Revised provision", "Explanation"), layout,
                   after=after)
    kb, text = _pdf_kb(tmp_path, "cmp.pdf")
    assert " ".join(after.split()) in " ".join(text.split())
    assert "<!-- regkb compared --> These amendments" not in text
    assert sorted(a.number for a in kb.articles) == [1, 2, 3, 4]


@pytest.mark.parametrize("layout", ["ruled", "unruled"])
def test_pdf_articles_side_by_side_without_versions_are_not_taken(tmp_path: Path, layout: str) -> None:
    comparison_pdf(tmp_path / "cmp.pdf", MARKETS, ("Text A", "Text B", "Notes"), layout)
    done = read_files([tmp_path / "cmp.pdf"])
    assert not [n for n in done.notes if "read as a comparison table" in n]
    assert "regkb compared" not in done.text
    for r in MARKETS:  # every column's text kept
        for c in r:
            for p in c.split("\n"):
                assert " ".join(p.split()) in " ".join(done.text.split()) or p.split()[-1] in done.text
    if layout == "ruled":
        assert [n for n in done.notes if "names no earlier and later version" in n]


def test_pdf_fee_table_current_new_is_no_comparison(tmp_path: Path) -> None:
    fees = [("Chapter I Fees",), ("Stall permit, per month", "20 yuan", "Unchanged."),
            ("Night stall, per evening", "5 yuan", "Lowered from 8 yuan.")]
    comparison_pdf(tmp_path / "fees.pdf", fees, ("Item", "Current fee", "New fee"), "unruled",
                   title="Article 1 Stall holders shall pay the fees below.")
    done = read_files([tmp_path / "fees.pdf"])
    assert not [n for n in done.notes if "comparison table" in n]
    assert "regkb compared" not in done.text and "Night stall, per evening" in done.text


@pytest.mark.parametrize(("layout", "repeat"), [("ruled", True), ("ruled", False), ("unruled", True),
                                                ("unruled", False)])
def test_pdf_comparison_table_over_two_pages(tmp_path: Path, layout: str, repeat: bool) -> None:
    comparison_pdf(tmp_path / "cmp.pdf", MARKETS, ("Current provision", "Revised provision", "Reason"), layout,
                   break_after=3, repeat_header=repeat)
    kb, text = _pdf_kb(tmp_path, "cmp.pdf")
    _check(kb, MARKETS)
    assert text.count("read as a comparison table") == 1
