"""The end of a sweep, for people: the totals, then the claims to correct first."""

from __future__ import annotations

from typing import TextIO

from factlint.report.base import one_line
from factlint.sweep.summary import Summary

TOP = 10  # claims listed; the --summary file lists them all


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def render_summary(summary: Summary, seconds: float, workers: int, out: TextIO) -> None:
    """Two lines of totals, then the ``TOP`` claims most in need of correcting."""
    s = summary.sentences
    verdicts = ", ".join(
        f"{s.get(v, 0):,} {v}" for v in ("contradicted", "outdated", "supported", "unverified")
    )
    out.write(
        f"swept {_plural(summary.files, 'file')} in {seconds:.1f} s on "
        f"{_plural(workers, 'worker')}: {_plural(summary.findings, 'finding')} ({verdicts})\n"
    )
    if summary.problems:
        out.write(f"{_plural(len(summary.problems), 'problem')}: files that were not checked\n")
    ranked = [t for t in summary.ranked() if t.outdated or t.contradicted]
    if not ranked:
        out.write("no document repeats an outdated claim or contradicts one\n")
        return
    out.write("to correct first (documents: outdated, contradicted, supported):\n")
    width = max(len(t.claim_id) for t in ranked[:TOP])
    for t in ranked[:TOP]:
        newer = f" -> {t.replaced_by}" if t.replaced_by and t.outdated else ""
        counts = f"{t.outdated:>8,} {t.contradicted:>8,} {t.supported:>8,}"
        out.write(f"{counts}  {t.claim_id:<{width}}{newer}  {one_line(t.claim)}\n")
    if len(ranked) > TOP:
        out.write(f"... and {_plural(len(ranked) - TOP, 'more claim')} (see --summary)\n")
