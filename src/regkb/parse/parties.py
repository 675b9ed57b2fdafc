"""Which head nouns name a party who can bear a duty: the lexicon and the morphology, in one place.

A duty is kept for a subject only if the subject names a party. English marks a party's name in four
ways, and this module holds each of them (the noun-phrase machinery that finds the head lives in
obligations.py):

1. **Derivation.** A noun made from a verb or a noun by a person suffix names who does or is
   something: "-er"/"-or"/"-eer" ("salvors", "mountaineers"), "-ist" ("agronomists"), "-ian"
   ("clinicians"), "-ee" ("consignees"), "-ant"/"-ent" as nouns ("claimants", "residents"),
   French "-eur" ("entrepreneurs"). The office or body of such persons adds "-ate" to the agent noun
   ("inspector" -> "inspectorate", "director" -> "directorate") or "-iat" to an "-ary" noun
   ("secretary" -> "secretariat"). Words that only look like one ("matter", "register", "payment",
   "decree") are listed in :data:`NOT_AGENT`; "-ment" nouns (the result of an act) never name a
   person. "-ary" is no living person suffix (most "-ary" words are things or adjectives:
   "itinerary", "summary", "veterinary"), so its few person nouns are listed.
2. **Closed classes.** Institutions and bodies ("ministry", "tribunal", "guild"), establishments
   that stand for whoever runs them ("hospital", "laboratory", "cinema"), persons named by a word
   with no living suffix ("nurse", "heir", "witness"): no morphology marks them, so they are
   listed, by class, in :data:`PARTY_NOUNS`.
3. **Closed compounds**, right-headed: "pawnshop" is a shop, "seedsman" a man, "chairperson" a
   person (:data:`COMPOUND_HEADS`).
4. **What the text teaches.** A text names its own parties where only a party can stand: as the
   violator of a provision ("Where a kennel violates Article 5"), as the one ordered to act or
   fined ("order the kennel to make corrections", "impose a fine on the parlour"), as the author of
   an administrative act ("approved by the Harbour Board"), as the one whose staff or members act
   ("the staff of the salvage tribunal") or who holds a right ("Heirs have the right to").
   :func:`taught_heads` collects those heads from a document; while that document is read
   (:data:`TAUGHT`) they count as party nouns. This is the strongest evidence, and the one that
   follows a text into a field no list was made for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# (2) Head nouns that name a party who can bear a duty (general English, not tied to a text), by class.
PARTY_NOUNS = frozenset(
    ["provider", "supporter", "user", "organization", "organisation", "individual", "person", "entity", "enterprise", "operator", "platform", "store", "authority", "department", "administration", "organ", "agency", "body", "council", "institution", "company", "party", "ministry", "commission", "bureau", "office", "government", "court", "association", "member", "personnel", "staff", "producer", "publisher", "distributor", "developer", "manufacturer", "controller", "processor", "handler", "citizen", "resident", "employer", "employee", "holder", "owner", "applicant", "licensee", "subscriber", "consumer", "seller", "merchant", "vendor", "carrier", "station", "center", "centre", "group", "committee", "state", "recipient", "locality", "guardian", "relative", "trustee", "representative", "parent", "administrator", "agent", "team", "procuratorate", "republic", "firm", "corporation", "cooperative", "partnership",
     "hospital", "school", "bank", "museum", "farm", "clinic", "pharmacy", "kindergarten", "library", "hotel",
     "restaurant", "shop", "supermarket", "factory", "unit", "pilot", "police", "university", "college", "institute", "academy", "crew",
     # groups of persons that hold rights and bear duties ("households shall sort waste", "the families of patients")
     "family", "household",
     # persons named by what they hold or let, not by an agent suffix ("landlords shall register tenants")
     "landlord", "landlady",
     # a body of members ("boat clubs shall keep a list of members")
     "club",
     # "the customs" (the customs authority; singular() reads the plural "customs" as "custom")
     "custom",
     # an official named by the post held ("river chiefs at all levels", "the village chief")
     "chief",
     # persons named by age or by the service they receive ("children under the age of twelve may ...")
     "child", "minor", "pupil", "student", "patient",
     # (session 11) persons named by the service they use or the event they attend ("a guest is entitled to a
     # refund"), and a body of members ("village collectives")
     "guest", "passenger", "visitor", "spectator", "tourist", "customer", "client", "collective",
     # (Session 9) "officer" names a person by office ("police officers", "customs officers", "the officer in
     # charge"), a party as "staff" and "personnel" are; (session 12) persons named by the watch they keep ("an ice
     # warden", "the lifeguards")
     "officer", "warden", "guard", "lifeguard",
     # (session 13) bodies that no suffix marks: tribunals, deliberative and professional bodies, associations of
     # firms ("the salvage tribunal", "the notaries' guild", "a guiding consortium")
     "tribunal", "federation", "guild", "consortium", "consortia", "syndicate", "union", "league",
     "congress", "parliament", "society", "brigade", "squad", "corps",
     # (session 14, extract17) a unit of a disciplined force, as "brigade" ("the fire and rescue detachment")
     "detachment",
    # (session 15, probe20) a body of persons under one command ("the armed forces", "police forces", "the national
    # comprehensive fire and rescue force shall be responsible for ...")
    "force",
     # (session 13) establishments that stand for whoever runs them, as "hospital" and "shop" do ("funeral parlours
     # shall keep a register", "seed testing laboratories shall", "cinemas may not")
     "laboratory", "studio", "cinema", "theatre", "theater", "salon", "parlour", "parlor", "kennel", "nursery",
     "depot", "outlet", "venue", "stadium", "gym", "cafe", "café", "mall", "mortuary", "crematorium", "crematoria",
     # (not "workshop": a room of a factory, kept out of the "shop" compounds for that reason)
     "cemetery", "hostel", "inn", "casino", "arcade", "spa", "premises", "establishment",
     # (session 13) persons named by a word with no living person suffix ("nurses", "heirs", "witnesses",
     # "attorneys"); "-ary" persons, the suffix being no living one ("notaries", "beneficiaries")
     "nurse", "surgeon", "midwife", "midwive", "paramedic", "medic", "vet", "heir", "spouse", "widow", "orphan",
     "adult", "infant", "youth", "victim", "witness", "attorney", "judge", "clerk", "chef", "cook", "nanny",
     "priest", "captain", "umpire", "jockey", "shepherd", "official", "deputy", "envoy", "delegate",
     "candidate", "graduate", "apprentice", "athlete", "registrar", "scholar", "woman", "mayor",
     # (review14) not "coach": in transport rules a coach is a bus ("tour coaches must not exceed 80 km/h"), a thing
     # no suffix tells from the trainer; a text that binds trainers teaches the noun (rule 4)
     # the plural of "person" that singular() leaves as it is ("people who swim in the reservoir shall"); (session 17,
     # obl23) and the plural of "woman" ("Pregnant women should not go onto the glass"), which singular() leaves too
     "people", "women",
     "notary", "secretary", "beneficiary", "intermediary", "functionary", "signatory", "emissary", "dignitary",
     "missionary", "adversary",
     # (review14) "-ary" nouns that name a company, a custodian or a branch of state ("subsidiaries of a listed company",
     # "the depositary of the fund", "the judiciary")
     "subsidiary", "depositary", "judiciary", "mandatary"]
)

# (Session 15, guide 1.12 e) A bearer must be able to act. Heads that denote money, assets or things are never parties,
# whatever their number, their capitals or the frame they stand in: "The State encourages social funds to enter the
# field of elderly care" moves money, not a party, so it names no bearer ("social funds" would otherwise be taught as
# the one encouraged, rule 4), and "Social capital may be used to build homes" binds no one. Only the head counts:
# "fund managers", "the Fund Management Committee", "data handlers" name parties by their own heads.
THING_HEADS = frozenset(["fund", "capital", "investment", "money", "finance", "asset", "resource", "property",
                         "goods", "good", "product", "commodity", "equipment", "facility", "device", "data",
                         "information", "technology", "material", "stock", "share", "bond", "security", "credit",
                         "loan", "grant", "subsidy", "revenue", "income", "profit", "budget", "reserve", "land"])

# (1) An agent noun names who does something ("makers", "exporters", "insurers", "applicants", "lessees",
# "agronomists", "clinicians", "entrepreneurs"): "-ent" but not "-ment" (the result of an act, never a person).
AGENT_NOUN = re.compile(r"^[a-z]{3,}(?:er|or|ant|(?<!m)ent|ist|ee|ian|eur)$")
# these common nouns and verbs end the same way and name things, not parties
NOT_AGENT = frozenset(["matter", "number", "order", "paper", "letter", "water", "weather", "register", "chapter", "manner", "other",
                       "layer", "error", "factor", "sector", "vector", "monitor", "content", "component", "event",
                       "extent", "intent", "consent", "document", "element", "environment", "equipment", "measurement",
                       "payment", "requirement", "statement", "agreement", "treatment", "management", "assessment",
                       "development", "government", "department", "amendment", "judgment", "investment", "settlement",
                       "instrument", "argument", "moment", "percent", "patent", "parent", "talent", "client", "agent",
                       "summary", "boundary", "secondary", "library", "salary", "dictionary", "glossary", "diary",
                       "guardian", "number", "filter", "server", "computer", "cluster", "banner", "marker", "header",
                       "footer", "border", "barrier", "container", "cover", "power", "tower", "answer", "center",
                       "centre", "proceeding", "meter", "liter", "litre", "semester", "quarter", "parameter", "character",
                       # verbs that end like agent nouns
                       "discover", "consider", "deliver", "offer", "transfer", "enter", "render", "gather", "suffer",
                       "differ", "prefer", "refer", "infer", "confer", "defer", "alter", "encounter", "honor", "favor",
                       "labor", "endeavor", "remember", "determine", "present", "prevent", "represent", "implement",
                       "comment", "vary", "prior", "interior", "exterior", "superior", "inferior", "junior", "senior",
                       # (review15) comparatives in "-er" ("At no point shall the drone fly higher than ..."): an
                       # adjective or adverb, never a doer
                       "higher", "lower", "faster", "slower", "further", "farther", "greater", "larger", "smaller",
                       "longer", "shorter", "earlier", "later", "closer", "wider", "deeper", "stricter", "easier",
                       "louder", "heavier", "nearer", "sooner", "better", "safer",
                       # devices and things named like agents
                       "elevator", "escalator", "sensor", "motor", "router", "tractor", "reactor", "radiator",
                       "indicator", "detector", "generator", "calculator", "connector", "refrigerator", "compressor",
                       "transistor", "capacitor", "resistor", "accelerator", "simulator", "printer", "scanner",
                       "heater", "charger", "adapter", "trailer", "counter", "timer", "buffer", "folder", "browser",
                       "cylinder", "boiler", "freezer", "dryer", "washer", "mixer", "cooker", "container", "ledger",
                       "identifier", "parameter", "register", "terminal", "vehicle", "equipment",
                       # (session 13) more verbs, things and substances with an agent's ending: "-ee" things ("the
                       # decree", "a guarantee"), compounds of "list", verbs in "-ist", substances in "-ant"/"-ent";
                       # not "cutter", "binder", "flyer": persons as often as things ("key cutters", "binders of
                       # books", "frequent flyers"), so the agent suffix decides and a thing subject stays possible
                       "administer", "cater", "deter", "empower", "foster", "hinder", "lower", "recover", "shelter",
                       "surrender", "tender", "trigger", "utter", "wonder", "steer", "launder", "mirror", "anchor",
                       "disaster", "danger", "charter", "chamber", "river", "floor", "door", "corridor", "behavior",
                       "behaviour", "color", "colour", "odor", "odour", "liquor", "vapor", "vapour", "poster",
                       "sticker", "liner", "burner", "roller", "fiber", "fibre", "timber",
                       "rubber", "powder", "fodder", "litter", "transmitter", "amplifier", "modifier", "qualifier",
                       "thermometer", "barometer", "major", "fertilizer", "fertiliser", "doctorate",
                       "decree", "guarantee", "pedigree", "jubilee", "coffee", "toffee", "marquee", "settee", "levee",
                       "checklist", "blacklist", "whitelist", "playlist", "shortlist", "waitlist", "wishlist",
                       "assist", "insist", "persist", "resist", "consist", "subsist", "desist",
                       "median", "meridian",
                       "pollutant", "lubricant", "disinfectant", "coolant", "stimulant", "pendant", "constant",
                       "variant", "instant", "implant", "warrant", "covenant", "remnant", "pageant", "accident",
                       "incident", "current", "continent", "precedent", "detergent", "solvent", "absorbent",
                       "reagent", "torrent", "exponent", "deterrent", "equivalent", "effluent", "affluent",
                       "ingredient", "nutrient", "coefficient", "gradient", "liqueur", "grandeur"])

# (3) English closed compounds are right-headed: "pawnshop", "bookstore", "subcommittee" name the kind their last
# element names, "seedsman", "chairperson", "locksmith" a person. Only the party nouns that name an establishment, a
# body or a person take part, and these compounds name things.
COMPOUND_HEADS = ("shop", "store", "bank", "school", "office", "committee", "agency", "company", "association", "farm",
                  "factory", "hospital", "clinic", "hotel", "restaurant", "station",
                  "man", "men", "woman", "women", "person", "people", "smith", "wright")
NOT_COMPOUND = frozenset(["workshop", "datastore", "keystore", "databank", "workstation", "substation", "sandbank",
                          "riverbank", "embankment", "backoffice", "frontoffice", "german", "ottoman", "caiman",
                          "shaman", "talisman", "dolmen", "abdomen", "specimen", "regimen", "acumen", "hymen"])

# (1) the office or body of agents: an agent noun + "-ate" ("inspectorate", "directorate", "electorate"), an "-ary"
# noun's "-iat" ("secretariat", "commissariat")
OFFICE = re.compile(r"^(?P<agent>[a-z]{3,}or)ate$|^[a-z]{3,}ariat$")


def _office(head: str) -> bool:
    m = OFFICE.match(head)
    return m is not None and head not in NOT_AGENT and m.group("agent") not in NOT_AGENT


def compound_party(head: str) -> bool:
    """Whether ``head`` is a closed compound whose last element is a party noun ("pawnshop", "seedsman")."""
    return head not in NOT_COMPOUND and head.isalpha() and any(
        head.endswith(n) and len(head) - len(n) >= 3
        # (review14) the first element of a "-man"/"-men" compound is an English word ending in a consonant or a silent
        # "e" ("seeds-men", "fore-men", "chair-man"); a vowel before "-men" marks the Latin "-men" nouns, things
        # ("bitumen", "albumen", "regimen", "cyclamen")
        and not (n in ("man", "men") and head[-len(n) - 1] in "aiou")
        for n in COMPOUND_HEADS)


def agent_noun(word: str) -> bool:
    """Whether ``word`` (lower case, singular) is an agent noun by its suffix ("salvor", "consignee")."""
    return bool(AGENT_NOUN.match(word)) and word not in NOT_AGENT


# (4) the heads the document being read teaches to be parties (see taught_heads)
TAUGHT: ContextVar[frozenset[str]] = ContextVar("TAUGHT", default=frozenset())


def party_rule(head: str) -> str | None:
    """Which rule makes ``head`` (lower case, singular) a party noun: "list", "compound", "agent", "office",
    "taught" (by the text being read), or None."""
    if head in THING_HEADS:
        return None  # money, assets and things never bear a duty (guide 1.12 e)
    if head.startswith("non-") and len(head) > 6:
        # (Session 15, probe20) "non-" makes the complement class of a kind of party ("non-believers", "non-residents",
        # "non-members"): persons still, by the noun it negates
        return party_rule(head[4:])
    if head in PARTY_NOUNS:
        return "list"
    if compound_party(head):
        return "compound"
    if agent_noun(head):
        return "agent"
    if _office(head):
        return "office"
    if head in TAUGHT.get():
        return "taught"
    return None


# --- (4) what a text teaches about its own parties ------------------------------------------------------------------
# a noun phrase of up to five words, none of them a word that ends a noun phrase (a preposition, a conjunction, a
# relative pronoun, a finite verb)
_NOT_NP = r"(?!(?:and|or|but|to|that|who|which|whose|within|in|on|at|for|with|by|from|under|of|shall|may|must|should|" \
          r"is|are|was|were|has|have|be|been)\b)"
_WORD = rf"{_NOT_NP}[A-Za-z][\w'’-]*"
_NP_BEFORE = rf"(?P<np>(?:{_WORD}\s+){{0,4}}?{_WORD})"
# after a preposition or a verb the phrase must end where a noun phrase ends (a punctuation mark, a preposition, a
# relative pronoun, a modal or finite verb), or nothing is taught: "the staff of a blood station need not" (a verb
# after the noun) and "staff of the agricultural and rural affairs bureau" (a coordinated modifier) teach nothing
# ("to" and "that" end no noun phrase here: a verb before them is too common, "need to", "provide that")
_NP_END = r"(?=\s*(?:[,.;:()]|$)|\s+(?:who|which|whose|within|in|on|at|for|with|by|from|under|of|shall|may|" \
          r"must|should|is|are|was|were|has|have)\b)"
_NP_AFTER = rf"(?P<np>{_WORD}(?:\s+{_WORD}){{0,4}}?){_NP_END}"
_NP_BEFORE_TO = rf"(?P<np>{_WORD}(?:\s+{_WORD}){{0,4}}?)"
# (not after "of": "an operator of a vessel that violates" is the operator, the complement's noun no party by it)
_DET = r"(?<!\bof\s)(?:an?|the|any|such|each|every)\s+"
_DET_OF = r"(?:an?|the|any|such|each|every)\s+"  # (the determiner right after "staff of")
# (the encouragement frame of rule 4 below: the verb, the one moved to act, "to" and a verb; not a pronoun, no "of" in
# the phrase, not before a passive infinitive: "encourages cold storage to be built" names a thing to be acted on)
_MOVED_TO_ACT = r"\b(?:encourages?|urges?|invites?|exhorts?|calls\s+(?:up)?on)\s+"
_NP_MOVED = (rf"(?P<np>(?!(?:them|him|her|us|you|it|one|others|all)\b)(?!\w+\s+of\b){_WORD}"
             rf"(?:\s+(?!of\b){_WORD}){{0,3}}?)")
_TO_ACT = r"\s+to\s+(?!the\b|an?\b|be\b)[a-z]"
TEACHING = [
    # the violator of a provision: "Where a kennel violates Article 5", "Where the parlour fails to comply with"
    re.compile(rf"\b(?:where|if|when|whenever)\s+{_DET}{_NP_BEFORE}\s+(?:violates|breaches|contravenes|infringes|"
               rf"fails\s+to\s+(?:comply|perform|fulfil|fulfill|observe|carry\s+out))\b", re.IGNORECASE),
    # ... or named with a relative clause: "a kennel that violates", "salvors who breach"
    re.compile(rf"\b{_DET}{_NP_BEFORE}\s+(?:that|who)\s+(?:violates?|breach(?:es)?|contravenes?)\b", re.IGNORECASE),
    # the one ordered to act or penalised: "order the kennel to make corrections", "impose a fine on the parlour",
    # "the parlour shall be fined"
    re.compile(rf"\border(?:s|ed)?\s+{_DET}{_NP_BEFORE_TO}\s+to\s+(?:make\s+correction|correct|rectify|cease|stop|"
               rf"suspend)", re.IGNORECASE),
    re.compile(rf"\b(?:fine|penalty|warning)\s+(?:of\s+(?:[^,;.]|[,.](?=\d)){{1,60}}?\s+)?(?:on|upon|to)\s+{_DET}{_NP_AFTER}",
               re.IGNORECASE),
    re.compile(rf"\b{_DET}{_NP_BEFORE}\s+shall\s+be\s+(?:fined|warned|given\s+a\s+warning)\b", re.IGNORECASE),
    # the author of an administrative act: "approved by the Harbour Board", "issued by the directorate"
    re.compile(rf"\b(?:approved|issued|designated|appointed|authori[sz]ed|licensed|certified|accredited|"
               rf"supervised|inspected|revoked)\s+by\s+(?:the|an?)\s+{_NP_AFTER}", re.IGNORECASE),
    # (review14: with its article; a bare plural after "by" is as often the means as the author, "zones designated by
    # buoys", "areas marked by signs")
    # whose staff or members act: "the staff of the salvage tribunal", "members of the guild"
    re.compile(rf"\b(?:staff|personnel|employees|members|officials|officers)\s+of\s+{_DET_OF}{_NP_AFTER}",
               re.IGNORECASE),
    # who holds a right: "Heirs have the right to" (not "is entitled to": a thing is entitled to a treatment, "goods
    # are entitled to a tax refund")
    re.compile(rf"(?:^|[.;:]\s+){_NP_BEFORE}\s+(?:shall\s+)?(?:has|have)\s+the\s+right\s+to\b", re.IGNORECASE),
    # (Session 14, extract17) the one a text encourages, urges or invites to act: "The County encourages troupes to hold
    # a fire drill", "urges the guilds to train" (only a party is moved to act; a bare plural too, no "of" in the phrase:
    # "encourages the use of X to ..." names an act)
    # ((Session 14, review18) a bare noun only in the plural, the class of those moved to act, "encourages troupes to";
    # a bare singular is a mass noun for a thing, "encourages data to flow", "new technology to serve", "social capital
    # to enter": none a party; with a determiner either number, "urges the guild to train")
    re.compile(rf"{_MOVED_TO_ACT}{_DET}{_NP_MOVED}{_TO_ACT}", re.IGNORECASE),
    re.compile(rf"{_MOVED_TO_ACT}{_NP_MOVED}(?<=[^s]s){_TO_ACT}", re.IGNORECASE),
]
# (session 15) a term the text defines as a party: '"Lending steward" has the meaning of the volunteer or employee whom
# ...', '"Pool attendant" is taken to mean a person employed by ...', '"Warden" means any officer who ...': the term's head
# is taught when the head of the definition's first noun phrase names a person or a body: an agent noun (rule 1), a
# compound of a person (rule 3) or one of the general nouns below (the definition says what kind of thing the term
# names; a term defined as a place, an establishment, a thing or an act teaches nothing: '"rural guesthouse" denotes a
# lodging establishment' names the guesthouse, whose operator bears the duties)
DEFINED_AS_PARTY = re.compile(
    r"[\"“](?P<term>[A-Za-z][\w'’ -]{1,40}?)[\"”][ \t]+(?:means|is|refers[ \t]+to|has[ \t]+the[ \t]+meaning[ \t]+of|"
    r"is[ \t]+understood[ \t]+as|is[ \t]+taken[ \t]+to[ \t]+mean|stands[ \t]+for|signifies|denotes|shall[ \t]+mean)"
    rf"[ \t]+(?:an?|the|any)[ \t]+(?P<np>{_WORD}(?:[ \t]+(?!or\b){_WORD}){{0,3}}?)"
    r"(?=[ \t]*(?:[,;.(]|$)|[ \t]+(?:who|whom|that|which|or|and|employed|appointed|named|designated|engaged|of|in|for|with|"
    r"by|at|on)\b)", re.IGNORECASE)
DEFINED_PERSON_KINDS = frozenset(["person", "individual", "people", "organization", "organisation", "entity", "body",
                                  "institution", "unit", "member", "staff", "personnel", "official", "officer", "group",
                                  "committee", "team", "enterprise", "company", "association", "volunteer"])
# documents and things that an act of a body may come "by" ("the rights conferred by the licence", "the number
# issued by the system"), never a party
NAMED_THINGS = frozenset(["law", "act", "code", "measure", "regulation", "rule", "provision", "decision", "decree",
                          "order", "notice", "circular", "opinion", "guideline", "plan", "programme", "program", "scheme",
                          "policy", "standard", "specification", "catalogue", "list", "register", "schedule", "annex",
                          "appendix", "form", "certificate", "licence", "license", "permit", "card", "agreement",
                          "contract", "convention", "treaty", "charter", "statute", "system", "database",
                          "website", "portal", "app", "network", "device", "machine", "software",
                          # (review14) the general nouns for goods and for vehicles and craft: a translation lets a
                          # thing "violate" a provision ("Where a product violates Article 5", "Where a vessel breaches
                          # ..."), but the duty is its maker's, seller's or operator's
                          "product", "goods", "commodity", "item", "food", "substance", "material", "sample",
                          "facility", "vessel", "ship", "boat", "craft", "aircraft", "drone", "car", "bus", "coach",
                          "truck", "lorry", "train", "sign"])
# heads that name a thing or an act, whatever the frame says: abstract and result nouns
THING_SUFFIX = re.compile(r"(?:tion|sion|ment|ity|ness|ance|ence|ure|ing|ism|ship|hood)$")
NOT_TAUGHT = frozenset(["it", "they", "he", "she", "one", "this", "that", "these", "those", "which", "who", "whom",
                        "law", "article", "provision", "regulation", "rule", "measure", "paragraph", "item", "act",
                        "circumstance", "case", "same", "latter", "former", "above", "following", "preceding"])


# (review14) A text names its goods as what is made, traded or seized: the object of a verb of making, trading or
# confiscating ("sell toys", "stop selling the toys", "confiscate the lanterns") is a thing, whatever else the text lets
# it do ("Where a toy violates Article 1": a translation lets goods violate a provision); such a head is taught nothing
GOODS_OBJECT = re.compile(r"\b(?:produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|sell(?:s|ing)?|sold|"
                          r"import(?:s|ed|ing)?|export(?:s|ed|ing)?|packag(?:e|es|ed|ing)|recall(?:s|ed|ing)?|"
                          r"confiscat(?:e|es|ed|ing))\s+(?:(?:the|a|an|any|such|these|those|its|their)\s+)?"
                          rf"(?P<np>{_WORD}(?:\s+{_WORD}){{0,2}}?)(?=\s*(?:[,.;:()]|$)|\s+(?:to|for|from|in|on|at|"
                          r"that|which|and|or|without|with|by|shall|may|must)\b)", re.IGNORECASE)


def taught_heads(text: str, head: Callable[[str], str]) -> frozenset[str]:
    """The head nouns that ``text`` uses where only a party can stand (see the module's docstring, 4); ``head``
    gives a noun phrase's head noun (lower case, singular)."""
    out: set[str] = set()
    for rx in TEACHING:
        for m in rx.finditer(text):
            h = head(m.group("np"))
            if len(h) >= 3 and h.isalpha() and h not in NOT_TAUGHT and h not in NOT_AGENT and h not in NAMED_THINGS \
                    and h not in THING_HEADS \
                    and not THING_SUFFIX.search(h):
                out.add(h)
    for m in DEFINED_AS_PARTY.finditer(text):
        h, kind = head(m.group("term")), head(m.group("np"))
        if len(h) >= 3 and h.isalpha() and h not in NOT_TAUGHT and h not in NAMED_THINGS and not THING_SUFFIX.search(h) \
                and (kind in DEFINED_PERSON_KINDS or agent_noun(kind) or (compound_party(kind) and kind.endswith(
                    ("man", "men", "person", "people")))):
            out.add(h)
    if out:
        out -= {head(m.group("np")) for m in GOODS_OBJECT.finditer(text)}
    return frozenset(out)


@contextmanager
def taught(heads: frozenset[str]) -> Iterator[None]:
    """Count ``heads`` as party nouns while the block runs (the document that taught them is being read)."""
    token = TAUGHT.set(heads)
    try:
        yield
    finally:
        TAUGHT.reset(token)


# --- a proper name of a body ----------------------------------------------------------------------------------------
# Nouns that name a thing or an activity in lower case and a body when they head a proper name: "the notice board" is
# a thing, "the Harbour Board" a body; "a service" is an activity, "the Postal Service" a body ("the Film Review
# Panel", "the Stock Exchange", "the Land Registry"). A capitalised phrase with another head is no body by its capitals
# ("Information Technology" inside "Ministry of Industry and Information Technology").
NAMED_BODIES = frozenset(["board", "panel", "chamber", "cabinet", "service", "trust", "exchange", "registry", "house",
                          "bench", "mission", "command", "authority", "inspectorate", "directorate",
                          # (an act or a thing in lower case: "final assembly", "the foundation of a building", "the
                          # delegation of a power")
                          "assembly", "foundation", "delegation"])
# (review14) not "fund": a fund is money whether or not its name is capitalised ("The Compensation Fund shall cover the
# medical costs"); the body that runs it has a name of its own ("the Fund Management Committee")
_FUNCTION_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "at", "to", "&"])


def body_name(np: str, head: str) -> bool:
    """Whether ``np`` (without its article) is the proper name of a body: two or more words, each content word
    capitalised (and not the whole phrase in capitals), whose head ``head`` is a noun that names a body when it heads
    a name (:data:`NAMED_BODIES`)."""
    words = np.split()
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    if len(content) < 2 or np.isupper() or head not in NAMED_BODIES:
        return False
    return all(w[:1].isupper() for w in content)
