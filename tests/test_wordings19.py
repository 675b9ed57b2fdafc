"""Wordings of heldout17's texts, by form (issue 12; invented sentences, two wordings each):

- a subject named by its relative clause, with a list of single words inside it and its own short name ('The person at
  the station who starts, watches and ends the program (hereinafter the "flight controller") must ...'): the short
  name names that party (one actor), the list's comma no clause boundary;
- "Together with X, A is obliged to ...": a phrase of accompaniment before the subject, not the subject;
- "Where A fails to observe any of items (1) to (3) of Article 5, the bureau shall give it a warning": a violation,
  so the warning is a sanction, not the bureau's duty;
- "A should, before opening each day: (1) ...": the aside is the items' condition, the lead-in no entry of its own;
- "shall make compensation under the Civil Code" after a breach: civil liability, a sanction;
- "The county supports A in V-ing": a public body's encouragement of A, as "The State supports";
- "X has (bears) the obligation (duty) of:" before its items: a lead-in held by X.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase


def _kb(tmp_path: Path, body: str) -> KnowledgeBase:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rules.md").write_text("---\ntitle: Measures on Shows\nid: rules\n---\n\n# Measures on Shows\n\n" + body,
                                     encoding="utf-8")
    return KnowledgeBase.from_corpus(corpus)


@pytest.mark.parametrize(("subject", "short", "later"), [
    ("The person at the ground station who starts, watches and ends the control program", "flight controller",
     "The flight controller shall land every aircraft before midnight."),
    ("The employee on the pier who sells, checks and tears the tickets", "ticket clerk",
     "Ticket clerks shall close the gate when the boat is full."),
], ids=["controller", "clerk"])
def test_a_subject_named_by_its_relative_clause_with_a_short_name(tmp_path: Path, subject: str, short: str,
                                                                 later: str) -> None:
    kb = _kb(tmp_path, f"## Article 1\n\n{subject} (hereinafter the \"{short}\") must hold a valid licence.\n\n"
                       f"## Article 2\n\n{later}\n")
    d = next(x for x in kb.definitions if x.term == short)
    assert d.definition == subject[4:]
    keys = {o.actors for o in kb.obligations}
    assert len(keys) == 1 and len(kb.obligations) == 2
    assert short in kb.actor(short).aliases


@pytest.mark.parametrize("sentence", [
    "Together with the application, the show organiser is obliged to submit a flight plan.",
    "Together with the map of the launch site, each show organiser must send the time window of the show.",
])
def test_a_phrase_of_accompaniment_is_no_subject(tmp_path: Path, sentence: str) -> None:
    kb = _kb(tmp_path, f"## Article 1\n\n{sentence}\n")
    assert [(o.modality, o.actors) for o in kb.obligations] == [("obligation", ("actor/show-organiser",))]


@pytest.mark.parametrize("violation", [
    "Where an operator fails to observe any of items (1) to (3) of Article 1, paragraph 1,",
    "Where an operator does not comply with Article 1,",
])
def test_not_observing_a_provision_is_a_violation(tmp_path: Path, violation: str) -> None:
    kb = _kb(tmp_path, "## Article 1\n\nWhile trading, an operator shall:\n\n(1) keep a fire extinguisher at hand;\n\n"
                       "(2) collect used grease in a sealed container;\n\n(3) display its licence.\n\n"
                       f"## Article 2\n\n{violation} the urban management bureau shall give it a warning.\n")
    assert not [o for o in kb.obligations if o.article == 2]
    assert [(s.article, s.violator) for s in kb.sanctions] == [(2, "operator")]


@pytest.mark.parametrize(("lead", "condition"), [
    ("Each bathhouse operator should, before opening each day:", "before opening each day"),
    ("The ferry operator shall, when the river is in flood:", "when the river is in flood"),
], ids=["before", "when"])
def test_an_aside_before_a_lead_ins_colon_is_its_items_condition(tmp_path: Path, lead: str, condition: str) -> None:
    kb = _kb(tmp_path, f"## Article 1\n\n{lead}\n\n(1) check the handrails;\n\n(2) test the alarm buttons.\n")
    assert [(o.provision.rsplit("/", 1)[1], o.action, o.condition) for o in kb.obligations] == [
        ("art_1__para_1__item_1", "check the handrails", condition),
        ("art_1__para_1__item_2", "test the alarm buttons", condition)]


@pytest.mark.parametrize("sentence", [
    "A bathhouse operator that breaches Article 1 and so causes a bather injury shall make compensation under the "
    "Civil Code.",
    "Where a bathhouse operator breaches Article 1 and a bather is hurt, the operator shall make full compensation.",
])
def test_making_compensation_after_a_breach_is_civil_liability(tmp_path: Path, sentence: str) -> None:
    kb = _kb(tmp_path, "## Article 1\n\nBathhouse operators shall keep the floors dry.\n\n"
                       f"## Article 2\n\n{sentence}\n")
    assert not [o for o in kb.obligations if o.article == 2]
    assert [s.article for s in kb.sanctions] == [2]


@pytest.mark.parametrize(("sentence", "party"), [
    ("The county supports bathhouse operators in reusing spent hot spring water for heating.", "bathhouse-operator"),
    ("The city supports ferry operators in buying electric boats.", "ferry-operator"),
])
def test_a_place_that_supports_a_party_encourages_it(tmp_path: Path, sentence: str, party: str) -> None:
    kb = _kb(tmp_path, f"## Article 1\n\n{sentence}\n")
    assert [(o.modality, o.actors) for o in kb.obligations] == [("encouragement", (f"actor/{party}",))]


@pytest.mark.parametrize(("lead", "party", "condition"), [
    ("Before a session starts, the game master has the obligation of:", "game-master", "Before a session starts"),
    ("Every evening, the stall keeper bears the duty of:", "stall-keeper", "Every evening"),
], ids=["has-the-obligation-of", "bears-the-duty-of"])
def test_a_duty_held_of_a_list(tmp_path: Path, lead: str, party: str, condition: str) -> None:
    """"X has the obligation of:" before items that open with a gerund: a lead-in held by X, as "X shall:"."""
    kb = _kb(tmp_path, f"## Article 1\n\n{lead}\n\n(1) switching on the cameras;\n\n(2) sweeping the floor.\n")
    assert [(o.modality, o.actors, o.bearer_basis, o.action, o.condition) for o in kb.obligations] == [
        ("obligation", (f"actor/{party}",), "lead-in", "switching on the cameras", condition),
        ("obligation", (f"actor/{party}",), "lead-in", "sweeping the floor", condition)]
