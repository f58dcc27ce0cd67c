"""The typer command line: parse options, call the library, pick a formatter, exit with a code."""

from __future__ import annotations

import enum
import functools
import io
import json
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
from factlint.model import FactBase, MatchSettings, Problem, Report, Severity, Verdict

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
    "input, invalid facts or config, or a file --fix could not rewrite; 130 interrupted (Ctrl-C)."
)

app = typer.Typer(
    name="factlint",
    help="Fact-check prose against a canonical facts file.\n\n" + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
facts_app = typer.Typer(
    help="Validate, list and show the claims of facts files.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(facts_app, name="facts")


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


def _guarded(command: Callable[P, None]) -> Callable[P, None]:
    """Run a command so that Ctrl-C ends it with exit 130 and a closed standard output
    (``factlint facts list | head``) ends it quietly, never with a traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except KeyboardInterrupt:
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitCode.OK) from None

    return run


def _silence_stdout() -> None:
    """Point standard output at the null device: its reader has gone, and flushing what is
    left at exit would otherwise print "Exception ignored ... BrokenPipeError"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (tests, IDEs)
        pass


def _argument_text(value: str) -> str:
    """A command-line argument as text: bytes that were not valid UTF-8 (kept by Python as
    lone surrogates) become U+FFFD, so that no report fails to encode them."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _err(message: str) -> None:
    sys.stderr.write(f"factlint: {message}\n")


def _fail(error: FactlintError) -> typer.Exit:
    """Print an error (every problem of a facts error) and give the exit for it."""
    if isinstance(error, FactsError):
        for problem in error.problems:
            sys.stderr.write(f"{_relative(problem)}\n")
    else:
        _err(str(error))
    return typer.Exit(ExitCode.ERROR)


def _relative(problem: Problem) -> Problem:
    """The problem with its path shown relative to the working directory when under it."""
    path = Path(problem.path)
    if path.is_absolute():
        try:
            return replace(problem, path=str(path.relative_to(Path.cwd())))
        except ValueError:
            pass
    return problem


def _load_config(config: Path | None, overrides: dict[str, object]) -> Config:
    from factlint.config import load_config

    return load_config(Path.cwd(), config, overrides)


def _load_facts(paths: list[Path] | tuple[Path, ...] | None, cfg: Config) -> FactBase:
    from factlint.facts import load_facts

    return load_facts(list(paths) if paths else None, max_bytes=cfg.max_facts_bytes)


def _facts_or_exit(paths: list[Path] | None) -> FactBase:
    """The facts named, else the configured ones, else the bundled ones; exit 2 if invalid."""
    try:
        cfg = _load_config(None, {})
        return _load_facts(paths or cfg.facts, cfg)
    except FactlintError as error:
        raise _fail(error) from None


def _console(no_color: bool) -> Console:
    from rich.console import Console

    return Console(no_color=not _use_color(no_color, sys.stdout), highlight=False)


def _use_color(no_color: bool, stream: TextIO) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        # A path that is not valid UTF-8 (a file named in Latin-1) is written escaped.
        with path.open("w", encoding="utf-8", errors="backslashreplace") as handle:
            yield handle
    except OSError as error:
        raise FactlintError(f"cannot write report: {error.strerror}", str(path)) from None


def _fails(report: Report, fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = Severity.ERROR if fail_on == "error" else Severity.WARNING
    return any(not f.suppressed and f.severity.rank >= threshold.rank for f in report.findings)


@app.command()
@_guarded
def check(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045
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
            help="text, line, json, github or sarif (default: github in CI on GitHub, else text).",
        ),
    ] = None,
    output: Annotated[
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
    jobs: Annotated[
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
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """Check sentences in drafts against the facts: supported, contradicted, outdated, unverified.

    A contradiction whose fix is one value (a count, a year, a date, a number with its
    unit) comes with a correction: --diff shows them, --fix makes them.

    Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on
    (a contradiction, by default; with --fix, one that remains); 2 usage error, unreadable
    input, invalid facts or config, or a file --fix could not rewrite (the readable files are
    still checked and reported); 130 interrupted (Ctrl-C).
    """
    from factlint.files import collect_files
    from factlint.report import RenderOptions, get_formatter

    overrides: dict[str, object] = {
        "facts": [str(p) for p in facts] if facts else None,
        "format": output_format,
        "fail_on": fail_on,
        "show_unverified": show_unverified,
        "jobs": jobs,
        "cache": False if no_cache else None,
    }
    try:
        cfg = _load_config(config, overrides)
        name = cfg.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        formatter = get_formatter(name)
        checker = _checker(cfg)
    except FactlintError as error:
        raise _fail(error) from None
    except ValueError as error:
        _err(str(error))
        raise typer.Exit(ExitCode.ERROR) from None
    if not paths and not text:
        _err("nothing to check: give files, directories, - for standard input, or --text")
        raise typer.Exit(ExitCode.ERROR)
    if diff and fix:
        _err("--diff shows the corrections and --fix makes them: give one of them")
        raise typer.Exit(ExitCode.ERROR)
    files, missing = collect_files(paths or [], cfg, force_exclude=force_exclude)
    if paths and not files and not missing:
        _err("warning: no Markdown or text files to check (see include and exclude)")
    stdin = _Stdin()
    texts = [_argument_text(t) for t in text or []]
    report = _run(checker, files, texts, stdin, machine=name != "text" or diff, jobs=_jobs(cfg))
    report = Report(report.findings, report.files, report.notices, tuple(missing) + report.problems)
    for problem in report.problems:
        sys.stderr.write(f"{problem}\n")
    refused = False
    if diff:
        try:
            with _output(output) as stream:
                refused = _print_diff(report, stdin, stream)
        except FactlintError as error:
            raise _fail(error) from None
        if report.problems or refused:
            raise typer.Exit(ExitCode.ERROR)
        raise typer.Exit(ExitCode.FINDINGS if _fails(report, cfg.fail_on) else ExitCode.OK)
    if fix:
        report, refused = _apply_fixes(report, checker)
    try:
        with _output(output) as stream:
            options = RenderOptions(
                show_unverified=cfg.show_unverified,
                color=output is None and _use_color(no_color, stream),
                cwd=Path.cwd(),
                version=__version__,
            )
            formatter.render(report, options, stream)
            stream.flush()
    except FactlintError as error:
        raise _fail(error) from None
    except BrokenPipeError:
        # The reader stopped reading (``factlint check ... | head``): every file was
        # checked, so the exit status still tells what was found.
        _silence_stdout()
    if report.problems or refused:
        raise typer.Exit(ExitCode.ERROR)
    raise typer.Exit(ExitCode.FINDINGS if _fails(report, cfg.fail_on) else ExitCode.OK)


class _Stdin:
    """Standard input, read once and kept: its corrections are shown against its text."""

    def __init__(self) -> None:
        self.data: bytes | None = None

    def read(self) -> bytes:
        if self.data is None:
            self.data = sys.stdin.buffer.read()
        return self.data


def _print_diff(report: Report, stdin: _Stdin, out: TextIO) -> bool:
    """Write the corrections of every file as a unified diff; True if a file was refused."""
    from factlint.engine import STDIN_PATH, TEXT_PATH
    from factlint.fixes.files import fixes_by_path, plan, unified_diff
    from factlint.report.base import display_path

    refused = False
    made = files = 0
    for path, fixes in fixes_by_path(report.findings).items():
        if path == TEXT_PATH:
            continue
        try:
            data = stdin.read() if path == STDIN_PATH else Path(path).read_bytes()
            rewrite = plan(path, fixes, data)
        except OSError as error:
            _err(f"{path}: cannot read file: {error.strerror or error}")
            refused = True
            continue
        except FactlintError as error:
            _err(str(error))
            refused = True
            continue
        out.write(unified_diff(rewrite, display_path(path, Path.cwd())))
        made += len(rewrite.fixes)
        files += 1
    left = _unfixed(report)
    _err(
        f"{_count(made, 'correction')} in {_count(files, 'file')}, not made (--fix makes them); "
        f"{_count(left, 'finding')} without one"
    )
    return refused


def _apply_fixes(report: Report, checker: Checker) -> tuple[Report, bool]:
    """Correct the files in place and check them again; the report of what remains, and
    whether a file could not be rewritten."""
    from factlint.engine import STDIN_PATH, TEXT_PATH, recheck
    from factlint.fixes.files import fix_file, fixes_by_path
    from factlint.report.base import display_path

    claims = {id(f.fix): f.claim.id for f in report.findings if f.fix and f.claim}
    refused = False
    changed: list[str] = []
    for path, fixes in fixes_by_path(report.findings).items():
        if path in (STDIN_PATH, TEXT_PATH):
            what = "standard input" if path == STDIN_PATH else "--text sentences"
            _err(f"{what} cannot be fixed in place; --diff and --format json show the fixes")
            continue
        try:
            rewrite = fix_file(path, fixes)
        except FactlintError as error:
            _err(str(error))
            refused = True
            continue
        shown = display_path(path, Path.cwd())
        for made in rewrite.fixes:
            for edit in made.edits:
                sys.stderr.write(
                    f"{shown}:{edit.line}:{edit.column}: fixed: {edit.original} -> "
                    f"{edit.replacement} [{claims.get(id(made), '')}]\n"
                )
        if rewrite.after != rewrite.before:
            changed.append(path)
    if not changed:
        return report, refused
    return recheck(report, changed, checker), refused


def _unfixed(report: Report) -> int:
    """How many contradicted or outdated findings have no correction."""
    return sum(
        1
        for f in report.findings
        if not f.suppressed and f.severity is not Severity.INFO and f.fix is None
    )


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


_PROGRESS_MIN_FILES = 20  # fewer files finish before a bar would help


def _jobs(cfg: Config) -> int:
    from factlint.compiled import default_jobs

    return cfg.jobs or default_jobs()


def _checker(cfg: Config) -> Checker:
    """The checker for the configured facts, through the compiled-facts cache."""
    from factlint.engine import load_checker

    return load_checker(
        list(cfg.facts) or None,
        cfg.match,
        cache=cfg.cache,
        jobs=_jobs(cfg),
        max_bytes=cfg.max_facts_bytes,
    )


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

    read_stdin = stdin.read
    show = (
        len(files) >= _PROGRESS_MIN_FILES
        and sys.stderr.isatty()
        and not machine
        and not os.environ.get("CI")
    )
    if not show:
        return check_files(files, checker, texts=texts, read_stdin=read_stdin, jobs=jobs)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=len(files))
        return check_files(
            files,
            checker,
            texts=texts,
            read_stdin=read_stdin,
            on_file=lambda _: progress.advance(task),
            jobs=jobs,
        )


@app.command()
@_guarded
def lookup(
    query: Annotated[
        str, typer.Argument(help="Words to look up, e.g. 'Artemis Accords signatories'.")
    ],
    facts: FactsOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many claims to show.")
    ] = 5,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    config: ConfigOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """Show the claims that best match QUERY, with scores, as-of dates and sources."""
    from factlint.report.lookup import render_lookup_json, render_lookup_text

    if output_format not in ("text", "json"):
        _err(f"unknown format {output_format!r} for lookup; choose text or json")
        raise typer.Exit(ExitCode.ERROR)
    try:
        overrides: dict[str, object] = {
            "facts": [str(p) for p in facts] if facts else None,
            "cache": False if no_cache else None,
        }
        cfg = _load_config(config, overrides)
        index = _checker(cfg).index
    except FactlintError as error:
        raise _fail(error) from None
    query = _argument_text(query)
    ranked = [(ctx.claim, score) for ctx, score in index.lookup(query, limit)]
    if output_format == "json":
        render_lookup_json(query, ranked, index, sys.stdout)
    else:
        console = _console(no_color)
        render_lookup_text(query, ranked, index, console)
    raise typer.Exit(ExitCode.OK if ranked else ExitCode.FINDINGS)


@app.command("config")
@_guarded
def show_config(
    config: ConfigOption = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    version: VersionOption = None,
) -> None:
    """Print the effective configuration and where each value came from."""

    try:
        cfg = _load_config(config, {})
    except FactlintError as error:
        raise _fail(error) from None
    values: dict[str, object] = {
        "facts": [str(p) for p in cfg.facts] or "(bundled canonical facts)",
        "include": list(cfg.include),
        "exclude": list(cfg.exclude),
        "fail_on": cfg.fail_on,
        "format": cfg.format or "(auto: github under GitHub Actions, else text)",
        "show_unverified": cfg.show_unverified,
        "min_score": cfg.match.min_score,
        "hedge_tolerance": cfg.match.hedge_tolerance,
        "max_facts_mib": cfg.max_facts_mib,
        "jobs": cfg.jobs,
        "cache": cfg.cache,
    }
    if output_format == "json":
        doc = {
            "config_file": str(cfg.path) if cfg.path else None,
            "values": {
                k: {"value": v, "from": cfg.origins.get(k, "default")} for k, v in values.items()
            },
        }
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return
    sys.stdout.write(f"# config file: {cfg.path or '(none found; defaults)'}\n")
    for key, value in values.items():
        sys.stdout.write(f"{key} = {json.dumps(value)}  # from {cfg.origins.get(key, 'default')}\n")


@facts_app.command("validate")
@_guarded
def facts_validate(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(
            help="Facts files or directories. Default: the bundled facts.", show_default=False
        ),
    ] = None,
    version: VersionOption = None,
) -> None:
    """Check facts files; print every problem as path:line:column: message. Exit 0 or 2."""
    from factlint.facts import bundled_facts_path, validate_facts

    try:
        cfg = _load_config(None, {})
    except FactlintError as error:
        raise _fail(error) from None
    targets = list(paths) if paths else [bundled_facts_path()]
    problems = validate_facts(targets, max_bytes=cfg.max_facts_bytes)
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"factlint: {len(problems)} problem(s) in the facts\n")
        raise typer.Exit(ExitCode.ERROR)
    fact_base = _load_facts(targets, cfg)
    sys.stdout.write(
        f"ok: {len(fact_base.claims)} claims, {len(fact_base.sources)} sources "
        f"in {len(fact_base.paths) or len(targets)} file(s)\n"
    )


@facts_app.command("list")
@_guarded
def facts_list(
    facts: FactsOption = None,
    query: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--grep", "-g", help="Only claims whose id or text contains this."),
    ] = None,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """List the claims with their as-of dates, status and sources."""
    from factlint.report.facts_view import render_claims_table

    fact_base = _facts_or_exit(facts)
    console = _console(no_color)
    render_claims_table(fact_base, console, query=query)


@facts_app.command("show")
@_guarded
def facts_show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id.")],
    facts: FactsOption = None,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """Show one claim in full: text, dates, members, sources with quotes, examples."""
    from factlint.report.facts_view import render_claim

    fact_base = _facts_or_exit(facts)
    console = _console(no_color)
    try:
        render_claim(fact_base, claim_id, console)
    except LookupError as error:
        _err(error.args[0] if error.args else str(error))
        raise typer.Exit(ExitCode.ERROR) from None


@facts_app.command("schema")
@_guarded
def facts_schema(version: VersionOption = None) -> None:
    """Print the JSON Schema of the facts file format (for editors' YAML language servers)."""
    from importlib.resources import files

    sys.stdout.write(files("factlint").joinpath("data/facts.schema.json").read_text("utf-8"))


@app.command()
def lsp(
    debounce: Annotated[
        float,
        typer.Option(
            "--debounce",
            metavar="SECONDS",
            min=0.0,
            help="Quiet time after an edit before the document is checked again.",
        ),
    ] = 0.25,
    facts: FactsOption = None,
    config: ConfigOption = None,
    version: VersionOption = None,
) -> None:
    """Start the language server on standard input and output, for editors.

    Markdown and text documents are checked as they are opened and edited; each
    document uses the configuration found from its directory, as `factlint check`
    run there would. Needs the lsp extra: pip install 'factlint[lsp]'.
    """
    try:
        from factlint.lsp import serve
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        _err("the language server needs pygls: install factlint[lsp] (pip install 'factlint[lsp]')")
        raise typer.Exit(ExitCode.ERROR) from None
    # Documents find their configuration from their own directories: paths given here
    # are made absolute first, so they mean what they meant where the server started.
    facts_paths = [path.absolute() for path in facts] if facts else None
    serve(debounce, config.absolute() if config else None, facts_paths)


@app.callback()
def main_callback(version: VersionOption = None) -> None:
    """Fact-check prose against a canonical facts file."""


def main() -> None:
    """Console-script entry point."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.errors == "strict":
        # A path or argument that is not valid UTF-8 is printed escaped, not a crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        app()
    except KeyboardInterrupt:  # between commands, e.g. while typer parses the arguments
        sys.exit(ExitCode.INTERRUPTED)
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        except ValueError:  # already closed (the language server closes it on exit)
            pass


__all__ = ["ExitCode", "MatchSettings", "Verdict", "app", "main"]
