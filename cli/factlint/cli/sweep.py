"""``factlint sweep``: check an archive on a Dask cluster, findings as JSON Lines or Parquet.

Dask is imported when the command runs, never when ``factlint.cli`` is imported;
without the ``dask`` extra the command says so in one line and exits 2.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TextIO

import typer

from factlint.cli.common import (
    ConfigOption,
    ExitCode,
    FactsOption,
    NoCacheOption,
    VersionOption,
    err,
    guarded,
    jobs,
    load_config,
    output,
    usage_error,
)
from factlint.report import jsontext
from factlint.sweep.partition import MAX_FILES

if TYPE_CHECKING:
    from distributed import Client
    from rich.progress import Progress, TaskID

    from factlint.sweep.output import OutputFormat
    from factlint.sweep.summary import Summary, Tally

# What ``factlint[dask]`` installs: an ImportError naming one of these means the extra is missing.
_DASK_MODULES = ("dask", "distributed", "toolz", "cloudpickle", "tornado", "msgpack", "psutil")
NEEDS_DASK = "factlint sweep needs Dask: install factlint[dask] (pip install 'factlint[dask]')"
NEEDS_PYARROW = (
    "Parquet output needs pyarrow: install factlint[dask] (pip install 'factlint[dask]')"
)


@guarded
def sweep(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Markdown or text files, or directories to walk (as check walks them).",
            show_default=False,
        ),
    ],
    output_path: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FINDINGS",
            help="Where to write the findings: JSON Lines, Parquet if it ends in .parquet, "
            "- for standard output.",
            show_default=False,
        ),
    ],
    facts: FactsOption = None,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time on 3.10
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="A running Dask scheduler to use (tcp://host:8786); default: start a local "
            "cluster.",
        ),
    ] = None,
    workers: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--workers",
            "-w",
            min=1,
            max=1024,
            metavar="N",
            help="Worker processes of the local cluster (default: the jobs setting, else every "
            "core).",
            show_default=False,
        ),
    ] = None,
    summary_path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--summary",
            metavar="FILE",
            help="Also write the summary (per claim, documents repeating it) to this JSON file.",
        ),
    ] = None,
    partition_size: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--partition-size",
            min=1,
            max=100_000,
            metavar="N",
            help=f"Files per task at most (default {MAX_FILES}, fewer in a small sweep; "
            "a task also reads at most 8 MiB).",
            show_default=False,
        ),
    ] = None,
    config: ConfigOption = None,
    force_exclude: Annotated[
        bool,
        typer.Option("--force-exclude", help="Apply exclude patterns to paths named here too."),
    ] = False,
    no_cache: NoCacheOption = False,
    version: VersionOption = None,
) -> None:
    """Sweep an archive: check its files on a Dask cluster and write every finding as it comes.

    The paths are walked as check walks them (include and exclude, git-ignored files
    skipped) and cut into tasks; the facts are compiled here once and shipped to each
    worker. Findings are the json format's results, one per line (JSON Lines), or a
    Parquet file; the summary ranks the claims by how many documents repeat them as
    outdated, contradicted and supported. Needs the dask extra:
    pip install 'factlint[dask]'.

    Exit codes: 0 the sweep ran to the end (files that could not be read are reported,
    on stderr and in the summary); 2 usage error, invalid facts or config, Dask missing,
    no cluster, or a sweep the cluster could not finish; 130 interrupted (Ctrl-C).
    """
    from factlint.cache import load_compiled
    from factlint.files import STDIN, collect_files

    if STDIN in paths:
        raise usage_error("sweep reads files and directories; check reads standard input")
    if scheduler and workers:
        raise usage_error("--workers sizes the local cluster; a scheduler's cluster has its own")
    _require_dask()
    fmt = _output_format(output_path)
    from factlint.sweep.cluster import run_sweep
    from factlint.sweep.partition import files_per_task, partition_files
    from factlint.sweep.summary import Summary
    from factlint.sweep.task import Job

    overrides: dict[str, object] = {
        "facts": [str(p) for p in facts] if facts else None,
        "cache": False if no_cache else None,
    }
    try:
        cfg = load_config(config, overrides)
    except ValueError as error:
        raise usage_error(str(error)) from None
    files, missing = collect_files(paths, cfg, force_exclude=force_exclude)
    for problem in missing:
        sys.stderr.write(f"{problem}\n")
    if not files and not missing:
        err("warning: no Markdown or text files to sweep (see include and exclude)")
    # Compiled here, once: the workers get the compiled facts and never read facts files.
    compiled = load_compiled(
        list(cfg.facts) or None, cache=cfg.cache, jobs=jobs(cfg), max_bytes=cfg.max_facts_bytes
    )
    cwd = os.getcwd()
    job = Job(cfg.match, cwd, fmt.encode)
    started = time.monotonic()
    summary = Summary(problems=list(missing))
    writer = fmt.open(output_path)
    try:
        with _client(scheduler, workers or jobs(cfg)) as client, _Progress(len(files)) as progress:
            threads = sum(client.nthreads().values())
            size = partition_size or files_per_task(len(files), threads)
            runs = partition_files(files, cwd=cwd, max_files=size)
            run_sweep(
                client, compiled, runs, job, writer, summary=summary, on_result=progress.update
            )
            workers_used = len(client.nthreads())
    finally:
        writer.close()
    seconds = time.monotonic() - started
    if summary_path is not None:
        _write_summary(summary, summary_path)
    from factlint.report.sweep import render_summary

    render_summary(summary, seconds, workers_used, sys.stderr if output_path == "-" else sys.stdout)
    raise typer.Exit(ExitCode.OK)


def _require_dask() -> None:
    """The one-line usage error when Dask is not installed."""
    try:
        import factlint.sweep.cluster  # noqa: F401 - imports Dask
    except ImportError as error:
        if (error.name or "").split(".")[0] not in _DASK_MODULES:
            raise
        raise usage_error(NEEDS_DASK) from None


def _output_format(path: str) -> OutputFormat:
    """The findings format for ``path``; the one-line usage error when pyarrow is missing."""
    from factlint.sweep.output import output_format

    try:
        return output_format(path)
    except ImportError as error:
        if (error.name or "").split(".")[0] != "pyarrow":
            raise
        raise usage_error(NEEDS_PYARROW) from None


def _client(scheduler: str | None, workers: int) -> AbstractContextManager[Client]:
    """A client of the scheduler named, else of a local cluster this run starts and stops."""
    from factlint.sweep.cluster import connect, local_cluster

    return connect(scheduler) if scheduler else local_cluster(workers)


def _write_summary(summary: Summary, path: Path) -> None:
    from factlint.report.base import RenderOptions
    from factlint.report.json import problem_document

    options = RenderOptions(cwd=Path.cwd())
    document = summary.to_document([problem_document(p, options) for p in summary.problems])
    with output(path) as stream:
        jsontext.dump(document, stream)
        stream.write("\n")


class _Progress:
    """Files done of the total and findings so far, on a terminal's stderr (nothing on a
    pipe, nothing in CI); files that could not be checked are printed as they come."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> _Progress:
        if self.stream.isatty() and not os.environ.get("CI"):
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("sweeping"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files · {task.fields[findings]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self.bar.__enter__()
            self.task = self.bar.add_task("sweep", total=self.total, findings="0 findings")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def update(self, summary: Summary, part: Tally) -> None:
        for problem in part.problems:
            if self.bar is not None:
                self.bar.console.print(str(problem), markup=False, highlight=False)
            else:
                self.stream.write(f"{problem}\n")
        if self.bar is not None and self.task is not None:
            s = summary.sentences
            findings = (
                f"{summary.findings:,} findings ({s.get('contradicted', 0):,} contradicted, "
                f"{s.get('outdated', 0):,} outdated)"
            )
            self.bar.update(self.task, completed=summary.done, findings=findings)
