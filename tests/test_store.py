"""Saving and loading a built knowledge base."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from regkb import KnowledgeBase, RegkbError, store
from regkb.synth import generate_corpus

from .conftest import CORPUS


def test_round_trip_seed_corpus(kb: KnowledgeBase, tmp_path: Path) -> None:
    kb.save(tmp_path / "kb")
    loaded = KnowledgeBase.load(tmp_path / "kb")
    assert loaded.to_dict() == kb.to_dict()
    assert loaded.sources == kb.sources and loaded.corpus_dir == kb.corpus_dir
    for field in ("documents", "articles", "definitions", "term_uses", "obligations", "references", "actors"):
        assert getattr(loaded, field) == getattr(kb, field), field
    art = kb.articles[-1]
    assert loaded.get(art.id) == art  # lookups are rebuilt after loading
    assert loaded.source_text(art.document, art.span) == kb.source_text(art.document, art.span)


def test_round_trip_synthetic_corpus(tmp_path: Path) -> None:
    generate_corpus(tmp_path / "c", 4, seed=2, registry=CORPUS)
    kb = KnowledgeBase.from_corpus(tmp_path / "c")
    store.save(kb, tmp_path / "s")
    meta = json.loads((tmp_path / "s" / "kb.json").read_text())
    assert meta["counts"]["articles"] == len(kb.articles) and meta["format"] == "regkb-kb"
    assert KnowledgeBase.load(tmp_path / "s").to_json() == kb.to_json()


def test_compact_pickle_keeps_every_model_type(kb: KnowledgeBase) -> None:
    state = store.kb_state(kb)
    again = store.loads(store.dumps(state))
    assert again == state
    # the compact form is not the dataclass default and is no larger
    assert len(store.dumps(state)) <= len(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def _break_meta(d: Path, **changes: object) -> None:
    meta = json.loads((d / "kb.json").read_text())
    meta.update(changes)
    (d / "kb.json").write_text(json.dumps(meta))


@pytest.mark.parametrize(("damage", "code"), [
    (lambda d: (d / "kb.json").unlink(), "no-store"),
    (lambda d: (d / "kb.json").write_text("{not json"), "bad-store"),
    (lambda d: (d / "kb.json").write_text('{"format": "something else"}'), "bad-store"),
    (lambda d: _break_meta(d, format_version=999), "stale-store"),
    (lambda d: _break_meta(d, schema_version="0"), "stale-store"),
    (lambda d: _break_meta(d, python="2.7"), "stale-store"),
    (lambda d: (d / "kb.pickle").write_bytes(b"\x80\x05truncated"), "bad-store"),
    (lambda d: (d / "kb.pickle").unlink(), "bad-store"),
])
def test_unusable_store_is_a_clear_error(kb: KnowledgeBase, tmp_path: Path, damage, code: str) -> None:
    d = tmp_path / "kb"
    kb.save(d)
    damage(d)
    with pytest.raises(RegkbError) as err:
        KnowledgeBase.load(d)
    assert [x.code for x in err.value.diagnostics] == [code]
    assert "save" in str(err.value) or "rebuild" in str(err.value)


def test_save_replaces_a_previous_store(kb: KnowledgeBase, tmp_path: Path) -> None:
    generate_corpus(tmp_path / "c", 1, seed=1)
    other = KnowledgeBase.from_corpus(tmp_path / "c")
    other.save(tmp_path / "kb")
    kb.save(tmp_path / "kb")
    assert KnowledgeBase.load(tmp_path / "kb").to_dict() == kb.to_dict()
    assert sorted(p.name for p in (tmp_path / "kb").iterdir()) == ["graph.json", "graph.nt", "kb.json", "kb.pickle"]


def test_cli_synth_save_and_load(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from regkb.cli import cli

    runner = CliRunner()
    res = runner.invoke(cli, ["synth", str(tmp_path / "c"), "-n", "2", "--seed", "4"])
    assert res.exit_code == 0, res.output
    assert "wrote 2 regulations" in res.output
    for extra in ([], ["--incremental"], ["--incremental"]):
        res = runner.invoke(cli, ["save", str(tmp_path / "kb"), "--corpus", str(tmp_path / "c"), *extra])
        assert res.exit_code == 0, res.output
    assert "0 parsed, 2 reused" in res.output
    kb = KnowledgeBase.load(tmp_path / "kb")
    assert kb.to_dict() == KnowledgeBase.from_corpus(tmp_path / "c").to_dict()
    # refuses to write into a real corpus, and reports a missing corpus with exit status 2
    assert runner.invoke(cli, ["synth", str(CORPUS), "-n", "1"]).exit_code == 2
    assert runner.invoke(cli, ["save", str(tmp_path / "x"), "--corpus", str(tmp_path / "none")]).exit_code == 2
