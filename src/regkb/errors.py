"""The project's own error type: every failure a user can cause is a :class:`RegkbError`."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Diagnostic


class RegkbError(Exception):
    """An input or usage error, with the diagnostics that explain it.

    ``str(error)`` names the file, the line and column, what is wrong and how to fix it.
    The command line prints it and exits with status 2.
    """

    exit_code = 2

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = ()) -> None:
        self.diagnostics = tuple(diagnostics)
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        lines = [self.message] if self.message else []
        lines += [str(d) for d in self.diagnostics]
        return "\n".join(lines)


def error_at(file: str, line: int, column: int, message: str, hint: str = "", code: str = "") -> RegkbError:
    """One-diagnostic error, the common case."""
    diag = Diagnostic("error", file, line, column, message, hint, code)
    return RegkbError("", [diag])


class NotFound(RegkbError, KeyError):
    """A lookup found nothing (no such id, term, actor, article ...): a :class:`RegkbError` and a ``KeyError``.

    >>> try:
    ...     raise NotFound("no actor 'x'")
    ... except KeyError as exc:
    ...     print(exc)
    no actor 'x'
    """

    exit_code = 1  # the command line's status for a missing object

    def __str__(self) -> str:
        return RegkbError.__str__(self)
