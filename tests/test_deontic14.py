"""Session 13 (helper `deontic14`): the three calls annotation guide 1.9 left open, decided in 1.10, and the deontic
forms session 12 left (the inventory "Deontic constructions, by form" in docs/extraction.md). Each form is tested in two
invented fields (boat hire on a lake; stalls of a night market) and two wordings, expecting (modality, bearers, action,
condition) of every clause of Article 1; the negative rows hold the same words where they bind no one.
"""

from __future__ import annotations

import pytest

from .test_extract10 import facts, kb_for

Fact = tuple[str, list[str], str, str | None]

OB, P, M, R, E = "obligation", "prohibition", "permission", "right", "encouragement"
B, S = "boat-hire operator", "stall holder"


def lowered(body: str) -> list[Fact]:
    return [(m, [b.lower() for b in who], action, cond) for m, who, action, cond in facts(body)]


# (form, sentence, expected facts of Article 1, in text order)
CELLS: list[tuple[str, str, list[Fact]]] = [
    # --- 1.10: a place after a party's name is the condition; a "whose" complement is part of the name ----------------
    ("place", "Boat-hire operators near the dam shall moor their boats before dusk.",
     [(OB, ["boat-hire operators"], "moor their boats before dusk", "near the dam")]),
    ("place", "Stall holders along the river are urged to keep the embankment clean.",
     [(E, ["stall holders"], "keep the embankment clean", "along the river")]),
    ("place", "Boat-hire operators located on the north shore must post the ice warnings.",
     [(OB, ["boat-hire operators"], "post the ice warnings", "located on the north shore")]),
    ("place", "Stall holders beside the temple gate may open until midnight.",
     [(M, ["stall holders"], "open until midnight", "beside the temple gate")]),
    ("place", "Stall holders and market cooperatives next to the bus station shall sweep the pavement.",
     [(OB, ["stall holders"], "sweep the pavement", "next to the bus station"),
      (OB, ["market cooperatives"], "sweep the pavement", "next to the bus station")]),
    ("whose", "The attendants of a boat-hire operator shall wear life jackets. An attendant shall not drink alcohol.",
     [(OB, ["attendants of a boat-hire operator"], "wear life jackets", None),
      (P, ["attendants of a boat-hire operator"], "drink alcohol", None)]),
    ("whose", "The cashiers of a stall holder must give receipts. A cashier may refuse a torn banknote.",
     [(OB, ["cashiers of a stall holder"], "give receipts", None),
      (M, ["cashiers of a stall holder"], "refuse a torn banknote", None)]),
    # a place after the verb is the act's, not the party's
    ("place of the act", "The boat-hire operator shall keep spare oars near the landing stage.",
     [(OB, [B], "keep spare oars near the landing stage", None)]),
    ("place of the act", "Stall holders must park their carts along the east wall.",
     [(OB, ["stall holders"], "park their carts along the east wall", None)]),
    ("level", "The market offices of counties along the river shall inspect the stalls.",
     [(OB, ["market offices of counties along the river"], "inspect the stalls", None)]),
    # --- 1.10: "X may require (request, insist on) Y to V" is a permission of X ---------------------------------------
    ("may require", "A hirer may require the boat-hire operator to refund the deposit.",
     [(M, ["hirer"], "require the boat-hire operator to refund the deposit", None)]),
    ("may require", "The market office may require stall holders to show their health certificates.",
     [(M, ["market office"], "require stall holders to show their health certificates", None)]),
    ("may insist on", "A hirer may insist on seeing the safety certificate of the boat.",
     [(M, ["hirer"], "insist on seeing the safety certificate of the boat", None)]),
    ("may request", "A stall holder may request the market office to move the stall.",
     [(M, [S], "request the market office to move the stall", None)]),
    ("may not require", "No boat-hire operator may require a hirer to leave a passport as a deposit.",
     [(P, [B], "require a hirer to leave a passport as a deposit", None)]),
    ("as of right", "A hirer may claim the deposit as of right from the boat-hire operator.",
     [(R, ["hirer"], "claim the deposit as of right from the boat-hire operator", None)]),
    # --- by-agent passive: the bearer is the agent, the action the whole clause -------------------------------------
    ("by-agent", "Every boat shall be inspected by the boat-hire operator before each season.",
     [(OB, [B], "Every boat shall be inspected by the boat-hire operator before each season", None)]),
    ("by-agent", "The aisles must be cleaned by stall holders every night.",
     [(OB, ["stall holders"], "The aisles must be cleaned by stall holders every night", None)]),
    # --- "It is (shall be) for X to V": an obligation of X ----------------------------------------------------------
    ("it is for X to", "It is for the boat-hire operator to decide whether the lake is safe.",
     [(OB, [B], "decide whether the lake is safe", None)]),
    ("it is for X to", "It shall be for the market office to allot the stalls.",
     [(OB, ["market office"], "allot the stalls", None)]),
    # --- exemptions: "is exempt(ed) from V-ing", "It is not necessary for X to V" -----------------------------------
    ("exempt from", "A boat-hire operator with fewer than five boats is exempt from keeping a hire log.",
     [(M, [B], "exempt from keeping a hire log", "with fewer than five boats")]),
    ("exempt from", "Stall holders are exempted from paying the cleaning fee in January.",
     [(M, ["stall holders"], "exempted from paying the cleaning fee in January", None)]),
    ("not necessary for X to", "It is not necessary for the boat-hire operator to register a rowing boat.",
     [(M, [B], "not necessary for the boat-hire operator to register a rowing boat", None)]),
    ("not necessary for X to", "It shall not be necessary for a stall holder to renew the permit every year.",
     [(M, [S], "not be necessary for a stall holder to renew the permit every year", None)]),
    ("not necessary to", "Stall holders shall register their stalls, but it is not necessary to register a cart.",
     [(OB, ["stall holders"], "register their stalls", None),
      (M, ["stall holders"], "not necessary to register a cart", None)]),
    # --- "has got to": "has to" ----------------------------------------------------------------------------------
    ("has got to", "The boat-hire operator has got to check the life jackets every morning.",
     [(OB, [B], "check the life jackets every morning", None)]),
    ("has got to", "Stall holders have got to clear their stalls by two o'clock.",
     [(OB, ["stall holders"], "clear their stalls by two o'clock", None)]),
    # --- "X and Y alike are to V": each is bound ----------------------------------------------------------------
    ("alike", "Boat-hire operators and the lake bureau alike are to report a drowning at once.",
     [(OB, ["boat-hire operators"], "report a drowning at once", None),
      (OB, ["lake bureau"], "report a drowning at once", None)]),
    ("alike", "Stall holders and market cooperatives alike are to keep the fire lanes free.",
     [(OB, ["stall holders"], "keep the fire lanes free", None),
      (OB, ["market cooperatives"], "keep the fire lanes free", None)]),
    # --- a relative clause set off by commas between the subject and its marker: one entry --------------------------
    ("comma relative", "The lake bureau, which must keep the boat register, shall publish it every spring.",
     [(OB, ["lake bureau"], "publish it every spring", None)]),
    ("comma relative", "The boat-hire operator, who should train the boatmen, shall keep the training records.",
     [(OB, [B], "keep the training records", None)]),
    ("comma relative", "Stall holders, who may sell cooked food, must keep a fire extinguisher at the stall.",
     [(OB, ["stall holders"], "keep a fire extinguisher at the stall", None)]),
    # ... but a relative clause after the verb's object is a clause of its own (guide 3.1, relative)
    ("relative after the object", "The market office shall appoint a warden, who shall inspect the stalls at night.",
     [(OB, ["market office"], "appoint a warden", None), (OB, ["warden"], "inspect the stalls at night", None)]),
]


@pytest.mark.parametrize(("form", "body", "expected"), CELLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CELLS)])
def test_cell(form: str, body: str, expected: list[Fact]) -> None:
    assert lowered(body) == expected


def unbound(body: str) -> list[str]:
    """The statements of Article 1 that bind no named party."""
    return [s.text for s in kb_for(body).statements if s.article == 1]


# (1.10) a gerund ban in a sentence of its own names no one, however plainly the paragraph before names a party: it is
# kept as a statement that binds no named party (guide 1.4), never given to that party; (1.11) after a clause with a
# bearer in the same sentence too (1.10 gave it that clause's bearer; tests/test_calls17.py has more wordings)
@pytest.mark.parametrize(("body", "kept"), [
    ("Boat-hire operators shall keep a hire log, and altering the log is forbidden.",
     [(OB, ["boat-hire operators"], "keep a hire log", None)]),
    ("Stall holders may sell cooked food, but frying food on the pavement is not permitted.",
     [(M, ["stall holders"], "sell cooked food", None)]),
    ("Boat-hire operators shall register every boat.\n\nSwimming near the landing stage is forbidden.",
     [(OB, ["boat-hire operators"], "register every boat", None)]),
    ("A stall holder shall display the prices.\n\nKeeping live poultry at a stall is not permissible.",
     [(OB, [S], "display the prices", None)]),
    ("Boat-hire operators must not rent out leaking boats. Fishing from a hired boat is prohibited.",
     [(P, ["boat-hire operators"], "rent out leaking boats", None)]),
])
def test_a_gerund_ban_of_its_own_binds_no_one(body: str, kept: list[Fact]) -> None:
    assert lowered(body) == kept
    assert len(unbound(body)) == 1


# The same words where no duty, leave, right or exemption is stated
NOT_DEONTIC: list[str] = [
    "The boat-hire operator has got two landing stages.",               # "has got" + a noun: possession
    "The stall holder has got to the market before dawn.",              # "got to" + a place: arrival
    "The lake is exempt from tax.",                                     # "exempt from" + a noun: no act
    "Boat-hire operators will open the season in May.",                 # "will" for a party: a forecast (guide 1.9)
    "The market will be busy on the day of the festival.",              # "will" of a thing
    "Stall holders and boat-hire operators alike pay the city fee.",    # "alike" without a marker
    "Where it is not necessary for the boat-hire operator to close the lake, the bureau informs the hirers.",
]


@pytest.mark.parametrize("body", NOT_DEONTIC)
def test_not_deontic(body: str) -> None:
    assert lowered(body) == []


# An exemption from a penalty is a sanction's wording (guide 4), never a permission
@pytest.mark.parametrize("body", [
    "A stall holder who corrects the fault at once shall be exempted from punishment.",
    "A boat-hire operator who reports the accident at once is exempted from paying the fine.",
])
def test_an_exemption_from_a_penalty_is_no_permission(body: str) -> None:
    assert [f for f in lowered(body) if f[0] == M] == []
