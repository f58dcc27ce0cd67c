"""The ``sarif`` format: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run, one rule per kind of contradiction (``factlint/count``, ``factlint/year``, ...),
one result per finding that needs attention and per notice. A contradiction with a
correction carries it as ``fixes`` (``artifactChanges`` with ``replacements``). Each
result carries a ``partialFingerprints`` hash of its path, claim and sentence, so code
scanning follows a finding across commits even when lines move. Unreadable inputs
become the run's ``toolExecutionNotifications``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from factlint.model import Finding, Fix, Notice, Problem, Report, Severity, Verdict
from factlint.report import jsontext
from factlint.report.base import RenderOptions, display_path, message_of, shown_findings
from factlint.report.json import source_document

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/factlint/factlint"
FINGERPRINT = "factlint/v1"
SRCROOT = "%SRCROOT%"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


@dataclass(frozen=True)
class Rule:
    """A SARIF rule: one kind of result factlint reports."""

    kind: str
    name: str
    short: str
    full: str
    level: str

    @property
    def id(self) -> str:
        return f"factlint/{self.kind}"


RULES = (
    Rule(
        "contradiction",
        "Contradiction",
        "The sentence contradicts the facts.",
        "The sentence states something a claim in the facts file contradicts.",
        "error",
    ),
    Rule(
        "count",
        "WrongCount",
        "A count differs from the facts.",
        "The sentence gives a number of things (members, moons, deaths, ...) that differs "
        "from the number a claim in the facts gives.",
        "error",
    ),
    Rule(
        "quantity",
        "WrongQuantity",
        "A quantity differs from the facts.",
        "The sentence gives an amount with a unit (distance, mass, money, ...) that differs "
        "from the facts beyond the slack its hedge words allow.",
        "error",
    ),
    Rule(
        "year",
        "WrongYear",
        "A year differs from the facts.",
        "The sentence dates an event to a different year than the facts do.",
        "error",
    ),
    Rule(
        "date",
        "WrongDate",
        "A date differs from the facts.",
        "The sentence dates an event to a different day or month than the facts do.",
        "error",
    ),
    Rule(
        "time",
        "WrongTime",
        "A time of day differs from the facts.",
        "The sentence times an event to another hour or minute than the facts do, once "
        "time zones are taken into account.",
        "error",
    ),
    Rule(
        "attribute",
        "OppositeAttribute",
        "The sentence describes something with the opposite of the facts' word.",
        "The sentence calls something crewed where the facts say uncrewed, or the like.",
        "error",
    ),
    Rule(
        "ordinal",
        "WrongOrdinal",
        "An ordinal differs from the facts.",
        "The sentence ranks something (first, second, 3rd, ...) differently than the facts do.",
        "error",
    ),
    Rule(
        "direction",
        "WrongDirection",
        "A compass direction differs from the facts.",
        "The sentence puts something north where the facts put it south (or east for west).",
        "error",
    ),
    Rule(
        "order",
        "WrongOrder",
        "The order of events differs from the facts.",
        "The sentence puts first the event or party the facts put second.",
        "error",
    ),
    Rule(
        "member",
        "WrongMember",
        "A group's members differ from the facts.",
        "The sentence names as a member of a group something the facts say is not one, "
        "or that a complete list of members leaves out.",
        "error",
    ),
    Rule(
        "entity",
        "WrongEntity",
        "A name differs from the facts.",
        "The sentence names a different place, organisation or thing than the facts do.",
        "error",
    ),
    Rule(
        "polarity",
        "WrongPolarity",
        "The sentence says the opposite of the facts.",
        "The sentence affirms what the facts deny, or denies what they affirm.",
        "error",
    ),
    Rule(
        "replaced",
        "OutdatedClaim",
        "The sentence repeats an outdated fact.",
        "The sentence agrees with a claim the facts mark as out of date, usually because a "
        "newer claim replaces it.",
        "warning",
    ),
    Rule(
        "unverified",
        "Unverified",
        "No fact speaks to the sentence.",
        "The sentence makes a checkable statement that no claim in the facts file covers.",
        "note",
    ),
    Rule(
        "unused-suppression",
        "UnusedSuppression",
        "A factlint-disable comment silences nothing.",
        "A suppression comment names a line or claim that no finding matched; remove it.",
        "note",
    ),
    Rule(
        "notice",
        "Notice",
        "Something about the draft worth knowing.",
        "A remark about the draft that is not a verdict on a sentence.",
        "note",
    ),
)
_INDEX = {rule.kind: i for i, rule in enumerate(RULES)}
_ALIASES = {"outdated": "replaced"}


def rule_index(finding: Finding) -> int:
    """The index in ``RULES`` of the rule a finding falls under."""
    if finding.verdict is Verdict.UNVERIFIED:
        return _INDEX["unverified"]
    kind = _ALIASES.get(finding.kind, finding.kind)
    if kind in _INDEX:
        return _INDEX[kind]
    if finding.verdict is Verdict.OUTDATED:
        return _INDEX["replaced"]
    return _INDEX["contradiction"]


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.short},
        "fullDescription": {"text": rule.full},
        "defaultConfiguration": {"level": rule.level},
    }


def _uri(path: str, options: RenderOptions) -> dict[str, str]:
    shown = display_path(path, options.cwd)
    if PurePath(shown).is_absolute():
        return {"uri": PurePath(shown).as_uri()}
    # os.fsencode gives back the bytes of a file name that is not UTF-8, percent-encoded.
    return {"uri": quote(os.fsencode(shown), safe="/"), "uriBaseId": SRCROOT}


def _location(path: str, options: RenderOptions, region: dict[str, int]) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _uri(path, options)}
    # SARIF positions are 1-based; an unknown one (0) is left out rather than made up.
    region = {k: v for k, v in region.items() if v > 0}
    if "startLine" in region:
        physical["region"] = region
    return {"physicalLocation": physical}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _finding_result(finding: Finding, options: RenderOptions) -> dict[str, Any]:
    s = finding.sentence
    index = rule_index(finding)
    claim = finding.claim
    message = message_of(finding) + (f" [{claim.id}]" if claim else "")
    region = {
        "startLine": s.line,
        "startColumn": s.column,
        "endLine": s.end_line,
        "endColumn": s.end_column + 1,  # SARIF's end column is exclusive
    }
    uri = display_path(s.path, options.cwd)
    result = {
        "ruleId": RULES[index].id,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity],
        "message": {"text": message},
        "locations": [_location(s.path, options, region)],
        "partialFingerprints": {FINGERPRINT: _fingerprint(uri, claim.id if claim else "", s.text)},
        "properties": {
            "verdict": finding.verdict.value,
            "claim_id": claim.id if claim else None,
            "claim": claim.text if claim else None,
            "as_of": claim.as_of if claim else None,
            "sources": [source_document(source) for source in finding.sources],
        },
    }
    if finding.fix is not None:
        result["fixes"] = [_fix(finding.fix, s.path, options)]
    return result


def _fix(fix: Fix, path: str, options: RenderOptions) -> dict[str, Any]:
    """A SARIF fix: each edit as a replacement of a region (end column exclusive)."""
    replacements = [
        {
            "deletedRegion": {
                "startLine": e.line,
                "startColumn": e.column,
                "endLine": e.end_line,
                "endColumn": e.end_column + 1,
            },
            "insertedContent": {"text": e.replacement},
        }
        for e in fix.edits
    ]
    change = {"artifactLocation": _uri(path, options), "replacements": replacements}
    return {"description": {"text": fix.description}, "artifactChanges": [change]}


def _notice_result(notice: Notice, options: RenderOptions) -> dict[str, Any]:
    index = _INDEX.get(notice.code, _INDEX["notice"])
    region = {"startLine": notice.line, "startColumn": notice.column}
    uri = display_path(notice.path, options.cwd)
    return {
        "ruleId": RULES[index].id,
        "ruleIndex": index,
        "level": _LEVEL[notice.severity],
        "message": {"text": notice.message},
        "locations": [_location(notice.path, options, region)],
        "partialFingerprints": {FINGERPRINT: _fingerprint(uri, notice.code, notice.message)},
    }


def _notification(problem: Problem, options: RenderOptions) -> dict[str, Any]:
    region = {"startLine": problem.line, "startColumn": problem.column}
    return {
        "level": "error",
        "message": {"text": problem.message},
        "locations": [_location(problem.path, options, region)],
    }


def to_document(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log, before serialisation."""
    driver: dict[str, Any] = {"name": "factlint", "informationUri": INFORMATION_URI}
    if options.version:
        driver["version"] = options.version
    driver["rules"] = [_rule(rule) for rule in RULES]
    results = [_finding_result(f, options) for f in shown_findings(report, options)]
    results += [_notice_result(n, options) for n in report.notices]
    invocation = {
        "executionSuccessful": not report.problems,
        "toolExecutionNotifications": [_notification(p, options) for p in report.problems],
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifFormatter:
    """Renders a report as a SARIF 2.1.0 log."""

    name = "sarif"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        jsontext.dump(to_document(report, options), out)
        out.write("\n")
