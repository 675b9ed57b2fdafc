"""Incremental builds equal full builds, and parse only what changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from regkb import KnowledgeBase, RegkbError, incremental
from regkb.incremental import build
from regkb.synth import generate_corpus

from .conftest import CORPUS

N = 6


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("template")
    generate_corpus(d, N, seed=11, registry=CORPUS)
    shutil.copy(CORPUS / "deep-synthesis-provisions.md", d)  # a real text beside the synthetic ones
    return d


@pytest.fixture()
def corpus(tmp_path: Path, template: Path) -> Path:
    d = tmp_path / "corpus"
    shutil.copytree(template, d)
    return d


def _same(a: KnowledgeBase, b: KnowledgeBase) -> None:
    assert a.to_dict() == b.to_dict()
    assert a.sources == b.sources
    assert a.articles == b.articles and a.definitions == b.definitions and a.term_uses == b.term_uses


def _edit(d: Path) -> None:
    p = d / "synth-0003.md"
    p.write_text(p.read_text(encoding="utf-8").replace(" shall ", " must ", 2), encoding="utf-8")


def _add(d: Path) -> None:
    generate_corpus(d / "more", 1, seed=99)
    (d / "more" / "synth-0001.md").replace(d / "extra.md")
    p = d / "extra.md"
    p.write_text(p.read_text(encoding="utf-8").replace('id: "synth-0001"', 'id: "extra"'), encoding="utf-8")
    shutil.rmtree(d / "more")


def _remove(d: Path) -> None:
    (d / "synth-0002.md").unlink()


def _rename(d: Path) -> None:  # same bytes, another path: the document keeps its id from the frontmatter
    (d / "synth-0004.md").rename(d / "renamed.md")


def _registry(d: Path) -> None:  # a registry change re-parses everything (parse_file reads the registries)
    p = d / "laws.yaml"
    p.write_text(p.read_text(encoding="utf-8") + "  - id: extra-law\n    title: \"Extra Law\"\n", encoding="utf-8")


def _crlf(d: Path) -> None:  # same text, other bytes
    p = d / "synth-0005.md"
    p.write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))


SCENARIOS: list[tuple[str, Callable[[Path], None], int]] = [  # (name, change, files parsed again)
    ("no change", lambda d: None, 0),
    ("one file edited", _edit, 1),
    ("file added", _add, 1),
    ("file removed", _remove, 0),
    ("file renamed", _rename, 1),
    ("registry changed", _registry, N + 1),
    ("line ends changed", _crlf, 1),
]


@pytest.mark.parametrize(("name", "change", "parsed"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_incremental_equals_full(corpus: Path, name: str, change: Callable[[Path], None], parsed: int) -> None:
    first, stats = build(corpus)
    assert (stats.parsed, stats.reused) == (N + 1, 0)
    _same(first, KnowledgeBase.from_corpus(corpus))
    change(corpus)
    again, stats = build(corpus)
    _same(again, KnowledgeBase.from_corpus(corpus))
    assert stats.parsed == parsed, name
    assert stats.reused_kb == (name == "no change")
    assert stats.parsed + stats.reused == stats.files


def test_two_changes_in_a_row_and_back(corpus: Path) -> None:
    original = (corpus / "synth-0003.md").read_bytes()
    build(corpus)
    _edit(corpus)
    build(corpus)
    (corpus / "synth-0003.md").write_bytes(original)
    kb, stats = build(corpus)
    assert stats.parsed == 1  # the old entry was pruned when the file changed
    _same(kb, KnowledgeBase.from_corpus(corpus))


def test_damaged_cache_entries_are_misses(corpus: Path) -> None:
    build(corpus)
    cache = corpus / ".regkb" / "cache"
    for p in sorted((cache / "docs").glob("*.pickle"))[:3]:
        p.write_bytes(b"not a pickle")
    (cache / "kb" / "kb.pickle").write_bytes(b"\x80\x05garbage")
    kb, stats = build(corpus)
    assert (stats.parsed, stats.reused_kb) == (3, False)
    _same(kb, KnowledgeBase.from_corpus(corpus))


def test_parser_change_invalidates_the_cache(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(corpus)
    monkeypatch.setattr(incremental, "parser_fingerprint", lambda: "another parser")
    _, stats = build(corpus)
    assert stats.parsed == N + 1


def test_cache_dir_option_and_from_corpus(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "elsewhere"
    kb = KnowledgeBase.from_corpus(corpus, incremental=True, cache_dir=cache)
    assert (cache / "kb" / "kb.pickle").exists() and not (corpus / ".regkb").exists()
    _same(kb, KnowledgeBase.from_corpus(corpus))
    _, stats = build(corpus, cache)
    assert stats.reused_kb
    incremental.clear(corpus, cache)
    assert not cache.exists()


def test_progress_is_reported(corpus: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    build(corpus, progress=lambda *a: seen.append(a))
    assert ("parse", N + 1, N + 1) in seen and seen[0][0] == "hash"


@pytest.mark.parametrize(("breakage", "code"), [
    (lambda d: (d / "bad.md").write_bytes(b"\xff\xfe not utf-16"), "encoding"),
    (lambda d: shutil.copy(d / "synth-0001.md", d / "copy.md"), "duplicate-id"),
    (lambda d: (d / "empty.md").write_text("", encoding="utf-8"), "empty"),
])
def test_bad_input_fails_as_a_full_build_does(corpus: Path, breakage: Callable[[Path], object], code: str) -> None:
    build(corpus)
    breakage(corpus)
    with pytest.raises(RegkbError) as full:
        KnowledgeBase.from_corpus(corpus)
    with pytest.raises(RegkbError) as inc:
        build(corpus)
    assert [d.code for d in inc.value.diagnostics] == [d.code for d in full.value.diagnostics]
    assert code in [d.code for d in inc.value.diagnostics]
    assert str(inc.value) == str(full.value)


# A document's references depend on the titles of the other documents (a title cited in its text is matched
# against them): kept references must not survive another document's new title. Two wordings of the citation.
CITED_TITLES = [
    ("the Measures for the Administration of Orbital Kites", "Measures for the Administration of Orbital Kites"),
    ("the Provisions on the Safety of Tethered Balloon Rides", "Provisions on the Safety of Tethered Balloon Rides"),
]


def _cite(d: Path, cited: str) -> None:
    p = d / "synth-0003.md"
    text = p.read_text(encoding="utf-8")
    end = text.index("\n", text.index(" shall ", len(text) // 2))
    p.write_text(text[:end] + f" It shall also comply with {cited}." + text[end:], encoding="utf-8")


def _cited(kb: KnowledgeBase, title: str) -> list[tuple[tuple[object, ...], bool]]:
    return [(r.targets, r.resolved) for r in kb.references if r.document == "synth-0003" and r.text == title]


@pytest.mark.parametrize(("cited", "title"), CITED_TITLES)
def test_kept_references_follow_another_documents_title(corpus: Path, cited: str, title: str) -> None:
    _cite(corpus, cited)
    first, _ = build(corpus)
    assert _cited(first, title) == [((), False)]  # not in the registry, no such document yet
    p = corpus / "synth-0002.md"
    p.write_text(p.read_text(encoding="utf-8").replace('title: "', f'title: "{title}"\nformer_title: "', 1),
                 encoding="utf-8")
    again, stats = build(corpus)
    assert stats.parsed == 1  # synth-0003 itself is unchanged: its references are found again all the same
    targets = _cited(again, title)
    assert [t.document for tgts, _ in targets for t in tgts] == ["synth-0002"]
    _same(again, KnowledgeBase.from_corpus(corpus))


def test_unchanged_documents_references_are_reused(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from regkb.parse import references

    build(corpus)
    _edit(corpus)
    searched: list[str] = []
    find = references._references

    def counting(docs: list[Any], *args: Any) -> list[Any]:
        searched.extend(p.document.id for p in docs)
        return find(docs, *args)

    monkeypatch.setattr(references, "_references", counting)
    build(corpus)
    assert searched == ["synth-0003"]
    refs = corpus / ".regkb" / "cache" / "refs"
    for entry in refs.glob("*.pickle"):  # a damaged entry is found again, never an error
        entry.write_bytes(b"not a pickle")
    _edit(corpus)
    searched.clear()
    again, _ = build(corpus)
    assert len(searched) == N + 1
    monkeypatch.undo()
    _same(again, KnowledgeBase.from_corpus(corpus))
    assert len(list(refs.glob("*.pickle"))) == N + 1  # the entries of the old text were removed


# A document's obligations depend on what the extractor learnt from the documents before it (a party one of them
# names is a known party in the others) and from every document's definitions: kept obligations must not survive a
# change there. Two wordings each: (text added to synth-0002, text added to synth-0003, the party synth-0003's
# clause names once synth-0002 has named it).
ANOTHER_DOCUMENTS_PARTY = [
    ("Harbour pilots shall keep a log of every berth.", "The pilot shall file a flight plan before departure.",
     "actor/harbour-pilot"),
    ("Orchard beekeepers must register their hives with the county.", "The beekeeper shall report losses of hives.",
     "actor/orchard-beekeeper"),
]
ANOTHER_DOCUMENTS_TERM = [
    ('"Kite handlers" means organizations that fly tethered kites for hire.', "Kite handlers shall insure every flight."),
    ("The term \"balloon crews\" refers to individuals who operate tethered balloons.",
     "Balloon crews shall check the tether before each ascent."),
]


def _append_article(d: Path, name: str, sentence: str) -> None:
    p = d / name
    text = p.read_text(encoding="utf-8").rstrip("\n")
    p.write_text(text + f"\n\nArticle 90 {sentence}\n", encoding="utf-8")


def _re_extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents whose obligations a build finds again (not taken from the cache)."""
    from regkb.parse import obligations

    found: list[str] = []
    heading = obligations._heading_parties  # called once per document the second pass reads

    def counting(p: Any, res: Any) -> Any:
        found.append(p.document.id)
        return heading(p, res)

    monkeypatch.setattr(obligations, "_heading_parties", counting)
    return found


def _duties_of(kb: KnowledgeBase, document: str) -> list[tuple[str, ...]]:
    return sorted(o.actors for o in kb.obligations if o.document == document)


def test_unchanged_documents_obligations_are_reused(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(corpus)
    p = corpus / "synth-0003.md"  # a duty's action reworded: nothing new learnt, the others' obligations stand
    text = p.read_text(encoding="utf-8")
    at = text.index(" shall ", len(text) // 2)
    p.write_text(text[:at] + " shall promptly " + text[at + 7 :], encoding="utf-8")
    found = _re_extracted(monkeypatch)
    kb, _ = build(corpus)
    assert found == ["synth-0003"]
    monkeypatch.undo()
    _same(kb, KnowledgeBase.from_corpus(corpus))
    kept = corpus / ".regkb" / "cache" / "obligations"
    for entry in kept.glob("*.pickle"):  # a damaged entry is found again, never an error
        entry.write_bytes(b"not a pickle")
    (corpus / "synth-0003.md").write_text((corpus / "synth-0003.md").read_text(encoding="utf-8") + "\n",
                                          encoding="utf-8")
    found = _re_extracted(monkeypatch)
    again, _ = build(corpus)
    assert len(found) == N + 1
    monkeypatch.undo()
    _same(again, KnowledgeBase.from_corpus(corpus))


@pytest.mark.parametrize(("named", "uses", "party"), ANOTHER_DOCUMENTS_PARTY)
def test_kept_obligations_follow_another_documents_party(corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                          named: str, uses: str, party: str) -> None:
    _append_article(corpus, "synth-0003.md", uses)
    before, _ = build(corpus)
    assert [party] not in [list(a) for a in _duties_of(before, "synth-0003")]
    _append_article(corpus, "synth-0002.md", named)  # synth-0003 is unchanged, but its clause now names a known party
    found = _re_extracted(monkeypatch)
    after, stats = build(corpus)
    assert stats.parsed == 1 and "synth-0003" in found
    assert (party,) in _duties_of(after, "synth-0003")
    monkeypatch.undo()
    _same(after, KnowledgeBase.from_corpus(corpus))


@pytest.mark.parametrize(("defined", "uses"), ANOTHER_DOCUMENTS_TERM)
def test_kept_obligations_follow_another_documents_definition(corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                               defined: str, uses: str) -> None:
    _append_article(corpus, "synth-0003.md", uses)
    _append_article(corpus, "synth-0002.md", defined)
    before, _ = build(corpus)
    p = corpus / "synth-0002.md"  # the term defined there is no longer defined: synth-0003's party is its own
    p.write_text(p.read_text(encoding="utf-8").replace(defined, "Nothing in these Measures limits other laws."),
                 encoding="utf-8")
    found = _re_extracted(monkeypatch)
    after, stats = build(corpus)
    assert stats.parsed == 1 and "synth-0003" in found
    monkeypatch.undo()
    full = KnowledgeBase.from_corpus(corpus)
    _same(after, full)
    def definitions(kb: KnowledgeBase) -> list[str | None]:  # of the parties of synth-0003's new duty
        actors = {a.id: a for a in kb.actors}
        return [actors[x].definition for o in kb.obligations if o.document == "synth-0003" and o.article == 90
                for x in o.actors]

    assert all(definitions(before)) and definitions(before) and definitions(after) == [None]
