"""Tests of ``factlint.checks.names``: a swapped city, site, rocket, agency or body."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import names
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, names.KIND)
UNVERIFIED = (Verdict.UNVERIFIED, "")


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("SLIM was launched from the Tanegashima Space Center.", "slim-xrism-launch"),
        ("SLIM was launched from Tanegashima.", "slim-xrism-launch"),  # an alias
        ("SLIM flew on an H-IIA rocket.", "slim-xrism-launch"),  # another spelling of H-2A
        ("The Artemis program is led by NASA.", "nasa-leads-artemis"),
    ],
)
def test_the_same_name_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, names.check)
    assert agreed_kinds(found) == {names.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("SLIM was launched from Kennedy Space Center.", "slim-xrism-launch"),
        ("SLIM flew on a Falcon 9 rocket.", "slim-xrism-launch"),
        ("The Artemis program is led by Roscosmos.", "nasa-leads-artemis"),
        ("CNSA announced the Chang'e-8 offer at the International Astronautical Congress "
         "in Dubai.", "change8-announced-baku"),
    ],
)  # fmt: skip
def test_a_swapped_name_of_the_same_kind_conflicts(
    lunar: Checker, text: str, claim_id: str
) -> None:
    found = outcome(lunar, text, claim_id, names.check)
    assert conflict_kinds(found) == {names.KIND}
    assert verdict(lunar, text) == CONTRADICTED


def test_a_place_containing_the_claimed_one_is_not_a_swap(lunar: Checker) -> None:
    text = (
        "CNSA announced the Chang'e-8 offer at the International Astronautical Congress "
        "in Azerbaijan."
    )
    found = outcome(lunar, text, "change8-announced-baku", names.check)
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


def test_a_country_is_left_to_the_membership_check(lunar: Checker) -> None:
    found = outcome(lunar, "SLIM launched from Japan with help from France.",
                    "slim-xrism-launch", names.check)  # fmt: skip
    assert not found.conflicts
    assert "France" in {d.draft for d in found.unmatched}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge connects the mainland with Port Almer.", SUPPORTED),
        ("The Kestrel Strait Bridge connects Port Almer to the mainland.", SUPPORTED),
        ("The Kestrel Strait Bridge connects the mainland with Vossby.", CONTRADICTED),
        ("The Almer Harbour Authority operates the Kestrel Strait Bridge.", SUPPORTED),
        ("The Strait Transport Agency operates the Kestrel Strait Bridge.", CONTRADICTED),
    ],
)
def test_names_on_other_facts(bridge: Checker, text: str, expected: tuple[Verdict, str]) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.parametrize(
    "text", ["NASA has long cooperated with JAXA.", "NASA collaborates closely with ESA."]
)
def test_a_partner_agency_is_not_a_swapped_subject(lunar: Checker, text: str) -> None:
    assert verdict(lunar, text) == UNVERIFIED
