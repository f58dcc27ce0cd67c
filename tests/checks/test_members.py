"""Tests of ``factlint.checks.members``: who belongs to a group the facts list."""

from __future__ import annotations

import pytest
from judging import agreed_kinds, conflict_kinds, outcome, verdict

from factlint.checks import Outcome, members
from factlint.engine import Checker
from factlint.model import Verdict

SUPPORTED = (Verdict.SUPPORTED, "supported")
CONTRADICTED = (Verdict.CONTRADICTED, members.KIND)
UNVERIFIED = (Verdict.UNVERIFIED, "")


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Venezuela and Belarus take part in the ILRS.", "ilrs-partners"),
        ("The ILRS counts Pakistan among its partners.", "ilrs-partners"),
        ("Canada and Japan are signatories of the Artemis Accords.", "artemis-named-signatories"),
        # an excluded name that the sentence says is out
        ("China and Russia have refused to sign the Artemis Accords.",
         "artemis-named-signatories"),
    ],
)  # fmt: skip
def test_a_listed_member_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, members.check)
    assert agreed_kinds(found) == {members.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        # not on a complete list
        ("Venezuela, Belarus and Canada take part in the ILRS.", "ilrs-partners"),
        ("Brazil backed the ILRS.", "ilrs-partners"),
        # excluded
        ("Russia is a signatory of the Artemis Accords.", "artemis-named-signatories"),
        # a member said not to belong
        ("Japan has refused to sign the Artemis Accords.", "artemis-named-signatories"),
        ("Russia has not joined the ILRS.", "ilrs-partners"),
    ],
)
def test_a_wrong_member_conflicts(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, members.check)
    assert conflict_kinds(found) == {members.KIND}
    assert verdict(lunar, text) == CONTRADICTED


def test_a_name_missing_from_a_partial_list_is_unmatched(lunar: Checker) -> None:
    text = "Germany and France have signed the Artemis Accords."
    found = outcome(lunar, text, "artemis-named-signatories", members.check)
    assert {d.draft for d in found.unmatched} == {"France"}
    assert not found.conflicts
    assert verdict(lunar, text) == UNVERIFIED


def test_a_demonym_never_names_a_member(lunar: Checker) -> None:
    found = outcome(lunar, "A Brazilian delegation toured the ILRS control centre.",
                    "ilrs-partners", members.check)  # fmt: skip
    assert found == Outcome()


def test_a_claim_without_a_members_block_is_left_alone(lunar: Checker) -> None:
    found = outcome(lunar, "Brazil has joined the ILRS.", "ilrs-operations-2030", members.check)
    assert found == Outcome()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has funded the Kestrel Strait Bridge.", SUPPORTED),
        ("Norway and Iceland have funded the Kestrel Strait Bridge.", SUPPORTED),
        ("The Kestrel Strait Bridge was funded by Norway, Denmark and Iceland.", SUPPORTED),
        ("Sweden has funded the Kestrel Strait Bridge.", CONTRADICTED),
        ("Sweden funded the Kestrel Strait Bridge.", CONTRADICTED),
        ("Iceland, Norway and Sweden have funded the Kestrel Strait Bridge.", CONTRADICTED),
        ("The Kestrel Strait Bridge was funded by Norway and Sweden.", CONTRADICTED),
        ("Denmark has not funded the Kestrel Strait Bridge.", CONTRADICTED),
    ],
)
def test_members_on_other_facts(bridge: Checker, text: str, expected: tuple[Verdict, str]) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        ("lunar", "India has not joined the ILRS."),
        ("bridge", "Sweden did not fund the Kestrel Strait Bridge."),
    ],
)
def test_a_non_member_of_a_complete_list_said_to_be_out_is_supported(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(facts)
    assert verdict(checker, text) == SUPPORTED


def test_only_some_members_of_a_complete_list_conflicts(lunar: Checker) -> None:
    text = "Russia and Venezuela are the only countries to have joined the ILRS."
    assert verdict(lunar, text)[0] is Verdict.CONTRADICTED
    assert verdict(lunar, "Russia and Venezuela have joined the ILRS.")[0] is Verdict.SUPPORTED
