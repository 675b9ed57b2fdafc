"""Definitions, by form (session 13, helper defform16): every form English legal drafting uses to fix a term's
meaning, taken from the grammar of definitions (the verb, the place and marking of the term, short names, lists and
tables, inclusive and exclusive definitions, definitions among other content, scope), not from any text. Each cell of
the table in extraction.md "Definitions, by form" is tested in two invented fields (bouldering gyms; community compost
sites), expecting (term, first words of the definiens) of every definition; negative rows hold the same words where
they define nothing. No sentence comes from a held-out set."""

from __future__ import annotations

import pytest

from .conftest import defs, kb_text

_DEFS = "Article 2 For the purposes of these Measures, the following terms have the following meanings:\n"

# (cell, body, [(term, definiens start)])
CELLS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- the verb ------------------------------------------------------------------------------------------------
    ("means", "Article 2 “Bouldering wall” means a climbing wall low enough to be climbed without a rope.",
     [("Bouldering wall", "a climbing wall low enough")]),
    ("means", "Article 2 In these Measures, \"compost site\" means a place where residents bring kitchen waste to rot.",
     [("compost site", "a place where residents bring")]),
    ("refers to", "Article 2 Route setter refers to a person who fixes holds on a climbing wall.",
     [("Route setter", "a person who fixes holds")]),
    ("refers to", "Article 2 “Compost steward” refers to a volunteer who turns the heaps at a compost site.",
     [("Compost steward", "a volunteer who turns")]),
    ("denotes", "Article 2 “Crash pad” denotes a foam mat laid under a bouldering wall.",
     [("Crash pad", "a foam mat laid")]),
    ("denotes", "Article 2 The term \"green waste\" denotes grass, leaves and cuttings from gardens.",
     [("green waste", "grass, leaves and cuttings")]),
    ("is (a class)", "Article 2 A “belayer” is a person who holds the rope of a climber.",
     [("belayer", "a person who holds the rope")]),
    ("is (a class)", "Article 2 \"Mature compost\" is any compost that has rotted for at least six months.",
     [("Mature compost", "any compost that has rotted")]),
    ("includes", "Article 2 “Climbing equipment” includes ropes, harnesses, shoes and chalk bags.",
     [("Climbing equipment", "ropes, harnesses, shoes")]),
    ("includes", "Article 2 The term \"kitchen waste\" includes peelings, coffee grounds and eggshells.",
     [("kitchen waste", "peelings, coffee grounds")]),
    ("shall include", "Article 2 “Climbing equipment” shall include ropes, harnesses and shoes.",
     [("Climbing equipment", "ropes, harnesses and shoes")]),
    ("shall include", "Article 2 The term \"kitchen waste\" shall include peelings and eggshells.",
     [("kitchen waste", "peelings and eggshells")]),
    ("means and includes", "Article 2 “Gym” means and includes any hall with a climbing wall.",
     [("Gym", "any hall with a climbing wall")]),
    ("means and includes", "Article 2 In these Rules, \"compost site\" means and includes every yard where waste is "
     "left to rot.", [("compost site", "every yard where waste")]),
    ("covers", "Article 2 “Gym staff” covers instructors, route setters and desk clerks.",
     [("Gym staff", "instructors, route setters")]),
    ("covers", "Article 2 The expression \"compost bin\" covers any closed box in which waste is left to rot.",
     [("compost bin", "any closed box")]),
    ("comprises", "Article 2 “Gym floor” comprises the mats, the walls and the space between them.",
     [("Gym floor", "the mats, the walls")]),
    ("comprises", "Article 2 The term \"compost yard\" comprises the bins, the paths and the tool shed.",
     [("compost yard", "the bins, the paths")]),
    ("shall be construed as", "Article 2 The term “top rope” shall be construed as a rope anchored above the climber.",
     [("top rope", "a rope anchored above")]),
    ("shall be construed as", "Article 2 \"Heap\" shall be construed as any pile of organic waste left to rot.",
     [("Heap", "any pile of organic waste")]),
    ("is understood as", "Article 2 “Auto-belay” is understood as a device that lowers a climber who lets go.",
     [("Auto-belay", "a device that lowers")]),
    ("is understood as", "Article 2 The expression \"leachate\" is to be understood as the liquid that drains from a heap.",
     [("leachate", "the liquid that drains")]),
    ("is taken to mean", "Article 2 “Climbing session” is taken to mean a visit of up to three hours.",
     [("Climbing session", "a visit of up to three hours")]),
    ("is taken to mean", "Article 2 \"Site keeper\" shall be taken to mean the resident who holds the key of a site.",
     [("Site keeper", "the resident who holds")]),
    ("is defined as", "Article 2 “Lead climbing” is defined as climbing while clipping a rope into fixed bolts.",
     [("Lead climbing", "climbing while clipping")]),
    ("is defined as", "Article 2 Compost tea is defined as a liquid made by soaking compost in water.",
     [("Compost tea", "a liquid made by soaking")]),
    ("shall mean", "Article 2 “Day pass” shall mean a ticket valid for one day of climbing.",
     [("Day pass", "a ticket valid for one day")]),
    ("shall mean", "Article 2 In these Rules, \"bin user\" shall mean a household registered to use a compost site.",
     [("bin user", "a household registered")]),
    # --- where the term stands ---------------------------------------------------------------------------------------
    ("bold term", "Article 2\n\n**Hold** means a grip fixed to a climbing wall.", [("Hold", "a grip fixed")]),
    ("bold term", "Article 2\n\n**Compost turner** means a machine that mixes a heap.", [("Compost turner", "a machine")]),
    ("italic term", "Article 2\n\n*Overhang* means a part of a wall that leans past the vertical.",
     [("Overhang", "a part of a wall")]),
    ("italic term", "Article 2\n\n*Brown waste* means dry leaves, straw and cardboard.", [("Brown waste", "dry leaves")]),
    ("the words", "Article 2 The words “climbing instructor” mean a person certified to teach climbing.",
     [("climbing instructor", "a person certified")]),
    ("the words", "Article 2 The words 'compost heap' mean a pile of organic waste left to rot.",
     [("compost heap", "a pile of organic waste")]),
    ("as used in", "Article 2 Spotter, as used in these Measures, means a person who guards a climber's fall.",
     [("Spotter", "a person who guards")]),
    ("as used in", "Article 2 “Rotting period” as used in these Rules refers to the time a heap is left untouched.",
     [("Rotting period", "the time a heap")]),
    ("capitalised in a list", _DEFS + "(1) Gym Operator means a person that runs a bouldering gym.\n(2) Guest means a "
     "person who climbs in a gym.",
     [("Gym Operator", "a person that runs"), ("Guest", "a person who climbs")]),
    ("capitalised in a list", _DEFS + "(1) Site Keeper means the resident who holds the key of a site.\n(2) Donor "
     "means a household that brings waste.",
     [("Site Keeper", "the resident who holds"), ("Donor", "a household that brings")]),
    ("What is called X (in these Measures) is Y", "Article 2 What is called a “bouldering problem” in these Measures is "
     "a set of holds climbed as one route.", [("bouldering problem", "a set of holds")]),
    ("What is called X (in these Measures) is Y", "Article 2 What is termed green waste under these Rules is any grass, "
     "leaves or cuttings from gardens.", [("green waste", "any grass, leaves")]),
    ("unless the context otherwise requires", "Article 2 In these Measures, unless the context otherwise requires, "
     "“gym” means a hall with a climbing wall.", [("gym", "a hall with a climbing wall")]),
    ("unless the context otherwise requires", "Article 2 Unless otherwise specified, \"bin\" means a closed box for "
     "compost.", [("bin", "a closed box")]),
    # --- short names -------------------------------------------------------------------------------------------------
    ("hereinafter referred to as", "Article 2 Enterprises that run indoor climbing walls (hereinafter referred to as "
     "“gym operators”) shall register with the sports bureau.", [("gym operators", "Enterprises that run")]),
    ("hereinafter referred to as", "Article 2 The municipal waste management bureau (hereinafter referred to as the "
     "waste bureau) shall keep a list of compost sites.", [("waste bureau", "municipal waste management bureau")]),
    ("(the \"X\")", "Article 2 The Climbing Wall Safety Association (the “Association”) shall publish a safety code.",
     [("Association", "Climbing Wall Safety Association")]),
    ("(the \"X\")", "Article 2 The City Compost Fund (the \"Fund\") shall pay for new bins.",
     [("Fund", "City Compost Fund")]),
    ("X for short", "Article 2 The Indoor Climbing Council (“Council” for short) shall train route setters.",
     [("Council", "Indoor Climbing Council")]),
    ("X for short", "Article 2 The Neighbourhood Compost Committee (referred to as \"Committee\" for short) shall "
     "appoint site keepers.", [("Committee", "Neighbourhood Compost Committee")]),
    ("abbreviated as", "Article 2 The Bouldering Safety Standard (abbreviated as “BSS”) shall apply to every gym.",
     [("BSS", "Bouldering Safety Standard")]),
    ("abbreviated as", "Article 2 The Community Composting Register (hereinafter abbreviated as \"CCR\") shall be "
     "public.", [("CCR", "Community Composting Register")]),
    ("called", "Article 2 The person who runs a climbing wall (hereinafter called “the operator”) shall post the "
     "rules at the entrance.", [("operator", "person who runs a climbing wall")]),
    ("called", "Article 2 The volunteer in charge of a compost site (called \"site keeper\" in these Rules) shall lock "
     "the gate.", [("site keeper", "volunteer in charge of a compost site")]),
    # --- lists and tables ----------------------------------------------------------------------------------------------
    ("In these Measures: (1) X means", "Article 2 In these Measures:\n(1) “belay device” means a brake through which "
     "the rope runs;\n(2) “harness” means the belt and leg loops a climber wears.",
     [("belay device", "a brake through which"), ("harness", "the belt and leg loops")]),
    ("In these Measures: (1) X means", "Article 2 In these Rules:\n(1) \"bin\" means a closed box for compost;\n(2) "
     "\"heap\" means an open pile of compost.", [("bin", "a closed box"), ("heap", "an open pile")]),
    ("the following terms: X: Y", "Article 2 The following terms have these meanings:\n(1) Top-out: the top of a "
     "bouldering problem;\n(2) Problem: a route on a bouldering wall.",
     [("Top-out", "the top of a bouldering"), ("Problem", "a route on a bouldering")]),
    ("the following terms: X: Y", _DEFS + "- **Activator**: any material that speeds up rotting.\n- **Sieve**: a "
     "frame with a mesh for sifting compost.", [("Activator", "any material"), ("Sieve", "a frame with a mesh")]),
    ("table of terms", "Article 2 Definitions\n\n| Term | Meaning |\n|---|---|\n| Chalk | magnesium powder that dries "
     "the hands |\n| Problem | a route on a bouldering wall |",
     [("Chalk", "magnesium powder"), ("Problem", "a route on a bouldering")]),
    ("table of terms", _DEFS + "\n| Term | Definition |\n|---|---|\n| Heap | an open pile of compost |\n| Bin | a closed "
     "box for compost |", [("Heap", "an open pile"), ("Bin", "a closed box")]),
    # --- inclusive / exclusive ------------------------------------------------------------------------------------------
    ("X includes (defs article)", _DEFS + "(1) “Climber” means a person who climbs in a gym.\n(2) Gym staff includes "
     "instructors and route setters.", [("Climber", "a person who climbs"), ("Gym staff", "instructors and route")]),
    ("X includes (defs article)", _DEFS + "(1) \"Donor\" means a household that brings waste.\n(2) Organic waste "
     "includes food scraps and garden cuttings.",
     [("Donor", "a household that brings"), ("Organic waste", "food scraps and garden")]),
    ("X does not include (no entry)", "Article 2 “Climbing wall” means a structure built for climbing. “Climbing "
     "wall” does not include a playground frame.", [("Climbing wall", "a structure built for climbing")]),
    ("X does not include (no entry)", "Article 2 \"Compost\" means organic matter rotted by microbes. \"Compost\" "
     "does not include ash or sawdust.", [("Compost", "organic matter rotted")]),
    # --- among other content ----------------------------------------------------------------------------------------
    ("in a sentence with a duty", "Article 2 Gym operators shall inspect every auto-belay once a week; “auto-belay” "
     "means a device that lowers a climber who lets go.", [("auto-belay", "a device that lowers")]),
    ("in a sentence with a duty", "Article 2 Site keepers shall close the bins at dusk, and \"bin\" means a closed box "
     "for compost.", [("bin", "a closed box")]),
    ("in an item with a duty", "Article 2 Gym operators shall:\n(1) post the rules at the entrance;\n(2) check every "
     "harness, where “harness” means the belt a climber wears.", [("harness", "the belt a climber wears")]),
    ("in an item with a duty", "Article 2 Site keepers shall:\n(1) lock the gate at night;\n(2) sift the compost; in "
     "this item, \"sift\" means to pass through a mesh.", [("sift", "to pass through a mesh")]),
    # --- scope ----------------------------------------------------------------------------------------------------------
    ("For the purposes of Chapter N", "Article 2 For the purposes of Chapter 3, “instructor” means a person certified "
     "to teach climbing.", [("instructor", "a person certified")]),
    ("For the purposes of Chapter N", "Article 2 For the purposes of Chapter II, site keeper means the resident who "
     "holds the key of a site.", [("site keeper", "the resident who holds")]),
    ("For the purposes of this Chapter", "Article 2 For the purposes of this Chapter, \"donor\" means a household "
     "that brings waste to a site.", [("donor", "a household that brings")]),
    # --- references, not definitions ----------------------------------------------------------------------------------
    ("shall have the meaning given in (a reference)", "Article 2 “Operator” shall have the meaning given in Article 3.",
     []),
    ("shall have the meaning given in (a reference)", "Article 2 \"Organic waste\" has the meaning given to it in the "
     "Solid Waste Law.", []),
    ("has the same meaning as (a reference)", "Article 2 “Route” has the same meaning as in the Sports Law.", []),
    ("has the same meaning as (a reference)", "Article 2 \"Bin\" has the same meaning as in Article 4.", []),
    ("as defined in (a reference)", "Article 2 Operators as defined in Article 3 shall register with the bureau.", []),
    ("as defined in (a reference)", "Article 2 Compost, as defined in the Solid Waste Law, shall not be burned.", []),
    # --- negatives: the same words defining nothing ---------------------------------------------------------------
    ("means of (noun)", "Article 2 Gym operators shall provide means of escape from every climbing hall.", []),
    ("means of (noun)", "Article 2 Site keepers shall keep means of transport for heavy bins.", []),
    ("What is called for", "Article 2 What is called for is a plan that keeps climbers safe.", []),
    ("What is called for", "Article 2 What is needed at each compost site is a lockable gate.", []),
    ("shall include in a duty", _DEFS + "(1) “Climber” means a person who climbs.\n(2) Applicants shall include "
     "their address in the form.", [("Climber", "a person who climbs")]),
    ("shall include in a duty", "Article 2 The compost plan shall include a map of every site.", []),
    ("by means of", "Article 2 Holds shall be fixed by means of bolts.", []),
    ("by means of", "Article 2 Compost shall be moved by means of covered carts.", []),
    ("X is Y (a statement)", "Article 2 The gym is closed on public holidays.", []),
    ("X is Y (a statement)", "Article 2 Compost is a valuable resource for urban gardens.", []),
    ("includes in an action", "Article 2 Gym operators shall ensure that the safety plan includes a fire exit.", []),
    ("includes in an action", "Article 2 The site keeper shall check that each delivery includes no plastic.", []),
]


@pytest.mark.parametrize(("cell", "body", "expected"), CELLS, ids=[f"{i:02d}-{c}" for i, (c, _b, _e) in
                                                                    enumerate(CELLS)])
def test_definition_form(cell: str, body: str, expected: list[tuple[str, str]]) -> None:
    found = defs(body)
    got = [(t, d[: len(s)]) for (t, d), (_t, s) in zip(found, expected, strict=False)]
    assert len(found) == len(expected), (cell, found)
    assert got == expected, (cell, found)


_CHAPTERS = ("Chapter I General Provisions\n\nArticle 1 For the purposes of Chapter II, “instructor” means a person "
             "certified to teach climbing.\n\nChapter II Lessons\n\nArticle 2 An instructor shall check every "
             "harness.\n\nChapter III Fees\n\nArticle 3 An instructor may charge a fee.")


def test_numbered_chapter_scope() -> None:
    """"For the purposes of Chapter II" holds the definition to that chapter, as "this Chapter" does to its own."""
    kb = kb_text(_CHAPTERS)
    (d,) = kb.definitions
    assert d.scope is not None and d.scope.endswith("chp_2")
