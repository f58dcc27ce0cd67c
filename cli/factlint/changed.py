"""Checking only what changed: the files to check, and the findings on changed lines.

With ``factlint check --changed-since REF``, a file with no changed line is not
checked at all; a changed file is checked whole (a sentence is read in the context
of its paragraph), then only the findings and notices whose sentence touches a
changed line are kept. Standard input and ``--text`` sentences are not files git
knows: they are always checked whole.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from factlint.model import Report
from factlint.vcs import ChangedLines


def changed_files(files: Sequence[str], changes: ChangedLines, cwd: Path) -> list[str]:
    """Those of ``files`` (relative to ``cwd``; ``-`` is standard input) that changed."""
    return [f for f in files if f == "-" or changes.has(cwd / f)]


def only_changed(
    report: Report, changes: ChangedLines, cwd: Path, *, whole: Collection[str] = ()
) -> Report:
    """``report`` with only the findings and notices that touch a changed line of a file it
    checked. Findings elsewhere (standard input, ``--text``, the paths in ``whole``) and
    notices about other files (a baseline's) stay."""
    checked = {p for p in report.paths if p not in whole and changes.has(cwd / p)}
    # One lookup per file, not per sentence: resolving a path costs system calls.
    lines = {p: changes.lines(cwd / p) for p in checked}

    def kept(path: str, line: int, end_line: int) -> bool:
        if path not in lines:
            return True
        changed = lines[path]
        return changed is None or any(n in changed for n in range(line, end_line + 1))

    findings = tuple(
        f for f in report.findings if kept(f.sentence.path, f.sentence.line, f.sentence.end_line)
    )
    notices = tuple(n for n in report.notices if kept(n.path, n.line, n.line))
    return replace(report, findings=findings, notices=notices)
