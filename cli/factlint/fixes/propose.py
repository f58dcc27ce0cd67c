"""From a contradicted finding to the edits that correct it, placed on the document's characters."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from factlint.fixes.render import (
    Change,
    correct_count,
    correct_date,
    correct_money,
    correct_quantity,
)
from factlint.lazyre import lazy
from factlint.model import Claim, Difference, Edit, Finding, Fix, MatchSettings, Verdict
from factlint.reading.clean import clean
from factlint.reading.values import Value, find_values
from factlint.text.prose import Positions

FIXABLE = frozenset({"count", "quantity", "money", "date", "year"})
# "7 (Azerbaijan, Belarus, ...)": a complete list's size
_LIST_COUNT = lazy(r"(?<!\d)(\d+) \(")
_DEFAULT_TOLERANCE = MatchSettings().hedge_tolerance
_INTENSIFIER = lazy(
    r"\b(?:well|just|far|way|much|slightly|somewhat|comfortably|easily)\s+$", re.IGNORECASE
)


def digest(text: str) -> str:
    """The fingerprint a fix keeps of the text it applies to."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def with_fixes(
    findings: Sequence[Finding], text: str, tolerance: float = _DEFAULT_TOLERANCE
) -> list[Finding]:
    """The findings, each contradiction that one clear value corrects carrying its fix.

    ``text`` is the document the findings' sentences come from, as read (no BOM, line
    ends as ``\\n``); ``tolerance`` is the hedge tolerance the checks used.
    """
    positions: Positions | None = None
    fingerprint = ""
    fixed: list[Finding] = []
    for finding in findings:
        if finding.verdict is Verdict.CONTRADICTED and finding.claim is not None:
            positions = positions or Positions(text)
            fingerprint = fingerprint or digest(text)
            fix = propose(finding, text, positions, tolerance)
            if fix is not None:
                finding = replace(finding, fix=replace(fix, digest=fingerprint))
        fixed.append(finding)
    return fixed


def propose(
    finding: Finding,
    text: str,
    positions: Positions | None = None,
    tolerance: float = _DEFAULT_TOLERANCE,
) -> Fix | None:
    """The fix for a contradicted finding, or None when there is no one clear correction.

    Every difference must be a count, quantity, amount of money, year or date whose
    right value the claim gives once; a member, name, polarity, order or other
    difference leaves the sentence without a fix, as does a value the writer's style
    cannot be kept for.
    """
    claim = finding.claim
    sentence = finding.sentence
    if (
        finding.verdict is not Verdict.CONTRADICTED
        or claim is None
        or not finding.differences
        or len(sentence.offsets) != len(sentence.text)
        or any(d.kind not in FIXABLE or d.span is None for d in finding.differences)
    ):
        return None
    positions = positions or Positions(text)
    # The checks read the sentence cleaned (quotes, dashes): the spans are offsets there.
    read = clean(sentence.text)
    claim_values = _values_of(claim.text)
    edits: list[Edit] = []
    for difference in finding.differences:
        assert difference.span is not None
        start, end = difference.span
        piece = read[start:end]
        change = _change(difference, piece, read[end:], claim_values, tolerance)
        at = _locate(sentence.text, read, piece, start)
        if change is None or at is None:
            return None
        begin, replacement = at + change.start, change.text
        if change.unhedged:
            begin, replacement = _with_intensifier(sentence.text, begin, replacement)
        edit = _edit(finding, text, positions, begin, at + change.end, replacement)
        if edit is None:
            return None
        if edit not in edits:
            edits.append(edit)
    edits.sort(key=lambda e: e.start)
    if any(a.end > b.start for a, b in itertools.pairwise(edits)):
        return None
    return Fix(_describe(edits, claim), tuple(edits))


@functools.lru_cache(maxsize=512)
def _values_of(claim_text: str) -> tuple[Value, ...]:
    """A claim's values, read as the checks read them (each claim once).

    Names are not set apart first, as the engine sets them apart: a difference names
    the claim's value by its kind and text, and where this reading finds no value of
    that kind and text, there is no fix (never a fix from another value).
    """
    return tuple(find_values(clean(claim_text)))


def _change(
    difference: Difference,
    piece: str,
    rest: str,
    claim_values: Sequence[Value],
    tolerance: float,
) -> Change | None:
    """The change inside ``piece`` (the draft's value as written, ``rest`` the sentence
    after it) that gives the claim's value."""
    parts = list(dict.fromkeys(difference.facts.split(" / ")))
    if difference.kind in ("date", "year"):
        return correct_date(piece, parts[0], rest) if len(parts) == 1 else None
    facts = [_fact_value(part, difference.kind, claim_values) for part in parts]
    known = [f for f in facts if f is not None]
    if len(known) != len(facts):
        return None
    if difference.kind == "count":
        return correct_count(piece, known[0], tolerance, rest) if len(known) == 1 else None
    if difference.kind == "money":
        return correct_money(piece, known, tolerance, rest)
    return correct_quantity(piece, known, tolerance, rest)


def _fact_value(text: str, kind: str, claim_values: Sequence[Value]) -> Value | None:
    """The claim's value the checks described as ``text``, with its hedge."""
    for value in claim_values:
        if value.kind == kind and value.text.strip() == text:
            return value
    listed = _LIST_COUNT.match(text)
    if kind == "count" and listed:
        n = float(listed.group(1))
        return Value(kind, listed.group(1), 0, len(listed.group(1)), amount=n, high=n)
    return None


def _with_intensifier(sentence: str, start: int, replacement: str) -> tuple[int, str]:
    """A hedge that goes takes its intensifier with it: "Well over 30" -> "29", not "Well 29"."""
    found = _INTENSIFIER.search(sentence, 0, start)
    if found is None:
        return start, replacement
    if sentence[found.start()].isupper() and replacement[:1].islower():
        replacement = replacement[:1].upper() + replacement[1:]
    return found.start(), replacement


def _locate(sentence: str, read: str, piece: str, start: int) -> int | None:
    """Where ``piece``, read at ``start`` of the cleaned sentence ``read``, is in the
    sentence as written; None when it is not there verbatim.

    Cleaning keeps positions but where it drops or widens a character (an em dash, a
    soft hyphen, a ligature): the piece is where the text before it cleans to what the
    reader read before it.
    """
    if read == sentence:
        return start
    at = sentence.find(piece)
    while at >= 0:
        if clean(sentence[:at]) == read[:start]:
            return at
        at = sentence.find(piece, at + 1)
    return None


def _edit(
    finding: Finding, text: str, positions: Positions, start: int, end: int, replacement: str
) -> Edit | None:
    """The edit of the sentence's characters ``[start, end)`` in the document, if they sit
    there verbatim (no markup, entity or line break among them)."""
    offsets = finding.sentence.offsets
    if not 0 <= start < end <= len(offsets):
        return None
    first, last = offsets[start], offsets[end - 1]
    original = finding.sentence.text[start:end]
    if last - first != end - start - 1 or text[first : last + 1] != original:
        return None
    line, column = positions.line_column(first)
    end_line, end_column = positions.line_column(last)
    return Edit(first, last + 1, line, column, end_line, end_column, original, replacement)


def _describe(edits: Sequence[Edit], claim: Claim) -> str:
    changes = "; ".join(f'"{e.original}" to "{e.replacement}"' for e in edits)
    as_of = f", as of {claim.as_of}" if claim.as_of else ""
    return f"Change {changes} ({claim.id}{as_of})"


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` made; they must not overlap."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text
