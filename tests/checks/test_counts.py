"""Tests of ``factlint.checks.counts``: how many of something, with hedges, rates and lists.

Principles: a count agrees when the hedges of draft and claim leave room for one
number; it is compared only with the claim's count of the same thing (the counted
noun, or the words around it); a rate is compared per unit of time and never with a
plain count; a complete member list counts its members.
"""

from __future__ import annotations

import pytest
from judging import (
    SUPPORTED,
    UNVERIFIED,
    agreed_kinds,
    checker_of,
    claim_of,
    conflict_kinds,
    outcome,
    unmatched_kinds,
    verdict,
)

from factlint.checks import Outcome, counts
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, counts.KIND)

# A basketball league, written as a team would write its facts: claims only.
LEAGUE_FACTS = """\
version: 1
sources:
  - id: league-handbook
    title: Northland Basketball League handbook
    date: 2024-09
claims:
  - id: league-teams
    text: The Northland Basketball League has 14 teams.
    as_of: 2024-09
    sources: [league-handbook]
  - id: league-games
    text: Each team in the Northland Basketball League plays 36 regular-season games.
    sources: [league-handbook]
  - id: arena-seats
    text: Corvin Arena, home of the Halvik Hawks, seats 8,200 spectators.
    sources: [league-handbook]
  - id: league-founders
    text: >-
      The Halvik Hawks, the Brenner Bears and the Osterby Owls founded the Northland
      Basketball League in 1987.
    members: {names: [Halvik Hawks, Brenner Bears, Osterby Owls], complete: true}
    sources: [league-handbook]
  - id: presale-rate
    text: The Halvik Hawks sold 1,500 season tickets per day during the 2024 presale.
    sources: [league-handbook]
"""


@pytest.fixture(scope="module")
def league(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("league"), LEAGUE_FACTS)


# -- hedges --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About thirty countries have joined the Artemis Accords.",
        "At least 25 countries have signed the Artemis Accords.",
        "Twenty-nine countries or so have signed the Artemis Accords.",
        "As of September 2023, twenty-nine nations had signed the Artemis Accords.",
        "30-odd countries have signed the Artemis Accords.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Northland Basketball League has 14 teams.", SUPPORTED),
        ("The Northland Basketball League has fourteen teams.", SUPPORTED),
        ("Fourteen teams play in the Northland Basketball League.", SUPPORTED),
        ("The Northland Basketball League has about 15 teams.", SUPPORTED),
        ("The Northland Basketball League has more than a dozen teams.", SUPPORTED),
        ("The Northland Basketball League has 16 teams.", CONTRADICTED),
        ("The Northland Basketball League has a dozen teams.", CONTRADICTED),
        ("The Northland Basketball League has fewer than 10 teams.", CONTRADICTED),
        ("The Northland Basketball League has 20-odd teams.", CONTRADICTED),
        ("Corvin Arena seats roughly 8,000 spectators.", SUPPORTED),
        ("Corvin Arena seats 12,000 spectators.", CONTRADICTED),
    ],
)
def test_hedged_counts_in_a_plain_facts_file(
    league: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(league, text) == expected


@pytest.mark.xfail(strict=True, reason="a count range is read as two counts (see tests/reading)")
def test_a_range_holding_the_count_agrees(league: Checker) -> None:
    assert verdict(league, "The Northland Basketball League has between 12 and 16 teams.") == (
        SUPPORTED
    )


# -- the counted noun ----------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    "text",
    [
        "Corvin Arena has 8,200 seats.",  # the seats counted, as "seats 8,200 spectators"
        "Corvin Arena, home of the Halvik Hawks, seats 8,200.",  # no noun: the claim's one count
    ],
)
def test_the_same_count_named_another_way_agrees(league: Checker, text: str) -> None:
    assert verdict(league, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Each Northland Basketball League team plays 40 regular-season games.", "league-games"),
        ("The Northland Basketball League has 14 teams and each plays 40 regular-season games.",
         "league-games"),
    ],
)  # fmt: skip
def test_a_count_of_the_same_noun_conflicts_beside_other_counts(
    league: Checker, text: str, claim_id: str
) -> None:
    assert verdict(league, text) == CONTRADICTED
    assert claim_of(league, text) == claim_id


@pytest.mark.xfail(
    strict=True,
    reason="a count of cities is compared with the claim's count of teams, because the draft "
    "also says 'teams' (same_role takes the claim's noun for the draft's verb made a noun)",
)
def test_a_count_of_another_noun_is_not_compared(league: Checker) -> None:
    text = "The Northland Basketball League has teams in 9 cities."
    assert conflict_kinds(outcome(league, text, "league-teams", counts.check)) == set()
    assert verdict(league, text) == UNVERIFIED


def test_a_sentence_without_a_count_is_left_alone(lunar: Checker, league: Checker) -> None:
    found = outcome(lunar, "Signatories of the Artemis Accords meet yearly.",
                    "artemis-signatory-count", counts.check)  # fmt: skip
    assert found == Outcome()
    assert outcome(league, "Corvin Arena hosts concerts.", "arena-seats", counts.check) == (
        Outcome()
    )


# -- rates ---------------------------------------------------------------------------------------


def test_a_rate_is_compared_per_unit_of_time(league: Checker) -> None:
    same = "The Halvik Hawks sold 10,500 season tickets per week during the 2024 presale."
    assert agreed_kinds(outcome(league, same, "presale-rate", counts.check)) == {counts.KIND}
    assert verdict(league, same) == SUPPORTED
    less = "The Halvik Hawks sold 500 season tickets per day during the 2024 presale."
    assert verdict(league, less) == CONTRADICTED


def test_a_count_is_never_compared_with_a_rate(league: Checker) -> None:
    text = "The Halvik Hawks sold 1,500 season tickets during the 2024 presale."
    found = outcome(league, text, "presale-rate", counts.check)
    assert unmatched_kinds(found) == {counts.KIND}
    assert not found.agreed and not found.conflicts


def test_a_total_is_not_supported_by_a_rate_of_the_same_number(league: Checker) -> None:
    # 1,500 a day says nothing of the total unless the presale lasted one day
    text = "The Halvik Hawks sold 1,500 season tickets during the 2024 presale."
    assert verdict(league, text)[0] is not Verdict.SUPPORTED


# -- complete lists ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checker_name", "text", "expected"),
    [
        ("league", "Three teams founded the Northland Basketball League in 1987.", SUPPORTED),
        ("league", "The Northland Basketball League was founded by three clubs.", SUPPORTED),
        ("league", "Four teams founded the Northland Basketball League in 1987.", CONTRADICTED),
        ("bridge", "Three countries funded the Kestrel Strait Bridge.", SUPPORTED),
        ("bridge", "Five countries funded the Kestrel Strait Bridge.", CONTRADICTED),
    ],
)
def test_a_complete_list_counts_its_members(
    checker_name: str, text: str, expected: tuple[Verdict, str], request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert verdict(checker, text) == expected


# -- the bridge facts (entities and ``about``) ---------------------------------------------------


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
def test_counts_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected
