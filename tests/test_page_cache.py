"""The page generator keeps the pages of a document whose inputs did not change (regkb.site.pagecache, regkb#16):
only the changed document's pages are made again, and the result is a fresh generation's, byte for byte."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.kb import KnowledgeBase
from regkb.site import generate
from regkb.site.generate import Site

from .conftest import tree_files


@pytest.fixture()
def corpus(three_regulations_copy: Path) -> Path:
    return three_regulations_copy


_files = tree_files


class _Calls:
    """Which documents' article pages a run made (Site.article_page wrapped)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_after: int | None = None) -> None:
        self.docs: list[str] = []
        original = Site.article_page

        def article_page(site: Site, doc: Any, a: Any) -> None:
            if fail_after is not None and len(self.docs) >= fail_after:
                raise RuntimeError("killed")
            self.docs.append(doc.id)
            original(site, doc, a)

        monkeypatch.setattr(Site, "article_page", article_page)


def _reword(corpus: Path) -> None:
    p = corpus / "synth-0002.md"
    text = p.read_text(encoding="utf-8")
    i = text.index(" shall ", len(text) // 2)
    p.write_text(text[:i] + " shall promptly " + text[i + 7:], encoding="utf-8")


def _doc_id(kb: KnowledgeBase, name: str) -> str:
    return next(d.id for d in kb.documents if d.path.endswith(name))


def test_only_the_changed_document_is_generated_again(tmp_path: Path, corpus: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    docs, state = tmp_path / "docs", tmp_path / "docs.gen.json"
    generate(KnowledgeBase.from_corpus(corpus), docs, prune=True, cache=state)
    assert json.loads(state.read_text(encoding="utf-8"))["docs"]  # JSON, one entry per document
    calls = _Calls(monkeypatch)
    generate(KnowledgeBase.from_corpus(corpus), docs, prune=True, cache=state)
    assert calls.docs == []  # nothing changed: no article page made again
    _reword(corpus)
    kb = KnowledgeBase.from_corpus(corpus)
    generate(kb, docs, prune=True, cache=state)
    changed = _doc_id(kb, "synth-0002.md")
    assert set(calls.docs) == {changed} and len(calls.docs) == len(kb.articles_of(changed))
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    generate(kb, fresh)
    assert _files(docs) == _files(fresh)


def test_a_run_killed_midway_leaves_no_state_and_the_next_run_is_right(tmp_path: Path, corpus: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    docs, state = tmp_path / "docs", tmp_path / "docs.gen.json"
    generate(KnowledgeBase.from_corpus(corpus), docs, prune=True, cache=state)
    _reword(corpus)
    kb = KnowledgeBase.from_corpus(corpus)
    _Calls(monkeypatch, fail_after=5)
    with pytest.raises(RuntimeError):
        generate(kb, docs, prune=True, cache=state)
    assert not state.exists()  # no state: nothing of this run is trusted
    monkeypatch.undo()
    calls = _Calls(monkeypatch)
    generate(kb, docs, prune=True, cache=state)
    assert len(calls.docs) == len(kb.articles)  # every document made again
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    generate(kb, fresh)
    assert _files(docs) == _files(fresh)


def test_a_page_changed_by_hand_is_made_again(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, state = tmp_path / "docs", tmp_path / "docs.gen.json"
    kb = KnowledgeBase.from_corpus(corpus)
    generate(kb, docs, prune=True, cache=state)
    page = sorted(docs.rglob("art-3.md"))[0]
    original = page.read_bytes()
    page.write_bytes(original + b"\nedited by hand\n")
    calls = _Calls(monkeypatch)
    generate(kb, docs, prune=True, cache=state)
    assert page.read_bytes() == original
    assert len(set(calls.docs)) == 1


def test_a_state_of_other_code_is_not_used(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, state = tmp_path / "docs", tmp_path / "docs.gen.json"
    kb = KnowledgeBase.from_corpus(corpus)
    generate(kb, docs, prune=True, cache=state)
    data = json.loads(state.read_text(encoding="utf-8"))
    state.write_text(json.dumps({**data, "env": "other code"}), encoding="utf-8")
    calls = _Calls(monkeypatch)
    generate(kb, docs, prune=True, cache=state)
    assert len(calls.docs) == len(kb.articles)
    state.write_text("{not json", encoding="utf-8")  # a damaged state: ignored, never an error
    calls.docs.clear()
    generate(kb, docs, prune=True, cache=state)
    assert len(calls.docs) == len(kb.articles)


_PART = st.sampled_from(["a", "b", "c", ".", "..", "", "x.md", "art-1.html"])


@given(st.lists(_PART, max_size=5).map("/".join), st.lists(_PART, max_size=5).map("/".join))
@settings(max_examples=3000, deadline=None)
def test_relpath_is_posixpath_relpath(path: str, start: str) -> None:
    """markup.relpath (clean relative paths without os.getcwd) answers as posixpath.relpath, on any paths."""
    import posixpath

    from regkb.site.markup import relpath

    try:
        expected = posixpath.relpath(path, start or ".")
    except ValueError:
        with pytest.raises(ValueError):
            relpath(path, start or ".")
        return
    assert relpath(path, start or ".") == expected


def _retitle_term(corpus: Path) -> None:
    p = corpus / "synth-0002.md"
    text = p.read_text(encoding="utf-8")
    m = re.search(r'hereinafter referred to as (?:the )?"([^"]+)"', text)
    assert m is not None
    p.write_text(text.replace(f'"{m.group(1)}"', '"parcel services"', 1), encoding="utf-8")


def _rename_actor(corpus: Path) -> None:
    p = corpus / "synth-0002.md"
    text = p.read_text(encoding="utf-8")
    assert "Data brokers shall" in text  # a bearer named by the text: its actor, label and duties change
    p.write_text(text.replace("Data brokers shall", "Data traders shall"), encoding="utf-8")


def _add_document(corpus: Path) -> None:
    text = (corpus / "synth-0001.md").read_text(encoding="utf-8")
    (corpus / "synth-0009.md").write_text(text.replace('id: "synth-0001"', 'id: "synth-0009"', 1), encoding="utf-8")


def _remove_document(corpus: Path) -> None:
    (corpus / "synth-0003.md").unlink()


def test_the_json_download_from_fragments_is_kb_to_json(tmp_path: Path, corpus: Path) -> None:
    """The site's JSON download is made from the last build's fragments of unchanged records (regkb#16): after
    each kind of edit it is ``kb.to_json()`` byte for byte, and a reworded duty encodes a few records again."""
    from regkb.site.fragments import Fragments, to_json

    state = tmp_path / "site.json-fragments.json"

    def made(kb: KnowledgeBase) -> tuple[int, int]:
        frags = Fragments(state)
        assert to_json(kb, frags) == kb.to_json()
        counts, keys = (frags.made, len(frags.used)), set(frags.used)
        frags.save()
        assert set(json.loads(state.read_text(encoding="utf-8"))["fragments"]) == keys  # this build's only
        return counts

    n, total = made(KnowledgeBase.from_corpus(corpus))
    assert n == total > 100
    for edit in (_reword, _retitle_term, _rename_actor, _add_document, _remove_document):
        edit(corpus)
        n, total = made(KnowledgeBase.from_corpus(corpus))
        assert 0 < n < total, edit.__name__  # encoded again: the changed records only
        if edit is _reword:  # the records after the edit in that document (their spans moved) and its actors
            assert n * 4 < total  # of three documents


@pytest.mark.parametrize("damage", ["{not json", '{"code": "other code", "fragments": {}}', '{"code": 1}', "[]"])
def test_json_fragments_of_other_code_or_damaged_are_not_used(tmp_path: Path, corpus: Path, damage: str) -> None:
    from regkb.site.fragments import Fragments, to_json

    kb = KnowledgeBase.from_corpus(corpus)
    state = tmp_path / "site.json-fragments.json"
    state.write_text(damage, encoding="utf-8")
    frags = Fragments(state)
    assert to_json(kb, frags) == kb.to_json() and frags.made == len(frags.used)
    # a fragment under the right key but of other code is never taken
    frags.save()
    data = json.loads(state.read_text(encoding="utf-8"))
    data["code"] = "other"
    data["fragments"] = {k: "{}" for k in data["fragments"]}
    state.write_text(json.dumps(data), encoding="utf-8")
    assert to_json(kb, Fragments(state)) == kb.to_json()


def test_actor_pages_are_kept_when_nothing_they_show_changed(tmp_path: Path, corpus: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor's page and CSV files are made again only when what they show changed (regkb#16): after each kind
    of edit the pages are a fresh generation's, byte for byte, and a reworded duty remakes a few actors' pages."""
    made: list[str] = []
    original = Site._actor_page

    def actor_page(site: Site, actor: Any, *args: Any) -> None:
        made.append(actor.id)
        original(site, actor, *args)

    monkeypatch.setattr(Site, "_actor_page", actor_page)
    docs, state = tmp_path / "docs", tmp_path / "docs.gen.json"
    kb = KnowledgeBase.from_corpus(corpus)
    generate(kb, docs, prune=True, cache=state)
    assert sorted(made) == sorted(a.id for a in kb.actors)
    made.clear()
    generate(KnowledgeBase.from_corpus(corpus), docs, prune=True, cache=state)
    assert made == []  # nothing changed: no actor page made again
    for k, edit in enumerate((_reword, _retitle_term, _rename_actor, _add_document, _remove_document)):
        edit(corpus)
        kb = KnowledgeBase.from_corpus(corpus)
        made.clear()
        generate(kb, docs, prune=True, cache=state)
        remade = list(made)
        fresh = tmp_path / f"fresh-{k}"
        generate(kb, fresh)
        assert _files(docs) == _files(fresh), edit.__name__
        made[:] = remade
        if edit is _reword:  # the bearer of the reworded duty, and the actors that share its clauses
            assert 0 < len(made) * 4 < len(kb.actors), made
        if edit is _rename_actor:
            assert "actor/data-traders" in made or any("trader" in a for a in made)
