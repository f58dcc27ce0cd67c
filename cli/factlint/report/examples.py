"""Render ``factlint facts test``: each example that broke its promise, then a summary.

Text, one line per failed example at the example's place in its facts file, then the
summary::

    facts/bridges.yaml:9:22: expected contradicted, got unverified: no claim speaks to it
    2 examples of 1 claim in 1 file: 1 passed, 1 failed

JSON (``version`` 1) lists every example, passed or not, with the same summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from factlint.facts.examples import ExampleResult
from factlint.model import FactBase
from factlint.report import jsontext
from factlint.report.base import display_path

VERSION = 1


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(results: Sequence[ExampleResult], facts: FactBase) -> dict[str, int]:
    passed = sum(1 for r in results if r.passed)
    return {
        "examples": len(results),
        "passed": passed,
        "failed": len(results) - passed,
        "claims": len({r.claim.id for r in results}),
        "files": len(facts.paths),
    }


def render_examples_text(
    results: Sequence[ExampleResult], facts: FactBase, cwd: Path, out: TextIO
) -> None:
    """``path:line:column: expected ..., got ...: reason`` per failure, then the summary."""
    for result in results:
        if not result.passed:
            where = f"{display_path(result.path, cwd)}:{result.line}"
            if result.column:
                where += f":{result.column}"
            out.write(f"{where}: {result.message}\n")
    s = _summary(results, facts)
    files = _plural(s["files"], "file")
    if not results:
        out.write(f"no examples in {files}\n")
        return
    out.write(
        f"{_plural(s['examples'], 'example')} of {_plural(s['claims'], 'claim')} in {files}: "
        f"{s['passed']} passed, {s['failed']} failed\n"
    )


def render_examples_json(
    results: Sequence[ExampleResult], facts: FactBase, cwd: Path, out: TextIO
) -> None:
    """One JSON document: every example with its outcome, and the summary."""
    doc = {
        "version": VERSION,
        "examples": [_example(r, cwd) for r in results],
        "summary": _summary(results, facts),
    }
    jsontext.dump(doc, out)
    out.write("\n")


def _example(result: ExampleResult, cwd: Path) -> dict[str, Any]:
    finding = result.finding
    return {
        "path": display_path(result.path, cwd),
        "line": result.line,
        "column": result.column,
        "claim_id": result.claim.id,
        "text": result.example.text,
        "expected": result.example.verdict.value,
        "verdict": finding.verdict.value,
        "decided_by": list(result.deciding_claims),
        "reason": finding.reason or None,
        "passed": result.passed,
        "message": None if result.passed else result.message,
    }
