"""``factlint check --diff`` and ``--fix``: show the corrections as a diff, or make them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from factlint.cli.common import err
from factlint.errors import FactlintError
from factlint.model import Report, Severity


def print_diff(
    report: Report, read_stdin: Callable[[], bytes], out: TextIO, stdin_path: str
) -> bool:
    """Write the corrections of every file as a unified diff; True if a file was refused.
    Standard input was checked as ``stdin_path``: its corrections apply to its text."""
    from factlint.engine import TEXT_PATH
    from factlint.fixes.files import fixes_by_path, plan, unified_diff
    from factlint.report.base import display_path

    refused = False
    made = files = 0
    for path, fixes in fixes_by_path(report.findings).items():
        if path == TEXT_PATH:
            continue
        try:
            data = read_stdin() if path == stdin_path else Path(path).read_bytes()
            rewrite = plan(path, fixes, data)
        except OSError as error:
            err(f"{path}: cannot read file: {error.strerror or error}")
            refused = True
            continue
        except FactlintError as error:
            err(str(error))
            refused = True
            continue
        out.write(unified_diff(rewrite, display_path(path, Path.cwd())))
        made += len(rewrite.fixes)
        files += 1
    left = _unfixed(report)
    err(
        f"{_count(made, 'correction')} in {_count(files, 'file')}, not made (--fix makes them); "
        f"{_count(left, 'finding')} without one"
    )
    return refused


def apply_fixes(report: Report, stdin_path: str) -> tuple[list[str], bool]:
    """Correct the files in place; the files changed (to check again), and whether a file
    could not be rewritten. Standard input (checked as ``stdin_path``) is not a file to
    rewrite."""
    from factlint.engine import TEXT_PATH
    from factlint.fixes.files import fix_file, fixes_by_path
    from factlint.report.base import display_path

    claims = {id(f.fix): f.claim.id for f in report.findings if f.fix and f.claim}
    refused = False
    changed: list[str] = []
    for path, fixes in fixes_by_path(report.findings).items():
        if path in (stdin_path, TEXT_PATH):
            what = "standard input" if path == stdin_path else "--text sentences"
            err(f"{what} cannot be fixed in place; --diff and --format json show the fixes")
            continue
        try:
            rewrite = fix_file(path, fixes)
        except FactlintError as error:
            err(str(error))
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
    return changed, refused


def _unfixed(report: Report) -> int:
    """How many contradicted or outdated findings have no correction."""
    return sum(
        1
        for f in report.findings
        if not f.suppressed and f.severity is not Severity.INFO and f.fix is None
    )


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
