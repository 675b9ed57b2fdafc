"""The index on disk: content-hash reuse, whole-index swap, a reader during rebuilds, CLI, odd input."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase, RegkbError
from regkb.cli import cli
from regkb.index import KEEP_VERSIONS, SearchIndex, content_hash, records, search_index

SEED = "deep-synthesis-provisions"


def _copy_corpus(tmp: Path) -> Path:
    dest = tmp / "corpus"
    shutil.copytree(Path("corpus"), dest)
    return dest


def test_same_content_reuses_the_index(kb: KnowledgeBase, tmp_path: Path) -> None:
    first = SearchIndex(kb, tmp_path)
    name = first.ensure()
    assert first.built
    again = SearchIndex(KnowledgeBase.from_corpus(kb.corpus_dir), tmp_path)
    assert again.hash == first.hash
    assert again.ensure() == name
    assert not again.built
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.hash]


def test_changed_content_gets_a_new_index(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    kb1 = KnowledgeBase.from_corpus(corpus)
    assert not kb1.search("zeppelin").hits
    src = corpus / f"{SEED}.md"
    src.write_text(src.read_text(encoding="utf-8").replace("add marks that do not affect",
                                                           "add zeppelin marks that do not affect"), encoding="utf-8")
    kb2 = KnowledgeBase.from_corpus(corpus)
    assert content_hash(records(kb2)) != content_hash(records(kb1))
    assert kb2.search("zeppelin").ids == [f"{SEED}/art_16"]
    # default place: .regkb/index/<hash> beside the corpus directory
    homes = sorted(p.name for p in (tmp_path / ".regkb" / "index").iterdir())
    assert homes == sorted([search_index(kb1).hash, search_index(kb2).hash])
    assert not kb1.search("zeppelin").hits  # the old knowledge base still answers from its own index


def test_rebuild_swaps_in_a_new_version_and_prunes_old_ones(kb: KnowledgeBase, tmp_path: Path) -> None:
    six = SearchIndex(kb, tmp_path)
    names = [six.ensure()] + [six.rebuild() for _ in range(KEEP_VERSIONS + 2)]
    assert names == [f"v{n}" for n in range(1, KEEP_VERSIONS + 4)]
    assert (six.home / "CURRENT").read_text().strip() == names[-1]
    kept = sorted(p.name for p in six.home.iterdir() if p.is_dir())
    assert kept == sorted(names[-KEEP_VERSIONS:])
    assert not list(six.home.glob(".build-*"))
    assert six.search("marks").hits


def test_a_half_built_version_is_never_opened(kb: KnowledgeBase, tmp_path: Path) -> None:
    six = SearchIndex(kb, tmp_path)
    good = six.ensure()
    crashed = six.home / ".build-crashed"
    crashed.mkdir()
    (crashed / "junk").write_text("half an index")
    assert six.search("marks").hits
    # a pointer to a version without its completion mark is ignored: the index is rebuilt
    (six.home / "v99").mkdir()
    (six.home / "CURRENT").write_text("v99\n")
    fresh = SearchIndex(kb, tmp_path)
    assert fresh.ensure() not in ("v99", good)
    assert fresh.search("marks").hits


def test_an_unreadable_index_is_a_regkb_error(kb: KnowledgeBase, tmp_path: Path) -> None:
    six = SearchIndex(kb, tmp_path)
    name = six.ensure()
    for f in (six.home / name).iterdir():
        if f.name not in ("DONE", "meta.json"):
            f.unlink()
    with pytest.raises(RegkbError, match="cannot be read"):
        six.search("marks")


@pytest.mark.parametrize("same_object", [True, False], ids=["same-index-object", "another-writer"])
def test_a_reader_during_rebuilds_always_gets_answers(kb: KnowledgeBase, tmp_path: Path, same_object: bool) -> None:
    reader = SearchIndex(kb, tmp_path)
    reader.ensure()
    writer = reader if same_object else SearchIndex(kb, tmp_path)
    expected = reader.search("marks").ids
    assert expected
    stop = threading.Event()
    problems: list[str] = []
    answers = [0]

    def read() -> None:
        while not stop.is_set():
            try:
                got = reader.search("marks").ids
            except Exception as exc:  # the test's point: nothing may escape
                problems.append(repr(exc))
                return
            if got != expected:
                problems.append(f"answer changed: {got}")
            answers[0] += 1

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for _ in range(KEEP_VERSIONS + 2):
            writer.rebuild()
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not problems, problems[:3]
    assert answers[0] > 0


# --- the command line -------------------------------------------------------------------------


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_cli_search_json(tmp_path: Path) -> None:
    code, out, _ = _run("search", "face", "swap", "--json", "--index-dir", str(tmp_path), "--limit", "3")
    assert code == 0
    data = json.loads(out)
    assert data["hits"][0]["node_id"] in {f"{SEED}/art_17__para_1__item_3", f"{SEED}/art_23__para_1__item_4"}
    assert len(data["hits"]) <= 3
    assert set(data) == {"query", "total", "mode", "suggestion", "facets", "hits"}
    assert data["facets"]["kind"]


def test_cli_search_readable_with_filters(tmp_path: Path) -> None:
    code, out, _ = _run("search", "training", "--kind", "definition", "--index-dir", str(tmp_path))
    assert code == 0
    assert "Training data (definition, Article 23)" in out
    assert f"{SEED}/def/training-data" in out
    assert "kind: definition (1)" in out


def test_cli_search_actor_and_modality(tmp_path: Path) -> None:
    code, out, _ = _run("search", "marks", "--actor", "deep synthesis service providers", "--modality",
                        "obligation", "--kind", "obligation", "--json", "--index-dir", str(tmp_path))
    assert code == 0
    data = json.loads(out)
    assert data["hits"] and {h["kind"] for h in data["hits"]} == {"obligation"}
    assert data["facets"]["modality"] == {"obligation": data["total"]}
    assert data["facets"]["actor"]["actor/deep-synthesis-service-provider"] == data["total"]


def test_cli_search_suggests(tmp_path: Path) -> None:
    code, out, _ = _run("search", "penalites", "--index-dir", str(tmp_path))
    assert code == 0 and "Did you mean: penalties" in out


@pytest.mark.parametrize(("args", "message"), [
    (["search"], "query is empty"),
    (["search", "x", "--actor", "nobody"], "unknown actor"),
    (["search", "x", "--document", "nope"], "unknown document"),
])
def test_cli_search_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    code, _, err = _run(*args, "--index-dir", str(tmp_path))
    assert code == 2
    assert message in err and "Traceback" not in err


def test_cli_index_builds_then_reuses(tmp_path: Path) -> None:
    code, out, _ = _run("index", "--index-dir", str(tmp_path), "--json")
    first = json.loads(out)
    assert code == 0 and first["built"] is True and first["version"] == "v1"
    code, out, _ = _run("index", "--index-dir", str(tmp_path), "--json")
    assert json.loads(out) | {"built": True} == first and json.loads(out)["built"] is False
    code, out, _ = _run("index", "--index-dir", str(tmp_path), "--rebuild", "--json")
    assert json.loads(out)["version"] == "v2"


def test_cli_index_prune_removes_other_contents_only(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "src")
    _run("index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"))
    src = corpus / f"{SEED}.md"
    src.write_text(src.read_text(encoding="utf-8").replace("keep logs", "keep log files"), encoding="utf-8")
    (tmp_path / "ix" / "unrelated").mkdir()
    code, out, _ = _run("index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "--prune", "--json")
    info = json.loads(out)
    assert code == 0 and info["built"] and len(info["pruned"]) == 1
    assert sorted(p.name for p in (tmp_path / "ix").iterdir()) == sorted([info["hash"], "unrelated"])


# --- any input: results or a RegkbError ---------------------------------------------------------

_PIECES = st.sampled_from([
    "face", "mark", "swap", " ", '"', "'", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "-", "+", "/",
    "\\", "AND ", "OR ", "NOT ", "TO ", "title:", "kind:", "article:", "actor:", "chapter:", "modality:", "id:",
    "text:", "order:", "é", "中文", "\x00", "\n", "2", "17",
])
QUERIES = st.lists(_PIECES, max_size=25).map("".join) | st.text(max_size=80)


@pytest.fixture(scope="module")
def fuzz_index(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("fuzz-index")
    kb.search("marks", index_dir=where)
    return where


@settings(max_examples=max(300, settings().max_examples), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(q=QUERIES, kind=st.sampled_from([None, "article", "definition"]))
def test_any_query_gives_results_or_a_regkb_error(kb: KnowledgeBase, fuzz_index: Path, q: str,
                                                  kind: str | None) -> None:
    try:
        result = kb.search(q, kind=kind, index_dir=fuzz_index)
    except RegkbError as exc:
        assert str(exc)
        return
    assert result.total >= len(result.hits)
    assert all(h.node_id for h in result.hits)


@pytest.mark.parametrize("q", ["a " * 5000, "face " * 2000, "(" * 3000, '"' * 1001, "AND OR NOT", "*", "?",
                               "title:", ":", "article:[5 TO 1]", "article:[x TO y]", "order:", "~~~", "^^^"])
def test_hard_inputs(kb: KnowledgeBase, fuzz_index: Path, q: str) -> None:
    try:
        result = kb.search(q, index_dir=fuzz_index)
    except RegkbError as exc:
        assert "Traceback" not in str(exc)
        return
    assert result.total >= len(result.hits)


def test_ten_kilobytes_of_law_finds_its_article(kb: KnowledgeBase, fuzz_index: Path) -> None:
    passage = kb.article(17).text
    pasted = (passage + " ") * (10_240 // len(passage) + 1)
    result = kb.search(pasted[:10_240], index_dir=fuzz_index)
    assert result.hits[0].article == 17


def test_an_unwritable_index_place_is_a_regkb_error(kb: KnowledgeBase, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(RegkbError, match="cannot write the search index"):
        kb.search("marks", index_dir=blocker)


def test_results_are_deterministic_across_builds(kb: KnowledgeBase, tmp_path: Path) -> None:
    one = SearchIndex(kb, tmp_path / "one")
    two = SearchIndex(kb, tmp_path / "two")
    for q in ("marks", "security assessment", "face", "training data", "rumours zebra"):
        assert one.search(q, limit=20).dump() == two.search(q, limit=20).dump()
    assert (one.home / "v1" / "words.json").read_bytes() == (two.home / "v1" / "words.json").read_bytes()
