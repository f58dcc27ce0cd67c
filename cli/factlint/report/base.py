"""What every output format shares: the render options, the contract, and what to show."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Protocol, TextIO

from factlint.model import Finding, Report, Severity, Verdict


@dataclass(frozen=True)
class RenderOptions:
    """How a report is rendered; the CLI builds one from its flags and the config."""

    show_unverified: bool = False
    color: bool = False
    cwd: Path = Path(".")  # paths are shown relative to this when they lie under it
    version: str = ""  # factlint's version, for formats that name the tool
    fail_on: str = "error"  # error, warning or never: findings that fail a run (junit)


class Formatter(Protocol):
    """One output format: writes a whole report to ``out`` and nowhere else."""

    name: str

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None: ...


def needs_attention(finding: Finding, options: RenderOptions) -> bool:
    """Whether a finding is listed by the formats meant for people and CI annotations.

    Suppressed and supported findings never are; unverified ones only on request.
    """
    if finding.suppressed or finding.verdict is Verdict.SUPPORTED:
        return False
    return finding.verdict is not Verdict.UNVERIFIED or options.show_unverified


def fails(finding: Finding, fail_on: str) -> bool:
    """Whether a finding makes a run fail under ``--fail-on`` (error, warning or never):
    not suppressed, and of that severity or worse."""
    if fail_on == "never" or finding.suppressed:
        return False
    threshold = Severity.ERROR if fail_on == "error" else Severity.WARNING
    return finding.severity.rank >= threshold.rank


def shown_findings(report: Report, options: RenderOptions) -> list[Finding]:
    """The findings that need attention, in the report's order."""
    return [f for f in report.findings if needs_attention(f, options)]


def display_path(path: str, cwd: Path) -> str:
    """``path`` with forward slashes, relative to ``cwd`` when it lies under it.

    Worked out once a path for an absolute ``cwd`` (a report names each file once a
    finding); a relative ``cwd`` depends on the process's directory, so is not kept.
    """
    if not cwd.is_absolute():
        return _display_path(path, cwd)
    return _kept_display_path(path, cwd)


def _display_path(path: str, cwd: Path) -> str:
    pure = PurePath(path)
    if pure.is_absolute():
        for base in _bases(cwd):
            try:
                return pure.relative_to(base).as_posix()
            except ValueError:
                continue
    return pure.as_posix()


_kept_display_path = functools.lru_cache(maxsize=4096)(_display_path)


def _bases(cwd: Path) -> tuple[Path, ...]:
    # Both spellings, so a path under a symlinked directory (macOS /tmp) still shortens.
    absolute = cwd.absolute()
    try:
        resolved = cwd.resolve()
    except OSError:
        return (absolute,)
    return (absolute,) if resolved == absolute else (absolute, resolved)


def one_line(text: str) -> str:
    """``text`` with its line breaks and runs of spaces folded to single spaces."""
    return " ".join(text.split())


def message_of(finding: Finding) -> str:
    """The finding's reason on one line, or its verdict when the engine gave none."""
    return one_line(finding.reason) or finding.verdict.value


def count_verdicts(report: Report) -> dict[Verdict, int]:
    """How many unsuppressed findings have each verdict, most severe first."""
    counts = {v: 0 for v in sorted(Verdict, key=lambda v: v.rank, reverse=True)}
    for finding in report.findings:
        if not finding.suppressed:
            counts[finding.verdict] += 1
    return counts


def count_suppressed(report: Report) -> int:
    """How many findings a factlint-disable comment silenced."""
    return sum(1 for f in report.findings if f.suppressed)
