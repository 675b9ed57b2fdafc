"""The site's search index and graph-page files made from each document's kept piece are the whole-corpus ones,
byte for byte, and a kept piece is used only when signed here and keyed by all it was made from (regkb#16:
regkb.site.docpieces, regkb.site.search, regkb.site.graphpage)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from regkb.kb import KnowledgeBase
from regkb.site import graphpage, search
from regkb.site.docpieces import DocPieces, DocumentShares, by_document, by_prefix
from regkb.site.generate import Site


@pytest.fixture(scope="module")
def regulations(three_regulations: Path) -> KnowledgeBase:
    return KnowledgeBase.from_corpus(three_regulations)


def _plain(kb: KnowledgeBase, out: Path) -> tuple[str, list[bytes]]:
    site = Site(kb, out)  # no scratch space: every file made from the whole corpus, as before the pieces
    site.graph()
    files = [(out / "graph" / name).read_bytes() for name in ("graph.json", "graph-data.js", "nodes.csv", "edges.csv")]
    return search.index_script(search.index_data(site)), files


def _from_pieces(kb: KnowledgeBase, out: Path, store: Path) -> tuple[str, list[bytes], int, int]:
    site = Site(kb, out)
    found = DocPieces(store / "search", search.PURPOSE)
    script = search.index_script(search.index_data(site, pieces=found))
    found.prune()
    page = DocPieces(store / "graph", graphpage.PURPOSE)
    files = graphpage.graph_files(site, page)
    page.prune()
    assert files is not None
    texts = [files.json_text, files.script, files.nodes_csv, files.edges_csv]
    return script, [t.encode("utf-8") for t in texts], found.made, page.made


@pytest.mark.parametrize("which", ["seed", "three regulations"])
def test_made_kept_and_damaged_pieces_give_the_whole_corpus_files(which: str, kb: KnowledgeBase,
                                                                  regulations: KnowledgeBase, tmp_path: Path) -> None:
    model = kb if which == "seed" else regulations  # a statute with a commentary; three synthetic regulations
    script, files = _plain(model, tmp_path / "plain")
    store = tmp_path / "pieces"
    documents = sum(1 for d in model.documents if any(DocumentShares(model).groups[d.id][:5]))  # type: ignore[index]
    first = _from_pieces(model, tmp_path / "a", store)
    assert first[:2] == (script, files)
    assert first[2] == documents and first[3] == len(model.documents) + 1  # every piece made (and the actors')
    again = _from_pieces(model, tmp_path / "b", store)
    assert again == (script, files, 0, 0)  # every piece read back
    victim = sorted((store / "search").iterdir())[0]
    victim.write_bytes(victim.read_bytes()[:-1] + b"x")  # altered: its signature fails, a miss
    other = sorted((store / "graph").iterdir())[0]
    other.write_bytes(b'[[], []]')  # not signed here: never read
    damaged = _from_pieces(model, tmp_path / "c", store)
    assert damaged == (script, files, 1, 1)


def test_an_edit_makes_only_its_documents_pieces_again(three_regulations_copy: Path, tmp_path: Path) -> None:
    corpus = three_regulations_copy
    store = tmp_path / "pieces"
    _from_pieces(KnowledgeBase.from_corpus(corpus), tmp_path / "a", store)
    kept = {p.name for p in (store / "search").iterdir()}
    target = corpus / "synth-0002.md"
    text = target.read_text(encoding="utf-8")
    at = text.index(" shall ", len(text) // 2)
    target.write_text(text[:at] + " shall promptly " + text[at + 7:], encoding="utf-8")
    model = KnowledgeBase.from_corpus(corpus)
    got = _from_pieces(model, tmp_path / "b", store)
    assert got[:2] == _plain(model, tmp_path / "plain")
    assert got[2] == 1 and got[3] == 1  # the edited document's search entries and graph share; the rest kept
    assert len({p.name for p in (store / "search").iterdir()} & kept) == 2  # the old piece pruned


def _obj(document: str, ident: str, provision: str | None = None) -> Any:
    fields: dict[str, Any] = {"document": document, "id": ident, "paragraphs": ()}
    if provision is not None:
        fields["provision"] = provision
    return SimpleNamespace(**fields)


DOCS = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]


@pytest.mark.parametrize(("lists", "grouped"), [
    ([[_obj("a", "a/1"), _obj("a", "a/2"), _obj("b", "b/1")]], True),  # one document after another
    ([[_obj("a", "a/1")], [_obj("b", "b/x"), _obj("b", "b/y")]], True),
    ([[]], True),
    ([[_obj("b", "b/1"), _obj("a", "a/1")]], False),  # out of the documents' order
    ([[_obj("a", "a/1"), _obj("b", "b/1"), _obj("a", "a/2")]], False),  # a document's objects apart
    ([[_obj("c", "c/1")]], False),  # a document the corpus does not have
])
def test_objects_are_shared_out_only_when_grouped_by_document(lists: list[list[Any]], grouped: bool) -> None:
    got = by_document(DOCS, lists)
    assert (got is not None) == grouped
    if got is not None:
        assert [x for d in DOCS for x in got[d.id][0]] == list(lists[0])


def test_a_document_id_with_a_slash_shares_nothing_out() -> None:
    assert by_document([SimpleNamespace(id="a/b")], [[]]) is None  # its objects' ids would not tell it apart


@pytest.mark.parametrize(("provision", "own"), [
    ("a/art_1", True), ("a/art_1__para_2", True), (None, True),  # no provision: only the id counts
    ("b/art_1", False),  # a duty placed in another document: what it looks up is not the document's
    ("", False), ("art_1", False),
])
def test_a_document_owns_its_pieces_only_when_its_objects_are_in_its_namespace(provision: str | None,
                                                                               own: bool) -> None:
    kb = SimpleNamespace(documents=DOCS, articles=(), definitions=(), sanctions=(), blocks=(), term_uses=(),
                         references=(), obligations=(_obj("a", "a/obl_1", provision),))
    assert DocumentShares(kb).own("a") is own


def test_a_table_is_cut_by_the_document_its_keys_name() -> None:
    table = {"b/art_1": {"x"}, "a/art_2": {"y"}, "a/art_1__para_1": {"z"}}
    assert by_prefix(table) == {"a": [("a/art_1__para_1", {"z"}), ("a/art_2", {"y"})], "b": [("b/art_1", {"x"})]}


def test_lists_out_of_document_order_are_made_without_pieces(regulations: KnowledgeBase, tmp_path: Path) -> None:
    import dataclasses

    shuffled = dataclasses.replace(regulations, obligations=tuple(reversed(regulations.obligations)))
    script, _ = _plain(shuffled, tmp_path / "plain")
    site = Site(shuffled, tmp_path / "a")
    store = DocPieces(tmp_path / "pieces", search.PURPOSE)
    assert graphpage.graph_files(site, store) is None  # the whole-corpus loops, as without the pieces
    assert search.index_script(search.index_data(site, pieces=store)) == script
    assert store.made == 0


@pytest.mark.parametrize("which", ["seed", "three regulations"])
def test_the_json_download_from_each_documents_fragments_is_kb_to_json(which: str, kb: KnowledgeBase,
                                                                       regulations: KnowledgeBase,
                                                                       tmp_path: Path) -> None:
    from regkb.site.fragments import Fragments, to_json

    model = kb if which == "seed" else regulations
    want = model.to_json()
    store = tmp_path / "json-fragments.json"
    for made in (True, False):  # every fragment made, then every one kept
        frags = Fragments(store)
        assert to_json(model, frags, DocumentShares(model)) == want
        assert (frags.made > 0) is made
        frags.save()
