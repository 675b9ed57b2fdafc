"""The lexicon's lookups (regkb#16) give the same answers as scanning every name, which they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.parse.lexicon import HeadIndex, Snapshots, opens_with_name

WORDS = st.sampled_from(["data", "service", "providers", "users", "of", "the", "state", "council", "a", "b"])
PHRASES = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
SEPS = st.sampled_from(["", " ", ", ", ",", " x", "s"])


def _scan(low: str, known: set[str], longer_than: int) -> bool:
    """What the extractor did before: test every known name."""
    return any(low.startswith(f) and len(f) > longer_than and (len(low) == len(f) or low[len(f)] in " ,")
               for f in known if " " in f)


@settings(max_examples=400, deadline=None)
@given(st.sets(PHRASES, max_size=12), PHRASES, SEPS, PHRASES, st.integers(0, 30))
def test_opens_with_name_is_the_scan(known: set[str], head: str, sep: str, tail: str, longer: int) -> None:
    low = head + sep + tail
    assert opens_with_name(low, known, longer) is _scan(low, known, longer)


def test_opens_with_name_cases() -> None:
    known = {"departments with personal information protection duties", "state council"}
    assert opens_with_name("departments with personal information protection duties", known, 11)
    assert opens_with_name("departments with personal information protection duties, and x", known, 11)
    assert not opens_with_name("departments with personal information protection dutiesx", known, 11)
    assert not opens_with_name("state council", known, 13)  # not longer than the head itself
    assert not opens_with_name("council", {"council"}, 0)  # one-word names never count


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PHRASES, st.booleans()), max_size=30), st.sets(PHRASES, max_size=3))
def test_snapshots_are_copies(steps: list[tuple[str, bool]], extra: set[str]) -> None:
    """A snapshot answers like a copy of the names taken at that moment, whatever is added later."""
    names: dict[str, str] = {}
    snaps = Snapshots(names)
    taken = []
    for name, snap in steps:
        names.setdefault(name, name)
        if snap:
            taken.append((snaps.snapshot(extra), set(names) | extra))
    probe = {n for n, _ in steps} | extra | {"nothing here"}
    for view, copy in taken:
        for n in probe:
            assert (n in view) is (n in copy)


def test_head_index_is_the_scan() -> None:
    labels: dict[str, str] = {}

    def group(k: str) -> str | None:
        return None if re.search(r"\s(?:or|and)\s", k) else k.split(" of ")[0].split()[-1]

    index = HeadIndex(labels, group)
    for key in ["drone operator", "organization or individual", "individual", "service provider of x",
                "platform operator", "user"]:
        labels.setdefault(key, key)
        for head in ("operator", "individual", "provider", "user", "platform"):
            scan = [k for k in labels if group(k) == head]
            assert index.get(head) == scan
