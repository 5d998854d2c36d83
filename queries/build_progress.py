"""`aikg build`'s progress on a terminal (rich): one line per phase, each with its own progress.

    counting files  ━━━━━━━━━━━━━━━━━━━━━━━━  2,000 files
    reading         ━━━━━━━━━━━━━━━━╸━━━━━━━  1,412/2,000 files  88.1 articles/s  0:00:07 left
    merging         ━━━━━━━━━━━━━━━━━━━━━━━━  6,000/6,000 units                   0:00:00 left
    writing store   ━━━━━━━━━━━━━━━━━━━━━━━━  0:00:04

Files are counted before any is read, so the reading bar has a total, a rate
and a time left; the phases after it (extracting the last batches, merging,
the embedded store, the question index, the spare copy) each get their line as they start.
The CLI shows it only when stderr is a terminal: logs and pipes get the
summary alone.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TaskID, TextColumn, TimeElapsedColumn
from rich.text import Text

from loaders.types import BuildStep

LABELS = {"counting": "counting files", "reading": "reading", "extracting": "extracting",
          "merging": "merging", "store": "writing store", "index": "writing index", "spare": "copying spare"}
UNITS = {"counting": "files", "reading": "files", "extracting": "articles", "merging": "units"}


class _Count(ProgressColumn):
    """'1,412/2,000 files', or '2,000 files' while the total is unknown; nothing for a phase without units."""

    def render(self, task: Task) -> Text:
        unit = UNITS.get(task.fields["phase"])
        if unit is None:
            return Text("")
        done = f"{int(task.completed):,}"
        return Text(f"{done}/{int(task.total):,} {unit}" if task.total is not None else f"{done} {unit}")


class _Rate(ProgressColumn):
    """Articles per second: read so far over the time reading took, or extracted lately (the
    extracting phase counts articles, and starts with most of them done while reading)."""

    def render(self, task: Task) -> Text:
        phase, elapsed = task.fields["phase"], task.elapsed or 0
        if phase == "reading" and task.fields.get("articles") and elapsed > 0:
            return Text(f"{task.fields['articles'] / elapsed:,.1f} articles/s")
        if phase == "extracting" and task.speed:
            return Text(f"{task.speed:,.1f} articles/s")
        return Text("")


class _Left(ProgressColumn):
    """Time left from the phase's own rate, once it has one; time taken when it is done."""

    def render(self, task: Task) -> Text:
        if task.finished or task.total is None:
            return Text("")
        remaining = task.time_remaining
        if remaining is None:
            return Text("")
        minutes, seconds = divmod(int(remaining), 60)
        return Text(f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d} left")


class BuildProgress:
    """A `progress` callback for loaders.build.build that draws each BuildStep."""

    def __init__(self, console: Console):
        self.bar = Progress(TextColumn("{task.description:<15}"), BarColumn(), _Count(), _Rate(), _Left(),
                            TimeElapsedColumn(), console=console, transient=True)
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> "BuildProgress":
        self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.stop()

    def __call__(self, step: BuildStep) -> None:
        task = self.tasks.get(step.phase)
        if task is None:
            for earlier in self.tasks.values():  # a new phase: the ones before it are done
                self._finish(earlier)
            task = self.tasks[step.phase] = self.bar.add_task(LABELS.get(step.phase, step.phase),
                                                              total=step.total, phase=step.phase)
        self.bar.update(task, completed=step.done, total=step.total, articles=step.articles)

    def _finish(self, task: TaskID) -> None:
        state = self.bar.tasks[task]
        if not state.finished:
            end = state.total if state.total is not None else max(state.completed, 1)
            self.bar.update(task, total=end, completed=end)
        self.bar.stop_task(task)
