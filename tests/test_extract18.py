"""Session 14, helper extract18: forms of sanctions and bearers that heldout16 showed missed or wrong, each in the
set's kind of wording and in another field's (ice rinks and locksmiths; no sentence of any set), with negative rows.
Each row: the cell, Article 2's text, the sanctions expected as (violator, authority, word of the penalty), and the
(modality, bearer) pairs expected of Article 2 (a bearer None for an agentless duty)."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Ice rink operators shall test the ice every morning. Locksmiths shall keep a register of the "
           "keys they cut. The sports bureau and the public security bureau shall inspect them.")
RO = "ice rink operator"
LS = "locksmith"
SB = "sports bureau"
PB = "public security bureau"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

SANCTIONS: list[Row] = [
    # a violation: not meeting a provision named by its number, with the verbs of keeping to a rule
    ("fails to meet item", "Where an ice rink operator fails to meet item (1) or (2) of Article 1, the sports bureau "
     "shall issue it a warning.", [(RO, SB, "warning")]),
    ("fails to observe paragraph", "Where a locksmith fails to observe paragraph 2 of Article 1, the public security "
     "bureau shall give it a warning.", [(LS, PB, "warning")]),
    # sealing up, near a violation
    ("sealed up", "Where an ice rink operator fails to meet item (1) of Article 1, the sports bureau shall issue it a "
     "warning; where it does not correct the fault within five days, the rink shall be sealed up.",
     [(RO, SB, "warning"), (RO, SB, "sealed")]),
    ("sealed up", "Where a locksmith fails to observe paragraph 2 of Article 1, the public security bureau shall give "
     "it a warning; where it persists, its workshop shall be sealed up.", [(LS, PB, "warning"), (LS, PB, "sealed")]),
    # the causative of performance in the violator's place
    ("have it dismantled", "An ice rink operator that opens a rink without approval shall be ordered by the sports "
     "bureau to close it within a set time; where it refuses to close the rink, the sports bureau shall have it "
     "dismantled at the operator's expense.", [(RO, SB, "ordered"), (RO, SB, "dismantled")]),
    ("have it removed", "Where a locksmith refuses to remove the stall after being ordered to, the public security "
     "bureau shall have it removed at the locksmith's own cost.", [(LS, PB, "removed")]),
    # a failure counted is a breach
    ("failure counted", "Where an ice rink operator fails to send three monthly safety reports in a row, the sports "
     "bureau may cancel its operation permit.", [(RO, SB, "cancel")]),
    ("failure counted", "Where a locksmith fails to keep the register twice in one year, the public security bureau "
     "may revoke its permit.", [(LS, PB, "revoke")]),
    # negative rows: no violation, no penalty
    ("neg: one late report", "Where an ice rink operator fails to send the report in time, the sports bureau may "
     "extend the deadline once.", []),
    ("neg: sealed for storage", "The samples taken at an ice rink shall be sealed up and kept for thirty days.", []),
    ("neg: meet a deadline", "Where an ice rink operator fails to meet the deadline, it shall inform the sports "
     "bureau.", []),
    ("neg: removal asked for", "The sports bureau shall have the old boards removed at the operator's expense when the "
     "operator asks for it.", []),
]


def _kb(body: str) -> KnowledgeBase:
    return kb_text(PARTIES + "\nArticle 2 " + body)


@pytest.mark.parametrize(("cell", "body", "expected"), SANCTIONS, ids=[r[0] for r in SANCTIONS])
def test_sanction_forms(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = _kb(body)
    check_sanction_rows(kb, cell, expected)
    if expected:  # a penalty clause is no duty of the authority's
        assert not [o for o in kb.obligations if o.article == 2]


DUTIES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # two verbs of one promotion share the object, with the second verb's "in V-ing"
    ("encourages and supports A in", "The municipal government encourages and supports the Ice Sports Association in "
     "setting standards for rink safety.", [("encouragement", "ice-sports-association")]),
    ("encourages and supports A in", "The public security bureau encourages and supports locksmith associations in "
     "training apprentices.", [("encouragement", "locksmith-association")]),
    # "back" as "support", and the promise "will back"
    ("will back A in", "The sports bureau will back the Ice Sports Association in training coaches.",
     [("encouragement", "ice-sports-association")]),
    ("backs A in", "The public security bureau backs locksmith associations in running key-cutting courses.",
     [("encouragement", "locksmith-association")]),
    # negative: a copy of data is no promotion
    ("neg: backs up", "The sports bureau backs up its inspection records to a secure server every week.", []),
    # guide 1.10: an age or an indefinite place after the party's name says which members are bound (a condition)
    ("age after the name", "Locksmiths under eighteen years of age are not permitted to cut keys unless a master is "
     "present.", [("prohibition", "locksmith")]),
    ("age after the name", "Ice rink operators over sixty years of age are required to pass a health check every "
     "year.", [("obligation", "ice-rink-operator")]),
    ("aged", "Skaters must sign in. Skaters aged under twelve must wear a helmet.",
     [("obligation", "skater"), ("obligation", "skater")]),
    # negative: a noun the text names only with its age is that party's name
    ("neg: named only with its age", "Children under the age of twelve may use the small rink only when accompanied.",
     [("permission", "children-under-the-age-of-twelve")]),
    ("place, indefinite", "Every locksmith in a market must display a price list.", [("obligation", "locksmith")]),
    ("place, indefinite", "Every skater on a rink must wear a helmet.", [("obligation", "skater")]),
    # negative rows: a level, a body over it, a tie: part of the name
    ("neg: under a body", "Departments under the State Council shall guide the work.",
     [("obligation", "departments-under-the-state-council")]),
    ("neg: level", "People's governments at the county level shall organise inspections.",
     [("obligation", "people-s-government-at-the-county-level")]),
    ("neg: under contract", "Locksmiths under contract with the bureau shall keep a register.",
     [("obligation", "locksmiths-under-contract-with-the-bureau")]),
    # a denied subject of a passive is acted on, never the bearer, even where its head could name a party ("body")
    ("No N shall be V-ed", "No pet body shall be buried in a park or on the bank of a river.", []),
    ("No N shall be V-ed", "No animal body may be left on a public road.", []),
    ("No N shall be V-ed", "No skater shall be admitted to the ice without a helmet.", []),
    # negative rows: the active, the deontic passive ("be allowed to"), the universal pair keep their bearers
    ("neg: No N may V", "No locksmith may cut a key without the owner's consent.", [("prohibition", "locksmith")]),
    ("neg: shall be allowed to", "No person shall be allowed to skate after midnight.", [("prohibition", "person")]),
    ("neg: universal", "No organization or individual may sell key blanks in the street.",
     [("prohibition", "organization-or-individual")]),
    # "has got to:" as a lead-in, as "has to:"
    ("has got to:", "Upon receiving a key order, a locksmith has got to: (1) check the owner's identity; (2) record "
     "the order.", [("obligation", "locksmith"), ("obligation", "locksmith")]),
    ("has got to:", "Before opening each day, an ice rink operator has got to: (1) test the ice; (2) light the rink.",
     [("obligation", "ice-rink-operator"), ("obligation", "ice-rink-operator")]),
    # a required state of a party's thing (a copula or "have", not a passive) is its possessor's to keep
    ("the N of X shall be", "The workshop of a locksmith shall be at least 50 metres from any school.",
     [("obligation", "locksmith")]),
    ("the N of X must have", "The rink of an ice rink operator must have two emergency exits.",
     [("obligation", "ice-rink-operator")]),
    # negative rows: a passive names an act of someone unnamed; the staff are a party of their own
    ("neg: passive", "The name of the locksmith shall be published on the bureau's website.", []),
    ("neg: passive", "The rink of an ice rink operator shall be inspected every month.", []),
    ("neg: staff", "The staff of an ice rink operator shall hold first-aid certificates.",
     [("obligation", "staff-of-an-ice-rink-operator")]),
    # the impersonal right or duty of a party narrowed by a relative clause: the party after "of", the clause its
    # condition (another party inside the action is no bearer)
    ("It is the right of X who", "It is the right of a skater who is injured at a rink to obtain from the ice rink "
     "operator the name of its insurer.", [("right", "skater")]),
    ("It is the right of X who", "It is the right of a locksmith who is robbed to obtain a copy of the police report.",
     [("right", "locksmith")]),
    ("It is the duty of X who", "It is the duty of a skater who is injured at a rink to report the injury.",
     [("obligation", "skater")]),
    ("neg: no relative clause", "It is the right of a skater to obtain the name of the insurer from the ice rink "
     "operator.", [("right", "skater")]),
]


@pytest.mark.parametrize(("body", "condition"), [
    ("Locksmiths under eighteen years of age are not permitted to cut keys.", "under eighteen years of age"),
    ("Every skater on a rink must wear a helmet.", "on a rink"),
    ("It is the right of a locksmith who is robbed to obtain a copy of the police report.", "who is robbed"),
])
def test_qualifier_is_condition(body: str, condition: str) -> None:
    (o,) = [o for o in _kb(body).obligations if o.article == 2]
    assert condition in (o.condition or "")


@pytest.mark.parametrize(("cell", "body", "expected"), DUTIES, ids=[r[0] for r in DUTIES])
def test_duty_forms(cell: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    kb = _kb(body)
    got = [(o.modality, o.actors[0].split("/")[-1] if o.actors else None) for o in kb.obligations if o.article == 2]
    assert got == expected, cell
