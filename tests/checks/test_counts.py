"""Tests of ``factlint.checks.counts``: how many of something, with hedges."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, claim_of, conflict_kinds, outcome, verdict

from factlint.checks import Outcome, counts
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, counts.KIND)


@pytest.mark.parametrize(
    "text",
    [
        "About thirty countries have joined the Artemis Accords.",
        "At least 25 countries have signed the Artemis Accords.",
        "Twenty-nine countries or so have signed the Artemis Accords.",
        "As of September 2023, twenty-nine nations had signed the Artemis Accords.",
    ],
)
def test_a_count_the_hedge_allows_agrees(lunar: Checker, text: str) -> None:
    found = outcome(lunar, text, "artemis-signatory-count", counts.check)
    assert agreed_kinds(found) == {counts.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED
    assert claim_of(lunar, text) == "artemis-signatory-count"


@pytest.mark.parametrize(
    "text",
    [
        "Only 12 nations have signed the Artemis Accords.",
        "More than 40 countries have signed the Artemis Accords.",
        "Up to 20 countries have signed the Artemis Accords.",
        "Almost three dozen countries have signed the Artemis Accords.",
        "Thirty countries or more have signed the Artemis Accords.",
    ],
)
def test_a_count_outside_what_the_hedge_allows_conflicts(lunar: Checker, text: str) -> None:
    found = outcome(lunar, text, "artemis-signatory-count", counts.check)
    assert conflict_kinds(found) == {counts.KIND}
    assert verdict(lunar, text) == CONTRADICTED


def test_counts_are_matched_on_the_counted_noun(lunar: Checker) -> None:
    agreeing = (
        "The Artemis Accords were founded in 2020 by the State Department "
        "and seven other founding members."
    )
    assert verdict(lunar, agreeing) == SUPPORTED
    wrong = agreeing.replace("seven", "nine")
    found = outcome(lunar, wrong, "artemis-founded-2020", counts.check)
    assert [(d.kind, d.draft, d.facts) for d in found.conflicts] == [("count", "nine", "seven")]
    assert verdict(lunar, wrong) == CONTRADICTED


def test_a_sentence_without_a_count_is_left_alone(lunar: Checker) -> None:
    found = outcome(lunar, "Signatories of the Artemis Accords meet yearly.",
                    "artemis-signatory-count", counts.check)  # fmt: skip
    assert found == Outcome()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge carries six lanes of traffic.", SUPPORTED),
        ("The Kestrel Strait Bridge carries 6 lanes of traffic.", SUPPORTED),
        ("The Kestrel Strait Bridge carries half a dozen lanes of traffic.", SUPPORTED),
        ("The Kestrel Strait Bridge carries four lanes of traffic.", CONTRADICTED),
        ("The Kestrel Strait Bridge carries a dozen lanes of traffic.", CONTRADICTED),
        ("The Kestrel Strait Bridge has eight lanes.", CONTRADICTED),
    ],
)
def test_counts_on_other_facts(bridge: Checker, text: str, expected: tuple[Verdict, str]) -> None:
    assert verdict(bridge, text) == expected


def test_a_hyphenated_odd_count_is_approximate(lunar: Checker) -> None:
    assert verdict(lunar, "30-odd countries have signed the Artemis Accords.") == SUPPORTED
