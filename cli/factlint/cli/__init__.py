"""The typer command line: parse options, call the library, pick a formatter, exit with a code.

One module per command or group (``check``, ``lookup``, ``config``, ``facts``, ``lsp``,
``sweep``);
``common`` holds the exit codes, the shared options and the one place library errors
become exit codes. Commands import the engine, rich, pygls and Dask only when they run, so
``--help`` and ``--version`` start fast.
"""

from __future__ import annotations

import io
import sys

import typer

from factlint.cli import check, config, facts, lookup, lsp, sweep
from factlint.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_CODES_HELP,
    ExitCode,
    VersionOption,
    silence_stdout,
)
from factlint.model import MatchSettings, Verdict

app = typer.Typer(
    name="factlint",
    help="Fact-check prose against a canonical facts file.\n\n" + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings=CONTEXT_SETTINGS,
)
app.add_typer(facts.app, name="facts")
app.command("check")(check.check)
app.command("lookup")(lookup.lookup)
app.command("config")(config.show_config)
app.command("lsp")(lsp.lsp)
app.command("sweep")(sweep.sweep)


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
            silence_stdout()
        except ValueError:  # already closed (the language server closes it on exit)
            pass


__all__ = ["ExitCode", "MatchSettings", "Verdict", "app", "main"]
