"""The one-pass indexing of the search index's text fields gives exactly whoosh's postings (regkb.postings)."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT

from regkb import index as ix
from regkb.postings import FastText, RememberedID, RememberedKeyword, RememberedNumeric


def _pair(boost: float = 1.0) -> tuple[FastText, TEXT]:
    stem = StemmingAnalyzer()
    return FastText(stem, field_boost=boost), TEXT(analyzer=stem, field_boost=boost)


def _same(fast: FastText, slow: TEXT, text: str) -> None:
    got = list(fast.index(text))
    want = list(slow.index(text))
    assert got == want  # terms (UTF-8), frequencies, weights and encoded positions, in whoosh's order


def test_the_products_text_fields_take_the_one_pass_path() -> None:
    schema = ix.make_schema()
    for name in ix.SEARCH_FIELDS:
        field = schema[name]
        assert isinstance(field, FastText) and field._plan is not None, name


# words that exercise the analyzer: stop words, one-letter words, dotted and starred tokens, case, stems
_WORDS = st.sampled_from([
    "the", "a", "I", "is", "Providers", "provider's", "shall", "SHALL", "labelling", "labeled", "e.g.", "U.S.A.",
    "3.5", "art.12", "v2", "x*y", "**", "İstanbul", "ǅ", "ß", "straße", "Ὀδυσσεύς", "数据", "个人信息", "_", "__init__",
    "n°", "ﬁle", "K", "café", "naïve", "co-operate", "don't", "it’s", "\u00a0", "\t", "\n", "—", "...", ".",
])
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(_WORDS, max_size=60).map(" ".join),
    st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from([1.0, 1.5, 2.0, 3.0]))
def test_one_pass_equals_whooshs_pipeline_on_any_text(text: str, boost: float) -> None:
    fast, slow = _pair(boost)
    _same(fast, slow, text)
    _same(fast, slow, text)  # again, from the memo


def test_one_pass_equals_whooshs_pipeline_on_every_record_of_the_corpus(kb) -> None:  # type: ignore[no-untyped-def]
    schema = ix.make_schema()
    slow = {name: TEXT(analyzer=StemmingAnalyzer(), field_boost=schema[name].format.field_boost)
            for name in ix.SEARCH_FIELDS}
    count = 0
    for rec in ix.records(kb):
        for name, value in (("title", rec.title), ("text", rec.text), ("term", " ; ".join(rec.terms)),
                            ("name", " ; ".join(rec.names))):
            _same(schema[name], slow[name], value)
            count += 1
    assert count > 400


def test_a_full_memo_is_emptied_and_still_right(monkeypatch: pytest.MonkeyPatch) -> None:
    import regkb.postings as postings

    monkeypatch.setattr(postings, "MEMO_WORDS", 3)
    monkeypatch.setattr(postings, "SINGLE_POSITIONS", 4)  # later single positions encoded each time
    fast, slow = _pair()
    text = "Providers shall label synthetic content; platforms shall review labels and providers label again."
    _same(fast, slow, text)
    assert len(fast._plan[1]) <= 3


def test_other_input_goes_to_whoosh() -> None:
    fast, slow = _pair()
    assert list(fast.index(["alpha", "beta", "alpha"])) == list(slow.index(["alpha", "beta", "alpha"]))
    other = FastText(StemmingAnalyzer(stoplist=None))  # not the analyzer the one pass knows
    assert other._plan is None
    assert list(other.index("The providers")) == list(TEXT(analyzer=StemmingAnalyzer(stoplist=None))
                                                      .index("The providers"))


def test_the_field_pickles_as_whoosh_stores_its_schema() -> None:
    fast, slow = _pair(1.5)
    again = pickle.loads(pickle.dumps(fast))
    assert again._plan is not None
    _same(again, slow, "Providers shall label the content they generate.")


class WhooshText(TEXT):  # type: ignore[misc]  # whoosh's own TEXT field, called as FastText is
    def __init__(self, analyzer: Any, **kwargs: Any) -> None:
        super().__init__(analyzer=analyzer, **kwargs)


def _index_dump(home: Path, recs: tuple[ix.Record, ...]) -> list[Any]:
    from whoosh import index as wix

    name = ix.build_version(home, recs, {})
    reader = wix.open_dir(str(home / name)).reader()
    out: list[Any] = []
    for field, term in reader.all_terms():
        out.append((field, term, list(reader.postings(field, term).all_ids()), reader.doc_frequency(field, term)))
        if field in ix.SEARCH_FIELDS:
            out.append(list(reader.postings(field, term).items_as("positions")))
            out.append(list(reader.postings(field, term).items_as("weight")))
    out.append([[reader.doc_field_length(d, f) for f in ix.SEARCH_FIELDS] for d in range(reader.doc_count_all())])
    out.append(list(reader.iter_docs()))
    reader.close()
    return out


@pytest.mark.parametrize("limit", [None, 60_000])  # 60 KB: the postings spill into sorting runs
def test_the_index_built_is_the_one_whooshs_own_fields_and_writer_build(kb, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  limit: int | None) -> None:
    from whoosh.codec.whoosh3 import W3Codec

    spills: list[int] = []

    def limited(make: Any) -> Any:
        def writer(index: Any) -> Any:
            w = make(index)
            if limit is not None:
                w.pool.limit = limit
            save = w.pool.save
            w.pool.save = lambda: (spills.append(1), save())[1]
            return w
        return writer

    recs = ix.records(kb)
    monkeypatch.setattr(ix, "_writer", limited(ix._writer))
    fast = _index_dump(tmp_path / "fast", recs)
    assert bool(spills) == (limit is not None)  # the small limit really makes sorting runs
    spills.clear()

    # whoosh's own fields and whoosh's writer as it comes (no regkb.index._Lengths)
    monkeypatch.setattr(ix, "FastText", WhooshText)
    monkeypatch.setattr(ix, "RememberedID", ID)
    monkeypatch.setattr(ix, "RememberedKeyword", KEYWORD)
    monkeypatch.setattr(ix, "RememberedNumeric", NUMERIC)
    monkeypatch.setattr(ix, "_writer", limited(lambda index: index.writer(limitmb=128, codec=W3Codec(compression=0))))
    assert not isinstance(ix.make_schema()["text"], FastText)
    assert not isinstance(ix.make_schema()["kind"], RememberedID)
    slow = _index_dump(tmp_path / "slow", recs)
    assert bool(spills) == (limit is not None)
    assert len(fast) > 1000
    assert fast == slow  # every term, posting, position, weight, field length and stored field


@pytest.mark.parametrize(("remembered", "plain", "values"), [
    (RememberedID(stored=True), ID(stored=True), ["article", "", "-", "doc-1", "article", "ǅ", "article"]),
    (RememberedKeyword(stored=True, commas=True, scorable=False), KEYWORD(stored=True, commas=True, scorable=False),
     ["a,b", "", "b , a,a", "a,b", ",", "x"]),
    (RememberedNumeric(stored=True, sortable=True, shift_step=0), NUMERIC(stored=True, sortable=True, shift_step=0),
     [1, 2, 1, True, 0, 2**31 - 1, 1]),
])
def test_remembered_fields_give_whooshs_postings(remembered: Any, plain: Any, values: list[Any]) -> None:
    for value in values * 2:
        assert list(remembered.index(value)) == list(plain.index(value)), value
    again = pickle.loads(pickle.dumps(remembered))  # as whoosh stores the schema: without the memo
    assert "_postings" not in again.__dict__ and list(again.index(values[0])) == list(plain.index(values[0]))
