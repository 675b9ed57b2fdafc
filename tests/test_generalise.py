"""Issue 12, session 3: rules that generalise beyond the texts that prompted them.

Each table gives a rule in at least two wordings or layouts (invented fields: parcels, kiosks, drones,
meters), one sentence or article in, the extracted facts out.
"""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text, refs

DEFS = ('Article 9 For the purpose of these Provisions, the following terms shall have the following meanings: '
        'Kiosk operators refer to organizations that operate kiosks. Parcel users refer to individuals that '
        'use parcel services.')


def kb_for(article_text: str) -> KnowledgeBase:
    return kb_text(f"Chapter I General\n\nArticle 1 {article_text}\n\nArticle 2 Other.\n\n{DEFS}")


def facts(article_text: str) -> list[tuple[str, str, str | None]]:
    kb = kb_for(article_text)
    return [(o.modality, kb.get(o.actors[0]).label, o.condition) for o in kb.obligations if o.article == 1]


def actions(article_text: str) -> list[tuple[str, str, str]]:
    kb = kb_for(article_text)
    return [(o.modality, kb.get(o.actors[0]).label, o.action) for o in kb.obligations if o.article == 1]


KO = "Kiosk operators"
PU = "Parcel users"

# --- translators' deontic wordings (guide 1.2, section 2) ---------------------------------------------------------
WORDINGS = [
    ("Kiosk operators are to keep logs for one year.", [("obligation", KO, "keep logs for one year")]),
    ("The kiosk operator is to report faults at once.", [("obligation", KO, "report faults at once")]),
    ("Kiosk operators need to keep logs.", [("obligation", KO, "keep logs")]),
    ("A kiosk operator needs to register each kiosk.", [("obligation", KO, "register each kiosk")]),
    ("Kiosk operators do not need to register mobile kiosks.", [("permission", KO, "not need to register mobile kiosks")]),
    ("Kiosk operators have the obligation to keep logs.", [("obligation", KO, "keep logs")]),
    ("Kiosk operators shall have the duty to repair kiosks.", [("obligation", KO, "repair kiosks")]),
    ("Kiosk operators bear responsibility for the safety of kiosks.",
     [("obligation", KO, "bear responsibility for the safety of kiosks")]),
    ("Kiosk operators shall bear primary responsibility for the safety of kiosks.",
     [("obligation", KO, "bear primary responsibility for the safety of kiosks")]),
    ("Kiosk operators are strictly prohibited from selling data.", [("prohibition", KO, "selling data")]),
    ("A kiosk operator is not allowed to sell data.", [("prohibition", KO, "sell data")]),
    ("Kiosk operators shall not be permitted to sell data.", [("prohibition", KO, "sell data")]),
    ("Kiosk operators must not be allowed to resell kiosks.", [("prohibition", KO, "resell kiosks")]),
    # a power of an authority is a permission (guide: "has/have the authority/power to")
    ("The kiosk authority has the power to inspect kiosks.", [("permission", "Kiosk authority", "inspect kiosks")]),
    ("The kiosk authority shall have the power to seal kiosks.", [("permission", "Kiosk authority", "seal kiosks")]),
]
WORDINGS += [
    ("Kiosk operators are obligated to keep logs.", [("obligation", KO, "keep logs")]),
    ("A kiosk operator is under an obligation to report faults.", [("obligation", KO, "report faults")]),
    ("Kiosk operators ought to keep logs.", [("obligation", KO, "keep logs")]),
    ("Kiosk operators have the responsibility to train staff.", [("obligation", KO, "train staff")]),
    ("Kiosk operators ought not to sell data.", [("prohibition", KO, "sell data")]),
    ("Kiosk operators are banned from selling data.", [("prohibition", KO, "selling data")]),
    ("Parcel users shall be entitled to a refund.", [("right", PU, "a refund")]),
    ("Parcel users will be entitled to compensation.", [("right", PU, "compensation")]),
    ("The kiosk authority is authorized to inspect kiosks.", [("permission", "Kiosk authority", "inspect kiosks")]),
    ("The kiosk authority is empowered to close kiosks.", [("permission", "Kiosk authority", "close kiosks")]),
    # denied to everyone, in the positive form; "Neither A nor B" bans each
    ("No one may sell parcel data.", [("prohibition", "Anyone", "sell parcel data")]),
    ("Nobody shall open parcels of others.", [("prohibition", "Anyone", "open parcels of others")]),
    ("Neither kiosk operators nor parcel users may sell data.",
     [("prohibition", KO, "sell data"), ("prohibition", PU, "sell data")]),
]
NOT_CLAUSES = [
    "The purpose of these Provisions is to regulate kiosks.",
    "Their aim is to protect parcel users.",
    "Kiosk operators are responsible for nothing in this article, which is a statement.",  # no deontic marker
]


@pytest.mark.parametrize(("sentence", "expected"), WORDINGS)
def test_translator_wordings(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_CLAUSES)
def test_aims_and_bare_responsibility_are_no_clauses(sentence: str) -> None:
    assert facts(sentence) == []


# --- "It is prohibited to / for X to" -------------------------------------------------------------------------------
IMPERSONAL = [
    ("It is prohibited for kiosk operators to sell data.", [("prohibition", KO, "sell data")]),
    ("It is strictly forbidden for parcel users to resell parcels.", [("prohibition", PU, "resell parcels")]),
    ("It is prohibited for any organization or individual to open kiosks without a licence.",
     [("prohibition", "Any organization or individual", "open kiosks without a licence")]),
    ("Kiosk operators shall keep logs, and it is prohibited to delete them.",
     [("obligation", KO, "keep logs"), ("prohibition", KO, "delete them")]),
    # an impersonal ban in a sentence of its own names no one: no duty, a no-bearer warning
    ("Kiosk operators shall keep logs. It is prohibited to delete logs.", [("obligation", KO, "keep logs")]),
]


@pytest.mark.parametrize(("sentence", "expected"), IMPERSONAL)
def test_impersonal_bans(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


def test_impersonal_ban_for_everyone_is_universal_and_a_lone_one_is_reported() -> None:
    kb = kb_for("It is prohibited for any organization or individual to open kiosks without a licence.")
    (o,) = [o for o in kb.obligations if o.article == 1]
    assert o.universal
    kb = kb_for("Kiosk operators shall keep logs. It is prohibited to delete logs.")
    assert any(d.code == "no-bearer" and "delete logs" in d.message for d in kb.diagnostics)


# --- clause bounds ----------------------------------------------------------------------------------------------------
BOUNDS = [
    # "can" in a content clause is ability, not leave: no clause of its own
    ("Kiosk operators shall offer kiosks that are safe, clean, and lit, ensuring that parcel users can find them.",
     [("obligation", KO, "offer kiosks that are safe, clean, and lit, ensuring that parcel users can find them")]),
    ("Kiosk operators should repair kiosks so that parcel users can use them at night.",
     [("obligation", KO, "repair kiosks so that parcel users can use them at night")]),
    # a clause ends before ", and" + a new clause
    ("Kiosk operators shall keep logs for two years, and parcel users shall keep receipts.",
     [("obligation", KO, "keep logs for two years"), ("obligation", PU, "keep receipts")]),
]


@pytest.mark.parametrize(("sentence", "expected"), BOUNDS)
def test_clause_bounds(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


# --- conditions after the marker and after the action (guide 3.2) ---------------------------------------------------
CONDITIONS = [
    ("Kiosk operators shall, when opening a kiosk, notify the kiosk authority.",
     [("obligation", KO, "notify the kiosk authority", "when opening a kiosk")]),
    ("The kiosk authority may, where necessary, inspect kiosks.",
     [("permission", "Kiosk authority", "inspect kiosks", "where necessary")]),
    # other adverbials after the marker stay in the action
    ("Kiosk operators shall, in accordance with the law, keep logs.",
     [("obligation", KO, "in accordance with the law, keep logs", None)]),
    ("Kiosk operators shall not sell data, except where parcel users consent.",
     [("prohibition", KO, "sell data", "except where parcel users consent")]),
    ("Parcel users have the right to refuse delivery unless otherwise provided by law.",
     [("right", PU, "refuse delivery", "unless otherwise provided by law")]),
    ("Kiosk operators shall keep logs, provided that the logs hold no personal data.",
     [("obligation", KO, "keep logs", "provided that the logs hold no personal data")]),
    ("Parcel users may complain to the authority if a kiosk is closed.",
     [("permission", PU, "complain to the authority", "if a kiosk is closed")]),
    # "only if" restricts the action itself: it stays there
    ("Kiosk operators may sell data only if parcel users consent.",
     [("permission", KO, "sell data only if parcel users consent", None)]),
    # a leading condition keeps its place; the exception is the condition's second part (condition_after, session 5)
    ("Where a kiosk closes, kiosk operators shall keep logs, except where the authority agrees.",
     [("obligation", KO, "keep logs", "Where a kiosk closes")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CONDITIONS)
def test_conditions_around_the_action(sentence: str, expected: list) -> None:
    kb = kb_for(sentence)
    got = [(o.modality, kb.get(o.actors[0]).label, o.action, o.condition) for o in kb.obligations if o.article == 1]
    assert got == expected
    for o in kb.obligations:  # every field stays an exact slice of the source
        assert o.condition is None or o.condition_span is not None


# --- subjects: who names the party ----------------------------------------------------------------------------------
SUBJECTS = [
    # "which" is not said of persons: it points to the body the persons belong to; "who" to the persons
    ("The kiosk authority may summon the managers of kiosk operators, which shall correct the fault.",
     [("permission", "Kiosk authority"), ("obligation", KO)]),
    ("The kiosk authority may summon the staff of the parcel office, which shall reply within a week.",
     [("permission", "Kiosk authority"), ("obligation", "Parcel office")]),
    ("Kiosk operators shall appoint a safety officer, who shall inspect the kiosks.",
     [("obligation", KO), ("obligation", "Safety officer")]),
    # a relative clause set off by commas describes the subject; it neither narrows it nor hides it
    ("Parcel lockers (hereinafter referred to as lockers), which include kiosks and boxes, shall be inspected by "
     "the kiosk authority.", [("obligation", "Kiosk authority")]),
    ("Kiosk operators, which include cooperatives and companies, shall keep logs.", [("obligation", KO)]),
    # a phrase the text names as one party with "hereinafter" stays one party, modifiers and coordination included
    ("Firms and cooperatives that hold kiosk permits (hereinafter referred to as permit holders) shall keep logs. "
     "Permit holders that sell food shall display licences.",
     [("obligation", "Firms and cooperatives that hold kiosk permits")] * 2),
    ("Couriers who deliver to kiosks (hereinafter referred to as couriers) must not open parcels. Couriers shall "
     "wear badges.", [("prohibition", "Couriers who deliver to kiosks"), ("obligation", "Couriers who deliver to kiosks")]),
    # the agent of a passive after its complement ("kept confidential by X")
    ("Parcel records submitted by kiosk operators shall be kept confidential by the kiosk authority, and shall not "
     "be sold.", [("obligation", "Kiosk authority"), ("prohibition", "Kiosk authority")]),
    ("Kiosk logs shall be made public by the kiosk authority.", [("obligation", "Kiosk authority")]),
    # "..., but should ...": a new clause with the same subject
    ("Kiosk operators are not required to register mobile kiosks, but should keep their logs.",
     [("permission", KO), ("obligation", KO)]),
    ("Parcel users may open parcels, but must not resell them.", [("permission", PU), ("prohibition", PU)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SUBJECTS)
def test_who_bears_the_clause(sentence: str, expected: list) -> None:
    kb = kb_for(sentence)
    assert [(o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1] == expected


def test_permit_holders_condition_and_exemption_action() -> None:
    kb = kb_for("Firms and cooperatives that hold kiosk permits (hereinafter referred to as permit holders) shall keep "
                "logs. Permit holders that sell food are not required to file menus.")
    (_, o) = [o for o in kb.obligations if o.article == 1]
    assert (o.condition, o.action) == ("that sell food", "not required to file menus")


# --- items under a lead-in --------------------------------------------------------------------------------------------
def item_facts(body: str) -> list[tuple[str, str, str]]:
    kb = kb_text(f"Article 1 {body}\n\nArticle 2 Other.\n\n{DEFS}")
    return [(o.eid, o.modality, o.action) for o in kb.obligations if o.article == 1]


ITEMS = [
    # a ban on "any of the following acts" bans each act
    ("Kiosk operators must not carry out any of the following acts:\n1. selling expired food;\n2. hiding prices.",
     [("art_1__para_1", "prohibition", "carry out any of the following acts"),
      ("art_1__para_1__item_1", "prohibition", "selling expired food"),
      ("art_1__para_1__item_2", "prohibition", "hiding prices")]),
    ("Parcel users shall not engage in any of the following conduct:\n\n(a) opening parcels of others;\n\n"
     "(b) blocking kiosks.",
     [("art_1__para_1", "prohibition", "engage in any of the following conduct"),
      ("art_1__para_1__item_1", "prohibition", "opening parcels of others"),
      ("art_1__para_1__item_2", "prohibition", "blocking kiosks")]),
    # ... while "one of the following requirements" are alternatives, not duties each
    ("Kiosk operators shall meet one of the following requirements:\n(1) holding a permit;\n(2) holding a lease.",
     [("art_1__para_1", "obligation", "meet one of the following requirements")]),
    # "not" under a duty lead-in: a ban, at the item's start or after "and"
    ("Kiosk operators shall perform the following duties:\n(i) checking kiosks;\n(ii) keeping logs, and not "
     "deleting them;\n(iii) not selling data.",
     [("art_1__para_1", "obligation", "perform the following duties"),
      ("art_1__para_1__item_1", "obligation", "checking kiosks"),
      ("art_1__para_1__item_2", "obligation", "keeping logs"),
      ("art_1__para_1__item_2", "prohibition", "deleting them"),
      ("art_1__para_1__item_3", "prohibition", "selling data")]),
    ("Kiosk operators shall abide by the following provisions:\n\n(1) Clean kiosks daily, and not use toxic "
     "cleaners;\n\n(2) Post prices.",
     [("art_1__para_1", "obligation", "abide by the following provisions"),
      ("art_1__para_1__item_1", "obligation", "Clean kiosks daily"),
      ("art_1__para_1__item_1", "prohibition", "use toxic cleaners"),
      ("art_1__para_1__item_2", "obligation", "Post prices")]),
]


@pytest.mark.parametrize(("body", "expected"), ITEMS)
def test_items_under_a_lead_in(body: str, expected: list) -> None:
    assert item_facts(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Where a kiosk is moved, kiosk operators shall apply for a new permit.",
     [("obligation", KO, "Where a kiosk is moved")]),
    ("Parcel users may apply for a refund.", [("permission", PU, None)]),
])
def test_apply_for_is_a_duty_not_a_scope_rule(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


def test_scope_apply_is_still_no_duty() -> None:
    assert facts("These Provisions shall apply to kiosks.") == []


# --- definitions ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "terms"), [
    ('Article 1 For the purposes of these Rules, "parcel locker" means a kiosk that stores parcels.', ["parcel locker"]),
    ('Article 1 In these Measures, “drop box” refers to a box for returns.\n\nA pick-up point is any place where '
     'parcels are handed over.', ["drop box", "pick-up point"]),
    ('Article 1 As used in these Rules, "courier" means a person who delivers parcels. "Express parcel" includes '
     'any parcel sent overnight.', ["courier", "Express parcel"]),
    ("Article 1 For the purposes of these Provisions:\n(1) kiosk networks refer to networks of kiosks;\n"
     "(2) locker operators refer to organizations that operate lockers.", ["kiosk networks", "locker operators"]),
    ("Article 1 For the purpose of these Measures:\n\n(a) parcel hubs mean sorting centres;\n\n(b) couriers mean "
     "persons who deliver parcels.", ["parcel hubs", "couriers"]),
])
def test_definitions_in_other_frames(body: str, terms: list[str]) -> None:
    kb = kb_text(f"{body}\n\nArticle 2 Kiosk operators shall keep logs.")
    assert [d.term for d in kb.definitions] == terms


@pytest.mark.parametrize("body", [
    "Article 1 A kiosk is a small shop. Kiosk operators shall keep logs.",  # no definitions article: a predication
    "Article 1 Kiosk operators shall keep logs. A log is an important record.",
])
def test_generic_predications_outside_a_definitions_article_define_nothing(body: str) -> None:
    assert kb_text(body).definitions == ()


# --- references -------------------------------------------------------------------------------------------------------
def test_lower_case_roman_items_are_referred_to_by_their_numerals() -> None:
    body = ("Article 1 Kiosk operators shall perform the following duties:\n(i) checking kiosks;\n(ii) keeping logs;\n"
            "(iii) posting prices.\n\nArticle 2 Where a kiosk operator violates item (i) or (ii) of the first paragraph "
            "of Article 1, it shall be fined. Items (ii) to (iii) of the first paragraph of Article 1 apply to couriers.")
    got = refs(body)
    assert got["item (i) or (ii) of the first paragraph of Article 1"][1] == ["t/art_1__para_1__item_1",
                                                                             "t/art_1__para_1__item_2"]
    assert got["Items (ii) to (iii) of the first paragraph of Article 1"][1] == ["t/art_1__para_1__item_2",
                                                                                "t/art_1__para_1__item_3"]


@pytest.mark.parametrize(("body", "title"), [
    ("Article 1 Violations shall be punished under Articles 30 through 32 of the Regulations on the Safety of "
     "Parcel Lockers.", "Regulations on the Safety of Parcel Lockers"),
    ("Article 1 Kiosk operators shall comply with Article 7 of the Measures for the Administration of Street Kiosks "
     "(Trial).", "Measures for the Administration of Street Kiosks (Trial)"),
])
def test_articles_of_another_instrument_are_no_internal_references(body: str, title: str) -> None:
    got = refs(body)
    assert got[title] == ("external", [], False)
    assert not [t for t, v in got.items() if v[0] == "internal"]


@pytest.mark.parametrize(("body", "titles"), [
    ("Article 1 These Rules are made under the Interim Measures for the Registration of Couriers and the Parcel "
     "Safety Law of the People's Republic of China.",
     ["Interim Measures for the Registration of Couriers", "Parcel Safety Law of the People's Republic of China"]),
    ("Article 1 Kiosks shall pass the assessment under the Provisions on Kiosk Safety Inspections.",
     ["Provisions on Kiosk Safety Inspections"]),
])
def test_titles_that_open_with_the_instrument(body: str, titles: list[str]) -> None:
    got = refs(body)
    assert [t for t, v in got.items() if v[0] == "external"] == titles


# --- agentless clauses: the party the text implies (guide 3.1, passive-implied) -------------------------------------
def bearers(body: str, article: int) -> list[tuple[str, str, str]]:
    kb = kb_text(body)
    return [(o.eid, o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == article]


def test_a_document_an_earlier_duty_produces_binds_that_dutys_bearer() -> None:
    body = ("Article 1 Before opening a kiosk, a kiosk operator is required to declare it to the city office.\n\n"
            "Article 2 The declaration referred to in the preceding article shall include a floor plan.\n\n"
            "Article 3 Couriers shall report incidents to the city office every month.\n\n"
            "The report shall list each lost parcel.")
    assert bearers(body, 2) == [("art_2__para_1", "obligation", "Kiosk operator")]
    assert bearers(body, 3)[-1] == ("art_3__para_2", "obligation", "Couriers")


def test_a_passive_in_a_later_paragraph_continues_the_previous_paragraphs_party() -> None:
    body = ("Article 1 Couriers shall adopt the following measures:\n\n(1) sealing parcels;\n\n(2) weighing parcels.\n\n"
            "Parcels shall be carried in locked vans.\n\n"
            "Article 2 Couriers and kiosk operators shall keep logs.\n\nLogs shall be kept for a year.\n\n"
            "Article 3 Receipts shall be kept for a year.")
    assert bearers(body, 1)[-1] == ("art_1__para_2", "obligation", "Couriers")
    got2 = bearers(body, 2)
    assert ("art_2__para_2", "obligation", "Couriers") in got2 and ("art_2__para_2", "obligation", "Kiosk operators") in got2
    assert bearers(body, 3) == []  # nothing before it names a party: not guessed


@pytest.mark.parametrize("scope", [
    "These Rules apply to the processing of parcel data within the city by parcel carriers.",
    "These Rules apply to parcel carriers that collect or store parcel data.",
])
def test_the_scope_articles_party_bears_agentless_duties_about_what_the_scope_governs(scope: str) -> None:
    body = (f"Article 1 {scope}\n\nArticle 2 Parcel carriers shall appoint a data officer.\n\n"
            "Article 3 Parcel data shall be stored within the city. The storage period of delivery photos shall not "
            "exceed 30 days. Street lamps shall be installed by the city office.")
    got = bearers(body, 3)
    assert got[:2] == [("art_3__para_1", "obligation", "Parcel carriers"), ("art_3__para_1", "prohibition", "Parcel carriers")]
    assert ("art_3__para_1", "obligation", "City office") in got


def test_without_a_scope_party_an_agentless_duty_stays_a_reported_statement() -> None:
    kb = kb_text("Article 1 These Rules apply to parcel delivery in the city.\n\nArticle 2 Parcel carriers shall "
                 "appoint a data officer.\n\nArticle 3 Parcel data shall be stored within the city.")
    assert [o for o in kb.obligations if o.article == 3] == []
    assert any(d.code == "no-bearer" and "Art. 3" in d.message for d in kb.diagnostics)


@pytest.mark.parametrize("sentence", [
    "The withdrawal of consent shall not affect the validity of earlier deliveries.",
    "This agreement shall not prejudice an individual's right to complain.",
])
def test_statements_of_legal_effect_bind_no_one(sentence: str) -> None:
    assert facts(sentence) == []


# --- pronouns and subordinate clauses --------------------------------------------------------------------------------
PRONOUNS = [
    # "they" after a where-clause about another party is that party, not the subject of the clause before
    ("Kiosk operators are not required to notify parcel users; however, where the kiosk authority considers that "
     "harm may be caused, it may require kiosk operators to notify parcel users.",
     [("permission", KO, None), ("permission", "Kiosk authority", "where the kiosk authority considers that harm may be caused")]),
    ("Parcel users may keep parcels for a week; but where the city office finds that a kiosk may be unsafe, it may "
     "order parcel users to collect them.",
     [("permission", PU, None), ("permission", "City office", "where the city office finds that a kiosk may be unsafe")]),
    # a modal coordinated inside a leading condition is part of it
    ("Where a fire occurs or may occur, kiosk operators shall close the kiosk.",
     [("obligation", KO, "Where a fire occurs or may occur")]),
    ("If a parcel is lost or may be lost, parcel users shall report it.",
     [("obligation", PU, "If a parcel is lost or may be lost")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PRONOUNS)
def test_pronouns_and_subordinate_modals(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize("body", [
    "Kiosk operators shall perform the following duties:\n(1) publishing the rules that parcel users should follow "
    "when collecting parcels;\n(2) checking kiosks.",
    "Kiosk operators shall perform the following duties:\n(1) drafting the norms which couriers within the city must "
    "meet;\n(2) checking kiosks.",
])
def test_a_relative_clause_with_its_own_subject_in_an_item_is_no_duty(body: str) -> None:
    got = item_facts(body)
    assert [(p, m) for p, m, _ in got] == [("art_1__para_1", "obligation"), ("art_1__para_1__item_1", "obligation"),
                                          ("art_1__para_1__item_2", "obligation")]
    assert got[1][2].startswith(("publishing", "drafting"))  # the item's conduct, not the relative clause's verb


CONDITIONS_2 = [
    # a set-off circumstance after ", and," belongs to the clause that follows it
    ("Kiosk operators may use kiosk photos for safety, and, unless parcel users consent, shall not sell them.",
     [("permission", KO, "use kiosk photos for safety", None),
      ("prohibition", KO, "sell them", "unless parcel users consent")]),
    ("Parcel users may open parcels at once, or, if a courier is present, shall sign for them.",
     [("permission", PU, "open parcels at once", None),
      ("obligation", PU, "sign for them", "if a courier is present")]),
    # a circumstance after the action, with commas inside, and one introduced by "where it is"
    ("Parcel users have the right to complain if they find that kiosks, lockers, or vans are unsafe.",
     [("right", PU, "complain", "if they find that kiosks, lockers, or vans are unsafe")]),
    ("A kiosk check shall be made by kiosk operators where it is necessary to protect parcel users.",
     [("obligation", KO, "A kiosk check shall be made by kiosk operators",  # the whole clause (guide 1.10)
       "where it is necessary to protect parcel users")]),
    # an independent clause joined by ", and" is no condition of the clause after it
    ("The city office inspects kiosks every year, and kiosk operators shall cooperate.",
     [("obligation", KO, "cooperate", None)]),
    # a pronoun in the next sentence stays under the condition that introduced its party
    ("If a kiosk operator sells food, it shall hold a licence. Additionally, it must post prices.",
     [("obligation", KO, "hold a licence", "If a kiosk operator sells food"),
      ("obligation", KO, "post prices", "If a kiosk operator sells food")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CONDITIONS_2)
def test_conditions_of_coordinated_and_following_clauses(sentence: str, expected: list) -> None:
    kb = kb_for(sentence)
    got = [(o.modality, kb.get(o.actors[0]).label, o.action, o.condition) for o in kb.obligations if o.article == 1]
    assert got == expected


def test_passive_after_only_and_in_a_later_paragraph() -> None:
    body = ("Article 1 Kiosk operators shall tell parcel users the opening hours.\n\nWhere the hours change, parcel users "
            "shall be informed of the change.\n\nArticle 2 Kiosk operators shall keep photos.\n\nPhotos can only be "
            "used for safety.")
    assert bearers(body, 1)[-1] == ("art_1__para_2", "obligation", "Kiosk operators")
    assert bearers(body, 2)[-1] == ("art_2__para_2", "permission", "Kiosk operators")


ITEM_CONDITIONS = [
    ("Kiosk operators shall abide by the following provisions:\n(1) In the course of kiosk design, parcel sorting, "
     "label printing and scanning, and parcel delivery, take measures to protect privacy;\n(2) Based on the size of "
     "the kiosk, hire enough staff.",
     [("art_1__para_1__item_1", "take measures to protect privacy",
       "In the course of kiosk design, parcel sorting, label printing and scanning, and parcel delivery"),
      ("art_1__para_1__item_2", "hire enough staff", "Based on the size of the kiosk")]),
    ("Kiosk operators shall abide by the following provisions:\n\n(1) When a locker, a van, or a drone is used, "
     "check it daily;\n\n(2) Where food is sold, the food shall be kept cold.",
     [("art_1__para_1__item_1", "check it daily", "When a locker, a van, or a drone is used"),
      ("art_1__para_1__item_2", "the food shall be kept cold", "Where food is sold")]),
]


@pytest.mark.parametrize(("body", "expected"), ITEM_CONDITIONS)
def test_an_items_opening_adverbial_is_its_condition(body: str, expected: list) -> None:
    kb = kb_text(f"Article 1 {body}\n\nArticle 2 Other.\n\n{DEFS}")
    got = [(o.eid, o.action, o.condition) for o in kb.obligations if o.article == 1 and "item" in o.eid]
    assert got == expected


@pytest.mark.parametrize("clause", [
    "The accuracy of parcel data shall be ensured in parcel data handling.",
    "The principles of openness shall be observed in the handling of parcel data.",
])
def test_an_activity_named_after_in_binds_its_agent(clause: str) -> None:
    kb = kb_text(f'Article 1 {clause}\n\nArticle 2 "Parcel data handlers" refer to organizations that handle parcel '
                 'data. Parcel data handling includes collection, storage and use.')
    assert [(o.bearer_basis, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1] == \
        [("passive-implied", "Parcel data handlers")]


@pytest.mark.parametrize(("body", "terms"), [
    ('Article 1 For the purposes of these Rules, the term "parcel locker" means a kiosk that stores parcels.',
     ["parcel locker"]),
    ('Article 1 "Drop box", as used in these Measures, refers to a box for returns. The term “courier” means a '
     'person who delivers parcels.', ["Drop box", "courier"]),
])
def test_definitions_with_the_term_and_as_used_in(body: str, terms: list[str]) -> None:
    kb = kb_text(f"{body}\n\nArticle 2 Kiosk operators shall keep logs.")
    assert [d.term for d in kb.definitions] == terms


def test_paragraph_n_of_this_or_the_preceding_article() -> None:
    body = ("Article 1 Kiosk operators shall keep logs.\n\nKiosk operators shall post prices.\n\n"
            "Article 2 Couriers shall comply with paragraph 2 of the preceding Article. Paragraph 2 of this Article "
            "applies to vans.\n\nCouriers shall wear badges.")
    got = refs(body)
    assert got["paragraph 2 of the preceding Article"][1] == ["t/art_1__para_2"]
    assert got["Paragraph 2 of this Article"][1] == ["t/art_2__para_2"]


@pytest.mark.parametrize("sentence", [
    "Kiosk operators that violate Article 2 shall be liable for compensation.",
    "Where a courier loses a parcel in violation of these Rules, the courier shall be jointly and severally liable "
    "for the damages.",
])
def test_civil_liability_for_a_violation_is_a_sanction_not_a_duty(sentence: str) -> None:
    kb = kb_for(sentence)
    assert [o for o in kb.obligations if o.article == 1] == []
    assert [s for s in kb.sanctions if s.article == 1]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "may apply to <authority> for ..." with a party subject is that party's application, not a scope rule
    ("Kiosk operators may apply to the city office for a larger quota.",
     [("permission", KO, "apply to the city office for a larger quota")]),
    ("Parcel users that lose parcels may apply to the kiosk authority for compensation.",
     [("permission", PU, "apply to the kiosk authority for compensation")]),
    # "The state encourages X to do": the action is what X is encouraged to do
    ("The state encourages kiosk operators to use solar panels.", [("encouragement", KO, "use solar panels")]),
    ("The State encourages parcel users to recycle boxes.", [("encouragement", PU, "recycle boxes")]),
])
def test_applications_and_encouraged_parties(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


def test_scope_apply_to_for_stays_scope() -> None:
    assert facts("These Rules shall apply to kiosks for the sale of newspapers.") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 Any person may complain to the city kiosk department. The department shall reply within a week.",
     ("obligation", "City kiosk department")),
    ("Article 1 Couriers shall report losses to the parcel safety office. This office shall publish a monthly list.",
     ("obligation", "Parcel safety office")),
])
def test_a_definite_noun_names_the_party_of_that_kind_just_named(body: str, expected: tuple) -> None:
    kb = kb_text(f"{body}\n\nArticle 2 The kiosk licensing department shall issue permits.")
    got = [(o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1]
    assert got[-1] == expected


@pytest.mark.parametrize(("sentence", "bearer"), [
    ("Parcel users who break kiosks may be barred from the service by kiosk operators.", KO),
    ("Parcel records shall be made subject to an audit organized by the kiosk authority.", None),  # not its agent
])
def test_a_later_by_phrase_names_the_agent_only_when_it_follows_the_passive(sentence: str, bearer: str | None) -> None:
    got = actions(sentence)
    assert (got[0][1] if got else None) == bearer


@pytest.mark.parametrize(("body", "expected"), [
    # a device named like an agent is no party; a pronoun before a condition takes the sentence before's party
    ("Article 1 Kiosk operators shall be responsible for kiosk safety. They shall, before an elevator is put into "
     "use, register it. No elevator shall be used before inspection.",
     [("obligation", KO), ("obligation", KO)]),
    ("Article 1 Parcel users shall keep receipts. It shall, when a scanner is installed, be tested.",
     [("obligation", PU)]),
])
def test_things_named_like_agents_and_pronouns_before_a_condition(body: str, expected: list) -> None:
    kb = kb_text(f"{body}\n\n{DEFS}")
    assert [(o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1][: len(expected)] == expected
    assert not any(a.label.lower().startswith(("elevator", "any elevator", "scanner")) for a in kb.actors)


# --- session 3b (helper extract2): coordinated definitions, bracketed paragraphs, "points" ---------------------------
@pytest.mark.parametrize(("body", "terms"), [
    ('Article 1 In these Rules, "locker" refers to a box for parcels, and "courier" refers to a person who delivers '
     'parcels.', [("locker", "a box for parcels"), ("courier", "a person who delivers parcels")]),
    ('Article 1 "Hubs" means sorting centres; and "drop boxes" means boxes for returns.',
     [("Hubs", "sorting centres"), ("drop boxes", "boxes for returns")]),
    ('Article 1 "Hubs" means sorting centres.\n\nThe term "kiosk staff" covers clerks and guards. Kiosk staff are to '
     'wear badges.', [("Hubs", "sorting centres"), ("kiosk staff", "clerks and guards")]),
    ('Article 1 "Hubs" means centres where parcels are sorted, and stored.', [("Hubs", "centres where parcels are "
                                                                            "sorted, and stored")]),
])
def test_two_quoted_terms_in_one_sentence_are_two_definitions(body: str, terms: list) -> None:
    kb = kb_text(f"{body}\n\nArticle 2 Kiosk operators shall keep logs.")
    assert [(d.term, d.definition) for d in kb.definitions] == terms


REF_BODY = ("Article 1 Kiosk operators shall:\n\n(a) check kiosks;\n(b) keep logs;\n(c) post prices.\n\nKiosk operators "
            "shall report faults.\n\nArticle 2 Couriers shall keep logs.\n\nCouriers shall wear badges.\n\nArticle 3 ")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Where a kiosk operator violates any of points (a) to (c) of Article 1(1) or Article 2(2), it shall be fined.",
     {"points (a) to (c) of Article 1(1) or Article 2(2)": ["t/art_1__para_1__item_1", "t/art_1__para_1__item_2",
                                                              "t/art_1__para_1__item_3", "t/art_2__para_2"]}),
    ("Point (b) of Article 1(1) and Article 2(2) apply to couriers.",
     {"Point (b) of Article 1(1) and Article 2(2)": ["t/art_1__para_1__item_2", "t/art_2__para_2"]}),
    ("A violation of Article 2(1) shall be fined.", {"Article 2(1)": ["t/art_2__para_1"]}),
    ("Articles 1(2) and 2 apply to couriers.", {"Articles 1(2) and 2": ["t/art_1__para_2", "t/art_2"]}),
])
def test_bracketed_paragraphs_and_points(sentence: str, expected: dict) -> None:
    got = refs(REF_BODY + sentence)
    assert {k: v[1] for k, v in got.items()} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The State supports kiosk operators to adopt secure locks, and encourages parcel users to report faults.",
     [("encouragement", KO, "adopt secure locks"), ("encouragement", PU, "report faults")]),
    ("The State supports parcel users in using lockers at night.", [("encouragement", PU, "using lockers at night")]),
    ("Support kiosk operators in opening kiosks.", [("encouragement", KO, "opening kiosks")]),
    ("Local governments encourage kiosk operators to keep longer hours.",
     [("encouragement", KO, "keep longer hours")]),
    ("The State supports research in parcel tracking.", []),  # no party supported: no clause
])
def test_the_party_encouraged_is_the_object_of_encourage_or_support(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The parcel department under the State Council, namely the Parcel Bureau, shall keep registers.",
     [("obligation", "Parcel department under the State Council", "keep registers")]),
    ("The local kiosk office, that is, the Kiosk Bureau, shall inspect kiosks.",
     [("obligation", "Local kiosk office", "inspect kiosks")]),
    ("Kiosk operators, namely firms that run kiosks, shall keep logs.", [("obligation", KO, "keep logs")]),
    ("Kiosk operators, couriers and parcel users shall keep logs.",
     [("obligation", KO, "keep logs"), ("obligation", "Couriers", "keep logs"), ("obligation", PU, "keep logs")]),
])
def test_an_identifying_apposition_is_the_same_party(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 Kiosk operators shall keep logs.\n\nArticle 2 Where a kiosk operator violates Article 1, the kiosk "
     "office shall give it a warning and may impose a fine of up to 500 yuan.",
     [("kiosk operator", "kiosk office", "give it a warning"),
      ("kiosk operator", "kiosk office", "impose a fine of up to 500 yuan")]),
    ("Article 1 Couriers shall keep logs.\n\nArticle 2 Where a courier violates Article 1, the parcel bureau shall "
     "issue the courier a warning; if the courier refuses to correct, the parcel bureau may impose a fine.",
     [("courier", "parcel bureau", "issue the courier a warning"), ("courier", "parcel bureau", "impose a fine")]),
])
def test_a_warning_given_to_the_violator_is_a_sanction(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert [(s.violator, s.authority, s.penalties) for s in kb.sanctions] == expected
    assert [o.action for o in kb.obligations] == ["keep logs"]


@pytest.mark.parametrize(("body", "expected"), [
    # the text named "water and soil department" as one body: its plural is one kind of department
    ("Article 1 The water and soil department of the State Council shall supervise kiosks.\n\nArticle 2 The local "
     "water and soil departments may inspect kiosks.", ["Local water and soil departments"]),
    ("Article 1 The parcel and courier bureau of the State Council shall supervise couriers.\n\nArticle 2 Local "
     "parcel and courier bureaus shall inspect lockers.", ["Local parcel and courier bureaus"]),
    # the text names each field alone: two kinds of body, the plural head distributed (guide 3, 1.6)
    ("Article 1 The water department shall keep logs. The soil bureau shall keep maps.\n\nArticle 2 The local water "
     "and soil departments may inspect kiosks.", ["Local water departments", "Local soil departments"]),
    # no such name: government bodies of one portfolio, as "science and technology departments" (guide 3, 1.6)
    ("Article 1 Kiosk operators shall keep logs.\n\nArticle 2 The local water and soil departments may inspect kiosks.",
     ["Local water and soil departments"]),
])
def test_a_coordinated_modifier_the_text_named_as_one_is_not_distributed(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert [kb.get(o.actors[0]).label for o in kb.obligations if o.article == 2] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The customs, transport and commerce departments are to do relevant work.",
     ["Customs departments", "Transport departments", "Commerce departments"]),
    ("The tax, parcel, and kiosk bureaus shall inspect kiosks.", ["Tax bureaus", "Parcel bureaus", "Kiosk bureaus"]),
    ("Local tax, parcel or kiosk offices may inspect kiosks.",
     ["Local tax offices", "Local parcel offices", "Local kiosk offices"]),
    ("Kiosk operators, couriers and parcel users shall keep logs.", [KO, "Couriers", PU]),  # parties, not modifiers
])
def test_a_list_of_modifiers_shares_its_plural_head(sentence: str, expected: list) -> None:
    assert [f[1] for f in facts(sentence)] == expected
    assert all(f[2] is None for f in facts(sentence))


@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 Kiosk operators shall keep logs.\n\nArticle 2 Where a kiosk operator fails to keep logs as required by "
     "Article 1, the kiosk office shall order it to make corrections; where it refuses to make corrections, its kiosk "
     "licence may be revoked.",
     [("kiosk operator", "kiosk office", "order it to make corrections"),
      ("kiosk operator", "kiosk office", "its kiosk licence may be revoked")]),
    ("Article 1 Kiosk operators shall register.\n\nArticle 2 Where a kiosk operator fails to register in accordance "
     "with Article 1, the kiosk office shall order it to register within a time limit, and its permit shall be "
     "suspended.",
     [("kiosk operator", "kiosk office", "order it to register within a time limit"),
      ("kiosk operator", "kiosk office", "its permit shall be suspended")]),
    ("Article 1 Kiosk operators shall register.\n\nArticle 2 Where a kiosk operator ceases business, its permit shall "
     "be cancelled.", []),  # no violation: a consequence, not a penalty
])
def test_failing_to_do_what_a_provision_requires_is_a_violation(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert [(s.violator, s.authority, s.penalties) for s in kb.sanctions] == expected
    if expected:  # the penalties are no duties of anyone
        assert [o.article for o in kb.obligations] == [1]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Parcel logs shall be deleted once the period expires; kiosk operators, when they cannot delete them, shall "
     "lock them.", [("obligation", KO, "when they cannot delete them")]),
    ("Kiosk operators shall keep logs; parcel users, if they may not keep logs, shall report it.",
     [("obligation", KO, None), ("obligation", PU, "if they may not keep logs")]),
    ("Kiosk operators, when they cannot open a kiosk, shall post a notice.",
     [("obligation", KO, "when they cannot open a kiosk")]),
])
def test_a_modal_inside_a_set_off_subordinate_clause_is_no_clause(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Chapter I General\n\nArticle 1 Kiosk operators shall register.\n\nChapter II Safety Obligations of Kiosk "
     "Operators\n\nArticle 2 Parcel logs shall be kept for three years.\n\nChapter III Supervision\n\nArticle 3 Parcel "
     "logs shall be checked every year.", [(1, "Kiosk operators"), (2, "Kiosk operators")]),
    ("Article 1 [Scope]\nCouriers shall register.\n\nArticle 2 [Duties of Couriers]\nDelivery records shall be kept for "
     "one year.\n\nArticle 3 [Records]\nDelivery records shall be kept.", [(1, "Couriers"), (2, "Couriers")]),
])
def test_an_agentless_clause_under_a_heading_naming_whose_duties_binds_that_party(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert [(o.article, kb.get(o.actors[0]).label) for o in kb.obligations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Parcel logs that identify a user shall be deleted once the period expires; kiosk operators, when they cannot "
     "delete them, shall lock them.", ["Parcel logs that identify a user shall be deleted once the period expires"]),
    ("Kiosk records that name a courier must be kept for a year.", ["Kiosk records that name a courier must be kept "
                                                                    "for a year."]),
])
def test_a_relative_clause_with_a_verb_and_object_is_no_clause_of_its_own(sentence: str, expected: list) -> None:
    kb = kb_for(sentence)
    assert [s.text for s in kb.statements if s.article == 1] == expected  # the modal after it is found, unbound


def test_a_relative_clause_with_its_own_subject_still_is_no_clause() -> None:
    assert facts("Kiosk operators shall publish the rules that the parcel users must follow.") == [
        ("obligation", KO, None)]


@pytest.mark.parametrize(("body", "expected"), [
    ('Article 1 In these Rules, "locker operators" refers to organizations that install, run or repair parcel lockers '
     'in cities.\n\nArticle 2 Parcel lockers shall be repaired within two days.',
     [(2, "Locker operators", "Parcel lockers shall be repaired within two days")]),
    ('Article 1 In these Rules, "couriers" means persons who collect and deliver parcels for senders; "senders" means '
     'persons who post letters.\n\nArticle 2 Parcels shall be delivered within a week.',
     [(2, "Couriers", "Parcels shall be delivered within a week")]),
    ('Article 1 In these Rules, "couriers" means persons who collect and deliver parcels for senders.\n\nArticle 2 '
     'Parcels shall be weighed at the post office.', []),  # weighing is nobody's defined act: unbound
    # an inferred bearer is not carried into the next sentence
    ('Article 1 In these Rules, "locker operators" refers to organizations that install or repair parcel lockers.'
     '\n\nArticle 2 Parcel lockers shall be repaired within two days. A fee shall be paid in advance.',
     [(2, "Locker operators", "Parcel lockers shall be repaired within two days")]),
])
def test_a_passive_on_what_a_defined_party_does_binds_that_party(body: str, expected: list) -> None:
    kb = kb_text(body)
    assert [(o.article, kb.get(o.actors[0]).label, o.action) for o in kb.obligations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kiosk operators shall encrypt logs when stored and transmitted.",
     [("obligation", KO, "encrypt logs", "when stored and transmitted")]),
    ("Kiosk operators shall lock kiosks when closed for the night.",
     [("obligation", KO, "lock kiosks", "when closed for the night")]),
    ("Kiosk operators shall delete logs once the period expires.",
     [("obligation", KO, "delete logs", "once the period expires")]),
    ("Kiosk operators shall report faults at once.", [("obligation", KO, "report faults at once", None)]),
])
def test_a_trailing_reduced_or_once_clause_is_the_condition(sentence: str, expected: list) -> None:
    kb = kb_for(sentence)
    assert [(o.modality, kb.get(o.actors[0]).label, o.action, o.condition) for o in kb.obligations
            if o.article == 1] == expected


# --- session 4 (helper extract3): rules that generalise, each in at least two wordings other than the one that
# prompted it (invented fields: kiosks, parcels, lockers) ----------------------------------------------------------
def labelled(body: str, article: int = 1) -> list[tuple[str, str, str | None, bool]]:
    kb = kb_text(body) if body.startswith("Article") else kb_for(body)
    return [(o.modality, kb.get(o.actors[0]).label, o.condition, o.universal) for o in kb.obligations
            if o.article == article]


# "No A or B may": a ban on each party the text names, not a new party "any A or B" (and not everyone)
DENIED = [
    ("No kiosk operator or parcel user may sell parcel data.",
     [("prohibition", KO, None, False), ("prohibition", PU, None, False)]),
    ("Without a permit, no kiosk operator may move a kiosk.", [("prohibition", KO, "Without a permit", False)]),
    ("No kiosk operators, parcel users or couriers shall open lockers.",
     [("prohibition", KO, None, False), ("prohibition", PU, None, False), ("prohibition", "Couriers", None, False)]),
    # universal nouns stay universal
    ("No organization or individual may sell parcel data.",
     [("prohibition", "Any organization or individual", None, True)]),
    ("No unit or individual shall open lockers.", [("prohibition", "Any unit or individual", None, True)]),
]


@pytest.mark.parametrize(("sentence", "expected"), DENIED)
def test_a_denied_list_of_named_parties_bans_each(sentence: str, expected: list) -> None:
    assert labelled(sentence) == expected


# "A, together with B, shall": the grammatical subject bears the clause; B is named in it (guide 1.4)
TOGETHER = [
    ("The city kiosk bureau, together with the police, shall inspect kiosks.", ["City kiosk bureau"]),
    ("The city kiosk bureau jointly with the market department shall publish the results.", ["City kiosk bureau"]),
    ("Kiosk operators, in conjunction with the parcel companies, shall set up lockers.", [KO]),
    # a real list still gives every party
    ("The city kiosk bureau and the police shall inspect kiosks.", ["City kiosk bureau", "Police"]),
]


@pytest.mark.parametrize(("sentence", "expected"), TOGETHER)
def test_a_co_actor_after_together_with_is_no_bearer(sentence: str, expected: list) -> None:
    assert [label for _, label, _, _ in labelled(sentence)] == expected


# "The said X", "Such X", "the aforementioned X" in a later paragraph: the party of that kind named before in the
# article, never a new party "X"
ANAPHORA = [
    ("The kiosk authority of the city shall inspect kiosks.\n\nThe said authority may close kiosks.",
     [("obligation", "Kiosk authority of the city"), ("permission", "Kiosk authority of the city")]),
    ("Lock makers must fit a lock.\n\nSuch makers are obligated to provide a reset button.",
     [("obligation", "Lock makers"), ("obligation", "Lock makers")]),
    ("The municipal parcel bureau shall keep a register.\n\nThe aforementioned bureau shall publish it yearly.",
     [("obligation", "Municipal parcel bureau"), ("obligation", "Municipal parcel bureau")]),
]


@pytest.mark.parametrize(("body", "expected"), ANAPHORA)
def test_the_said_and_such_point_back_across_paragraphs(body: str, expected: list) -> None:
    assert [(m, label) for m, label, _, _ in labelled(body)] == expected


# Nouns naming parties that the extractor did not know; an agent noun takes a post-modifier like a party noun
PARTIES = [
    ("Physicians providing online advice must keep records.", [("obligation", "Physicians", "providing online advice")]),
    ("Drone pilots holding a licence shall carry it.", [("obligation", "Drone pilots", "holding a licence")]),
    ("Translators working for courts shall keep files secret.",
     [("obligation", "Translators", "working for courts")]),
    ("The customs may, where necessary, open parcels on site.", [("permission", "Customs", "where necessary")]),
    ("The State encourages enterprises, universities and research institutes to build lockers.",
     [("encouragement", "Enterprises", None), ("encouragement", "Universities", None),
      ("encouragement", "Research institutes", None)]),
    # "customs" as a modifier of a shared head still distributes
    ("The customs, transport and commerce departments shall cooperate.",
     [("obligation", "Customs departments", None), ("obligation", "Transport departments", None),
      ("obligation", "Commerce departments", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTIES)
def test_parties_named_by_agent_nouns_and_institutions(sentence: str, expected: list) -> None:
    assert [(m, label, cond) for m, label, cond, _ in labelled(sentence)] == expected


# "Relevant entities" are the entities concerned, not everyone (guide 3, universal bearers)
RELEVANT = [
    ("Relevant entities shall provide copies.", [("obligation", "Relevant entities", None, False)]),
    ("The relevant organizations and individuals shall cooperate.",
     [("obligation", "Relevant organizations", None, False), ("obligation", "Relevant individuals", None, False)]),
    ("Relevant units that receive parcel data must keep it secret.",
     [("obligation", "Relevant units", "that receive parcel data", False)]),
    # (session 10) one universal bearer in the text's words, as "any organization or individual" (guide 1.4)
    ("All organizations and individuals shall cooperate.",
     [("obligation", "All organizations and individuals", None, True)]),
]


@pytest.mark.parametrize(("sentence", "expected"), RELEVANT)
def test_relevant_entities_are_not_everyone(sentence: str, expected: list) -> None:
    assert labelled(sentence) == expected


# Items that the lead-in's list is the subject of ("ensure that the following functions are switched off"), and
# purposes, are the duty's contents, not conduct; a list of conduct under "perform the following" still is
CONTENT_ITEMS = [
    ("Lock makers must ensure that the following functions are switched off by default:\n1. remote opening;\n"
     "2. continuous camera recording.", [("art_1__para_1", "obligation")]),
    ("Kiosk operators shall see to it that the following records are kept for a year:\n(a) sales records;\n"
     "(b) fault reports.", [("art_1__para_1", "obligation")]),
    ("Kiosk operators may use parcel data only for the following purposes:\n(a) showing the parcel to the user;\n"
     "(b) sending a pickup notice.", [("art_1__para_1", "permission")]),
    ("Kiosk operators shall ensure that the following measures are taken:\n(1) establishing a log system;\n"
     "(2) the appointment of a safety officer.",
     [("art_1__para_1", "obligation"), ("art_1__para_1__item_1", "obligation")]),
    ("Kiosk operators shall perform the following functions:\n(1) keep logs;\n(2) report faults.",
     [("art_1__para_1", "obligation"), ("art_1__para_1__item_1", "obligation"),
      ("art_1__para_1__item_2", "obligation")]),
]


@pytest.mark.parametrize(("body", "expected"), CONTENT_ITEMS)
def test_items_that_are_contents_or_purposes_are_no_duties(body: str, expected: list) -> None:
    assert [(eid, m) for eid, m, _ in item_facts(body)] == expected


# ", which shall specify / set out / contain ...": a requirement on the document the clause before produces, binding
# who produces it; "which shall review" after a party is that party's duty
DOCUMENTS = [
    ("Kiosk operators shall sign a service agreement with the city kiosk bureau, which shall specify the rights of "
     "both parties.", [("obligation", KO, "explicit"), ("obligation", KO, "passive-implied")]),
    ("Parcel users are obligated to conclude a contract with a courier company, which must set out the liability for "
     "loss.", [("obligation", PU, "explicit"), ("obligation", PU, "passive-implied")]),
    ("Kiosk operators shall draw up an emergency plan with the police, which shall contain the evacuation routes.",
     [("obligation", KO, "explicit"), ("obligation", KO, "passive-implied")]),
    ("Kiosk operators shall submit an application to the city kiosk bureau, which shall review it within ten days.",
     [("obligation", KO, "explicit"), ("obligation", "City kiosk bureau", "relative")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DOCUMENTS)
def test_which_shall_specify_binds_who_makes_the_document(sentence: str, expected: list) -> None:
    kb = kb_for(sentence)
    assert [(o.modality, kb.get(o.actors[0]).label, o.bearer_basis) for o in kb.obligations
            if o.article == 1] == expected


# "It is necessary to ..." opening a clause: an impersonal duty, as "It is prohibited to" (guide 1.4)
NECESSARY = [
    ("It is necessary for kiosk operators to keep logs.", [("obligation", KO, None)]),
    ("Kiosk operators shall keep logs; it is necessary to back them up weekly.",
     [("obligation", KO, None), ("obligation", KO, None)]),
    ("Where a kiosk operator discovers a fault, it is necessary to stop the kiosk.",
     [("obligation", KO, "Where a kiosk operator discovers a fault")]),
    ("Kiosk operators shall keep logs. It is necessary to stop the kiosk where the kiosk operator finds a fault.",
     [("obligation", KO, None), ("obligation", KO, "where the kiosk operator finds a fault")]),
    # a circumstance "if it is necessary to" is no clause; a party named in a circumstance is not thereby bound
    ("Kiosk operators may keep logs if it is necessary to trace faults.",
     [("permission", KO, "if it is necessary to trace faults")]),
    ("It is prohibited to open parcels if the parcel user refuses.", []),
    ("It is necessary to keep logs for one year.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), NECESSARY)
def test_it_is_necessary_to_is_an_impersonal_duty(sentence: str, expected: list) -> None:
    assert [(m, label, cond) for m, label, cond, _ in labelled(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Without authorization, no one may open parcels. Parcels that are found to be damaged must not be delivered.",
    "No organization or individual may move lockers. Lockers shall be inspected yearly.",
    "Nobody shall sell parcel data; parcel data shall be deleted after a year.",
])
def test_a_denied_subject_is_no_antecedent_of_a_later_passive(sentence: str) -> None:
    kb = kb_for(sentence)
    assert [o.universal for o in kb.obligations if o.article == 1] == [True]
    assert any(s.reason.startswith("no bearer") for s in kb.statements if s.article == 1)


# Modal words that make no clause: repeal and validity, application by analogy, legal effect, how a thing is
# determined, the month "May"; a bare "encourage" coordinated under another marker is that clause's verb
@pytest.mark.parametrize("body", [
    "The Interim Rules on Kiosks issued on 5 May 2021 shall be repealed simultaneously.",
    "The Kiosk Notice of 12 May 2019 shall cease to be effective on the same day.",
    "A kiosk permit shall remain valid for two years.",
    "The safety of private lockers in residential buildings shall be managed with reference to Chapter II.",
    "The parcel data of natural persons shall be protected by law.",
    "The amount of compensation shall be determined according to the actual losses.",
])
def test_repeal_validity_analogy_and_legal_effect_are_no_clauses(body: str) -> None:
    kb = kb_for(body)
    assert [o for o in kb.obligations if o.article == 1] == []
    assert all(not s.reason.startswith("no bearer") for s in kb.statements if s.article == 1)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The state will support kiosk research, promote exchanges, and encourage the sharing of kiosk data.",
     [("obligation", "State")]),
    ("Kiosk operators shall keep logs, publish prices and encourage recycling.", [("obligation", KO)]),
    # an imperative opening its sentence is still an encouragement naming no one (a statement)
    ("Encourage the recycling of parcel boxes.", []),
])
def test_a_coordinated_encourage_is_a_verb_of_the_clause(sentence: str, expected: list) -> None:
    assert [(m, label) for m, label, _, _ in labelled(sentence)] == expected


# Sanctions: "shall be dealt with" when the clause's own subject or condition names the violation; "is to give a
# warning"; "shall be liable for a fine"; never a duty of the person sanctioned
@pytest.mark.parametrize(("sentence", "sanctions"), [
    ("Kiosk operators who violate Article 2 shall be dealt with by the city kiosk bureau in accordance with the law.", 1),
    ("Couriers who breach these Rules shall be handled in accordance with the Postal Law.", 1),
    ("Where a kiosk operator violates Article 2, the kiosk bureau is to give a warning and order corrections.", 1),
    ("Those who evade inspection shall be liable for a fine of 100 yuan.", 1),
])
def test_dealt_with_and_is_to_sanctions(sentence: str, sanctions: int) -> None:
    kb = kb_for(sentence)
    assert [o for o in kb.obligations if o.article == 1] == []
    assert len([s for s in kb.sanctions if s.article == 1]) >= sanctions


def test_dealt_with_without_a_violation_stays_a_duty_clause() -> None:
    kb = kb_for("Kiosk operators shall set up a hotline. Complaints shall be dealt with within 15 days.")
    assert [s.reason for s in kb.statements if s.article == 1 and "sanction" in s.reason] == []
    assert ("obligation", KO) in [(o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1]


# Modal words inside items that are circumstances of the lead-in, and inside a definition, are no duty and not a
# "no bearer" doubt either
@pytest.mark.parametrize("body", [
    "In any of the following circumstances, kiosk operators shall delete logs:\n(1) the purpose cannot be achieved;"
    "\n(2) the user withdraws consent.",
    "Kiosk operators shall report to the kiosk bureau in any of the following situations:\n(a) a kiosk may collapse;"
    "\n(b) a fire breaks out.",
])
def test_modals_in_circumstance_items_are_no_doubt(body: str) -> None:
    kb = kb_text(f"Article 1 {body}\n\nArticle 2 Other.\n\n{DEFS}")
    assert [s for s in kb.statements if s.reason.startswith("no bearer")] == []
    assert [o.eid for o in kb.obligations if o.article == 1] == ["art_1__para_1"]


# Coordination after the head noun: "H of A, B and C" (a plural party head, three or more lower-case complements)
# names one party per complement (guide 1.4); a proper name or a two-part field stays one
@pytest.mark.parametrize(("sentence", "expected"), [
    ("People's governments of provinces, autonomous regions and municipalities directly under the Central Government "
     "may formulate rules.",
     ["People's governments of provinces", "People's governments of autonomous regions",
      "People's governments of municipalities directly under the Central Government"]),
    ("The kiosk departments of cities, counties and townships shall inspect kiosks.",
     ["Kiosk departments of cities", "Kiosk departments of counties", "Kiosk departments of townships"]),
    ("The departments of industry, commerce and finance shall cooperate.",
     ["Departments of industry", "Departments of commerce", "Departments of finance"]),
    ("The Ministry of Science and Technology shall inspect kiosks.", ["Ministry of Science and Technology"]),
    ("The kiosk department of science and technology shall inspect kiosks.",
     ["Kiosk department of science and technology"]),
])
def test_a_list_after_the_head_noun_names_one_party_each(sentence: str, expected: list) -> None:
    assert [label for _, label, _, _ in labelled(sentence)] == expected


# The attribute of an activity as the subject ("the storage period of X", "the retention period of X") regulates the
# activity, so the party the text defines by that activity is bound; a thing the activity uses is not
ACTIVITY_DEFS = ('Article 1 "Parcel data handlers" refer to organizations that handle parcel data. "Parcel data '
                 'handling" includes collection, storage, use and deletion of parcel data.\n\n')


@pytest.mark.parametrize(("body", "expected"), [
    ("Article 2 The storage period of parcel data shall be the shortest period necessary.", ["Parcel data handlers"]),
    ("Article 2 Except as otherwise provided by law, the retention period of parcel data shall not exceed one year.",
     []),  # "retention" is not an activity this text defines
    ("Article 2 The collection purpose of parcel data shall be stated in advance.", ["Parcel data handlers"]),
    ("Article 2 Collection equipment in public places shall be installed only where necessary.", []),
])
def test_the_attribute_of_a_defined_activity_binds_its_agent(body: str, expected: list) -> None:
    kb = kb_text(ACTIVITY_DEFS + body + "\n")
    assert [kb.get(o.actors[0]).label for o in kb.obligations if o.article == 2] == expected


# More translators' wordings (guide 1.4): "are under a duty to", "hereby required", "are not to", "shall be
# prohibited from", "are barred from", "shall be allowed/permitted to", "shall be encouraged to"; "shall not only
# ... but also" is no ban
WORDINGS_4 = [
    ("Kiosk operators are under a duty to keep logs.", [("obligation", KO, "keep logs")]),
    ("Kiosk operators are hereby required to keep logs.", [("obligation", KO, "keep logs")]),
    ("A kiosk operator is hereby obliged to repair kiosks.", [("obligation", KO, "repair kiosks")]),
    ("Kiosk operators are not to sell data.", [("prohibition", KO, "sell data")]),
    ("A parcel user is not to open lockers of others.", [("prohibition", PU, "open lockers of others")]),
    ("Kiosk operators shall be prohibited from selling data.", [("prohibition", KO, "selling data")]),
    ("Kiosk operators will be strictly forbidden to resell kiosks.", [("prohibition", KO, "resell kiosks")]),
    ("Kiosk operators are barred from selling data.", [("prohibition", KO, "selling data")]),
    ("Parcel users shall be allowed to open lockers.", [("permission", PU, "open lockers")]),
    ("Parcel users will be permitted to return parcels.", [("permission", PU, "return parcels")]),
    ("Parcel users shall be encouraged to recycle boxes.", [("encouragement", PU, "recycle boxes")]),
    ("Kiosk operators shall not only keep logs but also publish them.",
     [("obligation", KO, "not only keep logs but also publish them")]),
    ("Kiosk operators must not only repair kiosks but also report faults.",
     [("obligation", KO, "not only repair kiosks but also report faults")]),
]


@pytest.mark.parametrize(("sentence", "expected"), WORDINGS_4)
def test_more_translator_wordings(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


@pytest.mark.parametrize("sentence", ["The purpose is not to punish kiosk operators.",
                                      "The aim of these Rules is not to restrict trade."])
def test_an_aim_is_not_to_is_no_ban(sentence: str) -> None:
    assert actions(sentence) == []


# "the latter" is the party named last, "the former" the one named before it (guide 3.1, pronoun)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kiosk operators shall report to the kiosk bureau. The latter shall reply in ten days.", [KO, "Kiosk bureau"]),
    ("Parcel users may complain to kiosk operators, and the latter shall reply in ten days.", [PU, KO]),
    ("Kiosk operators shall sign contracts with the parcel users. The former shall keep a copy.", [KO, KO]),
])
def test_the_latter_and_the_former(sentence: str, expected: list) -> None:
    assert [label for _, label, _, _ in labelled(sentence)] == expected


# Everyone is bound only by a universal noun with a quantifier and no narrowing modifier (guide 3, universal
# bearers): "the individual" of a data law is a party of the text, not everyone
@pytest.mark.parametrize(("sentence", "universal"), [
    ("Any organization or individual may report faults.", [True]),
    ("All entities shall cooperate with inspections.", [True]),
    ("Everyone shall respect kiosks.", [True]),
    ("Individuals have the right to complain.", [False]),
    ("The individual shall have the right to withdraw consent.", [False]),
    ("Entities that operate kiosks shall keep logs.", [False]),
    ("Any organization or individual that finds a fault may report it.", [False]),
])
def test_who_is_everyone(sentence: str, universal: list) -> None:
    assert [u for _, _, _, u in labelled(sentence)] == universal


# Coordination wordings: "as well as", "and/or", "Either A or B"
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kiosk operators, as well as parcel companies, shall keep logs.", [KO, "Parcel companies"]),
    ("Kiosk operators and/or parcel companies shall keep logs.", [KO, "Parcel companies"]),
    ("Either the kiosk operator or the parcel user may end the contract.", [KO, PU]),
])
def test_coordination_wordings(sentence: str, expected: list) -> None:
    assert [label for _, label, _, _ in labelled(sentence)] == expected


# A participle after its noun ("the entities inspected", "the units audited") leaves the noun the head
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The kiosk bureau may inspect kiosks; the entities inspected need to cooperate and are not allowed to refuse.",
     [("permission", "Kiosk bureau"), ("obligation", "Entities inspected"), ("prohibition", "Entities inspected")]),
    ("The units audited shall keep the audit report.", [("obligation", "Units audited")]),
    ("The operators interviewed must correct the faults found.", [("obligation", "Operators interviewed")]),
])
def test_a_participle_after_the_noun(sentence: str, expected: list) -> None:
    assert [(m, label) for m, label, _, _ in labelled(sentence)] == expected


# "it is to" as the pronoun subject of a duty after a set-off condition ("it is to be noted" stays no clause)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Where a parcel user withdraws consent, the kiosk operator is to delete the logs; where deletion is impossible, "
     "it is to stop all processing.", [("obligation", KO), ("obligation", KO)]),
    ("Kiosk operators shall repair faults; if repair is impossible, it is to close the kiosk.",
     [("obligation", KO), ("obligation", KO)]),
    ("It is to be noted that kiosks close at night.", []),
])
def test_it_is_to_after_a_condition(sentence: str, expected: list) -> None:
    assert [(m, label) for m, label, _, _ in labelled(sentence)] == expected


# Appositions with their own relative clauses and coordination ("A, that is, X that ..., and B, that is, Y that ...,
# are to"): A and B are bound; the act an apposition names identifies the party as a definition would
APPOSED = ("Article 1 Box makers, that is, enterprises that design lockers and sell them under their own brands, "
           "and locker operators, that is, entities that install, run or repair parcel lockers in cities, are to abide "
           "by these Rules.\n\nArticle 2 Parcel lockers are not allowed to be repaired at night. Parcel lockers "
           "shall be weighed at the post office.\n")


def test_appositions_name_the_parties_and_their_acts() -> None:
    kb = kb_text(APPOSED)
    got = [(o.article, o.modality, kb.get(o.actors[0]).label, o.condition) for o in kb.obligations]
    assert got == [(1, "obligation", "Box makers", None), (1, "obligation", "Locker operators", None),
                   (2, "prohibition", "Locker operators", None)]  # weighing is nobody's act: reported, not guessed
    assert [s.text for s in kb.statements if s.article == 2] == ["Parcel lockers shall be weighed at the post office."]


@pytest.mark.parametrize("body", [
    "Article 1 Kiosk operators shall keep logs.\n\nArticle 2 Kiosk operators shall report faults.\n\n"
    "2. Logs of users who have closed their accounts shall be deleted within 15 days.\n",
    "Article 1 Kiosk operators shall keep logs.\n\nArticle 2 Kiosk operators must not sell logs.\n\n"
    "Records that users have asked to correct shall be corrected within a week.\n",
])
def test_a_relative_clause_in_a_passive_subject_keeps_the_previous_paragraphs_party(body: str) -> None:
    kb = kb_text(body)
    assert [(o.eid, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 2][-1] == ("art_2__para_2", KO)


# "Food that is sold by its producer ... may be exempted": the possessive by-agent in the subject is the party
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Parcels that are delivered by their owner within the same city may be exempted from weighing.",
     [("permission", "Owner")]),
    ("Kiosks that are run by their owners at night shall be locked after midnight.", [("obligation", "Owners")]),
    ("Parcels that are sorted by the machine shall be weighed.", []),  # a thing, no party: reported
])
def test_a_possessive_agent_in_the_subject_bears_the_passive(sentence: str, expected: list) -> None:
    assert [(m, label) for m, label, _, _ in labelled(sentence)] == expected


# "The State supports the construction of ...": an encouragement naming no addressee (guide 1.3); "..., and supports
# the sharing of ..." after a State clause likewise; "supports X to/in" names X
@pytest.mark.parametrize(("sentence", "bound", "unbound"), [
    ("The State supports the construction of parcel lockers.", [], ["encouragement"]),
    ("The State encourages enterprises to build lockers, and supports the sharing of locker data.",
     [("encouragement", "Enterprises")], ["encouragement"]),
    ("The State supports kiosk operators in building lockers.", [("encouragement", KO)], []),
])
def test_the_state_supports(sentence: str, bound: list, unbound: list) -> None:
    from regkb.parse.obligations import unbound_clause
    kb = kb_for(sentence)
    assert [(o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1] == bound
    assert [u.modality for s in kb.statements if s.article == 1 and (u := unbound_clause(s))] == unbound


# A modal statement that binds no named party is a clause with no bearer (guide 3.1, basis none): its modality,
# action and condition, as the eval counts them
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Encourage the recycling of parcel boxes.", ("encouragement", "the recycling of parcel boxes", None)),
    ("Parcel data relating to military sites shall not be provided abroad under any circumstances.",
     ("prohibition", "Parcel data relating to military sites shall not be provided abroad under any circumstances",
      None)),
    ("Where it is truly necessary to send parcel data abroad, a security assessment shall be passed.",
     ("obligation", "a security assessment shall be passed",
      "Where it is truly necessary to send parcel data abroad")),
])
def test_what_an_unbound_clause_says(sentence: str, expected: tuple) -> None:
    from regkb.parse.obligations import unbound_clause
    kb = kb_for(sentence)
    got = [(u.modality, u.action, u.condition) for s in kb.statements if s.article == 1 and (u := unbound_clause(s))]
    assert got == [expected]


def test_the_eval_counts_an_unbound_clause_for_modality_but_not_as_a_bearer(tmp_path) -> None:
    from regkb.eval import evaluate, load_gold
    kb = kb_for("Kiosk operators shall keep logs. Encourage the recycling of parcel boxes.")
    gold = tmp_path / "t.yaml"
    gold.write_text(
        "document: t\nobligations:\n"
        "  - {at: art_1__para_1, modality: obligation, bearers: [kiosk operators], universal: false, basis: explicit,"
        " action: keep logs, condition: null, text: Kiosk operators shall keep logs}\n"
        "  - {at: art_1__para_1, modality: encouragement, bearers: [], universal: false, basis: none,"
        " action: the recycling of parcel boxes, condition: null, text: Encourage the recycling of parcel boxes}\n")
    fields = evaluate(kb, load_gold(gold)).fields
    assert (fields["obligation"].tp, fields["obligation"].fp, fields["obligation"].fn) == (1, 0, 0)
    assert (fields["modality"].tp, fields["modality"].fp, fields["modality"].fn) == (2, 0, 0)


# "the following requirements": items with a marker of their own are duties of the lead-in's bearer; items without
# one are qualifications (and "one of the following requirements" are alternatives)
@pytest.mark.parametrize(("body", "expected"), [
    ("Kiosk operators shall comply with the following requirements:\n1. Logs shall be kept for one year;\n"
     "2. Data must not be sold.",
     [("art_1__para_1", "obligation"), ("art_1__para_1__item_1", "obligation"),
      ("art_1__para_1__item_2", "prohibition")]),
    ("Parcel users shall observe the following standards:\n(a) lockers shall be closed after use;\n"
     "(b) parcels may be collected at night.",
     [("art_1__para_1", "obligation"), ("art_1__para_1__item_1", "obligation"),
      ("art_1__para_1__item_2", "permission")]),
    ("Kiosk operators shall meet the following requirements:\n(1) holding a permit;\n(2) having a fixed place.",
     [("art_1__para_1", "obligation")]),
    ("Kiosk operators shall meet one of the following requirements:\n(1) holding a permit;\n"
     "(2) parcel data may be kept abroad.", [("art_1__para_1", "obligation")]),
])
def test_requirement_items_with_their_own_marker(body: str, expected: list) -> None:
    assert [(eid, m) for eid, m, _ in item_facts(body)] == expected


# Sentence openers that are adverbials, never a party ("Prior to ..." is no agent noun "prior")
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prior to opening a kiosk, kiosk operators shall register it.", [("obligation", KO, "Prior to opening a kiosk")]),
    ("At the request of a parcel user, kiosk operators shall open the locker.",
     [("obligation", KO, "At the request of a parcel user")]),
    ("Pending the inspection, kiosk operators shall close the kiosk.", [("obligation", KO, "Pending the inspection")]),
    ("From the date of opening, kiosk operators shall keep logs.", [("obligation", KO, "From the date of opening")]),
])
def test_more_sentence_openers(sentence: str, expected: list) -> None:
    assert [(m, label, cond) for m, label, cond, _ in labelled(sentence)] == expected


# "its staff", "their employees": the party of the party named before, never a party "Its staff" shared by every
# text; with no party before, reported
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kiosk operators shall keep logs. Their staff shall keep the logs secret.", [KO, "Staff of kiosk operators"]),
    ("The kiosk bureau and its staff shall keep secrets.", ["Kiosk bureau", "Staff of kiosk bureau"]),
    ("The city kiosk bureau shall inspect kiosks. Its inspectors must show their badges.",
     ["City kiosk bureau", "Inspectors of city kiosk bureau"]),
    ("Its staff shall keep secrets.", []),
])
def test_possessed_parties(sentence: str, expected: list) -> None:
    assert [label for _, label, _, _ in labelled(sentence)] == expected


# Items printed without labels (a web page's <ol> whose numbers the browser draws) arrive as paragraphs: a
# paragraph opening in lower case continues the lead-in paragraph ending with ":" (its items)
@pytest.mark.parametrize(("body", "expected"), [
    ("Kiosk operators shall perform the following obligations:\n\nverify the permits of their staff;\n\n"
     "keep logs for one year;\n\nnot sell parcel data.\n\nKiosk operators shall also report faults.",
     [("art_1__para_1", "obligation"), ("art_1__para_2", "obligation"), ("art_1__para_3", "obligation"),
      ("art_1__para_4", "prohibition"), ("art_1__para_5", "obligation")]),
    ("Parcel users must not engage in any of the following acts:\n\nopening the lockers of others;\n\n"
     "blocking lockers; or\n\nreselling pickup codes.",
     [("art_1__para_1", "prohibition"), ("art_1__para_2", "prohibition"), ("art_1__para_3", "prohibition"),
      ("art_1__para_4", "prohibition")]),
    # circumstances, and a capitalised paragraph after the colon, are no items of duty
    ("Kiosk operators shall report in the following circumstances:\n\na kiosk collapses;\n\na fire breaks out.",
     [("art_1__para_1", "obligation")]),
    ("Kiosk operators shall note the following:\n\nKiosks close at night.", [("art_1__para_1", "obligation")]),
])
def test_unlabelled_items_after_a_lead_in_paragraph(body: str, expected: list) -> None:
    assert [(eid, m) for eid, m, _ in item_facts(body)] == expected


# An agentless passive whose act (the verb with its complement) the text has already tied to one party binds that
# party; tied to two parties, or too short a phrase to be the same act, it stays unbound (reported)
@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 Where parcels are to be moved into cold storage, kiosk operators shall record the time.\n\n"
     "Article 2 Other.\n\nArticle 3 Damaged parcels must not be moved into cold storage.\n",
     [(3, "prohibition", KO)]),
    ("Article 1 When lost items are handed over to the kiosk bureau, parcel users shall keep the receipt.\n\n"
     "Article 2 Other.\n\nArticle 3 Lost keys are to be handed over to the kiosk bureau at once.\n",
     [(3, "obligation", PU)]),
    ("Article 1 When lost items are handed over to the kiosk bureau, kiosk operators shall keep the receipt. Once "
     "lost items are handed over to the kiosk bureau, parcel users shall sign a form.\n\nArticle 2 Other.\n\n"
     "Article 3 Lost keys are to be handed over to the kiosk bureau.\n", []),
    ("Article 1 Kiosk operators shall keep logs.\n\nArticle 2 Other.\n\nArticle 3 Logs shall be kept safely.\n", []),
])
def test_a_passive_of_an_act_the_text_tied_to_one_party(body: str, expected: list) -> None:
    kb = kb_text(body + "\n" + DEFS.replace("Article 9", "Article 4"))
    assert [(o.article, o.modality, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 3] == expected


# A clause about a thing the text defines binds the one party whose earlier duty makes it ("Kiosk operators are to
# record kiosk logs" ... "Kiosk logs shall include the following:"); two such parties, or none, leave it unbound
TERM_DEFS = ('Article 1 "Kiosk logs" refers to records of the opening hours and faults of a kiosk. "Parcel slips" '
             'refers to the forms that accompany a parcel.\n\n')


@pytest.mark.parametrize(("body", "expected"), [
    ("Article 2 Kiosk operators are to record kiosk logs truthfully.\n\nArticle 3 Other.\n\nArticle 4 Kiosk logs "
     "shall include the following:\n(1) the opening hours;\n(2) the faults.\n", [KO]),
    ("Article 2 Parcel users shall fill in parcel slips.\n\nArticle 3 Other.\n\nArticle 4 Parcel slips must be "
     "legible.\n", [PU]),
    ("Article 2 Kiosk operators shall keep kiosk logs. Parcel users may read kiosk logs.\n\nArticle 3 Other.\n\n"
     "Article 4 Kiosk logs shall be accurate.\n", []),  # two parties deal with the logs: which one is not said
    ("Article 2 Kiosk operators shall keep records.\n\nArticle 3 Other.\n\nArticle 4 Parcel slips must be legible.\n",
     []),
])
def test_a_clause_about_a_defined_thing_binds_the_party_that_makes_it(body: str, expected: list) -> None:
    kb = kb_text(TERM_DEFS + body + "\n" + DEFS.replace("Article 9", "Article 5"))
    assert [kb.get(o.actors[0]).label for o in kb.obligations if o.article == 4] == expected


@pytest.mark.parametrize(("sentence", "modal"), [
    ("The logs referred to in Article 5 may be provided to parcel users.", True),
    ("Kiosk operators referred to in Article 12 may close kiosks at night.", True),
    ("The Kiosk Rules issued on 5 May 2021 shall be repealed.", False),
    ("The Kiosk Notice of May 2019 shall cease to be effective.", False),
])
def test_may_after_a_number_is_a_modal_but_the_month_is_not(sentence: str, modal: bool) -> None:
    from regkb.parse.obligations import unbound_clause
    kb = kb_for(sentence)
    found = [o for o in kb.obligations if o.article == 1] + [s for s in kb.statements if s.article == 1
                                                             and unbound_clause(s) is not None]
    assert bool(found) == modal


# --- session 5 (heldout4 as development set): each rule in invented wordings, none of them the set's sentences ---

def pairs(body: str, article: int = 1) -> list[tuple[str, list[str]]]:
    """(modality, bearer labels) of each clause of ``article``, in order (a clause with several bearers once)."""
    kb = kb_text(body) if body.startswith("Article") else kb_for(body)
    out: list[tuple[str, list[str]]] = []
    seen: dict[str, int] = {}
    for o in kb.obligations:
        if o.article != article:
            continue
        key = f"{o.provision}|{o.span.start}|{o.modality}"
        if key in seen:
            out[seen[key]][1].append(kb.get(o.actors[0]).label)
        else:
            seen[key] = len(out)
            out.append((o.modality, [kb.get(o.actors[0]).label]))
    return out


# Bare modifiers sharing one plural head keep an "of" complement of the head ("A, B and C departments of X": three
# kinds of department of X); a modifier set off by commas may hold its own "and" ("the housing and construction,
# water, and land departments": the commas separate, the inner "and" joins one field's name)
SHARED_HEADS = [
    ("Transport, commerce and market regulation departments of county governments shall inspect kiosks.",
     [("obligation", ["Transport departments of county governments", "Commerce departments of county governments",
                      "Market regulation departments of county governments"])]),
    ("Fire, health, and public security bureaus of the districts may close unsafe kiosks.",
     [("permission", ["Fire bureaus of the districts", "Health bureaus of the districts",
                      "Public security bureaus of the districts"])]),
    ("The housing and construction, water, and land departments shall survey locker sites.",
     [("obligation", ["Housing and construction departments", "Water departments", "Land departments"])]),
    ("The science and technology, finance and tax departments shall fund locker research.",
     [("obligation", ["Science and technology departments", "Finance departments", "Tax departments"])]),
    # guards: parties of their own stay whole, a proper name stays one
    ("Kiosk operators, parcel users and couriers of the city shall keep receipts.",
     [("obligation", [KO, PU, "Couriers of the city"])]),
    ("The Ministry of Science and Technology shall guide locker research.",
     [("obligation", ["Ministry of Science and Technology"])]),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_HEADS)
def test_shared_heads_with_a_complement_and_inner_and(sentence: str, expected: list) -> None:
    assert pairs(sentence) == expected


# "A, B and other Y": a list of kinds names each kind, "other Y" the last (not one party Y with aliases A and B);
# one instance before "and other Y" stays the kind Y (the seed's "application stores and other ... platforms")
OTHER_KINDS = [
    ("Couriers, kiosk operators and other enterprises may rent lockers.",
     [("permission", ["Couriers", KO, "Other enterprises"])]),
    ("Ferry companies, port authorities and other units shall report accidents.",
     [("obligation", ["Ferry companies", "Port authorities", "Other units"])]),
    ("Kiosk operators and other retailers shall display prices.", [("obligation", ["Retailers"])]),
]


@pytest.mark.parametrize(("sentence", "expected"), OTHER_KINDS)
def test_a_list_before_and_other_names_each_kind(sentence: str, expected: list) -> None:
    assert pairs(sentence) == expected


# A passive with coordinated agents binds each ("by A, B and C", "by A and by B"); "..., which/who shall each ..."
# after such agents binds them too; a by-phrase of things binds no one
BY_LISTS = [
    ("Locker fees may be collected by couriers, kiosk operators and other enterprises.",
     [("permission", ["Couriers", KO, "Other enterprises"])]),
    ("Meter accuracy shall be verified by the metrology institute and by the meter owners, who shall each keep the "
     "certificates.",
     [("obligation", ["Metrology institute", "Meter owners"]), ("obligation", ["Metrology institute", "Meter owners"])]),
    ("Ferry safety shall be ensured by ferry companies and by port operators (hereinafter \"carriers\"), which shall "
     "each appoint a safety officer.",
     [("obligation", ["Ferry companies", "Port operators"]), ("obligation", ["Ferry companies", "Port operators"])]),
    ("The costs of repair shall be borne by the kiosk owner.", [("obligation", ["Kiosk owner"])]),
]


@pytest.mark.parametrize(("sentence", "expected"), BY_LISTS)
def test_coordinated_agents_of_a_passive(sentence: str, expected: list) -> None:
    assert pairs(sentence) == expected


def test_a_by_phrase_of_things_binds_no_list() -> None:
    kb = kb_for("Parcels shall be delivered by hand and by post within two days.")
    assert [o for o in kb.obligations if o.article == 1] == []


# "They ..." / "It ..." opening a paragraph: the parties of the last duty of the paragraph before (same article), when
# the number agrees; otherwise reported, never guessed
PARAGRAPH_PRONOUNS = [
    ("Article 1 Couriers and kiosk operators may rent lockers.\n\nThey shall return the keys when the lease ends.",
     [("permission", ["Couriers", KO]), ("obligation", ["Couriers", KO])]),
    ("Article 1 Meter installers have the right to inspect meters.\n\nThey are encouraged to report faults, but may "
     "not open sealed meters.",
     [("right", ["Meter installers"]), ("encouragement", ["Meter installers"]), ("prohibition", ["Meter installers"])]),
    ("Article 1 The kiosk bureau shall inspect kiosks every year.\n\nIt may seal a kiosk that is unsafe.",
     [("obligation", ["Kiosk bureau"]), ("permission", ["Kiosk bureau"])]),
    # "It" after a plural party: the antecedent is another noun ("the bureau"); no bearer is guessed
    ("Article 1 Parcel users may complain to the kiosk bureau.\n\nIt shall reply within five days.",
     [("permission", [PU])]),
]


@pytest.mark.parametrize(("body", "expected"), PARAGRAPH_PRONOUNS)
def test_a_pronoun_opening_a_paragraph(body: str, expected: list) -> None:
    assert pairs(body + "\n\nArticle 2 Other.") == expected


def test_a_pronoun_without_antecedent_is_reported() -> None:
    kb = kb_text("Article 1 Parcel users may complain to the kiosk bureau.\n\nIt shall reply within five days.\n\n"
                 "Article 2 Other.")
    assert [s.text for s in kb.statements if s.reason.startswith("no bearer")] == ["It shall reply within five days."]


# "It is the responsibility / duty / obligation of X to ...": X bears it, the action is what follows "to"
RESPONSIBILITY_OF = [
    ("It is the responsibility of kiosk operators to keep the kiosks clean.",
     [("obligation", KO, "keep the kiosks clean")]),
    ("Where a locker breaks, it is the duty of the locker owner to repair it within three days.",
     [("obligation", "Locker owner", "repair it within three days")]),
    ("It is an obligation of parcel users to label fragile parcels.", [("obligation", PU, "label fragile parcels")]),
]


@pytest.mark.parametrize(("sentence", "expected"), RESPONSIBILITY_OF)
def test_it_is_the_responsibility_of(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


# "The State will support A in doing X, and encourage B to do Y": encouragements of A and of B (as "The State
# supports A in ..."); without a party and "to V" / "in V-ing" it stays the State's own task
STATE_WILL = [
    ("The State will support couriers in building shared lockers, and encourage kiosk operators to accept returns.",
     [("encouragement", "Couriers", "building shared lockers"), ("encouragement", KO, "accept returns")]),
    ("The State will encourage parcel users to recycle boxes.", [("encouragement", PU, "recycle boxes")]),
    ("The state will support kiosk research, promote exchanges, and encourage the sharing of kiosk data.",
     [("obligation", "State", "support kiosk research, promote exchanges, and encourage the sharing of kiosk data")]),
]


@pytest.mark.parametrize(("sentence", "expected"), STATE_WILL)
def test_the_state_will_support_or_encourage_a_party(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


# A negative adverbial opening an item's verb phrase ("under no circumstances", "in no case", "never") is its "not":
# a ban under a duty lead-in
NEGATIVE_ITEMS = [
    ("Article 1 Kiosk operators shall observe the following: (1) post their prices; (2) under no circumstances sell "
     "expired food; (3) keep receipts, and never reuse them.",
     [("obligation", KO, "observe the following"), ("obligation", KO, "post their prices"),
      ("prohibition", KO, "sell expired food"), ("obligation", KO, "keep receipts"), ("prohibition", KO, "reuse them")]),
    ("Article 1 Couriers shall comply with the following:\n\n1. wear their badges;\n2. in no case leave parcels "
     "unattended;\n3. at no time open a parcel.",
     [("obligation", "Couriers", "comply with the following"), ("obligation", "Couriers", "wear their badges"),
      ("prohibition", "Couriers", "leave parcels unattended"), ("prohibition", "Couriers", "open a parcel")]),
]


@pytest.mark.parametrize(("body", "expected"), NEGATIVE_ITEMS)
def test_a_negative_adverbial_in_an_item_is_a_ban(body: str, expected: list) -> None:
    kb = kb_text(body + "\n\nArticle 2 Other.")
    assert [(o.modality, kb.get(o.actors[0]).label, o.action.rstrip(";.")) for o in kb.obligations
            if o.article == 1] == expected


# "once a year", "once a quarter": a frequency, part of the action; "once the period expires" stays a condition
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kiosk operators shall inspect the locks once a year.", [("obligation", KO, None)]),
    ("Parcel users shall renew their cards once a calendar quarter.", [("obligation", PU, None)]),
    ("Kiosk operators shall delete the logs once the retention period expires.",
     [("obligation", KO, "once the retention period expires")]),
])
def test_once_a_year_is_a_frequency_not_a_condition(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


# A condition in two parts around the action ("When X, A shall ..., unless Y"): the part before the action is
# ``condition``, the part after it ``condition_after`` (each an exact slice of the source); the action holds neither
TWO_PART = [
    ("Where a kiosk is moved, the kiosk operator shall notify parcel users within three days, unless the move lasts "
     "less than one hour.",
     ("Where a kiosk is moved", "unless the move lasts less than one hour", "notify parcel users within three days")),
    ("When collecting parcel slips, couriers may keep a copy, except where the sender objects in writing.",
     ("When collecting parcel slips", "except where the sender objects in writing", "keep a copy")),
    ("In the annual inspection, kiosk operators shall present their logs, if so requested.",
     ("In the annual inspection", "if so requested", "present their logs")),
]


@pytest.mark.parametrize(("sentence", "expected"), TWO_PART)
def test_a_condition_in_two_parts_around_the_action(sentence: str, expected: tuple) -> None:
    text = f"---\ntitle: T\n---\nChapter I General\n\nArticle 1 {sentence}\n\nArticle 2 Other.\n\n{DEFS}\n"
    kb = kb_for(sentence)
    [o] = [o for o in kb.obligations if o.article == 1]
    assert (o.condition, o.condition_after, o.action) == expected
    assert o.condition_span is not None and o.condition_after_span is not None
    assert text[o.condition_span.start : o.condition_span.end] == o.condition
    assert text[o.condition_after_span.start : o.condition_after_span.end] == o.condition_after
    assert o.condition_text == f"{expected[0]} … {expected[1]}"
    assert o.dump()["condition_after"] == expected[1]


def test_a_one_part_condition_has_no_second_part_in_its_json() -> None:
    [o] = [o for o in kb_for("Where a kiosk is moved, the kiosk operator shall notify parcel users.").obligations
           if o.article == 1]
    assert o.condition_after is None and "condition_after" not in o.dump() and o.condition_text == o.condition


# "The following parties / entities shall ...": a forward reference, never a party "Following parties"; the lead-in
# binds the parties its table rows or its items name (each item a party's name and nothing else), else it is reported
FOLLOWING = [
    ("Article 1 The following parties shall perform these duties:\n\n| Entity | Responsibilities |\n|---|---|\n"
     "| Kiosk operators | Keep logs for one year. |\n| Parcel users | Label fragile parcels. |",
     [("obligation", [KO, PU]), ("obligation", [KO]), ("obligation", [PU])]),
    ("Article 1 The following entities shall register with the bureau: (1) kiosk operators; (2) couriers.",
     [("obligation", [KO, "Couriers"])]),
    ("Article 1 The following bodies shall keep logs:\n\n1. locker owners;\n2. the kiosk bureau.",
     [("obligation", ["Locker owners", "Kiosk bureau"])]),
    # an item that is more than a name: nothing guessed
    ("Article 1 The following parties shall keep logs: (1) locker owners; (2) parcel users that rent lockers.", []),
]


@pytest.mark.parametrize(("body", "expected"), FOLLOWING)
def test_the_following_parties_are_those_listed(body: str, expected: list) -> None:
    kb = kb_text(body + "\n\nArticle 2 Other.")
    assert pairs(body + "\n\nArticle 2 Other.") == expected
    assert not any("following" in a.label.lower() for a in kb.actors)


# A thing the text defines by the party that makes or holds it ("'Kiosk logs' refers to records kept by kiosk
# operators ...") binds that party in an agentless clause about it; a definition by means, not by a party, binds no one
MADE_BY_DEFS = ('Article 1 "Kiosk logs" refers to records kept by kiosk operators on the opening hours of a kiosk. '
                '"Parcel slips" means forms filled in by parcel users. "Meter readings" refers to data collected or '
                'generated by locker owners and by couriers (hereinafter collectively referred to as collectors). '
                '"Tracking data" refers to data generated by electronic means.\n\nArticle 2 Kiosk operators shall '
                'register. Parcel users may complain. Collectors shall keep records.\n\n')


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kiosk logs shall be kept for two years.", [KO]),
    ("Parcel slips must be legible.", [PU]),
    ("Meter readings shall be shared as a rule.", ["Collectors"]),
    ("Tracking data shall be stored in the territory.", []),
])
def test_a_thing_defined_by_its_maker_binds_the_maker(sentence: str, expected: list) -> None:
    kb = kb_text(MADE_BY_DEFS + f"Article 3 {sentence}\n\n" + DEFS.replace("Article 9", "Article 4"))
    assert [kb.get(o.actors[0]).label for o in kb.obligations if o.article == 3] == expected


# "The time limit / period (specified) in the preceding paragraph may be extended": the limit of the one party whose
# duty in that paragraph sets a time limit ("within 20 working days"); two such parties: reported
@pytest.mark.parametrize(("body", "expected"), [
    ("Article 1 The kiosk bureau shall decide on an application within 20 working days. Parcel users may complain."
     "\n\nThe period specified in the preceding paragraph may be extended by ten days with the head's approval.",
     ["Kiosk bureau"]),
    ("Article 1 Couriers shall return lost parcels no later than five days after finding them.\n\nThe time limit "
     "in the preceding paragraph may be extended where the sender agrees.", ["Couriers"]),
    ("Article 1 Couriers shall report within two days, and the kiosk bureau shall reply within five days.\n\n"
     "The time limit in the preceding paragraph may be extended once.", []),
])
def test_the_time_limit_of_the_preceding_paragraph(body: str, expected: list) -> None:
    kb = kb_text(body + "\n\nArticle 2 Other.")
    assert [kb.get(o.actors[0]).label for o in kb.obligations if o.provision.endswith("art_1__para_2")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "may only be V-ed by X": the by-agent after "only be" binds as after "be"
    ("Parcel data may only be used by kiosk operators for billing.", [("permission", [KO])]),
    ("Locker keys shall only be issued by the kiosk bureau and by couriers.",
     [("obligation", ["Kiosk bureau", "Couriers"])]),
    # a ship's or an aircraft's crew is a party (a collective of persons, like staff)
    ("The crew may refuse boarding to drunk passengers.", [("permission", ["Crew"])]),
    ("The cabin crew shall check the lockers before departure.", [("obligation", ["Cabin crew"])]),
])
def test_only_be_by_and_the_crew(sentence: str, expected: list) -> None:
    assert pairs(sentence) == expected


# A temporal "when" clause with its own subject closing the clause is its condition (also in a relative clause:
# "..., who shall report ... when a parcel is lost"); the relative "when" after a noun of time is not
@pytest.mark.parametrize(("body", "expected"), [
    ("Kiosk operators shall inform parcel users within two days when a kiosk is moved.",
     [("obligation", KO, "when a kiosk is moved")]),
    ("Kiosk operators shall each appoint a safety officer, who shall report to the kiosk bureau when a parcel is lost.",
     [("obligation", KO, None), ("obligation", "Safety officer", "when a parcel is lost")]),
    ("Kiosk operators shall record the time when the kiosk was opened.", [("obligation", KO, None)]),
    ("Kiosk operators may open kiosks only when the bureau agrees.", [("permission", KO, None)]),
])
def test_a_closing_when_clause_is_the_condition(body: str, expected: list) -> None:
    assert facts(body) == expected
