"""Asking git what changed: the git executable run with explicit arguments, never a shell."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from factlint.errors import VcsError
from factlint.vcs.changes import ChangedLines, combine, parse_diff

# Settings a user's configuration could set that would change the patch read here.
_FIXED = ("-c", "core.quotePath=true", "-c", "diff.relative=false", "-c", "color.ui=false")


def changed_since(ref: str, cwd: Path) -> ChangedLines:
    """The lines changed in the work tree of ``cwd``'s repository since the revision ``ref``:
    committed since (from where ``ref`` and ``HEAD`` part, as ``git diff ref...`` has it),
    staged or not, and every line of each untracked file (``.gitignore`` respected).

    Raises ``VcsError`` when git is not installed, ``cwd`` is not in a work tree, or
    ``ref`` names no commit.
    """
    root = Path(_git(cwd, "rev-parse", "--show-toplevel").strip())
    commit = _revision(root, ref)
    base = _merge_base(root, commit)
    diff = _git_bytes(
        root,
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--unified=0",
        "--find-renames",
        "--ignore-submodules",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        base,
        "--",
    )
    untracked = _git_bytes(root, "ls-files", "-z", "--others", "--exclude-standard")
    names = [os.fsdecode(n) for n in untracked.split(b"\0") if n]
    return combine(root, parse_diff(diff), names)


def _revision(root: Path, ref: str) -> str:
    """The commit ``ref`` names; an option-like or unknown name is a ``VcsError``."""
    unknown = VcsError(f"unknown git revision {ref!r}")
    if not ref or ref.startswith("-"):
        raise unknown
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()
    except VcsError:
        raise unknown from None


def _merge_base(root: Path, commit: str) -> str:
    """Where ``commit`` and ``HEAD`` part; ``commit`` itself when they share no history."""
    try:
        return _git(root, "merge-base", commit, "HEAD").strip() or commit
    except VcsError:
        return commit


def _git(cwd: Path, *args: str) -> str:
    return os.fsdecode(_git_bytes(cwd, *args))


def _git_bytes(cwd: Path, *args: str) -> bytes:
    command = ["git", *_FIXED, *args]
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise VcsError("git is not installed (no git executable on PATH)") from None
    except OSError as error:
        raise VcsError(f"cannot run git: {error.strerror or error}") from None
    if done.returncode != 0:
        message = os.fsdecode(done.stderr).strip().splitlines()
        first = message[0] if message else f"git {args[0]} failed"
        if "not a git repository" in first.lower():
            raise VcsError(f"not inside a git repository: {cwd}")
        raise VcsError(f"git {args[0]}: {first.removeprefix('fatal: ')}")
    return done.stdout
