"""Scaling invariants (regkb#16): what must not grow with the size of the corpus. No timed assertion."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.build import build_site
from regkb.index import SearchIndex, _read_pointer, record_digests
from regkb.model import Span, Statement
from regkb.parse.apart import _names as apart_names
from regkb.parse.obligations import StatementsByDocument, _referred_back, statements_for
from regkb.site import generate
from regkb.site.generate import nav_groups
from regkb.synth import generate_corpus
from regkb.textspan import Clean

from .conftest import CORPUS

generate_module = importlib.import_module("regkb.site.generate")  # the package re-exports the function

PAGE_BOUND = 100_000  # bytes of HTML for one article page, whatever the corpus size


def _levels(nav: list[Any]) -> list[list[Any]]:
    """Every list of entries in a MkDocs nav (one per section), depth first."""
    out = [nav]
    for entry in nav:
        if isinstance(entry, dict):
            for value in entry.values():
                if isinstance(value, list):
                    out.extend(_levels(value))
    return out


def _pages(nav: list[Any]) -> list[str]:
    out: list[str] = []
    for entry in nav:
        if isinstance(entry, str):
            out.append(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                out.extend(_pages(value) if isinstance(value, list) else [value])
    return out


@pytest.mark.parametrize("n", [0, 1, 24, 25, 26, 624, 625, 626, 10_000])
def test_nav_groups_keep_every_entry_in_order_and_every_level_short(n: int) -> None:
    entries = [{f"doc {i}": f"d{i}.md"} for i in range(n)]
    nested = nav_groups(entries, "Regulations", 25)
    assert _pages(nested) == [f"d{i}.md" for i in range(n)]
    assert all(len(level) <= 25 for level in _levels(nested))
    if n <= 25:
        assert nested == entries  # short lists are left alone


def test_nav_group_labels_name_their_range() -> None:
    nested = nav_groups([{str(i): f"{i}.md"} for i in range(10)], "Regulations", 3)
    assert [next(iter(e)) for e in nested] == ["Regulations 1\u20139", "Regulations 10"]
    first = next(iter(nested[0].values()))
    assert [next(iter(e)) for e in first] == ["Regulations 1\u20133", "Regulations 4\u20136", "Regulations 7\u20139"]


@pytest.fixture(scope="module")
def corpus20(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus20")
    generate_corpus(out, 20, seed=3, registry=CORPUS)
    return out


def test_generated_nav_levels_stay_short(corpus20: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate_module, "NAV_GROUP", 6)
    kb = KnowledgeBase.from_corpus(corpus20)
    nav = generate(kb, tmp_path / "docs")
    assert all(len(level) <= 12 for level in _levels(nav))  # 12: the top level's fixed tabs
    provisions = next(v for e in nav if isinstance(e, dict) for k, v in e.items() if k == "The provisions")
    assert len(provisions) <= 1 + 6
    assert sum(p.startswith("provisions/") and "/art-" in p for p in _pages(provisions)) == len(kb.articles)


def test_article_pages_stay_small_on_a_larger_corpus(corpus20: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The navigation in a page is its visible branch: an article page does not list the whole corpus."""
    monkeypatch.setattr(generate_module, "NAV_GROUP", 6)  # nesting kicks in at 20 regulations
    site = tmp_path / "site"
    build_site(corpus20, site)
    pages = sorted((site / "provisions").glob("*/art-*.html"))
    assert len(pages) > 20 * 10
    sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in pages}
    too_big = {k: v for k, v in sizes.items() if v >= PAGE_BOUND}
    assert not too_big
    # the visible branch: another regulation's articles are not linked from this page
    html = pages[0].read_text(encoding="utf-8")
    own = pages[0].parent.name
    others = {p.parent.name for p in pages} - {own}
    linked = {o for o in others if f"../{o}/art-2.html" in html}
    assert len(linked) < len(others)


# --- Clean.from_source folds only the white space that changes --------------------------------------


def _reference_clean(source: str, start: int, end: int, cut: list[Span]) -> tuple[str, tuple[tuple[int, int, int], ...], int]:
    """The straightforward algorithm (every white-space run folded), to compare the fast one with."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for span in sorted(cut):
        if span.end <= start or span.start >= end:
            continue
        if span.start > pos:
            pieces.append((pos, span.start))
        pos = max(pos, span.end)
    if pos < end:
        pieces.append((pos, end))
    chars: list[tuple[str, int]] = []  # clean character, source offset
    pending: int | None = None
    for a, b in pieces:
        for k in range(a, b):
            if source[k].isspace() and re.match(r"\s", source[k]):
                if pending is None:
                    pending = k
            else:
                if pending is not None and chars:
                    chars.append((" ", pending))
                pending = None
                chars.append((source[k], k))
    runs: list[tuple[int, int, int]] = []
    for c, (_ch, s) in enumerate(chars):
        if runs and runs[-1][1] + runs[-1][2] == s and runs[-1][0] + runs[-1][2] == c:
            runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((c, s, 1))
    last = runs[-1][1] + runs[-1][2] if runs else start
    return "".join(ch for ch, _ in chars), tuple(runs), last


@given(st.text(alphabet="ab .\n\t\u3000\xa0", max_size=40), st.data())
@settings(max_examples=400, deadline=None)
def test_clean_from_source_equals_folding_every_run(source: str, data: st.DataObject) -> None:
    n = len(source)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    cuts = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 4)), max_size=3))
    cut = [Span(a, min(n, a + k)) for a, k in cuts]
    got = Clean.from_source(source, start, end, cut)
    assert (got.text, got.runs, got.source_end) == _reference_clean(source, start, end, cut)


# --- the search index: an update re-indexes only what changed ----------------------------------------


def test_index_update_reindexes_only_the_changed_document(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate_corpus(corpus, 4, seed=5, registry=CORPUS)
    where = tmp_path / "index"
    first = SearchIndex(KnowledgeBase.from_corpus(corpus), where)
    first.ensure()
    assert "update" not in json.loads((first.home / _read_pointer(first.home) / "meta.json").read_text())

    target = sorted(corpus.glob("synth-*.md"))[1]
    text = target.read_text(encoding="utf-8")
    assert " shall " in text
    target.write_text(text.replace(" shall ", " shall promptly ", 1), encoding="utf-8")
    kb2 = KnowledgeBase.from_corpus(corpus)
    updated = SearchIndex(kb2, where)
    updated.ensure()
    meta = json.loads((updated.home / _read_pointer(updated.home) / "meta.json").read_text())
    changed_doc = next(d.id for d in kb2.documents if d.path.endswith(target.name))
    assert 0 < meta["update"]["added"] < meta["records"] / 2
    assert {r.document for r in updated.records if record_digests([r]) != _old(first, r)} <= {changed_doc, ""}

    fresh = SearchIndex(kb2, tmp_path / "fresh")
    fresh.rebuild(full=True)
    for q in ("promptly", "shall", "personal information", "security assessment", "minors"):
        a = updated.search(q, limit=1000)
        b = fresh.search(q, limit=1000)
        assert a.total == b.total and sorted(a.ids) == sorted(b.ids), q
        assert a.facets == b.facets, q  # facet values are read by docnum (an update deletes documents)
    assert updated.search("promptly", limit=50).ids
    assert {h.id.split("/")[0] for h in updated.search("promptly", limit=50)} == {changed_doc}


def _old(six: SearchIndex, rec: Any) -> dict[str, str]:
    return {rec.id: record_digests(six.records).get(rec.id, "")}


class _Counted:
    """A statement or mention whose ``document`` counts its readers: the work of grouping by document."""

    reads = 0

    def __init__(self, document: str, text: str = "operators") -> None:
        self._document, self.text = document, text

    @property
    def document(self) -> str:
        _Counted.reads += 1
        return self._document


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=40))
def test_statements_of_each_document_read_once(sizes: list[int]) -> None:
    # one document after the other, as the obligation extractor appends them; a scan of the whole list for each
    # document read N(N+1)/2 documents' statements
    statements: list[Any] = []
    grouped = StatementsByDocument(statements)
    _Counted.reads = 0
    got, want = [], []
    for k, n in enumerate(sizes):
        statements.extend(_Counted(f"d{k % 7}") for _ in range(n))  # an id seen again groups with its first
        got.append(grouped.of(f"d{k % 7}"))
    assert _Counted.reads == len(statements)
    for k in range(len(sizes)):
        want.append([s for s in statements[: sum(sizes[: k + 1])] if s._document == f"d{k % 7}"])
    assert [[id(s) for s in g] for g in got] == [[id(s) for s in w] for w in want]


def test_statements_by_document_is_statements_for() -> None:
    a, b = (Statement(d, 1, f"{d}/art_1", "text", Span(0, 4), "why") for d in ("a", "b"))
    statements = [a, b, a]
    assert StatementsByDocument(statements).of("a") == statements_for(statements, "a") == [a, a]


@pytest.mark.parametrize("documents", [1, 10, 300])
def test_names_of_parties_read_each_mention_once(documents: int) -> None:
    # a party named in every regulation of a corpus: its mentions were scanned once per document it is named in
    mentions = [_Counted(f"d{k}", text) for k in range(documents) for text in ("the operators", "operators")]
    actor = SimpleNamespace(label="Operators", aliases=("operator",), mentions=mentions)
    _Counted.reads = 0
    names = apart_names([actor])  # type: ignore[list-item]
    assert _Counted.reads == len(mentions)
    assert names == {f"d{k}": {"operator"} for k in range(documents)}


class _Watched(list):  # type: ignore[type-arg]
    """A list of clauses that counts how often it is read (iterated, indexed or sliced)."""

    reads = 0

    def __iter__(self) -> Any:
        _Watched.reads += 1
        return super().__iter__()

    def __getitem__(self, key: Any) -> Any:
        _Watched.reads += 1
        return super().__getitem__(key)


@pytest.mark.parametrize("subject", ["Operators", "The platform operators of the service", "Such providers"])
def test_a_subject_that_refers_back_to_nothing_reads_no_earlier_clause(subject: str) -> None:
    # the clauses before each subject were copied for every subject: quadratic in the clauses of a long document
    _Watched.reads = 0
    unit = SimpleNamespace(document="d", article=3)
    assert _referred_back(subject, unit, [], _Watched([object()] * 50), None, upto=40) == []  # type: ignore[arg-type]
    assert _Watched.reads == 0


@pytest.mark.parametrize("subject", ["the operators referred to in the preceding paragraph",
                                     "The providers mentioned in the preceding paragraph"])
def test_a_subject_that_refers_back_reads_the_clauses_before_it_once(subject: str) -> None:
    _Watched.reads = 0
    unit = SimpleNamespace(document="d", article=3)
    assert _referred_back(subject, unit, [], _Watched([]), None, upto=0) == []  # type: ignore[arg-type]
    assert _Watched.reads == 1
