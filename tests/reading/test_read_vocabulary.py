"""Tests of ``factlint.reading.vocabulary``: what a base of plain claims teaches the reader.

Principles: the names a base knows are read from its claims' own words (capitalised
runs; a common word opening a sentence is none); an acronym beside its expansion,
either way round, is an alias of it ("Marran Hiking Association (MHA)"); a noun that
describes a name ("X, the company that ...", "the painter X") is remembered, so "the
company" can later point to X; two known names side by side are not a third name;
words are weighed by how rare they are in English.
"""

from __future__ import annotations

import pytest
from texts import vocabulary

from factlint.reading.vocabulary import Vocabulary


def known(v: Vocabulary, name: str) -> str | None:
    return v.names.resolve(name)


def described(v: Vocabulary, name: str) -> set[str]:
    canonical = v.names.resolve(name)
    assert canonical is not None, f"{name} is not known"
    return set(v.names.info[canonical].described)


# -- names from claims ---------------------------------------------------------------------------


def test_names_are_learned_from_plain_claims() -> None:
    v = vocabulary(
        "The Brisk Hill Gallery was founded by Sigrid Holm in 1931.",
        "Kessford lies on the Orvelle River.",
        lexicon=False,
    )
    for name in ("Brisk Hill Gallery", "Sigrid Holm", "Kessford", "Orvelle River"):
        assert known(v, name) == name
    assert known(v, "Orvelle") is None  # a part of a name is not the name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gold has the atomic number 79.", "Gold"),
        ("Founded in 1931, the Brisk Hill Gallery moved to Aalvik.", "Founded"),
        ("About 30 countries signed the treaty.", "About"),
    ],
)
def test_a_common_word_opening_a_claim_is_not_learned_as_a_name(text: str, word: str) -> None:
    assert known(vocabulary(text, lexicon=False), word) is None


def test_two_known_names_side_by_side_are_not_a_third() -> None:
    v = vocabulary(
        "The Harbor Gulls play in Kessford.", "Kessford Harbor Gulls fans cheered.", lexicon=False
    )
    assert known(v, "Kessford Harbor Gulls") is None


def test_a_name_with_a_number_is_its_own_name() -> None:
    v = vocabulary("Orkan 7 launched in 2020.", "The Orkan 9 rocket is larger.", lexicon=False)
    assert (known(v, "Orkan 7"), known(v, "Orkan 9")) == ("Orkan 7", "Orkan 9")
    assert known(v, "Orkan") is None


# -- acronyms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("Egypt backed the International Lunar Research Station (ILRS).", "ILRS",
         "International Lunar Research Station"),
        ("The trails are kept by MHA (Marran Hiking Association).", "MHA",
         "Marran Hiking Association"),
        ("Dams are run by the Orvelle Water Board (OWB).", "OWB", "Orvelle Water Board"),
    ],
)  # fmt: skip
def test_an_acronym_beside_its_expansion_is_an_alias(text: str, short: str, long: str) -> None:
    v = vocabulary(text, lexicon=False)
    assert known(v, short) == known(v, long) is not None


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("The Orvelle Water Board (OWB) runs the dam.", "OWB", "Orvelle Water Board"),
        ("The International Lunar Research Station (ILRS) will open.", "ILRS",
         "International Lunar Research Station"),
        ("Rangers of the Marran Hiking Association (MHA) keep 40 trails.", "MHA",
         "Marran Hiking Association"),
    ],
)  # fmt: skip
def test_an_acronym_after_a_name_opening_the_sentence_is_an_alias(
    text: str, short: str, long: str
) -> None:
    v = vocabulary(text, lexicon=False)
    assert known(v, short) == known(v, long) is not None


def test_letters_that_do_not_fit_the_expansion_are_no_acronym() -> None:
    v = vocabulary("Dams are run by the Orvelle Water Board (KDX).", lexicon=False)
    assert known(v, "KDX") != known(v, "Orvelle Water Board")


# -- descriptions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        ("Tallow Gear, the company that makes climbing ropes, was founded in 2009.",
         "Tallow Gear", "company"),
        ("Tallow Gear, a rope maker, grew.", "Tallow Gear", "maker"),
        ("Kessford, a town of 4,000 people, lies on the river.", "Kessford", "town"),
        ("The museum thanked the painter Sigrid Holm.", "Sigrid Holm", "painter"),
        ("In 2020 the Halden Maritime Museum, the oldest museum in Tromsvik, reopened.",
         "Halden Maritime Museum", "museum"),
    ],
)  # fmt: skip
def test_a_noun_describing_a_name_is_remembered(text: str, name: str, noun: str) -> None:
    assert noun in described(vocabulary(text, lexicon=False), name)


@pytest.mark.xfail(
    strict=True,
    reason="'The Halden Maritime Museum, the oldest museum ...' opening a sentence: the "
    "description is recorded for 'The Halden Maritime Museum', which is no known name",
)
def test_a_description_of_a_name_opening_the_sentence_is_remembered() -> None:
    v = vocabulary(
        "The Halden Maritime Museum, the oldest museum in Tromsvik, reopened.", lexicon=False
    )
    assert "museum" in described(v, "Halden Maritime Museum")


@pytest.mark.xfail(
    strict=True,
    reason="a capitalised adjective between 'the' and the noun ('the French chemist') "
    "stops the description from being read (the docstring's own example)",
)
def test_a_description_with_a_capitalised_adjective_is_remembered() -> None:
    v = vocabulary("Gallium was found by the French chemist Paul Lecoq de Boisbaudran.")
    assert "chemist" in described(v, "Paul Lecoq de Boisbaudran")


# -- words ---------------------------------------------------------------------------------------


def test_a_rare_word_weighs_more_than_a_common_one() -> None:
    v = vocabulary("Kessford lies on the river.", lexicon=False)
    assert v.is_rare("kessford") and not v.is_rare("river")
    assert v.weight("w:kessford", "kessford") > v.weight("w:river", "river")


def test_antonyms_are_keyed_both_ways() -> None:
    v = vocabulary("Mount Tarvik is the highest peak.", lexicon=False)
    assert v.key("lowest") in v.antonyms[v.key("highest")]
    assert v.key("highest") in v.antonyms[v.key("lowest")]


def test_the_lexicons_synonym_groups_share_a_key() -> None:
    v = vocabulary("Tallow Gear was founded in 2009.")
    assert v.key("established") == v.key("founded")
