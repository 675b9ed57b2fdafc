"""Shared fixtures: the seed corpus parsed once per session."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from regkb import KnowledgeBase

# "fuzz" is the long campaign: HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED_DOC = "deep-synthesis-provisions"


def kb_text(body: str, name: str = "t.md") -> KnowledgeBase:
    """The knowledge base of one regulation whose text is ``body`` (a frontmatter with a title is put before it)."""
    from regkb.corpus import SourceFile, split_frontmatter
    from regkb.parse import parse_file

    text = f"---\ntitle: T\n---\n{body}\n"
    fm, b, diags = split_frontmatter(text, name)
    doc = parse_file(SourceFile(name, text, "0", fm, b, tuple(diags)))
    return KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})


def kb_from_html(tmp_path: Path, html: str) -> tuple[KnowledgeBase, list[str], str]:
    """Import the page ``html`` as a user would (``regkb add``: read, convert, store in a fresh corpus under
    ``tmp_path``) and return the knowledge base, the importer's notes and the Markdown text it wrote."""
    from regkb.importers import read_files
    from regkb.importers.store import add_to_corpus

    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    assert add_to_corpus(done, corpus, "page", {}).document is not None
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), list(done.notes), text


def refs(body: str) -> dict[str, tuple[str, list[str | None], bool]]:
    """The references of ``body`` (see :func:`kb_text`): their text -> (kind, target provisions or laws, resolved)."""
    kb = kb_text(body)
    return {r.text: (r.kind, [t.provision or t.law for t in r.targets], r.resolved) for r in kb.references}


def defs(body: str) -> list[tuple[str, str]]:
    """The definitions of ``body`` (see :func:`kb_text`) as (term, definition)."""
    return [(d.term, d.definition) for d in kb_text(body).definitions]


def sanctions_of_article_2(parties: str, body: str) -> list[tuple[str, str | None, str | None]]:
    """(the sanction's words from its trigger on, violator, authority) of Article 2, where ``parties`` is Article 1
    (the duties that name the parties) and the opening of Article 2, and ``body`` the rest of Article 2."""
    kb = kb_text(parties + body)
    return [(s.text[s.text.find(s.trigger) :] if s.trigger in s.text else s.text, s.violator, s.authority)
            for s in kb.sanctions if s.article == 2]


def check_sanction_rows(kb: KnowledgeBase, cell: str, expected: list[tuple[str | None, str | None, str]],
                        article: int = 2) -> None:
    """The sanctions of ``article``, in text order, against table rows (violator, authority, a word of the penalty or
    the clause), both names in lower case; no sanction where the row expects none."""
    got = [s for s in kb.sanctions if s.article == article]
    assert len(got) == len(expected), (cell, [(s.violator, s.authority, s.penalties, s.text) for s in got])
    for s, (violator, authority, word) in zip(got, expected, strict=True):
        assert (s.violator or "").lower() == (violator or ""), (cell, s.violator)
        assert (s.authority or "").lower() == (authority or ""), (cell, s.authority)
        assert word in (s.penalties or "").lower() + " " + (s.text or "").lower(), cell


def actions_of_article_2(parties: str, body: str) -> list[str]:
    """The actions of the obligations of Article 2 (see :func:`sanctions_of_article_2`)."""
    return [o.action or "" for o in kb_text(parties + body).obligations if o.article == 2]


def seed_corpus(where: Path) -> Path:
    """The shipped corpus without the texts of the laws it cites (documents with ``law:`` in their
    frontmatter, e.g. the PIPL): the seed as the seed's tests and golden files know it."""
    import shutil

    where.mkdir(parents=True, exist_ok=True)
    for f in sorted(CORPUS.iterdir()):
        if f.is_file() and not (f.suffix == ".md" and "\nlaw: " in f.read_text(encoding="utf-8")[:4000]):
            shutil.copyfile(f, where / f.name)
    return where


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return KnowledgeBase.from_corpus(seed_corpus(tmp_path_factory.mktemp("seed") / "corpus"))


@pytest.fixture(autouse=True)
def _run_in_root(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Doctests and CLI tests use paths relative to the repository root."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def search(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory):
    """``search(query, **filters)``: kb.search over one index built in a temporary directory."""
    where = tmp_path_factory.mktemp("search-index")

    def run(q: str, **kw: object):
        return kb.search(q, index_dir=where, **kw)  # type: ignore[arg-type]

    return run


def tree_files(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by its relative path: two builds compared byte for byte."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def three_regulations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three synthetic regulations (``regkb synth``, seed 5) citing the shipped registry; read only."""
    from regkb.synth import generate_corpus

    d = tmp_path_factory.mktemp("three-regulations") / "corpus"
    generate_corpus(d, 3, seed=5, registry=CORPUS)
    return d


@pytest.fixture()
def three_regulations_copy(tmp_path: Path, three_regulations: Path) -> Path:
    """A copy of :func:`three_regulations` that a test may edit."""
    import shutil

    d = tmp_path / "corpus"
    shutil.copytree(three_regulations, d)
    return d


@contextmanager
def finishes(seconds: int = 60) -> Iterator[None]:
    """Fail (not hang) if the body runs past a generous alarm: the bound a test of linear time asserts (no timing)."""
    def stop(*_: Any) -> None:
        raise TimeoutError("did not finish: superlinear on the run")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
