"""The English frequency table read from wordfreq's buckets gives what wordfreq gives."""

from __future__ import annotations

import pytest

from factlint.reading.frequency import FLOOR, english_frequencies

wordfreq = pytest.importorskip("wordfreq")


def test_the_table_holds_each_words_zipf_frequency_as_wordfreq_gives_it() -> None:
    table = english_frequencies()
    words = sorted(table)[:: max(1, len(table) // 300)]
    for word in words:
        assert table[word] == round(wordfreq.zipf_frequency(word, "en"), 1), word


def test_common_words_are_in_it_rare_ones_and_non_words_are_not() -> None:
    table = english_frequencies()
    assert table["the"] > 7.0
    assert "the" in table and "water" in table
    assert all(z >= round(FLOOR, 1) for z in table.values())
    assert all(w.isalpha() for w in table)
    assert "zyzzyva" not in table  # rarer than the floor
