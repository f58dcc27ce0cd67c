"""Tests of ``factlint.reading.clean``: quotes, dashes and spaces made plain; case folded."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factlint.reading.clean import clean, fold

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


@given(st.text(st.characters(codec="latin-1", exclude_characters="\u00a0\u00ad")))
def test_clean_keeps_every_position_of_plain_text(text: str) -> None:
    # Only the characters it straightens (and NFKC's compatibility forms) change anything.
    if unicodedata.normalize("NFKC", text) == text:
        assert clean(text) == text


def test_fold_lowers_case_and_collapses_whitespace() -> None:
    assert fold("  The \u201cArtemis\u201d\n\tAccords  ") == 'the "artemis" accords'
    assert fold("CHINA\u2019S Station") == fold("china's station")
