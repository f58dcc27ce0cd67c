"""Tests of ``factlint.reading.names`` and the names of ``factlint.reading.vocabulary``:
names, aliases and demonyms found in text, the longest first, with their roles."""

from __future__ import annotations

import pytest

from factlint.facts import load_facts
from factlint.model import Entity
from factlint.reading.clean import clean
from factlint.reading.names import find_names
from factlint.reading.vocabulary import Vocabulary, build_vocabulary
from factlint.reading.words import tokenize


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    facts = load_facts()
    return build_vocabulary(facts.claims, facts.entities, facts.synonyms)


def found(vocabulary: Vocabulary, text: str, *, known: bool = True) -> list[tuple[str, bool]]:
    """The (canonical name, modifier) of each name in ``text``; only known ones by default."""
    text = clean(text)
    names = find_names(
        text, tokenize(text), vocabulary.names, vocabulary.is_rare, vocabulary.fuzzy_name_word
    )
    return [(n.key, n.modifier) for n in names if n.known or not known]


@pytest.mark.parametrize(
    "text", ["the U.S. signed", "the US signed", "the United States signed", "America signed"]
)
def test_aliases_name_one_entity(vocabulary: Vocabulary, text: str) -> None:
    assert found(vocabulary, text) == [("United States", False)]


def test_acronyms_and_capitalised_single_words_keep_their_case(vocabulary: Vocabulary) -> None:
    assert found(vocabulary, "tell us about turkey and chad", known=False) == []
    assert [name for name, _ in found(vocabulary, "Turkey and Chad")] == ["Türkiye", "Chad"]


def test_phrases_match_in_any_case(vocabulary: Vocabulary) -> None:
    assert found(vocabulary, "the International Lunar Research Station") == found(
        vocabulary, "the international lunar research station"
    )


def test_the_longest_name_wins(vocabulary: Vocabulary) -> None:
    assert found(vocabulary, "the Artemis Accords") == [("Artemis Accords", False)]
    assert found(vocabulary, "the Egyptian Space Agency") == [("Egyptian Space Agency", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's partners", [("China", True)]),
        ("the US-led Accords", [("United States", True)]),
        ("an Egyptian satellite", [("Egypt", True)]),
        ("Egypt backed the plan", [("Egypt", False)]),
    ],
)
def test_possessives_compounds_and_demonyms_only_modify(
    vocabulary: Vocabulary, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert found(vocabulary, text) == expected


@pytest.mark.parametrize("text", ["Chang'e-7", "Chang\u2019e 7", "Change-7"])
def test_spellings_of_a_mission(vocabulary: Vocabulary, text: str) -> None:
    assert [name for name, _ in found(vocabulary, text)] == ["Chang'e-7"]


def test_a_number_in_a_name_names_another_thing(vocabulary: Vocabulary) -> None:
    assert [name for name, _ in found(vocabulary, "Chang'e-8 and Chang'e-7")] == [
        "Chang'e-8",
        "Chang'e-7",
    ]


def test_places_know_what_contains_them(vocabulary: Vocabulary) -> None:
    assert vocabulary.names.contains("Azerbaijan", "Baku")
    assert vocabulary.names.contains("China", "Chang'e-7")
    assert not vocabulary.names.contains("Baku", "Azerbaijan")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tallow Systems makes Nimbus 4.2.", ["Tallow Systems", "Nimbus 4.2"]),
        ("The Bureau of Weights met in Lecoq de Boisbaudran's house.",
         ["Bureau of Weights", "Lecoq de Boisbaudran"]),
        ("Founded in 2014, it grew.", []),  # a common word opening the sentence
        ("About 30 countries signed.", []),  # a small word and a number
        ("Ghent is in Belgium.", ["Ghent", "Belgium"]),  # a rare word opening it is a name
    ],
)  # fmt: skip
def test_unknown_capitalised_runs_are_names(text: str, names: list[str]) -> None:
    empty = build_vocabulary([], [], [])
    found_names = find_names(text, tokenize(text), empty.names, empty.is_rare)
    assert [n.text for n in found_names] == names
    assert not any(n.known for n in found_names)


def test_a_misspelt_known_name_is_found() -> None:
    tallow = build_vocabulary([], [Entity("Tallow Systems", "organization")], [])
    assert found(tallow, "Tallow Sytems makes it") == [("Tallow Systems", False)]
    assert found(tallow, "Users of it") == []  # a word English uses is itself
