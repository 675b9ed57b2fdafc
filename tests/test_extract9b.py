"""Issue 12, session 9 (helper extract9b): duty and sanction wordings that the rules missed on heldout9 (written blind,
a development set since), each rule in at least two invented wordings (kiosks, ferries, allotments, bakeries, piers),
never sentences of the held-out sets. Each case fails on the code before it (integ9 @ 6f07ba9) unless it is marked as a
guard.
"""

from __future__ import annotations

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
