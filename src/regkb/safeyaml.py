"""The one YAML loader for data: frontmatter and every registry (laws, bodies, alignment, external facts).

PyYAML's ``safe_load`` builds no objects of arbitrary classes, but it still expands aliases (ten
lines of ``&a [*b, *b, ...]`` make billions of nodes), follows nesting into a RecursionError, and
reads inputs of any size. This loader refuses what a registry or a frontmatter block never needs:

- anchors and aliases (``&name`` / ``*name``): an error naming the file and line;
- nesting deeper than :data:`MAX_DEPTH` levels;
- inputs larger than the caller's limit (:data:`MAX_BYTES` by default) and scalars longer than
  :data:`MAX_SCALAR` characters;
- explicit tags (``!!timestamp``, ``!!python/...``): data never needs them;
- impossible dates (``2023-02-30``): an error at the value's line instead of a bare ValueError.

Every problem is a :class:`~regkb.errors.RegkbError` with file, line, column and what to do.

Where PyYAML was built with libyaml, the text is scanned and parsed by libyaml's C parser and the
events are composed by the same bounded composer in Python: every bound above holds, and reading is
several times faster (the frontmatter of every document is read at each parse). Whatever the C
parser does not read to the end (any error, a refusal, a character libyaml cannot take) is read
again by the pure-Python loader, so every error says exactly what it said without libyaml. Without
libyaml the pure-Python loader reads everything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import Node
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from .errors import error_at

_CParser: Any
try:  # libyaml's scanner and parser (PyYAML's C extension); absent when PyYAML was built without libyaml
    from yaml import cyaml
    _CParser = getattr(cyaml, "CParser", None)
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _CParser = None

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_SCALAR = 100_000
MAX_NODES = 200_000


class _Refused(yaml.YAMLError):
    def __init__(self, problem: str, mark: Any, hint: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark
        self.hint = hint


class _Constructor(SafeConstructor):
    def construct_yaml_timestamp(self, node: Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except (ValueError, OverflowError) as exc:
            raise _Refused(f"{node.value!r} is not a real date ({exc})", node.start_mark,
                           "write a date that exists, as YYYY-MM-DD") from None


_Constructor.add_constructor("tag:yaml.org,2002:timestamp",  # type: ignore[type-var]
                             _Constructor.construct_yaml_timestamp)


# Characters around which libyaml and PyYAML read differently (found by comparing them on generated texts): a byte
# order mark after the start (libyaml skips one at the start of any line), the Unicode line breaks NEL, LS and PS, and
# tabs (PyYAML refuses some that libyaml takes as blanks), and the block scalar indicators | and > (libyaml takes a
# comment right after one). A text with any of them is read by the pure loader.
_UNLIKE = re.compile("[\t\ufeff\x85\u2028\u2029|>]")


class _Unread(Exception):
    """The C path leaves this text to the pure-Python loader."""


class _Bounded(Composer):
    """PyYAML's composer, building the node tree bounded: no aliases, no anchors, limited depth and size.

    It reads events from whichever parser it is mixed with (PyYAML's own or libyaml's)."""

    depth = 0
    nodes = 0
    peek_event: Callable[[], Any]  # the parser's

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refused(f"an alias (*{event.anchor}) is not allowed here", event.start_mark,
                           "write the value out in full: regkb reads YAML without anchors and aliases")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Refused(f"an anchor (&{anchor}) is not allowed here", event.start_mark,
                           "remove the anchor and write values out in full: regkb reads YAML without anchors "
                           "and aliases")
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":  # explicit tags (!!timestamp x, !!python/...): data never needs one
            raise _Refused(f"a YAML tag ({tag}) is not allowed here", event.start_mark,
                           "remove the tag and write the plain value")
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Refused(f"more than {MAX_NODES:,} values", event.start_mark, "split the file or shorten it")
        if isinstance(event, ScalarEvent) and len(event.value) > MAX_SCALAR:
            raise _Refused(f"a value of {len(event.value):,} characters (at most {MAX_SCALAR:,})", event.start_mark,
                           "shorten the value")
        if isinstance(event, CollectionStartEvent):
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH:
                    raise _Refused(f"the values are nested more than {MAX_DEPTH} levels deep", event.start_mark,
                                   "flatten the structure: registries need two or three levels")
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1
        return super().compose_node(parent, index)


class _Loader(Reader, Scanner, Parser, _Bounded, _Constructor, Resolver):
    """The safe loader in pure Python: PyYAML's reader, scanner and parser, the bounded composer."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _Bounded.__init__(self)
        _Constructor.__init__(self)
        Resolver.__init__(self)


if _CParser is not None:
    class _CLoader(_Bounded, _CParser, _Constructor, Resolver):  # type: ignore[misc]
        """The same loader with libyaml's C scanner and parser. The bounded composer comes first in the method
        order, so the node tree is composed by it and never by libyaml's own composer."""

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            _Bounded.__init__(self)
            _Constructor.__init__(self)
            Resolver.__init__(self)

        def compose_node(self, parent: Node | None, index: Any) -> Node | None:
            if getattr(self.peek_event(), "tag", None) is not None:
                # libyaml and PyYAML resolve the non-specific tag "!" differently ("!" alone is a string for one and
                # null for the other); any tag is read by the pure loader, which keeps "!" and refuses the others
                raise _Unread
            return super().compose_node(parent, index)


def _fast(text: str) -> tuple[bool, Any]:
    """Read ``text`` with libyaml's parser: (True, data), or (False, None) when libyaml is absent or did not read it
    to the end (the caller then reads it with the pure-Python loader, which says what is wrong)."""
    if _CParser is None or _UNLIKE.search(text):
        return False, None
    loader = None
    try:
        loader = _CLoader(text)
        return True, loader.get_single_data()
    except Exception:  # any failure is read again, and reported, by the pure loader
        return False, None
    finally:
        if loader is not None:
            loader.dispose()


def load(text: str, file: str, *, first_line: int = 1, max_bytes: int = MAX_BYTES, what: str = "file",
         code: str = "yaml") -> Any:
    """Parse ``text`` (the YAML of ``file``, starting at line ``first_line`` of it) into plain data.

    Raises RegkbError naming the file, line and column for invalid YAML and for anything refused.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise error_at(file, first_line, 1, f"the {what} is {size:,} bytes; regkb reads at most {max_bytes:,}",
                       "check that this is the right file; registries and frontmatter are small", "too-large")
    done, data = _fast(text)
    if done:
        return data
    loader: _Loader | None = None
    try:
        loader = _Loader(text)
        return loader.get_single_data()
    except ReaderError as exc:  # a character YAML does not allow (NUL, most control characters)
        pos = min(exc.position, len(text))
        line = text.count("\n", 0, pos) + first_line
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        raise error_at(file, line, col, f"the {what} holds the character U+{exc.character:04X}, which YAML does "
                       "not allow", "remove it, or write it as an escape inside a double-quoted value", code) from None
    except _Refused as exc:
        mark = exc.problem_mark
        raise error_at(file, mark.line + first_line, mark.column + 1, f"the {what} is not accepted: {exc.problem}",
                       exc.hint, "yaml-refused") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + first_line) if mark else first_line
        col = (mark.column + 1) if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error_at(file, line, col, f"the {what} is not valid YAML: {problem}",
                       "fix the YAML (quote values that contain ':' or '#')", code) from None
    except (ValueError, TypeError, AttributeError, OverflowError, IndexError, KeyError) as exc:  # a constructor's
        raise error_at(file, first_line, 1, f"the {what} cannot be read: {exc}",   # own slip: no traceback
                       "simplify the YAML to plain keys, text, numbers, dates and lists", code) from None
    except RecursionError:
        raise error_at(file, first_line, 1, f"the {what} is nested too deeply", "flatten it", "yaml-refused") from None
    finally:
        if loader is not None:
            loader.dispose()
