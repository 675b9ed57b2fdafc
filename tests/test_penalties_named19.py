"""Penalties an authority imposes in the active voice, and short names made of capitals (issue 12; invented texts,
two wordings each). A penalty is never a duty of the authority, nor of the person it strikes:

- "the AMR shall give the room operator a warning", "the bureau shall serve the stall holder a notice of criticism":
  the double object names the one penalised;
- "the detachment shall seal up the rooms concerned" after a violation in the same sentence: the authority's closure;
- "staff who abuse their powers shall be sanctioned by the supervisory organs": a penalty by its participle, near a
  violation ("a plan sanctioned by the council" is no penalty);
- "fails to do what items (1) to (3) of Article 5 require": a violation, as "fails to do X as Article 5 requires";
- "(hereinafter "AMR")" after a body's name: the capitals name that body, so "The AMR may ..." binds it;
- "may bar that borrower from borrowing": a demonstrative points back at the violator, as "such" does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase

BODIES = [("Fenglin Municipal Administration for Market Regulation", "AMR", "room operator", "escape rooms"),
          ("Qiaotou District Bureau of Commerce", "QBC", "stall holder", "night markets")]


def _kb(tmp_path: Path, body: str) -> KnowledgeBase:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rules.md").write_text("---\ntitle: Measures on Venues\nid: rules\n---\n\n# Measures on Venues\n\n" + body,
                                     encoding="utf-8")
    return KnowledgeBase.from_corpus(corpus)


@pytest.mark.parametrize(("body", "short", "party", "place"), BODIES, ids=["amr", "qbc"])
def test_penalties_in_the_active_voice(tmp_path: Path, body: str, short: str, party: str, place: str) -> None:
    kb = _kb(tmp_path, f"## Article 1\n\nThe {body} (hereinafter \"{short}\") shall register {place}.\n\n"
                       f"## Article 2\n\nThe {short} may publish the names of each {party} that fails inspections.\n\n"
                       f"## Article 3\n\nA {party} must keep a fire exit open.\n\n"
                       f"## Article 4\n\nWhere a {party} fails to do what Article 3 requires, the {short} shall give "
                       f"the {party} a warning and may impose a fine of up to 10,000 yuan.\n\n"
                       f"## Article 5\n\nA {party} that breaches Article 3 shall be ordered by the {short} to rectify "
                       f"within a time limit; where it does not rectify in time, the {short} shall seal up the "
                       f"premises concerned.\n\n"
                       f"## Article 6\n\n{short} staff who abuse their powers shall be sanctioned by the supervisory "
                       "organs.\n")
    key = "actor/" + body.lower().replace(" ", "-")
    duties = sorted((o.article, o.modality, o.actors) for o in kb.obligations)
    assert duties == [(1, "obligation", (key,)), (2, "permission", (key,)),
                      (3, "obligation", ("actor/" + party.replace(" ", "-"),))]
    rows = sorted((s.article, s.violator, s.authority, s.penalties) for s in kb.sanctions)
    assert rows == sorted([
        (4, party, short, f"give the {party} a warning"), (4, party, short, "impose a fine of up to 10,000 yuan"),
        (5, party, short, f"be ordered by the {short} to rectify within a time limit"),
        (5, party, short, "seal up the premises concerned"),
        (6, f"{short} staff", "supervisory organs", "be sanctioned by the supervisory organs")])


@pytest.mark.parametrize("sentence", [
    "The plan shall be sanctioned by the district council before the market opens.",
    "Each new route shall be sanctioned by the county transport bureau.",
])
def test_sanctioned_as_approved_is_no_penalty(tmp_path: Path, sentence: str) -> None:
    kb = _kb(tmp_path, f"## Article 1\n\n{sentence}\n")
    assert not kb.sanctions


@pytest.mark.parametrize("sentence", [
    "Where a market warden breaches Article 2, the bureau shall serve the stall holder a notice of criticism.",
    "Where a market warden breaches Article 2, the bureau shall give the stall holder concerned a warning.",
])
def test_the_double_object_names_the_one_penalised(tmp_path: Path, sentence: str) -> None:
    kb = _kb(tmp_path, "## Article 1\n\nStall holders shall keep their pitches clean.\n\n"
                       "## Article 2\n\nMarket wardens shall walk the market every hour.\n\n"
                       f"## Article 3\n\n{sentence}\n")
    assert kb.sanctions and all(s.authority == "bureau" and (s.violator or "").startswith("stall holder")
                                for s in kb.sanctions)
    assert not [o for o in kb.obligations if o.article == 3]


@pytest.mark.parametrize(("sentence", "penalty"), [
    ("A borrower who breaches Article 1 shall compensate the library, and the library may bar that borrower from "
     "borrowing for up to six months.", "bar that borrower from borrowing for up to six months"),
    ("Where a member breaches Article 1, the club may ban this member from the courts for three months.",
     "ban this member from the courts for three months"),
], ids=["that-borrower", "this-member"])
def test_a_demonstrative_points_back_at_the_violator(tmp_path: Path, sentence: str, penalty: str) -> None:
    """"bar that borrower from ...": the demonstrative names the violator as "such" does; a penalty, never leave."""
    kb = _kb(tmp_path, f"## Article 1\n\nBorrowers and members shall return the tools clean.\n\n## Article 2\n\n{sentence}\n")
    assert not [o for o in kb.obligations if o.article == 2 and o.modality == "permission"]
    assert penalty in [s.penalties for s in kb.sanctions]
