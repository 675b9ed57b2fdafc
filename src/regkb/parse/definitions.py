"""Defined terms: from a definitions article and from inline "hereinafter referred to as" phrases."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from ..model import Article, Chapter, Definition, Section, Span, TermUse
from . import patterns as P
from .cue import cued
from .numbers import parse_number
from .sentences import sentence_bounds
from .units import Unit, noun_forms, regions

# DEFINITIONS_INTRO.search, looking for the words its matches open with first (cue.py): it is tried on every paragraph
# and every sentence, and it rarely matches
DEFINITIONS_INTRO_SCAN = cued(P.DEFINITIONS_INTRO)

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_MAX_TERM_WORDS = 9
_QUOTED_DEF = re.compile(rf"\s*(?:(?:an?|the)[ ])?{P.QUOTED}[ ](?:{P.DEF_VERB}|{P.MARKED_DEF_VERB})[ ]", re.IGNORECASE)


def slug(text: str) -> str:
    """The id slug of a term: lower-case letters and digits joined by hyphens ("x" if none)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _term_ok(term: str) -> bool:
    words = term.split()
    if not words or len(words) > _MAX_TERM_WORDS:
        return False
    # ((defs23) nor "who": "A person who signs is a "X"" names the class by a relative clause; X is the term)
    if re.search(r"\b(?:shall|may|must|is|are|be|which|that|who|whom|whose|where|if)\b", term, re.IGNORECASE):
        return False
    return bool(re.match(r"^[\"“‘']?[A-Za-z]", term))


def short_forms(term: str) -> set[str]:
    """A term 'X of Y' is also written as plain 'X' once defined ("technical supporters")."""
    words = term.lower().split()
    if "of" in words[1:]:
        k = words.index("of", 1)
        if k >= 2:
            return noun_forms(" ".join(words[:k]))
    return set()


Parts = dict[int, dict[str, str]]  # article number -> {"chapter": its chapter's global id, "section": its section's}


def part_ids(articles: Sequence[Article], chapters: Sequence[Chapter], sections: Sequence[Section]) -> Parts:
    """The chapter and section (global ids) each article stands in, for definitions scoped to a part of the text."""
    chap = {c.number: c.id for c in chapters}
    sec = {(x.chapter, x.number): x.id for x in sections}
    out: Parts = {}
    for a in articles:
        here: dict[str, str] = {}
        if a.chapter is not None and a.chapter in chap:
            here["chapter"] = chap[a.chapter]
        if a.section is not None and (a.chapter, a.section) in sec:
            here["section"] = sec[(a.chapter, a.section)]
        out[a.number] = here
    return out


def _scoped(d: Definition | None, scope_word: str | None, parts: Parts | None) -> Definition | None:
    """The definition held to the chapter or section its frame names ("For the purposes of this Chapter")."""
    if d is None or scope_word is None or d.article is None:
        return d
    if scope_word.startswith("chapter:"):  # "For the purposes of Chapter 3": that chapter, wherever it is defined
        want = f"chp_{scope_word.split(':', 1)[1]}"
        scope = next((c for here in (parts or {}).values() for k, c in here.items()
                      if k == "chapter" and c.rsplit("/", 1)[-1] == want), None)
        return dataclasses.replace(d, scope=scope) if scope else d
    scope = (parts or {}).get(d.article, {}).get(scope_word)
    return dataclasses.replace(d, scope=scope) if scope else d


def _scope_word(text: str) -> str | None:
    """'chapter' or 'section' when the sentence frames a definition by a part of the text: "For the purposes of this
    Chapter, X means", "X, as used in this Section, refers to"."""
    verb = P.DEFINING_VERB.search(text) or re.search(rf"[ ](?:is|are|{P.EXTENSION_VERB})[ ]", text)
    m = P.PART_FRAME.match(text) or P.AS_USED_IN_PART.search(text, 0, verb.start() + 1 if verb else len(text))
    if m and m.groupdict().get("numbered"):
        num = parse_number(m.group("num"))
        return f"chapter:{num}" if num is not None else None
    return m.group("part").lower() if m else None


Doubt = tuple[str, Span, str, str]  # (code, where in the source, message, hint): parse_file makes them diagnostics


def find_definitions(units: list[Unit], captions: dict[int, str] | None = None,
                     parts: Parts | None = None, doubts: list[Doubt] | None = None) -> list[Definition]:
    """Definitions in a document's units, in text order; ``captions``: article number -> its caption as printed
    (an article captioned "Definitions" or "Terms" is a definitions article); ``parts``: the chapter and section
    of each article (:func:`part_ids`), the scope of a definition framed by "this Chapter" or "this Section";
    ``doubts``: where to add what a reader should check (a term defined twice, a table of terms not read)."""
    defs: list[Definition] = []
    by_article: dict[int, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.article, []).append(u)
    all_text = "\n".join(u.clean.text for u in units).lower()
    for art, us in by_article.items():
        is_defs_article = bool(P.DEFINITIONS_CAPTION.match((captions or {}).get(art, "").strip())) or any(
            DEFINITIONS_INTRO_SCAN.search(u.clean.text) or _QUOTED_DEF.match(u.clean.text)
            or _QUOTED_DEF.match(P.DEFINITION_FRAME.sub("", u.clean.text, count=1))
            or P.DEFINITIONS_CAPTION.match(u.clean.text.replace("*", "").strip())  # a caption on its line
            or _names_own_term(u.clean.text)  # "In these Measures, X refers to ...": the article defines terms
            or (u.paragraph.table_header and P.DEFINITIONS_CAPTION.match(  # ... or over a table
                (u.paragraph.intro or "").replace("*", "").strip())) for u in us)
        # ((defs23) and one that names a term after its meaning: '... is termed the "X"', 'Anyone who ... is a "X"'; (review21)
        # such an article is no glossary: its "Term: meaning" lines are read only when they look like one's entries,
        # see _glossary_entries' ``strict``)
        by_term_last = not is_defs_article and any(next(iter(_term_last_definitions(u)), None) is not None for u in us)
        is_defs_article = is_defs_article or by_term_last
        for u in us:
            table = _table_definitions(u, is_defs_article)
            defs.extend(table)
            if is_defs_article and u.paragraph.table_header and u.paragraph.items and not table and doubts is not None:
                doubts.append(("definitions-table", u.paragraph.span,
                               "a table in an article that defines terms was not read as terms and meanings: its "
                               f"headers {' | '.join(u.paragraph.table_header)!r} name no term and meaning columns",
                               "head the columns 'Term' and 'Meaning' if the rows define terms"))
            items_claimed = False
            intro_end = len(u.paragraph.intro) if u.paragraph.items else len(u.clean.text)
            for s, e in regions(u):
                if s >= intro_end and (items_claimed or table):
                    break  # the items belong to the definition that introduced them (or are a table's rows)
                if s < intro_end and e >= intro_end - 1 and u.paragraph.items \
                        and u.clean.text[:intro_end].rstrip().endswith((":", "：")):
                    e = len(u.clean.text)  # "X refers to ..., including: (I) ...; (II) ...": the list is part of it
                    items_claimed = True
                d = None
                entries = _glossary_entries(u, s, e, all_text if by_term_last else None) if is_defs_article else []
                if entries:
                    defs.extend(entries)
                    continue
                scope_word = _scope_word(u.clean.text[s:e])
                for ps, pe in _coordinated_parts(u.clean.text, s, e):
                    d_part = _scoped(_article_definition(u, ps, pe, is_defs_article), scope_word, parts)
                    if d_part is not None:
                        defs.append(d_part)
                        d = d_part
                if d is None and items_claimed:
                    items_claimed = False  # an intro that is not a definition leaves the items to themselves
            defs.extend(_inline_definitions(u))
            defs.extend(_appositive_definitions(u))
            defs.extend(_collective_definitions(u))
            defs.extend(_term_last_definitions(u))
    # a term defined twice in the same scope: keep the first, the later one is a duplicate; a term defined for a
    # chapter or section as well as elsewhere is kept once per scope (its id then names the part: ".../def/x--chp_2")
    out = []
    first: dict[tuple[str, str | None], Definition] = {}
    ids: set[str] = set()
    for d in sorted(defs, key=lambda d: d.span.start):
        key = (d.term.lower(), d.scope)
        if key in first:
            kept = first[key]
            if doubts is not None and kept.definition != d.definition:
                doubts.append(("definition-duplicate", d.term_span,
                               f"the term {d.term!r} is defined again ({d.definition[:60]!r}); regkb keeps its first "
                               f"definition, in Article {kept.article} ({kept.definition[:60]!r})",
                               "check which definition applies where; regkb links every use to the first"))
            continue
        if d.id in ids and d.scope is not None:
            d = dataclasses.replace(d, id=f"{d.id}--{d.scope.rsplit('/', 1)[-1]}")
        first[key] = d
        ids.add(d.id)
        out.append(d)
    return out


def _names_own_term(text: str) -> bool:
    """Whether a sentence of ``text`` names a term of the text's own: "In these Measures, X refers to ...", "X
    referred to in these Provisions are Y" (with "is/are" only when Y classifies X, not "are required to")."""
    for m in P.OWN_TERM_SENTENCE.finditer(text):
        if not re.search(r"(?:is|are) $", m.group(0)) or P.CLASSIFYING_PREDICATE.match(text, m.end()):
            return True
    return False


def _coordinated_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence that defines two quoted terms, each with its own verb, is two definitions."""
    parts: list[tuple[int, int]] = []
    start = s
    embedded = {m.start(): m for m in P.EMBEDDED_DEFINITION.finditer(text, s, e)}
    coordinated = {m.start(): m for m in P.COORDINATED_DEFINITION.finditer(text, s, e)}
    for at in sorted(embedded.keys() | coordinated.keys()):
        m = coordinated.get(at) or embedded[at]
        if m.start() < start:
            continue
        frame = P.DEFINITION_FRAME.match(text[start : m.start()])  # 'Within the meaning of these Provisions, a "X" is'
        head = start + frame.end() if frame else start
        # (a quoted term with a verb that defines on its own starts a definition after any clause: EMBEDDED_DEFINITION)
        if at in embedded or P.DEFINING_VERB.search(text, start, m.start()) or P.WEAK_DEFINITION.match(text, head,
                                                                                                      m.start()):
            parts.append((start, m.start()))
            start = m.end()
    parts.append((start, e))
    return parts


def _article_definition(u: Unit, s: int, e: int, in_defs_article: bool) -> Definition | None:
    text = u.clean.text
    label = P.ITEM_LINE.match(text[s:e])
    if label and label.group("rest") and u.paragraph.items:
        s += label.start("rest")  # "(I) X refers to ...": the term starts after the label
    intro = DEFINITIONS_INTRO_SCAN.search(text, s, e)
    frame = P.DEFINITION_FRAME.match(text[s:e])
    if intro and text.find(":", intro.start(), e) >= 0:
        frame = None  # "For the purpose of these Provisions, the following terms ...: X refers to ..."
    else:
        intro = None  # "As used in these Rules, "X" means ...", '"X", as used in these Measures, means ...'
    start = s
    if intro:
        colon = text.find(":", intro.end(), e)
        if colon < 0:
            return None
        start = colon + 1
        while start < e and text[start] == " ":
            start += 1
    if frame:
        start += frame.end()  # "For the purposes of these Rules, "parcel data" means ..."
    meant = P.MEANT_BY.match(text, start, e)
    if meant:  # 'By "X" is meant Y': the inverted frame names the term itself
        return _make(u, meant.start("raw"), e, meant.group("raw"), meant.end("raw"), meant.end(), False, True)
    named_by_text = P.TEXT_NAMES_TERM.match(text, start, e)
    if named_by_text:  # 'Where these Measures speak of "X", they mean Y', 'What these Rules call "X" is Y'
        g = next(k for k in ("raw", "raw2", "raw3", "raw4", "raw5", "raw6") if named_by_text.group(k) is not None)
        return _make(u, named_by_text.start(g), e, named_by_text.group(g), named_by_text.end(g), named_by_text.end(),
                     False, True)
    verb: re.Match[str] | None = P.DEFINING_VERB.search(text, start, e)
    if verb and verb.group("marked_only") and not _marked_term(text[start : verb.start()]):
        verb = None  # "The bureau designates the sites": "designates" defines only a term marked as the text's own
    if verb and re.fullmatch(r"describes?", verb.group("verb"), re.IGNORECASE) \
            and not P.THE_TERM.match(text, start, verb.start()):
        # (Session 14, extract17) 'The words "X" describe Y' defines; 'The "Plan" describes the routes' is a document's
        # content: "describe" defines only after "the term (words, expression)", which makes the sentence one on words
        verb = None
    if not verb and in_defs_article:
        generic = P.GENERIC_IS.match(text[start:e])
        if generic:  # "A software update is any modification ...", in an article that defines terms
            return _make(u, start + generic.start("term"), e, generic.group("term"),
                         start + generic.end("term"), start + generic.end("verb") + 1, False, in_defs_article)
    if not verb:
        # "Virtual items referred to in these Provisions are items ...": the phrase after the words names them a term
        # ('The term "X" as employed in these Measures embraces ...': after "the term", which names one too)
        lead_term = P.THE_TERM.match(text, start, e)
        used_is = P.USED_IN_IS.match(text, lead_term.end() if lead_term else start, e)
        # ('"Booking data" as used in these Rules includes the name ...': an extension fixed for the text's own term)
        # (the bare aside ', in these Rules,' marks an unquoted term only before a noun phrase: "Fees, in these Rules,
        # are payable ..." states a rule about fees)
        bare_aside = not re.search(P.USED_PARTICIPLE + r"|purpose|sense|meaning", used_is.group("used")) \
            if used_is else False
        if used_is and bare_aside and not _marked_term(used_is.group("raw")) \
                and not _NP_PREDICATE.match(text, used_is.end(), e):
            used_is = None
        if used_is and (P.EXTENSION_VERB_WORD.match(used_is.group("verb"))
                        or P.CLASSIFYING_PREDICATE.match(text, used_is.end(), e)):
            return _make(u, start, e, used_is.group("raw"), used_is.start("used"), used_is.end(), False, True)
        # 'The term "X" covers ...', 'the term rider includes ...': "the term" names the words after it as a term,
        # as quotation marks do ("the term of a licence" is no such phrase: THE_TERM)
        the_term_weak = P.THE_TERM.match(text, start, e)
        named = False
        if the_term_weak:
            named = not re.match(r"[\"“‘'*_]", text[the_term_weak.end() : the_term_weak.end() + 1])
            start = the_term_weak.end()
        weak = P.WEAK_DEFINITION.match(text, start, e)
        if weak is None:
            return None
        bare_raw = weak.group("raw").strip()
        if weak.group("of") and not _unwrap(re.sub(r"^(?:an?|the)\s+", "", bare_raw, flags=re.IGNORECASE))[2]:
            return None  # (an "of" complement only after a quoted term: 'The "carrying capacity" of a cave is ...')
        lead = _LEADING_ARTICLE.match(bare_raw)
        includes = bool(P.EXTENSION_VERB_WORD.match(weak.group("verb")))
        if lead and _unwrap(bare_raw[lead.end() :])[2]:
            # 'a "sand-carrying vessel" is any vessel': the article is no part of the term; with "is / are" the
            # predicate must name a class with a determiner of its own ('The "Platform" is operated by ...', 'the
            # "Platform" is free of charge' refer back to a term and state a rule about it)
            if not includes and not _NP_PREDICATE.match(text, weak.end(), e):
                return None
            bare_raw = bare_raw[lead.end() :]
        emph = P.EMPHASIZED_TERM.match(bare_raw)
        quoted_term = bool(P.QUOTED_TERM.match(emph.group("term") if emph else bare_raw))
        # "For the purposes of these Rules / this Chapter, stall keepers are persons who ...": a frame that names
        # the instrument or a part of it, and a predicate that classifies (a noun phrase, no modal or passive)
        framed_is = bool(frame and (P.INSTRUMENT_FRAME.match(text[s:e]) or P.PART_FRAME.match(text[s:e]))
                         and P.CLASSIFYING_PREDICATE.match(text, weak.end(), e))
        # quotation marks make "X is Y" a definition anywhere; emphasis only in an article that defines terms
        # ("shall include" only for a marked term: in an article that defines terms "Applicants shall include ..." is a duty)
        plain_includes = includes and not weak.group("verb").lower().startswith("shall")
        if not (quoted_term or named or framed_is or (in_defs_article and (plain_includes or emph is not None))):
            return None
        verb = weak
        raw_term = weak.group("raw").strip()
        return _make(u, start, e, raw_term, weak.start("verb") - 1, weak.end(), quoted_term,
                     in_defs_article or named or framed_is)
    raw_term = text[start : verb.start()].strip()
    lead_ws = len(text[start : verb.start()]) - len(text[start : verb.start()].lstrip())
    framed = False  # a phrase around the term says it is the text's term: 'the term X', 'X as used in these Rules'
    the_term = P.THE_TERM.match(raw_term)
    if the_term:  # 'the term "X" means ...', 'the term X refers to ...'
        start += lead_ws + the_term.end()
        lead_ws = 0
        raw_term = raw_term[the_term.end() :]
        framed = True
    used = P.AS_USED_IN.search(raw_term)
    if used and used.start() > 0:  # '"X", as used in these Measures, means ...', 'X as mentioned in these Rules refer to'
        raw_term = raw_term[: used.start()]
        framed = True
    inl = P.INLINE_DEFINITION.search(raw_term)
    if inl and inl.start() > 0 and not raw_term[inl.end() :].strip() and verb.group("verb").lower() != "is defined as":
        # 'Y (hereinafter referred to as "X") refers to Z': the long form Y is the term the sentence defines (and X,
        # its short form, is defined inline); giving a term a short name marks it as the text's own term
        # ((defs22) the phrase that names the text may follow the short name: 'The term "bonded park" (hereinafter
        # referred to as the park) as mentioned in these Measures refers to': it is cut first, then the short name)
        raw_term = raw_term[: inl.start()].rstrip()
        framed = True
    if frame and (P.INSTRUMENT_FRAME.match(text[s:e]) or P.PART_FRAME.match(text[s:e])) and not re.match(r"\s*(?:shall|may|must|should|can|be)\b",
                                                                    text[verb.end() : e]):
        framed = True  # "For the purposes of these Rules, parcel locker means ..."
    return _make(u, start + lead_ws, e, raw_term, start + lead_ws + len(raw_term), verb.end(), False,
                 in_defs_article or framed or _bare_term(raw_term, verb.group("verb"), text[verb.end() : e]))


# a predicate that names a class: a determiner and a noun ("a set of ...", "any vessel", "an enterprise that ...")
_NP_PREDICATE = re.compile(r"(?:an?|any|every|each|all|the)[ ](?!(?:same|subject|case|responsibility)\b)[a-z]", re.IGNORECASE)


def _marked_term(raw: str) -> bool:
    """Whether the words before a defining verb are a term the text marks as its own: quoted or emphasised (after an
    article: 'The "X"'), named by "the term / expression", or by "as used in these Measures"."""
    raw = raw.strip()
    the_term = P.THE_TERM.match(raw)
    if the_term:
        return True
    used = P.AS_USED_IN.search(raw)
    if used and used.start() > 0 and re.search(P.USED_PARTICIPLE + r"|purpose|sense|meaning", used.group(0)):
        return True  # "as used in these Measures" (the bare "in these Rules" names no term: "Nothing in these Rules")
    if used and used.start() > 0:
        raw = raw[: used.start()].strip()  # 'An "older resident", in these Measures, is taken to be': the term before it
    lead = _LEADING_ARTICLE.match(raw)
    return _unwrap(raw)[2] or bool(lead and _unwrap(raw[lead.end() :])[2])


# a term that opens its sentence bare (no determiner, no number): "Passenger data refers to ...", "Berth fees denote ..."
_BARE_TERM = re.compile(r"^(?!(?i:the|a|an|this|these|that|those|such|its|their|each|any|all|no|it|they|which|what|"
                        r"article|paragraph|item|chapter|section|part)\b)[A-Z][a-z][\w-]*(?:[ ][a-z][\w-]*){0,4}$")


def _bare_term(raw_term: str, verb: str, rest: str) -> bool:
    """Whether "X refers to / denotes / is defined as Y" defines X outside an article that defines terms (guide 5:
    "X refers to Y", in a definitions article or anywhere): X a bare noun phrase of up to five words opening the
    sentence, capitalised and in lower case after its first letter; Y no clause ("refers to that ...", a modal).
    Not "means" (nor "has the meaning of"), which also states a consequence ("Late payment means the licence
    lapses"): an unquoted "X means Y" defines X only where the article defines terms."""
    term = raw_term.strip()
    if re.match(r"(?:a|an)\s", term, re.IGNORECASE) and re.match(r"refers?\s+to$", verb.strip(), re.IGNORECASE):
        # (probe19b) "A personal information processor refers to any organization ...": the indefinite article of a
        # class named by "refers to" is no part of the term (not "The notice refers to Article 5": a definite thing)
        term = term.split(None, 1)[1] if len(term.split()) > 1 else term
        term = term[:1].upper() + term[1:]
    return bool(_BARE_TERM.match(term)) and not re.search(r"\bmean(?:s|ing)?\b", verb, re.IGNORECASE) and not \
        re.match(r"\s*(?:that|to|by|of|in|shall|may|must|should|can|will|be|is|are)\b", rest, re.IGNORECASE)


def _unwrap(raw: str) -> tuple[str, int, bool]:
    """The term inside quotation marks or Markdown emphasis (either order), its offset in ``raw``, and whether it
    was so marked."""
    term, off, marked = raw, 0, False
    for _ in range(2):
        m = P.EMPHASIZED_TERM.match(term) or P.QUOTED_TERM.match(term)
        if m is None:
            break
        off += m.start("term")
        term = m.group("term")
        marked = True
    return term, off, marked


def _glossary_entries(u: Unit, s: int, e: int, strict: str | None = None) -> list[Definition]:
    """'- **Term**: meaning', '(1) "term": meaning' in an article that defines terms: definitions whose term is the
    words before the colon. An entry starts the region (or follows the intro's colon) or follows a sentence end and
    a bullet or label; it runs to the next entry. A defining verb before the colon makes it no entry ('X refers to
    the following: ...'). ``strict`` (review21): the whole text in lower case, when the article is taken to define
    terms only because a sentence names a term after its meaning (no caption, lead-in or "X means"): then a colon
    line is an entry only as a glossary's is, a meaning that opens with its genus ("a / an / any" + noun), binds
    no one, for a term the text uses elsewhere ("Glass skywalk: a walkway ..."); a label's line ("Contact: the
    bureau", "Opening hours: from 8 a.m.", "Example: a teacher who ...", "Penalty: a guide who ... shall be
    fined") names nothing the text goes on to use, or gives no meaning."""
    text = u.clean.text
    start = s
    intro = DEFINITIONS_INTRO_SCAN.search(text, s, e)
    if intro:
        colon = min((k for k in (text.find(":", intro.start(), e), text.find("：", intro.start(), e)) if k >= 0), default=-1)
        if colon < 0:
            return []
        start = colon + 1
        while start < e and text[start] == " ":
            start += 1
    par = u.paragraph
    if par.items and s >= len(par.intro or "") and not DEFINITIONS_INTRO_SCAN.search(par.intro or ""):
        return []  # items under a lead-in that is no glossary's ("X refers to ..., including:"): not entries
    starts = [start] + [m.end() for m in _NEXT_ENTRY.finditer(text, start, e)]
    out: list[Definition] = []
    for k, a in enumerate(starts):
        g = P.GLOSSARY_ENTRY.match(text, a, e)
        end = starts[k + 1] if k + 1 < len(starts) else e
        while end > a and text[end - 1] == " ":
            end -= 1
        verb = P.DEFINING_VERB.search(text, a, end)
        # "hot spring water: refers to underground hot water ...": a defining verb right after the colon belongs to the
        # entry (the meaning follows it); one before the colon makes it no entry ("X refers to the following: ...")
        verb_after = g is not None and verb is not None and verb.start() >= g.end("sep") and \
            not text[g.end("sep") : verb.start()].strip()
        if g is None or g.end() > end or (verb is not None and verb.start() < g.end() and not verb_after):
            if k == 0:
                return []  # the list does not open with an entry: it is no glossary
            continue
        raw = g.group("raw").rstrip()
        if g.group("sep") not in ":：" and not _unwrap(raw)[2]:
            if k == 0:
                return []
            continue  # "Kiosk - a booth": a dash after a plain word is no entry
        if DEFINITIONS_INTRO_SCAN.search(raw) or P.DEFINITION_FRAME.match(raw + ", "):
            continue  # "For the purposes of these Rules:" is the list's intro, not a term
        if _CLAUSE_AFTER_COLON.match(text, g.end(), end):
            # ((defs23) "Duties: the shed keeper shall lock the shed": a colon before a clause with a modal introduces
            # what follows, it gives no meaning)
            if k == 0:
                return []
            continue
        if strict is not None and not _entry_like(text[g.end() : end], _unwrap(raw)[0], strict):
            if k == 0:
                return []
            continue
        d = _make(u, g.start("raw"), end, raw, g.start("raw") + len(raw), verb.end() if verb_after and verb else g.end(),
                  False, True)
        if d is not None:
            out.append(d)
    return out


# (review21) a glossary meaning opens with its genus: "a walkway ...", "an animal ...", "any vehicle ..."
_GENUS_OPENING = re.compile(r"(?:an?|any)[ ][\w-]", re.IGNORECASE)
_BINDING_WORD = re.compile(r"\b(?:shall|must)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)


def _entry_like(meaning: str, term: str, text: str) -> bool:
    """(review21) Whether a colon line's ``meaning`` and ``term`` read as a glossary entry where no caption or lead-in
    says the article is one: the meaning opens with its genus and holds no modal, and the term (its last word, as
    singular or plural) occurs in the text ``text`` (lower case) more often than on its own line: a term is defined to
    be used. "shall / must" anywhere, or another modal before any relative word, makes the line a clause."""
    if not _GENUS_OPENING.match(meaning) or _BINDING_WORD.search(meaning):
        return False
    duty = _DUTY_WORD.search(meaning)
    relative = _RELATIVE_WORD.search(meaning)
    if duty and (relative is None or duty.start() < relative.start()):
        return False  # a modal of the line's own clause; "an area where tents may be pitched": the genus's ability
    words = term.lower().split()
    if not words:
        return False
    head = re.escape(" ".join([*words[:-1], words[-1].rstrip("s")]))
    return len(re.findall(rf"\b{head}(?:s|es)?\b", text)) > 1


# a clause after a colon: up to four words with no relative pronoun, then a modal ("the keeper shall ...")
_CLAUSE_AFTER_COLON = re.compile(r"(?:(?!(?:who|that|which|whose|where)\b)[\w'’-]+[ ]){1,4}(?:shall|must|may|should|"
                                 r"is[ ]to|are[ ]to)\b", re.IGNORECASE)


# the header of a table of terms: a column of terms and a column of their meanings
_TERM_HEADER = re.compile(r"^(?:defined[ ])?(?:terms?|expressions?|words?|concepts?)$", re.IGNORECASE)
_MEANING_HEADER = re.compile(r"^(?:meanings?|definitions?|means|interpretations?|explanations?)$", re.IGNORECASE)


def _table_definitions(u: Unit, in_defs_article: bool) -> list[Definition]:
    """A table of terms ("Term | Meaning"): each row defines the term in its term cell as the words of its meaning
    cell. The columns are the ones whose headers say so; in an article that defines terms, a table of two
    columns without such headers is read the same way (term first). Rows whose term cell is no term are left."""
    par = u.paragraph
    if not par.table_header or not par.items:
        return []
    from .tables import row_cells

    header = [h.replace("*", "").strip() for h in par.table_header]
    t_col = next((k for k, h in enumerate(header) if _TERM_HEADER.match(h)), None)
    m_col = next((k for k, h in enumerate(header) if _MEANING_HEADER.match(h)), None)
    text = u.clean.text
    rows = row_cells(u)
    if (t_col is None or m_col is None) and in_defs_article and len(header) == 2 and not any(header):
        t_col, m_col = 0, 1  # a headerless two-column table in a definitions article
    elif t_col is None and m_col is None and in_defs_article and len(header) == 2 and _row_not_header(header):
        # a table printed without headers whose first row the layout made its header ("| Kiosk | a booth ... |"):
        # that row is a term and its meaning like the others
        first = _header_cells(u, rows)
        if first is not None:
            t_col, m_col = 0, 1
            rows = [first, *rows]
    if t_col is None or m_col is None or t_col == m_col:
        return []
    out: list[Definition] = []
    for row in rows:
        if max(t_col, m_col) >= len(row):
            continue
        (ta, tb), (ma, mb) = row[t_col], row[m_col]
        raw = text[ta:tb]
        term, offset, _marked = _unwrap(raw)
        lead = _LEADING_ARTICLE.match(term)
        if lead:
            term, offset = term[lead.end() :], offset + lead.end()
        term = term.strip()
        while mb > ma and text[mb - 1] in ".;。； ":
            mb -= 1
        if not _term_ok(term) or mb <= ma:
            continue
        t_start = ta + offset
        term_span = u.clean.span(t_start, t_start + len(term))
        out.append(Definition(
            id=f"{u.document}/def/{slug(term)}", document=u.document, article=u.article,
            provision=u.provision_at(term_span), term=term, definition=text[ma:mb], kind="article",
            span=u.clean.span(ta, mb), term_span=term_span, definition_span=u.clean.span(ma, mb),
            forms=tuple(sorted(noun_forms(term) | short_forms(term)))))
    return out


# words that name a column of a table, not a term or its meaning
_COLUMN_NAME = re.compile(r"^(?:no\.?|number|item|name|notes?|remarks?|sources?|descriptions?|details|contents?|"
                          r"meanings?|definitions?|terms?|words?|explanations?|interpretations?|senses?)\b", re.IGNORECASE)


def _row_not_header(header: list[str]) -> bool:
    """Whether a two-cell header row reads as a term and its meaning, not as column names: the first cell a term,
    the second a description of three or more words, neither opening with a column name ("Notes", "Meaning of
    the term")."""
    t, m = header
    return (_term_ok(t) and len(m.split()) >= 3 and not _COLUMN_NAME.match(t) and not _COLUMN_NAME.match(m))


def _header_cells(u: Unit, rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]] | None:
    """The cells of a table's header row, as (start, end) in the unit's clean text (None when not found): the row
    between the lead-in and the delimiter row."""
    from .tables import cell_spans

    text = u.clean.text
    end = rows[0][0][0] if rows and rows[0] else len(text)
    start = len(u.paragraph.intro or "")
    delim = re.search(r"\|?[ ]*:?-{3,}", text[start:end])
    if delim is None:
        return None
    line_end = start + delim.start()
    cells = [(start + a, start + b) for a, b in cell_spans(text[start:line_end])]
    header = [h.replace("*", "").strip() for h in u.paragraph.table_header]
    return cells if [text[a:b].replace("*", "").strip() for a, b in cells] == header else None


# where a list run into one paragraph starts its next entry: a sentence end, then a bullet or a label
_NEXT_ENTRY = re.compile(r"[.;。；][ ]+(?=[-*+•][ ]|[(（]?(?:\d{1,3}|[a-z]|[ivx]{1,5})[)）.][ ])")


def _make(u: Unit, start: int, e: int, raw_term: str, verb_start: int, verb_end: int, _weak: bool,
          in_defs_article: bool) -> Definition | None:
    text = u.clean.text
    term, offset, marked = _unwrap(raw_term)
    lead0 = _LEADING_ARTICLE.match(raw_term)
    if not marked and lead0 and _unwrap(raw_term[lead0.end() :])[2]:  # 'A "kiosk" means', 'The **stall** is'
        term, offset, marked = _unwrap(raw_term[lead0.end() :])
        offset += lead0.end()
    if not in_defs_article and not marked:
        return None
    term_start = start + (len(text[start : verb_start]) - len(text[start : verb_start].lstrip())) + offset
    lead = _LEADING_ARTICLE.match(term)
    if lead:
        term, term_start = term[lead.end() :], term_start + lead.end()
    if not _term_ok(term):
        return None
    def_start = verb_end
    def_end = e
    tail = re.search(r"[.;。；]\s*(?:and|or)?\s*$", text[def_start:def_end])
    if tail:
        def_end = def_start + tail.start()
    definition = text[def_start:def_end]
    if not definition.strip():
        return None
    span = u.clean.span(term_start, e)
    term_span = u.clean.span(term_start, term_start + len(term))
    return Definition(
        id=f"{u.document}/def/{slug(term)}", document=u.document, article=u.article,
        provision=u.provision_at(term_span), term=term, definition=definition, kind="article", span=span,
        term_span=term_span, definition_span=u.clean.span(def_start, def_end),
        forms=tuple(sorted(noun_forms(term) | short_forms(term))),
    )


def _sentence_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` start, in order (once per paragraph, for :func:`_sentence_start`)."""
    return [a for a, _ in sentence_bounds(text)]


def _sentence_start(starts: list[int], at: int) -> int:
    """The start of the sentence that holds ``at`` (0 before the first), by bisection of :func:`_sentence_starts`:
    a paragraph's sentences scanned again for each match of a pattern made a long paragraph quadratic."""
    k = bisect.bisect_right(starts, at)
    return starts[k - 1] if k else 0


def _inline_definitions(u: Unit) -> Iterable[Definition]:
    text = u.clean.text
    starts = _sentence_starts(text)
    for m in P.INLINE_DEFINITION.finditer(text):
        group = "term" if m.group("term") is not None else "bare"  # quoted or not: "(hereinafter referred to as providers)"
        term, mark_offset, _marked = _unwrap(m.group(group).strip())  # "(hereinafter **operators**)"
        det = _QUOTED_DETERMINER.match(term)
        if det and len(term[det.end() :].split()) >= 1:
            # '(hereinafter “the operator”)': the determiner inside the marks is the sentence's, not the name's
            term, mark_offset = term[det.end() :], mark_offset + det.end()
        if not _term_ok(term) or term.lower() in ("collectively", "jointly", "together"):
            continue
        # the definiens: the noun phrase before the parenthesis, from the first "the " after the
        # last clause boundary
        sent_start = _sentence_start(starts, m.start())
        seps = [_clause_sep(text, sep, sent_start, m.start()) for sep in (", ", "; ", ": ")] + \
            [_bracket_sep(text, sent_start, m.start())]
        clause_start = max([sent_start] + [x for x in seps if x >= len(", ")])
        window = text[clause_start : m.start()]
        k = next((mm.start() for mm in re.finditer(r"(?<![\w])the ", window)), -1)
        by = list(re.finditer(r"\bby (?:the |an? )?", window))
        head = term.lower().split()[-1].rstrip("s")
        after_prep = max((mm.end() for mm in re.finditer(r"\b(?:to|of|on|for|as|by|with|in) ", window)), default=0)
        if by and head in window[by[-1].end() :].lower():
            k = by[-1].end()  # "... the handling of X by city kiosk operators (hereinafter ... operators)": the agent
        elif k < 0 and clause_start == sent_start and head not in window[after_prep:].lower() \
                and not re.search(r"\b(?:is|are|was|were|shall|may|must|should)\b", window):
            k = 0  # a subject with no article: "Firms and institutions that hold permits (hereinafter holders)"
            hp = _head_phrase(text, sent_start, m.start(), head)
            if hp is not None and re.search(r"\b(?:apply|applies|to|for|with|by)\b", text[clause_start:hp]):
                k = hp - clause_start  # "These Rules apply to makers of lockers (hereinafter 'locker makers')"
        elif k < 0:  # no article: the noun phrase after the last preposition or verb particle
            k = after_prep
        # "shall take the lead in building the municipal platform (hereinafter "the platform")": a gerund after a
        # preposition takes the noun phrase after it as its object, and that object, holding the short form's head,
        # is what the short form names
        if k >= 0 and not _heads_within(window, head, k):
            # (defs22) the first "the" opens a clause, not the phrase named: "the Ministry of Commerce hereby worked to
            # formulate the Catalogue of Encouraged Products (hereinafter referred to as Catalogue)", "with a view to
            # ensuring the successful reform with the Bank of China and China Construction Bank (hereinafter referred
            # to as the two pilot banks)": the first later "the" phrase whose first words hold the short form's head,
            # unless a preposition that joins a complement to a noun stands before it: "the provisions of the Law of
            # the People's Republic of China on the Protection of Wildlife" is one phrase
            # ((codereview20) each "the" is read where it stands, without a copy of the window or a search through all
            # of it: once per "the" of a long sentence, that was quadratic)
            later = [mm.start() for mm in re.finditer(r"(?<![\w])the ", window, re.IGNORECASE)
                     if mm.start() > k and _heads_within(window, head, mm.start())
                     and not _complement_before(window, mm.start())]
            if later:
                k = later[0]
        ger = [g for g in GERUND_OBJECT.finditer(window, max(k, 0)) if head in window[g.end() :].lower()]
        if ger and k >= 0:
            k = ger[-1].end()
        d_start = clause_start + k
        subject = _sentence_subject(text, sent_start, m.start(), m.end())
        if subject is not None:
            d_start = subject
        of = _OF_HEAD.match(text, d_start, m.start())
        if of and head not in of.group("n").lower() and not set(of.group("n").lower().split()) & set(term.lower().split()) \
                and re.match(rf"(?:[\w-]+[ ]){{0,3}}?{re.escape(head)}",
                                                                 text[of.end() : m.start()], re.IGNORECASE):
            # "It is the obligation of every operator of a venue (hereinafter "the operator") to ...": a noun
            # without the short form's head, then "of" and a phrase headed by it (within its first four words): the
            # short form names that phrase ("the application of X technology to provide services (hereinafter
            # "services")" names the application: "services" heads no phrase right after "of")
            d_start = of.end()
        lead = _LEADING_ARTICLE.match(text[d_start : m.start()]) if d_start == sent_start else None
        if lead:  # "The person who runs a wall (hereinafter called "the operator")": the subject, from the sentence
            d_start += lead.end()  # start without its leading article, as _sentence_subject gives it
        d_end = m.start()
        while d_end > d_start and text[d_end - 1] == " ":
            d_end -= 1
        named = _NAMED_LONG_FORM.match(text, d_start, d_end)
        if named and named.end() == d_end:
            # (defs22) 'The term "urban apiary" (hereinafter referred to as the apiary) as used in these Rules refers
            # to ...': the long form is the quoted term, without "the term" and its marks
            d_start, d_end = named.start("term"), named.end("term")
        if not re.search(rf"\b{re.escape(head)}", text[d_start:d_end], re.IGNORECASE):
            # the phrase found does not hold the short form's head ("... children under the age of 14 (hereinafter
            # 'watch manufacturers')"): the noun phrase whose head it is, after the last bracket or semicolon
            # (no such phrase, after a scope statement: "These Measures apply to enterprises engaged in the recycling
            # of phones (referred to as "recyclers" for short)": the short name names the object of "apply to")
            scope = list(_APPLY_TO.finditer(text, clause_start, m.start()))
            hp = _head_phrase(text, sent_start, m.start(), head)
            d_start = scope[-1].end() if hp is None and scope else hp or d_start
        term_start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip())) + mark_offset
        term_span = u.clean.span(term_start, term_start + len(term))
        yield Definition(
            id=f"{u.document}/def/{slug(term)}", document=u.document, article=u.article,
            provision=u.provision_at(term_span), term=term, definition=text[d_start:d_end], kind="inline",
            span=u.clean.span(d_start, m.end()), term_span=term_span,
            definition_span=u.clean.span(d_start, d_end),
            forms=tuple(sorted(noun_forms(term) | short_forms(term))),
        )


# "the term "X"" before a short-name bracket: the long form is X
_NAMED_LONG_FORM = re.compile(r"(?:the[ ])?(?:term|expression|words?)[ ][\"“‘'](?P<term>[^\"“”‘’']{1,80})[\"”’']", re.IGNORECASE)


_PHRASE_WORD = re.compile(r"[\w'’-]+")
# a preposition that joins a complement to a noun, then white space, where a "the" phrase starts
_COMPLEMENT_PREPOSITION = re.compile(r"\b(?:of|on|for|in|under|at)\Z", re.IGNORECASE)


def _heads_within(phrase: str, head: str, pos: int = 0, words: int = 5) -> bool:
    """Whether one of the first ``words`` words of ``phrase[pos:]`` has the stem ``head`` (a short form's last word).
    ((codereview20) only those words are read: not every word of the rest of a long sentence, once per "the")"""
    return any(w.group().lower().startswith(head) for w in itertools.islice(_PHRASE_WORD.finditer(phrase, pos), words))


def _complement_before(text: str, at: int) -> bool:
    """Whether white space and a preposition that joins a complement to a noun ("of", "on", "for", "in", "under",
    "at") stand just before ``at`` (read back from ``at``, never the whole text before it)."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j < at and _COMPLEMENT_PREPOSITION.search(text, max(0, j - len("under")), j) is not None


# a lower-case article opening a quoted short name: "(hereinafter “the operator”)" names "operator"
_QUOTED_DETERMINER = re.compile(r"(?-i:the|a|an)[ ]+(?=\S)")
# "the obligation of every ...": a noun phrase of one to three words, then "of" and an optional quantifier
_OF_HEAD = re.compile(r"(?:the[ ])?(?P<n>(?:[\w-]+[ ]){0,2}[\w-]+)[ ]of[ ](?:(?:every|each|any|all|the)[ ])?", re.IGNORECASE)
# the object of a scope statement: "These Rules apply to ...", "... shall apply to all the ..."
_APPLY_TO = re.compile(r"\bappl(?:y|ies)[ ]to[ ](?:(?:the|all|any|every)[ ])*", re.IGNORECASE)
GERUND_OBJECT = re.compile(r"\b(?:in|of|for|on|by|from|after|before|when|while)\s+(?-i:[a-z]+ing)\s+(?=(?:the|a|an)\s)",
                           re.IGNORECASE)
_PREDICATE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|shall|may|must|should|will|can|could|would|has|have|had|"
                             r"does|do|did|apply|applies|refers?|means?|includes?)\b", re.IGNORECASE)


# an article inside a phrase that no preposition or conjunction introduces opens a second noun phrase
# (nor a participle, which takes its object: "Entities operating the ferry terminal")
_SECOND_NP = re.compile(r"(?<!^)(?<![,;])\s(?!(?:of|on|in|at|to|for|from|with|by|about|and|or|as)\s|[\w'-]+(?:ing|ed)\s)"
                        r"[\w'-]+\s+(?:the|a|an)\s", re.IGNORECASE)


# (session 15) a comma inside a list of single words ("who starts, watches and ends the program"): no clause boundary
_WORD_LIST_COMMA = re.compile(r"[\w-]+(?:, [\w-]+)*,? (?:and|or) [\w-]+")
_WORD_LIST_SPAN = 300  # a list of single words ends in its "and"/"or" well within this many characters


def _clause_sep(text: str, sep: str, start: int, end: int) -> int:
    """Where the text after the last ``sep`` between ``start`` and ``end`` begins (``len(sep) - 1`` when there is
    none): the last clause boundary before a parenthesis. A comma that joins single words into a list ("The person
    who starts, watches and ends the program (hereinafter ...)") is inside a phrase, no boundary."""
    at = text.rfind(sep, start, end)
    # (each try reads at most _WORD_LIST_SPAN characters: a long run of commas stays linear, not quadratic)
    while sep == ", " and at >= 0 and _WORD_LIST_COMMA.match(text, at + 2, min(end, at + 2 + _WORD_LIST_SPAN)):
        at = text.rfind(sep, start, at)
    return at + len(sep)


# (defs22) a bracket of one to three words inside a name: "China (Shanghai) Pilot Free Trade Zone", "the Foreign
# Investment Law of the People's Republic of China (PRC) (hereinafter ...)", "Measures (Trial)": the words after it
# go on with the name (a capital) or the short name's bracket follows at once
_NAME_BRACKET = re.compile(r"[(（][ ]*[\w.'’-]+(?:[ ][\w.'’-]+){0,2}[ ]*[)）][ ]+(?=[A-Z(（]|$)")


def _bracket_sep(text: str, start: int, end: int) -> int:
    """Where the text after the last closing bracket before ``end`` begins (as _clause_sep; ``1`` when there is
    none), passing over a bracket that belongs to a name (_NAME_BRACKET): no clause boundary."""
    at = text.rfind(") ", start, end)
    while at >= 0:
        near = max(start, at - 80)  # (a name's bracket is short: look back no further, linear on a run of brackets)
        opening = max(text.rfind("(", near, at), text.rfind("（", near, at))
        if opening < 0 or not _NAME_BRACKET.match(text, opening, end):  # (no slice: one bounded match a bracket)
            break
        at = text.rfind(") ", start, opening)
    return at + len(") ")


_RELATIVE_SUBJECT = re.compile(r"(?:the|an?|any|each|every)\s+[\w'’ -]+?\s+(?:who|that)\s+(?!(?:is|are|was|were|shall|may|"
                               r"must|should|will)\b)[^;:()（）]+$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\s+(?:shall|must|may|should|is|are|has|have|needs?)\b")


def _sentence_subject(text: str, sent_start: int, paren: int, paren_end: int) -> int | None:
    """Where the definiens starts when the parenthesis closes the sentence's subject: 'The agricultural and rural
    affairs department of the State Council (hereinafter "X") shall ...', 'Data on the arrivals, departures and cargo
    of vessels (hereinafter "X") refers to ...'. The subject runs from the sentence start (after a leading article)
    when nothing before the parenthesis is a verb or an opening adverbial and the sentence's predicate follows it
    (a lower-case word, not a comma); else None (the phrase is found as before)."""
    before = text[sent_start:paren]
    # (the cheap length tests first: _RELATIVE_SUBJECT is quadratic on a long run of spaces)
    if len(before) <= 500 and len(before.split()) <= 25 and _RELATIVE_SUBJECT.match(before) and \
            _MODAL_AFTER.match(text, paren_end):
        # (session 15) 'The person at the ground station who starts, watches and ends the program (hereinafter the
        # "flight controller") must hold ...': a subject named by its relative clause, its modal after the parenthesis
        lead = _LEADING_ARTICLE.match(before)
        return sent_start + (lead.end() if lead else 0)
    if not before.strip() or len(before.split()) > 25 or _PREDICATE_WORD.search(before) or \
            P.LEAD_ADVERBIAL.match(before) or re.search(r"[;:()（）]|\b(?:that|which|who|whose)\b", before):
        return None
    if ("," in before and not re.search(r"\b(?:and|or)\b", before.rsplit(",", 1)[1])) or _SECOND_NP.search(before):
        # an opener before the subject: set off by a comma that lists nothing ("Every quarter, ferry companies"), or
        # a noun phrase with a determiner of its own ("Each year the harbour bureau"): the phrase is found as before
        return None
    if not re.match(r"\s+(?:[a-z][\w-]*)\b", text[paren_end : paren_end + 40]) or \
            re.match(r"\s+(?:and|or|of|in|on|at|to|for|with|by)\b", text[paren_end : paren_end + 40]):
        return None
    lead = _LEADING_ARTICLE.match(before)
    return sent_start + (lead.end() if lead else 0)


def _appositive_definitions(u: Unit) -> Iterable[Definition]:
    """"Device makers, that is, enterprises that ..., and voice service providers, that is, entities that ..., are
    to": a subject (at a sentence start or after ", and") set off by an identifying apposition that names a kind of
    party with a relative clause. The meaning runs to the comma before the predicate or the next such subject. The
    term names the party (kind "article": the meaning describes it; it is no short form of the meaning)."""
    text = u.clean.text
    for a, b in sentence_bounds(text):
        starts = [a] + [m.end() for m in re.finditer(r",[ ]and[ ]", text[a:b])]
        for k in starts:
            k = k if k == a else a + k
            m = P.APPOSITIVE_DEFINITION.match(text, k, b)
            if m is None:
                continue
            term = m.group("term")
            lead = _LEADING_ARTICLE.match(term)
            t_start = m.start("term") + (lead.end() if lead else 0)
            term = text[t_start : m.end("term")]
            if not _term_ok(term) or P.LEAD_ADVERBIAL.match(term):
                continue
            d_start = m.start("defn")
            stop = re.search(r",[ ]and[ ](?:[\w-]+[ ]){0,5}?[\w-]+,[ ](?:that[ ]is|i\.e\.|namely)\b"
                             r"|,[ ](?=(?:shall|must|may|should|are|is|need|needs|have|has|will|can|bear|bears)\b)",
                             text[d_start:b])
            d_end = d_start + stop.start() if stop else b
            tail = re.search(r"[.;。；]\s*$", text[d_start:d_end])
            if tail:
                d_end = d_start + tail.start()
            term_span = u.clean.span(t_start, t_start + len(term))
            yield Definition(
                id=f"{u.document}/def/{slug(term)}", document=u.document, article=u.article,
                provision=u.provision_at(term_span), term=term, definition=text[d_start:d_end], kind="article",
                span=u.clean.span(t_start, d_end), term_span=term_span,
                definition_span=u.clean.span(d_start, d_end),
                forms=tuple(sorted(noun_forms(term) | short_forms(term))),
            )


_NP_STOP = frozenset(("the", "a", "an", "this", "these", "that", "those", "such", "any", "all", "each", "to", "for",
                      "with", "by", "on", "in", "at", "from", "of", "which", "who", "and", "or", "is", "are", "be",
                      "shall", "may", "must", "should", "will", "can", "apply", "applies", "provide", "provides",
                      "use", "uses", "include", "includes", "including"))


def _head_phrase(text: str, sent_start: int, end: int, head: str) -> int | None:
    """Where the noun phrase headed by ``head`` (the first word with that stem after the last bracket, semicolon or
    colon before ``end``) begins: back over its pre-modifiers to a determiner, preposition or verb (five words at
    most). None if no such word."""
    a = max([sent_start] + [text.rfind(c, sent_start, end) + 1 for c in ")）;；:："])
    hm = re.search(rf"\b{re.escape(head)}\w*", text[a:end], re.IGNORECASE)
    if hm is None:
        return None
    words = list(re.finditer(r"[\w'’-]+", text[a : a + hm.start()]))
    start = a + hm.start()
    for w in reversed(words[-5:]):
        if w.group(0).lower() in _NP_STOP or text[a + w.end() : start].strip():
            break  # a stop word, or punctuation between it and the phrase
        start = a + w.start()
    return start


def _collective_definitions(u: Unit) -> Iterable[Definition]:
    """"A and B are collectively referred to as X": X is defined as the sentence's subject."""
    text = u.clean.text
    starts = _sentence_starts(text)
    for m in P.COLLECTIVE_DEFINITION.finditer(text):
        d_start = _sentence_start(starts, m.start())
        d = _subject_definition(u, m, d_start)
        if d is not None:
            yield d


# (defs23) words that open no subject of a naming sentence: a pronoun or a wh-word points back or asks ("It is called
# "X"", "This is termed "X"", "What is called "X" ..."); a relative pronoun last makes the verb a relative clause's
# (nor a clause of condition: "Where a keeper moves hives, this is called ...")
_NO_SUBJECT_START = re.compile(r"(?:it|this|that|these|they|he|she|there|here|what|which|such|so|where|if|when|whenever|"
                               r"unless|once)\b", re.IGNORECASE)
_NO_SUBJECT_END = re.compile(r"(?:\b(?:which|who|that|what)|,\s*(?:it|this|that|these|those|they))\s*,?\s*$", re.IGNORECASE)
_DUTY_WORD = re.compile(r"\b(?:shall|must|may|should|will|can|cannot)\b", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 40


def _term_last_definitions(u: Unit) -> Iterable[Definition]:
    """(defs23) The term after its meaning: 'Photographs that a booth keeps are called "booth images" in these
    Provisions', 'Whoever places kiosks ... is referred to as the "kiosk keeper"' (P.NAMED_LAST), and 'Anyone who books a
    room is a "user"' (P.INVERTED_IS, a subject that names a class by a relative clause). The meaning is the clause's
    subject: from the sentence start (or the last semicolon) past a definition frame and a leading article, to the
    verb. No definition when the subject is a pronoun or wh-word, ends in one, or holds a modal (a duty's clause)."""
    text = u.clean.text
    starts = _sentence_starts(text)
    for pattern in (P.NAMED_LAST, P.INVERTED_IS):
        for m in pattern.finditer(text):
            a = _sentence_start(starts, m.start())
            semi = max(text.rfind(";", a, m.start()), text.rfind("；", a, m.start()))
            if semi >= 0:
                a = semi + 1
            while a < m.start() and text[a] == " ":
                a += 1
            frame = P.DEFINITION_FRAME.match(text[a : m.start()])
            if frame:
                a += frame.end()
            subject = text[a : m.start()]
            if not subject.strip() or len(subject.split()) > _MAX_SUBJECT_WORDS or _NO_SUBJECT_START.match(subject) \
                    or _NO_SUBJECT_END.search(subject) or _DUTY_WORD.search(subject) or "\"" in subject:
                continue
            if pattern is P.NAMED_LAST and _KNOWN_AS.search(m.group(0)) and not _THE_TEXT_NAMED.search(m.group(0)) \
                    and _ONE_THING.match(subject):
                continue  # (review21) 'The hill behind the old town is known as "Tiger Hill"': a thing's name in use
            if pattern is P.INVERTED_IS and not P.INVERTED_SUBJECT.match(subject):
                continue  # 'The fee is the "base fee"': an identity, no class named by what its members do
            if pattern is P.INVERTED_IS and (m.group("det") or "").lower() == "the" \
                    and not re.match(r"(?i:who(?:so)?ever|any(?:one|body))\b", subject):
                continue  # 'The only form that the bureau accepts is the "Consent Form"': one thing identified
            # a subject that describes a class ("Whoever places ...", "Photographs that a booth keeps") gives the
            # meaning, no long form of a name (kind "article", as an appositive's); a bare name ("The Municipal
            # Bureau of ... is referred to as the "City Bureau"") is the long form of a short one (kind "inline")
            kind: Literal["article", "inline"] = "article" if _DESCRIBING.search(subject) else "inline"
            d = _subject_definition(u, m, a, kind)
            if d is not None:
                yield d


# (review21) "is known as" reports the name a thing goes by; it fixes a term of the text only for a class ("Bicycles that
# stand ... are known as "left bicycles"", "A bicycle that ...") or with the text named ("known in these Rules as"): a
# subject that opens with "the / this / that" and a singular head names one thing (a hill, a bridge, a rule) whose
# name is a fact, as the guide's identification ('The form the bureau issues is the "Consent Form"')
_KNOWN_AS = re.compile(r"\bknown\b", re.IGNORECASE)
_THE_TEXT_NAMED = re.compile(rf"\b(?:in|under|for)[ ]{P._THE_TEXT}\b", re.IGNORECASE)
_ONE_THING = re.compile(r"(?i:the|this|that)[ ](?:[a-z0-9-]+[ ]){0,3}?[a-z-]*[a-rt-z](?:[ ](?:of|in|on|at|behind|near|"
                        r"over|under|that|which|where|who)\b|[ ]*$)")  # a common noun's head: a proper name is a long form


# words that make a subject a description, not a name: a relative or a "whoever / anyone" phrase, a participle
_DESCRIBING = re.compile(r"\b(?i:who|whom|whose|that|which|where|whoever|anyone|anybody)\b|\b[a-z]{3,}(?:ing|ed)\b")


def _subject_definition(u: Unit, m: re.Match[str], d_start: int,
                        kind: Literal["article", "inline"] = "inline") -> Definition | None:
    """The definition of ``m``'s group "term" whose meaning is the subject from ``d_start`` (without its leading
    article) to the match; ``kind`` "inline" when the subject is the long form of a name."""
    text = u.clean.text
    term = m.group("term").strip()
    if not _term_ok(term):
        return None
    lead = _LEADING_ARTICLE.match(text[d_start : m.start()])  # (a slice: "^" holds at the string's start only)
    if lead:
        d_start += lead.end()
    d_end = m.start()
    while d_end > d_start and text[d_end - 1] in " ,":
        d_end -= 1  # "Photographs that ..., including copies, are called": the comma closes an aside, not the meaning
    term_start = m.start("term")
    term_span = u.clean.span(term_start, term_start + len(term))
    return Definition(
        id=f"{u.document}/def/{slug(term)}", document=u.document, article=u.article,
        provision=u.provision_at(term_span), term=term, definition=text[d_start:d_end], kind=kind,
        span=u.clean.span(d_start, m.end()), term_span=term_span, definition_span=u.clean.span(d_start, d_end),
        forms=tuple(sorted(noun_forms(term) | short_forms(term))),
    )


def find_term_uses(units: list[Unit], defs: list[Definition], parts: Parts | None = None) -> list[TermUse]:
    """Every use of a defined term in the document's provisions, longest form first, no overlaps; a term defined for
    a chapter or section only (``Definition.scope``) is used only there."""
    if not defs:
        return []
    forms: list[tuple[str, Definition]] = sorted(
        ((f, d) for d in defs for f in d.forms), key=lambda fd: (-len(fd[0]), fd[0])
    )
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(f) for f, _ in forms) + r")(?![\w-])", re.IGNORECASE
    )
    by_form: dict[str, list[Definition]] = {}
    for f, d in forms:
        by_form.setdefault(f, []).append(d)  # a form shared by two terms goes to the longer term first seen
    own = {d.id: d.term_span for d in defs}
    uses: list[TermUse] = []
    for u in units:
        here = set((parts or {}).get(u.article, {}).values())
        for m in pattern.finditer(u.clean.text):
            # the definition for this place: one scoped to its chapter or section first, else one for the whole
            # text; a term defined for another chapter or section only is not used here
            cands = by_form[m.group(0).lower()]
            d_here = next((x for x in cands if x.scope in here), None) or next((x for x in cands if x.scope is None),
                                                                              None)
            if d_here is None:
                continue
            span = u.clean.span(m.start(), m.end())
            if own[d_here.id].start <= span.start < own[d_here.id].end:
                continue
            uses.append(TermUse(d_here.id, u.document, u.article, u.provision_at(span), m.group(0), span))
    return uses



__all__ = ["Span", "find_definitions", "find_term_uses", "slug"]
