"""Sanctions by penalty class x frame (session 10): every class of the penalty lexicon (patterns.PENALTY_CLASSES) in
every frame that the class has, with two wordings of the violator and two invented sets of parties (bakeries and
ferries); and the negative rows: a penalty's word where it names no penalty, or a penalty's verb with no violation.

No sentence comes from a held-out set."""

from __future__ import annotations

import itertools

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text

# (party, authority) of each invented text; Article 1 binds the party, so it is a known actor
PARTIES = [("bakery operator", "market regulation bureau"), ("ferry operator", "maritime affairs bureau")]


def kb_of(article2: str) -> KnowledgeBase:
    return kb_text("Article 1 Bakery operators shall label allergens. Ferry operators shall register every passenger.\n\n"
                   f"Article 2 {article2}", "rules.md")


# --- the frames: (frame, template, authority named); {v} the violation's condition or subject, {a} the authority ---
# the authority-active frame: "X shall V (it) NOUN" after a violation
ACTIVE = [
    "give it a warning", "circulate a notice of criticism", "impose a fine of 5,000 yuan on it", "fine it 5,000 yuan",
    "confiscate its illegal gains", "confiscate the illegal property", "revoke its business licence",
    "suspend its permit", "suspend the operator's access to the booking platform", "suspend its account for a month",
    "withdraw its licence", "cancel its registration", "deprive it of its qualification",
    "lower its qualification grade", "downgrade its credit rating", "restrict its business activities",
    "order it to suspend production or business", "order it to close down", "close it down",
    "bar it from engaging in the trade", "disqualify it from bidding for three years",
    "prohibit it from engaging in the trade for five years", "record the violation in its credit file",
    "enter it in the credit records", "list it as an enterprise with abnormal operations",
    "include it in the blacklist", "blacklist it", "place it under key supervision", "publicly expose it",
    "expose it to the public", "announce the violation to the public", "strike it off the register",
    "give it administrative sanctions", "impose administrative detention on it",
]
# the violator-passive frame: "V shall be given / imposed / fined ... (by X)"
PASSIVE = [
    "be given a warning", "be given a notice of criticism", "be fined 5,000 yuan", "be imposed a fine of 5,000 yuan",
    "be given a fine of 5,000 yuan", "have its illegal gains confiscated", "have its business licence revoked",
    "be deprived of its qualification", "have its qualification grade lowered", "be restricted in its business activities",
    "have its business activities restricted", "be ordered to suspend production or business", "be ordered to close down",
    "be barred from engaging in the trade", "be prohibited from engaging in the trade for three years",
    "be disqualified from bidding", "be detained for up to ten days", "be given disciplinary sanctions",
    "be struck off the register", "be blacklisted", "be listed as an enterprise with abnormal operations",
    "be entered in the credit records", "be placed under key supervision", "be publicly exposed",
    "be exposed to the public",
]
# the violator-active frame: "V shall bear / incur / be liable to / be subject to / be punishable by NOUN"
VIOLATOR_ACTIVE = [
    "bear civil liability", "bear the liability for compensation", "incur a fine of 5,000 yuan",
    "be liable to a fine of 5,000 yuan", "be subject to a fine of 5,000 yuan", "be subject to revocation of its licence",
    "be subject to confiscation of its illegal gains", "be punishable by a fine of 5,000 yuan",
    "be subject to administrative detention", "be subject to disciplinary sanctions", "make good the losses",
    "compensate the passengers for the losses", "be liable for compensation", "be held criminally liable",
    "bear criminal liability",
]
# the agentless frame: "NOUN shall be imposed", "the N of ... shall be V-ed" (the violator the condition's)
AGENTLESS = [
    "a fine of 5,000 yuan shall be imposed", "a warning shall be given", "its illegal gains shall be confiscated",
    "its business licence shall be revoked", "its qualification grade shall be lowered", "its licence shall be withdrawn",
    "its registration shall be cancelled", "its permit shall be suspended", "criminal liability shall be pursued",
]
# the nominal frame: a penalty without a modal ("is punishable by a fine of")
NOMINAL = [
    "is punishable by a fine of 5,000 yuan", "is liable to a fine of 5,000 yuan", "is subject to a fine of 5,000 yuan",
    "is subject to confiscation of its illegal gains", "is punishable by administrative detention",
    "faces a fine of 5,000 yuan", "is liable for compensation",
]
# the violator as a condition (before an authority's clause or an agentless one) ...
CONDITIONS = ["Where a {p} violates Article 1, ", "If a {p} fails to comply with Article 1, "]
# ... or as the subject, with the violation in its post-modifier
SUBJECTS = ["A {p} that violates Article 1 ", "A {p} in breach of Article 1 "]

CASES = (
    [(f"{c}the {{a}} shall {x}.", True) for c, x in itertools.product(CONDITIONS, ACTIVE)]
    + [(f"{c}it shall {x} by the {{a}}.", True) for c, x in itertools.product(CONDITIONS, PASSIVE)]
    + [(f"{s}shall {x}.", False) for s, x in itertools.product(SUBJECTS, PASSIVE + VIOLATOR_ACTIVE)]
    + [(f"{c}{x}.", False) for c, x in itertools.product(CONDITIONS, AGENTLESS)]
    + [(f"{s}{x}.", False) for s, x in itertools.product(SUBJECTS, NOMINAL)]
)


@pytest.mark.parametrize(("template", "authority_named"), CASES)
@pytest.mark.parametrize(("party", "authority"), PARTIES)
def test_penalty_in_frame(template: str, authority_named: bool, party: str, authority: str) -> None:
    kb = kb_of(template.format(p=party, a=authority))
    found = [(s.violator, s.authority) for s in kb.sanctions if s.article == 2]
    assert found == [(party, authority if authority_named else None)]
    assert [o.action for o in kb.obligations if o.article == 2] == []  # a sanction is never a duty


# an authority's penalty on the persons in charge of the violator: the persons are the party penalised
IN_CHARGE = [
    "Where a {p} violates Article 1, the {a} shall give disciplinary sanctions to the persons directly in charge.",
    "Where a {p} violates Article 1, the {a} shall demote the persons directly in charge.",
    "Where a {p} violates Article 1, the {a} shall dismiss the persons directly in charge.",
    "Where a {p} violates Article 1, the {a} shall impose administrative detention on the persons directly in charge.",
]


@pytest.mark.parametrize("template", IN_CHARGE)
@pytest.mark.parametrize(("party", "authority"), PARTIES)
def test_staff_sanction_names_the_persons(template: str, party: str, authority: str) -> None:
    kb = kb_of(template.format(p=party, a=authority))
    assert [(s.violator, s.authority) for s in kb.sanctions if s.article == 2] == [
        ("persons directly in charge", authority)]


def test_agentless_given_to_names_the_persons() -> None:
    kb = kb_of("Where a bakery operator violates Article 1, disciplinary sanctions shall be given to the persons "
               "directly in charge.")
    assert [(s.violator, s.authority) for s in kb.sanctions if s.article == 2] == [("persons directly in charge", None)]


# the negative rows: a penalty's word that names no penalty, or a penalty's verb with no violation in the paragraph
# (article 2 text -> the modality of its one duty, or None for a statement that binds no one)
NEGATIVES = [
    ("Bakery operators shall read the fine print of each supply contract.", "obligation"),
    ("Ferry operators shall keep the fine-grained position records for a year.", "obligation"),
    ("Bakery operators shall order the delivery records by date.", "obligation"),
    ("Ferry operators shall put up warning signs at every gangway.", "obligation"),
    ("Bakery operators shall be given a fine-grained map of the district.", None),
    ("The certificate shall be given to the ferry operator within ten days.", None),
    ("Conditions may be imposed on the use of the passenger data.", None),
    ("The permit shall be valid for three years.", None),
    ("Where a ferry operator applies for it, the maritime affairs bureau shall suspend its permit.", "obligation"),
    ("The market regulation bureau shall cancel its registration when a bakery operator closes its business.",
     "obligation"),
    ("Bakery operators shall be prohibited from selling bread past its date.", "prohibition"),
    ("Ferry operators shall compensate the passengers for losses caused by delays.", "obligation"),
    ("The maritime affairs bureau shall restrict access to the passenger data.", "obligation"),
    ("Bakery operators shall incur the costs of the inspection.", "obligation"),
    # (review10) a penalty's noun in a post-modifier of what is borne is no penalty borne
    ("Bakery operators shall bear the costs of the closure of the bakery.", "obligation"),
    ("Ferry operators shall bear the expenses during any detention of the ferry at the pier.", "obligation"),
    # (review10) an authority's report of the violations it found names no violator: a duty, no exposure
    ("The market regulation bureau shall publish the violations found in inspections on its website each quarter.",
     "obligation"),
    ("The maritime affairs bureau shall disclose the illegal acts it has handled in its annual report.", "obligation"),
    ("Where a bakery operator violates Article 1, the market regulation bureau shall publish the list of inspections.",
     "obligation"),
    # (session 10, lead) an applicant short of an article's requirements, then a step of the procedure suspended: the
    # verb "suspend" is a penalty only with a grant or an activity as its object
    ("Where an applicant fails to meet the requirements of Article 1, the market regulation bureau may suspend the "
     "review of the application.", "permission"),
    ("If a ferry operator fails to meet the requirements of Article 1, the maritime affairs bureau shall suspend the "
     "examination until the materials are completed.", "obligation"),
]


@pytest.mark.parametrize(("text", "modality"), NEGATIVES)
def test_no_sanction_without_penalty_or_violation(text: str, modality: str | None) -> None:
    kb = kb_of(text)
    assert [s.text for s in kb.sanctions if s.article == 2] == []
    if modality is not None:
        assert [o.modality for o in kb.obligations if o.article == 2] == [modality]


@pytest.mark.parametrize("text", [
    "A ferry with a broken engine is liable to cause damages to the pier.",
    "A bakery oven that is not cleaned is liable to produce fines of soot.",
    "Bakery operators are liable to suffer losses in a flood.",
])
def test_liable_to_a_risk_is_no_sanction(text: str) -> None:
    assert [s.text for s in kb_of(text).sanctions if s.article == 2] == []


def test_warning_label_is_no_sanction() -> None:
    kb = kb_of("Where a bakery operator violates Article 1, a warning label shall be printed on each package.")
    assert [s.text for s in kb.sanctions if s.article == 2] == []


# (session 10, lead; review10's finding 3) "warning" as a modifier of another noun names a thing, not a penalty: the
# passive duty to hand it over has no bearer in the sentence, and `regkb check` says so (it was silently dropped as a
# sanction, or made one); the penalty "given a warning" after a violation stays a sanction
@pytest.mark.parametrize("text", [
    "Every lifeguard shall be given a warning light and a blanket.",
    "Each ferry passenger shall be given a warning whistle before boarding.",
])
def test_a_warning_thing_is_no_penalty_and_its_missing_bearer_is_reported(text: str) -> None:
    kb = kb_of(text)
    assert [s.text for s in kb.sanctions if s.article == 2] == []
    assert [d.code for d in kb.diagnostics if d.code == "no-bearer"] == ["no-bearer"]


@pytest.mark.parametrize("text", [
    "Where a bakery operator violates Article 1, the bakery operator shall be given a warning.",
    "Where a ferry operator violates Article 1, the ferry operator shall be given a warning and a fine of 500 yuan.",
    "Where a bakery operator violates Article 1, the market regulation bureau shall give it a warning in writing.",
])
def test_a_warning_after_a_violation_stays_a_penalty(text: str) -> None:
    assert len([s for s in kb_of(text).sanctions if s.article == 2]) >= 1
