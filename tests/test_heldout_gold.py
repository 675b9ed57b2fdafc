"""The held-out gold files (tests/heldout/gold/*.yaml) are well-formed: the shape of
tests/gold/README.md plus a ``structure:`` key, every place inside that structure, and every
quoted string verbatim in its text. Only the files are checked here; how well regkb does on the
held-out texts is measured by tests/heldout/measure.py, never asserted by the suite."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT
from .test_gold_files import AT, BASES, LAW_IDS, MODALITIES, OPTIONAL_TOP, TARGET, TOP, _fold, _load

HELDOUT = Path(__file__).resolve().parent / "heldout"
FILES = sorted((HELDOUT / "gold").glob("*.yaml"))


def test_there_are_four_heldout_texts() -> None:
    assert len(FILES) >= 4
    texts = sorted(p for p in HELDOUT.iterdir() if p.suffix in {".md", ".txt"} and p.name != "README.md")
    assert {(ROOT / _load(f)["source"]).resolve() for f in FILES} == {t.resolve() for t in texts}


def _structure(gold: dict[str, Any]) -> dict[int, list[int]]:
    st = gold["structure"]
    assert set(st) == {"artifacts", "chapters", "sections", "articles"}, set(st)
    chapters = {int(k) for k in st["chapters"]}
    sections = {tuple(int(x) for x in str(k).split(".")) for k in st["sections"]}
    assert all(isinstance(t, str) and t for t in [*st["chapters"].values(), *st["sections"].values()])
    arts = {int(k): v for k, v in st["articles"].items()}
    assert sorted(arts) == list(range(1, len(arts) + 1)) and 12 <= len(arts) <= 25, sorted(arts)
    for n, a in arts.items():
        assert set(a) == {"chapter", "section", "items"}, (n, a)
        assert a["chapter"] is None or a["chapter"] in chapters, (n, a)
        assert a["section"] is None or (a["chapter"], a["section"]) in sections, (n, a)
        assert a["items"] and all(isinstance(i, int) and i >= 0 for i in a["items"]), (n, a)
    return {n: a["items"] for n, a in arts.items()}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_heldout_gold_shape(path: Path) -> None:
    gold = _load(path)
    assert TOP | {"structure"} <= set(gold) <= TOP | OPTIONAL_TOP | {"structure"}, set(gold) ^ TOP
    assert gold["document"] == path.stem
    arts = _structure(gold)

    def place(at: str, pattern: re.Pattern[str] = AT) -> None:
        assert pattern.fullmatch(at), at
        if at.startswith("chap_"):
            return
        parts = [int(p.split("_")[-1]) for p in at.split("__")]
        assert parts[0] in arts, f"{at}: no such article"
        if len(parts) > 1:
            assert parts[1] <= len(arts[parts[0]]), f"{at}: no such paragraph"
        if len(parts) > 2:
            assert parts[2] <= arts[parts[0]][parts[1] - 1], f"{at}: no such item"

    seen: set[tuple[Any, ...]] = set()
    for ob in gold["obligations"]:
        assert set(ob) - {"note"} == {"at", "modality", "bearers", "universal", "basis", "action", "condition", "text"}, ob
        place(ob["at"])
        assert ob["modality"] in MODALITIES and ob["basis"] in BASES, ob
        assert all(isinstance(b, str) and b == b.lower() and b.strip() == b and b for b in ob["bearers"]), ob
        assert (ob["bearers"] == []) == (ob["basis"] == "none") and (not ob["universal"] or ob["bearers"]), ob
        assert ob["action"] and len(ob["text"]) >= 20 and (ob["condition"] is None or ob["condition"]), ob
        key = (ob["at"], ob["modality"], ob["action"])
        assert key not in seen, f"duplicate {key}"
        seen.add(key)
    for s in gold["sanctions"]:
        assert set(s) - {"note"} == {"at", "violator", "authority", "text"}, s
        place(s["at"])
    for d in gold["definitions"]:
        assert set(d) - {"note"} == {"at", "term", "text"} and d["term"] == d["term"].lower(), d
        place(d["at"])
    for r in gold["references"]:
        place(r["at"])
        if "targets" in r:
            assert set(r) - {"note"} == {"at", "text", "targets"} and r["targets"], r
            for t in r["targets"]:
                place(t, TARGET)
            assert len(set(r["targets"])) == len(r["targets"]), r
        else:
            assert set(r) - {"note"} == {"at", "text", "law"}, r
            assert r["law"] is None or r["law"] in LAW_IDS, r


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_heldout_quotes_are_verbatim(path: Path) -> None:
    gold = _load(path)
    raw = (ROOT / gold["source"]).read_text(encoding="utf-8")
    # page furniture (running headers, page numbers) is not law: a quote may run across it
    artifacts = set(gold["structure"]["artifacts"])
    lines = [ln for ln in raw.replace("\f", "\n").splitlines() if ln.strip() not in artifacts]
    source = _fold(" ".join(lines))
    quotes = [(e["at"], e[key]) for section in ("obligations", "sanctions", "definitions", "references")
              for e in gold[section] for key in ("text", "action", "condition") if e.get(key)]
    missing = [q for q in quotes if not all(_fold(part) in source for part in q[1].split(" ... "))]
    assert not missing, missing
