"""``factlint check``: check drafts against the facts, report, and show or make corrections."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from factlint import __version__
from factlint.cli.common import (
    ConfigOption,
    ExitCode,
    FactsOption,
    NoCacheOption,
    NoColorOption,
    VersionOption,
    argument_text,
    err,
    guarded,
    jobs,
    load_checker,
    load_config,
    output,
    silence_stdout,
    usage_error,
    use_color,
)
from factlint.model import Report

if TYPE_CHECKING:
    from factlint.baseline import Baseline
    from factlint.config import Config
    from factlint.engine import Checker
    from factlint.report import Formatter
    from factlint.vcs import ChangedLines

_PROGRESS_MIN_FILES = 20  # fewer files finish before a bar would help


@guarded
def check(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer reads the annotation at run time on 3.10
        typer.Argument(
            metavar="PATH",
            help="Markdown or text files, or directories to search; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--text", "-t", metavar="SENTENCE", help="A sentence to check (repeatable)."),
    ] = None,
    facts: FactsOption = None,
    output_format: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, line, json, github, sarif, junit or gitlab (default: github in CI on "
            "GitHub, else text).",
        ),
    ] = None,
    output_path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file."),
    ] = None,
    show_unverified: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option(
            "--show-unverified/--hide-unverified",
            help="Also show sentences no claim speaks to (json always lists them).",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--fail-on",
            metavar="error|warning|never",
            help="Exit 1 on findings of this severity or worse: error (contradicted), "
            "warning (outdated too) or never. Default: error.",
        ),
    ] = None,
    config: ConfigOption = None,
    force_exclude: Annotated[
        bool,
        typer.Option("--force-exclude", help="Apply exclude patterns to paths named here too."),
    ] = False,
    jobs_option: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            max=256,
            metavar="N",
            help="Worker processes for large inputs (default 0: every core).",
            show_default=False,
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the corrections as a unified diff instead of the report; change nothing.",
        ),
    ] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="Correct the files in place, then report what remains (no fix for it)."
        ),
    ] = False,
    stdin_filename: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--stdin-filename",
            metavar="PATH",
            help="Check standard input (-) as the file PATH: its configuration, exclude "
            "(with --force-exclude), Markdown or text by its suffix, and PATH in the report.",
        ),
    ] = None,
    baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Report and count only findings this baseline file does not record.",
        ),
    ] = None,
    write_baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--write-baseline",
            metavar="FILE",
            help="Record the contradicted and outdated findings in FILE (JSON, to commit), "
            "then report as --baseline FILE would.",
        ),
    ] = None,
    changed_since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Check only sentences on lines changed since the git revision REF "
            "(committed, staged or not), and untracked files whole.",
        ),
    ] = None,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """Check sentences in drafts against the facts: supported, contradicted, outdated, unverified.

    A contradiction whose fix is one value (a count, a year, a date, a number with its
    unit) comes with a correction: --diff shows them, --fix makes them. --baseline reports
    only findings a baseline does not record; --changed-since only those on changed lines.

    Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on
    (a contradiction, by default; with --fix, one that remains); 2 usage error, unreadable
    input, invalid facts, config or baseline, a git problem with --changed-since, or a file
    --fix could not rewrite (the readable files are still checked and reported); 130
    interrupted (Ctrl-C).
    """
    # What only some runs need (a baseline, changed lines, corrections) is imported there.
    from factlint.files import STDIN, collect_files, excluded
    from factlint.report import get_formatter

    overrides: dict[str, object] = {
        "facts": [str(p) for p in facts] if facts else None,
        "format": output_format,
        "fail_on": fail_on,
        "show_unverified": show_unverified,
        "jobs": jobs_option,
        "cache": False if no_cache else None,
    }
    if stdin_filename is not None:
        stdin_filename = argument_text(stdin_filename)
        if not paths:
            paths = [STDIN]
        elif STDIN not in paths:
            raise usage_error("--stdin-filename names what standard input is: give - to read it")
    _refuse_conflicts(diff, fix, baseline, write_baseline, changed_since)
    as_file = Path(stdin_filename) if stdin_filename else None
    try:
        cfg = load_config(config, overrides, search_from=as_file)
        name = cfg.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        formatter = get_formatter(name)
        checker = load_checker(cfg)
    except ValueError as error:
        raise usage_error(str(error)) from None
    if not paths and not text:
        raise usage_error(
            "nothing to check: give files, directories, - for standard input, or --text"
        )
    files, missing = collect_files(paths or [], cfg, force_exclude=force_exclude)
    if as_file is not None and force_exclude and excluded(as_file, cfg):
        files.remove(STDIN)  # as ruff and black do for an editor's excluded buffer: nothing
    elif paths and not files and not missing:
        err("warning: no Markdown or text files to check (see include and exclude)")
    scope = _Scope(changes=_changes(changed_since), stdin_path=stdin_filename or STDIN)
    if scope.changes is not None:
        from factlint.changed import changed_files

        files = changed_files(files, scope.changes, Path.cwd())
    if baseline is not None:
        from factlint.baseline import read_baseline

        scope = replace(scope, baseline=read_baseline(baseline))
    stdin = _Stdin(scope.stdin_path)
    texts = [argument_text(t) for t in text or []]
    raw = _run(checker, files, texts, stdin, machine=name != "text" or diff, jobs=jobs(cfg))
    raw = replace(raw, problems=tuple(missing) + raw.problems)
    for problem in raw.problems:
        sys.stderr.write(f"{problem}\n")
    if write_baseline is not None:
        scope = replace(scope, baseline=_write_baseline(write_baseline, raw))
    report = scope.narrow(raw)
    refused = False
    if diff:
        from factlint.cli.corrections import print_diff

        with output(output_path) as stream:
            refused = print_diff(report, stdin.read, stream, stdin.path)
    else:
        if fix:
            from factlint.cli.corrections import apply_fixes
            from factlint.engine import recheck

            fixed, refused = apply_fixes(report, stdin.path)
            if fixed:  # their findings now: what remains after the corrections
                report = scope.narrow(recheck(raw, fixed, checker))
        _render(report, formatter, output_path, cfg, no_color=no_color)
    if report.problems or refused:
        raise typer.Exit(ExitCode.ERROR)
    raise typer.Exit(ExitCode.FINDINGS if _fails(report, cfg.fail_on) else ExitCode.OK)


@dataclass(frozen=True)
class _Scope:
    """Which findings of a run are reported: those on changed lines (with --changed-since)
    that the baseline does not record (with --baseline or --write-baseline)."""

    changes: ChangedLines | None = None
    baseline: Baseline | None = None
    stdin_path: str = "-"  # standard input is checked whole, whatever changed

    def narrow(self, report: Report) -> Report:
        cwd = Path.cwd()
        # The baseline first: its entries are matched against every finding of a file, so
        # that one about an unchanged line is not reported unused.
        if self.baseline is not None:
            from factlint.baseline import apply_baseline

            report = apply_baseline(report, self.baseline, cwd)
        if self.changes is not None:
            from factlint.changed import only_changed

            report = only_changed(report, self.changes, cwd, whole=(self.stdin_path,))
        return report


def _refuse_conflicts(
    diff: bool,
    fix: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    changed_since: str | None,
) -> None:
    """Options that cannot be given together: a usage error naming them."""
    if diff and fix:
        raise usage_error("--diff shows the corrections and --fix makes them: give one of them")
    if write_baseline is None:
        return
    if baseline is not None:
        raise usage_error("--write-baseline FILE also reports as --baseline FILE: give one")
    for given, option in ((changed_since, "--changed-since"), (fix, "--fix"), (diff, "--diff")):
        if given:
            raise usage_error(f"--write-baseline records every finding as it is: not with {option}")


def _changes(ref: str | None) -> ChangedLines | None:
    """The lines changed since ``ref`` (None without --changed-since); a git problem is one
    line and exit 2."""
    if ref is None:
        return None
    from factlint.errors import VcsError
    from factlint.vcs import changed_since

    try:
        return changed_since(ref, Path.cwd())
    except VcsError as error:
        raise usage_error(f"--changed-since: {error}") from None


def _write_baseline(path: Path, report: Report) -> Baseline:
    """Record the report's findings in ``path`` and say how many on standard error."""
    from factlint.baseline import write_baseline

    written = write_baseline(path, report, Path.cwd())
    n = sum(written.counts.values())
    err(f"recorded {n} finding{'' if n == 1 else 's'} in the baseline {path}")
    return written


def _render(
    report: Report,
    formatter: Formatter,
    output_path: Path | None,
    cfg: Config,
    *,
    no_color: bool,
) -> None:
    """Write the report in the chosen format to standard output or the --output file."""
    from factlint.report import RenderOptions

    try:
        with output(output_path) as stream:
            options = RenderOptions(
                show_unverified=cfg.show_unverified,
                color=output_path is None and use_color(no_color, stream),
                cwd=Path.cwd(),
                version=__version__,
                fail_on=cfg.fail_on,
            )
            formatter.render(report, options, stream)
            stream.flush()
    except BrokenPipeError:
        # The reader stopped reading (``factlint check ... | head``): every file was
        # checked, so the exit status still tells what was found.
        silence_stdout()


def _fails(report: Report, fail_on: str) -> bool:
    """Whether a finding (not suppressed) is at or above the --fail-on severity."""
    from factlint.report.base import fails

    return any(fails(f, fail_on) for f in report.findings)


class _Stdin:
    """Standard input, read once and kept: its corrections are shown against its text.
    ``path`` is the file it is checked as (``-`` unless ``--stdin-filename`` names one)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.data: bytes | None = None

    def read(self) -> bytes:
        if self.data is None:
            self.data = sys.stdin.buffer.read()
        return self.data


def _run(
    checker: Checker,
    files: list[str],
    texts: list[str],
    stdin: _Stdin,
    *,
    machine: bool,
    jobs: int,
) -> Report:
    """Check everything, with a progress bar on a terminal's stderr for long runs."""
    from factlint.engine import check_files

    read_stdin, stdin_path = stdin.read, stdin.path
    show = (
        len(files) >= _PROGRESS_MIN_FILES
        and sys.stderr.isatty()
        and not machine
        and not os.environ.get("CI")
    )
    if not show:
        return check_files(
            files, checker, texts=texts, read_stdin=read_stdin, stdin_path=stdin_path, jobs=jobs
        )
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=len(files))
        return check_files(
            files,
            checker,
            texts=texts,
            read_stdin=read_stdin,
            stdin_path=stdin_path,
            on_file=lambda _: progress.advance(task),
            jobs=jobs,
        )
