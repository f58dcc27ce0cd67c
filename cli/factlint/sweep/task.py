"""One sweep task, run on a worker: check a partition's files, encode its findings, tally them.

The worker reads only the drafts: the facts arrive compiled, shipped once to each
worker by the client, and one ``Checker`` is built from them per worker thread and
kept for every later task. Files are read at their absolute paths (a worker's
working directory may be another) and reported under the names the walk gave
them, so that paths read as ``factlint check`` prints them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factlint.engine import Checker, check_files
from factlint.model import Finding, MatchSettings, Problem, Report
from factlint.report.base import RenderOptions
from factlint.report.json import result_document
from factlint.sweep.output import Rows
from factlint.sweep.partition import Partition
from factlint.sweep.summary import Tally, tally

if TYPE_CHECKING:
    from factlint.compiled import CompiledFacts


@dataclass(frozen=True)
class Job:
    """What every task of a sweep shares, apart from the facts."""

    settings: MatchSettings
    cwd: str  # the client's working directory: relative paths are read and shown from it
    encode: Callable[[Rows], Any]  # the output format's encoder


@dataclass(frozen=True)
class PartitionResult:
    """A task's findings, encoded for the output, and its tally for the summary."""

    partition: int
    payload: Any  # None: nothing to write
    tally: Tally


_LOCAL = threading.local()


def checker(compiled: CompiledFacts, settings: MatchSettings) -> Checker:
    """This thread's checker for ``compiled``: built by the first task, kept for the next."""
    held: tuple[CompiledFacts, MatchSettings, Checker] | None = getattr(_LOCAL, "held", None)
    if held is None or held[0] is not compiled or held[1] != settings:
        held = (compiled, settings, Checker(compiled, settings))
        _LOCAL.held = held
    return held[2]


def check_partition(partition: Partition, compiled: CompiledFacts, job: Job) -> PartitionResult:
    """Check one partition's files: its findings as the output encodes them, and its tally."""
    names = {os.path.join(job.cwd, path): path for path in partition.paths}
    report = _check(list(names), checker(compiled, job.settings))
    report = _renamed(report, names)
    options = RenderOptions(cwd=Path(job.cwd))
    rows = [result_document(f, options) for f in report.findings if not f.suppressed]
    return PartitionResult(partition.id, job.encode(rows), tally(report, len(partition.paths)))


def _check(paths: Sequence[str], checker: Checker) -> Report:
    """``check_files`` on the partition; if the engine fails on a file, the others are still
    checked and that one is a problem: one odd document never costs a partition."""
    try:
        return check_files(paths, checker, jobs=1)
    except Exception:
        pass
    reports: list[Report] = []
    for path in paths:
        try:
            reports.append(check_files([path], checker, jobs=1))
        except Exception as error:
            problem = Problem(path, f"internal error while checking: {type(error).__name__}")
            reports.append(Report((), 0, problems=(problem,)))
    return Report(
        tuple(f for r in reports for f in r.findings),
        sum(r.files for r in reports),
        tuple(n for r in reports for n in r.notices),
        tuple(p for r in reports for p in r.problems),
    )


def _renamed(report: Report, names: dict[str, str]) -> Report:
    """``report`` with each file under the name the walk gave it."""

    def finding(f: Finding) -> Finding:
        path = names.get(f.sentence.path, f.sentence.path)
        return replace(f, sentence=replace(f.sentence, path=path))

    problems = tuple(replace(p, path=names.get(p.path, p.path)) for p in report.problems)
    return replace(report, findings=tuple(finding(f) for f in report.findings), problems=problems)
