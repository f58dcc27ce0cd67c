"""Tests of ``factlint.normalize``: folding, number words, numerals, hedges and stems."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factlint.normalize import (
    HEDGES_AFTER,
    HEDGES_BEFORE,
    clean,
    fold,
    hedge_interval,
    intervals_overlap,
    number_to_words,
    parse_number_words,
    parse_numeral,
    stem,
)

TOLERANCE = 0.1  # the default MatchSettings.hedge_tolerance
HEDGE_KINDS = sorted(set(HEDGES_BEFORE.values()) | set(HEDGES_AFTER.values()))

# The characters prose is written in: Latin-1, the quotes, dashes and spaces `clean`
# straightens, and a few letters from other scripts.
PROSE_CHARACTERS = st.characters(codec="latin-1") | st.sampled_from(
    list(
        "\u2018\u2019\u201a\u201b\u2032\u02bc\u201c\u201d\u201e\u2033"
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
        "\u00a0\u202f\u2009\u00ad\u200b\u2026\ufb01\u00bd"
        "ΑαΣσςЖжİ"
    )
)


def words_of(spelled: str) -> list[str]:
    return re.split(r"[\s-]+", spelled)


def admits(hedge: str, number: float, value: float) -> bool:
    """Whether a number stated with ``hedge`` allows the exact ``value``."""
    return intervals_overlap(
        hedge_interval(number, hedge, TOLERANCE), hedge_interval(value, "exact", TOLERANCE)
    )


# --- clean and fold --------------------------------------------------------------------


@given(st.text(PROSE_CHARACTERS))
@example("  \u201cThe ILRS\u201d \u2014 China\u2019s   station\u00a0")
@example("Stra\u00dfe \u2013 STRASSE")
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_fold_is_idempotent_when_casefolding_exposes_a_composable_pair() -> None:
    text = "\u00df\u0301"
    assert fold(fold(text)) == fold(text)


@given(st.text(PROSE_CHARACTERS))
def test_fold_leaves_no_upper_case_and_no_runs_of_spaces(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert folded == folded.casefold()


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("China\u2019s station", "China's station"),
        ("\u2018Chang\u2019e-8\u2019", "'Chang'e-8'"),
        ("\u201copen to all\u201d", '"open to all"'),
        ("\u201eQuote\u201c", '"Quote"'),
        ("2027\u20132029", "2027-2029"),
        ("minus\u2212five", "minus-five"),
        ("non\u2011breaking", "non-breaking"),
        ("Moon\u2014and Mars", "Moon - and Mars"),
        ("29\u00a0countries", "29 countries"),
        ("7:42\u202fp.m.", "7:42 p.m."),
        ("soft\u00adhyphen", "softhyphen"),
        ("zero\u200bwidth", "zerowidth"),
        ("\ufb01rst", "first"),  # NFKC unfolds the ligature
    ],
)
def test_clean_straightens_quotes_dashes_and_spaces(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


def test_clean_keeps_case() -> None:
    assert clean("NASA and Roscosmos") == "NASA and Roscosmos"


def test_fold_lowers_case_and_collapses_whitespace() -> None:
    assert fold("  The \u201cArtemis\u201d\n\tAccords  ") == 'the "artemis" accords'
    assert fold("CHINA\u2019S Station") == fold("china's station")


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


# --- stems -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "family",
    [
        ("signed", "signing", "signs", "sign"),
        ("operations", "operation", "operate"),
        ("countries", "country"),
        ("landed", "landing", "lands", "land"),
        ("partners", "partner"),
        ("announced", "announces", "announce"),
        ("selection", "selections"),
        ("signatories", "signatory"),
        ("went", "goes", "go"),
        ("flew", "flies", "fly"),
    ],
)
def test_inflections_meet_at_one_stem(family: tuple[str, ...]) -> None:
    assert len({stem(word) for word in family}) == 1


# `stem` is not idempotent in general ("Japanese" -> "japanes" -> "japan", "endorsed" ->
# "endors" -> "endor"), and need not be: the engine stems each word once. It is stable
# on the stems of the words claims are usually made of.
STABLE_WORDS = [
    "operations",
    "signed",
    "signing",
    "signatories",
    "landing",
    "landed",
    "countries",
    "partners",
    "established",
    "announcement",
    "announced",
    "members",
    "collaborating",
    "cooperation",
    "registration",
    "convention",
    "stations",
    "selection",
    "proposals",
    "guidelines",
    "norms",
    "behavior",
    "surface",
    "agreed",
    "agreement",
    "deployed",
    "modules",
    "habitat",
    "permanent",
    "astronauts",
    "missions",
    "launched",
    "scheduled",
    "crater",
]


@pytest.mark.parametrize("word", STABLE_WORDS)
def test_stem_is_stable_on_common_claim_words(word: str) -> None:
    assert stem(stem(word)) == stem(word)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", min_size=1, max_size=14))
def test_stem_ignores_case(word: str) -> None:
    assert stem(word.upper()) == stem(word)


def test_stem_drops_possessives_and_keeps_short_words() -> None:
    assert stem("China's") == stem("china")
    assert stem("Sun") == "sun"
    assert stem("gas") == "gas"
