"""Tests of ``factlint.analysis``: clauses, polarity, synonyms and embedded clauses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factlint.analysis import Analysis, SynonymTable, analyze, lift_embedded, polarity_of
from factlint.entities import EntityIndex
from factlint.facts import load_facts

Reader = Callable[[str], Analysis]


@pytest.fixture(scope="module")
def read() -> Reader:
    facts = load_facts()
    index, synonyms = EntityIndex(facts.entities), SynonymTable(facts.synonyms)

    def reader(text: str) -> Analysis:
        return analyze(text, index, synonyms)

    return reader


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("NASA may collaborate with China.", 1),
        ("NASA may not collaborate with China.", -1),
        ("NASA is prohibited from collaborating with China.", -1),
        ("NASA is not prohibited from collaborating with China.", 1),
        ("Russia has yet to sign the Accords.", -1),
        ("Neither China nor Russia has signed.", -1),
        ("No fewer than 25 countries have signed.", 1),  # the "no" belongs to the number
    ],
)
def test_polarity(read: Reader, text: str, polarity: int) -> None:
    assert read(text).whole.polarity == polarity


def test_a_denial_in_a_trailing_clause_is_not_the_subject_clause(read: Reader) -> None:
    found = read("NASA leads the programme, so the two will not meet.")
    first = found.region([found.clauses[0]])
    assert first.polarity == 1


def test_clauses_split_at_conjunctions_but_not_inside_lists(read: Reader) -> None:
    found = read("The station starts in 2030, and the Chang'e-7 mission will fly in 2028.")
    assert len(found.clauses) == 2
    listed = read("The partners include Russia, Venezuela, and Japan.")
    assert len(listed.clauses) == 1


def test_synonyms_meet_on_one_key(read: Reader) -> None:
    a = read("The Accords were set up in 2020.").whole.words
    b = read("The Accords were established in 2020.").whole.words
    assert a == b


def test_polarity_of_counts_negations() -> None:
    assert polarity_of(["not"]) == -1
    assert polarity_of(["not", "prohibited"]) == 1
    assert polarity_of(["neither", "nor"]) == -1


def test_an_embedded_clause_is_moved_to_the_end() -> None:
    assert lift_embedded("Brazil, an Accords signatory, has also joined the ILRS.") == (
        "Brazil has also joined the ILRS; an Accords signatory."
    )
    assert lift_embedded("Japan, the U.K. and Canada have signed.") == (
        "Japan, the U.K. and Canada have signed."
    )
