"""The version comparison engine on draft/final pairs written for these tests.

The regulation below is invented (drone deliveries); the final version perturbs the draft:
renumbering, deletion, insertion, rewording, a split, a merge, a move, a modality change
(may -> shall), a dropped condition and an item added to a list.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.compare import (
    CHANGE_KINDS,
    align_texts,
    condition_change,
    duties_from_obligations,
    duties_from_text,
    duty_effects,
    redline,
    words,
)

DRAFT_ARTICLES = [
    "These Rules are made to regulate drone delivery services and to protect the safety of people on the ground.",
    "These Rules apply to drone delivery services provided within the administrative area of the city.",
    "Operators may keep flight records for each delivery, including the route, the time and the weight carried.",
    "Where a parcel contains hazardous goods, operators shall notify the aviation bureau in writing before the flight.",
    "Operators shall register each drone with the aviation bureau before its first commercial flight. "
    "Operators shall train their pilots every year and keep the training records for three years.",
    "The aviation bureau may inspect the premises and equipment of operators at any time without prior notice.",
    "Pilots shall not fly drones over schools, hospitals or crowded public squares.",
    "Pilots shall not fly delivery drones at night between sunset and sunrise.",
    "Pilots shall not fly delivery drones in heavy rain, snow or strong wind.",
    "Operators shall report the following events to the aviation bureau within two hours:\n\n"
    "(I) a crash of a drone;\n\n(II) the loss of a parcel; and\n\n(III) an injury to any person.",
    "Operators that violate these Rules shall be fined between 1,000 and 5,000 yuan by the aviation bureau.",
]

FINAL_ARTICLES = [
    DRAFT_ARTICLES[0],  # 1 <- 1 unchanged
    "Operators shall keep flight records for each delivery, including the route, the time and the weight carried.",
    "Operators shall notify the aviation bureau in writing before the flight.",  # 3 <- 4 condition dropped
    "Operators shall register each drone with the aviation bureau before its first commercial flight.",  # 4 <- 5 (split)
    "Operators shall train their pilots every year and keep the training records for three years.",  # 5 <- 5 (split)
    DRAFT_ARTICLES[6],  # 6 <- 7 renumbered
    "Pilots shall not fly delivery drones at night between sunset and sunrise. "
    "Pilots shall not fly delivery drones in heavy rain, snow or strong wind.",  # 7 <- 8 + 9 merged
    "Operators shall publish a telephone number for complaints from residents on their website.",  # 8 added
    "Operators shall report the following events to the aviation bureau within two hours:\n\n"
    "(I) a crash of a drone;\n\n(II) the loss of a parcel;\n\n(III) an injury to any person; and\n\n"
    "(IV) a near miss with a manned aircraft.",  # 9 <- 10 item added
    "Operators that violate these Rules shall be fined between 2,000 and 8,000 yuan by the aviation bureau.",  # 10 <- 11
    DRAFT_ARTICLES[1],  # 11 <- 2 moved to the end
]

# (old articles, new articles, kind)
EXPECTED = [
    ((1,), (1,), "unchanged"),
    ((2,), (11,), "moved"),
    ((3,), (2,), "amended"),
    ((4,), (3,), "amended"),
    ((5,), (4, 5), "split"),
    ((6,), (), "removed"),
    ((7,), (6,), "unchanged"),
    ((8, 9), (7,), "merged"),
    ((), (8,), "added"),
    ((10,), (9,), "reworded"),
    ((11,), (10,), "reworded"),
]


def _write(path: Path, front: str, articles: list[str]) -> None:
    body = "\n\n".join(f"**Article {n}.** {text}" for n, text in enumerate(articles, 1))
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def pair_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pair")
    _write(root / "drone-rules-draft.md",
           "title: Drone Delivery Rules (draft)\nstatus: draft\nwork: drone-rules\nreleased_date: 2030-01-15\n",
           DRAFT_ARTICLES)
    _write(root / "drone-rules.md", "title: Drone Delivery Rules\nstatus: effective\nadopted_date: 2030-06-01\n",
           FINAL_ARTICLES)
    return root


@pytest.fixture(scope="module")
def pair_kb(pair_corpus: Path) -> KnowledgeBase:
    return KnowledgeBase.from_corpus(pair_corpus)


def _article_changes(kb: KnowledgeBase) -> dict[tuple[tuple[int, ...], tuple[int, ...]], object]:
    return {(c.from_articles, c.to_articles): c for c in kb.changes() if c.parent is None}


@pytest.mark.parametrize(("old", "new", "kind"), EXPECTED)
def test_every_article_is_aligned_and_classified(pair_kb: KnowledgeBase, old: tuple, new: tuple, kind: str) -> None:
    changes = _article_changes(pair_kb)
    assert (old, new) in changes, sorted(changes)
    assert changes[(old, new)].kind == kind


def test_alignment_is_complete_and_covers_every_kind(pair_kb: KnowledgeBase) -> None:
    changes = _article_changes(pair_kb)
    assert set(changes) == {(o, n) for o, n, _ in EXPECTED}
    assert {c.kind for c in changes.values()} == set(CHANGE_KINDS)
    assert all(c.from_document == "drone-rules-draft" and c.to_document == "drone-rules" for c in changes.values())


@pytest.mark.parametrize(("old", "kind", "before", "after"), [
    ((3,), "modality-changed", "permission", "obligation"),
    ((4,), "condition-dropped", "Where a parcel contains hazardous goods", ""),
])
def test_obligation_effects(pair_kb: KnowledgeBase, old: tuple, kind: str, before: str, after: str) -> None:
    change = next(c for c in pair_kb.changes() if c.from_articles == old and c.parent is None)
    effect = next(e for e in change.effects if e.kind == kind)
    assert before.lower() in effect.before.lower() and effect.after.lower().startswith(after.lower())


def test_unchanged_and_renumbered_articles_have_no_effects_or_redline(pair_kb: KnowledgeBase) -> None:
    for c in pair_kb.changes(kind="unchanged"):
        assert not c.effects and not c.redline
    renumbered = next(c for c in pair_kb.changes(kind="unchanged") if c.from_articles == (7,))
    assert "renumbered" in renumbered.note


def test_item_added_inside_a_reworded_article(pair_kb: KnowledgeBase) -> None:
    parent = next(c for c in pair_kb.changes() if c.from_articles == (10,) and c.parent is None)
    children = [c for c in pair_kb.changes() if c.parent == parent.id]
    added = [c for c in children if c.kind == "added"]
    assert [c.to_provisions for c in added] == [("drone-rules/art_9__para_1__item_4",)]


def test_redline_of_a_reworded_article(pair_kb: KnowledgeBase) -> None:
    c = next(c for c in pair_kb.changes() if c.from_articles == (11,))
    assert ("-", " 1,000") in c.redline and ("-", " 5,000") in c.redline
    assert any(op == "+" and "8,000" in t for op, t in c.redline)


def test_filters(pair_kb: KnowledgeBase) -> None:
    assert {c.kind for c in pair_kb.changes(kind="merged")} == {"merged"}
    assert all(7 in c.to_articles or 7 in c.from_articles for c in pair_kb.changes(article=7))
    assert pair_kb.changes(document="no-such-document") == ()


def test_json_export_has_changes(pair_kb: KnowledgeBase) -> None:
    data = json.loads(pair_kb.to_json())
    kinds = {c["kind"] for c in data["changes"]}
    assert set(CHANGE_KINDS) <= kinds
    one = data["changes"][0]
    assert set(one) >= {"id", "from_document", "to_document", "from", "to", "kind", "effects", "note"}
    assert set(one["from"]) >= {"claim", "span", "quoted", "provisions", "articles"}
    assert len({c["id"] for c in data["changes"]}) == len(data["changes"])


def test_cli_diff_text_and_json(pair_corpus: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["diff", "--corpus", str(pair_corpus)])
    assert out.exit_code == 0, out.output
    assert "[split]" in out.output and "[merged]" in out.output and "[unchanged]" not in out.output
    js = runner.invoke(cli, ["diff", "--corpus", str(pair_corpus), "--json", "--kind", "amended"])
    assert js.exit_code == 0
    data = json.loads(js.output[js.output.index("{"):])
    assert {c["kind"] for c in data["changes"]} == {"amended"}


def test_cli_diff_bad_corpus_exits_2(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["diff", "--corpus", str(tmp_path / "missing")])
    assert out.exit_code == 2
    assert "Traceback" not in out.output


# --- units --------------------------------------------------------------------------------


@pytest.mark.parametrize(("before", "after", "expected"), [
    (None, None, None),
    (None, "where the goods are hazardous", "condition-added"),
    ("where the goods are hazardous", None, "condition-dropped"),
    ("where the goods are hazardous", "where the goods are hazardous and heavy", "condition-narrowed"),
    ("where the goods are hazardous and heavy", "where the goods are hazardous", "condition-widened"),
    ("where the goods are hazardous", "where the pilot is tired", "condition-changed"),
])
def test_condition_change(before: str | None, after: str | None, expected: str | None) -> None:
    assert condition_change(before, after) == expected


@pytest.mark.parametrize(("old", "new", "kinds"), [
    ("Operators may keep logs.", "Operators shall keep logs.", ["modality-changed"]),
    ("Operators shall keep logs.", "Operators and pilots shall keep logs.", ["bearer-added"]),
    ("Operators and pilots shall keep logs.", "Operators shall keep logs.", ["bearer-removed"]),
    ("Operators shall keep logs.", "Operators shall keep logs. Pilots shall wear helmets.", ["duty-added"]),
    ("Operators shall keep logs. Pilots shall wear helmets.", "Operators shall keep logs.", ["duty-removed"]),
    ("Operators shall keep logs.", "Where a flight fails, operators shall keep logs.", ["condition-added"]),
    ("Operators shall keep logs.", "Operators shall keep logs.", []),
])
def test_duty_effects_table(old: str, new: str, kinds: list[str]) -> None:
    effects = duty_effects(duties_from_text("a", old), duties_from_text("b", new))
    assert [e.kind for e in effects] == kinds


_VOCAB = ["the", "operator", "pilot", "shall", "may", "keep", "logs", "drone", "parcel", "report", "bureau", "within",
          "hours", "records,", "safety;", "route", "1,000", "(I)"]
_sentence = st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=25).map(" ".join)


@given(_sentence, _sentence)
@settings(max_examples=150, deadline=None)
def test_redline_rebuilds_both_sides(old: str, new: str) -> None:
    segs = redline(old, new)
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    assert norm("".join(t for op, t in segs if op != "+")) == norm(old)
    assert norm("".join(t for op, t in segs if op != "-")) == norm(new)


@given(st.permutations(list(range(8))))
@settings(max_examples=60, deadline=None)
def test_align_permutation_is_one_to_one_and_moves_are_minimal(perm: list[int]) -> None:
    texts = [f"Article text number {k} says that operators shall do task {k} with care {k} every day" for k in range(8)]
    groups = align_texts(texts, [texts[k] for k in perm])
    assert sorted(g.old for g in groups) == [(k,) for k in range(8)]
    assert all(len(g.new) == 1 and perm[g.new[0]] == g.old[0] for g in groups)
    # the unmoved articles keep their order, and as many of them as possible do
    order = [g.old[0] for g in sorted((g for g in groups if not g.moved), key=lambda g: g.new[0])]
    assert order == sorted(order)
    assert sum(not g.moved for g in groups) == _lis_len([perm.index(k) for k in range(8)])


def _lis_len(seq: list[int]) -> int:
    best: list[int] = []
    for x in seq:
        i = next((k for k, b in enumerate(best) if b >= x), len(best))
        best[i:i + 1] = [x]
    return len(best)


@given(st.integers(min_value=0, max_value=6))
@settings(max_examples=20, deadline=None)
def test_insertion_only_renumbers(pos: int) -> None:
    texts = [f"Clause {k}: operators shall file report type {k} to the bureau within {k + 2} days" for k in range(6)]
    new = [*texts[:pos], "A wholly different sentence about parcels and weather conditions here.", *texts[pos:]]
    groups = align_texts(texts, new)
    assert [g for g in groups if g.moved] == []
    assert [g.new for g in groups if not g.old] == [(pos,)]
    assert words(" ".join(texts)) == words(" ".join(t for k, t in enumerate(new) if k != pos))


def test_paragraph_moved_between_articles(tmp_path: Path) -> None:
    draft = [
        "Operators shall keep flight records for each delivery.\n\n"
        "Operators shall hand the flight records to the bureau on request within five working days.",
        "Pilots shall hold a licence issued by the bureau.",
        "Operators shall insure every drone against damage to third parties.",
    ]
    final = [
        "Operators shall keep flight records for each delivery.",
        "Pilots shall hold a licence issued by the bureau.",
        "Operators shall insure every drone against damage to third parties.\n\n"
        "Operators shall hand the flight records to the bureau on request within five working days.",
    ]
    _write(tmp_path / "d.md", "title: D\nwork: f\nstatus: draft\nreleased_date: 2030-01-01\n", draft)
    _write(tmp_path / "f.md", "title: F\nadopted_date: 2030-02-01\n", final)
    kb = KnowledgeBase.from_corpus(tmp_path)
    moved = [c for c in kb.changes(kind="moved") if c.parent]
    assert [(c.from_provisions, c.to_provisions) for c in moved] == [(("d/art_1__para_2",), ("f/art_3__para_2",))]
    assert not [c for c in kb.changes() if c.parent and c.kind in ("added", "removed")]


@pytest.mark.parametrize(("old", "new", "kind"), [
    ("except where the kiosk sells only newspapers", "except where the kiosk sells only water or newspapers",
     "condition-narrowed"),
    ("unless the bureau agrees", "unless the bureau has been told", "condition-changed"),
])
def test_a_change_in_the_second_part_of_a_condition_is_a_change(old: str, new: str, kind: str) -> None:
    """A condition in two parts around the action ("When X, A shall ..., except where Y") is compared whole:
    a change after the action changes the duty's condition."""
    from .conftest import kb_text

    a = kb_text(f"Article 1 When a kiosk opens, kiosk operators shall post prices, {old}.\n")
    b = kb_text(f"Article 1 When a kiosk opens, kiosk operators shall post prices, {new}.\n")
    assert [o.condition_after for o in a.obligations] == [old]  # the second part is read as such
    effects = duty_effects(duties_from_obligations(a.obligations), duties_from_obligations(b.obligations))
    assert [(e.kind, e.before, e.after) for e in effects] == [
        (kind, f"When a kiosk opens … {old}", f"When a kiosk opens … {new}")]
