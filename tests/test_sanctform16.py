"""Sanctions, by form (session 13, helper sanctform16): the inventory of English penalty clauses in translated
regulations (extraction.md, "Sanctions, by form"), each cell in two invented fields, ice rinks and locksmiths; no
sentence comes from any set. Each row: the cell, Article 2's text, and (violator, authority, kind) of each sanction in
order, where kind is a word the sanction's trigger or penalty must contain. The negative rows state no sanction."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text

PARTIES = ("Article 1 Ice rink operators shall test the ice every morning. Locksmiths shall keep a register of the "
           "keys they cut. The sports bureau and the public security bureau shall inspect them.")

R = "Where an ice rink operator violates Article 1, "
L = "Where a locksmith violates Article 1, "
RO = "ice rink operator"
LS = "locksmith"
SB = "sports bureau"
PB = "public security bureau"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

CELLS: list[Row] = [
    # --- the penalty
    ("warning", R + "the sports bureau shall give it a warning.", [(RO, SB, "warning")]),
    ("warning", L + "the public security bureau shall issue a warning to the locksmith.", [(LS, PB, "warning")]),
    ("criticism", R + "the sports bureau shall circulate a notice of criticism.", [(RO, SB, "criticism")]),
    ("criticism", L + "the locksmith shall be criticised by the public security bureau.", [(LS, PB, "criticised")]),
    ("correct", R + "the sports bureau shall order it to make corrections.", [(RO, SB, "correct")]),
    ("correct", L + "the public security bureau shall order it to rectify within a time limit.", [(LS, PB, "rectify")]),
    ("fine fixed", R + "the sports bureau shall impose a fine of 2,000 yuan on it.", [(RO, SB, "fine")]),
    ("fine fixed", L + "the locksmith shall be fined 3,000 yuan by the public security bureau.", [(LS, PB, "fined")]),
    ("fine range", R + "the sports bureau shall impose a fine of not less than 1,000 yuan but not more than 10,000 "
     "yuan.", [(RO, SB, "fine")]),
    ("fine range", L + "the public security bureau shall fine the locksmith between 500 and 5,000 yuan.",
     [(LS, PB, "fine")]),
    ("fine multiple", R + "the sports bureau shall impose a fine of not less than one time but not more than five "
     "times the illegal gains.", [(RO, SB, "fine")]),
    ("fine multiple", L + "the locksmith shall be fined two to five times its unlawful income by the public security "
     "bureau.", [(LS, PB, "fined")]),
    ("fine per day", R + "the sports bureau shall impose a fine of 500 yuan for each day of the violation.",
     [(RO, SB, "fine")]),
    ("fine per day", L + "the locksmith shall be fined 200 yuan per day by the public security bureau until it makes "
     "corrections.", [(LS, PB, "fined")]),
    ("confiscation gains", R + "the sports bureau shall confiscate its illegal gains.", [(RO, SB, "confiscate")]),
    ("confiscation gains", L + "the locksmith shall have its unlawful income confiscated by the public security "
     "bureau.", [(LS, PB, "confiscated")]),
    ("confiscation tools", R + "the sports bureau shall confiscate the equipment used for the violation.",
     [(RO, SB, "confiscate")]),
    ("confiscation tools", L + "the key-cutting machines used shall be confiscated by the public security bureau.",
     [(LS, PB, "confiscated")]),
    ("suspension", R + "the sports bureau shall order it to suspend business for rectification.",
     [(RO, SB, "suspend")]),
    ("suspension", L + "the public security bureau may suspend its business for up to three months.",
     [(LS, PB, "suspend")]),
    ("closure", R + "the sports bureau shall order it to close down.", [(RO, SB, "close")]),
    ("closure", L + "the shop of the locksmith shall be closed down by the public security bureau.",
     [(LS, PB, "closed")]),
    ("revocation", R + "the sports bureau may revoke its operating licence.", [(RO, SB, "revoke")]),
    ("revocation", L + "its registration certificate shall be cancelled by the public security bureau.",
     [(LS, PB, "cancelled")]),
    ("credit", R + "the sports bureau shall enter the violation in the credit record of the ice rink operator.",
     [(RO, SB, "credit")]),
    ("credit", L + "the public security bureau shall include the locksmith in the list of dishonest entities.",
     [(LS, PB, "dishonest")]),
    ("trade ban", R + "the ice rink operator shall be barred from operating ice rinks for five years.",
     [(RO, None, "barred")]),
    ("trade ban", L + "the public security bureau may prohibit the locksmith from engaging in the trade for three "
     "years.", [(LS, PB, "prohibit")]),
    ("detention", R + "the person in charge of the ice rink operator shall be detained for not more than 10 days by "
     "the public security bureau.", [("person in charge of the ice rink operator", PB, "detained")]),
    ("detention", L + "the public security bureau may detain the locksmith for up to 15 days.",
     [(LS, PB, "detain")]),
    ("civil", "Where an ice rink operator violates Article 1 and causes injury to a skater, it shall bear civil "
     "liability according to law.", [(RO, None, "civil")]),
    ("civil", "A locksmith that violates Article 1 and causes a loss to its customer is liable for compensation.",
     [(LS, None, "compensation")]),
    ("criminal", "An ice rink operator that violates Article 1 shall bear criminal liability according to law.",
     [(RO, None, "criminal")]),
    ("criminal", "A locksmith who violates Article 1 shall be investigated for criminal liability according to law.",
     [(LS, None, "criminal")]),
    ("referral", R + "the case shall be transferred to the judicial organs.", [(RO, None, "transferred")]),
    ("referral", L + "the locksmith shall be handed over to the judicial organs.", [(LS, None, "handed")]),
    ("according to law", R + "it shall be dealt with according to law.", [(RO, None, "dealt")]),
    ("according to law", "A locksmith who violates Article 1 shall be dealt with by the public security bureau "
     "according to law.", [(LS, PB, "dealt")]),
    ("under Law X", R + "it shall be punished in accordance with the provisions of the Sports Law.",
     [(RO, None, "punished")]),
    ("under Law X", "A locksmith who violates Article 1 shall be punished by the public security bureau in "
     "accordance with the Law on Public Security Administration Penalties.", [(LS, PB, "punished")]),
    # --- the voice and frame
    ("impose on X", "The sports bureau shall impose a fine of 1,000 yuan on an ice rink operator that violates "
     "Article 1.", [(RO, SB, "fine")]),
    ("impose on X", "The public security bureau shall impose a fine of 500 yuan upon a locksmith who violates "
     "Article 1.", [(LS, PB, "fine")]),
    ("liable to", "An ice rink operator that violates Article 1 is liable to a fine of 2,000 yuan.",
     [(RO, None, "fine")]),
    ("liable to", "A locksmith who violates Article 1 shall be liable to a fine of up to 1,000 yuan.",
     [(LS, None, "fine")]),
    ("subject to", "An ice rink operator that violates Article 1 shall be subject to a fine of 2,000 yuan.",
     [(RO, None, "fine")]),
    ("subject to", "A locksmith who violates Article 1 shall be subject to administrative penalties imposed by the "
     "public security bureau.", [(LS, PB, "penalties")]),
    ("legal responsibility", "An ice rink operator that violates Article 1 shall bear legal responsibility according "
     "to law.", [(RO, None, "responsibility")]),
    ("legal responsibility", "A locksmith who violates Article 1 shall be held legally liable.",
     [(LS, None, "liable")]),
    ("agentless", R + "a fine of 1,000 yuan shall be imposed.", [(RO, None, "fine")]),
    ("agentless", L + "a warning shall be given.", [(LS, None, "warning")]),
    ("punished by NOUN", "An ice rink operator that violates Article 1 shall be punished by a fine of 2,000 yuan.",
     [(RO, None, "fine")]),
    ("punished by NOUN", "A locksmith who violates Article 1 shall be punished by a warning or a fine.",
     [(LS, None, "warning")]),
    ("impose upon X NOUN", R + "the sports bureau shall impose upon it a fine of 1,000 yuan.", [(RO, SB, "fine")]),
    ("impose upon X NOUN", L + "the public security bureau shall impose on the locksmith a warning.",
     [(LS, PB, "warning")]),
    ("may be ordered", R + "it may be ordered by the sports bureau to suspend business.", [(RO, SB, "ordered")]),
    ("may be ordered", L + "the locksmith may be ordered to make corrections by the public security bureau.",
     [(LS, PB, "ordered")]),
    ("given by", R + "it shall be given a warning by the sports bureau.", [(RO, SB, "warning")]),
    ("given by", L + "the locksmith shall be given a warning by the public security bureau.", [(LS, PB, "warning")]),
    # --- the violator
    ("anyone who", "Anyone who violates Article 1 shall be fined 500 yuan by the sports bureau.",
     [(None, SB, "fined")]),
    ("anyone who", "Whoever cuts keys in violation of Article 1 shall be fined 500 yuan by the public security "
     "bureau.", [(None, PB, "fined")]),
    ("persons in charge", R + "the persons directly in charge shall each be fined 1,000 yuan by the sports bureau.",
     [("persons directly in charge", SB, "fined")]),
    ("persons in charge", L + "the public security bureau shall impose a fine of 800 yuan on the persons directly in "
     "charge.", [("persons directly in charge", PB, "fine")]),
    ("unit and staff", R + "the sports bureau shall impose a fine of 10,000 yuan on it, and impose a fine of 1,000 "
     "yuan on the persons directly in charge.",
     [(RO, SB, "fine"), ("persons directly in charge", SB, "fine")]),
    ("unit and staff", L + "the locksmith shall be fined 5,000 yuan, and the persons directly in charge shall be "
     "fined 500 yuan, by the public security bureau.",
     [(LS, None, "fined"), ("persons directly in charge", PB, "fined")]),
    ("violation by its verb", "Where an ice rink operator fails to test the ice, the sports bureau shall order it to "
     "make corrections.", [(RO, SB, "correct")]),
    ("violation by its verb", "Where a locksmith falsifies the register of keys, the public security bureau shall "
     "revoke its licence.", [(LS, PB, "revoke")]),
    ("violation by article", "For a violation of Article 1, the sports bureau shall impose a fine of 1,000 yuan on "
     "the ice rink operator.", [(RO, SB, "fine")]),
    ("violation by article", "Any violation of Article 1 shall be subject to a fine of 500 yuan.",
     [(None, None, "fine")]),
    # --- the authority
    ("agentless after named", R + "the sports bureau shall order it to make corrections; where it refuses, a fine of "
     "5,000 yuan shall be imposed.", [(RO, SB, "correct"), (RO, SB, "fine")]),
    ("agentless after named", L + "the public security bureau shall give it a warning, and a fine of 500 yuan shall "
     "also be imposed.", [(LS, PB, "warning"), (LS, PB, "fine")]),
    ("respective duties", R + "the sports bureau and the public security bureau shall, according to their "
     "respective duties, order it to make corrections.", [(RO, "sports bureau and the public security bureau",
                                                           "correct")]),
    ("respective duties", L + "the public security bureau and the sports bureau shall order it to make corrections "
     "according to their respective duties.", [(LS, "public security bureau and the sports bureau", "correct")]),
    # --- cells added after reading the development sets' misses (heldout14), each a form of its own
    # the article a violation names, linked to the published page (a rendered Markdown page shows the words only)
    ("linked article", "Where an ice rink operator breaches [Article 1](https://rules.example.gov.cn/rinks.html#art1), "
     "the sports bureau shall give it a warning and impose a fine of 2,000 yuan.", [(RO, SB, "warning")]),
    ("linked article", "A locksmith who violates [Article\n1](http://www.example.org/keys/rules.html) shall be fined "
     "500 yuan by the public security bureau.", [(LS, PB, "fined")]),
    # a refusal that defies a warning or an order is a violation, so a referral after it is a sanction
    ("defiance", "An ice rink operator that refuses to close the rink after a warning under the preceding paragraph "
     "shall be handed over to the public security organ.", [(RO, None, "handed")]),
    ("defiance", "A locksmith who refuses to stop cutting keys despite being ordered to do so shall be transferred to "
     "the judicial organs.", [(LS, None, "transferred")]),
    # the violator's things, "any" or "all" of them, seized after the violator's sanction in the same sentence
    ("things seized, any", L + "the public security bureau shall order it to make corrections; any key blanks that "
     "were sold shall be confiscated.", [(LS, PB, "correct"), (LS, PB, "confiscated")]),
    ("things seized, any", R + "the sports bureau shall give it a warning, and all skates hired out shall be "
     "confiscated.", [(RO, SB, "warning"), (RO, SB, "confiscated")]),
    # (heldout9, heldout12) "failing that (which)" opens a condition, as "if not" does: no part of the violator's name
    ("failing that", "A locksmith who fails to keep the register in violation of Article 1 shall be ordered by the "
     "public security bureau to correct it within a time limit; failing that, the locksmith shall be liable to a fine "
     "of 200 yuan.", [(LS, PB, "ordered"), (LS, PB, "fine")]),
    ("failing that", R + "the sports bureau shall order it to make corrections; failing which, the ice rink operator "
     "shall be fined 1,000 yuan.", [(RO, SB, "correct"), (RO, SB, "fined")]),
    # performance in the violator's place at its cost, "take it down" as "remove"
    ("substitute", "Where an ice rink operator builds a shed on the ice in violation of Article 1, the sports bureau "
     "shall order it to remove the shed; failing which, the sports bureau shall take it down at the operator's "
     "expense.", [(RO, SB, "remove"), (RO, SB, "take it down")]),
    ("substitute", "Where a locksmith puts up a sign in violation of Article 1, the sign shall be taken down by the "
     "public security bureau at the locksmith's cost.", [(LS, PB, "taken down")]),
    # --- aggravated and lightened
    ("aggravated", R + "the sports bureau shall give it a warning; where the circumstances are serious, its licence "
     "shall be revoked.", [(RO, SB, "warning"), (RO, SB, "revoked")]),
    ("aggravated", L + "the public security bureau shall order it to make corrections; if the circumstances are "
     "serious, the public security bureau may suspend its business.", [(LS, PB, "correct"), (LS, PB, "suspend")]),
    ("lightened", R + "it may be given a lighter penalty by the sports bureau.", [(RO, SB, "penalty")]),
    ("lightened", L + "the locksmith may be given a mitigated punishment by the public security bureau.",
     [(LS, PB, "punishment")]),
]

NEGATIVES: list[tuple[str, str]] = [
    ("fine as an object", "The sports bureau shall publish the fines imposed on ice rink operators every year."),
    ("fine as an object", "The public security bureau shall keep a record of the fines it has collected from "
     "locksmiths."),
    ("liable, not penal", "The ice rink operator shall be liable for the maintenance of the ice surface."),
    ("liable, not penal", "A locksmith is liable to pay the annual registration fee."),
    ("victim's right", "A skater injured on the ice has the right to claim compensation from the ice rink operator."),
    ("victim's right", "A customer whose key is lost by a locksmith is entitled to compensation."),
    ("refusal, no defiance", "A locksmith who refuses to cut a key for a customer without identity papers shall "
     "record the refusal."),
    ("refusal, no defiance", "An ice rink operator that refuses entry to a skater after a warning of thin ice shall "
     "post a notice."),
    ("take down, no wrong", "The sports bureau shall take down the old scoreboard at its own expense."),
    ("take down, no wrong", "Locksmiths shall take down their signs at the end of the lease at their own cost."),
    ("exempted", "Where an ice rink operator corrects a minor violation of Article 1 at once, no penalty shall be "
     "imposed."),
    ("exempted", "A locksmith who reports its own violation of Article 1 shall be exempted from punishment."),
]


def kb_of(text: str) -> KnowledgeBase:
    return kb_text(f"{PARTIES}\n\nArticle 2 {text}", "rules.md")


def found(kb: KnowledgeBase) -> list[tuple[str | None, str | None, str]]:
    return [(s.violator, s.authority, f"{s.trigger} {s.penalties}".lower()) for s in kb.sanctions if s.article == 2]


@pytest.mark.parametrize(("cell", "text", "expected"), CELLS)
def test_sanction_by_form(cell: str, text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    got = found(kb_of(text))
    assert len(got) == len(expected), (cell, got)
    for (v, a, p), (ev, ea, kind) in zip(got, expected, strict=True):
        assert (v, a) == (ev, ea), (cell, got)
        assert kind in p, (cell, got)


@pytest.mark.parametrize(("cell", "text"), NEGATIVES)
def test_no_sanction(cell: str, text: str) -> None:
    kb = kb_of(text)
    assert not found(kb), cell


@pytest.mark.parametrize("tail", [
    "[item 3 of paragraph 1 of Article\n1](https://rules.example.gov.cn/rinks.html#art1).",
    "item 3 of paragraph 1 of Article\n1.",
])
def test_a_provision_number_wrapped_onto_the_next_line_is_no_item(tail: str) -> None:
    # "... of Article\n1.": the number the line break moved is the article's, not an item label "1." (as a year is)
    body = ("Article 1 Ice rink operators shall:\n\n(1) test the ice;\n\n(2) light the rink;\n\n(3) post the rules.\n\n"
            f"Article 2 Skaters shall follow the rules posted under {tail}")
    kb = kb_text(body, "rules.md")
    assert [[t.provision for t in r.targets] for r in kb.references if r.text.startswith("item 3")] == [
        ["rules/art_1__para_1__item_3"]]


def test_items_after_a_line_ending_in_and_stay_items() -> None:
    kb = kb_text("Article 1 Ice rink operators shall:\n1. test the ice; and\n2. light the rink.", "rules.md")
    assert len([o for o in kb.obligations if o.article == 1]) == 2


@pytest.mark.parametrize("text", [
    "Ice rink operators shall bear the legal responsibilities of being operators of public venues.",
    "Locksmiths should bear legal responsibility for the keys they keep and fulfil their duties.",
])
def test_the_legal_responsibilities_of_a_role_are_duties(text: str) -> None:
    # "bear legal responsibility" is liability for a wrong only where the clause ends with it (or "according to law")
    kb = kb_of(text)
    assert not found(kb) and [o for o in kb.obligations if o.article == 2]
