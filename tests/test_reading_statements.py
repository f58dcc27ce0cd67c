"""Tests of ``factlint.reading.statements`` (through the reader): the clauses a sentence is
cut into, each with its subject, verb and polarity, and the keys its words share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factlint.facts import load_facts
from factlint.reading.reader import Reading, read
from factlint.reading.statements import Statement
from factlint.reading.vocabulary import build_vocabulary

Reader = Callable[[str], Reading]


@pytest.fixture(scope="module")
def reader() -> Reader:
    facts = load_facts()
    vocabulary = build_vocabulary(facts.claims, facts.entities, facts.synonyms)
    return lambda text: read(text, vocabulary)


def at(reading: Reading, word: str) -> Statement:
    """The statement the first occurrence of ``word`` belongs to."""
    start = reading.text.index(word)
    statement = reading.statement_of(start, start + len(word))
    assert statement is not None
    return statement


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
def test_polarity(reader: Reader, text: str, polarity: int) -> None:
    (statement,) = reader(text).statements
    assert statement.polarity == polarity


def test_a_denial_in_a_trailing_clause_is_not_the_subject_clause(reader: Reader) -> None:
    reading = reader("NASA leads the programme, so the two will not meet.")
    assert at(reading, "leads").polarity == 1
    assert at(reading, "meet").polarity == -1


def test_clauses_split_at_conjunctions_but_not_inside_lists(reader: Reader) -> None:
    found = reader("The station starts in 2030, and the Chang'e-7 mission will fly in 2028.")
    assert [s.kind for s in found.statements] == ["main", "coord"]
    listed = reader("The partners include Russia, Venezuela, and Japan.")
    assert len(listed.statements) == 1


@pytest.mark.parametrize(
    ("text", "inside", "kind"),
    [
        ("Brazil, an Accords signatory, has also joined the ILRS.", "signatory", "apposition"),
        ("China, which leads the ILRS, signed a deal with Egypt.", "leads", "relative"),
        ("Founded in 2014, Tallow Systems makes Nimbus.", "Founded", "lead"),
    ],
)
def test_an_embedded_clause_is_read_apart_with_the_subject_it_describes(
    reader: Reader, text: str, inside: str, kind: str
) -> None:
    reading = reader(text)
    embedded = at(reading, inside)
    main = next(s for s in reading.statements if s.kind == "main")
    assert embedded.kind == kind
    assert embedded.inherited and embedded.subject == main.subject
    assert not main.covers(embedded.start, embedded.end)


def test_synonyms_meet_on_one_key(reader: Reader) -> None:
    a = reader("The Accords were set up in 2020.").term_keys()
    b = reader("The Accords were established in 2020.").term_keys()
    assert a == b


def test_the_reader_reads_cleaned_text(reader: Reader) -> None:
    reading = reader("China\u2019s probe\u2014Chang\u2019e-7\u2014flies in 2026.")
    assert reading.text == "China's probe - Chang'e-7 - flies in 2026."
    assert [n.key for n in reading.names] == ["China", "Chang'e-7"]
    assert [v.text for v in reading.values] == ["2026"]
