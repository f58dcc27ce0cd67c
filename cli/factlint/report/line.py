"""The ``line`` format: one ``path:line:column: severity: message [id]`` line per problem.

Editors and review bots read it as is: vim's ``errorformat`` (``%f:%l:%c: %t%*[a-z]: %m``),
Emacs compilation mode, VS Code problem matchers and reviewdog (``-efm``). Nothing else
is printed, not even a summary, so every line is a location.

    draft.md:3:5: error: count differs: the draft says 35, the facts say 29 [saturn-moons]
    draft.md:9:1: info: unused factlint-disable comment [unused-suppression]
"""

from __future__ import annotations

from typing import TextIO

from factlint.model import Report
from factlint.report.base import RenderOptions, display_path, message_of, one_line, shown_findings


class LineFormatter:
    """Renders a report in the one-problem-per-line format."""

    name = "line"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        for finding in shown_findings(report, options):
            s = finding.sentence
            where = f"{display_path(s.path, options.cwd)}:{s.line}:{s.column}"
            tag = f" [{finding.claim.id}]" if finding.claim else ""
            out.write(f"{where}: {finding.severity.value}: {message_of(finding)}{tag}\n")
        for notice in report.notices:
            where = f"{display_path(notice.path, options.cwd)}:{notice.line}:{notice.column}"
            message = one_line(notice.message)
            out.write(f"{where}: {notice.severity.value}: {message} [{notice.code}]\n")
