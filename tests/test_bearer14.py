"""Session 13, helper bearer14: a duty's subject is a party by English grammar, not by the list of nouns of the texts
seen so far (parse/parties.py). Fields no development text covers (salvage, funerals, seed breeding, mountain
guiding, blood banks, notaries, couriers, lotteries, veterinary clinics, film dubbing); every row in two wordings
(two modal forms, singular and plural), with guards for thing and abstract subjects that must stay no party.
"""

from __future__ import annotations

import pytest

from regkb.parse.parties import PARTY_NOUNS, agent_noun, party_rule

from .conftest import kb_text


def bearers(body: str, article: int = 1) -> list[str]:
    """The bearer labels of the duties of ``article`` in a text whose Article 1 is ``body``."""
    kb = kb_text(f"Chapter I General\n\nArticle 1 {body}\n\nArticle 2 Other matters are left to the bureau.")
    return sorted({kb.get(a).label for o in kb.obligations if o.article == article for a in o.actors})


# (subject as the first translator writes it, the same party in another translator's wording)
PARTIES = [
    # derivation: a person suffix
    ("Salvors shall keep a log of every operation.", "A salvor must report each salvage to the harbour office."),
    ("Agronomists shall sign the test report.", "The agronomist is required to sign each test report."),
    ("Clinicians shall record each transfusion.", "A clinician must not transfuse blood without a cross-match."),
    ("Consignees shall declare the parcel.", "The consignee is required to declare each parcel."),
    ("Claimants shall file the claim within a year.", "A claimant must file a claim within one year."),
    ("Entrepreneurs shall register the studio.", "An entrepreneur is required to register a studio."),
    # "-ary" is no living suffix: its person nouns are listed ("veterinary" is an adjective of a compound)
    ("Notaries shall keep the originals.", "A notary must not disclose the content of a deed."),
    ("Veterinary technicians shall keep a drug log.", "A veterinary technician must keep a log of each drug."),
    ("Beneficiaries shall present an identity card.", "A beneficiary is required to present an identity card."),
    # the office of agents: "-orate", "-ariat"
    ("The maritime inspectorate shall inspect salvage vessels.", "An inspectorate may suspend a salvage permit."),
    ("The seed directorate shall publish the list of varieties.", "The directorate must publish a list of varieties."),
    ("The secretariat shall keep the minutes.", "The secretariat is required to keep minutes of each meeting."),
    # closed compounds: "-man", "-person", "-smith"
    ("Seedsmen shall label each bag.", "A seedsman must label every bag of seed."),
    ("The chairperson shall convene the meeting.", "A chairperson is required to convene a meeting each year."),
    ("Locksmiths shall keep a register of keys cut.", "A locksmith must keep a register of keys cut."),
    # closed classes: bodies, establishments, persons with no living suffix
    ("The salvage tribunal shall hear the claim.", "A tribunal may award salvage."),
    ("The notaries' guild shall keep a roll of members.", "Guilds must keep a roll of their members."),
    ("Seed testing laboratories shall keep samples for a year.", "A testing laboratory must keep each sample."),
    ("Funeral parlours shall display their prices.", "A funeral parlour must display its prices."),
    ("Nurses shall check the donor's identity.", "A nurse is required to check a donor's identity."),
    ("Heirs shall sign the inventory.", "An heir must sign the inventory."),
    ("Witnesses shall sign the deed.", "A witness must not sign a deed he has not read."),
    # a plural modifier before an agent noun is no subject before its verb
    ("Customs brokers shall keep the declarations.", "A customs broker must keep each declaration."),
    ("Platform managers shall keep the logs.", "A platform manager is required to keep logs."),
    # a proper name of a body whose head is a body only in a name
    ("The Harbour Board shall publish the salvage tariffs.", "The Harbour Board may revoke a berth permit."),
    ("The Film Review Panel shall review each dubbed film.", "The Film Review Panel must not review its own films."),
    # a participle as the noun phrase, "those" with a participle or "with"
    ("The insured shall report the loss at once.", "The insured are required to report a loss within two days."),
    ("The bereaved may choose the funeral parlour.", "The bereaved shall sign the cremation form."),
    ("Those holding a seed production permit shall keep records.", "Those with a seed permit must keep records."),
    ("Those engaged in salvage shall keep a log.", "Those engaged in towing are required to keep a log."),
    ("People who swim in the reservoir shall wear a cap.", "Young people must not swim alone at night."),
    # a noun that names a tool and a trade alike ("cutter", "binder") is read by its suffix: the person here
    ("Key cutters shall keep a register of every key they cut.", "A key cutter must not copy a key without a receipt."),
    ("Binders shall keep the original pages of each book.", "A bookbinder is required to return the original pages."),
]


@pytest.mark.parametrize("body", [b for row in PARTIES for b in row])
def test_a_party_named_by_grammar_bears_the_duty(body: str) -> None:
    assert bearers(body), body


# what the text teaches about its own parties: a noun no rule knows becomes one when the text uses it where only a
# party can stand (violator, ordered party, by-agent of an administrative act, employer of staff, right holder)
TEACHERS = [
    "Where a kiosk violates Article 1, the bureau shall order it to make corrections.",
    "Where the kiosk fails to comply with Article 1, a fine of 500 yuan shall be imposed.",
    "The bureau shall order the kiosk to make corrections within ten days.",
    "The bureau shall impose a fine of 1,000 yuan on the kiosk.",
    "Each sales receipt is issued by the kiosk at the time of sale.",
    "The staff of the kiosk shall wear badges.",
    "Kiosks have the right to refuse a torn banknote.",
]


@pytest.mark.parametrize("teacher", TEACHERS)
@pytest.mark.parametrize("duty", ["Kiosks shall keep a sales log.",
                                  "A kiosk must not sell a ticket to a minor."])
def test_a_noun_the_text_uses_as_a_party_bears_the_duty(duty: str, teacher: str) -> None:
    kb = kb_text(f"Chapter I General\n\nArticle 1 {duty}\n\nArticle 2 {teacher}")
    assert [o for o in kb.obligations if o.article == 1 and o.actors], (duty, teacher)


def test_without_a_teacher_the_unknown_noun_bears_nothing() -> None:
    assert bearers("Kiosks shall keep a sales log.") == []


# thing and abstract subjects, the subject of a passive: no party, in two wordings each (head, wording 1, wording 2)
THINGS = [
    ("application", "The application shall include the applicant's name.",
     "An application must state the applicant's name."),
    ("label", "The label shall state the variety.",
     "Each label must state the variety and the lot."),
    ("fee", "The fee shall be paid in advance.",
     "The fee shall not exceed 200 yuan."),
    ("plan", "The plan shall include the bin sites.",
     "The plan must set out the bin sites."),
    ("register", "The register shall record each key.",
     "A register must show every key cut."),
    ("ledger", "The ledger shall show each sale.",
     "The ledger must show each sale."),
    ("permit", "The permit shall state the holder.",
     "A permit must state its holder."),
    ("certificate", "The certificate shall show the variety.",
     "A certificate must show the variety."),
    ("estimate", "The estimate shall include the cost of the salvage.",
     "An estimate must include the cost."),
    ("itinerary", "The itinerary shall list each camp.",
     "An itinerary must list each camp."),
    ("commentary", "The commentary shall follow the original script.",
     "A commentary must follow the script."),
    ("decree", "The decree shall take effect on 1 May.",
     "The decree must be published."),
    ("guarantee", "The guarantee shall cover the full price.",
     "A guarantee must cover the full price."),
    ("checklist", "The checklist shall include the oxygen supply.",
     "A checklist must include the oxygen supply."),
    ("payment", "The payment shall be made in cash.",
     "A payment must be made in cash."),
    ("registration", "The registration shall be renewed each year.",
     "Each registration must state the variety."),
    ("board", "The notice board shall show the prices.",
     "A notice board must show the prices."),
    ("plan", "The Implementation Plan shall include the sites.",
     "The Annual Work Plan must include the sites."),
    ("system", "Each ticket bears a number issued by the system. The system shall record each sale.",
     "Each code is issued by the system. The system must record each code."),
]


@pytest.mark.parametrize(("head", "body"), [(h, b) for h, *bodies in THINGS for b in bodies])
def test_a_thing_as_subject_is_no_party(head: str, body: str) -> None:
    assert not [b for b in bearers(body) if head in b.lower()], body


def test_capitals_inside_a_list_of_bodies_are_no_bodies_of_their_own() -> None:
    body = ("The Ministry of Industry and Information Technology, National Radio and Television Administration, etc., "
            "shall strengthen supervision.")
    assert "Information Technology" not in bearers(body)
    assert "National Radio" not in bearers(body)


# the rules themselves, as a table: (head noun, the rule that makes it a party, or None)
RULES = [("salvor", "agent"), ("agronomist", "agent"), ("clinician", "agent"), ("consignee", "agent"),
         ("entrepreneur", "agent"), ("claimant", "agent"), ("inspectorate", "office"), ("directorate", "office"),
         ("secretariat", "office"), ("seedsman", "compound"), ("chairperson", "compound"), ("pawnshop", "compound"),
         ("tribunal", "list"), ("notary", "list"),
         ("payment", None), ("itinerary", None), ("veterinary", None), ("decree", None), ("checklist", None),
         ("doctorate", None), ("estimate", None), ("certificate", None), ("workshop", None), ("german", None)]  # (review14: a room of a factory, no establishment)


@pytest.mark.parametrize(("head", "rule"), RULES)
def test_the_rule_that_names_a_party(head: str, rule: str | None) -> None:
    assert party_rule(head) == rule


def test_the_lexicon_is_in_one_place() -> None:
    from regkb.parse import obligations

    assert obligations.PARTY_NOUNS is PARTY_NOUNS
    assert agent_noun("maker") and not agent_noun("matter")


# a noun inside an "of" complement is not the one the relative clause or the verb is about: "an operator of a kiosk
# that violates" teaches "operator", not "kiosk"
@pytest.mark.parametrize("teacher", [
    "An operator of a kiosk that violates Article 1 shall be fined 500 yuan.",
    "Where the owner of a kiosk violates Article 1, the bureau shall impose a fine of 500 yuan.",
])
def test_a_noun_in_an_of_complement_is_taught_nothing(teacher: str) -> None:
    kb = kb_text(f"Chapter I General\n\nArticle 1 Kiosks shall keep a sales log.\n\nArticle 2 {teacher}")
    assert not [o for o in kb.obligations if o.article == 1 and o.actors]


# an indefinite agent of a passive names the kind of agent the act needs, not a party the text binds
@pytest.mark.parametrize(("body", "agent"), [
    ("The autoclave of a studio shall be tested by an approved laboratory every six months.", "laboratory"),
    ("The wiring of each parlour must be examined by a licensed electrician once a year.", "electrician"),
])
def test_an_indefinite_agent_of_a_passive_bears_nothing(body: str, agent: str) -> None:
    assert not [b for b in bearers(body) if agent in b.lower()]


@pytest.mark.parametrize("body", [
    "Guest records shall be kept by the hotel for two years.",
    "Sales logs must be kept by kiosk operators for one year.",
])
def test_a_definite_or_plural_agent_of_a_passive_still_bears_it(body: str) -> None:
    assert bearers(body)


# modifiers sharing one head: any party head by the rules of parties.py shares, not only a listed one
@pytest.mark.parametrize(("body", "expected"), [
    ("The fisheries, maritime and customs inspectorates shall inspect salvage vessels.",
     ["Customs inspectorates", "Fisheries inspectorates", "Maritime inspectorates"]),
    ("Salvage, towing and diving contractors must keep a log of each operation.",
     ["Diving contractors", "Salvage contractors", "Towing contractors"]),
])
def test_modifiers_share_a_head_named_by_grammar(body: str, expected: list[str]) -> None:
    assert bearers(body) == expected


@pytest.mark.parametrize(("body", "party"), [
    ("Final assembly shall take place in a clean room.", False),
    ("The General Assembly shall elect the board.", True),
    ("The foundation of each kiosk shall bear its weight.", False),
    ("The Blood Donation Foundation must publish its accounts.", True),
])
def test_a_noun_that_is_a_body_only_in_a_name(body: str, party: bool) -> None:
    assert bool(bearers(body)) is party
