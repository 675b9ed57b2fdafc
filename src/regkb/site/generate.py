"""Knowledge base -> Markdown pages (plus CSV/JSON downloads) for a static site generator.

``generate(kb, out_dir)`` writes every page into ``out_dir`` and returns the navigation as a
list of ``{title: path}`` entries (MkDocs' ``nav`` format). Nothing here depends on the theme:
pages are plain Markdown with ``attr_list`` ids and raw HTML blocks for corpus text, in which
every corpus character that could be read as markup is escaped (see :mod:`regkb.site.markup`).
Links inside raw HTML are written as final directory URLs; Markdown links as ``.md`` paths.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import difflib
import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from ..authorities import authority_ids, body_links
from ..export import EXPORTERS, rdf_downloads, render_bytes
from ..importers.store import manifest_for
from ..model import MODALITIES, Actor, Article, Document, Item, Law, Obligation, Paragraph, Reference, local_eid
from ..sanction_table import COLUMNS as SANCTION_COLUMNS
from ..sanction_table import sanctions_for
from . import graphpage, search
from .changes import Change, changes_of
from .docpieces import DocPieces, DocumentShares
from .fragments import Fragments
from .fragments import to_json as json_from_fragments
from .markup import (
    MODALITY_WORDS,
    Mark,
    annotate,
    attr,
    code_digest,
    css_string,
    csv_cell,
    esc,
    href,
    json_script,
    md_link,
    page_url,
    slug,
    title,
)
from .markup import element_anchor as _anchor
from .pagecache import PageCache
from .rdfpieces import RdfPieces

STATIC = Path(__file__).resolve().parent / "static"
# At most this many entries on one level of the navigation: longer lists are nested into sections of
# ranges, so a page (which shows the visible branch only) stays small whatever the corpus size.
NAV_GROUP = 25
DEV_DOCS = Path(__file__).resolve().parent.parent / "docs"
FORMAT_EXT = {"json": "json", "turtle": "ttl", "ttl": "ttl", "jsonld": "jsonld", "json-ld": "jsonld",
              "graphml": "graphml", "ntriples": "nt", "nt": "nt", "nquads": "nq", "trig": "trig", "xml": "rdf",
              "rdfxml": "rdf", "csv": "csv", "gexf": "gexf"}


INFERRED_NOTE = "[paragraph number inferred]"
KIND_NOTE = {"reworded": "other words, same substance: both sides are English translations, possibly by different "
                         "translators, so the difference may be one of translation only"}
_PRONOUNS = frozenset({"it", "they", "them", "its", "their", "theirs", "itself", "themselves", "he", "she",
                       "his", "her", "who", "which", "such", "these", "those"})


def _comment_html(text: str) -> str:
    """A comment's text as HTML: its Markdown emphasis marks shown as emphasis (a bold label, a paragraph in
    italics), every other character as written."""
    m = re.fullmatch(r"([*_])(?![*_\s])(.*?)(?<![*_\s])\1", text, re.S)
    if m:  # wholly in italics: the box is italic already
        text = m.group(2)
    m = re.match(r"(\*\*|__)(?!\s)(.+?)(?<!\s)\1", text)
    if m:  # "**Comment:** ...": the label in bold
        return f"<strong>{esc(m.group(2))}</strong>{esc(text[m.end():])}"
    return esc(text)


def _deleted_html(a: Article) -> str:
    """A note above an article that the text prints as deleted ("[Deleted]", "(Repealed)": parse.patterns
    DELETED_PLACEHOLDER), so that its placeholder is not read as a provision in force; "" for any other."""
    from ..parse.patterns import DELETED_PLACEHOLDER

    if not DELETED_PLACEHOLDER.match(a.text):
        return ""
    return (f'<p class="regkb-deleted" role="note">{esc(a.label)} is printed as deleted: the text keeps its number, '
            "and its placeholder below is all it says.</p>")


def _iso(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value) if value is not None else ""


def short_name(kb: Any, doc: Document) -> str:
    """The name lawyers cite a document by: frontmatter ``short_title``, a registry short name, or one
    derived from a title of the form "<Kind> on the Administration of <Subject> of <Domain>"."""
    fm = doc.frontmatter or {}
    for key in ("short_title", "short_name"):
        if isinstance(fm.get(key), str) and fm[key].strip():
            return str(fm[key]).strip()
    for law in kb.laws:
        if law.title.lower() == doc.title.lower() and law.short_names:
            return str(law.short_names[0])
    m = re.match(r"^(?:Interim\s+|Administrative\s+)?(Provisions|Measures|Regulations|Rules)\s+(?:on|for)\s+"
                 r"(?:the\s+)?(?:Administration|Management|Governance|Regulation)\s+of\s+(.+?)"
                 r"(?:\s+(?:of|for|in)\s+.+)?$", doc.title.strip())
    if m:
        return f"{m.group(2)} {m.group(1)}"
    return doc.title


def document_number(doc: Document) -> str:
    """A document's number: from its frontmatter, else from "Document No." in its preamble, else ""."""
    fm = doc.frontmatter or {}
    for key in ("document_number", "document_no", "doc_number", "number"):
        if fm.get(key):
            return str(fm[key])
    m = re.search(r"Document\s+No\.?\s*:?\s*(.+?)(?<!No)(?:\.\s|\.$|$)", doc.preamble or "")
    return m.group(1).strip() if m else ""


class Site:
    """One generation run: the knowledge base, where pages go, and the helpers pages share."""

    def __init__(self, kb: Any, out: Path, cache: PageCache | None = None, fragments: Path | None = None) -> None:
        self.kb = kb
        self.out = out
        self.cache = cache  # pages of unchanged documents kept from the last run (regkb.site.pagecache)
        # where the downloads' fragments of the last run are kept (regkb.site.fragments): <fragments>.<format>-fragments.json
        self.fragments = fragments
        self._imports: dict[str, dict[str, Any] | None] = {}  # document id -> import_facts
        self.files: dict[str, int] = {}  # path -> bytes written (pages go to disk as they are made: regkb#16)
        self.regs: tuple[Document, ...] = tuple(kb.regulations)
        # regulations the parser could not divide into articles: shown whole, with a banner (never missing)
        self.unstructured: tuple[Document, ...] = tuple(d for d in kb.documents if d.id in kb.unstructured_ids)
        self.doc_slug = self._slugs((d.id for d in kb.documents), lambda i: i)
        self.actor_slug = self._slugs((a.id for a in kb.actors), lambda i: i.split("/", 1)[-1])
        self.law_slug = self._slugs((law.id for law in kb.laws), lambda i: i)
        self.def_anchor = self._slugs((d.id for d in kb.definitions), lambda i: "def-" + i.rsplit("/", 1)[-1])
        self.short = {d.id: short_name(kb, d) for d in kb.documents}
        self.changes: list[Change] = changes_of(kb)
        # a registry law whose text is in the corpus (frontmatter `law: <id>`): citations link to that text
        self.law_doc: dict[str, str] = {}
        for d in sorted(self.regs, key=lambda d: d.id):
            law_id = (d.frontmatter or {}).get("law")
            if isinstance(law_id, str) and law_id in self.law_slug:
                self.law_doc[law_id] = d.id
        self._duty_counts: dict[str, int] = {}  # actor id -> how many obligations (asked once per mention)
        self.sanction_rows: list[list[str]] = []  # every actor's penalties and powers (actors/all-sanctions.csv)
        self.authorities = authority_ids(kb.actors, kb.sanctions, kb.bodies)
        self.body_links = body_links(kb.actors, kb.bodies)

    @cached_property
    def shares(self) -> DocumentShares:
        """Each document's share of the model's lists, and their digests (for the pieces of :mod:`regkb.site.docpieces`)."""
        return DocumentShares(self.kb)

    @staticmethod
    def _slugs(ids: Iterable[str], base: Any) -> dict[str, str]:
        out: dict[str, str] = {}
        used: set[str] = set()
        for i in sorted(ids):
            s = slug(base(i))
            n, cand = 1, s
            while cand in used:
                n += 1
                cand = f"{s}-{n}"
            used.add(cand)
            out[i] = cand
        return out

    # --- paths ----------------------------------------------------------------------------

    def article_md(self, document: str, number: int) -> str:
        """The page path of an article of a document."""
        return f"provisions/{self.doc_slug.get(document, slug(document))}/art-{number}.md"

    def actor_md(self, actor_id: str) -> str:
        """The page path of an actor."""
        return f"actors/{self.actor_slug[actor_id]}.md"

    def law_md(self, law_id: str) -> str:
        """The page path of a law of the registry."""
        return f"laws/{self.law_slug[law_id]}.md"

    def source_md(self, document: str) -> str:
        """The page path of a document's source text."""
        return f"sources/{self.doc_slug[document]}.md"

    def provision_target(self, document: str, provision_eid: str) -> tuple[str, str] | None:
        """(page, anchor) of a provision eId of a corpus document, or None."""
        m = re.match(r"art_(\d+)", provision_eid or "")
        if not m:
            return None
        number = int(m.group(1))
        try:
            self.kb.article(number, document)
        except KeyError:
            return None
        return self.article_md(document, number), _anchor(provision_eid)

    def cite(self, document: str, provision_eid: str) -> str:
        """A citation such as "Short Name, Art. 5(2)(III)" for a provision eId."""
        short = self.short.get(document, document)
        m = re.match(r"art_(\d+)(?:__para_(\d+))?(?:__item_(\d+))?", provision_eid or "")
        if not m:
            return short
        out = f"{short}, Art. {m.group(1)}"
        inferred = False
        if m.group(2):
            out += f"({m.group(2)})"
            inferred = self.paragraph_inferred(document, int(m.group(1)), int(m.group(2)))
        if m.group(3):
            label = f"({m.group(3)})"
            try:
                obj = self.kb.get(f"{document}/{provision_eid}")
                if isinstance(obj, Item):
                    label = obj.label if obj.label.startswith("(") else f"({obj.label})"
            except KeyError:
                pass
            out += label
        return out + (f" {INFERRED_NOTE}" if inferred else "")

    def paragraph_inferred(self, document: str, article: int, number: int) -> bool:
        """Whether a paragraph's number rests on a break the source does not print (the parser found
        it after an item list or from a "preceding paragraph" reference): then the official
        numbering may differ, and every pinpoint to it says so."""
        try:
            a = self.kb.article(article, document)
        except KeyError:
            return False
        return any(p.break_basis != "layout" for p in a.paragraphs[1:number])

    def put(self, path: str, content: str | bytes) -> None:
        """Add a generated file at ``path``; two files at one path raise ``ValueError``."""
        if path in self.files:
            raise ValueError(f"two generated pages would share the path {path}")
        dest = self.out / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str) and len(content) > _CHUNK:  # a download: never a second copy as bytes
            self.files[path] = _put_text(dest, content)
            return
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        with contextlib.suppress(OSError):  # a docs directory kept from the last build: an unchanged file keeps
            if dest.stat().st_size == len(data) and dest.read_bytes() == data:  # its bytes and time (regkb#16)
                self.files[path] = len(data)
                return
        dest.write_bytes(data)  # written now, not held: memory stays bounded whatever the corpus size
        self.files[path] = len(data)

    def page(self, path: str, page_title: str, body: str, description: str = "", jsonld: str = "",
             wide: bool = False) -> None:
        """Write a Markdown page with its title, metadata and body."""
        meta: dict[str, Any] = {"title": title(page_title)}
        if wide:
            meta["hide"] = ["navigation", "toc"]
        if jsonld:
            meta["jsonld"] = jsonld
        if description:
            meta["description"] = title(description[:300])
        front = "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n\n"
        self.put(path, front + body.rstrip() + "\n")

    # --- annotations of corpus text -------------------------------------------------------

    @cached_property
    def _spans(self) -> dict[tuple[str, str], tuple[list[int], list[tuple[int, int, Any]]]]:
        """(kind, document) -> starts and (start, corpus order, object) sorted: term uses, references and
        actor mentions found by position, not by scanning the corpus for every paragraph (regkb#16)."""
        found: dict[tuple[str, str], list[tuple[int, int, Any]]] = defaultdict(list)
        for n, u in enumerate(self.kb.term_uses):
            found["term", u.document].append((u.span.start, n, u))
        for n, r in enumerate(self.kb.references):
            found["ref", r.document].append((r.span.start, n, r))
        n = 0
        for actor in self.kb.actors:
            for mention in actor.mentions:
                found["actor", mention.document].append((mention.span.start, n, (actor, mention)))
                n += 1
        out = {}
        for key, entries in found.items():
            entries.sort()  # (start, corpus order) never repeats, so the objects are never compared
            out[key] = ([e[0] for e in entries], entries)
        return out

    def _within(self, kind: str, document: str, start: int, end: int) -> list[Any]:
        """The objects of ``kind`` in ``document`` whose span starts in [start, end], in corpus order."""
        starts, entries = self._spans.get((kind, document), ([], []))
        hits = entries[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]
        return [e[2] for e in sorted(hits, key=lambda e: e[1])]

    def marks_for(self, from_md: str, document: str, start: int, end: int) -> list[Mark]:
        """The links to add to a stretch ``[start, end)`` of a document's source: defined terms, actors, citations."""
        marks = []
        for u in self._within("term", document, start, end):
            if u.document == document and start <= u.span.start and u.span.end <= end:
                d = self.kb.get(u.definition)
                marks.append(Mark(u.span.start, u.span.end, u.text,
                                  href(from_md, "definitions.md", self.def_anchor[d.id]),
                                  "", "regkb-term", popover=(self.term_heading(d.term, d.scope), d.definition)))
        for r in self._within("ref", document, start, end):
            if r.document == document and start <= r.span.start and r.span.end <= end:
                link = self.reference_href(from_md, r)
                if link:
                    kind = "regkb-ref" if r.kind == "internal" else "regkb-law"
                    marks.append(Mark(r.span.start, r.span.end, r.text, link[0], link[1], kind,
                                      self.reference_parts(from_md, r)))
        linked = [(m.start, m.end) for m in marks]
        for actor, mention in self._within("actor", document, start, end):
            s0, s1 = mention.span.start, mention.span.end
            if (mention.document == document and start <= s0 and s1 <= end
                    and len(mention.text) > 5 and mention.text.lower() not in _PRONOUNS
                    and not any(a < s1 and s0 < b for a, b in linked)):  # a defined term's tooltip wins
                n = self.duty_count(actor)
                marks.append(Mark(mention.span.start, mention.span.end, mention.text,
                                  href(from_md, self.actor_md(actor.id)),
                                  f"Actor: {actor.label} ({n} {'entry' if n == 1 else 'entries'} in its checklist)", "regkb-actor",
                                  rank=2))
        return marks

    def reference_parts(self, from_md: str, r: Reference) -> tuple[tuple[int, int, str, str], ...]:
        """One link per target article when a reference names several ("Articles 4 and 5")."""
        if len(r.targets) < 2:
            return ()
        parts = []
        cursor = 0
        for t in r.targets:
            if t.article is None or not t.document:
                return ()
            m = re.compile(rf"(?<!\d){t.article}(?!\d)").search(r.text, cursor)
            target = self.provision_target(t.document, (t.provision or "").split("/", 1)[-1] or f"art_{t.article}")
            if m is None or target is None:
                return ()
            parts.append((m.start(), m.end(), href(from_md, target[0], target[1]),
                          self.cite(t.document, target[1])))
            cursor = m.end()
        return tuple(parts)

    def reference_href(self, from_md: str, r: Reference) -> tuple[str, str] | None:
        """The (page, anchor) a citation links to, from page ``from_md``, or None where it leads nowhere on the site."""
        t = r.target
        if t is None:
            return None
        text_doc = t.document if t.document in self.doc_slug else self.law_doc.get(t.law or "")
        if t.law and text_doc and text_doc in self.law_doc.values():  # the cited law's own text is here
            if t.article is not None:
                eid = (t.provision or "").split("/", 1)[-1] or f"art_{t.article}"
                target = self.provision_target(text_doc, eid) or self.provision_target(text_doc, f"art_{t.article}")
                if target:
                    return href(from_md, target[0], target[1]), self.cite(text_doc, target[1])
            return href(from_md, self.whole_md(text_doc)), f"{self.kb.law(t.law).title} (its text in this corpus)"
        if t.law and t.law in self.law_slug:
            law = self.kb.law(t.law)
            return href(from_md, self.law_md(t.law)), law.title
        if t.document and t.article is not None:
            eid = (t.provision or "").split("/", 1)[-1] or f"art_{t.article}"
            target = self.provision_target(t.document, eid) or self.provision_target(t.document, f"art_{t.article}")
            if target:
                return href(from_md, target[0], target[1]), self.cite(t.document, eid)
        return None

    # --- pages ------------------------------------------------------------------------------

    def build(self) -> list[Any]:
        """Write every page; returns the site's navigation."""
        nav: list[Any] = [{"Home": "index.md"}]
        self.home()
        nav.append({"The provisions": self.provisions()})
        self.definitions()
        nav.append({"Definitions": "definitions.md"})
        nav.append({"Actors": self.actors()})
        nav.append({"Draft vs final": self.comparison()})
        nav.append({"Laws": self.laws()})
        self.graph()
        nav.append({"Graph": "graph/index.md"})
        nav.append({"For developers": self.developers()})
        search.write(self)  # the site's own search: its page and its index (regkb.site.search)
        nav.append({"Search": search.SEARCH_MD})
        return nav

    def home(self) -> None:
        """Write the home page."""
        kb = self.kb
        lines: list[str] = []
        own = [d for d in self.regs if not (d.frontmatter or {}).get("law")]  # not the texts of cited laws
        main = own[0] if len(own) == 1 else None
        if main is not None:
            fm = main.frontmatter or {}
            lines.append(f"# {esc(main.title)} {{#top}}\n")
            if fm.get("title_zh"):
                lines.append(f'<p class="regkb-zh" lang="zh">{esc(str(fm["title_zh"]))}</p>\n')
            rows = [("Cited as", self.short[main.id]),
                    ("Issued by", self.bodies_of(main)),
                    ("Document number", document_number(main)),
                    ("Adopted", _iso(fm.get("adopted_date") or fm.get("adopted"))),
                    ("Promulgated", _iso(fm.get("promulgated_date"))),
                    ("Effective", _iso(fm.get("effective_date") or fm.get("effective"))),
                    ("Status", main.status or "")]
            lines.append('<table><tbody>')
            for k, v in rows:
                if v:
                    lines.append(f"<tr><th>{esc(k)}</th>\n<td>{esc(v)}</td></tr>")
            lines.append("</tbody></table>\n")
            if fm.get("summary"):
                lines.append(f'<p class="regkb-summary">{esc(str(fm["summary"]))}</p>\n')
        else:
            lines.append("# Regulations {#top}\n")
        if len(self.regs) > 1 or self.unstructured:  # a text kept whole is always listed, with its link
            lines.append("## Documents in this corpus {#documents}\n")
            lines.append('<table class="regkb-documents"><thead><tr><th>Document</th><th>Cited as</th><th>Status</th>'
                         "<th>Articles</th><th>Read</th></tr></thead><tbody>")
            for d in self.regs:
                facts = self.status_facts(d)
                arts = self.kb.articles_of(d.id)
                role = " (text of a cited law)" if (d.frontmatter or {}).get("law") else ""
                lines.append(f'<tr><td>{esc(d.title)}{esc(role)}</td><td>{esc(self.short[d.id])}</td>'
                             f"<td>{esc(facts['state'])}</td><td>{len(arts)}</td>"
                             f'<td><a href="{href("index.md", self.contents_md(d.id))}">'
                             f'contents</a> · <a href="{href("index.md", self.whole_md(d.id))}">whole text</a></td></tr>')
            for d in self.unstructured:  # kept whole: the parser found no articles in it
                lines.append(f'<tr><td>{esc(d.title)}</td><td>{esc(self.short[d.id])}</td>'
                             f"<td>{esc(self.status_facts(d)['state'])}</td><td>not divided into articles</td>"
                             f'<td><a href="{href("index.md", self.whole_md(d.id))}">whole text</a></td></tr>')
            lines.append("</tbody></table>\n")
        counts = [("articles", len(kb.articles), "provisions/index.md"),
                  ("definitions", len(kb.definitions), "definitions.md"),
                  ("obligations", len(kb.obligations), "actors/index.md"),
                  ("actors", len(kb.actors), "actors/index.md"),
                  ("cited laws", len({t.law for r in kb.references for t in r.targets if t.law}), "laws/index.md")]
        lines.append("## At a glance {#counts}\n")
        lines.append('<div class="regkb-counts">')
        for label, n, target in counts:
            lines.append(f'<a class="regkb-count" href="{href("index.md", target)}"><span class="regkb-n" '
                         f'data-count="{esc(label)}">{n}</span> {esc(label)}</a>')
        lines.append("</div>\n")
        lines.append("## Where to start {#start}\n")
        lines.append(f"- **[Read the provisions]({md_link('index.md', 'provisions/index.md')})**, chapter by "
                     "chapter; every article has a permanent link and a *copy citation* button.")
        lines.append(f"- **[Who must do what]({md_link('index.md', 'actors/index.md')})**: one checklist per "
                     "actor, with a CSV download.")
        lines.append(f"- **[Definitions]({md_link('index.md', 'definitions.md')})**: hover a dotted term in "
                     "the text to see its definition.")
        lines.append(f"- **[Draft vs final]({md_link('index.md', 'changes.md')})**: what changed since the "
                     "draft, as far as the sources tell.")
        lines.append(f"- **[Cited laws]({md_link('index.md', 'laws/index.md')})** and the "
                     f"**[graph]({md_link('index.md', 'graph/index.md')})** of actors, duties, articles and laws.")
        lines.append("- Use the search box (top right) for any word of the text or of a definition.\n")
        lines.extend(self.versions_html())
        lines.append("## About the sources {#sources}\n")
        lines.append('<div class="admonition warning regkb-sources"><p class="admonition-title">Read this '
                     "before you quote</p><ul>")
        for d in kb.documents:
            fm = d.frontmatter or {}
            if d.kind == "regulation":
                lang = str(fm.get("language") or "en")
                note = (f"<strong>{esc(d.title)}</strong>: an unofficial English translation"
                        if lang.startswith("en") else f"<strong>{esc(d.title)}</strong>")
                note += "; only the text published by the issuing bodies is authentic."
                if fm.get("url"):
                    note += f" Translation source: <code>{esc(str(fm['url']))}</code>."
            else:
                who = f" by {esc(str(fm['author']))}" if fm.get("author") else ""
                about = fm.get("comments_on")
                note = f"<strong>{esc(d.title)}</strong>: a {esc(d.kind)}{who}"
                if about:
                    note += (f" on <code>{esc(str(about))}</code>. That text is not in the corpus: what this "
                             "site says about it comes from this commentary only. Words the commentary quotes "
                             "are shown as quotes; its paraphrases are marked as paraphrase, never as the "
                             "text itself.")
                else:
                    note += "."
            lines.append(f"<li>{note}</li>")
        lines.append("<li>Obligations, actors and references are extracted by a program from the text; "
                     "each links back to the provision it comes from, which is what to rely on.</li>")
        lines.append("</ul></div>")
        self.page("index.md", "Home", "\n".join(lines),
                  description=main.title if main is not None else "Regulations")

    def versions_html(self) -> list[str]:
        """Versions known only from a commentary, and facts whose source lies outside the corpus."""
        described = tuple(getattr(self.kb, "described_documents", ()) or ())
        facts = [f for f in getattr(self.kb, "external_facts", ()) or () if getattr(f, "external", False)]
        out: list[str] = []
        if described:
            out.append("## Earlier versions {#versions}\n")
            out.append("<ul>")
            for d in described:
                fm = d.frontmatter or {}
                bits = [f"status: {d.status}" if d.status else ""]
                for key, label in (("issuing_body", "issued by"), ("released_date", "released"),
                                   ("comment_deadline", "comments until")):
                    if fm.get(key):
                        bits.append(f"{label} {_iso(fm[key])}")
                out.append(f"<li><strong>{esc(d.title)}</strong> ({esc('; '.join(b for b in bits if b))}). Its text is "
                           "not in the corpus: it is known only from what a commentary quotes and paraphrases "
                           f'(see <a href="{href("index.md", "changes.md")}">Draft vs final</a>).</li>')
            out.append("</ul>\n")
        if facts:
            out.append('<div class="admonition info regkb-external"><p class="admonition-title">Facts from outside '
                       "the corpus (with their sources)</p><ul>")
            for f in facts:
                doc = next((d.title for d in (*self.kb.documents, *described) if d.id == f.document), f.document)
                out.append(f"<li>{esc(doc)} — {esc(str(f.key).replace('_', ' '))}: {esc(str(f.value))} "
                           f'<span class="regkb-fact-source">(source: {esc(str(f.source))})</span></li>')
            out.append("</ul></div>\n")
        return out

    def bodies_of(self, doc: Document) -> str:
        """The HTML of a document's issuing bodies, linked where the registry knows them."""
        raw = (doc.frontmatter or {}).get("issuing_body") or (doc.frontmatter or {}).get("issuing_bodies") or ""
        names = [p.strip() for p in (raw if isinstance(raw, list) else str(raw).split(",")) if str(p).strip()]
        out = []
        for n in names:
            body = next((b for b in self.kb.bodies if n in b.abbreviations or n.lower() == b.name.lower()), None)
            out.append(f"{body.name} ({n})" if body and n != body.name else (body.name if body else n))
        return "; ".join(out)

    # --- status of a text: banner on screen, running header and footer in print ------------------

    def status_facts(self, doc: Document) -> dict[str, str]:
        """What a reader must know before quoting a provision of ``doc``, from its frontmatter only."""
        fm = doc.frontmatter or {}
        effective = _iso(fm.get("effective_date") or fm.get("effective"))
        status = (doc.status or "").strip()
        in_force = status.lower() in ("effective", "in-force", "in force", "current")
        if in_force and effective:
            state = f"In force since {effective}"
        elif status:
            state = f"Status: {status}" + (f" (effective date {effective})" if effective else "")
        else:
            state = "Status: not stated in the source" + (f" (effective date {effective})" if effective else "")
        lang = str(fm.get("language") or "en")
        translation = ("Unofficial English translation: only the text published by the issuing bodies is authentic"
                       if lang.startswith("en") and not fm.get("official_translation") else
                       "Only the text published by the issuing bodies is authentic")
        as_of = ""
        for key, label in (("text_as_of", "Text as of"), ("amended_date", "Text as amended"),
                           ("promulgated_date", "Text as promulgated"), ("adopted_date", "Text as adopted")):
            if fm.get(key):
                as_of = f"{label} {_iso(fm[key])}"
                break
        return {"state": state, "translation": translation, "as_of": as_of or "Text version: not stated in the source",
                "source": str(fm.get("url") or fm.get("source_url") or fm.get("source") or ""),
                "title": self.short.get(doc.id, doc.title),
                "short_state": state if in_force else (status or "status not stated")}

    def status_html(self, doc: Document) -> str:
        """The HTML of a document's status: dates, force, issuer and source, as the texts state them."""
        f = self.status_facts(doc)
        src = esc(f["source"]) if f["source"] else "not stated"
        if re.match(r"https?://[^\s\"'<>]+$", f["source"]):  # a link only to a web address, never a script
            src = f'<a href="{attr(f["source"])}" rel="noopener noreferrer">{src}</a>'

        return (f'<div class="regkb-status" role="note" aria-label="Status of this text" data-search-exclude>'
                f'<span class="regkb-status-state">{esc(f["state"])}</span>'
                f'<span class="regkb-status-lang">{esc(f["translation"])}</span>'
                f'<span class="regkb-status-asof">{esc(f["as_of"])}</span>'
                f'<span class="regkb-status-source">Source: {src}</span></div>')

    def import_facts(self, doc: Document) -> dict[str, Any] | None:
        """What `regkb add` recorded when it made ``doc`` from a PDF, web page or Word file: the original files,
        the converter, each line it left out of the text (page furniture, footnotes) and its notes (words joined
        at hyphens, numbers rendered). None for a document written or copied into the corpus. Read once per
        document and run: the page key and the page both ask."""
        if doc.id not in self._imports:
            self._imports[doc.id] = self._read_import(doc)
        return self._imports[doc.id]

    def _read_import(self, doc: Document) -> dict[str, Any] | None:
        if not getattr(self.kb, "corpus_dir", ""):
            return None
        m = manifest_for(Path(self.kb.corpus_dir), doc.frontmatter or {})
        if m is None:
            return None
        files = [(str(f.get("file", "")), str(f.get("sha256", ""))) for f in m.get("files") or [] if isinstance(f, dict)]
        left = [(str(x.get("page") or ""), str(x.get("text", "")), str(x.get("reason", "")))
                for x in m.get("left_out") or [] if isinstance(x, dict)]
        return {"files": files, "converter": str(m.get("converter") or ""), "left_out": left,
                "notes": [str(n) for n in m.get("notes") or []]}

    def import_html(self, doc: Document) -> str:
        """A closed box under a document's status saying how its text was imported and listing, in full,
        every line the import left out of it, so that a reader sees what is not in the text and why."""
        facts = self.import_facts(doc)
        if facts is None:
            return ""
        kinds: dict[str, int] = defaultdict(int)
        for _page, _text, reason in facts["left_out"]:
            kinds[re.split(r" \(| after ", reason, maxsplit=1)[0]] += 1
        what = ", ".join(f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in sorted(kinds.items()))
        names = ", ".join(name for name, _sha in facts["files"]) or "the original file"
        summary = (f"Imported from {names}" + (f" by {facts['converter']}" if facts["converter"] else "")
                   + (f"; left out of the text: {what}" if facts["left_out"] else "; nothing left out of the text"))
        out = [f'<details class="regkb-import" data-search-exclude><summary>{esc(summary)}</summary>',
               "<p>The text on this site is what <code>regkb add</code> read from the original file(s), kept in "
               "the corpus beside it. The lines below were in the original but are not in the text: the import "
               "took them for page furniture or notes, not law. Check them against the original.</p>"]
        if facts["files"]:
            out.append("<ul>" + "".join(f"<li>{esc(name)} <small>SHA-256 {esc(sha)}</small></li>"
                                        for name, sha in facts["files"]) + "</ul>")
        if facts["left_out"]:
            out.append('<table><thead><tr><th>page</th><th>left out</th><th>why</th></tr></thead><tbody>')
            out.extend(f"<tr><td>{esc(page)}</td><td>{esc(text)}</td><td>{esc(reason)}</td></tr>"
                       for page, text, reason in facts["left_out"])
            out.append("</tbody></table>")
        if facts["notes"]:
            out.append("<p>Notes of the import:</p><ul>" + "".join(f"<li>{esc(n)}</li>" for n in facts["notes"])
                       + "</ul>")
        out.append("</details>")
        return "".join(out)

    def print_style(self, doc: Document, where: str) -> str:
        """Running header and footer of every printed page (CSS page margin boxes)."""
        f = self.status_facts(doc)
        head = css_string(f"{f['title']} — {where}")
        state = css_string(f"{f['short_state']}; {f['as_of']}")
        caveat = css_string("Unofficial translation — check the authentic text"
                            if "Unofficial" in f["translation"] else "Check the authentic text")
        return ('<style media="print" class="regkb-print-style">@page { '
                f"@top-left {{ content: {head}; }} @top-right {{ content: {state}; }} "
                f"@bottom-left {{ content: {caveat}; }} "
                '@bottom-right { content: "Page " counter(page) " of " counter(pages); } }</style>')

    # --- provisions --------------------------------------------------------------------------

    def contents_md(self, document: str) -> str:
        """The page that lists a document's chapters and articles: the provisions index when the corpus holds one
        regulation; else the document's own contents page, so that the index of a large corpus lists documents,
        not every article, and an edit to one document changes only its own list (regkb#16)."""
        if len(self.regs) <= 1:
            return "provisions/index.md"
        return f"provisions/{self.doc_slug.get(document, slug(document))}/index.md"

    def provisions(self) -> list[Any]:
        """Write the pages of every document's provisions and their index; returns their navigation entries."""
        kb = self.kb
        nav: list[Any] = ["provisions/index.md"]
        single = len(self.regs) <= 1
        lines = ["# The provisions {#top}\n"]
        if not single:
            lines.append(f'<p class="regkb-hint">{len(self.regs)} documents. Open a document\'s contents for its '
                         "chapters and articles, or read its whole text on one page.</p>\n")
            lines.append('<table class="regkb-documents"><thead><tr><th>Document</th><th>Cited as</th>'
                         "<th>Articles</th><th>Read</th></tr></thead><tbody>")
        for doc in self.regs:
            arts = kb.articles_of(doc.id)
            self.document_pages(doc, arts)
            md = self.contents_md(doc.id)
            doc_nav: list[Any] = [] if single else [md]
            body: list[str] = []
            if single:
                body.append(f"## {esc(doc.title)} {{#{_anchor('doc-' + self.doc_slug[doc.id])}}}\n")
            else:
                body.append(f"# {esc(doc.title)} {{#top}}\n")
                role = " (text of a cited law)" if (doc.frontmatter or {}).get("law") else ""
                lines.append(f'<tr id="{_anchor("doc-" + self.doc_slug[doc.id])}"><td>{esc(doc.title)}{esc(role)}</td>'
                             f"<td>{esc(self.short[doc.id])}</td><td>{len(arts)}</td>"
                             f'<td><a href="{href("provisions/index.md", md)}">contents</a> · '
                             f'<a href="{href("provisions/index.md", self.whole_md(doc.id))}">whole text</a></td></tr>')
            if doc.preamble:
                body.append(f'<p class="regkb-preamble">{esc(doc.preamble)}</p>\n')
            chapters = self._has_chapters.get(doc.id, False)
            groups: list[tuple[Any, list[Article]]] = []
            for a in arts:
                ch = kb.chapter_of(a)
                if groups and groups[-1][0] is ch:
                    groups[-1][1].append(a)
                else:
                    groups.append((ch, [a]))
            doc_nav.append({"Whole text": self.whole_md(doc.id)})
            body.append(f"[The whole text on one page (to read or print)]({md_link(md, self.whole_md(doc.id))})\n")
            level = "###" if single else "##"
            for ch, members in groups:
                entries = [{title(a.label + (f" {a.title}" if a.title else "")): self.article_md(doc.id, a.number)}
                           for a in members]
                if ch is not None:
                    body.append(f"{level} {esc(ch.label)} {esc(ch.title)} {{#{_anchor(ch.eid)}}}\n")
                    doc_nav.append({title(f"{ch.label} {ch.title}"): entries})
                else:
                    doc_nav.extend(entries)
                for a in members:
                    first = a.paragraphs[0].text if a.paragraphs else a.text
                    words = first.split()
                    gist = " ".join(words[:18]) + (" …" if len(words) > 18 else "")
                    body.append(f"- [{esc(a.label)}]({md_link(md, self.article_md(doc.id, a.number))}) — {esc(gist)}")
                body.append("")
            if not chapters:
                body.append("")
            if single:
                lines.extend(body)
                nav.extend(doc_nav)
            else:
                self.page(md, f"{doc.title} – contents", "\n".join(body), description=doc.title)
                nav.append({title(self.short[doc.id]): doc_nav})
        if not single:
            lines.append("</tbody></table>\n")
        for doc in self.unstructured:
            lines.append(f"## {esc(doc.title)} {{#{_anchor('doc-' + self.doc_slug[doc.id])}}}\n")
            lines.append(self.unstructured_banner(doc) + "\n")
            lines.append(f"[The text as it stands in the source]"
                         f"({md_link('provisions/index.md', self.whole_md(doc.id))})\n")
            self.unstructured_page(doc)
            nav.append({title(self.short[doc.id]): self.whole_md(doc.id)})
        self.page("provisions/index.md", "The provisions", "\n".join(lines))
        return nav[:1] + nav_groups(nav[1:], "Regulations")

    def unstructured_banner(self, doc: Document) -> str:
        """The plain banner of a regulation the parser could not divide into articles: why, and what it means."""
        why = next((d.message.split(";")[0] for d in self.kb.diagnostics
                    if d.file == doc.path and d.severity in ("error", "warning")
                    and d.code in ("no-articles", "empty-body", "duplicate-article", "duplicate-chapter",
                                   "duplicate-section")), "no article heading was recognised")
        return ('<div class="admonition warning regkb-unstructured-banner" role="note">'
                '<p class="admonition-title">Not divided into articles</p>'
                f"<p>regkb could not divide this text into articles ({esc(why)}). It is shown whole, exactly as "
                "it stands in the source; no duties, definitions or references were read from it, so it is missing "
                "from the actors' checklists, the glossary and the graph's links. <code>regkb check</code> says "
                "what to fix.</p></div>")

    def unstructured_page(self, doc: Document) -> None:
        """The whole text of a regulation kept undivided, paragraph by paragraph as printed, under its banner."""
        md = self.whole_md(doc.id)
        out = [f"# {esc(doc.title)} {{#top}}\n",
               self.status_html(doc) + self.import_html(doc) + self.print_style(doc, "whole text") + "\n",
               self.unstructured_banner(doc) + "\n"]
        for b in (b for b in self.kb.blocks if b.document == doc.id):
            out.append(f'<div class="regkb-unstructured" id="{_anchor(b.eid)}" data-document="{attr(doc.id)}">')
            for chunk in re.split(r"\n[ \t]*\n", b.text):
                if chunk.strip():
                    out.append("<p>" + "<br>".join(esc(ln) for ln in chunk.split("\n")) + "</p>")
            out.append("</div>\n")
        self.page(md, f"{doc.title} – whole text", "\n".join(out), description=doc.title)

    def document_pages(self, doc: Document, arts: tuple[Article, ...]) -> None:
        """Write a document's article pages and its whole text, or keep those of the last run when nothing they
        are made of changed (regkb.site.pagecache)."""
        key = self.doc_key(doc, arts) if self.cache is not None else ""
        if self.cache is not None:
            kept = self.cache.fresh(doc.id, key)
            if kept is not None:
                for path, size in kept:
                    if path in self.files:
                        raise ValueError(f"two generated pages would share the path {path}")
                    self.files[path] = size
                return
        before = len(self.files)
        for a in arts:
            self.article_page(doc, a)
        self.whole_text(doc, arts)
        if self.cache is not None:
            self.cache.record(doc.id, key, list(self.files)[before:])

    def doc_key(self, doc: Document, arts: tuple[Article, ...]) -> str:
        """A hash of everything the pages of ``doc`` (its articles and its whole text) are made of: the document
        and its parsed text, the terms, citations and actor mentions found in it with what each links to and
        says (a defined term's definition, a cited provision's page and citation, an actor's page, label and
        number of duties), its articles' obligations and sanctions with their bearers, the provisions that cite
        them, the changes since the draft that touch them, and the code that writes pages. Links are computed
        from the whole-text page: every page of a document is in one directory, so a relative link is the same
        from each of them."""
        kb = self.kb
        md = self.whole_md(doc.id)
        h = hashlib.sha256()

        def add(*parts: Any) -> None:
            h.update(repr(parts).encode("utf-8", "surrogatepass"))
            h.update(b"\n")

        add(doc, self.doc_slug[doc.id], self.short[doc.id], self.bodies_of(doc), document_number(doc), len(arts),
            self.contents_md(doc.id))
        add("import", self.import_facts(doc))
        add("apart", self._apart(doc.id, "part-text"), self._apart(doc.id, "repeated-article"),
            self._apart(doc.id, "annex"), self._comments.get((doc.id, ""), ()))
        for a in arts:
            add(a, kb.chapter_of(a), self._comments.get((doc.id, a.eid), ()))
        for u in self._within("term", doc.id, 0, 1 << 62):
            d = kb.get(u.definition)
            add("term", u, d.id, d.term, d.definition, d.scope, self.def_anchor[d.id])
        for r in self._within("ref", doc.id, 0, 1 << 62):
            link = self.reference_href(md, r)
            add("ref", r, link, self.reference_parts(md, r) if link else ())
        for actor, mention in self._within("actor", doc.id, 0, 1 << 62):
            add("actor", mention, actor.id, actor.label, self.actor_slug[actor.id], self.duty_count(actor))
        info = self._actor_info
        # an article's duties and sanctions are the document's, by article (kb.obligations_of/sanctions_of with
        # article and document filter the same pools); their citations are of this document (in the key already)
        for o in kb.obligations_of(document=doc.id):
            add("duty", o, [info.get(i) for i in o.actors])
        for x in self._sanctions_by_doc.get(doc.id, ()):
            add("sanction", x, [info.get(i) for i in x.violators], [info.get(i) for i in x.authorities])
        for a in arts:
            add("cited-by", self.cited_by_html(md, doc, a), self.article_changes_html(md, doc, a))
        return h.hexdigest()

    @cached_property
    def _comments(self) -> dict[tuple[str, str], list[Any]]:
        """The editor's comments that follow each article (blocks of kind ``comment``: parse.structure) and the
        text's footnotes whose mark stands in it (kind ``note``), by (document, article eId); the footnotes whose mark
        stands outside any article under (document, "")."""
        out: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for b in self.kb.blocks:
            if b.kind == "comment":
                out[(b.document, b.eid.split("__", 1)[0])].append(b)
            elif b.kind in ("note", "parallel"):
                out[(b.document, b.eid.split("__", 1)[0] if "__" in b.eid else "")].append(b)
        return out

    def comments_html(self, doc: Document, a: Article | None) -> str:
        """The editor's comments and the text's footnotes after an article (``a`` None: the footnotes whose mark
        stands outside the articles), and the parallel text beside it, marked as such: never shown as the law's words."""
        return self.asides_html(doc.id, a.eid if a is not None else "")

    def asides_html(self, document: str, owner: str) -> str:
        """The blocks kept beside a provision (``owner``: an article's or a chapter's eId, "" for none): the editor's
        comments, the text's footnotes and the parallel text of a bilingual edition, each marked as what it is."""
        parts = []
        for b in self._comments.get((document, owner), ()):
            if b.kind == "parallel":
                paras = "".join(f"<p>{esc(t)}</p>" for t in b.text.split("\n\n") if t.strip())
                parts.append(f'<aside class="regkb-comment regkb-parallel" id="{_anchor(b.eid)}" lang="zh" '
                             'role="note" aria-label="Parallel text in the other language of this edition" '
                             'data-search-exclude><p class="regkb-label" lang="en">Parallel text (the other language '
                             f'of this bilingual edition) — kept as printed, not read by regkb</p>{paras}</aside>')
                continue
            if b.kind == "note":
                parts.append(f'<aside class="regkb-comment regkb-note" id="{_anchor(b.eid)}" role="note" '
                             f'aria-label="Note of the text, not part of the law" data-search-exclude>'
                             '<p class="regkb-label">Note (a footnote of the text) — not part of the law</p>'
                             f'<p>{_comment_html(b.text)}</p></aside>')
                continue
            parts.append(f'<aside class="regkb-comment" id="{_anchor(b.eid)}" role="note" '
                         f'aria-label="Editor\'s comment, not part of the law" data-search-exclude>'
                         '<p class="regkb-label">Editor\'s comment — not part of the law</p>'
                         f'<p>{_comment_html(b.text)}</p></aside>')
        return "\n".join(parts)

    def _apart(self, document: str, kind: str) -> dict[str, list[Any]]:
        """A regulation's blocks of ``kind`` (``part-text``, ``repeated-article``: parse.structure) by the eId of the
        chapter, section or article they belong to (their eId before ``__text`` / ``__repeat_K``)."""
        out: dict[str, list[Any]] = defaultdict(list)
        for b in self.kb.blocks:
            if b.document == document and b.kind == kind:
                out[b.eid.rsplit("__", 1)[0]].append(b)
        return out

    def apart_html(self, b: Any) -> str:
        """Law the parser kept outside the articles, shown as such: a chapter's own text, or an article whose
        number repeats (kept verbatim, not read for duties)."""
        paras = "".join(f"<p>{_comment_html(t)}</p>" for t in b.text.split("\n\n") if t.strip())
        if b.kind == "repeated-article":
            label = ("Repeated article number — the text numbers two articles alike; this one is kept apart, "
                     "verbatim, and not read for duties (see regkb check)")
            return (f'<aside class="regkb-repeated" id="{_anchor(b.eid)}" role="note">'
                    f'<p class="regkb-label">{esc(label)}</p>{paras}</aside>\n')
        if b.kind == "annex":
            label = "Annex after the articles — kept as printed, not read for duties (see regkb check)"
            return (f'<div class="regkb-part-text" id="{_anchor(b.eid)}" data-document="{attr(b.document)}">'
                    f'<p class="regkb-label">{esc(label)}</p>{paras}</div>\n')
        label = "Text outside any article — kept as printed, not read for duties (see regkb check)"
        return (f'<div class="regkb-part-text" id="{_anchor(b.eid)}" data-document="{attr(b.document)}">'
                f'<p class="regkb-label">{esc(label)}</p>{paras}</div>\n')

    @cached_property
    def _has_chapters(self) -> dict[str, bool]:
        """Document id -> True if it has chapters (found once, not per document: regkb#16)."""
        return {c.document: True for c in self.kb.chapters}

    @cached_property
    def _actor_info(self) -> dict[str, tuple[str, str]]:
        return {a.id: (a.label, self.actor_slug[a.id]) for a in self.kb.actors}

    @cached_property
    def _sanctions_by_doc(self) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = defaultdict(list)
        for x in self.kb.sanctions:
            out[x.document].append(x)
        return out

    def duty_count(self, actor: Actor) -> int:
        """How many obligations an actor bears (asked once per actor)."""
        n = self._duty_counts.get(actor.id)
        if n is None:
            n = self._duty_counts[actor.id] = len(self.kb.obligations_of(actor=actor))
        return n

    def whole_md(self, document: str) -> str:
        """The page path of a document's whole text on one page."""
        return f"provisions/{self.doc_slug.get(document, slug(document))}/all.md"

    def whole_text(self, doc: Document, arts: tuple[Article, ...]) -> str:
        """One page with every article of ``doc``, chapter by chapter (to read through or print)."""
        md = self.whole_md(doc.id)
        fm = doc.frontmatter or {}
        out = [f"# {esc(doc.title)} {{#top}}\n"]
        if fm.get("title_zh"):
            out.append(f'<p class="regkb-zh" lang="zh">{esc(str(fm["title_zh"]))}</p>\n')
        out.append(self.status_html(doc) + self.import_html(doc) + self.print_style(doc, "whole text") + "\n")
        if doc.preamble:
            out.append(f'<p class="regkb-preamble">{esc(doc.preamble)}</p>\n')
        if (notes := self.comments_html(doc, None)):  # footnotes whose mark stands in the title or the preamble
            out.append(notes + "\n")
        current = None
        parts = self._apart(doc.id, "part-text")  # law between a chapter or section heading and its first article
        part_key = None
        for a in arts:
            ch = self.kb.chapter_of(a)
            if ch is not None and ch is not current:
                out.append(f"## {esc(ch.label)} {esc(ch.title)} {{#{_anchor(ch.eid)}}}\n")
                if (twin := self.asides_html(doc.id, ch.eid)):  # a bilingual edition's chapter heading
                    out.append(twin + "\n")
                out.extend(self.apart_html(b) for b in parts.pop(ch.eid, ()))
                current = ch
            key = (f"chp_{a.chapter}__" if a.chapter is not None else "") + f"sec_{a.section}"
            if a.section is not None and key != part_key:
                out.extend(self.apart_html(b) for b in parts.pop(key, ()))
                part_key = key
            heading = a.label + (f" {a.title}" if a.title else "")
            out.append(f"### {esc(heading)} {{#{_anchor(a.eid)}}}\n")
            out.append(_deleted_html(a))
            out.append(f'<div class="regkb-article" data-article="{a.number}" data-document="{attr(doc.id)}">')
            many = len(a.paragraphs) > 1
            for p in a.paragraphs:
                out.append(self.paragraph_html(md, doc, p, many))
            out.append(f'<p class="regkb-whole-link"><a href="{href(md, self.article_md(doc.id, a.number))}">'
                       f"{esc(a.label)}: duties, citations and changes</a></p></div>\n")
            if (notes := self.comments_html(doc, a)):
                out.append(notes + "\n")
            out.extend(self.apart_html(b) for b in self._apart(doc.id, "repeated-article").get(a.eid, ()))
        out.extend(self.apart_html(b) for left in parts.values() for b in left)  # a part without articles
        out.extend(self.apart_html(b) for left in self._apart(doc.id, "annex").values() for b in left)
        self.page(md, f"{doc.title} – whole text", "\n".join(out), description=doc.title)
        return md

    def article_page(self, doc: Document, a: Article) -> None:
        """Write an article's page: its text with links, obligations, sanctions, citations and changes."""
        kb = self.kb
        md = self.article_md(doc.id, a.number)
        ch = kb.chapter_of(a)
        cite = self.cite(doc.id, a.eid)
        out = []
        if ch is not None:
            out.append(f'<p class="regkb-crumb">{esc(self.short[doc.id])} · '
                       f'<a href="{href(md, self.contents_md(doc.id), _anchor(ch.eid))}">{esc(ch.label)} '
                       f"{esc(ch.title)}</a></p>\n")
        heading = a.label + (f" {a.title}" if a.title else "")
        out.append(f"# {esc(heading)} {{#{_anchor(a.eid)}}}\n")
        out.append(self.status_html(doc) + self.print_style(doc, a.label) + "\n")
        out.append(_deleted_html(a))
        out.append(f'<div class="regkb-article" data-article="{a.number}" data-document="{attr(doc.id)}">')
        out.append(f'<p class="regkb-actions" data-search-exclude><button class="md-button regkb-cite" type="button" '
                   f'data-cite="{attr(cite)}" title="Copy &#34;{attr(cite)}&#34;">Copy citation</button> '
                   f'<span class="regkb-citation">{esc(cite)}</span></p>')
        if a.pages:  # pages of the original (PDF) the article spans (issue 11)
            out.append(f'<p class="regkb-pages">{"Page" if len(a.pages) == 1 else "Pages"} '
                       f'{a.pages[0]}{"" if len(a.pages) == 1 else f"–{a.pages[-1]}"} of the original</p>')
        many = len(a.paragraphs) > 1
        for p in a.paragraphs:
            out.append(self.paragraph_html(md, doc, p, many))
        out.append("</div>\n")
        if (notes := self.comments_html(doc, a)):
            out.append(notes + "\n")
        out.extend(self.apart_html(b) for b in self._apart(doc.id, "repeated-article").get(a.eid, ()))
        out.append(self.obligations_html(md, kb.obligations_of(article=a.number, document=doc.id)))
        out.append(self.sanctions_html(md, tuple(x for x in self._sanctions_by_doc.get(doc.id, ()) if x.article == a.number)))
        out.append(self.cited_by_html(md, doc, a))
        out.append(self.article_changes_html(md, doc, a))
        self.page(md, f"{heading} – {self.short[doc.id]}", "\n".join(out), description=f"{cite}: {a.text[:200]}",
                  jsonld=self.jsonld(doc, a, cite))

    def _cite_button(self, doc: Document, eid: str) -> str:
        c = self.cite(doc.id, eid)
        return (f'<a class="regkb-permalink" href="#{_anchor(eid)}" title="Permanent link to {attr(c)}" '
                f'aria-label="Permanent link to {attr(c)}">¶</a>'
                f'<button class="regkb-cite regkb-cite-small" type="button" data-cite="{attr(c)}" '
                f'title="Copy citation: {attr(c)}" aria-label="Copy citation {attr(c)}">cite</button>')

    def paragraph_html(self, md: str, doc: Document, p: Paragraph, numbered: bool) -> str:
        """The HTML of a paragraph and its items, with their links and anchors."""
        items_start = p.items[0].span.start if p.items else p.span.end
        parts = [f'<div class="regkb-para" id="{_anchor(p.eid)}">']
        num = f'<span class="regkb-pnum">{esc(p.label) if p.label else p.number}</span> ' if numbered else ""  # "1." as printed
        art = re.match(r"art_(\d+)", p.eid)
        if numbered and art and self.paragraph_inferred(doc.id, int(art.group(1)), p.number):
            how = {"after-items": "it starts after an item list",
                   "reference": 'a later sentence refers to "the preceding paragraph"'}.get(p.break_basis, p.break_basis)
            tip = (f"Paragraph number inferred: the source prints no paragraph break here; regkb found one because "
                   f"{how}. Check the official numbering before citing it.")
            num = (f'<span class="regkb-pnum regkb-pnum-inferred" title="{attr(tip)}" tabindex="0">{p.number}'
                   f'<span class="regkb-inferred-mark" aria-hidden="true">?</span>'
                   f'<span class="regkb-sr"> (number inferred)</span></span> ')
        intro = annotate(p.intro, self.marks_for(md, doc.id, p.span.start, items_start))
        parts.append(f"<p>{num}{intro} {self._cite_button(doc, p.eid)}</p>")
        if p.table_header:  # a table: its rows as rows (issue 12, parse/tables.py)
            parts.append(self.table_html(md, doc, p))
        elif p.items:
            parts.append('<ol class="regkb-items">')
            for it in p.items:
                text = annotate(it.text, self.marks_for(md, doc.id, it.span.start, it.span.end))
                parts.append(f'<li id="{_anchor(it.eid)}"><span class="regkb-ilabel">{esc(it.label)}</span> '
                             f"{text} {self._cite_button(doc, it.eid)}</li>")
            parts.append("</ol>")
            if p.tail:
                tail = annotate(p.tail, self.marks_for(md, doc.id, p.items[-1].span.end, p.span.end))
                parts.append(f'<p class="regkb-tail">{tail}</p>')
        parts.append("</div>")
        return "".join(parts)

    def table_html(self, md: str, doc: Document, p: Paragraph) -> str:
        """A paragraph's table: the header as printed, each data row with its cells' links and its anchor."""
        from ..parse.tables import cell_spans

        source = self.kb.sources.get(doc.id, "")
        head = "".join(f'<th scope="col">{esc(h)}</th>' for h in p.table_header) if any(p.table_header) else ""
        rows = []
        for it in p.items:
            line = source[it.span.start:it.span.end]
            spans = cell_spans(line) if line else []
            cells = []
            for k, text in enumerate(it.cells):
                a, b = (it.span.start + spans[k][0], it.span.start + spans[k][1]) if k < len(spans) else (0, 0)
                cells.append(annotate(text, self.marks_for(md, doc.id, a, b)) if b > a else esc(text))
            if cells:
                cells[-1] += f" {self._cite_button(doc, it.eid)}"
            rows.append(f'<tr id="{_anchor(it.eid)}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        return (f'<div class="regkb-table"><table>{f"<thead><tr>{head}</tr></thead>" if head else ""}'
                f'<tbody>{"".join(rows)}</tbody></table></div>')

    @staticmethod
    def action_html(o: Obligation) -> str:
        """The action; a passive clause kept verbatim (its bearer implied) is quoted, never run on after "must"."""
        if re.search(rf"\b{re.escape(o.trigger)}\b", o.action, re.IGNORECASE):
            return f'<q class="regkb-verbatim" title="the clause as printed; its bearer is implied">{esc(o.action)}</q>'
        return esc(o.action)

    def badge(self, modality: str) -> str:
        """The HTML badge of a modality."""
        return (f'<span class="regkb-badge regkb-m-{attr(modality)}" title="{attr(modality)}">'
                f"{esc(MODALITY_WORDS.get(modality, modality))}</span>")

    def actor_links(self, md: str, ids: Iterable[str]) -> str:
        """Links to the pages of the actors ``ids``, from page ``md``, joined by commas."""
        links = []
        for aid in ids:
            try:
                actor = self.kb.get(aid)
            except KeyError:
                links.append(esc(aid))
                continue
            links.append(f'<a href="{href(md, self.actor_md(aid))}">{esc(actor.label)}</a>')
        return ", ".join(links)

    def provision_link(self, md: str, document: str, eid: str) -> str:
        """A link from page ``md`` to a provision (eId) of a document, labelled as cited ("Art. 5(2)")."""
        target = self.provision_target(document, eid)
        label = esc(self.cite(document, eid).split(", ", 1)[-1])
        if not target:
            return label
        return f'<a href="{href(md, target[0], target[1])}">{label}</a>'

    def obligations_html(self, md: str, obls: tuple[Obligation, ...]) -> str:
        """The HTML table of an article's obligations."""
        if not obls:
            return ('## Obligations {#obligations}\n\n<p class="regkb-none">No obligation has been extracted '
                    "from this article.</p>\n")
        rows = ['<table class="regkb-duties"><thead><tr><th>Bearer</th><th>Modality</th><th>Action</th>'
                "<th>Condition</th><th>Where</th></tr></thead><tbody>"]
        for o in obls:
            bearer = self.actor_links(md, o.actors)
            if o.universal:
                bearer += ' <span class="regkb-everyone">(everyone)</span>'
            rows.append(f'<tr data-modality="{attr(o.modality)}"><td data-label="Bearer">{bearer}</td>'
                        f'<td data-label="Modality">{self.badge(o.modality)}</td><td data-label="Action">{self.action_html(o)}</td>'
                        f'<td data-label="Condition">{esc(o.condition_text or "")}</td>'
                        f'<td data-label="Where">{self.provision_link(md, o.document, o.eid)}</td></tr>')
        rows.append("</tbody></table>")
        return f"## Obligations {{#obligations}}\n\n{''.join(rows)}\n"

    def sanctions_html(self, md: str, sanctions: tuple[Any, ...], show: tuple[str, ...] = ("violator", "authority"),
                       heading: str = "## Penalties {#penalties}") -> str:
        """Sanctions (issue 12): penalties on the violator, imposed by the authority; never listed as duties."""
        if not sanctions:
            return ""
        heads = {"violator": "On whom", "authority": "Imposed by"}
        rows = ['<table class="regkb-penalties"><thead><tr>'
                + "".join(f"<th>{heads[k]}</th>" for k in show)
                + "<th>Penalty</th><th>Condition</th><th>Where</th></tr></thead><tbody>"]
        for x in sanctions:
            cells = []
            for k in show:
                ids = x.violators if k == "violator" else x.authorities
                name = x.violator if k == "violator" else x.authority
                who = self.actor_links(md, ids) if ids else esc(name or "")
                cells.append(f'<td data-label="{heads[k]}">{who or "<em>not named in the text</em>"}</td>')
            rows.append(f'<tr>{"".join(cells)}<td data-label="Penalty"><q class="regkb-verbatim">{esc(x.penalties)}</q>'
                        f'</td><td data-label="Condition">{esc(x.condition or "")}</td>'
                        f'<td data-label="Where">{self.provision_link(md, x.document, x.eid)}</td></tr>')
        rows.append("</tbody></table>")
        return (f"{heading}\n\n<p class=\"regkb-hint\">Penalties for a violation: not duties of the person "
                f"penalised.</p>\n{''.join(rows)}\n")

    def cited_by_html(self, md: str, doc: Document, a: Article) -> str:
        """The HTML list of the provisions of other articles that cite an article."""
        refs = [r for r in self.kb.cited_by(a.number, doc.id) if not (r.document == doc.id and r.article == a.number)]
        out = ["## Cited by {#cited-by}\n"]
        if not refs:
            out.append('<p class="regkb-none">No other provision refers to this article.</p>\n')
            return "\n".join(out)
        out.append('<ul class="regkb-citedby">')
        for r in refs:
            out.append(f"<li>{self.provision_link(md, r.document, r.eid)}: “{esc(r.text)}”</li>")
        out.append("</ul>\n")
        return "\n".join(out)

    def jsonld(self, doc: Document, a: Article, cite: str) -> str:
        """The JSON-LD (schema.org) description of an article's page."""
        fm = doc.frontmatter or {}
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": cite,
            "headline": a.label + (f" {a.title}" if a.title else ""),
            "legislationIdentifier": a.id,
            "inLanguage": str(fm.get("language") or "en"),
            "text": a.text,
            "isPartOf": {"@type": "Legislation", "name": doc.title, "legislationIdentifier": document_number(doc) or doc.id},
        }
        if fm.get("adopted_date"):
            data["legislationDate"] = _iso(fm["adopted_date"])
        if fm.get("effective_date"):
            data["legislationLegalForce"] = "InForce" if (doc.status or "") in ("effective", "in-force") else str(doc.status)
        bodies = self.bodies_of(doc)
        if bodies:
            data["legislationPassedBy"] = [{"@type": "Organization", "name": b.strip()} for b in bodies.split(";")]
        return json_script(data)

    # --- changes -----------------------------------------------------------------------------

    def change_topic(self, c: Change) -> str:
        """What a change is about, from the final article it concerns (its title, or its opening words);
        the commentary's own heading only where there is no final side, and then marked as such."""
        for doc_id, eid in c.final:
            m = re.match(r"art_(\d+)", eid)
            if m is None:
                continue
            try:
                art: Article = self.kb.article(int(m.group(1)), doc_id)
                target = self.kb.get(f"{doc_id}/{eid}")
            except KeyError:
                continue
            if art.title:
                return str(art.title)
            words = str(getattr(target, "text", "") or art.text).split()
            return " ".join(words[:9]) + (" …" if len(words) > 9 else "")
        return f"(commentary heading) {c.topic}" if c.topic else ""

    def draft_html(self, c: Change) -> str:
        """The HTML of a change's draft side: a quote as quoted, a paraphrase or notes as such."""
        if c.quoted == "quote":
            return ('<figure class="regkb-quote"><figcaption>Draft text, as quoted in the commentary'
                    f"</figcaption><blockquote>{esc(c.draft_text)}</blockquote></figure>")
        if c.quoted == "text":
            return (f'<figure class="regkb-quote"><figcaption>Earlier version</figcaption><blockquote>'
                    f"{esc(c.draft_text)}</blockquote></figure>")
        if c.quoted == "explanatory-note":
            return ('<div class="regkb-paraphrase regkb-notes"><p class="regkb-label">Quoted from the draft\'s '
                    f"explanatory notes — not draft text</p><p>{esc(c.draft_text)}</p></div>")
        if c.draft_text:
            return ('<div class="regkb-paraphrase"><p class="regkb-label">The commentary\'s paraphrase — '
                    f"not the draft's words</p><p>{esc(c.draft_text)}</p></div>")
        return '<p class="regkb-absent">The draft side is not described in the sources.</p>'

    def change_html(self, md: str, c: Change, show_final: bool = True, number: int = 0) -> str:
        """The HTML of one change: kind, sides, draft and final text, redline and note."""
        kb = self.kb
        parts = [f'<div class="regkb-change" data-kind="{attr(c.kind)}" data-quoted="{attr(c.quoted or "none")}" '
                 f'id="{_anchor("change-" + c.id)}">']
        topic = self.change_topic(c)
        finals_links = ", ".join(self.provision_link(md, d, e) for d, e in c.final)
        if number:  # a section of its own on the comparison page: a heading to navigate by
            where = ", ".join(self.cite(d, e).split(", ", 1)[-1] for d, e in c.final) or "no final article"
            parts.append(f'<h2 class="regkb-change-title">{number}. {esc(where)}'
                         f'{(" — " + esc(topic)) if topic else ""}</h2>')
        parts.append(f'<p class="regkb-change-head"><span class="regkb-kind">{esc(c.kind)}</span>')
        if c.kind in KIND_NOTE:
            parts.append(f' <span class="regkb-translation-only">{esc(KIND_NOTE[c.kind])}</span>')
        elif topic and not number:
            parts.append(f' <span class="regkb-topic">{esc(topic)}</span>')
        if c.final and not number:
            parts.append(" → final " + finals_links)
        parts.append("</p>")
        finals = []
        for doc_id, eid in c.final:
            try:
                finals.append(kb.get(f"{doc_id}/{eid}").text)
            except KeyError:
                continue
        if show_final:
            final_html = (f'<figure class="regkb-final"><figcaption>Final text ({finals_links})</figcaption>'
                          f"<blockquote>{esc(' '.join(finals))}</blockquote></figure>" if finals else
                          '<p class="regkb-absent">No final provision corresponds.</p>')
            parts.append('<div class="regkb-sides"><div class="regkb-side regkb-side-draft"><p class="regkb-side-label">'
                         f'Draft</p>{self.draft_html(c)}</div><div class="regkb-side regkb-side-final">'
                         f'<p class="regkb-side-label">Final</p>{final_html}</div></div>')
        else:
            parts.append(self.draft_html(c))
        if c.quoted in ("quote", "text"):
            if c.redline:
                segs = []
                for op, text in c.redline:
                    tag = {"-": "del", "+": "ins"}.get(op)
                    segs.append(f"<{tag}>{esc(text)}</{tag}>" if tag else esc(text))
                red = "".join(segs)
            elif finals:
                red = redline(c.draft_text, " ".join(finals))
            else:
                red = ""
            if red:
                parts.append(f'<details class="regkb-redline" data-search-exclude><summary>Redline (draft → final; '
                             f"neither text as printed)</summary><p>{red}</p></details>")
        if c.note:
            parts.append(f'<p class="regkb-change-note">{esc(c.note)}</p>')
        if c.effects:
            parts.append('<ul class="regkb-effects">' + "".join(f"<li>{esc(e)}</li>" for e in c.effects) + "</ul>")
        if c.source:
            doc_id, eid = c.source
            if doc_id in self.doc_slug and any(b.document == doc_id and b.eid == eid for b in kb.blocks):
                parts.append(f'<p class="regkb-source">Source: <a href="{href(md, self.source_md(doc_id), _anchor(eid))}">'
                             f"{esc(kb.get(doc_id).title)}</a></p>")
        parts.append("</div>")
        return "".join(parts)

    def article_changes_html(self, md: str, doc: Document, a: Article) -> str:
        """The HTML of the changes since the draft that touch an article ("" when there are none)."""
        if not self.changes:
            return ""
        mine = [c for c in self.changes if any(d == doc.id and re.match(rf"art_{a.number}(?!\d)", e) for d, e in c.final)]
        out = ["## Changes since the draft {#changes}\n"]
        if not mine:
            out.append('<p class="regkb-none">The sources describe no change to this article.</p>\n')
        else:
            out.extend(self.change_html(md, c, show_final=False) for c in mine)
            out.append("")
        return "\n".join(out)

    def comparison(self) -> list[Any]:
        """Write the draft-to-final comparison pages; returns their navigation entries."""
        kb = self.kb
        md = "changes.md"
        nav: list[Any] = [md]
        lines = ["# Draft vs final {#top}\n"]
        if not self.changes:
            lines.append('<p class="regkb-none" id="no-changes">No comparison yet: the knowledge base holds no '
                         "changes between a draft and a final version. Once the comparison is built, this page "
                         "lists each change with the draft side (marked as a quote or as the commentary's "
                         "paraphrase) and the final text.</p>")
        else:
            kinds = sorted({c.kind for c in self.changes})
            quotes = sum(c.quoted == "quote" for c in self.changes)
            paras = sum(c.quoted == "paraphrase" for c in self.changes)
            lines.append(f'<p class="regkb-legend">{len(self.changes)} entries: {quotes} where the commentary quotes '
                         f"the draft, {paras} where it only paraphrases it. A quote is set as a block quote with a blue "
                         "rule; a paraphrase is set in italics in a dashed box and is never the draft's wording. "
                         "Where the commentary says nothing, the page says so: the commentary is a summary, so "
                         "silence does not mean that a provision is new.</p>\n")
            btns = ['<div class="regkb-filter" role="group" aria-label="Filter by kind">',
                    '<button type="button" class="md-button md-button--primary" data-kind="">all</button>']
            for k in kinds:
                n = sum(c.kind == k for c in self.changes)
                btns.append(f'<button type="button" class="md-button" data-kind="{attr(k)}">{esc(k)} ({n})</button>')
            btns.append("</div>\n")
            lines.append("".join(btns))
            lines.append("## Summary {#summary}\n")
            lines.append('<table class="regkb-change-summary"><thead><tr><th>#</th><th>Final</th><th>Kind</th>'
                         "<th>Draft side</th><th>Note</th></tr></thead><tbody>")
            for i, c in enumerate(self.changes, 1):
                where = ", ".join(self.provision_link(md, d, e) for d, e in c.final) or "—"
                words = c.note.split()  # the opening words (a sentence split would stop at "Art.")
                note = " ".join(words[:22]) + (" …" if len(words) > 22 else "")
                side = {"quote": "quoted", "text": "text", "paraphrase": "paraphrased",
                        "explanatory-note": "explanatory notes"}.get(c.quoted or "", "not described")
                lines.append(f'<tr data-kind="{attr(c.kind)}"><td><a href="#{_anchor("change-" + c.id)}">{i}</a></td>'
                             f"<td>{where}</td><td>{esc(c.kind)}</td><td>{esc(side)}</td>"
                             f'<td><a href="#{_anchor("change-" + c.id)}">{esc(note) or "(no note)"}</a></td></tr>')
            lines.append("</tbody></table>\n")
            lines.append("## Entries {#entries}\n")
            lines.extend(self.change_html(md, c, number=i) for i, c in enumerate(self.changes, 1))
        for d in kb.documents:
            if d.kind != "regulation" and any(b.document == d.id for b in kb.blocks):
                self.source_page(d)
                nav.append({title(d.title): self.source_md(d.id)})
        self.page(md, "Draft vs final", "\n".join(lines))
        return nav

    def source_page(self, d: Document) -> None:
        """Write a document's source page (a document without articles, such as a commentary)."""
        md = self.source_md(d.id)
        out = [f"# {esc(d.title)} {{#top}}\n", '<div class="regkb-source-text">']
        for b in (b for b in self.kb.blocks if b.document == d.id):
            tag = {"heading": "h3", "list-item": "li"}.get(b.kind, "p")
            text = esc(b.text)
            if tag == "li":
                out.append(f'<ul><li id="{_anchor(b.eid)}">{text}</li></ul>')
            else:
                out.append(f'<{tag} id="{_anchor(b.eid)}">{text}</{tag}>')
        out.append("</div>")
        self.page(md, d.title, "\n".join(out))

    # --- definitions ---------------------------------------------------------------------------

    def scope_name(self, scope: str) -> str:
        """The label and title of the chapter or section a definition is held to (its id if it is not found)."""
        part = next((c for c in (*self.kb.chapters, *self.kb.sections) if c.id == scope), None)
        return f"{part.label} {part.title}".strip() if part is not None else scope

    def term_heading(self, term: str, scope: str | None) -> str:
        """A defined term as a popover names it: with the part of the text it is held to, if any."""
        return term if scope is None else f"{term} (in {self.scope_name(scope)} only)"

    def definitions(self) -> None:
        """Write the definitions page: each term, its definition, where it is defined and used."""
        kb = self.kb
        md = "definitions.md"
        lines = ["# Definitions {#top}\n"]
        defs = sorted(kb.definitions, key=lambda d: (d.term.lower(), d.id))
        if not defs:
            lines.append('<p class="regkb-none">No defined term was found in the texts.</p>')
        for d in defs:
            lines.append(f"## {esc(d.term)} {{#{self.def_anchor[d.id]}}}\n")
            lines.append(f'<div class="regkb-definition"><blockquote>{esc(d.definition)}</blockquote>')
            lines.append(f"<p>Defined in {self.provision_link(md, d.document, d.eid)}"
                         f" ({esc(self.short.get(d.document, d.document))}).</p>")
            if d.scope is not None:  # "For the purposes of this Chapter, ...": the term means this only there
                name = self.scope_name(d.scope)
                lines.append(f'<p class="regkb-scope">This definition holds only in <strong>{esc(name)}</strong>: '
                             "the text limits it to that part, and uses of the term elsewhere are not linked to it."
                             "</p>")
            uses = kb.uses_of(d)
            if uses:
                per: dict[tuple[str, str], int] = defaultdict(int)
                for u in uses:
                    per[(u.document, u.eid)] += 1
                links = [self.provision_link(md, doc, eid) + (f" ×{n}" if n > 1 else "")
                         for (doc, eid), n in sorted(per.items(), key=lambda kv: _provision_key(kv[0][1]))]
                lines.append(f'<p class="regkb-uses">Used {len(uses)} times in: {", ".join(links)}.</p>')
            else:
                lines.append('<p class="regkb-uses">Not used elsewhere in the text.</p>')
            lines.append("</div>\n")
        self.page(md, "Definitions", "\n".join(lines))

    # --- actors --------------------------------------------------------------------------------

    def actors(self) -> list[Any]:
        """Write the actor pages and their index; returns their navigation entries."""
        kb = self.kb
        nav: list[Any] = ["actors/index.md"]
        lines = ["# Actors {#top}\n",
                 "Who the texts give duties, prohibitions, permissions and encouragements to. Each page is a "
                 "checklist grouped by article, with a CSV download.\n"]
        all_rows: list[list[str]] = []
        if not kb.actors:
            lines.append('<p class="regkb-none">No actor has been extracted yet.</p>')
        else:
            lines.append('<table><thead><tr><th>Actor</th>' +
                         "".join(f"<th>{esc(m)}</th>" for m in MODALITIES) + "<th>Total</th></tr></thead><tbody>")
        for actor in sorted(kb.actors, key=lambda a: a.label.lower()):
            obls = kb.obligations_of(actor=actor)
            counts = [sum(o.modality == m for o in obls) for m in MODALITIES]
            lines.append(f'<tr><td><a href="{href("actors/index.md", self.actor_md(actor.id))}">{esc(actor.label)}'
                         "</a></td>" + "".join(f"<td>{n}</td>" for n in counts) + f"<td>{len(obls)}</td></tr>")
            rows = self.actor_page(actor, obls)
            all_rows.extend(rows)
            nav.append({title(actor.label): self.actor_md(actor.id)})
        if kb.actors:
            lines.append("</tbody></table>\n")
            self.put("actors/all-duties.csv", _csv(all_rows, DUTY_HEADER, bom=True))
            lines.append(f"[Download every actor's duties as CSV]({md_link('actors/index.md', 'actors/all-duties.csv')})")
        if self.sanction_rows:
            self.put("actors/all-sanctions.csv", _csv(self.sanction_rows, SANCTION_HEADER, bom=True))
            lines.append(f"\n[Download every actor's penalties and powers to impose them as CSV]"
                         f"({md_link('actors/index.md', 'actors/all-sanctions.csv')})")
        self.page("actors/index.md", "Actors", "\n".join(lines))
        return nav[:1] + nav_groups(nav[1:], "Actors")

    def sanction_csv_rows(self, rows: list[dict[str, Any]]) -> list[list[str]]:
        """Sanction rows (regkb.sanction_table) as CSV cells, with the link to the provision in the site."""
        out = []
        for r in rows:
            eid = local_eid(r["document"], r["provision"])
            t = self.provision_target(r["document"], eid)
            cells = ["" if r[k] is None else str(r[k]) for k in SANCTION_COLUMNS]
            for k in ("violator", "authority"):  # the sources are silent: say so, never leave it to be guessed
                if r[k] is None:
                    cells[SANCTION_COLUMNS.index(k)] = "not named in the text"
            cells[SANCTION_COLUMNS.index("citation")] = self.cite(r["document"], eid)
            out.append([*cells, (page_url(t[0]) + "#" + t[1]) if t else ""])
        return out

    def actor_page(self, actor: Actor, obls: tuple[Obligation, ...]) -> list[list[str]]:
        """Write an actor's page (its duties, with a CSV download), or keep the last run's when nothing it is made
        of changed (:meth:`actor_key`, regkb.site.pagecache); returns the duties' CSV rows."""
        kb = self.kb
        md = self.actor_md(actor.id)
        csv_name = md[:-3] + ".csv"
        rows = [self.duty_row(actor, o) for o in obls]
        penalty_rows = self.sanction_csv_rows(sanctions_for(kb, actor))
        powers, penalties = kb.sanctions_of(authority=actor), kb.sanctions_of(actor)
        self.sanction_rows.extend(penalty_rows)
        key = ""
        if self.cache is not None:
            key = self.actor_key(actor, obls, rows, penalty_rows, powers, penalties)
            kept = self.cache.fresh(f"actor:{actor.id}", key)
            if kept is not None:
                for path, size in kept:
                    if path in self.files:
                        raise ValueError(f"two generated pages would share the path {path}")
                    self.files[path] = size
                return rows
        before = len(self.files)
        self._actor_page(actor, obls, md, csv_name, rows, penalty_rows, powers, penalties)
        if self.cache is not None:
            self.cache.record(f"actor:{actor.id}", key, list(self.files)[before:])
        return rows

    def duty_row(self, actor: Actor, o: Obligation) -> list[str]:
        """A duty's row in the actor's CSV file (and in every actor's)."""
        t = self.provision_target(o.document, o.eid)
        return [actor.label, self.cite(o.document, o.eid), o.modality, o.action, o.condition_text or "", o.text,
                o.provision, "everyone" if o.universal else "", (page_url(t[0]) + "#" + t[1]) if t else "", "", "", ""]

    def actor_key(self, actor: Actor, obls: tuple[Obligation, ...], rows: list[list[str]],
                  penalty_rows: list[list[str]], powers: tuple[Any, ...], penalties: tuple[Any, ...]) -> str:
        """A hash of everything an actor's page and its CSV files are made of: the actor (not where the texts
        mention it: the page does not show that), whether it is an authority and the registry body it names, its
        defined term, its duties with their citations, links and articles, the labels and pages of the other
        actors they name, its penalties and powers with theirs, and (in the page cache's key) the code."""
        kb = self.kb
        h = hashlib.sha256()
        info = self._actor_info

        def add(*parts: Any) -> None:
            h.update(repr(parts).encode("utf-8", "surrogatepass"))
            h.update(b"\n")

        add(actor.id, actor.label, actor.aliases, actor.definition, actor.basis, self.actor_slug[actor.id],
            len(self.regs) > 1)
        link = self.body_links.get(actor.id) if actor.id in self.authorities else None
        add(actor.id in self.authorities, link, [b for b in kb.bodies if link is not None and b.id == link.body])
        if actor.definition:
            try:
                d = kb.get(actor.definition)
                add("term", d.id, d.term, d.definition, self.def_anchor[d.id])
            except KeyError:
                add("term", None)
        labels: dict[tuple[str, int], str] = {}
        for o, row in zip(obls, rows, strict=True):
            where = (o.document, o.article)
            if where not in labels:
                try:
                    labels[where] = self.kb.article(o.article, o.document).label
                except KeyError:
                    labels[where] = ""
                add("article", where, labels[where], self.short.get(o.document), self.doc_slug.get(o.document))
            add("duty", o, row, [info.get(i) for i in (*o.actors, *o.co_bearers)])
        for name, xs in (("power", powers), ("penalty", penalties)):
            for x in xs:
                add(name, x, self.provision_target(x.document, x.eid), self.cite(x.document, x.eid),
                    [info.get(i) for i in (*x.violators, *x.authorities)])
        add("penalty rows", penalty_rows)
        return h.hexdigest()

    def _actor_page(self, actor: Actor, obls: tuple[Obligation, ...], md: str, csv_name: str,
                    rows: list[list[str]], penalty_rows: list[list[str]], powers: tuple[Any, ...],
                    penalties: tuple[Any, ...]) -> None:
        kb = self.kb
        out = [f"# {esc(actor.label)} {{#top}}\n"]
        if actor.aliases:
            out.append(f'<p class="regkb-aliases">Named in the texts as: {esc("; ".join(actor.aliases))}</p>\n')
        if actor.id in self.authorities:  # issue 12: an authority, and the registry body it names (if any)
            link = self.body_links.get(actor.id)
            body = next((b for b in kb.bodies if link is not None and b.id == link.body), None)
            if body is None:
                note = "not a body of the registry of authorities (bodies.yaml)"
            elif link is not None and link.fuzzy:
                note = (f"probably {esc(body.name)} of the registry (a fuzzy match of the names, "
                        "not stated by the text: check it)")
            else:
                note = f"{esc(body.name)} of the registry"
            out.append(f'<p class="regkb-authority">Authority: {note}.</p>\n')
        if actor.definition:
            try:
                d = kb.get(actor.definition)
                held = (f" (defined for {esc(self.scope_name(d.scope))} only)" if d.scope is not None else "")
                out.append(f'<p>Defined term: <a href="{href(md, "definitions.md", self.def_anchor[d.id])}" '
                           f'title="{attr(d.definition)}">{esc(d.term)}</a>{held}</p>\n')
            except KeyError:
                pass
        counts = ", ".join(f"{sum(o.modality == m for o in obls)} {m}s" for m in MODALITIES)
        out.append(f'<p class="regkb-summary" data-total="{len(obls)}">{len(obls)} in all: {esc(counts)}.</p>\n')
        out.append(f"[Download as CSV]({md_link(md, csv_name)}){{ .md-button }}\n")
        out.append('<p class="regkb-export-row"><button type="button" class="md-button regkb-export" '
                   f'data-name="{attr(slug(actor.label))}-checklist.csv">Export my ticks and notes (CSV)</button> '
                   '<span class="regkb-hint">Ticks and notes stay in this browser only.</span></p>\n')
        by_article: dict[tuple[str, int], list[Obligation]] = defaultdict(list)
        for o in obls:
            by_article[(o.document, o.article)].append(o)
        for (doc_id, number), group in sorted(by_article.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            target = self.article_md(doc_id, number)
            try:
                label = self.kb.article(number, doc_id).label
            except KeyError:
                label = f"Article {number}"
            if len(self.regs) > 1:
                label = f"{self.short.get(doc_id, doc_id)}, {label}"
            out.append(f"## [{esc(label)}]({md_link(md, target)}) {{#{_anchor(f'{self.doc_slug.get(doc_id, doc_id)}-art-{number}')}}}\n")
            out.append('<ul class="regkb-checklist">')
            for o in group:
                cond = f' <span class="regkb-cond">{esc(o.condition_text or "")}</span>' if o.condition else ""
                co = ""
                if o.co_bearers:
                    co = f' <span class="regkb-co">(with {self.actor_links(md, o.co_bearers)})</span>'
                if o.universal:  # issue 12: a duty of everyone ("No organization or individual may ...")
                    co += (f' <span class="regkb-everyone">applies to everyone '
                           f'({self.actor_links(md, o.actors)})</span>')
                t = self.provision_target(o.document, o.eid)
                where = (f'<a class="regkb-where" href="{href(md, t[0], t[1])}">'
                         f'{esc(self.cite(o.document, o.eid).split(", ", 1)[-1])}</a>' if t else "")
                everyone = ""
                if o.universal:  # "any organization or individual": binds this actor too
                    everyone = (f' <span class="regkb-everyone" title="The bearer is everyone: &#34;{attr(o.subject)}&#34;">'
                                "applies to everyone</span>")
                out.append(f'<li class="regkb-duty{" regkb-universal" if everyone else ""}" '
                           f'data-modality="{attr(o.modality)}" id="{_anchor(slug(o.id))}" '
                           f'data-action="{attr(o.action)}">'
                           f'<label><input type="checkbox"> {self.badge(o.modality)} {self.action_html(o)}</label>'
                           f"{everyone}{cond}{co} {where}</li>")
            out.append("</ul>\n")
        if not obls:
            out.append('<p class="regkb-none">The knowledge base has no duty for this actor.</p>')
        out.append(self.sanctions_html(md, powers, ("violator",), "## Powers to impose penalties {#powers}"))
        out.append(self.sanctions_html(md, penalties, ("authority",), "## Penalties {#penalties}"))
        if penalty_rows:  # penalties and powers apart from the duty checklist: a sanction is never a duty
            pcsv = md[:-3] + ".sanctions.csv"  # a slug has no dot: never another actor's file
            self.put(pcsv, _csv(penalty_rows, SANCTION_HEADER, bom=True))
            out.append(f"[Download penalties and powers as CSV]({md_link(md, pcsv)}){{ .md-button }}\n")
        self.put(csv_name, _csv(rows, DUTY_HEADER, bom=True))
        self.page(md, actor.label, "\n".join(out))

    # --- laws ----------------------------------------------------------------------------------

    def laws(self) -> list[Any]:
        """Write the law pages and their index; returns their navigation entries."""
        kb = self.kb
        nav: list[Any] = ["laws/index.md"]
        lines = ["# Cited and related laws {#top}\n"]
        if not kb.laws:
            lines.append('<p class="regkb-none">The law registry is empty.</p>')
        else:
            lines.append('<table><thead><tr><th>Law</th><th>Issuer</th><th>Date</th>'
                         "<th>Citing provisions</th></tr></thead><tbody>")
        for law in sorted(kb.laws, key=lambda x: x.title.lower()):
            refs = kb.cited_by(law.id)
            lines.append(f'<tr><td><a href="{href("laws/index.md", self.law_md(law.id))}">{esc(law.title)}</a></td>'
                         f"<td>{esc(law.issuer)}</td><td>{esc(law.date)}</td><td>{len(refs)}</td></tr>")
            self.law_page(law, refs)
            nav.append({title(law.short_names[0] if law.short_names else law.title): self.law_md(law.id)})
        if kb.laws:
            lines.append("</tbody></table>")
        self.page("laws/index.md", "Cited and related laws", "\n".join(lines))
        return nav

    def law_page(self, law: Law, refs: tuple[Reference, ...]) -> None:
        """Write a law's page: what the registry says of it and the provisions that cite it."""
        md = self.law_md(law.id)
        out = [f"# {esc(law.title)} {{#top}}\n", '<table><tbody>']
        for k, v in (("Short names", "; ".join(law.short_names)), ("Also cited as", "; ".join(law.aliases)),
                     ("Kind", law.kind), ("Issued by", law.issuer), ("Date", law.date), ("Note", law.note),
                     ("Registry id", law.id)):
            if v:
                out.append(f"<tr><th>{esc(k)}</th>\n<td>{esc(v)}</td></tr>")  # apart in the search index
        out.append("</tbody></table>\n")
        if law.id in self.law_doc:
            doc_id = self.law_doc[law.id]
            out.append(f'<p class="regkb-law-text"><strong>Its text is in this corpus:</strong> '
                       f'<a href="{href(md, self.whole_md(doc_id))}">{esc(self.kb.get(doc_id).title)}</a> '
                       f"(article by article under The provisions).</p>\n")
        out.append("## Provisions that cite it {#cited-by}\n")
        if refs:
            out.append('<ul class="regkb-citedby">')
            for r in refs:
                out.append(f"<li>{self.provision_link(md, r.document, r.eid)} "
                           f"({esc(self.short.get(r.document, r.document))}): “{esc(r.text)}”</li>")
            out.append("</ul>\n")
        else:
            out.append('<p class="regkb-none">No provision of the corpus cites it by name.</p>\n')
        related = [d for d in self.kb.documents if law.id in ((d.frontmatter or {}).get("related_laws") or [])]
        if related:
            out.append("## Listed as related by {#related}\n")
            out.extend(f"- {esc(d.title)}" for d in related)
        self.page(md, law.title, "\n".join(out))  # a registry entry, below the law's text

    # --- graph ---------------------------------------------------------------------------------

    def graph_data(self) -> dict[str, Any]:
        """The nodes and edges the graph page draws (:func:`regkb.site.graphpage.graph_data`)."""
        return graphpage.graph_data(self)

    def graph(self) -> None:
        """Write the graph page and its downloads (graph data, node and edge CSV, RDF exports)."""
        downloads = [("graph.json", "the graph drawn here (nodes and edges, JSON)"),
                     ("nodes.csv", "its nodes (CSV)"), ("edges.csv", "its edges (CSV)")]
        rdf: dict[str, bytes] = {}  # Turtle and JSON-LD: the graph's N-Triples read once for both (regkb#16)
        for fmt in sorted(EXPORTERS):
            ext = FORMAT_EXT.get(fmt, re.sub(r"[^a-z0-9]", "", fmt.lower()) or "txt")
            name = f"knowledge-base.{ext}"
            if f"graph/{name}" in self.files:
                name = f"knowledge-base-{slug(fmt)}.{ext}"
            if fmt == "json" and self.fragments is not None:  # unchanged records not encoded again
                frags = Fragments(self.fragments.with_name(f"{self.fragments.name}.{fmt}-fragments.json"))
                self.put(f"graph/{name}", json_from_fragments(self.kb, frags, self.shares))  # kb.to_json(), byte for byte
                frags.save()  # and let go of them
            else:
                if fmt in ("ttl", "jsonld") and not rdf:  # made at the first of them, each let go once written
                    pieces = (RdfPieces(self.fragments.with_name(f"{self.fragments.name}.rdf-pieces"))
                              if self.fragments is not None else None)  # unchanged pieces not written again
                    rdf = rdf_downloads(self.kb, ("ttl", "jsonld"), memo=pieces)
                    if pieces is not None:
                        pieces.prune()
                self.put(f"graph/{name}", rdf.pop(fmt) if fmt in rdf else render_bytes(self.kb, fmt))  # RDF: no str copy
            downloads.append((name, f"the whole knowledge base: {EXPORTERS[fmt][1]} ({fmt})"))
        from ..vocab import vocabulary_text

        self.put("graph/regkb-vocabulary.ttl", vocabulary_text())
        downloads.append(("regkb-vocabulary.ttl", "regkb's own RDF terms, with a label and a comment each (RDFS, Turtle)"))
        # the page's own files last: what making them leaves behind is not under the RDF downloads' peak (memory)
        files = None
        if self.fragments is not None:  # each document's share kept between builds (regkb.site.graphpage)
            gpieces = DocPieces(self.fragments.with_name(f"{self.fragments.name}.graph-pieces"), graphpage.PURPOSE)
            files = graphpage.graph_files(self, gpieces)
            gpieces.prune()
        if files is None:
            data = self.graph_data()
            files = graphpage.GraphFiles(
                json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                # the same data as a script: the page loads it with a script element, which file:// allows
                "window.regkbGraphData = " + json_script(data) + ";\n",
                _csv([[n["id"], n["type"], n["label"]] for n in data["nodes"]], graphpage.NODES_HEADER),
                _csv([[e["source"], e["label"], e["target"]] for e in data["edges"]], graphpage.EDGES_HEADER),
                len(data["nodes"]), len(data["edges"]), sorted({n["type"] for n in data["nodes"]}))
            del data
        self.put("graph/graph.json", files.json_text)
        self.put("graph/graph-data.js", files.script)
        self.put("graph/nodes.csv", files.nodes_csv)
        self.put("graph/edges.csv", files.edges_csv)
        files.json_text = files.script = files.nodes_csv = files.edges_csv = ""  # written: let go of
        types = files.types
        out = ["# Graph {#top}\n",
               f'<p class="regkb-graph-summary">{files.nodes} nodes and {files.edges} edges: '
               "actors, the obligations they bear, the articles that create them, the terms they use and "
               "the laws they cite. Drag to pan, scroll to zoom, click a node (or Tab to it and press Enter) to open "
               "its page.</p>",
               '<div class="regkb-graph-filter" role="group" aria-label="Node types">' +
               "".join(f'<label class="regkb-t-{attr(t)}"><input type="checkbox" checked value="{attr(t)}"> '
                       f'<span class="regkb-dot regkb-dot-{attr(t)}"></span>{esc(t)}'
                       "</label> " for t in types) + "</div>",
               '<div id="regkb-graph" class="regkb-graph" data-data="graph-data.js" data-lib="../assets/graph.js" '
               'aria-label="Graph of actors, obligations, articles and laws"><noscript>The graph view needs '
               "JavaScript; the same data is in the downloads below.</noscript></div>\n",
               "## Download the data {#downloads}\n"]
        out.extend(f"- [{esc(name)}]({name}): {esc(desc)}" for name, desc in downloads)
        self.page("graph/index.md", "Graph", "\n".join(out), wide=True)

    # --- developers ----------------------------------------------------------------------------

    def developers(self) -> list[Any]:
        """Write the developers' pages (the introduction and the guides); returns their navigation entries."""
        nav: list[Any] = ["developers/index.md"]
        intro = (STATIC / "developers.md").read_text(encoding="utf-8")
        docs = sorted(DEV_DOCS.glob("*.md")) if DEV_DOCS.is_dir() else []
        listing = []
        for f in docs:
            text = f.read_text(encoding="utf-8")
            m = re.search(r"^#\s+(.+)$", text, re.M)
            name = m.group(1).strip() if m else f.stem.replace("-", " ").capitalize()
            path = f"developers/{slug(f.stem)}.md"
            self.put(path, text)
            nav.append({title(name): path})
            listing.append(f"- [{name}]({slug(f.stem)}.md)")
        intro = intro.replace("<!-- guides -->", "\n".join(listing) if listing else "(no guide yet)")
        self.put("developers/index.md", intro)
        return nav


def nav_groups(entries: list[Any], noun: str, size: int | None = None) -> list[Any]:
    """``entries`` nested into sections of at most ``size`` entries a level, labelled by their range."""
    size = size or NAV_GROUP
    level, span = entries, 1
    while len(level) > size:
        span *= size
        level = [{_range_label(noun, first + 1, min(first + span, len(entries))): level[j : j + size]}
                 for j, first in zip(range(0, len(level), size), range(0, len(entries), span), strict=True)]
    return level


def _range_label(noun: str, first: int, last: int) -> str:
    return f"{noun} {first}" if first == last else f"{noun} {first}\u2013{last}"


def redline(old: str, new: str) -> str:
    """A word-level redline: deletions in ``<del>``, insertions in ``<ins>`` (text escaped)."""
    a, b = old.split(), new.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(esc(" ".join(a[i1:i2])))
        if op in ("delete", "replace"):
            out.append(f"<del>{esc(' '.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{esc(' '.join(b[j1:j2]))}</ins>")
    return " ".join(out)


def _provision_key(eid: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", eid))


SANCTION_HEADER = [*SANCTION_COLUMNS, "link"]  # role: "violator" (penalties faced) or "authority" (power to impose)
DUTY_HEADER = ["actor", "citation", "modality", "action", "condition", "text", "provision", "applies_to", "link",
               "status", "owner", "evidence"]  # link: the provision's page in the site; the last three for the reader


def _csv(rows: list[list[str]], header: list[str] | None = None, bom: bool = False) -> str:
    """CSV text; ``bom``: with a byte order mark, so spreadsheet programs read it as UTF-8."""
    header = header or DUTY_HEADER[:7]
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([csv_cell(v) for v in r])
    return buf.getvalue()


_CHUNK = 1 << 22  # characters


def _put_text(dest: Path, content: str) -> int:
    """Write ``content`` (UTF-8) to ``dest`` a chunk at a time, unless the file already holds exactly that;
    returns its size in bytes."""
    chunks = range(0, len(content), _CHUNK)
    with contextlib.suppress(OSError), open(dest, "rb") as fh:
        size = 0
        for i in chunks:
            part = content[i:i + _CHUNK].encode("utf-8")
            size += len(part)
            if fh.read(len(part)) != part:
                break
        else:
            if fh.read(1) == b"":
                return size  # unchanged: keeps its bytes and time
    size = 0
    with open(dest, "wb") as fh:
        for i in chunks:
            size += fh.write(content[i:i + _CHUNK].encode("utf-8"))
    return size


def generate(kb: Any, out_dir: str | Path, prune: bool = False, cache: str | Path | None = None) -> list[Any]:
    """Write the site's pages for ``kb`` into ``out_dir``; return the navigation. A file whose content is
    already there is left untouched; with ``prune`` (``out_dir`` is regkb's own, kept between builds: see
    regkb.build), files of an earlier run that this run did not make are removed. With ``cache`` (a state
    file beside ``out_dir``; see :mod:`regkb.site.pagecache`), the pages of a document whose inputs are
    those of the last run are kept as they are, not made again, and the JSON download takes the fragments
    of unchanged records from the last run (:mod:`regkb.site.fragments`, a file beside ``cache``), the Turtle and
    JSON-LD downloads the outputs of unchanged pieces of N-Triples (:mod:`regkb.site.rdfpieces`, a directory
    beside it), and the search index and the graph page's files each document's kept entries, nodes and edges
    (:mod:`regkb.site.docpieces`, two directories beside it)."""
    out = Path(out_dir)
    page_cache = PageCache(Path(cache), out, code_digest()) if cache is not None else None
    site = Site(kb, out, page_cache, Path(cache).with_name(Path(cache).name.removesuffix(".gen.json"))
                if cache is not None else None)
    nav = site.build()
    for rel in sorted(p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*") if p.is_file()):
        if rel.startswith("assets/"):
            site.put(rel, (STATIC / rel).read_bytes())
    if prune:
        for p in sorted(out.rglob("*"), reverse=True):
            rel = p.relative_to(out).as_posix()
            if p.is_dir() and not p.is_symlink():
                with contextlib.suppress(OSError):
                    p.rmdir()  # only when empty
            elif rel not in site.files:
                p.unlink()
    if page_cache is not None:
        page_cache.save()
    return nav
