"""Tests of ``factlint.checks.polarity``: asserting what the claim denies, or the reverse.

Principles: "not", "never", "refused to", "declined to", "barred from" deny the clause
they stand in; a draft denying what the claim asserts, or asserting what it denies,
conflicts, when it speaks of the same actor and the claim's own predicate. A denial
said with another word ("prohibited", "banned" for "not allowed") is the same denial.
A denial about another participant (cooperating with ESA, not China) or in a hedge
("no fewer than") says nothing against the claim; claims with members are left to
the membership check; a question or a condition asserts nothing.
"""

from __future__ import annotations

import pytest
from judging import (
    SUPPORTED,
    UNVERIFIED,
    agreed_kinds,
    checker_of,
    outcome,
    verdict,
)

from factlint.checks import Outcome, polarity
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, polarity.KIND)

# A national park's visitor rules, claims only.
PARK_FACTS = """\
version: 1
sources:
  - id: park-rules
    title: Marran National Park visitor rules
    date: 2024-04
claims:
  - id: park-drones
    text: Drones are not permitted in Marran National Park.
    sources: [park-rules]
  - id: park-camping
    text: Visitors may camp at the Tessa Lake campground.
    sources: [park-rules]
  - id: park-fee
    text: Marran National Park does not charge an entrance fee.
    sources: [park-rules]
  - id: resort-refused
    text: The park authority refused to approve a ski resort on Mount Tarvik in 2019.
    sources: [park-rules]
  - id: park-fishing
    text: Fishing is prohibited in the Orvelle River inside Marran National Park.
    sources: [park-rules]
"""


@pytest.fixture(scope="module")
def park(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("park"), PARK_FACTS)


# -- the bundled facts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("NASA is barred by U.S. law from working with China.", "nasa-china-prohibited"),
        ("Russia declined to sign the Artemis Accords in 2020.", "russia-refused-artemis"),
    ],
)
def test_the_same_denial_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, polarity.check)
    assert agreed_kinds(found) == {polarity.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


def test_forbidden_to_is_the_same_denial(lunar: Checker) -> None:
    assert verdict(lunar, "NASA is forbidden to cooperate with China.") == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id", "kind"),
    [
        ("NASA has been allowed to collaborate with China since 2020.", "nasa-china-prohibited",
         polarity.KIND),
        ("China has not opened the Chang'e-8 mission to foreign partners.",
         "change8-international", polarity.KIND),
        # the opposite word, asserted: found by the attributes check
        ("China has closed the Chang'e-8 mission to foreign partners.", "change8-international",
         "attribute"),
    ],
)  # fmt: skip
def test_the_opposite_polarity_conflicts(
    lunar: Checker, text: str, claim_id: str, kind: str
) -> None:
    assert verdict(lunar, text) == (Verdict.CONTRADICTED, kind)


def test_a_denial_conflicts_in_the_polarity_check(lunar: Checker) -> None:
    text = "China has not opened the Chang'e-8 mission to foreign partners."
    found = outcome(lunar, text, "change8-international", polarity.check)
    assert [(d.draft, d.facts) for d in found.conflicts] == [("denies", "assert")]


@pytest.mark.xfail(
    strict=True,
    reason="supported: 'does not stop ... from cooperating' is read as one denial, the "
    "same as the claim's, not as a denial of a prohibition",
)
def test_a_denied_prohibition_conflicts(lunar: Checker) -> None:
    assert verdict(lunar, "US law does not stop NASA from cooperating with China.") == (
        CONTRADICTED
    )


@pytest.mark.xfail(strict=True, reason="unverified: 'may freely work' is not read as a permission")
def test_a_permission_conflicts_with_a_prohibition(lunar: Checker) -> None:
    assert verdict(lunar, "NASA may freely work with China.") == CONTRADICTED


def test_an_assertion_matching_an_assertion_is_neither_agreed_nor_conflicting(
    lunar: Checker,
) -> None:
    text = "China has opened the Chang'e-8 mission to foreign partners."
    assert outcome(lunar, text, "change8-international", polarity.check) == Outcome()
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted (polarity): 'free to cooperate with ESA' is taken to assert what "
    "the claim denies of China; the participant differs",
)
def test_participants_the_claim_does_not_know_are_left_alone(lunar: Checker) -> None:
    # Working with ESA says nothing about working with China.
    text = "NASA is free to cooperate with ESA."
    assert outcome(lunar, text, "nasa-china-prohibited", polarity.check) == Outcome()
    assert verdict(lunar, text) == UNVERIFIED


def test_claims_with_members_are_left_to_the_membership_check(lunar: Checker) -> None:
    found = outcome(lunar, "Russia has not joined the ILRS.", "ilrs-partners", polarity.check)
    assert found == Outcome()


@pytest.mark.parametrize(
    "text",
    [
        "No fewer than 25 countries have signed the Artemis Accords.",
        "SLIM should land no more than 330 feet from its aim point.",
    ],
)
def test_no_in_a_hedge_is_not_a_negation(lunar: Checker, text: str) -> None:
    assert verdict(lunar, text) == SUPPORTED


# -- the bridge facts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy trucks are not allowed on the Kestrel Strait Bridge.", SUPPORTED),
        ("Heavy trucks are never allowed on the Kestrel Strait Bridge.", SUPPORTED),
        ("Heavy trucks are allowed on the Kestrel Strait Bridge.", CONTRADICTED),
    ],
)
def test_polarity_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


SAME_DENIAL_ANOTHER_WORD = (
    "a prohibition said without 'not' ('prohibited', 'banned', 'forbidden') has polarity "
    "+1 and the claim's 'not allowed' -1: the polarity check flips, though the attributes "
    "check reads the antonym under the denial as agreeing"
)


@pytest.mark.xfail(strict=True, reason="contradicted (polarity): " + SAME_DENIAL_ANOTHER_WORD)
@pytest.mark.parametrize(
    ("checker_name", "text"),
    [
        ("bridge", "Heavy trucks are prohibited on the Kestrel Strait Bridge."),
        ("bridge", "Heavy trucks are banned from the Kestrel Strait Bridge."),
        ("park", "Fishing is not allowed in the Orvelle River inside Marran National Park."),
    ],
)
def test_a_denial_in_other_words_agrees(
    checker_name: str, text: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert verdict(checker, text) == SUPPORTED


@pytest.mark.xfail(strict=True, reason="unverified: " + SAME_DENIAL_ANOTHER_WORD)
@pytest.mark.parametrize(
    "text",
    [
        "Drones are banned in Marran National Park.",
        "Drones are forbidden in Marran National Park.",
    ],
)
def test_a_ban_is_what_not_permitted_says(park: Checker, text: str) -> None:
    assert verdict(park, text) == SUPPORTED


@pytest.mark.xfail(
    strict=True, reason="unverified: 'may use' is not read as a permission (see above)"
)
def test_may_asserts_a_permission(bridge: Checker) -> None:
    assert verdict(bridge, "Heavy trucks may use the Kestrel Strait Bridge.") == CONTRADICTED


# -- a plain facts file --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones are not permitted in Marran National Park.", SUPPORTED),
        ("Drones are never permitted in Marran National Park.", SUPPORTED),
        ("Drones are permitted in Marran National Park.", CONTRADICTED),
        ("Drones are allowed in Marran National Park.", CONTRADICTED),
        ("Visitors are allowed to camp at the Tessa Lake campground.", SUPPORTED),
        ("Visitors may not camp at the Tessa Lake campground.", CONTRADICTED),
        ("Marran National Park does not charge an entrance fee.", SUPPORTED),
        ("Marran National Park charges an entrance fee.", CONTRADICTED),
        ("The park authority declined to approve a ski resort on Mount Tarvik in 2019.",
         SUPPORTED),
        ("The park authority approved a ski resort on Mount Tarvik in 2019.", CONTRADICTED),
        ("Fishing is prohibited in the Orvelle River inside Marran National Park.", SUPPORTED),
    ],
)  # fmt: skip
def test_polarity_in_a_plain_facts_file(
    park: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(park, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The park authority approved a new visitor centre in 2019.",  # another proposal
        "Swimming is not allowed in the Orvelle River inside Marran National Park.",  # another act
        "It is unclear whether drones are permitted in Marran National Park.",  # a question
        "Rangers will be told if drones are permitted in Marran National Park.",  # a condition
    ],
)
def test_what_the_claim_does_not_decide_stays_unverified(park: Checker, text: str) -> None:
    assert verdict(park, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted (polarity): a leading 'If ...,' clause is read as a 'lead' "
    "statement that asserts, not as a condition",
)
def test_a_leading_condition_asserts_nothing(park: Checker) -> None:
    text = "If drones are permitted in Marran National Park, rangers will be told."
    assert verdict(park, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="supported: 'prohibited' asserted against 'may camp' is neither a polarity "
    "flip nor an antonym the attributes check finds ('may' is no word of the table)",
)
def test_a_prohibition_conflicts_with_a_permission(park: Checker) -> None:
    assert verdict(park, "Camping is prohibited at the Tessa Lake campground.")[0] is (
        Verdict.CONTRADICTED
    )
