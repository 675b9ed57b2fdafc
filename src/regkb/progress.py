"""Progress display for long builds: which stage, how many documents, time left (rich).

Any stage can report through the same small interface, a callable ``(stage, done, total)``:

>>> with BuildProgress(enabled=False) as report:
...     for n in range(1, 4):
...         report("parse", n, 3)
>>> report.done("parse")
3

Shown on standard error only when it is a terminal (never in pipes, tests or CI logs), unless
``enabled`` says otherwise.
"""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

STAGE_UNITS = {"site": "pages", "pages": "steps", "corpus": "steps"}  # what a stage counts, if not documents


class BuildProgress:
    """A context manager that is also the ``(stage, done, total)`` callback."""

    def __init__(self, enabled: bool | None = None, console: Console | None = None, unit: str = "documents") -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.unit = unit
        self._counts: dict[str, int] = {}
        self._tasks: dict[str, TaskID] = {}
        self._progress: Progress | None = None
        if self.enabled:
            self._progress = Progress(
                TextColumn("[bold]{task.description:<12}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[unit]}"),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=console or Console(stderr=True),
                transient=False,
            )

    def __enter__(self) -> BuildProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        self._counts[stage] = done
        if self._progress is None:
            return
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = self._progress.add_task(stage, total=total,
                                                                unit=STAGE_UNITS.get(stage, self.unit))
        self._progress.update(task, completed=done, total=total)

    def done(self, stage: str) -> int:
        """How many units a stage has reported as done."""
        return self._counts.get(stage, 0)
