"""Tests of ``factlint.reading.numbers``: number words, numerals and the hedges that bend them."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factlint.reading.numbers import (
    HEDGES_AFTER,
    HEDGES_BEFORE,
    hedge_interval,
    intervals_overlap,
    number_to_words,
    parse_number_words,
    parse_numeral,
    values_agree,
)

TOLERANCE = 0.1  # the default MatchSettings.hedge_tolerance
HEDGE_KINDS = sorted(set(HEDGES_BEFORE.values()) | set(HEDGES_AFTER.values()))


def words_of(spelled: str) -> list[str]:
    return re.split(r"[\s-]+", spelled)


def admits(hedge: str, number: float, value: float) -> bool:
    """Whether a number stated with ``hedge`` allows the exact ``value``."""
    return intervals_overlap(
        hedge_interval(number, hedge, TOLERANCE), hedge_interval(value, "exact", TOLERANCE)
    )


# --- numbers -----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=999_999))
@example(0)
@example(12)
@example(29)
@example(105)
@example(999_999)
def test_number_words_read_back_to_the_number(n: int) -> None:
    words = words_of(number_to_words(n))
    assert parse_number_words(words) == (n, len(words))


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["countries", "of", "and"]))
def test_number_words_stop_before_the_next_word(n: int, after: str) -> None:
    words = words_of(number_to_words(n))
    parsed = parse_number_words([*words, after])
    assert parsed is not None
    assert parsed[1] == len(words)


@pytest.mark.parametrize(
    ("spelled", "value", "used"),
    [
        ("twenty nine", 29, 2),
        ("twenty-nine countries", 29, 2),
        ("two dozen", 24, 2),
        ("a dozen", 12, 2),
        ("half a dozen", 6, 3),
        ("three hundred and five", 305, 4),
        ("a hundred", 100, 2),
        ("seven other founding members", 7, 1),
        ("one thousand two hundred", 1200, 4),
        ("two trillion", 2_000_000_000_000, 2),
    ],
)
def test_parse_number_words_examples(spelled: str, value: float, used: int) -> None:
    assert parse_number_words(words_of(spelled)) == (value, used)


@pytest.mark.parametrize("words", [["countries"], ["and"], ["a"], ["hundred"], ["thousand"]])
def test_parse_number_words_refuses_what_is_not_a_number(words: list[str]) -> None:
    assert parse_number_words(words) is None


@pytest.mark.parametrize("n", [-1, 1_000_000])
def test_number_to_words_refuses_numbers_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        number_to_words(n)


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_numeral_reads_thousands_separators(n: int) -> None:
    assert parse_numeral(f"{n:,}") == n
    assert parse_numeral(str(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_parse_numeral_reads_decimals(whole: int, cents: int) -> None:
    assert parse_numeral(f"{whole:,}.{cents:02d}") == pytest.approx(whole + cents / 100)


@pytest.mark.parametrize("text", ["29th", "3.000.000", "1,00", "12,3456", "twenty", "", "-"])
def test_parse_numeral_refuses_what_is_not_a_numeral(text: str) -> None:
    assert parse_numeral(text) is None


# --- hedges ------------------------------------------------------------------------------


def test_nearly_30_admits_29() -> None:
    assert admits(HEDGES_BEFORE["nearly"], 30, 29)


def test_fewer_than_20_does_not_admit_29() -> None:
    assert not admits(HEDGES_BEFORE["fewer than"], 20, 29)


def test_more_than_two_dozen_admits_29() -> None:
    dozen = parse_number_words(["two", "dozen"])
    assert dozen is not None
    assert admits(HEDGES_BEFORE["more than"], dozen[0], 29)


@pytest.mark.parametrize(
    ("hedge", "number", "value", "expected"),
    [
        ("about", 30, 29, True),
        ("about", 30, 31, True),
        ("about", 30, 35, False),
        ("nearly", 30, 31, False),  # "nearly 30" is not more than 30
        ("more than", 29, 29, False),  # open bound
        ("at least", 29, 29, True),
        ("fewer than", 29, 29, False),
        ("up to", 29, 29, True),
        ("up to", 29, 30, False),
        ("exactly", 29, 29, True),
        ("exactly", 29, 30, False),
        ("well over", 30, 29, False),
        ("a minimum of", 29, 29, True),
        ("as much as", 29, 29, True),
        ("just shy of", 30, 29, True),
        ("just shy of", 30, 31, False),
    ],
)
def test_hedges_before_a_number(hedge: str, number: float, value: float, expected: bool) -> None:
    assert admits(HEDGES_BEFORE[hedge], number, value) is expected


@pytest.mark.parametrize(
    ("hedge", "number", "value", "expected"),
    [
        ("or more", 25, 29, True),
        ("or more", 30, 29, False),
        ("or fewer", 30, 29, True),
        ("or so", 30, 29, True),
        ("-plus", 25, 29, True),
    ],
)
def test_hedges_after_a_number(hedge: str, number: float, value: float, expected: bool) -> None:
    assert admits(HEDGES_AFTER[hedge], number, value) is expected


@given(st.floats(min_value=0, max_value=1e9), st.sampled_from(HEDGE_KINDS))
def test_every_hedge_admits_its_own_number_unless_it_excludes_it(number: float, hedge: str) -> None:
    expected = hedge not in ("above", "below")  # "more than 29" and "fewer than 29" exclude 29
    assert admits(hedge, number, number) is expected


@given(
    st.floats(min_value=0, max_value=1e6),
    st.sampled_from(HEDGE_KINDS),
    st.floats(min_value=0, max_value=1e6),
    st.sampled_from(HEDGE_KINDS),
)
def test_intervals_overlap_is_symmetric(x: float, hx: str, y: float, hy: str) -> None:
    a, b = hedge_interval(x, hx, TOLERANCE), hedge_interval(y, hy, TOLERANCE)
    assert intervals_overlap(a, b) == intervals_overlap(b, a)


def test_intervals_overlap_is_symmetric_with_rounding_slack() -> None:
    more_than = hedge_interval(100, "above", TOLERANCE)
    at_most = hedge_interval(100, "at-most", TOLERANCE)
    assert intervals_overlap(more_than, at_most, 0.05) == intervals_overlap(
        at_most, more_than, 0.05
    )


def test_rounding_slack_lets_a_converted_value_meet_the_original() -> None:
    feet_330 = hedge_interval(330 * 0.3048, "exact", TOLERANCE)  # 100.584 m
    meters_100 = hedge_interval(100, "exact", TOLERANCE)
    assert not intervals_overlap(feet_330, meters_100)
    assert intervals_overlap(feet_330, meters_100, 0.05)


@pytest.mark.parametrize(
    ("said", "said_hedge", "fact", "fact_hedge", "agree"),
    [
        (500, "at-most", 100, "at-most", False),  # "within 500 m": another limit than 100 m
        (100, "at-most", 100, "at-most", True),
        (330 * 0.3048, "at-most", 100, "at-most", True),  # "within 330 feet", with slack
        (55, "approx", 100, "at-most", True),  # "about 55 m" lies within 100 m
        (30, "below-approx", 29, "exact", True),  # "nearly 30" admits 29
        (35, "above", 29, "exact", False),
    ],
)
def test_values_agree_compares_limits_as_limits(
    said: float, said_hedge: str, fact: float, fact_hedge: str, agree: bool
) -> None:
    assert values_agree(said, said_hedge, fact, fact_hedge, TOLERANCE, 0.05) is agree
