"""MkDocs page by page: a page whose inputs are those of the last build is not rendered again (regkb#16).

:func:`build_pages` does what ``mkdocs build`` does (the same plugin events, the same functions
of :mod:`mkdocs.commands.build` for each page and template), in an order that holds one page's
HTML in memory at a time, and reuses the previous site's output of every page whose inputs did
not change, by a hard link from the previous site (same bytes, same modification time; the
previous site itself is never written to).

What a page's HTML depends on, and how each part is checked:

- its own Markdown and front matter: a SHA-256 of both, per page (a source file whose size and
  modification time are those the last build read is not read again: its hash, title and navigation
  metadata are the state's);
- everything every page shows or links to: the navigation (each entry's title, address and
  the metadata the theme shows in the navigation), the list of the site's files, the MkDocs
  configuration, the theme's template directories, the versions of MkDocs, the theme and regkb,
  and the build date. One hash of all of it ("global"); when it differs from the last build's,
  every page is rendered again;
- the previous output file itself: its size and modification time must be those the last build
  recorded (a site changed by hand, or a build killed after the swap, is not trusted).

Per page, the state keeps what other parts of the build need from a page that is not rendered:
its title from the first heading, the anchors it has and the links it makes to other pages'
anchors (MkDocs checks them all, strict), and the entries the theme's search plugin made of it.
A static file (asset, download) is linked when its source has the size and modification time of
the last build (regkb's page generator leaves an unchanged file untouched) and copied otherwise.

Reuse is off (every page rendered, as a plain ``mkdocs build``) when a plugin other than the
search plugin is configured: another plugin may make a page depend on anything. The tests check
that an incremental build after a change is byte for byte the full build of the changed corpus.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import RegkbError

STATE_VERSION = 1
_SEARCH_PLUGINS = frozenset({"search", "material/search"})
_NAV_META = ("icon", "status", "subtitle")  # what the theme shows of a page's metadata in the navigation


@dataclass
class PagesBuilt:
    """What :func:`build_pages` did, and the state the next build needs (see :func:`save_state`)."""

    rendered: int = 0
    reused: int = 0
    copied: int = 0
    linked: int = 0
    reason: str = ""  # why pages were not reused, when none was
    state: dict[str, Any] = field(default_factory=dict)


def load_state(path: Path | None) -> dict[str, Any] | None:
    """The state of the last build (JSON written by :func:`save_state`), or None if absent or unusable."""
    if path is None:
        return None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
        return None
    if not isinstance(state.get("pages"), dict) or not isinstance(state.get("static"), dict):
        return None
    return state


def save_state(path: Path, built: PagesBuilt, site: Path) -> None:
    """Write the state for the site now at ``site`` (after the swap: the recorded times are of its files)."""
    state = built.state
    for table in (state["pages"], state["static"]):
        for rel, entry in table.items():
            st = os.stat(site / rel)
            entry["out"] = [st.st_size, st.st_mtime_ns]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def _same_output(previous: Path | None, rel: str, entry: dict[str, Any]) -> bool:
    if previous is None:
        return False
    try:
        st = os.stat(os.path.join(previous, rel))  # strings, not Paths: once per page of the site
    except OSError:
        return False
    return entry.get("out") == [st.st_size, st.st_mtime_ns]


def _stat(path: str | None) -> list[int] | None:
    if not path:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _nav_meta(meta: dict[str, Any]) -> dict[str, Any] | None:
    """What the navigation and the other pages use of a page's metadata: its title and what the theme shows in
    the navigation; None if it would not come back the same from JSON (then the source is always read)."""
    kept = {k: meta[k] for k in ("title", *_NAV_META) if k in meta}
    try:
        return kept if json.loads(json.dumps(kept)) == kept else None
    except (TypeError, ValueError):
        return None


def _link(previous: Path, site: Path, rel: str, made: set[str] | None = None) -> None:
    """Hard-link ``rel`` of the previous site into the new one (``made``: directories known to exist already)."""
    dest = os.path.join(site, rel)
    parent = os.path.dirname(dest)
    if made is None or parent not in made:
        os.makedirs(parent, exist_ok=True)
        if made is not None:
            made.add(parent)
    os.link(os.path.join(previous, rel), dest)


def _anchors(ids: set[str] | None) -> list[str] | None:
    return None if ids is None else sorted(a for a in ids if isinstance(a, str))  # raw HTML may give a None


def _page_digest(page: Any) -> str:
    h = hashlib.sha256(json.dumps(page.meta, sort_keys=True, ensure_ascii=False, default=str).encode())
    h.update(b"\0")
    h.update((page.markdown or "").encode("utf-8"))
    return h.hexdigest()


def _tree_digest(h: Any, root: Path) -> None:
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(f"{p.relative_to(root).as_posix()} {hashlib.sha256(p.read_bytes()).hexdigest()}\n".encode())


def _global_digest(config: Any, config_text: str, files: Any, nav: Any) -> str:
    """One hash of what every page shows or links to (see the module's docstring)."""
    from importlib import metadata

    import material

    h = hashlib.sha256(f"regkb-pages {STATE_VERSION}\n{config_text}\n".encode())
    for dist in ("mkdocs", "mkdocs-material", "regkb", "markdown", "jinja2", "pymdown-extensions"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{dist} {metadata.version(dist)}\n".encode())
    h.update(f"epoch {os.environ.get('SOURCE_DATE_EPOCH', '')}\n".encode())
    material_dir = Path(material.__file__).resolve().parent
    for d in config.theme.dirs:
        if material_dir not in Path(d).resolve().parents and Path(d).is_dir():
            _tree_digest(h, Path(d))  # the theme's own files are covered by its version
    for f in sorted(files, key=lambda f: f.src_uri):
        h.update(f"file {f.src_uri} {f.dest_uri} {f.url} {int(f.is_documentation_page())}\n".encode())

    def walk(items: Any, depth: int) -> None:
        for item in items:
            kind = type(item).__name__
            url = getattr(item, "url", "") or ""
            meta = getattr(item, "meta", None) or {}
            shown = {k: meta[k] for k in _NAV_META if k in meta}
            h.update(f"{depth} {kind} {item.title!r} {url} {json.dumps(shown, sort_keys=True, default=str)}\n"
                     .encode())
            if getattr(item, "children", None):
                walk(item.children, depth + 1)

    walk(nav.items, 0)
    return h.hexdigest()


def _search_entries(config: Any) -> list[Any] | None:
    """The theme search plugin's list of entries (None: no search plugin)."""
    for name, plugin in config.plugins.items():
        if name in _SEARCH_PLUGINS:
            index = getattr(plugin, "search_index", None)
            entries = getattr(index, "entries", None)
            if isinstance(entries, list):
                return entries
    return None


class _SignedTemplates:
    """Jinja's compiled templates kept in a directory between builds (a ``jinja2.BytecodeCache``): the
    theme's templates are compiled once, not at every build (about 0.25 s of CPU a build). Jinja checks
    each entry against its template's source and its own and Python's versions; the entry's name also
    holds the versions of MkDocs, the theme and Jinja and the environment's extensions (what else the
    compiled code depends on). An entry is compiled code: it is signed like the parse cache
    (:mod:`regkb.signing`), so one not written on this machine is never loaded. Where the machine's key cannot be
    read or made, a key of this process signs them (:func:`regkb.signing.key_or_ephemeral`): the site is built as
    before, and a later build compiles the templates again."""

    PURPOSE = "regkb compiled templates"

    def __init__(self, directory: Path, env: Any) -> None:
        from importlib import metadata

        self.dir = directory
        h = hashlib.sha256(repr(sorted(env.extensions)).encode())
        for dist in ("jinja2", "mkdocs", "mkdocs-material"):
            with contextlib.suppress(metadata.PackageNotFoundError):
                h.update(f"{dist} {metadata.version(dist)}\n".encode())
        self.salt = h.hexdigest()[:16]

    def _path(self, bucket: Any) -> Path:
        return self.dir / f"{bucket.key}-{self.salt}.jinja"

    def load_bytecode(self, bucket: Any) -> None:
        """Fill ``bucket`` from its entry, if there is a good one (otherwise Jinja compiles the template)."""
        import io

        from .signing import key_or_ephemeral, unseal

        p = self._path(bucket)
        try:
            data = unseal(p.read_bytes(), self.PURPOSE, p, key=key_or_ephemeral())
        except (OSError, RegkbError):
            return
        bucket.load_bytecode(io.BytesIO(data))

    def dump_bytecode(self, bucket: Any) -> None:
        """Keep ``bucket``'s compiled code (a directory that cannot be written only costs the time)."""
        import io

        from .atomic import write_bytes_atomic
        from .signing import key_or_ephemeral, seal

        out = io.BytesIO()
        bucket.write_bytecode(out)
        with contextlib.suppress(OSError):
            self.dir.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self._path(bucket), seal(out.getvalue(), self.PURPOSE, key=key_or_ephemeral()))


def template_cache(directory: Path, env: Any) -> Any:
    """A ``jinja2.BytecodeCache`` of :class:`_SignedTemplates` in ``directory`` for the environment ``env``."""
    from jinja2 import BytecodeCache

    class Signed(_SignedTemplates, BytecodeCache):
        pass

    return Signed(directory, env)


def build_pages(config: Any, config_text: str, previous: Path | None, state: dict[str, Any] | None,
                progress: Callable[[str, int, int], None] | None = None, templates: Path | None = None) -> PagesBuilt:
    """Build the MkDocs site of ``config`` (loaded, strict) into ``config.site_dir`` (new and empty).

    ``previous``: the last build's site; ``state``: its state (:func:`load_state`); with both, the
    pages and static files whose inputs did not change are linked from ``previous`` instead of
    being rendered and written. ``config_text``: the configuration as a string (file and overrides),
    part of the global hash. ``templates``: a directory for the theme's compiled templates
    (:func:`template_cache`). Raises what ``mkdocs build`` raises (``Abort`` on warnings in strict mode)."""
    from mkdocs import utils
    from mkdocs.commands import build as mk
    from mkdocs.exceptions import Abort, BuildError
    from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    done = PagesBuilt()
    logger = logging.getLogger("mkdocs")
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logger.addHandler(counter)
    included = InclusionLevel.is_included
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        site = Path(config.site_dir)
        site.mkdir(parents=True, exist_ok=True)
        files = get_files(config)
        env = config.theme.get_env()
        if templates is not None:
            env.bytecode_cache = template_cache(templates, env)
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)

        others = sorted(set(config.plugins) - _SEARCH_PLUGINS)
        entries = _search_entries(config)
        has_search = bool(set(config.plugins) & _SEARCH_PLUGINS)
        if others:
            done.reason = f"plugins {', '.join(others)}"
        elif has_search and entries is None:
            done.reason = "a search plugin whose entries regkb cannot keep"
        elif state is None or previous is None or not previous.is_dir():
            done.reason = "no previous build"
        old_pages: dict[str, Any] = state["pages"] if state and not done.reason else {}
        old_static: dict[str, Any] = state["static"] if state and not done.reason else {}

        # 1. every page's source and metadata (titles for the navigation), and which pages are unchanged
        doc_files = files.documentation_pages(inclusion=included)
        pages_state: dict[str, Any] = {}
        clean: set[str] = set()
        for file in doc_files:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
            page = file.page
            assert page is not None
            old = old_pages.get(file.dest_uri)
            md_stat = _stat(file.abs_src_path)  # before the source is read: a later change is seen next time
            if (old and old.get("src") == file.src_uri and md_stat is not None and old.get("stat") == md_stat
                    and isinstance(old.get("nav_meta"), dict) and isinstance(old.get("md"), str)):
                # the source file as the last build read it (regkb writes these and leaves an unchanged one
                # untouched): not read again; what the navigation shows of it is in the state
                page.meta, page.markdown, digest = dict(old["nav_meta"]), "", old["md"]
            else:
                config._current_page = page
                try:
                    page = config.plugins.on_pre_page(page, config=config, files=files)
                    page.read_source(config)
                finally:
                    config._current_page = None
                digest = _page_digest(page)
            pages_state[file.dest_uri] = {"src": file.src_uri, "md": digest, "stat": md_stat,
                                          "nav_meta": _nav_meta(page.meta)}
            if old and old.get("src") == file.src_uri and old.get("md") == digest \
                    and _same_output(previous, file.dest_uri, old):
                by_src = files.src_uris  # what get_file_from_path looks in (a state's sources are src_uris already)
                targets = [(by_src.get(src), anchor, link) for src, anchor, link in old["links"]]
                if all(t is not None for t, _, _ in targets):
                    page._title_from_render = old["title"]
                    page.present_anchor_ids = None if old["anchors"] is None else set(old["anchors"])
                    links: dict[Any, dict[str, str]] = {}
                    for target, anchor, link in targets:
                        links.setdefault(target, {}).setdefault(anchor, link)
                    page.links_to_anchors = links
                    page.markdown = ""  # not needed again: its output is reused
                    clean.add(file.dest_uri)
                    continue
            if "title" not in page.meta:
                mk._populate_page(page, config, files)  # its title may come from its first heading
            else:
                page.markdown = ""  # read again when it is built: one page's text in memory at a time

        digest = _global_digest(config, config_text, files, nav)
        if state is not None and not done.reason and state.get("global") != digest:
            done.reason = "the navigation, the list of files or the configuration changed"
        if done.reason:
            clean = set()

        env = config.plugins.on_env(env, config=config, files=files)

        # 2. static files: linked when their source is unchanged, copied otherwise
        static_state: dict[str, Any] = {}
        made: set[str] = set()  # directories of the new site made so far
        for file in files:
            if file.is_documentation_page() or not included(file.inclusion):  # type: ignore[no-untyped-call]
                continue
            src_stat: list[int] | None = None
            if file._content is None and file.abs_src_path:
                st = os.stat(file.abs_src_path)
                src_stat = [st.st_size, st.st_mtime_ns]
            old = old_static.get(file.dest_uri)
            if (src_stat is not None and old and old.get("src") == [file.abs_src_path, *src_stat]
                    and _same_output(previous, file.dest_uri, old) and previous is not None):
                _link(previous, site, file.dest_uri, made)
                done.linked += 1
            else:
                file.copy_file()
                done.copied += 1
            if src_stat is not None:
                static_state[file.dest_uri] = {"src": [file.abs_src_path, *src_stat]}

        for template in config.theme.static_templates:
            mk._build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            mk._build_extra_template(template, files, config, nav)

        # 3. the pages: each rendered (if needed), written, and let go; or linked from the previous site
        total = len(doc_files)
        for k, file in enumerate(doc_files, 1):
            page = file.page
            assert page is not None
            entry = pages_state[file.dest_uri]
            if file.dest_uri in clean:
                assert previous is not None
                _link(previous, site, file.dest_uri, made)
                old = old_pages[file.dest_uri]
                entry.update(title=old["title"], anchors=old["anchors"], links=old["links"], search=old["search"])
                if entries is not None:
                    entries.extend(old["search"])
                done.reused += 1
            else:
                if page.content is None:
                    mk._populate_page(page, config, files)
                before = len(entries) if entries is not None else 0
                mk._build_page(page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
                links_out = sorted([target.src_uri, anchor, link]
                                   for target, anchors in (page.links_to_anchors or {}).items()
                                   for anchor, link in anchors.items())
                entry.update(title=page._title_from_render, anchors=_anchors(page.present_anchor_ids),
                             links=links_out, search=entries[before:] if entries is not None else [])
                page.content, page.markdown, page.toc = None, "", []
                done.rendered += 1
            if progress is not None:
                progress("site", k, total)

        log_level = config.validation.links.anchors
        for file in doc_files:
            assert file.page is not None
            file.page.validate_anchor_links(files=files, log_level=log_level)
        config.plugins.on_post_build(config=config)
        if counts := counter.get_counts():
            msg = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise Abort(f"Aborted with {msg} in strict mode!")
        done.state = {"version": STATE_VERSION, "global": digest, "pages": pages_state, "static": static_state}
        return done
    except Exception as exc:
        config.plugins.on_build_error(error=exc)
        if isinstance(exc, BuildError):
            logger.error(str(exc))
            raise Abort("Aborted with a BuildError!") from None
        raise
    finally:
        logger.removeHandler(counter)
