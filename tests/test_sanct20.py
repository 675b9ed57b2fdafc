"""Session 15, helper sanct20: sanction forms of real translations that no development text used (issue 12), and the
lead's call on a multiple of the wages paid for a party's own failure (guide 1.12 f). Each form is written in two
invented fields (bakeries, driving schools) in two wordings, with negative rows where the same words state no
sanction; no sentence of the probe or of any set."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Bakery operators shall label the flour they use. Driving schools shall keep a log of the lessons "
           "they give. The food safety bureau and the transport bureau shall inspect them.")
BO = "bakery operator"
DS = "driving school"
FB = "food safety bureau"
TB = "transport bureau"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

SANCTIONS: list[Row] = [
    # "will" before a penalty that is one by itself (machine and older translations of 将)
    ("will be fined", "Any bakery operator that sells bread past its date will be fined not less than 1,000 yuan and "
     "not more than 10,000 yuan.", [(BO, None, "fined")]),
    ("will be fined by", "A driving school which teaches without a permit will be fined 5,000 yuan by the transport "
     "bureau.", [(DS, TB, "fined")]),
    ("will also be punished", "Where a driving school violates Article 1, it will also be punished by the transport "
     "bureau.", [(DS, TB, "punished")]),
    ("neg will: a fact", "The food safety bureau will publish the list of inspected bakeries every year.", []),
    ("neg will: warned of a risk", "Learners will be warned of the risks of night driving before their first night "
     "lesson.", []),
    ("neg will: not fined twice", "A bakery operator that has paid a fine will not be fined again for the same act.",
     []),
    ("neg shall: not fined twice", "A driving school shall not be fined more than once for the same act.", []),
    # "banned by" an authority (取缔): an unlicensed business shut down
    ("banned by", "Those who run a bakery without a licence shall be banned by the food safety bureau according to "
     "law.", [(None, FB, "banned")]),
    ("banned by, second wording", "Any person who operates a driving school without registration shall be banned by "
     "the transport bureau, and its illegal income shall be confiscated.", [(None, TB, "banned"), (None, TB,
                                                                              "confiscated")]),
    ("neg banned: a rule's own prohibition", "Smoking shall be banned in driving school cars.", []),
    ("neg banned: no violation", "Night lessons shall be banned by the transport bureau during the winter months.", []),
    # a fine whose size the rule sets, no recipient named: a penalty by nature
    ("fine with its size", "If a bakery operator sells bread it knows to be mouldy, the food safety bureau shall "
     "confiscate the bread and impose a fine of not less than two times but not more than five times its value.",
     [(BO, FB, "fine")]),
    ("fine with its size, second wording", "Where a driving school keeps a false log, the transport bureau may impose "
     "a fine of 3,000 yuan.", [(DS, TB, "fine")]),
    ("neg fine: a fee schedule", "The transport bureau shall publish the fee schedule and the fines set for late "
     "registration at its offices.", []),
    ("neg fine: a duty that mentions a fine", "A bakery operator shall display at the counter the fines it has paid "
     "in the past year.", []),
    # staff given a penalty with no determiner; the name ends before a new condition
    ("given to persons", "Where a driving school violates Article 1, disciplinary sanctions shall be given to persons "
     "directly responsible.", [("persons directly responsible", None, "sanctions")]),
    ("given to persons, then a condition", "Administrative sanctions shall be given to persons in charge and persons "
     "directly responsible and where the act constitutes a crime, criminal liability shall be pursued.",
     [("persons in charge and persons directly responsible", None, "sanctions"),
      ("persons in charge and persons directly responsible", None, "criminal")]),
    # a referral to the judicial organs in the active, the authority's verb (no authority: guide 1.11)
    ("transfer the case", "Where a driving school forges its lesson log, the transport bureau shall transfer the case "
     "to the public security organ.", [(DS, None, "transfer")]),
    ("hand it over", "If a bakery operator commits any of the acts in Article 1 in violation of these Rules, the food "
     "safety bureau shall hand it over to the judicial organs for investigation.", [(BO, None, "hand it over")]),
    ("transfer, then a penalty", "Where a bakery operator forges its flour labels, the food safety bureau shall "
     "transfer the case to the public security organ, and the persons directly in charge shall be detained for ten "
     "days.", [(BO, None, "transfer"), ("persons directly in charge", FB, "detained")]),
    ("neg transfer: a thing found", "The transport bureau shall hand over lost property found in school cars to the "
     "public security organ.", []),
    ("neg transfer: no violation", "Where a learner reports a theft, the transport bureau shall transfer the case to "
     "the public security organ.", []),
    # guide 1.12 f: a multiple of the wages owed, paid for the party's own failure
    ("double wages", "Where a bakery operator fails to sign a written contract with a baker within one month of "
     "hiring him, it shall pay the baker twice his monthly wages.", [(BO, None, "twice")]),
    ("double wages, second wording", "If a driving school has not concluded a written contract with an instructor, "
     "the driving school shall pay to the instructor his monthly salary in double amount.", [(DS, None, "double")]),
    ("neg double: a duty of pay", "A driving school shall pay its instructors twice the hourly wage for lessons given "
     "on public holidays.", []),
    ("neg double: passive, no failure", "Overtime at a bakery shall be paid at twice the ordinary wage.", []),
    ("neg double: another's failure", "Where a baker fails to turn up for a night shift, the bakery operator shall "
     "pay the baker who stands in twice the night wage.", []),
    ("neg double: not a multiple", "Where a bakery operator fails to pay a baker on time, it shall pay the wages "
     "owed within three days.", []),
]


def _kb(body: str) -> KnowledgeBase:
    return kb_text(PARTIES + "\nArticle 2 " + body)


@pytest.mark.parametrize(("cell", "body", "expected"), SANCTIONS, ids=[r[0] for r in SANCTIONS])
def test_sanction_forms(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = _kb(body)
    check_sanction_rows(kb, cell, expected)


def test_double_wages_is_no_duty() -> None:
    """Guide 1.12 f: the payment read as a sanction is not also a duty of the party; the holiday pay stays one."""
    kb = _kb("Where a bakery operator fails to sign a written contract with a baker, it shall pay the baker twice his "
             "monthly wages.")
    assert not [o for o in kb.obligations if o.article == 2 and "twice" in (o.action or "")]
    kb = _kb("A driving school shall pay its instructors twice the hourly wage for lessons given on public holidays.")
    assert [o for o in kb.obligations if o.article == 2 and "twice" in (o.action or "")]
