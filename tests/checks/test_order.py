"""Tests of ``factlint.checks.order``: which of two events came first.

Principles: "A before B" and "B after A" say the same; a draft that puts the claim's
later party first reverses the order and conflicts; a sentence without a relation
word is left alone. The order agreeing is what an order claim says, but only about
the claim's two parties: "before the Town Hall" says nothing of the planetarium.
"""

from __future__ import annotations

import pytest
from judging import (
    SUPPORTED,
    UNVERIFIED,
    agreed_kinds,
    checker_of,
    conflict_kinds,
    outcome,
    verdict,
)

from factlint.checks import Outcome, order
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, order.KIND)
CLAIM = "angola-before-egypt"

# A town's history, claims only.
TOWN_FACTS = """\
version: 1
sources:
  - id: town-history
    title: Aalvik town history
    date: 2020
claims:
  - id: observatory-first
    text: The Veld Observatory opened three years before the Aalvik Planetarium.
    sources: [town-history]
  - id: library-after-fire
    text: The Aalvik Public Library was built after the Harrow School burned down.
    sources: [town-history]
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("town"), TOWN_FACTS)


@pytest.mark.parametrize(
    "text",
    [
        "Angola endorsed the Artemis Accords seven days before Egypt backed the ILRS.",
        "Egypt backed the ILRS one week after Angola endorsed the Artemis Accords.",
    ],
)
def test_the_same_order_agrees(lunar: Checker, text: str) -> None:
    found = outcome(lunar, text, CLAIM, order.check)
    assert agreed_kinds(found) == {order.KIND}
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Angola endorsed the Artemis Accords a week after Egypt backed the ILRS.",
        "Egypt backed the ILRS a week before Angola endorsed the Artemis Accords.",
    ],
)
def test_the_reversed_order_conflicts(lunar: Checker, text: str) -> None:
    found = outcome(lunar, text, CLAIM, order.check)
    assert conflict_kinds(found) == {order.KIND}
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chang'e-8 will fly after Chang'e-7.", SUPPORTED),
        ("Chang'e-8 will fly before Chang'e-7.", CONTRADICTED),
    ],
)
def test_following_is_an_order(lunar: Checker, text: str, expected: tuple[Verdict, str]) -> None:
    assert verdict(lunar, text) == expected


def test_a_sentence_without_a_relation_word_is_left_alone(lunar: Checker, town: Checker) -> None:
    assert outcome(lunar, "Angola endorsed the Artemis Accords.", CLAIM, order.check) == Outcome()
    assert outcome(town, "The Veld Observatory opened in 1961.", "observatory-first",
                   order.check) == Outcome()  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge was finished two years before the Vossby Tunnel.",
         SUPPORTED),
        ("The Vossby Tunnel was finished two years after the Kestrel Strait Bridge.", SUPPORTED),
        ("The Vossby Tunnel was finished two years before the Kestrel Strait Bridge.",
         CONTRADICTED),
        ("The Kestrel Strait Bridge was finished after the Vossby Tunnel.", CONTRADICTED),
        # the order kept, the gap wrong: the quantities check finds it
        ("The Kestrel Strait Bridge was finished four years before the Vossby Tunnel.",
         (Verdict.CONTRADICTED, "quantity")),
    ],
)  # fmt: skip
def test_order_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Veld Observatory opened three years before the Aalvik Planetarium.", SUPPORTED),
        ("The Aalvik Planetarium opened three years after the Veld Observatory.", SUPPORTED),
        ("The Aalvik Planetarium opened three years before the Veld Observatory.", CONTRADICTED),
        ("The Veld Observatory opened three years after the Aalvik Planetarium.", CONTRADICTED),
        ("The Aalvik Public Library was built after the Harrow School burned down.", SUPPORTED),
        ("The Harrow School burned down before the Aalvik Public Library was built.", SUPPORTED),
        ("The Aalvik Public Library was built before the Harrow School burned down.",
         CONTRADICTED),
    ],
)  # fmt: skip
def test_order_in_a_plain_facts_file(
    town: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(town, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="supported: order.check agrees when one party keeps its side ('Veld "
    "Observatory' first) and ignores the draft's other party, which the claim does not "
    "name",
)
def test_an_order_against_another_party_is_not_the_claims(town: Checker) -> None:
    text = "The Veld Observatory opened before the Aalvik Town Hall."
    assert agreed_kinds(outcome(town, text, "observatory-first", order.check)) == set()
    assert verdict(town, text) == UNVERIFIED
