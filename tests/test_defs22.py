"""Session 16, helper defs22: definition forms that real English translations of Chinese rules use and the reader
missed or read wrong (a probe of 46 pages by many translators, kept outside the repository). Every row is written here
in two invented fields (rooftop beekeeping, ice rinks; no sentence of the probe or of any set), with negative rows where
the same words define nothing. A row expects every definition of Article 2 as (term, first words of its definiens)."""

from __future__ import annotations

import pytest

from regkb import KnowledgeBase

from .conftest import kb_text

INTRO = "Article 1 These Rules are made to keep rooftop hives and ice rinks safe."

Row = tuple[str, str, list[tuple[str, str]]]

ROWS: list[Row] = [
    # "cited" names the text's own term, as "mentioned" and "referred to" do
    ("cited in these Rules", "The rooftop apiary cited in these Rules refers to a group of hives kept on a roof.",
     [("rooftop apiary", "a group of hives")]),
    ("cited in these Rules", "The skating season cited in these Provisions refers to the months when a rink is open.",
     [("skating season", "the months when")]),
    ("neg: cited in an article, a duty", "The hives cited in Article 1 shall be marked with the keeper's name.", []),
    ("neg: cited in these Rules, a duty", "Rinks cited in these Rules shall keep a first-aid box.", []),
    # the frame without its article
    ("For purposes of", "For purposes of these Rules, a hive keeper means a person who keeps bees on a roof.",
     [("hive keeper", "a person who keeps")]),
    ("For purposes of", "For purposes of this Law, rink staff mean the persons who work on the ice.",
     [("rink staff", "the persons who work")]),
    ("neg: For purposes of, a duty", "For purposes of these Rules, the bureau shall inspect each rink once a year.", []),
    # the text named through its provisions
    ("in the provisions of this Law", "The swarm referred to in the provisions of this Law means a colony that has left "
     "its hive.", [("swarm", "a colony that")]),
    ("in the provisions of these Rules", "The ice resurfacer referred to in the provisions of these Rules means a "
     "machine that smooths the ice.", [("ice resurfacer", "a machine that")]),
    ("neg: provisions of another law", "The hive referred to in the provisions of the Beekeeping Law shall be marked.",
     []),
    # short-name markers as translators print them
    ("referred to, for short, as", "Keepers shall report to the bureau the diseases and pests of bees (hereinafter "
     "referred to, for short, as bee pests).", [("bee pests", "the diseases and pests")]),
    ("referred to, for short, as", "Operators shall fence the ice surface and the benches around it (hereinafter "
     "referred to, for short, as the rink area).", [("rink area", "the ice surface")]),
    ("hereafter as", "The bureau keeps the Register of Urban Rooftop Hives (hereafter as the Hive Register) open to the "
     "public.", [("Hive Register", "the Register of Urban")]),
    ("hereafter as", "Operators shall follow the Code of Practice for Public Ice Rinks (hereafter as the Rink Code).",
     [("Rink Code", "the Code of Practice")]),
    ("referred to, no as", "Keepers shall mark the wooden boxes that hold the bees (hereinafter referred to hives).",
     [("hives", "the wooden boxes")]),
    ("referred to, no as", "Each rink shall rent out the skates kept for visitors (hereinafter referred to rental "
     "skates).", [("rental skates", "the skates kept")]),
    ("neg: referred to in an article", "Keepers shall mark the hives (referred to in Article 1) with paint.", []),
    # a note on the long form, then the short name, in the same brackets
    ("note, hereinafter", "The bureau shall survey the City Rooftop Zone (including the river islands, hereinafter "
     "referred to as the Zone) each spring.", [("Zone", "the City Rooftop Zone")]),
    ("note, hereinafter", "Operators shall follow the Rink Safety Notice (issued by the bureau in 2020, hereinafter "
     "referred to as the Notice).", [("Notice", "the Rink Safety Notice")]),
    ("neg: note without a short name", "Keepers shall mark their hives (including empty ones, as Article 1 says).", []),
    # the phrase that names the text after a short-name bracket
    ("short name then as mentioned", "The term \"urban apiary\" (hereinafter referred to as the apiary) as mentioned in "
     "these Rules refers to hives kept within the city.", [("urban apiary", "hives kept"), ("apiary", "urban apiary")]),
    ("short name then as used", "The term \"public rink\" (hereinafter referred to as the rink) as used in these Rules "
     "refers to an ice surface open to the public.", [("public rink", "an ice surface"), ("rink", "public rink")]),
    # a bracket inside a name is part of the long form
    ("bracket inside a name", "These Rules apply to the Riverside (North) Beekeeping Park (hereinafter referred to as "
     "the Park).", [("Park", "the Riverside (North)")]),
    ("bracket inside a name", "Operators shall follow the Ice Sports Law of the Province (Trial) (hereinafter referred "
     "to as the Sports Law).", [("Sports Law", "the Ice Sports Law")]),
    ("neg: a bracket that is no name", "Keepers (including their helpers) and visitors to the roof (hereinafter referred "
     "to as roof visitors) shall wear veils.", [("roof visitors", "visitors to the roof")]),
    # the first "the" opens a clause: the long form is the later phrase that holds the short name's head
    ("clause before the long form", "The bureau and the fire service shall work together to draw up the Plan for "
     "Rooftop Safety (hereinafter referred to as the Plan).", [("Plan", "the Plan for Rooftop")]),
    ("clause before the long form", "The city has decided, with a view to ensuring safe skating, to open the Riverside "
     "Ice Centre (hereinafter referred to as the Centre).", [("Centre", "the Riverside Ice")]),
    # (not a later "the" joined by "of": the phrase after "of" that holds the head, as before)
    ("neg: one phrase joined by of", "These Rules are made under the provisions of the Law of the Province on the "
     "Protection of Bees (hereinafter referred to as the Bee Law).", [("Bee Law", "Law of the Province")]),
    # "has the sense of", as "has the meaning of" (quoted; unquoted only where the article defines terms, as "means")
    ("has the sense of", "\u201cHive keeper\u201d has the sense of a person who keeps bees on a roof.",
     [("Hive keeper", "a person who keeps")]),
    ("has the sense of", "\u201cRink operator\u201d shall have the sense of the enterprise that runs a rink.",
     [("Rink operator", "the enterprise that runs")]),
    ("neg: has the sense of, unquoted", "The bureau has the sense of urgency that the season demands.", []),
    # "means" and "includes" that define nothing
    ("neg: by means of", "Keepers shall calm the bees by means of smoke.", []),
    ("neg: which means that", "The rink closes at ten, which means that skaters must leave by then.", []),
    ("neg: the means of", "The bureau shall provide the means of testing the honey.", []),
    ("neg: includes in a duty", "Each operator shall ensure that the safety plan includes an exit map.", []),
    ("neg: including", "Keepers shall register all hives, including empty ones, with the bureau.", []),
]


def _kb(body: str) -> KnowledgeBase:
    return kb_text(INTRO + "\nArticle 2 " + body)


@pytest.mark.parametrize(("cell", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_definition_rows(cell: str, body: str, expected: list[tuple[str, str]]) -> None:
    kb = _kb(body)
    got = sorted((d.term, d.definition) for d in kb.definitions if d.article == 2)
    assert [t for t, _ in got] == sorted(t for t, _ in expected), cell
    for (term, definiens), (_, want) in zip(got, sorted(expected), strict=True):
        assert definiens.startswith(want), f"{cell}: {term!r} -> {definiens!r}"
