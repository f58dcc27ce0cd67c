"""Tests of ``factlint.reading.statements``: the clauses a sentence makes, read from plain text.

Principles: a sentence is cut into statements (main, relative, apposition, coord, sub,
lead, paren, question, condition), each with its subject (names, else the head noun),
its verb, whether it is passive, and its polarity. A relative clause or an apposition
takes the subject of the name it follows; a second verb phrase takes the first one's;
an embedded question ("whether ...", "how ...") and a condition ("if ...", "unless ...")
assert nothing. "Not", "never", "refused to", "declined to", "failed to", "barred
from", "prohibited from", "has yet to" deny; "no fewer than" is a hedge, not a denial.
"""

from __future__ import annotations

import pytest
from texts import reading

from factlint.reading.reader import Reading
from factlint.reading.statements import Statement

# The names a base of plain claims teaches the reader.
FACTS = (
    "The Orvelle River rises in the Skarn Mountains.",
    "Ingrid Solberg has directed the Halden Maritime Museum since 2017.",
    "The Kessford Dam was built by the Orvelle Water Board.",
    "Tallow Gear makes climbing ropes.",
)


def statements(text: str) -> tuple[Reading, tuple[Statement, ...]]:
    found = reading(text, *FACTS)
    return found, found.statements


def kinds(text: str) -> list[str]:
    return [s.kind for s in statements(text)[1]]


def clause(text: str, kind: str) -> Statement:
    """The one statement of ``kind`` in ``text``."""
    found = [s for s in statements(text)[1] if s.kind == kind]
    assert len(found) == 1, f"{text!r}: {kinds(text)}"
    return found[0]


# -- clause kinds and their subjects -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orvelle River flows into Lake Marran.", ["main"]),
        ("The Orvelle River, which rises in the Skarn Mountains, flows into Lake Marran.",
         ["main", "relative"]),
        ("Tallow Gear, the company that makes climbing ropes, was founded in 2009.",
         ["main", "apposition"]),
        ("The museum opened in 1962 and was expanded in 1990.", ["main", "coord"]),
        ("The museum opened in 1962, but the east wing closed in 1990.", ["main", "coord"]),
        ("The library was built after the school burned down.", ["main", "sub"]),
        ("Founded in 1931, the gallery moved to Aalvik in 1950.", ["lead", "main"]),
        ("The festival (held every August since 1971) draws 20,000 visitors.",
         ["main", "paren"]),
        ("The mayor asked whether the bridge would reopen.", ["main", "question"]),
        ("Tolls will start in June if the bridge opens in May.", ["main", "condition"]),
        ("The ferry runs unless the strait freezes.", ["main", "condition"]),
        ("The league has 14 teams; each plays 36 games.", ["main", "main"]),
    ],
)  # fmt: skip
def test_a_sentence_is_cut_into_its_clauses(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_a_leading_date_phrase_belongs_to_the_main_clause() -> None:
    assert kinds("In March 2024, the board voted to close the school.") == ["main"]


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        # a relative clause and an apposition speak of the name they follow
        ("The Orvelle River, which rises in the Skarn Mountains, flows into Lake Marran.",
         "relative", ("Orvelle River",)),
        ("Ingrid Solberg, who joined in 2017, directs the museum.", "relative",
         ("Ingrid Solberg",)),
        ("Tallow Gear, the company that makes climbing ropes, was founded in 2009.",
         "apposition", ("Tallow Gear",)),
        ("Ingrid Solberg, who joined in 2017, directs the museum.", "main", ("Ingrid Solberg",)),
    ],
)  # fmt: skip
def test_a_clause_about_a_name_has_that_name_for_subject(
    text: str, kind: str, subject: tuple[str, ...]
) -> None:
    assert clause(text, kind).subject == subject


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("The museum opened in 1962 and was expanded in 1990.", "coord", ("museum",)),
        ("The museum, which opened in 1962, holds 4,300 models.", "relative", ("museum",)),
        ("Founded in 1931, the gallery moved to Aalvik in 1950.", "lead", ("galleri",)),
        ("The museum opened in 1962, but the east wing closed in 1990.", "coord", ("wing",)),
    ],
)
def test_a_clause_without_a_subject_of_its_own_takes_the_one_it_belongs_to(
    text: str, kind: str, words: tuple[str, ...]
) -> None:
    assert clause(text, kind).subject_words == words


def test_a_parenthesis_does_not_change_the_main_clauses_subject() -> None:
    text = "The festival (held every August since 1971) draws 20,000 visitors."
    assert clause(text, "main").subject_words == ("festiv",)


@pytest.mark.parametrize(
    ("text", "passive", "agent"),
    [
        ("The Kessford Dam was built by the Orvelle Water Board.", True, "Orvelle Water Board"),
        ("Tallow Gear makes ropes.", False, "Tallow Gear"),
        ("Ingrid Solberg, who joined in 2017, directs the museum.", False, "Ingrid Solberg"),
    ],
)
def test_the_doer_of_an_agentive_verb_fills_the_agent_slot(
    text: str, passive: bool, agent: str
) -> None:
    main = clause(text, "main")
    assert main.passive is passive
    assert [x.name for x in main.slots if x.relation == "agent"] == [agent]


@pytest.mark.xfail(
    strict=True,
    reason="'makes climbing ropes' reads the '-ing' word as the verb: no subject, no verb, "
    "the head noun 'ropes' taken for the subject",
)
def test_a_word_in_ing_before_a_noun_describes_it() -> None:
    main = clause("Tallow Gear makes climbing ropes.", "main")
    assert main.subject == ("Tallow Gear",)
    assert [x.name for x in main.slots if x.relation == "agent"] == ["Tallow Gear"]


def test_a_passive_subject_is_what_the_verb_acts_on() -> None:
    main = clause("The Kessford Dam was built by the Orvelle Water Board.", "main")
    assert main.subject == ("Kessford Dam",)
    assert main.patient == ("Kessford Dam",)


@pytest.mark.xfail(
    strict=True,
    reason="the subject of a coordinated list of names is read as its first name only",
)
def test_a_list_of_names_is_the_subject_together() -> None:
    text = "The Halvik Hawks, the Brenner Bears and the Osterby Owls founded the league."
    found = reading(text, "The Halvik Hawks, the Brenner Bears and the Osterby Owls play.")
    assert set(found.statements[0].subject) == {"Halvik Hawks", "Brenner Bears", "Osterby Owls"}


@pytest.mark.xfail(
    strict=True,
    reason="'Acts', a plural noun opening the sentence, is read as the clause's verb",
)
def test_a_plural_noun_opening_a_sentence_is_its_subject() -> None:
    found = reading("Acts at the Harrowgate Folk Festival included the Brass Gulls.")
    assert found.statements[0].verb != "act"
    assert "act" in found.statements[0].subject_words


# -- polarity ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dogs are not allowed inside the museum.",
        "The council did not approve the plan.",
        "The tunnel has not been finished.",
        "The club has never won the cup.",
        "The council refused to approve the plan.",
        "The board declined to renew the lease.",
        "The club failed to reach the final.",
        "The mayor was barred from voting on the plan.",
        "The town is prohibited from selling the land.",
        "The board has yet to decide.",
    ],
)
def test_a_denial_makes_its_statement_negative(text: str) -> None:
    assert clause(text, "main").polarity == -1


@pytest.mark.parametrize(
    "text",
    [
        "No fewer than 25 teams entered.",  # a hedge, not a denial
        "The museum holds models and paintings.",
        "Dogs are allowed inside the museum.",
    ],
)
def test_an_assertion_is_positive(text: str) -> None:
    assert clause(text, "main").polarity == 1


def test_a_denial_in_one_clause_is_not_anothers() -> None:
    text = "The museum opened in 1962, but the east wing never reopened."
    assert clause(text, "main").polarity == 1
    assert clause(text, "coord").polarity == -1


# -- what asserts nothing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor asked whether the bridge would reopen.", "question"),
        ("Nobody knows how the fire started.", "question"),
        ("The board has yet to decide whether the museum will reopen.", "question"),
        ("Tolls will start in June if the bridge opens in May.", "condition"),
        ("The ferry runs unless the strait freezes.", "condition"),
    ],
)
def test_an_embedded_question_or_condition_asserts_nothing(text: str, kind: str) -> None:
    found = clause(text, kind)
    assert found.asserts is False
    assert clause(text, "main").asserts is True


@pytest.mark.xfail(
    strict=True,
    reason="a leading 'If ...,' or 'Unless ...,' clause is read as a 'lead' statement that asserts",
)
@pytest.mark.parametrize(
    "text",
    [
        "If the bridge opens in May, tolls will start in June.",
        "Unless the strait freezes, the ferry runs daily.",
    ],
)
def test_a_leading_condition_asserts_nothing(text: str) -> None:
    first = statements(text)[1][0]
    assert first.kind == "condition"
    assert first.asserts is False
