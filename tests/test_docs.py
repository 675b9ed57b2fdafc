"""Docs that cannot go stale: the examples in README.md and the developer guide run as doctests."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from .conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "src" / "regkb" / "docs").glob("*.md"))]


@pytest.mark.parametrize("path", [p for p in DOCS if ">>> " in p.read_text(encoding="utf-8")], ids=lambda p: p.name)
def test_doc_examples(path: Path) -> None:
    result = doctest.testfile(str(path), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


def test_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:15])
    assert "regkb build" in first_screen
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = next(line for line in first_screen.splitlines() if "pytest" in line).split("   #")[0].strip()
    assert test_cmd in ci, "the README's test command and .ci/run have drifted apart"
