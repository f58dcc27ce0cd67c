"""Tests of ``factlint.checks.polarity``: asserting what the claim denies, or the reverse."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import Outcome, polarity
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, polarity.KIND)


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("NASA is barred by U.S. law from working with China.", "nasa-china-prohibited"),
        ("NASA is forbidden to cooperate with China.", "nasa-china-prohibited"),
        ("Russia declined to sign the Artemis Accords in 2020.", "russia-refused-artemis"),
    ],
)
def test_the_same_denial_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, polarity.check)
    assert agreed_kinds(found) == {polarity.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("NASA has been allowed to collaborate with China since 2020.", "nasa-china-prohibited"),
        ("NASA may freely work with China.", "nasa-china-prohibited"),
        ("US law does not stop NASA from cooperating with China.", "nasa-china-prohibited"),
        ("China has not opened the Chang'e-8 mission to foreign partners.",
         "change8-international"),
        ("China has closed the Chang'e-8 mission to foreign partners.", "change8-international"),
    ],
)  # fmt: skip
def test_the_opposite_polarity_conflicts(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, polarity.check)
    assert conflict_kinds(found) == {polarity.KIND}
    assert verdict(lunar, text) == CONTRADICTED


def test_an_assertion_matching_an_assertion_is_neither_agreed_nor_conflicting(
    lunar: Checker,
) -> None:
    text = "China has opened the Chang'e-8 mission to foreign partners."
    assert outcome(lunar, text, "change8-international", polarity.check) == Outcome()
    assert verdict(lunar, text) == SUPPORTED


def test_participants_the_claim_does_not_know_are_left_alone(lunar: Checker) -> None:
    # Working with ESA says nothing about working with China.
    found = outcome(lunar, "NASA is free to cooperate with ESA.", "nasa-china-prohibited",
                    polarity.check)  # fmt: skip
    assert found == Outcome()


def test_claims_with_members_are_left_to_the_membership_check(lunar: Checker) -> None:
    found = outcome(lunar, "Russia has not joined the ILRS.", "ilrs-partners", polarity.check)
    assert found == Outcome()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy trucks are not allowed on the Kestrel Strait Bridge.", SUPPORTED),
        ("Heavy trucks are prohibited on the Kestrel Strait Bridge.", SUPPORTED),
        ("Heavy trucks are banned from the Kestrel Strait Bridge.", SUPPORTED),
        ("Heavy trucks are never allowed on the Kestrel Strait Bridge.", SUPPORTED),
        ("Heavy trucks are allowed on the Kestrel Strait Bridge.", CONTRADICTED),
        ("Heavy trucks may use the Kestrel Strait Bridge.", CONTRADICTED),
    ],
)
def test_polarity_on_other_facts(bridge: Checker, text: str, expected: tuple[Verdict, str]) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No fewer than 25 countries have signed the Artemis Accords.",
        "SLIM should land no more than 330 feet from its aim point.",
    ],
)
def test_no_in_a_hedge_is_not_a_negation(lunar: Checker, text: str) -> None:
    assert verdict(lunar, text) == SUPPORTED
