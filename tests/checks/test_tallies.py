"""Tests of ``factlint.checks.tallies``: how a vote or a game went ("voted 7 to 2", "won 4-2").

Principles: a tally agrees when both sides are the same numbers, in either order
("7 to 2" and "a 7-2 vote" report one vote); another tally of the same vote or game
conflicts; a tally of something else (another motion, another game) is not the
claim's.
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
    verdict,
)

from factlint.checks import tallies
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, tallies.KIND)

# A hockey league's season review, claims only.
LEAGUE_FACTS = """\
version: 1
sources:
  - id: season-review
    title: Coastal Hockey League season review 2023
    date: 2023-06
claims:
  - id: final-score
    text: The Harbor Gulls beat the Pine Ridge Foxes 4 to 2 in the 2023 Coastal Cup final.
    sources: [season-review]
  - id: expansion-vote
    text: The Coastal Hockey League's owners voted 11 to 3 to admit a team from Salt Creek.
    sources: [season-review]
"""


@pytest.fixture(scope="module")
def hockey(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("hockey"), LEAGUE_FACTS)


@pytest.mark.parametrize(
    ("checker_name", "text", "claim_id"),
    [
        ("hockey", "The Coastal Hockey League's owners voted 11 to 3 to admit a team from "
         "Salt Creek.", "expansion-vote"),
        ("hockey", "By an 11-3 vote, the Coastal Hockey League's owners admitted a team from "
         "Salt Creek.", "expansion-vote"),
        ("bridge", "The Almer Harbour Authority board voted 7-2 to build the Kestrel Strait "
         "Bridge.", "kestrel-vote"),
        ("bridge", "By a 7-2 vote, the Almer Harbour Authority board approved the Kestrel "
         "Strait Bridge.", "kestrel-vote"),
    ],
)  # fmt: skip
def test_the_same_tally_in_any_form_agrees(
    checker_name: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert agreed_kinds(outcome(checker, text, claim_id, tallies.check)) == {tallies.KIND}
    assert verdict(checker, text) == SUPPORTED


@pytest.mark.parametrize(
    ("checker_name", "text", "claim_id"),
    [
        ("hockey", "The Coastal Hockey League's owners voted 10 to 4 to admit a team from "
         "Salt Creek.", "expansion-vote"),
        ("bridge", "The Almer Harbour Authority board voted 6 to 3 to build the Kestrel Strait "
         "Bridge.", "kestrel-vote"),
    ],
)  # fmt: skip
def test_another_tally_of_the_same_vote_conflicts(
    checker_name: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert conflict_kinds(outcome(checker, text, claim_id, tallies.check)) == {tallies.KIND}
    assert verdict(checker, text) == CONTRADICTED


def test_the_claims_own_game_score_agrees(hockey: Checker) -> None:
    text = "The Harbor Gulls beat the Pine Ridge Foxes 4 to 2 in the 2023 Coastal Cup final."
    assert verdict(hockey, text) == SUPPORTED


GLUED = (
    "the score after a team's name is read as part of the name ('Pine Ridge Foxes 4'), so "
    "no tally is read (see tests/reading)"
)


@pytest.mark.xfail(strict=True, reason="unverified: " + GLUED)
def test_another_score_of_the_same_game_conflicts(hockey: Checker) -> None:
    text = "The Harbor Gulls beat the Pine Ridge Foxes 5 to 2 in the 2023 Coastal Cup final."
    assert verdict(hockey, text) == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="supported: " + GLUED + "; the reversed winner shares every word of the claim",
)
def test_the_loser_named_as_the_winner_is_not_supported(hockey: Checker) -> None:
    text = "The Pine Ridge Foxes beat the Harbor Gulls 4 to 2 in the 2023 Coastal Cup final."
    assert verdict(hockey, text)[0] is not Verdict.SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: a tally before a full stop ('final 4-2 against ...' reads '4-2' as "
    "a label and a count; see tests/reading) is not read, and the paraphrase falls short",
)
def test_a_score_told_from_the_winners_side_agrees(hockey: Checker) -> None:
    text = "The Harbor Gulls won the 2023 Coastal Cup final 4-2 against the Pine Ridge Foxes."
    assert verdict(hockey, text) == SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="supported: the same tally and the same voters agree, though the motion voted "
    "on differs (no check compares what a vote was for)",
)
@pytest.mark.parametrize(
    ("checker_name", "text"),
    [
        ("hockey", "The Coastal Hockey League's owners voted 11 to 3 to move the final to June."),
        ("bridge", "The Almer Harbour Authority board voted 7 to 2 to raise the toll on the "
         "Kestrel Strait Bridge."),
    ],
)  # fmt: skip
def test_a_tally_of_another_motion_is_not_the_claims(
    checker_name: str, text: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert verdict(checker, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="supported by final-score: " + GLUED + "; what is left (a count 2, the year, "
    "the winner and the cup) agrees",
)
def test_a_score_of_another_game_is_not_the_claims(hockey: Checker) -> None:
    text = "The Harbor Gulls beat the Osprey Bay Seals 4 to 2 in the 2023 Coastal Cup semi-final."
    assert verdict(hockey, text) == UNVERIFIED


def test_a_draft_without_a_tally_is_left_alone(hockey: Checker) -> None:
    found = outcome(hockey, "The Coastal Hockey League's owners admitted a team from Salt Creek.",
                    "expansion-vote", tallies.check)  # fmt: skip
    assert not found.agreed and not found.conflicts and not found.unmatched
