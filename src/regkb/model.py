"""The document model: frozen dataclasses, each with ``dump()`` to plain data.

Every extracted fact carries its provenance: the document id, the article
number, the provision (the most specific paragraph or item it comes from) and
a :class:`Span` of character offsets into the source file's text.

Provision ids: the field ``provision`` of every fact (definitions, term uses, mentions,
obligations, sanctions, statements, references, reference targets) holds the provision's
*global* id, ``<document id>/<eId>`` (``deep-synthesis-provisions/art_3__para_1``): the id of the
provision's node in the graph and in the JSON export, and what ``KnowledgeBase.provision`` takes.
The eId inside the document (``art_3__para_1``) is the property ``eid``.
Text fields named ``text``, ``action``, ``condition``, ``term`` and
``definition`` are always exact slices of the source (with page junk removed
and runs of white space folded to one space), never paraphrases.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn

Modality = Literal["obligation", "prohibition", "permission", "encouragement", "right"]
MODALITIES: tuple[Modality, ...] = ("obligation", "prohibition", "permission", "encouragement", "right")


class FrozenDict(dict[str, Any]):
    """A read-only ``dict`` (frontmatter of a frozen :class:`Document`): every mutator raises ``TypeError``.

    It stays a ``dict`` for readers (``json.dumps``, ``isinstance(x, dict)``) and pickles as one.

    >>> fm = FrozenDict({"title": "T", "tags": ["a"]})
    >>> fm["tags"]
    ('a',)
    >>> fm["title"] = "U"
    Traceback (most recent call last):
    ...
    TypeError: the frontmatter of a document is read-only
    """

    def __init__(self, data: Mapping[str, Any] = (), /) -> None:  # type: ignore[assignment]
        super().__init__({k: freeze(v) for k, v in dict(data).items()})

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Refused: the frontmatter is read-only (raises ``TypeError``)."""
        raise TypeError("the frontmatter of a document is read-only")

    __setitem__ = __delitem__ = setdefault = pop = popitem = clear = update = __ior__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted((k, repr(v)) for k, v in self.items())))


def freeze(value: Any) -> Any:
    """Plain data made read-only: dicts as :class:`FrozenDict`, lists as tuples (deeply)."""
    if isinstance(value, FrozenDict):
        return value
    if isinstance(value, dict):
        return FrozenDict(value)
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    return value


def provision_id(document: str, eid: str) -> str:
    """The global id of the provision ``eid`` of ``document``: ``<document>/<eId>``.

    >>> provision_id("doc", "art_3__para_1")
    'doc/art_3__para_1'
    """
    return f"{document}/{eid}"


def local_eid(document: str, provision: str) -> str:
    """The eId inside ``document`` of a global provision id; raises ``ValueError`` if the id is not in it.

    >>> local_eid("doc", "doc/art_3__para_1")
    'art_3__para_1'
    """
    prefix = f"{document}/"
    if not provision.startswith(prefix):
        raise ValueError(f"provision {provision!r} is not a provision of {document!r}")
    return provision[len(prefix):]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.dump() if hasattr(value, "dump") else dataclasses.asdict(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Dump:
    """Mixin: ``dump()`` turns the object into JSON-ready plain data."""

    def dump(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


class _AtProvision(_Dump):
    """A fact found at one provision: ``document`` and ``provision`` (the global id) give its place."""

    __slots__ = ()
    document: str
    provision: str

    @property
    def eid(self) -> str:
        """The provision's eId inside its document (``art_3__para_1``): :attr:`provision` without the document."""
        return local_eid(self.document, self.provision)

    @property
    def provision_id(self) -> str:
        """The same as :attr:`provision` (the global id); kept for code written before ``provision`` held it."""
        return self.provision


@dataclass(frozen=True, slots=True, order=True)
class Span(_Dump):
    """Half-open character range ``[start, end)`` in a document's source text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def dump(self) -> dict[str, Any]:  # compact form: [start, end]
        """The span as ``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Diagnostic(_Dump):
    """A problem found in an input file: where it is, what it is, how to fix it."""

    severity: Literal["error", "warning", "info"]
    file: str
    line: int
    column: int
    message: str
    hint: str = ""
    code: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.severity}: {self.message}{tail}"


@dataclass(frozen=True, slots=True)
class Dropped(_Dump):
    """Source text that is not law and was left out of every provision (page junk)."""

    document: str
    text: str
    span: Span
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Document(_Dump):
    """One file of the corpus: a regulation (any status) or a commentary on one."""

    id: str
    title: str
    kind: str  # "regulation" | "commentary"
    path: str  # relative to the corpus directory, with forward slashes
    sha256: str
    frontmatter: Mapping[str, Any] = field(hash=False, compare=False)  # read-only (a FrozenDict)
    work: str  # the work this document is a version of (its own id if none is given)
    status: str | None = None
    preamble: str = ""
    preamble_span: Span | None = None
    body_offset: int = 0  # where the text after the frontmatter starts

    def __post_init__(self) -> None:
        object.__setattr__(self, "frontmatter", freeze(dict(self.frontmatter)))


@dataclass(frozen=True, slots=True)
class Chapter(_Dump):
    """A chapter of a regulation, with its label and title as printed."""

    id: str
    document: str
    eid: str
    number: int
    label: str  # as printed, e.g. "Chapter II"
    title: str  # as printed
    span: Span


@dataclass(frozen=True, slots=True)
class Section(_Dump):
    """A section of a chapter."""

    id: str
    document: str
    eid: str
    chapter: int | None
    number: int
    label: str
    title: str
    span: Span


@dataclass(frozen=True, slots=True)
class Item(_Dump):
    """An item of a paragraph ("(1)", "(III)"...): its label as printed and its text."""

    id: str
    eid: str
    number: int
    label: str  # as printed, e.g. "(III)"
    text: str  # the item's text after its label
    span: Span  # label and text
    cells: tuple[str, ...] = ()  # a table's data row: its cells as printed, the label's cell included

    def dump(self) -> dict[str, Any]:
        """The item as JSON-ready plain data; ``cells`` only for the row of a table."""
        d = _Dump.dump(self)
        if not self.cells:
            del d["cells"]  # most items are not table rows
        return d


@dataclass(frozen=True, slots=True)
class Paragraph(_Dump):
    """A paragraph of an article: its whole text, the text before its items, its items."""

    id: str
    eid: str
    number: int
    text: str  # the whole paragraph, items included
    span: Span
    intro: str  # the text before the first item (all of it when there are no items)
    items: tuple[Item, ...] = ()
    tail: str = ""  # text after the last item that is part of this paragraph
    break_basis: str = "layout"  # how its start was found: "layout", "after-items", "reference"
    label: str = ""  # the paragraph's own number as printed ("1.", "(1)"), in law-firm translations that number them
    # a table after the intro (or alone): its header cells as printed (empty strings for a table printed without a
    # header); its data rows are the items
    table_header: tuple[str, ...] = ()

    def dump(self) -> dict[str, Any]:
        """The paragraph as JSON-ready plain data; ``label`` only when the text prints a number, ``table_header``
        only when the paragraph holds a table."""
        d = _Dump.dump(self)
        if not self.label:
            del d["label"]  # most texts do not number paragraphs
        if not self.table_header:
            del d["table_header"]
        return d


@dataclass(frozen=True, slots=True)
class Article(_Dump):
    """An article: number and label as printed, its paragraphs, its chapter and section numbers."""

    id: str
    document: str
    eid: str
    number: int
    label: str  # as printed, e.g. "Article 17"
    chapter: int | None
    section: int | None
    title: str  # an article heading's own title, if the layout has one; else ""
    text: str  # paragraphs joined by a blank line
    span: Span
    paragraphs: tuple[Paragraph, ...]
    pages: tuple[int, ...] = ()  # the pages of the original (PDF) the article spans, where the text has pages


@dataclass(frozen=True, slots=True)
class Block(_Dump):
    """A block of text outside any article: a heading, paragraph or list item of a commentary; the whole text of a
    regulation the parser could not divide into articles (``unstructured``); an editor's comment between the
    articles of a regulation (``comment``, eId ``<article eId>__comment_N``: not law); law between a chapter or
    section heading and its first article (``part-text``, eId ``<chapter or section eId>__text``); an article whose
    number the text used before, kept apart verbatim (``repeated-article``, eId ``art_N__repeat_K``); a footnote of the
    text (``note``, Markdown's ``[^1]: ...``: not law; eId ``<article eId>__note_<label>`` when its mark stands in an
    article, else ``note_<label>``); a paragraph of a bilingual edition in its other language, kept beside the article
    or chapter its translation belongs to (``parallel``, eId ``<article or chapter eId>__parallel_N``, ``parallel_N``
    before the first heading: the parallel text, never read as law)."""

    id: str
    document: str
    eid: str
    kind: str  # "heading" | "paragraph" | "list-item" | "unstructured" | "comment" | "part-text" | "repeated-article"
    # | "annex" | "note" | "parallel"
    level: int  # heading level or list depth (0 for plain paragraphs)
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Definition(_AtProvision):
    """A defined term and its definition, both exact slices of the source, with their spans."""

    id: str
    document: str
    article: int | None
    provision: str  # global id of the paragraph or item holding the definition
    term: str  # as printed
    definition: str  # as printed (for article definitions: what follows "refers to" and the like)
    kind: Literal["article", "inline"]
    span: Span  # the whole defining sentence or parenthesis
    term_span: Span
    definition_span: Span
    forms: tuple[str, ...]  # lower-case surface forms matched as uses (singular, plural, short form)
    # where the definition holds: the global id of a chapter or section ("For the purposes of this Chapter, ..."),
    # None for the whole text
    scope: str | None = None

    def dump(self) -> dict[str, Any]:
        """The definition as JSON-ready plain data; ``scope`` only when the definition holds in a part of the text."""
        d = _Dump.dump(self)
        if self.scope is None:
            del d["scope"]
        return d


@dataclass(frozen=True, slots=True)
class TermUse(_AtProvision):
    """One place where a defined term is used, with its span."""

    definition: str  # definition id
    document: str
    article: int | None
    provision: str  # global id ``<document>/<eId>`` (see the module docstring); ``.eid`` is the local part
    text: str  # as printed
    span: Span


@dataclass(frozen=True, slots=True)
class Mention(_AtProvision):
    """One place where the text names an actor."""

    document: str
    article: int | None
    provision: str  # global id ``<document>/<eId>`` (see the module docstring); ``.eid`` is the local part
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Actor(_Dump):
    """Who a duty binds: a defined term, a subject named in a duty, or an authority of the registry."""

    id: str
    label: str
    aliases: tuple[str, ...]  # every variant under which the texts name it, as printed (lower-cased)
    definition: str | None  # id of the definition that introduces it, if any
    basis: str  # "definition" (a defined term), "subject" (named as the subject of a duty), "registry", or
    # "authority" / "violator" (named only in a sanction, as the authority imposing it / the party penalised)
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Obligation(_AtProvision):
    """One normative statement for one bearer: who must / must not / may / is encouraged to do what."""

    id: str
    document: str
    article: int
    provision: str  # global id ``<document>/<eId>`` (see the module docstring); ``.eid`` is the local part
    modality: Modality
    actors: tuple[str, ...]
    co_bearers: tuple[str, ...]  # other actors bound by the same clause (each has its own obligation)
    subject: str  # the clause's subject as printed ("it", "they" included)
    bearer_basis: str  # "explicit", "pronoun", "preceding-clause", "nominalisation"
    action: str
    condition: str | None
    text: str  # the whole clause as printed
    span: Span
    action_span: Span
    condition_span: Span | None
    trigger: str  # the modal words as printed: "shall", "shall not", "may", "are encouraged to"
    # the bearer is everyone ("any organization or individual"): the duty applies to every actor
    universal: bool = False
    # a condition in two parts around the action ("When X, A may ..., except where Y"): the part after the action,
    # verbatim (``condition`` holds the part before it); None when the condition is one stretch
    condition_after: str | None = None
    condition_after_span: Span | None = None

    @property
    def condition_text(self) -> str | None:
        """The condition as a reader sees it: its parts in text order, joined by " … " (None without one)."""
        parts = [x for x in (self.condition, self.condition_after) if x]
        return " … ".join(parts) if parts else None

    def dump(self) -> dict[str, Any]:
        """The obligation as JSON-ready plain data; ``condition_after`` only for a condition in two parts."""
        d = _Dump.dump(self)
        if self.condition_after is None:
            del d["condition_after"], d["condition_after_span"]
        return d


@dataclass(frozen=True, slots=True)
class Target(_Dump):
    """Where a reference points: a provision of a corpus document, or a law of the registry."""

    document: str | None = None
    article: int | None = None
    paragraph: int | None = None
    item: int | None = None
    provision: str | None = None  # the global id of the target provision
    law: str | None = None  # law registry id


@dataclass(frozen=True, slots=True)
class Reference(_AtProvision):
    """A citation as printed ("Article 17", "the Cybersecurity Law"), with the targets it resolves to."""

    id: str
    document: str
    article: int | None
    provision: str  # global id ``<document>/<eId>`` (see the module docstring); ``.eid`` is the local part
    kind: Literal["internal", "external"]
    text: str
    span: Span
    targets: tuple[Target, ...]
    resolved: bool
    note: str = ""

    @property
    def target(self) -> Target | None:
        """The first target, or None for a citation that resolved to nothing."""
        return self.targets[0] if self.targets else None

    def dump(self) -> dict[str, Any]:
        """The reference as JSON-ready plain data, with ``target`` (the first target) added."""
        data = _Dump.dump(self)
        data["target"] = _plain(self.target)
        return data


@dataclass(frozen=True, slots=True)
class Law(_Dump):
    """A law of the registry (``corpus/laws.yaml``), cited by the corpus whether or not its text is in it."""

    id: str
    title: str
    short_names: tuple[str, ...]
    aliases: tuple[str, ...]
    kind: str = "law"
    issuer: str = ""
    date: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Body(_Dump):
    """An authority from the registry (issuing bodies, regulators)."""

    id: str
    name: str
    abbreviations: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sanction(_AtProvision):
    """A penalty imposed for a violation: on whom (the violator), by whom (the authority), what, and when.

    Never a duty of the person penalised; the authority's power to impose it. ``violator`` and
    ``authority`` are the parties as printed, or None where the text names none; ``violators`` and
    ``authorities`` the ids of the known actors they name (empty when none is known)."""

    id: str
    document: str
    article: int
    provision: str  # global id ``<document>/<eId>`` (see the module docstring); ``.eid`` is the local part
    penalties: str  # what is imposed, verbatim ("order the violator to make corrections, give a warning, ...")
    violator: str | None
    authority: str | None
    condition: str | None  # verbatim: "Where ... violates ..." / "that violate these Provisions"
    text: str  # the whole sanctioning clause as printed
    span: Span
    penalties_span: Span
    condition_span: Span | None
    trigger: str  # the modal words as printed ("shall be fined", "shall order")
    violators: tuple[str, ...] = ()
    authorities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement(_AtProvision):
    """A sentence with a modal verb that binds no one (scope, commencement, sanction, ...), and why."""

    document: str
    article: int
    provision: str  # global id ``<document>/<eId>`` (see the module docstring); ``.eid`` is the local part
    text: str
    span: Span
    reason: str
