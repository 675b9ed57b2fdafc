"""Session 17, helper sanct22 (issue 12): sanction forms the development sets missed or took as duties, grouped by form.
Each form in two invented fields (bouncy castle operators, ice rink keepers) and two wordings, with negative rows: the
same verbs in an operative duty, a failure that breaks no provision, a thing handed over, a warning to the public.
No sentence of a development set, a gold text or a probe."""

from __future__ import annotations

import pytest

from .conftest import check_sanction_rows, kb_text

PARTIES = ("Article 1 Castle operators shall inspect their bouncy castles. Rink keepers shall keep their ice rinks safe. "
           "The county sports bureau and the city culture bureau shall inspect them.")
CO = "castle operator"
RK = "rink keeper"
SB = "county sports bureau"
CB = "city culture bureau"

Row = tuple[str, str, list[tuple[str | None, str | None, str]]]

VIOLATIONS: list[Row] = [
    # a provision's paragraph after a comma: "as Article 6, paragraph 3 requires"
    ("as Article N, paragraph M requires", "Where a castle operator fails to deflate its castles as Article 1, paragraph "
     "2 requires, the county sports bureau shall give it a warning.", [(CO, SB, "warning")]),
    ("what Article N, item M requires", "If a rink keeper fails to do what Article 1, item (2) requires, the city "
     "culture bureau may revoke its permit.", [(RK, CB, "revoke")]),
    # an act a numbered provision lists, not done
    ("checks in items", "Where a rink keeper fails to carry out the checks in items (1) to (3) of Article 1, paragraph "
     "1, the city culture bureau shall give it a warning and may suspend the operation of the rink for up to thirty days.",
     [(RK, CB, "warning"), (RK, CB, "suspend")]),
    ("records listed in", "If a castle operator fails to keep the records listed in Article 1, the county sports "
     "bureau may suspend its permit.", [(CO, SB, "suspend")]),
    # not done "as required by", in the perfect
    ("has not ... as required by", "Where a rink keeper has not had the ice tested as required by Article 1, paragraph "
     "2, the city culture bureau shall give the rink keeper a warning.", [(RK, CB, "warning")]),
    ("does not ... as required by", "If a castle operator does not anchor its castles as required by Article 1, the "
     "county sports bureau may revoke its permit.", [(CO, SB, "revoke")]),
    # a limit a provision sets, exceeded
    ("limit in Article N", "Where the noise outside a castle exceeds the limit in Article 1, paragraph 2, the county "
     "sports bureau shall issue a warning to the castle operator; where the operator does not make the castle quieter "
     "within thirty days, that bureau shall suspend the use of the castle.", [(CO, SB, "warning"), (CO, SB, "suspend")]),
    ("ceiling set by Article N", "If the number of skaters on a rink exceeds the ceiling set by Article 1, the city "
     "culture bureau may suspend the operation of the rink.", [(None, CB, "suspend")]),
    # acting without the filing a rule requires
    ("without filing", "Where a rink keeper opens a rink without filing, the city culture bureau shall suspend its "
     "operations.", [(RK, CB, "suspend")]),
    ("without having filed", "A castle operator that hires out castles without having filed shall be fined 1,000 yuan "
     "by the county sports bureau.", [(CO, SB, "fined")]),
    # negatives: a failure that breaks no provision, a limit no provision sets, filing not required
    ("neg failure, no provision", "Where a castle operator fails to open for thirty days, the county sports bureau "
     "shall cancel its registration.", []),
    ("neg limit, no provision", "Where the wind speed exceeds twenty metres a second, the city culture bureau shall "
     "suspend the operation of the rinks.", []),
]

FORMS: list[Row] = [
    # a record struck out after a wrong
    ("struck out", "Where a castle operator fails to deflate its castles as Article 1 requires, the county sports "
     "bureau shall give it a warning; where it fails again within a year, its filing shall be struck out.",
     [(CO, SB, "warning"), (CO, SB, "struck out")]),
    ("struck out of the register", "A rink keeper that sells tickets in breach of Article 1 shall be fined by the city "
     "culture bureau, and its name shall be struck out of the register of rinks.", [(RK, CB, "fined"), (RK, CB, "struck")]),
    ("neg struck out, no wrong", "Where a castle operator moves its office, its old address shall be struck out of "
     "the register.", []),
    # held to account
    ("held to account by", "Staff of the county sports bureau who practise favouritism in the granting of permits "
     "shall be held to account by the discipline inspection organ.",
     [("staff of the county sports bureau", "discipline inspection organ", "held to account")]),
    ("held to account", "A rink keeper that hides an injury to a skater shall be held to account according to law.",
     [(RK, None, "held to account")]),
    # the causative with two things
    ("have two things confiscated", "A rink keeper that hires out skates in breach of Article 1 shall have the skates "
     "and its takings from the hire confiscated by the city culture bureau, and its registration shall be suspended "
     "for three to six months.", [(RK, CB, "confiscated"), (RK, CB, "suspended")]),
    ("have two things confiscated 2", "A castle operator that inflates castles in breach of Article 1 shall have its "
     "blowers and the castles set up on the square confiscated.", [(CO, None, "confiscated")]),
    # a neglect of numbered checks that causes harm
    ("neglect causes injury", "Where the neglect of the checks listed in items (1) to (3) of Article 1, paragraph 2 "
     "causes injury to a child, the castle operator shall make compensation according to law.",
     [(CO, None, "compensation")]),
    ("neglect causes damage", "If neglect of the duties in Article 1 causes damage to a skater's property, the rink "
     "keeper shall compensate the skater for the loss.", [(RK, None, "compensate")]),
    ("neg storm causes injury", "Where a storm causes injury to a skater, the rink keeper shall make compensation "
     "according to the insurance contract.", []),
    ("neg contract compensation", "Where a rink keeper cancels a booked session, it shall compensate the customer as "
     "the booking contract provides.", []),
]

LAW_AND_REFERRAL: list[Row] = [
    # dealt with (handled, punished) under a law named by its title, the subject a doer
    ("dealt with under a Law, whoever", "Whoever sells the information of skaters shall be dealt with under the "
     "Personal Information Protection Law.", [(None, None, "dealt with")]),
    ("handled in accordance with a Law, a party", "A castle operator that leaks the identity information of children "
     "shall be handled in accordance with the Personal Information Protection Law.", [(CO, None, "handled")]),
    ("neg dealt with, a dispute", "Disputes between castle operators and parents shall be handled in accordance with "
     "the Civil Procedure Law.", []),
    ("neg dealt with, complaints", "Complaints about rink keepers shall be dealt with under the Consumer Rights "
     "Protection Law.", []),
    # a person handed over; the matter that goes to the organ
    ("person handed over", "Whoever installs a hidden camera in a bouncy castle shall be handed over to the public "
     "security organ.", [(None, None, "handed over")]),
    ("party referred", "A rink keeper who hides an injury to a skater shall be referred to the judicial organs.",
     [(RK, None, "referred")]),
    ("matter goes to", "Whoever sells the information of skaters shall be dealt with under the Personal Information "
     "Protection Law, and if the sale amounts to a crime, the matter shall go to the public security organ.",
     [(None, None, "dealt with"), (None, None, "go to")]),
    ("case passes to", "Where a rink keeper falsifies its safety records, the case shall pass to the judicial organs.",
     [(RK, None, "pass to")]),
    ("neg thing handed over", "Lost property that remains unclaimed in a castle shall be handed over to the public "
     "security organ.", []),
    ("neg thing goes to", "Lost property found on a rink shall go to the public security organ.", []),
]

WARNINGS: list[Row] = [
    # a public body's warning to the party whose act the condition names
    ("warning to the doer", "Where a castle operator inflates a castle after drinking alcohol, the county sports bureau "
     "shall issue a warning to the castle operator and inform the parents.", [(CO, SB, "warning")]),
    ("warning, pronoun", "If a rink keeper lets skaters onto thin ice, the city culture bureau shall give him a "
     "warning.", [(RK, CB, "warning")]),
    # negatives: no doer's act, a private party's warning, a warning notice to the public, another party warned
    ("neg storm", "Where a storm approaches, the county sports bureau shall issue a warning to the castle operators.", []),
    ("neg private party", "Where a skater falls, the rink keeper shall issue a warning to the skaters.", []),
    ("neg warning notice", "The county sports bureau shall issue a warning notice to the public when winds exceed force "
     "six.", []),
    ("neg another party", "Where a castle operator asks for advice, the county sports bureau shall issue a warning to "
     "the parents.", []),
]

REMOVALS: list[Row] = [
    # a thing removed by an agent near a violation; the violator's causative at its own expense
    ("removed by the bureau", "A castle operator that inflates castles without filing under Article 1, paragraph 1 "
     "shall be ordered by the county sports bureau to file within a time limit; where it fails to file, the castles "
     "shall be removed by the county sports bureau and it may be fined not less than 2,000 yuan.",
     [(CO, SB, "ordered"), (CO, SB, "removed"), (CO, SB, "fined")]),
    ("dismantled by the bureau", "Where a rink keeper builds a stand in breach of Article 1, the stand shall be "
     "dismantled by the city culture bureau.", [(RK, CB, "dismantled")]),
    ("causative at its own expense", "A rink keeper that places benches in the places listed in the first paragraph of "
     "Article 1 shall have those benches removed by the city culture bureau at its own expense and shall receive a "
     "warning.", [(RK, CB, "removed"), (RK, CB, "warning")]),
    ("neg removed, no wrong", "Snow on the rink shall be removed by the rink keeper.", []),
    ("neg removed, new sentence", "Where a rink keeper violates Article 1, it shall be fined 500 yuan. Snow on the path "
     "shall be removed by the city culture bureau.", [(RK, None, "fined")]),
    ("neg causative, own duty", "The castle operator shall have the castles removed at its own expense at the end of "
     "the season.", []),
]

ROWS = VIOLATIONS + FORMS + LAW_AND_REFERRAL + WARNINGS + REMOVALS


@pytest.mark.parametrize(("cell", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sanctions(cell: str, body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    check_sanction_rows(kb_text(PARTIES + " Article 2 " + body), cell, expected)


SANCTIONS_ONLY = [r for r in ROWS if r[2] and not r[0].startswith("neg")]


@pytest.mark.parametrize(("cell", "body"), [(r[0], r[1]) for r in SANCTIONS_ONLY], ids=[r[0] for r in SANCTIONS_ONLY])
def test_a_sanction_is_no_duty(cell: str, body: str) -> None:
    """A penalty clause never becomes a duty of the violator or of the authority."""
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert not [o.text for o in kb.obligations if o.article == 2], cell


DUTIES = ["neg failure, no provision", "neg limit, no provision", "neg storm", "neg private party", "neg warning notice",
          "neg another party", "neg removed, no wrong", "neg causative, own duty", "neg contract compensation",
          "neg storm causes injury"]


@pytest.mark.parametrize("cell", DUTIES)
def test_the_same_verbs_in_a_duty_stay_a_duty(cell: str) -> None:
    """The same verbs in an operative duty (a warning to the public, a removal, compensation under a contract) stay
    the party's duty."""
    body = next(r[1] for r in ROWS if r[0] == cell)
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert [o for o in kb.obligations if o.article == 2], cell


# guide 1.13 e, by place: a private party's own penalty verb alone in its article is its operative measure (a permission
# or a duty); with another sanction in the article, or under a liability heading, it is a sanction with that party as
# authority; a public body's penalty verb alone stays a sanction
OPERATIVE = [
    ("absent without good cause", "Where a rink employee is absent without good cause for three days, the rink keeper "
     "may dismiss the employee."),
    ("refuses without good cause", "If a skater refuses without good cause to leave the ice after closing, the rink "
     "keeper may bar the skater from the rink for one month."),
]


@pytest.mark.parametrize(("cell", "body"), OPERATIVE, ids=[r[0] for r in OPERATIVE])
def test_a_private_measure_alone_is_operative(cell: str, body: str) -> None:
    kb = kb_text(PARTIES + " Article 2 " + body)
    assert not [s for s in kb.sanctions if s.article == 2], cell
    assert [o.modality for o in kb.obligations if o.article == 2] == ["permission"], cell


@pytest.mark.parametrize(("cell", "body"), OPERATIVE, ids=[r[0] for r in OPERATIVE])
def test_a_private_measure_with_another_sanction_is_a_sanction(cell: str, body: str) -> None:
    kb = kb_text(PARTIES + " Article 2 " + body + " A rink keeper that violates Article 1 shall be fined 500 yuan by "
                 "the city culture bureau.")
    got = [s for s in kb.sanctions if s.article == 2]
    assert len(got) == 2 and (got[0].authority or "").lower() == RK, (cell, [(s.authority, s.text) for s in got])
    assert not [o for o in kb.obligations if o.article == 2], cell


@pytest.mark.parametrize(("cell", "body"), OPERATIVE, ids=[r[0] for r in OPERATIVE])
@pytest.mark.parametrize("heading", ["Legal Liability", "Penalties"])
def test_a_private_measure_under_a_liability_heading_is_a_sanction(cell: str, body: str, heading: str) -> None:
    text = (f"Chapter I General Provisions\n\n{PARTIES}\n\nChapter II {heading}\n\nArticle 2 {body}\n")
    kb = kb_text(text)
    got = [s for s in kb.sanctions if s.article == 2]
    assert len(got) == 1 and (got[0].authority or "").lower() == RK, (cell, [(s.authority, s.text) for s in got])


def test_a_public_body_alone_stays_a_sanction() -> None:
    kb = kb_text(PARTIES + " Article 2 Where a castle operator violates Article 1, the county sports bureau may revoke "
                 "its permit.")
    check_sanction_rows(kb, "public body alone", [(CO, SB, "revoke")])
