"""Tests of ``factlint.checks.quantities``: amounts with units, converted before comparing.

Principles: units convert before comparing (feet and metres, square miles and square
kilometres, Fahrenheit and Celsius), with a little slack for rounding a conversion;
hedges and limits ("within", "at most", "over") bend the amount into an interval;
only quantities of one dimension that measure the same thing compare ("85 metres
wide" says nothing of a height); a rate compares only with a rate.
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
    unmatched_kinds,
    verdict,
)

from factlint.checks import quantities
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, quantities.KIND)

# A river basin survey, claims only.
RIVER_FACTS = """\
version: 1
sources:
  - id: river-survey
    title: Orvelle basin survey
    date: 2023-06
claims:
  - id: orvelle-length
    text: The Orvelle River is 412 kilometres long.
    sources: [river-survey]
  - id: orvelle-basin
    text: The Orvelle River drains a basin of 9,800 square kilometres.
    sources: [river-survey]
  - id: orvelle-flow
    text: >-
      The Orvelle River carries an average of 310 cubic metres of water per second at
      Kessford.
    sources: [river-survey]
  - id: marran-depth
    text: Lake Marran is 42 metres deep at its deepest point.
    sources: [river-survey]
  - id: orvelle-freezing
    text: The Orvelle River freezes at about -1 °C near its mouth.
    sources: [river-survey]
  - id: kessford-dam-height
    text: The Kessford Dam on the Orvelle River is 85 metres tall.
    sources: [river-survey]
"""


@pytest.fixture(scope="module")
def river(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("river"), RIVER_FACTS)


# -- conversions and hedges ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("SLIM is designed to touch down within 100 m of its chosen landing spot.",
         "slim-landing-precision"),
        ("SLIM should land at most 330 feet from its aim point.", "slim-landing-precision"),
        ("Shioli Crater is about 1,000 feet wide.", "shioli-crater-size"),
        ("Angola endorsed the Artemis Accords seven days before Egypt backed the ILRS.",
         "angola-before-egypt"),
    ],
)  # fmt: skip
def test_the_same_amount_in_any_unit_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, quantities.check)
    assert agreed_kinds(found) == {quantities.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("SLIM should land within about 300 meters of its aim point.", "slim-landing-precision"),
        ("SLIM should land within two kilometres of its aim point.", "slim-landing-precision"),
        ("Shioli Crater is only 30 meters wide.", "shioli-crater-size"),
        ("Shioli Crater is about 5,000 feet wide.", "shioli-crater-size"),
        ("Angola endorsed the Artemis Accords two weeks before Egypt backed the ILRS.",
         "angola-before-egypt"),
        ("Angola endorsed the Artemis Accords a month before Egypt backed the ILRS.",
         "angola-before-egypt"),
    ],
)  # fmt: skip
def test_another_amount_conflicts(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, quantities.check)
    assert conflict_kinds(found) == {quantities.KIND}
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orvelle River is 412 km long.", SUPPORTED),
        ("The Orvelle River is 412,000 metres long.", SUPPORTED),
        ("The Orvelle River is about 256 miles long.", SUPPORTED),
        ("The Orvelle River is roughly 400 kilometres long.", SUPPORTED),
        ("The Orvelle River is 214 kilometres long.", CONTRADICTED),
        ("The Orvelle River is more than 500 kilometres long.", CONTRADICTED),
        # the same number in another unit is another length
        ("The Orvelle River is 412 miles long.", CONTRADICTED),
        ("The Orvelle River drains a basin of about 9,800 km2.", SUPPORTED),
        ("The Orvelle River drains a basin of 3,800 square miles.", SUPPORTED),
        ("The Orvelle River drains a basin of 98,000 square kilometres.", CONTRADICTED),
        ("Lake Marran is about 140 feet deep.", SUPPORTED),
        ("Lake Marran is 0.042 kilometres deep.", SUPPORTED),
        ("Lake Marran is 24 metres deep.", CONTRADICTED),
        ("Lake Marran is 42 feet deep.", CONTRADICTED),
        ("The Kessford Dam on the Orvelle River is 85 feet tall.", CONTRADICTED),
    ],
)
def test_quantities_in_a_plain_facts_file(
    river: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(river, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # about -1 °C is about 30 °F; 10 °C is well above freezing
        ("The Orvelle River freezes at about 30 °F near its mouth.", SUPPORTED),
        ("The Orvelle River freezes at 10 °C near its mouth.", CONTRADICTED),
    ],
)
def test_temperatures_convert_between_scales(
    river: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(river, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge is 1,200 meters long.", SUPPORTED),
        ("The Kestrel Bridge is 1.2 km long.", SUPPORTED),
        ("The Kestrel Strait Bridge is roughly 3,900 feet long.", SUPPORTED),
        ("The Kestrel Strait Bridge is nearly 1,200 metres long.", SUPPORTED),
        ("The Kestrel Strait Bridge is over 1,000 meters long.", SUPPORTED),
        ("The Kestrel Strait Bridge is 2 kilometers long.", CONTRADICTED),
        ("The Kestrel Strait Bridge is 800 meters long.", CONTRADICTED),
        ("The Kestrel Strait Bridge is under 1,000 meters long.", CONTRADICTED),
        # a unit with an article is one of it
        ("The Kestrel Strait Bridge is less than a kilometre long.", CONTRADICTED),
    ],
)
def test_quantities_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.parametrize(
    ("text", "contradicted"),
    [
        ("SLIM came down about 55 meters from its target point.", False),
        ("SLIM aims to land within 500 meters of its target.", True),
        ("SLIM aims to land within 1 kilometer of its target.", True),
        ("SLIM aims to land within 330 feet of its target.", False),
    ],
)
def test_limits_compare_as_limits(lunar: Checker, text: str, contradicted: bool) -> None:
    # "within 100 meters (330 feet)": a limit, and its bracketed conversion is one too
    assert (verdict(lunar, text)[0] is Verdict.CONTRADICTED) is contradicted


# -- what is measured ----------------------------------------------------------------------------


def test_a_quantity_of_another_dimension_is_unmatched(lunar: Checker, river: Checker) -> None:
    found = outcome(lunar, "Shioli Crater is 20 percent wider than expected.",
                    "shioli-crater-size", quantities.check)  # fmt: skip
    assert unmatched_kinds(found) == {quantities.KIND}
    assert not found.conflicts and not found.agreed
    text = "Lake Marran covers 42 square kilometres."  # an area against a depth
    found = outcome(river, text, "marran-depth", quantities.check)
    assert unmatched_kinds(found) == {quantities.KIND}
    assert not found.conflicts and not found.agreed
    assert verdict(river, text) == UNVERIFIED


def test_a_length_measuring_something_else_is_not_compared(river: Checker) -> None:
    # A width and a height are both lengths; the claim gives only the height.
    text = "The Kessford Dam is 85 metres wide."
    found = outcome(river, text, "kessford-dam-height", quantities.check)
    assert unmatched_kinds(found) == {quantities.KIND}
    assert not found.agreed
    assert verdict(river, text) == UNVERIFIED
    tall = "The Kessford Dam is 85 metres tall."
    assert agreed_kinds(outcome(river, tall, "kessford-dam-height", quantities.check)) == {
        quantities.KIND
    }


def test_one_of_two_measures_answers_the_claim(river: Checker) -> None:
    # the length agrees; the width is the draft's own, unverified
    text = "The Orvelle River is 412 kilometres long and 85 metres wide at Kessford."
    found = outcome(river, text, "orvelle-length", quantities.check)
    assert [d.draft for d in found.agreed] == ["412 kilometres"]
    assert not found.conflicts
    assert verdict(river, text) == SUPPORTED


# -- rates ---------------------------------------------------------------------------------------


def test_the_same_rate_agrees(river: Checker) -> None:
    text = (
        "The Orvelle River carries an average of 310 cubic metres of water per second at Kessford."
    )
    assert verdict(river, text) == SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted: 'per second' after 'of water' is not read as a rate, so 18,600 "
    "per minute is compared with 310 as plain volumes",
)
def test_a_rate_in_another_time_unit_agrees(river: Checker) -> None:
    text = "At Kessford the Orvelle River carries 18,600 cubic metres of water per minute."
    assert verdict(river, text) == SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="supported: the claim's rate is read as a plain volume ('of water per second')",
)
def test_a_rate_sixty_times_smaller_does_not_agree(river: Checker) -> None:
    text = (
        "The Orvelle River carries an average of 310 cubic metres of water per minute at Kessford."
    )
    assert verdict(river, text)[0] is not Verdict.SUPPORTED
