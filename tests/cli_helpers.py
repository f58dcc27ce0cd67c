"""What the end-to-end CLI tests share: running factlint in-process, files, a git repository.

The facts these tests check against are written here, so that a contradiction is a plain
number against a plain claim and no test leans on how the engine reads harder sentences.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factlint.cli import app


def interruptible() -> None:
    """In a child about to run factlint: Ctrl-C acts as at a terminal.

    A shell starts a background job with SIGINT ignored, and the ignoring is inherited;
    a test that sends SIGINT must not depend on how its runner was started.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# The environment every run starts from: no CI, no colour preference, a wide terminal.
CLEAN_ENV: dict[str, str | None] = {
    "GITHUB_ACTIONS": None,
    "CI": None,
    "NO_COLOR": None,
    "FACTLINT_MAX_FACTS_MIB": None,
    "COLUMNS": "250",
}

BRIDGE_FACTS = """\
version: 1
sources:
  - {id: guide, title: Kestrel guide}
entities:
  - {name: Kestrel Bridge, kind: place}
claims:
  - id: kestrel-length
    text: The Kestrel Bridge is 1,200 metres long.
    sources: [guide]
"""
SHORT = "The Kestrel Bridge is 800 metres long."  # contradicts kestrel-length
RIGHT = "The Kestrel Bridge is 1,200 metres long."  # supported by kestrel-length
# The bundled facts' simplest case (artemis-signatory-count says 29).
ARTEMIS_WRONG = "Thirty-one countries have signed the Artemis Accords."
ARTEMIS_RIGHT = "29 countries have signed the Artemis Accords."


@dataclass(frozen=True)
class Run:
    """What one command run printed and returned."""

    code: int
    stdout: str
    stderr: str


Factlint = Callable[..., Run]


def make_factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    """A runner of the CLI in-process: ``factlint("check", "x.md", cwd=path, input=...)``."""

    def invoke(
        *args: str,
        cwd: Path,
        env: dict[str, str | None] | None = None,
        input: str | bytes | None = None,
    ) -> Run:
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(
            app, list(args), input=input, env={**CLEAN_ENV, **(env or {})}, catch_exceptions=False
        )
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


def write(directory: Path, name: str, content: str | bytes) -> Path:
    """Write ``content`` to ``directory/name``, making the directories it needs."""
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def bridge_project(directory: Path) -> Path:
    """A project whose configuration names the bridge facts: ``facts.yaml`` beside it."""
    write(directory, "facts.yaml", BRIDGE_FACTS)
    write(directory, ".factlint.toml", 'facts = ["facts.yaml"]\n')
    return directory


GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_SYSTEM": os.devnull,
}


def git(directory: Path, *args: str) -> str:
    """Run git in ``directory`` with a fixed identity and no user configuration."""
    done = subprocess.run(
        ["git", *args],
        cwd=directory,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def git_repository(directory: Path) -> Path:
    """``directory`` (made if need be) as a fresh git repository on branch main, with
    nothing committed."""
    directory.mkdir(parents=True, exist_ok=True)
    git(directory, "init", "-q", "-b", "main")
    return directory


def commit(directory: Path, message: str = "commit") -> str:
    """Commit everything in ``directory``; the new commit's id."""
    git(directory, "add", "-A")
    git(directory, "commit", "-q", "-m", message)
    return git(directory, "rev-parse", "HEAD").strip()
