"""Tests of ``factlint.checks.attributes``: words that cannot both describe one thing.

Principles: a draft describing what the claim describes with an opposite word (a
general antonym table: highest/lowest, open/closed, north/south; or the claim's
word negated by a prefix: crewed/uncrewed, active/inactive) conflicts; the same
word, or a synonym, agrees. Compass directions are opposites too ("13 degrees south
latitude" against "north"). A describing word the claim does not use is not an
agreement: "the oldest bridge" is not supported by "the longest bridge".
"""

from __future__ import annotations

import pytest
from judging import (
    SUPPORTED,
    UNVERIFIED,
    checker_of,
    conflict_kinds,
    outcome,
    verdict,
)

from factlint.checks import attributes
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, attributes.KIND)
LATITUDE = "Shioli Crater lies at 13 degrees {} latitude on the near side of the Moon."

# An atlas of a mountain range, claims only.
RANGE_FACTS = """\
version: 1
sources:
  - id: range-atlas
    title: Atlas of the Skarn Range
    date: 2021
claims:
  - id: tarvik-highest
    text: Mount Tarvik is the highest peak in the Skarn Range.
    sources: [range-atlas]
  - id: pass-closed
    text: The Skarn Pass road is closed to traffic from November to April.
    sources: [range-atlas]
  - id: glacier-shrinking
    text: The Tarvik Glacier has shrunk since 1990.
    sources: [range-atlas]
  - id: hut-side
    text: The Brenn mountain hut stands on the northern slope of Mount Tarvik.
    sources: [range-atlas]
  - id: volcano
    text: Mount Olle is an active volcano.
    sources: [range-atlas]
"""


@pytest.fixture(scope="module")
def mountains(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("mountains"), RANGE_FACTS)


# -- the bundled facts ---------------------------------------------------------------------------


def test_the_opposite_attribute_conflicts(lunar: Checker) -> None:
    text = "China sent a manned probe on Chang'e-5 in 2020."
    assert conflict_kinds(outcome(lunar, text, "change5-2020", attributes.check)) == {
        attributes.KIND
    }
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: the draft says too little of the claim's frame ('China sent ... "
    "to the Moon') for its opposite to contradict",
)
def test_a_short_draft_with_the_opposite_attribute_conflicts(lunar: Checker) -> None:
    assert verdict(lunar, "Chang'e-5 was a crewed mission.") == CONTRADICTED


@pytest.mark.parametrize(
    "text",
    [
        "The uncrewed Chang'e-5 probe reached the Moon in 2020.",
        "China sent a robotic probe to the Moon on the Chang'e-5 mission in 2020.",
    ],
)
def test_the_same_attribute_agrees(lunar: Checker, text: str) -> None:
    assert not outcome(lunar, text, "change5-2020", attributes.check).conflicts
    assert verdict(lunar, text) == SUPPORTED


def test_the_same_direction_agrees(lunar: Checker) -> None:
    text = LATITUDE.format("south")
    assert not outcome(lunar, text, "shioli-crater-location", attributes.check).conflicts
    assert verdict(lunar, text) == SUPPORTED


def test_the_opposite_direction_conflicts(lunar: Checker) -> None:
    text = LATITUDE.format("north")
    found = outcome(lunar, text, "shioli-crater-location", attributes.check)
    assert [(d.draft, d.facts) for d in found.conflicts] == [("north", "south")]
    assert verdict(lunar, text) == CONTRADICTED


# -- the bridge facts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge lies at 60 degrees north latitude.", SUPPORTED),
        ("The Kestrel Strait Bridge lies at 60 degrees south latitude.", CONTRADICTED),
        ("The Kestrel Strait Bridge is the longest suspension bridge in Norway.", SUPPORTED),
        ("The Kestrel Strait Bridge is the shortest suspension bridge in Norway.", CONTRADICTED),
    ],
)
def test_attributes_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="supported by kestrel-longest: 'oldest' is the draft's own word, not weighed "
    "against the claim's 'longest', and 'in Norway' agreeing in its slot counts as a value",
)
def test_another_superlative_is_not_supported(bridge: Checker) -> None:
    text = "The Kestrel Strait Bridge is the oldest suspension bridge in Norway."
    assert verdict(bridge, text) == UNVERIFIED


# -- a plain facts file --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mount Tarvik is the highest peak in the Skarn Range.", SUPPORTED),
        ("Mount Tarvik is the tallest peak in the Skarn Range.", SUPPORTED),
        ("Mount Tarvik is the lowest peak in the Skarn Range.", CONTRADICTED),
        ("The Skarn Pass road is closed to traffic from November to April.", SUPPORTED),
        ("The Skarn Pass road is open to traffic from November to April.", CONTRADICTED),
        ("The Brenn mountain hut stands on the northern slope of Mount Tarvik.", SUPPORTED),
        ("The Brenn mountain hut stands on the southern slope of Mount Tarvik.", CONTRADICTED),
        ("Mount Olle is an active volcano.", SUPPORTED),
        ("Mount Olle is an inactive volcano.", CONTRADICTED),  # negated by a prefix
        ("The Tarvik Glacier has shrunk since 1990.", SUPPORTED),
    ],
)
def test_attributes_in_a_plain_facts_file(
    mountains: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(mountains, text) == expected


def test_a_denial_of_the_claims_word_is_a_polarity_conflict(mountains: Checker) -> None:
    assert verdict(mountains, "Mount Olle is not an active volcano.") == (
        Verdict.CONTRADICTED,
        "polarity",
    )


@pytest.mark.xfail(
    strict=True,
    reason="unverified: the claim's 'shrunk' is not folded to 'shrink' (english.IRREGULAR "
    "lacks it), so the antonyms grow/shrink are not found",
)
def test_an_opposite_participle_conflicts(mountains: Checker) -> None:
    assert verdict(mountains, "The Tarvik Glacier has grown since 1990.") == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted (date, and attribute): 'open in July' is compared with 'closed "
    "from November to April' as the same event's date, and 'open' is the opposite of "
    "'closed' whenever it is said",
)
def test_the_opposite_state_outside_the_claims_span_is_not_contradicted(
    mountains: Checker,
) -> None:
    # open in July is what the claim implies, not what it denies
    found = verdict(mountains, "The Skarn Pass road is open to traffic in July.")
    assert found[0] is not Verdict.CONTRADICTED


def test_a_superlative_of_another_group_stays_unverified(mountains: Checker) -> None:
    text = "Mount Tarvik is the highest peak that hikers can reach in a day."
    assert verdict(mountains, text) == UNVERIFIED
