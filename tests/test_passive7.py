"""Issue 12, session 7 (helper passive): duties whose bearer is not the grammatical subject, and parties learned
from the markers they bear. Every rule in at least two invented wordings (libraries, hostels, orchards, lockers,
ferries, rides), never sentences of the held-out sets; each case fails on the code before it (aea42c0) unless it
is marked as a guard.
"""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text


def duties(kb: KnowledgeBase, article: int | None = None) -> list[tuple[int, str, str | None]]:
    return [(o.article, o.modality, kb.get(o.actors[0]).label if o.actors else None)
            for o in kb.obligations if article is None or o.article == article]


def unbound(kb: KnowledgeBase) -> list[str]:
    return [s.text for s in kb.statements if s.reason.startswith("no bearer")]


# --- a party learned from a marker only a person can bear -------------------------------------------------------
# "have the responsibility to", "are entitled to", "are encouraged to", "are obliged to": only a party holds a
# duty or a right, so the subject is a party whatever its head noun; the text's other clauses then bind it too.
HOLDERS = [
    ("Article 1 Libraries have the responsibility to keep reading records confidential.\n\n"
     "Article 2 Libraries shall publish their opening hours.",
     [(1, "obligation", "Libraries"), (2, "obligation", "Libraries")]),
    ("Article 1 Hostels are entitled to refuse guests without identity papers.\n\n"
     "Article 2 Guest registers shall be kept by hostels for three years.",
     [(1, "right", "Hostels"), (2, "obligation", "Hostels")]),
    # an elided subject: the one of the clause before it in the same sentence
    ("Article 1 Orchards may sell fruit at the gate, and are entitled to charge a picking fee.\n\n"
     "Article 2 Orchards shall label sprayed trees.",
     [(1, "permission", "Orchards"), (1, "right", "Orchards"), (2, "obligation", "Orchards")]),
    ("Article 1 Vineyards are encouraged to open cellars to visitors.\n\n"
     "Article 2 Tasting records shall be kept by vineyards.",
     [(1, "encouragement", "Vineyards"), (2, "obligation", "Vineyards")]),
]


@pytest.mark.parametrize(("body", "expected"), HOLDERS)
def test_a_subject_bearing_a_right_or_a_responsibility_is_a_party(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []


# guards: "shall", "is required to", "may" also take things, so they teach nothing; a thing stays unbound
THINGS = [
    "Article 1 Meters are required to be sealed.\n\nArticle 2 Meters shall record hourly readings.",
    "Article 1 Gates may be opened with a code.\n\nArticle 2 Gates shall display a service number.",
]


@pytest.mark.parametrize("body", THINGS)
def test_a_thing_is_not_learned_as_a_party(body: str) -> None:
    kb = kb_text(body)
    assert duties(kb) == []
    assert len(unbound(kb)) == 2


# --- an agent phrase followed by an adverbial --------------------------------------------------------------------
# "by X at/within/in ...": the adverbial is no part of the agent's name
AGENT_ADVERBIALS = [
    ("Article 1 Kiosk operators shall register with the bureau.\n\n"
     "Article 2 Kiosk logs shall be kept by kiosk operators at their premises for two years.",
     [(1, "obligation", "Kiosk operators"), (2, "obligation", "Kiosk operators")]),
    ("Article 1 Ferry companies shall keep a passenger list.\n\n"
     "Article 2 Passenger lists shall be checked by ferry companies at the pier before each departure.",
     [(1, "obligation", "Ferry companies"), (2, "obligation", "Ferry companies")]),
]


@pytest.mark.parametrize(("body", "expected"), AGENT_ADVERBIALS)
def test_an_adverbial_after_the_agent_is_not_its_name(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert len(kb.actors) == 1


# the scope article's agent followed by a place ("by X within the territory of this City"): X is the party the text
# governs, and an agentless clause about what it governs binds X (guide 1.2)
SCOPES = [
    ("Article 1 These Rules apply to the storage and use of parcel data by locker operators within the territory "
     "of this City.\n\nArticle 2 Locker operators shall register with the post bureau.\n\n"
     "Article 3 Parcel data shall be stored for one year. Delivery photos are to be retained for three months.",
     [(2, "obligation", "Locker operators"), (3, "obligation", "Locker operators"),
      (3, "obligation", "Locker operators")]),
    ("Article 1 These Measures apply to the collection of ride data by ride-hailing platforms in this Province.\n\n"
     "Article 2 Ride-hailing platforms shall appoint a data officer.\n\n"
     "Article 3 Ride data is to be deleted after two years.",
     [(2, "obligation", "Ride-hailing platforms"), (3, "obligation", "Ride-hailing platforms")]),
]


@pytest.mark.parametrize(("body", "expected"), SCOPES)
def test_the_scope_party_is_found_before_a_place(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert duties(kb) == expected
    assert unbound(kb) == []
