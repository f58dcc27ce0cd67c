"""Tests of ``factlint.checks.order``: which of two events came first."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import Outcome, order
from factlint.engine import Checker
from factlint.model import Verdict

CLAIM = "angola-before-egypt"


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
    assert verdict(lunar, text) == (Verdict.SUPPORTED, "supported")


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
    assert verdict(lunar, text) == (Verdict.CONTRADICTED, order.KIND)


def test_a_sentence_without_a_relation_word_is_left_alone(lunar: Checker) -> None:
    found = outcome(lunar, "Angola endorsed the Artemis Accords.", CLAIM, order.check)
    assert found == Outcome()
