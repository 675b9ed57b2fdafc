"""kb.search: typed hits with node ids, filters, facets, query language, suggestions, snippets, errors."""

from __future__ import annotations

import dataclasses
import re

import pytest

from regkb import KnowledgeBase, RegkbError
from regkb.index import FACETS, KINDS, Hit, SearchResult, records

SEED = "deep-synthesis-provisions"
COMMENTARY = "anjie-commentary-deep-synthesis-draft"


def _export_ids(kb: KnowledgeBase) -> set[str]:
    data = kb.to_dict()
    ids = {obj["id"] for key, group in data.items() if isinstance(group, list) for obj in group
           if isinstance(obj, dict) and "id" in obj}
    for art in data["articles"]:
        for para in art["paragraphs"]:
            ids.add(para["id"])
            ids.update(item["id"] for item in para["items"])
    return ids


def test_hits_are_typed_and_frozen(search) -> None:
    result = search("marks")
    assert isinstance(result, SearchResult)
    hit = result.hits[0]
    assert isinstance(hit, Hit)
    assert {f.name for f in dataclasses.fields(Hit)} >= {"id", "kind", "score", "title", "snippet", "node_id"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.score = 0  # type: ignore[misc]
    assert [h.score for h in result.hits] == sorted((h.score for h in result.hits), reverse=True)


@pytest.mark.parametrize("q", ["marks", "face", "security assessment", "law", "consent", "PIPL", "Turing"])
def test_every_hit_is_a_node_of_the_json_export(kb: KnowledgeBase, search, q: str) -> None:
    ids = _export_ids(kb)
    result = search(q, limit=50)
    assert result.hits
    for hit in result.hits:
        assert hit.node_id == hit.id
        assert hit.node_id in ids, hit.node_id
        if hit.kind not in ("claim", "change"):
            assert kb.get(hit.node_id) is not None


def test_every_record_is_a_node_of_the_json_export(kb: KnowledgeBase) -> None:
    ids = _export_ids(kb)
    recs = records(kb)
    assert {r.kind for r in recs} >= {"article", "paragraph", "item", "definition", "commentary", "law"}
    assert not [r.id for r in recs if r.id not in ids]
    assert len({r.id for r in recs}) == len(recs)


def test_records_index_every_provision_definition_and_law(kb: KnowledgeBase) -> None:
    ids = {r.id for r in records(kb)}
    assert {a.id for a in kb.articles} <= ids
    assert {it.id for a in kb.articles for p in a.paragraphs for it in p.items} <= ids
    assert {p.id for a in kb.articles if len(a.paragraphs) > 1 for p in a.paragraphs} <= ids
    assert {d.id for d in kb.definitions} <= ids
    assert {law.id for law in kb.laws} <= ids
    assert {o.id for o in kb.obligations} <= ids


def test_records_for_claims_and_changes(kb: KnowledgeBase) -> None:
    """Claims (commentary statements) and changes (between versions) from the draft/compare stage."""
    recs = {r.id: r for r in records(kb)}
    assert kb.claims and kb.changes()
    for c in kb.claims:
        assert recs[c.id].kind == "claim"
        assert recs[c.id].text == c.text  # the commentary's exact words
        assert recs[c.id].document == c.document
    for c in kb.changes():
        rec = recs[c.id]
        assert rec.kind == "change"
        assert rec.text == c.note
        assert rec.article == (c.to_articles or c.from_articles or (None,))[0]


def test_claims_and_changes_are_found_but_after_the_law(search) -> None:
    claims = search("prominently mark content", kind="claim")
    assert claims.hits and claims.hits[0].document == COMMENTARY
    changes = search("business suspension", kind="change")
    assert changes.hits and changes.hits[0].article == 22
    mixed = search("marking synthetic content")
    assert mixed.hits[0].kind == "article"


@pytest.mark.parametrize("kind", ["article", "item", "definition", "commentary", "law", "paragraph"])
def test_kind_filter(search, kind: str) -> None:
    result = search("information", kind=kind, limit=50)
    assert result.hits
    assert {h.kind for h in result.hits} == {kind}
    assert result.facets["kind"] == {kind: result.total}


def test_document_filter(search) -> None:
    result = search("synthesis", document=COMMENTARY, limit=50)
    assert result.hits and {h.document for h in result.hits} == {COMMENTARY}
    assert set(result.facets["document"]) == {COMMENTARY}


def test_facets_count_every_match_not_only_the_hits_shown(search) -> None:
    few = search("information", limit=2)
    assert len(few.hits) == 2
    assert few.total > 2
    assert sum(few.facets["kind"].values()) == few.total
    laws = few.facets["kind"].get("law", 0)  # registry laws belong to no document
    assert laws > 0
    assert sum(few.facets["document"].values()) + laws == few.total
    assert set(few.facets) == set(FACETS)
    # the counts are exact: compare with one search per kind
    for kind, count in few.facets["kind"].items():
        assert search("information", kind=kind, limit=1).total == count


def test_article_and_chapter_facets(kb: KnowledgeBase, search) -> None:
    result = search("marks", kind="article")  # 23: the "labels" of the training-data definition (a synonym)
    assert set(result.facets["article"]) == {"16", "17", "18", "23"}
    chapters = {str(kb.article(n).chapter) for n in (16, 17, 18, 23)}
    assert set(result.facets["chapter"]) == chapters


@pytest.mark.parametrize(("q", "expect", "mode"), [
    ('"face swap"', {f"{SEED}/art_17__para_1__item_3", f"{SEED}/art_23__para_1__item_4"}, "syntax"),
    ("mark*", {f"{SEED}/art_18"}, "syntax"),
    ("article:18", {f"{SEED}/art_18"}, "syntax"),
    ("kind:definition training", {f"{SEED}/def/training-data"}, "syntax"),
    ("term:training", {f"{SEED}/def/training-data"}, "syntax"),
    ("rumors OR complaints", {f"{SEED}/art_11", f"{SEED}/art_12"}, "syntax"),
    ("refute AND rumors", {f"{SEED}/art_11"}, "syntax"),
    ("rumors mark", {f"{SEED}/art_11", f"{SEED}/art_18"}, "any"),
    ("delete marks", {f"{SEED}/art_18"}, "all"),
])
def test_query_language(search, q: str, expect: set[str], mode: str) -> None:
    result = search(q, limit=20)
    assert expect <= set(result.ids), result.ids
    assert result.mode == mode


def test_not_excludes(search) -> None:
    with_swap = set(search("face", limit=50).ids)
    without = set(search("face NOT swap", limit=50).ids)
    assert f"{SEED}/art_17__para_1__item_3" in with_swap
    assert f"{SEED}/art_17__para_1__item_3" not in without
    assert without < with_swap


def test_article_range(search) -> None:
    result = search("article:[1 TO 5]", kind="article", limit=20)
    assert sorted(h.article for h in result.hits) == [1, 2, 3, 4, 5]


def test_all_words_then_any(search) -> None:
    both = search("rumors refute")
    assert both.mode == "all" and both.ids == [f"{SEED}/art_11"]
    fallback = search("rumors zebra")
    assert fallback.mode == "any" and fallback.ids[0] == f"{SEED}/art_11"


@pytest.mark.parametrize(("typo", "fixed"), [
    ("penalites", "penalties"), ("label", None), ("labelling", None), ("complaitns", "complaints"), ("biometic information", "biometric information"),
    ("rumours", "rumors"), ("watermark", None), ("securty asessment", "security assessment"),
])
def test_did_you_mean(search, typo: str, fixed: str | None) -> None:
    result = search(typo)
    if fixed is None:
        assert result.suggestion is None
    else:
        assert result.suggestion == fixed


def test_no_suggestion_for_known_words(search) -> None:
    assert search("security assessment").suggestion is None
    assert search("what must app stores do").suggestion is None


def test_snippets_quote_the_text_exactly(kb: KnowledgeBase, search) -> None:
    texts = {r.id: r.text for r in records(kb)}
    for q in ("marks", "training data", "face swap", "consent", "security assessment"):
        for hit in search(q, limit=10).hits:
            assert "**" in hit.snippet, hit
            for piece in hit.snippet.split(" … "):
                plain = piece.replace("**", "").strip()
                assert plain in texts[hit.id], (hit.id, plain)


def test_marked_words_are_the_query_words(search) -> None:
    hit = search("convenient portal").hits[0]
    marked = {m.lower() for m in re.findall(r"\*\*(.+?)\*\*", hit.snippet)}
    assert marked == {"convenient", "portal"}


def test_thesaurus_relatives_match_with_less_weight(search) -> None:
    """"label" is not in the text; its relative "mark" is."""
    result = search("label deleting")
    assert result.ids[0] == f"{SEED}/art_18"
    assert "**marks**" in result.hits[0].snippet


def test_empty_query_with_a_filter_lists_in_document_order(kb: KnowledgeBase, search) -> None:
    result = search("", kind="definition", limit=50)
    assert result.ids == [d.id for d in kb.definitions]


@pytest.mark.parametrize(("kw", "message"), [
    ({"q": ""}, "query is empty"),
    ({"q": "   "}, "query is empty"),
    ({"q": "x", "kind": "statute"}, "unknown kind"),
    ({"q": "x", "modality": "must"}, "unknown modality"),
    ({"q": "x", "actor": "nobody at all"}, "unknown actor"),
    ({"q": "x", "document": "no-such-doc"}, "unknown document"),
    ({"q": "x", "limit": 0}, "limit must be"),
    ({"q": "x" * 30_000}, "characters long"),
])
def test_bad_input_is_a_regkb_error(search, kw: dict, message: str) -> None:
    q = kw.pop("q")
    with pytest.raises(RegkbError, match=message):
        search(q, **kw)


def test_kinds_are_documented() -> None:
    assert set(KINDS) >= {"article", "paragraph", "item", "definition", "obligation", "claim", "change", "law"}


# --- bearer and modality facets (from the obligations extractor) ---------------------------------


def test_obligations_are_indexed(kb: KnowledgeBase, search) -> None:
    assert kb.obligations, "the core extracts obligations from the seed"
    result = search("", kind="obligation", limit=1000)
    assert result.total == len(kb.obligations)
    assert set(result.ids) == {o.id for o in kb.obligations}


@pytest.mark.parametrize("modality", ["obligation", "prohibition", "permission", "encouragement"])
def test_modality_filter_matches_the_extractor(kb: KnowledgeBase, search, modality: str) -> None:
    expected = {o.id for o in kb.obligations_of(modality=modality)}
    if not expected:
        pytest.skip(f"no {modality} in the seed")
    result = search("", kind="obligation", modality=modality, limit=1000)
    assert set(result.ids) == expected
    assert result.facets["modality"] == {modality: len(expected)}


def test_actor_filter_matches_the_extractor(kb: KnowledgeBase, search) -> None:
    for actor in kb.actors:
        expected = {o.id for o in kb.obligations_of(actor=actor, include_universal=False)}
        result = search("", kind="obligation", actor=actor.label, limit=1000)
        assert set(result.ids) == expected, actor.id
        if expected:
            assert result.facets["actor"][actor.id] == len(expected)


def test_actor_and_modality_facets_count_bearers(kb: KnowledgeBase, search) -> None:
    from collections import Counter

    result = search("", kind="obligation", limit=1)
    assert result.facets["modality"] == dict(Counter(o.modality for o in kb.obligations))
    assert result.facets["actor"] == dict(Counter(a for o in kb.obligations for a in o.actors))
    # sorted by count, then by value
    counts = list(result.facets["actor"].items())
    assert counts == sorted(counts, key=lambda kv: (-kv[1], kv[0]))


def test_filters_combine_with_words(kb: KnowledgeBase, search) -> None:
    provider = kb.actor("deep synthesis service providers").id
    result = search("marks", actor=provider, limit=50)
    assert result.hits
    assert result.facets["actor"][provider] == result.total
    assert {h.article for h in result.hits} <= {16, 17}
    for hit in result.hits:
        if hit.kind == "obligation":
            assert provider in kb.get(hit.id).actors


def test_prohibitions_about_marks(kb: KnowledgeBase, search) -> None:
    result = search("delete marks", modality="prohibition")
    assert result.hits[0].article == 18


def test_actor_names_find_their_duties(kb: KnowledgeBase, search) -> None:
    result = search("internet application stores", kind="obligation")
    assert result.hits
    top = kb.get(result.hits[0].id)
    assert top.article == 13
    assert kb.actor("internet application stores").id in top.actors


def test_actor_facet_is_about_bearers_not_mentions(kb: KnowledgeBase, search) -> None:
    """A provision is filed under the actors its duties bind, not every actor it names."""
    recs = {r.id: r for r in records(kb)}
    for art in kb.articles:
        bearers = {a for o in kb.obligations if o.document == art.document and o.article == art.number
                   for a in o.actors}
        assert set(recs[art.id].actors) == bearers, art.id
