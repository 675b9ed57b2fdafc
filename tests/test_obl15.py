"""Session 13 (helper `obl15`): the deontic forms that heldout14's texts used and the inventory lacked (docs/extraction.md,
"Deontic constructions, by form", the cells marked "session 13"), each tested in two invented fields (quarries and their
blasting; crematoria and their farewell halls), one sentence in the wording of the text that showed the gap and one in
another translator's, expecting (modality, bearers, action) of every clause of Article 1. The negative rows hold the
same words where they state no duty, ban, leave, right or promotion, or where the party is another.
"""

from __future__ import annotations

import pytest

from .test_extract10 import facts

Triple = tuple[str, list[str], str]


def triples(body: str) -> list[Triple]:
    return [(m, [b.lower() for b in who], action) for m, who, action, _c in facts(body)]


OB, P, M, R, E = "obligation", "prohibition", "permission", "right", "encouragement"
Q, C = "quarry operator", "crematorium operator"
MB, CA = "county mining bureau", "civil affairs bureau"

# (cell, sentence, expected (modality, bearers, action) of every clause of the sentence)
CELLS: list[tuple[str, str, list[Triple]]] = [
    # --- obligation: duty nouns held, impersonal and existential frames -------------------------------------------------
    ("under a mandate to", "The county mining bureau is under a mandate to inspect every quarry twice a year.",
     [(OB, [MB], "inspect every quarry twice a year")]),
    ("under a mandate to", "The civil affairs bureau shall be under a mandate to publish the list of crematoria.",
     [(OB, [CA], "publish the list of crematoria")]),
    ("has the job of", "The quarry operator has the job of reporting every injury to the county mining bureau.",
     [(OB, [Q], "reporting every injury to the county mining bureau")]),
    ("the job of X to", "It is the job of the crematorium operator to keep the register of cremations.",
     [(OB, [C], "keep the register of cremations")]),
    ("It is up to X to", "It is up to the township governments to find land for spoil heaps.",
     [(OB, ["township governments"], "find land for spoil heaps")]),
    ("It is up to X to", "It shall be up to the crematorium operator to fix the hours of the farewell hall.",
     [(OB, [C], "fix the hours of the farewell hall")]),
    ("There is a duty on X to", "There is an obligation on the county mining bureau to test the dust once a year.",
     [(OB, [MB], "test the dust once a year")]),
    ("There is a duty on X to", "There shall be a duty upon crematorium operators to filter the flue gas.",
     [(OB, ["crematorium operators"], "filter the flue gas")]),
    ("Upon X lies the duty to", "Upon the county mining bureau lies the obligation to license quarries and to inspect them.",
     [(OB, [MB], "license quarries and to inspect them")]),
    ("Upon X lies the duty to", "On the crematorium operator rests the duty to keep unclaimed ashes for thirty days.",
     [(OB, [C], "keep unclaimed ashes for thirty days")]),
    ("cleft", "It is the county mining bureau that shall publish the list of licensed quarries.",
     [(OB, [MB], "publish the list of licensed quarries")]),
    ("cleft", "It is the crematorium operator who must keep the register of cremations.",
     [(OB, [C], "keep the register of cremations")]),
    ("It is essential that X V", "It is essential that the quarry operator clears the spoil before it reaches the road.",
     [(OB, [Q], "clears the spoil before it reaches the road")]),
    ("It is essential that X V", "It is vital that crematorium operators should check the furnaces every morning.",
     [(OB, ["crematorium operators"], "check the furnaces every morning")]),
    ("act is X's duty", "Keeping a log of the blasts each day, and keeping it for two years, is the quarry operator's duty.",
     [(OB, [Q], "Keeping a log of the blasts each day, and keeping it for two years")]),
    ("act is X's duty", "Filtering the flue gas is the crematorium operator's responsibility.",
     [(OB, [C], "Filtering the flue gas")]),
    ("act rests on X", "The checking of the blasting permits rests on the county mining bureau.",
     [(OB, [MB], "The checking of the blasting permits")]),
    ("act rests on X", "The inspection of the furnaces lies with the civil affairs bureau.",
     [(OB, [CA], "The inspection of the furnaces")]),
    ("Responsible for N shall be X", "Responsible for the licensing of quarries shall be the county mining bureau.",
     [(OB, [MB], "the licensing of quarries")]),
    ("Responsible for N shall be X", "Responsible for keeping the register of urns shall be the crematorium operator.",
     [(OB, [C], "keeping the register of urns")]),
    ("required without delay to", "The quarry operator is required without delay to stop all blasting.",
     [(OB, [Q], "stop all blasting")]),
    ("required without delay to", "The crematorium operator is obliged forthwith to report a fault of the furnace.",
     [(OB, [C], "report a fault of the furnace")]),
    # --- prohibition ----------------------------------------------------------------------------------------------------
    ("at no point / under no condition", "A quarry operator shall at no point blast after sunset.",
     [(P, [Q], "blast after sunset")]),
    ("at no point / under no condition", "A crematorium operator may under no condition leave a furnace unwatched.",
     [(P, [C], "leave a furnace unwatched")]),
    ("It is not for X to", "It is not for a quarry operator to store explosives in the site office.",
     [(P, [Q], "store explosives in the site office")]),
    ("It is not for X to", "It is not for crematorium operators to sell urns to mourners.",
     [(P, ["crematorium operators"], "sell urns to mourners")]),
    ("contrary to the rule for X to", "It is contrary to these Measures for a quarry operator to blast on public "
     "holidays.", [(P, [Q], "blast on public holidays")]),
    ("contrary to the rule for X to", "It is contrary to law for a crematorium operator to cremate a body without a "
     "death certificate.", [(P, [C], "cremate a body without a death certificate")]),
    ("has no licence to", "Visitors have no licence to enter the blasting zone.",
     [(P, ["visitors"], "enter the blasting zone")]),
    ("has no licence to", "A mourner has no permission to enter the furnace room.",
     [(P, ["mourner"], "enter the furnace room")]),
    ("keep from V-ing", "Quarry operators shall keep from blasting on public holidays.",
     [(P, ["quarry operators"], "blasting on public holidays")]),
    ("keep from V-ing", "The crematorium operator must keep from burning coffins that contain metal.",
     [(P, [C], "burning coffins that contain metal")]),
    ("excluded from V-ing", "Workers who have drunk alcohol are excluded from handling explosives.",
     [(P, ["workers"], "handling explosives")]),
    ("excluded from V-ing", "A mourner is excluded from entering the furnace room.",
     [(P, ["mourner"], "entering the furnace room")]),
    # --- permission -----------------------------------------------------------------------------------------------------
    ("cleared to", "The quarry operator is cleared to fix a deposit for each truck.",
     [(M, [Q], "fix a deposit for each truck")]),
    ("cleared to", "Crematorium operators are cleared to open the farewell hall at night.",
     [(M, ["crematorium operators"], "open the farewell hall at night")]),
    ("within its rights to", "A quarry operator is within its rights, where a truck is overloaded, to refuse to load it.",
     [(M, [Q], "refuse to load it")]),
    ("within its rights to", "The crematorium operator is within its rights to refuse a coffin that contains metal.",
     [(M, [C], "refuse a coffin that contains metal")]),
    ("is able to (leave)", "A quarry operator is able to require drivers to cover their loads.",
     [(M, [Q], "require drivers to cover their loads")]),
    ("is able to (leave)", "Crematorium operators are able to set their own fees for the farewell hall.",
     [(M, ["crematorium operators"], "set their own fees for the farewell hall")]),
    # --- right ----------------------------------------------------------------------------------------------------------
    ("has title / recourse to", "A driver has title to a weighing slip for each load.",
     [(R, ["driver"], "a weighing slip for each load")]),
    ("has title / recourse to", "A family has recourse to a full refund of the fee.",
     [(R, ["family"], "a full refund of the fee")]),
    ("enjoys priority in", "A quarry worker shall enjoy priority in the allocation of housing.",
     [(R, ["quarry worker"], "priority in the allocation of housing")]),
    ("enjoys priority in", "Mourners enjoy priority over other visitors in the farewell hall.",
     [(R, ["mourners"], "priority over other visitors in the farewell hall")]),
    ("is guaranteed N", "A quarry worker is guaranteed sight of the latest blasting plan on request.",
     [(R, ["quarry worker"], "sight of the latest blasting plan on request")]),
    ("is guaranteed N", "Families are guaranteed a quiet room for the farewell.",
     [(R, ["families"], "a quiet room for the farewell")]),
    # --- encouragement --------------------------------------------------------------------------------------------------
    ("appeals to X to", "The county government appeals to the quarry owners' association to draw up a code of conduct.",
     [(E, ["quarry owners' association"], "draw up a code of conduct")]),
    ("appeals to X to", "The civil affairs bureau appeals to crematorium operators to offer green burials.",
     [(E, ["crematorium operators"], "offer green burials")]),
    ("would like X to", "The county government would like quarry operators to plant trees on spent benches.",
     [(E, ["quarry operators"], "plant trees on spent benches")]),
    ("would like X to", "The civil affairs bureau would like crematorium operators to publish their fees online.",
     [(E, ["crematorium operators"], "publish their fees online")]),
    ("looks favourably on X who", "The county government looks favourably on quarry operators who fit their crushers "
     "with dust covers.", [(E, ["quarry operators"], "fit their crushers with dust covers")]),
    ("looks favourably on X who", "The civil affairs bureau looks with favour on crematorium operators that recycle the "
     "metal of coffins.", [(E, ["crematorium operators"], "recycle the metal of coffins")]),
    ("commends / pledges support to X that", "The county government commends quarry operators that restore spent "
     "benches.", [(E, ["quarry operators"], "restore spent benches")]),
    ("commends / pledges support to X that", "The civil affairs bureau pledges its support to crematorium operators that "
     "offer green burials.", [(E, ["crematorium operators"], "offer green burials")]),
    ("would be glad to see X V", "The county mining bureau would be glad to see quarry operators train their blasters "
     "at the mining college.", [(E, ["quarry operators"], "train their blasters at the mining college")]),
    ("would be glad to see X V", "The civil affairs bureau would be pleased to see crematorium operators open their "
     "halls to visitors.", [(E, ["crematorium operators"], "open their halls to visitors")]),
    ("given every encouragement", "Quarry operators are given every encouragement to attend the safety "
     "courses.", [(E, ["quarry operators"], "attend the safety courses")]),
    ("given every encouragement", "Crematorium operators shall be given every encouragement to join the green burial "
     "scheme.", [(E, ["crematorium operators"], "join the green burial scheme")]),
    # ("are prompted to V" withdrawn by review15: a screen's prompt in online services' rules; tests/test_review15.py)
]


@pytest.mark.parametrize(("cell", "sentence", "expected"), CELLS, ids=[f"{c}: {s[:40]}" for c, s, _ in CELLS])
def test_form(cell: str, sentence: str, expected: list[Triple]) -> None:
    assert triples(sentence) == expected


# A lead-in whose subject is the list and whose predicate names the duty's holder, no modal: the items are the duties
# A by-agent first named after the passive's adverbials is its bearer (the action span of such a passive is guide 1.10's
# call, helper deontic14's: not asserted here)
@pytest.mark.parametrize(("sentence", "bearer"), [
    ("Blasts near a village are required to be notified to the village committee two days in advance by the quarry "
     "operators.", "quarry operators"),
    ("Urns are to be collected from the hall within a month by the undertakers.", "undertakers"),
])
def test_late_by_agent(sentence: str, bearer: str) -> None:
    assert [(m, who) for m, who, _a in triples(sentence)] == [(OB, [bearer])]


# (an item's "to" is the infinitive's mark the lead-in asks for, no part of the act)
LEAD_INS = [
    ("Each of the following is a duty of the quarry operator:\n(1) to fence the pit;\n(2) to post warning signs.",
     [(OB, [Q], "fence the pit"), (OB, [Q], "post warning signs")]),
    ("The following are the obligations of crematorium operators:\n(1) keeping a register of cremations;\n"
     "(2) posting the fees at the gate.",
     [(OB, ["crematorium operators"], "keeping a register of cremations"),
      (OB, ["crematorium operators"], "posting the fees at the gate")]),
]


@pytest.mark.parametrize(("body", "expected"), LEAD_INS)
def test_list_subject_lead_in(body: str, expected: list[Triple]) -> None:
    assert triples(body) == expected


# The universal bearer with a word that stresses the quantifier and narrows nothing
@pytest.mark.parametrize("sentence", ["No person whatsoever may swim in the quarry pond.",
                                      "No person of any age may climb the heaps of ashes behind the crematorium."])
def test_universal_stressed(sentence: str) -> None:
    (m, who, _a), = triples(sentence)
    assert m == P and who[0].startswith("any person")


# The same words where they state no such clause, or bind another party
NEGATIVE: list[tuple[str, list[Triple]]] = [
    ("The quarry lies on the county boundary.", []),
    ("The decision lies with the court.", []),  # no act as the subject: a competence, no duty
    ("Nothing lies with the quarry operator.", []),
    ("The quarry operator would like to extend its licence.", []),  # the wisher's own act: no party addressed
    ("The deposit is up to 500 yuan.", []),
    ("The land is excluded from the plan.", []),  # no act after "from"
    ("The quarry operator shall keep the explosives away from the office.",  # "keep X from": a duty, no ban
     [(OB, [Q], "keep the explosives away from the office")]),
    ("Payment is guaranteed by the bank.", []),  # a surety, no right
    # a thing's quality guaranteed in an activity: no party holds it (the agentless duty of the processing party)
    ("The accuracy of the blasting log shall be guaranteed in quarry operations.", []),
    ("The crematorium operator commends its staff.", []),  # praise, no conduct promoted
    ("Visitors have no option but to leave.", []),
    ("It is not for this reason that the fee is charged.", []),
    ("The bureau designated in Article 5 shall publish the list.",  # a provision, not a place: part of the name
     [(OB, ["bureau designated in article 5"], "publish the list")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NEGATIVE)
def test_not_this_form(sentence: str, expected: list[Triple]) -> None:
    assert triples(sentence) == expected


# --- sanctions: a wrong named by its verb ------------------------------------
def _sanctions(body: str) -> list[tuple[str | None, str | None, str]]:
    from .test_extract10 import kb_for

    return [(s.violator, s.authority, s.text) for s in kb_for(body).sanctions if s.article == 1]


@pytest.mark.parametrize("sentence", [
    "Where a quarry operator conceals an accident, its licence shall be revoked by the county mining bureau.",
    "Where a crematorium operator falsifies the register, its permit shall be revoked by the civil affairs bureau.",
])
def test_wrong_named_by_its_verb(sentence: str) -> None:
    got = _sanctions(sentence)
    assert len(got) == 1 and got[0][1] is not None
    assert facts(sentence) == []  # no duty of the authority either


@pytest.mark.parametrize("sentence", [
    # a fact that is no wrong: the cancellation is no penalty (guide 1.4)
    "Where a quarry operator ceases business, its licence shall be cancelled by the county mining bureau.",
])
def test_no_wrong_no_sanction(sentence: str) -> None:
    assert _sanctions(sentence) == []


# --- definitions: the legal fiction's verb ("shall be deemed to mean"), as "is taken to mean" ---------------------------
@pytest.mark.parametrize(("body", "terms"), [
    ("A “blaster” shall be deemed to mean a person who holds a blasting licence and fires charges in a quarry.",
     ["blaster"]),
    ('In these Measures, "urn keeper" is deemed to mean the crematorium that keeps unclaimed ashes.', ["urn keeper"]),
    ("Silence shall be deemed to mean consent to the renewal.", []),  # no marked term: a rule of interpretation
])
def test_deemed_to_mean(body: str, terms: list[str]) -> None:
    from .test_extract10 import kb_for

    assert [d.term for d in kb_for(body).definitions] == terms


# --- sanctions: the violator's things held after a violation; acting without the leave a rule requires -----------------
@pytest.mark.parametrize(("sentence", "held"), [
    ("A quarry operator that blasts without the licence referred to in Article 3 shall be ordered by the county mining "
     "bureau to stop, its trucks shall be detained, and it shall be fined 10,000 yuan.", "its trucks shall be detained"),
    ("A crematorium operator that breaches Article 4 shall be ordered by the civil affairs bureau to stop, its hearses "
     "shall be impounded, and it shall be fined 500 yuan.", "its hearses shall be impounded"),
])
def test_things_held_after_a_violation(sentence: str, held: str) -> None:
    got = _sanctions(sentence)
    assert len(got) == 3 and got[1][2] == held and got[1][:2] == got[0][:2]


def test_things_held_for_no_wrong() -> None:
    assert _sanctions("Unclaimed urns shall be detained in the hall for a year.") == []
