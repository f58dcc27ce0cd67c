"""What a sweep found, claim by claim: how many documents repeat each claim, and how.

Each task tallies its own documents (``tally``); the client adds the tallies up
(``Summary.add``). A claim's counts are documents, not sentences: a page that
repeats an outdated figure three times is one page to correct. Claims are ranked
so that what to correct first comes first: the most repeated outdated claims,
then the most contradicted, then the most supported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from factlint.model import Finding, Problem, Report, Verdict

VERSION = 1
TALLIED = (Verdict.OUTDATED, Verdict.CONTRADICTED, Verdict.SUPPORTED)
SENTENCE_KEYS = ("supported", "contradicted", "outdated", "unverified", "suppressed")


@dataclass(frozen=True)
class ClaimTally:
    """How many documents repeat one claim as supported, contradicted and outdated."""

    claim_id: str
    claim: str
    as_of: str | None = None
    replaced_by: str | None = None
    supported: int = 0
    contradicted: int = 0
    outdated: int = 0

    def __add__(self, other: ClaimTally) -> ClaimTally:
        return ClaimTally(
            self.claim_id,
            self.claim,
            self.as_of,
            self.replaced_by,
            self.supported + other.supported,
            self.contradicted + other.contradicted,
            self.outdated + other.outdated,
        )

    @property
    def rank(self) -> tuple[int, int, int, str]:
        """Sort key: most outdated first, then most contradicted, then most supported."""
        return (-self.outdated, -self.contradicted, -self.supported, self.claim_id)

    def to_document(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "claim": self.claim,
            "as_of": self.as_of,
            "replaced_by": self.replaced_by,
            "outdated": self.outdated,
            "contradicted": self.contradicted,
            "supported": self.supported,
        }


def claim_tallies(findings: Iterable[Finding]) -> dict[str, ClaimTally]:
    """Per claim, the documents among ``findings`` that repeat it with each verdict.

    A finding's own claim counts (its related claims do not: the verdict is the
    finding's); suppressed and unverified findings do not count.
    """
    seen: set[tuple[str, Verdict, str]] = set()
    tallies: dict[str, ClaimTally] = {}
    for finding in findings:
        claim = finding.claim
        if claim is None or finding.suppressed or finding.verdict not in TALLIED:
            continue
        key = (claim.id, finding.verdict, finding.sentence.path)
        if key in seen:
            continue
        seen.add(key)
        one = ClaimTally(
            claim.id,
            claim.text,
            claim.as_of,
            claim.replaced_by,
            supported=int(finding.verdict is Verdict.SUPPORTED),
            contradicted=int(finding.verdict is Verdict.CONTRADICTED),
            outdated=int(finding.verdict is Verdict.OUTDATED),
        )
        held = tallies.get(claim.id)
        tallies[claim.id] = one if held is None else held + one
    return tallies


@dataclass(frozen=True)
class Tally:
    """What one task found: its part of the summary."""

    given: int  # files the task was given
    files: int  # files it checked (the others are problems)
    sentences: Mapping[str, int]  # sentences by verdict (unsuppressed), and "suppressed"
    claims: Mapping[str, ClaimTally]
    problems: tuple[Problem, ...] = ()

    @property
    def findings(self) -> int:
        """The findings written: every sentence checked but the suppressed ones."""
        return sum(n for key, n in self.sentences.items() if key != "suppressed")


def tally(report: Report, given: int) -> Tally:
    """The tally of one task's report; ``given``: how many files the task was given."""
    sentences: Counter[str] = Counter()
    for finding in report.findings:
        sentences["suppressed" if finding.suppressed else finding.verdict.value] += 1
    return Tally(given, report.files, sentences, claim_tallies(report.findings), report.problems)


@dataclass
class Summary:
    """The running total of a sweep, added to as each task's result is written."""

    done: int = 0  # files dealt with: checked, or reported as problems
    files: int = 0  # files checked
    findings: int = 0  # findings written
    sentences: Counter[str] = field(default_factory=Counter)
    claims: dict[str, ClaimTally] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def add(self, part: Tally) -> None:
        """Count one task's documents in."""
        self.done += part.given
        self.files += part.files
        self.findings += part.findings
        self.sentences.update(part.sentences)
        for claim_id, one in part.claims.items():
            held = self.claims.get(claim_id)
            self.claims[claim_id] = one if held is None else held + one
        self.problems += part.problems

    def ranked(self) -> list[ClaimTally]:
        """Every claim some document repeats, what to correct first at the top."""
        return sorted(self.claims.values(), key=lambda t: t.rank)

    def to_document(self, problems: list[dict[str, Any]]) -> dict[str, Any]:
        """The summary as ``--summary`` writes it (``problems`` already rendered)."""
        return {
            "version": VERSION,
            "files": self.files,
            "findings": self.findings,
            "sentences": {key: self.sentences.get(key, 0) for key in SENTENCE_KEYS},
            "claims": [t.to_document() for t in self.ranked()],
            "problems": problems,
        }
