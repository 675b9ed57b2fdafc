"""Session 16, helper calls21: the lead's calls 1.13 c and d on sanctions (annotation guide §4). c: a bar on applying
again for a time is a sanction when a wrong or a penalty comes before it in the paragraph (a restriction of
qualification), a waiting period when none does; d: a passive penalty in a new sentence that names no party has no
violator, unless its words point back ("its", "their", "the violation"). Each form in two invented fields (falconry
clubs, street food vendors) and two wordings, with negative rows; no sentence of a probe or of any set."""

from __future__ import annotations

import pytest

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Falconry clubs shall register their birds. Street food vendors shall keep their carts clean. "
           "The wildlife bureau and the urban management bureau shall inspect them.")
FC = "falconry club"
SV = "street food vendor"
WB = "wildlife bureau"
UB = "urban management bureau"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

BARS: list[Row] = [
    # c: a bar after a penalty in the same sentence (the authority of guide 1.1: the body named before in it)
    ("re-apply after a revocation", "Where a falconry club forges a bird's ring, the wildlife bureau shall revoke its "
     "registration, and the club shall not re-apply for registration within three years.",
     [(FC, WB, "revoke"), (FC, WB, "re-apply")]),
    ("apply again after a revocation", "If a street food vendor sells spoiled food in violation of Article 1, the urban "
     "management bureau may revoke its vending permit; the vendor may not apply again for a vending permit within two (2) years.",
     [(SV, UB, "revoke"), (SV, UB, "apply again")]),
    # c: an application not accepted, after a violation and a passive penalty (no authority named: none)
    ("application not accepted", "Where a street food vendor obtains its permit by deception in violation of Article "
     "1, the permit shall be revoked, and its application shall not be accepted within five years.",
     [(SV, None, "revoked"), (SV, None, "not be accepted")]),
    ("new permit not issued", "A falconry club that conceals a bird's disease shall be fined 5,000 yuan by the wildlife "
     "bureau. The falconry club shall not be issued a new permit for three years.",
     [(FC, WB, "fined"), (FC, None, "issued")]),
    # c: the party whose licence was revoked, with no other clause before
    ("whose licence was revoked", "A falconry club whose registration has been revoked shall not reapply for "
     "registration within a period of three years from the date of revocation.", [(FC, None, "reapply")]),
    ("barred after a revocation", "A street food vendor whose vending permit is revoked shall be barred from vending "
     "in the city for two years.", [(SV, None, "barred")]),
    # c, negative: a waiting period that follows no wrong
    ("neg refused", "A falconry club whose application was refused may apply again after six months.", []),
    ("neg refused, not before", "A street food vendor whose application has been rejected shall not re-apply within "
     "six months of the rejection.", []),
    ("neg withdrawn", "A street food vendor shall not re-apply within 30 days of withdrawing its application.", []),
    ("neg quota", "A falconry club may not apply for a hunting quota more than once a year.", []),
    # c, negative: a grant or an acceptance that bars no one, in a paragraph about a penalty
    ("neg a thing not registered", "Where a falconry club violates Article 1, it shall be fined 1,000 yuan. Birds "
     "under quarantine shall not be registered for six months.", [(FC, None, "fined")]),
    ("neg a report not accepted", "A street food vendor that sells spoiled food in violation of Article 1 shall be "
     "fined by the urban management bureau; reports filed late shall not be accepted within the first two months.",
     [(SV, UB, "fined")]),
    ("neg no penalty", "A falconry club that has moved its premises shall not re-register within one year.", []),
]

NEW_SENTENCE: list[Row] = [
    # d: a passive penalty in a new sentence that names no party: no violator, no authority (guide 1.1)
    ("new sentence, bare", "Where a street food vendor violates Article 1, it shall be ordered to make corrections. "
     "The illegal gains shall be confiscated.", [(SV, None, "ordered"), (None, None, "confiscated")]),
    ("new sentence, bare, authority before", "Where a falconry club violates Article 1, the wildlife bureau shall "
     "order it to correct the violation. The birds involved shall be confiscated.",
     [(FC, WB, "order"), (None, None, "confiscated")]),
    # d: the sentence points back in words: the party named before
    ("new sentence, its", "Where a falconry club violates Article 1, the wildlife bureau shall order it to correct the "
     "violation. Its illegal gains shall be confiscated.", [(FC, WB, "order"), (FC, None, "confiscated")]),
    ("new sentence, his licence", "Where a street food vendor violates Article 1, it shall be ordered to make "
     "corrections. His vending permit shall be revoked.", [(SV, None, "ordered"), (SV, None, "revoked")]),
    ("new sentence, their tools", "Where street food vendors violate Article 1, the urban management bureau shall "
     "order them to correct. Their carts shall be confiscated.", [("street food vendors", UB, "order"),
                                                                ("street food vendors", None, "confiscated")]),
]


@pytest.mark.parametrize(("cell", "body", "expected"), BARS + NEW_SENTENCE, ids=[r[0] for r in BARS + NEW_SENTENCE])
def test_sanctions(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    check_sanction_rows(kb_text(PARTIES + " Article 2 " + body), cell, expected)


@pytest.mark.parametrize(("cell", "body"), [(r[0], r[1]) for r in BARS if r[2]], ids=[r[0] for r in BARS if r[2]])
def test_a_bar_is_no_duty(cell: str, body: str) -> None:
    """A bar after a wrong is the violator's sanction, not a prohibition it bears."""
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert not [o for o in kb.obligations if o.article == 2 and o.modality == "prohibition"], cell


NEG = [r for r in BARS if not r[2] and " not " in r[1]]


@pytest.mark.parametrize(("cell", "body"), [(r[0], r[1]) for r in NEG], ids=[r[0] for r in NEG])
def test_a_waiting_period_stays_a_duty(cell: str, body: str) -> None:
    """A waiting period that follows no wrong stays what it was: a prohibition of the party."""
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert [o for o in kb.obligations if o.article == 2 and o.modality == "prohibition"], cell
