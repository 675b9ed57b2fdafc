"""No text breaks the build, nothing of the law is lost (session 10).

Real texts (the seed, the GenAI Measures as published, held-out texts) as real publishing mangles them
(tests/mutations.py: re-wrapped or joined lines, lost or doubled blank lines, page furniture, CRLF,
full-width forms, invisible spaces, a BOM, upper-case headings, other label styles, a cut-off or repeated
part, other scripts): imported as a .txt, parsed and read into a knowledge base, they never raise, no
defect is kept whole ("parser-failed"), and every printed character of the reading text is in exactly one
place (tests/test_layout_properties.py ``buckets``). Sentences of many modal verbs take linear time (no
timing asserts: a regression shows as a run that does not end).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, split_frontmatter
from regkb.importers import read_files
from regkb.parse import parse_file
from regkb.parse.obligations import _after_last_semicolon
from regkb.parse.structure import parse_structure

from .conftest import CORPUS
from .mutations import CHEAP, MUTATIONS, mutate
from .test_import import GENAI_TXT
from .test_layout_properties import buckets

HERE = Path(__file__).parent
REAL = [CORPUS / "deep-synthesis-provisions.md", GENAI_TXT, HERE / "heldout2" / "drone-flight-data.html",
        HERE / "heldout10" / "hot-spring-resources-bilingual.txt", HERE / "heldout6" / "gas-meter-data-email.txt",
        HERE / "heldout6" / "facial-recognition-decision.md"]


def reading_text(path: Path) -> str:
    if path.suffix in (".md", ".txt"):
        text = path.read_text(encoding="utf-8")
        return text[split_frontmatter(text, path.name)[1] :]
    return read_files([path]).text


def imported_and_read(data: bytes, tmp: Path) -> None:
    """``data`` imported as a text file, parsed and read into a knowledge base: nothing raises, nothing is kept whole
    for a defect, each printed character of the reading text is in one place."""
    path = tmp / "mutated.txt"
    path.write_bytes(data)
    text = "---\ntitle: Mutated\n---\n" + read_files([path]).text
    fm, body, diags = split_frontmatter(text, "mutated.md")
    src = SourceFile("mutated.md", text, "0", fm, body, tuple(diags))
    got = buckets(src, parse_structure(src, "mutated"))
    assert all(c == 1 for c in got), f"{sum(c != 1 for c in got)} characters in {sorted(set(got))} places"
    doc = parse_file(src)
    kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
    assert not [d.message for d in kb.diagnostics if d.code == "parser-failed"]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_texts_as_imported_keep_every_character(path: Path, tmp_path: Path) -> None:
    """(A heading in a block quote keeps its '>' as a dropped mark; a preamble's span holds the parallel Chinese
    lines set apart as blocks: each character is counted once.)"""
    if not path.exists():
        pytest.skip("../shared/realtexts is not beside the project")
    imported_and_read(reading_text(path).encode("utf-8"), tmp_path)


_TEXTS: dict[Path, str] = {}


@settings(max_examples=25, deadline=None)
@given(path=st.sampled_from(REAL), names=st.lists(st.sampled_from(CHEAP), min_size=1, max_size=3),
       seed=st.integers(0, 2**30))
def test_mutated_real_texts_never_break_and_lose_nothing(path: Path, names: list[str], seed: int,
                                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    if not path.exists():
        return
    if path not in _TEXTS:
        _TEXTS[path] = reading_text(path)
    imported_and_read(mutate(_TEXTS[path], names, seed).encode("utf-8"), tmp_path_factory.mktemp("m"))


@pytest.mark.parametrize("name", ["empty", "huge_paragraph", "bom", "crlf", "truncate"])
def test_each_rare_mutation_of_the_seed(name: str, tmp_path: Path) -> None:
    text = reading_text(CORPUS / "deep-synthesis-provisions.md")
    imported_and_read(MUTATIONS[name](text, random.Random(1)).encode("utf-8"), tmp_path)


@pytest.mark.parametrize("unit", [
    "operators shall keep the records of users, and report them to the authorities where necessary; ",
    "providers must retain logs and platforms may suspend accounts, ",
    "shall ",  # modal after modal, no clause break
])
def test_one_long_sentence_of_many_modals(unit: str) -> None:
    """A 60 KB sentence of many modal verbs (a converter that lost every full stop): each modal's lookback is
    bounded, so the extractor ends (it took minutes before session 10; no timing assert)."""
    para = (unit * (60_000 // len(unit) + 1))[:60_000]
    text = f"---\ntitle: Long\n---\nArticle 1 General.\n\nArticle 2 {para}\n\nArticle 3 The end.\n"
    fm, body, diags = split_frontmatter(text, "long.md")
    doc = parse_file(SourceFile("long.md", text, "0", fm, body, tuple(diags)))
    kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
    assert [a.number for a in kb.articles] == [1, 2, 3]
    assert not [d for d in kb.diagnostics if d.code == "parser-failed"]
    if unit.startswith("operators"):
        assert len(kb.obligations) == para.count("shall")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", " ", ";", "；", "\u3000", "\n", "b", "and "]), max_size=30).map("".join))
def test_the_last_clause_is_found_from_the_end(text: str) -> None:
    assert _after_last_semicolon(text) == re.split(r";\s+|；\s*", text)[-1]


@pytest.mark.parametrize("body", [
    "> Article 1 Operators shall keep logs.\n\n> Article 2 Users shall register.\n\n> Article 2 Users shall register.\n\n"
    "> Article 3 This takes effect today.\n",
    "> **Article 1** Platforms must keep records for three years.\n>\n> **Article 2** Platforms may not sell them.\n>\n"
    "> **Article 2** Platforms may not sell them.\n",
])
def test_a_repeated_article_in_block_quotes_is_counted_once(body: str) -> None:
    """A text set in block quotes with an article repeated: the repeat is set apart whole, its heading line (which
    begins with the quote mark) is no heading of the structure any more (found by the duplicate-article mutation of
    a held-out web page)."""
    text = "---\ntitle: Quoted\n---\n" + body
    fm, start, diags = split_frontmatter(text, "q.md")
    src = SourceFile("q.md", text, "0", fm, start, tuple(diags))
    s = parse_structure(src, "q")
    assert [b.kind for b in s.blocks].count("repeated-article") == 1
    assert set(buckets(src, s)) == {1}


@pytest.mark.parametrize("page", [
    # a <div> opened per article and never closed (a hand-made page)
    "<html><body>" + "".join(f'<div class="art"><span>Article {k} Operators shall keep log {k}.</span>\n'
                             for k in range(1, 401)) + "</body></html>",
    # tables nested in tables, the law in the innermost cell (a page laid out by tables)
    "<html><body>" + "<table><tr><td>\n" * 300 + "Article 1 Platforms must keep records." + "</td></tr></table>" * 300
    + "</body></html>",
])
def test_a_page_nested_too_deep_is_refused_with_its_line(page: str, tmp_path: Path) -> None:
    """lxml stops reading at a depth of 256 without an exception: the text after would be lost silently (all of it, or
    every article after the 253rd). The import refuses the page instead, naming the line."""
    from regkb import RegkbError

    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(RegkbError) as exc:
        read_files([path])
    d = exc.value.diagnostics[0]
    assert d.code == "too-deep" and d.file == str(path) and d.line > 1


def test_a_page_nested_within_the_bound_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "ok.html"
    path.write_text("<html><body>" + "<div>" * 120 + "".join(f"<p>Article {k} Users shall register.</p>"
                    for k in range(1, 300)) + "</div>" * 120 + "</body></html>", encoding="utf-8")
    assert read_files([path]).text.count("Article ") == 299


@pytest.mark.parametrize("data", [b"Article 1 Operators shall keep logs.\n\x00\x01\x02", bytes(range(256))])
def test_a_binary_file_given_as_text_is_refused_before_it_enters_the_corpus(data: bytes, tmp_path: Path) -> None:
    """(It was written into the corpus, where the corpus reader then refused it, and with it the whole corpus.)"""
    from regkb import RegkbError

    path = tmp_path / "law.txt"
    path.write_bytes(data)
    with pytest.raises(RegkbError) as exc:
        read_files([path])
    assert exc.value.diagnostics[0].code == "binary"
