"""Session 13 (helper `cond14`): the condition of a duty, by form. The forms English legal prose uses to restrict a
duty are taken from the grammar of adverbial clauses and phrases (subordinators, prepositional and participial
adverbials, their places in the sentence, lists and anaphors), not from any set: the inventory "Conditions, by form"
in docs/extraction.md. Each cell is tested in two invented fields (water-well drilling; sawmills), expecting
(modality, bearers, condition) of every clause of the sentence; the condition is compared as `condition_text` (a
condition in two parts joined by " … "). The negative rows hold the same words where they restrict nothing.
"""

from __future__ import annotations

import pytest

from .test_extract10 import kb_for

Fact = tuple[str, list[str], str | None]


def conditions(body: str) -> list[Fact]:
    """(modality, bearer labels in lower case, condition) of each clause of Article 1, in text order."""
    kb = kb_for(body)
    return [(o.modality, [kb.get(a).label.lower() for a in o.actors], o.condition_text) for o in kb.obligations
            if o.article == 1]


OB, P, M = "obligation", "prohibition", "permission"
D, S = ["driller"], ["sawmill operator"]

# (cell, sentence, expected (modality, bearers, condition) of every clause of the sentence)
CELLS: list[tuple[str, str, list[Fact]]] = [
    # --- fronted adverbial clauses: the subordinator opens the condition, the comma before the subject closes it ---
    ("where", "Where the aquifer is shallow, the driller shall seal the borehole with grout.",
     [(OB, D, "Where the aquifer is shallow")]),
    ("where", "Where a log is longer than six metres, the sawmill operator shall cut it on the long saw.",
     [(OB, S, "Where a log is longer than six metres")]),
    ("if", "If the water is turbid, the driller shall flush the well before handing it over.",
     [(OB, D, "If the water is turbid")]),
    ("if", "If a blade cracks, the sawmill operator must stop the line at once.",
     [(OB, S, "If a blade cracks")]),
    ("when", "When a borehole is abandoned, the driller shall fill it with clay.",
     [(OB, D, "When a borehole is abandoned")]),
    ("when", "When the dust exceeds the limit, the sawmill operator shall halt the planers.",
     [(OB, S, "When the dust exceeds the limit")]),
    ("whenever", "Whenever the drill strikes gas, the driller shall evacuate the site.",
     [(OB, D, "Whenever the drill strikes gas")]),
    ("where necessary", "Where necessary, the driller shall pump the well dry before the test.",
     [(OB, D, "Where necessary")]),
    ("whenever", "Whenever a guard is removed, the sawmill operator shall lock the machine.",
     [(OB, S, "Whenever a guard is removed")]),
    ("in case", "In case the casing collapses, the driller shall notify the water bureau.",
     [(OB, D, "In case the casing collapses")]),
    ("in case of", "In case of fire, the sawmill operator shall open every exit.",
     [(OB, S, "In case of fire")]),
    ("in the event that", "In the event that the well runs dry, the driller may deepen it.",
     [(M, D, "In the event that the well runs dry")]),
    ("in the event of", "In the event of a power failure, the sawmill operator shall brake the saws by hand.",
     [(OB, S, "In the event of a power failure")]),
    ("unless", "Unless the owner agrees in writing, the driller shall not drill below fifty metres.",
     [(P, D, "Unless the owner agrees in writing")]),
    ("unless", "Unless the bureau grants an exemption, the sawmill operator may not burn sawdust in the open.",
     [(P, S, "Unless the bureau grants an exemption")]),
    ("except where", "Except where the soil is rock, the driller shall line the first ten metres.",
     [(OB, D, "Except where the soil is rock")]),
    ("except as provided", "Except as otherwise provided by law, the sawmill operator shall not work at night.",
     [(P, S, "Except as otherwise provided by law")]),
    ("save where", "Save where the owner objects, the driller may install a hand pump.",
     [(M, D, "Save where the owner objects")]),
    ("save where", "Save where the timber is wet, the sawmill operator shall stack it under cover.",
     [(OB, S, "Save where the timber is wet")]),
    ("provided that", "Provided that the well is capped, the driller may leave the site for the winter.",
     [(M, D, "Provided that the well is capped")]),
    ("provided that", "Provided that the guards are in place, the sawmill operator may run two saws at once.",
     [(M, S, "Provided that the guards are in place")]),
    ("so long as", "So long as the pump is running, the driller shall stay at the wellhead.",
     [(OB, D, "So long as the pump is running")]),
    ("as long as", "As long as the kiln is hot, the sawmill operator shall keep a guard on duty.",
     [(OB, S, "As long as the kiln is hot")]),
    ("once", "Once the well is finished, the driller shall submit the log to the bureau.",
     [(OB, D, "Once the well is finished")]),
    ("once", "Once a log is on the carriage, the sawmill operator shall clear the walkway.",
     [(OB, S, "Once a log is on the carriage")]),
    ("after", "After the pump test is completed, the driller shall disinfect the well.",
     [(OB, D, "After the pump test is completed")]),
    ("after V-ing", "After sharpening a blade, the sawmill operator shall test it on scrap wood.",
     [(OB, S, "After sharpening a blade")]),
    ("before", "Before the drilling starts, the driller shall mark the site with flags.",
     [(OB, D, "Before the drilling starts")]),
    ("before V-ing", "Before changing a blade, the sawmill operator shall cut the power.",
     [(OB, S, "Before changing a blade")]),
    ("until", "Until the permit is issued, the driller shall not move the rig onto the site.",
     [(P, D, "Until the permit is issued")]),
    ("until", "Until the inspector has signed the log, the sawmill operator may not restart the line.",
     [(P, S, "Until the inspector has signed the log")]),
    ("while", "While the rig is in operation, the driller shall keep children away from it.",
     [(OB, D, "While the rig is in operation")]),
    ("while", "While the saws are running, the sawmill operator must not clear jams by hand.",
     [(P, S, "While the saws are running")]),
    ("upon + gerund", "Upon finding contamination, the driller shall seal the well.",
     [(OB, D, "Upon finding contamination")]),
    ("upon + noun", "Upon receipt of a complaint, the sawmill operator shall measure the noise.",
     [(OB, S, "Upon receipt of a complaint")]),
    ("on + noun", "On completion of the well, the driller shall hand the log to the owner.",
     [(OB, D, "On completion of the well")]),
    ("on + gerund", "On discovering a crack in the frame, the sawmill operator shall stop the saw.",
     [(OB, S, "On discovering a crack in the frame")]),
    ("within N days of", "Within ten days of completing a well, the driller shall file its log.",
     [(OB, D, "Within ten days of completing a well")]),
    ("within N days after", "Within thirty days after an accident, the sawmill operator shall report it to the bureau.",
     [(OB, S, "Within thirty days after an accident")]),
    ("during", "During the dry season, the driller shall not draw water for testing from streams.",
     [(P, D, "During the dry season")]),
    ("during", "During an inspection, the sawmill operator shall keep the saws stopped.",
     [(OB, S, "During an inspection")]),
    ("in the course of", "In the course of drilling, the driller shall record each layer of soil.",
     [(OB, D, "In the course of drilling")]),
    ("in the course of", "In the course of loading timber, the sawmill operator shall keep the lane clear.",
     [(OB, S, "In the course of loading timber")]),
    ("without", "Without the owner's consent, the driller may not enter the land.",
     [(P, D, "Without the owner's consent")]),
    ("without", "Without a permit from the bureau, the sawmill operator shall not fell trees.",
     [(P, S, "Without a permit from the bureau")]),
    ("subject to", "Subject to the bureau's approval, the driller may drill a second well.",
     [(M, D, "Subject to the bureau's approval")]),
    ("subject to", "Subject to the noise limits, the sawmill operator may work on Saturdays.",
     [(M, S, "Subject to the noise limits")]),
    # the fronted infinitive and "for" phrase of the guide's own examples ("To process ... of minors", "For the
    # processing of sensitive personal information") open the clause: the condition (guide 3.2)
    ("to V (fronted)", "To drill in a protected zone, the driller shall obtain a permit.",
     [(OB, D, "To drill in a protected zone")]),
    ("to V (fronted)", "To burn offcuts, the sawmill operator shall use a closed furnace.",
     [(OB, S, "To burn offcuts")]),
    ("for the purpose of (fronted)", "For the purpose of testing the yield, the driller may pump for three days.",
     [(M, D, "For the purpose of testing the yield")]),
    ("for N (fronted)", "For the drying of hardwood, the sawmill operator shall use a kiln.",
     [(OB, S, "For the drying of hardwood")]),
    ("participial", "Having obtained the permit, the driller shall display it at the site.",
     [(OB, D, "Having obtained the permit")]),
    ("participial", "Having received the logs, the sawmill operator shall record their origin.",
     [(OB, S, "Having received the logs")]),
    ("participial (passive)", "Once notified, the driller shall stop work.",
     [(OB, D, "Once notified")]),
    ("participial (passive)", "If requested by the bureau, the sawmill operator shall show its register.",
     [(OB, S, "If requested by the bureau")]),
    ("in the case of", "In the case of a well deeper than one hundred metres, the driller shall log the water level.",
     [(OB, D, "In the case of a well deeper than one hundred metres")]),
    ("in the case of", "In the case of imported timber, the sawmill operator shall keep the phytosanitary certificate.",
     [(OB, S, "In the case of imported timber")]),
    ("for X that", "For wells that supply a school, the driller shall test the water every month.",
     [(OB, D, "For wells that supply a school")]),
    ("for X that", "For logs that carry bark beetles, the sawmill operator shall debark them within a day.",
     [(OB, S, "For logs that carry bark beetles")]),
    ("should (inverted)", "Should the casing fail, the driller shall repair it at its own cost.",
     [(OB, D, "Should the casing fail")]),
    ("should (inverted)", "Should a worker be injured, the sawmill operator shall call an ambulance.",
     [(OB, S, "Should a worker be injured")]),
    ("if S, then", "If the saw jams, then the sawmill operator shall stop the line.", [(OB, S, "If the saw jams")]),
    ("if S, then", "If the casing leaks, then the driller must replace it.", [(OB, D, "If the casing leaks")]),
    ("in the absence of", "In the absence of the owner, the driller shall not enter the yard.",
     [(P, D, "In the absence of the owner")]),
    ("except in the case of", "Except in the case of an emergency, the sawmill operator shall not work at night.",
     [(P, S, "Except in the case of an emergency")]),
    ("two conditions coordinated", "Where the water is salty and where the well is shallow, the driller shall seal it.",
     [(OB, D, "Where the water is salty and where the well is shallow")]),
    ("two conditions coordinated", "If a log is rotten or if it carries nails, the sawmill operator shall reject it.",
     [(OB, S, "If a log is rotten or if it carries nails")]),
    # --- between the subject and the marker, and after the marker set off by commas ---------------------------------
    ("subject, when S, shall", "The driller, when the water is salty, shall inform the owner.",
     [(OB, D, "when the water is salty")]),
    ("subject, if S, shall", "The sawmill operator, if a log contains metal, shall set it aside.",
     [(OB, S, "if a log contains metal")]),
    ("shall, where S, V", "The driller shall, where the site is flooded, suspend the drilling.",
     [(OB, D, "where the site is flooded")]),
    ("may, when S, V", "The sawmill operator may, when the river is high, close the log pond.",
     [(M, S, "when the river is high")]),
    ("shall, as soon as S, V", "The driller shall, as soon as the water is struck, measure its level.",
     [(OB, D, "as soon as the water is struck")]),
    ("shall, provided that S, V", "The sawmill operator may, provided that the bureau is told, move the kiln.",
     [(M, S, "provided that the bureau is told")]),
    # --- after the action ---------------------------------------------------------------------------------------------
    ("V if S", "The driller shall cap the well if the owner is absent.",
     [(OB, D, "if the owner is absent")]),
    ("V, if S", "The sawmill operator shall stop the saw, if a guard is missing.",
     [(OB, S, "if a guard is missing")]),
    ("V where S", "The driller shall test the water for arsenic where the rock is granite.",
     [(OB, D, "where the rock is granite")]),
    ("V where N-s V (bare subject)", "The driller shall close the well where cracks appear in the casing.",
     [(OB, D, "where cracks appear in the casing")]),
    ("V where N-s V (bare subject)", "The sawmill operator shall stop the saw where knots or nails are found.",
     [(OB, S, "where knots or nails are found")]),
    ("V while V-ing (reduced)", "The driller shall not smoke on the rig while refuelling it.",
     [(P, D, "while refuelling it")]),
    ("V when N-s are (bare subject)", "The sawmill operator shall close the yard when storms are forecast.",
     [(OB, S, "when storms are forecast")]),
    ("V, subject to N", "The driller may sell the surplus water, subject to the bureau's approval.",
     [(M, D, "subject to the bureau's approval")]),
    ("V, subject to N", "Neighbours are entitled to inspect the noise records, subject to the protection of the "
     "sawmill operator's trade secrets.", [("right", ["neighbours"], "subject to the protection of the sawmill "
                                                                     "operator's trade secrets")]),
    ("V, where S", "The sawmill operator shall wet the sawdust, where the wind is strong.",
     [(OB, S, "where the wind is strong")]),
    ("V when S", "The driller shall wear a helmet when the rig is running.",
     [(OB, D, "when the rig is running")]),
    ("V whenever S", "The sawmill operator shall sound the horn whenever a log is dropped.",
     [(OB, S, "whenever a log is dropped")]),
    ("V unless S", "The driller shall not leave the rig unless a second driller is present.",
     [(P, D, "unless a second driller is present")]),
    ("V unless otherwise provided", "The sawmill operator shall keep the register for three years, unless otherwise "
     "provided by law.", [(OB, S, "unless otherwise provided by law")]),
    ("V, except where S", "The driller shall fence the site, except where it is inside a farm.",
     [(OB, D, "except where it is inside a farm")]),
    ("V, except as", "The sawmill operator shall not sell bark, except as fuel.",
     [(P, S, "except as fuel")]),
    ("V, provided that S", "The driller may reuse the casing, provided that it is not corroded.",
     [(M, D, "provided that it is not corroded")]),
    ("V on condition that S", "The sawmill operator may store logs on the road verge on condition that they are "
     "marked.", [(M, S, "on condition that they are marked")]),
    ("V once S", "The driller shall remove the rig once the well is accepted.",
     [(OB, D, "once the well is accepted")]),
    ("V while S", "The sawmill operator shall not oil the chain while the saw is running.",
     [(P, S, "while the saw is running")]),
    ("V in the event of N", "The driller shall stop drilling in the event of an earthquake.",
     [(OB, D, "in the event of an earthquake")]),
    ("V in case of N", "The sawmill operator shall evacuate the yard in case of fire.",
     [(OB, S, "in case of fire")]),
    ("V so long as S", "The driller may keep the spoil on site so long as it is covered.",
     [(M, D, "so long as it is covered")]),
    ("V as long as S", "The sawmill operator may run the kiln at night as long as a guard is present.",
     [(M, S, "as long as a guard is present")]),
    ("V where necessary (reduced)", "The driller shall disinfect the pump where necessary.",
     [(OB, D, "where necessary")]),
    ("V where so required (reduced)", "The driller shall report to the bureau where so required by law.",
     [(OB, D, "where so required by law")]),
    ("V if so requested (reduced)", "The sawmill operator shall show the register if so requested.",
     [(OB, S, "if so requested")]),
    ("V if necessary (reduced)", "The sawmill operator shall replace the guards if necessary.",
     [(OB, S, "if necessary")]),
    ("V when V-ed (reduced)", "The driller shall cover the well when not in use.",
     [(OB, D, "when not in use")]),
    ("V when V-ing (reduced)", "The sawmill operator shall wear ear protection when operating a saw.",
     [(OB, S, "when operating a saw")]),
    ("V when in N (reduced)", "The sawmill operator shall lock the kiln when in use.",
     [(OB, S, "when in use")]),
    ("V while on N (reduced)", "The driller shall carry a radio while on duty.",
     [(OB, D, "while on duty")]),
    ("V in any of the following circumstances", "The driller shall stop work in any of the following circumstances:\n"
     "(1) the water is contaminated;\n(2) the rig is damaged.",
     [(OB, D, "in any of the following circumstances")]),
    # --- two parts around the action --------------------------------------------------------------------------------
    ("where S, ..., unless S", "Where the well serves a household, the driller shall test it every year, unless the "
     "owner declines.", [(OB, D, "Where the well serves a household … unless the owner declines")]),
    ("when S, ..., except where S", "When the mill is closed, the sawmill operator shall lock the gates, except where "
     "a guard is on duty.", [(OB, S, "When the mill is closed … except where a guard is on duty")]),
    # --- a condition shared by coordinated duties ----------------------------------------------------------------------
    ("shared by coordinated duties", "Where the well is contaminated, the driller shall seal it and shall not sell "
     "its water.", [(OB, D, "Where the well is contaminated"), (P, D, "Where the well is contaminated")]),
    ("shared by coordinated duties", "If a fire breaks out, the sawmill operator shall call the fire brigade, and "
     "may not reopen the mill without the bureau's consent.",
     [(OB, S, "If a fire breaks out"), (P, S, "If a fire breaks out")]),
    ("shared by clauses of two subjects", "Where the well is dry, the driller shall refund the fee, and the owner shall "
     "pay for the test.", [(OB, D, "Where the well is dry"), (OB, ["owner"], "Where the well is dry")]),
    ("shared across a semicolon", "Where the rig is moved, the driller shall inform the bureau; the driller shall "
     "also update the register.", [(OB, D, "Where the rig is moved"), (OB, D, "Where the rig is moved")]),
    ("after a semicolon", "A well drilled without a permit is not unlawful for that reason alone; but where the well "
     "draws on a protected aquifer, the driller shall seal it.", [(OB, D, "where the well draws on a protected aquifer")]),
    ("after a semicolon", "The sale of bark is free; however, if the bark is treated, the sawmill operator shall label "
     "it.", [(OB, S, "if the bark is treated")]),
    # --- lists: a condition in the lead-in governs the items, which record only their own ---------------------------
    ("lead-in condition", "Where the aquifer is shallow, the driller shall do the following:\n(1) case the borehole "
     "with steel;\n(2) seal the annulus with grout.",
     [(OB, D, "Where the aquifer is shallow"), (OB, D, None), (OB, D, None)]),
    ("lead-in condition", "If the mill processes treated timber, the sawmill operator shall take the following "
     "measures:\n(1) collect the sawdust separately;\n(2) where the sawdust is burned, use a filter.",
     [(OB, S, "If the mill processes treated timber"), (OB, S, None), (OB, S, "where the sawdust is burned")]),
    ("item: V if S", "The driller shall do the following:\n(1) stop the pump if the water level falls below the "
     "intake;\n(2) keep a log of the water level.", [(OB, D, None), (OB, D, "if the water level falls below the intake"),
                                                  (OB, D, None)]),
    ("item: V if S", "The sawmill operator shall take the following measures:\n(1) halt the saws at once if a worker "
     "is hurt;\n(2) report the accident to the bureau.",
     [(OB, S, None), (OB, S, "if a worker is hurt"), (OB, S, None)]),
    ("bare lead-in: its condition goes to the items", "Drillers working near a school are to:\n(1) fence the rig;\n"
     "(2) stop drilling during lessons.",
     [(OB, ["drillers"], "working near a school"), (OB, ["drillers"], "working near a school")]),
    ("bare lead-in: its condition goes to the items", "Where the mill runs at night, the sawmill operator shall:\n"
     "(1) light the yard;\n(2) keep a guard at the gate.",
     [(OB, S, "Where the mill runs at night"), (OB, S, "Where the mill runs at night")]),
    ("circumstances as items", "Under any of the following circumstances, the driller shall stop drilling:\n(1) the "
     "water is contaminated;\n(2) the rig is damaged.",
     [(OB, D, "Under any of the following circumstances")]),
    ("circumstances as items", "In any of the following cases, the sawmill operator shall report to the bureau:\n"
     "(1) a worker is injured;\n(2) a fire breaks out.",
     [(OB, S, "In any of the following cases")]),
    # --- an anaphor: the phrase that points back to a circumstance stated before is the condition, verbatim --------
    ("in such a case", "The well may run dry. In such a case, the driller shall deepen it at its own cost.",
     [(OB, D, "In such a case")]),
    ("in that event", "A log may split on the saw. In that event, the sawmill operator shall stop the line.",
     [(OB, S, "In that event")]),
    ("in which case", "The owner may refuse the test, in which case the driller shall record the refusal.",
     [(M, ["owner"], None), (OB, D, "in which case")]),
    # --- a restrictive modifier of the subject narrows who is bound (guide 3.2) --------------------------------------
    ("subject modifier", "Drillers that hold a deep-well licence shall log the water level.",
     [(OB, ["drillers"], "that hold a deep-well licence")]),
    ("subject modifier", "Sawmill operators with more than ten saws shall employ a safety officer.",
     [(OB, ["sawmill operators"], "with more than ten saws")]),
    ("subject modifier (past participle)", "Landowners affected by the drilling are entitled to compensation from the "
     "driller.", [("right", ["landowners"], "affected by the drilling")]),
    ("subject modifier (past participle)", "A worker injured by a saw is entitled to compensation from the sawmill "
     "operator.", [("right", ["worker"], "injured by a saw")]),
    ("subject modifier (past participle)", "Workers exposed to sawdust shall wear masks.",
     [(OB, ["workers"], "exposed to sawdust")]),
]

# The same words where they restrict nothing: purpose, relative "where" and "when", time and manner after the action
# (guide 1.5), a frequency, "only if" (guide 2), an indirect question
NO_CONDITION: list[tuple[str, str, list[Fact]]] = [
    ("purpose after the action", "The driller shall cap the well to prevent contamination.", [(OB, D, None)]),
    ("purpose after the action", "The sawmill operator shall wet the logs in order to keep the dust down.",
     [(OB, S, None)]),
    ("so that", "The driller shall mark the well so that it can be found.", [(OB, D, None)]),
    ("relative where", "The driller shall file the log with the bureau of the county where the well is drilled.",
     [(OB, D, None)]),
    ("relative where", "The sawmill operator shall store the logs in a yard where no one lives.", [(OB, S, None)]),
    ("where after a verb of placing", "The driller shall post warning signs where the ground is soft.",
     [(OB, D, None)]),
    ("where after a verb of placing", "The sawmill operator shall install extinguishers where the sawdust collects.",
     [(OB, S, None)]),
    ("relative when", "The driller shall record the time when the water was struck.", [(OB, D, None)]),
    ("relative when", "The sawmill operator shall note the date when each saw was sharpened.", [(OB, S, None)]),
    ("time after the action (1.5)", "The driller shall test the water before the well is handed over.",
     [(OB, D, None)]),
    ("time after the action (1.5)", "The sawmill operator shall report an accident within ten days after it occurs.",
     [(OB, S, None)]),
    ("time after the action (1.5)", "The driller shall keep the samples until the bureau has examined them.",
     [(OB, D, None)]),
    ("in case of after a noun it modifies", "The sawmill operator shall draw up emergency plans in case of fire.",
     [(OB, S, None)]),
    ("in case of after a noun it modifies", "The driller shall keep a spare pump for use in case of drought.",
     [(OB, D, None)]),
    ("manner after the action (1.5)", "The sawmill operator shall not fell trees without a permit.", [(P, S, None)]),
    ("upon request (1.5)", "The driller shall show the licence upon request.", [(OB, D, None)]),
    ("frequency", "The sawmill operator shall clean the dust extractors once a week.", [(OB, S, None)]),
    ("only if (guide 2)", "The driller may drill near a spring only if the bureau approves.", [(M, D, None)]),
    ("whether", "The sawmill operator shall check whether a log contains metal.", [(OB, S, None)]),
    ("if any", "The driller shall hand over the test results, if any.", [(OB, D, None)]),
    ("sentence adverb", "Moreover, the sawmill operator shall train its workers.", [(OB, S, None)]),
]


@pytest.mark.parametrize(("cell", "body", "expected"), CELLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CELLS)])
def test_cell(cell: str, body: str, expected: list[Fact]) -> None:
    assert conditions(body) == expected


@pytest.mark.parametrize(("cell", "body", "expected"), NO_CONDITION,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_CONDITION)])
def test_no_condition(cell: str, body: str, expected: list[Fact]) -> None:
    assert conditions(body) == expected
