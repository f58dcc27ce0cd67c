"""The ``gitlab`` format: a GitLab Code Quality report, shown on merge requests.

A JSON array with one issue per finding that needs attention and per notice, in the
shape GitLab documents for ``artifacts:reports:codequality``::

    [{"description": "quantity differs: ... [kestrel-length]",
      "check_name": "factlint/quantity",
      "fingerprint": "3f1c...",
      "severity": "major",
      "location": {"path": "docs/a.md", "lines": {"begin": 3, "end": 3}},
      "type": "issue", "categories": ["Bug Risk"], "engine_name": "factlint"}]

``check_name`` is the SARIF rule id. Severities: contradicted ``major``, outdated
``minor``, unverified and notices ``info``. The fingerprint is a SHA-256 of the
path, the claim id and the sentence's words (``factlint.identity``) and how many
times that same triple came before in the report: it does not change when the
sentence moves to another line, so GitLab tells new findings from old ones across
commits. Inputs that could not be read are not issues: they make the run exit 2.
"""

from __future__ import annotations

from typing import Any, TextIO

from factlint.identity import finding_key, fingerprint, numbered
from factlint.model import Notice, Report, Severity
from factlint.report import jsontext
from factlint.report.base import RenderOptions, display_path, message_of, one_line, shown_findings
from factlint.report.sarif import RULES, rule_index

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
_VERSION = "factlint/v1"  # the first part hashed: a new scheme would change every fingerprint


def _issue(
    description: str, check: str, key: tuple[str, ...], severity: Severity, where: dict[str, Any]
) -> dict[str, Any]:
    return {
        "description": description,
        "check_name": check,
        "fingerprint": fingerprint(_VERSION, *key),
        "severity": _SEVERITY[severity],
        "location": where,
        "type": "issue",
        "categories": ["Bug Risk"] if severity is Severity.ERROR else ["Clarity"],
        "engine_name": "factlint",
    }


def _location(path: str, line: int, end_line: int) -> dict[str, Any]:
    # GitLab needs a line; a notice about a whole file (line 0) is put on its first.
    begin = max(line, 1)
    return {"path": path, "lines": {"begin": begin, "end": max(end_line, begin)}}


def to_document(report: Report, options: RenderOptions) -> list[dict[str, Any]]:
    """The report as a Code Quality array, before serialisation."""
    findings = shown_findings(report, options)
    paths = [display_path(f.sentence.path, options.cwd) for f in findings]
    keys = numbered(finding_key(f, p) for f, p in zip(findings, paths, strict=True))
    issues = []
    for finding, path, key in zip(findings, paths, keys, strict=True):
        s = finding.sentence
        claim = f" [{finding.claim.id}]" if finding.claim else ""
        check = RULES[rule_index(finding)].id
        where = _location(path, s.line, s.end_line)
        issues.append(_issue(message_of(finding) + claim, check, key, finding.severity, where))
    notice_paths = [display_path(n.path, options.cwd) for n in report.notices]
    notice_keys = numbered(
        _notice_key(n, p) for n, p in zip(report.notices, notice_paths, strict=True)
    )
    for notice, path, key in zip(report.notices, notice_paths, notice_keys, strict=True):
        where = _location(path, notice.line, notice.line)
        message = f"{one_line(notice.message)} [{notice.code}]"
        issues.append(_issue(message, f"factlint/{notice.code}", key, notice.severity, where))
    return issues


def _notice_key(notice: Notice, path: str) -> tuple[str, str, str]:
    return (path, notice.code, one_line(notice.message))


class GitlabFormatter:
    """Renders a report as a GitLab Code Quality report."""

    name = "gitlab"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        jsontext.dump(to_document(report, options), out)
        out.write("\n")
