"""Issue 12, session 7: who bears a duty (helper `bearers`). Rules found on heldout6 (a development set since
session 7), each tested here in invented wordings other than the text that prompted it (fields: kiosks, ferries,
lockers, meters, parks), with guards for the readings that must not change.
"""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text


def kb_for(body: str) -> KnowledgeBase:
    return kb_text(f"Chapter I General\n\nArticle 1 {body}\n\nArticle 2 Other.")


def bearers(body: str, article: int = 1) -> list[tuple[str, list[str], str | None]]:
    """(modality, bearer labels, condition) of each clause of ``article``, in text order."""
    kb = kb_for(body)
    out: dict[tuple[str, str, str | None], list[str]] = {}
    for o in kb.obligations:
        if o.article == article:
            out.setdefault((o.action, o.modality, o.condition), []).append(kb.get(o.actors[0]).label)
    return [(modality, labels, cond) for (_a, modality, cond), labels in out.items()]


# --- a relative clause whose verb has a party as its object is no clause with a subject of its own ----------------
# Before, "Entities that operate display platforms shall ..." was read like "the rules that platform operators shall
# follow" (a relative clause with its own subject, "operate display platforms"), and the duty was dropped silently.
RELATIVE_WITH_PARTY_OBJECT = [
    ("Firms that employ couriers shall train them every year.",
     [("obligation", ["Firms that employ couriers"], None)]),
    ("Organisations that train drone pilots shall keep training records.",
     [("obligation", ["Organisations that train drone pilots"], None)]),
    ("Companies that hire ferry operators must check their licences, and may not hire unlicensed crews.",
     [("obligation", ["Companies that hire ferry operators"], None),
      ("prohibition", ["Companies that hire ferry operators"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE_WITH_PARTY_OBJECT)
def test_a_relative_clause_with_a_party_as_object_keeps_the_duty(body: str, expected: list) -> None:
    assert bearers(body) == expected


@pytest.mark.parametrize("body", [
    "Kiosk operators shall follow the rules that platform operators shall publish.",
    "Ferry operators shall meet the standards that port authorities may set.",
])
def test_a_relative_clause_with_its_own_subject_stays_in_the_action(body: str) -> None:
    kb = kb_for(body)
    got = [(o.modality, o.action) for o in kb.obligations if o.article == 1]
    assert len(got) == 1 and ("shall publish" in got[0][1] or "may set" in got[0][1])


# --- a bare general noun ("entities", "enterprises") is named by its relative clause --------------------------------
# "Entities" alone names no party of a text; "entities that run lockers" does. Such a relative clause is the party's
# name, not a condition; after a named or quantified noun it stays the condition (guide 3, 1.6).
NAMED_BY_RELATIVE = [
    ("Entities that run parcel lockers shall register each locker.",
     [("obligation", ["Entities that run parcel lockers"], None)]),
    ("Enterprises that repair gas meters shall keep repair logs, and are not allowed to reset the readings.",
     [("obligation", ["Enterprises that repair gas meters"], None),
      ("prohibition", ["Enterprises that repair gas meters"], None)]),
    ("Organizations who run ferry terminals shall post the timetable.",
     [("obligation", ["Organizations who run ferry terminals"], None)]),
    # a verb list inside the clause stays in the name
    ("Entities that collect, store or use kiosk data shall protect it.",
     [("obligation", ["Entities that collect, store or use kiosk data"], None)]),
    # general nouns coordinated before one clause: each is named by it
    ("Enterprises and institutions that hold kiosk permits shall keep logs.",
     [("obligation", ["Enterprises that hold kiosk permits", "Institutions that hold kiosk permits"], None)]),
    # the last conjunct of a list keeps its own name; the others are not narrowed by it
    ("Kiosk operators, couriers as well as entities that run parcel lockers shall cooperate with the inspection.",
     [("obligation", ["Kiosk operators", "Couriers", "Entities that run parcel lockers"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), NAMED_BY_RELATIVE)
def test_a_bare_general_noun_is_named_by_its_relative_clause(body: str, expected: list) -> None:
    assert bearers(body) == expected


def test_singular_and_plural_mentions_of_a_relative_name_are_one_party() -> None:
    kb = kb_for("Entities that run parcel lockers shall register. An entity that runs a parcel locker may not sell "
                "the codes.")
    labels = {kb.get(o.actors[0]).label for o in kb.obligations if o.article == 1}
    assert labels == {"Entities that run parcel lockers"}


NARROWED_NOT_NAMED = [
    # a quantifier: anyone of that kind, narrowed (guide 1.4)
    ("Any entity that runs a parcel locker shall register it.", "Any entity", "that runs a parcel locker"),
    # a named party: the clause narrows it
    ("Kiosk operators that run more than ten kiosks shall appoint a safety officer.", "Kiosk operators",
     "that run more than ten kiosks"),
    ("Relevant entities that receive meter data shall keep it confidential.", "Relevant entities",
     "that receive meter data"),
]


@pytest.mark.parametrize(("body", "label", "condition"), NARROWED_NOT_NAMED)
def test_a_named_or_quantified_noun_keeps_its_relative_clause_as_condition(body: str, label: str, condition: str) -> None:
    assert [(b, c) for _m, b, c in bearers(body)] == [([label], condition)]


def test_the_definite_general_noun_is_a_mention_with_a_condition() -> None:
    # "The body that receives the application": a party named before, narrowed; not a new party
    body = ("Public kiosk bodies shall share kiosk data. The body that receives the application shall reply within "
            "ten days.")
    assert bearers(body)[-1][2] == "that receives the application"


# --- "A, B and other C that ... (hereinafter X)": one class, C with its modifier ------------------------------------
COLLECTIVE = [
    ('Kiosk makers, locker makers and other enterprises that build street furniture (hereinafter "furniture makers") '
     "shall register. Furniture makers shall keep logs.",
     [("obligation", ["Enterprises that build street furniture"], None)]),
    ("Ferry companies, harbour pilots and other bodies that carry river passengers (hereinafter referred to as "
     "carriers) may not sell tickets twice, and shall publish the fares.",
     [("prohibition", ["Bodies that carry river passengers"], None),
      ("obligation", ["Bodies that carry river passengers"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), COLLECTIVE)
def test_a_collective_short_name_gathers_one_class(body: str, expected: list) -> None:
    got = bearers(body)
    assert [(m, b) for m, b, _c in got][: len(expected)] == [(m, b) for m, b, _c in expected]
    assert all(c is None for _m, _b, c in got[: len(expected)])
    # every mention of the short name is that one class
    assert {lab for _m, b, _c in got for lab in b} == set(expected[0][1])


def test_a_list_before_other_without_a_short_name_still_names_each_kind() -> None:
    assert bearers("Natural persons, legal persons and other organisations shall comply with these rules.") == [
        ("obligation", ["Natural persons", "Legal persons", "Other organisations"], None)]


# --- "A and B <government bodies>": one portfolio unless the text names A and B each as a field --------------------
PORTFOLIOS = [
    ("The parks and gardens bureaus of cities and counties shall inspect the kiosks.",
     [("obligation", ["Parks and gardens bureaus of cities and counties"], None)]),
    ("Ferry and harbour agencies shall check the tickets.",
     [("obligation", ["Ferry and harbour agencies"], None)]),
    # a serial comma separates bodies; the "and" inside a comma-separated modifier joins one field
    ("The tax and revenue, finance, and parks and gardens departments of the county government shall fund kiosks.",
     [("obligation", ["Tax and revenue departments of the county government", "Finance departments of the county "
                      "government", "Parks and gardens departments of the county government"], None)]),
    ("Kiosk operators, ferry operators as well as ferry and harbour agencies that request logs shall show a warrant.",
     [("obligation", ["Kiosk operators", "Ferry operators", "Ferry and harbour agencies"], "that request logs")]),
]


@pytest.mark.parametrize(("body", "expected"), PORTFOLIOS)
def test_coordinated_fields_of_government_bodies_are_one_portfolio(body: str, expected: list) -> None:
    assert bearers(body) == expected


TWO_FIELDS = [
    # the text names each field alone: two kinds of body
    ("The ferry bureau shall license boats. The harbour bureau shall license berths. The ferry and harbour bureaus "
     "shall, within their remits, inspect piers.",
     ["Ferry bureau", "Harbour bureau"]),
    # one field named alone is enough ("the parks office" names a body of its own)
    ("The parks office shall keep maps. The parks and tourism bureaus shall inspect kiosks.",
     ["Parks bureaus", "Tourism bureaus"]),
    ("The Ministry of Tourism shall guide. Parks and tourism bureaus of counties shall inspect kiosks.",
     ["Parks bureaus of counties", "Tourism bureaus of counties"]),
    # not government bodies: coordinated modifiers name one kind each (guide 1.1)
    ("Educational and scientific research institutions shall share kiosk data.",
     ["Educational institutions", "Scientific research institutions"]),
]


@pytest.mark.parametrize(("body", "expected"), TWO_FIELDS)
def test_fields_the_text_names_alone_or_other_heads_stay_distributed(body: str, expected: list) -> None:
    assert bearers(body)[-1][1] == expected


# --- party nouns: establishments that bear duties -----------------------------------------------------------------
ESTABLISHMENTS = [
    ("Where a museum entrusts a courier with a loan, the museum and the courier company shall sign a contract.",
     [("obligation", ["Museum", "Courier company"], "Where a museum entrusts a courier with a loan")]),
    ("Dairy farms may check the codes, and are entitled to report fake feed.",
     [("permission", ["Dairy farms"], None), ("right", ["Dairy farms"], None)]),
    ("Clinics and pharmacies shall keep the records for three years.",
     [("obligation", ["Clinics", "Pharmacies"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), ESTABLISHMENTS)
def test_establishments_are_parties(body: str, expected: list) -> None:
    assert bearers(body) == expected


# --- a name given by "shall be collectively referred to as" is a definition, never a duty --------------------------
@pytest.mark.parametrize("body", [
    'Firms other than ferry operators that run harbour stations shall be collectively referred to as "station firms".',
    'Bodies other than kiosk bureaus that license kiosk operators shall be referred to as "licensing bodies".',
])
def test_a_name_given_is_no_duty(body: str) -> None:
    kb = kb_for(body)
    assert [o for o in kb.obligations if o.article == 1] == []
    assert [s.reason for s in kb.statements if s.article == 1] == ["not a duty: definitions"]


# --- a lead-in ended by a full-width colon (a text pasted from a Chinese source) binds its items' bearer ------------
FULL_WIDTH_LEAD_INS = [
    ("Kiosk operators are obliged to perform the following safety duties：\n（一）keep a log of each kiosk；\n"
     "（二）lock the kiosks at night；\n（三）report thefts within one day.",
     ["perform the following safety duties", "keep a log of each kiosk", "lock the kiosks at night",
      "report thefts within one day"]),
    ("Ferry operators shall take the following measures：\n(1) check the life jackets；\n(2) count the passengers.",
     ["take the following measures", "check the life jackets", "count the passengers"]),
]


@pytest.mark.parametrize(("body", "expected"), FULL_WIDTH_LEAD_INS)
def test_a_full_width_colon_ends_a_lead_in(body: str, expected: list) -> None:
    kb = kb_for(body)
    got = [(o.action, kb.get(o.actors[0]).label) for o in kb.obligations if o.article == 1]
    assert [a for a, _ in got] == expected
    assert len({b for _, b in got}) == 1


# --- "A <attribute>, as well as the B entrusted by them, shall": two parties, the attribute A's condition -----------
SECOND_PARTY_ENTRUSTED = [
    ("Owners of ferry terminals with more than ten berths, as well as the security firms hired by them, shall keep "
     "logs.", [("obligation", ["Owners of ferry terminals", "Security firms"], "with more than ten berths")]),
    ("Operators of parcel lockers having more than 500 doors, as well as the maintenance companies entrusted by them, "
     "ought to check the locks monthly.",
     [("obligation", ["Operators of parcel lockers", "Maintenance companies"], "having more than 500 doors")]),
]


@pytest.mark.parametrize(("body", "expected"), SECOND_PARTY_ENTRUSTED)
def test_a_party_entrusted_by_the_first_is_a_bearer_by_its_own_name(body: str, expected: list) -> None:
    assert bearers(body) == expected



# --- "A and their relevant departments"; a participle pointing back to the party before narrows no one ------------
MORE_COORDINATION = [
    ("The people's governments of counties and their relevant departments shall guide kiosk operators.",
     [("obligation", ["People's governments of counties", "Departments of people's governments of counties"], None)]),
    ("Ferry bureaus and their relevant departments shall inspect piers.",
     [("obligation", ["Ferry bureaus", "Departments of ferry bureaus"], None)]),
    ("Owners of vehicles and the drivers employed by them shall keep trip records.",
     [("obligation", ["Owners of vehicles", "Drivers"], None)]),
    ("Kiosk operators and the security firms hired by them shall keep logs.",
     [("obligation", ["Kiosk operators", "Security firms"], None)]),
    # a party before a plural head with three or more "of" complements: each complement its own party (guide 1.4)
    ("The State Council and the people's governments of provinces, autonomous regions and municipalities directly "
     "under the Central Government shall supervise kiosks.",
     [("obligation", ["State Council", "People's governments of provinces", "People's governments of autonomous "
                      "regions", "People's governments of municipalities directly under the Central Government"],
       None)]),
    ("The kiosk bureau and the people's governments of cities, counties and townships shall inspect kiosks.",
     [("obligation", ["Kiosk bureau", "People's governments of cities", "People's governments of counties",
                      "People's governments of townships"], None)]),
    # establishments that bear duties
    ("Hotels and restaurants shall post the notice at the entrance.",
     [("obligation", ["Hotels", "Restaurants"], None)]),
    ("Public libraries shall open the archives to readers.", [("obligation", ["Public libraries"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), MORE_COORDINATION)
def test_more_coordinated_bearers(body: str, expected: list) -> None:
    assert bearers(body) == expected


# --- "A or B" between parties: two bearers (guide 1.4); a universal pair and "A or other B" stay one -------------
OR_PARTIES = [
    ("Kiosk operators or locker operators that find a fault shall report it.",
     [("obligation", ["Kiosk operators", "Locker operators"], "that find a fault")]),
    ("Either the ferry operator or the harbour pilot shall log the delay.",
     [("obligation", ["Ferry operator", "Harbour pilot"], None)]),
    ("Any organization or individual may report it.", [("permission", ["Any organization or individual"], None)]),
    ("Parents or other guardians shall accompany the child.", [("obligation", ["Parents or other guardians"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), OR_PARTIES)
def test_or_between_parties(body: str, expected: list) -> None:
    assert bearers(body) == expected


# --- "engaged in": a general noun named by it, as by a relative clause -------------------------------------------
ENGAGED_IN = [
    ("Enterprises engaged in kiosk repair shall keep logs.",
     [("obligation", ["Enterprises engaged in kiosk repair"], None)]),
    ("Entities engaged in the sale of ferry tickets shall register. An entity engaged in the sale of ferry tickets may "
     "not resell them.",
     [("obligation", ["Entities engaged in the sale of ferry tickets"], None),
      ("prohibition", ["Entities engaged in the sale of ferry tickets"], None)]),
]


@pytest.mark.parametrize(("body", "expected"), ENGAGED_IN)
def test_engaged_in_names_a_general_noun(body: str, expected: list) -> None:
    assert bearers(body) == expected


@pytest.mark.parametrize(("body", "label"), [
    ("The department or institution designated by the kiosk bureau shall publish the list.",
     "Department or institution designated by the kiosk bureau"),
    ("The operator or provider of the locker platform shall keep logs.", "Operator or provider of the locker platform"),
])
def test_a_bare_head_before_or_is_not_split_from_the_modifiers_it_shares(body: str, label: str) -> None:
    assert bearers(body) == [(bearers(body)[0][0], [label], None)]
