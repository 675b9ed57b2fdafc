"""The site's own search: an index written at build time, searched in the browser (``assets/search.js``).

Nothing here depends on the theme. The index holds the records of the whoosh index
(:func:`regkb.index.records`: articles, paragraphs, items, definitions, duties, changes, commentary,
the registry's laws, and whatever kinds the index gains) plus the developer guides, each with its
page address on the site, the text as printed (snippets are cut from it in the browser; a redline
is never a record), and what the browser needs to analyse and rank as whoosh does: the stop words,
the stemmed synonym and relative table, the field and kind weights, and, for each law, its names
already analysed. The browser stems a query with the same Porter stemmer as whoosh
(``tests/test_site_search.py`` checks the two agree on every word of the corpus).

The index is a script (``search/index.js`` setting ``window.regkbSearchData``), not JSON: a script
element loads it from ``file://`` too, where ``fetch`` is refused. Pages load it, and ``search.js``,
only on first use (focus on a search box, or the search page).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh.analysis import STOP_WORDS

from .. import index as ix
from .docpieces import DocPieces, by_prefix, digest
from .markup import code_digest, page_url, slug
from .markup import element_anchor as _anchor

if TYPE_CHECKING:
    from .generate import Site

INDEX_JS = "search/index.js"
DEV_DOCS = Path(__file__).resolve().parent.parent / "docs"  # the developer guides (as regkb.site.generate)
SEARCH_MD = "search.md"
GUIDE_BOOST = 0.2  # developer guides rank below the law and the registry
# The kind facet: record kinds as a reader names them (paragraphs and items are the article's text).
FACET_KIND = {"article": "article", "paragraph": "article", "item": "article", "definition": "definition",
              "obligation": "duty", "sanction": "sanction", "change": "change", "claim": "commentary",
              "commentary": "commentary", "law": "law", "guide": "guide", "text": "article"}
KIND_LABEL = {"article": "Article text", "definition": "Definition", "duty": "Duty", "sanction": "Sanction",
              "change": "Draft vs final", "commentary": "Commentary", "law": "Law (registry)",
              "guide": "Developer guide"}
NOT_NESTED = ("change", "law", "guide")  # kinds that never hide (or are hidden by) a provision


def _provision_url(site: Site, pid: str) -> str:
    """The page (and anchor) of a provision given by its global id ``<document>/<eId>``."""
    document, _, eid = pid.partition("/")
    target = site.provision_target(document, eid.split("/", 1)[0]) if eid else None
    if target is None:
        return ""
    md, anchor = target
    whole = re.fullmatch(r"art_\d+", eid.split("/", 1)[0]) is not None
    return page_url(md) + ("" if whole else f"#{anchor}")


def record_url(site: Site, rec: ix.Record, changes: dict[str, str]) -> str:
    """Where a record is shown on the site (relative to the site's root), or "" if nowhere."""
    kind = rec.kind
    if kind == "law":
        return page_url(site.law_md(rec.id)) if rec.id in site.law_slug else ""
    if kind == "definition":
        anchor = site.def_anchor.get(rec.id)
        return "definitions.html" + (f"#{anchor}" if anchor else "")
    if kind == "change":
        key = re.sub(r"[^A-Za-z0-9_-]+", "-", rec.id).strip("-")
        return f"changes.html#{changes[key]}" if key in changes else "changes.html"
    if kind == "text":  # a regulation kept whole (not divided into articles): its whole-text page
        document, _, eid = rec.provision.partition("/")
        return page_url(site.whole_md(document)) + "#" + _anchor(eid) if document in site.doc_slug else ""
    if kind == "commentary" and re.match(r"[^/]+/art_\d+__comment_", rec.provision):  # an editor's comment
        document, _, eid = rec.provision.partition("/")
        url = _provision_url(site, f"{document}/{eid.split('__', 1)[0]}")
        return url + "#" + _anchor(eid) if url else ""
    if kind in ("claim", "commentary"):
        document, _, eid = rec.provision.partition("/")
        if document in site.doc_slug and eid:
            return page_url(site.source_md(document)) + "#" + _anchor(eid)
    url = _provision_url(site, rec.provision) if rec.provision else ""
    if not url and rec.document and rec.article is not None:
        url = _provision_url(site, f"{rec.document}/art_{rec.article}")
    return url


def _inline(text: str) -> str:
    """Markdown inline text as plain text: link texts without their targets, no code or emphasis marks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[`*|]+|(?<!\w)_+|_+(?!\w)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _plain_markdown(text: str) -> str:
    """A guide's Markdown as text to search and quote from: no list, quote or heading marks either."""
    return _inline(re.sub(r"^\s{0,3}(?:#+|[-*+]|\d+\.|>)\s+", "", text, flags=re.M))


def guide_records(site: Site, docs: Path) -> list[dict[str, Any]]:
    """One record per section (``##`` heading) of each developer guide, linked to the heading's anchor
    (Python-Markdown's toc slugs, as the pages get them)."""
    from markdown.extensions.toc import slugify, unique

    out: list[dict[str, Any]] = []
    for f in sorted(docs.glob("*.md")) if docs.is_dir() else []:
        text = f.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[-1]
        url = page_url(f"developers/{slug(f.stem)}.md")
        used: set[str] = set()
        page_title = f.stem.replace("-", " ").capitalize()
        sections: list[tuple[str, str, list[str]]] = []
        anchor, heading, lines = "", "", []
        in_code = False
        for line in text.splitlines():
            if line.lstrip().startswith("```"):
                in_code = not in_code
            m = None if in_code else re.match(r"(#{1,6})\s+(.+?)\s*#*\s*$", line)
            if not m:
                lines.append(line)
                continue
            level, plain = len(m.group(1)), _inline(m.group(2))
            a = unique(slugify(plain, "-"), used)  # every heading takes an id, in order, as on the page
            if level == 1:
                page_title = plain
            elif level == 2:
                sections.append((anchor, heading, lines))
                anchor, heading, lines = a, plain, []
            else:
                lines.append(plain)
        sections.append((anchor, heading, lines))
        for anchor, heading, body in sections:
            body_text = _plain_markdown("\n".join(body))
            if not body_text:
                continue
            out.append({"id": f"guide/{f.stem}" + (f"#{anchor}" if anchor else ""), "k": "guide",
                        "t": page_title + (f" — {heading}" if heading else ""), "x": body_text,
                        "u": url + (f"#{anchor}" if anchor else "")})
    return out


PURPOSE = "regkb site search piece 1"


def _entry(site: Site, rec: ix.Record, changes: dict[str, str]) -> dict[str, Any]:
    """A record as the browser reads it (its actors still ids: :func:`index_data` numbers them)."""
    entry: dict[str, Any] = {"id": rec.id, "k": rec.kind, "t": rec.title, "x": rec.text,
                             "u": record_url(site, rec, changes)}
    if rec.document:
        entry["d"] = rec.document
    if rec.provision and rec.kind not in ("change", "law"):
        entry["p"] = rec.provision
    if rec.terms:
        entry["m"] = " ; ".join(rec.terms)
    if rec.names:
        entry["n"] = " ; ".join(rec.names)
    if rec.actors:
        entry["a"] = list(rec.actors)
    if rec.modalities:
        entry["o"] = list(rec.modalities)
    if rec.kind == "law":
        entry["ln"] = sorted({" ".join(ix.analyse(n)) for n in rec.names if ix.analyse(n)})
    return entry


def _code() -> str:
    """A hash of the code that makes the entries: the site's modules and the model (``code_digest``), the index's."""
    return digest(code_digest(), hashlib.sha256(Path(ix.__file__).read_bytes()).hexdigest())


def _piece_shape(piece: Any) -> bool:
    """Whether a kept value is shaped as a piece (its entries are what this code wrote: the entry is signed, and its
    key holds a hash of the code)."""
    return isinstance(piece, list) and len(piece) == len(ix.PER_DOCUMENT) and all(isinstance(x, list) for x in piece)


def _entries_from_pieces(site: Site, changes: dict[str, str], pieces: DocPieces) -> list[dict[str, Any]] | None:
    """The entries of :func:`regkb.index.records`, in its order, each document's made once and kept in ``pieces``
    (None when the order cannot be vouched for: lists not grouped by document, an object whose id or provision is
    not in its document's namespace).

    A document's piece is kept under a hash of everything its entries are made from: the code, the document's
    objects (``repr``), its title and page address, its definitions' anchors, and what it reads of the whole
    corpus's context (the terms, bearers, modalities and named actors of its provisions, and those actors'
    labels)."""
    kb = site.kb
    shares = site.shares
    if shares.groups is None:
        return None
    ctx = ix._Context(kb)
    tables_of = {name: by_prefix(getattr(ctx, name)) for name in ("terms", "actors", "modalities", "mentioned")}
    code = _code()
    made: dict[str, list[list[dict[str, Any]]]] = {}
    for d in kb.documents:
        parts = [shares.part(d.id, name) for name in ix.PART_LISTS]
        if not any(parts):
            continue
        if not shares.own(d.id):
            return None
        tables = {name: [(k, sorted(v)) for k, v in share.get(d.id, ())] for name, share in tables_of.items()}
        actor_ids = {a for name in ("actors", "mentioned") for _, v in tables[name] for a in v}
        actor_ids.update(a for o in parts[2] for a in o.actors)
        actor_ids.update(a for s in parts[3] for a in (*s.violators, *s.authorities))
        context = digest(code, d.id, d.title, site.doc_slug.get(d.id, ""), shares.digest(d.id), repr(tables),
                         repr(sorted((a, ctx.labels.get(a)) for a in actor_ids)),
                         repr([site.def_anchor.get(x.id) for x in parts[1]]))
        piece = pieces.get(context)
        if not _piece_shape(piece):
            recs = ix.document_records(ctx, ix.DocumentPart(kb, dict(zip(ix.PART_LISTS, parts, strict=True))))
            piece = [[_entry(site, r, changes) for r in lst] for lst in recs]
            pieces.put(context, piece)
        made[d.id] = piece
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for source in ix.RECORD_SOURCES:
        if source in ix.PER_DOCUMENT:
            k = ix.PER_DOCUMENT.index(source)
            entries: Iterable[dict[str, Any]] = (e for d in kb.documents if d.id in made for e in made[d.id][k])
        else:
            entries = (_entry(site, rec, changes) for rec in source(ctx))
        for e in entries:
            if e["id"] not in seen:
                seen.add(e["id"])
                out.append(e)
    return out


def index_data(site: Site, docs: Path | None = None, pieces: DocPieces | None = None) -> dict[str, Any]:
    """Everything the browser needs to search the site as whoosh searches the knowledge base
    (``docs``: the developer guides, by default the package's; ``pieces``: each document's entries kept between
    builds, see :func:`_entries_from_pieces`)."""
    kb = site.kb
    changes = {c.id: _anchor("change-" + c.id) for c in site.changes}
    schema = ix.make_schema()
    records = _entries_from_pieces(site, changes, pieces) if pieces is not None else None
    if records is None:
        records = [_entry(site, rec, changes) for rec in ix.records(kb)]
    actors_used: set[str] = {a for entry in records for a in entry.get("a", ())}
    records.extend(guide_records(site, DEV_DOCS if docs is None else docs))
    _share_text(records)
    actor_ids = sorted(actors_used)
    number = {a: n for n, a in enumerate(actor_ids)}
    for entry in records:
        if "a" in entry:
            entry["a"] = [number[a] for a in entry["a"]]
    documents = {d.id: site.short.get(d.id, d.title) for d in kb.documents}
    return {
        "format": 1,
        "fields": {"title": "t", "text": "x", "term": "m", "name": "n"},
        "fieldBoost": {name: float(schema[name].format.field_boost) for name in ix.SEARCH_FIELDS},
        "kindBoost": ix.KIND_BOOST | {"guide": GUIDE_BOOST},
        "kindFieldBoost": ix.KIND_FIELD_BOOST,
        "unnamedLawFactor": ix.UNNAMED_LAW_FACTOR,
        "relatives": ix.relatives_table(),
        "stopWords": sorted(STOP_WORDS),
        "questionWords": sorted(ix._QUESTION_WORDS),
        "operators": sorted(ix._OPERATORS),
        "maxWords": ix.MAX_QUERY_WORDS,
        "facetKind": FACET_KIND,
        "kindLabel": KIND_LABEL,
        "kindOrder": list(KIND_LABEL),  # the order of the kind filter: the law first, the guides last
        "notNested": list(NOT_NESTED),
        "siteOnly": ["guide"],  # not in the whoosh index: searched, but not counted in its statistics
        "documents": documents,
        "actors": {a.id: a.label for a in kb.actors if a.id in actors_used},
        "actorIds": actor_ids,  # a record's "a" lists numbers into this list
        "modalities": {m: m for m in ("obligation", "prohibition", "permission", "encouragement", "right")},
        "records": records,
    }


def _share_text(records: list[dict[str, Any]]) -> None:
    """A record whose text is a stretch of its article's text (a paragraph, an item, a duty) gets it as
    ``"xr": [article record, start, end]`` instead of a copy (the index is some 15 % smaller)."""
    where = {r["id"]: n for n, r in enumerate(records) if r["k"] == "article"}
    for r in records:
        p = r.get("p")
        if r["k"] == "article" or not p or not r["x"]:
            continue
        n = where.get(p.split("__", 1)[0])
        if n is None:
            continue
        start = records[n]["x"].find(r["x"])
        if start >= 0:
            r["xr"] = [n, start, start + len(r["x"])]
            del r["x"]


def expand(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of an index as the browser reads them: shared text and actor numbers spelled out."""
    out = []
    for r in data["records"]:
        r = dict(r)
        if "xr" in r:
            n, start, end = r.pop("xr")
            r["x"] = data["records"][n]["x"][start:end]
        if "a" in r:
            r["a"] = [data["actorIds"][i] for i in r["a"]]
        out.append(r)
    return out


def index_script(data: dict[str, Any]) -> str:
    """The index as a script (works from ``file://``); JSON is valid JavaScript since ES2019."""
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "window.regkbSearchData=" + body.replace("</", "<\\/") + ";\n"


def search_page(site: Site) -> None:
    """The search page: a form that works without a script (the query goes into the address), the
    filters, a live region that says how many results there are, and the list of results."""
    body = (
        '# Search {#top}\n\n'
        '<div class="regkb-search-page" data-index="search/index.js" data-lib="assets/search.js">\n'
        '<form class="regkb-search-form" role="search" action="search.html" method="get">'
        '<label for="regkb-search-q">Search the texts, definitions, duties and guides</label>'
        '<span class="regkb-search-row"><input id="regkb-search-q" name="q" type="search" autocomplete="off" '
        'spellcheck="false" enterkeyhint="search" aria-describedby="regkb-search-help">'
        '<button type="submit" class="md-button md-button--primary">Search</button></span></form>\n'
        '<p id="regkb-search-help" class="regkb-search-help">Words are matched in all their forms '
        '(penalty, penalties) and with their usual synonyms (labelling, marks, watermark). The law comes '
        "first, then what is said about it, then the developer guides. Snippets quote the text as "
        "printed.</p>\n"
        '<p class="regkb-search-status" role="status" aria-live="polite" aria-atomic="true"></p>\n'
        '<details class="regkb-search-filters" open><summary>Filters</summary>'
        '<div class="regkb-search-facets" role="group" aria-label="Filter the results"></div></details>\n'
        '<ol class="regkb-search-results"></ol>\n'
        "<noscript><p>Search runs in the browser and needs JavaScript. Every page is reachable from the "
        "navigation.</p></noscript>\n</div>\n"
    )
    site.page(SEARCH_MD, "Search", body)


def write(site: Site) -> None:
    """Write the search page and the index (``search/index.js``; with the site's scratch space, from each
    document's entries kept between builds in ``<site>.search-pieces/``)."""
    search_page(site)
    pieces = (DocPieces(site.fragments.with_name(f"{site.fragments.name}.search-pieces"), PURPOSE)
              if site.fragments is not None else None)
    site.put(INDEX_JS, index_script(index_data(site, pieces=pieces)))
    if pieces is not None:
        pieces.prune()
