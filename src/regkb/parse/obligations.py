"""Obligations and the actors who bear them.

Each sentence is cut into clauses at its modal verbs ("shall", "shall not", "may",
"are encouraged to", ...). A clause's subject is the noun phrase before the modal,
after any leading condition ("Where ..., it shall ..."); a post-modifier of the subject
("... providers that have completed record-filing") is a condition too. Subjects are
resolved to actors:

* actors defined by the text itself (a defined term whose definition names organisations,
  individuals, entities, ...), with their singular, plural and short forms;
* coordination: "A and B" gives two bearers; "providers and users" is read as
  "<providers' modifier> users" when that is a known actor; "X and other Y" is Y;
* pronouns ("it", "they") take the actors named in the clause's condition, else the
  previous clause's bearers; an agentless passive duty ("... shall be complied with")
  takes the bearers of the clause before it;
* a nominalised subject ("The provision of X shall ...") is the actor defined as those
  "that provide X";
* otherwise the subject itself becomes an actor, if its head noun names a party
  (authority, department, platform, organisation, ...), merged with the registry of
  authorities (bodies.yaml) by name.

Statements with a modal that bind no one (scope, commencement, definitions, sanctions)
are kept as :class:`Statement` with the reason, never silently dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, replace
from typing import Protocol

from ..model import Actor, Body, Definition, Diagnostic, Mention, Obligation, Sanction, Statement
from . import ParsedDocument
from . import patterns as P
from .cue import cued
from .definitions import slug
from .extraction_state import Delta, accounted, chain, context, delta, initial_digest, mark, replay
from .lexicon import HeadIndex, Known, Snapshots, opens_with_name
from .parties import PARTY_NOUNS, TAUGHT, agent_noun, body_name, party_rule, taught, taught_heads
from .sanctions import IN_CHARGE, INDEFINITE_SUBJECT, clause_violator, liable_units, sanctions_of_unit, violation_agent
from .tables import ClauseMaker, row_clauses, row_sanctions
from .units import Unit, key_of, noun_forms, regions, singular, unit_finder

# MODAL's matches, found by first looking for the words they open with (cue.py): MODAL itself tries each of its
# branches at every word boundary, which was most of the time _clauses spent
MODAL_SCAN = cued(P.MODAL)

ACTOR_GENUS = re.compile(
    r"^(?:an?\s+|the\s+|any\s+)?(?:\w+\s+){0,2}?(?:organi[sz]ations?|individuals?|persons?|entit(?:y|ies)|enterprises?|"
    r"institutions?|bodies|body|operators?|platforms?|legal persons?|natural persons?|providers?|users?|"
    r"departments?|authorities|authority|organs?|agencies|agency)\b",
    re.IGNORECASE,
)
# (Session 12, deontic13) "only" before a subject restricts who may act ("Only the station may issue X"): no part of
# the party's name
DETERMINERS = re.compile(r"^(?:the|a|an|any|all|such|relevant|each|every|said|other|all other|two or more|one or more|"
                         r"several|both|either|only|various|"
                         # (Session 15, probe19) a quantifier of kinds (各类, 各种): "all kinds of market entities",
                         # "various types of tourism institutions" name the entities, not "kinds"
                         r"(?:all\s+|various\s+|different\s+)?(?:kinds|types|sorts|categories)\s+of)\s+", re.IGNORECASE)
# (Session 13, deontic14) "Hive owners and cooperatives alike are to ...", "A and B both shall ...": the floating
# quantifier after a coordinated subject stresses that each is bound; it is no part of the last party's name
TRAILING = re.compile(r"\s+(?:in question|thereof|alike|both)$", re.IGNORECASE)
# a participle before a known party's name qualifies it ("the requested personal information processor")
QUALIFYING_PARTICIPLE = re.compile(r"^(?:\w+ed|said)\s+", re.IGNORECASE)
# (Session 14, extract17) the members of a body named as its staff: "staff of", "officials of", "employees of"
MEMBERS_OF = re.compile(r"^(?P<m>(?:staff(?:\s+members)?|personnel|employees|officials|officers|members|workers)\s+of)\s+",
                        re.IGNORECASE)
# heads that name persons, not bodies (after "staff of ... or", a person is no body whose staff are meant)
PERSON_HEADS = frozenset(["person", "individual", "people", "member", "staff", "personnel", "official", "officer",
                          "citizen", "guest", "visitor", "customer", "child", "minor", "resident", "tourist", "passenger"])
SCOPE_ADJ = ("local", "national", "provincial", "municipal", "county-level", "foreign", "central")
# The past participles that end in none of -ed, -en, -wn, -ght: a closed class of English verbs. (Session 14, calls17)
# The ones in -pt, -nt, -lt and the vowel-change and unchanged forms joined ("shall be swept by the operator", "burnt",
# "dug", "cast", "broadcast", "withheld", "wound up"; deontic14 left them), with the prefixes that keep a verb's
# participle ("with-held", "up-held", "re-built", "mis-led", "fore-cast", "re-set", "under-stood").
IRREGULAR_PARTICIPLE = (r"(?:re|with|up|over|under|mis|out|fore)?(?:made|kept|done|set|put|held|sold|told|paid|met|built|"
                        r"sent|dealt|found|lost|left|lent|spent|laid|said|read|heard|led|fed|bound|cut|shut|let|spread|"
                        r"struck|hung|won|begun|gone|seen|run|withdrawn|undertaken|borne|worn|sworn|torn|swept|burnt|"
                        r"learnt|spelt|spilt|spoilt|dwelt|meant|bent|felt|dug|stuck|lit|shed|hit|cast|broadcast|"
                        r"bred|spun|wound|ground|sunk|shrunk|strung|swung|stood|sat|slid|fled|sped|shot|quit|split|"
                        r"thrust|burst|slung|stung|wrung)")
# (Session 11) "shall be charged / tasked / entrusted with the supervision of X" confers a task on the subject, as
# "shall be responsible for" does: the subject bears it, no passive (not a criminal charge: "charged with an offence")
PASSIVE = re.compile(r"^(?:only\s+)?(?:be|being)\s+(?:\w+ly\s+)?"
                     r"(?!(?:charged|tasked|entrusted)\s+with\s+(?!(?:an?\s+|the\s+)?(?:\w+\s+)?(?:offen[cs]es?|crimes?|"
                     r"murder|fraud|theft|violations?)\b))(?:\w+ed|\w+en|\w+wn|\w+ght|" + IRREGULAR_PARTICIPLE + r")\b")
_NOMINAL = r"(?:provision|use|operation|development|offering)"
NOMINALISATION = re.compile(rf"^(?:the\s+)?(?P<noun>{_NOMINAL}(?:\s+(?:and|or)\s+{_NOMINAL})?)\s+of\s+(?P<obj>.+)$",
                            re.IGNORECASE)
_VERB_OF = {"provision": "provide", "use": "use", "operation": "operate", "development": "develop",
            "offering": "offer"}
# How far before a modal verb the patterns that end at it look ("..., who shall", "..., and shall"): every one of them
# matches a few words, so a window this long finds what the whole sentence would, in time that does not grow with it
LOOKBACK = 400
# "... shall give it a warning and the violation shall ...": "and" or "or" before a determiner
# ((defsanct13) or a personal pronoun right before the modal (the scan ends at the modal, so "$" is there): "... shall be withdrawn by the bureau and it shall be
# entered in the credit record": a second clause with its own subject)
AND_DETERMINER = re.compile(r"\s+(?:and|or)\s+(?=(?:the|a|an|its|their|such|this|these|those)\s|(?:it|they)\s+$)")
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# (a full-width semicolon, kept by translations that keep Chinese punctuation, needs no space after it)
# a new subject after a semicolon: a determiner opens it ("; the city bureau shall ...")
SEMI_SUBJECT = re.compile(r"\s*(?:and\s+|or\s+|but\s+)?(?=(?:the|a|an|any|each|every|such|all)\s)", re.IGNORECASE)
# (session 13) a condition after a semicolon: "...; but where the buyer cannot enter, the buyer may ..."
SEMI_CONDITION = re.compile(r"\s*(?:and\s+|or\s+|but\s+|however,\s*)?(?=" + P.CONDITION_OPENER.pattern.lstrip("^") + ")",
                            re.IGNORECASE | re.VERBOSE)
CLAUSE_SEP = re.compile(r"(?:;\s+|；\s*)(?:and\s+|or\s+|but\s+)?|,\s+(?:and|or|but|while)\s+(?=\S)")
# "The customs, transport and commerce departments": a list of bare modifiers before one plural head, the head shared
# (one party per modifier); the head may carry an "of" complement that is shared too ("Education, cyberspace and public
# security departments of local people's governments"). Modifiers set off by commas may hold an "and" of their own
# ("the development and reform, finance, and public security departments": the comma separates, "and" inside a
# comma-separated modifier joins two words of one field).
SHARED_HEAD = re.compile(r"^(?P<lead>(?:the\s+|local\s+)*)(?P<mods>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}"
                         r"(?:,\s+[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})+)\s+(?P<head>[a-z][\w-]*s)"
                         r"(?P<post>\s+of\s+[^,;()]+)?$", re.IGNORECASE)
# words that make a list stretch a clause or a phrase of its own, not a bare modifier
STOP_MODIFIERS = frozenset(["the", "a", "an", "of", "that", "which", "who", "shall", "may", "must", "is", "are", "be",
                            "not", "no", "any", "all", "each", "every", "their", "its", "other"])
CONJ_SPLIT = re.compile(r",\s+(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and/or\s+|\s+and\s+|\s+as\s+well\s+as\s+")


@dataclass
class _Clause:
    unit: Unit
    start: int  # clean offsets
    end: int
    modal: re.Match[str]
    modality: str
    subject: str
    subject_at: int
    condition: tuple[int, int] | None
    passive: bool
    sentence: int
    bearers: list[str] = field(default_factory=list)  # actor keys
    basis: str = "explicit"
    # bearer inferred from outside the sentence's own words (a heading, a definition's verbs): not carried further
    remote: bool = False
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (key, start, end)
    action_at: int | None = None  # where the action starts, if not right after the modal
    antecedent: tuple[int, int] | None = None  # a relative clause's antecedent party ("..., who shall ...")
    impersonal: bool = False  # "it is prohibited to ...": "it" is no pronoun, the ban names no one
    action_end: int | None = None  # where the action ends, if a circumstance or exception follows it
    produced: bool = False  # a relative clause about a document the clause before produces ("..., which shall specify")
    content_item: bool = False  # inside an item that is a circumstance or content of its lead-in's duty
    restricted: bool = False  # the subject has a narrowing post-modifier ("entities that operate kiosks")
    # a second condition part after the action when another part opens the clause ("When X, A may not ..., where Y")
    condition_after: tuple[int, int] | None = None
    # parties coordinated after the first one's post-modifier ("A that ..., as well as B with ..., shall"): B
    also: list[str] = field(default_factory=list)
    # (wrongs20) the subject of an authority's sanction clause just before, which this clause's elided subject shares:
    # "The bureau shall impose fines ... and shall hear the party first"
    shared: tuple[int, int] | None = None


# "A that connect ..., as well as B with more than 500 spaces, shall": a coordinator after the first party's
# post-modifier opens a second party, itself perhaps post-modified
COORDINATED_AFTER_MODIFIER = re.compile(r",\s+(?:as\s+well\s+as|and\s+also|and|or)\s+(?P<np>(?:[\w'-]+\s+){0,6}?[\w'-]+)"
                                        r"(?=\s+(?:that|who|which|with|having)\b|,?\s*$)", re.IGNORECASE)


@dataclass
class _Lexicon:
    """Actor keys and the surface forms that name them."""

    forms: dict[str, str] = field(default_factory=dict)  # lower-case form -> key
    labels: dict[str, str] = field(default_factory=dict)  # key -> label
    definitions: dict[str, str] = field(default_factory=dict)  # key -> definition id
    basis: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    provides: dict[str, str] = field(default_factory=dict)  # "provide deep ... services" -> key
    _snapshots: Snapshots | None = None
    heads: HeadIndex | None = None  # label keys by head noun, see _Resolver.resolve

    def add(self, key: str, label: str, forms: set[str], basis: str, definition: str | None = None) -> None:
        self.labels.setdefault(key, label)
        self.basis.setdefault(key, basis)
        if definition:
            self.definitions.setdefault(key, definition)
        for f in forms:
            self.forms.setdefault(f.lower(), key)

    def known(self, extra: dict[str, str] | None = None) -> Known:
        """The forms known now (and ``extra``), as a set-like snapshot (see lexicon.py)."""
        if self._snapshots is None:
            self._snapshots = Snapshots(self.forms)
        return self._snapshots.snapshot(extra or ())

    def find(self, phrase: str) -> str | None:
        return self.forms.get(phrase.lower())


# (Session 13) "the insured", "the bereaved": a participle as the whole noun phrase is a noun naming persons (English
# uses "the" + a participle or adjective so: "the injured", "the accused"), not the back-pointing "the said"
NOMINAL_PARTICIPLE = re.compile(r"^the\s+(?!(?:said|aforesaid|aforementioned|above-mentioned|undermentioned|attached|"
                                r"enclosed|need|feed|seed|speed|breed|hundred)$)[a-z][a-z-]{2,}ed$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\[([^\]]+)\]\s*")
_SPACES = re.compile(r"\s+")
_RELEVANT = re.compile(r"(?:the\s+)?(relevant)\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _clean_np(np: str) -> str:
    """A noun phrase without its determiners, asides and trailing words (pure: memoised, ~550 calls a text)."""
    bracketed = _BRACKETED.fullmatch(np)
    if bracketed:
        np = bracketed.group(1)  # a translator's bracketed subject: "[providers] should"
    np = _SPACES.sub(" ", P.SUBJECT_ASIDE.sub("", np))
    np = np.strip(" ,;:")
    rel = _RELEVANT.match(np)
    prev = None
    if NOMINAL_PARTICIPLE.match(np):
        return np  # (session 13) "the insured": the article makes the participle a noun, it stays
    while prev != np:
        prev = np
        np = DETERMINERS.sub("", np)
        np = TRAILING.sub("", np)
    np = np.strip()
    if rel and P.UNIVERSAL_SUBJECT.match(np):
        # "Relevant entities shall ...": the entities concerned by the matter, a party, not everyone
        np = f"{rel.group(1)} {np}"
    return np


POSTPOSITIVE_ADJ = frozenset(["responsible", "accountable", "answerable", "liable"])


def _head(np: str) -> str:
    """The head noun of a noun phrase, singular: the word before the first preposition or participle."""
    words = np.lower().split()
    if not words:
        return ""
    for k, w in enumerate(words):
        if k > 0 and w in POSTPOSITIVE_ADJ and k + 1 < len(words) and words[k + 1] in ("for", "to"):
            # "a person responsible for safety", "the officer accountable to the board": an adjective phrase after
            # its noun (post-positive, as English puts an adjective with a complement) leaves that noun the head
            return singular(words[k - 1])
        if k > 0 and (w in ("of", "for", "on", "in", "at", "with", "by", "from", "under", "to", "outside", "inside",
                            "against", "about", "into", "over", "between", "among", "towards", "via",
                            # (session 11) a place after the noun ("residents along streets", "shops near the gate")
                            "along", "alongside", "near", "beside", "around", "across", "throughout", "behind",
                            "within", "as", "that", "which", "who",
                            # (session 15, probe20) a rank after the noun ("people's governments above the county
                            # level", "units below the provincial level")
                            "above", "below", "beyond",
                            "whose", "is", "are", "was", "were", "has", "have", "shall", "may", "must", "should")
                      or (w.endswith("ed") and k + 1 < len(words)
                          and words[k + 1] in ("by", "in", "on", "at", "to", "with", "for", "under"))):
            return singular(words[k - 1])
    if len(words) > 1 and (words[-1] in ("concerned", "involved") or (
            re.fullmatch(r"[a-z]{3,}ed", words[-1]) and words[-1] not in ("need", "feed", "seed", "speed", "bed", "red"))):
        return singular(words[-2])  # "the parties concerned", "the entities inspected": a participle after its noun
    return singular(words[-1])


FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did|shall|may|must|should|can|will|would|could)\b"
                    r"|[;:]", re.IGNORECASE)


# "Those who extract X", "all those who keep dogs": a free relative names its party by the act alone (no noun before
# "who" to be the head); the whole phrase is the party's name, the relative clause no condition of another party.
# (Session 13) "those" with a participle or "with" names them the same way ("those holding a permit", "those engaged
# in salvage", "those with a licence")
FREE_RELATIVE = re.compile(r"^(?:all\s+)?those\s+(?:who\s+(?!(?:shall|may|must|should|can|will|is|are)\b)[a-z]+\b|"
                           r"[a-z]{2,}ing\s+[a-z]|engaged\s+in\s|in\s+charge\s+of\s|responsible\s+for\s|with\s|having\s)",
                           re.IGNORECASE)
PERFECT_RELATIVE = re.compile(r"\s(?:that|who|which)\s+(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b(?![^;:]*\b(?:shall|may|must)\b)",
                              re.IGNORECASE)


# (Session 15, probe19) a word in -s followed by an article or a possessive is a verb in the present with its object
# ("individual finds an infectious disease patient", "the operator receives the report"): inside a noun phrase a
# plural noun is never followed by an article, so such a stretch is a clause, never a party's name
# ((review19) not right after a preposition or a determiner, where no finite verb stands: the -s word is then a noun, and
# the article after it opens a relative clause with no pronoun, "operators of buses the city licenses", "for the
# services the bureau provides")
VERB_THEN_OBJECT = re.compile(r"\b(?<!\bof\s)(?<!\bto\s)(?<!\bin\s)(?<!\bby\s)(?<!\bon\s)(?<!\bat\s)(?<!\bfor\s)"
                              r"(?<!\bthe\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\ball\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bsuch\s)"
                              r"[a-z]{2,}[^s\W]s\s+(?:an?|the|its|their|his|her)\s", re.IGNORECASE)


# a relative pronoun opening a clause inside a noun phrase ("an entity that operates a platform", "a person who keeps")
RELATIVE_PRONOUN = re.compile(r"\s(?:that|which|who|whom|whose)\s", re.IGNORECASE)

# "establishment" names a shop or office as a party ("catering establishments shall"), but with "of" and a determiner
# the act of setting something up ("the establishment of a commercial bank", "establishment of a branch")
ACT_OF_ESTABLISHING = re.compile(r"^(?:(?:the|an?)\s+)?establishment\s+of\s+(?:an?|the|any|such|new)\b", re.IGNORECASE)


# (review19) "force" names a body of persons under one command only as a disciplined service names it ("the armed forces",
# "police forces", "the harbour rescue force", "a task force"); elsewhere it is a power or a cause, never a party ("market
# forces", "the labour force" as the people at work in general, "driving force", "binding force")
PERSONS_FORCE = re.compile(r"\b(?:armed|police|fire|rescue|security|military|task|defen[cs]e|militia|border|naval|air|"
                           r"peacekeeping|special|guard|patrol|response|emergency|volunteer|coast\s+guard)\s+forces?$",
                           re.IGNORECASE)


def _is_party(np: str) -> bool:
    """Whether a noun phrase names a party, and is a phrase, not a clause: its head noun is a party noun by the
    rules of parties.py (a listed noun, an agent noun, "-ate" office, a compound, a head the text teaches), it is a
    proper name of a body, a participle used as a noun ("the insured") or "those" with a relative or participle."""
    head = _head(np)
    # (Session 10) "a unit that has obtained a licence": a perfect in a relative clause after the head describes the
    # party (what it has done), it does not make the phrase a clause
    rel = PERFECT_RELATIVE.search(np)
    if FINITE.search(np[: rel.start()] if rel else np) or re.match(r"(?:the\s+)?following\s", np, re.IGNORECASE):
        return False  # ("the following parties": the parties listed after it, no party of that name)
    if ACT_OF_ESTABLISHING.match(np.strip()):
        return False  # (Session 15, probe19) "The establishment of a commercial bank shall be subject to approval": the act
    relative = RELATIVE_PRONOUN.search(np)
    if VERB_THEN_OBJECT.search(np[: relative.start()] if relative else np):
        # (Session 15, probe19) "any unit or individual finds an infectious disease patient": a clause. A verb inside a
        # relative clause describes the head ("an entity that operates an online platform"): only the words before
        # the relative pronoun are tested
        return False
    if head == "force" and not PERSONS_FORCE.search(np.strip()):
        return False  # (review19) "Market forces shall decide the prices": a power, no body of persons (PERSONS_FORCE)
    if P.UNIVERSAL_SUBJECT.match(np.strip()):
        return True  # "anyone", "any person", "all organizations and individuals"
    if FREE_RELATIVE.match(np.strip()):
        return True  # (Session 10) "Those who extract hot spring water": the doers of the act, named by it
    if NOMINAL_PARTICIPLE.match(np.strip()):
        return True
    if head == "head":
        # (wrongs20) "the heads of the units", "the head of each household": "head" names a person only as the one who
        # heads a body of persons (not "head of cattle", "the head of the queue"); the heads are the party, not the body
        of = HEAD_OF.match(np.strip())
        return bool(of and _is_party(_clean_np(of.group(1))))
    # (Session 13) no longer: "a word after a party noun is its verb" ("provider discovers"); the verbs that end like
    # agent nouns are in NOT_AGENT, and the rule lost compounds ("customs brokers", "platform managers")
    return party_rule(head) is not None or body_name(np, head)


# (wrongs20) "head(s) of X": the person(s) at the head of a body X
HEAD_OF = re.compile(r"^(?:[\w-]+\s+){0,2}?heads?\s+of\s+(.+)$", re.IGNORECASE)


_WRONG_OPENER = re.compile(r"^(?:where|if|when|in\s+case)\s+(?:(?:the|a|an|any|each)\s+)?(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+?)"
                           r"(?:['’]s?)?\s+(?=\w)", re.IGNORECASE)


# (review19) a content clause after a verb of finding or saying ("finds that", "learns whether", "is told that"): a clause
# of its own, with its own subject; not "in a way that" (the manner of the party's act), nor a relative "that" after a noun
CONTENT_CLAUSE = re.compile(r"\b(?:finds?|found|learns?|learnt|learned|discovers?|discovered|notices?|noticed|knows?|knew|"
                            r"becomes?\s+aware|is\s+aware|are\s+aware|(?:is|are|was|were)\s+(?:told|informed|notified)|"
                            r"suspects?|suspected|believes?|considers?|claims?|alleges?|reports?|reported)\s+"
                            r"(?:that|whether)\s+", re.IGNORECASE)


def own_wrong(lead: str, passive: bool = False, wrong: re.Pattern[str] = P.OWN_WRONG) -> bool:
    """(probe19b, guide 1.12 a) Whether the words before a clause's modal (its condition and subject) name a harm done
    or a mistake made (:data:`patterns.OWN_WRONG`) by the clause's own party: in the subject's relative clause ("A
    groomer that returns the wrong animal shall ..."), or in a condition whose subject the clause's subject takes up
    (the same head noun, or a pronoun: "Where a ferry operator moors ... in a way that damages the pier, it shall").
    ``wrong``: the form of the wrong (sanct20: :data:`patterns.OWN_FAILURE`, the party's own failure, for DOUBLE_PAY)."""
    w = wrong.search(lead)
    if w is None:
        return False
    comma = lead.rfind(", ")
    if comma < 0 or w.start() > comma:
        return bool(re.search(r"\b(?:that|who|which)\s", lead[: w.start()], re.IGNORECASE))
    subject = lead[comma + 2 :].strip(" ,")
    opener = _WRONG_OPENER.match(lead[:comma].strip())
    content = CONTENT_CLAUSE.search(lead, 0, w.start())
    if content is not None:
        # (review19) "Where an operator finds that a customer was wrongly charged, it shall refund the charge": the wrong
        # is in a clause the condition's verb reports (found, learnt, told), whose own subject did it; the party's only
        # when that subject is the party again, by a pronoun or its head noun ("finds that it wrongly charged ...")
        pronoun = re.fullmatch(r"(?:it|they|he|she|he\s+or\s+she)", subject, re.IGNORECASE)
        words = subject.split() if not pronoun else (opener.group("np").split() if opener else [])
        head = words[-1].lower().rstrip("s") if words else ""
        inner = lead[content.end() : w.start()]
        if not (re.match(r"(?:it|they|he|she)\b", inner, re.IGNORECASE) or (head and head in [
                re.sub(r"['’]s?$", "", x).lower().rstrip("s") for x in inner.split()[:4]])):
            return False
    if re.fullmatch(r"(?:it|they|he|she|he\s+or\s+she)", subject, re.IGNORECASE):
        return True
    if passive:
        # ("passive": a penalty whose subject is no party, "the case shall be transferred", "a fine shall be imposed":
        # the doer is the condition's own subject, a party named with a determiner)
        return bool(opener and re.match(r"(?:where|if|when|in\s+case)\s+(?:the|a|an|any|each)\s", lead[:comma].strip(),
                                        re.IGNORECASE) and not _is_party(_clean_np(subject)))
    head = subject.split()[-1].lower().rstrip("s") if subject.split() else ""
    first = [re.sub(r"['’]s?$", "", x).lower().rstrip("s") for x in lead[:comma].split()[1:6]]
    return bool(opener and head and head in first)


def harm_by_party(text: str, lo: int, cstart: int, mstart: int, cend: int) -> bool:
    """(wrongs20, guide 1.8, 1.12 a) Whether a harm named between ``lo`` and ``cend`` (:data:`patterns.HARM_CAUSED`) is
    one the clause's party did: a harm through a fault named, or "X causes damage ..." where X is a deed
    (:data:`patterns.DEED_NOUN`, "the conduct of the organiser", "pruning work", "any breach"), a violation, the clause's
    own party (its head noun or a pronoun), or a doer named before ("... and thereby causes", "a climber who causes").
    Not a fire, a flood, an accident, a thing, nor another party ("Where a visitor causes damage, the organiser shall
    compensate" allots a cost, 1.8)."""
    subject = _clean_np(_own_subject(text, cstart, mstart))
    subject_head = _head(subject) if subject and not P.PRONOUN.match(subject) else ""
    subject_party = bool(subject_head) and _is_party(subject)
    for h in P.HARM_CAUSED.finditer(text, lo, cend):
        if not h.group(0).lower().startswith("caus"):
            return True  # the fault named, or "injured through the fault of ..."
        before = text[max(lo, h.start() - 200) : h.start()]
        before = P.NUMBERED_REF_MARK.sub(lambda r: " " * len(r.group(0)), before)  # (sanct22) "items (1) to (3)"
        openers = list(P.CAUSER_OPENER.finditer(before))
        opener = openers[-1] if openers else None
        np = before[opener.end() :] if opener else before
        if not np.strip() or re.search(r"\b(?:and|or)\s*$", np) or FINITE.search(np):
            return True  # "a climber who causes", "... and thereby causes": the doer of an act named before
        causer = _clean_np(np)
        if not causer or P.PRONOUN.match(causer) or P.VIOLATION.search(np):
            return True
        deed = re.sub(r"^.+?['’]s?\s+", "", causer)
        if P.DEED_NOUN.match(_head(deed)):
            # a deed: its doer is the party unless the phrase names another one as its doer ("a visitor's act", "the
            # conduct of a visitor")
            owner = re.match(r"(.+?)['’]s?\s", causer) or re.search(r"\sof\s+(.+)$", deed)
            doer = _clean_np(owner.group(1)) if owner else ""
            if doer and subject_party and _is_party(doer) and _head(doer) != subject_head:
                continue
            return True
        if _is_party(causer) and (not subject_party or _head(causer) == subject_head):
            return True
    return False


def _modality(m: re.Match[str]) -> str:
    for name in ("encouragement", "right", "exemption", "prohibition", "obligation", "permission"):
        if m.group(name):
            return "permission" if name == "exemption" else name  # a duty denied is a leave not to act
    raise AssertionError(m)


# "It is necessary for X to V", "It is the responsibility of X to V": X runs to the "to" of the infinitive, not to the
# "to" of "referred to", "pursuant to", "according to" inside X ("the operators referred to in the preceding paragraph")
FOR_WHOM_TO = re.compile(r"\s*([^,;:.]{1,120}?)(?<!\breferred)(?<!\bpursuant)(?<!\baccording)(?<!\bsubject)"
                         r"(?<!\bprior)(?<!\bdue)\s+to(?:\s+(?=\w)|(?=\s*(?:[:：]|$)))")  # (session 15) "to:" opens a lead-in
# (Session 12, obl13) "is entitled, on request, to": the aside between a right's marker and its infinitive
ENTITLED_ASIDE = re.compile(r",\s+(?P<c>[^,;:.]{1,80}),\s+to\s+(?=[a-z])")
# (Session 12, obl13) the party before a content clause ("It is required of X that ..."), before "from" ("Nothing in
# these Measures prevents X from ...")
FOR_WHOM_THAT = re.compile(r"\s*([^,;:.]{1,120}?)\s+that\s+(?=\w)")
# (Session 17, bounds21) the blanks before the party are read once (possessive), so a run of blanks costs linear time, not
# cubic; the one answer a backtracking `\s*` gave beyond that, a "party" of one blank when two or more blanks stand right
# before "from V-ing", is the second branch (only raw text has two blanks in a row: the clean text folds them)
FOR_WHOM_FROM = re.compile(r"(?:\s*+|(?=\s\s++from\s+\w+ing\b)\s*?(?=\s\s(?!\s)))([^,;:.]{1,120}?)\s+from\s+(?=\w+ing\b)")
NOTHING_PREVENTS = re.compile(r"nothing\s", re.IGNORECASE)
# (Session 12, obl13) a duty or right noun as the clause's subject ("The obligation to V", "Responsibility for V-ing",
# "The right to V"), and the verb of holding after its complement that names the holder ("rests with X", "lies with
# X", "belongs to X", "is vested in X"), up to the clause's end or an aside in brackets
# (Session 12, deontic13) and a power noun ("The discretion to waive X lies with the bureau")
_POWER_NOUN_WS = P.POWER_NOUN.replace("[ ]", r"\s+")
NOUN_SUBJECT = re.compile(r"(?:the\s+)?(?:obligations?|duty|duties|responsibility|responsibilities|tasks?|rights?|"
                          rf"{_POWER_NOUN_WS})\s+(?:to|for)", re.IGNORECASE)
NOUN_HELD_BY = re.compile(r"\s+(?:rests?|lies|lie|falls?|belongs?|shall\s+(?:rest|lie|fall|belong)|"
                          r"(?:is|are|shall\s+be)\s+vested)\s+(?:with|(?:up)?on|to|in)\s+"
                          r"(?P<np>[^,;:.()（]{1,120}?)(?=\s*(?:\(|（|[,;:.]|$))", re.IGNORECASE)
# A party named by where the text named it before: "the operators referred to in the preceding paragraph", "an
# operator specified in Article 7", "the units mentioned in the second paragraph of Article 4"
REFERRED_BACK = re.compile(
    r"^(?:(?:the|an?|any|such|each)\s+)?(?P<n>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:referred\s+to|mentioned|specified|"
    r"prescribed|provided\s+for|set\s+out|described|listed)\s+in\s+(?:(?P<prev>the\s+preceding\s+paragraph)|"
    r"(?P<prevart>the\s+preceding\s+article)|"
    r"(?:the\s+(?P<ord>first|second|third|fourth|fifth)\s+paragraph|paragraph\s+(?P<pn>\d+))(?:\s+of\s+Article\s+(?P<pa>\d+))?|"
    r"Article\s+(?P<art>\d+))(?:\s+of\s+(?:these|this)\s+\w+)?$", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _referred_back(np: str, unit: Unit, units: list[Unit], before: list[_Clause], res: _Resolver,
                   upto: int | None = None) -> list[str]:
    """The parties a phrase like "the operators referred to in the preceding paragraph" names: the bearers of the
    duties in that place whose head noun is the phrase's ("operators"); none when the place binds no such party.
    ``upto``: only ``before[:upto]`` count (cut only for a phrase that refers back: a copy of the clauses before
    every subject was quadratic in a long document)."""
    m = REFERRED_BACK.match(_clean_np(np).strip())
    if m is None:
        return []
    if upto is not None:
        before = before[:upto]
    same = [u for u in units if u.document == unit.document]
    if m.group("prev"):
        k = next((i for i, u in enumerate(same) if u is unit), -1)
        places = [same[k - 1]] if k > 0 and same[k - 1].article == unit.article else []
    elif m.group("prevart"):  # "the department referred to in the preceding article"
        places = [u for u in same if u.article == unit.article - 1]
    elif m.group("art") and not (m.group("ord") or m.group("pn")):
        places = [u for u in same if u.article == int(m.group("art"))]
    else:
        art = int(m.group("pa")) if m.group("pa") else unit.article
        n = _ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("pn"))
        paras = [u for u in same if u.article == art]
        places = [paras[n - 1]] if 0 < n <= len(paras) else []
    head = singular(m.group("n").split()[-1].lower())
    out: list[str] = []
    for c in before:
        if not any(c.unit is u for u in places):
            continue
        for key in c.bearers:
            label = res.lex.labels.get(key, key).lower()
            if singular(re.split(r"\s+of\s+", label)[0].split()[-1]) == head and key not in out:
                out.append(key)
    return out


# a provision the violation is of: "Article 8", "Art. 7", "paragraph 2 of Article 7", "the second paragraph of Article 8",
# "item (3) of Article 6" (not an article of another text: "Article 30 of the Data Security Law")
VIOLATED_PLACE = re.compile(r"(?:(?:the\s+(?P<ord>first|second|third|fourth|fifth)\s+paragraph|paragraph\s+(?P<pn>\d+)|"
                            r"items?\s+\(\d+\)(?:\s+of\s+paragraph\s+\d+)?)\s+of\s+)?(?:Article|Art\.)\s+(?P<art>\d+)"
                            r"(?!\s+of\s+(?:the|that)\b)(?!\s*\()", re.IGNORECASE)


def _violated_bearers(np: str, condition: str | None, unit: Unit, units: list[Unit], before: list[_Clause],
                      res: _Resolver) -> list[str]:
    """The parties a bare head noun names as the violator of the provisions its condition cites ("Staff who violate
    Article 7", "An entity that uses the data in violation of the second paragraph of Article 8"): one violates only
    a provision that binds one, so the violator is among the bearers of those provisions whose head noun is the
    phrase's; none when the phrase has modifiers of its own or the provisions bind no such party."""
    word = _clean_np(np).strip()
    if not condition or not re.fullmatch(r"[A-Za-z-]+", word):
        return []
    viol = P.VIOLATION.search(condition)
    if viol is None:
        return []
    same = [u for u in units if u.document == unit.document]
    places: list[Unit] = []
    for m in VIOLATED_PLACE.finditer(condition, viol.start()):
        paras = [u for u in same if u.article == int(m.group("art"))]
        n = _ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("pn")) if m.group("pn") else 0
        places.extend(paras if not n else paras[n - 1 : n])
    head = singular(word.lower())
    out: list[str] = []
    for c in before:
        if not any(c.unit is u for u in places):
            continue
        for key in c.bearers:
            # the label's head: the word before its first post-modifier ("entities that receive the data")
            label = POST_MODIFIER.split(res.lex.labels.get(key, key).lower())[0].split()
            if label and singular(label[-1]) == head and key not in out:
                out.append(key)
    # a party the provision binds by the bare head itself ("Operators shall keep logs") is the one the phrase names
    exact = [k for k in out if singular(res.lex.labels.get(k, k).lower()) == head]
    return exact or out


# (Session 10) "the consent of the owners is required.": the marker of a thing required (patterns.MODAL), and a
# subject that denies it ("no approval is required", "neither consent nor approval is required": no duty); "no" before a
# comparative bounds a quantity and denies nothing ("no fewer than two thirds of the owners' consent is required", "no
# less than 30 days' notice is required": a duty)
THING_REQUIRED = re.compile(r"(?:is|are|shall\s+be)\s+(?:\w+\s+)?required", re.IGNORECASE)
THING_NOT_NEEDED = re.compile(r"(?:is|are|shall\s+be)\s+not\s+(?:needed|required)", re.IGNORECASE)
NO_THING = re.compile(r"(?:^|[.;:,]\s*)\s*(?:no(?!\s+(?:fewer|less|more|later|earlier|sooner|greater|smaller|lower|"
                      r"higher)\s+than\b)|neither|none)\b[^.;:,]*$", re.IGNORECASE)


def _marker_is(frame: re.Pattern[str], m: re.Match[str]) -> bool:
    """Whether the marker ``m`` is read by ``frame`` (in its place: a frame's lookahead sees the text after it)."""
    r = frame.match(m.string, m.start())
    return r is not None and r.end() == m.end()


def _after_last_semicolon(text: str) -> str:
    """``text`` after its last clause break, "; " or a full-width "；" (as ``re.split(r";\\s+|；\\s*", text)[-1]``),
    found from the end: the work is the length of that last clause, not of the text before it."""
    end = len(text)
    while True:
        k = max(text.rfind(";", 0, end), text.rfind("；", 0, end))
        if k < 0:
            return text
        if text[k] == "；" or (k + 1 < len(text) and text[k + 1].isspace()):
            k += 1
            while k < len(text) and text[k].isspace():
                k += 1
            return text[k:]
        end = k


def _thing_required(m: re.Match[str]) -> bool:
    """Whether the marker ``m`` is "is required" ending its clause ("the consent of the owners is required."), or
    (session 11) "is not needed / not required" ending it or before "for" ("The approval ... is not needed for such a
    removal"): a thing required or exempted, an agentless passive in effect."""
    return bool(THING_REQUIRED.fullmatch(m.group(0)) and re.compile(r"[ \t]*(?:[.;]|$)").match(m.string, m.end())) or \
        bool(m.group("exemption") and THING_NOT_NEEDED.fullmatch(m.group(0)))


# (Session 14, extract17) an indirect question that a verb takes as its object ("tell X how many guests the hall can
# hold", "state whether the boat can sail"): a wh-word after a word of the clause (not opening it), then at most eight
# words before the modal
# ((Session 14, review18) and only while the question still lacks its verb: the words between the wh-word and the modal
# have no verb of their own ("to", a form of "be", "have" or "do", a modal), else the question is complete and the
# modal is the main clause's: "Readers who wish to know how the catalogue is arranged can ask the librarian", "Keepers
# who do not know how to treat a colony can ask for help" are leaves; nor when the question sits in a relative clause
# on the subject with no modal before it ("Anyone who asks how many seats the hall holds can ..."))
_NOT_A_QUESTION_VERB = r"(?!(?:to|is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|may|might|shall|should|will|would|must)\b)"
EMBEDDED_QUESTION = re.compile(r"(?<=\w)\s+(?:how(?:\s+(?:many|much|far|long|often|well|soon|high|fast))?|whether|what)\s+"
                               rf"(?:{_NOT_A_QUESTION_VERB}[\w'’-]+\s+){{1,8}}$", re.IGNORECASE)
QUESTION_IN_SUBJECT = re.compile(r"\b(?:who|which)\b(?![^,;:]*\b(?:shall|must|may|should|will|is\s+to|are\s+to)\b)[^,;:]*$",
                                 re.IGNORECASE)
POST_MODIFIER = re.compile(r"\s+(?:of|that|who|which|whose|with|in|under|for|from|at|on|by|within)\s+")


def _penal_by_itself(statement: str, text: str, cstart: int, mstart: int) -> bool:
    """(sanct21) Whether a sanctioning clause is a penalty whatever its paragraph says: a penalty's passive, a fine or an
    order to correct imposed, liability pursued (what makes the sentence one that answers a wrong)."""
    return bool((P.SANCTION_PASSIVE.match(statement) and not _thing_detained(text, cstart, mstart, statement))
                or P.PENALTY_BY_NATURE.match(statement)
                or P.PENAL_POWER.match(statement)
                or (P.PURSUED.match(statement) and P.LIABILITY_PURSUED.search(text, cstart, mstart)))


def _bar_after_wrong(text: str, cstart: int, mstart: int, cend: int, penal_unit: bool) -> bool:
    """(calls21, guide 1.13 c) Whether a bar on applying again (P.TIME_BAR) follows a wrong or a penalty: one in its
    paragraph, unless (review20) the clause names a ground of its own before the modal (P.TIME_BAR_OWN_GROUND: "A
    beekeeper whose application has been refused shall not re-apply within 6 months") that is neither a wrong nor a
    penalty: the bar is then a waiting period for that ground, a duty, whatever sentence came before it."""
    lead = text[cstart:mstart]
    if P.TIME_BAR_OWN_GROUND.search(lead):
        return bool(P.VIOLATION.search(lead) or P.TIME_BAR_AFTER.search(lead) or P.TIME_BAR_MEASURE.search(lead)
                    or P.PENALTY_SUFFERED.search(lead))
    return bool(penal_unit or P.VIOLATION.search(text, max(0, cstart - 600), cend)
                or P.TIME_BAR_AFTER.search(text, max(0, cstart - 600), mstart))


def _doer_subject(text: str, cstart: int, mstart: int) -> bool:
    """(sanct22) Whether the clause's own subject names a party by an act it did: "whoever (anyone who, those who) ...",
    or a party's noun with a relative clause of its act ("A room operator that leaks the information of users"). Who is
    "dealt with under" a law for an act is penalised under it; a dispute, an application or a case is no doer."""
    np = _own_subject(text, cstart, mstart).strip()
    if INDEFINITE_SUBJECT.match(np):
        return not _UNDERGOER_CLAUSE.search(np)
    rel = re.search(r"\s(?:who|that)\s+\w", np)
    return rel is not None and _is_party(np[: rel.start()]) and not _UNDERGOER_CLAUSE.search(np)


# (review21) a relative clause that names a state the party is in or what befell it, no act it did: a copula or a
# passive ("a child who is lost", "anyone who is found injured", "whoever gets hurt", "a visitor who falls ill"): one
# "handed over" or "dealt with" for that is cared for or helped, not pursued
_UNDERGOER_CLAUSE = re.compile(r"\b(?:who(?:so)?ever|who|that)\s+(?:(?:has|have|had)\s+been|is|are|was|were|becomes?|"
                               r"became|gets?|got|falls?|fell|seems?|appears?|remains?)\b", re.IGNORECASE)


def _warns_the_doer(text: str, cstart: int, mstart: int, statement: str) -> bool:
    """(sanct22) Whether a public body's warning (P.WARNING_TO) goes to the party whose act the clause's fronted
    condition names: "Where a projectionist operates a projector after drinking alcohol, the county bureau shall issue a
    warning to the projectionist (give him a warning)". The warning answers that party's act, a penalty (警告); a
    warning to the public, to a party that did nothing, or from a private party (an operative measure, guide 1.13 e)
    stays a duty."""
    w = P.WARNING_TO.match(statement)
    lead = text[cstart:mstart]
    doer = P.CONDITION_DOER.match(lead)
    if w is None or doer is None or not _is_party(doer.group("np")):
        return False
    if P.NOTICE_TAIL.match(statement, w.end()):
        return False  # (review21) "... a warning to the hiker and explain the risks": a notice of a risk, no penalty
    if not _public(_own_subject(text, cstart, mstart)):
        return False
    named = w.group("to") or (w.group("obj") if w.group("obj") and w.group("obj").lower().startswith("the ") else None)
    if named is None:
        return bool(w.group("obj") or w.group("pro"))  # "give it a warning", "warn him": the party just named
    return _head(_clean_np(named)) == _head(_clean_np(doer.group("np")))


def _struck_from_text(text: str, cstart: int, mstart: int, statement: str) -> bool:
    """(review21) Whether "shall be struck out" edits a text rather than takes a record from a party: "struck out" is
    also the editor's word ("the wrong entry shall be struck out", "the old address shall be struck out and written
    again"); 注销 takes away what the party holds, so its subject is the party's ("its filing", "the keeper's
    registration", "their names") or the phrase goes on "of the register (list, roll)"."""
    if not P.STRUCK_OUT.match(statement):
        return False
    return not P.HELD_BY_PARTY.match(_own_subject(text, cstart, mstart).strip())


def _thing_detained(text: str, cstart: int, mstart: int, statement: str) -> bool:
    """(review20) Whether a clause "shall be detained for N days" has a subject that names no person: goods, animals, a
    vessel ("Goods that fail inspection shall be detained for 30 days") are held as a measure, and only a person's
    detention (a party, a pronoun, "whoever", "anyone who") is the penalty counted in days. Such a clause is then a
    sanction only as the bare participle is, near a violation (P.SANCTION_NEAR)."""
    if not P.THING_DETAINED.match(statement):
        return False
    np = _clean_np(_own_subject(text, cstart, mstart))
    return bool(np) and not P.PRONOUN.match(np) and not INDEFINITE_SUBJECT.match(np) and not _is_party(np)


def _private_power(text: str, cstart: int, mstart: int, statement: str) -> bool:
    """(sanct22, guide 1.13 e) Whether a sanctioning clause is a private party's own penalty verb in the active voice
    ("the employer may dismiss the employee", "the library may bar that borrower"): its subject a party that is no
    public body, no pronoun and no "whoever". Such a clause is a sanction only in a liability article (one with another
    sanction); alone in its article it is the party's operative measure (see :func:`_operative_articles`)."""
    if P.SANCTION_PASSIVE.match(statement) or not (
            P.SANCTION_POWER.match(statement) or P.SANCTION_POWER_NEAR.match(statement)
            or P.PENAL_POWER.match(statement) or P.PENALTY_BY_NATURE.match(statement)):
        return False
    subject = _clean_np(_own_subject(text, cstart, mstart))
    return bool(subject) and not P.PRONOUN.match(subject) and not INDEFINITE_SUBJECT.match(subject) \
        and not _public(subject) and _is_party(subject)


def _public(np: str) -> bool:
    """(sanct22) Whether a noun phrase names a public body by its head words (P.PUBLIC_BODY, P.PUBLIC_IMPOSER); (review21)
    an office, station, council or committee of private persons ("the owners' committee", P.PRIVATE_OWNER) is none."""
    return bool(P.PUBLIC_BODY.search(np) or (P.PUBLIC_IMPOSER.search(np) and not P.PRIVATE_OWNER.search(np)))


def _operative_articles(units: list[tuple[Unit, list[tuple[int, int, str]]]]) -> set[int]:
    """(sanct22, guide 1.13 e) The articles whose only sanctioning clauses are private parties' own penalty verbs
    (:func:`_private_power`): no other sanction, passive penalty or authority's penalty stands in the article, so it is
    an operative article ("Where an employee is absent without good cause for three days, the employer may dismiss the
    employee"), not a liability provision; its clauses are read again as duties and permissions. (review21) A clause
    whose condition names the breach of a numbered provision ("Where a member breaches Article 1, the club may ban this
    member") is a liability provision's form: it attaches the penalty to another article's rule, not its own."""
    found: dict[int, bool] = {}
    for u, skipped in units:
        text = u.clean.text
        for a, b, reason in skipped:
            if reason != "not a duty: sanction":
                continue
            m = next(MODAL_SCAN.finditer(text, a, b), None)
            private = m is not None and _private_power(text, a, m.start(), text[m.start() : b]) \
                and not P.BREACH_OF_PROVISION.search(text, max(0, a - 300), m.start())
            found[u.article] = found.get(u.article, True) and private
    return {art for art, private in found.items() if private}


def _clauses(unit: Unit, lexicon_hint: Container[str], announced: bool = False,
             continued: str | None = None, operative: bool = False) -> tuple[list[_Clause], list[tuple[int, int, str]]]:
    """Clauses with a modal in a unit; also (start, end, reason) of modal statements that bind no one. ``announced``:
    the paragraph before ends by announcing a quotation ("... is amended to read:"); ``continued``: the closing
    mark of a quotation opened in an earlier paragraph and not closed yet; ``operative``: the unit's article is an
    operative one (:func:`_operative_articles`), where a private party's penalty verb is its own measure."""
    text = unit.clean.text
    out: list[_Clause] = []
    skipped: list[tuple[int, int, str]] = []
    quoted = _quotations(text, announced, continued)
    penal_sentence: tuple[int, int] | None = None  # (sanct21) the sentence whose clause was a penalty by itself
    penal_unit = False  # (calls21) a sanction clause came before in this unit (what a time bar must follow)
    for si, (s, e) in enumerate(regions(unit)):
        modals: list[re.Match[str]] = []
        relative: dict[int, tuple[int, tuple[int, int]]] = {}  # modal start -> (pronoun start, antecedent span)
        last_modal_end = -1
        for m in MODAL_SCAN.finditer(text, s, e):
            # the words right before the modal, for the patterns anchored at its start ("..., who shall"): a window
            # of LOOKBACK characters, so a sentence of many modals (a 100 KB paragraph) costs linear time, not quadratic
            w = max(s, m.start() - LOOKBACK)
            tail = text[w : m.start()]
            if re.fullmatch(r"(?:\s+" + P.ADVERB_LY + r")?\s*", text[last_modal_end : m.start()], re.IGNORECASE) \
                    and last_modal_end >= 0:
                continue  # "shall bear primary responsibility for": the second marker is the first one's verb
            last_modal_end = m.end()
            q = next((q for q in quoted if q[0] <= m.start() < q[1]), None)
            if q is not None:
                # 'Article 25 of the X Law provides: "Operators shall ..."': the quoted law's rule, not this text's
                if not skipped or skipped[-1][:2] != q:
                    skipped.append((q[0], q[1], "not a duty: a provision quoted from another text"))
                continue
            if not modals and re.search(r"\w,\s+(?:which|who)\s+$", tail) \
                    and (close := re.match(r"[^,;:.()]*,\s+", text[m.end() : e])) is not None \
                    and P.MODAL.match(text, m.end() + close.end()):
                # (Session 13, guide 1.10) "The county station, which must keep the register, shall publish it": a
                # relative clause set off by commas between the subject and its marker describes the subject (guide
                # 1.3): the main clause is the one entry. (review14) Its modal is kept as a statement and reported
                # (`relative-modal`): where the text states that duty nowhere else ("The carrier, which shall bear the
                # cost of cooling, shall notify ...") the register would lose it silently
                rel_at = tail.rfind(",") + w + 1
                skipped.append((rel_at + len(text[rel_at : m.start()]) - len(text[rel_at : m.start()].lstrip()),
                                m.end() + close.end() - len(close.group(0)) + close.group(0).rfind(","), RELATIVE_MODAL))
                continue
            if re.match(r"(?:is|are)\s+(?:(?:also|further|likewise|equally|then)\s+)?(?:not\s+)?to$", m.group(0), re.IGNORECASE) and \
                    P.NOT_MODAL_IS_TO.search(text, s, m.start()) and not (
                    # "...; where deletion is impossible, it is to stop ...": "it" is the pronoun subject of a duty
                    (re.search(r"(?:^|[;,]\s+)(?:(?:and|but)\s+)?it\s+$", tail, re.IGNORECASE)
                    and not re.compile(r"\s+be\b").match(text, m.end()))
                    # "...; it is to be deleted after one year": "it" opening a clause after ";" is the passive's subject
                    or (re.search(r"(?:^|;\s+(?:and\s+)?)it\s+$", text[s : m.start()], re.IGNORECASE)
                    and re.compile(r"\s+be\s+\w+(?:ed|en)\b").match(text, m.end()))
                    # "Where a meter breaks down, it is to be replaced ...": "it" after the circumstance that opens the
                    # sentence is the passive's subject, as after ";"
                    or (re.search(r",\s+it\s+$", tail, re.IGNORECASE)
                        and P.CONDITION_OPENER.match(text[s : m.start()].lstrip(" ;"))
                        and re.compile(r"\s+be\s+\w+(?:ed|en)\b").match(text, m.end()))):
                continue  # "the purpose of these Measures is to ...": an aim, not a duty
            if m.group(0).lower() == "can" and re.search(r"\bthat\s+(?:[\w'-]+\s+){1,6}$", tail) \
                    and not re.search(r"[,;:]", text[s : m.start()].rsplit("that", 1)[-1]):
                continue  # "..., ensuring that users can use them": ability in a content clause, not leave
            if m.group(0).lower() in ("can", "could") and (q_at := EMBEDDED_QUESTION.search(tail)) is not None \
                    and not re.search(r"[,;:]", tail[q_at.start() :]) \
                    and not QUESTION_IN_SUBJECT.search(tail, 0, q_at.start()):
                # (Session 14, extract17) "tell the guest how many people the hall can hold", "check whether the
                # rope can bear the load": "can" inside an indirect question, the object of a verb, is ability (guide
                # 1.2, as in a content clause), not leave
                continue
            if re.search(r"\b(?:so|in\s+order)\s+that\s+(?:[\w'’-]+\s+){1,8}$", tail) \
                    and m.group(0).lower() in ("can", "may", "could", "might", "will", "would", "should"):
                continue  # (Session 12, obl13) "..., so that night markets may thrive": a purpose, no clause
            if P.IMPERSONAL_CIRCUMSTANTIAL.fullmatch(m.group(0).rsplit(" ", 1)[0]) and not (
                    re.search(r"(?:^|[;:]\s*|,\s+(?:and|but)\s+)it\s+$", text[s : m.start()].lstrip(), re.IGNORECASE)
                    or (re.search(r",\s+it\s+$", tail, re.IGNORECASE)
                        and P.LEAD_ADVERBIAL.match(text[s : m.start()].lstrip()))):
                continue  # "... if it is necessary to ...": a circumstance, not an impersonal duty opening a clause
            if _thing_required(m) and NO_THING.search(text[s : m.start()]):
                continue  # "No approval is required": an exemption, no duty
            if m.group("encouragement") and m.group(0).lower() in ("encourage", "support") and modals and \
                    re.search(r"(?:,|\band|\bor)\s*$", tail) and not modals[-1].group("encouragement"):
                # ("The State will support A in ..., and encourage B to ...": a second encouragement)
                continue  # "The state will engage in ..., promote ..., and encourage ...": a verb of that clause
            rel = RELATIVE_BEFORE.search(tail)
            cleft_np = CLEFT.search(text, max(s, m.start() - LOOKBACK), m.start()) if rel else None
            if cleft_np is not None and _is_party(_clean_np(cleft_np.group("np"))):
                rel = None  # (Session 13, obl15) "It is the bureau that shall publish X": a cleft, no relative clause
            rel_at = w + rel.start() if rel else -1
            if rel and _document_relative(text, s, rel_at, m):
                # "sign an agreement with the operator, which shall specify ...": a requirement on the document the
                # clause before produces, binding who produces it (guide 1.4)
                relative[m.start()] = (rel_at, (-1, -1))
                rel = None
            if rel:
                ante = _party_antecedent(text, s, rel_at)
                if ante is None:
                    continue  # "... which may cause ...": a relative clause about a thing, not a duty
                relative[m.start()] = (rel_at, ante)  # "..., who shall supervise ...": the party's duty
            depth = text.count("(", s, m.start()) - text.count(")", s, m.start())
            if depth > 0:
                continue
            before = text[s : m.start()].lstrip(" ,;")
            before = ITEM_LABEL.sub("", before, count=1) if unit.paragraph.items else before
            # the clause the modal is in: after the last ";" (and a sentence adverb: "; however, where ...")
            local = _after_last_semicolon(before)
            local = re.sub(r"^(?:and|or|but)\s+", "", local, flags=re.IGNORECASE)
            local = re.sub(r"^(?:however|moreover|furthermore|meanwhile|in addition|additionally),\s*", "", local,
                           flags=re.IGNORECASE)
            if P.CONDITION_OPENER.match(local) and not re.search(r",\s", local) \
                    and not _prepositional_lead(local, lexicon_hint):
                continue  # "Where other laws provide that consent shall be obtained, ...": inside the subordinate clause
            if P.NOUN_CLAUSE_OPENING.match(local):
                continue  # "(3) how riders may complain": an indirect question, a thing listed or named, no rule
            if re.search(r",\s+(?:when|whenever|if|where|unless|once|while|before|after|until)\s[^,;]*$",
                         local[max(local.rfind(","), 0) :], re.IGNORECASE):  # (it can begin at the last comma only)
                continue  # "X, when they cannot delete them, shall ...": inside a set-off subordinate clause
            if P.CONDITION_OPENER.match(before) and not modals and re.search(r"\b(?:or|and)\s*$", before):
                continue  # "Where the breach ... occurs or may occur, ...": a verb coordinated inside the condition
            that = THAT_CLAUSE.search(local[-160:])  # the last words before the modal only: bounded work
            if that and not re.search(r"[,;:]", that.group("np")) and _subject_like(that.group("np"), lexicon_hint) \
                    and not _inner_determiner(that.group("np")) \
                    and not _relative_subject(local[-160:][: that.start()], that.group("np"), lexicon_hint):
                # ("logs that identify a user shall", "entities that operate platforms shall": verb + object)
                continue  # "the norms that providers within the platform should meet": a clause with its own subject
            modals.append(m)
        pairs: list[tuple[int, re.Match[str]]] = []
        set_off: dict[int, tuple[int, int]] = {}
        # the last clause separator and the last "and the ..." after the last paired modal, found by scanning the text
        # once from there as the modals come (not again from there for each one: many modals in one sentence would
        # cost quadratic time)
        base, upto, last_sep, last_and = -1, -1, None, None
        for k, m in enumerate(modals):
            if m.start() in relative:
                pairs.append((relative[m.start()][0], m))
                continue
            if k == 0:
                # (Session 11, obl12) "The bureau is in charge of X; the Y bureau shall V": a clause with no marker
                # before a semicolon is no part of the next clause's subject, which opens after the semicolon
                semi = max(text.rfind(";", s, m.start()), text.rfind("；", s, m.start()))
                after = SEMI_SUBJECT.match(text, semi + 1, m.start()) if semi >= 0 else None
                if semi >= 0 and after is None and not P.CONDITION_OPENER.match(text[s:semi].lstrip(" ,;")):
                    # (Session 13, cond14) "X is not invalid; but where S, the buyer may ...": a condition opening the
                    # part after the semicolon opens this clause (before it, a statement with no marker); a sentence
                    # that opens with a condition of its own ("Where A; where B, X shall") keeps it whole
                    after = SEMI_CONDITION.match(text, semi + 1, m.start())
                pairs.append((after.end() if after else s, m))
                continue
            if P.ALSO_OR_ONLY.search(text, max(s, m.start() - LOOKBACK), m.start()):
                # (sanct21) "shall also, or shall only, be fined": the second modal restates the first (并处或者单处),
                # one clause, not two
                continue
            semi = text.rfind(";", pairs[-1][1].end(), m.start())
            after_semi = text[semi + 1 : m.start()] if semi >= 0 else ""
            if re.search(r"(?:\band|\bor|\bbut|,)$", text[max(s, m.start() - LOOKBACK) : m.start()].rstrip()) and not (
                    semi >= 0 and re.match(r"\s*(?:and\s+|or\s+|but\s+)?[\w'-]+(?:\s+[\w'-]+)*,\s+(?:when|whenever|if|where|"
                                           r"unless|once|while|before|after|until)\b", after_semi, re.IGNORECASE)):
                # ("...; X, when Y, shall ...": a new subject after the semicolon, its condition set off by commas)
                pairs.append((m.start(), m))  # "..., and shall not ...": same subject
                off = re.search(r"(?:and|or|but)\s*,\s*(?P<c>(?:unless|if|where|when|except|before|after|once|upon|"
                                r"during|throughout|until|within)\b[^;,]*),\s*$", text[s : m.start()])
                if off:  # "..., and, unless X consents, shall not ...": X is this clause's condition
                    set_off[m.start()] = (s + off.start("c"), s + off.end("c"))
                continue
            case = P.CASE_CLAUSE.search(text, max(pairs[-1][1].end(), m.start() - LOOKBACK), m.start())
            if case and not FINITE.search(case.group("np")):  # "..., in which case the operator shall ..."
                pairs.append((case.start("case"), m))
                continue
            nor = P.NOR_INVERSION.search(text, max(pairs[-1][1].end(), m.start() - LOOKBACK), m.start())
            if nor:  # "A may not sell X, nor may it sell Y": a second ban, its subject after the modal
                pairs.append((nor.start("nor"), m))
                continue
            if base != pairs[-1][1].end():
                base = upto = pairs[-1][1].end()
                last_sep = last_and = None
            for sep in CLAUSE_SEP.finditer(text, upto, m.start()):
                last_sep = sep
            for sep in AND_DETERMINER.finditer(text, upto, m.start()):
                last_and = sep
            upto = m.start()
            if last_sep is not None:
                pairs.append((last_sep.end(), m))
                continue
            # "..., the rules for processing shall be disclosed": after a comma, a determiner-led noun phrase with
            # no verb of its own is a new subject (clauses joined by a comma)
            comma = text.rfind(", ", pairs[-1][1].end(), m.start())
            np = text[comma + 2 : m.start()] if comma >= 0 else ""
            # ((sanct21) and a possessive of a person: "..., his illegal income shall be confiscated")
            if np and re.match(r"(?:the|a|an|any|such|this|these|those|its|their|his|her)\s", np, re.IGNORECASE) \
                    and not FINITE.search(np) and len(np.split()) <= 12:
                pairs.append((comma + 2, m))
                continue
            # "... shall give it a warning and the violation shall be recorded ...": after "and", a determiner-led noun
            # phrase right before a modal is that modal's subject (an object of the verb before never is)
            at = last_and.end() if last_and is not None else -1
            np = text[at : m.start()] if at >= 0 else ""
            if np and not FINITE.search(np) and not re.search(r"[,;:]", np) and len(np.split()) <= 12:
                pairs.append((at, m))
            # else: a modal inside the previous clause's action
        power_subject: tuple[int, int] | None = None  # (wrongs20) the authority of a sanction clause just skipped
        for k, (cstart, m) in enumerate(pairs):
            cend = e
            lead_np = re.sub(r"^(?:and|or|but)\b\s*", "", text[cstart : m.start()].strip(" ,;"), flags=re.IGNORECASE)
            # (only an elided subject: "it" after "order it to ..." is as likely the violator as the authority)
            shared = power_subject if not lead_np else None
            power_subject = None
            if k + 1 < len(pairs):
                nstart = pairs[k + 1][0]
                if nstart == pairs[k + 1][1].start():
                    # "..., and shall not ...": cut before the conjunction
                    # "..., and, unless X, shall not ...": the set-off circumstance belongs to the next clause
                    # ("..., and, during that period, shall ...": a set-off time phrase too)
                    mm = re.search(r"(?:,?\s+(?:and|or|but)(?:\s*,\s*(?:unless|if|where|when|except|before|after|once|"
                                   r"upon|during|throughout|until|within)\b[^;]*?,)?|,)\s*$", text[m.end() : nstart])
                    cend = m.end() + (mm.start() if mm else len(text[m.end() : nstart]))
                else:
                    seps = list(CLAUSE_SEP.finditer(text, m.end(), nstart))
                    last = re.search(r"(?:;\s+(?:and\s+|or\s+|but\s+)?|,\s+(?:and|or|but|while)\s+|\s+(?:and|or)\s+)$",
                                     text[m.end() : nstart])
                    cend = seps[-1].start() if seps else m.end() + last.start() if last else nstart
            # the item list a clause introduces is not part of its action
            colon = _colon(text, m.end(), cend)  # (a full-width "：" in a text from a Chinese source too)
            if colon >= 0 and unit.paragraph.items and colon >= len(unit.paragraph.intro) - 1:
                # "X shall not: (a) ...; (b) ...": with nothing before the colon the lead-in is a bare marker; (session
                # 11, obl12) each item is then a clause of the lead-in's bearers (guide 1: "each item under a lead-in
                # that imposes a duty"), and the lead-in none of its own (see :func:`_lead_in_items`)
                cend = colon
            action_head = text[m.end() : cend].lstrip(" ,")
            statement = text[m.start() : cend]
            if P.DUTIES_OF_PARTY.match(m.group(0)) and (not unit.paragraph.items or unit.paragraph.table_header):
                continue  # "The duties of the parties are as follows:" before a table or prose: the rows say whose
            if P.NOT_A_DUTY.match(statement) and not (
                    re.match(r"(?:shall|may)\s+(?:also\s+)?apply\s+to\s[^.;]{1,100}?\sfor\s", statement)
                    and _subject_like(text[cstart : m.start()], lexicon_hint)):
                # ("Operators ... may apply to the department for a quota": a party's application, not scope)
                skipped.append((cstart, cend, "not a duty: " + _reason(statement)))
                power_subject = _power_of(text, cstart, m, statement, lead_np, shared, lexicon_hint)
                if _reason(statement) == "sanction":
                    penal_unit = True
                    if _penal_by_itself(statement, text, cstart, m.start()):
                        penal_sentence = (id(unit), s)
                continue
            if OWN_TEXT_SUBJECT.match(_clean_np(text[cstart : m.start()].strip(" ,;"))) and re.match(
                    r"(?:shall|will)\s+be\s+(?:implemented|put\s+into\s+(?:effect|force|practice)|tried|trialled)\b"
                    # ((Session 15, probe19) not with its agent: "These Regulations shall be implemented by the
                    # people's governments at or above the county level" gives the task to those governments)
                    r"(?!\s+by\s+(?:the\s+)?(?!way\b)[a-z])",
                    statement, re.IGNORECASE):
                # "These Measures shall be implemented on a trial basis from 1 May": the text's own commencement
                skipped.append((cstart, cend, "not a duty: entry into force"))
                continue
            if (P.SANCTION_PASSIVE.match(statement) and not _thing_detained(text, cstart, m.start(), statement)) or (
                    P.PURSUED.match(statement) and P.LIABILITY_PURSUED.search(text, cstart, m.start())) or (
                    (P.SANCTION_POWER.match(statement) or (P.SANCTION_WITHDRAWAL.match(statement)
                                                            and not _struck_from_text(text, cstart, m.start(), statement)))
                    and (P.VIOLATION.search(text, max(0, cstart - 600), cend)
                         # (sanct21) an earlier clause of the same sentence is a penalty by itself ("..., the bureau
                         # shall impose a monthly fine on it, and the department shall revoke its licence"): the
                         # sentence answers a wrong, and the authority's penalty verbs after it answer the same one
                         or penal_sentence == (id(unit), s)
                         # (probe19b, guide 1.12 a) a harm done or a mistake made by the party the condition names
                         or own_wrong(text[cstart : m.start()], passive=True)
                         # (Session 14, extract17) a harm through the party's own fault is a wrong as a violation is
                         or P.FAULT_NAMED.search(text, max(0, cstart - 600), cend))) or (
                    _near_sanction(text, cstart, m.start(), cend, statement)) or (
                    P.PENAL_POWER.match(statement) and P.FAILURE.search(text, max(0, cstart - 600), cend)) or (
                    _warns_the_doer(text, cstart, m.start(), statement)) or (
                    P.PENALTY_BY_NATURE.match(statement)) or (
                    P.VIOLATION_LEADS.match(statement) and P.VIOLATION.search(text, cstart, m.start())) or (
                    # (sanct22) a person handed over to the public security (judicial) organs for an act the subject
                    # names ("Whoever installs a hidden camera shall be handed over to ..."): pursued, as a case is;
                    # a thing handed over ("Lost property that remains unclaimed") is no doer
                    P.CRIMINAL_REFERRAL.match(statement) and _doer_subject(text, cstart, m.start())) or (
                    P.SANCTION_DEALT.match(statement) and (P.VIOLATION.search(text, cstart, m.start())
                                                           or P.PENAL_LAW.search(statement)
                                                           # (sanct22) a doer dealt with under a law named by title
                                                           or (P.NAMED_LAW.search(statement)
                                                               and _doer_subject(text, cstart, m.start())))) or (
                    P.CIVIL_REDRESS.match(statement) and harm_by_party(text, max(0, cstart - 600), cstart, m.start(), cend)) or (
                    P.CIVIL_REDRESS.match(statement) and own_wrong(text[cstart : m.start()])) or (
                    # (sanct20, guide 1.12 f) a multiple of the wages owed, paid for the party's own failure
                    P.DOUBLE_PAY.match(statement) and own_wrong(text[cstart : m.start()], wrong=P.OWN_FAILURE)) or (
                    P.WITHDRAW_SERVICE.match(statement) and P.VIOLATION.search(text, max(0, cstart - 600), cend)
                    and P.PUBLIC_BODY.search(text, cstart, m.start())) or (
                    # (calls21, guide 1.13 c) a bar on applying again for a time, after a wrong or a penalty in the
                    # paragraph: a restriction of qualification; after no wrong, a waiting period (a duty)
                    (bar := P.TIME_BAR.match(statement)) is not None
                    and (not bar.group("accept") or P.TIME_BAR_APPLICATION.search(text, cstart, m.start()))
                    and _bar_after_wrong(text, cstart, m.start(), cend, penal_unit)):
                # a penalty on the violator, or an authority's power to penalise a violation: not a duty
                imposed = P.SANCTION_PASSIVE.match(statement)
                if not (imposed and re.search(r"\b(?:imposed|given|circulated)$", imposed.group(0))
                        and not P.PENALTY_NOUN.search(text, cstart, m.start())) \
                        and not (operative and _private_power(text, cstart, m.start(), statement)):
                    skipped.append((cstart, cend, "not a duty: sanction"))
                    power_subject = _power_of(text, cstart, m, statement, lead_np, shared, lexicon_hint)
                    penal_unit = True
                    if _penal_by_itself(statement, text, cstart, m.start()):
                        penal_sentence = (id(unit), s)
                    continue
                # ("Conditions may be imposed on ...", "The certificate shall be given to the applicant": what is imposed
                # or given is no penalty; the clause is read as any other)
            subj_text = text[cstart : m.start()]
            cond: tuple[int, int] | None = None
            subject_at = cstart
            lead = subj_text.lstrip(" ,;")
            subject_at += len(subj_text) - len(lead)
            lead_l = re.sub(r"^(?:and|or|but)(?:\s+|\s*,\s*)", "", lead, flags=re.IGNORECASE)
            if unit.paragraph.items:
                lab = ITEM_LABEL.match(lead_l)
                if lab and lab.group(0).strip():
                    lead_l = lead_l[lab.end() :]  # "(2) Where ..., X shall": the label is no part of the condition
            subject_at += len(lead) - len(lead_l)
            if NEGATIVE_INVERSION.fullmatch(lead_l.strip()) and re.fullmatch(r"shall|may|must|should|can|will",
                                                                              m.group(0), re.IGNORECASE):
                inv = _inverted_subject(text, m.end(), cend, lexicon_hint)
                if inv is not None:
                    # "Under no circumstances shall kiosk operators sell ...", "In no case may A or B ...": a fronted
                    # negative puts the subject after the modal (negative inversion); the clause bans the subject
                    a, b = inv
                    clause = _Clause(unit, cstart, cend, m, "prohibition", text[a:b], a, None,
                                     bool(PASSIVE.match(text[b:cend].lstrip(" ,"))), si)
                    clause.action_at = b + len(text[b:cend]) - len(text[b:cend].lstrip(" ,"))
                    _trailing_circumstance(clause)
                    out.append(clause)
                    continue
            only = P.ONLY_INVERSION.fullmatch(lead_l.rstrip())
            if only and re.fullmatch(r"shall|may|must|should|can|will", m.group(0), re.IGNORECASE):
                inv = _inverted_subject(text, m.end(), cend, lexicon_hint)
                if inv is not None:
                    # "Only after verifying X may A cremate ...": a fronted "only" restriction inverts subject and
                    # modal; the modality is the modal's, the restriction its condition
                    a, b = inv
                    clause = _Clause(unit, cstart, cend, m, _modality(m), text[a:b], a,
                                     (subject_at, subject_at + len(lead_l.rstrip())),
                                     bool(PASSIVE.match(text[b:cend].lstrip(" ,"))), si)
                    clause.action_at = b + len(text[b:cend]) - len(text[b:cend].lstrip(" ,"))
                    out.append(clause)
                    continue
            case_lead = P.CASE_LEAD.match(lead_l) or P.CASE_ONLY.fullmatch(lead_l)
            cut = case_lead.end() if case_lead else _subject_cut(lead_l, lexicon_hint)
            if cut is None and (P.CONDITION_OPENER.match(lead_l) or P.LEAD_ADVERBIAL.match(lead_l)):
                comma = lead_l.rfind(", ")
                if comma > 0:
                    cut = comma + 2
                elif not unit.paragraph.items or s < len(unit.paragraph.intro):
                    skipped.append((cstart, cend, "no subject found after the condition"))
                    continue
            if cut:
                adverbial = lead_l[:cut].rstrip(" ,")
                adv = re.match(r"(?:however|moreover|furthermore|meanwhile|in addition|additionally),\s*", adverbial,
                               re.IGNORECASE)
                skip = adv.end() if adv and adverbial[adv.end() :] else 0  # "however, where ...": the where-clause
                joined = not P.LEAD_ADVERBIAL.match(adverbial) and re.search(r",\s+(?:and|but|while)\s*$", lead_l[:cut])
                if not SENTENCE_ADVERB.match(adverbial) and not joined:  # "A does X, and B shall": no condition
                    cond = (subject_at + skip, subject_at + len(adverbial))
                subject_at += cut
                lead_l = lead_l[cut:]
                then = re.match(r"then\s+", lead_l, re.IGNORECASE)
                if then:  # (session 13, cond14) "If S, then X shall": "then" resumes the condition, no part of X
                    subject_at += then.end()
                    lead_l = lead_l[then.end() :]
            subject = lead_l.strip()
            cleft = CLEFT.fullmatch(subject)
            if cleft and _is_party(_clean_np(cleft.group("np"))):
                # (Session 13, obl15) "It is the county bureau that shall publish X": the cleft's focus is the subject
                subject_at += cleft.start("np")
                subject = cleft.group("np")
            held_act = not re.fullmatch(r"it", _clean_np(subject), re.IGNORECASE) and (HELD_ACT_MARKER.fullmatch(m.group(0)) or (
                re.fullmatch(r"is|shall\s+be", m.group(0), re.IGNORECASE) and _possessed_duty(text, m.end(), cend)))
            if held_act and not NOMINAL_ACT.fullmatch(subject.rstrip(" ,")):
                if HELD_ACT_MARKER.fullmatch(m.group(0)) or _possessed_duty(text, m.end(), cend):
                    continue  # "The decision lies with the court", "The fee is the operator's duty": no act as the subject
            elif held_act:
                # (Session 13, obl15) "The checking of X rests on the bureau", "Keeping a log ..., is the operator's
                # duty": the act is the action, the holder after the verb (or its possessor) the subject
                hm = HOLDER_AFTER.match(text, m.end(), cend) if HELD_ACT_MARKER.fullmatch(m.group(0)) \
                    else _possessed_duty(text, m.end(), cend)
                if hm is None or not _is_party(_clean_np(hm.group("np"))):
                    continue
                act_span = (subject_at, subject_at + len(subject.rstrip(" ,")))
                subject, subject_at = hm.group("np"), hm.start("np")
            fronted = FRONTED_RESPONSIBLE.fullmatch(subject) if re.fullmatch(r"shall|must|will|should", m.group(0),
                                                                             re.IGNORECASE) else None
            holder = FRONTED_HOLDER.match(text, m.end(), cend) if fronted else None
            fronted_act: tuple[int, int] | None = None
            if fronted and holder and _is_party(_clean_np(holder.group("np"))):
                # (Session 13, obl15) "Responsible for the licensing of quarries shall be the county bureau": the
                # predicate fronted, the subject after "be" (inversion); the bearer is that subject, the action what it
                # is responsible for
                fronted_act = (subject_at + fronted.start("act"), subject_at + fronted.end("act"))
                subject, subject_at = holder.group("np"), holder.start("np")
            vp = VP_BEFORE_AND.match(subject)
            if vp and _subject_like(vp.group("np"), lexicon_hint):
                # "The kiosk bureau is responsible for X and shall publish ...": the subject of the first verb phrase
                # is that of the coordinated modal one
                subject = vp.group("np")
            inner = P.INNER_ADVERBIAL.search(subject)
            if inner and _subject_like(subject[: inner.start()], lexicon_hint) \
                    and not re.search(r"\b(?:that|who|which)\s*$", subject[: inner.start()], re.IGNORECASE):
                # ("operators that, in the course of business, collect ...": the adverbial is inside a relative clause)
                # "A department ... when performing its duties may": the adverbial is the condition
                tail = subject[inner.start() :].lstrip(" ,")
                tail_at = subject_at + len(subject) - len(tail)
                cond = (tail_at, tail_at + len(tail.rstrip(" ,"))) if cond is None else cond
                subject = subject[: inner.start()]
            restricted = False  # a post-modifier narrows the subject ("entities that operate kiosks"): not everyone
            pm = _postmodifier(subject, lexicon_hint)
            also: list[str] = []
            kind = OTHER_KIND.match(_clean_np(subject))
            if pm is not None and kind and kind.group("b").lower() in lexicon_hint:
                # "A, B and other entities that manage X (hereinafter Y)": the text named the class with its modifier
                restricted, pm = True, None
            if pm is not None and BACK_POINTING.fullmatch(subject[pm:].rstrip(" ,")):
                # "Owners of vehicles and the drivers employed by them shall": the participle names the drivers' tie to
                # the owners, it narrows no one (all the owners' drivers are bound): no condition
                subject, pm = subject[:pm].rstrip(" ,"), None
            if pm is not None and P.INLINE_DEFINITION.search(subject[pm:]) and re.search(r"[)）]\s*,?\s*$", subject):
                # (Session 10) "A unit or individual that has obtained a licence (hereinafter "licensee") shall": the
                # text names the modified party as a whole; the modifier is its name, not a condition on everyone
                restricted, pm = True, None
            if pm is not None and _named_by_modifier(subject, pm):
                # "Entities that operate display platforms shall": a bare general noun names no party; its relative
                # clause is the party's name, not a condition (guide 3, 1.6)
                restricted, pm = True, None
            if pm is not None:
                cond_start = subject_at + pm
                cond = (cond_start, subject_at + len(subject.rstrip(" ,")))
                more = COORDINATED_AFTER_MODIFIER.search(subject, pm)
                if more and _is_party(_clean_np(more.group("np"))):
                    second = more.group("np")
                    pm2 = _postmodifier(second, lexicon_hint)  # "the B entrusted by them": its own modifier
                    also = [second[:pm2].rstrip(" ,") if pm2 is not None else second]
                    if pm2 is None or re.fullmatch(r"\w+\s+by\s+(?:them|it|him|her)\s*,?\s*", second[pm2:]):
                        # no narrowing of its own: the first party's modifier ends before the second party
                        cond = (cond_start, subject_at + more.start())
                subject = subject[:pm].rstrip(" ,")
                restricted = True
            # ("the consent of the owners is required": a thing required, an agentless passive in effect)
            passive = (bool(PASSIVE.match(action_head)) and _modality(m) != "right") or _thing_required(m)
            clause = _Clause(unit, cstart, cend, m, _modality(m), subject, subject_at, cond, passive, si)
            if fronted_act is not None:
                clause.action_at, clause.action_end = fronted_act
            if held_act:
                clause.action_at, clause.action_end = act_span
            clause.restricted = restricted
            clause.also = also
            clause.shared = shared
            leave = P.LEAVE_NOT_DUTY.match(text, m.end(), cend) or P.CONNECTIVE_TO.match(text, m.end(), cend)
            if leave:  # "is permitted, but not required, to provide ...": the action is what is permitted
                clause.action_at = leave.end()
            aside = ENTITLED_ASIDE.match(text, m.end(), cend) if clause.modality == "right" else None
            if aside and cond is None:
                # (Session 12, obl13) "is entitled, on request, to see X": the aside set off by commas is the
                # circumstance of the right, the action its infinitive
                clause.condition, clause.action_at = (aside.start("c"), aside.end("c")), aside.end()
            if re.fullmatch(r"it|there|(?:the\s+)?onus", _clean_np(subject), re.IGNORECASE) \
                    and _marker_is(P.IMPERSONAL_MARKER, m):
                # "It is prohibited for kiosk owners to sell ...", "It is the responsibility of platform operators to
                # establish ...", "It falls to X to ...": the party after the marker bears it; without one ("it is
                # prohibited to delete ...") a ban or need is impersonal
                clause.impersonal = _marker_is(P.IMPERSONAL_ADJ_MARKER, m)
                who = FOR_WHOM_TO.match(text[m.end() : cend]) if P.PARTY_AFTER_MARKER.search(m.group(0)) else None
                if who:
                    clause.subject, clause.subject_at = who.group(1), m.end() + who.start(1)
                    clause.action_at = m.end() + who.end()
                    clause.impersonal = False
                    pm = _postmodifier(who.group(1), lexicon_hint)
                    if pm and clause.condition is None and not _named_by_modifier(who.group(1), pm):
                        # (not a general noun named by its clause, guide 1.6: "for enterprises that sell tools to")
                        # ((Session 14, extract18) "It is the right of a climber who is injured in a gym to V": the
                        # relative clause narrows the party after the marker, a condition as after a subject)
                        clause.subject = who.group(1)[:pm].rstrip(" ,")
                        clause.condition = (m.end() + who.start(1) + pm, m.end() + who.end(1))
                    if (ex := EXEMPTION_NOT.search(m.group(0))) is not None:
                        # (Session 13) "It is not necessary for X to file ...": the exemption's action starts at the
                        # denial, as "is not required to file" (guide 3.2, 1.10)
                        clause.action_at = m.start() + ex.start()
                elif m.group(0).lower().endswith(" of"):
                    # (Session 12, obl13) "It is required of every operator that S": the party before "that" bears
                    # the duty, the content clause is its action
                    that = FOR_WHOM_THAT.match(text[m.end() : cend])
                    if that:
                        clause.subject, clause.subject_at = that.group(1), m.end() + that.start(1)
                        clause.action_at = m.end() + that.end()
                        clause.impersonal = False
            held = NOUN_HELD_BY.search(text, m.end(), cend) if NOUN_SUBJECT.fullmatch(m.group(0)) else None
            if held and not _clean_np(subject):
                # (Session 12, obl13) "The obligation to mark X rests with the manager", "The right to know X belongs
                # to the residents": the duty or right noun opens the clause, its holder follows the verb of holding
                np = held.group("np")
                pm = _postmodifier(np, lexicon_hint)
                clause.subject, clause.subject_at = np[:pm].rstrip(" ,") if pm else np, held.start("np")
                clause.action_end = held.start()
                if pm:  # "belongs to the residents who drop it off": the relative clause narrows the holder
                    clause.condition = (held.start("np") + pm, held.end("np"))
            freed = FOR_WHOM_FROM.match(text[m.end() : cend]) if NOTHING_PREVENTS.match(m.group(0)) else None
            if freed:
                # (Session 12, obl13) "Nothing in these Measures prevents an operator from charging X": the party
                # after the verb may do the act after "from"
                clause.subject, clause.subject_at = freed.group(1), m.end() + freed.start(1)
                clause.action_at = m.end() + freed.end()
            duty_of = P.DUTIES_OF_PARTY.match(m.group(0))
            if duty_of and re.fullmatch(r"the|(?:each|all|every\s+one)\s+of\s+the\s+following|(?:the\s+)?following",
                                        subject.strip(" ,"), re.IGNORECASE):
                # "The duties of a shop operator include:": the party the duties are of bears each item
                # (Session 13, obl15) "Each of the following is a duty of X:" likewise
                g = "np" if duty_of.group("np") else "np2"
                clause.subject, clause.subject_at = duty_of.group(g), m.start() + duty_of.start(g)
            inverted = P.INVERTED_HOLDER.match(m.group(0))
            if inverted and not subject.strip(" ,"):
                # (Session 13, obl15) "Upon the bureau lies the obligation to V": the fronted holder bears it
                clause.subject, clause.subject_at = inverted.group("np"), m.start() + inverted.start("np")
            own = POSSESSIVE_DUTY.match(text, m.end(), cend) \
                if re.fullmatch(r"is|(?:shall|will)\s+be", m.group(0), re.IGNORECASE) else None
            if own and re.fullmatch(r"it", _clean_np(subject), re.IGNORECASE):
                # "It is the ferry operator's duty to check tickets": the possessor bears the duty
                clause.subject, clause.subject_at = own.group("np"), own.start("np")
                clause.action_at = own.end()
            if cond is None and m.start() in set_off:
                clause.condition = set_off[m.start()]
            if clause.condition is None and clause.action_at is None:
                _circumstance_after_modal(clause)
            if clause.condition is None:
                _trailing_circumstance(clause)
            elif clause.action_end is None:
                _trailing_circumstance(clause, second=True)
            if m.start() in relative and relative[m.start()][1] == (-1, -1):
                clause.produced, clause.action_at = True, relative[m.start()][0]
                clause.subject, clause.subject_at, clause.condition = "", m.start(), None
            elif m.start() in relative:
                clause.antecedent = relative[m.start()][1]
                # a condition before the modal belonged to the antecedent's clause; one after the action is this one's
                keep = clause.condition if clause.condition and clause.condition[0] > m.start() else None
                clause.subject, clause.subject_at, clause.condition = "", m.start(), keep
            out.append(clause)
    return out, skipped


def _object_then_verb(after: str) -> re.Match[str] | None:
    """(Session 13, obl15) "(would be glad to see) park operators train X": the party named first and the bare
    infinitive after it, as a match whose group 1 is the party and group "act" the verb (None when no party opens it).
    The party is the shortest run of words that names one and is not followed by another noun of its name."""
    words = list(re.finditer(r"[\w'’-]+", after))
    for k in range(1, min(len(words), 7)):
        np, nxt = after[words[0].start() : words[k - 1].end()], words[k].group(0).lower()
        if _is_party(_clean_np(np)) and not (nxt.endswith("s") and not nxt.endswith("ss")) \
                and not _is_party(nxt):
            return re.match(rf"\s*({re.escape(np)})\s+(?P<act>{re.escape(words[k].group(0))})(?P<ger>)", after)
    return None


# (Session 13, obl15) an act as the subject of a verb of holding or of "is X's duty" (see MODAL): the act is a gerund or
# an action noun with its complement ("The checking of the price lists", "Keeping a log ..., and keeping it ...");
# the holder follows the verb or is the possessor of the duty noun
HELD_ACT_MARKER = re.compile(r"(?:rests|lies|falls)\s+(?:(?:up)?on|with)", re.IGNORECASE)
NOMINAL_ACT = re.compile(r"(?:the\s+)?(?:(?!(?:no|some|any|every)?thing\b|(?:morning|evening|ceiling|spring|string|ring|"
                         r"king|wing)\b)[a-z]+ing\s+(?!(?:is|are|was|were|shall|may|must)\b)\w|"
                         r"[a-z]+(?:tion|sion|ment)\s+of\b)[^;:]*", re.IGNORECASE)
HOLDER_AFTER = re.compile(r"\s+(?P<np>[^,;:.()]{2,120}?)\s*(?=[.;]|$)")
POSSESSED_DUTY = re.compile(r"\s+(?:the\s+)?(?P<np>(?:[\w-]+\s+){0,6}?[\w-]+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+"
                            r"(?:duty|responsibility|obligation|task|job)\s*(?=[.;]|$)", re.IGNORECASE)
# (session 17, obl23) the holder after "of" ("... is a duty of the site provider", "..., and it shall ..." after it)
DUTY_OF_HOLDER = re.compile(r"\s+(?:a|an|the)\s+(?:duty|responsibility|obligation|task|job)\s+of\s+(?:the\s+)?"
                            r"(?P<np>(?:(?!\s+to\s)[^,;:.()]){2,120}?)\s*(?=[.;]|,\s+(?:and|but)\s|$)", re.IGNORECASE)


def _possessed_duty(text: str, a: int, b: int) -> re.Match[str] | None:
    """The holder of "is X's duty" or "is a duty of X" after the marker, or None."""
    return POSSESSED_DUTY.match(text, a, b) or DUTY_OF_HOLDER.match(text, a, b)


# (Session 13, obl15) a predicate of responsibility fronted before its modal, the subject after "be" ("Responsible for
# X shall be the county bureau", "Accountable for X shall be ..."): the inversion of "the county bureau shall be
# responsible for X"
FRONTED_RESPONSIBLE = re.compile(r"(?:solely\s+|primarily\s+|jointly\s+)?(?:responsible|accountable|answerable)\s+for\s+"
                                 r"(?P<act>[^,;:]{3,200}?)\s*,?", re.IGNORECASE)
FRONTED_HOLDER = re.compile(r"\s+be\s+(?P<np>[^,;:.()]{2,120}?)\s*(?=[.;]|$)", re.IGNORECASE)
# a cleft sentence ("It is the county bureau that shall publish X"): patterns.CLEFT, shared with the sanctions
CLEFT = P.CLEFT


# "It is the operator's duty to": the possessor, then the duty noun and "to"
POSSESSIVE_DUTY = re.compile(r"\s+(?:the\s+)?(?P<np>(?:[\w-]+\s+){0,6}?[\w-]+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+"
                             r"(?:duty|responsibility|obligation)\s+to\s+", re.IGNORECASE)
# the end of the sentence before a clause: a full stop (or "!", "?", a full-width stop) before white space, not after
# (session 15) a short name made of capitals ("AMR", "CAC", "MIIT"): defined for a party ("The Fenglin Municipal
# Administration for Market Regulation (hereinafter "AMR")"), it names that party, though it is no party noun
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}s?")
# an abbreviation that takes one ("No. 5", "Art. 3")
_SENTENCE_END = re.compile(r"(?<!\bNo)(?<!\bArt)(?<!\bart)(?<!\bno)[.!?](?=\s)|。")


def _near_sanction(text: str, cstart: int, mstart: int, cend: int, statement: str) -> bool:
    """A penalty form that is one only for a violation close by (P.SANCTION_NEAR, P.SANCTION_POWER_NEAR: "shall be
    closed", "shall return the fees", "shall publish the name of the operator"): the violation in the clause's own
    sentence (its subject and condition included); the violator's redress not in a public body's clause."""
    near = P.SANCTION_NEAR.match(statement) or P.SANCTION_POWER_NEAR.match(statement)
    if near is None:
        return False
    if near.re is P.SANCTION_NEAR and near.group("redress") and P.PUBLIC_BODY.search(_own_subject(text, cstart, mstart)):
        return False  # "the market bureau shall return the fees paid": the body's duty, no violator's redress
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, cstart - 600), cstart)]
    return bool(P.VIOLATION.search(text, ends[-1] if ends else max(0, cstart - 600), cend))


def _power_of(text: str, cstart: int, m: re.Match[str], statement: str, lead: str, shared: tuple[int, int] | None,
              known: Container[str]) -> tuple[int, int] | None:
    """(wrongs20) For a clause skipped as a sanction: where it is an authority's power to penalise in the active voice
    ("the bureau shall impose fines ..."), the span of that authority, which a clause coordinated after it with no
    subject of its own shares ("... and shall hear the party first"); None for any other clause."""
    if not (P.SANCTION_POWER.match(statement) or P.SANCTION_POWER_NEAR.match(statement) or P.PENAL_POWER.match(statement)):
        return None
    return shared if not lead else _power_subject(text, cstart, m.start(), known)


def _power_subject(text: str, cstart: int, mstart: int, known: Container[str]) -> tuple[int, int] | None:
    """(wrongs20) The span of an active sanction clause's own subject (the authority: "the bureau" in "Where ..., the
    bureau shall impose a fine"), if it reads as a party and is no pronoun; None otherwise."""
    own = _own_subject(text, cstart, mstart)
    lead = re.match(r"\s*(?:(?:and|or|but)\b\s*)?", own)
    a = mstart - len(own) + (lead.end() if lead else 0)
    np = text[a:mstart].rstrip(" ,")
    if not np or P.PRONOUN.match(_clean_np(np)) or not _subject_like(np, known):
        return None
    return a, a + len(np)


def _own_subject(text: str, cstart: int, mstart: int) -> str:
    """The clause's subject: what stands before its modal after any fronted condition ("Where ..., the bureau")."""
    return re.split(r"[,;]\s+", text[cstart:mstart])[-1]


# A fronted negative adverbial that inverts subject and modal ("Under no circumstances shall X ...", "Nor may X ...")
NEGATIVE_INVERSION = re.compile(r"(?:" + P.NEGATIVE_ADVERBIALS_WS + r"|(?:and\s+)?(?:nor|neither))", re.IGNORECASE)
NP_CONTINUES = frozenset(["of", "and", "or", "in", "at", "on", "for", "with", "that", "who", "which", "whose", "from",
                          "under", "within", "engaged", "as"])


def _inverted_subject(text: str, a: int, b: int, known: Container[str]) -> tuple[int, int] | None:
    """The subject after the modal of an inverted clause ("shall kiosk operators sell ..."): the shortest run of up to
    ten words from ``a`` that names a party and is not continued by a word that goes on with a noun phrase ("of",
    "and", "that", ...); None if there is none."""
    words = list(re.finditer(r"[\w'’-]+|,", text[a:b]))[:11]
    for k in range(1, min(len(words), 11)):
        np = text[a + words[0].start() : a + words[k - 1].end()]
        nxt = words[k].group(0).lower()
        last = words[k - 1].group(0).lower()
        if nxt in NP_CONTINUES or nxt == "," or FINITE.search(np) or last in NP_CONTINUES or DETERMINERS.match(last + " "):
            continue
        if _is_party(_clean_np(np)) or _clean_np(np).lower() in known or P.PRONOUN.match(np):
            # (a pronoun, "..., nor may it charge ...": the party it stands for, resolved as any pronoun subject)
            return a + words[0].start(), a + words[k - 1].end()
    # "Under no circumstances shall the logs be destroyed": the subject of an inverted passive runs to its "be"
    passive = re.match(r"\s*((?:[\w'’-]+\s+){1,8}?)be\s+\w+(?:ed|en)\b", text[a:b])
    if passive and not FINITE.search(passive.group(1)):
        return a + passive.start(1), a + passive.start(1) + len(passive.group(1).rstrip())
    return None


# "The bureau is responsible for supervising kiosks and shall ...": a subject, a finite verb phrase, then "and" before
# the modal
VP_BEFORE_AND = re.compile(r"^(?P<np>[^,;:()]{2,120}?)\s+(?:is|are|has|have|was|were)\s+[^;:]{1,200}?,?\s+(?:and|but)$",
                           re.IGNORECASE)


def _announces_quotation(u: Unit) -> bool:
    """Whether a unit ends by announcing a quotation in the next paragraph ("Article 6 of the X Measures is amended
    to read:")."""
    return any(q.group("open") is None for q in P.QUOTED_PROVISION.finditer(u.clean.text))


def _quotation_left_open(text: str, announced: bool, continued: str | None) -> str | None:
    """The closing mark still awaited after this paragraph: a quotation announced before it (or continued into
    it) that it does not close runs on into the next paragraph."""
    if continued:
        return continued if text.find(continued) < 0 else None
    lead = len(text) - len(text.lstrip())
    if announced and text[lead : lead + 1] in P.QUOTE_CLOSE:
        mark = P.QUOTE_CLOSE[text[lead]]
        return mark if text.find(mark, lead + 1) < 0 else None
    return None


def _quotations(text: str, announced: bool = False, continued: str | None = None) -> list[tuple[int, int]]:
    """Spans of provisions quoted after a verb of saying ('Article 25 of the X Law provides: "..."'): their
    modals are the quoted text's rules, reported as such, never duties of the text that quotes them. A paragraph
    that opens with a quotation mark after a paragraph announcing one ("... is amended to read:") is the quotation
    (to its closing mark, or to its end when the mark closes a later paragraph); a paragraph inside such a
    quotation is quoted up to the mark that closes it (``continued``)."""
    if continued:
        close = text.find(continued)
        return [(0, close if close >= 0 else len(text))]
    if not any(mark in text for mark in P.QUOTE_CLOSE):
        return []
    spans = []
    lead = len(text) - len(text.lstrip())
    if announced and text[lead : lead + 1] in P.QUOTE_CLOSE:
        close = text.find(P.QUOTE_CLOSE[text[lead]], lead + 1)
        spans.append((lead + 1, close if close >= 0 else len(text)))
    for q in P.QUOTED_PROVISION.finditer(text):
        if q.group("open") is None:
            continue  # announced at the end of the paragraph: the quotation is the next unit's
        close = text.find(P.QUOTE_CLOSE[q.group("open")], q.end())
        if close >= 0:
            spans.append((q.end(), close))
    return spans


# A circumstance set off by commas between the marker and the verb ("shall, when selecting products, check",
# "may, where necessary, interview"): the condition (guide 3.2); other adverbials there stay in the action.
# ((probe19b) and the phrases of leave set off so (guide 1.5): "may not, without approval by the competent authorities,
# participate", "shall, on the demand of the consumers, be responsible for")
CIRCUMSTANCE_AFTER_MODAL = re.compile(r"\s*,\s*(?P<c>(?:when|where|if|whenever|before|after|upon|once|while|unless|"
                                      r"without\s+(?:the\s+|prior\s+|its\s+|their\s+)?(?:approval|permission|consent|"
                                      r"authori[sz]ation|licen[cs]e|leave)|on\s+(?:the\s+)?(?:demand|request)\s+of|"
                                      # (session 13, cond14) the other subordinators of time and proviso
                                      r"as\s+soon\s+as|(?:so|as)\s+long\s+as|provided\s+that|in\s+case|"
                                      r"in\s+case\s+of|in\s+the\s+event\s+(?:of|that))\b[^,;:]*?)\s*,\s*(?=\w)",
                                      re.IGNORECASE)

# (Session 16, probe22) the rest of a temporal circumstance, to the clause's end: no comma, save those of an exemplifying
# list after "such as" ("... when receiving tourists such as the elderly, minors and the disabled"), which separate the
# examples, not a new phrase; a comma before "and" / "or" may open a coordinated verb phrase, so the list never runs past
# one. ((codereview20) the words before the list never pass a "such as": the list opens at the first one, as a later
# one lies inside its first example anyway; opened at each "such as" in turn, the list was re-read from each, quadratic)
_CIRCUMSTANCE_REST = r"(?:(?!\bsuch\s+as\s)[^;:,])*(?:\bsuch\s+as\s[^;:,]*(?:,\s+(?!(?:and|or|then)\b)[^;:,]*)*)?"

# (session 17, obl23) the comma inside a citation of a provision ("Article 5, paragraph 2", "Article 4, item 3")
REFERENCE_COMMA = re.compile(r"(?<=\d),(?=\s+(?:paragraph|subparagraph|item|point|clause)\s+(?:\d|\(|[a-z]+\b))",
                             re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _citation_commas_masked(text: str) -> str:
    """``text`` with each citation's comma (REFERENCE_COMMA) replaced by "\x01", position for position. Cached: the
    clauses of one paragraph share its text, and masking it again for each clause was quadratic in a paragraph of
    many clauses (a string's hash is kept, so the lookup is not another pass)."""
    return REFERENCE_COMMA.sub("\x01", text) if "," in text else text

# A circumstance or exception after the action ("..., except where ...", "... unless otherwise provided by law",
# "..., if they find that ...", "... if any other provisions so provide"); "only if / only when" stays in the action,
# since cutting it off would reverse the sense (guide 2).
TRAILING_CIRCUMSTANCE = re.compile(
    # ((probe19b) "..., with the exception of those approved by the State Council": an exception as "except" is)
    r"(?:,\s*|\s+)(?<!\bonly\s)(?P<c>(?:except|unless|provided\s+that|save\s+where|save\s+as|"
    r"(?<=,\s)with\s+the\s+exception\s+of|"
    # (session 11) "..., on condition that the disposal is recorded" (as "provided that"); "..., save in the presence of
    # a colleague" ("save" after a comma is "except", not the verb)
    r"on\s+condition\s+that|(?<=,\s)save\s+(?:in|with|for|on|by|after|upon|during|at)(?=\s)|"
    # (session 13, cond14) "so long as / as long as S" is a proviso as "provided that" is; ", subject to N" after the
    # action too (set off by a comma: "shall be subject to consent" is the action)
    r"(?:so|as)\s+long\s+as|(?<=,\s)subject\s+to)\b[^;:]*)$"
    # (", if any": a reservation on the noun before, no circumstance)
    r"|,\s*(?P<w>(?!if\s+any\s*$)(?:if|where|when|whenever|once|in\s+case\s+of|in\s+the\s+event\s+(?:of|that))\s[^;:]*)$"
    # (session 13) "in the event of N", "in case of N" with no comma: a circumstance, not the act's time or manner (1.5)
    # (not after a noun the phrase modifies: "emergency plans in case of fire", "a pump for use in case of drought")
    r"|(?<!\bplan)(?<!\bplans)(?<!\bmeasures)(?<!\bprocedures)(?<!\barrangements)(?<!\buse)(?<!\bfund)(?<!\bfunds)"
    r"(?<!\breserve)(?<!\breserves)(?<!\bsupplies)(?<!\bequipment)(?<!\bkit)(?<!\bkits)"
    r"\s+(?P<e>in\s+(?:case|the\s+event)\s+of\s[^;:,]*)$"
    # (session 13) a reduced clause with no verb: "where (if, when) necessary / appropriate / possible", "when (while)
    # in use / on duty / not in use": the circumstance of the act, as the reduced temporal clauses (guide 1.3)
    r"|(?<!\bonly)\s+(?P<v>(?:where|when|whenever)\s+(?:necessary|appropriate|applicable|possible|practicable|"
    r"feasible|required|needed|in\s+doubt)|(?:where|when|whenever|unless)\s+so\s+(?:required|requested|instructed|"
    r"directed|ordered|agreed|provided|authori[sz]ed)\b[^;:,]*|(?:when|while|whenever)\s+(?:not\s+)?(?:in|on|at|off|under)\s+"
    r"(?:use|duty|service|operation|session|board|watch|patrol|call|shift|site|the\s+site)"
    r"|(?:when|once|while)\s+not\s+(?:being\s+)?[a-z]+ed\b[^;:,]*)$"
    r"|(?<![,\s]only)(?<!\bwhether)(?<!\bdetermine)(?<!\bverify)(?<!\bcheck)(?<!\bask)\s+(?P<i>if\s(?!any\s*(?:,|$))[^;:]*)$"
    r"|\s+(?P<x>where\s+(?:it|there)\s+(?:is|are)\b[^;:]*)$"
    # a "where" clause with its own subject closing the clause, no comma before it ("... may be extended by ten days where
    # the booking is unpaid"): the circumstance; after a noun of place, institution or case it is relative ("the
    # harbour bureau of the place where the boat is moored", "the tourism bureau where the hostel is located")
    r"|\s(?=where\s)(?<!\bplace\s)(?<!\bplaces\s)(?<!\barea\s)(?<!\bareas\s)(?<!\bsite\s)(?<!\bsites\s)"
    r"(?<!\bpremises\s)(?<!\blocation\s)(?<!\blocations\s)(?<!\blocality\s)(?<!\blocalities\s)(?<!\bregion\s)"
    r"(?<!\bregions\s)(?<!\bcountry\s)(?<!\bcountries\s)(?<!\bcity\s)(?<!\bcities\s)(?<!\bcounty\s)"
    r"(?<!\bcounties\s)(?<!\bprovince\s)(?<!\bprovinces\s)(?<!\bjurisdiction\s)(?<!\bdepartment\s)"
    r"(?<!\bdepartments\s)(?<!\bbureau\s)(?<!\bbureaus\s)(?<!\borgan\s)(?<!\borgans\s)(?<!\boffice\s)"
    r"(?<!\boffices\s)(?<!\bcourt\s)(?<!\bcourts\s)(?<!\bunit\s)(?<!\bunits\s)(?<!\bcase\s)(?<!\bcases\s)"
    r"(?<!\bcircumstances\s)(?<!\bsituation\s)(?<!\bsituations\s)(?<!\bpoint\s)(?<!\bextent\s)(?<!\bstage\s)"
    r"(?<!\bonly\s)(?<!\bexcept\s)(?<!\bjust\s)"
    # (a bare "laws / regulations / rules" as its subject too: "where laws or regulations require confidentiality")
    r"(?P<y>where\s+(?:(?:the|a|an|its|their|his|her|such|any|no|laws|regulations|rules)\s[^;:,]*"
    # (session 13) a bare noun subject with its verb ("where cracks or open water appear", "where knots are found")
    r"|(?!(?:the|a|an|it|there|necessary|appropriate|applicable|possible)\b)[a-z]+(?:\s+(?:or|and)\s+[a-z]+)?"
    r"(?:\s+[a-z]+)?\s+(?:appears?|occurs?|exists?|arises?|is|are|has|have|remains?|persists?)\b[^;:,]*))$"
    # "... may suspend its use in any of the following circumstances:": the items are when the clause applies
    r"|,?\s+(?P<f>(?:in|under)\s+(?:any|either|one|each|all)\s+of\s+the\s+following\s+(?:circumstances|cases|"
    r"situations|events|conditions))\s*$"
    # a reduced temporal clause ("... encrypted when stored and transmitted", "... deleted once collected") and a
    # temporal "once" clause ("... de-identified once the period expires"; not "at once")
    r"|(?<!\bonly)\s+(?P<r>(?:when|once|while|after|until)\s+(?:being\s+)?[a-z]+ed\b[^;:,]*)$"
    # and a reduced "when" clause with a gerund-participle ("... check each cabin door when loading passengers", "... wear a
    # helmet whenever riding"): the circumstance under which the act is due (guide 1.3); "before / after doing" stays in
    # the action (guide 1.5), and a noun of time before "when" makes it relative ("the time when processing began")
    r"|\s(?=when|while)(?<!\btime\s)(?<!\btimes\s)(?<!\bdate\s)(?<!\bperiod\s)(?<!\bmoment\s)(?<!\bday\s)(?<!\bhour\s)"
    r"(?<!\byear\s)(?<!\bonly\s)(?<!\bjust\s)(?<!\bexcept\s)"
    # (Session 16, probe22) the commas of an exemplifying list after "such as" stay inside the clause (_CIRCUMSTANCE_REST)
    r"(?P<g>(?:when|whenever|while)\s+(?-i:[a-z]{2,}ing)\b(?<!\bthing)" + _CIRCUMSTANCE_REST + r")$"
    # ("once a year", "once every two years": a frequency, not a circumstance; session 14: a pronoun subject too, as
    # after "when", "once they are worn")
    r"|(?<!\bat)\s+(?P<o>once\s+(?!(?:a|an|every|each|per)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|quarters?|"
    r"hours?|half-years?)\b)(?:the|a|an|its|their|such|it|they|he|she)\s[^;:,]*)$"
    # a temporal "when" clause with its own subject closing the clause ("... report within 24 hours when a student is
    # harmed"); not the relative "when" after a noun of time ("record the time when the data was collected")
    r"|\s(?=(?:when|whenever|while|as\s+soon\s+as)\s)(?<!\btime\s)(?<!\btimes\s)(?<!\bdate\s)(?<!\bperiod\s)(?<!\bmoment\s)"
    r"(?<!\bday\s)(?<!\bhour\s)(?<!\byear\s)(?<!\bcase\s)(?<!\bcases\s)(?<!\bcircumstances\s)(?<!\bonly\s)(?<!\bjust\s)"
    r"(?<!\bexcept\s)(?P<n>(?:when|whenever)\s+(?:(?:the|a|an|its|their|such|any|it|they|he|she)\s|"
    # (session 13) a bare plural subject with its verb ("when thunderstorms are forecast"), as after "while"
    r"[a-z]+s\s+(?:are|were|have|remain|stay)\b)" + _CIRCUMSTANCE_REST +
    # (session 11) "while" and "as soon as" with a subject of their own are temporal as "when" is ("... leave their posts
    # while a performance is in progress", "... stop playing as soon as the manager so instructs"); a bare plural
    # subject counts when its verb follows ("while vehicles are passing")
    r"|(?:while|as\s+soon\s+as)\s+(?:(?:the|a|an|its|their|such|any|it|they|he|she)\s|"
    r"[a-z]+s\s+(?:are|were|have|remain|stay)\b)[^;:,]*)$",
    re.IGNORECASE)



def search_trailing_circumstance(text: str, a: int, b: int) -> re.Match[str] | None:
    """``TRAILING_CIRCUMSTANCE.search(text, a, b)``, started after the last ";" or ":" of the window: every alternative
    runs to ``b`` and reads neither, so no match starts before one. (Session 17, bounds21: searched from ``a``, each
    opener before such a stop read its clause to the stop and failed there, quadratic in the openers.)"""
    stop = max(text.rfind(";", a, b), text.rfind(":", a, b))
    return TRAILING_CIRCUMSTANCE.search(text, max(a, stop + 1), b)

def _circumstance_after_modal(c: _Clause) -> None:
    text = c.unit.clean.text
    m = CIRCUMSTANCE_AFTER_MODAL.match(text, c.modal.end(), c.end)
    if m:
        c.condition = (m.start("c"), m.end("c"))
        c.action_at = m.end()
        if not re.search(r"\bto$", c.modal.group(0)):
            # (Session 13, obl15) "is permitted (within its rights), where ..., to end X": the infinitive's "to" after
            # the circumstance belongs to the marker, not to the action
            to = re.match(r"to\s+(?=[a-z])", text[c.action_at : c.end])
            if to:
                c.action_at += to.end()


# (Session 13, cond14) "where" that ends a place: after a locative phrase ("store the logs in a yard where no one
# lives") or the object of a verb of placing ("placing warning signs where the ice is thin") it says where, not when
# (review14) The locative phrase names a place: not one of time or manner ("report in a timely manner where a leak is
# found", "inform them at the same time where", "within the time limit where": the "where" clause is the condition).
# The verb of placing is a whole word ("post", not "postpone"; "mount", not "mountain").
_NOT_PLACE = (r"(?<!\bmanner)(?<!\bway)(?<!\btime)(?<!\btimes)(?<!\bperiod)(?<!\blimit)(?<!\bmoment)(?<!\bmeantime)"
              r"(?<!\bform)(?<!\bcourse)(?<!\bprocess)(?<!\bstage)(?<!\bdeadline)(?<!\bterm)(?<!\brequest)")
LOCATIVE_BEFORE_WHERE = re.compile(r"(?:\b(?:in|at|into|inside|near|within)\s+(?:the|a|an|any|each|every|its|their|his|"
                                   r"her|this|that)\s+(?:[\w'-]+\s+){0,2}[\w'-]+" + _NOT_PLACE + r"|"
                                   r"\b(?:plac(?:e|es|ed|ing)|post(?:s|ed|ing)?|put(?:s|ting)?|install(?:s|ed|ing)?|"
                                   r"erect(?:s|ed|ing)?|mount(?:s|ed|ing)?|position(?:s|ed|ing)?|locat(?:e|es|ed|ing)|"
                                   r"stack(?:s|ed|ing)?|moor(?:s|ed|ing)?|dump(?:s|ed|ing)?)\s+(?:[\w'-]+\s+){0,3}[\w'-]+)"
                                   r"\s*$", re.IGNORECASE)
# (review14) "while ensuring / protecting / maintaining X" after the action is a second aim the party must secure as it
# acts ("improve efficiency while ensuring the safety of the food"), not the circumstance "while skiing" restricts the
# duty to: a verb of securing, heeding or bettering opens no condition ("ensure food safety while improving efficiency",
# "operate the mill while avoiding noise at night"); not a verb of an activity as well ("while maintaining the machine",
# "while observing birds", "while keeping bees": the condition)
CONCOMITANT_WHILE = re.compile(r"while\s+(?:also\s+)?(?:ensur|guarantee|safeguard|protect|respect|compl[yi]|"
                               r"tak(?:e|ing)\s+(?:into\s+account|account\s+of)|balanc|preserv|uphold|promot|"
                               r"giv(?:e|ing)\s+(?:due\s+)?(?:regard|consideration)|pay(?:ing)?\s+attention|fulfil|abid|"
                               r"conform|improv|enhanc|reduc|minimi[sz]|avoid|prevent)\w*", re.IGNORECASE)
# (review14) "keep a spare pump in case of a power cut", "take out insurance in case of accidents": after a verb of
# providing or keeping, "in case of N" gives the reason for the provision (a precaution held at all times), not a
# circumstance the duty waits for; "in the event of N" stays the condition ("notify the bureau in the event of a leak"),
# and so does "in case of" after a verb of acting ("provide first aid in case of injury", "notify ... in case of a delay")
PRECAUTION_VERB = re.compile(r"(?:keep|kept|carry|carries|carried|stock|store|hold|have|has|maintain|prepare|"
                             r"reserve|set\s+aside|take\s+out|buy|purchase|install|equip|insure|procure)"
                             r"(?:s|ed|ing)?\b", re.IGNORECASE)

# (Session 14, calls17) a content or result clause inside the action: "so that S", "in such a way that S", "ensure (make
# sure, see to it, guarantee) that S". A "when / whenever / while / where / if / once / as soon as" clause after it, with
# no comma, closes the lowest clause open, the complement ("design the lift so that it stops whenever a door is opened":
# the lift must be built to stop then; "ensure that the gangway is raised once the last passenger has boarded": what
# is to be ensured), as English attaches a trailing adverbial to the nearest verb; it is part of the action, not the
# condition of the duty. A comma before the subordinator, or a coordinated conjunct after the complement (", and V",
# ";"), closes the complement, and the rules of guide 3.2 apply again. The subordinators are told apart by the groups
# of TRAILING_CIRCUMSTANCE that open with no comma (every temporal, conditional and locative one alike).
COMPLEMENT_OPENER = re.compile(r"\b(?:so|such)\s+that\b|\bin\s+such\s+a\s+(?:way|manner)\s+that\b|"
                               r"\b(?:ensur(?:e|es|ed|ing)|guarantee(?:s|d)?|guaranteeing|(?:make|makes|made|making)\s+"
                               r"sure|(?:see|sees|seeing|saw)\s+to\s+it)\s+that\b", re.IGNORECASE)
COMPLEMENT_CLOSED = re.compile(r";|,\s*(?:and|or|but)\s", re.IGNORECASE)
_SUBORDINATOR_GROUPS = ("i", "x", "y", "r", "g", "o", "n", "v")


def _inside_complement(text: str, a: int, at: int) -> bool:
    """Whether the subordinate clause at ``at`` (no comma before it) closes a "so that" / "ensure that" complement
    opened in the action ``text[a:at]`` and not closed before it."""
    ends = [m.end() for m in COMPLEMENT_OPENER.finditer(text, a, at)]
    return bool(ends) and not COMPLEMENT_CLOSED.search(text, ends[-1], at)


def _trailing_circumstance(c: _Clause, second: bool = False, item: bool = False) -> None:
    """An exception or circumstance that closes the clause is its condition, not its action (``second``: the clause
    has a condition before its action already; this one is the condition's second part, guide 3.2; ``item``: an item
    under a lead-in, where only a circumstance with a subject of its own or an exception is cut off: a reduced clause
    there, "when processing data", may belong to a phrase inside a long item)."""
    text = c.unit.clean.text
    a = c.action_at if c.action_at is not None else c.modal.end()
    b = c.end
    while b > a and text[b - 1] in " ;.,:；：。，":
        b -= 1
    if c.unit.paragraph.items and a < len(c.unit.paragraph.intro) <= b:
        return  # the clause runs into its items
    # (session 17, obl23) the comma of a reference ("when a skywalk is closed under Article 5, paragraph 2 after ...")
    # joins the parts of one citation and opens no phrase: masked, position for position, before the search
    m = search_trailing_circumstance(_citation_commas_masked(text), a, b)
    if not m:
        return
    g = next(x for x in ("c", "w", "e", "v", "i", "x", "y", "r", "g", "o", "n", "f") if m.group(x))
    if item and g in ("i", "r", "g", "f") and not (
            # (session 13, cond14) an "if" clause with a subject of its own closes the item as it closes a clause
            g == "i" and re.match(r"if\s+(?:the|a|an|its|their|such|any|it|they|he|she)\s", m.group(g), re.IGNORECASE)):
        return
    if m.start(g) - a < 8:
        return  # nothing would be left of the action
    if re.search(r",\s+which\s+(?:shall|will|may|must|is\s+to|are\s+to)\b", text[a : m.start()], re.IGNORECASE):
        return  # (probe19b) "formulate rules, which shall go into effect after being approved": the relative clause's
    if g in ("x", "y") and LOCATIVE_BEFORE_WHERE.search(text, max(a, m.start() - 80), m.start()):
        return  # "a yard where no one lives": a relative clause of place
    if g == "g" and CONCOMITANT_WHILE.match(m.group(g)):
        return  # "while ensuring the safety of the food": a second aim, part of the action
    if g in ("e", "w") and re.match(r"in\s+case\s+of\b", m.group(g), re.IGNORECASE) \
            and PRECAUTION_VERB.match(text, a + len(text[a:b]) - len(text[a:b].lstrip())):
        return  # "keep a spare generator on site in case of a power cut": a precaution, the duty holds at all times
    if g == "c" and re.match(r"(?:so|as)\s+long\s+as", m.group(g), re.IGNORECASE) \
            and re.search(r"\b(?:for|at\s+least|only)\s*$", text[a : m.start(g)], re.IGNORECASE):
        return  # "keep the logbook for as long as the vessel is in service": a duration, the act's time (guide 1.5)
    if g in _SUBORDINATOR_GROUPS and _inside_complement(text, a, m.start()):
        return  # "design the lift so that it stops whenever a door is opened": the complement's clause, the action
    if g == "f" and (c.passive or _agentless(c)):
        return  # "Voice data is not allowed to be collected in any of the following situations": the whole clause
    if second:
        c.condition_after = (m.start(g), m.end(g))
    else:
        c.condition = (m.start(g), m.end(g))
    c.action_end = m.start()


EXEMPTION_NOT = P.EXEMPTION_NOT
# (after a preposition, "that" is a demonstrative determiner, no complementizer: "the agencies established by that
# department shall")
THAT_CLAUSE = re.compile(r"(?<=\w)(?:\s+(?:which|whom)|(?<!\bby)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bfor)(?<!\bwith)"
                         r"(?<!\bfrom)(?<!\bunder)\s+that)\s+"
                         # (a verb right after "that" makes it the relative pronoun subject: "operators that are registered
                         # and parcel users shall")
                         r"(?!(?:is|are|was|were|has|have|had)\s)(?P<np>(?:[\w'/-]+\s+){1,8})$")
# Nouns that say only that a party is an organisation of some kind: alone they name no party of a text, so a
# restrictive relative clause or participle after them is the party's name ("entities that operate platforms")
GENERAL_PARTY_NOUNS = frozenset(["entity", "organization", "organisation", "enterprise", "unit", "institution",
                                 "company", "firm", "body"])
NAMING_MODIFIER = re.compile(r"(?:that|who|which)\s+(?!is\b|are\b|was\b|were\b|has\b|have\b)[a-z]+|engaged\s+in\s",
                             re.IGNORECASE)


def _named_by_modifier(subject: str, pm: int) -> bool:
    """Whether the post-modifier at ``pm`` is the name of the last party of ``subject``, not a condition: a
    relative clause with a verb of its own, or "engaged in" (another participle, "entities running kiosks", is left
    a condition), after a bare general noun ("entities", "enterprises",
    "an entity"; not "any entity", "relevant entities", "platform enterprises", nor "the body that receives the
    application", a definite mention of a party named before), and running to the end of the subject."""
    tail = subject[pm:]
    if not NAMING_MODIFIER.match(tail) or re.search(r"[;:()]", tail) or COORDINATED_AFTER_MODIFIER.search(tail):
        return False  # (commas of a verb list may stay: "entities that collect, store or use data")
    last = CONJ_SPLIT.split(subject[:pm].rstrip(" ,"))[-1].strip()
    words = re.sub(r"^an?\s+", "", last, flags=re.IGNORECASE).split()
    return len(words) == 1 and singular(words[0].lower()) in GENERAL_PARTY_NOUNS


# the nouns of the universal bearer ("any organization or individual"): "or" between them is no list of parties
UNIVERSAL_HEADS = frozenset(["organization", "organisation", "individual", "person", "entity", "unit", "citizen", "body",
                             "one"])
# a participle whose agent is a pronoun for the party named before it ("entrusted by them", "employed by it")
BACK_POINTING = re.compile(r"(?:established|set\s+up|designated|appointed|authori[sz]ed|entrusted|commissioned|hired|"
                           r"engaged|employed)\s+by\s+(?:them|it|him|her)", re.IGNORECASE)
# "A, B and other C": the last kind C, of which the others are examples
# ((bounds20) the first name ends at a word or is one character, as OF_COMPLEMENT_COORDINATION's: the same match, linear)
OTHER_KIND = re.compile(r"^(?P<a>.|.+?(?<!\s))\s+and\s+other\s+(?P<b>.+)$", re.IGNORECASE)


def _folded_name(np: str) -> set[str]:
    """A party named by a relative clause in one form for its singular and plural mentions ("entities that operate
    platforms", "an entity that operates a platform" -> "entity that operate platform"); empty for other names."""
    words = np.lower().split()
    if not any(w in ("that", "who", "which", "engaged") for w in words[1:]):
        return set()
    return {" ".join(singular(w) for w in words if w not in ("a", "an", "the"))}


COLONS = (":", "：")  # the full-width colon of a text pasted from a Chinese source ends a lead-in as ":" does


def _colon(text: str, start: int, end: int) -> int:
    """The first colon (ASCII or full-width) in ``text[start:end]``, or -1."""
    found = [k for k in (text.find(c, start, end) for c in COLONS) if k >= 0]
    return min(found) if found else -1


NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|age|ure|ery|ics)$")


def _relative_subject(antecedent: str, np: str, known: Container[str]) -> bool:
    """Whether "<party> that <np>" is a relative clause whose pronoun is the subject and whose verb has a party as
    its object ("Entities that operate display platforms shall", "Firms that employ couriers shall"), not a clause
    with a subject of its own ("the rules that platform operators shall follow"): the antecedent names a party,
    the first word after "that" is no noun of a party's name, and the rest is the verb's object."""
    words = np.split()
    if len(words) < 2 or not re.fullmatch(r"[a-z]+", words[0]) or NOUN_SUFFIX.search(words[0]):
        return False
    first = singular(words[0])
    if first in PARTY_NOUNS or agent_noun(first) or first in STOP_MODIFIERS:
        return False
    ante = _clean_np(antecedent)
    head = ante.split()[-1].lower() if ante.split() else ""
    return bool(head) and (party_rule(singular(head)) is not None or ante.lower() in known) \
        and _subject_like(" ".join(words[1:]), known)


SENTENCE_ADVERB = re.compile(r"^(?:additionally|also|further|furthermore|moreover|meanwhile|however|likewise|similarly|"
                             # (session 10) "alternatively, he or she may opt to": a connective, no circumstance
                             r"alternatively|instead|in[ ]addition|at[ ]the[ ]same[ ]time)$", re.IGNORECASE)


# Verbs that say what a document holds: only a text "specifies", "sets out" or "contains" something.
CONTENT_VERB = re.compile(r"\s*(?:also\s+|clearly\s+|expressly\s+)?(?:specify|state|set\s+out|set\s+forth|contain|include|"
                          r"list|describe|stipulate|clarify|indicate|record|define|detail|cover)\b", re.IGNORECASE)


def _document_relative(text: str, start: int, pronoun: int, modal: re.Match[str]) -> bool:
    """Whether "..., which shall <specify / set out / contain ...>" is said of a document named before the comma
    ("sign a cooperation agreement with the operator, which shall specify ..."): the relative pronoun is "which",
    the verb is one of content, and the noun phrase before the comma has a head that is no party."""
    if text[pronoun : pronoun + 5].lower() != "which" or not CONTENT_VERB.match(text, modal.end()):
        return False
    if _modality(modal) not in ("obligation", "prohibition"):
        return False
    before = text[start:pronoun].rstrip()
    if not before.endswith(","):
        return False
    chunk = before[:-1]
    cut = max(chunk.rfind("; "), chunk.rfind(": "), chunk.rfind(", "))
    det = re.search(r"\b(?:a|an|the|its|their)\s+(?P<np>[\w' -]+)$", chunk[cut + 1 :], re.IGNORECASE)
    if det is None:
        return False
    np = _clean_np(det.group("np"))
    return bool(np) and not _is_party(np) and _head(np) not in GENERIC_HEADS


def _party_antecedent(text: str, start: int, pronoun: int) -> tuple[int, int] | None:
    """The party a non-restrictive relative clause ("..., who shall supervise ...", "..., which shall notify ...")
    is about: the noun phrase before the comma, from its determiner; None if it names no party."""
    before = text[start:pronoun].rstrip()
    if not before.endswith(","):
        return None  # a restrictive relative ("the norms that providers should meet") describes, never binds
    end = start + len(before) - 1
    chunk = text[start:end]
    # "... shall be ensured by A and by B (hereinafter "C"), which shall each ...": the agents of the passive before
    by = list(re.finditer(r"\bbe\s+(?:\w+ly\s+)?\w+\s+by\s+(?=[a-z])", chunk, re.IGNORECASE))
    if by and re.search(r"\b(?:each|both|respectively|jointly)\b", text[pronoun : pronoun + 40]):
        a = start + by[-1].end()
        np = _clean_np(re.sub(r"(\s+(?:and|or)\s+|,\s+)by\s+", r"\1", text[a:end]))
        if _party_segments(np, lambda x: _is_party(_clean_np(x)), strict=True):
            return (a, end)
    cut = max(chunk.rfind("; "), chunk.rfind(": "), chunk.rfind(", "))
    for det in reversed(list(re.finditer(r"\b(?:a|an|the)\s", chunk[cut + 1 :], re.IGNORECASE))):
        a = start + cut + 1 + det.start()
        np = _clean_np(text[a:end])
        pm = _postmodifier(np, set())
        head_np = np[:pm].rstrip(" ,") if pm is not None else np
        if head_np and _is_party(head_np) and not _inner_determiner(head_np):
            of = re.search(r"\s+of\s+(?:the\s+)?(?=\S)", np)
            if (of and text[pronoun : pronoun + 5].lower() == "which" and _head(np) in HUMAN_NOUNS
                    and _is_party(np[of.end() :])):
                # "the responsible persons of the platforms, which shall ...": "which" is not said of persons; it
                # points to the body they belong to
                b = text.find(np[of.end() :], a, end)
                if b >= 0:
                    return (b, end)
            return (a, end)
    return None


HUMAN_NOUNS = frozenset(["person", "personnel", "individual", "staff", "member", "people", "officer", "representative",
                         "employee", "worker", "official", "citizen", "head", "leader", "manager"])


# (session 17, obl23) a remit stated with no modal (guide 1.11 b: no entry of its own) and a duty coordinated after it
# with a pronoun subject: "The Transport Bureau is in charge of the filing of operators, and it shall publish the
# list", "The township offices are responsible for the daily checks, and they are to report ...". The pronoun's
# antecedent is the remit's subject (the subject of the first conjunct), when the number agrees.
REMIT_THEN_PRONOUN = re.compile(r"(?:^|[.;:]\s+)(?P<np>(?:the\s+)?[A-Za-z][^,;:.()]{1,100}?)\s+(?P<be>is|are)\s+"
                                r"(?:(?:also|mainly|chiefly|primarily)\s+)?(?:in\s+charge\s+of|responsible\s+for|"
                                r"charged\s+with)\s[^;:.]*?,\s+and\s+$", re.IGNORECASE)


def _remit_antecedent(before: str, plural: bool, res: _Resolver) -> list[str]:
    """The party whose remit (no modal) opens the sentence that ", and it shall ..." continues, or none."""
    m = REMIT_THEN_PRONOUN.search(before[-400:])
    if m is None or (m.group("be").lower() == "are") != plural:
        return []
    np = m.group("np")
    if not _is_party(_clean_np(np)):
        return []
    key = res.resolve(_clean_np(np), [np]) or res.register_subject(np, None)
    return [key] if key else []


def _prepositional_lead(local: str, known: Container[str]) -> bool:
    """Whether a clause that opens with "after", "before" or "upon" and no comma opens with a prepositional phrase, not
    a subordinate clause: "After each trip the driver is to clean the car", "Before each screening the team must ...".
    The opener's object is a short noun phrase with no verb of its own, and a party follows it."""
    m = P.PREPOSITIONAL_LEAD.match(local)
    return m is not None and _subject_like(local[m.end() :], known) and not _inner_determiner(_clean_np(local[m.end() :]))


def _subject_cut(lead: str, known: Container[str]) -> int | None:
    """Where the subject starts in the text before a modal: after any leading adverbial.

    The subject is the first stretch after a comma (or the whole) that reads as a noun phrase naming
    parties; a stretch opening with a preposition, subordinator or infinitive is an adverbial."""
    cuts = [0]
    depth = 0
    for k, ch in enumerate(lead):
        depth += ch in "([（"
        depth -= ch in ")]）"
        if ch == "," and depth <= 0 and lead[k + 1 : k + 2] == " ":
            conj = re.match(r"(?:and|or|but|while)\s+", lead[k + 2 :])
            cuts.append(k + 2 + (conj.end() if conj else 0))
    opener = P.LEAD_ADVERBIAL.match(lead)
    for cut in cuts:
        if cut == 0 and opener:
            continue
        if _subject_like(lead[cut:], known):
            if len(cuts) > 1 and cut == cuts[1] and not opener and _list_conjunct(lead[:cut].rstrip(" ,")) \
                    and not P.CONDITION_OPENER.match(lead) and re.search(r"\s(?:and|or)\s", lead[cut:]) \
                    and _is_party(_clean_np(re.split(r",\s+|\s+(?:and|or)\s+", lead[cut:])[0])):
                # "Tour guides, drivers and ticket sellers shall": a plain plural noun phrase before the comma of a
                # list of parties is the list's first conjunct, not an adverbial
                return 0
            return cut
    if opener and len(cuts) == 1:
        # "In the security assessment the relevant departments shall": no comma after the adverbial; the subject
        # starts at a determiner after it
        for m in re.finditer(r"\s(?=(?:the|a|an|any|all)\s)", lead, re.IGNORECASE):
            rest = lead[m.end() :]
            if _subject_like(rest, known) and not _inner_determiner(_clean_np(rest)):
                return m.end()
    return None


# a defined thing's genus with a participle and its agent: "data collected or generated ... by X (hereinafter Y)"
MADE_BY = re.compile(r"^(?:[\w-]+\s+){0,4}?[\w-]+\s+(?:that\s+(?:is|are)\s+)?(?:\w+ed|made|kept|held)(?:\s+(?:or|and)\s+\w+ed)?\b"
                     r"[^()]*?\bby\s+(?P<np>[^()]+?)\s*(?:\((?:hereinafter\s+)?(?:collectively\s+|jointly\s+)?"
                     r"(?:referred\s+to\s+as|called)\s+(?P<alias>[^()]+?)\))?\s*$", re.IGNORECASE)


# the same in the active voice: a relative clause whose subject is the party ("the names and photographs of guests
# that hotels collect", "records which the operator keeps in the course of its business")
MADE_BY_RELATIVE = re.compile(r"\b(?:that|which)\s+(?P<np>(?:the\s+)?(?:[\w'-]+\s+){0,5}?[\w'-]+?)\s+(?:collect|hold|"
                              r"keep|generate|produce|obtain|gather|store|process|handle|record|create|compile|make|"
                              r"acquire|receive)s?\b[^()]*$", re.IGNORECASE)


def singular_np(np: str) -> str:
    """A noun phrase with its last word singular, lower case ("Public data" -> "public data")."""
    words = np.lower().split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else ""


def _made_by(p: ParsedDocument, res: _Resolver) -> dict[str, str]:
    """Things the text defines by the party that makes or holds them ("'public data' refers to data collected or
    generated ... by state organs ... and by ... (hereinafter collectively referred to as public bodies)"): the
    defined term (singular, lower case) -> that party, when the text names it as one known party."""
    out: dict[str, str] = {}
    for d in p.definitions:
        if d.kind != "article" or ACTOR_GENUS.match(d.definition) or len(d.definition) > 600:
            continue
        m = MADE_BY.match(d.definition.strip().rstrip(".;"))
        if m is None:
            rel = MADE_BY_RELATIVE.search(d.definition.strip().rstrip(".;"))
            name = rel.group("np") if rel else ""
            key = res.resolve(_clean_np(name), [name]) if name and not FINITE.search(name) else None
            if key:  # "... of guests that hotels record": the hotels' (the active voice of "recorded by hotels")
                out[singular_np(d.term)] = key
            continue
        name = m.group("alias") or re.split(r"\s+(?:on|in|for|to|with|at|from|about|during|under|within|when|where|"
                                            r"that|which|who|as)\s", m.group("np"), maxsplit=1)[0]
        name = re.sub(r"^(?:the\s+)?(?:collectively\s+|jointly\s+)?", "", name.strip())
        key = res.resolve(_clean_np(name), [name]) or res.whole(name)
        if key:
            out[singular_np(d.term)] = key
    return out


TIME_LIMIT_BEFORE = re.compile(r"(?:time\s+limits?|periods?|deadlines?)\s+(?:(?:specified|set\s+out|prescribed|"
                               r"provided\s+for|stipulated|referred\s+to|mentioned|laid\s+down)\s+)?(?:in|of|under|by)\s+"
                               r"the\s+(?:preceding|previous|foregoing)\s+paragraph", re.IGNORECASE)
TIME_LIMIT = re.compile(r"\b(?:within|no\s+later\s+than|not\s+later\s+than)\s+(?:\d+|[a-z]+(?:[\s-][a-z]+)?)\s+"
                        r"(?:working\s+|calendar\s+)?(?:days?|months?|hours?|weeks?|years?)\b", re.IGNORECASE)


def _time_limit_bearers(c: _Clause, before: list[_Clause]) -> list[str]:
    """The bearers of the duties with a time limit ("within 15 working days") in the paragraph before ``c`` in its
    article, when they are one set of parties (two sets: which limit is meant is not said)."""
    earlier = [x for x in before if x.unit.article == c.unit.article and x.unit is not c.unit
               and x.unit.paragraph.span.end <= c.unit.paragraph.span.start]
    if not earlier:
        return []
    last = earlier[-1].unit
    sets = {tuple(x.bearers) for x in earlier if x.unit is last and x.bearers
            and TIME_LIMIT.search(x.unit.clean.text, x.modal.end(), x.end)}
    return list(next(iter(sets))) if len(sets) == 1 else []


def _following_parties(c: _Clause, res: _Resolver) -> list[str]:
    """"The following entities shall register: (1) kiosk operators; (2) couriers.": the parties the items name, when
    every item of the paragraph is a party's name and nothing else (a table's rows: parse/tables.py)."""
    par = c.unit.paragraph
    if not par.items or par.table_header or c.start >= len(par.intro or ""):
        return []
    keys: list[str] = []
    for it in par.items:
        np = re.sub(r"^(?:and|or)\s+|[;,.]?\s*(?:and|or)?\s*[;,.]?$", "", it.text.strip(), flags=re.IGNORECASE).strip()
        if not np or len(np.split()) > 12 or not _is_party(_clean_np(np)) or _postmodifier(np, res.lex.known()) is not None:
            return []
        key = res.resolve(_clean_np(np), [np]) or res.register_subject(np, None)
        if key is None:
            return []
        keys.append(key)
    return list(dict.fromkeys(keys))


def _plural(np: str) -> bool:
    """Whether a subject names more than one: a coordination, or a plural head noun ("operators", "people")."""
    c = _clean_np(np).lower()
    if re.search(r",\s|\s(?:and|as well as)\s", c):
        return True
    head = _head(c)
    words = c.split()
    word = next((w for w in words if singular(w) == head), words[-1] if words else "")
    return word != singular(word) or word in ("people", "personnel", "staff", "police")


def _inner_determiner(np: str) -> bool:
    """A determiner inside a phrase not after a preposition or conjunction: two noun phrases, not one."""
    return bool(re.search(r"(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bwith)(?<!\bby)(?<!\bfrom)(?<!\bto)"
                          r"(?<!\band)(?<!\bor)(?<!\bunder)(?<!\bwithin)(?<!\boutside)\s(?:the|a|an)\s", np))


def _subject_like(text: str, known: Container[str]) -> bool:
    """Whether a stretch reads as the subject of a clause: a pronoun, "No X", or parties."""
    np = _clean_np(text)
    if not np or (P.LEAD_ADVERBIAL.match(np) and not P.PRONOUN.match(np)):
        return False
    if P.PRONOUN.match(np) or P.NEGATED_SUBJECT.match(np) or np.lower() in known:
        return True
    pm = _postmodifier(np, known)
    if pm is not None:
        np = np[:pm].rstrip(" ,")
    inner = P.INNER_ADVERBIAL.search(np)
    if inner:
        np = np[: inner.start()]
    if _shared_head(np) or _and_other_fields(np):
        return True
    ll = LEVEL_LIST.match(np)
    if ll and _is_party(_clean_np(ll.group("rest"))):
        return True

    def party(x: str) -> bool:
        c = _clean_np(x)
        return c.lower() in known or _is_party(c)

    return bool(_party_segments(np, party, strict=True))


# An identifying apposition inside a subject, up to the next coordinated conjunct or the end: "Device makers, that is,
# enterprises that design ... brands, and voice service providers, that is, entities that collect ..."
APPOSITION = re.compile(r",\s+(?:namely|that\s+is|i\.e\.|viz\.)[\s,]+(?P<np>.+?)(?=,\s+(?:and|or)\s|,?\s*$)",
                        re.IGNORECASE)


AGE_AFTER = re.compile(r"[ ,]+(?:under|over|below|above|aged)\b", re.IGNORECASE)
# the words of the document being read that stand without an age after them (singular, lower case): set per document
BARE_WORDS: ContextVar[frozenset[str]] = ContextVar("BARE_WORDS", default=frozenset())
_WORD_NO_AGE = re.compile(r"\b([A-Za-z][\w-]*)\b(?![ ,]+(?:under|over|below|above|aged)\b)")


def _bare_words(text: str) -> frozenset[str]:
    return frozenset(singular(w.lower()) for w in _WORD_NO_AGE.findall(text))


def _postmodifier(subject: str, known: Container[str]) -> int | None:
    """Offset in ``subject`` where a narrowing post-modifier starts ("that ...", "with ...", "-ing ...")."""
    appositions = [(a.start(), a.end()) for a in APPOSITION.finditer(subject)]
    for m in P.SUBJECT_POSTMODIFIER.finditer(subject):
        head = subject[: m.start()]
        if not head.strip():
            continue
        if any(a <= m.start() < b for a, b in appositions):
            continue  # "Device makers, that is, enterprises that design ...": inside an apposition, no modifier
        if head.count("(") + head.count("（") > head.count(")") + head.count("）"):
            # (Session 16, probe22) inside a bracketed aside ("The governments of all districts (including new
            # districts, parks and other institutions with X functions, the same below)"): the aside says what the
            # name covers and is dropped with it (P.SUBJECT_ASIDE); a word in it narrows nothing outside it
            continue
        if re.match(r"\s*,\s*(?:which|who)\b", subject[m.start() :]):
            continue  # a non-restrictive relative clause describes the subject, it does not narrow it
        if re.search(r"\b(?:together|jointly|along)$", head.rstrip()):
            continue  # "A, together with B,": a co-actor named in an aside (P.SUBJECT_ASIDE), not a modifier
        listed = LISTED_ING_COMPOUND.match(subject, m.start())
        if listed and _is_party(listed.group("np")):
            # (Session 15, probe19) "Advertisers, advertising agents and publishers": after a list's comma an -ing word
            # before a party noun that ends its conjunct is that noun's modifier (the next party of the list), no
            # participle narrowing the one before
            continue
        tail = subject[m.end() :]
        # "... of the State Council" is part of the name, not a modifier; -ing words inside a known name too
        if head.lower().strip() in known and not tail:
            continue
        low = _clean_np(subject).lower()
        if AGE_AFTER.match(subject, m.start()) and head.split() \
                and singular(head.split()[-1].lower()) not in BARE_WORDS.get():
            # ((Session 14, extract18) an age narrows a party the text names without it ("Climbers under fourteen
            # years of age" beside "climbers", guide 1.10: the same party as the text's other mentions); a noun the
            # text names only with its age is that party's name ("children under the age of twelve", no "children"
            # alone)
            continue
        if opens_with_name(low, known, len(_clean_np(head))):
            continue  # "departments with personal information protection duties": a name the text defines
        last = singular(head.split()[-1].lower()) if head.split() else ""
        # the modifier must follow the party noun itself ("providers that ..."), not a noun inside a
        # longer name ("departments in charge of energy metering services")
        # ("Physicians providing ...", "makers that ...": any rule of parties.py)
        if (party_rule(last) is not None and _is_party(_clean_np(head))) or _clean_np(head).lower() in known \
                or re.fullmatch(r"anyone|anybody|everyone|everybody", _clean_np(head), re.IGNORECASE):
            # ("Anyone who finds a lost card shall": as "Any person who ...", the relative clause is the condition)
            return m.end()
        of = re.fullmatch(r"(?P<p>[\w'-]+(?:\s[\w'-]+){0,3}?)\s+of\s+(?:the\s+)?[\w'-]+(?:\s[\w'-]+){0,3}",
                          _clean_np(head))
        if of and re.match(r"\s*(?:with|having)\s", subject[m.start() :]) and _is_party(of.group("p")) \
                and not FINITE.search(tail):
            # "Owners of public buildings with a floor area of ...": an attribute after the party's "of" complement
            # narrows the party, as after its head noun (a relative clause there may be part of the name: "operators
            # of platforms that provide ...")
            return m.end()
    return None


# a list's comma, an -ing word and a noun that ends its conjunct (a comma, "and", "or" or the end after it)
LISTED_ING_COMPOUND = re.compile(r",\s+(?P<np>[a-z]+ing\s+[a-z][\w-]*)(?=,|\s+(?:and|or)\s|\s*$)", re.IGNORECASE)


def _reason(statement: str) -> str:
    s = statement.lower()
    for word, why in (("repeal", "repeal"), ("abolish", "repeal"), ("cease", "repeal"), ("remain valid", "validity"),
                      ("with reference to", "application by analogy"), ("be valid", "validity"), ("protected by", "legal effect"), ("guaranteed by", "legal effect"),
                      ("safeguarded by", "legal effect"), ("determined", "how it is determined"), ("affect", "legal effect"), ("prejudice", "legal effect"), ("apply", "scope of application"), ("force", "entry into force"), ("effect", "entry into force"),
                      ("prevail", "precedence of other rules"), ("meaning", "definitions"), ("refer", "definitions"),
                      ("penal", "sanction"), ("impose", "sanction"), ("investigat", "sanction"),
                      ("punish", "sanction"), ("liab", "sanction"), ("sanction", "sanction"), ("fined", "sanction"), ("warning", "sanction"), ("interpret", "interpretation"),
                      ("construed", "interpretation"), ("understood", "interpretation")):
        if word in s:
            return why
    return "binds no one"


def _actor_definitions(defs: list[Definition]) -> list[Definition]:
    return [d for d in defs if ACTOR_GENUS.match(d.definition)]


def _serial_members(text: str) -> list[str]:
    """The members of a serial list "A, B, C and D": commas separate the members and the one coordinator of the list
    stands before its last member, so an "and" inside an earlier member is part of that member's own name
    ("development and reform, planning, housing and construction and transport" -> "development and reform",
    "planning", "housing and construction", "transport"). (Session 15, probe21)"""
    pieces = [x.strip() for x in re.split(r",\s+", text.strip()) if x.strip()]
    if not pieces:
        return []
    last = re.match(r"(?:and|or)\s+(?P<x>.+)$", pieces[-1], re.IGNORECASE)
    if last:  # a serial comma: ", and public security"
        pieces[-1] = last.group("x")
    else:
        cut = list(re.finditer(r"\s+(?:and|or)\s+", pieces[-1]))
        if cut:
            pieces[-1:] = [pieces[-1][: cut[-1].start()], pieces[-1][cut[-1].end() :]]
    return [x.strip() for x in pieces if x.strip()]


# (Session 15, probe21) "Urban planning, environmental protection, public security and other departments", "Construction,
# price, civil affairs and other administrative departments": fields set off by commas and closed by "and other" before
# one plural head; "other" takes the list's one coordinator, so every member before it is one whole field
AND_OTHER_FIELDS = re.compile(r"^(?P<lead>(?:the\s+|relevant\s+|local\s+)*)(?P<mods>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6}"
                              r"(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6})+)\s+and\s+other\s+"
                              r"(?P<adj>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][\w-]*s)(?P<post>\s+of\s+[^,;()]+)?$",
                              re.IGNORECASE)


def _and_other_fields(np: str) -> list[str] | None:
    """"A, B, C and other departments" -> A departments, B departments, C departments: each named field's body. The
    "other departments" name no body of their own (as "etc." names none) and give no bearer."""
    m = AND_OTHER_FIELDS.match(np.strip())
    if not m or party_rule(singular(m.group("head").lower())) is None:
        return None
    mods = [x.strip() for x in re.split(r",\s+", m.group("mods"))]
    if any(w.lower() in STOP_MODIFIERS for x in mods for w in x.split()) or any(_is_party(x) for x in mods):
        return None  # "Tour guides, drivers and other staff": parties of their own, not fields
    lead, adj, post = m.group("lead"), m.group("adj"), m.group("post") or ""
    return [f"{lead}{x} {adj}{m.group('head')}{post}" for x in mods]


def _shared_head(np: str) -> list[str] | None:
    """"The customs, transport and commerce departments" -> customs / transport / commerce departments."""
    m = SHARED_HEAD.match(np.strip())
    if not m or party_rule(singular(m.group("head").lower())) is None:
        return None
    pieces = re.split(r",\s+", m.group("mods"))
    last = re.match(r"(?:and|or)\s+(?P<x>.+)$", pieces[-1], re.IGNORECASE)
    if last:  # a serial comma: ", and public security"
        pieces[-1] = last.group("x")
    else:  # "A, B and C": the last "and" / "or" separates the last two
        cut = list(re.finditer(r"\s+(?:and|or)\s+", pieces[-1]))
        if not cut:
            return None
        pieces[-1:] = [pieces[-1][: cut[-1].start()], pieces[-1][cut[-1].end() :]]
    mods = [x.strip() for x in pieces if x.strip()]
    if len(mods) != len(pieces) or any(len(x.split()) > 3 and not re.search(r"\s(?:and|or)\s", x) for x in mods):
        return None
    if any(w in STOP_MODIFIERS for x in mods for w in x.lower().split()) or any(
            _is_party(x) and x.lower() != "customs" for x in mods):  # "customs departments": a field
        return None  # "Kiosk operators, couriers and parcel users": parties of their own, not modifiers
    if not last and any(re.search(r"\s(?:and|or)\s", x) for x in mods[-1:]):
        return None  # ("A, B and C and D departments": which "and" separates is not said; after a serial comma the
        # last modifier is one field: "the development and reform, finance, and science and technology departments")
    lead, post = m.group("lead"), m.group("post") or ""
    return [f"{lead}{x} {m.group('head')}{post}" for x in mods]


# "people's governments of provinces, autonomous regions and municipalities ...": a plural party head and "of" before
# a list of three or more lower-case complements set off by commas
# ((Session 15, probe20) the head may carry its own field first, "administrative bureaus of post and telecommunications
# of provinces, autonomous regions and municipalities": the list is the complement of the last "of")
HEAD_OF_LIST = re.compile(r"^(?P<head>(?:[\w'’-]+\s+){0,4}?[\w'’-]+s(?:\s+of\s+[a-z][\w'-]*(?:\s+(?:and|or)\s+[a-z][\w'-]*)?)?)"
                          r"\s+of\s+(?P<list>[a-z][^,;()]*(?:,\s+[a-z][^,;()]*)+,?"
                          r"\s+(?:and|or)\s+[a-z][^,;()]*)$")


def _shared_head_before_of(np: str) -> list[str] | None:
    """"people's governments of provinces, autonomous regions and municipalities directly under the Central
    Government" -> one party per complement, the head shared ("people's governments of provinces", ...).

    Only for a plural head that names parties and a list of three or more lower-case complements (places, levels,
    fields) none of which names a party itself: "Ministry of Science and Technology" (a proper name, two
    complements) and "the departments of science and technology" (one field or two?) stay whole."""
    m = HEAD_OF_LIST.match(np.strip())
    if not m or party_rule(singular(re.split(r"\s+of\s+", m.group("head"))[0].split()[-1].lower())) is None:
        return None
    parts = _serial_members(m.group("list"))
    if len(parts) < 3 or any(len(x.split()) > 7 or _is_party(x) or x.split()[0].lower() in STOP_MODIFIERS
                             for x in parts):
        return None
    return [f"{m.group('head')} of {x}" for x in parts]


ELLIPTIC_COMPLEMENT = re.compile(r"^(?P<head>(?:the\s+|all\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?P<p>of|at)\s+"
                                 r"(?P<a>[^,;]+?),?\s+(?:and|or|as\s+well\s+as)\s+(?P=p)\s+(?P<b>[^,;]+)$", re.IGNORECASE)


_LEVEL = r"(?:national|provincial|municipal|prefectural|county|county-level|district|city|township|town|village)"
# (Session 15, probe21) three or more levels, set off by commas, before one field and head: "the municipal, district and
# county people's governments", "Municipal, county-level city and district people's governments"; a level may carry its
# translator's bracketed variant ("county (city)"), which is dropped
_LEVEL_ITEM = rf"{_LEVEL}(?:\s+city)?(?:\s+\([a-z, -]+\))?"
LEVEL_LIST = re.compile(rf"^(?P<lead>(?:the\s+|relevant\s+)*)(?P<levels>{_LEVEL_ITEM}(?:,\s+{_LEVEL_ITEM})+,?\s+(?:and|or)\s+"
                        rf"{_LEVEL_ITEM})\s+(?P<rest>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,6}})$", re.IGNORECASE)
LEVEL_PAIR = re.compile(rf"^(?P<lead>(?:the\s+|relevant\s+)*)(?P<a>{_LEVEL})\s+(?:and|or)\s+(?P<b>{_LEVEL})\s+"
                        r"(?P<rest>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,6})$", re.IGNORECASE)


# a quantifier before two coordinated nouns ("every unit and individual"): both nouns are quantified
QUANTIFIED_PAIR = re.compile(r"\s*(?:any|every|all)\s+[\w-]+\s+(?:and|or)\s", re.IGNORECASE)


def _split_conjuncts(np: str, lex: _Lexicon) -> list[str]:
    """Split a coordinated subject into conjuncts (only "or" between known actors splits)."""
    ll = LEVEL_LIST.match(np.strip())
    if ll and _is_party(_clean_np(ll.group("rest"))):
        lead, rest = ll.group("lead"), ll.group("rest")
        levels = [re.sub(r"\s*\([^()]*\)", "", x) for x in _serial_members(ll.group("levels"))]
        return [f"{lead}{x} {rest}" for x in levels]
    lv = LEVEL_PAIR.match(np.strip())
    if lv and _is_party(_clean_np(lv.group("rest"))):
        # "municipal and district transport bureaus", "the county or township civil affairs office": adjectives of
        # administrative level coordinated before one field and head name a body at each level (a body sits at one)
        lead, rest = lv.group("lead"), lv.group("rest")
        return [f"{lead}{lv.group('a')} {rest}", f"{lead}{lv.group('b')} {rest}"]
    ell = ELLIPTIC_COMPLEMENT.match(np)
    if ell and _is_party(_clean_np(ell.group("head"))):
        # "Staff of the platform and of the offices": a conjunct opening with the preposition of the first one's
        # complement has lost its head noun (ellipsis); it is "staff of the offices", not a party "of the offices"
        head, prep = ell.group("head"), ell.group("p")
        return [f"{head} {prep} {ell.group('a')}", f"{head} {prep} {ell.group('b')}"]
    top = re.split(r"\s+or\s+(?=(?:the|an?)\s)", np)
    if len(top) == 2 and all(_is_party(_clean_np(q)) for q in top) and not P.UNIVERSAL_SUBJECT.match(np.strip()):
        # (Session 15, probe20) "the competent departments of agriculture and rural affairs or the competent departments
        # of forestry and grassland": "or" before a determiner joins two whole parties, a bigger break than an "and"
        # inside either one's field, so it is split first and each side is read on its own
        return [x for q in top for x in _split_conjuncts(q, lex)]
    shared = _shared_head(np) or _and_other_fields(np)
    if shared:
        return shared
    after = _shared_head_before_of(np)
    if after:
        return after
    inner_and = OF_COMPLEMENT_COORDINATION.match(np)
    if inner_and and inner_and.group("det").lower() in ("a", "an", "each", "every") \
            and singular(inner_and.group("last").lower()) != inner_and.group("last").lower():
        inner_and = None  # (review19) a plural after a singular determiner's complement: a second party
    if inner_and and _is_party(_clean_np(inner_and.group("a"))) and party_rule(singular(inner_and.group("c").lower())) is None:
        # (Session 15, probe19) "the principal persons in charge of a production and business operation entity": the
        # "and" joins two modifiers inside the "of" complement (a word that names no party before it, no determiner
        # after it), so the phrase names one party, the persons in charge; split, it made the entity a second bearer
        return [np]
    m = re.match(r"^(?P<a>.+?)\s+and\s+other\s+(?P<b>.+)$", np, re.IGNORECASE)
    if m and "," not in m.group("a"):
        # "application stores and other distribution platforms": one kind named by an instance of it: Y, with X as
        # alias. A list of kinds before it ("natural persons, legal persons and other organisations") names each
        # kind as a party of its own, "other organisations" the last (merging named kinds needs the text's word)
        return [f"{m.group('b')}\x00{m.group('a')}"]
    parts = _party_segments(np, lambda x: bool(lex.find(_clean_np(x))) or _is_party(_clean_np(x)),
                            compound=lambda x: _named_compound(x, lex) or _portfolio(x, lex)) or [np]
    out: list[str] = []
    for p in parts:
        inner = _shared_head_before_of(_clean_np(p)) if len(parts) > 1 else None
        if inner:  # "The State Council and the people's governments of provinces, autonomous regions and ...": each
            out.extend(inner)
            continue
        ors = [q for q in re.split(r"\s+or\s+", p) if q.strip()]
        if len(ors) > 1 and all(lex.find(_clean_np(q)) or _expand(q, ors, lex) for q in ors):
            out.extend(ors)
        elif len(ors) == 2 and all(_is_party(_clean_np(q)) and _head(_clean_np(q)) not in UNIVERSAL_HEADS
                                   and len(_clean_np(q).split()) >= 2 for q in ors) \
                and not P.UNIVERSAL_SUBJECT.match(p.strip()) and not re.match(r"other\s", ors[1].strip(), re.IGNORECASE):
            # ("parents or other guardians": one class, as "A and other B")
            # "Kiosk operators or locker operators shall", "Either the kiosk operator or the locker operator shall":
            # two parties, as with "and" (guide 1.4); "organization or individual" stays one universal bearer, and a
            # bare head ("the department or institution designated by X") may share the other's modifiers: not split
            out.extend(ors)
        else:
            out.append(p)
    return out


# a party, "of" with a determiner, a word, "and"/"or", and no determiner after: the coordination is inside the complement
# ((review19) not where "a", "an", "each" or "every" opens the complement and the last word is plural: a singular
# determiner cannot govern it, so that word heads a second party, "the keeper of a stall and market inspectors")
# ((bounds20) the party before "of" ends at a word (or is one character): a lazy name re-read a run of spaces from each
# of its spaces; a name that ends in white space also matches one character shorter, so the match is the same)
OF_COMPLEMENT_COORDINATION = re.compile(r"^(?P<a>[^,]|[^,]+?(?<!\s))\s+of\s+(?P<det>an?|the|each|every|any)\s+(?:[\w-]+\s+){0,2}?"
                                        r"(?P<c>[\w-]+)\s+(?:and|or)\s+(?!(?:the|an?|its|their|other)\b)"
                                        r"(?:[\w-]+\s+){0,3}?(?P<last>[\w-]+)$", re.IGNORECASE)


def _named_compound(phrase: str, lex: _Lexicon) -> bool:
    """Whether the text has already named a party with this coordinated modifier and head as one unit.

    "the water and soil department of the State Council" names one field ("water and soil"); the
    text's later "local water and soil departments" are departments of that field, not two kinds."""
    words = phrase.lower().split()
    if len(words) < 3:
        return False
    words[-1] = singular(words[-1])
    for k in range(len(words) - 2):
        cand = " ".join(words[k:])
        if " and " not in f" {cand} " and " or " not in f" {cand} ":
            break
        if any(re.search(rf"(?<![\w-]){re.escape(cand)}(?![\w-])", f) for f in lex.forms):
            return True
    return False


# Head nouns of government bodies: their field is the portfolio of a government department, and portfolios are often
# named by two coordinated words ("science and technology", "development and reform", "fire and rescue", "housing and
# urban-rural development", "agricultural and rural affairs")
ADMIN_HEADS = frozenset(["department", "bureau", "agency", "administration", "commission", "office", "authority", "organ",
                         "ministry"])


def _portfolio(phrase: str, lex: _Lexicon) -> bool:
    """Whether "A and B <government bodies>" names bodies of one portfolio ("the fire and rescue agencies", "science
    and technology departments of X"), not bodies of two: it does unless the text or the registry knows A or B as a
    field of its own, naming a body without the other ("the cyberspace and public security departments" where
    "Cyberspace Administration" or "public security department" is a name; "market regulation and health
    departments" where "State Administration for Market Regulation" is)."""
    pre = re.split(r"\s+of\s+", phrase.strip(), maxsplit=1)[0]
    words = pre.lower().split()
    if len(words) < 4 or singular(words[-1]) not in ADMIN_HEADS or singular(words[-1]) == words[-1]:
        return False
    conj = [k for k, w in enumerate(words[:-1]) if w in ("and", "or")]
    if len(conj) != 1:
        return False
    first = [w for w in words[: conj[0]] if w not in ("the", "relevant", "competent", *SCOPE_ADJ)]
    second = words[conj[0] + 1 : -1]
    if not first or not second:
        return False
    return not (_field_alone(" ".join(first), lex) or _field_alone(" ".join(second), lex))


_BODY = (r"(?:departments?|bureaus?|agenc(?:y|ies)|administrations?|commissions?|offices?|authorit(?:y|ies)|organs?|"
         r"ministry|ministries)")


def _field_alone(field: str, lex: _Lexicon) -> bool:
    """Whether a name the text or the registry knows has ``field`` as the whole field of a body: right before the
    body's noun or right after its "of"/"for", with nothing else in the field ("Ministry of Public Security",
    "public security organs", "Cyberspace Administration of China", "State Administration for Market Regulation";
    not "Ministry of Science and Technology" for "science", nor "urban-rural development department" for
    "development")."""
    f = re.escape(field)
    alone = re.compile(rf"(?:^|\b(?:the|local|national|state|provincial|municipal|county|district|city|competent)\s+)"
                       rf"{f}\s+{_BODY}\b|\b{_BODY}\s+(?:of|for)\s+{f}(?:\s+of\b|$)")
    return any(alone.search(x) for x in lex.forms)


NP_DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her|each|every|any|all|other|such|relevant)\s", re.IGNORECASE)


# a plain plural noun phrase of up to four words ("tour guides", "Lifeguards"): no verb, no preposition, no adverb
LIST_CONJUNCT = re.compile(r"(?:the\s+)?[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}(?<=[a-z]s)")
NOT_LIST_CONJUNCT = frozenset(["sometimes", "nevertheless", "nonetheless", "otherwise", "thus", "hence", "besides",
                               "likewise", "whereas", "always", "perhaps", "therefore", "as", "is", "was", "has", "does",
                               "this", "its", "his", "unless", "less", "plus", "thereafter", "afterwards", "towards"])


def _list_conjunct(np: str) -> bool:
    """Whether ``np`` is a plain plural noun phrase that may be a conjunct of a list of parties."""
    words = np.strip().lower().split()
    return bool(LIST_CONJUNCT.fullmatch(np.strip())) and not FINITE.search(np) and not (set(words) & NOT_LIST_CONJUNCT) \
        and not P.LEAD_ADVERBIAL.match(np.strip()) and not SENTENCE_ADVERB.match(np.strip()) \
        and not re.match(r"[\w-]+(?:ly|ing|ed)\b", np.strip())


def _party_segments(np: str, is_party: Callable[[str], bool], strict: bool = False,
                    compound: Callable[[str], bool] | None = None) -> list[str] | None:
    """Conjuncts of a coordinated subject, each a party.

    A split that would leave a part naming no party is undone: "National Development and Reform
    Commission" and "Ministry of Science and Technology" stay whole. ``strict``: None when some part
    names no party (the stretch is not a list of parties). ``compound``: whether "A and B <head>"
    is a compound the text has already used as one name (then the head is not distributed)."""
    pieces = CONJ_SPLIT.split(np)
    seps = CONJ_SPLIT.findall(np)
    out: list[str] = []
    cur = cur_sep = ""
    for k, piece in enumerate(pieces):
        sep = seps[k - 1] if k else ""
        if not piece.strip():
            continue
        if not cur and out and re.fullmatch(r"\s+(?:and|or)\s+", sep) and not is_party(piece) \
                and not NP_DETERMINER.match(piece.lstrip()):
            # ("A and the agricultural and rural affairs departments": a determiner opens a new noun phrase, never
            # the rest of one name)
            out[-1] += sep + piece  # "Ministry of Science and Technology"
            continue
        if cur and strict and "," in sep:
            return None
        # the head and its complement: "soil departments of county governments" -> "departments", " of county ..."
        pre = re.split(r"\s+of\s+", piece.strip(), maxsplit=1)[0]
        head, post = pre.split()[-1] if pre.split() else "", piece.strip()[len(pre) :]
        if (cur and re.fullmatch(r"\s+(?:and|or)\s+", sep) and piece.strip()[:1].islower()
                and not any(w[:1].isupper() for w in cur.split()[1:]) and is_party(piece) and len(pre.split()) > 1
                and singular(head.lower()) != head.lower()
                and not (compound and compound(cur + sep + piece))):
            # "educational and scientific research institutions" (a plural head) are two kinds of institution, and
            # "the water and soil departments of county governments" two kinds of department of them (the head is
            # shared with its complement); "the cybersecurity and informatization department" (singular) is one
            out.extend([f"{cur.strip()} {head}{post}", piece])
            cur = ""
            continue
        if cur and not out and not strict and re.fullmatch(r",\s+", sep) and is_party(piece) and _list_conjunct(cur) \
                and re.search(r"(?:,\s+|\s+)(?:and|or)\s", np[np.find(piece) :]):
            # "Tour guides, drivers and ticket sellers": a plain plural noun phrase opening a list of parties is a
            # conjunct of its own (coordination joins like with like), not the start of the next one
            out.append(cur)
            cur = ""
        if not cur:
            cur_sep = sep or " "  # how the unfinished stretch joins the part before it, if it names no party
        cur = cur + sep + piece if cur else piece
        if is_party(cur):
            out.append(cur)
            cur = ""
    if cur:
        if strict:
            return None
        if out:
            out[-1] += cur_sep + cur
        else:
            out.append(cur)
    return out


def _expand(conj: str, all_conj: list[str], lex: _Lexicon) -> str | None:
    """Resolve an elliptical conjunct against its neighbours ("providers and users" -> "... users")."""
    c = _clean_np(conj).lower()
    first = _clean_np(all_conj[0]).lower()
    last = _clean_np(all_conj[-1]).lower()
    fk = lex.find(first)
    if fk:
        words = first.split()
        for cut in range(len(words) - 1, 0, -1):
            cand = " ".join(words[:cut] + c.split())
            if lex.find(cand):
                return lex.find(cand)
    lw = last.split()
    if len(lw) > 1:
        for cut in range(1, len(lw)):
            cand = c + " " + " ".join(lw[cut:])
            if lex.find(cand):
                return lex.find(cand)
    return None


class _Resolver:
    def __init__(self, docs: list[ParsedDocument], bodies: tuple[Body, ...]) -> None:
        self.lex = _Lexicon()
        self.acts: list[tuple[frozenset[str], str, str]] = []  # (verb stems, object, actor) from actor definitions
        for p in docs:
            for d in _actor_definitions(p.definitions):
                key = key_of(d.term)
                first = d.term.split(" ", 1)[0]
                # a term defined mid-sentence ("and locker operators, that is, ...") is shown capitalised, as the
                # parties named as subjects are; a word with capitals of its own ("eKYC") is left as written
                label = d.term[:1].upper() + d.term[1:] if first.islower() and first.isalpha() else d.term
                self.lex.add(key, label, set(d.forms), "definition", d.id)
                m = re.search(r"\bthat\s+(provide|use|operate|develop|offer)\s+(.+)$", d.definition, re.IGNORECASE)
                if m:
                    self.lex.provides[f"{m.group(1).lower()} {m.group(2).lower()}"] = key
                acts = DEFINED_ACTS.search(d.definition)
                if acts:  # "platforms that receive, store or analyse flight data": what the party does, to what
                    self.acts.append((_act_stems(acts), acts.group("obj").lower(), key))
        self.activities: dict[str, str] = {}  # 4-letter stem of an activity word -> agent actor key
        for p in docs:
            for d in p.definitions:
                self._learn_activity(d)
        for b in bodies:
            key = key_of(b.name)
            names = {a.lower() for a in b.abbreviations + b.aliases}
            self.lex.add(key, b.name, noun_forms(b.name) | names, "registry")
            self.lex.aliases.setdefault(key, set()).update(names)
        # "X (hereinafter referred to as Y)": within its document, Y names the party X names
        self.current_doc = ""
        # head nouns of the subjects of the current document's modal clauses: what the text treats as actors
        self.subject_heads: frozenset[str] = frozenset()
        self.article_before: dict[int, str] = {}  # id(unit) -> the text of the earlier paragraphs of its article
        self.doc_forms: dict[str, dict[str, str]] = {}
        for p in docs:
            for d in p.definitions:
                if d.kind != "inline":
                    continue
                full = _clean_np(d.definition).lower()
                kind = OTHER_KIND.match(full)
                if kind and _is_party(kind.group("b")):
                    # "A, B and other C that ... (hereinafter X)": the short name gathers the kinds into one class, C
                    # (guide 3: "A and other B" names B); C is its fullest name, A and B examples of it
                    full = kind.group("b")
                target = self.lex.find(full) or self.lex.find(key_of(full)) if full else None
                if target is None and full and _is_party(full) and (_is_party(d.term) or ACRONYM.fullmatch(d.term)) \
                        and not re.search(r"\b(?:preceding|foregoing|above|aforesaid|articles?|paragraphs?)\b", full):
                    # "Firms that hold permits (hereinafter referred to as holders)": the text names one party by
                    # the whole phrase, modifiers and coordination included
                    target = key_of(full)
                    label = _clean_np(d.definition)[-len(full) :]
                    self.lex.add(target, label[0].upper() + label[1:], noun_forms(full) | {target} | _folded_name(full),
                                 "subject")
                if target:
                    self.doc_forms.setdefault(p.document.id, {}).update({f: target for f in d.forms})
                    self.lex.aliases.setdefault(target, set()).add(d.term.lower())

    def _learn_activity(self, d: Definition) -> None:
        """"X processing includes collection, storage, use, ...": with an actor "X processor" defined, each listed
        activity is that actor's."""
        words = d.term.lower().split()
        if not words or not words[-1].endswith("ing"):
            return
        stem = words[-1][:-3]
        agent = None
        for k in range(len(words) - 1, -1, -1):  # "personal data handling" -> "personal data handler", "data handler"
            pre = words[len(words) - 1 - k : -1]
            agent = self.lex.find(" ".join([*pre, stem + "or"])) or self.lex.find(" ".join([*pre, stem + "er"]))
            if agent:
                break
        if agent is None:
            return
        self.activities[_activity_stem(words[-1])] = agent
        for noun in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", d.definition):
            last = noun.strip().split()[-1:] if noun.strip() else []
            if last and len(last[0]) > 2 and last[0].isalpha():
                self.activities.setdefault(_activity_stem(last[0]), agent)

    def conjuncts(self, subject: str) -> list[tuple[str, str | None]]:
        """(conjunct text, alias) pairs after scope-adjective and suffix distribution."""
        return [(a, b) for a, b, _ in self.conjuncts_with_source(subject)]

    def conjuncts_with_source(self, subject: str) -> list[tuple[str, str | None, str]]:
        """(conjunct text, alias, the conjunct as printed) after scope and suffix distribution."""
        raw = _SPACES.sub(" ", P.SUBJECT_ASIDE.sub("", subject)).strip(" ,;:")
        if QUANTIFIED_PAIR.match(raw) and P.UNIVERSAL_SUBJECT.match(raw):
            # (Session 10) "Every unit and individual", "all organisations and individuals": everyone, one universal
            # bearer (guide 1.4) as "any organisation or individual", in the text's words (not "unit" and "individual")
            return [(raw, None, raw)]
        np = _clean_np(subject).replace("\x00", " ")  # NUL marks an alias below (_split_conjuncts); never the text's
        scope = None
        first_word = np.split(" ", 1)[0].lower() if np else ""
        parts = _split_conjuncts(np, self.lex)
        members = MEMBERS_OF.match(np)
        if members and re.search(r"\sor\s", np) and not re.search(r"\sand\s", np):
            # (Session 14, extract17) "Staff of the Bureau or the Institute who falsify ...": the staff of each body, as
            # "Staff of the Bureau or of the Institute"; only in a disjunction (after "and" the body may be a party of
            # its own: "the staff of the bureau and the operator") and only over bodies named with "the", not persons
            rest = re.sub(r"\s+(?:that|who|which)\s.*$", "", np[members.end() :])
            bodies = [re.sub(r"^of\s+", "", x.strip()) for x in re.split(r",\s*(?:or\s+)?|\s+or\s+", rest) if x.strip()]
            if len(bodies) > 1 and all(re.match(r"the\s", x, re.IGNORECASE) and _is_party(_clean_np(x))
                                       and not agent_noun(_head(_clean_np(x))) and _head(_clean_np(x)) not in PERSON_HEADS
                                       for x in bodies):
                parts = [members.group("m") + " " + x for x in bodies]
        rel = re.match(r"(?P<n>[\w-]+)\s+(?P<r>(?:that|who|which)\s.+)$", parts[-1]) if len(parts) > 1 else None
        if rel and all(len(p.split()) == 1 and singular(p.lower()) in GENERAL_PARTY_NOUNS
                       for p in [*parts[:-1], rel.group("n")]):
            # "Enterprises and institutions that hold permits": general nouns, each named by the shared clause
            parts = [f"{p} {rel.group('r')}" for p in parts[:-1]] + parts[-1:]
        if (first_word in SCOPE_ADJ or first_word == "relevant") and len(parts) > 1 \
                and not LEVEL_PAIR.match(np):  # "relevant A and B": both ("municipal and district X": each its own)
            scope = first_word
        out: list[tuple[str, str | None, str]] = []
        for k, p in enumerate(parts):
            alias = None
            printed = p
            if "\x00" in p:
                p, alias = p.split("\x00")
                printed = np
            p = _clean_np(p)
            if k and k == len(parts) - 1 and re.match(r"other\s", printed.strip(), re.IGNORECASE) and _is_party(p):
                p = f"other {p}"  # "natural persons, legal persons and other organisations": the rest, not all
            if scope and k > 0 and not p.lower().startswith(scope):
                p = f"{scope} {p}"
            own = re.match(r"(?:its|their)\s+(?P<n>.+)$", p, re.IGNORECASE)
            if own and out and _is_party(own.group("n")):
                owner = out[-1][0]
                if not any(w[:1].isupper() for w in owner.split()[1:]):
                    owner = owner[:1].lower() + owner[1:]  # "Kiosk operators and their staff": "staff of kiosk operators"
                # "the kiosk bureau and its staff": the bureau's staff ("their relevant departments": the departments)
                p = _clean_np(f"{own.group('n')} of {owner}")
            out.append((p, alias, printed.strip()))
        # distribute a trailing "of X" over conjuncts with the same head noun ("A departments and B departments of X")
        if len(out) > 1 and " of " in out[-1][0]:
            tail = out[-1][0][out[-1][0].lower().index(" of ") :]
            head_last = _head(out[-1][0])
            # (not to a conjunct the text has already named as a party: "the competent department", defined by a
            # "hereinafter", is that department, not "the competent department of X")
            named = self.doc_forms.get(self.current_doc, {})
            out = [(p + tail if " of " not in p.lower() and _head(p) == head_last
                    and not (named.get(p.lower()) or self.lex.find(p.lower())) else p, a, o) for p, a, o in out]
        return out

    def resolve(self, conj: str, siblings: list[str]) -> str | None:
        c = conj.lower()
        key = self.doc_forms.get(self.current_doc, {}).get(c) or self.lex.find(c) or _expand(conj, siblings, self.lex)
        if key:
            return key
        folded = _folded_name(c)
        if folded and (key := self.lex.find(next(iter(folded)))):
            return key  # "an entity that operates a platform" after "entities that operate platforms"
        who = P.WHOEVER_AGENT.match(c)
        if who:  # "whoever keeps a dog" after "dog keeper" was named: the agent noun of the act and its object
            verb, obj = who.group("verb"), singular(who.group("obj"))
            stems = {verb, verb.rstrip("e"), verb + "e"}
            agents = {x + "er" for x in stems} | {x + "or" for x in stems} | {x[:-1] + "or" for x in stems if x.endswith("e")}
            for agent in sorted(agents):
                if (key := self.lex.find(f"{obj} {agent}")) is not None:
                    return key
        post = re.match(r"^(.+?)\s+(?:concerned|involved)$", c)
        if post and self.lex.find(post.group(1)):
            return self.lex.find(post.group(1))  # "the deep synthesis service provider concerned"
        q = QUALIFYING_PARTICIPLE.match(c)
        if q and self.lex.find(c[q.end() :]):
            return self.lex.find(c[q.end() :])
        if len(c.split()) == 1 and _is_party(c):
            # "the operator" after "drone operators": the one known actor with that head noun
            if self.lex.heads is None:  # "individual" is not "organization or individual"
                self.lex.heads = HeadIndex(self.lex.labels, lambda k: None if re.search(r"\s(?:or|and)\s", k)
                                           else k.split(" of ")[0].split()[-1])
            heads = self.lex.heads.get(singular(c))
            if len(heads) == 1:
                return heads[0]
        return None

    def whole(self, subject: str) -> str | None:
        """The party a coordinated or modified subject names as a whole, when the text named it so."""
        c = _clean_np(subject).lower()
        if not re.search(r"\s(?:and|or|that|who|which)\s|,", c):
            return None
        key = self.doc_forms.get(self.current_doc, {}).get(c) or self.lex.find(c)
        kind = OTHER_KIND.match(c)
        if key is None and kind and re.search(r"\s(?:that|who|which)\s", kind.group("b")):
            key = self.lex.find(kind.group("b"))  # "A, B and other C that ..." where the text named that class C
        return key

    def register_subject(self, conj: str, alias: str | None, basis: str = "subject", checked: bool = False) -> str | None:
        """Make an actor of an undefined subject if its head noun names a party (``basis``: how it was found;
        ``checked``: the caller has found it a party already)."""
        c = _clean_np(conj)
        if c and re.match(r"other\s", conj, re.IGNORECASE) and _is_party(c):
            c = f"other {c}"  # the last kind of a list (see conjuncts_with_source)
        if not c or not (checked or _is_party(c)):
            return None
        key = key_of(c)
        existing = self.lex.find(c) or self.lex.find(key)
        if existing:
            return existing
        label = c[0].upper() + c[1:]
        if conj.lower().startswith("any "):
            label = "Any " + c
        elif QUANTIFIED_PAIR.match(conj) and P.UNIVERSAL_SUBJECT.match(c):
            label = conj.strip().split()[0].capitalize() + " " + c  # "Every unit and individual" as the text words it
        self.lex.add(key, label, noun_forms(c) | {key} | _folded_name(c), basis)
        if alias:
            self.lex.aliases.setdefault(key, set()).add(_clean_np(alias).lower())
        return key


class ObligationMemo(Protocol):
    """What an earlier build found in each document (see :func:`extract_obligations`), kept by the caller."""

    def get(self, document: str, context: str) -> object | None:
        """What was kept for ``document`` under ``context``, or None."""

    def put(self, document: str, context: str, value: object) -> None:
        """Keep ``value`` for ``document`` under ``context`` (the document's earlier value is no longer needed)."""


def extract_obligations(docs: list[ParsedDocument], bodies: tuple[Body, ...] = (), memo: ObligationMemo | None = None
                        ) -> tuple[list[Obligation], list[Actor]]:
    """Obligations of every regulation in ``docs`` and the actors who bear them.

    ``memo`` (the incremental build's) keeps what each document yielded, under a hash of what the extractor
    knew when each pass reached it (:mod:`regkb.parse.extraction_state`): a document whose text and both states
    are unchanged is not read again; the result is the same as without it."""
    if memo is None:
        return _extract(docs, bodies, None, skip_first=False)
    try:
        return _extract(docs, bodies, memo, skip_first=True)
    except _ClausesNeeded:  # a document skipped in the first pass must be read in the second: read them all
        return _extract(docs, bodies, memo, skip_first=False)


class _ClausesNeeded(Exception):
    """The second pass must read a document whose first pass was replayed from the memo (no clauses kept)."""


_MEMO_VERSION = "obligations-1"


@dataclass(frozen=True)
class _Kept:
    """What one document yielded, and the states it was found under (see :func:`extract_obligations`)."""

    version: str
    first_end: str  # the hash of the state after the whole first pass
    second: str  # the hash of the state when the second pass reached the document
    added_first: Delta
    added_second: Delta
    obligations: tuple[Obligation, ...]
    mentions: tuple[tuple[str, tuple[Mention, ...]], ...]  # added per actor key, in the order the keys were met
    statements: tuple[Statement, ...]
    sanctions: tuple[Sanction, ...]
    own_statements: tuple[Statement, ...]


def _kept(value: object) -> _Kept | None:
    """A kept entry (stored as a plain tuple: the cache unpickles only data) if it is one of this version."""
    if isinstance(value, tuple) and len(value) == len(fields(_Kept)) and value[0] == _MEMO_VERSION:
        return _Kept(*value)
    return None


def _mentions_since(mentions: dict[str, list[Mention]], sizes: dict[str, int]
                    ) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
    return tuple((k, tuple(v[sizes.get(k, 0) :])) for k, v in mentions.items() if len(v) > sizes.get(k, 0))


def _extract(docs: list[ParsedDocument], bodies: tuple[Body, ...], memo: ObligationMemo | None, skip_first: bool
             ) -> tuple[list[Obligation], list[Actor]]:
    with taught(frozenset()):  # (session 13) each document's own party nouns, set as it is read, none after
        return _extract_docs(docs, bodies, memo, skip_first)


def _taught_by(p: ParsedDocument, known: dict[str, frozenset[str]]) -> frozenset[str]:
    """The head nouns a document's text uses where only a party can stand (parties.py, 4), found once per document
    and kept in ``known`` (by document id) for the second pass (a cache of fixed size, smaller than a large corpus,
    read every document twice)."""
    got = known.get(p.document.id)
    if got is None:
        got = known[p.document.id] = taught_heads("\n".join(u.clean.text for u in p.units),
                                                  lambda np: _head(_clean_np(np)))
    return got


def _extract_docs(docs: list[ParsedDocument], bodies: tuple[Body, ...], memo: ObligationMemo | None, skip_first: bool
                  ) -> tuple[list[Obligation], list[Actor]]:
    res = _Resolver(docs, bodies)
    state = initial_digest(res) if memo is not None else ""
    taught_of: dict[str, frozenset[str]] = {}  # each document's taught party nouns, for both passes
    per_doc: list[tuple[ParsedDocument, list[_Clause] | None, list[tuple[Unit, int, int, str]], str, _Kept | None,
                        Delta | None]] = []
    # pass 1: clauses, and actors from undefined subjects
    for p in docs:
        first, kept, since = context(state, res) if memo is not None else "", None, None
        if memo is not None:
            kept = _kept(memo.get(p.document.id, first))
            if kept is not None and skip_first:  # what this document taught the first pass, without reading it
                replay(res, kept.added_first)
                state = chain(state, kept.added_first)
                per_doc.append((p, None, [], first, kept, kept.added_first))
                continue
            since = mark(res)
        res.current_doc = p.document.id
        TAUGHT.set(_taught_by(p, taught_of))
        BARE_WORDS.set(_bare_words("\n".join(u.clean.text for u in p.units)))
        res.article_before = _article_before(p.units)
        known = res.lex.known(res.doc_forms.get(p.document.id))
        clauses: list[_Clause] = []
        skipped: list[tuple[Unit, int, int, str]] = []
        prev_unit: Unit | None = None
        still_open: str | None = None  # the closing mark of a quotation that runs over paragraphs
        read: list[tuple[Unit, bool, str | None, list[_Clause], list[tuple[int, int, str]]]] = []
        for u in p.units:
            same_art = prev_unit is not None and prev_unit.article == u.article
            announced = same_art and prev_unit is not None and _announces_quotation(prev_unit)
            cont = still_open if same_art else None
            prev_unit = u
            cs, sk = _clauses(u, known, announced, cont)
            still_open = _quotation_left_open(u.clean.text, announced, cont)
            read.append((u, announced, cont, cs, sk))
        # (sanct22, guide 1.13 e) a private party's penalty verb alone in its article is its operative measure
        chapter_titles = {c.number: c.title for c in p.chapters}
        liability = {a.number for a in p.articles if P.LIABILITY_HEADING.search(a.title) or (
            a.chapter is not None and P.LIABILITY_HEADING.search(chapter_titles.get(a.chapter, "")))}
        operative = _operative_articles([(u, sk) for u, _, _, _, sk in read]) - liability
        for u, announced, cont, cs, sk in read:
            if u.article in operative and any(r == "not a duty: sanction" for _, _, r in sk):
                cs, sk = _clauses(u, known, announced, cont, operative=True)
            clauses.extend(cs)
            skipped.extend((u, a, b, r) for a, b, r in sk)
        _holders(clauses, res)
        res.subject_heads = frozenset(_head(_clean_np(c.subject)) for c in clauses if c.subject.strip())
        for c in clauses:
            for x in c.also:
                if res.resolve(_clean_np(x), [x]) is None:
                    res.register_subject(x, None)
            _apposition_acts(c.subject, res)
            if PRONOUN_RE.match(c.subject) and c.condition:
                a, b = c.condition
                _condition_np(c.unit.clean.text[a:b], res, register=True)
            if PRONOUN_RE.match(c.subject) or not c.subject or LATTER.fullmatch(c.subject) or POSSESSED.match(c.subject) \
                    or REFERRED_BACK.match(_clean_np(c.subject).strip()):
                continue
            neg = P.NEGATED_SUBJECT.match(c.subject)
            subj = _denied(neg) if neg else c.subject
            if not neg and (res.whole(subj) or _definite_anaphor(c, res)):
                continue
            if neg and _neither(neg):
                for x in _neither(neg):
                    if res.resolve(_clean_np(x), [x]) is None:
                        res.register_subject(x, None)
                continue
            if neg and c.passive:
                continue  # ((Session 14, extract18) "No pet body shall be buried": a passive's subject is acted on)
            if neg and _denied_known(neg, res, register=True):
                continue  # "No watch maker or app operator may": a ban on parties the text already names
            conj = res.conjuncts(subj)
            names = [x for x, _ in conj]
            if neg:
                res.register_subject(subj if re.match(r"any(?:one|body|\s)", subj, re.I) else "any " + subj, None)
                continue
            listed = len(conj) >= 3 and sum(1 for x in names if _is_party(_clean_np(x)) or res.resolve(x, names)) >= 2
            for x, alias in conj:
                if res.resolve(x, names) is None:
                    # "any organization or individual" keeps its "any" in the label
                    key = res.register_subject(subj.strip() if len(conj) == 1 and re.match(r"any\s", subj.strip(), re.I)
                                               else x, alias)
                    if key is None and listed and x == names[0] and _list_conjunct(x):
                        # "Tour guides, drivers and ticket sellers": listed with parties, a party too
                        res.register_subject(x, alias, checked=True)
        for c in clauses:
            if c.passive and c.subject.strip() and not PRONOUN_RE.match(c.subject.strip()):
                _by_agent(c, res)  # learn a new agent now, so that its own clauses find it ("Hotels shall ...")
        added = None
        if since is not None:
            added = delta(res, since)
            state = chain(state, added)
        per_doc.append((p, clauses, skipped, first, kept, added))
    first_end = context(state, res) if memo is not None else ""
    if skip_first and any(k is not None and c is None and k.first_end != first_end for _, c, _, _, k, _ in per_doc):
        raise _ClausesNeeded  # the first pass learnt something new: no document's second pass can be replayed
    # pass 2: bearers
    obligations: list[Obligation] = []
    mentions: dict[str, list[Mention]] = {}
    statements: list[Statement] = []
    by_document = StatementsByDocument(statements)
    for p, maybe_clauses, skipped, first, kept, added_first in per_doc:
        second, since = context(state, res) if memo is not None else "", None
        counts: tuple[int, int, dict[str, int]] = (0, 0, {})
        if memo is not None:
            if kept is not None and kept.first_end == first_end and kept.second == second:
                obligations.extend(kept.obligations)  # the document, its two states unchanged: what it yielded
                for key, ms in kept.mentions:
                    mentions.setdefault(key, []).extend(ms)
                statements.extend(kept.statements)
                p.sanctions, p.statements = list(kept.sanctions), list(kept.own_statements)
                replay(res, kept.added_second)
                state = chain(state, kept.added_second)
                continue
            since = mark(res)
            counts = (len(obligations), len(statements), {k: len(v) for k, v in mentions.items()})
        if maybe_clauses is None:
            raise _ClausesNeeded
        clauses = maybe_clauses
        res.current_doc = p.document.id
        TAUGHT.set(_taught_by(p, taught_of))
        BARE_WORDS.set(_bare_words("\n".join(u.clean.text for u in p.units)))  # this document's, as in pass 1
        res.article_before = _article_before(p.units)
        prev: _Clause | None = None
        scope = _scope_party(p, res)
        headed = _heading_parties(p, res)
        terms = {d.term.lower() for d in p.definitions if d.kind == "article" and not ACTOR_GENUS.match(d.definition)}
        made_by = _made_by(p, res)
        for k, c in enumerate(clauses):
            if prev is not None and prev.unit is not c.unit:
                # "They are encouraged to ..." opening a paragraph: the pronoun points to the parties that bear the
                # last duty of the paragraph before in the same article (no other clause can hold its antecedent)
                # of the same number ("They" after "Riders and operators ...", "It" after "The bureau ...")
                pron = c.subject.strip().lower()
                carried = prev.unit.article == c.unit.article and pron in ("they", "it") and not c.impersonal \
                    and not c.unit.clean.text[: c.subject_at].strip() and prev.subject.strip() != "" \
                    and _plural(prev.subject) == (pron == "they")
                prev = replace(prev, condition=None) if carried else None
            back = _referred_back(c.subject, c.unit, p.units, clauses, res, upto=k) if c.subject else []
            if back:  # "the operators referred to in the preceding paragraph": the operators bound there
                c.bearers, c.basis = back, "explicit"
            else:
                _bear(c, prev, res)
                if c.basis == "preceding-clause" and prev is not None and prev.sentence != c.sentence \
                        and (owner := _object_antecedent(c, clauses[:k])) and owner != c.bearers:
                    c.bearers, c.basis = owner, "passive-implied"  # "The register shall be ..." after "X shall set up a register"
                if c.bearers and c.basis == "explicit" and c.also:
                    extra = [res.resolve(_clean_np(x), [x]) for x in c.also]
                    c.bearers += [x for x in extra if x and x not in c.bearers]
            if not c.bearers and re.match(r"(?:the\s+)?following\s", c.subject.strip(), re.IGNORECASE):
                c.bearers = _following_parties(c, res)  # "The following entities shall ...: (1) A; (2) B."
                c.basis = "pronoun"
            if not c.bearers and _agentless(c):
                _implied_by_context(c, clauses[:k], res, scope)
            if not c.bearers and _agentless(c) and (owner := _object_antecedent(
                    c, [d for d in clauses[:k] if d.modality in ("obligation", "prohibition")], nearest=True)):
                # "X shall build new fences, and the new fences must meet ...": a definite thing as the subject
                # (active or passive) is the thing an earlier duty of the article acts on; who must make it so is the
                # party of that duty, whether or not the clause is in the same sentence (a right's or a leave's object
                # is no such thing: "A is entitled to a refund. The refund is to be paid": not by A)
                c.bearers, c.basis = owner, "passive-implied"
            if not c.bearers and (_agentless(c) or _denied_thing(c)):
                # ((Session 14, extract17) also a thing denied as the passive's subject: "No stage may be put up
                # under a power line" where "stage erectors" put up stages by definition: the act banned is theirs)
                agent = _defined_act_agent(c, res)
                if agent:
                    c.bearers, c.basis, c.remote = [agent], "passive-implied", True
            if not c.bearers and _agentless(c) and not c.passive and (owner_key := _possessor(c, res)):
                # ((Session 14, extract18) "The furnace of a cremation service provider shall be at least 500 metres
                # from ...": a state of a party's thing that the rule requires (a copula or "have", not a passive,
                # which names an act of someone unnamed) is its possessor's to keep)
                c.bearers, c.basis = [owner_key], "passive-implied"
            if not c.bearers and _agentless(c):
                same = _same_act_earlier(c, clauses[:k]) or _defined_object_of(c, clauses[:k], terms) \
                    or _product_of_earlier_act(c, clauses[:k])
                if same:
                    c.bearers, c.basis, c.remote = same, "passive-implied", True
            if not c.bearers and _agentless(c) and (holder := made_by.get(singular_np(_clean_np(c.subject)))):
                # "Public data shall be shared ..." where "public data" is defined as data "collected ... by state
                # organs ... (hereinafter referred to as public bodies)": the party whose data it is by definition
                c.bearers, c.basis, c.remote = [holder], "passive-implied", True
            if not c.bearers and _agentless(c) and TIME_LIMIT_BEFORE.match(_clean_np(c.subject)):
                # "The time limit in the preceding paragraph may be extended ...": the limit of the duty that set it
                keys = _time_limit_bearers(c, clauses[:k])
                if keys:
                    c.bearers, c.basis, c.remote = keys, "passive-implied", True
            if not c.bearers and _agentless(c) and c.unit.article in headed:
                # an agentless clause under a heading "Obligations of X" (article caption or chapter title)
                c.bearers, c.basis, c.remote = [headed[c.unit.article]], "passive-implied", True
            if not c.bearers and c.passive and _agentless(c) and scope is not None and scope[3] \
                    and not OWN_TEXT_SUBJECT.match(_clean_np(c.subject)) \
                    and not P.VIOLATION.search(c.unit.clean.text, _sentence_start(c), c.modal.start()) \
                    and not _condition_subject(c.unit.clean.text[c.condition[0] : c.condition[1]] if c.condition else "", res):
                # "These Measures apply to schools that install cameras ...": a text whose scope is a party, not an
                # activity, governs that party's conduct; an agentless passive nothing else ties to a party is its
                # duty (guide 1.2, the party the scope article says the text governs), unless its condition names a
                # party of the text (whose act it may be)
                c.bearers, c.basis, c.remote = [scope[0]], "passive-implied", True
            if (c.condition is None and prev is not None and prev.sentence == c.sentence
                    and prev.condition is not None and _leading(prev)):
                c.condition = prev.condition  # "If X, A shall ...; and A shall ...": X governs both
            if c.bearers:
                prev = c
        _answerable_after(clauses)
        clauses = _lead_in_items(clauses)
        clauses = _unlabelled_items(clauses, p.units)
        clauses = row_clauses(p.units, clauses, ClauseMaker(  # the rows of tables (parse/tables.py)
            _Clause, _item_clauses, _descriptive_list, lambda np, sure: res.resolve(_clean_np(np), [np])
            or res.register_subject(np, None, checked=sure), lambda np: bool(res.lex.find(_clean_np(np))) or _is_party(_clean_np(np))))
        defined = [d.span for d in p.definitions if d.kind == "article"]
        for c in clauses:
            if not c.bearers:
                a, b = c.start, c.end
                st = _statement(c.unit, a, b, NO_BEARER)
                if c.content_item:  # "(1) the purposes ... cannot be achieved": a circumstance the lead-in names
                    st = replace(st, reason="not a duty: a circumstance or content of the lead-in's duty")
                elif any(2 * (min(x.end, st.span.end) - max(x.start, st.span.start)) > st.span.end - st.span.start
                         for x in defined):  # mostly inside a definition: "'X' is information that, once leaked, may ..."
                    st = replace(st, reason="not a duty: definitions")
                statements.append(st)
        for u, a, b, r in skipped:
            statements.append(_statement(u, a, b, r))
        is_party = _party_test(res)
        p.sanctions = _sanction_parties(row_sanctions(p.units, _sanctions(skipped, res, p.units),
                                                      functools.partial(clause_violator, party=is_party)),
                                        res, p.units, mentions, clauses)
        counter: dict[str, int] = {}
        for c in clauses:
            for key in c.bearers:
                obligations.append(_obligation(c, key, res, counter))
            for key, a, b in c.mentions:
                span = c.unit.clean.span(a, b)
                mentions.setdefault(key, []).append(
                    Mention(c.unit.document, c.unit.article, c.unit.provision_at(span), c.unit.clean.text[a:b], span))
        p.statements = by_document.of(p.document.id)
        if memo is not None and since is not None and added_first is not None:
            added = delta(res, since)
            memo.put(p.document.id, first, (
                _MEMO_VERSION, first_end, second, added_first, added, tuple(obligations[counts[0] :]),
                _mentions_since(mentions, counts[2]), tuple(statements[counts[1] :]), tuple(p.sanctions),
                tuple(p.statements)))  # the fields of a _Kept
            state = chain(state, added)
    if memo is not None:
        accounted(res)  # no part of the state was added that the memo's hashes do not cover
    actors = _actors(res, obligations, mentions, docs)
    known_ids = {a.id for a in actors}
    for p in docs:  # a sanction names only actors the knowledge base has
        p.sanctions = [replace(s, violators=tuple(x for x in s.violators if x in known_ids),
                               authorities=tuple(x for x in s.authorities if x in known_ids)) for s in p.sanctions]
    return obligations, actors


# Markers whose subject can only be a person, natural or legal: only a party holds a right, a duty or a responsibility,
# is encouraged, obliged or empowered ("Museums have the responsibility to", "Farms are entitled to"); "shall", "may",
# "is to" and "is required to" also take things ("Devices are required to be sealed"), so they teach nothing.
HOLDER_MARKER = re.compile(r"(?:has|have|enjoys?|bears?|reserves?|retains?)\s+(?:the\s+|an?\s+|no\s+)?(?:rights?|obligations?|duty|duties|"
                           r"responsibility|power|authority)\b|\b(?:entitled|encouraged|obliged|obligated|authori[sz]ed|"
                           r"empowered)\b|\bunder\s+(?:an?\s+|the\s+)?(?:obligation|duty)\b"
                           # "It shall be the duty of X to", "It is incumbent upon X to": X holds the duty
                           r"|\b(?:responsibility|duty|obligation)\s+of$|\bincumbent\s+(?:up)?on$|^(?:is|(?:shall|will)\s+be)$",
                           re.IGNORECASE)  # (the last: "It is the X's duty to", the only bare "is" marker)


ENTITLED_TO_THING = re.compile(r"\bentitled\s+to$", re.IGNORECASE)
BENEFIT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|such|any|preferential|reduced|free)\s", re.IGNORECASE)


def _holders(clauses: list[_Clause], res: _Resolver) -> None:
    """Learn as parties the subjects of markers that only a person can bear (:data:`HOLDER_MARKER`), whatever their
    head noun ("Museums have the responsibility to ...": museums are a party of the text, also where they are the
    subject of "shall" or the agent of a passive). An elided subject is the one of the clause before it in the same
    sentence ("Farms may check ..., and are entitled to report ..."). Only a plain noun phrase of up to five words
    is learned: no pronoun, no clause, no denied or universal subject, no activity noun."""
    for k, c in enumerate(clauses):
        if not HOLDER_MARKER.search(c.modal.group(0)) or c.impersonal or c.antecedent is not None:
            continue
        if ENTITLED_TO_THING.search(c.modal.group(0)) and BENEFIT_AFTER.match(c.unit.clean.text, c.modal.end()):
            # "Products are entitled to a preferential tariff": a thing can be entitled to a treatment (a noun phrase
            # after "to"); only a person is entitled to do something. The subject is not learned as a party (a
            # party noun still binds: "Passengers are entitled to a refund"; otherwise the clause is reported)
            continue
        subj = c.subject
        if not subj.strip() and k > 0 and clauses[k - 1].unit is c.unit and clauses[k - 1].sentence == c.sentence:
            subj = clauses[k - 1].subject
        np = _clean_np(subj)
        words = np.split()
        if not 1 <= len(words) <= 5 or PRONOUN_RE.match(subj.strip()) or P.NEGATED_SUBJECT.match(subj.strip()) \
                or P.UNIVERSAL_SUBJECT.match(np) or FINITE.search(np) or _nominal_activity(np) \
                or re.search(r"[^\w' -]|\d|\b(?:and|or|that|which|who|of|it|this|these)\b", np, re.IGNORECASE):
            continue
        if _is_party(np) or res.resolve(np, [np]) is not None:
            continue  # a party noun already: the usual way registers it
        res.register_subject(np, None, basis="subject", checked=True)


# "..., and X bears responsibility for it": a clause whose whole action is to answer for what the clause before it
# names ("it", "this", "the same")
ANSWERS_FOR_IT = re.compile(r"\s*(?:(?:shall|must|is\s+to|are\s+to)\s+)?(?:bears?|be\s+responsible|(?:is|are)\s+responsible|"
                            r"assumes?|takes?)\s+(?:the\s+|full\s+|overall\s+)?(?:responsibility\s+)?for\s+"
                            r"(?:it|this|them|that|these|the\s+same)\s*[.;]?\s*$", re.IGNORECASE)


def _answerable_after(clauses: list[_Clause]) -> None:
    """"The installation of X is to be completed before ..., and the builder bears responsibility for it": an
    agentless clause followed in its sentence by a clause whose party answers for "it" (the act just named) binds
    that party (guide 3.1, passive-implied). A bearer the clause had only by inference (from the clause or the
    paragraph before it, the scope, ...) gives way to it; a stated agent ("by X") does not."""
    for k in range(len(clauses) - 1):
        c, d = clauses[k], clauses[k + 1]
        if (c.bearers and c.basis == "explicit") or not _agentless(c) or not d.bearers or d.unit is not c.unit \
                or d.sentence != c.sentence or not d.subject.strip() or PRONOUN_RE.match(d.subject.strip()):
            continue
        text = c.unit.clean.text
        if ANSWERS_FOR_IT.match(text[d.modal.start() : d.end]):
            c.bearers, c.basis, c.remote = list(d.bearers), "passive-implied", False


def _article_before(units: list[Unit]) -> dict[int, str]:
    """id(unit) -> the text of the paragraphs of its article before it (the last 2,000 characters: bounded)."""
    out: dict[int, str] = {}
    article, acc = None, ""
    for u in units:
        if u.article != article:
            article, acc = u.article, ""
        out[id(u)] = acc
        acc = (acc + "\n" + u.clean.text)[-2000:]
    return out


def _sanction_parties(sanctions: list[Sanction], res: _Resolver, units: list[Unit],
                      mentions: dict[str, list[Mention]], clauses: list[_Clause] | None = None) -> list[Sanction]:
    """Each party a sanction names as the imposing authority ("the public security organ", "the organ at the
    higher level or the departments ...") or as the party penalised ("the persons directly in charge") as an
    actor: the known one it names, else a new actor (basis ``authority`` or ``violator``). Where the clause
    names it, that is a mention of the actor (with its span)."""
    out = []
    # a penalty coordinated after a sanction of the same sentence ("... shall be ordered to stop, and may be fined")
    # shares its subject, so the violation that subject's relative clause names: the last condition per violator
    conditions: dict[tuple[str, str | None], str] = {}
    unit_of = unit_finder(units)  # (a scan of the units per sanction was quadratic in a long document)
    for s in sanctions:
        unit = unit_of(s.span)
        at = unit.clean.text.find(s.text) if unit is not None else -1
        found: dict[str, tuple[str, ...]] = {}
        if s.condition:
            conditions[(s.provision, s.violator)] = s.condition
        condition = s.condition or conditions.get((s.provision, s.violator))
        for role, printed, known in (("authority", s.authority, s.authorities), ("violator", s.violator, s.violators)):
            if not printed:
                continue
            keys: list[str] = []
            if unit is not None and (back := _referred_back(printed, unit, units, clauses or [], res)):
                # "Where an operator specified in Article 7 fails to ...": the operators bound by Article 7
                found[role] = tuple(dict.fromkeys((*known, *(_actor_id(k) for k in back))))
                continue
            if role == "violator" and unit is not None and (
                    violated := _violated_bearers(printed, condition, unit, units, clauses or [], res)):
                # "Staff who violate Article 7 shall be ...": the staff Article 7 binds
                found[role] = tuple(_actor_id(k) for k in violated)
                continue
            if role == "violator" and unit is not None and (cover := _cover_term(printed, unit, clauses or [], res)):
                # "Operators who violate Chapter II shall be ...": the text's operators
                found[role] = tuple(_actor_id(k) for k in cover)
                continue
            # "the operator and the persons directly responsible": the persons in charge are a conjunct of their own
            pieces = IN_CHARGE_CONJUNCT.split(printed)
            names = [x for piece in pieces for x, _ in res.conjuncts(LEVEL_SUFFIX.sub("", piece))]  # "X at ... level": X
            parts = [y for x in names for y in re.split(r"\s+or\s+(?:the\s+)?", x)]
            # "Staff of the departments or of the centre": a conjunct opening with "of" shares the first one's head
            head0 = re.split(r"\s+of\s+", parts[0])[0] if parts else ""
            parts = [f"{head0} {y}" if k and re.match(r"of\s", y) else y for k, y in enumerate(parts)]
            for part in parts:
                key = res.resolve(part, names) or res.resolve(IN_CHARGE.sub("", part), names)
                if key is None and unit is not None:
                    # "the captain and other persons directly responsible", after "Boat captains have the power to ...": a
                    # definite bare head noun names the one party of the document with that head
                    key = _head_mention(part, s.text, unit, clauses or [], res)
                if key is None and not FINITE.search(part) and (_is_party(part) or _is_party(IN_CHARGE.sub("", part)) or (
                        role == "violator" and s.condition is not None and violation_agent(s.condition) == part)):
                    # (the subject of a verb of violation is a party whatever its head noun: "Where a landlord violates")
                    key = res.register_subject(part, None, basis=role, checked=True)
                if key is None:
                    continue
                keys.append(_actor_id(key))
                k = s.text.lower().find(part.lower()) if unit is not None and at >= 0 else -1
                if unit is not None and k >= 0:
                    a, b = at + k, at + k + len(part)
                    span = unit.clean.span(a, b)
                    mentions.setdefault(key, []).append(Mention(unit.document, unit.article, unit.provision_at(span),
                                                                unit.clean.text[a:b], span))
            found[role] = tuple(dict.fromkeys((*known, *keys)))
        out.append(replace(s, authorities=found.get("authority", s.authorities),
                           violators=found.get("violator", s.violators)))
    return out


def _party_test(res: _Resolver) -> Callable[[str], tuple[str, ...] | None]:
    """A party phrase -> the ids of the known actors it names (possibly empty), or None if it names no party."""

    def party(np: str) -> tuple[str, ...] | None:
        c = _clean_np(np)
        if not c or FINITE.search(c):
            return None
        names = [x for x, _ in res.conjuncts(c)]
        keys = [res.resolve(x, names) for x in names]
        for k, x in enumerate(names):  # "the departments ... at or above the provincial level": the departments
            short = LEVEL_SUFFIX.sub("", x)
            if keys[k] is None and short != x and len(short.split()) > 1:
                keys[k] = res.resolve(short, names)
        if names and all(k or _is_party(x) for k, x in zip(keys, names, strict=True)):
            return tuple(_actor_id(k) for k in keys if k)
        return None

    return party


IN_CHARGE_CONJUNCT = re.compile(r",?\s+and\s+(?=(?:the\s+|other\s+)*(?:persons?|staff|personnel|managers?|officials?)\s+"
                                r"(?:directly\s+)?(?:in\s+charge|responsible|liable)\b)", re.IGNORECASE)


def _head_mention(part: str, clause: str, unit: Unit, clauses: list[_Clause], res: _Resolver) -> str | None:
    """A definite bare noun ("the captain", "the wardens"; ``part`` as printed, without its article, and
    written with "the" in ``clause``) as a sanction's party: the one party that the document binds whose name has
    that head noun ("boat captains"); None when no party or more than one has it ("the department" among two
    departments names neither)."""
    word = part.strip()
    if not re.fullmatch(r"[A-Za-z]+", word) or not re.search(rf"\bthe\s+{word}\b", clause, re.IGNORECASE):
        return None
    head = singular(word.lower())
    found: list[str] = []
    for c in clauses:
        if c.unit.document != unit.document:
            continue
        for key in c.bearers:
            label = res.lex.labels.get(key, key).lower()
            if singular(re.split(r"\s+of\s+", label)[0].split()[-1]) == head and key not in found:
                found.append(key)
    return found[0] if len(found) == 1 else None


def _cover_term(printed: str, unit: Unit, clauses: list[_Clause], res: _Resolver) -> list[str]:
    """A bare plural head noun as the violator ("Operators who violate Chapter II ...") where the text names no party
    so but binds two or more parties with that head ("platform operators", "warehouse operators"): a cover term for
    them, so the parties bound in this document with that head; else none (resolved as before)."""
    word = printed.strip().lower()
    if not re.fullmatch(r"[a-z]+s", word) or (res.lex.forms.get(word) is not None and any(
            res.lex.labels.get(k, "").lower() in (word, singular(word)) for c in clauses for k in c.bearers)):
        return []
    head = singular(word)
    out: list[str] = []
    for c in clauses:
        if c.unit.document != unit.document:
            continue
        for key in c.bearers:
            label = res.lex.labels.get(key, key).lower()
            if label not in (word, head) and singular(re.split(r"\s+of\s+", label)[0].split()[-1]) == head \
                    and key not in out:
                out.append(key)
    return out if len(out) >= 2 else []


def _sanctions(skipped: list[tuple[Unit, int, int, str]], res: _Resolver, units: list[Unit]) -> list[Sanction]:
    """The sanctions of one document's sanctioning clauses (kept as statements "not a duty: sanction"), and of its
    penalties stated without a modal ("is liable to a fine")."""
    party = _party_test(res)
    out: list[Sanction] = []
    by_unit: dict[int, tuple[Unit, list[tuple[int, int, int]]]] = {}
    for u, a, b, r in skipped:
        if r != "not a duty: sanction":
            continue
        si = next((k for k, (x, y) in enumerate(regions(u)) if x <= a < y), -1)
        by_unit.setdefault(id(u), (u, []))[1].append((a, b, si))
    liable = liable_units(units)
    order = [u for u in units if id(u) in by_unit or id(u) in liable]
    listed = {id(u) for u in order}  # a set: a scan of ``order`` per unit was quadratic in a long document
    order += [u for u, _ in by_unit.values() if id(u) not in listed]
    prev = None
    article = None
    counter: dict[str, int] = {}
    for u, clauses in ((u, by_unit.get(id(u), (u, []))[1]) for u in order):
        if u.article != article:
            prev, article = None, u.article
        found, prev = sanctions_of_unit(u, sorted(clauses), party, prev)
        for s in found:
            n = counter.get(s.provision, 0) + 1
            counter[s.provision] = n
            out.append(replace(s, id=f"{s.provision}/sanction_{n}"))
    return out


PRONOUN_RE = P.PRONOUN
LEVEL_SUFFIX = re.compile(r"\s+at\s+(?:or\s+(?:above|below)\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+levels?$", re.IGNORECASE)
NO_BEARER = "no bearer could be identified for this modal statement"
# (review14) a modal inside a non-restrictive relative clause before the main marker (guide 1.10: one entry)
RELATIVE_MODAL = "not a duty: a modal in a relative clause that describes the subject"


@dataclass(frozen=True)
class UnboundClause:
    """What a modal statement that binds no named party says (guide 3.1, basis ``none``): its modality, action and
    condition as printed. The statement stays a :class:`Statement` (no party bears it, ``regkb check`` reports it);
    this is what the clause would be in the obligation register, for the eval and for readers."""

    modality: str
    action: str
    condition: str | None


UNBOUND_EXCEPTION = re.compile(r",\s*(?P<c>(?:except|unless|save\s+where|provided\s+that|with\s+the\s+exception\s+of)\b"
                               r"[^;:]*)$", re.IGNORECASE)


def unbound_clause(statement: Statement) -> UnboundClause | None:
    """The clause of a no-bearer statement ("Encourage the adoption of ...", "Flight data relating to ... shall not
    be provided ...", "Where ..., a security assessment shall be passed ..."); None for other statements."""
    if statement.reason != NO_BEARER:
        return None
    text = statement.text
    m = P.MODAL.search(text)
    if m is None:
        # a marker read as such only after a coordinator ("..., and supports the sharing of ..."): the statement
        # starts at the marker
        m = P.MODAL.match(", and " + text, 6)
        if m is None:
            return None
        return UnboundClause(_modality(m), text[m.end() - 6 :].lstrip(" ,").rstrip(" .;,"), None)
    cond = None
    start = 0
    if P.CONDITION_OPENER.match(text) or P.LEAD_ADVERBIAL.match(text):
        comma = text.rfind(", ", 0, m.start())
        if comma > 0:  # "Where it is truly necessary ..., a security assessment shall be passed"
            cond, start = text[:comma].strip(), comma + 2
    subject = text[start : m.start()].strip(" ,")
    # an imperative ("Encourage the innovative application ...") or a party's clause: the action follows the marker;
    # an agentless clause (a passive, or a thing as subject) is the whole clause (guide 3.2)
    whole = bool(subject) and (bool(PASSIVE.match(text[m.end() :].lstrip())) or not _is_party(_clean_np(subject)))
    action = text[start:] if whole else text[m.end() :].lstrip(" ,")
    modality = _modality(m)
    exc = UNBOUND_EXCEPTION.search(action.rstrip(" .;,"))
    if exc is not None and exc.start() > 8:
        # (probe19b) "No assembly shall be held within 300 metres of the following places, with the exception of those
        # approved by the State Council": an exception that closes an agentless clause restricts it (guide 3.2), as it
        # does a bound one
        cond = " ... ".join(x for x in (cond, exc.group("c")) if x)
        action = action[: exc.start()]
    if modality in ("obligation", "permission") and P.NEGATED_SUBJECT.match(subject):
        # (Session 14, extract17) "No show cave may be opened to visitors while ...": a denied subject makes the
        # clause a ban whoever bears it, as the bound clause reads it (never a leave)
        modality = "prohibition"
    return UnboundClause(modality, action.rstrip(" .;,"), cond)


def no_bearer_diagnostics(docs: list[ParsedDocument], sources: dict[str, str]) -> list[Diagnostic]:
    """A warning, with its place, for every modal sentence where no bearer was found, and for every modal in a
    relative clause that describes a subject (guide 1.10: no entry of its own; the text may mean a duty)."""
    out = []
    for p in docs:
        src = sources.get(p.document.id, "")
        for st in p.statements:
            if st.reason not in (NO_BEARER, RELATIVE_MODAL):
                continue
            line = src.count("\n", 0, st.span.start) + 1
            col = st.span.start - (src.rfind("\n", 0, st.span.start) + 1) + 1
            if st.reason == RELATIVE_MODAL:
                out.append(Diagnostic("warning", p.document.path, line, col,
                                      f"Art. {st.article} ({st.eid}): a modal in a relative clause that describes the "
                                      f"subject: {st.text[:80]!r}",
                                      "recorded as no duty of its own (guide 1.10); if the text states this duty "
                                      "nowhere else, check it", "relative-modal"))
                continue
            out.append(Diagnostic("warning", p.document.path, line, col,
                                  f"Art. {st.article} ({st.eid}): no bearer found for {st.text[:80]!r}",
                                  "check who must act; the sentence is kept as a statement, not a duty", "no-bearer"))
    return out


def portfolio_diagnostics(actors: list[Actor], bodies: tuple[Body, ...] | list[Body], docs: list[ParsedDocument],
                          sources: dict[str, str]) -> list[Diagnostic]:
    """A warning, at its first mention, for every actor named "A and B <departments/bureaus/...>" that was read as
    the bodies of one joint portfolio (guide 1.6) although nothing in the text or the registry says whether A and
    B are one field or two: the reading is a guess, and with two bodies each would bear the duties."""
    paths = {p.document.id: p.document.path for p in docs}
    lex = _Lexicon()
    for a in actors:
        for name in (a.label, *a.aliases):
            lex.forms.setdefault(name.lower(), a.id)
    for b in bodies:
        for name in (b.name, *b.abbreviations, *b.aliases):
            lex.forms.setdefault(name.lower(), b.id)
    one_body = _Lexicon()  # names of one body: the registry's, and the text's with a singular head
    body_ids = {b.id for b in bodies}
    for name, key in lex.forms.items():
        head = re.split(r"\s+of\s+", name, maxsplit=1)[0].split()[-1:]  # "bureaus" in "bureaus of the county"
        if key in body_ids or (head and singular(head[0]) == head[0]):
            one_body.forms.setdefault(name, key)
    out = []
    for a in actors:
        if a.basis in ("registry", "definition") or not a.mentions:
            continue
        if not any(_portfolio(n, _Lexicon()) and not _joint_field_known(n, one_body) for n in (a.label, *a.aliases)):
            continue
        m = a.mentions[0]
        if m.document not in paths:
            continue
        src = sources.get(m.document, "")
        line = src.count("\n", 0, m.span.start) + 1
        col = m.span.start - (src.rfind("\n", 0, m.span.start) + 1) + 1
        out.append(Diagnostic("warning", paths[m.document], line, col,
                              f"{a.label!r} is read as the bodies of one joint portfolio (one actor); the text and "
                              "the registry do not say whether they are one body or two",
                              "check it; if they are two bodies, add each to corpus/bodies.yaml (a body the "
                              "registry names alone is read as a party of its own)", "joint-portfolio"))
    return out


def _joint_field_known(phrase: str, lex: _Lexicon) -> bool:
    """Whether the text or the registry names a body whose whole field is "A and B" ("Ministry of Housing and
    Urban-Rural Development" for "the housing and urban-rural development departments"): then one portfolio is
    what the names say, not a guess."""
    pre = re.split(r"\s+of\s+", phrase.strip(), maxsplit=1)[0].lower().split()
    field_words = [w for w in pre[:-1] if w not in ("the", "relevant", "competent", *SCOPE_ADJ)]
    return bool(field_words) and _field_alone(" ".join(field_words), lex)
ITEM_LABEL = re.compile(r"\s*(?:[(（][^()（）\s]{1,6}[)）]|\d{1,3}[.)]|[a-z]\)|[一二三四五六七八九十]+、)\s*")
# What a list of items after "the following ..." is: circumstances and contents are the scope of the
# lead-in's duty, not duties of their own.
CONDUCT_NOUNS = frozenset(["measure", "duty", "obligation", "provision", "responsibility", "task", "step", "act",
                           "action", "work", "rule", "principle", "function"])
NOT_CONDUCT_START = frozenset(["a", "an", "the", "any", "other", "such", "its", "their", "his", "her", "this", "that",
                               "these", "those", "each", "every", "all", "no", "one", "two", "both", "where", "if",
                               "when",
                               # (Session 12, obl13) an indirect question names what is shown or stated ("(3) whether
                               # the clothing will be donated"), no act
                               "whether", "what", "which", "how", "who", "whom", "whose", "why"])


# "X must not carry out any of the following acts:": not doing any of them is not doing each, so every item is a
# prohibition of its own (unlike "shall meet one of the following requirements", where the items are alternatives)
BANNED_ACTS = re.compile(r"\b(?:any|either)\s+of\s+the\s+following\s+(?:\w+\s+)?(?:acts?|conducts?|behaviou?rs?|activit(?:y|ies)|"
                         r"practices?|actions?)\b", re.IGNORECASE)


def _conduct_list(lead_in: str) -> bool:
    """Whether a lead-in says its items are conduct: "the following measures / duties / provisions"."""
    m = re.search(r"\bfollowing\s+([\w'-]+(?:\s+[\w'-]+){0,5}?)(?=\s*[:：]|\s+(?:in|to|for|of|with|by|on|that|which|as|and)\b|$)",
                  lead_in, re.IGNORECASE)
    return m is not None and singular(m.group(1).split()[-1].lower()) in CONDUCT_NOUNS


def _states_conduct(item: str) -> bool:
    """Whether an item states conduct: it opens with a verb ("Use data ...", "formulating ...", "In the process of
    ..., take ...") or holds a modal, not with a determiner ("(I) a crash of a drone", "(2) the loss of a parcel")."""
    body = re.sub(r"[\[\]]", "", ITEM_LABEL.sub("", item, count=1)).strip()
    if P.NOUN_CLAUSE_OPENING.match(body):
        return False  # (session 17, obl23) "(3) how riders may complain": an indirect question, its modal no rule
    if P.MODAL.search(body) or (P.LEAD_ADVERBIAL.match(body) and not re.match(r"(?:where|if|when)\b", body, re.I)):
        return True
    first = body.split()[0].lower() if body.split() else ""
    return bool(first) and first not in NOT_CONDUCT_START and not first[0].isdigit()


def _gerund_or_modal(item: str) -> bool:
    """Whether an item reads as conduct by its form alone: it opens with a gerund ("establishing a system") or
    holds a modal of its own."""
    body = re.sub(r"[\[\]]", "", ITEM_LABEL.sub("", item, count=1)).strip()
    first = body.split()[0].lower() if body.split() else ""
    return bool(P.MODAL.search(body)) or (first.endswith("ing") and len(first) > 5)


DESCRIPTIVE_NOUNS = frozenset(["circumstance", "situation", "condition", "case", "content", "item", "matter", "information",
                               "term", "meaning", "particular", "category", "type", "requirement",
                               # what a permission or duty is for or about: "only for the following purposes"
                               "purpose", "scenario", "field", "area", "material", "document"])
# "ensure that the following functions are switched off:": the list is the subject of a clause of its own, so its
# items are the things that clause is about, not conduct (unless an item reads as conduct: a gerund or a modal)
FOLLOWING_AS_SUBJECT = re.compile(r"\bthe\s+following\s+(?:[\w'-]+\s+){1,3}?(?:is|are|be|shall\s+be|must\s+be|"
                                  r"should\s+be|has\s+been|have\s+been|remain|remains)\b", re.IGNORECASE)


# (session 17, obl23) a lead-in that ends in "ensure (see, make sure) that" and the subject of the content clause
# ("The operator needs to ensure that the app: (1) shows the price; (2) records ..."): the items are the rest of that
# clause, what the app does, the contents of one duty (no entries of their own); an item with a marker and a party of
# its own still binds that party
_CONTENT_WORD = r"(?!(?:is|are|be|been|was|were|has|have|had|shall|must|may|should|will|can|following)\b)[\w'’-]+"
CONTENT_CLAUSE_LEAD = re.compile(r"\b(?:ensure|ensuring|see\s+to\s+it|see|make\s+sure|check|verify)\s+that\s+"
                                 r"(?:the|its|their|each|every|all|any|a|an|his|her)\s+(?!following\b)"
                                 rf"{_CONTENT_WORD}(?:\s+{_CONTENT_WORD}){{0,4}}\s*$", re.IGNORECASE)


# (session 17, obl23) "the following" as the bare object of a verb of handing over or stating ("file the following
# with the bureau:", "submit the following to X:", "state the following:"): the items are the things handed over or
# stated; an item is conduct only where it opens with a verb and its object ("(1) pay the fee") or a gerund, or holds a
# modal of its own. "(3) proof of public liability insurance" is a document filed, no duty of its own.
FOLLOWING_GIVEN = re.compile(r"\b(?:file|submit|provide|produce|present|supply|furnish|deliver|send|hand\s+in|lodge|"
                             r"state|declare|report|record|register|enclose|attach|give|include|contain|specify|"
                             r"indicate|show|list|set\s+out)\s+the\s+following(?=\s*[:：]|\s+(?:to|with|in|on|at|for)\s)",
                             re.IGNORECASE)


# "the following requirements / standards / norms" (and not "one of the following"): what is required
REQUIREMENT_LIST = re.compile(r"(?<!\bof\s)\bthe\s+following\s+(?:[\w'-]+\s+){0,3}?(?:requirements|standards|norms)\b",
                              re.IGNORECASE)


# "comply with / observe / abide by the following requirements": requirements one complies with are rules of conduct
# (what to do), while requirements one meets or satisfies may be qualifications ("(1) holding a permit"); so under
# these verbs an item that opens with a verb phrase ("(1) keep logs ...", "(2) not sell data") states conduct
COMPLY_WITH_LIST = re.compile(r"\b(?:comply\s+with|observe|abide\s+by|adhere\s+to|obey|follow)\s+the\s+following\s+"
                              r"(?:[\w'-]+\s+){0,3}?(?:requirements|standards|norms)\b", re.IGNORECASE)


# (Session 11) an item that opens with a bare verb and its object ("(1) fit every room with an alarm", "(2) keep the
# exits clear", "(3) not use open flame"): an imperative, so conduct even under "meet / satisfy the following
# requirements", where a gerund ("(1) holding a permit") or a noun phrase ("(2) a fixed place", "(3) sound management
# systems") stays a qualification. The verb is known by its place: a first word that is no determiner, gerund or
# participle, right before a determiner or a pronoun that opens its object; or "not" before a verb (no noun phrase
# opens with "not")
IMPERATIVE_ITEM = re.compile(r"^(?:(?:not|never)\s+[a-z]|(?!(?:a|an|the|any|other|such|its|their|his|her|this|that|these|"
                             r"those|each|every|all|no|one|two|both|where|if|when|legal|natural)\b)[a-z]+(?<!ing)(?<!ed)"
                             r"\s+(?:the|a|an|every|each|all|any|its|their|it|them|such|his|her|this|these|those)\s)",
                             re.IGNORECASE)


# "in (any of) the following circumstances / cases / situations": the items are states of affairs the lead-in's rule
# applies in (its scope), whatever verbs they hold
CIRCUMSTANCE_LIST = re.compile(r"\b(?:in|under|for)\s+(?:(?:any|one|each|either|all)\s+of\s+)?the\s+following\s+"
                               r"(?:[\w'-]+\s+){0,2}?(?:circumstances?|cases?|situations?|events?)\b", re.IGNORECASE)


def _descriptive_list(lead_in: str) -> bool:
    """Whether the items after a lead-in are circumstances or contents (scope), not conduct: "one of the
    following", or "the following <noun>" whose head noun names matters, items, circumstances ..."""
    if re.search(r"\b(?:one|any|either)\s+of\s+the\s+following\b", lead_in, re.IGNORECASE):
        return True
    m = re.search(r"\bfollowing\s+([\w'-]+(?:\s+[\w'-]+){0,5}?)(?=\s*[:：]|\s+(?:in|to|for|of|with|by|on|that|which|as|and)\b|$)",
                  lead_in, re.IGNORECASE)
    return m is not None and singular(m.group(1).split()[-1].lower()) in DESCRIPTIVE_NOUNS


def _item_clause(u: Unit, a: int, b: int, lead: _Clause) -> _Clause:
    """An item (or the verb phrase opening it) that states conduct under a lead-in: a duty of the lead-in's
    bearers with the lead-in's modality; an opening adverbial ("In the process of ..., take ...") is its condition."""
    text = u.clean.text
    cond: tuple[int, int] | None = None
    act = a
    if P.LEAD_ADVERBIAL.match(text[a:b]):
        comma = text.find(", ", a, b)
        # "In the process of A, B, C and D, and E, take ...": a list inside the adverbial runs to its last conjunct
        listed = re.match(r"(?:[^,;]+,\s+){1,8}?(?:and|or)\s+(?:[\w'-]+\s+){0,4}[\w'-]+(?=,\s)", text[comma + 2 : b]) \
            if comma > 0 else None
        if listed and all(len(x.split()) <= 5 for x in re.split(r",\s+", listed.group(0))[:-1]):
            comma = comma + 2 + listed.end()
        if comma > 0:
            cond, act = (a, comma), comma + 2
    return _Clause(u, a, b, lead.modal, lead.modality, "", a, cond, False, lead.sentence, list(lead.bearers),
                   "lead-in", action_at=act)


# "not" opening a verb phrase of an item, at its start or after "and"/"or": "(3) not providing ...",
# "(3) Respect ..., and not use ..."
# "(3) in no case accept ...", "never ...", "under no circumstances ...": a negative adverbial says "not" as well
# (P.NEGATIVE_ADVERBIALS), and "not, on any account, accept ..." extends the "not" to every occasion
ITEM_NOT = re.compile(r"(?:(?<=\x00)|,?\s+(?:and|or)\s+)(" + P.NOT_ANY_OCCASION_WS + "|not|" + P.NEGATIVE_ADVERBIALS_WS + r")\s+(?=[a-z])",
                      re.IGNORECASE)


# ", and <verb> <determiner or pronoun> ...": a second verb phrase with its object, not a second object of the first
ITEM_THEN_DO = re.compile(r",\s+and\s+(?P<v>[a-z]+)\s+(?=(?:the|a|an|every|each|all|any|its|their|his|her|it|them|such|"
                          r"those|these)\b)")


def _item_clauses(u: Unit, a: int, b: int, lead: _Clause) -> list[_Clause]:
    """The clauses of an item without a marker of its own: one with the lead-in's modality, and a ban for a verb
    phrase negated by "not" (no modal needed: the lead-in's marker governs it, the "not" reverses it). A circumstance
    that closes an item ("not sell tickets once the run is full") is its condition (guide 1.3), as for a clause."""
    out = _item_clauses_read(u, a, b, lead)
    for c in out:
        if c.condition is None:
            _trailing_circumstance(c, item=True)
    return out


def _item_clauses_read(u: Unit, a: int, b: int, lead: _Clause) -> list[_Clause]:
    text = u.clean.text
    neg = ITEM_NOT.search("\x00" + text[a:b]) if lead.modality == "obligation" else None  # \x00: the item start
    if neg is not None:
        shift = a - 1
        ban = _item_clause(u, neg.start(1) + shift, b, lead)
        ban.modality, ban.action_at, ban.condition = "prohibition", neg.end() + shift, None
        if neg.start() <= 1:
            # "(3) not alter records, and mark every copy as a copy": "not" negates its own verb phrase; a verb
            # phrase after ", and" (a verb and its object) is the lead-in's duty again
            then = ITEM_THEN_DO.search(text, ban.action_at, b)
            if then is not None and then.group("v").lower() not in NOT_CONDUCT_START:
                ban.end = then.start()
                return [ban, _item_clause(u, then.start("v"), b, lead)]
            return [ban]
        return [_item_clause(u, a, neg.start() + shift, lead), ban]
    return [_item_clause(u, a, b, lead)]


def _lead_in_items(clauses: list[_Clause]) -> list[_Clause]:
    """Items under a lead-in that imposes a duty on named bearers ("X shall abide by the following: (1) Use
    data ...; (2) ... rights shall not be infringed") are duties of those bearers (basis "lead-in")."""
    out: list[_Clause] = []
    by_unit: dict[int, list[_Clause]] = {}
    order: list[int] = []
    for c in clauses:
        if id(c.unit) not in by_unit:
            order.append(id(c.unit))
        by_unit.setdefault(id(c.unit), []).append(c)
    for uid in order:
        cs = by_unit[uid]
        u = cs[0].unit
        par = u.paragraph
        text = u.clean.text
        if par.table_header:  # a table's rows: parse/tables.py reads them by their columns
            out.extend(cs)
            continue
        intro_end = len(par.intro) if par.intro else 0
        lead = next((c for c in cs if par.items and c.start < intro_end and c.bearers
                     and text[c.end : c.end + 1] in COLONS), None)
        introduced = lead is not None
        if lead is not None:
            # the items elaborate the last "the following" before the colon: in a clause's action they are its
            # conduct; in a subject or condition ("In any of the following circumstances") they are its scope
            sentence_start = max((a for a, _ in regions(u) if a <= lead.start), default=0)
            last = None
            for fm in re.finditer(r"\bfollowing\b", text[sentence_start : lead.end], re.IGNORECASE):
                last = sentence_start + fm.start()
            if last is not None and re.match(r"(?:is|are)\s", lead.modal.group(0), re.IGNORECASE) \
                    and P.DUTIES_OF_PARTY.match(lead.modal.group(0)):
                last = None  # (Session 13, obl15) "Each of the following is a duty of X:": the list is the subject
            if last is not None and P.HELD_DUTIES.match(text, lead.modal.start()) is not None:
                last = None  # (Session 14, extract17) "X has the following duties:": the list is what the marker holds
            if last is not None and any(x.end() == last for x in EXCEPTED_LIST.finditer(text, sentence_start, lead.end + 1)):
                # (Session 15, probe19) "consumers have the right to return goods within seven days, except for the
                # following goods: (1) customised goods; ...": the items are what the rule leaves out, its scope, not
                # conduct of the lead-in's party (they were read as three more rights)
                lead, introduced, last = None, True, None
            if last is not None:
                owner = next((c for c in cs if c.modal.end() <= last < c.end and c.bearers), None)
                introduced = True  # "In any of the following circumstances, X shall ...:": the items are its scope
                lead = owner
        banned_acts = lead is not None and lead.modality == "prohibition" and bool(BANNED_ACTS.search(text, lead.start, lead.end))
        # "X shall comply with the following requirements: 1. Logs shall be kept ...": items that carry a marker of
        # their own state conduct required of X; items without one are qualifications or contents
        requirements = lead is not None and bool(REQUIREMENT_LIST.search(text, lead.start, lead.end))
        complied = requirements and lead is not None and bool(COMPLY_WITH_LIST.search(text, lead.start, lead.end))
        if lead is None or ((_descriptive_list(text[lead.start : lead.end])
                             or CONTENT_CLAUSE_LEAD.search(text, lead.start, lead.end))
                            and not banned_acts and not requirements):
            circumstances = lead is not None and bool(CIRCUMSTANCE_LIST.search(text, lead.start, lead.end))
            # (Session 11) "X shall attend to the following matters: (a) the area shall be divided ...": an item that is
            # an agentless passive duty says a thing is to be done, not what a thing contains; under a duty of named
            # bearers it is theirs (basis lead-in), as an agentless passive after a clause of theirs is
            tasks = lead is not None and not circumstances and lead.modality == "obligation" and lead.bearers and \
                not re.search(r"\b(?:one|any|either)\s+of\s+the\s+following\b", text[lead.start : lead.end], re.I)
            for c in cs:
                if not (tasks and lead is not None and par.items and c.start >= intro_end and c.basis != "explicit"
                        and c.passive and c.modality in ("obligation", "prohibition") and _agentless(c)):
                    continue
                item = next(((s, e) for s, e in regions(u) if s <= c.subject_at < e
                             and not ITEM_LABEL.sub("", text[s : c.subject_at], count=1).strip()), None)
                if item is not None:
                    c.bearers, c.basis, c.action_at = list(lead.bearers), "lead-in", c.subject_at
                    c.end = min(c.end, item[1])  # the item's clause ends with the item (its provision is the item)
                    while c.end > c.subject_at and text[c.end - 1] in " ;.,\n；。，":
                        c.end -= 1
            for c in cs:  # clauses inside items that are circumstances or contents bind no one of their own
                # (in a list of circumstances even a modal with a subject of its own is part of a state of affairs:
                # "only in the following cases: (1) a court needs to ...": when a court needs to, not a court's duty)
                if par.items and c.start >= intro_end and (c.basis not in ("explicit", "lead-in") or not c.bearers
                                                           or circumstances):
                    c.bearers = []
                    c.content_item = introduced
            out.extend(cs)
            continue
        extra: list[_Clause] = []
        as_subject = bool(FOLLOWING_AS_SUBJECT.search(text, lead.modal.end(), lead.end))
        things_given = not banned_acts and bool(FOLLOWING_GIVEN.search(text, lead.modal.end(), lead.end))
        all_conduct = (_conduct_list(text[lead.start : lead.end]) and not as_subject) or banned_acts
        first_style: str | None = None
        nested = after_colon = False
        for s, e in regions(u):
            if s < intro_end:
                continue
            style = _label_style(ITEM_LABEL.match(text, s))
            if first_style is None:
                first_style = style
            elif style != first_style and (nested or after_colon):
                # "(1) installing terminals, namely: 1. a terminal that ...; 2. ...; (2) keeping ...": items in
                # another numbering after an item that ends with a colon are that item's contents (a list inside
                # it), not conduct of the lead-in's bearer; the lead-in's own numbering resumes its items
                nested = True
                continue
            nested, after_colon = False, text[s:e].rstrip().endswith(COLONS)
            if not all_conduct and not _states_conduct(text[s:e]):
                continue  # "(I) a crash of a drone": an event or thing, not conduct
            if things_given and not IMPERATIVE_ITEM.match(re.sub(r"[\[\]]", "", ITEM_LABEL.sub("", text[s:e], count=1)).strip()) \
                    and not _gerund_or_modal(text[s:e]):
                continue  # "file the following: (3) proof of insurance": a thing filed, not conduct
            if requirements and not P.MODAL.search(text, s, e) and not (
                    complied and _states_conduct(text[s:e])) and not IMPERATIVE_ITEM.match(
                    re.sub(r"[\[\]]", "", ITEM_LABEL.sub("", text[s:e], count=1)).strip()):
                continue  # "(1) holding a permit": a qualification, not conduct
            if as_subject and not banned_acts and not _gerund_or_modal(text[s:e]):
                continue  # "ensure that the following functions are off: 1. continuous location tracking": a thing
            label = ITEM_LABEL.match(text, s)
            a = label.end() if label else s
            b = e
            while b > a and text[b - 1] in " ;.,:\n；：。，":
                b -= 1
            tail = re.search(r"[;,.；，]?\s*\b(?:and|or)$", text[a:b])
            if tail:
                b = a + tail.start()
            colon = _colon(text, a, b)
            if colon >= 0 and not (text[colon - 1 : colon].isdigit() and text[colon + 1 : colon + 2].isdigit()):
                # "(1) installing X, namely: 1. ...; 2. ...": a list inside the item is what the act covers (a clock
                # time, "22:00", is no colon of a list)
                b = colon
            intro = CONTENTS_INTRO.search(text, a, b)
            if intro:
                b = intro.start()  # "(1) installing terminals that meet X, namely:": the act ends before its contents
            inside = [c for c in cs if s <= c.start < e]
            if not inside:
                extra.extend(_item_clauses(u, a, b, lead))
                continue
            for c in inside:
                if c.bearers:
                    continue
                c.bearers, c.basis = list(lead.bearers), "lead-in"
                sa = max(c.subject_at, a)
                before = text[sa : c.modal.start()]
                vp = re.sub(r"[,;]?\s*(?:and|or)?\s*$", "", before)
                if c.passive and vp.strip():
                    c.action_at = sa  # "(2) ... the rights of others shall not be infringed"
                elif vp.strip() and not P.LEAD_ADVERBIAL.match(vp):
                    # "(1) Adhere to X, and must not Y": the verb phrase before is a duty of its own
                    extra.append(_item_clause(u, sa, sa + len(vp), lead))
                    c.start, c.subject, c.subject_at = c.modal.start(), "", c.modal.start()
        rest_at = lead.modal.end() if lead.action_at is None else lead.action_at
        aside = LEAD_IN_ASIDE.fullmatch(text, rest_at, lead.end)
        if aside is not None and lead.condition is None:
            # (session 15) "Each operator should, before opening each day: (1) ...": the circumstance set off between
            # the marker and the colon is the items' condition; the marker is bare
            lead.condition, rest_at = (aside.start("c"), aside.end("c")), lead.end
        if not text[rest_at : lead.end].strip(" ,"):
            # (session 15: or its party and "to" after an impersonal marker, "it is for X to:")
            # (Session 11, obl12) a bare marker before the colon ("Vendors are to:", "X shall not:"): the items are its
            # clauses and it has no action of its own; if no item states conduct, the list is its action as before
            if extra or any(c.basis == "lead-in" for c in cs):
                cs = [c for c in cs if c is not lead]
                if lead.condition is not None:
                    # (Session 13, cond14) "Vendors selling food are to: (a) ...", "Where X, A shall: (1) ...": the
                    # lead-in has no entry of its own, so its condition would be lost; each item without a condition
                    # of its own carries it (guide 1.10)
                    for c in cs + extra:
                        if c.basis == "lead-in" and c.condition is None and c.start >= intro_end:
                            c.condition = lead.condition
            else:
                lead.end = len(text)
        merged = sorted(cs + extra, key=lambda c: c.start)
        out.extend(merged)
    return out


# (session 15) a circumstance set off by commas between a lead-in's marker and its colon ("should, before opening each
# day:", "shall, when a session starts,:")
# ((bounds20) the circumstance ends at its last word, not lazily: a lazy end re-read the white space after it from each
# of its spaces, and the optional comma's two white-space runs split a run every way; the same text either way)
LEAD_IN_ASIDE = re.compile(r"\s*+,\s*+(?P<c>(?:before|after|when|whenever|while|during|within|on|upon|at|each|every|once)"
                           r"\b(?:[^,:;]*[^,:;\s])?)\s*+,?\s*+", re.IGNORECASE)
# the words that introduce what an item's act covers, before a colon ("..., namely:", "..., as follows:")
CONTENTS_INTRO = re.compile(r",?\s*\b(?:namely|as\s+follows|that\s+is(?:\s+to\s+say)?|i\.e\.|viz\.?)$", re.IGNORECASE)


# an exception right before "the following" ("except for the following goods:", "other than the following", "with the
# exception of the following")
EXCEPTED_LIST = re.compile(r"\b(?:except(?:\s+for)?|excluding|other\s+than|save\s+for|with\s+the\s+exception\s+of|"
                           r"apart\s+from|excepting)\s+(?:in\s+)?(?:any\s+of\s+)?the\s+(?=following\b)",
                           re.IGNORECASE)


def _label_style(label: re.Match[str] | None) -> str:
    """The numbering an item label belongs to: "(1)" and "(12)" are one, "1." another, "(a)" and "(iv)" a third."""
    if label is None:
        return ""
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", label.group(0).strip().lower()))


def _unlabelled_items(clauses: list[_Clause], units: list[Unit]) -> list[_Clause]:
    """Items printed without labels (a web page's list whose numbers the browser draws) come out as paragraphs of
    their own: a paragraph that opens with a lower-case letter continues the sentence of a lead-in paragraph ending
    with ":", so it is an item of that lead-in ("Platform operators shall perform the following obligations:" /
    "verify the qualifications ...;" / "not permit ..."), as for labelled items (see :func:`_lead_in_items`)."""
    by_unit: dict[int, list[_Clause]] = {}
    for c in clauses:
        by_unit.setdefault(id(c.unit), []).append(c)
    extra: list[_Clause] = []
    lead: _Clause | None = None
    banned = False
    for u in units:
        text = u.clean.text.strip()
        own = by_unit.get(id(u), [])
        if lead is not None and (u.article != lead.unit.article or not text[:1].islower() or own
                                 or u.paragraph.items):
            lead = None
        if lead is not None:
            a = u.clean.text.index(text[:1])
            b = len(u.clean.text.rstrip())
            while b > a and u.clean.text[b - 1] in " ;.,:；：。，":
                b -= 1
            tail = re.search(r"[;,.；，]?\s*\b(?:and|or)$", u.clean.text[a:b])
            if tail:
                b = a + tail.start()
            if _states_conduct(u.clean.text[a:b]) or banned:
                extra.extend(_item_clauses(u, a, b, lead))
            continue
        last = own[-1] if own else None
        if (last is not None and last.bearers and not u.paragraph.items and text.endswith(COLONS)
                and last.end >= len(u.clean.text.rstrip()) - 1):
            seg = u.clean.text[last.start : last.end]
            banned = last.modality == "prohibition" and bool(BANNED_ACTS.search(seg))
            lead = last if (banned or not _descriptive_list(seg)) and not FOLLOWING_AS_SUBJECT.search(seg) else None
    if not extra:
        return clauses
    order = {id(u): k for k, u in enumerate(units)}
    return sorted(clauses + extra, key=lambda c: (order.get(id(c.unit), -1), c.start))


def statements_for(statements: list[Statement], doc: str) -> list[Statement]:
    """The statements of document ``doc``."""
    return [s for s in statements if s.document == doc]


class StatementsByDocument:
    """The statements of each document in a list that grows document by document: :func:`statements_for` at every
    moment, each statement read once (a scan of the whole list per document was quadratic in the corpus)."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements  # the growing list (appended to, never changed before its end)
        self.groups: dict[str, list[Statement]] = {}
        self.seen = 0  # statements[:seen] are in the groups

    def of(self, doc: str) -> list[Statement]:
        """``statements_for(statements, doc)`` for the list as it is now."""
        for s in self.statements[self.seen :]:
            self.groups.setdefault(s.document, []).append(s)
        self.seen = len(self.statements)
        return list(self.groups.get(doc, ()))


def _statement(u: Unit, a: int, b: int, reason: str) -> Statement:
    text = u.clean.text[a:b].strip(" ,;")
    a2 = u.clean.text.index(text, a) if text else a
    span = u.clean.span(a2, a2 + len(text))
    return Statement(u.document, u.article, u.provision_at(span), text, span, reason)


def _bear(c: _Clause, prev: _Clause | None, res: _Resolver) -> None:
    subj = c.subject
    text = c.unit.clean.text
    if c.produced:
        if prev is not None and prev.sentence == c.sentence and prev.bearers:
            c.bearers, c.basis = list(prev.bearers), "passive-implied"  # who signs the agreement answers for it
        return
    if c.antecedent is not None:
        np = _clean_np(text[c.antecedent[0] : c.antecedent[1]])
        pm = _postmodifier(np, res.lex.known())
        np = np[:pm].rstrip(" ,") if pm is not None else np
        if re.match(r"\s*by\s", text[c.antecedent[0] - 3 : c.antecedent[0]]):  # "by A and by B, which shall each"
            np = re.sub(r"(\s+(?:and|or)\s+|,\s+)by\s+", r"\1", np)
            conj = res.conjuncts(np)
            agents = [k for k in dict.fromkeys(res.resolve(x, [y for y, _ in conj]) or res.register_subject(x, al)
                                               for x, al in conj) if k]
            if agents:
                c.bearers, c.basis = agents, "relative"
            return
        key = res.resolve(np, [np]) or res.register_subject(np, None)
        if key:
            c.bearers, c.basis = [key], "relative"
            c.mentions = [(key, c.antecedent[0], c.antecedent[1])]
        return
    if (c.modality == "encouragement" and re.search(r"(?:advocates?|hopes|hoped|desirable|recommended|advisable|welcome|"
                                                    r"appreciated|(?:wish|hope|desire)\s+of\s+.+)$", c.modal.group(0),
                                                    re.IGNORECASE)) \
            or (c.modality == "obligation" and re.match(r"it\s+(?:is|shall\s+be)\s", text[c.subject_at : c.modal.end()],
                                                        re.IGNORECASE)
                and re.search(r"(?:essential|vital|necessary|mandatory|compulsory|obligatory|imperative)$", c.modal.group(0),
                              re.IGNORECASE)
                and re.match(r"\s+that\s", text[c.modal.end() : c.end])):
        # (Session 13, obl15) "It is essential that the operator clears X": the party opening the content clause bears
        # the need, as the one opening "It is hoped that ..." is encouraged
        # "advocates that skiers buy X": the party that opens the content clause is encouraged, its verb opens the
        # action; "advocates the cascade use of X": an activity promoted, no addressee (the advocate is never the one
        # encouraged)
        that = re.match(r"\s+(?:that|if)\s+", text[c.modal.end() : c.end])
        opening = _party_opening(text[c.modal.end() + that.end() : c.end], res) if that else None
        if that and opening:
            c.bearers, c.basis = [opening[1]], "explicit"
            c.action_at = c.modal.end() + that.end() + opening[0]
            np_at = c.modal.end() + that.end()
            np = text[np_at : np_at + opening[0]].rstrip()
            known, low = res.lex.known(), _clean_np(np).lower()
            # (the whole phrase was just registered by _party_opening: it is no name the text gave)
            pm = _postmodifier(np, _KnownBut(known, low))
            key = (res.resolve(_clean_np(np[:pm]), [_clean_np(np[:pm])]) or res.register_subject(np[:pm], None)) \
                if pm else None
            if pm and key:
                # (Session 12, obl13) "that restaurants near residential communities will offer X": the modifier
                # narrows the party encouraged, a condition as after a subject
                c.bearers, c.condition = [key], (np_at + pm, np_at + len(np))
            # "hopes that vendors will take ...": the content clause's "will" / "should" opens no part of the act
            aux = re.match(r"\s*(?:will|would|should|shall|can|could)\s+(?=[a-z])", text[c.action_at : c.end])
            if aux:
                c.action_at += aux.end()
        return
    # ((Session 14, extract18) "backs A in V-ing", "will back A in V-ing": "back" as "support")
    if c.modality == "encouragement" and re.search(r"(?:encourage|support|guide|assist|help|welcome)s?$|\bbacks?$|"
                                                   r"\b(?:calls?\s+(?:up)?on|urges|exhorts|(?:backing|support)\s+to|efforts\s+(?:of|by)|"
                                                   r"stands\s+behind|favou?r\s+of|appeals\s+to|would\s+like|"
                                                   r"(?:up)?on|commends|see)$",
                                                   c.modal.group(0), re.IGNORECASE):
        # "Support A, B and C to collaborate in ...", "The State supports A in doing ...": the parties encouraged
        # are the verb's object (guide 4, `explicit`); the subject, if any, is the one who encourages
        # (Session 12, obl13) "is in favour of operators offering X": the gerund follows the party directly
        # (Session 13, obl15) "looks favourably on A who V", "commends A that V": the relative clause is A's act;
        # "would be glad to see A V": the bare infinitive after A
        marker = c.modal.group(0)
        if re.search(r"(?:\bon|commends|pledges\s+(?:its|their)\s+(?:full\s+)?support\s+to)$", marker, re.IGNORECASE) \
                and not re.search(r"calls?\s+(?:up)?on$", marker, re.IGNORECASE):
            obj = re.match(r"\s*(.+?)\s+(?:who|that)\s+(?P<act>\w)(?P<ger>)", text[c.modal.end() : c.end])
        elif re.search(r"\bsee$", marker, re.IGNORECASE):
            obj = _object_then_verb(text[c.modal.end() : c.end])
        else:
            # (Session 15, probe19) "encourages and supports (guides, helps) all organizations and individuals to V": a
            # second verb of promotion coordinated with the marker is part of it, not of the object's name
            obj = re.match(r"\s*(?:and\s+(?:supports?|guides?|helps?|assists?|encourages?)\s+)?(.+?)\s+(?:to\s+(?P<act>\w)|"
                           r"in\s+(?P<ger>\w+ing)\b)" if not re.search(
                r"favou?r\s+of$", marker, re.IGNORECASE) else r"\s*(.+?)\s+(?P<act>)(?P<ger>\w+ing)\b",
                text[c.modal.end() : c.end])
        parts = _party_segments(_clean_np(obj.group(1)), lambda x: bool(res.lex.find(_clean_np(x)))
                                or _is_party(_clean_np(x)), strict=True) if obj else None
        if obj and P.UNIVERSAL_SUBJECT.match(obj.group(1).strip()):
            # (Session 15, probe19) "encourages all organizations and individuals to V": everyone (guide 3, universal
            # bearers), one bearer as for a duty, not "organizations" and "individuals" as two parties
            parts = [obj.group(1).strip()]
        if obj and parts:
            found = [res.resolve(_clean_np(x), parts) or res.register_subject(x, None) for x in parts]
            c.bearers, c.basis = [k for k in dict.fromkeys(found) if k], "explicit"
            # "encourages operators to use X": the action is "use X"; "supports agencies in using X": "using X"
            c.action_at = c.modal.end() + obj.start("act" if obj.group("act") else "ger")
            return
        if obj and re.fullmatch(r"them|it|him|her|him\s+or\s+her", obj.group(1).strip(), re.IGNORECASE) \
                and prev is not None and prev.sentence == c.sentence and prev.unit is c.unit and prev.bearers:
            # "supports A in doing X, and encourages them to Y": the pronoun object is the party just named
            c.bearers, c.basis = list(prev.bearers), "pronoun"
            c.action_at = c.modal.end() + obj.start("act" if obj.group("act") else "ger")
            return
        if not _clean_np(subj) or re.search(r"(?:welcomes?|on|urges|exhorts|to|of|like|commends|see)$", c.modal.group(0),
                                                   re.IGNORECASE):
            return  # one who welcomes (calls on, urges) is never the one encouraged
        if obj and not re.search(r"(?:encourage|guide|assist|help)s?$", c.modal.group(0), re.IGNORECASE) \
                and re.search(r"\b(?:supports?|backs?)$", c.modal.group(0), re.IGNORECASE):
            # (session 17, obl23) "The County Bureau supports host villages in building screens": the object with its
            # gerund or infinitive is the one supported, whether or not its noun is known as a party; the supporter is
            # never the one encouraged (guide 1.13 a): kept with no bearer and reported, as for "social funds" (1.12 e)
            return
        # no party as the object ("The State encourages the adoption of ..."): the subject, as for any clause
    if c.impersonal:
        if prev is not None and prev.sentence == c.sentence:
            c.bearers, c.basis = list(prev.bearers), "passive-implied"  # "X shall keep ..., and it is prohibited to"
        else:
            # "... where the physician finds that ...": the party who finds or learns of the circumstance is the one to
            # act on it (not any party the circumstance names: "... if the user refuses" names no actor)
            zone = (c.condition[0], c.condition[1]) if c.condition is not None else (c.modal.end(), c.end)
            late = re.search(r"(?:^|\s)(?P<c>(?:where|if|when|once)\s+(?:the|a|an|such)\s(?:[\w'-]+\s){1,8}?(?:finds|"
                             r"discovers|detects|learns|becomes\s+aware|considers|determines|knows|notices|suspects)\b"
                             r"[^;:]*)$", text[zone[0] : zone[1]], re.IGNORECASE)
            finders = _condition_subject(late.group("c"), res) if late else []
            if late and finders:
                c.bearers, c.basis = finders, "passive-implied"
                if c.condition is None:
                    a = zone[0] + late.start("c")
                    c.condition, c.action_end = (a, a + len(late.group("c").rstrip(" .;,"))), zone[0] + late.start()
        return
    if not subj and c.passive and (agent := _by_agent(c, res)) is not None:
        # (Session 15, probe19) "Pollution fees shall be used for X, and shall not be withheld ... by any entity or
        # individual": a coordinated passive that names its own agent is that agent's, not the shared subject's party
        c.bearers, c.basis = [agent], "explicit"
        return
    if c.shared is not None and not c.passive and not subj:
        # (wrongs20) "The bureau shall impose fines ... and shall hear the party first": the authority of the sanction
        # clause before, which is no clause of its own here (a sanction), shares its subject with this one
        np = text[c.shared[0] : c.shared[1]]
        conj = res.conjuncts(np)
        sharers: list[str] = []
        for x, al in conj:
            one = res.resolve(x, [y for y, _ in conj]) or res.register_subject(x, al)
            if one and one not in sharers:
                sharers.append(one)
        if sharers:
            c.bearers, c.basis = sharers, "shared-subject"
            return
    if not subj or (PRONOUN_RE.match(subj) and not (subj.lower().startswith("such ") and not _is_party(subj[5:]))):
        # pronoun: actors named in the condition, else the previous clause's bearers
        keys: list[str] = []
        elided = not subj and prev is not None and prev.sentence == c.sentence
        # the subject of a passive is what is acted on ("Where a reader is damaged, it is to be repaired"): its
        # antecedent in the condition is no bearer; the party of the sentence before acts on it (guide 3.1)
        if c.passive and subj.strip().lower() in ("it", "they") and c.condition and c.condition[0] < c.subject_at:
            # (unless the pronoun's antecedent is that very party: "Where an applicant qualifies, it shall be granted")
            ante = _condition_subject(text[c.condition[0] : c.condition[1]], res)
            if prev is not None and prev.bearers and prev.sentence >= c.sentence - 1 and not set(ante) & set(prev.bearers):
                c.bearers, c.basis = list(prev.bearers), "passive-implied"
            return
        # an elided subject is the coordinated clause's, whatever its condition says; a condition after the pronoun
        # ("It shall, before an elevator is put into use, register it") cannot hold its antecedent
        if c.condition and not elided and c.condition[0] < c.subject_at:
            a, b = c.condition
            keys = _condition_subject(text[a:b], res)
        if not keys and c.condition and not elided and c.condition[0] < c.subject_at:
            a, b = c.condition
            svc = re.search(r"\b(?:a|an|the|any|such)\s+((?:\w+\s+){0,6}?services?)\b", text[a:b], re.IGNORECASE)
            agent = _agent_of("provision", svc.group(1), res) if svc else None
            if agent:  # "If a ... service possesses ..., it should undergo ...": the service's provider is bound
                c.bearers, c.basis = [agent], "passive-implied"
                return
        if not keys and not c.passive and subj.lower() in ("it", "they"):
            keys = _remit_antecedent(text[: c.subject_at], subj.lower() == "they", res)
        if keys:
            c.bearers, c.basis = keys, "pronoun"
        elif prev is not None and (prev.sentence == c.sentence or (subj and prev.sentence >= c.sentence - 2)):
            # "They should guide users ...": the pronoun takes the bearers of the sentence before
            c.bearers, c.basis = list(prev.bearers), "pronoun" if subj else "shared-subject"
            if c.condition is None and prev.condition is not None and not _after_action(prev) and (
                    prev.sentence == c.sentence or (subj and _leading(prev) and prev.subject
                                                    and PRONOUN_RE.match(prev.subject))):
                # "If a service ..., it should ... . Additionally, it must ...": the same condition (guide 3.2)
                c.condition = prev.condition
        if not c.bearers and subj and (ana := _definite_anaphor(c, res)) is not None:
            c.bearers, c.basis = [ana], "pronoun"  # "Such manufacturers ..." opening a paragraph: those named before
        if subj:
            c.mentions = [(k, c.subject_at, c.subject_at + len(subj)) for k in c.bearers]
        return
    if subj.strip().lower() == "there" and re.search(r"\bbe\s+no$", c.modal.group(0), re.IGNORECASE):
        # (Session 12, deontic13) "There shall be no spraying of X by the owner": the subject is no party; the act's agent
        # after "by" is banned, as the by-agent of a passive (a party the text knows, or a noun whose head names one)
        by = THERE_BE_NO_AGENT.search(text, c.modal.end(), c.end)
        if by:
            np = _clean_np(by.group("np"))
            adv = AGENT_ADVERBIAL.search(np)
            key = _known_agent(np, res) or res.register_subject(np[: adv.start()] if adv else np, None)
            if key:
                c.bearers, c.basis = [key], "explicit"
        return
    neg = P.NEGATED_SUBJECT.match(subj)
    if neg and neg.group("np") and P.GIVEN_TO_RECIPIENT.match(text, c.modal.start(), c.end) \
            and _is_party(_clean_np(neg.group("np"))):
        # (Session 15, guide 1.12 c) "No child shall be given the task of ...", "No minor may be assigned to ...": the
        # one given to is acted on, not bound; the ban is the giver's, named by a by-phrase, else no one's (a statement
        # that `regkb check` reports). The action is the whole clause, as for any subject that is not the bearer.
        c.modality, c.action_at, c.action_end = "prohibition", c.subject_at, None
        agent = _by_agent(c, res)
        if agent:
            c.bearers, c.basis = [agent], "explicit"
        return
    if neg and _neither(neg):  # "Neither A nor B may ...": a ban on A and on B
        keys_nb = [res.resolve(_clean_np(x), [x]) or res.register_subject(x, None) for x in _neither(neg)]
        if all(keys_nb):
            c.bearers, c.basis, c.modality = list(dict.fromkeys(k for k in keys_nb if k)), "explicit", "prohibition"
        return
    if neg and (known_nb := _denied_known(neg, res)):
        # "No watch maker or app operator may ...": a ban on each party the text names so (not a new party "any
        # watch maker or app operator", and not everyone)
        c.bearers, c.basis, c.modality = known_nb, "explicit", "prohibition"
        c.mentions = [(k, c.subject_at, c.subject_at + len(subj)) for k in known_nb]
        return
    if neg:
        np = _denied(neg)
        anyx = np if re.match(r"any(?:one|body|\s)", np, re.I) else "any " + np
        key = res.lex.find(_clean_np(anyx)) or res.lex.find(key_of(_clean_np(anyx)))
        if key is None and not c.passive:
            # ((Session 14, extract18) not the subject of a passive: "No pet body shall be buried in a park" names
            # what is acted on, never a party to register, even where its head could name one ("body")
            key = res.register_subject(anyx, None)
        if key and c.passive and not res.lex.find(_clean_np(np)) and not res.lex.find(key_of(_clean_np(np))):
            key = None  # a thing the text never named as a party, acted on by the passive
        if key:
            c.bearers, c.basis, c.modality = [key], "explicit", "prohibition"
            c.mentions = [(key, c.subject_at, c.subject_at + len(subj))]
            return
        if not c.passive:
            return
        # (Session 12, obl13) "No tattoo shall be applied to a minor", "No ice area shall be opened before X": a thing
        # denied as the subject of a passive names no party; the act is banned, and its bearer is read as for any
        # agentless passive (below)
        c.modality = "prohibition"
    own = POSSESSED.match(subj)
    if own and c.passive:
        # "..., and its contents are to be deposited in a bank", "Their staff shall be trained": the subject of a
        # passive is acted on, never its bearer; read as any agentless passive (below)
        own = None
    if own and prev is not None and len(prev.bearers) == 1 and prev.sentence >= c.sentence - 2:
        # "Kiosk operators shall ... . Their staff shall ...": the staff of the party named before
        owner = res.lex.labels.get(prev.bearers[0], prev.bearers[0])
        if not any(w[:1].isupper() for w in owner.split()[1:]):
            owner = owner[:1].lower() + owner[1:]  # "kiosk operators"; a proper name keeps its capitals
        np = f"{own.group('n')} of {owner}"
        key = res.resolve(_clean_np(np), [np]) or res.register_subject(np, None)
        if key:
            c.bearers, c.basis = [key], "pronoun"
            c.mentions = [(key, c.subject_at, c.subject_at + len(subj))]
        return
    if own:
        return  # whose staff is not said: reported, not guessed
    if LATTER.fullmatch(subj):
        key = _latter(c, res)
        if key:  # "X shall report to the kiosk bureau. The latter shall reply ...": the party named last
            c.bearers, c.basis = [key], "pronoun"
            c.mentions = [(key, c.subject_at, c.subject_at + len(subj))]
        return
    nom = NOMINALISATION.match(_clean_np(subj))
    if nom:
        keys_n: list[str] = []
        for noun in re.split(r"\s+(?:and|or)\s+", nom.group("noun").lower()):
            verb = _VERB_OF[noun]
            key = res.lex.provides.get(f"{verb} {nom.group('obj').lower()}") or _agent_of(noun, nom.group("obj"), res)
            if key and key not in keys_n:
                keys_n.append(key)
        if keys_n:
            c.bearers, c.basis = keys_n, "nominalisation"
            return
    if c.passive:
        by_list = _by_agents(c, res)  # "by A, B and C", "by A and by B": each
        agent = None if by_list else _by_agent(c, res)
        if agent is not None:
            by_list = [agent]
        if by_list:
            c.bearers, c.basis = by_list, "explicit"
            if c.subject.strip() and c.action_at is None:
                # (Session 13, guide 1.10) "Every hive shall be inspected by the owner": the subject is what is acted
                # on and the verb alone says nothing, so the action is the whole clause, as for an agentless passive
                c.action_at = c.subject_at
            return
        by_pronoun = re.match(r"\s*(?:not\s+|only\s+)?be\s+(?:\w+ly\s+)?\w+(?:\s+(?!by\b)\w+)?\s+by\s+(?P<p>it|them)\b",
                              text[c.modal.end() : c.end], re.IGNORECASE)
        if by_pronoun and prev is not None and prev.bearers and prev.sentence >= c.sentence - 1 and (
                (by_pronoun.group("p").lower() == "them") == _plural(prev.subject or "")) and prev.subject.strip():
            # "Operators shall collect receipts. The receipts shall be kept by them ...": the agent is a pronoun for
            # the party of the clause before, bound only when the number agrees
            c.bearers, c.basis = list(prev.bearers), "pronoun"
            return
        if re.match(r"\s*(?:not\s+|only\s+)?be\s+(?:\w+ly\s+)?\w+(?:\s+(?!by\b)\w+)?\s+by\s", text[c.modal.end() : c.end]):
            return  # "shall be protected by law": the agent is stated, and it is not a party
        _passive_bearer(c, prev, res)
        return
    ana = _definite_anaphor(c, res)
    if ana:  # "... report to the city transport department. The department shall ...": the department just named
        c.bearers, c.basis = [ana], "explicit"
        c.mentions.append((ana, c.subject_at, c.subject_at + len(subj)))
        return
    whole = res.whole(subj)
    if whole:  # "Firms and institutions that hold permits (hereinafter ...)": one party the text names so
        c.bearers, c.basis = [whole], "explicit"
        c.mentions.append((whole, c.subject_at, c.subject_at + len(subj)))
        return
    conj = res.conjuncts(subj)
    names = [x for x, _ in conj]
    keys = []
    for x, _alias in conj:
        k = res.resolve(x, names)
        if k and k not in keys:
            keys.append(k)
    if keys and all(res.resolve(x, names) for x in names):
        c.bearers, c.basis = keys, "explicit"
        pos = c.subject_at
        sources = res.conjuncts_with_source(subj)
        if len(sources) == 1 and keys:
            c.mentions.append((keys[0], c.subject_at, c.subject_at + len(subj)))
            sources = []
        for x, _alias, printed in sources:
            key = res.resolve(x, names)
            k2 = text.find(printed, pos, c.subject_at + len(subj)) if printed else -1
            if key and k2 >= 0:
                c.mentions.append((key, k2, k2 + len(printed)))
                pos = k2 + len(printed)
        return
    if c.passive:
        _passive_bearer(c, prev, res)
    elif not c.bearers and (agent := _by_agent(c, res, in_subject=True)) is not None:
        c.bearers, c.basis = [agent], "passive-implied"  # "Any change ... by the recipient shall be subject to ..."
    elif not c.bearers and (agent := _genitive_agent(subj, res)) is not None:
        # "The activities of X shall comply with ...", "X's handling of Y shall ...": an active verb, the usual action
        c.bearers, c.basis = [agent], "passive-implied"
        c.action_at = c.modal.end() + len(text[c.modal.end() : c.end]) - len(text[c.modal.end() : c.end].lstrip())
    elif not c.bearers and not _banned_gerund_act(c) and (agent := _thing_keeper(subj, res)) is not None:
        # (a gerund's act is no thing: "Keeping poultry at a stall is forbidden" names no stall holder, guide 1.10)
        # (Session 12, obl13) "Each collection bin shall display X" where the text names the "bin operator": a thing
        # as the subject of an active verb is the thing its keeper runs, and the clause is the keeper's (guide 3.1
        # passive-implied: the party the text defines by that thing); the whole clause is the action
        c.bearers, c.basis = [agent], "passive-implied"
    elif not c.bearers and _nominal_activity(subj):
        agent = _activity_agent(c, res)
        if agent:  # "Personal information processing shall be based on ...": the processor
            c.bearers, c.basis = [agent], "passive-implied"


# Head nouns too general to name a document or act of a party ("the data", "the period"): no back-reference.
GENERIC_HEADS = frozenset(["data", "information", "content", "period", "matter", "provision", "measure", "time", "scope",
                           "rule", "system", "product", "service", "update", "package", "thing", "case", "purpose",
                           "quality", "security", "right", "interest", "law", "regulation", "standard", "principle"])
# The operations of processing data, as PRC data law names them (collection, storage, use, processing, transmission,
# provision, disclosure, deletion, transfer): a text whose scope is a party's processing governs each of them.
PROCESSING_STEMS = frozenset(["coll", "stor", "use", "usa", "proc", "tran", "prov", "disc", "dele", "expo"])


DEVERBAL = re.compile(r"(?:tion|sion|ment|ance|ence|ice|al|ure)$")
# adjectives derived from a noun or verb ("educational", "informative", "statutory", "disciplinary", "advisable")
DERIVED_ADJECTIVE = re.compile(r"(?:ional|ive|ory|ary|ous|ic|able|ible|ful)$")


def _stem4(word: str) -> str:
    return word.lower()[:4]


THING_OF_PARTY = re.compile(r"^(?:the|each|every|its)\s+(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+of\s+"
                            r"(?P<np>(?:a|an|the|each|every|any)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4})$", re.IGNORECASE)


def _possessor(c: _Clause, res: _Resolver) -> str | None:
    """The party whose thing is the subject ("The furnace of a cremation service provider"): a party the text knows
    or a noun that names one, after "of"; the thing itself no party and no activity (None otherwise)."""
    m = THING_OF_PARTY.match(c.subject.strip(" ,"))
    if m is None or _is_party(_clean_np(m.group("thing"))) or NOMINALISATION.match(_clean_np(c.subject.strip(" ,"))):
        return None
    np = _clean_np(m.group("np"))
    key = res.resolve(np, [np])
    if key is None and _is_party(np):
        key = res.register_subject(np, None)
    return key


def _denied_thing(c: _Clause) -> bool:
    """A passive whose subject is a thing denied ("No stage may be put up", "No gangway shall be put out"): no party's
    name after the "No" (the act is banned, its doer read as for an agentless passive)."""
    neg = P.NEGATED_SUBJECT.match(c.subject.strip())
    return bool(c.passive and neg and neg.group("np") and not _is_party(_clean_np(neg.group("np"))))


def _agentless(c: _Clause) -> bool:
    """A clause whose grammatical subject names no party: an agentless passive or a thing as subject."""
    if c.impersonal or c.antecedent is not None or not c.subject.strip():
        return False
    if PRONOUN_RE.match(c.subject) or P.NEGATED_SUBJECT.match(c.subject):
        return False
    np = _clean_np(c.subject)
    # "Resumes of job seekers who have deregistered ...": a relative clause inside the subject is no clause as subject
    if FINITE.search(re.split(r"\s+(?:that|who|whom|which|whose)\s", np, maxsplit=1)[0]):
        return False  # a clause as subject is no thing
    return c.passive or (bool(np) and not _is_party(np))  # the subject of a passive never bears it


HEADING_PARTY = re.compile(r"\b(?:obligations|duties|responsibilities)\s+of\s+(?:the\s+)?(?P<np>[\w'’ -]+?)\s*\]?\s*$",
                           re.IGNORECASE)


def _heading_parties(p: ParsedDocument, res: _Resolver) -> dict[int, str]:
    """Article number -> the party its heading says the duties there are of: the article's own caption ("[Obligations
    of Platform Operators]") before its chapter's title ("Security Obligations of Charging Operators"). Only a
    party the text already knows counts."""
    def party(title: str) -> str | None:
        m = HEADING_PARTY.search(title or "")
        if not m:
            return None
        np = _clean_np(m.group("np"))
        return res.resolve(np, [np])

    chapters = {ch.number: party(ch.title) for ch in p.chapters}
    out: dict[int, str] = {}
    for a in p.articles:
        key = party(a.title) or (chapters.get(a.chapter) if a.chapter is not None else None)
        if key:
            out[a.number] = key
    return out


def _scope_party(p: ParsedDocument, res: _Resolver) -> tuple[str, frozenset[str], bool, bool] | None:
    """The party a text's scope article says it governs, with the content stems of what it governs, whether that is
    processing, and whether the scope names the party itself rather than an activity of it: "These Rules apply to the
    handling of parcel data ... by kiosk operators" (an activity) or "These Rules apply to couriers that deliver
    parcels ... (hereinafter "couriers")" (the party)."""
    for u in p.units[:12]:
        m = SCOPE_SENTENCE.search(u.clean.text)
        if not m:
            continue
        scope = m.group("what")
        by = list(re.finditer(r"\bby\s+(?:the\s+)?(?P<np>[\w' -]+?)(?=\s*[(（,;.]|$)", scope))
        cand: list[tuple[str, str, bool]] = []
        if by:
            cand.append((by[-1].group("np"), scope[: by[-1].start()], False))
        short = P.INLINE_DEFINITION.search(scope)
        if short and not by:
            # "apply to A and B in X that install cameras (hereinafter "schools")": the text's short name is the party
            cand.append((short.group("term") or short.group("bare"), scope[: short.start()], True))
        # ("apply to pawnshops that ...", or with a participle: "apply to hotels established / located in ...")
        head = re.match(r"(?:the\s+)?(?P<np>[\w' -]+?)\s+(?:that|who|which|(?-i:[a-z]+ed)(?=\s+(?:in|within|at|on|"
                        r"under|by|with|for)\b)|located|operating)\s+(?P<rest>.+)$", scope)
        if head:
            cand.append((head.group("np"), head.group("rest"), True))
        # "These Rules apply to the activities of kiosk operators in storing parcel data"
        acts = re.match(r"(?:the\s+)?(?:[\w-]+\s+)?(?:activities|activity|conduct|operations|business)\s+of\s+(?:the\s+)?"
                        r"(?P<np>[\w' -]+?)\s+(?:in|for|when|relating\s+to|concerning|involving)\s+(?P<rest>.+)$", scope)
        if acts:
            cand.append((acts.group("np"), acts.group("rest"), False))
        for np, what, whole in cand:
            key = _known_agent(_clean_np(np), res)
            if key is None:
                continue
            stems = frozenset(_stem4(w) for w in re.findall(r"[A-Za-z]{3,}", what)
                              if w.lower() not in ("the", "and", "within", "territory", "people's", "republic", "china",
                                                   "outside", "that", "which", "who", "with", "from", "into"))
            # "handling" is how translations of PRC data law name processing (the PIPL's "handling of personal
            # information"): a scope over a party's handling governs each operation of processing, as "processing" does
            return key, stems, bool(re.search(r"\b(?:process|handl)", scope, re.IGNORECASE)), whole
        return None
    return None


# the text itself as a subject ("These Measures shall be implemented on a trial basis"): its own validity, no one's duty
OWN_TEXT_SUBJECT = re.compile(r"^(?:these|this|the\s+present)\s+(?:provisions|measures|regulations|rules|law|decision|"
                              r"code|interpretation|opinions|notice|guidelines|standards?)$", re.IGNORECASE)


def _sentence_start(c: _Clause) -> int:
    """Where the sentence of a clause begins in its unit's text."""
    return max((a for a, _ in regions(c.unit) if a <= c.start), default=0)


SCOPE_SENTENCE = re.compile(r"\b(?:These|This)\s+\w+\s+(?:shall\s+)?appl(?:y|ies)\s+to\s+(?P<what>[^.;]+)")


# a subject that names an act ("the creation of ...", "the handling of ..."), not an attribute of it ("the storage period")
ACT_NOUN_SUBJECT = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:ion|ing|ment)\s+of\b", re.IGNORECASE)


def _implied_by_context(c: _Clause, done: list[_Clause], res: _Resolver,
                        scope: tuple[str, frozenset[str], bool, bool] | None) -> None:
    """The bearer of an agentless clause that the text implies by what came before or by its scope (guide 3.1,
    passive-implied), tried in this order:

    1. a document or act named by its subject that an earlier duty produces ("The application referred to in ...
       shall state ..." after "X is required to apply ..."; "The report shall list ..." after "X shall report ...");
    2. a passive, or an act named by a noun as subject, in a later paragraph of an article whose previous paragraph
       binds one party only;
    3. the party the scope article names, when the clause is about what the scope governs ("Parcel data shall be
       stored ..." under "apply to the handling of parcel data by kiosk operators")."""
    text = c.unit.clean.text
    head = _head(_clean_np(re.split(r"\s+referred\s+to\s+in\b", c.subject, maxsplit=1)[0]))
    art = c.unit.article
    nearby: list[_Clause] = []  # the clauses of this article and the one before (walked back, not scanned: bounded)
    for d in reversed(done):
        if d.unit.article < art - 1 or d.unit.article > art:
            break
        nearby.append(d)
    if _banned_gerund_act(c):
        # (Session 14, guide 1.11) "Keeping bees in a garden is not permissible", "..., and climbing over it is
        # forbidden": the gerund names the act and leaves its doer open, so the ban binds no named party wherever it
        # stands, after a clause with a bearer in the same sentence too (readers split on whether that clause lends
        # its party); never the party of the paragraph before, nor the scope's, nor (session 15) the party of an
        # earlier duty whose words share its stem ("Publishing ... advertisements shall not affect ..." after "No
        # entity or individual may send advertisements"). Kept as a statement that `regkb check` reports. ("It is
        # prohibited to V" after such a clause keeps that clause's bearer: guide 1.2.)
        return
    # (a gerund as subject names an act still to be done, never a document an earlier duty produced: "closing the
    # advertisement by one click shall be ensured")
    if head and len(head) >= 5 and head not in GENERIC_HEADS and not GERUND_SUBJECT.match(c.subject.strip(" ,")):
        nearby = [d for d in nearby if d.bearers]
        for d in nearby:
            words = re.findall(r"[A-Za-z]+", d.unit.clean.text[d.modal.end() : d.end])[:12]
            # a document or act is named by a deverbal noun ("declaration", "assessment", "notice") or by the verb
            # itself ("shall report" -> "the report"); "the pilots" after "train their pilots" is no such thing
            deverbal = DEVERBAL.search(head) is not None or (bool(words) and words[0].lower() == head)
            # (Session 15, probe19) an adjective made from the noun names a quality, not the act or its product
            # ("give support to the development of educational undertakings" produces no "education": "Education must
            # serve ..." in the next article is not that party's)
            if deverbal and any(_stem4(w) == _stem4(head) and len(w) >= 4 and not DERIVED_ADJECTIVE.search(w.lower())
                                for w in words):
                c.bearers, c.basis = list(d.bearers), "passive-implied"
                return
    if c.passive or _nominal_activity(_clean_np(c.subject)):
        # (an act named by a noun, "The creation of the archives is to follow ...", leaves its agent unsaid as a
        # passive does)
        par = c.unit.paragraph.number
        # the nearest earlier paragraph of the article with a clause (one without any, a definition, is passed over);
        # a right or an encouragement there binds no one to act, so it names no agent for this clause
        last = max((d.unit.paragraph.number for d in nearby if d.unit.article == art and d.unit.paragraph.number < par),
                   default=None)
        before = [d for d in nearby if d.unit.article == art and d.unit.paragraph.number == last and d.bearers]
        if any(d.modality in ("right", "encouragement") for d in before):
            before = []
        sets = {tuple(d.bearers) for d in before}
        if len(sets) == 1:
            c.bearers, c.basis = list(sets.pop()), "passive-implied"
            if not c.passive and ACT_NOUN_SUBJECT.match(_clean_np(c.subject)):
                # an act noun with an active verb ("The creation of X is to follow Y"): the usual action (guide 3.2)
                c.action_at = c.modal.end() + len(text[c.modal.end() : c.end]) - len(text[c.modal.end() : c.end].lstrip())
            return
    if scope is not None:
        key, stems, processing, _party = scope
        words = re.findall(r"[A-Za-z]{3,}", _clean_np(c.subject))
        pp = re.match(r"\s*(?:not\s+)?be\s+(?:\w+ly\s+)?(\w+)", text[c.modal.end() : c.end])
        if pp:
            words.append(pp.group(1))
        ws = {_stem4(w) for w in words}
        if ws & stems or (processing and ws & PROCESSING_STEMS):
            c.bearers, c.basis = [key], "passive-implied"


# (Session 11, obl12) "Keeping poultry or bees in a garden is not permissible.": a gerund clause as the subject of a ban
# that ends its clause names the act banned, not its agent (since session 13, guide 1.10, read as "It is prohibited to
# V": the party of a clause before it in the same sentence, else no one)
BANNED_AT_END = re.compile(r"(?:is|are|shall\s+be|will\s+be)\s+(?:\w+ly\s+)?(?:not\s+(?:permissible|permitted|allowed)|"
                           r"impermissible|prohibited|forbidden|banned)$", re.IGNORECASE)
# (no determiner before it: "The following acts are forbidden:" names a list, "the keeping of" a noun; not a
# preposition in -ing)
# (Session 15, probe19) also a gerund with its object after "of" and no determiner ("Discharging of pollutants by
# concealed drains ... is strictly prohibited") and two gerunds coordinated ("Publishing or sending advertisements
# over the Internet shall not affect ..."): the same bare act with its doer left open
GERUND_SUBJECT = re.compile(r"^(?!(?:following|according|including|concerning|regarding|during|notwithstanding)\b)"
                            r"[A-Za-z]{2,}ing\s+(?:(?!(?:of|and|or)\b)[a-z]|of\s+(?!the\b|this\b|these\b)[a-z]|"
                            r"(?:and|or)\s+[a-z]{2,}ing\b)", re.IGNORECASE)


def _banned_gerund_act(c: _Clause) -> bool:
    # (a ban in the modal too: "Publishing ... shall not affect users' normal use" bans the act, whoever does it)
    return bool((BANNED_AT_END.search(c.modal.group(0)) or c.modality == "prohibition")
                and GERUND_SUBJECT.match(c.subject.strip(" ,")) and not _is_party(_clean_np(c.subject)))


# an act named as a noun, then its object up to a preposition ("the use of guest records for advertising", "the sale of
# rental logs to third parties")
ACT_ON_THING = re.compile(r"(?:the\s+)?(?:use|sale|disclosure|transfer|publication|provision|destruction|alteration|"
                          r"copying|sharing|release|removal|disposal|resale|lending)\s+of\s+(?:the\s+|such\s+|these\s+)?"
                          r"(?P<np>(?:(?!(?:for|to|by|without|with|in|on|at|from|under|beyond|outside)\b)[\w-]+\s+){0,2}?"
                          r"[\w-]+)(?=\s+(?:for|to|by|without|with|in|on|at|from|under|beyond|outside)\b|\s*$)",
                          re.IGNORECASE)


def _object_antecedent(c: _Clause, done: list[_Clause], nearest: bool = False) -> list[str]:
    """"The bureau shall set up a register. Applicants shall ... . The register shall be open to the public": a
    definite thing as the subject of an agentless clause ("the register", "such records") points back to the thing
    an earlier duty of the same article acts on ("set up a register"); that duty's party keeps it, not the party of
    the sentence just before. Only when the head noun is the object of exactly one party's duties there (or, with
    ``nearest``, of the clause just before in the same sentence)."""
    m = re.match(r"(?:the|such|this|these|that|those)\s+(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s*$", c.subject.strip(), re.IGNORECASE)
    if m is None:
        # (Session 11) "The use of guest records for advertising ... is hereby prohibited": an act named as the subject
        # is done to its object, so the object is the thing, as a definite thing is ("The records shall ...")
        m = ACT_ON_THING.match(c.subject.strip())
    if m is None:
        return []
    head = singular(m.group("np").split()[-1].lower())
    if len(head) < 3 or head in GENERIC_HEADS or _is_party(head):
        return []
    # the head in either number ("bench" / "benches", "facility" / "facilities")
    forms = "|".join(re.escape(f) for f in sorted(noun_forms(head) | {head}, key=len, reverse=True))
    word = re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE)
    found: set[tuple[str, ...]] = set()
    last = done[-1] if done else None
    if nearest and last is not None and last.unit is c.unit and last.sentence == c.sentence and last.bearers \
            and not last.passive and word.search(c.unit.clean.text, last.action_at if last.action_at is not None
                                                 else last.modal.end(), last.action_end or last.end):
        # "X shall build new fences, and the new fences must ...": the definite noun phrase takes up the mention just
        # before it in its own sentence, whatever other clauses of the article say of such things
        return list(last.bearers)
    for d in done[-40:]:  # bounded: the last 40 clauses
        if d.unit.document != c.unit.document or d.unit.article != c.unit.article or not d.bearers or d.passive:
            continue
        a = d.action_at if d.action_at is not None else d.modal.end()
        if word.search(d.unit.clean.text, a, d.action_end or d.end):
            found.add(tuple(d.bearers))
    return list(found.pop()) if len(found) == 1 else []


def _same_act_earlier(c: _Clause, done: list[_Clause]) -> list[str]:
    """An agentless passive whose act the text has already tied to one party: the passive verb with its complement
    ("be put back into bonded stock") appears in an earlier clause of the document (its action or condition) that
    binds one party ("Where returned goods are to be put back into bonded stock, ..., such operators shall move
    ..."). At least three words must agree; two parties tied to the act leave it unbound."""
    if not c.passive:
        return []
    text = c.unit.clean.text
    pp = re.match(r"\s*(?:not\s+|only\s+)?be\s+(?P<act>[a-z]+(?:\s+[a-z][\w-]*){2,4})", text[c.modal.end() : c.end])
    if pp is None:
        return []
    words = pp.group("act").split()
    while len(words) > 3 and words[-1] in ("the", "a", "an", "of", "to", "in", "into", "on", "for", "with", "by"):
        words.pop()
    if len(words) < 3 or not any(len(w) > 4 and w not in GENERIC_HEADS for w in words[1:]):
        return []
    phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    found: set[tuple[str, ...]] = set()
    for d in reversed(done[-80:]):  # bounded: the last 80 clauses of the document
        if not d.bearers or d.unit.document != c.unit.document or d.remote:
            continue
        a = d.condition[0] if d.condition is not None else d.start
        if phrase.search(d.unit.clean.text, min(a, d.start), d.end):
            found.add(tuple(d.bearers))
    return list(found.pop()) if len(found) == 1 else []


# "The submitted variety data", "the reports filed": a thing named by the act that produced it
PRODUCT_SUBJECT = re.compile(r"^(?:the\s+|such\s+)?(?:(?P<pp>[a-z]{3,}(?:ed|en))\s+(?P<np>(?:[\w-]+\s+){0,3}[\w-]+)|"
                             r"(?P<np2>(?:[\w-]+\s+){0,3}[\w-]+)\s+(?P<pp2>[a-z]{3,}(?:ed|en)))$", re.IGNORECASE)


def _product_of_earlier_act(c: _Clause, done: list[_Clause]) -> list[str]:
    """"A breeding enterprise shall submit the variety data ... . The submitted variety data shall meet ...": a thing
    named by the participle of an earlier duty's verb, with that duty's object, is what that duty produces, and binds
    its bearer (guide 1.2, passive-implied). Only in the same article or the one just before it ("Article 4 X shall
    submit the data ... Article 5 The data submitted are to include ...": the next article goes on with what the
    duty produces); two parties with such a duty leave it unbound."""
    m = PRODUCT_SUBJECT.match(_clean_np(c.subject).strip())
    if m is None:
        return []
    pp, np = (m.group("pp"), m.group("np")) if m.group("pp") else (m.group("pp2"), m.group("np2"))
    head = singular(np.split()[-1].lower())
    if head in ("it", "they") or _is_party(np):
        return []
    stem = _activity_stem(pp)
    found: set[tuple[str, ...]] = set()
    for d in done[-40:]:  # bounded: the last 40 clauses
        if not d.bearers or d.unit.document != c.unit.document or d.remote or d.passive \
                or d.unit.article not in (c.unit.article, c.unit.article - 1):
            continue
        a = d.action_at if d.action_at is not None else d.modal.end()
        act = d.unit.clean.text[a : d.action_end or d.end]
        verb = re.match(r"\s*(?:\w+ly\s+)?([a-z]+)\b", act)
        if verb and _activity_stem(verb.group(1)) == stem and re.search(
                rf"(?<![\w-]){re.escape(head)}", singular_np(act.lower())):
            found.add(tuple(d.bearers))
    return list(found.pop()) if len(found) == 1 else []


def _defined_object_of(c: _Clause, done: list[_Clause], terms: set[str]) -> list[str]:
    """An agentless clause about a thing the text defines ("Traceability data shall include the following:", where
    "traceability data" is a defined term) binds the one party whose earlier duty has that thing as its object
    ("Cold-chain operators are to record traceability data"): the party that produces it. Two parties with such a
    duty, or none, leave it unbound."""
    subj = _clean_np(c.subject).lower()
    if not subj or subj not in terms:
        return []
    pattern = re.compile(r"(?<![\w-])" + re.escape(subj) + r"(?![\w-])", re.IGNORECASE)
    found: set[tuple[str, ...]] = set()
    for d in done[-200:]:  # bounded: the last 200 clauses of the document
        if not d.bearers or d.unit.document != c.unit.document or d.remote or d.passive:
            continue
        a = d.action_at if d.action_at is not None else d.modal.end()
        hit = pattern.search(d.unit.clean.text, a, d.action_end or d.end)
        if hit and P.OVERSIGHT_OF.search(d.unit.clean.text, max(a, hit.start() - 40), hit.start()):
            continue  # "in charge of the supervision of X": the party oversees X, it does not produce it
        if hit and not re.match(r"\s+by\s+(?!means\b|way\b)\w", d.unit.clean.text[hit.end() : hit.end() + 40]):
            # ("inspect the handling of guest records by hostel operators": a by-agent after the thing names who acts
            # on it; the inspector does not produce it)
            found.add(tuple(d.bearers))
    return list(found.pop()) if len(found) == 1 else []


def _definite_anaphor(c: _Clause, res: _Resolver) -> str | None:
    """A definite subject of one noun that the text did not define ("The department shall ...") names the party of
    that kind mentioned last before it in the same paragraph ("... report to the municipal transport department"), when
    no single known party has that head noun."""
    # "The department", "The said department", "the aforementioned providers", "Such manufacturers"
    m = re.fullmatch(r"\s*(?:(?:the|this|that|these|those|such|said|aforementioned|aforesaid|above-mentioned|"
                     r"abovementioned|foregoing)\s+)+([a-z]+)\s*", c.subject, re.IGNORECASE)
    if not m or not _is_party(m.group(1)):
        return None
    head = singular(m.group(1).lower())
    known = res.resolve(m.group(1), [m.group(1)])
    if known is not None:
        return known  # the text's own short form, or the one party with that head
    before = c.unit.clean.text[: c.subject_at]
    keys = [k for k in _actors_in(before, res) if _head(res.lex.labels.get(k, k)) == head]
    if not keys and re.match(r"\s*(?:the\s+)?(?:such|said|aforementioned|aforesaid|above-?mentioned|foregoing)\s",
                             c.subject, re.IGNORECASE):
        # "The said department may ...", "Such manufacturers are obligated to ..." in a later paragraph: the words
        # point back beyond the paragraph, to the party of that kind named last in the article before it
        earlier = res.article_before.get(id(c.unit), "")
        keys = [k for k in _actors_in(earlier, res) if _head(res.lex.labels.get(k, k)) == head]
    if keys:
        return keys[-1]
    # a party named only as an object so far ("complain to the city kiosk department. The department shall ...")
    named = list(re.finditer(rf"\bthe\s+((?:[\w'-]+\s+){{1,5}}?{re.escape(head)}s?)\b", before, re.IGNORECASE))
    if named and _is_party(named[-1].group(1)):
        np = _clean_np(named[-1].group(1))
        return res.resolve(np, [np]) or res.register_subject(np, None)
    return None


# "Its staff", "their employees": a party of a party named before
POSSESSED = re.compile(r"\s*(?:its|their)\s+(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*$", re.IGNORECASE)
LATTER = re.compile(r"\s*the\s+(?:latter|former)\s*", re.IGNORECASE)


def _latter(c: _Clause, res: _Resolver) -> str | None:
    """The party "the latter" (the last named) or "the former" (the one named before it) points to: of the parties
    named in the paragraph before the subject (known names, or "the/a ... <party noun>" phrases), the last or the
    one before the last."""
    text = c.unit.clean.text
    a = max(0, c.subject_at - 400)  # the sentence before, at most: bounded
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"\b(?:the|a|an|any)\s+((?:[\w'-]+\s+){0,5}[\w'-]+)(?=[\s,;.:]|$)", text[a : c.subject_at]):
        np = _clean_np(m.group(1))
        for cut in range(len(np.split()), 0, -1):  # the longest opening stretch that names a party
            cand = " ".join(np.split()[:cut])
            if _is_party(cand) and not FINITE.search(cand):
                found.append((a + m.start(1), cand))
                break
    for k in _actors_in(text[a : c.subject_at], res):
        label = res.lex.labels.get(k, k).lower()
        at = text.lower().rfind(label, a, c.subject_at)
        if at >= 0:
            found.append((at, label))
    found.sort()
    names = list(dict.fromkeys(n.lower() for _, n in found))
    latter = re.search(r"latter", c.subject, re.IGNORECASE) is not None
    if len(names) < (1 if latter else 2):
        return None
    np = names[-1] if latter else names[-2]
    return res.resolve(np, [np]) or res.register_subject(np, None)


def _denied(neg: re.Match[str]) -> str:
    """The party a negated subject denies the duty to, in positive form: "No one" -> "anyone"."""
    np = neg.group("np") or "one"
    return {"one": "anyone", "body": "anybody", "-one": "anyone"}.get(np.strip().lower(), np)


def _denied_known(neg: re.Match[str], res: _Resolver, register: bool = False) -> list[str]:
    """The known parties a negated subject names ("No operator may", "No watch maker or app operator may": the
    operators; the watch makers and the app operators), each a party the text already names and none of them
    everyone ("No organization or individual may" stays universal); [] otherwise."""
    if (neg.group("neg") or "").lower() not in ("no", "none of") or not neg.group("np"):
        return []
    np = _clean_np(neg.group("np"))
    if not np or P.UNIVERSAL_SUBJECT.match(np):
        return []
    parts = [_clean_np(x) for x in re.split(r",\s+(?:or\s+|and\s+)?|\s+(?:or|and)\s+", np) if x.strip()]
    if not all(x and _is_party(x) and not P.UNIVERSAL_SUBJECT.match(x) for x in parts):
        return []
    keys = [res.resolve(x, parts) for x in parts]
    if any(k is not None and P.UNIVERSAL_SUBJECT.match(_clean_np(res.lex.labels.get(k, k))) for k in keys):
        return []
    if register:  # a party not named before ("No courier or kiosk operator may"): a party of its own, in positive form
        keys = [k or res.register_subject(x, None) for k, x in zip(keys, parts, strict=True)]
    return list(dict.fromkeys(k for k in keys if k)) if all(keys) else []


def _neither(neg: re.Match[str]) -> list[str]:
    """The parties of "Neither A nor B"."""
    if (neg.group("neg") or "").lower() != "neither" or not neg.group("np"):
        return []
    parts = [x.strip(" ,") for x in re.split(r"\s+nor\s+", neg.group("np"))]
    return parts if len(parts) > 1 else []


EXCEPTION = re.compile(r"\s*(?:unless|except\s+(?:where|when|if|that)|save\s+(?:where|when|if)|other\s+than\s+where)\b",
                       re.IGNORECASE)


def _passive_bearer(c: _Clause, prev: _Clause | None, res: _Resolver) -> None:
    """The bearer of an agentless passive: the clause before in the sentence; else the party that is the subject
    of its condition ("Where the processor informs ..., the rules shall be made public"); else the agent of the
    activity it is about (learned from the text's definitions); else nobody."""
    if prev is not None and P.NEGATED_SUBJECT.match(prev.subject.strip()):
        prev = None  # "No one may open X. X must not be resold": a denied subject ("no one") is no antecedent
    if prev is not None and prev.modality == "right" and prev.sentence != c.sentence:
        # "Users have the right to ask for a copy. Requests shall be answered ...": a right is answered by another
        # party than its holder, so the passive after it is not the holder's
        prev = None
    if prev is not None and (prev.sentence == c.sentence or (prev.sentence == c.sentence - 1 and not prev.remote)):
        # a bearer only inferred for the sentence before is not carried into the next one
        c.bearers, c.basis = list(prev.bearers), "preceding-clause"
        if c.condition is None and prev.condition is not None and prev.sentence == c.sentence \
                and not _after_action(prev):
            c.condition = prev.condition
        return
    if c.condition and not EXCEPTION.match(c.unit.clean.text[c.condition[0] : c.condition[1]]):
        # (an exception, "unless the visitor has agreed to ...", names whose act lifts the duty, not who bears it:
        # the consenting guest does not delete the photos)
        a, b = c.condition
        keys = _condition_subject(c.unit.clean.text[a:b], res)
        if keys:
            c.bearers, c.basis = keys, "passive-implied"
            return
    agent = _by_agent(c, res, in_subject=True) or _own_agent(c, res) or _relative_agent(c, res) or _activity_agent(c, res)
    if agent:
        c.bearers, c.basis = [agent], "passive-implied"


# a passive participle up to its by-phrase: "shall be kept by", "shall be kept confidential by", "is prohibited from being
# sold by", (session 15, probe19) "shall be determined and promulgated by"; (session 15, probe20) with an adverbial of
# time or manner between ("shall be notified in advance, either by A or by B", "shall be released to the public in a
# timely manner by X"), never a participle or a clause there (a by-phrase after those is theirs)
_BEFORE_BY = (r"(?:\s+(?:in\s+advance|in\s+time|in\s+writing|beforehand|in\s+(?:a|an)\s+[\w-]+\s+(?:manner|way|fashion)|"
              r"to\s+the\s+(?:public|community|society)))")
PASSIVE_TO_BY = re.compile(r"\s*(?:not\s+|only\s+)?(?:be|being)\s+(?:\w+ly\s+)?\w+(?:\s+(?:and|or)\s+\w+ed)?(?:\s+(?!by\b)\w+)?"
                           + _BEFORE_BY + r"{0,2},?\s+(?:either\s+)?(?=by\b)", re.IGNORECASE)
BY_AGENT = re.compile(r"\b(?:processed|collected|made|conducted|carried out|adopted|taken|provided|given|held)?\s*by\s+"
                      r"((?:the|a|an|any)\s+)?(?P<np>[\w' -]+?)(?=\s+(?:and|or)\s+by\b|\s+(?:shall|may|must|should|in(?!\s+charge\b)|on|for|to|with|"
                      r"within|when|where|if)\b|[,;.]|$)", re.IGNORECASE)


# (Session 14, extract17) a subordinator between a passive and a later by-phrase: the by-phrase is inside its clause
# (only the words that open nothing but a clause: "before", "after", "until", "since" are also prepositions, "checked
# before each session by the operator")
# (Session 14, review18) only where the word opens a clause there: "once" before a frequency ("inspected once a month by
# the keeper") and "at once" are adverbs; "that" after a preposition ("weighed on that day by the operator") is a
# demonstrative; a reduced clause of one adjective ("where necessary", "if appropriate") has no verb for the by-phrase
# to serve (a participle has: "if required by the bureau");
# and a comma between the subordinator and "by" closes its clause ("stored where they arrive, by the operator"):
# in each the by-phrase is the main passive's agent again
SUBORDINATE_BEFORE_BY = re.compile(
    r"\b(?:while|whilst|where|when|whenever|if|unless|because|which|who|whom|whose)\b"
    r"(?!\s+(?:necessary|appropriate|possible|applicable|practicable)\b)|"
    r"(?<!\bat\s)\bonce\b(?!\s+(?:a|an|every|each|per|more|again|only)\b)|"
    r"(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bfrom\s)"
    r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bduring\s)(?<!\buntil\s)(?<!\bwithin\s)(?<!\bunder\s)(?<!\bupon\s)\bthat\b",
    re.IGNORECASE)


def _by_in_subordinate(text: str, a: int, by_at: int) -> bool:
    """Whether a subordinator between ``a`` and the by-phrase at ``by_at`` opens a clause that the by-phrase is in (no
    comma between them: :data:`SUBORDINATE_BEFORE_BY`)."""
    return any("," not in text[m.end() : by_at] for m in SUBORDINATE_BEFORE_BY.finditer(text, a, by_at))


# the agent of an act named by a gerund ("no spraying of the orchards by the owner in May"), up to a comma or the end
THERE_BE_NO_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+|any\s+)?(?P<np>[\w' -]+?)\s*(?=[,;.]|$)", re.IGNORECASE)


def _by_agent(c: _Clause, res: _Resolver, in_subject: bool = False) -> str | None:
    """The party named after "by": right after the passive verb ("shall be given by the individual": the agent,
    registered as a party if need be), or inside the subject ("Any change ... by the recipient shall be ...":
    only a party the text already names, since a by-phrase there may belong to a modifier)."""
    text = c.unit.clean.text
    if in_subject:
        a, b = c.subject_at, c.modal.start()
    else:
        # "shall be kept by X", "shall be kept confidential by X" (a participle with its complement), "is prohibited from
        # being sold by X" (the passive after a ban's "from")
        # ((Session 15, probe19) two participles coordinated before it: "shall be determined and promulgated by X")
        pp = PASSIVE_TO_BY.match(text, c.modal.end(), c.end)
        if not pp:
            # "may be restricted from using the service by the operator": a later by-phrase naming a known party
            late = re.search(r"(?<!ed\s)\bby\s+(?:the\s+|an?\s+)?([\w' -]+?)\s*(?=[,;.]|$)", text[c.modal.end() : c.end])
            if late and _by_in_subordinate(text, c.modal.end(), c.modal.end() + late.start()):
                # (Session 14, extract17) "No cave may be opened while water stands above the mark set by the
                # Institute": a by-phrase after a subordinator is the subordinate clause's (here of "set"), not the
                # agent of the main passive
                late = None
            if late and re.match(r"\s*(?:not\s+|only\s+)?(?:be|being)\s+\w+", text[c.modal.end() : c.end]):
                np = _clean_np(late.group(1))
                # (Session 13, obl15) a party the text names here first ("are required to be notified to X ten days in
                # advance by the race organisers"): the by-phrase that closes a passive clause names its agent
                adv = AGENT_ADVERBIAL.search(np)  # ("by the undertakers within a month": the adverbial is no name)
                np = np[: adv.start()] if adv else np
                # a party the text names here first, by an agent noun ("by the race organisers"): a noun that names the
                # doer of an act names the passive's agent (a body after "by" may be the one that classifies: "listed
                # for key supervision by the bureau" binds no one unless the text names the bureau as a party)
                head = _head(np)
                new = np and _is_party(np) and head not in NOT_AN_AGENT and _is_party(head) \
                    and re.fullmatch(r"[a-z]{3,}(?:er|or|ant|ist|ee|ian)", head) is not None
                # (Session 15, probe19) "shall not be withheld, misappropriated or diverted ... by any entity or
                # individual": a universal agent closing the passive bans everyone, not the party of the sentence
                # before (guide 3, universal bearers)
                printed = late.group(1).strip()
                if P.UNIVERSAL_SUBJECT.match(printed):
                    return res.register_subject(printed, None) or res.resolve(_clean_np(printed), [printed])
                return res.resolve(np, [np]) or (res.register_subject(np, None) if new else None)
            return None
        a, b = pp.end() - 1, c.end
    for m in BY_AGENT.finditer(text, a, b):
        if not in_subject and m.start() > a + 1:
            break
        np = _clean_np(m.group("np"))
        if (m.group(1) or "").strip().lower() == "any" and P.UNIVERSAL_SUBJECT.match(f"any {np}"):
            # (Session 15, probe19) "shall not be diverted by any organization or individual": everyone, by its name
            key = res.register_subject(f"any {np}", None)
            if key:
                return key
        if DEMONSTRATIVE.match(np):
            # (Session 15, probe20) "shall be used by those organizations": a demonstrative points back (guide 1.4, as
            # "such X") to the party of that kind named last before it, here often only inside a modifier ("Water in
            # the ponds of rural collective economic organizations ..."); never a party named "those organizations"
            return _pointed_back(np, text[: m.start()], res)
        adv = AGENT_ADVERBIAL.search(np)  # ("by operators at their premises": the adverbial is no part of the name)
        # (session 13) an indefinite agent names the kind of agent the act needs ("tested by an approved laboratory",
        # "checked by a qualified engineer"), not a party the text binds: only a party already named is taken
        indefinite = (m.group(1) or "").strip().lower() in ("a", "an")
        key = _known_agent(np, res) or (None if in_subject or indefinite
                                        else res.register_subject(np[: adv.start()] if adv else np, None))
        if key is None and not in_subject and (agent := _new_agent(np, m.group(1), text[c.modal.end() : m.start()], res)):
            key = res.register_subject(agent, None, checked=True)
        if key:
            return key
    return None


DEMONSTRATIVE = re.compile(r"(?:those|these)\s+[a-z]", re.IGNORECASE)


def _pointed_back(np: str, before: str, res: _Resolver) -> str | None:
    """The party "those X" / "these X" points to: the last phrase of up to five words ending in X's head noun in the text
    before it that names a party (a known party, or one registered by that phrase); None if there is none."""
    head = _head(np)
    if not head or not _is_party(head):
        return None
    stem = re.escape(head[:-1] if head.endswith("y") else head)
    last = None
    for m in re.finditer(rf"(?<![\w-])((?:(?!(?:of|in|on|at|to|by|for|and|or|the|a|an|those|these|such)\b)[\w'-]+\s+){{0,4}}"
                         rf"{stem}(?:s|es|ies)?)(?![\w-])", before, re.IGNORECASE):
        last = m
    if last is None:
        return None
    cand = _clean_np(last.group(1))
    if not cand or DEMONSTRATIVE.match(cand) or not _is_party(cand):
        return None
    return res.resolve(cand, [cand]) or res.register_subject(cand, None)


# Head nouns of a by-phrase that names no agent: a time, a means, a rule or a way of deciding ("by the end of the
# year", "by registered mail", "by law", "by lot", "by the following methods")
NOT_AN_AGENT = frozenset(["end", "deadline", "date", "time", "day", "week", "month", "year", "means", "way", "method",
                          "mail", "post", "email", "e-mail", "fax", "phone", "telephone", "hand", "law", "regulation",
                          "rule", "reference", "default", "transfer", "lot", "majority", "vote", "agreement",
                          "consent", "contract", "analogy", "category", "type", "kind", "number", "weight", "volume",
                          "value", "order", "decision", "notice", "letter", "courier", "cheque", "cash", "card",
                          "name", "force", "virtue", "tender", "auction", "lottery", "turn", "rotation", "sample",
                          "appointment", "request", "application", "procedure", "process", "channel", "system",
                          "platform", "mean", "unit", "person", "step", "stage", "item", "batch", "piece", "hour"])


def _new_agent(np: str, determiner: str | None, verb: str, res: _Resolver) -> str | None:
    """The agent of a normative passive that the text has not named as a party ("Hotels shall register guests. Guest
    records shall be kept by hotels": hotels are to keep them): a noun phrase of up to five words, plural or after
    "the", whose head names no time, means, rule or act ("by 31 March", "by registered mail", "by law", "by
    agreement", "by the following methods": no one), and which the text also makes the subject of a clause (its
    actors; a thing after "by" is rarely one). A verb whose by-phrase is no agent ("accompanied by", "supported by",
    "replaced by", "covered by") names none. Adverbials after the agent are cut off. None when not such an agent."""
    if NOT_AGENTIVE.search(verb):
        return None
    adv = AGENT_ADVERBIAL.search(np)
    cand = np[: adv.start()].strip() if adv else np
    words = cand.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d|[^\w' -]", cand) or FINITE.search(cand) \
            or PRONOUN_RE.match(cand) or re.match(r"(?:its|their|his|her|this|these|that|those|following)\b", cand, re.I):
        return None
    head = _head(cand)
    last = words[-1].lower()
    plural = singular(last) != last and not last.endswith("ss")
    if not head or head in NOT_AN_AGENT or DEVERBAL.search(head) or head.endswith(("ing", "ness", "ity")) \
            or head not in res.subject_heads:
        return None
    return cand if plural or (determiner or "").strip().lower() == "the" else None


# passive verbs whose by-phrase names a thing that goes with, stands for or bounds the subject, not who acts
NOT_AGENTIVE = re.compile(r"\b(?:accompanied|supported|followed|preceded|replaced|covered|marked|indicated|"
                          r"evidenced|substantiated|affected|caused|bound|governed|calculated|measured|multiplied|"
                          r"divided|limited|secured|characteri[sz]ed|represented|proven|proved|defined|attached|"
                          r"offset|funded|financed|guaranteed|exceeded)\s+(?:\w+\s+)?$", re.IGNORECASE)


# a preposition that opens an adverbial after an agent ("by museums at two sites", "by operators within the Province")
# (Session 12, deontic13) and an adverbial of frequency ("by the operator every month / once a year / daily")
AGENT_ADVERBIAL = re.compile(r"\s+(?:every|each|once|twice)\s|\s+(?:daily|weekly|monthly|quarterly|annually|yearly)\b|"
                             r"\s+(?:at|in(?!\s+charge\b)|on|within|throughout|across|inside|outside|under|through|during|"
                             r"before|after|from|via|using|no\s+later\s+than|not\s+later\s+than)\s", re.IGNORECASE)
# ((Session 15, probe20) "in charge of" is part of a name, "the person in charge of the means of transport")


def _known_agent(np: str, res: _Resolver) -> str | None:
    """A party the text knows named by an agent phrase, also when adverbials follow it inside the phrase ("by museums at
    no fewer than two sites", "by gas supply enterprises within the administrative area of this Province"): the whole
    phrase first, then the words before each adverbial preposition, longest first."""
    key = res.resolve(np, [np])
    if key:
        return key
    for cut in reversed([m.start() for m in AGENT_ADVERBIAL.finditer(np)]):
        head = np[:cut].strip()
        if head and (key := res.resolve(head, [head])):
            return key
    return None


BY_LIST_END = re.compile(r"\s*[(;:.]|,\s+(?:which|who|whom|where|when|if|unless|except|provided|of)\b|\s+(?:without|within|in(?!\s+charge\b)|"
                         r"on|for|to|with|when|where|if|under|according|through|before|after|at|from|upon|as|unless|"
                         r"except|so)\s")
_BY_LIST_END_RUNS = P.run_guarded(BY_LIST_END)  # (bounds20: searched with P.search_runs, linear on a run of spaces)


def _by_agents(c: _Clause, res: _Resolver) -> list[str]:
    """A coordinated agent of a passive: "may be obtained by natural persons, legal persons and other organisations",
    "shall be ensured by A and by B": each conjunct that names a party is a bearer (all must, else none: a list of
    things after "by" is no list of agents)."""
    text = c.unit.clean.text
    pp = PASSIVE_TO_BY.match(text, c.modal.end(), c.end)
    by = re.match(r"by\s+", text[pp.end() : c.end]) if pp else None
    if pp is None or by is None:
        return []
    a = pp.end() + by.end()
    end = P.search_runs(BY_LIST_END, _BY_LIST_END_RUNS, text, a, c.end)
    np = text[a : end.start() if end else c.end]
    np = re.sub(r"(,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)by\s+", r"\1", np)  # "by A and by B": one list
    if not re.search(r",\s|\s(?:and|or)\s", np):
        return []
    conj = res.conjuncts(np)
    if len(conj) < 2 or not all(_is_party(x) for x, _ in conj):
        return []
    keys: list[str] = []
    for x, alias in conj:
        key = res.resolve(x, [x for x, _ in conj]) or res.register_subject(x, alias)
        if key is None:
            return []
        if key not in keys:
            keys.append(key)
    return keys


# Head nouns that name an attribute of an activity ("the storage period of X", "the processing purpose"): a clause about
# it regulates the activity itself, unlike a thing the activity uses ("image collection equipment")
ACTIVITY_ATTRIBUTE = r"(?:period|periods|time\s+limit|duration|purpose|purposes|scope|method|methods|manner|means|frequency)"


def _own_agent(c: _Clause, res: _Resolver) -> str | None:
    """"Food that is sold directly by its producer ... may be exempted": a by-phrase with a possessive ("by its
    producer", "by their owners") inside the subject names the party of the very thing the clause is about, so the
    clause is that party's (a party noun, registered if the text has not named it)."""
    subj = c.unit.clean.text[c.subject_at : c.modal.start()]
    m = re.search(r"\bby\s+(?:its|their)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b", subj)
    if m is None:
        return None
    np = _clean_np(m.group("np"))
    for cut in (2, 1):
        cand = " ".join(np.split()[:cut])
        if len(np.split()) >= cut and _is_party(cand) and _head(cand) == singular(cand.split()[-1].lower()):
            return res.resolve(cand, [cand]) or res.register_subject(cand, None)
    return None


# (Session 12, obl13) "Names that a bin operator collects from donors shall be deleted": a restrictive relative clause
# inside the subject whose own subject is a party ("that a bin operator collects", "which the operator keeps")
RELATIVE_AGENT = re.compile(r"\b(?:that|which|whom)\s+(?:the|a|an|each|every|any|such)\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                            r"\s+(?:has\s+|have\s+)?(?P<v>[a-z]+(?:s|ed))\b")


def _relative_agent(c: _Clause, res: _Resolver) -> str | None:
    """The party whose act a relative clause inside the subject names ("Names that a bin operator collects"): the thing
    the passive is about is that party's (as a possessive by-agent, :func:`_own_agent`), when the text names it."""
    subj = c.unit.clean.text[c.subject_at : c.modal.start()]
    m = RELATIVE_AGENT.search(subj)
    if m is None or not _is_party(_clean_np(m.group("np"))):
        return None
    return res.resolve(_clean_np(m.group("np")), [_clean_np(m.group("np"))])


def _thing_keeper(subj: str, res: _Resolver) -> str | None:
    """The one party the text names after the subject's thing ("collection bin": "bin operator", "the pool": "pool
    manager"): a party noun compounded with the thing's head noun. None if no party or more than one is so named."""
    np = _clean_np(subj)
    if not np or _is_party(np) or P.NEGATED_SUBJECT.match(np):
        return None
    head = singular(np.split()[-1].lower())
    if not head.isalpha() or len(head) < 3:
        return None
    found = {k for k, label in res.lex.labels.items()
             if len(ws := label.lower().split()) == 2 and singular(ws[0]) == head and _is_party(label)}
    # (Session 15, probe20) a subject that names an act on the thing ("Production or business operation of fake
    # seeds", "The development of tourism") has the act's agent as its keeper only: the party whose noun comes from the
    # act's own verb ("operation" -> "seed operator"), never another party named after the same thing ("seed
    # inspectors", "tourism operators" for a development)
    acts = ACT_BEFORE_OF.match(np)
    if acts:
        nouns = [w.lower() for w in re.findall(r"[A-Za-z]+", acts.group(1)) if ACT_NOUN.search(w)]
        found = {k for k in found
                 if any(_same_root(n, res.lex.labels[k].lower().split()[-1]) for n in nouns)}
    return found.pop() if len(found) == 1 else None


# the words before a subject's first "of" when the last of them is a noun of an act ("production or business operation
# of", "the development of")
# (an act noun by its suffix, or one of the genre's act nouns that English makes from the verb unchanged or with "-al",
# "-ery": "Sale or transfer of plots", "the disposal of", "delivery of")
_ACT_WORD = (r"[\w-]+(?:ion|ment|ing|age|ance|ence)|sale|transfer|use|purchase|import|export|supply|repair|release|lease|"
             r"hire|rent|trade|disposal|removal|rental|approval|renewal|withdrawal|delivery|recovery")
ACT_BEFORE_OF = re.compile(rf"^(?:the\s+)?((?:[\w-]+\s+){{0,4}}?(?:{_ACT_WORD}))\s+of\b", re.IGNORECASE)
ACT_NOUN = re.compile(rf"^(?:{_ACT_WORD})$", re.IGNORECASE)


def _same_root(act: str, agent: str) -> bool:
    """"operation" and "operator", "production" and "producer", "use" and "user": the act's noun and the agent's share
    their first four letters (three for a short act noun)."""
    k = min(4, len(act))
    return agent[:k] == act[:k]


# the agent of an act named by a noun: "the (data handling) activities of X" (a noun of conduct, whose "of" names who
# acts; not "the inspection of X", whose "of" names what is acted on), "X's handling of Y" (a possessive before an act
# noun with its own object)
GENITIVE_AGENT = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:activities|activity|conduct|operations|business|practices)"
                            r"\s+of\s+(?:the\s+)?(?P<of>[\w' -]+?)\s*$"
                            r"|^(?P<pos>[\w -]+?)['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:ing|ion|ment)\s+of\s+\S", re.IGNORECASE)


def _genitive_agent(subj: str, res: _Resolver) -> str | None:
    """The party named as the agent of the act a subject names (:data:`GENITIVE_AGENT`), when the text knows it."""
    m = GENITIVE_AGENT.match(subj.strip())
    if m is None:
        return None
    np = _clean_np(m.group("of") or m.group("pos"))
    return _known_agent(np, res)


def _nominal_activity(subj: str) -> bool:
    return bool(re.match(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:ing|ion|age)\b(?:\s+of\b|\s*$|\s+"
                         + ACTIVITY_ATTRIBUTE + r"\b)", subj.strip(), re.IGNORECASE))


def _activity_agent(c: _Clause, res: _Resolver) -> str | None:
    """The party whose activity an agentless clause regulates: the text defines an agent ("personal information
    processor") and its activity ("personal information processing includes collection, storage, ..."); a
    clause whose passive verb, subject or condition names that activity binds that agent."""
    if not res.activities:
        return None
    text = c.unit.clean.text
    words: list[str] = []
    pp = re.match(r"\s*(?:not\s+|only\s+)?be\s+(?:\w+ly\s+)?(\w+)", text[c.modal.end() : c.end])
    if pp:
        words.append(pp.group(1))  # the passive participle: "shall be processed", "can only be used"
    subj = _clean_np(c.subject)
    if _nominal_activity(subj):
        pre = re.split(r"\s+of\b", subj, maxsplit=1)[0].split()
        acts = [w for w in pre if re.search(r"(?:ing|ion|age)$", w, re.IGNORECASE)]
        words.append(acts[-1] if acts else pre[-1])  # "the collection of ...", "the storage period of ..."
    if c.condition:
        words += re.findall(r"\b(\w+(?:ing|ion))\b", text[c.condition[0] : c.condition[1]], re.IGNORECASE)
    # "in (parcel data) handling", "for the collection": the head of the phrase names the activity
    words += [w for x in re.findall(r"\b(?:for|in|during)\s+(?:the\s+)?((?:[a-z]+\s+){0,3}[a-z]+(?:ing|ion))\b",
                                    text[c.modal.end() : c.end]) for w in x.split() if w.endswith(("ing", "ion"))]
    found = {res.activities[_activity_stem(w)] for w in words if _activity_stem(w) in res.activities}
    return found.pop() if len(found) == 1 else None


# "network platforms that receive, store or analyse flight data on behalf of ...": the verbs and their object
# ((Session 14, extract17) a phrasal verb keeps its particle, "the person that puts up a temporary stage", and a
# determiner before the object is no part of it: verbs "put up", object "temporary stage")
DEFINED_ACTS = re.compile(r"\b(?:that|which|who)\s+(?P<verbs>[a-z]+(?:,\s*[a-z]+)*(?:,?\s+(?:and|or)\s+[a-z]+)?)"
                          r"(?:\s+(?P<prt>up|down|out|off|away))?\s+(?:(?:a|an|the|any)\s+)?"
                          r"(?P<obj>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:on|for|in|to|from|by|with|of|at|under|"
                          r"within|through)\b|[,;.]|$)")
PARTICLE = re.compile(r"\s+(up|down|out|off|away)\b", re.IGNORECASE)


def _act_stems(acts: re.Match[str]) -> frozenset[str]:
    """The stems of a definition's verbs ("receive, store or analyse"), each with the particle of a phrasal verb ("puts
    up": "put up")."""
    prt = f" {acts.group('prt').lower()}" if acts.group("prt") else ""
    return frozenset(_activity_stem(v) + prt for v in re.findall(r"[a-z]+", acts.group("verbs")) if v not in ("and", "or"))


def _apposition_acts(subject: str, res: _Resolver) -> None:
    """"voice service providers, that is, entities that collect, store or analyse voice data": an apposition that
    identifies a party by what it does to what defines it as a definition would (guide 1.3, apposition): the act is
    learned as that party's, as for a defined party (see :func:`_defined_act_agent`)."""
    if "," not in subject:
        return
    for ap in APPOSITION.finditer(subject):
        acts = DEFINED_ACTS.search(ap.group("np"))
        if acts is None:
            continue
        before = subject[: ap.start()]
        np = _clean_np(re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", before)[-1])
        if not np or not _is_party(np):
            continue
        key = res.resolve(np, [np]) or res.register_subject(np, None)
        if key is None:
            continue
        entry = (_act_stems(acts), acts.group("obj").lower(), key)
        if entry not in res.acts:
            res.acts.append(entry)


def _defined_act_agent(c: _Clause, res: _Resolver) -> str | None:
    """An agentless passive whose verb and subject are what a defined party does to what ("Flight data shall be
    stored ..." where "platforms" are defined as those "that receive, store or analyse flight data") binds that
    party, when exactly one defined party does it."""
    if not res.acts or not c.passive:
        return None
    pp = re.match(r"\s*(?:not\s+|only\s+)?be\s+(?:\w+ly\s+)?(\w+)", c.unit.clean.text[c.modal.end() : c.end])
    if not pp:
        return None
    stem = _activity_stem(pp.group(1))
    prt = PARTICLE.match(c.unit.clean.text, c.modal.end() + pp.end())
    if prt is not None:
        stem += f" {prt.group(1).lower()}"  # "be put up": the phrasal verb, as the definition's "puts up"
    subj = re.sub(r"^no\s+", "", _clean_np(c.subject).lower())  # "No stage may be put up": the act on any stage
    # (Session 14, extract17) the subject may be a shortened mention of the defined object, its head noun alone ("stage"
    # for "temporary stage", guide 1.1), in either number ("No gangway" for "the gangways")
    def num(np: str) -> str:  # the phrase in the singular ("climbing walls" -> "climbing wall")
        words = np.split()
        return " ".join([*words[:-1], singular(words[-1])]) if words else np

    head = singular(subj) if subj and " " not in subj else None
    found = {key for verbs, obj, key in res.acts
             if stem in verbs and (re.search(rf"(?<![\w-]){re.escape(num(obj))}$", num(subj))
                                   or (head is not None and singular(obj.rsplit(" ", 1)[-1]) == head))}
    return found.pop() if len(found) == 1 else None


def _activity_stem(word: str) -> str:
    """"collected", "collection", "collecting" -> "coll"; "used", "use" -> "use"."""
    w = word.lower()
    w = re.sub(r"(?:ing|ion|ions|ure|age|ed|d|s)$", "", w) if len(w) > 4 else w.rstrip("ds") if len(w) > 3 else w
    # a verb's silent "e" goes with its "-ed" ("file" / "filed", "use" / "used" / "usage")
    return (w[:-1] if len(w) > 2 and w.endswith("e") else w)[:4]


_AGENT_NOUN = {"provision": "provider", "use": "user", "operation": "operator", "development": "developer",
               "offering": "provider"}


def _agent_of(noun: str, obj: str, res: _Resolver) -> str | None:
    """The party an action noun implies: "the provision of X services" -> "X service providers"."""
    words = _clean_np(obj).lower().split()
    if not words:
        return None
    stem = " ".join([*words[:-1], singular(words[-1])])
    agent = _AGENT_NOUN[noun]
    return res.lex.find(f"{stem} {agent}s") or res.lex.find(f"{stem} {agent}")


def _known_prefix(words: list[str], upto: int, res: _Resolver) -> list[str] | None:
    """The actors of the longest opening stretch of ``words`` (at most ``upto`` words) that names known actors only,
    unless that stretch only modifies a longer party ("state organs": "state" is no party there)."""
    for n in range(upto, 0, -1):
        np = " ".join(words[:n]).rstrip(",")
        names = [x for x, _ in res.conjuncts(np)] if re.search(r",|\s(?:and|or)\s", np) else [_clean_np(np)]
        keys = [res.resolve(x, names) for x in names]
        if not names or not all(keys):
            continue
        longer = " ".join(words[: n + 1]).rstrip(",")
        if n < len(words) and _is_party(_clean_np(longer)) and _head(_clean_np(longer)) != _head(_clean_np(np)):
            continue
        return list(dict.fromkeys(k for k in keys if k))
    return None


class _KnownBut:
    """The known names but one (a phrase just registered, that the text never gave as a name)."""

    def __init__(self, known: Container[str], but: str) -> None:
        self.known, self.but = known, but

    def __contains__(self, name: object) -> bool:
        return name != self.but and name in self.known


def _party_opening(clause: str, res: _Resolver) -> tuple[int, str] | None:
    """The party that opens a content clause ("skiers buy insurance": skiers) and where its verb starts: the longest
    opening stretch of at most eight words that names a known actor, else one whose head noun names a party, followed
    by a lower-case word (its verb)."""
    words = list(re.finditer(r"[\w'’-]+", clause))
    for known in (True, False):
        for n in range(min(8, len(words) - 1), 0, -1):
            np = _clean_np(clause[: words[n - 1].end()])
            if not np or not words[n].group(0)[0].islower() or re.search(r"[,;:]", clause[: words[n].start()]):
                continue
            if n > 1 and re.fullmatch(r"[a-z]+ed", words[n - 1].group(0)):
                continue  # (Session 12, obl13) "if tattooists completed a course": the past tense is the verb

            key = res.resolve(np, [np]) if known else (res.register_subject(np, None) if _is_party(np) else None)
            if key:
                return words[n].start(), key
    return None


# a word that opens an adverbial aside after a comma (not a list: "enterprises, institutions and ...")
ASIDE_OPENER = re.compile(r"in|during|when|while|whilst|after|before|upon|on|within|under|through|at|as|if|where|"
                          r"once|unless|except|having|being", re.IGNORECASE)


def _condition_np(cond: str, res: _Resolver, register: bool) -> list[str]:
    """Actors of the subject of a leading condition ("Where A and B find ...", "If a provider ...")."""
    words = P.CONDITION_OPENER.sub("", cond, count=1).split()
    for k in range(len(words) - 1):
        if words[k].endswith(",") and ASIDE_OPENER.fullmatch(words[k + 1]):
            # (Session 15, probe19) "When medical agencies of the Army, in the course of providing services, find X":
            # an aside set off by a comma after the subject is no part of its name
            words[k] = words[k].rstrip(",")
            words = words[: k + 1]
            break
    for n in range(min(len(words), 12), 0, -1):
        np = " ".join(words[:n]).rstrip(",")
        conj = res.conjuncts(np)
        names = [x for x, _ in conj]
        if not conj:
            continue
        keys = [res.resolve(x, names) for x in names]
        if all(keys):
            found = _known_prefix(words, n, res)
            if found is not None:
                return found
            continue
        if all(k or _is_party(x) for k, x in zip(keys, names, strict=True)) and _is_party(names[-1]):
            # a longer phrase that reads as a party: a name the text already uses inside it wins ("the departments
            # with ... duties consider that harm ..." is those departments, not a new party)
            shorter = _known_prefix(words, n - 1, res)
            if shorter:
                return shorter
            if not register:
                return []
            return [k or res.register_subject(x, None) or "" for k, x in zip(keys, names, strict=True)]
    return []


def _condition_subject(cond: str, res: _Resolver) -> list[str]:
    return [k for k in _condition_np(cond, res, register=False) if k]


def _after_action(c: _Clause) -> bool:
    """Whether a clause's condition follows its action ("A shall lock kiosks when closed, and ..."): a condition
    after the action restricts that clause alone; only one before the action (opening the sentence, or between the
    subject and the marker) governs the clauses that follow in the sentence (guide 3.2)."""
    return c.condition is not None and c.condition[0] > c.modal.end()


def _leading(c: _Clause) -> bool:
    """Whether a clause's condition opens its sentence ("Where ..., it shall ...")."""
    if c.condition is None:
        return False
    start = c.condition[0]
    if start < c.start:  # a condition shared from a clause before: leading only if it opens the sentence
        bounds = regions(c.unit)
        a = bounds[c.sentence][0] if c.sentence < len(bounds) else 0
        before = c.unit.clean.text[a:start]
    else:
        before = c.unit.clean.text[c.start : start]
    return not before.strip(" ,;") and bool(P.CONDITION_OPENER.match(c.unit.clean.text[start:]))


def _actors_in(text: str, res: _Resolver) -> list[str]:
    """Actors named in a stretch of text (longest forms first; the document's own short forms too), in order of
    appearance."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    forms = {**res.lex.forms, **res.doc_forms.get(res.current_doc, {})}
    for form in sorted(forms, key=len, reverse=True):
        if form not in low:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), forms[form]))
    keys: list[str] = []
    for _, k in sorted(found):
        if k not in keys:
            keys.append(k)
    return keys


FOOTNOTE_MARK_END = re.compile(r"[.;。]\[(?:\d{1,3}|\^[\w-]{1,12})\]$")


def _obligation(c: _Clause, key: str, res: _Resolver, counter: dict[str, int]) -> Obligation:
    u = c.unit
    text = u.clean.text
    a, b = c.start, c.end
    while a < b and text[a] in " ,;":
        a += 1
    lead = re.match(r"(?:and|or|but)\s+", text[a:b], re.IGNORECASE)
    if lead and c.subject:
        a += lead.end()
    while b > a and text[b - 1] in " ,;.:；：。，":
        b -= 1
    if (mark := FOOTNOTE_MARK_END.search(text, a, b)) is not None:
        b = mark.start()  # "... once a year.[3]": a footnote mark after the full stop is no part of the action
        while b > a and text[b - 1] in " ,;.:；：。，":
            b -= 1
    act_a = c.modal.end()
    while act_a < b and text[act_a] in " ,:":
        act_a += 1
    if c.basis == "preceding-clause" or (c.basis == "passive-implied" and c.subject.strip()
                                         and (c.passive or not PRONOUN_RE.match(c.subject.strip()))):
        # "the relevant provisions ... shall be complied with", "Parcel data shall be stored ...": the subject is
        # what is acted on, and the verb alone says nothing (guide 3.2)
        act_a = c.subject_at
    if c.action_at is not None:
        act_a = c.action_at
    elif (ex := EXEMPTION_NOT.search(c.modal.group(0))) is not None and not _thing_required(c.modal):
        act_a = c.modal.start() + ex.start()  # "is not required to notify": the exemption's action starts at "not"
    elif re.match(r"bears?\s.*\bfor$", c.modal.group(0), re.IGNORECASE):  # (not "bears the obligation to")
        act_a = c.modal.start()  # "bear responsibility for X": the marker is part of the action (guide 3.2)
    act_b = c.action_end if c.action_end is not None and c.action_end > act_a else b
    if c.basis == "lead-in" and (inf := re.match(r"to\s+(?=[a-z])", text[act_a:act_b])) is not None:
        # (Session 13, obl15) "Each of the following is a duty of X: (1) to keep ...": the item's "to" is the
        # infinitive's mark the lead-in's frame asks for, not part of the act (as a marker's "to" is not)
        act_a += inf.end()
    clause_span = u.clean.span(a, b)
    provision = u.provision_at(clause_span)
    n = counter.get(provision, 0) + 1
    counter[provision] = n
    cond_text = cond_span = None
    if c.condition:
        ca, cb = c.condition
        cond_text = text[ca:cb].strip(" ,")
        ca = text.index(cond_text, ca) if cond_text else ca
        cond_span = u.clean.span(ca, ca + len(cond_text))
    after = after_span = None
    if c.condition_after:
        ca, cb = c.condition_after
        after = text[ca:cb].strip(" ,")
        ca = text.index(after, ca) if after else ca
        after_span = u.clean.span(ca, ca + len(after)) if after else None
        after = after or None
    mod = c.modality
    return Obligation(
        id=f"{provision}/obl_{n}", document=u.document, article=u.article, provision=provision,
        modality=mod,  # type: ignore[arg-type]
        actors=(_actor_id(key),), co_bearers=tuple(_actor_id(k) for k in c.bearers if k != key),
        subject=c.subject, bearer_basis=c.basis, action=text[act_a:act_b], condition=cond_text,
        text=text[a:b], span=clause_span, action_span=u.clean.span(act_a, act_b), condition_span=cond_span,
        trigger=c.modal.group(0), universal=_universal(c, key, res), condition_after=after,
        condition_after_span=after_span,
    )


# A quantifier that makes a bearer everyone: "any organization or individual", "all entities", "no one", "everyone"
QUANTIFIED = re.compile(r"^(?:any|every|all|each|no)\s|^(?:anyone|anybody|everyone|everybody|no[\s-]one|nobody)$",
                        re.IGNORECASE)


def _universal(c: _Clause, key: str, res: _Resolver) -> bool:
    """Whether a clause binds everyone (guide 3): a universal noun ("organization", "individual", "person", ...) with a
    quantifier ("any", "all", "no", "every"), in the bearer's name or in the clause's subject, and no modifier that
    narrows it ("entities that operate kiosks"). A bare "the individual" is a party of the text, not everyone."""
    label = res.lex.labels.get(key, key)
    if c.restricted or not P.UNIVERSAL_SUBJECT.match(_clean_np(label)):
        return False
    return bool(QUANTIFIED.match(label.strip()) or QUANTIFIED.match(c.subject.strip()))


def _actor_id(key: str) -> str:
    return "actor/" + slug(key)


def _actors(res: _Resolver, obligations: list[Obligation], mentions: dict[str, list[Mention]],
            docs: list[ParsedDocument]) -> list[Actor]:
    """Actors that bear at least one obligation, with the variants under which the texts name them."""
    used = {a for o in obligations for a in o.actors}
    used |= {a for p in docs for s in p.sanctions for a in (*s.authorities, *s.violators)}  # named only in a sanction
    by_def = {d: k for k, d in res.lex.definitions.items()}
    for p in docs:  # uses of a defined actor term are mentions too
        for u in p.term_uses:
            key = by_def.get(u.definition)
            if key:
                mentions.setdefault(key, []).append(Mention(u.document, u.article, u.provision, u.text, u.span))
    out = []
    for key, label in res.lex.labels.items():
        aid = _actor_id(key)
        if aid not in used:
            continue
        uniq = {(m.document, m.span.start, m.span.end): m for m in mentions.get(key, [])}
        ms = sorted(uniq.values(), key=lambda m: (m.document, m.span.start, -m.span.end))
        named = {m.text.lower() for m in ms if not PRONOUN_RE.match(m.text)}
        named |= res.lex.aliases.get(key, set())
        if res.lex.basis[key] != "definition":
            named.add(label.lower())
        out.append(Actor(aid, label, tuple(sorted(named)), res.lex.definitions.get(key), res.lex.basis[key],
                         tuple(ms)))
    return sorted(out, key=lambda a: a.id)
