"""Suppression comments: reading ``factlint-disable`` directives and applying them to findings.

In Markdown a directive is an HTML comment; in plain text it is a line of its own
starting with ``#`` or ``//``::

    <!-- factlint-disable-next-line artemis-count -- quoting the 2021 article -->
    <!-- factlint-disable ilrs-members -->  ...  <!-- factlint-enable -->
    <!-- factlint-disable-file -->
    # factlint-disable-next-line artemis-count -- quoting the 2021 article

Claim ids (separated by spaces or commas) limit a directive to those claims; with
none it covers every claim. Text after `` -- `` is the reason. ``factlint-enable``
closes every open ``factlint-disable``, or with claim ids only those naming one of
them. ``disable-next-line`` covers the next line that holds prose.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from factlint.lazyre import lazy
from factlint.model import Finding, Notice, Verdict

FILE_END = 1_000_000_000  # last_line of a file-wide suppression

LINE_COMMENT = lazy(r"[ \t]*(?:#|//)(.*)")


def html_comments(html: str) -> Iterator[tuple[int, int, str]]:
    """Each ``<!-- ... -->`` in ``html``: where it starts, where it ends, what it says.

    The regex ``<!--(.*?)-->`` would scan to the end of the text from every unclosed
    ``<!--``; one failed search for ``-->`` means no later comment closes either.
    """
    position = 0
    while (start := html.find("<!--", position)) >= 0:
        end = html.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3, html[start + 4 : end]
        position = end + 3


_DIRECTIVE = lazy(
    r"\s*factlint-(disable-next-line|disable-file|disable|enable)(?=\s|$)(.*)", re.DOTALL
)
_REASON = lazy(r"(?:^|\s)--(?:\s|$)")
_KIND = {"disable-next-line": "next-line", "disable": "range", "disable-file": "file"}
_NAME = {kind: f"factlint-{action}" for action, kind in _KIND.items()}
_SUPPRESSIBLE = (Verdict.CONTRADICTED, Verdict.OUTDATED)


@dataclass(frozen=True)
class Directive:
    """One ``factlint-*`` comment as written, before ranges are worked out."""

    action: str  # "disable-next-line" | "disable" | "enable" | "disable-file"
    claim_ids: tuple[str, ...]
    reason: str | None
    line: int = 0
    column: int = 0
    end_line: int = 0  # last line of the comment (HTML comments may span lines)


@dataclass(frozen=True)
class Suppression:
    """A stretch of lines where findings on some (or all) claims are silenced."""

    kind: str  # "next-line" | "range" | "file"
    line: int  # the comment's own line
    column: int
    first_line: int
    last_line: int
    claim_ids: tuple[str, ...]  # empty: every claim
    reason: str | None


def parse_directive(
    comment: str, line: int = 0, column: int = 0, end_line: int = 0
) -> Directive | None:
    """Read the inside of a comment; ``None`` when it is not a factlint directive."""
    match = _DIRECTIVE.fullmatch(comment)
    if match is None:
        return None
    action, rest = match.groups()
    reason = None
    separator = _REASON.search(rest)
    if separator is not None:
        reason = rest[separator.end() :].strip() or None
        rest = rest[: separator.start()]
    claim_ids = tuple(part for part in re.split(r"[\s,]+", rest) if part)
    return Directive(action, claim_ids, reason, line, column, end_line or line)


def build_suppressions(
    directives: Sequence[Directive], prose_lines: Collection[int], last_line: int
) -> tuple[Suppression, ...]:
    """Work out the lines each directive covers.

    ``prose_lines`` are the lines that hold prose; ``last_line`` is the file's last line.
    """
    lines = sorted(set(prose_lines))
    found: list[Suppression] = []
    open_ranges: list[Directive] = []
    for directive in sorted(directives, key=lambda d: (d.line, d.column)):
        if directive.action == "disable-file":
            found.append(_suppression(directive, 1, FILE_END))
        elif directive.action == "disable-next-line":
            index = bisect.bisect_right(lines, directive.end_line)
            target = lines[index] if index < len(lines) else directive.end_line + 1
            found.append(_suppression(directive, target, target))
        elif directive.action == "disable":
            open_ranges.append(directive)
        else:
            closed = [d for d in open_ranges if _closes(directive, d)]
            open_ranges = [d for d in open_ranges if d not in closed]
            found.extend(_suppression(d, d.end_line + 1, directive.line) for d in closed)
    for directive in open_ranges:
        found.append(_suppression(directive, directive.end_line + 1, last_line))
    return tuple(sorted(found, key=lambda s: (s.line, s.column)))


def _closes(enable: Directive, disable: Directive) -> bool:
    return not enable.claim_ids or bool(set(enable.claim_ids) & set(disable.claim_ids))


def _suppression(directive: Directive, first_line: int, last_line: int) -> Suppression:
    kind = _KIND[directive.action]
    return Suppression(
        kind,
        directive.line,
        directive.column,
        first_line,
        last_line,
        directive.claim_ids,
        directive.reason,
    )


def apply_suppressions(
    findings: Sequence[Finding], suppressions: Sequence[Suppression], path: str
) -> tuple[list[Finding], list[Notice]]:
    """Mark the findings of ``path`` that a suppression covers; report suppressions never used."""
    used = [False] * len(suppressions)
    result = []
    for finding in findings:
        hits = [i for i, s in enumerate(suppressions) if _covers(s, finding, path)]
        for index in hits:
            used[index] = True
        result.append(dataclasses.replace(finding, suppressed=True) if hits else finding)
    notices = [
        Notice(
            path,
            suppression.line,
            suppression.column,
            f"unused suppression: {describe(suppression)} suppresses nothing",
            code="unused-suppression",
        )
        for suppression, was_used in zip(suppressions, used, strict=True)
        if not was_used
    ]
    return result, notices


def describe(suppression: Suppression) -> str:
    """The directive as a user would write it, e.g. ``factlint-disable-next-line artemis-count``."""
    return " ".join((_NAME[suppression.kind], *suppression.claim_ids))


def _covers(suppression: Suppression, finding: Finding, path: str) -> bool:
    sentence = finding.sentence
    if sentence.path != path or finding.verdict not in _SUPPRESSIBLE:
        return False
    if sentence.end_line < suppression.first_line or sentence.line > suppression.last_line:
        return False
    if not suppression.claim_ids:
        return True
    claims = [finding.claim, *(related.claim for related in finding.related)]
    return any(claim is not None and claim.id in suppression.claim_ids for claim in claims)
