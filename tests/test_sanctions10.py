"""Sanctions (session 10): wordings that the session-9 rules missed, each rule in two or more invented wordings
(kennels, bicycle rental, bakeries); no sentence comes from a held-out set.

The cases marked "guard" held on the old code too; every other case fails on it."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text

PARTIES = ("Article 1 Kennel operators shall vaccinate every dog. Bike rental operators shall register every bicycle. "
           "Bakery operators shall label allergens.")


def kb_of(body: str) -> KnowledgeBase:
    return kb_text(body, "rules.md")


def article2(text: str) -> KnowledgeBase:
    return kb_of(f"{PARTIES}\n\nArticle 2 {text}")


def found(kb: KnowledgeBase, article: int = 2) -> list[tuple[str | None, str | None, str]]:
    return [(s.violator, s.authority, s.trigger) for s in kb.sanctions if s.article == article]


# sentence(s) of Article 2 -> (violator, authority, trigger) of each sanction, in order; none of its clauses is a duty
SANCTIONS = [
    # "shall be given a fine" is a penalty as "shall be given a warning" is; the relative clause "that refuses to do
    # so" names no new violation, so the clause keeps the authority of the clause before it in the sentence
    ("A kennel operator that fails to vaccinate dogs in accordance with Article 1 shall be ordered by the animal "
     "health bureau to make corrections; a kennel operator that refuses to do so shall be given a fine of not more "
     "than 5,000 yuan.",
     [("kennel operator", "animal health bureau", "shall be ordered"),
      ("kennel operator", "animal health bureau", "shall be given a fine")]),
    ("Where a bakery operator violates Article 1, it shall be given fines of 2,000 yuan by the market regulation bureau.",
     [("bakery operator", "market regulation bureau", "shall be given fines")]),
    # failing "the requirements of" / "the duties set out in" a provision is a violation, as "fails to comply with" is;
    # "may in addition impose" adds a penalty as "may also impose" does (and ", in addition," set off by commas)
    ("Where a bike rental operator fails to perform any of the duties set out in Article 1, the transport bureau shall "
     "give it a warning and may in addition impose a fine of up to 10,000 yuan.",
     [("bike rental operator", "transport bureau", "shall"), ("bike rental operator", "transport bureau", "may")]),
    ("Where a kennel operator fails to meet the requirements of Article 1, the animal health bureau shall order it to "
     "make corrections and may, in addition, impose a fine of 3,000 yuan on it.",
     [("kennel operator", "animal health bureau", "shall"), ("kennel operator", "animal health bureau", "may")]),
    ("Where a bakery operator fails to observe any of the obligations laid down in Article 1, the market regulation "
     "bureau shall order it to rectify within a time limit.",
     [("bakery operator", "market regulation bureau", "shall")]),
    # a listing for key supervision after a violation is a credit sanction on the party listed
    ("Where a kennel operator violates Article 1, the animal health bureau shall order it to make corrections, and the "
     "kennel operator shall be placed on the list of enterprises under key supervision.",
     [("kennel operator", "animal health bureau", "shall"), ("kennel operator", "animal health bureau", "shall")]),
    ("Where a bakery operator violates Article 1, it shall be included in the key supervision list of the market "
     "regulation bureau.",
     [("bakery operator", None, "shall")]),
    # a relative clause after a penalty stated without a modal names who imposes it, actively or after "by"
    ("A bike rental operator that violates Article 1 is liable to a fine of 500 yuan for each bicycle, which the "
     "transport bureau shall impose.",
     [("bike rental operator", "transport bureau", "is liable to a fine")]),
    ("A kennel operator that violates Article 1 is liable to a fine of 3,000 yuan, which shall be imposed by the animal "
     "health bureau.",
     [("kennel operator", "animal health bureau", "is liable to a fine")]),
    # a record of a party marked by the penalty ("The name of X", "X's name"): the penalty falls on the party
    ("Where a bakery operator violates Article 1, it shall be fined 1,000 yuan by the market regulation bureau. The "
     "name of the bakery operator shall also be entered in the credit records of the food trade.",
     [("bakery operator", "market regulation bureau", "shall be fined"),
      ("bakery operator", None, "shall also be entered in the credit")]),
    ("Where a kennel operator violates Article 1, it shall be fined 800 yuan by the animal health bureau. The kennel "
     "operator's name shall be recorded in the credit file of the bureau.",
     [("kennel operator", "animal health bureau", "shall be fined"),
      ("kennel operator", None, "shall be recorded in the credit")]),
    # ... and in a new sentence of the paragraph, "its name", "it" and "the violation" point to the violator before
    ("Where a bakery operator violates Article 1, it shall be fined 1,000 yuan by the market regulation bureau. Its "
     "name shall also be entered in the credit records.",
     [("bakery operator", "market regulation bureau", "shall be fined"),
      ("bakery operator", None, "shall also be entered in the credit")]),
    ("Where a kennel operator violates Article 1, it shall be fined 800 yuan by the animal health bureau. It shall "
     "also be recorded in the credit records of the trade.",
     [("kennel operator", "animal health bureau", "shall be fined"),
      ("kennel operator", None, "shall also be recorded in the credit")]),
    ("Where a bike rental operator violates Article 1, it shall be fined 300 yuan by the transport bureau. The "
     "violation shall also be entered in the credit records.",
     [("bike rental operator", "transport bureau", "shall be fined"),
      ("bike rental operator", None, "shall also be entered in the credit")]),
    # guard: after a condition of its own, "it" may be the condition's noun, a violation that names no one
    ("Where a kennel operator violates Article 1, it shall be fined 800 yuan by the animal health bureau. Where any "
     "other violation of these Rules is not punished under this Article, it shall be punished in accordance with law.",
     [("kennel operator", "animal health bureau", "shall be fined"), (None, None, "shall be punished")]),
    # "warn it" is the warning "give it a warning" gives
    ("Where a kennel operator violates Article 1, the animal health bureau shall warn it and may additionally impose "
     "a fine of 500 yuan.",
     [("kennel operator", "animal health bureau", "shall"), ("kennel operator", "animal health bureau", "may")]),
    ("If a bakery operator violates Article 1, the market regulation bureau may warn it.",
     [("bakery operator", "market regulation bureau", "may")]),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS)
def test_sanctions(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = article2(text)
    assert [(o.modality, o.action) for o in kb.obligations if o.article == 2] == [], "a sanction was read as a duty"
    assert found(kb) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guard: not meeting the *conditions* of a provision is no violation (an applicant may simply not qualify)
    ("Where an applicant fails to meet the conditions of Article 1, the transport bureau shall order it to supplement "
     "the application.", [("obligation", "order it to supplement the application")]),
    # guard: a listing for key supervision with no violation is an authority's classification, not a penalty
    ("Bakery operators whose output exceeds ten tonnes a day shall be listed for key supervision by the market "
     "regulation bureau.", []),
    # guard: "given" with no penalty noun, and a noun that only starts like one (an agentless passive: no duty either)
    ("Bike rental operators shall be given a fine-grained map of the parking zones.", []),
    # guard: "warn them of" a risk is a notice, not a warning as a penalty
    ("Where dogs escape in violation of Article 1, the animal health bureau shall warn them of the risk.",
     [("obligation", "warn them of the risk")]),
    # guard: a relative clause with "which" that imposes nothing
    ("Kennel operators shall keep a register, which the animal health bureau may inspect.",
     [("obligation", "keep a register, which the animal health bureau may inspect")]),
])
def test_not_sanctions(text: str, expected: list[tuple[str, str]]) -> None:
    kb = article2(text)
    assert found(kb) == []
    assert [(o.modality, o.action) for o in kb.obligations if o.article == 2][:1] == expected
