"""Tests of ``factlint.checks.ordinals``: ordinals ("74th", "fifth", "second prize").

Principles: an ordinal is compared only with the claim's ordinal of the same thing
(the name or words right after it: "fifth chief conductor", "96th season"); written in
words or in digits it is the same number; an ordinal of something else ("the fifth
country", "the third orchestra to enter") says nothing of the claim's.
(Compass directions, which the old engine checked here, are opposites now: see
``test_attributes``.)
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

from factlint.checks import ordinals
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, ordinals.KIND)
ANNOUNCED = "CNSA used the {} International Astronautical Congress to announce the Chang'e-8 offer."

# An orchestra's history, claims only.
ORCHESTRA_FACTS = """\
version: 1
sources:
  - id: orchestra-history
    title: The Veldhaven Philharmonic, a history
    date: 2023-11
claims:
  - id: conductor-rank
    text: Amara Quist is the fifth chief conductor of the Veldhaven Philharmonic.
    sources: [orchestra-history]
  - id: season-number
    text: The Veldhaven Philharmonic opened its 96th season in September 2023.
    sources: [orchestra-history]
  - id: competition
    text: The Veldhaven Philharmonic won second prize at the 2019 Lindqvist Orchestra Competition.
    sources: [orchestra-history]
"""


@pytest.fixture(scope="module")
def orchestra(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("orchestra"), ORCHESTRA_FACTS)


def test_the_same_ordinal_agrees(lunar: Checker) -> None:
    text = ANNOUNCED.format("74th")
    found = outcome(lunar, text, "change8-announced-baku", ordinals.check)
    assert agreed_kinds(found) == {ordinals.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize("ordinal", ["73rd", "75th", "1st"])
def test_another_ordinal_conflicts(lunar: Checker, ordinal: str) -> None:
    text = ANNOUNCED.format(ordinal)
    found = outcome(lunar, text, "change8-announced-baku", ordinals.check)
    assert conflict_kinds(found) == {ordinals.KIND}
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amara Quist is the fifth chief conductor of the Veldhaven Philharmonic.", SUPPORTED),
        ("Amara Quist is the 5th chief conductor of the Veldhaven Philharmonic.", SUPPORTED),
        ("Amara Quist is the sixth chief conductor of the Veldhaven Philharmonic.", CONTRADICTED),
        ("Amara Quist is the 3rd chief conductor of the Veldhaven Philharmonic.", CONTRADICTED),
        ("The Veldhaven Philharmonic opened its 96th season in September 2023.", SUPPORTED),
        ("The Veldhaven Philharmonic opened its ninety-sixth season in September 2023.",
         SUPPORTED),
        ("The Veldhaven Philharmonic opened its 69th season in September 2023.", CONTRADICTED),
        ("The Veldhaven Philharmonic won first prize at the 2019 Lindqvist Orchestra "
         "Competition.", CONTRADICTED),
    ],
)  # fmt: skip
def test_ordinals_in_a_plain_facts_file(
    orchestra: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(orchestra, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 12th Nordic Bridge Congress was held on the Kestrel Strait Bridge.", SUPPORTED),
        # the 14th congress may have met there too: the facts do not say
        ("The 14th Nordic Bridge Congress was held on the Kestrel Strait Bridge.", UNVERIFIED),
    ],
)
def test_ordinals_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="supported: 'fourteenth' spelled out is not part of the name 'Nordic Bridge "
    "Congress' as '12th' is in the claim, so the two congresses are taken for one",
)
def test_an_ordinal_spelled_out_is_another_edition(bridge: Checker) -> None:
    text = "The fourteenth Nordic Bridge Congress was held on the Kestrel Strait Bridge."
    assert verdict(bridge, text) == UNVERIFIED


def test_an_ordinal_the_claim_does_not_state_is_unmatched(
    lunar: Checker, orchestra: Checker
) -> None:
    found = outcome(lunar, "Shioli Crater was the 3rd site considered.",
                    "shioli-crater-location", ordinals.check)  # fmt: skip
    assert unmatched_kinds(found) == {ordinals.KIND}
    assert not found.conflicts
    text = "Amara Quist is the first woman to lead the Veldhaven Philharmonic."
    assert verdict(orchestra, text) == UNVERIFIED


def test_an_ordinal_of_the_same_thing_in_other_words_is_compared(lunar: Checker) -> None:
    # "second attempt at a soft lunar landing" ranks what "first attempt" ranks
    assert verdict(lunar, "SLIM is Japan's first attempt at a soft lunar landing.") == SUPPORTED
    assert verdict(lunar, "SLIM is Japan's second attempt at a soft lunar landing.") == (
        CONTRADICTED
    )


@pytest.mark.parametrize(
    ("checker_name", "text", "claim_id"),
    [
        # "fifth country" ranks countries; the claim's "first attempt" ranks attempts
        ("lunar", "With SLIM, Japan became the fifth country to soft-land on the Moon.",
         "slim-first-soft-landing"),
    ],
)  # fmt: skip
def test_an_ordinal_of_another_thing_is_unmatched(
    checker_name: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    found = outcome(checker, text, claim_id, ordinals.check)
    assert unmatched_kinds(found) == {ordinals.KIND}
    assert verdict(checker, text)[0] is not Verdict.CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="supported by slim-first-soft-landing through shared words: an ordinal is not "
    "counted among the draft's own values (topic.link: own_values leaves out ordinals)",
)
def test_an_ordinal_of_another_thing_does_not_support(lunar: Checker) -> None:
    text = "With SLIM, Japan became the fifth country to soft-land on the Moon."
    assert verdict(lunar, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted: 'third orchestra to enter' is compared with 'second prize' "
    "(ordinals.heads: the words after 'second' run on into 'Lindqvist Orchestra "
    "Competition', which holds 'orchestra')",
)
def test_a_rank_among_entrants_is_not_a_prize(orchestra: Checker) -> None:
    text = (
        "The Veldhaven Philharmonic was the third orchestra to enter the 2019 Lindqvist "
        "Orchestra Competition."
    )
    assert conflict_kinds(outcome(orchestra, text, "competition", ordinals.check)) == set()
    assert verdict(orchestra, text) == UNVERIFIED
