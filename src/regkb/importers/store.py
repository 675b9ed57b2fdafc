"""Writing an imported document into a corpus, with its originals kept beside it.

Layout (see corpus/README.md):

    corpus/<id>.md                       the reading text with its frontmatter
    corpus/sources/<id>/<file>           the file(s) as added, byte for byte
    corpus/sources/<id>/regkb-import.json what the import did: hashes, converter, what it left out

A directory holding ``regkb-import.json`` is never read as documents. Adding the same files
again changes nothing; a changed file becomes a new version: ``<id>.v2`` (``work: <id>``),
the earlier version is kept as it was. Nothing that the import did not write is overwritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..corpus import ID_RE
from ..errors import error_at
from ..model import Diagnostic, Document
from ..parse import patterns as P
from ..parse.layout import reads_like_prose
from . import Imported

MANIFEST = "regkb-import.json"
SOURCES = "sources"


@dataclass(slots=True)
class Added:
    document: Path | None  # the corpus file written (None when nothing changed)
    doc_id: str
    version: int
    unchanged: bool
    missing: list[str]  # frontmatter the text did not state
    manifest: dict[str, Any]


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def slug(text: str) -> str:
    """A file-name slug of ``text``: lower-case letters, digits and hyphens, at most 80 characters ("document" if
    empty)."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return (s or "document")[:80].strip("-")


def manifests(corpus: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The import manifests of a corpus, with their directories."""
    out = []
    base = corpus / SOURCES
    if base.is_dir():
        for f in sorted(base.glob(f"*/{MANIFEST}")):
            try:
                out.append((f.parent, json.loads(f.read_text(encoding="utf-8"))))
            except (OSError, ValueError):
                continue
    return out


MAX_MANIFEST = 4 << 20  # bytes; a manifest lists what one import left out, far below this


def manifest_for(corpus: Path, frontmatter: Mapping[str, Any]) -> dict[str, Any] | None:
    """The manifest `regkb add` wrote for a document, found from its frontmatter's ``original`` entries
    (``sources/<dir>/<file> sha256:...``). None for a document that was written or copied into the corpus,
    and when the manifest is missing, larger than MAX_MANIFEST, not a JSON object, or the entry names a
    place outside ``corpus/sources/`` (the frontmatter is data, never a path to follow blindly)."""
    originals = frontmatter.get("original")
    if not isinstance(originals, (list, tuple)) or not originals or not isinstance(originals[0], str):
        return None
    parts = originals[0].split(" ", 1)[0].split("/")
    if len(parts) != 3 or parts[0] != SOURCES or parts[1] in ("", ".", "..") or not ID_RE.match(parts[1]):
        return None
    f = corpus / SOURCES / parts[1] / MANIFEST
    try:
        if f.is_symlink() or not f.is_file() or f.stat().st_size > MAX_MANIFEST:
            return None
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def left_out_norms(corpus: Path, documents: Iterable[Document]) -> list[Diagnostic]:
    """Warnings for what `regkb add` left out of a document's text as not law (a box on a leaflet, a note in the
    margin, a column of a register, a site's footer) where that text reads as a sentence and states a norm ("shall",
    "must", "may not"): the layout said it was not law, but if it is, it is missing from every article. Text the
    source itself marks as deleted (struck through: ``marked`` in the manifest) is no guess and gives nothing.
    The import's manifest (``sources/<id>/regkb-import.json``) says what was left out; documents written or copied
    into the corpus have none and give nothing."""
    out: list[Diagnostic] = []
    for doc in documents:
        m = manifest_for(corpus, doc.frontmatter or {})
        if m is None:
            continue
        left_out = m.get("left_out")
        for x in left_out if isinstance(left_out, list) else []:
            if not isinstance(x, dict) or x.get("marked") is True:
                continue
            text, reason, page = str(x.get("text", "")), str(x.get("reason", "")), x.get("page")
            flat = " ".join(text.split())
            if not (P.NORM_WORD.search(flat) and reads_like_prose(flat)):
                continue
            where = f" on page {page}" if page else ""
            out.append(Diagnostic(
                "warning", doc.path, 1, 0,
                f"the import left out{where} text that states a norm, as {reason[:70]}: {flat[:80]!r}",
                f"if it is law, it is missing from the articles: add it to {doc.path} by hand or import the file "
                "again from a cleaner copy; the original is kept in " + f"{SOURCES}/",
                "left-out-norm"))
    return out


def _registry_ids(corpus: Path) -> dict[str, str]:
    from ..corpus import load_bodies, load_laws

    out: dict[str, str] = {}
    if (corpus / "laws.yaml").exists():
        out.update({law.id: "law" for law in load_laws(corpus)})
    if (corpus / "bodies.yaml").exists():
        out.update({b.id: "body" for b in load_bodies(corpus)})
    return out


def add_to_corpus(imp: Imported, corpus: Path, doc_id: str | None = None, extra: dict[str, Any] | None = None,
                  today: dt.date | None = None) -> Added:
    """Write ``imp`` as a corpus document (or find it already there); return what was done."""
    if not corpus.is_dir():
        raise error_at(str(corpus), 0, 0, "the corpus directory does not exist", "create it, or pass --corpus", "no-corpus")
    hashes = [{"file": p.name, "sha256": sha256(p), "bytes": p.stat().st_size} for p in imp.files]
    key = [h["sha256"] for h in hashes]
    names = [p.name for p in imp.files]
    known = manifests(corpus)
    for _d, man in known:
        if [f["sha256"] for f in man.get("files", [])] == key:
            return Added(None, str(man.get("document")), int(man.get("version", 1)), True, [], man)
    # a new version of a document imported from files of the same names, or a new document
    previous = [m for _d, m in known if [f["file"] for f in m.get("files", [])] == names]
    if doc_id is None and previous:
        doc_id = str(previous[-1].get("work") or previous[-1].get("document"))
    if doc_id is None:
        title = str((extra or {}).get("title") or imp.meta.get("title") or "")
        doc_id = slug(title) if title else slug(imp.files[0].stem)
    if not ID_RE.match(doc_id):
        raise error_at(str(imp.files[0]), 0, 0, f"{doc_id!r} cannot be a document id",
                       "pass --id with lower-case letters, digits, '.', '_' and '-'", "bad-id")
    taken = _registry_ids(corpus)
    if doc_id in taken:
        raise error_at(str(imp.files[0]), 0, 0, f"{doc_id!r} is already the id of a {taken[doc_id]} in the corpus "
                       "registries; a document needs an id of its own",
                       f"pass --id (e.g. --id {doc_id}-text) and --law {doc_id} to link the text to the law", "bad-id")
    versions = [int(m.get("version", 1)) for _d, m in known if (m.get("work") or m.get("document")) == doc_id]
    version = max(versions) + 1 if versions else 1
    this_id = doc_id if version == 1 else f"{doc_id}.v{version}"
    target = corpus / f"{this_id}.md"
    src_dir = corpus / SOURCES / this_id
    for p in (target, src_dir):
        if p.exists():
            raise error_at(str(p), 0, 0, f"{p} exists and was not written by an import of these files; "
                           "regkb never overwrites it", "pass another --id, or move the file away", "exists")
    fm: dict[str, Any] = {"title": imp.meta.get("title") or imp.files[0].stem, "id": this_id}
    if version > 1:
        fm["work"] = doc_id
    fm.update({k: v for k, v in imp.frontmatter.items() if k not in ("id", "work")})
    for k in ("issuing_body", "adopted_date", "promulgated_date", "published_date", "effective_date", "url", "source"):
        if k in imp.meta and k not in fm:
            fm[k] = imp.meta[k]
    fm.update(extra or {})
    fm["original"] = [f"{SOURCES}/{this_id}/{h['file']} sha256:{h['sha256']}" for h in hashes]
    fm["converter"] = imp.drafts[0].converter
    missing = [k for k in ("title", "issuing_body", "effective_date") if k not in fm or (k == "title" and "title" not in imp.meta
                                                                                          and "title" not in (extra or {}))]
    manifest = {
        "document": this_id,
        "work": doc_id,
        "version": version,
        "added": (today or dt.date.today()).isoformat(),
        "files": hashes,
        "converter": fm["converter"],
        "read_from_text": {k: [str(imp.meta[k]), imp.basis.get(k, "")] for k in imp.meta},
        "left_out": [{"text": f.text, "reason": f.reason, "page": f.page} | ({"marked": True} if f.marked else {})
                     for f in imp.furniture],
        "notes": imp.notes,
        "not_stated": missing,
    }
    src_dir.mkdir(parents=True)
    try:
        for p in imp.files:
            shutil.copyfile(p, src_dir / p.name)
        (src_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        head = yaml.safe_dump(fm, sort_keys=False, allow_unicode=True, width=1000)
        tmp = target.with_suffix(".md.tmp")
        tmp.write_text(f"---\n{head}---\n{imp.text}", encoding="utf-8")
        tmp.replace(target)
    except OSError:
        shutil.rmtree(src_dir, ignore_errors=True)
        raise
    return Added(target, this_id, version, False, missing, manifest)
