"""Tests of ``factlint.checks.dates``: years, days, spans, and the claim's as-of date.

Principles: a date agrees when it can be the same time as the claim's date of the
same event (a year holds its days, a span such as a quarter, a half or a decade
holds its dates); it conflicts when it cannot. A finding on a draft that gives only
a year is named "year". A date of another event (a renovation, not the opening) is
not compared. "As of" dates are compared with the claim's ``as_of``; a date after it
is a later time (``dates.LATER``), when counts may have changed.
"""

from __future__ import annotations

import pytest
from judging import (
    SUPPORTED,
    UNVERIFIED,
    agreed_kinds,
    checker_of,
    conflict_kinds,
    outcome,
    unmatched_kinds,
    verdict,
)

from factlint.checks import dates
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, dates.KIND)  # the draft gives a month or a day
WRONG_YEAR = (Verdict.CONTRADICTED, dates.YEAR)  # the draft gives only a year

# A heritage railway's history, claims only.
RAILWAY_FACTS = """\
version: 1
sources:
  - id: rail-history
    title: A history of the Kelso Valley Railway
    date: 2022-04
claims:
  - id: kelso-opened
    text: The Kelso Valley Railway opened in 1874.
    sources: [rail-history]
  - id: kelso-closed
    text: The Kelso Valley Railway closed to passengers on 30 September 1966.
    sources: [rail-history]
  - id: kelso-reopened
    text: Volunteers reopened the Kelso Valley Railway as a heritage line in May 2011.
    sources: [rail-history]
  - id: kelso-locomotives
    text: The Kelso Valley Railway owns 11 steam locomotives.
    as_of: 2022-04
    sources: [rail-history]
  - id: kelso-extension
    text: >-
      The extension of the Kelso Valley Railway to Harrowby will open in the second half
      of 2026.
    sources: [rail-history]
"""


@pytest.fixture(scope="module")
def railway(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("railway"), RAILWAY_FACTS)


# -- the same time, or not -----------------------------------------------------------------------


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
        ("XRISM and SLIM lifted off on 2023-09-06.", "slim-xrism-launch"),
    ],
)  # fmt: skip
def test_a_date_that_can_be_the_same_time_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, dates.check)
    assert agreed_kinds(found) == {dates.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id", "expected"),
    [
        ("Chang'e-7 should launch in 2029.", "change7-2026", WRONG_YEAR),
        ("The deadline for Chang'e-8 letters of intent is Dec. 15.",
         "change8-letters-of-intent", CONTRADICTED),
        ("The deadline for Chang'e-8 letters of intent is December 31, 2024.",
         "change8-letters-of-intent", CONTRADICTED),
        ("Chang'e-8 proposals will be chosen in March 2024.", "change8-final-selection",
         CONTRADICTED),
        ("Chang'e-8 proposals will be chosen in 2025.", "change8-final-selection", WRONG_YEAR),
        ("XRISM and SLIM lifted off on 2023-09-16.", "slim-xrism-launch", CONTRADICTED),
    ],
)  # fmt: skip
def test_a_date_that_cannot_be_the_same_time_conflicts(
    lunar: Checker, text: str, claim_id: str, expected: tuple[Verdict, str]
) -> None:
    found = outcome(lunar, text, claim_id, dates.check)
    assert conflict_kinds(found) == {expected[1]}
    assert verdict(lunar, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kelso Valley Railway opened in 1874.", SUPPORTED),
        ("The Kelso Valley Railway opened in March 1874.", SUPPORTED),
        ("The Kelso Valley Railway opened in 1884.", WRONG_YEAR),
        ("The Kelso Valley Railway closed to passengers on September 30, 1966.", SUPPORTED),
        ("The Kelso Valley Railway closed to passengers in 1966.", SUPPORTED),
        ("The Kelso Valley Railway closed to passengers in late 1966.", SUPPORTED),
        ("The Kelso Valley Railway closed to passengers on 3 September 1966.", CONTRADICTED),
        ("The Kelso Valley Railway closed to passengers in 1967.", WRONG_YEAR),
        # a day without a year is compared on month and day
        ("The Kelso Valley Railway closed to passengers on 30 September.", SUPPORTED),
        ("The Kelso Valley Railway closed to passengers on 13 September.", CONTRADICTED),
        ("Volunteers reopened the Kelso Valley Railway in 2011.", SUPPORTED),
        ("Volunteers reopened the Kelso Valley Railway in June 2011.", CONTRADICTED),
        ("Volunteers reopened the Kelso Valley Railway as a heritage line in 2012.", WRONG_YEAR),
    ],
)
def test_dates_in_a_plain_facts_file(
    railway: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(railway, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The extension of the Kelso Valley Railway to Harrowby will open in late 2026.",
         SUPPORTED),
        ("The extension of the Kelso Valley Railway to Harrowby will open in Q4 2026.", SUPPORTED),
        ("The extension of the Kelso Valley Railway to Harrowby will open in the first half "
         "of 2026.", CONTRADICTED),
        ("The extension of the Kelso Valley Railway to Harrowby will open in 2027.", WRONG_YEAR),
    ],
)  # fmt: skip
def test_a_span_of_a_year_holds_its_dates(
    railway: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(railway, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge opened in 2019.", SUPPORTED),
        ("The Kestrel Strait Bridge opened to traffic in May 2019.", SUPPORTED),
        ("The Kestrel Strait Bridge opened in early 2019.", SUPPORTED),
        ("The Kestrel Strait Bridge opened to traffic in 2021.", WRONG_YEAR),
    ],
)
def test_dates_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


# -- decades -------------------------------------------------------------------------------------

DECADE_REASON = "a decade ('the 2030s') is read as a duration of 2,030 seconds (see tests/reading)"


@pytest.mark.parametrize(
    ("checker_name", "text", "claim_id"),
    [
        ("lunar", "The ILRS will be constructed during the 2030s.", "ilrs-built-2030s"),
        ("lunar", "The ILRS will be built in the early 2030s.", "ilrs-built-2030s"),
        ("lunar", "Chang'e-7 will fly in the late 2020s.", "change7-2026"),
        ("bridge", "The Kestrel Strait Bridge opened to traffic in the 2010s.", "kestrel-opened"),
        ("railway", "The Kelso Valley Railway opened in the 1870s.", "kelso-opened"),
    ],
)
def test_a_decade_holds_its_years(
    checker_name: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert agreed_kinds(outcome(checker, text, claim_id, dates.check)) == {dates.KIND}
    assert verdict(checker, text) == SUPPORTED


@pytest.mark.parametrize(
    ("checker_name", "text"),
    [
        ("lunar", "The ILRS will be constructed during the 2020s."),
        ("lunar", "The ILRS will be built in the late 2020s."),
        ("bridge", "The Kestrel Strait Bridge opened to traffic in the 2020s."),
        ("railway", "The Kelso Valley Railway opened in the 1880s."),
    ],
)
def test_a_decade_without_the_year_conflicts(
    checker_name: str, text: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert verdict(checker, text) == WRONG_YEAR


# -- another event -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso Valley Railway was renovated in 1990.",  # a renovation, not the opening
        "The Kelso Valley Railway opened a new museum in 1999.",  # the museum's opening
    ],
)
def test_a_date_of_another_event_is_not_compared(railway: Checker, text: str) -> None:
    assert verdict(railway, text) == UNVERIFIED


def test_when_a_mission_flies_is_not_compared_with_other_dates_about_it(lunar: Checker) -> None:
    # No claim says when Chang'e-8 flies; its partner-selection dates must not answer that.
    assert verdict(lunar, "Chang'e-8 is scheduled to launch in 2028.") == UNVERIFIED


def test_a_date_about_another_signatory_does_not_contradict(lunar: Checker) -> None:
    # russia-refused-artemis is dated 2020, but it is about Russia, not India.
    found_verdict, _ = verdict(lunar, "India signed the Artemis Accords in June 2023.")
    assert found_verdict is not Verdict.CONTRADICTED


# -- as of ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checker_name", "text", "claim_id"),
    [
        ("lunar", "As of September 2023, twenty-nine nations had signed the Artemis Accords.",
         "artemis-signatory-count"),
        ("railway", "As of April 2022, the Kelso Valley Railway owned 11 steam locomotives.",
         "kelso-locomotives"),
        ("bridge", "As of May 2022, three countries had funded the Kestrel Strait Bridge.",
         "kestrel-funders"),
    ],
)  # fmt: skip
def test_as_of_is_compared_with_the_claims_as_of_date(
    checker_name: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    found = outcome(checker, text, claim_id, dates.check)
    assert agreed_kinds(found) == {dates.KIND}
    assert all(d.facts.startswith("as of") for d in found.agreed)
    assert verdict(checker, text) == SUPPORTED


@pytest.mark.parametrize(
    ("checker_name", "text", "claim_id"),
    [
        ("lunar", "As of December 2023, 29 countries had signed the Artemis Accords.",
         "artemis-signatory-count"),
        ("railway", "As of 2024, the Kelso Valley Railway owns 13 steam locomotives.",
         "kelso-locomotives"),
    ],
)  # fmt: skip
def test_a_date_after_the_as_of_date_is_a_later_time(
    checker_name: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    found = outcome(checker, text, claim_id, dates.check)
    assert unmatched_kinds(found) == {dates.LATER}
    assert not found.conflicts and not found.agreed
    assert verdict(checker, text)[0] is not Verdict.CONTRADICTED
