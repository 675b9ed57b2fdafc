"""Sanctions (session 7): the violator and the imposing authority in more wordings and layouts, and definitions
still missed. Every sentence here is invented (kiosks, drones, ferries, seed banks); none comes from a held-out set.

Each rule has cases in at least two wordings; the cases marked as guards held on the old code too."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, split_frontmatter
from regkb.eval import _same_parties
from regkb.parse import parse_file

PARTIES = ("Article 1 Ferry operators shall register each vessel. Kiosk operators shall keep logs. Drone operators "
           "shall file flight plans. Seed bank operators shall keep samples.")


def kb_of(body: str) -> KnowledgeBase:
    text = f"---\ntitle: Rules on Ferries, Kiosks and Drones\n---\n{body}\n"
    fm, b, diags = split_frontmatter(text, "rules.md")
    doc = parse_file(SourceFile("rules.md", text, "0", fm, b, tuple(diags)))
    return KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})


def found(article_text: str) -> list[tuple[str | None, str | None]]:
    """(violator, authority) of each sanction of Article 2, in order."""
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {article_text}")
    assert not [o for o in kb.obligations if o.article == 2], "a sanction was read as a duty"
    return [(s.violator, s.authority) for s in kb.sanctions if s.article == 2]


# sentence -> (violator, authority) per sanctioning clause, in order
CASES = [
    # a full-width semicolon (translations that keep Chinese punctuation) ends a clause like ";" does
    ("Where a ferry operator violates Article 1, the maritime bureau shall order it to make corrections and give it "
     "a warning；if it refuses to make corrections, a fine of not less than 5,000 yuan but not more than 9,000 yuan "
     "shall be imposed.",
     [("ferry operator", "maritime bureau"), ("ferry operator", "maritime bureau")]),
    ("Where a kiosk operator violates Article 1, the market regulation bureau shall give it a warning；where the "
     "circumstances are serious, a fine of not less than 1,000 yuan but not more than 3,000 yuan shall be imposed.",
     [("kiosk operator", "market regulation bureau"), ("kiosk operator", "market regulation bureau")]),
    # a prosecution, an investigation for criminal responsibility and "held accountable" are sanctions on the subject
    ("Staff of the maritime bureau who abuse their powers shall be given sanctions according to law; if their conduct "
     "constitutes a crime, they shall be prosecuted for criminal liability.",
     [("Staff of the maritime bureau", None), ("Staff of the maritime bureau", None)]),
    ("Drone operators who violate Article 1 shall be held accountable in accordance with law.",
     [("Drone operators", None)]),
    ("Where a kiosk operator violates Article 1 and the conduct constitutes a crime, the kiosk operator shall be "
     "investigated for criminal responsibility.",
     [("kiosk operator", None)]),
    ("Kiosk operators that violate Article 1 shall be fined by the market regulation bureau; where a crime is "
     "constituted, the kiosk operators shall be prosecuted according to law.",
     [("Kiosk operators", "market regulation bureau"), ("kiosk operators", None)]),
    # "those who ..." / "persons who ...": whoever does the act, no party named; another offence in the same sentence
    # takes no authority from the clause before
    ("Ferry operators who violate Article 1 shall be dealt with by the maritime bureau in accordance with law; those "
     "who evade inspection shall be liable for a fine of not more than 10,000 yuan.",
     [("Ferry operators", "maritime bureau"), (None, None)]),
    ("Drone operators that violate Article 1 shall be fined by the civil aviation bureau; persons who forge flight "
     "plans shall be fined 5,000 yuan.",
     [("Drone operators", "civil aviation bureau"), (None, None)]),
    # guard: the persons in charge of the violator share the sentence's authority (guide 4, 1.1)
    ("Drone operators that violate Article 1 shall be fined by the civil aviation bureau; the persons directly in "
     "charge shall be fined 1,000 yuan.",
     [("Drone operators", "civil aviation bureau"), ("persons directly in charge", "civil aviation bureau")]),
    # a circumstance with no party and no violation of its own, in the paragraph about the violation, qualifies it:
    # the paragraph's violator (a new sentence)
    ("Where a ferry operator violates Article 1, the maritime bureau shall order it to make corrections. Where "
     "passenger data is involved, the cyberspace department shall impose penalties in accordance with law.",
     [("ferry operator", "maritime bureau"), ("ferry operator", "cyberspace department")]),
    ("Where a seed bank operator violates Article 1, the agriculture bureau shall give it a warning. If the "
     "circumstances are serious, the agriculture bureau may revoke its licence.",
     [("seed bank operator", "agriculture bureau"), ("seed bank operator", "agriculture bureau")]),
    ("Where a drone operator violates Article 1, the civil aviation bureau shall order it to make corrections. If "
     "losses are caused to others, civil liability shall be borne according to law.",
     [("drone operator", "civil aviation bureau"), ("drone operator", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_violator_and_authority(sentence: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize("body", [
    # another paragraph is another provision: its circumstance does not reach back
    "Where a ferry operator violates Article 1, the maritime bureau shall order it to make corrections.\n\n"
    "Where passenger data is involved, the cyberspace department shall impose penalties in accordance with law.",
    # a circumstance that names a party of its own names that party, not the one before
    "Where a ferry operator violates Article 1, the maritime bureau shall order it to make corrections. Where a "
    "kiosk operator violates Article 1, the market regulation bureau shall impose a fine.",
])
def test_a_circumstance_reaches_only_its_own_paragraph(body: str) -> None:
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {body}")
    got = [(s.violator, s.authority) for s in kb.sanctions if s.article == 2]
    assert got[0] == ("ferry operator", "maritime bureau")
    assert got[1][0] != "ferry operator"


@pytest.mark.parametrize(("gold", "printed", "actors", "same"), [
    # one name with "and" inside is one party, not two
    ("human resources and social security departments", "human resources and social security department", [], True),
    ("ports and harbours bureau", "ports and harbours bureau", [], True),
    # "at the county level or above" is a qualifier, not a second party
    ("fisheries departments at the county level or above", "fisheries department at the county level or above",
     [], True),
    # two parties printed as one phrase still need both
    (["ferry operators", "kiosk operators"], "ferry operators or kiosk operators", [], True),
    (["ferry operators", "kiosk operators"], "ferry operators", [], False),
    # the actors the knowledge base links the sanction to are a second reading of the same answer
    (["ferry operators", "kiosk operators"], "operators specified in Article 7",
     [{"ferry operator"}, {"kiosk operator"}], True),
    (["ferry operators", "kiosk operators"], "operators specified in Article 7", [{"ferry operator"}], False),
    (None, None, [], True),
    (None, "maritime bureau", [], False),
])
def test_eval_reads_a_found_party_whole_then_split_then_by_its_actors(gold: object, printed: str | None,
                                                                     actors: list[set[str]], same: bool) -> None:
    assert _same_parties(gold, printed, {}, actors) is same


AGENT_CASES = [
    # the agent's name holds "and": the whole name, up to the adverbial
    ("Kiosk operators that violate Article 1 shall be handled by the ports and harbours bureau in accordance with law.",
     [("Kiosk operators", "ports and harbours bureau")]),
    ("Acts in violation of Article 1 shall be dealt with by the culture and tourism departments of cities and counties "
     "according to law.",
     [(None, "culture and tourism departments of cities and counties")]),
    ("Ferry operators who violate Article 1 shall be fined by the transport and water resources bureau.",
     [("Ferry operators", "transport and water resources bureau")]),
    # guards: a second participle after "and" is no part of the agent
    ("Drone operators that violate Article 1 shall be fined by the civil aviation bureau and ordered to make "
     "corrections.",
     [("Drone operators", "civil aviation bureau")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AGENT_CASES)
def test_the_agent_of_a_penalty_is_its_whole_name(sentence: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert found(sentence) == expected


def table_sanctions(lead: str, header: str, rows: list[str]) -> list[tuple[str, str | None, str | None, str]]:
    sep = "|" + "|".join("---" for _ in header.strip(" |").split("|")) + "|"
    body = "\n".join([lead, "", header, sep, *rows])
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {body}")
    return [(s.eid, s.violator, s.authority, s.penalties) for s in kb.sanctions if s.article == 2 and "item" in s.eid]


@pytest.mark.parametrize(("lead", "header", "rows", "expected"), [
    # "Handling" (the translators' word for how a case is dealt with) is the penalty column beside "Violation"; the
    # violator is the subject of the violation cell; the authority is the lead-in's agent
    ("Violations of these Rules shall be handled by the maritime and ports bureau according to the following table:",
     "| No. | Violation | Provision violated | Handling |",
     ["| 1 | A ferry operator fails to register a vessel | Article 1 | A warning |",
      "| 2 | A kiosk operator sells tickets that carry no seal | Article 1 | A fine of 2,000 yuan |"],
     [("art_2__para_1__item_1", "ferry operator", "maritime and ports bureau", "A warning"),
      ("art_2__para_1__item_2", "kiosk operator", "maritime and ports bureau", "A fine of 2,000 yuan")]),
    ("Breaches of these Rules shall be dealt with by the civil aviation bureau as follows:",
     "| Conduct | Treatment |",
     ["| A drone operator or a kiosk operator fails to keep logs | Order to make corrections |",
      "| Each seed bank operator that loses samples | A fine of 1,000 yuan |"],
     [("art_2__para_1__item_1", "drone operator or a kiosk operator", "civil aviation bureau",
       "Order to make corrections"),
      ("art_2__para_1__item_2", "seed bank operator", "civil aviation bureau", "A fine of 1,000 yuan")]),
])
def test_a_table_of_violations_and_their_handling(lead: str, header: str, rows: list[str],
                                                  expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert table_sanctions(lead, header, rows) == expected


def test_a_handling_column_without_violations_is_no_table_of_penalties() -> None:
    # guard: "Data handling" in a table of duties is conduct, not a penalty
    got = table_sanctions("Kiosk operators shall handle data as follows:", "| Data | Handling |",
                          ["| Logs | Kept for one year |", "| Photos | Deleted at once |"])
    assert got == []


def definitions_of(body: str) -> list[tuple[str, str, str]]:
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {body}")
    return sorted((d.term, d.kind, d.definition) for d in kb.definitions if d.article == 2)


@pytest.mark.parametrize(("body", "expected"), [
    # a quoted term named the text's own by "as used in these Rules" and "is/are" + a noun phrase
    ("“Vessel identification code” as used in these Rules is the unique code that is assigned to each vessel.",
     [("Vessel identification code", "article", "the unique code that is assigned to each vessel")]),
    ('"Harbour records" as referred to in these Rules are the logs of arrivals and departures kept by a port.',
     [("Harbour records", "article", "the logs of arrivals and departures kept by a port")]),
    # guard: "is/are" + a duty or a status is no definition
    ('"Ferry operators" as used in these Rules are required to keep logs.', []),
])
def test_a_quoted_term_as_used_in_these_rules_is(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert definitions_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 'Y (hereinafter "X") refers to Z': Y is defined by Z, and X is Y's short form; the subject runs from the sentence
    # start (commas and "and" inside it), without its leading article
    ('Data on the arrivals, departures and cargo of vessels (hereinafter referred to as "harbour data") refers to the '
     'records kept by port authorities.',
     [("Data on the arrivals, departures and cargo of vessels", "article", "the records kept by port authorities"),
      ("harbour data", "inline", "Data on the arrivals, departures and cargo of vessels")]),
    ('The records of passengers carried on ferries (hereinafter "passenger records") means the lists kept by ferry '
     'operators.',
     [("passenger records", "inline", "records of passengers carried on ferries"),
      ("records of passengers carried on ferries", "article", "the lists kept by ferry operators")]),
    # the subject of a duty given a short name: the whole subject, "and" inside it
    ("The ports and harbours department of the provincial government (hereinafter the \"provincial department\") "
     "shall keep a register of vessels.",
     [("provincial department", "inline", "ports and harbours department of the provincial government")]),
    # guard: after a verb the phrase before the parenthesis is found as before (the object, not the sentence)
    ("These Rules apply to operators of river ferries (hereinafter \"river operators\").",
     [("river operators", "inline", "operators of river ferries")]),
])
def test_a_long_form_with_its_short_name_is_defined_whole(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert definitions_of(body) == expected


PROBE_CASES = [
    # the agent of a violation named as a noun
    ("Where there is a violation of Article 1 by a ferry operator, the maritime bureau shall order it to make "
     "corrections.",
     [("ferry operator", "maritime bureau")]),
    ("In case of any breach of Article 1 by a kiosk operator, the market regulation bureau shall give it a warning.",
     [("kiosk operator", "market regulation bureau")]),
    # guard: the agent of a verb after the violation is no violator ("is not punished by the bureau")
    ("Where any other violation of these Rules is not punished by the maritime bureau, the transport bureau shall "
     "impose a fine.",
     [(None, "transport bureau")]),
    # "in violation of / in breach of" after the subject opens the condition; the party is the head before it
    ("Ferry operators in violation of Article 1 shall be given a warning by the maritime bureau.",
     [("Ferry operators", "maritime bureau")]),
    ("Drone operators in breach of Article 1 shall be fined by the civil aviation bureau.",
     [("Drone operators", "civil aviation bureau")]),
    # an adverbial set off by commas, or an adverb, between the modal and the power: still the authority's power
    ("Where a ferry operator violates Article 1, the maritime bureau shall, in accordance with its duties, order it "
     "to make corrections.",
     [("ferry operator", "maritime bureau")]),
    ("Where a kiosk operator violates Article 1, the market regulation bureau may, within its powers, impose a fine "
     "of not more than 3,000 yuan.",
     [("kiosk operator", "market regulation bureau")]),
    ("Where a seed bank operator violates Article 1, the agriculture bureau and the forestry bureau shall jointly "
     "order it to make corrections.",
     [("seed bank operator", "agriculture bureau and the forestry bureau")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PROBE_CASES)
def test_more_wordings_of_the_violator_and_the_power(sentence: str,
                                                     expected: list[tuple[str | None, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("earlier", "sentence", "authorities"), [
    ("The maritime department of the provincial government shall inspect ferries.",
     "Where a ferry operator violates Article 1, the department referred to in the preceding article shall impose a "
     "fine on it.",
     ["actor/maritime-department-of-the-provincial-government"]),
    ("The transport department and the port department shall inspect kiosks.",
     "Kiosk operators that violate Article 1 shall be fined by the departments specified in the preceding article.",
     ["actor/port-department", "actor/transport-department"]),
])
def test_the_authority_specified_in_the_preceding_article(earlier: str, sentence: str, authorities: list[str]) -> None:
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {earlier}\n\nArticle 3 {sentence}")
    got = [s for s in kb.sanctions if s.article == 3]
    assert len(got) == 1 and sorted(got[0].authorities) == authorities
    assert not [o for o in kb.obligations if o.article == 3]


@pytest.mark.parametrize(("sentence", "violators"), [
    # a bare plural head is a cover term for the text's parties with that head
    ("Operators who violate Article 1 shall be dealt with by the maritime bureau.",
     ["actor/drone-operator", "actor/ferry-operator", "actor/kiosk-operator", "actor/seed-bank-operator"]),
    ("Where operators violate Article 1, the maritime bureau shall give them a warning.",
     ["actor/drone-operator", "actor/ferry-operator", "actor/kiosk-operator", "actor/seed-bank-operator"]),
    # "Staff of A or of B": the second conjunct shares the head
    ("Staff of the maritime bureau or of the port authority who leak vessel data shall be given sanctions according "
     "to law.",
     ["actor/staff-of-the-maritime-bureau", "actor/staff-of-the-port-authority"]),
    ("Employees of the ferry operators or of the kiosk operators who forge logs shall be fined by the maritime bureau.",
     ["actor/employee-of-the-ferry-operators", "actor/employee-of-the-kiosk-operators"]),
])
def test_the_violators_a_phrase_names(sentence: str, violators: list[str]) -> None:
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {sentence}")
    got = [s for s in kb.sanctions if s.article == 2]
    assert len(got) == 1 and sorted(got[0].violators) == violators


def test_a_bare_head_the_text_uses_as_a_name_stays_that_party() -> None:
    # guard: where the text binds "operators" itself, "Operators who violate ..." are those
    kb = kb_of("Article 1 Operators shall keep logs. Ferry operators shall register.\n\nArticle 2 Operators who "
               "violate Article 1 shall be fined by the maritime bureau.")
    got = [s for s in kb.sanctions if s.article == 2]
    assert len(got) == 1 and got[0].violators == ("actor/operator",)


@pytest.mark.parametrize(("sentence", "sanction"), [
    # a public body withdraws its service for a violation: a penalty
    ("Where a ferry operator uses harbour data in violation of Article 1, the maritime bureau shall stop providing "
     "harbour data to it and may impose a fine of not more than 10,000 yuan.", True),
    ("Where a kiosk operator breaches Article 1, the market regulation department shall cease supplying sales data "
     "to it.", True),
    # guard: a private party that stops providing data after its counterpart's breach does its own duty
    ("Where a kiosk operator violates Article 1, the ferry operator shall stop providing passenger data to it.", False),
])
def test_a_public_body_withdrawing_a_service_for_a_violation(sentence: str, sanction: bool) -> None:
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {sentence}")
    sanctions = [s for s in kb.sanctions if s.article == 2]
    duties = [o for o in kb.obligations if o.article == 2]
    assert bool(sanctions) is sanction and bool(duties) is not sanction
    if sanction:
        assert all(s.violators and s.authorities for s in sanctions)


BACK_CASES = [
    # "the entity", "the unit" and a shortened mention point back to the violator of the condition
    ("Where a kiosk operator violates Article 1, the market regulation bureau shall order the entity to make "
     "corrections.",
     [("kiosk operator", "market regulation bureau")]),
    ("Where a ferry operator violates Article 1, the unit shall be fined 2,000 yuan by the maritime bureau.",
     [("ferry operator", "maritime bureau")]),
    ("Where a seed bank operator violates Article 1, the agriculture bureau shall impose a fine of 2,000 yuan upon "
     "the operator.",
     [("seed bank operator", "agriculture bureau")]),
    # guard: the persons in charge are a party of their own
    ("Where a drone operator violates Article 1, the civil aviation bureau shall order the entity to make corrections "
     "and impose a fine on the persons directly in charge.",
     [("drone operator", "civil aviation bureau"), ("persons directly in charge", "civil aviation bureau")]),
    # the active "deal with it / handle the case" after a violation is the authority's power
    ("Where a kiosk operator violates Article 1, the market regulation bureau shall deal with it in accordance with "
     "the law.",
     [("kiosk operator", "market regulation bureau")]),
    ("Where a ferry operator violates Article 1, the maritime bureau shall investigate and handle the case according "
     "to law.",
     [("ferry operator", "maritime bureau")]),
]


@pytest.mark.parametrize(("sentence", "expected"), BACK_CASES)
def test_a_definite_mention_points_back_to_the_violator(sentence: str,
                                                        expected: list[tuple[str | None, str | None]]) -> None:
    assert found(sentence) == expected


def test_handling_a_report_is_no_sanction() -> None:
    # guard: "handle the report" after a report of violations is the body's duty
    kb = kb_of(f"{PARTIES}\n\nArticle 2 Anyone may report violations of these Rules to the maritime bureau, which "
               "shall handle the report promptly.")
    assert not [s for s in kb.sanctions if s.article == 2]
    assert [o for o in kb.obligations if o.article == 2]


ACTIVE_CASES = [
    # a bare "violators of ..." names no one (guide 4), like "the violator"
    ("Violators of Article 1 shall be fined by the maritime bureau.", [(None, "maritime bureau")]),
    ("Offenders of Article 1 shall be given a warning by the market regulation bureau.",
     [(None, "market regulation bureau")]),
    # the active forms of a credit record and a circulated criticism are powers to penalise
    ("Where a ferry operator violates Article 1, the maritime bureau shall record the violation in its credit file.",
     [("ferry operator", "maritime bureau")]),
    ("Where a kiosk operator violates Article 1, the market regulation bureau shall circulate a notice of criticism "
     "and may impose a fine of 1,000 yuan.",
     [("kiosk operator", "market regulation bureau"), ("kiosk operator", "market regulation bureau")]),
    ("Where a drone operator violates Article 1, the civil aviation bureau may publicly criticise it.",
     [("drone operator", "civil aviation bureau")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ACTIVE_CASES)
def test_active_penalties_and_bare_violators(sentence: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert found(sentence) == expected


def test_recording_data_is_no_penalty() -> None:
    # guard: recording a thing with no violation before it is a duty
    kb = kb_of(f"{PARTIES}\n\nArticle 2 The maritime bureau shall record the arrivals in its credit file.")
    assert not [s for s in kb.sanctions if s.article == 2]


@pytest.mark.parametrize(("sentence", "violators"), [
    # the organisation and the persons in charge of it, coordinated: two parties
    ("Where a ferry operator violates Article 1, the ferry operator and the persons directly responsible shall be "
     "fined by the maritime bureau.",
     ["actor/ferry-operator", "actor/persons-directly-responsible"]),
    ("Kiosk operators and the staff directly in charge that violate Article 1 shall be given a warning by the market "
     "regulation bureau.",
     ["actor/kiosk-operator", "actor/staff-directly-in-charge"]),
])
def test_a_party_and_its_persons_in_charge(sentence: str, violators: list[str]) -> None:
    kb = kb_of(f"{PARTIES}\n\nArticle 2 {sentence}")
    got = [s for s in kb.sanctions if s.article == 2]
    assert len(got) == 1 and sorted(got[0].violators) == violators
