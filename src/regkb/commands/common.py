"""What every command shares: the --corpus and --json options, error handling, loading, output.

Below both the ``regkb`` group (cli.py) and the stage commands (commands/*.py), so that neither
imports the other back.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.segment import Segment

from ..errors import RegkbError, printable
from ..kb import KnowledgeBase

F = TypeVar("F", bound=Callable[..., Any])


corpus_option = click.option(
    "--corpus", "corpus", default="corpus", show_default=True, type=click.Path(path_type=Path),
    help="Corpus directory to read.",
)


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


class _SafeConsole(Console):
    """A rich console that shows control characters of the printed text escaped (corpus text cannot drive the terminal)."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(seg if seg.control else Segment(printable(seg.text), seg.style)
                                      for seg in buffer)


def _console() -> Console:
    """A console that wraps to $COLUMNS (default 120) when the output is not a terminal."""
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "120"))
    return _SafeConsole(highlight=False, soft_wrap=False, width=width)


def echo_err(message: str) -> None:
    """Print a message for the user on standard error, control characters escaped."""
    click.echo(printable(message), err=True)


def handle_errors(fn: F) -> F:
    """Turn library errors into a clean message and exit status 2 (1 for a missing object)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ..outputs import os_error_message

        try:
            return fn(*args, **kwargs)
        except RegkbError as exc:
            echo_err(f"regkb: error: {exc}")
            sys.exit(exc.exit_code)
        except KeyError as exc:
            echo_err(f"regkb: {exc.args[0] if exc.args else exc}")
            sys.exit(1)
        except ValueError as exc:
            echo_err(f"regkb: error: {exc}")
            sys.exit(2)
        except OSError as exc:  # full disk, read-only file system, permissions: say which file and what to do
            echo_err(f"regkb: error: {os_error_message(exc)}")
            sys.exit(2)
        except RecursionError:
            echo_err("regkb: error: the input is nested too deeply to be read (brackets or indentation "
                     "thousands of levels deep); fix the input")
            sys.exit(2)
        except MemoryError:
            echo_err("regkb: error: out of memory; the input is too large for this machine")
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def cache_for(corpus: Path) -> Path:
    """Where the commands keep the parsed corpus between runs: beside the search index, not in the corpus."""
    import hashlib

    where = Path(corpus).resolve()
    return where.parent / ".regkb" / "kb-cache" / f"{where.name}-{hashlib.sha256(str(where).encode()).hexdigest()[:8]}"


def load(corpus: Path) -> KnowledgeBase:
    """The corpus' knowledge base, reusing the last build's parsed files (regkb#16): a command after an
    unchanged corpus loads the saved knowledge base instead of parsing every file again."""
    from ..incremental import build

    try:
        kb, _ = build(corpus, cache_for(corpus))
    except OSError:  # no writable place for the cache: parse as before
        kb = KnowledgeBase.from_corpus(corpus)
    for d in kb.diagnostics:
        if d.severity == "warning":
            echo_err(f"regkb: {d}")
    return kb


def emit_json(data: Any) -> None:
    """Print ``data`` as indented JSON (UTF-8 characters kept) on standard output."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))
