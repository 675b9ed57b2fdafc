"""The 2022 draft as the commentary reports it: claims, labels, the reviewed alignment, facts."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase, RegkbError
from regkb.cli import cli
from regkb.draft import load_review, propose_claims, review_report

from .conftest import CORPUS, SEED_DOC

COMMENTARY = "anjie-commentary-deep-synthesis-draft"
DRAFT = "deep-synthesis-provisions-draft-2022"
REVIEW = yaml.safe_load((CORPUS / "alignment.yaml").read_text(encoding="utf-8"))


def _claim(kb: KnowledgeBase, slug: str):
    return next(c for c in kb.claims if c.id == f"{COMMENTARY}/claim/{slug}")


def _change(kb: KnowledgeBase, slug: str):
    return next(c for c in kb.changes() if c.claim == f"{COMMENTARY}/claim/{slug}")


# --- the reviewed file points at things that exist ------------------------------------------


@pytest.mark.parametrize("entry", REVIEW["claims"], ids=[e["id"] for e in REVIEW["claims"]])
def test_reviewed_claim_is_a_span_of_the_commentary(kb: KnowledgeBase, entry: dict) -> None:
    claim = _claim(kb, entry["id"])
    source = kb.sources[COMMENTARY]
    assert source[claim.span.start:claim.span.end] == claim.text
    assert re.sub(r"\s+", " ", claim.text) == re.sub(r"\s+", " ", entry["text"])
    assert source.count(claim.text) == 1
    block = kb.get(claim.block)
    assert block.document == COMMENTARY and block.span.contains(claim.span)
    assert claim.label == entry["label"] and claim.about == DRAFT and claim.reviewed


@pytest.mark.parametrize("entry", REVIEW["claims"], ids=[e["id"] for e in REVIEW["claims"]])
def test_reviewed_claim_points_at_existing_provisions(kb: KnowledgeBase, entry: dict) -> None:
    change = _change(kb, entry["id"])
    assert list(change.to_provisions) == list(entry["final"])
    for pid in change.to_provisions:
        prov = kb.provision(pid)
        assert pid.startswith(SEED_DOC + "/") and prov.text
    assert set(change.to_articles) == {int(re.search(r"art_(\d+)", p).group(1)) for p in entry["final"]}
    assert change.kind == entry["kind"] and change.reviewed
    actors = {a.id for a in kb.actors}
    for e in change.effects:
        assert not e.actor.startswith("actor/") or e.actor in actors, e.actor


@pytest.mark.parametrize("entry", REVIEW["rejected"], ids=[e["text"][:30] for e in REVIEW["rejected"]])
def test_rejected_sentences_exist_and_are_not_claims(kb: KnowledgeBase, entry: dict) -> None:
    assert kb.sources[COMMENTARY].count(entry["text"]) == 1
    assert all(entry["text"] not in c.text for c in kb.claims)


def test_final_only_entries_point_at_existing_provisions(kb: KnowledgeBase) -> None:
    for entry in REVIEW["final_only"]:
        for pid in entry["final"]:
            kb.provision(pid)
        assert "not described in the sources" in entry["note"]


# --- what issue 4 asks to cover --------------------------------------------------------------

COVERAGE = [
    # (claim, label, final articles, kind)
    ("definition", "quote", {23}, "reworded"),
    ("examples-biometric", "quote", {23}, "reworded"),
    ("examples-virtual-scenes", "quote", {23}, "reworded"),
    ("general-obligations", "quote", {4}, "amended"),
    ("management-systems", "paraphrase", {7}, "reworded"),
    ("systems-registration", "paraphrase", {7, 9}, "split"),
    ("systems-minors", "paraphrase", set(), "removed"),
    ("algorithm-review", "paraphrase", {15}, "amended"),
    ("security-self-assessment", "paraphrase", {15}, "amended"),
    ("consent-biometric", "quote", {14}, "amended"),
    ("logos-and-logs", "paraphrase", {16}, "reworded"),
    ("prominent-marking", "paraphrase", {17}, "amended"),
    ("unmarked-withdrawal", "paraphrase", set(), "removed"),
    ("prohibited-uses", "paraphrase", {6}, "reworded"),
    ("penalties", "paraphrase", {22}, "amended"),
    ("notes-misuse", "notes", set(), "context"),
    ("notes-bottom-lines", "notes", set(), "context"),
]


@pytest.mark.parametrize(("slug", "label", "articles", "kind"), COVERAGE)
def test_issue_topics_are_covered(kb: KnowledgeBase, slug: str, label: str, articles: set, kind: str) -> None:
    change = _change(kb, slug)
    assert (change.label, set(change.to_articles), change.kind) == (label, articles, kind)
    assert change.note


def test_consent_change_records_bearer_scope_and_kind_of_consent(kb: KnowledgeBase) -> None:
    change = _change(kb, "consent-biometric")
    kinds = {e.kind for e in change.effects}
    assert {"bearer-added", "condition-widened", "condition-dropped", "action-changed"} <= kinds
    assert "significant editing functions" in _claim(kb, "consent-biometric").text
    assert "separate consent" in kb.provision(change.to_provisions[0]).text
    assert any(op == "-" and "significant" in t for op, t in change.redline)
    assert any(op == "+" and "separate" in t for op, t in change.redline)


def test_penalty_amounts_are_the_commentary_paraphrase(kb: KnowledgeBase) -> None:
    claim = _claim(kb, "penalties")
    assert "10,000 yuan to 100,000 yuan" in claim.text and "business suspension" in claim.text
    assert not claim.quoted
    assert "yuan" not in kb.article(22).text


# --- never a paraphrase as draft text -----------------------------------------------------------


def test_only_quotes_have_a_redline_or_are_marked_quoted(kb: KnowledgeBase) -> None:
    for c in kb.changes():
        if c.claim is None:
            continue
        claim = next(cl for cl in kb.claims if cl.id == c.claim)
        assert c.quoted == (claim.label == "quote")
        if not c.quoted:
            assert c.redline == ()


def test_not_described_never_says_new(kb: KnowledgeBase) -> None:
    nd = kb.changes(kind="not-described")
    assert nd
    assert all("not described in the sources" in c.note for c in nd)
    assert not any("new in the final" in c.note.lower() for c in kb.changes())
    # every final article is either aligned to a claim or marked as not described
    covered = {n for c in kb.changes(document=DRAFT) for n in c.to_articles}
    assert covered == {a.number for a in kb.articles_of(SEED_DOC)}


def test_every_proposed_claim_is_reviewed_or_rejected(kb: KnowledgeBase) -> None:
    """Disagreements between proposal and review are reported (a warning in the summary), not failures."""
    import warnings

    report = review_report(kb)
    if report:
        lines = [f"{d.claim.rsplit('/', 1)[-1]}: {d.what} reviewed={d.reviewed!r} proposed={d.proposed!r}" for d in report]
        warnings.warn("proposal vs reviewed alignment.yaml:\n  " + "\n  ".join(lines), UserWarning, stacklevel=1)
    assert not [d for d in report if d.what in ("unreviewed-claim", "missed-claim")]
    assert all(d.what in ("label", "provision", "effects") for d in report)
    assert all(d.claim in {c.id for c in kb.claims} for d in report)


# --- the draft as a document; external facts ------------------------------------------------------


def test_draft_is_a_document_of_its_own(kb: KnowledgeBase) -> None:
    (draft,) = kb.described_documents
    fm = draft.frontmatter
    assert (draft.id, draft.status, draft.work) == (DRAFT, "draft", kb.document(SEED_DOC).work)
    assert (fm["released_date"], fm["comment_deadline"], fm["issuing_body"]) == ("2022-01-28", "2022-02-28", "CAC")
    assert draft.id != COMMENTARY and draft.id not in {d.id for d in kb.documents}


def test_external_facts_have_sources(kb: KnowledgeBase) -> None:
    facts = kb.external_facts
    assert facts and all(f.source for f in facts)
    external = {(f.document, f.key) for f in facts if f.external}
    assert {(SEED_DOC, "promulgated_date"), (SEED_DOC, "published_date"), (DRAFT, "issued_alone")} <= external
    for f in facts:
        if not f.external and f.quote:
            assert f.quote in kb.sources[f.source.removeprefix("corpus:")]


def test_json_contract(kb: KnowledgeBase) -> None:
    data = json.loads(kb.to_json())
    assert {"claims", "changes", "described_documents", "external_facts"} <= set(data)
    ch = next(c for c in data["changes"] if c["from"]["claim"] == f"{COMMENTARY}/claim/consent-biometric")
    assert ch["from_document"] == DRAFT and ch["to_document"] == SEED_DOC
    assert ch["from"]["quoted"] is True and ch["from"]["span"]["end"] > ch["from"]["span"]["start"]
    assert ch["to"] == {"articles": [14], "provisions": [f"{SEED_DOC}/art_14__para_1"]}
    cl = next(c for c in data["claims"] if c["id"] == ch["from"]["claim"])
    assert cl["quoted"] is True and cl["label"] == "quote"


def test_cli_diff_on_the_seed() -> None:
    out = CliRunner().invoke(cli, ["diff", "--article", "14"])
    assert out.exit_code == 0, out.output
    assert "draft text, quoted by the commentary" in out.output
    out = CliRunner().invoke(cli, ["diff", "--kind", "removed"])
    assert "the commentary's paraphrase, not draft text" in out.output
    rev = CliRunner().invoke(cli, ["diff", "--review", "--json"])
    assert rev.exit_code == 0
    assert "disagreements" in json.loads(rev.output[rev.output.index("{"):])


# --- the proposal step is generic -------------------------------------------------------------------

SYNTHETIC = """---
id: note-on-widget-draft
kind: commentary
title: A note on the widget draft
comments_on: widget-rules-draft
---
Background

The ministry released the draft widget rules in March. The officials have taken the view that:

widgets . . . are dangerous when left unattended.

The draft requires that:

Operators shall label every widget with its maker's name.

The draft defines a widget as "any small device that is sold to consumers for home use". This would seem to cover toys.

Operators must:

  • keep sales records;
  • inspect stock monthly.

Widgets might become popular:

  • in schools;
"""


@pytest.fixture
def synthetic_kb(tmp_path: Path) -> KnowledgeBase:
    shutil.copy(CORPUS / f"{SEED_DOC}.md", tmp_path / "rules.md")
    (tmp_path / "note.md").write_text(SYNTHETIC, encoding="utf-8")
    return KnowledgeBase.from_corpus(tmp_path)


@pytest.mark.parametrize(("text", "label", "lead_in"), [
    ("The ministry released the draft widget rules in March.", "paraphrase", ""),
    ("widgets . . . are dangerous when left unattended.", "notes", "The officials have taken the view that:"),
    ("Operators shall label every widget with its maker's name.", "quote", "The draft requires that:"),
    ("any small device that is sold to consumers for home use", "quote", "The draft defines a widget as"),
    ("keep sales records;", "paraphrase", "Operators must:"),
    ("inspect stock monthly.", "paraphrase", "Operators must:"),
])
def test_proposed_claims_on_a_synthetic_commentary(synthetic_kb: KnowledgeBase, text: str, label: str,
                                                   lead_in: str) -> None:
    claims = {c.text: c for c in synthetic_kb.claims}
    assert text in claims, sorted(claims)
    assert (claims[text].label, claims[text].lead_in) == (label, lead_in)
    assert not claims[text].reviewed and claims[text].about == "widget-rules-draft"


def test_hedged_sentences_and_their_lists_are_not_claims(synthetic_kb: KnowledgeBase) -> None:
    texts = [c.text for c in synthetic_kb.claims]
    assert not any("toys" in t or "schools" in t or "popular" in t for t in texts)
    assert len(texts) == 6


def test_propose_claims_is_deterministic(kb: KnowledgeBase) -> None:
    blocks = [b for b in kb.blocks if b.document == COMMENTARY]
    a = propose_claims(blocks, kb.sources[COMMENTARY], DRAFT)
    b = propose_claims(blocks, kb.sources[COMMENTARY], DRAFT)
    assert a == b and [c.span.start for c in a] == sorted(c.span.start for c in a)


# --- a broken review file is a clear error -----------------------------------------------------------


def _corpus_with_review(tmp_path: Path, edit) -> Path:
    for f in CORPUS.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    text = (CORPUS / "alignment.yaml").read_text(encoding="utf-8")
    (tmp_path / "alignment.yaml").write_text(edit(text), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace("Unmarked content must be withdrawn immediately.", "Unmarked content is deleted."),
     "not in the commentary"),
    (lambda t: t.replace("deep-synthesis-provisions/art_16__para_1]", "deep-synthesis-provisions/art_99]"),
     "does not exist"),
    (lambda t: t.replace("kind: removed", "kind: vanished", 1), "kind must be one of"),
    (lambda t: t.replace("label: notes", "label: gossip", 1), "label must be one of"),
    (lambda t: t.replace('text: "data security;"', 'text: "Deep synthesis"'), "occurs"),
    (lambda t: t.replace("commentary: anjie-commentary-deep-synthesis-draft", "commentary: nobody"), "not a commentary"),
    (lambda t: t.replace("draft: deep-synthesis-provisions-draft-2022", "draft: other-draft"), "differs"),
    (lambda t: t.replace("final: deep-synthesis-provisions\n", "final: nothing\n"), "not a regulation"),
    (lambda t: t.replace("claims:", "claims: [oops", 1), "not valid YAML"),
])
def test_bad_review_file(tmp_path: Path, edit, message: str) -> None:
    root = _corpus_with_review(tmp_path, edit)
    kb = KnowledgeBase.from_corpus(root)
    with pytest.raises(RegkbError) as exc:
        kb.changes()
    assert message in str(exc.value) and "alignment.yaml:" in str(exc.value)
    out = CliRunner().invoke(cli, ["diff", "--corpus", str(root)])
    assert out.exit_code == 2 and "Traceback" not in out.output


def test_review_file_loads(kb: KnowledgeBase) -> None:
    review = load_review(CORPUS)
    assert review is not None and (review.commentary, review.draft, review.final) == (COMMENTARY, DRAFT, SEED_DOC)
    assert len(review.claims) == len(REVIEW["claims"]) == len([c for c in kb.claims if c.document == COMMENTARY])


def test_claims_link_through_changes_to_provisions_in_the_graph(kb: KnowledgeBase) -> None:
    import networkx as nx

    g = kb.graph
    claim = f"{COMMENTARY}/claim/consent-biometric"
    assert nx.has_path(g, claim, f"{SEED_DOC}/art_14__para_1")
    assert g.nodes[claim]["quoted"] is True
    changes = [v for _, v in g.out_edges(claim) if g.nodes[v].get("type") == "change"]
    assert [g.nodes[n]["change_kind"] for n in changes] == ["amended"]


def test_changes_rejects_an_unknown_kind(kb: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        kb.changes(kind="deleted")


def test_adding_the_drafts_own_text_lights_up_the_engine(tmp_path: Path) -> None:
    """The day a user adds the draft's text, the engine compares it; the reviewed claims stay."""
    root = _corpus_with_review(tmp_path, lambda t: t)
    quote = _claim(KnowledgeBase.from_corpus(CORPUS), "consent-biometric").text
    (root / "draft.md").write_text(
        f"---\nid: {DRAFT}\ntitle: Draft\nstatus: draft\nwork: {SEED_DOC}\nreleased_date: 2022-01-28\n---\n"
        f"**Article 1.** {quote}\n", encoding="utf-8")
    kb = KnowledgeBase.from_corpus(root)
    assert kb.described_documents == ()
    engine = [c for c in kb.changes(document=DRAFT) if c.claim is None and c.kind != "not-described"]
    assert {c.from_document for c in engine} == {DRAFT} and {c.to_document for c in engine} == {SEED_DOC}
    assert len([c for c in engine if c.kind == "added"]) >= 23
    assert _change(kb, "consent-biometric").reviewed


_PIECES = [
    "Background",
    "The draft requires that:\n\nOperators shall label every widget.",
    "Officials have taken the view that:\n\nwidgets . . . are risky. Really risky.",
    "Operators must:\n\n  • keep records;\n  • report losses; and\n    • inspect stock.",
    'The draft defines a widget as "any small device sold for home use" in its first article.',
    "This might matter to shops. The draft is long.",
    "Sellers are required to   keep\nreceipts. Penalties reach 5,000 yuan.",
    "Examples include:\n\nGadgets . . . . Gizmos and trinkets.",
    "Nothing to see here.",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
@settings(max_examples=40, deadline=None)
def test_claims_are_exact_non_overlapping_spans(pieces: list[str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        body = "\n\n".join(pieces)
        (root / "c.md").write_text(f"---\nkind: commentary\ntitle: C\ncomments_on: w-draft\n---\n{body}\n",
                                   encoding="utf-8")
        kb = KnowledgeBase.from_corpus(root)
        source = kb.sources["c"]
        claims = [c for c in kb.claims if c.document == "c"]
        for c in claims:
            assert source[c.span.start:c.span.end] == c.text and c.text and c.text == c.text.strip()
            assert c.label in ("quote", "paraphrase", "notes")
            if c.lead_in_span is not None:
                assert c.lead_in_span.end <= c.span.start
        spans = [c.span for c in claims]
        assert spans == sorted(spans)
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
        assert all("might" not in c.text for c in claims)


def changes_tsv(kb: KnowledgeBase) -> str:
    """The draft-to-final change register as a reviewable table: one line per change."""
    lines = ["change\tkind\tlabel\tcommentary span\tfinal provisions\teffects\tnote"]
    for c in kb.changes(document=DRAFT):
        span = f"{c.claim_span.start}-{c.claim_span.end}" if c.claim_span else ""
        provs = " ".join(p.removeprefix(SEED_DOC + "/") for p in c.to_provisions)
        effects = " ".join(sorted(e.kind for e in c.effects))
        lines.append("\t".join([c.id.rsplit("/", 1)[-1], c.kind, c.label or "", span, provs, effects, c.note]))
    return "\n".join(lines) + "\n"


def test_golden_change_register(kb: KnowledgeBase) -> None:
    """Regenerate with REGKB_UPDATE_GOLDEN=1 and review the diff before committing."""
    import os

    from .conftest import GOLDEN

    path = GOLDEN / "draft-changes.tsv"
    text = changes_tsv(kb)
    if os.environ.get("REGKB_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("slug", "topic"), [
    ("release", ""),  # before the first section: the three headings at the top are a table of contents
    ("definition", "Deep synthesis definition"),
    ("systems-minors", "Service provider obligations"),
    ("security-self-assessment", "Algorithm reviews"),
    ("consent-biometric", "Personal information"),
])
def test_claim_topics_skip_the_table_of_contents(kb: KnowledgeBase, slug: str, topic: str) -> None:
    assert _claim(kb, slug).topic == topic


def test_claims_and_changes_resolve_by_id(kb: KnowledgeBase) -> None:
    for obj in (*kb.claims, *kb.changes()):
        assert kb.get(obj.id) is obj
