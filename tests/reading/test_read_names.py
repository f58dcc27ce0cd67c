"""Tests of ``factlint.reading.names``: which runs of words are names, read from plain text.

Principles: a run of capitalised words is a name, with the small words names hold
("Bureau of Weights", "Lecoq de Boisbaudran"); a word that opens a sentence is a name
alone only when the base knows it or it is rare in English ("Kessford hosts ..." but
not "Founded in ..." or "About 30 countries"); in a headline written in title case only
known names count; a name with a number is another thing than the name without it;
"'s" and "-based" make a name describe ("modifier"); "U.S." and "US" are the United
States (from the shipped lexicon); a misspelt known name is found by spelling.
"""

from __future__ import annotations

import pytest
from texts import reading

from factlint.reading.names import Name

# Names the base learns from its plain claims.
FACTS = (
    "The Halden Maritime Museum is located in Tromsvik.",
    "Ingrid Solberg has directed the Halden Maritime Museum since 2017.",
)


def names(text: str, *facts: str) -> list[Name]:
    return list(reading(text, *(facts or FACTS)).names)


def keys(text: str, *facts: str) -> list[str]:
    return [n.key for n in names(text, *facts)]


# -- capitalised runs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gallery lent a painting to the Bureau of Weights.", ["Bureau of Weights"]),
        ("Lecoq de Boisbaudran discovered gallium.", ["Lecoq de Boisbaudran"]),
        ("Lord Rayleigh and William Ramsay discovered argon.", ["Lord Rayleigh", "William Ramsay"]),
        ("The Harbor Gulls won the cup.", ["Harbor Gulls"]),
        ('The "Smart Lander" mission launched.', ["Smart Lander"]),
        ("NASA, iOS and macOS are names.", ["NASA", "iOS", "macOS"]),
    ],
)
def test_a_run_of_capitalised_words_is_one_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team released Nimbus 4.2 and Windows 11 support.", ["Nimbus 4.2", "Windows 11"]),
        ("Both Orkan 3 and Orkan 4 flew.", ["Orkan 3", "Orkan 4"]),
    ],
)
def test_a_name_keeps_its_number(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a name with a number opening a sentence loses its number ('Orkan 8 launched' "
    "reads 'Orkan'), unless the base knows that very name",
)
def test_a_numbered_name_opening_a_sentence_keeps_its_number() -> None:
    assert keys("Orkan 8 launched in 2022.", "Orkan 7 launched in 2020.") == ["Orkan 8"]


@pytest.mark.xfail(
    strict=True,
    reason="a score after a team's name is read as the name's number ('Pine Ridge Foxes 4')",
)
def test_a_score_is_not_part_of_a_name() -> None:
    text = "The Harbor Gulls beat the Pine Ridge Foxes 4 to 2."
    assert keys(text) == ["Harbor Gulls", "Pine Ridge Foxes"]
    assert [v.kind for v in reading(text, *FACTS).values] == ["tally"]


@pytest.mark.xfail(
    strict=True,
    reason="a capitalised run that opens with a known name is cut after it: 'Arctic Survey "
    "Office' reads 'Arctic', 'Tromsvik Harbour Authority' reads 'Tromsvik'",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arctic Survey Office runs it.", ["Arctic Survey Office"]),
        ("The Tromsvik Harbour Authority runs it.", ["Tromsvik Harbour Authority"]),
        ("The Ingrid Solberg Foundation gave money.", ["Ingrid Solberg Foundation"]),
    ],
)
def test_a_run_holding_a_known_name_is_one_longer_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# -- the opening word ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 30 countries have signed the treaty.",
        "Founded in 1931, the gallery moved.",
        "Gallery visitors rose in 2023.",
        "Nearly 40 boats sailed.",
        "Twenty museums joined.",
        "In March the museum closed.",
        "Monday's meeting was short.",
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(text: str) -> None:
    assert keys(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kessford hosts a dam.", ["Kessford"]),  # rare in English
        ("Tromsvik has a harbour.", ["Tromsvik"]),  # known to the base
        ("However, Ingrid Solberg left.", ["Ingrid Solberg"]),
    ],
)
def test_a_rare_or_known_word_opening_a_sentence_is_a_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# -- headlines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden Maritime Museum Reopens After Renovation", ["Halden Maritime Museum"]),
        ("Museum Director Ingrid Solberg Retires", ["Ingrid Solberg"]),
        ("About 30 Countries Sign Treaty", []),
        ("Halden Museum Reopens After Two-Year Renovation", []),  # not a name the base knows
    ],
)
def test_in_a_title_only_known_names_count(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# -- names that describe -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ingrid Solberg's museum grew.", "Ingrid Solberg"),
        ("Tromsvik's harbour is deep.", "Tromsvik"),
        ("The Tromsvik-based museum grew.", "Tromsvik"),
        ("The US-led mission failed.", "United States"),
        ("A Brazilian delegation toured the museum.", "Brazil"),
    ],
)
def test_a_possessive_a_compound_or_a_demonym_describes(text: str, key: str) -> None:
    found = names(text)
    assert [(n.key, n.modifier) for n in found] == [(key, True)]


def test_a_name_after_a_possessive_noun_takes_part() -> None:
    found = names("The museum's Tromsvik branch opened.")
    assert [(n.key, n.modifier) for n in found] == [("Tromsvik", False)]


# -- known names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The U.S. government funded the project.", "U.S."),
        ("US museums grew.", "US"),
    ],
)
def test_us_is_the_united_states(text: str, written: str) -> None:
    found = names(text)
    assert [(n.key, n.text, n.kind) for n in found][:1] == [("United States", written, "country")]


def test_a_name_the_base_knows_is_known() -> None:
    found = names("Ingrid Solberg spoke at the Halden Maritime Museum.")
    assert [(n.key, n.known) for n in found] == [
        ("Ingrid Solberg", True),
        ("Halden Maritime Museum", True),
    ]
    assert [(n.key, n.known) for n in names("Karin Vest spoke.")] == [("Karin Vest", False)]


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Ingrid Solbreg spoke.", "Ingrid Solberg", "Ingrid Solbreg"),
        ("The Halden Maritme Museum reopened.", "Halden Maritime Museum", "Halden Maritme Museum"),
    ],
)
def test_a_misspelt_known_name_is_found_by_spelling(text: str, key: str, written: str) -> None:
    found = names(text)
    assert [(n.key, n.text, n.fuzzy) for n in found] == [(key, written, True)]


def test_a_names_key_leaves_out_white_space_apostrophes_dots_and_hyphens() -> None:
    import re
    import sys

    from factlint.reading.names import name_key

    def by_pattern(text: str) -> str:
        return re.sub(r"[\s'’.\-]+", "", text)

    spaces = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()]
    assert all(name_key(f"U{c}S") == "US" for c in spaces)  # every space ``\s`` matches
    for text in ("Chang'e-7", "U.S.", "Tallow  Systems", "Côte d’Ivoire", "A_B", "x\u2009y"):
        assert name_key(text) == by_pattern(text)
