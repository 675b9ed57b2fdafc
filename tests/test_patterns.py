"""Table-driven tests for the patterns: one sentence in, the extracted fact out."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, split_frontmatter
from regkb.parse import parse_file
from regkb.parse.numbers import ordinal, parse_number
from regkb.parse.sentences import sentence_bounds

DEFS = ('Article 9 For the purpose of these Provisions, the following terms shall have the following meanings: '
        'Platform operators refer to organizations that operate platforms. Content users refer to individuals that '
        'use content services.')


def kb_for(article_text: str) -> KnowledgeBase:
    text = f"---\ntitle: T\n---\nChapter I General\n\nArticle 1 {article_text}\n\nArticle 2 Other.\n\n{DEFS}\n"
    fm, body, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0", fm, body, tuple(diags)))
    return KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})


def facts(article_text: str) -> list[tuple[str, str, str | None]]:
    kb = kb_for(article_text)
    return [(o.modality, kb.get(o.actors[0]).label, o.condition) for o in kb.obligations if o.article == 1]


MODALITY = [
    ("Platform operators shall keep logs.", [("obligation", "Platform operators", None)]),
    ("Platform operators must keep logs.", [("obligation", "Platform operators", None)]),
    ("Platform operators shall be responsible for security.", [("obligation", "Platform operators", None)]),
    ("Platform operators are required to keep logs.", [("obligation", "Platform operators", None)]),
    ("Platform operators shall not sell data.", [("prohibition", "Platform operators", None)]),
    ("Platform operators may not sell data.", [("prohibition", "Platform operators", None)]),
    ("Platform operators must not sell data.", [("prohibition", "Platform operators", None)]),
    ("Platform operators are prohibited from selling data.", [("prohibition", "Platform operators", None)]),
    ("No organization or individual may sell data.", [("prohibition", "Any organization or individual", None)]),
    ("No organization or individual shall sell data.", [("prohibition", "Any organization or individual", None)]),
    ("Platform operators may publish reports.", [("permission", "Platform operators", None)]),
    ("Platform operators are encouraged to publish reports.", [("encouragement", "Platform operators", None)]),
    ("The relevant industry associations are encouraged to set standards.", [("encouragement", "Industry associations", None)]),
]
NOT_DUTIES = [
    "These Provisions shall apply to platforms.",
    "These Provisions shall come into force on 1 May 2024.",
    "Where other laws provide otherwise, such provisions shall prevail.",
    "Platform operators that violate these Provisions shall be penalized in accordance with the law.",
    "If a crime is constituted, criminal liability shall be investigated in accordance with the law.",
    "The public security organ shall impose public security administration penalties.",
    "Heavier penalties shall be imposed.",
    "Platforms which may cause harm are dangerous.",
]
BEARERS = [
    ("Platform operators and content users shall comply with the law.",
     [("obligation", "Platform operators", None), ("obligation", "Content users", None)]),
    ("Platform operators and users shall comply with the law.",  # elliptical conjunct
     [("obligation", "Platform operators", None), ("obligation", "Content users", None)]),
    ("Where a platform operator or content user finds a bug, it shall report it.",
     [("obligation", "Platform operators", "Where a platform operator or content user finds a bug"),
      ("obligation", "Content users", "Where a platform operator or content user finds a bug")]),
    ("If a platform operator finds illegal content, it shall delete it; and the platform operator shall report it.",
     [("obligation", "Platform operators", "If a platform operator finds illegal content")] * 2),
    ("Platform operators shall keep logs, and shall not sell them.",
     [("obligation", "Platform operators", None), ("prohibition", "Platform operators", None)]),
    ("Platform operators that have completed filing shall display the filing number.",
     [("obligation", "Platform operators", "that have completed filing")]),
    ("Platform operators providing news services shall hold a licence.",
     [("obligation", "Platform operators", "providing news services")]),
    ("The app stores and other distribution platforms shall review apps.",
     [("obligation", "Distribution platforms", None)]),
    ("Local telecommunications authorities and public security authorities shall supervise platforms.",
     [("obligation", "Local telecommunications authorities", None), ("obligation", "Local public security authorities", None)]),
    ("Local departments in charge of energy metering services shall inspect platforms.",
     [("obligation", "Local departments in charge of energy metering services", None)]),
    ("The operation of platforms shall comply with the law.", [("obligation", "Platform operators", None)]),
    ("Platform operators shall keep logs; if logs contain personal information, the relevant rules shall be complied with.",
     [("obligation", "Platform operators", None),
      ("obligation", "Platform operators", "if logs contain personal information")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MODALITY + BEARERS)
def test_obligation_patterns(sentence: str, expected: list) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DUTIES)
def test_statements_that_are_not_duties(sentence: str) -> None:
    assert facts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("Operators shall comply with Article 2.", ["t/art_2"]),
        ("Operators shall comply with Articles 2 and 9 hereof.", ["t/art_2", "t/art_9"]),
        ("Operators shall comply with Articles 1 to 2 of these Provisions.", ["t/art_1", "t/art_2"]),
        ("Operators shall comply with the first paragraph of Article 2.", ["t/art_2__para_1"]),
        ("Operators shall comply with Article 2(1).", ["t/art_2__para_1"]),
        ("Operators shall comply with this Article.", ["t/art_1"]),
    ],
)
def test_internal_reference_patterns(sentence: str, targets: list[str]) -> None:
    kb = kb_for(sentence)
    (ref,) = [r for r in kb.references if r.article == 1]
    assert [t.provision for t in ref.targets] == targets
    assert ref.resolved


def test_reference_to_a_missing_article_is_flagged() -> None:
    kb = kb_for("Operators shall comply with Article 77.")
    (ref,) = kb.references
    assert not ref.resolved and "no Article 77" in ref.note
    assert any(d.code == "unresolved-reference" for d in kb.diagnostics)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("A shall b. C shall d.", ["A shall b.", "C shall d."]),
        ("See Order No. 12 of the CAC. Then act.", ["See Order No. 12 of the CAC.", "Then act."]),
        ("Review apps, etc., and verify them. Next.", ["Review apps, etc., and verify them.", "Next."]),
        ("Items: (I) one; (II) two. Next one.", ["Items: (I) one; (II) two.", "Next one."]),
    ],
)
def test_sentence_bounds(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_bounds(text)] == sentences


@pytest.mark.parametrize(
    ("label", "letters", "number"),
    [("17", False, 17), ("XVII", False, 17), ("IV", False, 4), ("Twelve", False, 12), ("十七", False, 17),
     ("二十", False, 20), ("c", True, 3), ("I", False, 1)],
)
def test_numbers(label: str, letters: bool, number: int) -> None:
    assert parse_number(label, letters=letters) == number


@pytest.mark.parametrize(("word", "n"), [("first", 1), ("second", 2), ("3rd", 3), ("21st", 21)])
def test_ordinals(word: str, n: int) -> None:
    assert ordinal(word) == n


# --- issue 12: wordings of real regulations, written here in other words ------------------------------------

MODALITY_12 = [
    ("Platform operators should keep logs.", [("obligation", "Platform operators", None)]),
    ("Platform operators should not sell data.", [("prohibition", "Platform operators", None)]),
    ("Content users shall have the right to request deletion.", [("right", "Content users", None)]),
    ("Content users have the right to request deletion.", [("right", "Content users", None)]),
    ("Content users are entitled to request deletion.", [("right", "Content users", None)]),
    ("Platform operators are not required to notify users.", [("permission", "Platform operators", None)]),
    ("Platform operators are permitted not to notify users.", [("permission", "Platform operators", None)]),
    ("The state will support platform research.", [("obligation", "State", None)]),
]
SUBJECTS_12 = [
    ("To open an account for a minor, platform operators shall obtain parental consent.",
     [("obligation", "Platform operators", "To open an account for a minor")]),
    ("In accordance with the national standards, platform operators shall test their systems.",
     [("obligation", "Platform operators", "In accordance with the national standards")]),
    ("In addition to complying with Article 2, platform operators shall file reports.",
     [("obligation", "Platform operators", "In addition to complying with Article 2")]),
    ("Platform operators, when handling complaints, shall reply within 15 days.",
     [("obligation", "Platform operators", "when handling complaints")]),
    ("Additionally, platform operators must keep logs.", [("obligation", "Platform operators", None)]),
    ("Mobile game publishers (hereinafter referred to as publishers) shall verify ages. Publishers shall keep records.",
     [("obligation", "Mobile game publishers", None)] * 2),
    ("The Ministry of Science and Technology, the National Health Commission, the Ministry of Agriculture and Rural "
     "Affairs, etc., shall supervise platforms.",
     [("obligation", "Ministry of Science and Technology", None), ("obligation", "National Health Commission", None),
      ("obligation", "Ministry of Agriculture and Rural Affairs", None)]),
    ("The State Council and the people's governments of provinces shall coordinate the work.",
     [("obligation", "State Council", None), ("obligation", "People's governments of provinces", None)]),
    ("The state shall support research.", [("obligation", "State", None)]),
    ("The recipient shall continue to perform the obligations.", [("obligation", "Recipient", None)]),
    ("The party entrusted with the storage of data shall keep it safe.",
     [("obligation", "Party entrusted with the storage of data", None)]),
    ("All localities and departments shall implement these rules.",
     [("obligation", "Localities", None), ("obligation", "Departments", None)]),
    ("Ticket sellers shall display prices.", [("obligation", "Ticket sellers", None)]),
    ("Drone makers shall register every drone.", [("obligation", "Drone makers", None)]),
    ("Platform operators shall keep logs. They shall not sell them.",
     [("obligation", "Platform operators", None), ("prohibition", "Platform operators", None)]),
    ("If the platform operator discovers that a content user is cheating, it shall suspend the account.",
     [("obligation", "Platform operators", "If the platform operator discovers that a content user is cheating")]),
    ("The recipient shall keep records. Any change of purposes by the recipient shall be subject to consent.",
     [("obligation", "Recipient", None)] * 2),
    ("Where a platform operator closes, the user data shall be deleted.",
     [("obligation", "Platform operators", "Where a platform operator closes")]),
    ("Support content users to form associations.", [("encouragement", "Content users", None)]),
    ("Vocational and technical training institutions shall keep records.",  # a shared head noun is distributed
     [("obligation", "Vocational institutions", None), ("obligation", "Technical training institutions", None)]),
    ("The cybersecurity and informatization department shall keep records.",  # a singular head: one body
     [("obligation", "Cybersecurity and informatization department", None)]),
    ("Platform operators shall appoint a data protection officer, who shall supervise the handling of data.",
     [("obligation", "Platform operators", None), ("obligation", "Data protection officer", None)]),
    ("Platform operators shall report to the regulator, which shall reply within ten days.",
     [("obligation", "Platform operators", None), ("obligation", "Regulator", None)]),
    ("Platform operators shall publish the norms that content users should meet.",
     [("obligation", "Platform operators", None)]),
    ("Platform operators shall comply with the following: (1) verify user identity; (2) user data shall not be sold.",
     [("obligation", "Platform operators", None), ("obligation", "Platform operators", None),
      ("prohibition", "Platform operators", None)]),
    # session 6: "in any of the following circumstances" after the action is the condition (extraction.md)
    ("Platform operators shall report to the regulator in any of the following circumstances: (1) a breach occurs; "
     "(2) data cannot be recovered.", [("obligation", "Platform operators", "in any of the following circumstances")]),
    ("Platform operators shall report the following events within two hours: (1) a crash; (2) the loss of data.",
     [("obligation", "Platform operators", None)]),
    ("Platform operators shall take the following measures: (1) encrypting data; (2) other measures provided by law.",
     [("obligation", "Platform operators", None)] * 3),
]
NOT_DUTIES_12 = [
    "Platform operators that violate Article 2 shall be fined, and the persons directly in charge shall each be fined.",
    "Where a platform operator violates these Provisions, the regulator shall order it to make corrections.",
    "Where a platform operator infringes the rights of users, it shall assume liability for damages.",
    "Research institutions that do not serve the public shall not be subject to the provisions of these measures.",
    "Where other laws provide that consent shall be obtained, such provisions shall prevail.",
]


@pytest.mark.parametrize(("sentence", "expected"), MODALITY_12 + SUBJECTS_12)
def test_obligation_patterns_12(sentence: str, expected: list) -> None:
    assert sorted(facts(sentence), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("sentence", NOT_DUTIES_12)
def test_sanctions_and_scope_are_not_duties(sentence: str) -> None:
    assert facts(sentence) == []


@pytest.mark.parametrize(("sentence", "universal"), [
    ("No organization or individual may sell data.", True),
    ("No unit or individual shall sell data.", True),
    ("Any organization or individual has the right to report violations.", True),
    ("Platform operators shall not sell data.", False),
])
def test_universal_bearers_bind_every_actor(sentence: str, universal: bool) -> None:
    kb = kb_for(sentence)
    (o,) = [o for o in kb.obligations if o.article == 1]
    assert o.universal is universal
    others = [a for a in kb.actors if a.id not in o.actors]
    assert (o in kb.obligations_of(actor=others[0])) is universal if others else True


def test_modal_sentence_without_bearer_is_a_warning() -> None:
    kb = kb_for("Such data shall be kept safe.")
    warnings = [d for d in kb.diagnostics if d.code == "no-bearer"]
    assert warnings and "Art. 1" in warnings[0].message and warnings[0].line > 0


def test_clause_fragments_are_never_actors() -> None:
    kb = kb_for("If the platform operator discovers that the content user is cheating, it shall suspend the account. "
                "Where it is indeed necessary to provide an overseas party with data, platform operators shall "
                "apply for approval.")
    labels = {a.label for a in kb.actors}
    assert not any("discovers" in x or "necessary" in x for x in labels), labels


@pytest.mark.parametrize(("sentence", "term"), [
    ("Smart meters (hereinafter referred to as meters) shall be calibrated.", "meters"),
    ('"Biometric data" is data that identifies a person.', "Biometric data"),
    ("The bodies above are collectively referred to as the supervising bodies.", "supervising bodies"),
])
def test_definition_patterns_12(sentence: str, term: str) -> None:
    kb = kb_for(sentence)
    assert term in [d.term for d in kb.definitions if d.article == 1]


def test_includes_defines_a_term_in_a_definitions_article() -> None:
    kb = kb_for('"Data" refers to any record. Data handling includes collection, storage and use.')
    assert {"Data", "Data handling"} <= {d.term for d in kb.definitions if d.article == 1}
    kb2 = kb_for("Platform operators shall keep logs. The log includes the time of each visit.")
    assert "log" not in {d.term.lower() for d in kb2.definitions}


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("Operators shall comply with Articles 1 through 2.", ["t/art_1", "t/art_2"]),
        ("Operators shall comply with paragraph 1 of Article 2.", ["t/art_2__para_1"]),
        ("Operators shall comply with Article 2, paragraph 1.", ["t/art_2__para_1"]),
        ("Operators shall comply with the first paragraph of Article 2 and Article 9.", ["t/art_2__para_1", "t/art_9"]),
    ],
)
def test_internal_reference_patterns_12(sentence: str, targets: list[str]) -> None:
    test_internal_reference_patterns(sentence, targets)


def _kb_text(body: str, laws: str = "") -> KnowledgeBase:
    text = f"---\ntitle: T\n---\n{body}\n"
    fm, b, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0", fm, b, tuple(diags)))
    from regkb.model import Law

    registry = (Law("algo-rules", "Provisions on the Management of Algorithm Recommendation for Internet Services", (),
                    ()),) if laws else ()
    return KnowledgeBase.from_parsed([doc], registry, (), {doc.document.id: text})


def test_items_and_relative_paragraphs() -> None:
    kb = _kb_text("Article 1 Operators may refuse in the following cases:\n\n(1) fraud;\n\n(2) abuse;\n\n(3) debt.\n\n"
                  "Operators shall give reasons in the cases in item (1) or (2) of the preceding paragraph. Subparagraphs "
                  "(2) to (3) of the first paragraph apply to agents.\n\n"
                  "Article 2 Agents shall observe the first paragraph of the preceding article.")
    got = {r.text: [t.provision for t in r.targets] for r in kb.references}
    assert got["item (1) or (2) of the preceding paragraph"] == ["t/art_1__para_1__item_1", "t/art_1__para_1__item_2"]
    assert got["Subparagraphs (2) to (3) of the first paragraph"] == ["t/art_1__para_1__item_2", "t/art_1__para_1__item_3"]
    assert got["the first paragraph of the preceding article"] == ["t/art_1__para_1"]


def test_registry_law_under_another_title_is_a_flagged_fuzzy_match() -> None:
    kb = _kb_text("Article 1 Operators shall comply with the Internet Service Algorithm Recommendation Management "
                  "Provisions and the Widget Safety Law.", laws="yes")
    refs = {r.text: r for r in kb.references}
    fuzzy = refs["Internet Service Algorithm Recommendation Management Provisions"]
    assert fuzzy.resolved and fuzzy.targets[0].law == "algo-rules" and "fuzzy" in fuzzy.note
    assert not refs["Widget Safety Law"].resolved


def test_passive_duty_names_the_agent_of_an_activity_the_text_defines() -> None:
    kb = _kb_text('Article 1 Personal data shall be collected lawfully. Such data shall be protected by law.\n\n'
                  'Article 2 "Data handlers" refer to organizations that handle personal data. Personal data '
                  'handling includes collection, storage and use.')
    obls = [(o.bearer_basis, kb.get(o.actors[0]).label, o.action) for o in kb.obligations if o.article == 1]
    assert obls == [("passive-implied", "Data handlers", "Personal data shall be collected lawfully")]  # guide 3.2
