"""Session 15, helper probe19b: forms of sanctions, definitions, references and conditions that a probe of real
English translations of Chinese laws (by many translators) showed missed or wrong, and the lead's three calls on
sanctions (guide 1.12). Every row is written here in two invented fields (ferry operators, pet groomers; no sentence of
the probe or of any set), with negative rows where the same words state no such thing."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Ferry operators shall check the life jackets before each crossing. Pet groomers shall keep a "
           "register of the animals in their care. The harbour office and the animal health bureau shall inspect them.")
FO = "ferry operator"
PG = "pet groomer"
HO = "harbour office"
AB = "animal health bureau"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

SANCTIONS: list[Row] = [
    # an agent's name runs on through the field its department serves and its level
    ("agent: department for a field", "Where a ferry operator carries passengers without a licence, it shall be ordered "
     "by the department for water transport to stop the service.", [(FO, "department for water transport", "ordered")]),
    ("agent: bureau for a field", "Where a pet groomer violates Article 1, it shall be fined 2,000 yuan by the "
     "administrative bureau for animal health and welfare.", [(PG, "administrative bureau for animal health and "
                                                              "welfare", "fined")]),
    ("agent: level", "Where a pet groomer violates Article 1, it shall be given a warning by the animal health bureau at "
     "the county level.", [(PG, "animal health bureau at the county level", "warning")]),
    ("neg agent: for each day", "Where a ferry operator violates Article 1, it shall be fined 100 yuan by the harbour "
     "office for each day of delay.", [(FO, HO, "fined")]),
    ("neg agent: for a wrong", "Where a pet groomer violates Article 1, it shall be fined by the animal health bureau "
     "for infringement of the register rules.", [(PG, AB, "fined")]),
    # the means or the measure after the agent is no part of its name
    ("agent: by warning", "Where a pet groomer violates Article 1, it may be punished by the animal health bureau by "
     "warning or by a fine.", [(PG, AB, "punished")]),
    ("agent: in light of", "Where a ferry operator violates Article 1, a fine shall be imposed by the harbour office in "
     "light of the harm done.", [(FO, HO, "fine")]),
    # a bare doer of a wrong names no party
    ("violators of", "The harbour office may impose a fine of 500 yuan on violators of Article 1.", [(None, HO, "fine")]),
    ("the offenders", "Where Article 1 is violated at a grooming salon, the offenders shall be fined 200 yuan by the "
     "animal health bureau.", [(None, AB, "fined")]),
    # a relative clause after the fined party tells what it did
    ("object's relative clause", "The harbour office shall impose a fine on the ferry operator which sails after "
     "dark.", [(FO, HO, "fine")]),
    ("party before the fine", "The animal health bureau may impose on the pet groomer who sells expired shampoo a fine "
     "of 300 yuan.", [(PG, AB, "fine")]),
    ("party before the fine", "The harbour office may impose on the ferry operator a fine of not less than 500 yuan "
     "where it sails after dark.", [(FO, HO, "fine")]),
    # a role written as a relative clause with a copula names the group penalised
    ("who are directly in charge", "Where a ferry operator violates Article 1 and the circumstances are serious, the "
     "persons who are directly in charge and the other persons who are directly responsible shall each be fined "
     "1,000 yuan.", [("persons who are directly in charge and the other persons who are directly responsible", None,
                      "fined")]),
    ("the other", "Where a pet groomer violates Article 1, the persons directly in charge and the other persons "
     "directly responsible shall be given a disciplinary warning.",
     [("persons directly in charge and the other persons directly responsible", None, "warning")]),
    ("to which X belongs", "Where a groomer employed by a salon injures an animal in violation of Article 1, the salon "
     "to which the groomer belongs shall bear liability for compensation.",
     [("salon to which the groomer belongs", None, "liability")]),
    # a comma inside the subject's list of nouns does not end the condition
    ("comma in the subject's list", "In a case where a ferry sinks because of overloading in violation of Article 1, "
     "the operator of the ferry, pier or jetty and the captain shall be investigated for criminal liability.",
     [("operator of the ferry, pier or jetty and the captain", None, "criminal")]),
    ("comma in the subject's list", "In a case where an animal dies because of a violation of Article 1, the keeper of "
     "the salon, van or kennel and the groomer shall be investigated for criminal liability.",
     [("keeper of the salon, van or kennel and the groomer", None, "criminal")]),
    # not performing obligations named as such is a violation
    ("fails to perform obligations", "Where a ferry operator fails to perform the safety obligations provided in "
     "Article 1, the harbour office shall order correction.", [(FO, HO, "order")]),
    ("fails to discharge duties", "Where a pet groomer fails to discharge its duties under Article 1, the animal health "
     "bureau shall give it a warning.", [(PG, AB, "warning")]),
    ("bear all the civil responsibility", "Where a ferry operator loses a passenger's bag in breach of Article 1, it "
     "should bear all the civil responsibility.", [(FO, None, "responsibility")]),
    # guide 1.12 (b): answering under the criminal law is criminal liability
    ("1.12 b: answer for it", "A ferry operator that sails with forged papers shall answer for it under criminal law.",
     [(FO, None, "criminal law")]),
    ("1.12 b: answerable", "Where a pet groomer sells banned drugs, the pet groomer shall be answerable under the "
     "criminal law.", [(PG, None, "criminal law")]),
    ("neg 1.12 b: answer questions", "A ferry operator shall answer the questions of passengers politely.", []),
    ("neg 1.12 b: answerable to a body", "Pet groomers shall be answerable to the animal health bureau for the animals "
     "in their care.", []),
    # guide 1.12 (c): a violation named as an act takes its doer from the sentence
    ("1.12 c: the conduct of X", "Where the conduct of a ferry operator violates Article 1, the harbour office shall "
     "order it to make corrections.", [(FO, HO, "order")]),
    ("1.12 c: such acts", "A pet groomer shall not sell banned drugs. Where such acts constitute a crime, criminal "
     "liability shall be pursued.", [(PG, None, "criminal")]),
    ("1.12 c: such acts", "A ferry operator shall not carry explosives. Where such conduct constitutes a crime, "
     "criminal liability shall be pursued.", [(FO, None, "criminal")]),
    ("1.12 c: their conduct", "Staff of the animal health bureau who neglect their duties shall be given sanctions by "
     "their employing units. If their conduct amounts to a crime, they shall answer for it under criminal law.",
     [("staff of the animal health bureau", "employing units", "sanctions"), ("staff of the animal health bureau", None,
                                                                  "criminal law")]),
    ("1.12 c: the conduct of such X", "Staff of the harbour office who abuse their powers shall be given sanctions "
     "according to law; if the conduct of such staff constitutes a crime, criminal liability shall be investigated.",
     [("staff of the harbour office", None, "sanctions"), ("staff of the harbour office", None, "criminal")]),
    ("neg 1.12 c: acts of the provisions", "Where a ferry operator violates Article 1, the harbour office shall give it "
     "a warning. Where any act referred to in the preceding article or in this Article constitutes a crime, criminal "
     "liability shall be investigated.", [(FO, HO, "warning"), (None, None, "criminal")]),
    ("1.12 c: no doer named", "Where the conduct violates Article 1, the harbour office shall impose a fine of 500 "
     "yuan.", [(None, HO, "fine")]),
    # guide 1.12 (a): a harm done or a mistake made by the party, redressed in a sanction's form
    ("1.12 a: harm done", "Where a ferry operator moors its boat in a way that damages the pier, it shall compensate the "
     "pier owner.", [(FO, None, "compensate")]),
    ("1.12 a: harm done", "Where a pet groomer washes an animal in a way that injures its skin, it shall compensate the "
     "owner.", [(PG, None, "compensate")]),
    ("1.12 a: mistake", "A pet groomer that returns the wrong animal to a customer shall refund the fee.",
     [(PG, None, "refund")]),
    ("1.12 a: mistake", "Where a ferry operator's mistake causes a passenger to miss the crossing, the ferry operator "
     "shall refund the fare.", [(FO, None, "refund")]),
    ("1.12 a: carelessness", "Where a pet's coat is cut through the pet groomer's carelessness, the animal health bureau "
     "may order the pet groomer to suspend business.", [(PG, AB, "suspend")]),
    ("1.12 a: harm done, referral", "Where a ferry operator dumps fuel in a way that causes a fire on the river, the "
     "case shall be transferred to the judicial organs.", [(FO, None, "transferred")]),
    ("1.12 a: harm done, fine", "Where a pet groomer disposes of waste in a way that causes an outbreak of disease, a "
     "fine of 5,000 yuan shall be imposed by the animal health bureau.", [(PG, AB, "fine")]),
    ("neg 1.12 a: no party's act", "Where a storm causes a fire on the river, the case shall be reported to the harbour "
     "office.", []),
    ("neg 1.12 a: ordinary duty", "Where a storm causes injury to a passenger, the ferry operator shall report it to the "
     "harbour office.", []),
    ("neg 1.12 a: ordinary duty", "Where an accident causes injury to an animal, the pet groomer shall notify the "
     "owner.", []),
    ("neg 1.12 a: another's mistake", "Where a customer gives the wrong address, the ferry operator shall refund the "
     "fare.", []),
    ("neg 1.12 a: no wrong", "Where a customer cancels a booking, the pet groomer shall refund the fee.", []),
]


def _kb(body: str) -> KnowledgeBase:
    return kb_text(PARTIES + "\nArticle 2 " + body)


@pytest.mark.parametrize(("cell", "body", "expected"), SANCTIONS, ids=[r[0] for r in SANCTIONS])
def test_sanction_forms(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    kb = _kb(body)
    check_sanction_rows(kb, cell, expected)


def test_act_with_no_doer_is_reported() -> None:
    """Guide 1.12 (c): a violation named as an act whose doer no sentence names is kept with no violator and reported."""
    kb = _kb("Where the conduct violates Article 1, the harbour office shall impose a fine of 500 yuan.")
    assert "act-no-doer" in {d.code for d in kb.diagnostics}
    kb = _kb("Where the conduct of a ferry operator violates Article 1, the harbour office shall impose a fine.")
    assert "act-no-doer" not in {d.code for d in kb.diagnostics}


DEFINITIONS: list[tuple[str, str, list[str]]] = [
    ("as mentioned in the preceding paragraph", "Ferries shall moor at a berth.\n\nThe term \"berth\" as mentioned in "
     "the preceding paragraph refers to a place where a ferry moors.", ["berth"]),
    ("used in this set of rules", "The term \"grooming\" used in this set of rules means washing, cutting and brushing "
     "an animal.", ["grooming"]),
    ("herein after a quoted term", "The \"night crossings\" herein refer to crossings between 8 p.m. and 6 a.m.",
     ["night crossings"]),
    ("used in the law", "The term \"fare\" used in the law includes the ticket price and the port fee.", ["fare"]),
    ("A X refers to", "A ferry operator refers to any person who carries passengers across water for a fee.",
     ["ferry operator"]),
    ("A X refers to", "A pet groomer refers to any person who washes or cuts the coats of animals for a fee.",
     ["pet groomer"]),
    ("; the Y referred to refers to", "The grooming room referred to in these Rules refers to the room where animals "
     "are washed; the drying room referred to refers to the room where they are dried.", ["grooming room",
                                                                                           "drying room"]),
    ("; the Y referred to refers to", "The upper deck referred to in these Rules refers to the open deck of a ferry; the "
     "cabin referred to refers to the closed room below it.", ["upper deck", "cabin"]),
    ("neg: refers a thing", "A pet groomer refers the animal to a vet when it is ill.", []),
    ("neg: the X referred to in Article 1 shall", "The ferry operator referred to in Article 1 shall keep a log.", []),
    ("neg: referred to in another law", "The licence referred to in the Water Transport Law shall be shown at the pier.",
     []),
]


@pytest.mark.parametrize(("cell", "body", "terms"), DEFINITIONS, ids=[r[0] for r in DEFINITIONS])
def test_definition_forms(cell: str, body: str, terms: list[str]) -> None:
    kb = _kb(body)
    got = [d.term.lower() for d in kb.definitions if d.article == 2]
    assert got == terms, cell


REFERENCES: list[tuple[str, str, list[str], list[str]]] = [
    # (cell, Article 2's text, internal references' words, external references' words)
    ("article of the criminal law", "A ferry operator that sinks a boat on purpose shall be punished under article 133 "
     "of the criminal law.", [], ["criminal law"]),
    ("articles of the criminal law", "A pet groomer that poisons an animal shall be punished under article 115 or "
     "article 187 of the criminal law.", [], ["criminal law"]),
    ("neg: of this law", "The harbour office shall act under Article 1 of this law.", ["Article 1"], []),
    ("Paragraph N, Article M of the X Act", "These Rules are made in accordance with Paragraph 2, Article 5 of the Water "
     "Transport Act.", [], ["Water Transport Act"]),
    ("Paragraph N, Article M of the X Act", "These Rules are made in accordance with Paragraph 3, Article 9 of the "
     "Animal Welfare Act.", [], ["Animal Welfare Act"]),
    ("The Rules are made", "The Rules are made in accordance with the Water Transport Law.", [],
     ["Water Transport Law"]),
    ("short name given", "These Rules are made in accordance with the Animal Welfare Law of the People's Republic of "
     "China (hereinafter referred to as the Animal Welfare Law).", [],
     ["Animal Welfare Law of the People's Republic of China"]),
    ("Pursuant to the Constitution", "Pursuant to the Constitution, these Rules are made to keep ferries safe.", [],
     ["Constitution"]),
]


@pytest.mark.parametrize(("cell", "body", "internal", "external"), REFERENCES, ids=[r[0] for r in REFERENCES])
def test_reference_forms(cell: str, body: str, internal: list[str], external: list[str]) -> None:
    kb = _kb(body)
    refs = [r for r in kb.references if r.article == 2]
    assert [r.text for r in refs if r.kind == "internal"] == internal, cell
    assert [r.text for r in refs if r.kind == "external"] == external, cell


CONDITIONS: list[tuple[str, str, str | None]] = [
    # (cell, Article 2's text, the condition of its one clause)
    ("with the exception of", "No ferry shall sail after dark, with the exception of those approved by the harbour "
     "office.", "with the exception of those approved by the harbour office"),
    ("with the exception of", "The time for grooming shall be limited to 8 a.m. - 6 p.m., with the exception of "
     "emergency care.", "with the exception of emergency care"),
    ("without approval, set off", "Pet groomers may not, without approval by the animal health bureau, sell drugs.",
     "without approval by the animal health bureau"),
    ("on the demand of, set off", "Ferry operators shall, on the demand of passengers, issue receipts.",
     "on the demand of passengers"),
    ("neg: without delay", "Ferry operators shall, without delay, report accidents to the harbour office.", None),
    ("neg: inside a relative clause", "The harbour office may draw up rules, which shall go into effect after being "
     "approved by the county government.", None),
    ("neg: after the action, no comma", "Pet groomers shall not sell drugs without approval by the animal health "
     "bureau.", None),
]


@pytest.mark.parametrize(("cell", "body", "condition"), CONDITIONS, ids=[r[0] for r in CONDITIONS])
def test_condition_forms(cell: str, body: str, condition: str | None) -> None:
    from regkb.parse.obligations import unbound_clause

    kb = _kb(body)
    conds = [" ... ".join(x for x in (o.condition, getattr(o, "condition_after", None)) if x) or None
             for o in kb.obligations if o.article == 2]
    conds += [u.condition for st in kb.statements if st.article == 2 and (u := unbound_clause(st)) is not None]
    assert conds == [condition], cell
