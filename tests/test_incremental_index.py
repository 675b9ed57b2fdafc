"""How the search index is written (regkb#16): in memory, in segments of SEGMENT_RECORDS records, with the
writer's temporary files in a directory of its own. The answers are those of one segment."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import MultifieldParser, OrGroup

from regkb import index
from regkb.kb import KnowledgeBase

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
QUERIES = ["security assessment", "personal information", "training data", "marks", "deep synthesis service providers"]


def _answers(home: Path, name: str) -> list[list[tuple[str, float]]]:
    ix = whoosh_index.open_dir(str(home / name))
    parser = MultifieldParser(list(index.SEARCH_FIELDS), ix.schema, group=OrGroup)
    with ix.searcher() as s:
        return [[(h["id"], round(h.score, 6)) for h in s.search(parser.parse(q), limit=20)] for q in QUERIES]


def test_an_index_in_segments_answers_as_one_segment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recs = index.records(KnowledgeBase.from_corpus(CORPUS))
    one = tmp_path / "one"
    name_one = index.build_version(one, recs, {})
    monkeypatch.setattr(index, "SEGMENT_RECORDS", max(1, len(recs) // 4))
    many = tmp_path / "many"
    name_many = index.build_version(many, recs, {})
    ix = whoosh_index.open_dir(str(many / name_many))
    assert len(list(ix._segments())) >= 4 and ix.doc_count() == len(recs)
    assert _answers(many, name_many) == _answers(one, name_one)
    assert any(_answers(one, name_one))
    # the writer's temporary directories are gone; only the version and its pointer are left
    assert sorted(p.name for p in many.iterdir()) == ["CURRENT", name_many]


def test_numbers_are_found_without_tiers(tmp_path: Path) -> None:
    """article/chapter/order are indexed with one term per number: exact and range queries still find them."""
    from whoosh import query

    recs = index.records(KnowledgeBase.from_corpus(CORPUS))
    name = index.build_version(tmp_path, recs, {})
    ix = whoosh_index.open_dir(str(tmp_path / name))
    arts = [r for r in recs if r.kind == "article" and r.article is not None]
    want = {r.id for r in arts if r.article == 5}
    with ix.searcher() as s:
        got = {h["id"] for h in s.search(query.And([query.Term("kind", "article"), query.Term("article", 5)]),
                                         limit=None)}
        assert got == want and got
        wide = {h["id"] for h in s.search(query.And([query.Term("kind", "article"),
                                                      query.NumericRange("article", 2, 20)]), limit=None)}
        assert wide == {r.id for r in arts if 2 <= r.article <= 20}
