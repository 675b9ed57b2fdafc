"""Sanctions: penalties imposed for a violation, with the violator and the authority that imposes them.

A sanctioning clause is found by the obligation extractor (a penalty verb after the modal: "shall be
fined", "shall bear ... liability", or an authority's "shall order / impose / confiscate ..." in a
paragraph about a violation) and is never a duty. Here each such clause becomes a :class:`Sanction`:

- the *authority* is the subject of an active clause ("the X department shall impose ..."), the
  agent of a passive one ("shall be fined by the X department"), the subject of a relative clause after the
  penalty ("is liable to a fine ..., which the X department shall impose"), or, for an agentless clause, the
  authority of the clause before it in the same sentence ("... shall order ...; a fine shall be
  imposed thereupon"); never for criminal or civil liability, which no administrative body imposes;
- the *violator* is the party penalised: the subject of a passive clause, the object of the power
  ("discipline the persons ...", "upon each of the persons ..."), or the subject of the condition
  ("Where X violates ..."), or the party whose record the penalty marks ("The name of X shall be entered in the
  credit records"); "the violation", "it" and "the violator" take the violator named before
  in the same article; a bare "the violator" or a passive condition names no one (None);
- the *penalties* are the clause's words from the penalty on, the *condition* its leading
  "Where ..." clause or the relative clause on the violator ("... that violate these Provisions").

Party phrases are recognised by the extractor's own test (``party``), never by a text's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model import Diagnostic, Sanction
from . import patterns as P
from .units import Unit, regions

# a party phrase -> the ids of the known actors it names (possibly empty), or None if it names no party
PartyTest = Callable[[str], "tuple[str, ...] | None"]

ANAPHOR = re.compile(r"^(?:the\s+)?(?:violator|offender|it|they|the\s+same|such\s+(?:person|party|entity)s?|"
                     r"(?:above-?mentioned|aforementioned|aforesaid)\s+\w+(?:\s+\w+)?)$", re.IGNORECASE)
# ((defsanct12) "the same breach recurs", "the said violation": an adjective of identity between)
DEFINITE_VIOLATION = re.compile(r"\b(?:the|such|this)\s+(?:(?:same|said|above|aforesaid|foregoing)\s+)?(?:violation|illegal\s+act|offen[cs]e|breach|infringement)\b|^(?:if|where)\s+it\b",
                                re.IGNORECASE)
# (compensation is owed to the one harmed: no authority imposes it)
# (a prosecution is criminal by nature: "shall be prosecuted according to law")
# ((defsanct13) "civil" only before a liability's noun: the "Civil Affairs Bureau" imposes penalties)
# ((sanctform16) and "legal" before a liability's noun: "shall bear legal responsibility according to law" names the
# liability of every kind at once, which no administrative body imposes)
LIABILITY = re.compile(r"\b(?:criminal(?:ly)?|legal(?=\s+(?:liabilit|responsibilit))|civil(?=\s+(?:liabilit|responsibilit|compensation|damages|claims?\b))|tort|damages|joint\s+and\s+several|compensation|prosecut\w*)\b",
                       re.IGNORECASE)
# ((session 11) and the violator's own redress, the civil row's verbs (P.CIVIL_BEAR): "make good the losses", "return
# the property or make up its value": owed to the one harmed, no authority imposes it; a public body's "return the
# fees" is its duty, not a violator's redress (as in the obligations' SANCTION_NEAR test)
REDRESS = re.compile(r"\b" + P.CIVIL_BEAR, P.X)


def _liability(text: str, sa: int, sb: int, b: int) -> bool:
    """Whether the clause ``text[sa:b]`` (its subject ``text[sa:sb]``) is a liability no authority imposes."""
    return bool(LIABILITY.search(text, sa, b)
                or (REDRESS.search(text, sa, b) and not P.PUBLIC_BODY.search(text, sa, sb)))
# (coordinated participles share their agent: "shall be fined or detained by the people's court")
# (and an amount may come between: "shall be fined 5,000 yuan by the bureau")
# ((session 11) "shall receive a warning from the department": the giver after "from", as the agent after "by")
BY_AGENT = re.compile(r"^\s*(?:(?:or|and)\s+\w+ed\s+)?(?:(?:not\s+(?:less|more)\s+than\s+)?[\d,.]+\s+(?:yuan|RMB)\s+)?"
                      r"(?:\w+ly\s+)?(?:by|from)\s+(?P<np>(?:the|a|an|their|its|his\s+or\s+her|his|her)\s+[^,;]+?)(?=\s+(?:in\s+accordance|according|pursuant|"
                      r"with|for|on|at|under|and|or|to|until|unless|before|after|if|when|where|while|once)\b|[,;.]|$)", re.IGNORECASE)
# ((defsanct12) an agent between a participle and its complement: "entered by the department in the list of ...")
# ((sanct22) and before the cost: "have those chairs removed by the bureau at its own expense")
INNER_BY = re.compile(r"\sby\s+(?P<np>(?:the|a|an)\s+[^,;.]+?)(?=\s+(?:in|on|into)\s|\s+at\s+(?:its|their|his|her)\s+own\b)",
                      re.IGNORECASE)
# (sanct21) the agent fronted before the modal, as the whole subject: "by the competent department" (the determiner after
# "by" as in BY_AGENT; "by law", "by means of" name no body)
FRONTED_AGENT = re.compile(r"^\s*by\s+(?=(?:the|a|an)\s)", re.IGNORECASE)
LATE_BY = re.compile(r"\s+by\s+(?P<np>(?:the|a|an)\s+[^,;.]+?)(?=\s+(?:in\s+accordance|according|pursuant|and|or|to|for|"
                     r"within)\b|[,;.]|$)", re.IGNORECASE)
# where an agent's name ends: at punctuation or an adverbial's preposition (or, defsanct13, a subordinator: "closed by the
# commission until it is filed"); a conjunction may be inside the name ("the
# agricultural and rural affairs bureaus of cities and counties in accordance with ...") or join two names
# (a preposition before a relative pronoun opens a relative clause that belongs to the name: "by the organs to which they
# belong", "by the unit for which he works")
# ((probe19b) and the means after the agent, a second "by" with no determiner ("punished by the organ by warning or by
# detention"), or "in light of" ("imposed by the administration in light of the seriousness of the act"): neither is the
# agent's name)
AGENT_END = re.compile(r"[,;.:]|\s+(?:in\s+accordance|according|pursuant|with|for|on|at|under|to|within|until|unless|"
                       r"before|after|if|when|where|while|once|in\s+(?:the\s+)?light\s+of|by(?!\s+(?:the|a|an)\b)|"
                       r"as\s+(?:follows|provided|prescribed|specified|set\s+out|listed)|"
                       # ((sanct21) and a second penalty's participle: "confiscated by the cultural department and fined 3
                       # times the income" (the fine no part of the department's name)
                       r"(?:and|or)\s+(?:also\s+)?(?:fined|ordered|punished|warned|given|confiscated|detained|revoked|"
                       r"imposed|penali[sz]ed|investigated|dealt|subject(?:ed)?))\b(?!\s+(?:which|whom)\b)",
                       re.IGNORECASE)
AGENT_AND = re.compile(r"\s+(?:and|or)\b", re.IGNORECASE)
# (defsanct13) an agent that points back to the one named before: "by the same bureau", "by the said department"
# (sanct22) a body pointed back to by a demonstrative and its head noun, as the subject of a power: "that bureau shall
# suspend ...", "this department may revoke ..." (the body of that head named before in the paragraph)
THAT_BODY = re.compile(r"^(?:that|this|the\s+same|the\s+said|the\s+aforesaid)\s+(?P<head>[a-z]+)$", re.IGNORECASE)
SAME_AGENT = re.compile(r"^(?:the\s+)?(?:same|said|aforesaid|aforementioned|above-?mentioned|above)\s+\w+", re.IGNORECASE)
# the object of a power: "discipline X", "upon (each of) X", "prohibit X from", "order X to", "fine X"
OBJECT = re.compile(r"\b(?:upon|on|against)\s+(?:each\s+of\s+)?(?P<a>.+?)(?=[,;.]|\s+in\s+accordance|$)|"
                    # "give a warning to X", "issue a fine to X", (sanct21) "give sanctions of demotion or dismissal to X"
                    r"\b(?:warnings?|fines?|penalt(?:y|ies)|sanctions?|punishments?)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?to\s+(?P<c>(?:the|a|an|such|any|each)\s+.+?)"
                    r"(?=\s+(?:in\s+accordance|according)\b|[,;.]|$)|"
                    r"\b(?:discipline|punish|fine|warn|prohibit|order|demote|dismiss|detain|bar|ban|disqualify|blacklist|"
                    r"expose|remove)\s+(?P<b>(?:the|a|an|such|any|each)\s+.+?)"
                    r"(?=\s+(?:to|from|in\s+accordance|according)\b|[,;.]|$)|"
                    # (session 15) the double object: "give the room operator a warning", "serve the stall holder a
                    # notice of criticism" (the one penalised before the penalty)
                    r"\b(?:give|issue|serve)\s+(?P<d>(?:the|a|an|such|any|each)\s+[^,;.]+?)(?=\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                    r"(?:warnings?|fines?|penalt(?:y|ies)|notices?\s+of\s+critici[sz]m)\b)", re.IGNORECASE)
# ((sanctform16) the object of a power ends before an amount ("fine the locksmith between 500 and 5,000 yuan"), a term
# ("detain the locksmith for up to 15 days") and before
# a relative clause that names the violation ("impose a fine on an operator that violates Article 1": the relative
# clause is the violation, as a "Where" clause is, not part of the violator's name)
OBJECT_TAIL = re.compile(r"\s+(?:between\b|for\s+(?:up\b|not\s+(?:more|less)\b|a\s+period\b|life\b|[\w-]+\s+(?:days?|months?|years?)\b)|up\s+to\b|not\s+(?:less|more)\s+than\b|(?:RMB\s*)?\d[\d,.]*\s|"
                         r"(?:that|who|which)\s+(?:has\s+|have\s+)?(?:violat|breach|contraven|infring|fail|refus|commit)|"
                         # ((probe19b) any relative clause that tells what the party did, its verb no copula: "a fine on
                         # the enterprise which exceeds the time period for the annual inspection", "on the bidders who
                         # takes part in collusion" (the conduct fined, as a "Where" clause; "the persons who are
                         # directly responsible", a copula, names the persons; "the unit to which he belongs" is no
                         # relative on the party), and the penalties listed after the party ("impose on violators such
                         # penalties as warning, fine ...")
                         r"(?<!\bto)(?<!\bfor)(?<!\bof)(?<!\bin)(?<!\bwith)(?<!\bby)(?<!\bon)(?:that|who|which)\s+"
                         r"(?!(?:is|are|was|were|be|been|has|have|had|belongs?|works?)\b)(?-i:[a-z]+(?:s|ed))\b|"
                         r"such\s+(?:penalties|punishments|sanctions)\s+as\b|"
                         # ((sanct22) a second act of the authority coordinated after the one penalised: "issue a warning
                         # to the projectionist and inform the team that engaged the projectionist")
                         r"and\s+(?:inform|notify|tell|report|publish|announce|record|urge|instruct|confiscate|impose|"
                         r"revoke|suspend|circulate)\b|"
                         # ((probe19b) the penalty after the party: "impose on the auctioneer a fine of ...")
                         r"an?\s+(?:[\w-]+\s+){0,2}?(?:fines?|warnings?|detention)\s+(?:of|amounting|equal|ranging)\b)",
                         re.IGNORECASE)
POWER_SPLIT = re.compile(r",?\s+(?:and|or)\s+(?=(?:discipline|punish|fine|impose|order|confiscate|revoke|suspend|"
                         r"give|prohibit|stop|cease|withdraw|cancel|lower|downgrade|restrict|close|bar|ban|disqualify|"
                         r"detain|demote|dismiss|blacklist|strike|expose|publicly)\b)|[;；]\s*", re.IGNORECASE)
ASIDE = re.compile(r"(?<=\w),\s+(?:in|by|under|without|with|through|for)\s[^,]*,\s+", re.IGNORECASE)
IN_CHARGE = re.compile(r"\s+(?:directly\s+)?(?:in\s+charge|responsible|liable)$", re.IGNORECASE)
# (probe19b) the same role written as a relative clause with a copula: "the persons who are directly in charge", "the
# person(s) who is directly responsible (for retaliation)": a general noun named by its relative clause (guide 3, 1.6),
# the penalised group, not a head whose relative clause states the violation
ROLE_RELATIVE = re.compile(r"\b(?:persons?|person\(s\)|personnel|people|staff|officials?|members?)\s+(?:who|that)\s+"
                           r"(?:is|are)\s+(?=(?:directly\s+)?(?:in\s+charge|responsible|liable)\b)", re.IGNORECASE)
# (a relative pronoun may be followed by an adverbial set off by commas: "A game operator that, after being notified
# ..., fails to ...", "Staff who, in the administration of ..., abuse ...")
# ((defsanct12) a penalty received before, repeated: "fined twice under Article 10", "warned three times in a season")
_REPEATED = (r"(?:fined|warned|punished|penali[sz]ed)\s+(?:[\w,-]+\s+){0,6}?(?:twice|(?:two|three|four|five|\d+)\s+times|"
             r"again|repeatedly)\b")
REPEATED = re.compile(r"\s*" + _REPEATED, re.IGNORECASE)
# ((defsanct13) and the possessive relative: "A bin operator whose bin does not show ... shall be ordered")
# ((probe19b) not a relative pronoun after a preposition: "the unit to which the officer belongs" is the party's name,
# guide 1.6, as "the organs to which they belong" is an agent's)
RELATIVE = re.compile(r"(?<!\bto)(?<!\bfor)(?<!\bof)(?<!\bin)(?<!\bwith)(?<!\bby)(?<!\bon)(?<!\bat)(?<!\bfrom)"
                      r"\s+(?:that|which|who|whose)(?:\s+|\s*,\s*)(?=\w)"
                      # a post-modifier that names the violation: "Kiosk operators in violation of Article 2 shall ..."
                      r"|\s+(?=in\s+(?:violation|breach|contravention)\s+of\b)"
                      # ((defsanct12) a reduced passive relative of a penalty received before: "A shop operator fined
                      # twice under Article 5 shall ...", "a vendor warned three times ...": P.VIOLATION reads it)
                      r"|\s+(?=" + _REPEATED + ")"
                      # a reduced relative: "Kiosk operators violating Article 2 shall be fined"
                      # (the -ing word takes an object: "a charging operator" is an adjective, no clause)
                      # (not after a determiner: "the department referred to in the preceding article")
                      r"|(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bthis)(?<!\bthese)"
                      r"\s+(?=(?-i:[a-z]+ing)\s+(?:the|a|an|any|these|this|its|their|Articles?|provisions?)\b)",
                      re.IGNORECASE)
_RELATIVE_RUNS = P.run_guarded(RELATIVE)  # (bounds20: searched with P.search_runs, linear on a run of spaces)
STRICT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|fails?|violates?|infringes?|refuses?|causes?|commits?|"
                         r"neglects?|abuses?|processe[sd])\b", re.IGNORECASE)
FINITE_VERB = re.compile(r"\b(?:\w+s|is|are|was|were|has|have|fails?|violates?|infringes?|refuses?|causes?|commits?|"
                         r"neglects?|abuses?)\b", re.IGNORECASE)


# a penalty or liability stated without a modal: "is liable to a fine", "are liable to be given sanctions", "is liable
# for compensation" (the predicate's own words make it a sanction, as "shall be liable for a fine" does); not "is liable
# to cause harm" (no penalty after it)
LIABLE = re.compile(r"\b(?:is|are|(?<=\band\s)be)\s+(?:also\s+|each\s+|jointly\s+(?:and\s+severally\s+)?)?liable\s+(?:"
                    r"to\s+be\s+(?:fined|given\s+(?:\w+\s+){0,2}?(?:sanctions?|punishments?|penalt(?:y|ies)|warnings?|"
                    r"a\s+warning)|punished|penali[sz]ed|detained|prosecuted)\b|"
                    r"to\s+(?:an?\s+)?(?:" + P.LIABLE_WORD + r"[\w-]+\s+){0,2}?" + P.PENALTY_NOUNS + r"\b|"
                    r"for\s+(?:[\w-]+\s+){0,3}?(?:losses|" + P.PENALTY_NOUNS + r")\b)|"
                    # (Session 10) the nominal frame with any class's noun: "is punishable by a fine", "is subject to
                    # revocation of its licence", "are subject to disciplinary sanctions" (P.PENALTY_NOUNS)
                    r"\b(?:(?:is|are)\s+(?:also\s+|each\s+)?(?:punishable\s+by|subject\s+to)|faces?)\s+(?:an?\s+|the\s+)?"
                    r"(?:[\w-]+\s+){0,3}?" + P.PENALTY_NOUNS + r"\b", re.IGNORECASE)
# where a clause ends before the next one of the sentence: a semicolon, or a coordinator after a comma or before one
# ("is liable for compensation and, if ..., shall be punished"; "..., and the staff are liable to ...")
# (a run of blanks is taken whole from its first blank, never from inside it: linear time on long runs)
# ((session 11) "shall be given a warning by X and be liable for a fine": "and" before a second predicate whose modal is
# gapped, "be liable", is such a break too)
CLAUSE_BREAK = re.compile(r"(?:(?<!\s)\s+)?[;；]\s*|,\s+(?:and|or)\s+(?:,\s*)?|(?<!\s)\s+(?:and|or)\s*,\s*"
                          r"|(?<!\s)\s+and\s+(?=be\s+(?:also\s+)?liable\b)", re.IGNORECASE)


# (Session 14, extract17) a second passive penalty coordinated by a bare "and", its subject its own ("the hide shall be
# closed and a fine of 1,000 yuan may be imposed"): two sanctions, as after ", and" (the obligation reader keeps them as
# one clause, a modal's subject being no break there)
# ((sanct20) and a bare "and" that opens a condition of the second penalty: "... shall be given to persons in charge and
# whereas (where, if) the case constitutes a crime, criminal liability shall be pursued")
GAPPED_SUBJECT_PENALTY = re.compile(r"\s+and\s+(?=(?:an?|the|its|their)\s+(?:[\w,’'-]+\s+){0,8}?(?:shall|may|must|will)\s+"
                                    r"(?:also\s+)?be\s+\w+(?:ed|en)\b|(?:whereas|where|if|when|in\s+case)\s[^,;.]{1,120},"
                                    r"\s+(?:[\w’'-]+\s+){1,8}?(?:shall|may|must|will)\s+(?:also\s+)?be\s+\w+(?:ed|en)\b)",
                                    re.IGNORECASE)


def _split_coordinated(text: str, clauses: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Each clause cut where a bare "and" opens a passive penalty with a subject of its own
    (:data:`GAPPED_SUBJECT_PENALTY`), when a modal stands before the cut."""
    out: list[tuple[int, int, int]] = []
    for a, b, si in clauses:
        start = a
        for cut in GAPPED_SUBJECT_PENALTY.finditer(text, a, b):
            if cut.start() > start and P.MODAL.search(text, start, cut.start()):
                out.append((start, cut.start(), si))
                start = cut.end()
        out.append((start, b, si))
    return out


def liable_units(units: list[Unit]) -> set[int]:
    """The ids of the units that state a penalty without a modal ("is liable to a fine"), as :data:`LIABLE` finds."""
    return {id(u) for u in units if LIABLE.search(u.clean.text)}


def _imposer_at(text: str, k: int, b: int, modal_at: int | None = None) -> re.Match[str] | None:
    """The relative clause after a penalty that names who imposes it (:data:`patterns.IMPOSER_RELATIVE`), from ``k``
    to ``b``; with ``modal_at``, only one whose modal is at that offset."""
    for w in re.finditer(r",?\s+which\b", text[k:b]):
        r = P.IMPOSER_RELATIVE.match(text, k + w.start(), b)
        if r is not None and (modal_at is None or r.start() < modal_at < r.end()):
            return r
    return None


def _with_liable(unit: Unit, clauses: list[tuple[int, int, int]]) -> list[tuple[int, int, int, re.Match[str] | None]]:
    """The unit's sanctioning clauses (their trigger found later: None) with the clauses of :data:`LIABLE`: each such
    predicate a clause of its own, cut from the clause that holds it at the break between the two ("X is liable for
    compensation and, if ..., shall be punished by Y": two sanctions), or, with no modal clause around it, the
    stretch of its sentence between semicolons."""
    text = unit.clean.text
    out: list[tuple[int, int, int, re.Match[str] | None]] = [(a, b, si, None) for a, b, si in clauses]
    bounds = regions(unit)
    for lm in LIABLE.finditer(text):
        k = next((i for i, c in enumerate(out) if c[0] <= lm.start() < c[1]), -1)
        if k >= 0:
            a, b, si, own = out[k]
            if own is not None:
                continue
            m = next((x for x in P.MODAL.finditer(text, a, b)), None)
            if m is None:
                continue
            if lm.start() >= m.end():  # "...; where ..., the persons directly in charge are liable to be given sanctions"
                # (up to the predicate's end, so that a break may look ahead at it: "... and be liable for a fine")
                breaks = [x for x in CLAUSE_BREAK.finditer(text, m.end(), lm.end()) if x.end() <= lm.start()]
                if not breaks:
                    continue
                out[k] = (a, breaks[-1].start(), si, None)
                out.insert(k + 1, (breaks[-1].end(), b, si, lm))
            else:  # "Whoever ... is liable for compensation and, if ..., shall be punished by the organ"
                brk = CLAUSE_BREAK.search(text, lm.end(), m.start())
                if brk is None:
                    if _imposer_at(text, lm.end(), b, m.start()) is not None:
                        # "X ... is liable to a fine ..., which the department shall impose": the modal is the
                        # relative clause's, which names the authority; the penalty is the predicate's
                        out[k] = (a, b, si, lm)
                    continue
                out[k] = (brk.end(), b, si, None)
                out.insert(k, (a, brk.start(), si, lm))
            continue
        si = next((i for i, (x, y) in enumerate(bounds) if x <= lm.start() < y), -1)
        if si < 0:
            continue
        s, e = bounds[si]
        rel = _imposer_at(text, lm.end(), e)
        if rel is not None:
            # "X ... is liable to a fine ..., which shall be imposed by the department": the relative clause's modal
            # opened a clause of its own; it is the penalty's, so it joins this one
            out = [c for c in out if not (c[2] == si and rel.start() <= c[0] < rel.end())]
        s = max([s, *(c[1] for c in out if c[1] <= lm.start() and c[2] == si)])
        e = min([e, *(c[0] for c in out if c[0] >= lm.end() and c[2] == si)])
        before = list(CLAUSE_BREAK.finditer(text, s, lm.start()))
        semis = [x for x in before if ";" in x.group(0) or "；" in x.group(0)]
        start = semis[-1].end() if semis else s
        after = next((x for x in CLAUSE_BREAK.finditer(text, lm.end(), e) if ";" in x.group(0) or "；" in x.group(0)),
                     None)
        out.append((start, after.start() if after else e, si, lm))
    return sorted(out, key=lambda c: c[0])


@dataclass
class _Prev:
    sentence: int
    violator: str | None
    violators: tuple[str, ...]
    authority: str | None
    authorities: tuple[str, ...]
    unit: int = 0  # id() of the paragraph's unit


def sanctions_of_unit(unit: Unit, clauses: list[tuple[int, int, int]], party: PartyTest,
                      prev_article: _Prev | None = None) -> tuple[list[Sanction], _Prev | None]:
    """Sanctions of the sanctioning clauses ``(start, end, sentence index)`` of one unit, in order.

    ``prev_article``: the last sanction of the article before this unit (for "the violation")."""
    text = unit.clean.text
    out: list[Sanction] = []
    prev = prev_article
    party = _in_charge(party)
    for a, b, si, own in _with_liable(unit, _split_coordinated(text, clauses)):
        m = own or next((x for x in P.MODAL.finditer(text, a, b)
                         if P.SANCTION_PASSIVE.match(text[x.start() :]) or P.SANCTION_POWER.match(text[x.start() :])
                         or P.SANCTION_WITHDRAWAL.match(text[x.start() :]) or P.SANCTION_DEALT.match(text[x.start() :])
                         or P.PURSUED.match(text[x.start() :]) or P.WITHDRAW_SERVICE.match(text[x.start() :])
                         or P.SANCTION_NEAR.match(text[x.start() :]) or P.SANCTION_POWER_NEAR.match(text[x.start() :])
                         or P.DOUBLE_PAY.match(text[x.start() :]) or P.VIOLATION_LEADS.match(text[x.start() :])
                         or P.TIME_BAR.match(text[x.start() :])),
                        None)
        if m is None:
            continue
        same_sentence = prev if prev is not None and prev.sentence == si and prev is not prev_article else None
        for s in _sanctions(unit, a, b, m, si, party, prev, same_sentence):
            out.append(s[0])
            prev = s[1]
    return out, prev


def _in_charge(party: PartyTest) -> PartyTest:
    """"the persons directly in charge", "the staff directly responsible": a party whatever its post-modifier."""

    def test(np: str) -> tuple[str, ...] | None:
        found = party(np)
        if found is None and re.search(r"\b(?:and|or)\s+the\s+other\s", np, re.IGNORECASE):
            # (probe19b) "the persons directly in charge and the other persons directly responsible": the article before
            # "other" in the second group adds nothing ("and other persons directly responsible")
            np = re.sub(r"\b(and|or)\s+the\s+other\s", r"\1 other ", np, flags=re.IGNORECASE)
            found = party(np)
        if found is None and ROLE_RELATIVE.search(np):
            np = ROLE_RELATIVE.sub(lambda r: r.group(0).split()[0] + " ", np)  # "persons who are directly in charge"
            np = re.sub(r"\s+for\s+[^,;]*$", "", np)  # (what they answer for: "responsible for retaliation")
            found = party(np)
        if found is None and IN_CHARGE.search(np):
            found = party(IN_CHARGE.sub("", np))
        return found

    return test


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,;；":
        a += 1
    while b > a and text[b - 1] in " ,;.；":
        b -= 1
    return a, b


def _condition_and_subject(text: str, a: int, m_start: int) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    a, b = _strip(text, a, m_start)
    lead = text[a:b]
    lead2 = re.sub(r"^(?:and|or|but)\s+", "", lead, flags=re.IGNORECASE)
    a += len(lead) - len(lead2)
    if P.CONDITION_OPENER.match(lead2) or P.LEAD_ADVERBIAL.match(lead2):
        comma = lead2.rfind(", ")
        # (probe19b) not a comma inside the subject's list of nouns: "In a case where ..., the person(s) responsible for
        # the assembly, procession or demonstration and the person(s) who is directly responsible shall be ...": the
        # part after the last comma goes on the list ("procession or demonstration and ..."), so the subject starts at
        # the comma before it that opens a noun phrase
        while comma > 0 and LIST_TAIL.match(lead2, comma + 2) and _ends_in_determined_word(lead2, comma):
            back = lead2.rfind(", ", 0, comma)
            if back < 0 or not re.match(r"(?:the|a|an|any|each|all|its|their)\s", lead2[back + 2 :], re.IGNORECASE):
                break
            comma = back
        if comma < 0:
            return (a, b), (b, b)
        return _strip(text, a, a + comma), _strip(text, a + comma + 2, b)
    return None, (a, b)


_WORD_CHAR = re.compile(r"[\w'-]")
_SPACE_CHAR = re.compile(r"\s")
_DETERMINER_AT_END = re.compile(r"\b(?:the|a|an)\Z")


def _ends_in_determined_word(text: str, end: int) -> bool:
    r"""Whether ``text[:end]`` ends in "the", "a" or "an", white space and a word (``\b(?:the|a|an)\s+[\w'-]+$``), read
    back from ``end``: (bounds20) the search over the whole lead, once per comma of a long list, was quadratic."""
    if end > 0 and text[end - 1] == "\n":  # ("$" also matches before a last newline)
        end -= 1
    i = end
    while i > 0 and _WORD_CHAR.match(text, i - 1):
        i -= 1
    if i == end:
        return False
    j = i
    while j > 0 and _SPACE_CHAR.match(text, j - 1):
        j -= 1
    return j < i and _DETERMINER_AT_END.search(text, max(0, j - 4), j) is not None


# (probe19b) the rest of a list of bare nouns after a comma: "procession or demonstration and the ...", "B and C shall"
LIST_TAIL = re.compile(r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:or|and)\s+[\w'-]+\s+(?:and|or)\s+(?:the|a|an)\s", re.IGNORECASE)
# an indefinite pronoun names no party: "Where anyone uses ... in violation of ..." has no named violator (guide 4)
INDEFINITE = re.compile(r"^(?:anyone|anybody|any\s+one|someone|somebody|whoever|everyone|everybody)$", re.IGNORECASE)
# ... nor does a pronoun or a bare "person(s)" whose relative clause says who ("those who evade ...", "persons that
# forge ...", "anyone who ...", "whoever ..."): whoever does the act, not a party the text names
INDEFINITE_SUBJECT = re.compile(r"^(?:(?:those|anyone|anybody|any\s+(?:one|person|party)|persons?|people|a\s+person|"
                                r"one)\s+(?:who|that|which)\b|whoever\b|"
                                # "Violators of Article 5 shall be fined": a bare violator names no one (guide 4)
                                r"(?:the\s+|any\s+)?(?:violators?|offenders?)\s+of\b)", re.IGNORECASE)
# (sanct21) a personal pronoun: a natural person, never an authority (an organ is "it")
PERSONAL = re.compile(r"^(?:he|she|he/she|he\s+or\s+she)$", re.IGNORECASE)
# (probe19b) a bare name of the doer of a wrong, as "the violator" (guide 4, 1.1): "the offenders shall be punished with a
# fine", "the violators" name no party
BARE_VIOLATOR = re.compile(r"^(?:violators?|offenders?|wrongdoers?|lawbreakers?|perpetrators?)$", re.IGNORECASE)
# "Any violation of this Law (any unit or individual) shall be ...": a violation or a party of any kind, no one named;
# ((sanctform16) not a thing of the violator's: "...; any high-risk tools that were lent shall be confiscated" keeps the
# violator of the sentence, as "the tools used shall be confiscated" does)
ANY_SUBJECT = re.compile(r"(?:any|every|all)\s+(?:(?:of\s+the|such|other|[\w-]+)\s+){0,3}?(?:violations?|breach(?:es)?|"
                         r"contraventions?|infringements?|offen[cs]es?|acts?|conduct|persons?|units?|individuals?|"
                         r"organi[sz]ations?|entit(?:y|ies)|citizens?|one|body|part(?:y|ies)|people)\b", re.IGNORECASE)
# a circumstance of the violation, with no party of its own ("Where personal information is involved", "Where the
# circumstances are serious", "If losses are caused"): no violation of its own, so it qualifies the one before
CIRCUMSTANCE = re.compile(r"^(?:where|if|when|in\s+case)\s+(?:(?:the|such|any|serious|major)\s+)?(?:\w+\s+){0,3}?"
                          r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ed|involved|serious|grave|severe)\b"
                          r"|^(?:where|if)\s+(?:the\s+)?circumstances\s+are\b", re.IGNORECASE)
# the agent of a violation named as a noun ("a violation of Article 2 by the operator", "any breach of these Rules by a
# seller"), to the end of the condition or a comma
# (no verb between: "a violation of these Measures is not punished by the department" names the punisher)
VIOLATION_BY = re.compile(r"\b(?:violations?|breach(?:es)?|infringements?|contraventions?)\s+of\s+"
                          r"(?:(?!\b(?:is|are|was|were|be|been|being|has|have|had|not|\w+ed)\b)[^,;]){1,120}?\s+by\s+"
                          r"(?P<np>(?:the|a|an|any)\s+[^,;]{1,80}?)\s*$", re.IGNORECASE)
# (Session 14, extract17) the wrongdoer named as the possessor of the wrong: "Where a hide operator's breach of Article 5
# leads to ...", "Where food poisoning occurs through the hall operator's fault"
POSSESSED_WRONG = re.compile(r"\b(?:a|an|the|any)\s+(?P<np>(?:(?!(?:through|by|at|in|of|on|for|to|with|from|owing|due)\b)"
                             r"[\w-]+\s+){0,4}?[\w-]+)['’]s?\s+(?:own\s+)?(?:breach(?:es)?|"
                             r"violations?|contraventions?|infringements?|failure|fault|negligence|default|mistakes?|errors?|carelessness)\b",
                             re.IGNORECASE)
# a second subject coordinated in the condition: "Where A violates X, or B violates Y" (a new clause after "or")
NEXT_DISJUNCT = re.compile(r",\s+or\s+(?:where\s+|if\s+)?(?=\w)", re.IGNORECASE)


# the agent of a violation whose head noun the party lexicon does not know ("Where a landlord registers false data in
# violation of Article 4", "If the tutor breaches Article 3"): one who violates a provision is a party, so the subject of
# a verb of violation, or of a verb that "in violation of" qualifies, is the violator; a short noun phrase with a
# determiner and no "of", whose head is no nominalisation ("Where the sale of data in violation of ... constitutes a
# crime": the act, not a party)
VIOLATION_AGENT = re.compile(r"^(?:where|if|when|whenever|in\s+case)\s+(?P<np>(?:a|an|any|each|the)\s+(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?-i:[a-z][\w-]*))\s+(?P<verb>(?-i:[a-z]+s))\b(?P<rest>[^,;]*)", re.IGNORECASE)
_VIOLATING_VERB = re.compile(r"^(?:violates|breaches|contravenes|infringes|fails|refuses|neglects)$", re.IGNORECASE)
_ACT_NOUN = re.compile(r"(?:ion|ment|ing|ance|ence|ity|ness|ure|al|sale|use|act|conduct|data|information|s's)$",
                       re.IGNORECASE)


def violation_agent(cond: str) -> str | None:
    """The subject of a condition's verb of violation as printed, without its determiner (:data:`VIOLATION_AGENT`),
    or None."""
    m = VIOLATION_AGENT.match(cond.strip())
    if m is None:
        return None
    np = m.group("np")
    words = np.split()
    if not (_VIOLATING_VERB.match(m.group("verb")) or re.search(r"\bin\s+(?:violation|breach|contravention)\s+of\b",
                                                                 m.group("rest"), re.IGNORECASE)):
        return None
    if _ACT_NOUN.search(words[-1]) or "of" in (w.lower() for w in words) or P.VIOLATION.search(np) or ANAPHOR.match(_printed(np)) or \
            re.fullmatch(r"(?:the\s+)?(?:violator|offender|party)s?", np, re.IGNORECASE) or \
            (m.group("verb").lower() == "fails" and not re.match(r"\s*to\b", m.group("rest"))):
        return None
    return _printed(np)


# (probe19b, guide 1.12 c) a violation named as an act, not as its doer: "Where the conduct of a ferry operator violates
# ...", "Where such acts constitute a crime", "Where the conduct violates ...": the doer is the party after "of", else the
# party a sentence before names (:func:`_doer_before`); an act is never the violator
ACT_SUBJECT = re.compile(r"^(?:(?:the|such|this|that|these|those|any|its|their|his|her|his\s+or\s+her)\s+)?"
                         r"(?:illegal\s+|unlawful\s+|above\s+|aforesaid\s+|said\s+)?(?:conduct|acts?|actions?|behaviou?rs?|"
                         r"practices?|activit(?:y|ies)|deeds?)(?:\s+of\s+(?P<np>.+))?$", re.IGNORECASE)
# (not "any act", nor an act named by the provisions that list it, "the acts referred to in the preceding article": the
# acts of whoever those provisions bind, several parties maybe, as "Any violation of this Law" names no one, guide 1.1)
ACT_IN_CONDITION = re.compile(r"^(?:where|if|when|in\s+case)\s+(?:(?:the|such|this|that|these|those|its|their|his|"
                              r"her)\s+)?(?:illegal\s+|"
                              r"unlawful\s+)?(?:conduct|acts?|actions?|behaviou?rs?|practices?|activit(?:y|ies)|deeds?)\s+"
                              r"(?!of\b|(?:as\s+)?(?:referred|mentioned|specified|listed|set\s+out|prescribed|provided|"
                              r"described|stipulated)\b)", re.IGNORECASE)


ACT_OF_IN_CONDITION = re.compile(r"^(?:where|if|when|in\s+case)\s+(?:(?:the|such|this|that|any)\s+)?(?:illegal\s+|"
                                 r"unlawful\s+)?(?:conduct|acts?|actions?|behaviou?rs?|practices?|activit(?:y|ies)|deeds?)\s+"
                                 r"of\s+(?P<np>(?:the|a|an|any|such)\s+[^,;]{1,60}?)\s+(?=(?-i:[a-z]+s)\b)", re.IGNORECASE)


def _doer_before(text: str, a: int, party: PartyTest) -> tuple[str | None, tuple[str, ...]]:
    """The party that is the subject of the sentence before offset ``a`` in the paragraph ("A pet groomer shall not
    keep animals overnight. Where such acts constitute a crime, ..."), or (None, ())."""
    cut = max(text.rfind(". ", 0, a), text.rfind("; ", 0, a))
    if cut < 0:
        return None, ()
    start = max(text.rfind(". ", 0, cut), text.rfind("; ", 0, cut))
    start = 0 if start < 0 else start + 2
    m = P.MODAL.search(text, start, cut)
    if m is None:
        return None, ()
    cond, (sa, sb) = _condition_and_subject(text, start, m.start())
    if cond is not None and any(rx.search(text[cond[0] : cond[1]]) for rx in (P.VIOLATION, P.FAILURE)):
        # (review19) "Where a visitor fails to pay the fee, the bureau shall order it to pay; where the conduct constitutes
        # a crime, ...": a sentence whose condition names a wrong answers that wrong; the act taken up is the
        # condition's, its doer the condition's subject, not the main clause's party (the authority that answers it)
        doer, doer_keys = _condition_violator(text[cond[0] : cond[1]], party)
        if doer is not None:
            return doer, doer_keys
    np = text[sa:sb]
    rel = P.search_runs(RELATIVE, _RELATIVE_RUNS, np)
    if rel is not None and party(np[: rel.start()]) is not None:
        np = np[: rel.start()]  # "Staff of the bureau who neglect their duties shall be ...": the staff of the bureau
    keys = party(np) if np and not ANAPHOR.match(_printed(np)) and not ACT_SUBJECT.match(np.strip()) else None
    return (_printed(np), keys) if keys is not None else (None, ())


def _condition_violator(cond: str, party: PartyTest) -> tuple[str | None, tuple[str, ...]]:
    """The party that is the subject of a condition ("Where any state organ fails to ..."); with a second clause
    coordinated in the condition ("Where a device maker violates X, or a service provider violates Y"), each
    clause's subject ("device maker or service provider")."""
    first, keys, end = _condition_subject(cond, party)
    act_of = ACT_OF_IN_CONDITION.match(cond.strip())
    if act_of is not None and (first is None or ACT_SUBJECT.match(first)) and \
            not re.match(r"(?:such|these|those|the\s+said|the\s+same|the\s+above)\b", act_of.group("np"), re.IGNORECASE):
        # (guide 1.12 c) "Where the conduct of a ferry operator violates ...": the party after "of" did it
        doer = party(act_of.group("np"))
        return (_printed(act_of.group("np")), doer) if doer is not None else (None, ())
    act = ACT_SUBJECT.match(first) if first else None
    if act is not None:
        # (guide 1.12 c) "the conduct of X": X; "the conduct" alone names no one here
        np = act.group("np")
        doer = party(np) if np else None
        return (_printed(np), doer) if np and doer is not None else (None, ())
    if first is None:
        # "Where there is a violation of Article 2 by a kiosk operator": the agent of the nominal violation
        by = VIOLATION_BY.search(cond)
        if by is not None and (agent := party(by.group("np"))) is not None:
            return _printed(by.group("np")), agent
        agent_np = violation_agent(cond)
        if agent_np is not None:
            return agent_np, ()
        poss = POSSESSED_WRONG.search(cond)
        if poss is not None and (owner := party(poss.group("np"))) is not None:
            return _printed(poss.group("np")), owner
    if first is None or end < 0:
        return first, keys
    names, found = [first], list(keys)
    rest = cond[end:]
    for sep in NEXT_DISJUNCT.finditer(rest):
        np, more, at = _clause_subject(rest[sep.end() :], party)
        verb = rest[sep.end() + at :]
        # only a violation of its own ("or B violates ...", "or B fails to ... as required"), not "or B suffers ..."
        if np is not None and np not in names and P.VIOLATION.match(verb.lstrip()):
            names.append(np)
            found.extend(more)
    return " or ".join(names), tuple(dict.fromkeys(found))


def clause_violator(clause: str, party: PartyTest) -> tuple[str | None, tuple[str, ...]]:
    """The party that is the subject of a clause stating a violation ("A kiosk operator fails to keep logs", a
    table's violation cell): as printed, and the ids of the actors it names; (None, ()) if it names none."""
    return _condition_violator(clause, party)


def _condition_subject(cond: str, party: PartyTest) -> tuple[str | None, tuple[str, ...], int]:
    rest = P.CONDITION_OPENER.sub("", cond, count=1).lstrip(" ,")
    off = len(cond) - len(rest)
    np, keys, end = _clause_subject(rest, party, leading=True)
    return np, keys, (off + end if end >= 0 else -1)


def _clause_subject(rest: str, party: PartyTest, leading: bool = False) -> tuple[str | None, tuple[str, ...], int]:
    """The longest party phrase opening ``rest`` and followed by a finite verb: (printed, keys, where the verb
    starts), or (None, (), -1)."""
    if not leading:
        words = rest.split()
        for n in range(min(len(words), 12), 0, -1):
            np = " ".join(words[:n]).rstrip(",")
            if n >= len(words) or FINITE_VERB.fullmatch(words[n].strip(",")) is None or STRICT_VERB.search(np) \
                    or re.search(r"[,;()]|\b(?:or|and)\b", np):
                continue  # one noun phrase, not a stretch of references ("Article 6(1)(a), or an app operator")
            if ANAPHOR.match(_printed(np)) or INDEFINITE.match(_printed(np)):
                return None, (), -1
            keys = party(np)
            if keys is not None:
                return _printed(np), keys, len(" ".join(words[:n]))
        return None, (), -1
    np_, keys_ = _leading_violator(rest, party)
    if np_ is None:
        return None, (), -1
    k = rest.lower().find(np_.lower())
    return np_, keys_, (k + len(np_) if k >= 0 else -1)


def _leading_violator(rest: str, party: PartyTest) -> tuple[str | None, tuple[str, ...]]:
    """The party that is the subject of a condition's first clause (``rest``: the condition after its opener)."""
    rest = ASIDE.sub(" ", rest)  # "a registrant, in violation of Article 6, releases ...": the aside left out
    if rest.startswith(",") or re.match(r"(?:in|during|when|while)\s", rest, re.IGNORECASE):
        comma = rest.find(", ")
        rest = rest[comma + 2 :] if comma >= 0 else rest  # "Where, in jointly processing ..., a processor ..."
    words = rest.split()
    order = range(min(len(words), 12), 0, -1)  # the longest party phrase before a verb, holding no verb
    if re.match(r"(?:a|an|each|every)\s", rest, re.IGNORECASE) and not any(
            STRICT_VERB.fullmatch(w.strip(",")) for w in words[1:13]):
        # a singular subject agrees with its verb: with no verb of violation to end it, the first word in -s after its
        # head is the verb ("A seller sells drugs that ...", not the name "seller sells drugs")
        order = range(1, min(len(words), 12) + 1)
    for n in order:
        np = " ".join(words[:n]).rstrip(",")
        if re.search(r"\s(?:that|who|which|whose)$", np, re.IGNORECASE):
            continue
        rel = re.search(r"\s(?:that|who|which|whose)\s", np, re.IGNORECASE)
        if rel and order.step > 0:
            # a singular subject's relative clause comes before its verb: the party is the head before it ("Each
            # seller that loses samples")
            head = np[: rel.start()]
            keys = party(head)
            if keys is not None and not ANAPHOR.match(_printed(head)):
                return _printed(head), keys
            continue
        if (n < len(words) and FINITE_VERB.fullmatch(words[n].strip(",")) is None) or STRICT_VERB.search(np):
            continue
        if ANAPHOR.match(_printed(np)) or INDEFINITE.match(_printed(np)):
            return None, ()  # "where the violator refuses ...": the violator named before, if any
        keys = party(np)
        if keys is not None:
            return _printed(np), keys
    return None, ()


# (Session 10) a record of a party that the penalty marks: "The name of the recycler shall also be entered in the credit
# records", "the operator's name shall be published": the penalty falls on the party named, not on its name
# ((sanctform16) and what the party holds or runs, which a closure, a suspension or a revocation strikes: "the shop of
# the locksmith shall be closed down", "the operator's premises shall be sealed up": the penalty falls on the holder)
_HELD = r"(?:shops?|stores?|premises|outlets?|stalls?|venues?|establishments?|workshops?|licen[cs]es?|permits?|certificates?)"
_RECORD = r"(?:names?|(?:credit\s+)?information|particulars|details|identit(?:y|ies)|" + _HELD + ")"
# (calls21, guide 1.13 d) a subject owned by a pronoun ("its illegal gains", "their tools"): it points back to a party
POSSESSIVE_SUBJECT = re.compile(r"^\s*(?:its|their|his\s+or\s+her|his|her)\s+\w", re.IGNORECASE)
HELD = re.compile(r"\b" + _HELD + r"\b", re.IGNORECASE)
OWNER = re.compile(r"^(?P<pos>its|their|his\s+or\s+her|his|her)\s+" + _RECORD + r"$|^(?:the\s+)?" + _RECORD + r"\s+of\s+"
                   r"(?P<np>.+)$|^(?P<np2>.+?)['’]s?\s+" + _RECORD + r"$", re.IGNORECASE)


# (Session 11) the owner of the record a credit penalty enters ("entered in the credit file of the operator", "recorded
# in the credit records of the carrier"): the words after a credit penalty's participle, up to "of" and its party
RECORD_OF = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:files?|records?|archives?|profiles?|histor(?:y|ies))\s+of\s+"
                       r"(?P<np>(?:the|a|an|such)\s+[^,;.]{1,80}?)\s*(?=[,;.]|$|\s+(?:in\s+accordance|according|by)\b)",
                       re.IGNORECASE)


# a definite noun phrase that points back to a party named before: a general noun for a party ("the entity", "the
# unit") or a shortened mention ("the operator" after "a kiosk operator")
GENERAL_PARTY = re.compile(r"^(?:entit(?:y|ies)|units?|organi[sz]ations?|enterprises?|part(?:y|ies)|institutions?|"
                           r"compan(?:y|ies))$", re.IGNORECASE)


def _back_to(np: str, before: tuple[str | None, tuple[str, ...]]) -> bool:
    """Whether ``np`` ("the entity", "the operator") names the violator ``before`` (named in the condition)."""
    m = re.match(r"(?:the|such|this|that)\s+(?P<n>[\w-]+(?:\s+[\w-]+){0,3})$", np.strip(" ,"), re.IGNORECASE)
    if m is None or not before[0]:
        return False
    words, prior = m.group("n").lower().split(), before[0].lower().split()
    return bool(GENERAL_PARTY.match(m.group("n"))) or (len(words) < len(prior) and prior[-len(words):] == words) or \
        (len(words) < len(prior) and [w.rstrip("s") for w in prior[-len(words):]] == [w.rstrip("s") for w in words])


def _printed(np: str) -> str:
    # ((defsanct12) and a possessive determiner: "by their employing units" -> "employing units")
    return re.sub(r"^(?:the|a|an|any|each|all|their|its|his\s+or\s+her|his|her)\s+", "", np.strip(" ,"),
                  flags=re.IGNORECASE)


def _sanctions(unit: Unit, a: int, b: int, m: re.Match[str], si: int, party: PartyTest, prev: _Prev | None,
               same_sentence: _Prev | None) -> list[tuple[Sanction, _Prev]]:
    text = unit.clean.text
    cond, (sa, sb) = _condition_and_subject(text, a, m.start())
    subject = text[sa:sb]
    cleft = P.CLEFT.fullmatch(subject)
    if cleft and party(cleft.group("np")) is not None:
        # "It is the drone operator that shall be liable for ...": the cleft's focus is the subject (as for duties)
        sa += cleft.start("np")
        subject = cleft.group("np")
        sb = sa + len(subject)
    if P.NO_PENALTY.match(subject.strip(" ,")):
        return []  # (sanctform16) "no penalty shall be imposed": a penalty denied, an exemption, no sanction
    condition = text[cond[0] : cond[1]] if cond else None
    passive = not (P.SANCTION_POWER.match(text[m.start() :]) or P.WITHDRAW_SERVICE.match(text[m.start() :])
                   or P.SANCTION_POWER_NEAR.match(text[m.start() :]))
    # a relative clause on the subject ("providers that violate these Provisions") is the condition
    rel = P.search_runs(RELATIVE, _RELATIVE_RUNS, subject)
    indefinite = bool(INDEFINITE_SUBJECT.match(subject))
    own_violation = False  # the subject's own relative clause names the violation ("operators that violate ...")
    if rel and (party(subject[: rel.start()]) is not None or indefinite) and not ROLE_RELATIVE.search(subject):
        # (a penalty received before, repeated, is the same offence again: the sentence's authority still imposes)
        own_violation = bool(indefinite or P.VIOLATION.search(subject[rel.start() :])) and \
            not REPEATED.match(subject, rel.start())
        cond = _strip(text, sa + rel.start(), sb)
        condition = text[cond[0] : cond[1]]
        subject = subject[: rel.start()]
        sb = sa + len(subject)
    inherited = prev if prev is not None and (prev is same_sentence or (condition and DEFINITE_VIOLATION.search(
        condition)) or DEFINITE_VIOLATION.search(subject)) else None
    cond_v: tuple[str | None, tuple[str, ...]] = (None, ())
    if condition:
        cond_v = _condition_violator(condition, party)
        if cond_v[0] is None and inherited is not None and (DEFINITE_VIOLATION.search(condition)
                                                             or inherited is same_sentence):
            cond_v = (inherited.violator, inherited.violators)
        elif cond_v[0] is not None and inherited is same_sentence and inherited is not None and inherited.violator \
                and not P.VIOLATION.search(condition) and not P.FAILURE.search(condition):
            # "...; where a buyer suffers losses, civil liability shall be assumed": the party of a circumstance that
            # is no violation (the one harmed) is not the violator; the sentence's violator is
            cond_v = (inherited.violator, inherited.violators)
    elif inherited is not None and same_sentence is not None:
        cond_v = (inherited.violator, inherited.violators)
    if cond_v[0] is None and inherited is None and condition and prev is not None and prev.violator and \
            prev.unit == id(unit) and CIRCUMSTANCE.match(condition) and not P.VIOLATION.search(condition) and \
            not P.FAILURE.search(condition) and not indefinite:
        # "Where X violates ..., the bureau shall order it ... . Where personal information is involved, the department
        # shall impose penalties ...": a circumstance with no party or violation of its own, in the paragraph about
        # X's violation, qualifies that violation
        cond_v = (prev.violator, prev.violators)
    if cond_v[0] is None and inherited is None and condition and DEFINITE_VIOLATION.search(condition):
        # "Where a tutor violates Article 6, the platform shall report ...; if the violation constitutes a crime,
        # criminal liability shall be ...": "the violation" is the one named before in the paragraph, by a duty's
        # condition when no sanction came before
        before = [x.group(1) for x in re.finditer(r"(?:^|[.;,:]\s+)((?:where|if|when)\s[^,;.]*)", text[:a],
                                                   re.IGNORECASE) if P.VIOLATION.search(x.group(1))
                  or P.FAILURE.search(x.group(1))]
        if before:
            cond_v = _condition_violator(before[-1], party)
    if cond_v[0] is None and condition and (ACT_IN_CONDITION.match(condition) or (
            ACT_OF_IN_CONDITION.match(condition) and inherited is None)):
        # (guide 1.12 c) "Where such acts constitute a crime, ...": the doer named before, the violator of the sanction
        # before in the paragraph, or else the subject of the sentence before
        if prev is not None and prev.unit == id(unit) and prev.violator:
            cond_v = (prev.violator, prev.violators)
        else:
            cond_v = _doer_before(text, a, party)
    trigger_end = m.end()
    results: list[tuple[Sanction, _Prev]] = []
    if passive:
        vm = (P.SANCTION_PASSIVE.match(text[m.start() :]) or P.VIOLATION_LEADS.match(text[m.start() :])
              or P.PURSUED.match(text[m.start() :])
              or P.SANCTION_DEALT.match(text[m.start() :]) or P.CRIMINAL_REFERRAL.match(text[m.start() :]))
        trigger_end = m.start() + vm.end() if vm else m.end()
        while trigger_end < b and text[trigger_end].isalpha():  # the whole word: "liabilit" -> "liability"
            trigger_end += 1
        fronted = FRONTED_AGENT.match(subject) if subject else None
        fronted_agent = _agent_at(text, sa + fronted.end(), sb, party) if fronted else None
        if fronted_agent is not None:
            # (sanct21) "..., by the competent department shall be ordered to stop the illegal act": a translation that
            # keeps the Chinese order (由 X 责令) puts the agent before the modal; it is the authority, not a subject
            subject = ""
        owner = OWNER.match(subject.strip()) if subject else None
        # a thing the party holds ("its permit shall be suspended") is what the penalty strikes: the clause keeps it
        held = owner is not None and HELD.search(subject) is not None
        if owner is not None and owner.group("pos"):
            subject = "it"  # "Its name shall also be entered in the credit records": the party "its" points to
        elif owner is not None and party(owner.group("np") or owner.group("np2")) is not None:
            subject = owner.group("np") or owner.group("np2")  # "The name of the recycler shall be entered in ..."
        keys = party(subject) if subject and not ANAPHOR.match(_printed(subject)) and \
            not BARE_VIOLATOR.match(_printed(subject)) else None
        if keys is not None and _back_to(subject, cond_v):
            keys = None  # "Where a seller violates ..., the entity shall be fined": the seller
            subject = "it"
        if keys is not None:
            violator: tuple[str | None, tuple[str, ...]] = (_printed(subject), keys)
            if cond_v[0] and cond_v[0].lower().startswith(_printed(subject).lower() + " "):
                violator = cond_v  # "Where a staff member of X ..., the staff member shall be ...": the fuller name
            pa = m.end()
        else:
            violator = cond_v if not re.match(r"^(?:the\s+)?violator$", _printed(subject), re.IGNORECASE) or \
                cond_v[0] else (None, ())
            if subject and DEFINITE_VIOLATION.search(subject) is None and not ANAPHOR.match(_printed(subject)) \
                    and ANY_SUBJECT.match(subject):
                violator = (None, ())  # "Any violation of this Law shall be ...": no one named
            if violator[0] is None and prev is not None and prev.violator and prev.unit == id(unit) and subject and (
                    P.PRONOUN.match(_printed(subject)) or DEFINITE_VIOLATION.search(subject)
                    or POSSESSIVE_SUBJECT.match(subject)) and not condition:
                # "... shall be fined by X. It (The violation) shall also be entered in the credit records": in a new
                # sentence of the paragraph, the pronoun or "the violation" points to the violator of the sanction
                # before (in the same sentence it did already); not after a condition of its own, whose noun the
                # pronoun may take ("Where any other violation ... is not punished ..., it shall be punished ...")
                # ((calls21, guide 1.13 d) and a possessive: "Its illegal gains shall be confiscated" refers back in words
                # to the party named before; "The illegal gains shall be confiscated" names no one, violator none)
                violator = (prev.violator, prev.violators)
            pa = sa if (subject and not ANAPHOR.match(_printed(subject))) or held else m.end()
        record_of = RECORD_OF.match(text, trigger_end, b) if keys is None else None
        if record_of is not None and party(record_of.group("np")) is not None and \
                not P.PUBLIC_BODY.search(record_of.group("np")):
            # "the violation shall be entered in the credit file of the operator": the record names whose it is, when
            # the subject names no party ("its name", "the violation") and the "of" is no body that keeps the file
            # ("the credit file of the bureau")
            violator = (_printed(record_of.group("np")), party(record_of.group("np")) or ())
        if indefinite:
            violator = (None, ())  # "...; those who evade supervision shall be fined": whoever does it, no one named
        by = BY_AGENT.match(text[trigger_end:])
        agent = _agent_at(text, trigger_end + by.start("np"), b, party) if by else fronted_agent
        rel_imposer = _imposer_at(text, trigger_end, b) if agent is None else None
        if rel_imposer is not None:
            g = "np" if rel_imposer.group("np") else "by"
            agent = _agent_at(text, rel_imposer.start(g), rel_imposer.end(g), party)
        inner = INNER_BY.search(text, m.start(), trigger_end) if agent is None else None
        if inner is not None:
            # "shall be entered by the department in the list of ...": the agent inside the penalty's words
            agent = _agent_at(text, inner.start("np"), inner.end("np"), party)
        if agent is None:
            # "shall be ordered to make corrections by the bureau": the agent after the penalty's complement
            agent = next((x for x in (_agent_at(text, y.start("np"), b, party)
                                      for y in LATE_BY.finditer(text, trigger_end, b)) if x), None)
        authority: tuple[str | None, tuple[str, ...]] = (None, ())
        named_before = same_sentence or (prev if prev is not None and prev.unit == id(unit) else None)
        if agent is not None and SAME_AGENT.match(agent) and named_before is not None and named_before.authority:
            # "... ordered by the district bureau to close it, and a penalty shall be given by the same bureau": the
            # authority named before
            authority = (named_before.authority, named_before.authorities)
        elif agent is not None:
            authority = (_printed(agent), party(agent) or ())
        elif same_sentence is not None and same_sentence.authority and not own_violation and \
                not _liability(text, sa, sb, b) and not re.match(r"\w+\s+(?:also\s+)?be\s+(?:transferred|handed\s+over|referred)\s+to\b", text[m.start() : b]):
            # (a case transferred to the judicial organs is pursued by them, not by the authority before: none named)
            # a penalty coordinated after the authority's clause in the same sentence (guide 4, 1.1); not a clause whose
            # subject brings a violation of its own ("X shall be dealt with by the customs; those who evade
            # supervision shall be fined": another offence, its own rule)
            authority = (same_sentence.authority, same_sentence.authorities)
        imposed = text[m.start() : trigger_end].endswith(("imposed", "given", "circulated"))  # the agentless frame
        gap = P.GAPPED_PENALTY.search(text, trigger_end, b) if imposed else None
        on = P.IMPOSED_ON.match(text, trigger_end, gap.start() if gap else b) if imposed else None
        if on is not None and party(on.group("np")) is not None:
            violator = (_printed(on.group("np")), party(on.group("np")) or ())  # "imposed on an individual farmer"
        if gap is not None:
            # "a fine ... shall be imposed on A, and a fine ... on B": two penalties, the second's verb gapped
            results.append(_make(unit, a, gap.start(), pa, gap.start(), cond, m, trigger_end, violator, authority, si))
            second = party(gap.group("np"))
            v2 = (_printed(gap.group("np")), second) if second is not None else (None, ())
            results.append(_make(unit, gap.start("pen"), b, gap.start("pen"), b, None, m, trigger_end, v2, authority,
                                 si))
            return results
        results.append(_make(unit, a, b, pa, b, cond, m, trigger_end, violator, authority, si))
        return results
    # an authority's power: one sanction per violator ("order it to ..., and discipline the persons ...")
    keys = party(subject) if subject else None
    authority = (_printed(subject), keys) if keys is not None and not ANAPHOR.match(_printed(subject)) else (
        (same_sentence.authority, same_sentence.authorities) if same_sentence is not None else (None, ()))
    body_before = same_sentence or (prev if prev is not None and prev.unit == id(unit) else None)
    back = THAT_BODY.match(_printed(subject)) if subject else None
    if back and body_before is not None and body_before.authority and \
            body_before.authority.lower().split()[-1].rstrip("s") == back.group("head").lower().rstrip("s"):
        # (sanct22) "..., the X Bureau shall issue a warning to the operator; where ..., that bureau shall suspend ...":
        # the body named before in the paragraph, its head noun repeated after a demonstrative
        authority = (body_before.authority, body_before.authorities)
    if subject and (indefinite or PERSONAL.match(_printed(subject))):
        # (sanct21) "Anyone who sells counterfeit drugs shall confiscate the drugs", "Where a person sells them, he shall
        # revoke his licence": a translation that gives the Chinese sentence's implied authority the doer of the wrong as
        # subject; whoever did it (or a person named by a pronoun, never an organ) imposes nothing: no authority named
        authority = (None, ())
        doer = re.sub(r"^(?:where|if|when)\s+", "", condition.strip(), flags=re.IGNORECASE) if condition else ""
        if INDEFINITE_SUBJECT.match(doer) or re.match(r"(?:a|any)\s+(?:person|one)\s+(?!who|that)\w+", doer,
                                                      re.IGNORECASE):
            cond_v = (None, ())  # "Where a person (who) sells ...": whoever does it, no one named (guide 4, 1.7)
    named = authority
    referral = P.REFERRAL_DO.match(text[m.start() : b]) is not None
    if referral:
        authority = (None, ())  # (sanct20, guide 1.11) a case handed to the judicial organs is pursued there
    segs: list[tuple[int, int]] = []
    start = m.end()
    for sep in POWER_SPLIT.finditer(text, m.end(), b):
        segs.append((start, sep.start()))
        start = sep.end()
    segs.append((start, b))
    groups: list[tuple[tuple[str | None, tuple[str, ...]], int, int]] = []
    for x, y in segs:
        ob = OBJECT.search(text, x, y)
        v = cond_v
        if ob:
            np = ob.group("a") or ob.group("b") or ob.group("c") or ob.group("d")
            tail = OBJECT_TAIL.search(np)
            np = np[: tail.start()] if tail else np
            if ANAPHOR.match(_printed(np)):
                if re.search(r"mentioned|aforesaid|same", np, re.IGNORECASE) and prev is not None:
                    v = (prev.violator, prev.violators)
            elif _back_to(np, cond_v):
                pass  # "order the entity to ...": the violator of the condition
            elif INDEFINITE_SUBJECT.match(np.strip()) or BARE_VIOLATOR.match(_printed(np)):
                v = (None, ())  # (probe19b) "impose a fine on violators of the provision under Article 8": no one named
            elif party(np) is not None:
                v = (_printed(np), party(np) or ())
        if groups and groups[-1][0][0] == v[0]:
            groups[-1] = (v, groups[-1][1], y)
        else:
            groups.append((v, x, y))
    for k, (v, x, y) in enumerate(groups):
        cs, ce = (a, b) if len(groups) == 1 else ((a if k == 0 else x), y)
        results.append(_make(unit, cs, ce, x, y, cond if k == 0 else None, m, m.end(), v, authority, si))
    if referral:
        # the body that referred the case is still the sentence's authority for a penalty coordinated after it ("...
        # shall transfer the case to the public security organ, and the persons in charge shall be detained")
        results = [(s, replace(p, authority=named[0], authorities=named[1])) for s, p in results]
    return results


def _agent_at(text: str, k: int, b: int, party: PartyTest) -> str | None:
    """The agent named from ``k`` (its determiner, after "by"): the longest party phrase ending before a stop word
    or at punctuation ("by the ports and harbours bureau in accordance with law": the whole name, not "the ports")."""
    hard = AGENT_END.search(text, k, b)
    while hard is not None and (more := P.NAME_COMPLEMENT.match(text, hard.start(), b)) is not None:
        hard = AGENT_END.search(text, more.end(), b)  # "the department for market regulation": the name goes on
    end = hard.start() if hard else b
    stops = [*[x.start() for x in AGENT_AND.finditer(text, k, end)][:12], end]
    for e in sorted(set(stops), reverse=True):
        np = text[k:e].strip()
        if np and party(np) is not None:
            return np
    return None


def _make(unit: Unit, a: int, b: int, pa: int, pb: int, cond: tuple[int, int] | None, m: re.Match[str],
          trigger_end: int, violator: tuple[str | None, tuple[str, ...]], authority: tuple[str | None, tuple[str, ...]],
          si: int) -> tuple[Sanction, _Prev]:
    text = unit.clean.text
    a, b = _strip(text, a, b)
    pa, pb = _strip(text, pa, pb)
    span = unit.clean.span(a, b)
    pspan = unit.clean.span(pa, pb)
    cspan = unit.clean.span(*cond) if cond else None
    s = Sanction(
        id="", document=unit.document, article=unit.article, provision=unit.provision_at(span),
        penalties=text[pa:pb], violator=violator[0], authority=authority[0],
        condition=text[cond[0] : cond[1]] if cond else None, text=text[a:b], span=span, penalties_span=pspan,
        condition_span=cspan, trigger=text[m.start() : trigger_end].strip(),
        violators=tuple(dict.fromkeys(violator[1])), authorities=tuple(dict.fromkeys(authority[1])))
    return s, _Prev(si, violator[0], violator[1], authority[0], authority[1], id(unit))


def act_doer_diagnostics(sanctions: list[Sanction], paths: dict[str, str], sources: dict[str, str]) -> list[Diagnostic]:
    """(probe19b, guide 1.12 c) A warning, with its place, for every sanction whose violation is named as an act ("Where
    the conduct violates Article 2, ...") and whose doer neither the sentence nor the one before names: the sanction
    is kept with no violator, never with the act as a party."""
    out = []
    for s in sanctions:
        if s.violator is not None or not s.condition or not ACT_IN_CONDITION.match(s.condition):
            continue
        src = sources.get(s.document, "")
        line = src.count("\n", 0, s.span.start) + 1
        col = s.span.start - (src.rfind("\n", 0, s.span.start) + 1) + 1
        out.append(Diagnostic("warning", paths.get(s.document, s.document), line, col,
                              f"Art. {s.article} ({s.eid}): the violation is named as an act and no party is named as "
                              f"its doer: {s.text[:80]!r}",
                              "recorded with no violator; check who did the act (the sentence or the one before it "
                              "names no party)", "act-no-doer"))
    return out
