"""Measure the extractors against a hand-annotated gold file.

A gold file (YAML, format in ``docs/annotation.md``) lists, for one document, every modal clause
(``obligations``), sanction, definition and reference a careful reader finds. :func:`evaluate`
compares the knowledge base's facts for that document with it, field by field, and gives
precision, recall and F1 with the misses (in the gold, not found) and the false hits (found, not
in the gold) listed.

Matching rules (one-to-one, greedy by closeness):

* a fact matches only at a compatible provision: the same article, and the same paragraph and
  item where both sides name one (``art_4`` matches ``art_4__para_1__item_2``);
* bearers are compared as normalised names (case, leading articles and determiners, plurals),
  through the knowledge base's actor aliases and the definitions that link two names (a defined
  term and the party its definition names, "hereinafter referred to as ...");
* ``obligation`` counts (clause, bearer) pairs with bearer and modality right; ``modality``
  counts clauses with the modality right; ``action`` and ``condition`` count clauses whose span
  overlaps the gold's (token F1 >= 0.5); ``definition`` counts terms; ``reference-internal``
  counts references with exactly the gold's targets; ``reference-external`` counts citations of
  laws with the right registry id (or none for a law outside the registry).

``python -m regkb.eval GOLD.yaml --corpus DIR`` or ``regkb eval`` runs it from the shell.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

from ..errors import RegkbError, error_at
from ..kb import KnowledgeBase
from ..model import Obligation
from ..parse.obligations import unbound_clause
from ..parse.units import singular

FIELDS = ("obligation", "modality", "action", "condition", "definition", "reference-internal",
          "reference-external", "sanction", "sanction-violator", "sanction-authority")
MAX_GOLD_BYTES = 5_000_000
# (a determiner identifies no party: "other" in "the persons directly in charge and other directly liable persons"
# sets the second class beside the first, and the guide names a party by the words that identify it (1.1), so
# "other directly liable persons" and "directly liable persons" are one name)
# (a possessive determiner too: "their units" and "units" name the same party; defsanct13)
_DETERMINER = re.compile(r"^(?:the|a|an|any|all|each|every|such|relevant|said|other|their|its|his\s+or\s+her|his|her)\s+")


# --- gold ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldClause:
    at: str
    modality: str
    bearers: tuple[str, ...]
    universal: bool
    basis: str
    action: str
    condition: str | None
    text: str


@dataclass(frozen=True)
class GoldDefinition:
    at: str
    term: str
    text: str


@dataclass(frozen=True)
class GoldReference:
    at: str
    text: str
    targets: tuple[str, ...]  # internal: provision eIds
    law: str | None  # external: registry id, or None for a law outside the registry
    external: bool


@dataclass
class Gold:
    path: str
    document: str | None
    obligations: list[GoldClause] = field(default_factory=list)
    definitions: list[GoldDefinition] = field(default_factory=list)
    references: list[GoldReference] = field(default_factory=list)
    sanctions: list[dict[str, Any]] = field(default_factory=list)
    coverage: frozenset[int] | None = None
    parties: list[set[str]] = field(default_factory=list)  # normalised names of one party, per party


def _req(entry: Any, key: str, path: str, where: str) -> Any:
    if not isinstance(entry, dict) or key not in entry:
        raise error_at(path, 0, 0, f"{where} has no '{key}'", f"add '{key}:' to every entry (see docs/annotation.md)",
                       "gold-format")
    return entry[key]


def load_gold(path: str | Path) -> Gold:
    """Read a gold file; a clear error naming the file and entry if it is malformed."""
    p = Path(path)
    if not p.is_file():
        raise error_at(str(p), 0, 0, "the gold file does not exist", "give the path of a YAML gold file", "gold-missing")
    if p.stat().st_size > MAX_GOLD_BYTES:
        raise error_at(str(p), 0, 0, "the gold file is too large", f"keep it under {MAX_GOLD_BYTES} bytes", "gold-size")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error_at(str(p), (mark.line + 1) if mark else 0, (mark.column + 1) if mark else 0,
                       f"the gold file is not valid YAML: {exc}", "fix the YAML", "gold-format") from None
    if not isinstance(data, dict):
        raise error_at(str(p), 1, 1, "the gold file must be a mapping", "start with 'obligations:'", "gold-format")
    g = Gold(str(p), data.get("document"))
    for k, e in enumerate(data.get("obligations") or [], 1):
        where = f"obligation {k}"
        bearers = _req(e, "bearers", str(p), where) or []
        if isinstance(bearers, str):
            bearers = [bearers]
        g.obligations.append(GoldClause(
            str(_req(e, "at", str(p), where)), str(_req(e, "modality", str(p), where)),
            tuple(str(b) for b in bearers), bool(e.get("universal", False)), str(e.get("basis") or ""),
            str(e.get("action") or ""), (str(e["condition"]) if e.get("condition") else None),
            str(e.get("text") or "")))
    for k, e in enumerate(data.get("definitions") or [], 1):
        g.definitions.append(GoldDefinition(str(_req(e, "at", str(p), f"definition {k}")),
                                            str(_req(e, "term", str(p), f"definition {k}")), str(e.get("text") or "")))
    for k, e in enumerate(data.get("references") or [], 1):
        at = str(_req(e, "at", str(p), f"reference {k}"))
        if "targets" in e and e["targets"] is not None:
            tg = e["targets"] if isinstance(e["targets"], list) else [e["targets"]]
            g.references.append(GoldReference(at, str(e.get("text") or ""), tuple(str(t) for t in tg), None, False))
        elif "law" in e:
            g.references.append(GoldReference(at, str(e.get("text") or ""), (), e["law"] and str(e["law"]), True))
        else:
            raise error_at(str(p), 0, 0, f"reference {k} has neither 'targets' nor 'law'",
                           "give 'targets: [art_N__para_M]' or 'law: id' (null for a law outside the registry)",
                           "gold-format")
    g.sanctions = [e for e in (data.get("sanctions") or []) if isinstance(e, dict)]
    for e in data.get("parties") or []:
        if isinstance(e, dict) and e.get("name"):
            g.parties.append({norm_name(str(x)) for x in [e["name"], *(e.get("aliases") or [])]})
    cov = data.get("coverage")
    if cov:
        g.coverage = frozenset(int(x) for x in cov)
    return g


# --- normalising ---------------------------------------------------------------------------------

def norm_name(name: str) -> str:
    """A party name compared loosely: lower case, no leading article, singular words, plain quotes."""
    s = name.lower().replace("’", "'").replace("“", "").replace("”", "").replace('"', "")
    s = re.sub(r"[\[\]()]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" ,.;:")
    prev = None
    while prev != s:
        prev = s
        s = _DETERMINER.sub("", s)
    return " ".join(singular(w) for w in s.split())


def _tokens(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower())


def _eid(target: str) -> str:
    """A provision id without its document, chapters written one way ("chp_4" and "chap_4")."""
    return re.sub(r"(?:^|(?<=__))chap_", "chp_", target.rsplit("/", 1)[-1])


def token_f1(a: str, b: str) -> float:
    """The F1 of the word overlap of two texts (1.0 when both are empty, 0.0 when one is)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 1.0 if not ta and not tb else 0.0
    common: dict[str, int] = {}
    for t in ta:
        common[t] = common.get(t, 0) + 1
    hit = 0
    for t in tb:
        if common.get(t, 0) > 0:
            common[t] -= 1
            hit += 1
    if hit == 0:
        return 0.0
    p, r = hit / len(tb), hit / len(ta)
    return 2 * p * r / (p + r)


def parse_at(at: str) -> tuple[int | None, int | None, int | None]:
    """(article, paragraph, item) of an eId like ``art_4__para_1__item_2`` (a global id's document dropped)."""
    at = at.rsplit("/", 1)[-1]
    out: list[int | None] = [None, None, None]
    for k, key in enumerate(("art", "para", "item")):
        m = re.search(rf"(?:^|__){key}_(\w+?)(?:__|$)", at)
        if m:
            v = m.group(1)
            out[k] = int(v) if v.isdigit() else None
    return out[0], out[1], out[2]


def compatible(a: str, b: str) -> bool:
    """Same article. Paragraph and item only rank candidates (a translation may run official paragraphs
    together, so the printed and the official numbering can differ below the article)."""
    return parse_at(a)[0] == parse_at(b)[0]


def _exactness(a: str, b: str) -> int:
    pa, pb = parse_at(a), parse_at(b)
    return sum(1 for x, y in zip(pa, pb, strict=True) if x is not None and x == y)


def _text_score(gold_text: str, found_text: str) -> float:
    g, f = " ".join(_tokens(gold_text)), " ".join(_tokens(found_text))
    if not g:
        return 0.5
    if g in f or (f and f in g):
        return 1.0
    return SequenceMatcher(None, g, f[: len(g) + 20], autojunk=False).ratio()


# --- scores --------------------------------------------------------------------------------------

@dataclass
class FieldScore:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        """True hits over all hits; None when nothing was found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """True hits over all gold items; None when the gold has none."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall; None when either is undefined."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def dump(self) -> dict[str, Any]:
        """The score as JSON-ready plain data (counts, precision, recall, F1, misses, false hits)."""
        return {"field": self.name, "tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1, "misses": self.misses, "false_hits": self.false_hits}


@dataclass
class Report:
    gold: str
    document: str
    fields: dict[str, FieldScore]

    def dump(self) -> dict[str, Any]:
        """The report as JSON-ready plain data: gold file, document and each field's score."""
        return {"gold": self.gold, "document": self.document,
                "fields": {k: v.dump() for k, v in self.fields.items()}}


def _match(gold: list[Any], found: list[Any], ok: Callable[[Any, Any], bool],
           score: Callable[[Any, Any], float]) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """One-to-one matching of gold and found items: best-scoring admissible pairs first."""
    pairs = [(score(g, f), gi, fi) for gi, g in enumerate(gold) for fi, f in enumerate(found) if ok(g, f)]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_f: set[int] = set()
    matched = []
    for _s, gi, fi in pairs:
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        matched.append((gold[gi], found[fi]))
    return (matched, [g for k, g in enumerate(gold) if k not in used_g],
            [f for k, f in enumerate(found) if k not in used_f])


@dataclass(frozen=True)
class _Clause:
    """The found obligations of one clause (one per bearer) gathered."""

    at: str
    modality: str
    names: tuple[frozenset[str], ...]  # per bearer: every normalised name it goes by
    labels: tuple[str, ...]
    action: str
    condition: str | None
    text: str
    universal: bool


def _name_links(kb: KnowledgeBase, document: str, parties: list[set[str]]) -> dict[str, set[str]]:
    """Normalised name -> every name linked to it by the knowledge base (actor aliases, definitions) or by
    the gold file's ``parties`` (names the text itself makes one)."""
    groups: list[set[str]] = [set(x) for x in parties]
    for a in kb.actors:
        groups.append({norm_name(a.label)} | {norm_name(x) for x in a.aliases})
    for d in kb.definitions:
        if d.document != document:
            continue
        definiens = d.definition.strip()
        # "X (hereinafter referred to as Y)": the definiens is the party's full name
        if d.kind == "inline" and len(definiens.split()) <= 12:
            groups.append({norm_name(d.term), norm_name(definiens)})
    links: dict[str, set[str]] = {}
    for g in groups:
        merged = set(g)
        for n in g:
            merged |= links.get(n, set())
        for n in merged:
            links[n] = merged
    return links


def _found_clauses(kb: KnowledgeBase, document: str, coverage: frozenset[int] | None,
                   parties: list[set[str]]) -> list[_Clause]:
    links = _name_links(kb, document, parties)
    by_clause: dict[tuple[int, int], list[Obligation]] = {}
    for o in kb.obligations:
        if o.document != document or (coverage is not None and o.article not in coverage):
            continue
        by_clause.setdefault((o.span.start, o.span.end), []).append(o)
    actors = {a.id: a for a in kb.actors}
    out = []
    for (_s, _e), obls in sorted(by_clause.items()):
        o = obls[0]
        names = []
        labels = []
        for x in obls:
            for aid in x.actors:
                actor = actors[aid]
                n = {norm_name(actor.label)} | {norm_name(a) for a in actor.aliases}
                for k in list(n):
                    n |= links.get(k, set())
                names.append(frozenset(n))
                labels.append(actor.label)
        # a condition in two parts is compared as the guide writes it: the parts joined by " ... " (guide 3.2)
        cond = " ... ".join(x for x in (o.condition, getattr(o, "condition_after", None)) if x) or None
        out.append(_Clause(o.eid, o.modality, tuple(names), tuple(labels), o.action, cond, o.text,
                           bool(getattr(o, "universal", False))))
    # a modal statement that binds no named party is a clause with no bearer (guide 3.1, basis none): it counts for
    # modality, action and condition, never as a (clause, bearer) pair
    for st in kb.statements:
        if st.document != document or (coverage is not None and st.article not in coverage):
            continue
        u = unbound_clause(st)
        if u is not None:
            out.append(_Clause(st.eid, u.modality, (), (), u.action, u.condition, st.text, False))
    return out


def _gold_names(name: str, links: dict[str, set[str]]) -> set[str]:
    n = norm_name(name)
    return {n} | links.get(n, set())


def _fmt_gold(c: GoldClause, bearer: str | None = None) -> str:
    who = bearer if bearer is not None else ", ".join(c.bearers) or "(no bearer)"
    return f"{c.at} [{c.modality}] {who}: {c.text[:90]}"


def _fmt_found(c: _Clause, label: str | None = None) -> str:
    who = label if label is not None else ", ".join(c.labels)
    return f"{c.at} [{c.modality}] {who}: {c.text[:90]}"


def evaluate(kb: KnowledgeBase, gold: Gold, document: str | None = None) -> Report:
    """Scores of the knowledge base's facts for one document against a gold file."""
    doc = _pick_document(kb, gold, document)
    cov = gold.coverage
    links = _name_links(kb, doc, gold.parties)
    found = _found_clauses(kb, doc, cov, gold.parties)
    fields = {name: FieldScore(name) for name in FIELDS}

    # obligation: (clause, bearer) pairs, bearer and modality right
    gpairs = [(c, b) for c in gold.obligations for b in c.bearers]
    fpairs = [(c, k) for c in found for k in range(len(c.names))]

    def pair_ok(g: tuple[GoldClause, str], f: tuple[_Clause, int]) -> bool:
        gc, gb = g
        fc, k = f
        return (compatible(gc.at, fc.at) and gc.modality == fc.modality
                and bool(_gold_names(gb, links) & fc.names[k]))

    def pair_score(g: tuple[GoldClause, str], f: tuple[_Clause, int]) -> float:
        return _exactness(g[0].at, f[0].at) + _text_score(g[0].text, f[0].text)

    m, miss, fh = _match(gpairs, fpairs, pair_ok, pair_score)
    fs = fields["obligation"]
    fs.tp, fs.fn, fs.fp = len(m), len(miss), len(fh)
    fs.misses = [_fmt_gold(c, b) for c, b in miss]
    fs.false_hits = [_fmt_found(c, c.labels[k]) for c, k in fh]

    # clauses aligned by place and wording (for modality, action, condition)
    def clause_ok(g: GoldClause, f: _Clause) -> bool:
        return compatible(g.at, f.at) and _text_score(g.text, f.text) >= 0.6

    def clause_score(g: GoldClause, f: _Clause) -> float:
        return _exactness(g.at, f.at) + 2 * _text_score(g.text, f.text) + (g.modality == f.modality)

    aligned, gmiss, fextra = _match(gold.obligations, found, clause_ok, clause_score)
    _score_aligned(fields["modality"], aligned, gmiss, fextra, lambda g, f: g.modality == f.modality)
    _score_aligned(fields["action"], aligned, gmiss, fextra, lambda g, f: token_f1(g.action, f.action) >= 0.5,
                   detail=lambda g, f: f" action: gold {g.action[:60]!r} / found {f.action[:60]!r}")
    cond_aligned = [(g, f) for g, f in aligned if g.condition or f.condition]
    _score_aligned(fields["condition"], cond_aligned, [g for g in gmiss if g.condition],
                   [f for f in fextra if f.condition],
                   lambda g, f: bool(g.condition and f.condition and token_f1(g.condition, f.condition) >= 0.5),
                   detail=lambda g, f: f" condition: gold {g.condition!r} / found {f.condition!r}")

    # definitions
    defs = [d for d in kb.definitions if d.document == doc and (cov is None or d.article in cov)]
    m2, miss2, fh2 = _match(gold.definitions, defs,
                            lambda g, d: compatible(g.at, d.eid) and norm_name(g.term) == norm_name(d.term),
                            lambda g, d: _exactness(g.at, d.eid))
    fd = fields["definition"]
    fd.tp, fd.fn, fd.fp = len(m2), len(miss2), len(fh2)
    fd.misses = [f"{g.at} {g.term!r}" for g in miss2]
    fd.false_hits = [f"{d.eid} {d.term!r}" for d in fh2]

    # references
    refs = [r for r in kb.references if r.document == doc and (cov is None or r.article in cov)]
    internal = [r for r in refs if r.kind == "internal"]
    external = [r for r in refs if r.kind == "external"]
    gi = [g for g in gold.references if not g.external]
    ge = [g for g in gold.references if g.external]

    def targets_of(r: Any) -> frozenset[str]:
        return frozenset(_eid(t.provision) for t in r.targets if t.provision)

    m3, miss3, fh3 = _match(gi, internal,
                            lambda g, r: compatible(g.at, r.eid) and frozenset(map(_eid, g.targets)) == targets_of(r),
                            lambda g, r: _exactness(g.at, r.eid) + _text_score(g.text, r.text))
    fr = fields["reference-internal"]
    fr.tp, fr.fn, fr.fp = len(m3), len(miss3), len(fh3)
    fr.misses = [f"{g.at} {g.text!r} -> {', '.join(g.targets)}" for g in miss3]
    fr.false_hits = [f"{r.eid} {r.text!r} -> {', '.join(sorted(targets_of(r))) or '(unresolved)'}" for r in fh3]

    def law_of(r: Any) -> str | None:
        return next((t.law or t.document for t in r.targets if t.law or t.document), None)

    m4, miss4, fh4 = _match(ge, external, lambda g, r: compatible(g.at, r.eid) and g.law == law_of(r),
                            lambda g, r: _exactness(g.at, r.eid) + _text_score(g.text, r.text))
    fx = fields["reference-external"]
    fx.tp, fx.fn, fx.fp = len(m4), len(miss4), len(fh4)
    fx.misses = [f"{g.at} {g.text!r} -> {g.law}" for g in miss4]
    fx.false_hits = [f"{r.eid} {r.text!r} -> {law_of(r)}" for r in fh4]
    _score_sanctions(kb, gold, doc, links, fields)
    return Report(gold.path, doc, fields)


_PARTY_SPLIT = re.compile(r",\s*(?:and|or)\s+|,\s+|\s+(?:and|or)\s+", re.IGNORECASE)


# a plural written "(s)" or "(es)" ("the person(s) responsible"): one name with its plural, as "persons" (norm_name
# singularises every word; it reads the brackets apart, "person s")
_PLURAL_MARK = re.compile(r"(?<=\w)\((?:e?s)\)", re.IGNORECASE)
# a longer list is read whole and split at every conjunction only (2**11 readings at most)
_MAX_READ_PARTS = 12


def _party_parts(printed: str | None) -> list[str]:
    """The coordinated parties of a violator or authority as printed, normalised."""
    if not printed:
        return []
    protected = re.sub(r"\bat or (above|below)\b", r"at_or_\1", printed, flags=re.IGNORECASE)
    return [norm_name(x.replace("at_or_", "at or ")) for x in _PARTY_SPLIT.split(protected) if x.strip()]


def _party_readings(printed: str) -> list[list[str]]:
    """(bounds20) Every reading of a printed violator or authority as a list of parties, normalised: a comma or "and"/
    "or" may join two parties or lie inside one party's name ("the person(s) responsible for the assembly, procession
    or demonstration and the person(s) who is directly responsible" is two parties, split at the "and" only; guide
    §4: a list when the text names coordinated parties, each by its fullest name). The pieces between the
    conjunctions, each grouping of neighbours kept whole with the words between them."""
    protected = re.sub(r"\bat or (above|below)\b", r"at_or_\1", printed, flags=re.IGNORECASE)
    cuts = [(m.start(), m.end()) for m in _PARTY_SPLIT.finditer(protected)]
    if not cuts or len(cuts) >= _MAX_READ_PARTS:
        return []
    # ((codereview20) each grouping of neighbouring pieces is normalised once: a part recurs in half the readings, and
    # normalised anew in each, an eleven-part list cost 24,000 normalisations a comparison, 2 per grouping now)
    normalised: dict[tuple[int, int], str | None] = {}

    def part(start: int, end: int) -> str | None:  # None for a blank part
        if (start, end) not in normalised:
            x = protected[start:end]
            normalised[start, end] = norm_name(x.replace("at_or_", "at or ")) if x.strip() else None
        return normalised[start, end]

    out: list[list[str]] = []
    for mask in range(1 << len(cuts)):  # bit k set: the k-th conjunction separates two parties
        spans, start = [], 0
        for k, (a, b) in enumerate(cuts):
            if mask >> k & 1:
                spans.append((start, a))
                start = b
        spans.append((start, len(protected)))
        parts = [part(a, b) for a, b in spans]
        if all(x is not None for x in parts):
            out.append([x for x in parts if x is not None])
    return out


def _adds_party(tail: str) -> bool:
    """Whether the words after a gold name join another party to it ("and users", ", users"), not narrow it."""
    return bool(_PARTY_SPLIT.search(re.sub(r"\b(?:and|or) (above|below)\b", r"_\1", tail, flags=re.IGNORECASE)))


def _same_parties(gold: Any, printed: str | None, links: dict[str, set[str]],
                  actors: list[set[str]] | None = None) -> bool:
    """A gold violator/authority (None, a name or a list) against the found one as printed: None on both sides,
    or every gold party named by a found part and every found part naming a gold party (a part may narrow a
    gold name: "departments ... at or above the provincial level"). The printed name is read whole first ("human
    resources and social security department" is one party, not two), then split at its conjunctions, then (bounds20)
    split at some of them only (a comma inside one party's name: ``_party_readings``); "(s)" reads as a plural. ``actors``:
    the names of each actor the knowledge base links the sanction to (its ``violators``/``authorities``), a second
    reading of the same answer ("the operator specified in Article 7" linked to the operators bound there)."""
    golds = [] if gold is None else [str(x) for x in (gold if isinstance(gold, list) else [gold])]
    if not golds or not printed:
        return not golds and not printed
    printed = _PLURAL_MARK.sub("", printed)

    # ((codereview20) each gold's names, and each part against each gold, worked out once: the readings of a long
    # list compare the same parts again and again)
    gold_names = {g: _gold_names(g, links) | {norm_name(g), norm_name(_PLURAL_MARK.sub("", g))} for g in golds}
    named: dict[tuple[str, str], bool] = {}

    def names(part: str, g: str) -> bool:
        # a part may narrow a gold name, but what narrows it never adds a party: read whole, "operators and
        # users" does not name the gold "operators" (the split reading already compares each conjunct)
        if (part, g) not in named:
            named[part, g] = any(part == n or (part.startswith(n + " ") and not _adds_party(part[len(n):]))
                                 for n in gold_names[g])
        return named[part, g]

    def covers(found: list[set[str]]) -> bool:
        return bool(found) and all(any(any(names(n, g) for n in f) for f in found) for g in golds) and \
            all(any(any(names(n, g) for n in f) for g in golds) for f in found)

    return covers([{norm_name(printed)}]) or covers([{p} for p in _party_parts(printed)]) or covers(actors or []) \
        or any(covers([{p} for p in parts]) for parts in _party_readings(printed))


def _score_sanctions(kb: KnowledgeBase, gold: Gold, doc: str, links: dict[str, set[str]],
                     fields: dict[str, FieldScore]) -> None:
    """Sanctions found (same article, located by their words), then violator and authority of the matched."""
    cov = gold.coverage
    found = [s for s in getattr(kb, "sanctions", ()) if s.document == doc and (cov is None or s.article in cov)]
    gs = [g for g in gold.sanctions if g.get("at")]

    def ok(g: dict[str, Any], f: Any) -> bool:
        return compatible(str(g["at"]), f.eid) and _text_score(str(g.get("text") or ""), f.text) >= 0.5

    def score(g: dict[str, Any], f: Any) -> float:
        return _exactness(str(g["at"]), f.eid) + 2 * _text_score(str(g.get("text") or ""), f.text)

    m, miss, fh = _match(gs, found, ok, score)
    fs = fields["sanction"]
    fs.tp, fs.fn, fs.fp = len(m), len(miss), len(fh)
    fs.misses = [f"{g['at']} {str(g.get('text') or '')[:90]}" for g in miss]
    fs.false_hits = [f"{f.eid} {f.text[:90]}" for f in fh]
    actor_names = {a.id: {norm_name(a.label)} | {norm_name(x) for x in a.aliases} for a in kb.actors}
    for name, key, ids in (("sanction-violator", "violator", "violators"),
                           ("sanction-authority", "authority", "authorities")):
        fv = fields[name]
        for g, f in m:
            # (the actors linked to the sanction are a second reading of the answer, for authorities too: the
            # attribute is "authorities", which "authority" + "s" never named, so that reading was never made)
            linked = [actor_names[i] for i in getattr(f, ids, ()) if i in actor_names]
            if _same_parties(g.get(key), getattr(f, key), links, linked):
                fv.tp += 1
            else:
                fv.fp += 1
                fv.fn += 1
                fv.misses.append(f"{g['at']} {key}: gold {g.get(key)!r} / found {getattr(f, key)!r}: "
                                 f"{str(g.get('text') or '')[:60]}")
        fv.fn += len(miss)
        fv.fp += len(fh)


def _score_aligned(fs: FieldScore, aligned: list[tuple[GoldClause, _Clause]], gmiss: list[GoldClause],
                   fextra: list[_Clause], right: Callable[[GoldClause, _Clause], bool],
                   detail: Callable[[GoldClause, _Clause], str] | None = None) -> None:
    for g, f in aligned:
        if right(g, f):
            fs.tp += 1
        else:
            fs.fp += 1
            fs.fn += 1
            fs.misses.append(_fmt_gold(g) + (detail(g, f) if detail else f" (found {f.modality})"))
    fs.fn += len(gmiss)
    fs.fp += len(fextra)
    fs.misses.extend(_fmt_gold(g) for g in gmiss)
    fs.false_hits.extend(_fmt_found(f) for f in fextra)


def _pick_document(kb: KnowledgeBase, gold: Gold, document: str | None) -> str:
    ids = [d.id for d in kb.documents if d.kind != "commentary"]
    for cand in (document, gold.document, Path(gold.path).stem):
        if cand and cand in ids:
            return cand
    if document:
        raise RegkbError(f"the corpus has no document {document!r} (documents: {', '.join(ids)})")
    for cand in (gold.document, Path(gold.path).stem):
        near = [i for i in ids if cand and (i.startswith(cand + "-") or i.endswith("-" + cand))]
        if len(near) == 1:
            return near[0]  # "pipl" annotates "pipl-npc"
    if len(ids) == 1:
        return ids[0]
    raise RegkbError(f"cannot tell which document {gold.path} annotates: give --document "
                     f"(documents: {', '.join(ids)}) or a 'document:' key in the gold file")


# --- texts outside a corpus ------------------------------------------------------------------------

def text_of_html(markup: str) -> str:
    """Plain text of an HTML page: one paragraph per <p>, tags stripped, entities decoded."""
    paras = []
    for m in re.finditer(r"<p\b[^>]*>(.*?)</p\s*>", markup, re.IGNORECASE | re.DOTALL):
        s = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).replace("\xa0", " ")
        s = re.sub(r"\s+", " ", s).strip()
        if s:
            paras.append(s)
    return "\n\n".join(paras) + "\n"


_HEADING = re.compile(r"(?:Chapter|Section|Article)\s+(?:\d+|[IVXLC]+)\b")
_PAGE_LINKS = re.compile(r"[\d\s<>|«»]+")


def text_of_pages(pages: list[str]) -> str:
    """One text from the pages of one publication (HTML or plain), in order.

    A web page repeats its header (site navigation, title, date) above the text: on every page after the
    first, what comes before the first chapter, section or article heading is that header and is left out;
    lines that are only page links ("1 2 3 >") are left out everywhere."""
    out: list[str] = []
    for k, raw in enumerate(pages):
        body = text_of_html(raw) if re.search(r"<p\b", raw, re.IGNORECASE) else raw
        paras = [x for x in re.split(r"\n\s*\n", body) if x.strip() and not _PAGE_LINKS.fullmatch(x.strip())]
        if k > 0:
            first = next((i for i, x in enumerate(paras) if _HEADING.match(x.strip())), 0)
            paras = paras[first:]
        out.extend(x.strip() for x in paras)
    return "\n\n".join(out) + "\n"


def corpus_for_texts(paths: Iterable[Path], registries: Path | None, into: Path, title: str | None = None) -> Path:
    """A temporary corpus holding one document made of the given text or HTML files (the pages of one text, in
    order; frontmatter added), with the registries of ``registries``."""
    into.mkdir(parents=True, exist_ok=True)
    if registries is not None:
        for name in ("laws.yaml", "bodies.yaml"):
            if (registries / name).is_file():
                (into / name).write_bytes((registries / name).read_bytes())
    files = list(paths)
    from .. import textcodec

    # a text in any encoding the corpus reader takes (regkb.textcodec), its line ends as LF
    raws = [textcodec.decode(f.read_bytes()).text.replace("\r\n", "\n").replace("\r", "\n") for f in files]
    if len(raws) == 1 and raws[0].startswith("---\n"):
        body = raws[0]
    else:
        doc = _doc_id(files[0].stem)
        name = title or files[0].stem
        body = f"---\ntitle: {name!r}\nid: {doc}\n---\n" + text_of_pages(raws)
    (into / (_doc_id(files[0].stem) + ".md")).write_text(body, encoding="utf-8")
    return into


def _doc_id(stem: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-") or "text"


def run(gold_paths: list[Path], corpus: Path | None = None, texts: list[Path] | None = None,
        document: str | None = None) -> list[Report]:
    """Evaluate each gold file against the corpus, or against one text (``texts``: its file, or its pages in
    order) put in a temporary corpus beside the corpus's documents and registries."""
    golds = [load_gold(p) for p in gold_paths]
    if texts:
        with tempfile.TemporaryDirectory(prefix="regkb-eval-") as tmp:
            into = Path(tmp)
            root = corpus or Path("corpus")
            for f in sorted(root.glob("*.md")) if root.is_dir() else []:
                if f.name != "README.md":
                    (into / f.name).write_bytes(f.read_bytes())
            corpus_for_texts(texts, root, into, title=golds[0].document if golds else None)
            kb = KnowledgeBase.from_corpus(into)
            doc = _doc_id(texts[0].stem)
            return [evaluate(kb, g, document or doc) for g in golds]
    else:
        kb = KnowledgeBase.from_corpus(corpus or Path("corpus"))
    return [evaluate(kb, g, document) for g in golds]


def fmt(x: float | None) -> str:
    """A score with two decimals, or a dash for None."""
    return "–" if x is None else f"{x:.2f}"


def table(reports: list[Report]) -> str:
    """A Markdown table: one row per document and field."""
    lines = ["| document | field | gold | found | right | P | R | F1 |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in reports:
        for f in r.fields.values():
            lines.append(f"| {r.document} | {f.name} | {f.tp + f.fn} | {f.tp + f.fp} | {f.tp} | {fmt(f.precision)} | "
                         f"{fmt(f.recall)} | {fmt(f.f1)} |")
    return "\n".join(lines)
