"""The hand-annotated gold files (tests/gold/*.yaml) have the shape tests/gold/README.md gives,
and every quoted string is verbatim in the text it was annotated on."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import CORPUS, ROOT

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.glob("*.yaml"))
TOP = {"document", "source", "annotator", "date", "guide_version", "obligations", "sanctions", "definitions", "references"}
OPTIONAL_TOP = {"coverage", "parties", "official_paragraphs"}
MODALITIES = {"obligation", "prohibition", "permission", "right", "encouragement"}
BASES = {"explicit", "pronoun", "lead-in", "relative", "passive-implied", "elided", "none"}
AT = re.compile(r"art_[1-9]\d*(__para_[1-9]\d*(__item_[1-9]\d*)?)?")
TARGET = re.compile(rf"{AT.pattern}|chap_[1-9]\d*(__sec_[1-9]\d*)?")
LAW_IDS = {law["id"] for law in yaml.safe_load((CORPUS / "laws.yaml").read_text(encoding="utf-8"))["laws"]}
DOC_IDS = {p.stem for p in CORPUS.glob("*.md") if p.name != "README.md"}


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _source_text(source: str) -> str | None:
    """The annotated text with white space folded (HTML pages: tags stripped); None if absent."""
    # "../shared/..." is beside the repository; a git worktree sits one or two levels deeper.
    bases = [ROOT, *ROOT.parents] if source.startswith("../") else [ROOT]
    rel = source[3:] if source.startswith("../") else source
    for base in bases:
        paths = sorted(base.glob(rel)) if "*" in rel else [base / rel]
        if paths and all(p.is_file() for p in paths):
            break
    else:
        return None
    parts = []
    for p in paths:
        raw = p.read_text(encoding="utf-8")
        if p.suffix == ".html":
            raw = html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\xa0", " ")
        parts.append(raw)
    return _fold(" ".join(parts))


def test_there_is_a_gold_file_per_text() -> None:
    assert {p.stem for p in FILES} >= {"genai-interim-measures", "pipl", "deep-synthesis-provisions"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_shape(path: Path) -> None:
    gold = _load(path)
    assert TOP <= set(gold) <= TOP | OPTIONAL_TOP, set(gold) ^ TOP
    assert gold["document"] == path.stem
    covered = set(gold.get("coverage") or [])
    assert all(isinstance(n, int) and n > 0 for n in covered)

    def place(at: str) -> None:
        assert AT.fullmatch(at), at
        if covered:
            assert int(at.split("__")[0][4:]) in covered, f"{at} is outside coverage"

    seen: set[tuple[Any, ...]] = set()
    for ob in gold["obligations"]:
        assert set(ob) - {"note"} == {"at", "modality", "bearers", "universal", "basis", "action", "condition", "text"}, ob
        place(ob["at"])
        assert ob["modality"] in MODALITIES and ob["basis"] in BASES, ob
        assert isinstance(ob["universal"], bool) and isinstance(ob["bearers"], list), ob
        assert all(isinstance(b, str) and b == b.lower() and b.strip() == b and b for b in ob["bearers"]), ob
        assert (ob["bearers"] == []) == (ob["basis"] == "none"), ob
        assert not ob["universal"] or ob["bearers"], ob
        assert isinstance(ob["action"], str) and ob["action"] and len(ob["text"]) >= 20, ob
        assert ob["condition"] is None or (isinstance(ob["condition"], str) and ob["condition"]), ob
        key = (ob["at"], ob["modality"], ob["action"])
        assert key not in seen, f"duplicate {key}"
        seen.add(key)
    for s in gold["sanctions"]:
        assert set(s) - {"note"} == {"at", "violator", "authority", "text"}, s
        place(s["at"])
        assert (s["at"], s["text"]) not in seen, s
        seen.add((s["at"], s["text"]))
    for d in gold["definitions"]:
        assert set(d) - {"note"} == {"at", "term", "text"}, d
        place(d["at"])
        assert d["term"] == d["term"].lower() and (d["at"], d["term"]) not in seen, d
        seen.add((d["at"], d["term"]))
    for r in gold["references"]:
        place(r["at"])
        if "targets" in r:
            assert set(r) - {"note"} == {"at", "text", "targets"} and r["targets"], r
            assert all(TARGET.fullmatch(t) for t in r["targets"]), r
            assert len(set(r["targets"])) == len(r["targets"]), r
        else:
            assert set(r) - {"note"} == {"at", "text", "law"}, r
            assert r["law"] is None or r["law"] in LAW_IDS | DOC_IDS, r


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_quotes_are_verbatim(path: Path) -> None:
    gold = _load(path)
    source = _source_text(gold["source"])
    if source is None:
        pytest.skip(f"{gold['source']} is not at hand")
    quotes = [(e["at"], key, e[key]) for section in ("obligations", "sanctions", "definitions", "references")
              for e in gold[section] for key in ("text", "action", "condition") if e.get(key)]
    quotes += [(art, "official_paragraphs", first) for art, firsts in (gold.get("official_paragraphs") or {}).items()
               for first in firsts]
    # a condition in two parts is written "part one ... part two"
    missing = [q for q in quotes if not all(_fold(part) in source for part in q[2].split(" ... "))]
    assert not missing, missing
