"""Tests of ``factlint.checks.opposites``: attributes that exclude each other."""

from __future__ import annotations

import pytest
from judging import conflict_kinds, outcome, verdict

from factlint.checks import opposites
from factlint.engine import Checker
from factlint.model import Verdict


@pytest.mark.parametrize(
    "text", ["Chang'e-5 was a crewed mission.", "China sent a manned probe on Chang'e-5 in 2020."]
)
def test_the_opposite_attribute_conflicts(lunar: Checker, text: str) -> None:
    assert conflict_kinds(outcome(lunar, text, "change5-2020", opposites.check)) == {"attribute"}
    assert verdict(lunar, text) == (Verdict.CONTRADICTED, opposites.KIND)


def test_the_same_attribute_agrees(lunar: Checker) -> None:
    text = "The uncrewed Chang'e-5 probe reached the Moon in 2020."
    found = outcome(lunar, text, "change5-2020", opposites.check)
    assert not found.conflicts
    assert verdict(lunar, text)[0] is not Verdict.CONTRADICTED
