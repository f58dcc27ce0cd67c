"""The typer command line: parse options, call the library, pick a formatter, exit with a code.

One module per command or group (``check``, ``lookup``, ``config``, ``facts``, ``lsp``,
``sweep``);
``common`` holds the exit codes, the shared options and the one place library errors
become exit codes. Commands import the engine, rich, pygls and Dask only when they run, so
``--help`` and ``--version`` start fast.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import importlib
import io
import os
import sys
import threading
from typing import Any

import typer

from factlint.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_CODES_HELP,
    ExitCode,
    VersionOption,
    silence_stdout,
)
from factlint.model import MatchSettings, Verdict

# Each command's module and function; "facts" is a group (a Typer app of its own).
_COMMANDS: dict[str, tuple[str, str]] = {
    "facts": ("factlint.cli.facts", "app"),
    "check": ("factlint.cli.check", "check"),
    "lookup": ("factlint.cli.lookup", "lookup"),
    "config": ("factlint.cli.config", "show_config"),
    "lsp": ("factlint.cli.lsp", "lsp"),
    "sweep": ("factlint.cli.sweep", "sweep"),
}


def main_callback(version: VersionOption = None) -> None:
    """Fact-check prose against a canonical facts file."""


def build_app(only: str | None = None) -> typer.Typer:
    """The command line: every command, or only the one named ``only``.

    Typer turns each command's signature into options when the app runs, and a command's
    module imports what it needs; a run of one command needs only that one, and building
    only it keeps a one-sentence check quick to start. Help, usage errors and the
    version are the same either way: the group, its options and its callback are.
    """
    app = typer.Typer(
        name="factlint",
        help="Fact-check prose against a canonical facts file.\n\n" + EXIT_CODES_HELP,
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
        context_settings=CONTEXT_SETTINGS,
    )
    for name, (module, attribute) in _COMMANDS.items():
        if only is not None and name != only:
            continue
        command = getattr(importlib.import_module(module), attribute)
        if isinstance(command, typer.Typer):
            app.add_typer(command, name=name)
        else:
            app.command(name)(command)
    app.callback()(main_callback)
    return app


def __getattr__(name: str) -> Any:
    """``factlint.cli.app``: the whole command line, built when first asked for."""
    if name == "app":
        app = globals()["app"] = build_app()
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Commands that may leave threads or a cluster behind end the way Python ends a program.
_ENDED_BY_PYTHON = frozenset({"lsp", "sweep"})
# Commands that make no reference cycles (tests/test_engine_cycles.py holds checking to
# that) and end with their process: they run with the cycle collector off throughout.
# Reference counting frees all they drop; the collector would only walk the loaded index
# and the thawed claims, again and again, to find nothing.
_NO_CYCLES = frozenset({"check"})


def main() -> None:
    """Console-script entry point."""
    named = sys.argv[1] if len(sys.argv) > 1 else None
    if named in _NO_CYCLES:
        gc.disable()
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.errors == "strict":
        # A path or argument that is not valid UTF-8 is printed escaped, not a crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        build_app(named if named in _COMMANDS else None)()
    except KeyboardInterrupt:  # between commands, e.g. while typer parses the arguments
        sys.exit(ExitCode.INTERRUPTED)
    except SystemExit as done:
        if named in _ENDED_BY_PYTHON or not isinstance(done.code, int):
            raise
        _end(done.code)
    finally:
        _flush()


def _flush() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except ValueError:  # already closed (the language server closes it on exit)
        pass


def _end(code: int) -> None:
    """End the process with ``code`` once the exit handlers have run and the output is
    flushed, without the interpreter's teardown.

    Tearing down frees every object one at a time: with a loaded facts index that is tens
    of milliseconds of a one-sentence check (a fifth of its run), for memory the
    operating system takes back whole. Only a process with no other thread running ends
    so; the exit handlers (``atexit``: logging, process pools, coverage) run first.
    """
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    _flush()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


__all__ = ["ExitCode", "MatchSettings", "Verdict", "app", "main"]
