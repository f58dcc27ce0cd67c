"""Tests of ``factlint.checks.times``: clock times, compared across time zones."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import times
from factlint.engine import Checker
from factlint.model import Verdict
from factlint.values import find_values

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, times.KIND)


@pytest.mark.parametrize(
    "text",
    [
        "SLIM lifted off at 7:42 p.m. EDT.",
        "SLIM lifted off at 23:42 GMT.",
        "SLIM lifted off at 8:42 a.m. Japan time.",
        "SLIM lifted off at 7:42 p.m. Eastern time.",
    ],
)
def test_the_same_moment_in_any_zone_agrees(lunar: Checker, text: str) -> None:
    assert agreed_kinds(outcome(lunar, text, "slim-xrism-launch", times.check)) == {"time"}
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    "text", ["SLIM lifted off at 7:42 a.m. EDT.", "SLIM lifted off at 21:42 GMT."]
)
def test_another_moment_conflicts(lunar: Checker, text: str) -> None:
    assert conflict_kinds(outcome(lunar, text, "slim-xrism-launch", times.check)) == {"time"}
    assert verdict(lunar, text) == CONTRADICTED


def test_a_time_the_claim_does_not_state_is_unmatched(lunar: Checker) -> None:
    found = outcome(lunar, "Chang'e-7 will lift off at 10:00 a.m.", "change7-2026", times.check)
    assert [d.kind for d in found.unmatched] == ["time"]
    assert not found.conflicts


@pytest.mark.parametrize("text", ["The 12 members met.", "within 100 m of the spot", "in 2023"])
def test_numbers_that_are_not_clock_times_are_not_read_as_times(text: str) -> None:
    assert not [v for v in find_values(text) if v.kind == "time"]
