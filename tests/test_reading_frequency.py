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


def test_the_packed_table_answers_as_the_table_before_and_after_pickling() -> None:
    import pickle

    from factlint.reading.frequency import FrequencyTable

    table = {"the": 7.7, "water": 5.9, "théâtre": 3.1, "a": 7.4, "zoo": 4.2, "zoom": 4.4}
    packed = FrequencyTable(table)
    assert len(packed) == len(table)
    for copy in (packed, pickle.loads(pickle.dumps(packed))):
        for word, zipf in table.items():
            assert copy.get(word, 2.5) == zipf
        assert copy.get("zoological", 2.5) == 2.5  # its group unpacked, the word not in it
        assert copy.get("qq", 1.0) == 1.0  # no group at all
        assert copy.get("", 1.0) == 1.0
    fresh = pickle.loads(pickle.dumps(packed))  # the unpacked groups are not stored
    assert fresh._open == {} and fresh._unpacked == set()


def test_the_stored_english_table_is_the_english_frequencies() -> None:
    from factlint.reading.frequency import english_table

    table, packed = english_frequencies(), english_table()
    assert len(packed) == len(table)
    assert all(packed.get(w, -1.0) == z for w, z in table.items())
