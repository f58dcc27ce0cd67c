"""The ``github`` format: GitHub Actions workflow commands, shown as annotations on a pull request.

    ::error file=draft.md,line=3,col=5,endLine=3,endColumn=80,title=factlint (moons)::count differs

Contradictions are errors, outdated claims warnings, the rest notices. Messages and
property values are escaped as the Actions runner expects, so a ``:`` or ``,`` in a
path or claim id cannot end a property early.
"""

from __future__ import annotations

from typing import TextIO

from factlint.model import Report, Severity
from factlint.report.base import RenderOptions, display_path, message_of, shown_findings

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(severity: Severity, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{_COMMAND[severity]} {props}::{escape_data(message)}\n"


class GithubFormatter:
    """Renders a report as GitHub Actions annotations."""

    name = "github"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        for finding in shown_findings(report, options):
            s = finding.sentence
            title = f"factlint ({finding.claim.id})" if finding.claim else "factlint"
            properties: dict[str, object] = {
                "file": display_path(s.path, options.cwd),
                "line": s.line,
                "col": s.column,
                "endLine": s.end_line,
                "endColumn": s.end_column,
                "title": title,
            }
            out.write(_command(finding.severity, properties, message_of(finding)))
        for notice in report.notices:
            properties = {
                "file": display_path(notice.path, options.cwd),
                "line": notice.line,
                "col": notice.column,
                "title": f"factlint ({notice.code})",
            }
            out.write(_command(notice.severity, properties, notice.message))
