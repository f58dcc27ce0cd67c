"""Running a facts base's own examples: does each sentence get the verdict its claim promises?

A claim's ``examples`` are promises its writer makes about the checker: "this sentence
is supported by this claim", "that one contradicts it". An example keeps its promise
when the sentence, checked alone against the whole base, gets the promised verdict,
and (unless the promise is *unverified*) the example's own claim is among the claims
that decided it. ``factlint facts test`` runs every example this way, as textlint-prh
runs the specs of its dictionaries, so a team's facts file stays honest in CI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from factlint.model import Claim, Example, FactBase, Finding, Sentence, Verdict


class SentenceChecker(Protocol):
    """What judges an example: ``factlint.engine.Checker`` is one."""

    def check_sentence(self, sentence: Sentence) -> Finding: ...


@dataclass(frozen=True)
class ExampleResult:
    """One example, the finding its sentence got, and whether it kept its promise."""

    claim: Claim
    example: Example
    finding: Finding

    @property
    def path(self) -> str:
        return self.claim.path

    @property
    def line(self) -> int:
        return self.example.line or self.claim.line

    @property
    def column(self) -> int:
        return self.example.column if self.example.line else 0

    @property
    def deciding_claims(self) -> tuple[str, ...]:
        """The ids of the claims behind the verdict: the finding's, then its related ones."""
        found = [self.finding.claim, *(r.claim for r in self.finding.related)]
        return tuple(c.id for c in found if c is not None)

    @property
    def passed(self) -> bool:
        if self.finding.verdict is not self.example.verdict:
            return False
        return self.example.verdict is Verdict.UNVERIFIED or self.claim.id in self.deciding_claims

    @property
    def message(self) -> str:
        """``expected supported, got unverified: <why>``; for a kept promise, what it got."""
        got = self.finding.verdict.value
        expected = self.example.verdict.value
        decided_by = self.finding.claim.id if self.finding.claim else None
        if self.finding.verdict is self.example.verdict and not self.passed:
            # The right verdict from the wrong claim: the example's claim did not speak.
            expected = f"{expected} by {self.claim.id}"
            got = f"{got} by {decided_by}"
        reason = " ".join(self.finding.reason.split())
        if not reason:
            reason = "no claim speaks to it" if decided_by is None else f"claim {decided_by}"
        return f"expected {expected}, got {got}: {reason}"


def run_examples(facts: FactBase, checker: SentenceChecker) -> list[ExampleResult]:
    """Check every example of every claim in ``facts``, in the order the files give them."""
    return [
        judge_example(claim, example, checker)
        for claim in facts.claims
        for example in claim.examples
    ]


def judge_example(claim: Claim, example: Example, checker: SentenceChecker) -> ExampleResult:
    """Check one example's sentence alone (no paragraph around it) against the base."""
    sentence = Sentence(example.text, claim.path, 1, 1, 1, len(example.text))
    return ExampleResult(claim, example, checker.check_sentence(sentence))


def failures(results: Iterable[ExampleResult]) -> list[ExampleResult]:
    """The examples that did not get their promised verdict."""
    return [r for r in results if not r.passed]
