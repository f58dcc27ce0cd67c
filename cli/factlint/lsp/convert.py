"""Findings as the protocol shows them: diagnostics, hover text, code actions, and positions.

factlint counts lines and columns from 1, in characters, in the text as read (BOM
dropped, every line end one ``\\n``). The protocol counts from 0, in the units the
client and server agreed on (UTF-16 by default), in the buffer as the editor holds
it; ``Buffer`` turns one into the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from lsprotocol import types as lsp

from factlint.model import Edit, Finding, Notice, Severity, Source, Verdict
from factlint.report.base import one_line

SOURCE = "factlint"
_LINE_END = re.compile(r"\r\n|\r|\n")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


class Buffer:
    """A document's text as the editor holds it, for converting positions."""

    def __init__(self, text: str, units: Callable[[str], int]) -> None:
        self.lines = _LINE_END.split(text)
        self.bom = text.startswith("\ufeff")
        self.units = units  # how many client units a string takes

    def position(self, line: int, column: int) -> lsp.Position:
        """The protocol position of factlint's ``line``:``column`` (both 1-based)."""
        index = min(max(line - 1, 0), len(self.lines) - 1)
        text = self.lines[index]
        at = column - 1 + (1 if self.bom and index == 0 else 0)
        return lsp.Position(index, self.units(text[: max(at, 0)]))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> lsp.Range:
        """The range from ``line``:``column`` through the character at ``end_line``:``end_column``
        (factlint's inclusive end becomes the protocol's exclusive one)."""
        return lsp.Range(self.position(line, column), self.position(end_line, end_column + 1))

    def place(self, position: lsp.Position) -> tuple[int, int]:
        """factlint's 1-based line and column of a protocol position."""
        index = min(max(position.line, 0), len(self.lines) - 1)
        text = self.lines[index]
        count = column = 0
        while column < len(text) and count < position.character:
            count += self.units(text[column])
            column += 1
        if self.bom and index == 0:
            column -= 1
        return index + 1, column + 1


def finding_range(buffer: Buffer, finding: Finding) -> lsp.Range:
    s = finding.sentence
    return buffer.range(s.line, s.column, s.end_line, s.end_column)


def contains(finding: Finding, line: int, column: int) -> bool:
    """Whether factlint's ``line``:``column`` lies in the finding's sentence."""
    s = finding.sentence
    return (s.line, s.column) <= (line, column) <= (s.end_line, s.end_column)


def overlaps(finding: Finding, start: tuple[int, int], end: tuple[int, int]) -> bool:
    s = finding.sentence
    return (s.line, s.column) <= end and start <= (s.end_line, s.end_column)


def shown(finding: Finding) -> bool:
    """Only what needs the writer's attention becomes a diagnostic: contradicted (error) and
    outdated (warning) sentences no suppression silenced."""
    return not finding.suppressed and finding.severity is not Severity.INFO


def diagnostic(buffer: Buffer, finding: Finding) -> lsp.Diagnostic:
    claim = finding.claim
    severity = (
        lsp.DiagnosticSeverity.Error
        if finding.verdict is Verdict.CONTRADICTED
        else lsp.DiagnosticSeverity.Warning
    )
    related = None
    if claim is not None and claim.path and claim.line:
        where = lsp.Location(
            Path(claim.path).resolve().as_uri(),
            lsp.Range(lsp.Position(claim.line - 1, 0), lsp.Position(claim.line - 1, 0)),
        )
        related = [lsp.DiagnosticRelatedInformation(where, f"claim {claim.id}: {claim.text}")]
    return lsp.Diagnostic(
        range=finding_range(buffer, finding),
        message=one_line(finding.reason) or finding.verdict.value,
        severity=severity,
        code=claim.id if claim else finding.verdict.value,
        source=SOURCE,
        related_information=related,
    )


def notice_diagnostic(buffer: Buffer, notice: Notice) -> lsp.Diagnostic:
    """An unused suppression: a hint, greyed out as unnecessary code is."""
    line = buffer.lines[min(max(notice.line - 1, 0), len(buffer.lines) - 1)]
    start = buffer.position(notice.line, notice.column)
    end = lsp.Position(start.line, buffer.units(line))
    return lsp.Diagnostic(
        range=lsp.Range(start, end),
        message=notice.message,
        severity=lsp.DiagnosticSeverity.Information,
        code=notice.code,
        source=SOURCE,
        tags=[lsp.DiagnosticTag.Unnecessary],
    )


def diagnostics(
    buffer: Buffer, findings: Sequence[Finding], notices: Sequence[Notice]
) -> list[lsp.Diagnostic]:
    found = [diagnostic(buffer, f) for f in findings if shown(f)]
    return found + [notice_diagnostic(buffer, n) for n in notices]


def _md(text: str) -> str:
    """``text`` with Markdown's special characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def _source_line(source: Source) -> str:
    title = _md(source.title)
    if source.url:
        title = f"[{title}](<{source.url.replace('>', '%3E').replace(' ', '%20')}>)"
    details = ", ".join(_md(part) for part in (source.publisher, source.date or "undated") if part)
    return f"- {title} ({details})"


def hover_text(finding: Finding) -> str:
    """The claim behind a sentence's verdict, its as-of date, its sources with links, and the
    correction if there is one, as Markdown."""
    claim = finding.claim
    if claim is None:
        return ""
    parts = [f"**factlint: {finding.verdict.value}** `{claim.id}`"]
    if finding.verdict is not Verdict.SUPPORTED and finding.reason:
        parts.append(_md(finding.reason))
    as_of = f" (as of {claim.as_of})" if claim.as_of else ""
    parts.append(f"**Claim**{as_of}: {_md(claim.text)}")
    if finding.sources:
        parts.append("**Sources**\n\n" + "\n".join(_source_line(s) for s in finding.sources))
    if finding.fix is not None:
        changes = ", ".join(f"{_md(e.original)} → {_md(e.replacement)}" for e in finding.fix.edits)
        parts.append(f"**Correction**: {changes}")
    for other in finding.related:
        if other.claim is not None:
            parts.append(f"Also {other.verdict.value}: `{other.claim.id}` {_md(other.reason)}")
    return "\n\n".join(parts)


def text_edit(buffer: Buffer, edit: Edit) -> lsp.TextEdit:
    edit_range = buffer.range(edit.line, edit.column, edit.end_line, edit.end_column)
    return lsp.TextEdit(range=edit_range, new_text=edit.replacement)


def code_action(uri: str, buffer: Buffer, finding: Finding) -> lsp.CodeAction | None:
    """The quick fix that makes the correction, for a finding that has one."""
    if finding.fix is None:
        return None
    edits = [text_edit(buffer, e) for e in finding.fix.edits]
    return lsp.CodeAction(
        title=f"factlint: {finding.fix.description}",
        kind=lsp.CodeActionKind.QuickFix,
        diagnostics=[diagnostic(buffer, finding)],
        is_preferred=True,
        edit=lsp.WorkspaceEdit(changes={uri: edits}),
    )
