"""Tests of ``factlint.reading.words``: tokens, the stems that fold inflections, synonym groups."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.reading.words import Synonyms, root, stem, tokenize


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
        ("employs", "employed", "employ"),
        ("went", "goes", "go"),  # irregular forms
        ("flew", "flies", "fly"),
        ("colour", "color"),  # British and American spellings
    ],
)
def test_inflections_meet_at_one_stem(family: tuple[str, ...]) -> None:
    assert len({stem(word) for word in family}) == 1


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", min_size=1, max_size=14))
def test_stem_ignores_case(word: str) -> None:
    assert stem(word.upper()) == stem(word)


def test_a_negative_contraction_stems_to_not() -> None:
    assert stem("isn't") == stem("don't") == "not"


def test_short_words_keep_their_stem() -> None:
    assert (stem("Sun"), stem("gas")) == ("sun", "gas")


@pytest.mark.parametrize(("a", "b"), [("signatories", "signed"), ("employee", "employs")])
def test_a_noun_and_its_verb_meet_at_one_root(a: str, b: str) -> None:
    assert stem(a) != stem(b)
    assert root(stem(a)) == root(stem(b))


def test_tokens_split_possessives_and_keep_numbers_whole() -> None:
    tokens = tokenize("China's 1,200 Chang'e-7 macOS, 3.5")
    assert [(t.text, t.kind) for t in tokens] == [
        ("China", "word"),
        ("'s", "poss"),
        ("1,200", "num"),
        ("Chang'e", "word"),
        ("-", "other"),
        ("7", "num"),
        ("macOS", "word"),
        (",", "other"),
        ("3.5", "num"),
    ]


def test_token_spans_index_the_text() -> None:
    text = "The ILRS's partners, as of 2023: Russia and 6 others."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_capitalised_covers_inner_capitals() -> None:
    assert [t.capitalised for t in tokenize("NASA iOS moon")] == [True, True, False]


SYNONYMS = Synonyms([["set up", "established", "founded"], ["manned", "crewed"]])


def test_a_group_gives_its_words_and_phrases_one_key() -> None:
    assert SYNONYMS.key("established") == SYNONYMS.key("founded") == SYNONYMS.key("Founded")
    assert SYNONYMS.key("launched") == stem("launched")  # a word in no group keeps its stem


@pytest.mark.parametrize(
    ("text", "at"), [("the accords were set up in 2020", 3), ("they are setting up a base", 2)]
)
def test_a_listed_phrase_is_found_as_written_and_by_its_stems(text: str, at: int) -> None:
    words = text.split()
    assert SYNONYMS.match(words, [stem(w) for w in words], at) == (SYNONYMS.key("founded"), 2)


def test_a_form_made_from_a_short_word_matches_only_as_written() -> None:
    # "manned" doubles the n of "man": a man is not a crewed flight.
    assert SYNONYMS.key("manned") == SYNONYMS.key("crewed")
    assert SYNONYMS.key("man") != SYNONYMS.key("crewed")
