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

ROOT_CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path
    pages: int
    files: int
    seconds: float


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


def corpus_epoch(kb: KnowledgeBase) -> int:
    """The latest date named in the corpus frontmatter, as seconds since the epoch (0 if none)."""
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


def run_mkdocs(config_file: Path, docs: Path, out: Path, nav: list[Any], **overrides: Any) -> None:
    """MkDocs in strict mode over a generated docs directory; warnings become a RegkbError."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    try:
        cfg = load_config(config_file=str(config_file), docs_dir=str(docs), site_dir=str(out), nav=nav, strict=True,
                          **overrides)
        theme_dir = str(Path(__file__).resolve().parent / "site" / "overrides")
        if theme_dir not in cfg.theme.dirs:  # the JSON-LD block, wherever mkdocs.yml lives
            cfg.theme.dirs.insert(0, theme_dir)
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(cfg)
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


def build_site(corpus: str | Path = "corpus", site_dir: str | Path = "site", *, config_file: str | Path | None = None,
               log: Callable[[str], None] | None = None, lock_wait: float = 300,
               before_swap: Callable[[Path], None] | None = None, site_url: str | None = None,
               base: str | None = None) -> BuildResult:
    """Build the site for ``corpus`` into ``site_dir``, replacing the previous site in one step.

    ``base``: the base IRI of the RDF downloads (default https://regkb.example/eli/).
    """
    from .site import generate

    t0 = time.perf_counter()
    kb = KnowledgeBase.from_corpus(corpus)
    if base:
        kb.set_base_iri(base)
    for d in kb.diagnostics:
        if d.severity == "warning":
            _say(log, str(d))
    cfg = Path(config_file) if config_file else (Path("mkdocs.yml") if Path("mkdocs.yml").is_file() else ROOT_CONFIG)
    if not cfg.is_file():
        raise RegkbError(f"no MkDocs configuration at {cfg}; run from the repository root or pass --config")
    dest = Path(site_dir).resolve()
    parent = dest.parent
    parent.mkdir(parents=True, exist_ok=True)
    scratch = parent / ".regkb"  # beside the site (same file system, so the swap is a rename); git-ignored
    scratch.mkdir(exist_ok=True)
    with _locked(scratch / f"{dest.name}.lock", wait=lock_wait, log=log, what=f"another build of {dest}"):
        for stale in scratch.glob(f"{dest.name}.build-*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a killed build; we hold the lock
        work = Path(tempfile.mkdtemp(prefix=f"{dest.name}.build-", dir=scratch))
        try:
            docs, out = work / "docs", work / "site"
            nav = generate(kb, docs)
            pages = sum(1 for _ in docs.rglob("*.md"))
            with _env("SOURCE_DATE_EPOCH", str(corpus_epoch(kb))):
                extra = site_names(kb) | ({"site_url": site_url} if site_url else {})
                run_mkdocs(cfg.resolve(), docs, out, nav, **extra)
            files = sum(1 for p in out.rglob("*") if p.is_file())
            if before_swap is not None:
                before_swap(out)
            swap_in(out, dest, work / "old")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return BuildResult(dest, pages, files, time.perf_counter() - t0)
