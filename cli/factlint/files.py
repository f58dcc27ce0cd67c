"""Finding the files to check: expand directories, apply include/exclude and .gitignore."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from factlint.config import Config
from factlint.globs import PatternSet
from factlint.model import Problem

STDIN = "-"


def collect_files(
    paths: Sequence[str], config: Config, *, force_exclude: bool = False, cwd: Path | None = None
) -> tuple[list[str], list[Problem]]:
    """The files to check among ``paths``, sorted and without duplicates, and the missing ones.

    ``-`` (standard input) passes through. A file is kept as given, even if ``include``
    does not match it or ``exclude`` does, unless ``force_exclude``, when ``exclude``
    applies to it too. A directory is walked: files matching ``include`` and not
    ``exclude`` are kept; hidden directories and whatever git ignores are skipped, and
    so are symbolic links that lead nowhere (dangling, or in a loop); directories
    are not followed through links, so a walk always ends. A directory the walk cannot
    read is a problem. Patterns with a ``/`` are anchored to the config file's
    directory, else ``cwd``.
    """
    here = Path(os.path.abspath(cwd or Path.cwd()))
    base = config.path.parent if config.path else here
    include = PatternSet.compile(config.include, base)
    exclude = PatternSet.compile(config.exclude, base)
    found: list[str] = []
    problems: list[Problem] = []
    for given in paths:
        if given == STDIN:
            found.append(STDIN)
            continue
        absolute = Path(os.path.abspath(here / given))
        if force_exclude and exclude.matches(absolute, absolute.is_dir(), ancestors=True):
            continue
        if absolute.is_dir():
            found += _walk(Path(given), absolute, include, exclude, problems)
        elif absolute.exists():
            found.append(str(Path(given)))
        elif absolute.is_symlink():
            problems.append(Problem(given, "broken symbolic link (no target, or a loop)"))
        else:
            problems.append(Problem(given, "no such file or directory"))
    return _sorted_unique(found, here), problems


def excluded(path: Path, config: Config) -> bool:
    """Whether the configuration's ``exclude`` patterns cover the file ``path`` (or a
    directory it is in), as ``--force-exclude`` applies them to a file named to be checked."""
    base = config.path.parent if config.path else path.parent
    absolute = Path(os.path.abspath(path))
    return PatternSet.compile(config.exclude, base).matches(absolute, is_dir=False, ancestors=True)


def _walk(
    given: Path, root: Path, include: PatternSet, exclude: PatternSet, problems: list[Problem]
) -> list[str]:
    """The files under ``root`` to check, spelled from ``given`` (how the user named ``root``);
    a directory that cannot be read is added to ``problems``."""
    ignored_files, ignored_dirs = git_ignored(root)
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        where = Path(os.fsdecode(error.filename or root))
        if where.is_relative_to(root):
            where = given / where.relative_to(root)
        reason = error.strerror or str(error)
        problems.append(Problem(str(where), f"cannot read directory: {reason}"))

    for directory, dirnames, filenames in os.walk(root, onerror=unreadable):
        here = Path(directory)
        relative = here.relative_to(root)
        dirnames[:] = sorted(
            name
            for name in dirnames
            if not name.startswith(".")
            and (relative / name) not in ignored_dirs
            and not exclude.matches(here / name, is_dir=True)
        )
        for name in sorted(filenames):
            path = here / name
            if (
                (relative / name) not in ignored_files
                and include.matches(path, is_dir=False, ancestors=True)
                and not exclude.matches(path, is_dir=False)
                and path.is_file()
            ):
                found.append(str(given / relative / name))
    return found


def git_ignored(directory: Path) -> tuple[set[Path], set[Path]]:
    """The files and the directories under ``directory`` that git ignores, relative to it.

    Nothing is ignored when git is missing, ``directory`` is not in a work tree, or
    ``directory`` is itself ignored (it was named on purpose).
    """
    command = ["git", "-C", str(directory), "ls-files", "-z"]
    command += ["--others", "--ignored", "--exclude-standard", "--directory"]
    try:
        done = subprocess.run(command, capture_output=True, check=False)
    except OSError:
        return set(), set()
    if done.returncode != 0:
        return set(), set()
    entries = [os.fsdecode(e) for e in done.stdout.split(b"\0") if e]
    if "./" in entries:
        return set(), set()
    files = {Path(e) for e in entries if not e.endswith("/")}
    dirs = {Path(e) for e in entries if e.endswith("/")}
    return files, dirs


def _sorted_unique(found: list[str], here: Path) -> list[str]:
    """``found`` without duplicates (the first spelling of a file wins), sorted by path."""
    unique: dict[str, str] = {}
    for path in found:
        key = path if path == STDIN else os.path.normcase(os.path.abspath(here / path))
        unique.setdefault(key, path)
    return sorted(unique.values(), key=lambda p: Path(p).parts)
