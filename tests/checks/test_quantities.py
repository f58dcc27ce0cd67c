"""Tests of ``factlint.checks.quantities``: amounts with units, converted before comparing."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import quantities
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, quantities.KIND)


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


def test_a_quantity_of_another_dimension_is_unmatched(lunar: Checker) -> None:
    found = outcome(
        lunar, "Shioli Crater is 20 percent wider than expected.", "shioli-crater-size",
        quantities.check,
    )  # fmt: skip
    assert [d.kind for d in found.unmatched] == [quantities.KIND]
    assert not found.conflicts and not found.agreed


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
    ],
)
def test_quantities_on_other_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


def test_a_unit_with_an_article_is_one_of_it(bridge: Checker) -> None:
    assert verdict(bridge, "The Kestrel Strait Bridge is less than a kilometre long.") == (
        CONTRADICTED
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SLIM came down about 55 meters from its target point.", False),
        ("SLIM aims to land within 500 meters of its target.", True),
        ("SLIM aims to land within 1 kilometer of its target.", True),
        ("SLIM aims to land within 330 feet of its target.", False),
    ],
)
def test_limits_compare_as_limits(lunar: Checker, text: str, expected: bool) -> None:
    # "within 100 meters (330 feet)": a limit, and its bracketed conversion is one too
    assert (verdict(lunar, text)[0] is Verdict.CONTRADICTED) is expected
