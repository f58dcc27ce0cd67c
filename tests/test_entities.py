"""Tests of ``factlint.entities``: names, aliases and demonyms found in text, with roles."""

from __future__ import annotations

import pytest

from factlint.entities import EntityIndex
from factlint.facts import load_facts


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    return EntityIndex(load_facts().entities)


def found(index: EntityIndex, text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.modifier) for m in index.find(text)]


@pytest.mark.parametrize(
    "text", ["the U.S. signed", "the US signed", "the United States signed", "America signed"]
)
def test_aliases_name_one_entity(index: EntityIndex, text: str) -> None:
    assert found(index, text) == [("United States", False)]


def test_acronyms_and_capitalised_single_words_keep_their_case(index: EntityIndex) -> None:
    assert found(index, "tell us about turkey and chad") == []
    assert [name for name, _ in found(index, "Turkey and Chad")] == ["Türkiye", "Chad"]


def test_phrases_match_in_any_case(index: EntityIndex) -> None:
    assert found(index, "the International Lunar Research Station") == found(
        index, "the international lunar research station"
    )


def test_the_longest_name_wins(index: EntityIndex) -> None:
    assert found(index, "the Artemis Accords") == [("Artemis Accords", False)]
    assert found(index, "the Egyptian Space Agency") == [("Egyptian Space Agency", False)]


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
    index: EntityIndex, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert found(index, text) == expected


@pytest.mark.parametrize("text", ["Chang'e-7", "Chang\u2019e 7", "Change-7"])
def test_spellings_of_a_mission(index: EntityIndex, text: str) -> None:
    from factlint.normalize import clean

    assert [name for name, _ in found(index, clean(text))] == ["Chang'e-7"]


def test_places_know_what_contains_them(index: EntityIndex) -> None:
    assert index.contains("Azerbaijan", "Baku")
    assert index.contains("China", "Chang'e-7")
    assert not index.contains("Baku", "Azerbaijan")
