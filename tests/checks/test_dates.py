"""Tests of ``factlint.checks.dates``: years, days, spans, and the claim's as-of date."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import dates
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, dates.KIND)
WRONG_YEAR = (Verdict.CONTRADICTED, dates.YEAR)  # a draft giving only a year: "year differs"


def wrong(text: str) -> tuple[Verdict, str]:
    """The verdict a wrong date gets: named a year when the draft gives no month."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return CONTRADICTED if any(m in text for m in months) or "-09-" in text else WRONG_YEAR


UNVERIFIED = (Verdict.UNVERIFIED, "")


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Chang'e-7 should launch in 2026.", "change7-2026"),
        ("The deadline for Chang'e-8 letters of intent is 31 December 2023.",
         "change8-letters-of-intent"),
        ("The deadline for Chang'e-8 letters of intent is 2023-12-31.",
         "change8-letters-of-intent"),
        ("Chang'e-8 proposals will be chosen in the second half of 2024.",
         "change8-final-selection"),
        ("The ILRS will be constructed during the 2030s.", "ilrs-built-2030s"),
        ("XRISM and SLIM lifted off on 2023-09-06.", "slim-xrism-launch"),
    ],
)  # fmt: skip
def test_a_date_that_can_be_the_same_time_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, dates.check)
    assert agreed_kinds(found) == {dates.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Chang'e-7 should launch in 2029.", "change7-2026"),
        ("The deadline for Chang'e-8 letters of intent is Dec. 15.", "change8-letters-of-intent"),
        ("The deadline for Chang'e-8 letters of intent is December 31, 2024.",
         "change8-letters-of-intent"),
        ("Chang'e-8 proposals will be chosen in March 2024.", "change8-final-selection"),
        ("Chang'e-8 proposals will be chosen in 2025.", "change8-final-selection"),
        ("The ILRS will be constructed during the 2020s.", "ilrs-built-2030s"),
        ("XRISM and SLIM lifted off on 2023-09-16.", "slim-xrism-launch"),
    ],
)  # fmt: skip
def test_a_date_that_cannot_be_the_same_time_conflicts(
    lunar: Checker, text: str, claim_id: str
) -> None:
    found = outcome(lunar, text, claim_id, dates.check)
    assert conflict_kinds(found) == {wrong(text)[1]}
    assert verdict(lunar, text) == wrong(text)


def test_as_of_is_compared_with_the_claims_as_of_date(lunar: Checker) -> None:
    text = "As of September 2023, twenty-nine nations had signed the Artemis Accords."
    found = outcome(lunar, text, "artemis-signatory-count", dates.check)
    assert agreed_kinds(found) == {dates.KIND}


def test_a_count_as_of_another_date_is_not_contradicted(lunar: Checker) -> None:
    # The claim holds as of September 2023; by December the count may have changed.
    text = "As of December 2023, 29 countries had signed the Artemis Accords."
    found = outcome(lunar, text, "artemis-signatory-count", dates.check)
    assert not found.conflicts
    assert found.unmatched
    assert verdict(lunar, text) == UNVERIFIED


def test_when_a_mission_flies_is_not_compared_with_other_dates_about_it(lunar: Checker) -> None:
    # No claim says when Chang'e-8 flies; its partner-selection dates must not answer that.
    assert verdict(lunar, "Chang'e-8 is scheduled to launch in 2028.") == UNVERIFIED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge opened in 2019.", SUPPORTED),
        ("The Kestrel Strait Bridge opened to traffic in May 2019.", SUPPORTED),
        ("The Kestrel Strait Bridge opened in early 2019.", SUPPORTED),
        ("The Kestrel Strait Bridge opened to traffic in the 2010s.", SUPPORTED),
        ("The Kestrel Strait Bridge opened to traffic in 2021.", WRONG_YEAR),
        ("The Kestrel Strait Bridge opened to traffic in the 2020s.", WRONG_YEAR),
    ],
)
def test_dates_on_other_facts(bridge: Checker, text: str, expected: tuple[Verdict, str]) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chang'e-7 will fly in the mid-2020s.", SUPPORTED),
        ("Chang'e-7 will fly in the late 2020s.", SUPPORTED),
        ("The ILRS will be built in the early 2030s.", SUPPORTED),
        ("The ILRS will be built in the late 2020s.", WRONG_YEAR),
    ],
)
def test_part_of_a_decade_is_compared_as_a_span(
    lunar: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(lunar, text) == expected


def test_a_date_about_another_signatory_does_not_contradict(lunar: Checker) -> None:
    # russia-refused-artemis is dated 2020, but it is about Russia, not India.
    found_verdict, _ = verdict(lunar, "India signed the Artemis Accords in June 2023.")
    assert found_verdict is not Verdict.CONTRADICTED
