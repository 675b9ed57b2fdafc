"""Incremental builds: parse only the files whose content changed since the last build.

The cache lives in ``<corpus>/.regkb/cache/`` by default (a hidden directory, which the corpus
reader skips). It holds:

- ``docs/<key>.pickle``: one entry per source file, the :class:`~regkb.parse.ParsedDocument` and
  the decoded source text, under a key made of the file's path, the SHA-256 of its bytes, the
  registries (``laws.yaml``, ``bodies.yaml``) and a fingerprint of the parser's own code, so a
  change to any of them re-parses the file;
- ``refs/<key>-<context>.pickle``: the references found in that file's document, under the hash of
  what they are matched against (the registry's laws and every document's title: see
  :func:`regkb.parse.references.find_references`); only the last build's entries are kept;
- ``obligations/<key>-<context>.pickle``: what the obligation extractor found in that file's document (and
  taught its lexicon), under the hash of what it knew when its first pass reached the document (see
  :func:`regkb.parse.obligations.extract_obligations`); only the last build's entries are kept;
- ``graph/<key>-<context>.data``: that file's document's parts of the graph (its chapters, sections,
  articles, paragraphs, items and blocks; its obligations) as nodes, edges and RDF statements, plain data
  (JSON and N-Triples lines, signed like the rest: nothing in them is code), under a hash of everything each is made from (see
  :func:`regkb.graph.add_structure` and :func:`regkb.graph.add_obligations`); written and pruned when the
  graph is built;
- ``kb/``: the last built knowledge base (:mod:`regkb.store`) with the list of keys it was built
  from. When every key is unchanged, the build is that knowledge base, loaded.
- ``CACHEDIR.TAG``: marks the directory as a cache (backup tools skip it); :func:`clear` deletes
  only a directory that carries it.

Every entry is signed with this machine's key (:mod:`regkb.signing`) and checked before it is
unpickled: an entry that was not written here (a corpus copied from someone else, with its
``.regkb`` directory) is a cache miss and is parsed again; it never runs.

Every build reads and hashes every file (a changed file is found by its content, not its time
stamp). Files whose key is cached are not parsed again. The corpus-level stages (actors,
obligations, references, which look across documents) run again on the whole corpus, but
reuse what they found in an unchanged file when what they depend on is unchanged: its
references when the laws and titles they are matched against are unchanged too, and its
obligations when what the extractor knew at both of its readings is unchanged. So an
incremental build equals a full build.

>>> import tempfile, shutil
>>> with tempfile.TemporaryDirectory() as d:
...     _ = shutil.copytree("corpus", d, dirs_exist_ok=True)
...     kb, first = build(d)
...     kb2, again = build(d)
...     (first.parsed, again.parsed, again.reused_kb), kb2.to_dict() == kb.to_dict()
((3, 0, True), True)
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from . import corpus as corpus_mod
from . import signing, store
from .errors import RegkbError
from .outputs import os_error_message
from .store import gc_paused

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .model import Reference
    from .parse import ParsedDocument

CACHE_VERSION = "2"  # 2: signed entries
PURPOSE = "regkb parse cache"
MAX_KEYS_BYTES = 64 * 1024 * 1024
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file marks regkb's build cache (https://bford.info/cachedir/); it can be deleted.\n")
DEFAULT_CACHE = Path(".regkb") / "cache"
# The modules whose code decides what a parse produces (the corpus reader, the parser and every regkb module they
# import: tests/test_incremental_fingerprint.py checks the list is closed under imports): a change to any of them
# invalidates the cache.
_PARSER_MODULES = ("parse", "corpus.py", "model.py", "textspan.py", "errors.py", "textcodec.py", "safeyaml.py")


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A hash of the parser's source code and the Python version."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{CACHE_VERSION}:{store.FORMAT_VERSION}:{sys.version_info[:2]}".encode())
    for name in _PARSER_MODULES:
        p = root / name
        files = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in files:
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _registry_hash(root: Path) -> str:
    h = hashlib.sha256()
    for name in corpus_mod.REGISTRY_FILES:
        p = root / name
        if p.exists():
            h.update(name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@dataclass(slots=True)
class BuildStats:
    """What an incremental build did, and how long each step took (seconds)."""

    files: int = 0
    parsed: int = 0  # files parsed (new or changed)
    reused: int = 0  # files taken from the cache
    reused_kb: bool = False  # nothing changed: the saved knowledge base was loaded
    removed: int = 0  # cache entries dropped because their file is gone or changed
    times: dict[str, float] = field(default_factory=dict)


ProgressFn = Callable[[str, int, int], None]  # (stage, done, total)


def _noop(stage: str, done: int, total: int) -> None:
    return None


class _Cache:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.docs = directory / "docs"
        self.kb_dir = directory / "kb"

    def get(self, key: str) -> tuple[ParsedDocument, str] | None:
        p = self.docs / f"{key}.pickle"
        try:
            data = p.read_bytes()
        except OSError:
            return None
        try:
            parsed, text = store.loads(signing.unseal(data, PURPOSE, p))  # checked before unpickling
        except Exception:  # an unsigned or damaged entry is a cache miss, never an error
            return None
        return parsed, text

    def open_for_writing(self) -> None:
        """Make the cache directory (tagged as a cache); RegkbError if it cannot be written."""
        try:
            self.docs.mkdir(parents=True, exist_ok=True)
            tag = self.dir / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text(CACHEDIR_TAG, encoding="utf-8")
        except OSError as exc:
            raise self.unwritable(exc) from None

    def unwritable(self, exc: OSError) -> RegkbError:
        return RegkbError(f"cannot write the build cache: {os_error_message(exc, self.dir)}. Make {self.dir} "
                          "writable, or build without --incremental")

    def put(self, key: str, parsed: ParsedDocument, text: str) -> None:
        data = signing.seal(store.dumps((parsed, text)), PURPOSE)
        try:
            store.write_file(self.docs / f"{key}.pickle", data, durable=False)
        except OSError as exc:
            raise self.unwritable(exc) from None

    def prune(self, keep: set[str]) -> int:
        n = 0
        if self.docs.is_dir():
            for p in self.docs.glob("*.pickle"):
                if p.stem not in keep:
                    p.unlink(missing_ok=True)
                    n += 1
        return n

    def kb_keys(self) -> str | None:
        try:
            with open(self.kb_dir / "keys.txt", "rb") as fh:
                return fh.read(MAX_KEYS_BYTES).decode("utf-8", "replace")  # bounded: 33 bytes a file
        except OSError:
            return None


class _PerDocument:
    """Values kept per document between builds (in ``<cache>/<subdir>/``): under the key of the file it comes from
    (its path, bytes, the registries and the parser's code) and a context the caller names (a hash of what else the
    value depends on)."""

    SUFFIX = ".pickle"
    PURPOSE = PURPOSE

    def __init__(self, cache: _Cache, keys: dict[str, str], subdir: str) -> None:
        self.dir = cache.dir / subdir
        self.cache = cache
        self.keys = keys  # document id -> the key of its file
        self.used: set[str] = set()

    def _path(self, document: str, context: str) -> Path | None:
        key = self.keys.get(document)
        if key is None:
            return None
        name = f"{key}-{context[:32]}"
        self.used.add(name)
        return self.dir / f"{name}{self.SUFFIX}"

    def get(self, document: str, context: str) -> object | None:
        p = self._path(document, context)
        if p is None:
            return None
        try:
            data = p.read_bytes()
        except OSError:
            return None
        try:
            return self._decode(signing.unseal(data, self.PURPOSE, p))  # checked before it is read
        except Exception:  # an unsigned or damaged entry is a miss, never an error
            return None

    def _decode(self, data: bytes) -> object:
        return cast(object, store.loads(data))

    def _encode(self, value: object) -> bytes:
        return store.dumps(value)

    def put(self, document: str, context: str, value: object) -> None:
        p = self._path(document, context)
        if p is None:
            return
        try:
            self.dir.mkdir(exist_ok=True)
            store.write_file(p, signing.seal(self._encode(value), self.PURPOSE), durable=False)
        except OSError as exc:
            raise self.cache.unwritable(exc) from None

    def prune(self) -> None:
        """Remove the entries this build did not ask for (a file changed or gone, another context)."""
        if self.dir.is_dir():
            for p in self.dir.glob(f"*{self.SUFFIX}"):
                if p.name[:-len(self.SUFFIX)] not in self.used:
                    p.unlink(missing_ok=True)


class _Data(_PerDocument):
    """Values kept per document as data, never code: a pair (plain data, bytes) written as the JSON text's length
    (4 bytes, big-endian), the JSON text and the bytes, signed like every entry (the graph's pieces, see
    :class:`regkb.graph.GraphMemo`)."""

    SUFFIX = ".data"
    PURPOSE = "regkb graph piece 1"

    def _decode(self, data: bytes) -> object:
        n = int.from_bytes(data[:4], "big")
        if len(data) < 4 + n:
            return None
        return json.loads(data[4:4 + n].decode("utf-8", "surrogatepass")), data[4 + n:]

    def _encode(self, value: object) -> bytes:
        plain, blob = cast("tuple[object, bytes]", value)
        text = json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        return len(text).to_bytes(4, "big") + text + blob


class _References(_PerDocument):
    """The references of each document (a ``ReferenceMemo``, see :func:`regkb.parse.references.find_references`)."""

    def __init__(self, cache: _Cache, keys: dict[str, str]) -> None:
        super().__init__(cache, keys, "refs")

    def get(self, document: str, context: str) -> list[Reference] | None:
        refs = super().get(document, context)
        return refs if isinstance(refs, list) else None


def build(corpus: str | Path = "corpus", cache_dir: str | Path | None = None,
          progress: ProgressFn | None = None) -> tuple[KnowledgeBase, BuildStats]:
    """Build the knowledge base of ``corpus``, re-parsing only files that changed since the last build.

    Returns the knowledge base (equal to ``KnowledgeBase.from_corpus(corpus)``) and what was done.
    Input errors raise :class:`RegkbError`, as a full build does; nothing is cached for a failed build
    except the files that parsed.
    """
    with gc_paused():
        return _build(corpus, cache_dir, progress)


def _build(corpus: str | Path, cache_dir: str | Path | None,
           progress: ProgressFn | None) -> tuple[KnowledgeBase, BuildStats]:
    from .parsed import DocumentSet, facade

    kb_class = cast("type[KnowledgeBase]", facade())  # the class regkb.kb registered (no upward import)
    report = progress or _noop
    root = Path(corpus)
    cache = _Cache(Path(cache_dir) if cache_dir is not None else root / DEFAULT_CACHE)
    stats = BuildStats()
    t0 = time.perf_counter()
    files, found = corpus_mod.scan(root)
    if any(d.severity == "error" for d in found):  # unreadable parts: never a silent skip
        raise RegkbError(f"the corpus in {root} has errors", [d for d in found if d.severity == "error"])
    base = hashlib.sha256(f"{parser_fingerprint()}:{_registry_hash(root)}".encode()).hexdigest()
    keys: list[tuple[Path, str]] = []
    for f in files:
        rel = f.relative_to(root).as_posix()
        try:
            raw = f.read_bytes()
        except OSError:
            raw = b""  # read_source reports the error below
        digest = hashlib.sha256(raw).hexdigest()
        keys.append((f, hashlib.sha256(f"{base}:{rel}:{digest}".encode()).hexdigest()[:32]))
    stats.files = len(files)
    stats.times["hash"] = time.perf_counter() - t0
    report("hash", len(files), len(files))

    key_list = "\n".join(k for _, k in keys) + "\n"
    if files and cache.kb_keys() == key_list:
        t = time.perf_counter()
        try:
            kb = store.load(kb_class, cache.kb_dir)
        except RegkbError:
            kb = None
        if kb is not None:
            kb.corpus_dir = str(root)
            kb.diagnostics = tuple(found) + kb.diagnostics  # what the walk found (links out of the corpus)
            stats.reused, stats.reused_kb = len(files), True
            stats.times["load"] = time.perf_counter() - t
            stats.times["total"] = time.perf_counter() - t0
            return kb, stats

    t = time.perf_counter()
    cache.open_for_writing()
    laws = corpus_mod.load_laws(root)
    bodies = corpus_mod.load_bodies(root)
    docs = DocumentSet()
    doc_keys: dict[str, str] = {}
    for n, (f, key) in enumerate(keys, 1):
        hit = cache.get(key)
        if hit is not None:
            doc, text = hit
            stats.reused += 1
        else:
            got = docs.parse(f, root, laws, bodies)
            if got is None:
                continue
            doc, text = got
            cache.put(key, doc, text)  # before the corpus-level stages touch it
            stats.parsed += 1
        if docs.add(doc, text):
            doc_keys[doc.document.id] = key
        report("parse", n, len(keys))
    stats.times["parse"] = time.perf_counter() - t
    parsed, sources = docs.finish(root)
    t = time.perf_counter()
    refs = _References(cache, doc_keys)
    duties = _PerDocument(cache, doc_keys, "obligations")  # an ObligationMemo: see extract_obligations
    kb = kb_class.from_parsed(parsed, laws, bodies, sources, str(root), memo=refs, obligation_memo=duties)
    stats.times["corpus"] = time.perf_counter() - t
    report("corpus", 1, 1)
    t = time.perf_counter()
    try:
        stats.removed = cache.prune({k for _, k in keys})
        refs.prune()
        duties.prune()
        store.save(kb, cache.kb_dir, durable=False)
        store.write_file(cache.kb_dir / "keys.txt", key_list.encode("utf-8"), durable=False)
    except OSError as exc:
        raise cache.unwritable(exc) from None
    kb.diagnostics = tuple(found) + kb.diagnostics  # what the walk found (links out of the corpus), not cached
    # each document's part of the graph, kept for when the graph is built (regkb.graph.build; not in the store)
    kb.__dict__["_graph_memo"] = _Data(cache, doc_keys, "graph")
    stats.times["save"] = time.perf_counter() - t
    stats.times["total"] = time.perf_counter() - t0
    return kb, stats


def clear(corpus: str | Path = "corpus", cache_dir: str | Path | None = None) -> None:
    """Delete the build cache of a corpus (only a directory tagged as regkb's cache: see CACHEDIR.TAG)."""
    import shutil

    d = Path(cache_dir) if cache_dir is not None else Path(corpus) / DEFAULT_CACHE
    if not d.exists():
        return
    tag = d / "CACHEDIR.TAG"
    if d.is_symlink() or tag.is_symlink() or not tag.is_file() or not tag.read_text(errors="replace").startswith(
            CACHEDIR_TAG.splitlines()[0]):
        raise RegkbError(f"{d}: not regkb's build cache (no CACHEDIR.TAG), so it is not deleted")
    shutil.rmtree(d, ignore_errors=True)


__all__ = ["BuildStats", "build", "clear", "gc_paused", "parser_fingerprint"]
