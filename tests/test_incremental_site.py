"""regkb build renders only the pages whose inputs changed, and the site is the full build's, byte for byte
(regkb#16: regkb.sitepages)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.build import ROOT_CONFIG, build_site, run_mkdocs
from regkb.errors import RegkbError
from regkb.kb import KnowledgeBase
from regkb.site import generate
from regkb.synth import generate_corpus

from .conftest import tree_files


@pytest.fixture()
def corpus(three_regulations_copy: Path) -> Path:
    return three_regulations_copy


@pytest.fixture(autouse=True)
def guides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The developer guides the site shows (regkb/docs/*.md), as they were when the test began.

    The site reads them from the working tree at each build: a guide saved there between a test's two
    builds (a developer editing the docs while the suite runs) changed one more page, and
    test_a_page_changed_by_hand_is_rendered_again counted 2 pages rendered instead of 1 (regkb#16)."""
    import importlib

    generate_module = importlib.import_module("regkb.site.generate")
    search_module = importlib.import_module("regkb.site.search")
    copy = tmp_path / "guides"
    shutil.copytree(generate_module.DEV_DOCS, copy)
    monkeypatch.setattr(generate_module, "DEV_DOCS", copy)
    monkeypatch.setattr(search_module, "DEV_DOCS", copy)
    return copy


_files = tree_files


def _stats(site: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in site.rglob("*") if p.is_file()}


def _assert_same_site(a: Path, b: Path) -> None:
    fa, fb = _files(a), _files(b)
    assert sorted(fa) == sorted(fb)
    differ = [k for k in fa if fa[k] != fb[k]]
    assert not differ, f"files differ from the full build: {differ[:10]}"


def _reword(d: Path) -> None:  # a duty worded differently: that regulation's pages, actors, downloads change
    p = d / "synth-0002.md"
    text = p.read_text(encoding="utf-8")
    i = text.index(" shall ", len(text) // 2)
    p.write_text(text[:i] + " shall promptly " + text[i + 7:], encoding="utf-8")


def _retitle(d: Path) -> None:  # a title in the navigation: every page shows it
    p = d / "synth-0003.md"
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("title: \"", "title: \"Revised ", 1), encoding="utf-8")


def _add(d: Path) -> None:  # a new regulation: new pages, a longer navigation
    generate_corpus(d / "more", 4, seed=5)
    (d / "more" / "synth-0004.md").replace(d / "synth-0004.md")
    shutil.rmtree(d / "more")


def _remove(d: Path) -> None:
    (d / "synth-0001.md").unlink()


def _redefine(d: Path) -> None:  # a definition reworded: the articles that use the term show it in their tooltip
    p = d / "synth-0002.md"
    text = p.read_text(encoding="utf-8")
    assert " refers to the technology " in text
    p.write_text(text.replace(" refers to the technology ", " refers to the specific technology ", 1), encoding="utf-8")


def _relabel_law(d: Path) -> None:  # a cited law's title in the registry (its old one kept as an alias): every
    import yaml  # page that cites it says the new title

    p = d / "laws.yaml"
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    for law in data["laws"]:
        law["aliases"] = [*(law.get("aliases") or []), law["title"]]
        law["title"] = "The Revised " + law["title"]
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _new_party(d: Path) -> None:  # a party no text named before: the obligations of the texts around it are found
    p = d / "synth-0002.md"  # again (the earlier ones' first reading is replayed, then redone), not kept
    text = p.read_text(encoding="utf-8").rstrip("\n")
    p.write_text(text + "\n\nArticle 90 Harbour pilots shall keep a log of every berth.\n", encoding="utf-8")


CHANGES = [_reword, _retitle, _add, _remove, _redefine, _relabel_law, _new_party]


@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__.strip("_") for c in CHANGES])
def test_incremental_build_is_the_full_build(tmp_path: Path, corpus: Path, change: Callable[[Path], None]) -> None:
    site = tmp_path / "inc" / "site"
    build_site(corpus, site)
    before = _stats(site)
    change(corpus)
    res = build_site(corpus, site)
    full = tmp_path / "full" / "site"
    build_site(corpus, full)
    _assert_same_site(site, full)
    after = _stats(site)
    kept = [k for k in after if before.get(k) == after[k]]
    assert res.rendered is not None
    if change is _reword:
        # only the pages whose Markdown changed were rendered; the others are the previous files
        assert 0 < res.rendered < res.pages // 4, res
        assert len(kept) > len(after) // 2
        assert before["index.html"] == after["index.html"] or "index.html" not in kept
    if change is _retitle:
        assert res.rendered == res.pages  # the navigation changed: every page again


def _party_elsewhere(d: Path) -> None:  # a new party named in another text (another wording): the duties of the
    p = d / "synth-0003.md"  # texts that use that name may change while their own files do not
    text = p.read_text(encoding="utf-8").rstrip("\n")
    p.write_text(text + "\n\nArticle 91 The pilot shall keep a record of each berth.\n", encoding="utf-8")


def _rename_actor(d: Path) -> None:  # a bearer the text names, renamed: its actor, label, duties and IRIs change
    p = d / "synth-0002.md"
    text = p.read_text(encoding="utf-8")
    assert "Data brokers shall" in text
    p.write_text(text.replace("Data brokers shall", "Data traders shall"), encoding="utf-8")


CACHED_CHANGES = [_reword, _redefine, _new_party, _party_elsewhere, _remove, _relabel_law, _rename_actor, _add,
                  _retitle]


@pytest.mark.parametrize("change", CACHED_CHANGES, ids=[c.__name__.strip("_") for c in CACHED_CHANGES])
def test_a_rebuild_through_the_parse_cache_is_the_full_build(tmp_path: Path, corpus: Path,
                                                             change: Callable[[Path], None]) -> None:
    """Through the parse cache, as ``regkb build`` runs (each document's parse and its obligations kept between
    builds, keyed by what they depend on): after a change, every file of the site and every download equals a fresh
    full build's, made with no cache."""
    cache = tmp_path / "cache"
    site = tmp_path / "inc" / "site"
    build_site(corpus, site, cache_dir=cache)
    pieces = tmp_path / "inc" / ".regkb" / "site.rdf-pieces"  # the Turtle and JSON-LD downloads' kept pieces
    kept = {p.name for p in pieces.iterdir()}
    graph_kept = {p.name for p in (cache / "graph").iterdir()}  # each document's structure and obligations
    assert len(graph_kept) == 6
    scratch = tmp_path / "inc" / ".regkb"  # each document's search entries and graph-page share (regkb.site.docpieces)
    search_kept = {p.name for p in (scratch / "site.search-pieces").iterdir()}
    page_kept = {p.name for p in (scratch / "site.graph-pieces").iterdir()}
    assert len(search_kept) == 3 and len(page_kept) == 4  # the graph page's: and one for the actors and laws
    change(corpus)
    build_site(corpus, site, cache_dir=cache)
    full = tmp_path / "full" / "site"
    build_site(corpus, full)
    _assert_same_site(site, full)  # every download too: GraphML, JSON, Turtle, JSON-LD, N-Triples, CSV
    again = {p.name for p in pieces.iterdir()}
    assert len(kept) > 3 and len(again) > 3
    if change in (_reword, _redefine):  # an edit inside one of three documents: the others' pieces are kept
        assert len(again & kept) >= 3, (len(kept), len(again), len(again & kept))
    graph_again = {p.name for p in (cache / "graph").iterdir()}
    if change in (_reword, _redefine, _retitle):  # the two other documents' parts of the graph are replayed
        assert len(graph_again & graph_kept) >= 4 and len(graph_again) == 6, (graph_kept, graph_again)
    if change is _add:
        assert graph_kept < graph_again and len(graph_again) == 8
    if change is _remove:
        assert graph_again < graph_kept and len(graph_again) == 4
    search_again = {p.name for p in (scratch / "site.search-pieces").iterdir()}
    page_again = {p.name for p in (scratch / "site.graph-pieces").iterdir()}
    if change in (_reword, _redefine):  # one document's entries and share made again, the two others' kept
        assert len(search_again & search_kept) == 2 and len(search_again) == 3, (search_kept, search_again)
        assert len(page_again & page_kept) >= 2 and len(page_again) == 4, (page_kept, page_again)
    if change is _add:
        assert search_kept < search_again and len(search_again) == 4 and len(page_again) == 5
    if change is _remove:
        assert search_again < search_kept and len(search_again) == 2 and len(page_again) == 3


def test_unchanged_corpus_rebuilt_reuses_every_page(tmp_path: Path, corpus: Path) -> None:
    site = tmp_path / "site"
    build_site(corpus, site)
    before = _stats(site)
    res = build_site(corpus, site)  # skip_unchanged is off: built again, nothing rendered
    assert res.rendered == 0
    after = _stats(site)
    pages = [k for k in after if k.endswith(".html") and k != "404.html"]
    assert all(before[k] == after[k] for k in pages)  # same file: bytes and time kept


def test_a_page_changed_by_hand_is_rendered_again(tmp_path: Path, corpus: Path) -> None:
    site = tmp_path / "site"
    build_site(corpus, site)
    page = next(p for p in sorted(site.rglob("art-2.html")))
    original = page.read_bytes()
    page.write_bytes(original.replace(b"</body>", b"<p>edited by hand</p></body>"))
    res = build_site(corpus, site)
    assert page.read_bytes() == original
    assert res.rendered == 1


def test_unchanged_sources_are_not_read_again(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs reads the Markdown of the pages whose source file changed since the last build, not of every page."""
    from mkdocs.structure.pages import Page

    site = tmp_path / "site"
    build_site(corpus, site)
    read: list[str] = []
    original = Page.read_source

    def read_source(page: Page, config: object) -> None:
        read.append(page.file.src_uri)
        original(page, config)

    monkeypatch.setattr(Page, "read_source", read_source)
    _reword(corpus)
    res = build_site(corpus, site)
    assert res.rendered is not None
    assert 0 < len(set(read)) <= res.rendered < res.pages // 4, (read, res)


def test_a_guide_saved_between_two_builds_renders_its_page_again(tmp_path: Path, corpus: Path, guides: Path) -> None:
    """What made the test above flaky: a developer guide saved in the working tree between its two builds."""
    site = tmp_path / "site"
    build_site(corpus, site)
    guide = sorted(guides.glob("*.md"))[0]
    guide.write_text(guide.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    res = build_site(corpus, site)
    assert res.rendered == 1
    assert "One more line." in (site / "developers" / f"{guide.stem}.html").read_text(encoding="utf-8")


def test_a_failed_build_leaves_the_site_and_the_next_build_right(tmp_path: Path, corpus: Path) -> None:
    site = tmp_path / "site"
    build_site(corpus, site)
    files, stats = _files(site), _stats(site)
    _reword(corpus)

    def boom(_: Path) -> None:
        raise RegkbError("stop before the swap")

    with pytest.raises(RegkbError):
        build_site(corpus, site, before_swap=boom)
    assert _files(site) == files and _stats(site) == stats  # the previous site, untouched
    build_site(corpus, site)
    full = tmp_path / "full" / "site"
    build_site(corpus, full)
    _assert_same_site(site, full)


def test_the_page_driver_writes_what_mkdocs_build_writes(tmp_path: Path, corpus: Path) -> None:
    """The page-by-page driver against MkDocs' own build command, on the same generated pages."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    kb = KnowledgeBase.from_corpus(corpus)
    docs = tmp_path / "docs"
    nav = generate(kb, docs)
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        ours = tmp_path / "ours"
        run_mkdocs(ROOT_CONFIG, docs, ours, nav)
        theirs = tmp_path / "theirs"
        cfg = load_config(config_file=str(ROOT_CONFIG), docs_dir=str(docs), site_dir=str(theirs), nav=nav, strict=True)
        theme_dir = str(Path(__file__).resolve().parents[1] / "src" / "regkb" / "site" / "overrides")
        cfg.theme.dirs.insert(0, theme_dir)
        cfg.plugins.on_startup(command="build", dirty=False)
        mkdocs_build(cfg)
        cfg.plugins.on_shutdown()
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    _assert_same_site(ours, theirs)


@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
               max_size=60))
@settings(max_examples=400, deadline=None)
def test_esc_in_one_pass_escapes_as_character_by_character(text: str) -> None:
    """markup.esc finds the characters to escape with one regular expression (page generation was spending a
    fifth of its time escaping one character at a time); every character is escaped as before."""
    from regkb.site.markup import _esc_char, esc

    assert esc(text) == "".join(_esc_char(c) for c in text)


@pytest.mark.parametrize("text", ["", "abc", "x" * 7, "héllo wörld ✓ " * 5, "a\ud7ff" * 9])
def test_a_large_text_is_written_in_chunks_and_kept_when_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   text: str) -> None:
    """Site.put writes a large text (a download) a chunk at a time, never holding a second copy as bytes, and
    leaves an unchanged file untouched."""
    import sys

    gen = sys.modules["regkb.site.generate"]
    monkeypatch.setattr(gen, "_CHUNK", 7)
    f = tmp_path / "t"
    assert gen._put_text(f, text) == len(text.encode()) and f.read_bytes() == text.encode()
    stamp = f.stat().st_mtime_ns
    assert gen._put_text(f, text) == len(text.encode()) and f.stat().st_mtime_ns == stamp
    for other in (text + "z", text[:-1]):
        gen._put_text(f, other)
        assert f.read_bytes() == other.encode()


def test_compiled_templates_are_kept_and_only_signed_ones_loaded(tmp_path: Path, corpus: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2

    from regkb import signing
    from regkb.sitepages import _SignedTemplates

    site = tmp_path / "site"
    build_site(corpus, site)
    kept = sorted((tmp_path / ".regkb" / "templates").glob("*.jinja"))
    assert kept
    compiled: list[str | None] = []
    compile_template = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return compile_template(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    build_site(corpus, site)  # built again (skip_unchanged is off), nothing rendered but 404.html and the sitemap
    assert compiled == []  # every template the build renders came from the kept code
    for p in kept:  # the same code, not signed (as jinja's own cache writes it): never loaded
        p.write_bytes(signing.unseal(p.read_bytes(), _SignedTemplates.PURPOSE, p))
    _reword(corpus)
    build_site(corpus, site)
    assert len(compiled) >= len(kept)
    full = tmp_path / "full" / "site"
    build_site(corpus, full)
    _assert_same_site(site, full)


def test_a_site_builds_where_no_signing_key_can_be_made(tmp_path: Path, corpus: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled-template cache is an optimisation: where the machine's signing key cannot be read or made
    (a read-only home, a key file of the wrong mode), the site is built as before, its templates compiled
    afresh, and a second build loads nothing it did not sign in this process."""
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("REGKB_KEY_FILE", str(blocker / "key"))  # its directory cannot be made
    site = tmp_path / "site"
    build_site(corpus, site)
    build_site(corpus, site)
    full = tmp_path / "full" / "site"
    build_site(corpus, full)
    _assert_same_site(site, full)
