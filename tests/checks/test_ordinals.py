"""Tests of ``factlint.checks.ordinals``: ordinals ("74th") and compass directions."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import ordinals
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, ordinals.KIND)
WRONG_WAY = (Verdict.CONTRADICTED, "direction")  # the finding names the value that differs
ANNOUNCED = "CNSA used the {} International Astronautical Congress to announce the Chang'e-8 offer."
LATITUDE = "Shioli Crater lies at 13 degrees {} latitude on the near side of the Moon."


def test_the_same_ordinal_agrees(lunar: Checker) -> None:
    text = ANNOUNCED.format("74th")
    found = outcome(lunar, text, "change8-announced-baku", ordinals.check)
    assert agreed_kinds(found) == {"ordinal"}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize("ordinal", ["73rd", "75th", "1st"])
def test_another_ordinal_conflicts(lunar: Checker, ordinal: str) -> None:
    text = ANNOUNCED.format(ordinal)
    found = outcome(lunar, text, "change8-announced-baku", ordinals.check)
    assert conflict_kinds(found) == {"ordinal"}
    assert verdict(lunar, text) == CONTRADICTED


def test_the_same_direction_agrees(lunar: Checker) -> None:
    text = LATITUDE.format("south")
    found = outcome(lunar, text, "shioli-crater-location", ordinals.check)
    assert agreed_kinds(found) == {"direction"}
    assert verdict(lunar, text) == SUPPORTED


def test_the_opposite_direction_conflicts(lunar: Checker) -> None:
    text = LATITUDE.format("north")
    found = outcome(lunar, text, "shioli-crater-location", ordinals.check)
    assert conflict_kinds(found) == {"direction"}
    assert verdict(lunar, text) == WRONG_WAY


def test_an_ordinal_the_claim_does_not_state_is_unmatched(lunar: Checker) -> None:
    found = outcome(lunar, "Shioli Crater was the 3rd site considered.", "shioli-crater-location",
                    ordinals.check)  # fmt: skip
    assert [d.kind for d in found.unmatched] == ["ordinal"]
    assert not found.conflicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 12th Nordic Bridge Congress was held on the Kestrel Strait Bridge.", SUPPORTED),
        ("The 14th Nordic Bridge Congress was held on the Kestrel Strait Bridge.", CONTRADICTED),
        ("The Kestrel Strait Bridge lies at 60 degrees north latitude.", SUPPORTED),
        ("The Kestrel Strait Bridge lies at 60 degrees south latitude.", WRONG_WAY),
    ],
)
def test_ordinals_and_directions_on_other_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


def test_an_ordinal_spelled_out_conflicts(bridge: Checker) -> None:
    text = "The fourteenth Nordic Bridge Congress was held on the Kestrel Strait Bridge."
    assert verdict(bridge, text) == CONTRADICTED


def test_an_ordinal_of_another_thing_is_not_compared(lunar: Checker) -> None:
    # "fifth country" ranks countries; the claim's "first attempt" ranks attempts
    text = "With SLIM, Japan became the fifth country to soft-land on the Moon."
    assert verdict(lunar, text)[0] is not Verdict.CONTRADICTED
    assert verdict(lunar, "SLIM is Japan's second attempt at a soft lunar landing.")[0] is (
        Verdict.CONTRADICTED
    )
