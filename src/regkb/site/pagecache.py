"""Pages of an unchanged document are not generated again (regkb#16).

The page generator (:mod:`regkb.site.generate`) writes into a docs directory that ``regkb build``
keeps between builds. For each document whose pages it wrote, this cache records a key (a hash of
everything those pages are made of: see ``Site.doc_key``) and, per page, its path, size and
modification time. The next run that finds the same key, and every page still on disk with the
size and time it recorded, keeps those pages as they are and does not make them again.

Safe against a crash and against hand edits: the state file is removed when a run starts and
written again (to a temporary file, then renamed) only when the run has written every page; a
run killed in between leaves no state, and the next one makes every page (which the generator
still leaves untouched where the bytes are the same). A page changed since it was recorded (its
size or time differ) is made again. The state is JSON (no pickle: nothing loads code from it),
one entry per document of the current corpus: its size grows with the corpus and nothing else.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

STATE_VERSION = 1


class PageCache:
    """The per-document page state of the last run (``path``, JSON) for the pages in ``out``."""

    def __init__(self, path: Path, out: Path, env: str) -> None:
        self.path = path
        self.out = out
        self.env = env  # the code and versions every page depends on: another env, nothing is reused
        self.old: dict[str, Any] = {}
        self.new: dict[str, Any] = {}
        self.hits = 0
        self.misses = 0
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            state = json.loads(path.read_text(encoding="utf-8"))
            if (isinstance(state, dict) and state.get("version") == STATE_VERSION and state.get("env") == env
                    and isinstance(state.get("docs"), dict)):
                self.old = state["docs"]
        path.unlink(missing_ok=True)  # until this run has written every page, no state (see the module doc)

    def fresh(self, doc_id: str, key: str) -> list[tuple[str, int]] | None:
        """The pages of ``doc_id`` from the last run (path, size), if its key is ``key`` and each page is as
        recorded."""
        entry = self.old.get(doc_id)
        if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("files"), list):
            self.misses += 1
            return None
        paths = []
        for f in entry["files"]:
            try:
                rel, size, mtime = f
                st = os.stat(self.out / rel)
            except (OSError, TypeError, ValueError):
                self.misses += 1
                return None
            if [st.st_size, st.st_mtime_ns] != [size, mtime]:
                self.misses += 1
                return None
            paths.append((rel, size))
        self.new[doc_id] = entry
        self.hits += 1
        return paths

    def record(self, doc_id: str, key: str, paths: list[str]) -> None:
        """The pages of ``doc_id`` just written, made of inputs hashed to ``key``."""
        files = []
        for rel in paths:
            st = os.stat(self.out / rel)
            files.append([rel, st.st_size, st.st_mtime_ns])
        self.new[doc_id] = {"key": key, "files": files}

    def save(self) -> None:
        """Write the state (atomically): call once every page of the run is on disk."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"version": STATE_VERSION, "env": self.env, "docs": self.new},
                                  ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
