"""Session 16, helper review20: the overreach of the day's new rules (issue 12), each mended by its linguistic reason.
Detention counted in days is a penalty only of a person (goods, animals, a vessel are held as a measure); a bar on
applying again whose clause names a lawful ground of its own is a waiting period, whatever penalty the paragraph named
before; "hereinafter the same" is a gloss (下同), no short name; goods wrong in themselves and false papers make a wrong
only with the verb of dealing in them, not its agent noun; an outliner's dropped block that states a norm is said as a
warning. Each form in two invented fields (kite clubs, ski schools) and two wordings, with the rows that must still
hold; no sentence of a probe or of any set."""

from __future__ import annotations

import pytest

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Kite clubs shall register their fields. Ski schools shall keep their slopes safe. Importers shall "
           "declare their goods. The sports bureau, the customs office and the port authority shall inspect them.")
KC = "kite club"
SS = "ski school"
SB = "sports bureau"
CO = "customs office"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

ROWS: list[Row] = [
    # detention in days: a person's is a penalty by itself; a thing's is a measure (a sanction only near a violation)
    ("person detained", "A person who flies a kite over the runway shall be detained for not less than five days.",
     [(None, None, "detained")]),
    ("whoever detained", "Whoever cuts the lift cables of a ski school shall be detained for 10 to 15 days.",
     [(None, None, "detained")]),
    ("neg goods detained", "Kites that carry no registration mark shall be detained for 30 days at the club house.", []),
    ("neg vessel detained", "A vessel that enters the harbour without a pilot may be detained for up to seven days "
     "by the port authority.", []),
    ("neg animals detained", "Stray dogs found on the ski slopes shall be detained for no more than 15 days, after "
     "which they may be adopted.", []),
    ("goods detained after a violation", "Where an importer violates Article 1, the goods shall be detained for 30 "
     "days.", [("importer", None, "detained")]),
    # a bar on applying again: its own ground decides when the clause names one
    ("neg bar after a refusal, a penalty before", "Where a kite club violates Article 1, the sports bureau shall order "
     "it to make corrections. A kite club whose application has been refused shall not re-apply within six months.",
     [(KC, SB, "order")]),
    ("neg bar after a move, a fine before", "Where a ski school is fined under Article 1, the fine shall be paid within "
     "15 days. A ski school that moves to another county may not register again for 12 months.", []),
    ("bar whose own ground is a revocation", "Where a kite club violates Article 1, the sports bureau shall order it to "
     "make corrections. A kite club whose registration has been revoked shall not re-apply within three years.",
     [(KC, SB, "order"), (KC, None, "re-apply")]),
    ("bar whose own ground is a cancellation", "Where a ski school violates Article 1, the sports bureau shall fine "
     "it. A ski school whose licence has been cancelled shall not re-apply within two years.",
     [(SS, SB, "fine"), (SS, None, "re-apply")]),
    ("bar whose own ground is a punishment", "Where a kite club violates Article 1, the sports bureau shall fine it. A "
     "kite club that has been punished may not re-register within one year.", [(KC, SB, "fine"), (KC, None, "re-register")]),
    ("bar with no ground of its own", "Where a ski school forges its safety records, the sports bureau shall revoke its "
     "licence; the school may not apply again for a licence within two years.",
     [(SS, SB, "revoke"), (SS, SB, "apply again")]),
    # counterfeit / false: the verb of dealing, not the agent noun of one who meets the goods
    ("neg finder of counterfeit goods", "The customs office shall order an importer that finds counterfeit goods in a "
     "shipment to destroy them.", []),
    ("neg suppliers of fake kites", "The sports bureau shall order the suppliers that receive fake kites from abroad "
     "to report them.", []),
    ("sells counterfeit", "Where an importer sells counterfeit ski boots, the customs office shall order it to stop "
     "the sales.", [("importer", CO, "order")]),
    ("submitted false", "Where a kite club submits false records, the sports bureau shall order corrections.",
     [(KC, SB, "order")]),
]


@pytest.mark.parametrize(("cell", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sanctions(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    check_sanction_rows(kb_text(PARTIES + " Article 2 " + body), cell, expected)


WAITING = [r for r in ROWS if r[0].startswith("neg bar")]


@pytest.mark.parametrize(("cell", "body"), [(r[0], r[1]) for r in WAITING], ids=[r[0] for r in WAITING])
def test_a_waiting_period_for_a_lawful_ground_stays_a_ban(cell: str, body: str) -> None:
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert [o for o in kb.obligations if o.article == 2 and o.modality == "prohibition"], cell


@pytest.mark.parametrize("body", [
    "Kite clubs in the province (excluding the islands, hereinafter the same) shall register their fields.",
    "The sports bureau shall license ski schools (other than school clubs, hereinafter referred to as the same) each year.",
    "Kite clubs in the city (hereinafter the same) shall insure their members.",
])
def test_hereinafter_the_same_is_no_short_name(body: str) -> None:
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert not [d for d in kb.definitions if "same" in d.term.lower()], [(d.term, d.definition) for d in kb.definitions]
    assert [o for o in kb.obligations if o.article == 2]


@pytest.mark.parametrize(("body", "term", "long"), [
    ("The sports bureau shall publish the list of kite fields (updated monthly, hereinafter referred to as the list).",
     "list", "list of kite fields"),
    ('Ski schools shall keep a log of lessons (kept on paper or online, hereinafter "the log").', "log", "log of lessons"),
    ('The sports bureau shall keep a register of ski schools (hereinafter the "Same Day Register").', "Same Day Register",
     "register of ski schools"),
])
def test_a_short_name_after_a_gloss_still_reads(body: str, term: str, long: str) -> None:
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert [(d.term, d.definition) for d in kb.definitions if d.term == term and long in d.definition], \
        [(d.term, d.definition) for d in kb.definitions]


def _outline_diag(text: str) -> list[tuple[str, str]]:
    from regkb.corpus import SourceFile, split_frontmatter
    from regkb.parse import parse_file

    fm, b, d = split_frontmatter(text, "o.md")
    doc = parse_file(SourceFile("o.md", text, "0", fm, b, tuple(d)))
    return [(x.severity, x.code) for x in doc.diagnostics if x.code == "outline-notes"]


_OUTLINE = ("---\ntitle: Kite Rules\n---\n{a}Article 1\n{b}Kite clubs shall register their fields.\n{a}Article 2\n"
            "{b}Kite clubs shall keep a list of members.\n{a}{note}\n{a}Article 3\n{b}The sports bureau shall inspect "
            "the fields.\n")


@pytest.mark.parametrize(("a", "b"), [("- ", "  - "), ("- **", "\t- ")])
def test_a_dropped_outline_block_that_states_a_norm_is_a_warning(a: str, b: str) -> None:
    fix = (lambda s: s.replace("Article 1", "Article 1**").replace("Article 2", "Article 2**").replace(
        "Article 3", "Article 3**")) if "**" in a else (lambda s: s)
    a_note = a.replace("**", "")
    norm = fix(_OUTLINE.format(a=a, b=b, note="")).replace(f"{a}\n", f"{a_note}Kite clubs shall keep the list for two years.\n")
    note = fix(_OUTLINE.format(a=a, b=b, note="")).replace(f"{a}\n", f"{a_note}TODO ask the bureau about the fee\n")
    assert _outline_diag(norm) == [("warning", "outline-notes")]
    assert _outline_diag(note) == [("info", "outline-notes")]
