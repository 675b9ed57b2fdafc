"""Importing real documents: web pages, PDFs, Word files and text, into the corpus.

The real texts are in ../shared/realtexts (the PIPL as the NPC's three web pages; the GenAI
Measures as text). The PDFs and the Word file are made here, at test time, from those texts:
the web pages printed by Chromium, the text laid out by reportlab with page numbers and running
headers, and written by python-docx with a page header and footer. Every format must give the
same structure (golden outlines checked against the official numbering).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file

from .conftest import CORPUS, GOLDEN, ROOT

REAL = ROOT.parent.parent / "shared" / "realtexts" if (ROOT.parent.parent / "shared").is_dir() else ROOT.parent / "shared" / "realtexts"
PIPL_PAGES = [REAL / "pipl-npc" / f"cn-pipl-npc-en-reference-2021-12-29{s}.html" for s in ("", "-page-2", "-page-3")]
GENAI_TXT = REAL / "genai-casi" / "genai-interim-measures-casi-en.txt"
UPDATE = os.environ.get("REGKB_UPDATE_GOLDEN") == "1"
CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(not GENAI_TXT.exists(), reason="../shared/realtexts is not beside the project")


# --- helpers ---------------------------------------------------------------------------------


def imported(files: list[Path], tmp: Path, name: str, **extra: str) -> ParsedDocument:
    """`regkb add` the files into a fresh corpus and parse the document it wrote."""
    corpus = tmp / f"corpus-{name}"
    corpus.mkdir()
    done = add_to_corpus(read_files(files), corpus, name, {"title": extra.get("title", name)})
    assert done.document is not None
    return parse_file(read_source(done.document, corpus))


def outline(doc: ParsedDocument) -> str:
    """Chapters, sections, articles, paragraphs and items: the structure a lawyer cites."""
    out = [f"{c.label}: {c.title}" for c in doc.chapters]
    out += [f"{s.label} (chapter {s.chapter}): {s.title}" for s in doc.sections]
    for a in doc.articles:
        paras = "; ".join(f"para {p.number}" + (f" items {' '.join(i.label for i in p.items)}" if p.items else "")
                          for p in a.paragraphs)
        out.append(f"{a.label} [ch {a.chapter}, sec {a.section}]: {paras}")
    return "\n".join(out) + "\n"


def words(doc: ParsedDocument) -> list[list[str]]:
    return [p.text.split() for a in doc.articles for p in a.paragraphs]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written: review it and commit it")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden outline"


def genai_pdf(out: Path) -> Path:
    """The GenAI text laid out as a PDF with a running header and page numbers (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # Latin and CJK glyphs (the glosses), no font file
    style = getSampleStyleSheet()["BodyText"]
    style.fontName, style.spaceAfter = "STSong-Light", 6

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Interim Measures for the Management of Generative AI Services")
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")
        canvas.restoreState()

    story = [Paragraph(escape(line), style) for line in GENAI_TXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    SimpleDocTemplate(str(out), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out


def genai_docx(out: Path) -> Path:
    """The GenAI text as a Word file with a page header and a page footer (python-docx)."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Interim Measures (translation)"
    d.sections[0].footer.paragraphs[0].text = "CASI translation, page 1"
    for line in GENAI_TXT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d.add_paragraph(line)
    d.save(str(out))
    return out


def pipl_pdfs(out: Path) -> list[Path]:
    """The NPC's three web pages printed to PDF by Chromium, with the browser's header and footer."""
    from playwright.sync_api import sync_playwright

    pdfs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        for k, html in enumerate(PIPL_PAGES, 1):
            page.goto(html.as_uri(), wait_until="domcontentloaded")
            pdf = out / f"pipl-{k}.pdf"
            page.pdf(path=str(pdf), format="A4", display_header_footer=True,
                     header_template='<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>',
                     footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                                     '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
                     margin={"top": "60px", "bottom": "60px", "left": "50px", "right": "50px"})
            pdfs.append(pdf)
        browser.close()
    return pdfs


# --- the real texts from their published formats ----------------------------------------------


@pytest.fixture(scope="module")
def pipl_html(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    return imported(PIPL_PAGES, tmp_path_factory.mktemp("pipl"), "pipl-html")


@pytest.fixture(scope="module")
def genai_text(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    return imported([GENAI_TXT], tmp_path_factory.mktemp("genai"), "genai-text")


def test_pipl_from_its_web_pages_has_the_official_structure(pipl_html: ParsedDocument) -> None:
    doc = pipl_html
    assert len(doc.chapters) == 8 and [c.number for c in doc.chapters] == list(range(1, 9))
    assert [(s.chapter, s.number) for s in doc.sections] == [(2, 1), (2, 2), (2, 3)]
    assert doc.sections[2].title == "Special Provisions on the Processing of Personal Information by State Organs"
    assert [a.number for a in doc.articles] == list(range(1, 75))
    art3 = doc.articles[2]
    assert len(art3.paragraphs) == 2 and [i.label for i in art3.paragraphs[1].items] == ["(1)", "(2)", "(3)"]
    assert not [d for d in doc.diagnostics if d.severity in ("warning", "error")]
    assert [d.reason for d in doc.dropped] == ["table of contents"]
    check_golden("pipl-npc.outline.txt", outline(doc))


def test_genai_from_its_text_has_24_articles(genai_text: ParsedDocument) -> None:
    assert [a.number for a in genai_text.articles] == list(range(1, 25))
    art4 = genai_text.articles[3]
    assert [i.label for i in art4.paragraphs[0].items] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    check_golden("genai-casi.outline.txt", outline(genai_text))


def test_what_the_pages_say_about_themselves() -> None:
    imp = read_files(PIPL_PAGES)
    assert imp.meta["title"] == "Personal Information Protection Law of the People's Republic of China"
    assert str(imp.meta["adopted_date"]) == "2021-08-20" and str(imp.meta["effective_date"]) == "2021-11-01"
    assert str(imp.meta["published_date"]) == "2021-12-29"
    assert imp.meta["issuing_body"] == "Standing Committee of the National People's Congress"
    assert "Home" not in imp.text and "Search" not in imp.text  # page chrome is not text
    assert "\u00a0" not in imp.text


# --- the same texts from PDFs and a Word file ----------------------------------------------------


def test_genai_from_a_laid_out_pdf_reads_the_same(genai_text: ParsedDocument, tmp_path: Path) -> None:
    pdf = genai_pdf(tmp_path / "genai.pdf")
    imp = read_files([pdf])
    reasons = {f.reason for f in imp.furniture}
    assert {"running header", "page number (bottom of the page)"} <= reasons
    assert all("Generative AI Services" not in b for b in imp.text.split("\n\n")[1:] if "<!--" not in b)
    doc = imported([pdf], tmp_path, "genai-pdf")
    assert outline(doc) == outline(genai_text)
    assert words(doc) == words(genai_text)
    pages = [a.pages for a in doc.articles]
    assert pages[0] == (1,) and all(p for p in pages) and pages[-1][-1] > 1
    assert any(len(p) == 2 for p in pages)  # an article across a page break knows both pages


def test_genai_from_a_word_file_reads_the_same(genai_text: ParsedDocument, tmp_path: Path) -> None:
    path = genai_docx(tmp_path / "genai.docx")
    imp = read_files([path])
    assert {f.text for f in imp.furniture} == {"Interim Measures (translation)", "CASI translation, page 1"}
    doc = imported([path], tmp_path, "genai-docx")
    assert outline(doc) == outline(genai_text)
    assert words(doc) == words(genai_text)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed")
def test_pipl_printed_to_pdf_by_chromium_reads_the_same(pipl_html: ParsedDocument, tmp_path: Path) -> None:
    pdfs = pipl_pdfs(tmp_path)
    imp = read_files(pdfs)
    assert any(f.reason.startswith("page number") for f in imp.furniture)
    doc = imported(pdfs, tmp_path, "pipl-pdf")
    assert outline(doc) == outline(pipl_html)
    assert words(doc) == words(pipl_html)
    assert all(a.pages for a in doc.articles)


# --- regkb add ------------------------------------------------------------------------------------


def test_add_keeps_the_original_and_is_idempotent(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = tmp_path / "measures.txt"
    src.write_text(GENAI_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    run = CliRunner().invoke
    first = run(cli, ["add", str(src), "--corpus", str(corpus), "--title", "Interim Measures"])
    assert first.exit_code == 0, first.output
    assert "not stated in the text: issuing_body" in first.output
    doc = corpus / "interim-measures.md"
    kept = corpus / "sources" / "interim-measures"
    assert (kept / "measures.txt").read_bytes() == src.read_bytes()
    manifest = json.loads((kept / "regkb-import.json").read_text())
    fm = read_source(doc, corpus).frontmatter
    assert fm["original"] == [f"sources/interim-measures/measures.txt sha256:{manifest['files'][0]['sha256']}"]
    assert str(fm["effective_date"]) == "2023-08-15" and fm["converter"].startswith("regkb ")
    before = doc.read_bytes()
    again = run(cli, ["add", str(src), "--corpus", str(corpus)])
    assert again.exit_code == 0 and "unchanged" in again.output and doc.read_bytes() == before
    # the corpus reads the document once: the kept original is not a second document
    kb = KnowledgeBase.from_corpus(corpus)
    assert [d.id for d in kb.documents] == ["interim-measures"]
    # a changed file is a new version of the same work; the first stays as it was
    src.write_text(src.read_text(encoding="utf-8").replace("August 15, 2023", "September 1, 2023"), encoding="utf-8")
    changed = run(cli, ["add", str(src), "--corpus", str(corpus)])
    assert changed.exit_code == 0, changed.output
    v2 = read_source(corpus / "interim-measures.v2.md", corpus).frontmatter
    assert v2["work"] == "interim-measures" and str(v2["effective_date"]) == "2023-09-01"
    assert doc.read_bytes() == before
    assert sorted(d.work for d in KnowledgeBase.from_corpus(corpus).documents) == ["interim-measures"] * 2


def test_add_never_overwrites_what_it_did_not_make(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    mine = corpus / "measures.md"
    mine.write_text("---\ntitle: Mine\n---\nArticle 1 Mine.\n", encoding="utf-8")
    src = tmp_path / "measures.txt"
    shutil.copyfile(GENAI_TXT, src)
    result = CliRunner().invoke(cli, ["add", str(src), "--corpus", str(corpus), "--id", "measures"])
    assert result.exit_code == 2 and "never overwrites" in result.output
    assert mine.read_text(encoding="utf-8") == "---\ntitle: Mine\n---\nArticle 1 Mine.\n"
    assert not (corpus / "sources").exists()


@pytest.mark.parametrize(("name", "data", "message"), [
    ("law.rtf", b"{\\rtf1 x}", "cannot import '.rtf'"),
    ("broken.pdf", b"%PDF-1.4 not really", "could not be read as .pdf"),
    ("broken.docx", b"PK not a zip", "could not be read as .docx"),
])
def test_add_refuses_bad_input_with_a_message(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / name).write_bytes(data)
    result = CliRunner().invoke(cli, ["add", str(tmp_path / name), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_web_page_main_content_is_found_by_density(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Rules on Samples</title><style>p{}</style><script>var x=1;</script></head>
<body><nav><a href="/">Home</a> <a href="/laws">Laws</a></nav><div class="side"><p>Related: other rules</p></div>
<main><div><p>Rules on Samples</p><p>Article 1 These Rules regulate samples.<br>Samples shall be labelled.</p>
<p>Article 2 Operators shall keep samples for one year.</p></div></main><footer>Copyright</footer></body></html>""")
    imp = read_files([page])
    assert imp.text == ("Rules on Samples\n\nArticle 1 These Rules regulate samples.\n\nSamples shall be labelled.\n\n"
                        "Article 2 Operators shall keep samples for one year.\n")


# --- the shipped corpus -----------------------------------------------------------------------------


def test_the_shipped_corpus_holds_the_pipl_and_the_seed_cites_it() -> None:
    kb = KnowledgeBase.from_corpus(CORPUS)
    pipl = kb.document("pipl-npc")
    fm = pipl.frontmatter
    assert fm["law"] == "pipl" and "Translation for Reference Only" in fm["source"]
    assert len(kb.articles_of("pipl-npc")) == 74
    cites = [r for r in kb.references if r.document == "deep-synthesis-provisions" and any(t.law == "pipl" for t in r.targets)]
    assert cites and all(t.document == "pipl-npc" for r in cites for t in r.targets if t.law == "pipl")
    # originals kept, byte for byte, with the hashes the frontmatter states
    for entry in fm["original"]:
        path, sha = entry.split(" sha256:")
        import hashlib
        assert hashlib.sha256((CORPUS / path).read_bytes()).hexdigest() == sha


def test_a_citation_of_an_article_of_a_law_reaches_its_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "sample.md").write_text("---\ntitle: Sample Rules\n---\nArticle 1 Processors shall comply with "
                                      "Article 13 of the Personal Information Protection Law.\n", encoding="utf-8")
    kb = KnowledgeBase.from_corpus(corpus)
    (ref,) = [r for r in kb.references if r.document == "sample" and r.text.startswith("Article 13")]
    (t,) = ref.targets
    assert (t.law, t.document, t.provision) == ("pipl", "pipl-npc", "pipl-npc/art_13")
    assert kb.graph.has_edge("sample/art_1__para_1", "pipl-npc/art_13", "cites")


@pytest.mark.parametrize(("gold", "fixture"), [("pipl.yaml", "pipl_html"), ("genai-interim-measures.yaml", "genai_text")])
def test_paragraph_and_item_numbers_agree_with_the_hand_annotated_gold(gold: str, fixture: str,
                                                                       request: pytest.FixtureRequest) -> None:
    """The gold files (tests/gold, annotated by hand on the official paragraphing) cite provisions
    as art_N__para_P__item_I: every one of them must exist in the imported text."""
    import yaml

    path = ROOT / "tests" / "gold" / gold
    if not path.exists():
        pytest.skip("no gold file")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc: ParsedDocument = request.getfixturevalue(fixture)
    ids = {x.eid for a in doc.articles for p in a.paragraphs for x in (a, p, *p.items)}
    cited = {e["at"] for key in ("obligations", "definitions", "references", "statements")
             for e in (data.get(key) or []) if isinstance(e, dict) and "at" in e}
    assert len(cited) > 30 and cited <= ids, sorted(cited - ids)
