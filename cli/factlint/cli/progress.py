"""Progress bars on standard error while facts are read and compiled, on a terminal only.

The library reports how far it is (``factlint.progress``); this turns the reports into
rich progress bars, one per stage, cleared when loading ends::

    reading facts     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━  21.5 of 21.5 MiB  0:00:04
    compiling claims  ━━━━━━━━━━━━━━━╺━━━━━━━━━━━━━━━━━━━━  41,500 of 100,000  0:00:07

Nothing is shown when standard error is not a terminal (a pipe, a file) or under CI,
nor for a stage too small to take a while: loading the bundled facts stays silent.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from factlint.progress import COMPILING, READING, Progress

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as Bars
    from rich.progress import TaskID

# Below these a stage takes well under a second: no bar.
SHOW_FROM = {READING: 2 * 1024 * 1024, COMPILING: 2000}
_MIB = 1024 * 1024


class LoadProgress:
    """A ``factlint.progress.Progress`` that draws bars on ``console`` (standard error)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console
        self._bars: Bars | None = None
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total < SHOW_FROM.get(stage, 0):
            return
        bars = self._bars or self._start()
        amount = (
            f"{done / _MIB:,.1f} of {total / _MIB:,.1f} MiB"
            if stage == READING
            else f"{done:,} of {total:,}"
        )
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = bars.add_task(stage, total=total, amount=amount)
        bars.update(task, completed=done, total=total, amount=amount)

    def _start(self) -> Bars:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._bars = Progress(
            TextColumn("{task.description:<17}"),
            BarColumn(),
            TextColumn("{task.fields[amount]}"),
            TimeElapsedColumn(),
            console=self.console or Console(stderr=True),
            transient=True,
        )
        self._bars.start()
        return self._bars

    def close(self) -> None:
        """Clear the bars, if any were drawn."""
        if self._bars is not None:
            self._bars.stop()
            self._bars = None


def wanted() -> bool:
    """Bars only for a person watching: standard error is a terminal, and not under CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def load_progress() -> Iterator[Progress | None]:
    """A progress callback for loading facts, or None where nothing is to be shown."""
    if not wanted():
        yield None
        return
    shown = LoadProgress()
    try:
        yield shown
    finally:
        shown.close()
