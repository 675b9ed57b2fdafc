"""The hand-annotated gold files (tests/gold/*.yaml) have the shape tests/gold/README.md gives,
and every quoted string is verbatim in the text it was annotated on (checks: tests/goldcheck.py,
shared with the held-out sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import goldcheck as gc

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.glob("*.yaml"))


def test_there_is_a_gold_file_per_text() -> None:
    assert {p.stem for p in FILES} >= {"genai-interim-measures", "pipl", "deep-synthesis-provisions"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_shape(path: Path) -> None:
    problems = gc.shape_problems(gc.load(path), path.stem)
    assert not problems, problems


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_quotes_are_verbatim(path: Path) -> None:
    gold = gc.load(path)
    source = gc.source_text(gold["source"])
    if source is None:
        pytest.skip(f"{gold['source']} is not at hand")
    missing = gc.missing_quotes(gold, source)
    assert not missing, missing
