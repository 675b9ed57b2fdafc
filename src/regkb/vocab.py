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

from typing import Any

from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace

__all__ = ["DCTERMS", "ELI", "LRMLMM", "OA", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "REGKB", "SCHEMA", "SKOS", "SPDX",
           "XSD"]


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology (the subset regkb uses)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef  # the work
    LegalResourceSubdivision: URIRef
    LegalExpression: URIRef  # the work in one language (here: the text the corpus holds, or a title only)
    Format: URIRef  # the expression as one file (the corpus file, with its sha256)
    is_realized_by: URIRef
    realizes: URIRef
    is_embodied_by: URIRef
    embodies: URIRef
    language: URIRef
    format: URIRef
    id_local: URIRef
    type_document: URIRef
    type_subdivision: URIRef
    has_part: URIRef
    is_part_of: URIRef
    cites: URIRef
    title: URIRef
    title_short: URIRef
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
    PenaltyStatement: URIRef  # a sanction: what is imposed for a violation
    Agent: URIRef
    Authority: URIRef
    hasBearer: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary: a character range of a source file (a specific resource and its selector)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef


class SPDX(DefinedNamespace):
    """SPDX terms for a file's checksum (ELI has none)."""

    _fail = True
    _NS = Namespace("http://spdx.org/rdf/terms#")

    Checksum: URIRef
    checksum: URIRef
    algorithm: URIRef
    checksumValue: URIRef
    checksumAlgorithm_sha256: URIRef


class SCHEMA(DefinedNamespace):
    """schema.org: the one term ELI lacks for a translation."""

    _fail = True
    _NS = Namespace("https://schema.org/")

    translationOfWork: URIRef


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
    Law: URIRef  # a law of the registry (its text may or may not be in the corpus)
    Claim: URIRef  # a commentary's statement about what a document says (quote, paraphrase or notes)
    Change: URIRef  # one change between two versions of a work (older side -> newer side)
    Sanction: URIRef  # a penalty for a violation, with its violator and the authority that imposes it
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
    # ELI levels, provenance and builds
    imposedBy: URIRef  # obligation -> the provision that imposes it
    providedBy: URIRef  # sanction -> the provision that provides for it
    penalties: URIRef  # sanction: what is imposed, verbatim
    violator: URIRef  # sanction -> the actor penalised
    violatorText: URIRef  # sanction: the violator as printed
    authorityText: URIRef  # sanction: the imposing authority as printed
    empoweredToImpose: URIRef  # actor -> sanction it has the power to impose
    definedByTerm: URIRef  # actor -> the defined term (skos:Concept) that names it
    officialTranslation: URIRef  # false on an expression that is a translation without legal force
    sourcePath: URIRef  # a format's file, relative to the corpus directory
    corpusHash: URIRef  # sha256 over the corpus files' paths and hashes: what a build read
    softwareVersion: URIRef  # the regkb version of a build


PREFIXES: dict[str, str] = {
    "eli": str(ELI._NS),
    "lrmlmm": str(LRMLMM._NS),
    "oa": str(OA._NS),
    "regkb": str(REGKB._NS),
    "skos": str(SKOS._NS),
    "dcterms": str(DCTERMS._NS),
    "prov": str(PROV._NS),
    "spdx": str(SPDX._NS),
    "schema": str(SCHEMA._NS),
    "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS),
    "xsd": str(XSD._NS),
}

#: regkb's own terms as the published RDFS file declares them: name -> (class or property, comment).
#: A test checks that this covers every term of :class:`REGKB` and that the shipped file is up to date.
REGKB_TERMS: dict[str, tuple[str, str]] = {
    "NormativeStatement": ("class", "A sentence of a text that obliges, forbids, permits or encourages one bearer "
                                    "to do something; each also has one modality class."),
    "Encouragement": ("class", "A normative statement that encourages (\"X is encouraged to ...\"): neither a duty "
                               "nor a permission, so not one of LegalRuleML's deontic classes."),
    "Chapter": ("class", "A chapter of a regulation (an eli:LegalResourceSubdivision)."),
    "Section": ("class", "A section of a chapter (an eli:LegalResourceSubdivision)."),
    "Article": ("class", "An article of a regulation (an eli:LegalResourceSubdivision)."),
    "Paragraph": ("class", "A paragraph of an article (an eli:LegalResourceSubdivision)."),
    "Item": ("class", "An item of a paragraph (an eli:LegalResourceSubdivision)."),
    "Block": ("class", "A block of text outside any article: of a commentary, a regulation not divided into articles, "
                       "an editor's comment between articles, a chapter's own text or an article whose number "
                       "repeats."),
    "Commentary": ("class", "A document that comments on a regulation or a draft; not itself law."),
    "Reference": ("class", "A citation as printed in a text, with the provisions or laws it resolves to."),
    "Law": ("class", "A law of the registry of cited laws; its IRI is <base>law/<id> whether or not its text is "
                     "in the corpus."),
    "Claim": ("class", "A commentary's statement about what a document says: a quote, a paraphrase or reported "
                       "notes."),
    "Change": ("class", "One change between two versions of a work, from the older side to the newer side."),
    "Sanction": ("class", "A penalty or liability imposed for a violation, with its violator and the authority "
                          "that imposes it; also an lrmlmm:PenaltyStatement. Never a normative statement of the "
                          "person penalised."),
    "modality": ("property", "The modality of a normative statement: obligation, prohibition, permission or "
                             "encouragement."),
    "action": ("property", "What the bearer must, must not, may or is encouraged to do, quoted from the source."),
    "condition": ("property", "The condition under which a normative statement applies, quoted from the source."),
    "trigger": ("property", "The modal words as printed (shall, shall not, may, is encouraged to)."),
    "subject": ("property", "The clause's grammatical subject as printed (a pronoun included)."),
    "bearerBasis": ("property", "How the bearer was found: explicit, pronoun, preceding-clause or nominalisation."),
    "coBearer": ("property", "Another actor bound by the same clause (which has its own statement)."),
    "text": ("property", "The exact text of a provision, block, statement or citation, as printed."),
    "usesTerm": ("property", "A provision uses a defined term (skos:Concept)."),
    "makesReference": ("property", "A provision makes a citation (regkb:Reference)."),
    "target": ("property", "What a citation resolves to: a provision or a law."),
    "resolved": ("property", "Whether a citation leads to something in the graph."),
    "referenceKind": ("property", "internal (to the same corpus) or external (to a law of the registry)."),
    "note": ("property", "A note of the parser or of the registry, in plain words."),
    "mentions": ("property", "A provision names an actor."),
    "authority": ("property", "An actor names an authority of the registry."),
    "status": ("property", "A document's status as its frontmatter gives it (effective, draft, repealed ...)."),
    "comments": ("property", "A commentary comments on a document."),
    "actorBasis": ("property", "How an actor was found: definition, subject, registry, or authority / violator (named only in a sanction, as the authority that imposes the penalty / the party penalised)."),
    "blockKind": ("property", "The kind of a block: heading, paragraph or list-item (of a commentary), unstructured "
                              "(a regulation's text not divided into articles), comment (an editor's comment between "
                              "the articles, not law), part-text (law between a chapter or section heading and its "
                              "first article), repeated-article (an article whose number the text used before, kept "
                              "apart verbatim), annex (an annex printed after the last article, kept apart as "
                              "printed) or note (a footnote of the text, a translator's or editor's note: not law)."),
    "describedOnly": ("property", "True for a document or expression the corpus holds no text of."),
    "commentDeadline": ("property", "The end of a draft's public comment period."),
    "claimLabel": ("property", "quote, paraphrase or notes."),
    "quoted": ("property", "True only when the words are the described document's own (a verbatim quote)."),
    "leadIn": ("property", "The commentary's words introducing a quote or a list."),
    "topic": ("property", "The commentary heading a claim is under."),
    "reviewed": ("property", "True when a person reviewed the claim or change (corpus/alignment.yaml)."),
    "hasChange": ("property", "A claim or an older provision has a change."),
    "changedTo": ("property", "A change leads to a newer provision."),
    "fromDocument": ("property", "A change's older version."),
    "toDocument": ("property", "A change's newer version."),
    "changeKind": ("property", "unchanged, reworded, amended, added, removed, moved, merged, split, context or "
                               "not-described."),
    "effectKind": ("property", "What a change does to duties (duty-added, modality-changed, ...)."),
    "similarity": ("property", "How alike the two sides of a change are, from 0 to 1."),
    "imposedBy": ("property", "A normative statement comes from a provision."),
    "providedBy": ("property", "A sanction comes from a provision."),
    "penalties": ("property", "What a sanction imposes (warning, fine, order to correct, liability ...), quoted."),
    "violator": ("property", "A sanction penalises an actor (the violator); never a duty of that actor."),
    "violatorText": ("property", "A sanction's violator as printed; absent where the text names none."),
    "authorityText": ("property", "The authority that imposes a sanction, as printed; absent where the text names "
                                  "none."),
    "empoweredToImpose": ("property", "An actor (an authority) has the power to impose a sanction."),
    "definedByTerm": ("property", "An actor is named by a defined term (skos:Concept)."),
    "officialTranslation": ("property", "False on an expression that translates the text without legal force "
                                        "(an unofficial translation)."),
    "sourcePath": ("property", "The file of a format, relative to the corpus directory."),
    "corpusHash": ("property", "The sha256 over the paths and sha256 of the corpus files and the registries that a "
                               "build read."),
    "softwareVersion": ("property", "The version of regkb that ran a build."),
}


def vocabulary_graph() -> Any:
    """regkb's own terms as RDFS (the file ``regkb/schema/regkb-vocabulary.ttl``)."""
    import re

    from rdflib import Graph, Literal

    from .version import __version__

    g = Graph()
    for prefix in ("rdfs", "dcterms"):
        g.bind(prefix, PREFIXES[prefix])
    g.bind("owl", str(OWL._NS))
    g.bind("regkb", str(REGKB._NS))
    onto = URIRef(str(REGKB._NS))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, DCTERMS.title, Literal("regkb vocabulary", lang="en")))
    g.add((onto, DCTERMS.description, Literal(
        "The few terms of the regkb knowledge graph that no standard vocabulary (ELI, SKOS, DCTERMS, PROV-O, "
        "Web Annotation, LegalRuleML, SPDX) offers.", lang="en")))
    g.add((onto, OWL.versionInfo, Literal(__version__)))
    for name, (kind, comment) in sorted(REGKB_TERMS.items()):
        term = URIRef(str(REGKB._NS) + name)
        g.add((term, RDF.type, RDFS.Class if kind == "class" else RDF.Property))
        g.add((term, RDFS.label, Literal(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower(), lang="en")))
        g.add((term, RDFS.comment, Literal(comment, lang="en")))
        g.add((term, RDFS.isDefinedBy, onto))
    return g


def vocabulary_text() -> str:
    """The RDFS file's text (Turtle, deterministic)."""
    return "# regkb's own RDF terms (generated: python -m regkb.vocab > src/regkb/schema/regkb-vocabulary.ttl)\n" + \
        str(vocabulary_graph().serialize(format="turtle"))


if __name__ == "__main__":
    print(vocabulary_text(), end="")
