"""Issue 12, session 9 (helper extract9b): duty and sanction wordings that the rules missed on heldout9 (written blind,
a development set since), each rule in at least two invented wordings (kiosks, ferries, allotments, bakeries, piers),
never sentences of the held-out sets. Each case fails on the code before it (integ9 @ 6f07ba9) unless it is marked as a
guard.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text

PARTIES = ("Article 1 Kiosk operators shall register. Ferry operators shall keep logs. Allotment holders shall keep "
           "their plots tidy. The city market bureau shall inspect kiosks. The harbour bureau shall inspect piers.")


def rules(kb: KnowledgeBase, article: int = 2) -> list[tuple[str, str | None, str, str | None]]:
    return [(o.modality, kb.get(o.actors[0]).label if o.actors else None, o.action, o.condition)
            for o in kb.obligations if o.article == article]


def article2(text: str) -> KnowledgeBase:
    return kb_text(f"{PARTIES}\n\nArticle 2 {text}")


# sentence of Article 2 -> (modality, bearer, action, condition) of each rule in it
WORDINGS = [
    # "is bound to V": bound by law to do it, as "is obliged to"
    ("A kiosk operator is bound to keep the receipts of each sale.",
     [("obligation", "Kiosk operators", "keep the receipts of each sale", None)]),
    ("Ferry operators are also bound to report lost luggage at no charge.",
     [("obligation", "Ferry operators", "report lost luggage at no charge", None)]),
    # "owe(s) a duty to V"
    ("Ferry operators owe a duty to keep the names of passengers confidential.",
     [("obligation", "Ferry operators", "keep the names of passengers confidential", None)]),
    ("An allotment holder owes a continuing duty to water the shared beds.",
     [("obligation", "Allotment holders", "water the shared beds", None)]),
    # "bears the burden of V-ing"
    ("A kiosk operator bears the burden of proving the date of each sale.",
     [("obligation", "Kiosk operators", "proving the date of each sale", None)]),
    ("Where a ferry is late, the ferry operator shall bear the burden of showing the cause of the delay.",
     [("obligation", "Ferry operators", "showing the cause of the delay", "Where a ferry is late")]),
    # "It falls to X to V": X bears the task, as "It is the duty of X to"
    ("It falls to the city market bureau to publish the list of kiosks.",
     [("obligation", "City market bureau", "publish the list of kiosks", None)]),
    ("Ferry operators shall keep logs. It shall fall to the harbour bureau to check them each month.",
     [("obligation", "Ferry operators", "keep logs", None),
      ("obligation", "Harbour bureau", "check them each month", None)]),
    # "It is impermissible for X to V": as "It is prohibited for X to"
    ("It is impermissible for kiosk operators to sell alcohol.",
     [("prohibition", "Kiosk operators", "sell alcohol", None)]),
    ("It is not permissible for ferry operators to carry more passengers than the licence allows.",
     [("prohibition", "Ferry operators", "carry more passengers than the licence allows", None)]),
    # "will not be allowed to": a ban, as "shall not be allowed to"
    ("A kiosk operator will not be allowed to open before six in the morning.",
     [("prohibition", "Kiosk operators", "open before six in the morning", None)]),
    ("Allotment holders will not be permitted to light fires on their plots.",
     [("prohibition", "Allotment holders", "light fires on their plots", None)]),
    # "shall refrain from V-ing": a duty not to act, read as a ban (guide: borderline, by its force)
    ("Kiosk operators shall refrain from playing loud music after ten in the evening.",
     [("prohibition", "Kiosk operators", "playing loud music after ten in the evening", None)]),
    ("Ferry operators must refrain from selling tickets on board.",
     [("prohibition", "Ferry operators", "selling tickets on board", None)]),
    # "is permitted, but not required, to V": a leave; the denial set off by commas is no part of the action
    ("A kiosk operator is permitted, but not required, to accept payment by card.",
     [("permission", "Kiosk operators", "accept payment by card", None)]),
    ("Ferry operators are allowed, but not obliged, to sell return tickets.",
     [("permission", "Ferry operators", "sell return tickets", None)]),
    # "have discretion to V": the choice is the party's
    ("Allotment holders have discretion to grow flowers instead of vegetables.",
     [("permission", "Allotment holders", "grow flowers instead of vegetables", None)]),
    ("The harbour bureau shall have full discretion to close a pier in a storm.",
     [("permission", "Harbour bureau", "close a pier in a storm", None)]),
    # "Only after / with ... may X V": a fronted "only" restriction inverts subject and modal; it is the condition
    ("Only after checking the buyer's identity card may a kiosk operator sell lottery tickets.",
     [("permission", "Kiosk operators", "sell lottery tickets", "Only after checking the buyer's identity card")]),
    ("Only with the consent of the harbour bureau shall a ferry operator change its timetable.",
     [("obligation", "Ferry operators", "change its timetable", "Only with the consent of the harbour bureau")]),
    # "..., nor may it V": a second ban, its (pronoun) subject after the modal
    ("A kiosk operator may not sell alcohol to minors, nor may it sell cigarettes near schools.",
     [("prohibition", "Kiosk operators", "sell alcohol to minors", None),
      ("prohibition", "Kiosk operators", "sell cigarettes near schools", None)]),
    ("Ferry operators shall not carry livestock on deck; nor may they carry fuel in the cabins.",
     [("prohibition", "Ferry operators", "carry livestock on deck", None),
      ("prohibition", "Ferry operators", "carry fuel in the cabins", None)]),
    # "Should ..., X V": an inverted condition, no modal; it conditions the clauses it opens
    ("Should a registered kiosk close or be sold, the kiosk operator is to report this to the city market bureau "
     "within seven days, and the city market bureau is to cancel the registration.",
     [("obligation", "Kiosk operators", "report this to the city market bureau within seven days",
       "Should a registered kiosk close or be sold"),
      ("obligation", "City market bureau", "cancel the registration", "Should a registered kiosk close or be sold")]),
    ("Should the ferry operator fail to keep logs, the harbour bureau may suspend its licence. Should he or she "
     "refuse to pay, the harbour bureau shall report it.",
     [("permission", "Harbour bureau", "suspend its licence", "Should the ferry operator fail to keep logs"),
      ("obligation", "Harbour bureau", "report it", "Should he or she refuse to pay")]),
    # "..., in which case X shall ...", "; in that case neither A nor B may ...": the phrase is the condition of a
    # new clause (before, the second modal stayed inside the first clause's action, or "in that case neither A" was
    # read as a subject)
    ("Kiosk operators may elect to pay the fee yearly, in which case the kiosk operator shall refrain from asking for "
     "monthly bills.",
     [("permission", "Kiosk operators", "elect to pay the fee yearly", None),
      ("prohibition", "Kiosk operators", "asking for monthly bills", "in which case")]),
    ("A ferry operator may sell tickets online; in that case neither the ferry operator nor the kiosk operator may "
     "charge a booking fee.",
     [("permission", "Ferry operators", "sell tickets online", None),
      ("prohibition", "Ferry operators", "charge a booking fee", "in that case"),
      ("prohibition", "Kiosk operators", "charge a booking fee", "in that case")]),
    ("Allotment holders may keep bees, in which event the allotment holder shall put up a warning sign.",
     [("permission", "Allotment holders", "keep bees", None),
      ("obligation", "Allotment holders", "put up a warning sign", "in which event")]),
]


@pytest.mark.parametrize("text,expected", WORDINGS)
def test_duty_wordings(text: str, expected: list[tuple[str, str | None, str, str | None]]) -> None:
    assert rules(article2(text)) == expected


GUARDS = [
    # "bound to" before a determiner names what binds, no duty to act
    ("Kiosk operators are bound to the terms of their lease and shall pay the rent.",
     [("obligation", "Kiosk operators", "pay the rent", None)]),
    # "should" inside a sentence stays a modal
    ("Kiosk operators should keep receipts.", [("obligation", "Kiosk operators", "keep receipts", None)]),
    # a burden of proof (no gerund) is no duty of its own
    ("Ferry operators shall keep logs and bear the burden of proof.",
     [("obligation", "Ferry operators", "keep logs and bear the burden of proof", None)]),
]


@pytest.mark.parametrize("text,expected", GUARDS)
def test_duty_guards(text: str, expected: list[tuple[str, str | None, str, str | None]]) -> None:  # guards
    assert rules(article2(text)) == expected


def test_only_before_a_noun_inverts_nothing() -> None:  # guard: "Only licensed ..." restricts the subject
    kb = article2("Only licensed ferry operators may carry passengers.")
    assert [(m, a, c) for m, _, a, c in rules(kb)] == [("permission", "carry passengers", None)]


# --- sanctions -----------------------------------------------------------------------------------------------------

# sentence of Article 2 -> (violator, authority, trigger) of each sanction, in order; none of its clauses is a duty
SANCTIONS = [
    # a penalty named by its kind in several words
    ("Any kiosk operator that violates Article 1 shall be given a public security administration penalty by the "
     "public security organ.",
     [("kiosk operator", "public security organ", "shall be given a public security administration penalty")]),
    ("A ferry operator that violates Article 1 shall be given an administrative disciplinary sanction by the harbour "
     "bureau.",
     [("ferry operator", "harbour bureau", "shall be given an administrative disciplinary sanction")]),
    # a credit sanction: entered in a list of dishonest (untrustworthy) entities
    ("Where a ferry operator violates Article 1, the harbour bureau shall order it to make corrections; where it fails "
     "to make corrections, it shall be entered in the list of seriously dishonest entities.",
     [("ferry operator", "harbour bureau", "shall"),
      ("ferry operator", "harbour bureau", "shall be entered in the list of seriously dishonest")]),
    ("Where a kiosk operator violates Article 1, the city market bureau shall order it to make corrections; if it "
     "refuses to do so, it shall be placed on a list of untrustworthy operators.",
     [("kiosk operator", "city market bureau", "shall"),
      ("kiosk operator", "city market bureau", "shall be placed on a list of untrustworthy")]),
    # a public notice of the violator
    ("A kiosk operator that violates Article 1 shall be fined 500 yuan by the city market bureau; a kiosk operator "
     "that does so twice shall also be publicly named by the city market bureau.",
     [("kiosk operator", "city market bureau", "shall be fined"),
      ("kiosk operator", "city market bureau", "shall also be publicly named")]),
    ("A ferry operator that violates Article 1 shall be publicly exposed by the harbour bureau.",
     [("ferry operator", "harbour bureau", "shall be publicly exposed")]),
    # a causative passive with "the" ("shall have the goods confiscated")
    ("A kiosk operator that violates Article 1 shall have the goods on sale confiscated by the city market bureau.",
     [("kiosk operator", "city market bureau", "shall have the goods on sale confiscated")]),
    ("A ferry operator that violates Article 1 shall have its permit to carry passengers revoked by the harbour "
     "bureau.",
     [("ferry operator", "harbour bureau", "shall have its permit to carry passengers revoked")]),
    # a seizure by an authority is a confiscation
    ("A kiosk operator that violates Article 1 shall be fined 200 yuan by the city market bureau, and the goods may "
     "be seized by the city market bureau.",
     [("kiosk operator", "city market bureau", "shall be fined"),
      ("kiosk operator", "city market bureau", "may be seized by")]),
    ("A ferry operator that violates Article 1 shall be fined 300 yuan by the harbour bureau, and the boat may be "
     "impounded by the harbour bureau.",
     [("ferry operator", "harbour bureau", "shall be fined"),
      ("ferry operator", "harbour bureau", "may be impounded by")]),
]


@pytest.mark.parametrize("text,expected", SANCTIONS)
def test_sanction_wordings(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = article2(text)
    assert rules(kb) == [], "a sanction was read as a duty"
    assert [(s.violator, s.authority, s.trigger) for s in kb.sanctions if s.article == 2] == expected


@pytest.mark.parametrize("text,expected", [
    # a fine, a detention or a penalty imposed on a party is a penalty by nature, whatever the sentence calls the act
    ("Where a ferry operator obstructs the harbour bureau in checking logs by forging records, the harbour bureau may "
     "impose a fine or detention on it.", [("ferry operator", "harbour bureau", "may")]),
    ("Where a kiosk operator hinders an inspection by hiding its books, the city market bureau may impose a penalty "
     "on the operator.", [("kiosk operator", "city market bureau", "may")]),
    # "cease the infringing act": the order answers an infringement
    ("Where a kiosk operator sells copies of a ferry operator's timetable as its own, the city market bureau may, upon "
     "application by the ferry operator, order it to cease the infringing act.",
     [("kiosk operator", "city market bureau", "may")]),
])
def test_penalties_without_the_word_violation(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = article2(text)
    assert rules(kb) == [], "a sanction was read as a leave"
    assert [(s.violator, s.authority, s.trigger) for s in kb.sanctions if s.article == 2] == expected


@pytest.mark.parametrize("text", [
    "Staff of the harbour bureau who abuse their powers shall be given sanctions by the supervisory organs; where the "
    "conduct is criminal, the case shall be transferred to the judicial organs.",
    "A kiosk operator that sells forged tickets shall be fined 1,000 yuan by the city market bureau; if the act is "
    "criminal, the case shall be transferred to the public security organs.",
])
def test_a_case_transferred_to_the_judicial_organs_is_a_sanction(text: str) -> None:
    kb = article2(text)
    assert rules(kb) == []
    assert [s.trigger.endswith("organs") for s in kb.sanctions if s.article == 2] == [False, True]


@pytest.mark.parametrize("text,expected", [
    # a list that is no penalty, a name given, a thing taken in for care: no sanction (guards)
    ("Kiosk operators shall be entered in the list of licensed kiosks.", []),
    # a fee or a condition imposed on a party is no penalty
    ("The harbour bureau may impose conditions on the ferry operator.",
     [("permission", "Harbour bureau", "impose conditions on the ferry operator", None)]),
    ("Ferry operators shall have the timetable approved by the harbour bureau.",
     [("obligation", "Ferry operators", "have the timetable approved by the harbour bureau", None)]),
])
def test_not_sanctions(text: str, expected: list[tuple[str, str | None, str, str | None]]) -> None:  # guards
    kb = article2(text)
    assert [s.text for s in kb.sanctions if s.article == 2] == []
    assert rules(kb) == expected


@pytest.mark.parametrize("text,expected", [
    # "a fine shall be imposed on A, and a fine ... on B": two penalties (the second's verb gapped), each on the party
    # after "on"
    ("A kiosk operator that fails to register in accordance with Article 1 shall be ordered to make corrections by "
     "the city market bureau; failing correction, a fine of 100 yuan shall be imposed on an individual kiosk operator, "
     "and a fine of 1,000 yuan on any other kiosk operator.",
     [("kiosk operator", "city market bureau"), ("individual kiosk operator", "city market bureau"),
      ("other kiosk operator", "city market bureau")]),
    ("Where a ferry operator violates Article 1, the harbour bureau shall order it to make corrections; if it refuses, "
     "a fine of 2,000 yuan shall be imposed on the ferry operator, and a fine of 500 yuan on the person directly in "
     "charge.",
     [("ferry operator", "harbour bureau"), ("ferry operator", "harbour bureau"),
      ("person directly in charge", "harbour bureau")]),
])
def test_gapped_second_fine(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    kb = article2(text)
    assert rules(kb) == []
    assert [(s.violator, s.authority) for s in kb.sanctions if s.article == 2] == expected


@pytest.mark.parametrize("text", [
    "Staff of the harbour bureau who abuse their powers shall be given sanctions by the supervisory organs; where the "
    "conduct is criminal, the case shall be transferred to the judicial organs.",
    "A kiosk operator that sells forged tickets shall be fined 1,000 yuan by the city market bureau; if the act is "
    "criminal, the case shall be transferred to the public security organs.",
])
def test_a_transferred_case_keeps_no_authority(text: str) -> None:
    kb = article2(text)
    assert [s.authority is None for s in kb.sanctions if s.article == 2] == [False, True]


@pytest.mark.parametrize("text,expected", [
    # "officer" names a person by office: "A and the staff of B" are two parties
    ("Police officers and the staff of ferry operators shall keep logs.",
     [("obligation", "Police officers", "keep logs", None),
      ("obligation", "Staff of ferry operators", "keep logs", None)]),
    ("Customs officers and kiosk operators shall report forged tickets.",
     [("obligation", "Customs officers", "report forged tickets", None),
      ("obligation", "Kiosk operators", "report forged tickets", None)]),
])
def test_officers_are_parties(text: str, expected: list[tuple[str, str | None, str, str | None]]) -> None:
    assert rules(article2(text)) == expected


@pytest.mark.parametrize("body,expected", [
    # "Whoever keeps a kiosk ..." names the party the text calls a "kiosk keeper" (the agent noun of the act, with its
    # object before it); without such a party the clause stays reported (no guess)
    ("Article 1 Kiosk keepers shall register.\n\nArticle 2 Whoever keeps a kiosk in the old town shall display a "
     "licence.",
     [(2, "obligation", "Kiosk keepers")]),
    ("Article 1 Boat operators shall keep logs.\n\nArticle 2 Whoever operates a boat on the lake shall carry life "
     "jackets.",
     [(2, "obligation", "Boat operators")]),
])
def test_whoever_names_the_agent_noun_party(body: str, expected: list[tuple[int, str, str | None]]) -> None:
    kb = kb_text(body)
    assert [(o.article, o.modality, kb.get(o.actors[0]).label if o.actors else None)
            for o in kb.obligations if o.article == 2] == expected


def test_whoever_without_such_a_party_is_reported() -> None:  # guard
    kb = kb_text("Article 1 Kiosk keepers shall register.\n\nArticle 2 Whoever sells tickets shall show prices.")
    assert [o for o in kb.obligations if o.article == 2] == []
    assert [s.text for s in kb.statements if s.reason.startswith("no bearer")] == ["Whoever sells tickets shall show prices."]


OVERSIGHT_TEXTS = [
    ('Article 1 The term "berth logs" is defined as the records created by a marina operator in the course of mooring '
     'boats.\n\nArticle 2 The municipal civil affairs bureau shall be in charge of the supervision of berth logs in this '
     'Municipality.\n\nArticle 3 A marina operator shall create a record for each boat it moors.\n\nArticle 4 Berth logs '
     'are to be kept for five years.', "actor/marina-operator"),
    ('Article 1 In these Provisions, "ticket stubs" means the stubs of tickets kept by a ferry operator.\n\nArticle 2 '
     'The market regulation department shall be responsible for the inspection of ticket stubs in this City.\n\n'
     'Article 3 A ferry operator shall keep a stub of each ticket it sells.\n\nArticle 4 Ticket stubs shall be kept '
     'for one year.', "actor/ferry-operator"),
]


@pytest.mark.parametrize("body,bearer", OVERSIGHT_TEXTS)
def test_the_overseer_of_a_thing_does_not_produce_it(body: str, bearer: str, tmp_path: Path) -> None:
    # "in charge of the supervision of X": the party oversees X; an agentless clause about X is not its duty (with the
    # registry's bodies, which make the overseer a known party)
    root = Path(__file__).resolve().parent.parent / "corpus"
    for f in ("laws.yaml", "bodies.yaml"):
        shutil.copyfile(root / f, tmp_path / f)
    (tmp_path / "t.md").write_text(f"---\ntitle: Provisions on Logs\n---\n{body}\n", encoding="utf-8")
    kb = KnowledgeBase.from_corpus(tmp_path)
    assert [o.actors for o in kb.obligations if o.article == 4] == [(bearer,)]
