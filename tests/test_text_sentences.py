"""Tests for sentence splitting: abbreviations, numbers, initials, quotes and the invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.text import split_sentences
from factlint.text.sentences import MAX_SENTENCE


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("Launched on Sept. 6 from Tanegashima.", ["Launched on Sept. 6 from Tanegashima."]),
        ("Barred by U.S. law. It stands.", ["Barred by U.S. law.", "It stands."]),
        ("Built in the U.S. The next one too.", ["Built in the U.S.", "The next one too."]),
        ("The U.S. Senate agreed.", ["The U.S. Senate agreed."]),
        ("Dr. Wang met Mr. Li and Mrs. Chen.", ["Dr. Wang met Mr. Li and Mrs. Chen."]),
        ("Agencies, e.g. NASA, i.e. big ones.", ["Agencies, e.g. NASA, i.e. big ones."]),
        ("At 9 a.m. on Jan. 5 vs. Oct. 12.", ["At 9 a.m. on Jan. 5 vs. Oct. 12."]),
        ("Rockets, etc. Then it ended.", ["Rockets, etc.", "Then it ended."]),
        ("Rockets, etc. 12 failed.", ["Rockets, etc. 12 failed."]),
        ("Rockets, etc. and more.", ["Rockets, etc. and more."]),
        ("Acme Inc. CEO Jo spoke.", ["Acme Inc. CEO Jo spoke."]),
        (
            "Growth was 3.5 percent. Version 1.2.3 shipped.",
            ["Growth was 3.5 percent.", "Version 1.2.3 shipped."],
        ),
        ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("It flew in 2024. 2025 is next.", ["It flew in 2024.", "2025 is next."]),
        ('He said "It works." Then he left.', ['He said "It works."', "Then he left."]),
        ('She asked "Ready?" and waited.', ['She asked "Ready?" and waited.']),
        ("“Done.” She left.", ["“Done.”", "She left."]),
        ("It ended. “Yes,” he said.", ["It ended.", "“Yes,” he said."]),
        ("He paused... and went on.", ["He paused... and went on."]),
        ("He paused... Then he went on.", ["He paused...", "Then he went on."]),
        ("Ends with a period.", ["Ends with a period."]),
        ("no capital. after this", ["no capital. after this"]),
        ("  padded.   Text.  ", ["padded.", "Text."]),
        ("", []),
        ("   ", []),
        ("Stop (really.) Next one.", ["Stop (really.)", "Next one."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


_ALPHABET = st.sampled_from([*"aZ1 .?!\"'”“()\n\tU.S.…", "Dr.", " The ", "etc.", "e.g."])


@given(st.lists(_ALPHABET).map("".join) | st.text())
def test_offsets_are_ordered_stripped_and_in_bounds(text: str) -> None:
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end


@given(st.lists(_ALPHABET).map("".join))
def test_only_whitespace_is_left_out(text: str) -> None:
    spans = split_sentences(text)
    covered = {i for start, end in spans for i in range(start, end)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 3000,  # a paragraph with no end at all
        "x" * 4500 + " tail",  # one word longer than the limit
        "a " + "y" * 1999 + " z. Next.",  # a space right after the start
        "Short one. " + "and more " * 500 + "end.",
    ],
    ids=["words", "long-word", "space-near-start", "after-a-sentence"],
)
def test_a_run_without_an_end_is_cut_into_pieces_of_at_most_the_limit(text: str) -> None:
    spans = split_sentences(text)
    assert all(0 < end - start <= MAX_SENTENCE for start, end in spans)
    covered = {i for start, end in spans for i in range(start, end)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
    assert [start for start, _ in spans] == sorted(start for start, _ in spans)


def test_a_long_run_is_cut_at_a_space() -> None:
    text = "word " * 1000
    assert all(
        text[start:end].split() == ["word"] * ((end - start + 1) // 5)
        for start, end in split_sentences(text)
    )


def test_sentences_under_the_limit_are_left_whole() -> None:
    sentence = "The Artemis Accords, " + "signed by many, " * 100 + "hold."
    assert len(sentence) < MAX_SENTENCE
    assert sentences(sentence) == [sentence]
