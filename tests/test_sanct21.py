"""Session 16, helper sanct21: sanction forms that real translations use and the extractor missed (issue 12): detention
counted in days, a court's sentence, a penalty "added or alone", a notice of criticism circulated, an omission with no
excuse, an agent fronted before the modal, the authority's verbs after a penalty in the same sentence, goods wrong in
themselves and false papers, the wrongdoer as the subject of the authority's verb, a comma clause with a possessive
subject, a violation that "leads to" a penalty. Each form in two invented fields (beekeepers, bicycle rental companies)
and two wordings, with negative rows where the same words state no sanction; no sentence of a probe or of any set."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Beekeepers shall register their hives. Bicycle rental companies shall keep their bicycles safe. "
           "The apiculture bureau, the transport bureau, the market regulation bureau, the bureau of health and family "
           "planning and the county government shall inspect them.")
BK = "beekeeper"
RC = "bicycle rental company"
AB = "apiculture bureau"
TB = "transport bureau"
MB = "market regulation bureau"
CG = "county government"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

SANCTIONS: list[Row] = [
    # detention counted in days: a penalty by itself
    ("detained for days", "Whoever sets fire to a hive in a public park shall be detained for not less than five days "
     "but not more than ten days.", [(None, None, "detained")]),
    ("detained, bare numbers", "A person who rides a rental bicycle on the expressway shall be detained for more than "
     "5 and less than 10, and may be fined less than 500 yuan.", [(None, None, "detained"), (None, None, "fined")]),
    ("neg detained: held for a purpose", "Imported queen bees may be detained for up to 30 days for quarantine.", []),
    ("neg detained: pending a step", "A rental bicycle found on the expressway may be detained pending investigation "
     "by the transport bureau.", []),
    # a court's sentence; the penalty "added or alone" (并处或者单处) is one clause
    ("sentenced, also or only", "Whoever sells poisoned honey shall be sentenced to fixed-term imprisonment of not more "
     "than three years, and shall also, or shall only, be fined.", [(None, None, "sentenced"), (None, None, "fined")]),
    ("sentenced, in addition or exclusively", "Anyone who steals rental bicycles in large numbers is to be sentenced to "
     "criminal detention, and may in addition or exclusively be sentenced to a fine.",
     [(None, None, "criminal detention"), (None, None, "a fine")]),
    ("neg sentenced: a past sentence", "A beekeeper who has been sentenced to imprisonment shall not serve as chair of "
     "the beekeepers' association.", []),
    ("neg fined: not twice", "A bicycle rental company shall not be fined twice for the same act.", []),
    # a notice of criticism circulated (通报批评)
    ("criticism circulated", "Where a bicycle rental company refuses to correct the violation, a notice of criticism "
     "shall be circulated.", [(RC, None, "criticism")]),
    ("circulated a notice of criticism", "A beekeeper that moves hives in violation of Article 1 shall be circulated a "
     "notice of criticism by the apiculture bureau.", [(BK, AB, "criticism")]),
    ("neg circulated: minutes", "The minutes of the beekeepers' meeting shall be circulated to all members.", []),
    ("neg circulate: a list", "The transport bureau shall circulate the list of approved rental companies each year.",
     []),
    # an omission with no excuse is a breach
    ("without justifiable reason", "Where a bicycle rental company fails to open its stations within three months "
     "without any justifiable reason, the transport bureau shall revoke its operating permit.", [(RC, TB, "revoke")]),
    ("without good cause", "If a beekeeper refuses without good cause to let inspectors see the hives, the apiculture "
     "bureau may suspend its registration.", [(BK, AB, "suspend")]),
    ("neg reason: with one", "Where a bicycle rental company closes a station for a justifiable reason, the transport "
     "bureau shall revoke the station's listing.", []),
    # the agent fronted before the modal (由 X 责令): the authority, not a subject
    ("fronted agent", "Where a beekeeper violates Article 1, by the apiculture bureau shall be ordered to stop the "
     "violation.", [(BK, AB, "ordered")]),
    ("fronted agent, second wording", "In violation of Article 1, by the transport bureau shall be ordered to make "
     "corrections within a time limit.", [(None, TB, "ordered")]),
    ("neg by: an agent after the verb", "Hives shall be inspected by the apiculture bureau twice a year.", []),
    # the authority's penalty verbs after a penalty in the same sentence answer the same wrong
    ("after a fine, revoke", "If a bicycle rental company fails to remove broken bicycles within the time limit, the "
     "transport bureau shall impose a fine of 200 yuan per bicycle, and the market regulation bureau shall revoke its "
     "business licence.", [(RC, TB, "fine"), (RC, MB, "revoke")]),
    ("after a fine, cancel", "Where a beekeeper keeps hives within 50 metres of a school, the apiculture bureau "
     "shall impose a fine of 1,000 yuan; the county government shall cancel its apiary permit.",
     [(BK, AB, "fine"), (BK, CG, "cancel")]),
    ("neg revoke: another sentence, no wrong", "The transport bureau shall impose a fine of 200 yuan on late returns. "
     "The transport bureau shall revoke the permit of a rental company that moves out of the county.",
     [(None, TB, "fine")]),
    ("neg revoke: no penalty before", "Where a rental company moves out of the county, the transport bureau shall "
     "record the move and revoke its permit.", []),
    # sanctions of both kinds given to staff, the staff after "to"
    ("sanctions of demotion to", "Where a district office approves a station in violation of Article 1, the county "
     "government shall give administrative or disciplinary sanctions of demotion to the persons directly in charge.",
     [("persons directly in charge", CG, "sanctions")]),
    # goods wrong in themselves, false papers, deceptive means
    ("fake goods sold", "Where a beekeeper sells fake royal jelly, the apiculture bureau shall confiscate the jelly.",
     [(BK, AB, "confiscate")]),
    ("deceptive means", "Where a bicycle rental company obtains its permit by deceptive means, the permit shall be "
     "revoked.", [(RC, None, "revoked")]),
    ("false documents", "If a beekeeper registers hives by providing false documents, the apiculture bureau shall "
     "cancel its registration.", [(BK, AB, "cancel")]),
    ("neg fake: a warning to buyers", "The apiculture bureau shall publish advice on how to recognise fake royal "
     "jelly.", []),
    ("neg fake: another's report", "Where a buyer reports fake jelly, the apiculture bureau shall inspect the seller.",
     []),
    # the wrongdoer as the subject of the authority's verb (the translation keeps the Chinese subjectless order)
    ("anyone who ... shall confiscate", "Anyone who sells counterfeit honey shall confiscate the honey and the illegal "
     "income.", [(None, None, "confiscate")]),
    ("he shall revoke", "Where a person rents out fake helmets, he shall revoke his rental licence.",
     [(None, None, "revoke")]),
    ("neg: the bureau stays the authority", "Where a beekeeper sells counterfeit honey, the apiculture bureau shall "
     "confiscate it.", [(BK, AB, "confiscate")]),
    # a comma clause whose subject opens with a possessive
    ("his income confiscated", "Anyone who rents out bicycles without a permit shall be ordered to stop, his illegal "
     "income shall be confiscated, and he shall be fined 1,000 yuan.",
     [(None, None, "ordered"), (None, None, "confiscated"), (None, None, "fined")]),
    # an agent's name ends before a second penalty's participle
    ("agent before 'and fined'", "Where a beekeeper violates Article 1, its honey shall be confiscated by the "
     "apiculture bureau and fined three times the illegal income.", [(BK, AB, "confiscated")]),
    ("agent before 'and fined', second wording", "Where a bicycle rental company violates Article 1, it shall be "
     "warned by the transport bureau and fined 500 yuan.", [(RC, TB, "warned")]),
    ("neg: 'and' inside the agent's name", "Where a beekeeper violates Article 1, it shall be fined by the bureau of "
     "health and family planning.", [(BK, "bureau of health and family planning", "fined")]),
    # a violation that leads to a penalty named as a noun
    ("leads to confiscation", "Violation of Article 1 shall lead to the confiscation of the honey and a fine of 500 "
     "yuan.", [(None, None, "confiscation")]),
    ("results in revocation", "Breaches of Article 1 shall result in the revocation of the operating permit.",
     [(None, None, "revocation")]),
    ("neg leads: no violation", "Heavy rain may lead to the closure of bicycle stations.", []),
]


def _kb(body: str) -> KnowledgeBase:
    return kb_text(PARTIES + "\nArticle 2 " + body)


@pytest.mark.parametrize(("cell", "body", "expected"), SANCTIONS, ids=[r[0] for r in SANCTIONS])
def test_sanction_forms(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = _kb(body)
    check_sanction_rows(kb, cell, expected)


def test_wrongdoer_subject_is_no_duty() -> None:
    """The wrongdoer's "shall confiscate" is read as the sanction, not also as a duty of the wrongdoer."""
    kb = _kb("Anyone who sells counterfeit honey shall confiscate the honey and the illegal income.")
    assert not [o for o in kb.obligations if o.article == 2]
