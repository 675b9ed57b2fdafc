"""`regkb check` warns when an import left out, as not law, text that states a norm (code ``left-out-norm``).

The importer's guesses (a Word file's page header, a box, a margin note) are asked about; text the source itself
marks as deleted (struck through) and text that states no norm are not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document as WordDocument

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.importers.store import left_out_norms

from .conftest import CORPUS

ARTICLES = ["Article 1 These Measures govern the lending of folding ladders by community tool sheds.",
            "Article 2 A tool shed keeper shall record each loan in the lending book.",
            "Article 3 Borrowers shall return a ladder within seven days."]


def _word_file(path: Path, header: str) -> Path:
    doc = WordDocument()
    doc.sections[0].header.paragraphs[0].text = header
    doc.add_paragraph("Measures of Hetang Town on Community Tool Sheds")
    for a in ARTICLES:
        doc.add_paragraph(a)
    doc.save(str(path))
    return path


def _web_page(path: Path, struck: str) -> Path:
    body = "".join(f"<p>{a}</p>" for a in ARTICLES[:2]) + f"<p>{ARTICLES[2]} <del>{struck}</del></p>"
    path.write_text(f"<html><head><title>Rules on Drying Racks</title></head><body><main><h1>Rules on Drying Racks"
                    f"</h1>{body}</main></body></html>", encoding="utf-8")
    return path


def _check(corpus: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["check", "--corpus", str(corpus), "--json"])
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.output)["diagnostics"] if d["code"] == "left-out-norm"]


@pytest.mark.parametrize(("header", "warned"), [
    ("Keepers shall post these Measures at the door of every shed.", True),   # a duty in the header: asked about
    ("Borrowers must not lend a ladder on to another person.", True),        # another wording, a ban
    ("A ladder may not be taken out of the town.", True),                   # "may not"
    ("Hetang Town Gazette, Issue 3 of 2041", False),                         # a header that states no norm
    ("Must", False),                                                         # a word, not a sentence
])
def test_a_norm_left_out_of_a_word_file_is_a_warning(tmp_path: Path, header: str, warned: bool) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = _word_file(tmp_path / "sheds.docx", header)
    added = CliRunner().invoke(cli, ["add", str(src), "--corpus", str(corpus), "--id", "sheds"])
    assert added.exit_code == 0, added.output
    assert f"left out: {header[:70]!r}" in added.output  # the importer did leave it out
    found = _check(corpus)
    assert bool(found) is warned
    if warned:
        (d,) = found
        assert d["severity"] == "warning" and d["file"] == "sheds.md"
        assert "page header of the Word file" in str(d["message"]) and header[:40] in str(d["message"])


@pytest.mark.parametrize("struck", ["The keeper shall charge a deposit of ten yuan.", "Racks must be painted green."])
def test_text_the_source_marks_as_deleted_is_not_asked_about(tmp_path: Path, struck: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = _web_page(tmp_path / "racks.html", struck)
    added = CliRunner().invoke(cli, ["add", str(src), "--corpus", str(corpus), "--id", "racks"])
    assert added.exit_code == 0, added.output
    manifest = json.loads((corpus / "sources" / "racks" / "regkb-import.json").read_text(encoding="utf-8"))
    assert [x for x in manifest["left_out"] if x.get("marked")] == [
        {"text": struck, "reason": manifest["left_out"][0]["reason"], "page": None, "marked": True}]
    assert _check(corpus) == []


def test_documents_without_an_import_give_nothing() -> None:
    kb = KnowledgeBase.from_corpus(CORPUS)
    assert left_out_norms(CORPUS, kb.documents) == []


def test_a_manifest_that_is_not_what_regkb_wrote_is_read_with_care(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sources" / "x").mkdir(parents=True)
    (corpus / "x.md").write_text("---\ntitle: X\nid: x\noriginal:\n- sources/x/x.pdf sha256:00\n---\n"
                                 "Article 1 Operators shall keep a log.\n", encoding="utf-8")
    (corpus / "sources" / "x" / "regkb-import.json").write_text(json.dumps({"left_out": [
        "not an entry", {"text": 7}, {"text": "Operators shall keep the log for a year.", "reason": "a box",
                                      "page": 2}]}), encoding="utf-8")
    kb = KnowledgeBase.from_corpus(corpus)
    (d,) = left_out_norms(corpus, kb.documents)
    assert d.code == "left-out-norm" and "on page 2" in d.message and "as a box" in d.message
