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
