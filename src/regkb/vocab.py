"""RDF vocabularies of the linked graph, as closed namespaces: a misspelt term raises.

Standard vocabularies first: ELI for legal resources and their parts, SKOS for defined terms,
DCTERMS where ELI is silent, PROV-O and the Web Annotation vocabulary (OA) for source spans,
and the LegalRuleML metamodel for deontic statements. ``REGKB`` holds the few terms no standard
vocabulary offers (see ``docs/graph.md`` for why each one exists).

The ELI, OA and LegalRuleML classes below list only the terms this project uses, so that a
typo in the builder or a query helper fails at import time instead of producing a silent,
never-matching IRI.

>>> str(ELI.has_part)
'http://data.europa.eu/eli/ontology#has_part'
>>> REGKB.Encouragement in REGKB
True
>>> REGKB.Encouragment  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
AttributeError: term 'Encouragment' not in namespace 'https://regkb.example/ns/regkb#'
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace

__all__ = ["DCTERMS", "ELI", "LRMLMM", "OA", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "REGKB", "SKOS", "XSD"]


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology (the subset regkb uses)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef
    LegalResourceSubdivision: URIRef
    has_part: URIRef
    is_part_of: URIRef
    cites: URIRef
    title: URIRef
    title_alternative: URIRef
    number: URIRef
    date_document: URIRef
    first_date_entry_in_force: URIRef
    passed_by: URIRef
    in_force: URIRef
    related_to: URIRef
    # members of the InForce concept scheme (names with a hyphen)
    _extras = ["InForce-inForce", "InForce-notInForce", "InForce-partiallyInForce"]  # noqa: RUF012


class LRMLMM(DefinedNamespace):
    """OASIS LegalRuleML metamodel (deontic specifications and their bearers)."""

    _fail = True
    _NS = Namespace("http://docs.oasis-open.org/legalruleml/ns/v1.0/metamodel#")

    Obligation: URIRef
    Prohibition: URIRef
    Permission: URIRef
    Right: URIRef
    Agent: URIRef
    Authority: URIRef
    hasBearer: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary: a character range of a source text."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    TextPositionSelector: URIRef
    start: URIRef
    end: URIRef


class REGKB(DefinedNamespace):
    """regkb's own terms: only where no standard vocabulary has one."""

    _fail = True
    _NS = Namespace("https://regkb.example/ns/regkb#")

    # classes
    NormativeStatement: URIRef  # umbrella for the four modalities (LegalRuleML has no home for encouragement)
    Encouragement: URIRef  # "X is encouraged to ...": exhortation, neither duty nor permission
    Chapter: URIRef
    Section: URIRef
    Article: URIRef
    Paragraph: URIRef
    Item: URIRef
    Block: URIRef  # a heading / paragraph / list item of a document without articles
    Commentary: URIRef
    Reference: URIRef  # a citation as printed, with its resolved targets
    Law: URIRef  # a law from the registry (not itself in the corpus)
    Claim: URIRef  # a commentary's statement about what a document says (quote, paraphrase or notes)
    Change: URIRef  # one change between two versions of a work (older side -> newer side)
    # properties
    modality: URIRef
    action: URIRef
    condition: URIRef
    trigger: URIRef
    subject: URIRef
    bearerBasis: URIRef
    coBearer: URIRef
    text: URIRef
    usesTerm: URIRef
    makesReference: URIRef
    target: URIRef
    resolved: URIRef
    referenceKind: URIRef
    note: URIRef
    mentions: URIRef
    authority: URIRef
    status: URIRef
    comments: URIRef
    actorBasis: URIRef
    blockKind: URIRef
    # versions, claims and changes (draft.py, compare.py)
    describedOnly: URIRef  # true for a document the corpus holds no text of (known from a commentary)
    commentDeadline: URIRef  # end of a draft's public comment period
    claimLabel: URIRef  # quote | paraphrase | notes
    quoted: URIRef  # true only when the words are the described document's own (a verbatim quote)
    leadIn: URIRef  # the commentary's words introducing a quote or list
    topic: URIRef  # the commentary heading a claim is under
    reviewed: URIRef
    hasChange: URIRef  # claim or older provision -> change
    changedTo: URIRef  # change -> newer provision
    fromDocument: URIRef  # change -> older version
    toDocument: URIRef  # change -> newer version
    changeKind: URIRef
    effectKind: URIRef  # what a change does to duties (duty-added, modality-changed, ...)
    similarity: URIRef


PREFIXES: dict[str, str] = {
    "eli": str(ELI._NS),
    "lrmlmm": str(LRMLMM._NS),
    "oa": str(OA._NS),
    "regkb": str(REGKB._NS),
    "skos": str(SKOS._NS),
    "dcterms": str(DCTERMS._NS),
    "prov": str(PROV._NS),
    "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS),
    "xsd": str(XSD._NS),
}
