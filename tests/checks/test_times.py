"""Tests of ``factlint.checks.times``: clock times, compared across time zones.

Principles: times in known zones are compared in UTC (15:05 BST is 14:05 UTC); times
without a zone are compared as written (9:50 p.m. is 21:50); a time without a zone is
not compared with one in a zone, which may be another place's local time; a time the
claim does not state is left unmatched.
"""

from __future__ import annotations

import pytest
from judging import (
    SUPPORTED,
    agreed_kinds,
    checker_of,
    claim_of,
    conflict_kinds,
    outcome,
    unmatched_kinds,
    verdict,
)

from factlint.checks import times
from factlint.engine import Checker
from factlint.model import Verdict
from factlint.reading.values import find_values

CONTRADICTED = (Verdict.CONTRADICTED, times.KIND)

# A ferry timetable and an almanac note, claims only.
FERRY_FACTS = """\
version: 1
sources:
  - id: timetable
    title: Marrow Island ferry timetable, summer 2024
    date: 2024-05
claims:
  - id: first-sailing
    text: The first ferry to Marrow Island leaves Dunmore pier at 6:15 a.m.
    sources: [timetable]
  - id: last-sailing
    text: The last ferry from Marrow Island leaves at 21:50.
    sources: [timetable]
  - id: eclipse-start
    text: The partial eclipse seen from Marrow Island began at 14:05 UTC on 12 August 2026.
    sources: [timetable]
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("ferry"), FERRY_FACTS)


# -- zones ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SLIM lifted off at 7:42 p.m. EDT.",
        "SLIM lifted off at 23:42 GMT.",
        "SLIM lifted off at 8:42 a.m. Japan time.",
    ],
)
def test_the_same_moment_in_any_zone_agrees(lunar: Checker, text: str) -> None:
    assert agreed_kinds(outcome(lunar, text, "slim-xrism-launch", times.check)) == {times.KIND}
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: 'Eastern' of the zone is also read as a name the claim lacks, so "
    "the draft's precision falls below what support needs (the time itself agrees)",
)
def test_a_zone_written_out_agrees(lunar: Checker) -> None:
    text = "SLIM lifted off at 7:42 p.m. Eastern time."
    assert agreed_kinds(outcome(lunar, text, "slim-xrism-launch", times.check)) == {times.KIND}
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    "text", ["SLIM lifted off at 7:42 a.m. EDT.", "SLIM lifted off at 21:42 GMT."]
)
def test_another_moment_conflicts(lunar: Checker, text: str) -> None:
    assert conflict_kinds(outcome(lunar, text, "slim-xrism-launch", times.check)) == {times.KIND}
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The partial eclipse seen from Marrow Island began at 14:05 UTC on 12 August 2026.",
         SUPPORTED),
        ("The partial eclipse seen from Marrow Island began at 15:05 BST on 12 August 2026.",
         SUPPORTED),
        ("The partial eclipse seen from Marrow Island began at 16:05 CEST on 12 August 2026.",
         SUPPORTED),
        ("The partial eclipse seen from Marrow Island began at 10:05 a.m. EDT on 12 August 2026.",
         SUPPORTED),
        ("The partial eclipse seen from Marrow Island began at 14:05 EDT on 12 August 2026.",
         CONTRADICTED),
        ("The partial eclipse seen from Marrow Island began at 15:05 GMT on 12 August 2026.",
         CONTRADICTED),
    ],
)  # fmt: skip
def test_zones_in_a_plain_facts_file(
    ferry: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(ferry, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last ferry across the Kestrel Strait left Port Almer at 11:40 p.m. CET.", SUPPORTED),
        ("The last ferry across the Kestrel Strait left Port Almer at 22:40 GMT.", SUPPORTED),
        ("The last ferry across the Kestrel Strait left Port Almer at 11:40 p.m. GMT.",
         CONTRADICTED),
        ("The last ferry across the Kestrel Strait left Port Almer at 9:40 p.m. CET.",
         CONTRADICTED),
    ],
)  # fmt: skip
def test_zones_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


def test_a_time_without_a_zone_is_not_compared_with_one_in_a_zone(
    lunar: Checker, ferry: Checker
) -> None:
    # 16:05 may be the local time of a place an hour or two east of UTC
    text = "The partial eclipse seen from Marrow Island began at 16:05 on 12 August 2026."
    found = outcome(ferry, text, "eclipse-start", times.check)
    assert unmatched_kinds(found) == {times.KIND}
    assert not found.conflicts
    found = outcome(lunar, "SLIM lifted off at 7:42 p.m.", "slim-xrism-launch", times.check)
    assert unmatched_kinds(found) == {times.KIND}
    assert not found.conflicts


# -- times without zones -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last ferry from Marrow Island leaves at 9:50 p.m.", SUPPORTED),
        ("The last ferry from Marrow Island leaves at 21:50.", SUPPORTED),
        ("The last ferry from Marrow Island leaves at 9:50 a.m.", CONTRADICTED),
        ("The last ferry from Marrow Island leaves at 10:50 p.m.", CONTRADICTED),
        ("The first ferry to Marrow Island leaves Dunmore pier at 7:15 a.m.", CONTRADICTED),
        ("The first ferry to Marrow Island leaves Dunmore pier at 6:15 p.m.", CONTRADICTED),
    ],
)
def test_times_written_twelve_or_twenty_four_hour(
    ferry: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(ferry, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="contradicted by last-sailing (6:15 a.m. vs 21:50): first-sailing supports the "
    "time, but combine.answered_values only sets aside values of VALUE_KINDS, which "
    "leave out times",
)
@pytest.mark.parametrize(
    "text",
    [
        "The first ferry to Marrow Island leaves Dunmore pier at 6:15 a.m.",
        "The first ferry to Marrow Island leaves Dunmore pier at 06:15.",
    ],
)
def test_a_time_one_claim_backs_is_not_contradicted_by_another(ferry: Checker, text: str) -> None:
    assert verdict(ferry, text) == SUPPORTED
    assert claim_of(ferry, text) == "first-sailing"


def test_a_time_the_claim_does_not_state_is_unmatched(lunar: Checker) -> None:
    found = outcome(lunar, "Chang'e-7 will lift off at 10:00 a.m.", "change7-2026", times.check)
    assert unmatched_kinds(found) == {times.KIND}
    assert not found.conflicts


@pytest.mark.parametrize(
    "text", ["The 12 members met.", "within 100 m of the spot", "in 2023", "a 5-2 vote"]
)
def test_numbers_that_are_not_clock_times_are_not_read_as_times(text: str) -> None:
    assert not [v for v in find_values(text) if v.kind == times.KIND]
