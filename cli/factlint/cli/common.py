"""What every command shares: exit codes, common options, the error guard, output helpers."""

from __future__ import annotations

import enum
import functools
import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, ParamSpec, TextIO

import typer

from factlint import __version__
from factlint.errors import FactlintError, FactsError
from factlint.model import FactBase, Problem

if TYPE_CHECKING:  # imported where used, so that --help and --version start fast
    from rich.console import Console

    from factlint.config import Config
    from factlint.engine import Checker


class ExitCode(enum.IntEnum):
    """What factlint's exit status means."""

    OK = 0  # nothing at or above --fail-on (default: no contradiction)
    FINDINGS = 1  # a finding at or above --fail-on: a contradiction by default
    ERROR = 2  # usage error, unreadable input, invalid facts or configuration
    INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it


EXIT_CODES_HELP = (
    "Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on "
    "(a contradiction, by default; with --fix, one that remains); 2 usage error, unreadable "
    "input, invalid facts, config or baseline, a git problem, or a file --fix could not "
    "rewrite; 130 interrupted (Ctrl-C)."
)

# Every command and group takes -h as well as --help.
CONTEXT_SETTINGS: dict[str, object] = {"help_option_names": ["-h", "--help"]}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factlint {__version__}")
        raise typer.Exit(ExitCode.OK)


VersionOption = Annotated[
    Optional[bool],  # noqa: UP045 - typer reads the annotation at run time on 3.10
    typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
]
FactsOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option(
        "--facts",
        metavar="PATH",
        help="Facts file or directory (repeatable). Default: the configured facts, "
        "else the bundled canonical facts.",
    ),
]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="Never use colour.")]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache", help="Neither read nor write the compiled-facts cache (slower start)."
    ),
]
ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--config", metavar="FILE", help="Configuration file to use instead of searching for one."
    ),
]


P = ParamSpec("P")


def guarded(command: Callable[P, None]) -> Callable[P, None]:
    """Run a command so that library errors become one line on stderr and exit 2, Ctrl-C
    ends it with exit 130, and a closed standard output (``factlint facts list | head``)
    ends it quietly: never a traceback. This is the one place errors meet exit codes."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except FactlintError as error:
            report_error(error)
            raise typer.Exit(ExitCode.ERROR) from None
        except KeyboardInterrupt:
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            silence_stdout()
            raise typer.Exit(ExitCode.OK) from None

    return run


def silence_stdout() -> None:
    """Point standard output at the null device: its reader has gone, and flushing what is
    left at exit would otherwise print "Exception ignored ... BrokenPipeError"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (tests, IDEs)
        pass


def argument_text(value: str) -> str:
    """A command-line argument as text: bytes that were not valid UTF-8 (kept by Python as
    lone surrogates) become U+FFFD, so that no report fails to encode them."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def err(message: str) -> None:
    """One line on standard error, prefixed with the program's name."""
    sys.stderr.write(f"factlint: {message}\n")


def usage_error(message: str) -> typer.Exit:
    """Print a usage error and give the exit for it."""
    err(message)
    return typer.Exit(ExitCode.ERROR)


def report_error(error: FactlintError) -> None:
    """Print an error on standard error: every problem of a facts error, else one line."""
    if isinstance(error, FactsError):
        for problem in error.problems:
            sys.stderr.write(f"{_relative(problem)}\n")
    else:
        err(str(error))


def _relative(problem: Problem) -> Problem:
    """The problem with its path shown relative to the working directory when under it."""
    path = Path(problem.path)
    if path.is_absolute():
        try:
            return replace(problem, path=str(path.relative_to(Path.cwd())))
        except ValueError:
            pass
    return problem


def load_config(
    config: Path | None, overrides: dict[str, object], *, search_from: Path | None = None
) -> Config:
    """The configuration found from the working directory (or ``search_from``, or the file
    ``config``), with overrides."""
    from factlint.config import load_config

    return load_config(Path.cwd(), config, overrides, search_from=search_from)


def load_facts(paths: list[Path] | tuple[Path, ...] | None, cfg: Config) -> FactBase:
    """The facts of ``paths`` (default: the bundled ones), within the configured size limit;
    a large base shows its progress on a terminal."""
    from factlint.cli.progress import load_progress
    from factlint.facts import load_facts

    with load_progress() as progress:
        return load_facts(
            list(paths) if paths else None, max_bytes=cfg.max_facts_bytes, progress=progress
        )


def configured_facts(paths: list[Path] | None) -> FactBase:
    """The facts named, else the configured ones, else the bundled ones."""
    cfg = load_config(None, {})
    return load_facts(paths or cfg.facts, cfg)


def jobs(cfg: Config) -> int:
    """How many worker processes: the configured number, else one per core."""
    from factlint.compiled import default_jobs

    return cfg.jobs or default_jobs()


def load_checker(cfg: Config) -> Checker:
    """The checker for the configured facts, through the compiled-facts cache; reading and
    compiling a large base show their progress on a terminal."""
    from factlint.cli.progress import load_progress
    from factlint.engine import load_checker

    with load_progress() as progress:
        return load_checker(
            list(cfg.facts) or None,
            cfg.match,
            cache=cfg.cache,
            jobs=jobs(cfg),
            max_bytes=cfg.max_facts_bytes,
            progress=progress,
        )


def console(no_color: bool) -> Console:
    """A rich console on standard output, coloured only where colour is wanted."""
    from rich.console import Console

    return Console(no_color=not use_color(no_color, sys.stdout), highlight=False)


def use_color(no_color: bool, stream: TextIO) -> bool:
    """Colour only on a terminal, and never with --no-color or NO_COLOR set."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


@contextmanager
def output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or the file ``path`` opened for the report."""
    if path is None:
        yield sys.stdout
        return
    try:
        # A path that is not valid UTF-8 (a file named in Latin-1) is written escaped.
        with path.open("w", encoding="utf-8", errors="backslashreplace") as handle:
            yield handle
    except OSError as error:
        raise FactlintError(f"cannot write report: {error.strerror}", str(path)) from None
