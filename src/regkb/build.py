"""``regkb build``: corpus -> knowledge base -> Markdown pages -> MkDocs site, swapped in atomically.

The pages are generated into a temporary directory next to the site directory, MkDocs builds them
(strict: any warning fails the build) into another temporary directory, and only then is that
directory exchanged with the previous site in one rename. A build that fails at any stage, or is
killed, leaves the previous site exactly as it was. A lock file keeps two builds of the same site
directory from running at once. Dates MkDocs writes (sitemap, gzip header) are pinned to the
corpus, so two builds of one corpus give identical files. A build needs nothing from the network: the
graph view is the site's own script (regkb/site/static/assets/graph.js), not a library to install.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import gc
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .errors import RegkbError
from .kb import KnowledgeBase
from .outputs import check_replaceable_dir, os_error_message, protected_dirs, write_marker
from .sitepages import PagesBuilt, load_state, save_state

ROOT_CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path
    pages: int
    files: int
    seconds: float
    rendered: int | None = None  # pages MkDocs rendered; the others were unchanged, linked from the last build


def _say(log: Callable[[str], None] | None, msg: str) -> None:
    if log is not None:
        log(msg)


# --- locking and the atomic swap ---------------------------------------------------------------------


@contextlib.contextmanager
def _locked(path: Path, wait: float, log: Callable[[str], None] | None, what: str) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+")  # noqa: SIM115 - held for the whole block
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise RegkbError(f"{what} is already running (lock {path}); gave up after {wait:.0f} s. "
                                     "Wait for it to finish, then build again.") from None
                if not told:
                    _say(log, f"waiting for {what} to finish (lock {path})")
                    told = True
                time.sleep(0.2)
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    rc = fn(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), _RENAME_EXCHANGE)
    if rc != 0:
        err = ctypes.get_errno()
        if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
            return False
        raise OSError(err, os.strerror(err), str(b))
    return True


def swap_in(new: Path, dest: Path, trash: Path) -> None:
    """Put directory ``new`` at ``dest``; the previous ``dest`` (if any) ends up at ``trash``."""
    if dest.is_symlink() or dest.is_file():
        raise RegkbError(f"{dest} exists and is not a directory; move it away and build again")
    if not dest.exists():
        os.rename(new, dest)
        return
    if _exchange(new, dest):
        os.rename(new, trash)
        return
    os.rename(dest, trash)  # fallback: two renames, a moment without dest
    os.rename(new, dest)


# --- dates pinned to the corpus ----------------------------------------------------------------------


# The range SOURCE_DATE_EPOCH can hold for every file format MkDocs writes (gzip keeps 32 unsigned bits):
# 1970-01-01 to 2106-02-07, the last whole day below 2**32 seconds (the corpus dates are days).
EPOCH_MIN, EPOCH_MAX = 0, (2**32 // 86400) * 86400


def corpus_epoch(kb: KnowledgeBase) -> int:
    """The latest date named in the corpus frontmatter, as seconds since the epoch (0 if none).

    The result may fall outside 1970-2106; :func:`clamped_epoch` brings it into the range the
    site's files can record.
    """
    best: date | None = None
    for d in kb.documents:
        for value in (d.frontmatter or {}).values():
            day: date | None = None
            if isinstance(value, datetime):
                day = value.date()
            elif isinstance(value, date):
                day = value
            elif isinstance(value, str) and len(value) == 10:
                with contextlib.suppress(ValueError):
                    day = date.fromisoformat(value)
            if day is not None and (best is None or day > best):
                best = day
    if best is None:
        return 0
    return int(datetime(best.year, best.month, best.day, tzinfo=UTC).timestamp())


def clamped_epoch(epoch: int, log: Callable[[str], None] | None = None) -> int:
    """``epoch`` limited to 1970-01-01 .. 2106-02-07 (what gzip headers and zip files can hold), saying so."""
    clamped = min(max(epoch, EPOCH_MIN), EPOCH_MAX)
    if clamped != epoch:
        day = datetime.fromtimestamp(clamped, UTC).date().isoformat()
        _say(log, f"warning: the latest date in the corpus lies outside 1970-2106, which the site's files cannot "
                  f"record; the build's time stamp is {day} instead")
    return clamped


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_mkdocs(config_file: Path, docs: Path, out: Path, nav: list[Any],
               progress: Callable[[str, int, int], None] | None = None, previous: Path | None = None,
               state: dict[str, Any] | None = None, templates: Path | None = None, **overrides: Any) -> PagesBuilt:
    """MkDocs in strict mode over a generated docs directory; warnings become a RegkbError.
    ``progress`` hears ("site", pages done, pages). With ``previous`` (the last build's site) and
    ``state`` (its :func:`regkb.sitepages.load_state`), unchanged pages are linked, not rendered. ``templates``:
    where the theme's compiled templates are kept between builds (:func:`regkb.sitepages.template_cache`)."""
    from mkdocs import exceptions
    from mkdocs.config import load_config

    from .sitepages import build_pages

    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    try:
        cfg = load_config(config_file=str(config_file), docs_dir=str(docs), site_dir=str(out), nav=nav, strict=True,
                          **overrides)
        theme_dir = str(Path(__file__).resolve().parent / "site" / "overrides")
        if theme_dir not in cfg.theme.dirs:  # the JSON-LD block, wherever mkdocs.yml lives
            cfg.theme.dirs.insert(0, theme_dir)
        config_text = config_file.read_text(encoding="utf-8") + "\n" + json.dumps(overrides, sort_keys=True)
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            return build_pages(cfg, config_text, previous, state, progress, templates)
        finally:
            cfg.plugins.on_shutdown()
    except (exceptions.MkDocsException, exceptions.Abort) as exc:
        detail = "\n".join(f"  {m}" for m in collect.messages[:20])
        raise RegkbError(f"the site build failed: {exc}" + (f"\n{detail}" if detail else "")) from None
    finally:
        logger.removeHandler(collect)


def site_names(kb: KnowledgeBase) -> dict[str, str]:
    """The site's name: the short name of the corpus' only regulation (escaped: templates do not escape it)."""
    from .site import short_name
    from .site.markup import title

    regs = kb.regulations
    if len(regs) != 1:
        return {}
    return {"site_name": title(short_name(kb, regs[0])), "site_description": title(regs[0].title)}


def build_stamp(corpus: str | Path, config_file: Path, site_url: str | None) -> str:
    """A hash of everything a build depends on: the corpus files, the MkDocs configuration, regkb's own
    files (code, templates, assets) and the versions of MkDocs and its theme."""
    from importlib import metadata

    h = hashlib.sha256(f"regkb-site-stamp 2 {site_url or ''}\n".encode())
    for dist in ("mkdocs", "mkdocs-material", "regkb"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{dist} {metadata.version(dist)}\n".encode())
    h.update(config_file.read_bytes())
    roots = [(Path(corpus), "corpus"), (Path(__file__).resolve().parent, "regkb")]
    for root, label in roots:
        for p in sorted(root.rglob("*")):
            rel = p.relative_to(root)
            if any(part.startswith(".") or part == "__pycache__" for part in rel.parts) or not p.is_file():
                continue
            h.update(f"{label}/{rel.as_posix()} {hashlib.sha256(p.read_bytes()).hexdigest()}\n".encode())
    return h.hexdigest()


def site_listing(site: Path) -> str:
    """A hash of the names, sizes and modification times of the files in ``site``: a site changed by
    hand since its last build is built again, even when its corpus is unchanged."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames.sort()
        for name in sorted(filenames):
            st = os.lstat(os.path.join(dirpath, name))
            rel = os.path.relpath(os.path.join(dirpath, name), site)
            h.update(f"{rel} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def build_site(corpus: str | Path = "corpus", site_dir: str | Path = "site", *, config_file: str | Path | None = None,
               log: Callable[[str], None] | None = None, lock_wait: float = 300,
               before_swap: Callable[[Path], None] | None = None, site_url: str | None = None,
               skip_unchanged: bool = False, cache_dir: Path | None = None,
               progress: Callable[[str, int, int], None] | None = None, base: str | None = None) -> BuildResult:
    """Build the site for ``corpus`` into ``site_dir``, replacing the previous site in one step.

    ``base``: the base IRI of the RDF downloads (default https://regkb.example/eli/).
    ``site_dir`` must be new, empty, or a site an earlier build made (see :mod:`regkb.outputs`).
    With ``skip_unchanged`` (``regkb build`` without ``--force``), a site whose corpus, configuration
    and regkb files are those of its last build is kept as it is (see :func:`build_stamp`). With
    ``cache_dir``, the corpus is parsed through the incremental cache there (only changed files).
    ``progress`` is called with (stage, done, total): "parse" documents, "pages", "site" pages."""
    t0 = time.perf_counter()
    cfg = Path(config_file) if config_file else (Path("mkdocs.yml") if Path("mkdocs.yml").is_file() else ROOT_CONFIG)
    protected = protected_dirs(corpus, cfg.parent if cfg.is_file() else None)
    dest = check_replaceable_dir(site_dir, protected=protected)  # before anything else: refuse early
    if not cfg.is_file():
        raise RegkbError(f"no MkDocs configuration at {cfg}; run from the repository root or pass --config")
    # nothing changed since the last build of this site (corpus, configuration, regkb): keep it (regkb#16)
    stamp_file = dest.parent / ".regkb" / f"{dest.name}.stamp"
    stamp = build_stamp(corpus, cfg, f"{site_url or ''} {base or ''}") if Path(corpus).is_dir() else ""
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        last = json.loads(stamp_file.read_text(encoding="utf-8"))
        if (skip_unchanged and stamp and last["stamp"] == stamp and (dest / "index.html").is_file()
                and last.get("listing") == site_listing(dest)):  # and nobody changed the site's files since
            _say(log, f"{dest} is up to date: nothing changed since its last build")
            return BuildResult(dest, int(last["pages"]), int(last["files"]), time.perf_counter() - t0)
    if cache_dir is not None:
        from .incremental import build as incremental_build

        kb, _ = incremental_build(corpus, cache_dir, progress=progress)
    else:
        kb = KnowledgeBase.from_corpus(corpus)
    if base:
        kb.set_base_iri(base)
    for d in kb.diagnostics:
        if d.severity in ("warning", "error"):  # an error here is a document's doubt, kept and shown: not fatal
            _say(log, str(d))
    short = sorted({d.file for d in kb.diagnostics if d.code == "articles-missing"})
    if short:
        _say(log, f"{len(short)} regulation(s) with fewer articles than their numbering implies: {', '.join(short)} "
             "(see the warnings above and regkb check)")
    if kb.unstructured_ids:
        _say(log, f"{len(kb.unstructured_ids)} regulation(s) kept whole, not divided into articles: "
             f"{', '.join(sorted(kb.unstructured_ids))} (the site shows their text with a banner; see regkb check)")
    try:
        held = [kb]  # _build lets go of the knowledge base once the pages are written (memory: regkb#16)
        del kb
        res = _build(held, cfg, dest, site_dir, protected, log, lock_wait, before_swap, site_url, t0, progress)
        if stamp:
            stamp_file.write_text(json.dumps({"stamp": stamp, "pages": res.pages, "files": res.files,
                                              "listing": site_listing(dest)}) + "\n", encoding="utf-8")
        return res
    except OSError as exc:
        raise RegkbError("the site build failed, the previous site is untouched: "
                         + os_error_message(exc, dest.parent / ".regkb")) from None


def _build(held: list[KnowledgeBase], cfg: Path, dest: Path, site_dir: str | Path, protected: list[tuple[Path, str]],
           log: Callable[[str], None] | None, lock_wait: float, before_swap: Callable[[Path], None] | None,
           site_url: str | None, t0: float, progress: Callable[[str, int, int], None] | None) -> BuildResult:
    from .site import generate

    parent = dest.parent
    parent.mkdir(parents=True, exist_ok=True)
    scratch = parent / ".regkb"  # beside the site (same file system, so the swap is a rename); git-ignored
    scratch.mkdir(exist_ok=True)
    kb = held[0]
    epoch = clamped_epoch(corpus_epoch(kb), log)
    names = site_names(kb)
    with _locked(scratch / f"{dest.name}.lock", wait=lock_wait, log=log, what=f"another build of {dest}"):
        for stale in scratch.glob(f"{dest.name}.build-*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a killed build; we hold the lock
        work = Path(tempfile.mkdtemp(prefix=f"{dest.name}.build-", dir=scratch))
        # the generated pages are kept between builds (regkb's own scratch directory): an unchanged page
        # keeps its bytes and time, which is how the next step knows it; the state says what each built
        # page needs (regkb.sitepages), and is trusted only for files whose size and time it recorded
        docs = scratch / f"{dest.name}.docs"
        state_file = scratch / f"{dest.name}.pages.json"
        froze = False
        try:
            out = work / "site"
            if progress is not None:
                progress("pages", 0, 1)
            # the cyclic collector is NOT paused here: pausing it saved about 1 s of a one-changed rebuild at 100
            # regulations but let the pages' garbage pile up (peak memory +4 % at 100, +8 % at 300), and the site
            # build at 1,000 already peaks near the 2 GB bound (regkb#16; performance guide, session 12)
            nav = generate(kb, docs, prune=True, cache=scratch / f"{dest.name}.gen.json")
            held.clear()
            del kb  # the model, its graphs and downloads are in the pages now; MkDocs needs none of it
            gc.collect()
            if not gc.get_freeze_count():  # what is left is long-lived (modules, configuration): MkDocs' collections
                gc.freeze()  # skip it (unless the caller froze objects of its own: then as it has it)
                froze = True
            # read only now: not held beside the model while the pages and downloads are made (memory, regkb#16)
            state = load_state(state_file) if (dest / "index.html").is_file() else None
            if progress is not None:
                progress("pages", 1, 1)
            pages = sum(1 for _ in docs.rglob("*.md"))
            with _env("SOURCE_DATE_EPOCH", str(epoch)):
                extra = names | ({"site_url": site_url} if site_url else {})
                built = run_mkdocs(cfg.resolve(), docs, out, nav, progress, previous=dest if state else None,
                                   state=state, templates=scratch / "templates", **extra)
            files = sum(1 for p in out.rglob("*") if p.is_file())
            write_marker(out)
            if before_swap is not None:
                before_swap(out)
            check_replaceable_dir(site_dir, protected=protected)  # again, under the lock, just before the swap
            state_file.unlink(missing_ok=True)  # the state describes the site about to be replaced
            swap_in(out, dest, work / "old")
            save_state(state_file, built, dest)
        finally:
            if froze:
                gc.unfreeze()  # as the process had it
            shutil.rmtree(work, ignore_errors=True)
    return BuildResult(dest, pages, files, time.perf_counter() - t0, built.rendered)
