"""Shared fixtures: the seed corpus parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED_DOC = "deep-synthesis-provisions"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_corpus(CORPUS)


@pytest.fixture(autouse=True)
def _run_in_root(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Doctests and CLI tests use paths relative to the repository root."""
    monkeypatch.chdir(ROOT)
