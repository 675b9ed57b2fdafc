"""What `regkb add` left out of a text is shown with the text, not only in the corpus's import record.

A running header or a page number taken out of a PDF is not law, but a reader quoting the
text must be able to see it and why it was left out: the whole-text page lists every such line in full.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from regkb.cli import cli
from regkb.importers.store import MANIFEST, manifest_for
from regkb.kb import KnowledgeBase
from regkb.site.generate import generate
from regkb.site.markup import esc

from .test_pdf_keep import LAYOUTS, draw


def _corpus_with_pdf(tmp_path: Path) -> tuple[Path, Path]:
    layout = LAYOUTS[0]
    pdf = draw(tmp_path / "measures.pdf", layout, furniture=True, hyphens=True, footnote=True, page_break=True)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    res = CliRunner().invoke(cli, ["add", str(pdf), "--corpus", str(corpus), "--id", "measures"])
    assert res.exit_code == 0, res.output
    return corpus, next((corpus / "sources").glob(f"*/{MANIFEST}"))


def test_the_whole_text_page_lists_every_line_the_import_left_out(tmp_path: Path) -> None:
    corpus, manifest = _corpus_with_pdf(tmp_path)
    left = json.loads(manifest.read_text(encoding="utf-8"))["left_out"]
    # the fixture's footnote is no longer left out: it is in the text as a note (the parser keeps it apart)
    assert not any(x["reason"].startswith("footnote") for x in left) and left
    kb = KnowledgeBase.from_corpus(corpus)
    generate(kb, tmp_path / "docs")
    page = next((tmp_path / "docs" / "provisions").glob("*/all.md")).read_text(encoding="utf-8")
    assert '<details class="regkb-import"' in page and esc("Imported from measures.pdf by pdfplumber") in page
    for x in left:  # every line in full, with the reason
        assert f"<td>{esc(x['text'])}</td><td>{esc(x['reason'])}</td>" in page
    assert esc("left out of the text: 2 page numbers, 2 running headers") in page


def test_only_an_imported_document_has_the_import_box(tmp_path: Path) -> None:
    """In the seed corpus the PIPL was added from the NPC's web pages; the provisions were written as Markdown."""
    from .conftest import ROOT

    kb = KnowledgeBase.from_corpus(ROOT / "corpus")
    generate(kb, tmp_path / "docs")
    boxed = {p.parent.name for p in (tmp_path / "docs" / "provisions").glob("*/all.md")
             if "regkb-import" in p.read_text(encoding="utf-8")}
    imported = {d.id for d in kb.documents if d.frontmatter.get("original")}
    assert imported == {"pipl-npc"}
    assert len(boxed) == 1 and "pipl" in next(iter(boxed))


def test_the_frontmatter_cannot_point_the_site_outside_the_sources(tmp_path: Path) -> None:
    corpus, manifest = _corpus_with_pdf(tmp_path)
    good = manifest.parent.name
    assert manifest_for(corpus, {"original": [f"sources/{good}/measures.pdf sha256:0"]}) is not None
    (tmp_path / MANIFEST).write_text("{}", encoding="utf-8")
    for bad in ("../regkb-import.json x", "sources/../x y", "sources/.. y", "/etc/passwd x", f"sources/{good}",
                f"sources/{good}/a/b x", 7, None):
        assert manifest_for(corpus, {"original": [bad]}) is None, bad
    assert manifest_for(corpus, {}) is None
    manifest.write_text("[1, 2]", encoding="utf-8")  # not an object: ignored, not a crash
    assert manifest_for(corpus, {"original": [f"sources/{good}/measures.pdf sha256:0"]}) is None
