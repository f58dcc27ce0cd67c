"""The ``json`` format: every finding, notice and problem, as one stable document.

The document (``version`` 1) has these fields; new fields may be added, none will
change meaning without a new ``version``:

``version``
    ``1``.
``results``
    One object per checked sentence, in the report's order, whatever its verdict,
    except those a ``factlint-disable`` comment silenced (see ``suppressed``):

    ``path``, ``line``, ``column``, ``end_line``, ``end_column``
        Where the sentence is; 1-based, ``end_column`` is the sentence's last character.
    ``text``
        The sentence.
    ``verdict``
        ``supported``, ``contradicted``, ``outdated`` or ``unverified``.
    ``severity``
        ``error`` (contradicted), ``warning`` (outdated) or ``info``.
    ``kind``
        The check that decided (``count``, ``year``, ``member``, ``polarity``,
        ``replaced``, ...), or null.
    ``claim_id``, ``claim``, ``as_of``
        The claim the sentence was checked against, its text and the date it holds
        as of; null for unverified sentences.
    ``score``
        How closely the claim's topic matches the sentence, 0-100.
    ``reason``
        One line explaining the verdict, or null.
    ``differences``
        ``[{"kind", "draft", "facts"}]``: the values the sentence and claim disagree on.
    ``sources``
        ``[{"id", "title", "publisher", "date", "url"}]`` backing the claim; ``[]`` if none.
    ``related``
        ``[{"verdict", "claim_id", "claim", "reason", "kind", "score"}]``: other claims
        the sentence speaks to.
    ``suppressed``
        False here; true in the ``suppressed`` list.
    ``fix``
        The correction when the contradiction is one clear value, else null:
        ``{"description", "edits": [{"line", "column", "end_line", "end_column",
        "start", "end", "original", "replacement"}]}``. ``end_column`` is the last
        replaced character; ``start`` and ``end`` are offsets (``end`` exclusive) in
        the text as read: characters, no BOM, each line end counted as one ``\n``.
``suppressed``
    The findings a ``factlint-disable`` comment silenced, as objects like those of
    ``results``, kept apart so that a consumer reading ``results`` sees only what
    the writer has not chosen to silence (as ESLint's ``suppressedMessages``).
``notices``
    ``[{"path", "line", "column", "message", "code", "severity"}]``, e.g. unused
    suppressions (``code`` ``unused-suppression``).
``problems``
    ``[{"path", "line", "column", "message"}]``: inputs that could not be checked.
``summary``
    ``files`` and ``sentences`` checked (suppressed ones too), then how many results have each
    verdict (``supported``, ``contradicted``, ``outdated``, ``unverified``) and how
    many were ``suppressed``.
"""

from __future__ import annotations

from typing import Any, TextIO

from factlint.model import Finding, Fix, Notice, Problem, Report, Source, Verdict
from factlint.report import jsontext
from factlint.report.base import RenderOptions, count_suppressed, count_verdicts, display_path

VERSION = 1


def _or_none(text: str) -> str | None:
    return text or None


def source_document(source: Source) -> dict[str, Any]:
    """A source as the JSON and SARIF formats list it."""
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "date": source.date,
        "url": source.url,
    }


def _related(finding: Finding) -> dict[str, Any]:
    return {
        "verdict": finding.verdict.value,
        "claim_id": finding.claim.id if finding.claim else None,
        "claim": finding.claim.text if finding.claim else None,
        "reason": _or_none(finding.reason),
        "kind": _or_none(finding.kind),
        "score": round(finding.score, 2),
    }


def result_document(finding: Finding, options: RenderOptions) -> dict[str, Any]:
    """One finding as an object of ``results`` (or ``suppressed``); other tools that list
    findings one by one (``factlint sweep``) write the same object."""
    s = finding.sentence
    claim = finding.claim
    return {
        "path": display_path(s.path, options.cwd),
        "line": s.line,
        "column": s.column,
        "end_line": s.end_line,
        "end_column": s.end_column,
        "text": s.text,
        "verdict": finding.verdict.value,
        "severity": finding.severity.value,
        "kind": _or_none(finding.kind),
        "claim_id": claim.id if claim else None,
        "claim": claim.text if claim else None,
        "as_of": claim.as_of if claim else None,
        "score": round(finding.score, 2),
        "reason": _or_none(finding.reason),
        "differences": [
            {"kind": d.kind, "draft": d.draft, "facts": d.facts} for d in finding.differences
        ],
        "sources": [source_document(source) for source in finding.sources],
        "related": [_related(r) for r in finding.related],
        "suppressed": finding.suppressed,
        "fix": _fix(finding.fix),
    }


def _fix(fix: Fix | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    edits = [
        {
            "line": e.line,
            "column": e.column,
            "end_line": e.end_line,
            "end_column": e.end_column,
            "start": e.start,
            "end": e.end,
            "original": e.original,
            "replacement": e.replacement,
        }
        for e in fix.edits
    ]
    return {"description": fix.description, "edits": edits}


def _notice(notice: Notice, options: RenderOptions) -> dict[str, Any]:
    return {
        "path": display_path(notice.path, options.cwd),
        "line": notice.line,
        "column": notice.column,
        "message": notice.message,
        "code": notice.code,
        "severity": notice.severity.value,
    }


def problem_document(problem: Problem, options: RenderOptions) -> dict[str, Any]:
    """An input that could not be checked, as an object of ``problems``."""
    return {
        "path": display_path(problem.path, options.cwd),
        "line": problem.line,
        "column": problem.column,
        "message": problem.message,
    }


def to_document(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The report as the version 1 JSON document, before serialisation."""
    counts = count_verdicts(report)
    summary = {
        "files": report.files,
        "sentences": len(report.findings),
        "supported": counts[Verdict.SUPPORTED],
        "contradicted": counts[Verdict.CONTRADICTED],
        "outdated": counts[Verdict.OUTDATED],
        "unverified": counts[Verdict.UNVERIFIED],
        "suppressed": count_suppressed(report),
    }
    return {
        "version": VERSION,
        "results": [result_document(f, options) for f in report.findings if not f.suppressed],
        "suppressed": [result_document(f, options) for f in report.findings if f.suppressed],
        "notices": [_notice(n, options) for n in report.notices],
        "problems": [problem_document(p, options) for p in report.problems],
        "summary": summary,
    }


class JsonFormatter:
    """Renders a report as the version 1 JSON document."""

    name = "json"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        jsontext.dump(to_document(report, options), out)
        out.write("\n")
