"""What every command shares: the --corpus and --json options, error handling, loading, output.

Below both the ``regkb`` group (cli.py) and the stage commands (commands/*.py), so that neither
imports the other back.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from ..errors import RegkbError
from ..kb import KnowledgeBase

F = TypeVar("F", bound=Callable[..., Any])


corpus_option = click.option(
    "--corpus", "corpus", default="corpus", show_default=True, type=click.Path(path_type=Path),
    help="Corpus directory to read.",
)


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _console() -> Console:
    """A console that wraps to $COLUMNS (default 120) when the output is not a terminal."""
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "120"))
    return Console(highlight=False, soft_wrap=False, width=width)


def handle_errors(fn: F) -> F:
    """Turn library errors into a clean message and exit status 2 (1 for a missing object)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RegkbError as exc:
            click.echo(f"regkb: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyError as exc:
            click.echo(f"regkb: {exc.args[0] if exc.args else exc}", err=True)
            sys.exit(1)
        except ValueError as exc:
            click.echo(f"regkb: error: {exc}", err=True)
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
            click.echo(f"regkb: {d}", err=True)
    return kb


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))
