"""Tests of ``factlint.checks.members``: who belongs to a group the facts list.

Principles: a draft that speaks of the group and puts a name in it agrees when the
claim lists the name; conflicts when the claim excludes it, or when the list is
complete and lacks it; is left unmatched when the list is partial. A draft saying a
name does not belong gets the mirror image. "Only" these members conflicts with a
complete list naming more. Demonyms ("a Brazilian delegation") never name members,
and a claim without a members block is left alone.
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
    verdict,
)

from factlint.checks import Outcome, members
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, members.KIND)

# A choir, a festival line-up and a league's founders, claims only (with members blocks).
MEMBERS_FACTS = """\
version: 1
sources:
  - id: choir-bio
    title: The Lantern Choir, official biography
    date: 2024-02
claims:
  - id: choir-members
    text: The members of the Lantern Choir are Elsa Varga, Mikko Lund, Dara Finn and Ruth Abara.
    as_of: 2024-02
    members: {names: [Elsa Varga, Mikko Lund, Dara Finn, Ruth Abara], complete: true}
    sources: [choir-bio]
  - id: festival-acts
    text: >-
      Acts at the 2023 Harrowgate Folk Festival included the Lantern Choir, the Brass Gulls
      and Marta Kell.
    members: {names: [Lantern Choir, Brass Gulls, Marta Kell], excluded: [Tom Ayre]}
    sources: [choir-bio]
  - id: league-founders
    text: >-
      The Halvik Hawks, the Brenner Bears and the Osterby Owls founded the Northland
      Basketball League in 1987.
    members: {names: [Halvik Hawks, Brenner Bears, Osterby Owls], complete: true}
    sources: [choir-bio]
"""


@pytest.fixture(scope="module")
def groups(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("groups"), MEMBERS_FACTS)


# -- the bundled facts (countries with kinds) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Venezuela and Belarus take part in the ILRS.", "ilrs-partners"),
        ("The ILRS counts Pakistan among its partners.", "ilrs-partners"),
        ("Canada and Japan are signatories of the Artemis Accords.", "artemis-named-signatories"),
    ],
)
def test_a_listed_member_agrees(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, members.check)
    assert agreed_kinds(found) == {members.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


def test_an_excluded_name_said_to_be_out_agrees(lunar: Checker) -> None:
    text = "China and Russia have refused to sign the Artemis Accords."
    found = outcome(lunar, text, "artemis-named-signatories", members.check)
    assert agreed_kinds(found) == {members.KIND}
    assert not found.conflicts
    assert verdict(lunar, text) == SUPPORTED


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Russia is a signatory of the Artemis Accords.", "artemis-named-signatories"),  # excluded
        ("Japan has refused to sign the Artemis Accords.", "artemis-named-signatories"),
        ("Russia has not joined the ILRS.", "ilrs-partners"),  # a member said not to belong
        ("Brazil has joined the ILRS.", "ilrs-partners"),  # not on a complete list
    ],
)
def test_a_wrong_member_conflicts(lunar: Checker, text: str, claim_id: str) -> None:
    found = outcome(lunar, text, claim_id, members.check)
    assert conflict_kinds(found) == {members.KIND}
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="supported: the third name of the subject list ('... and Canada take part') is "
    "not taken to stand in a member's place, so it is left unmatched, not excluded by "
    "the complete list",
)
def test_a_stranger_in_a_list_of_members_conflicts(lunar: Checker) -> None:
    text = "Venezuela, Belarus and Canada take part in the ILRS."
    assert conflict_kinds(outcome(lunar, text, "ilrs-partners", members.check)) == {members.KIND}
    assert verdict(lunar, text) == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="supported by angola-before-egypt ('Egypt backed the ILRS'), on the ILRS named "
    "in its place and the word 'backed'; ilrs-partners' member conflict does not count "
    "(recall 0: 'backed' is no word of belonging)",
)
def test_a_name_backing_a_group_is_not_supported_by_another_backer(lunar: Checker) -> None:
    assert verdict(lunar, "Brazil backed the ILRS.")[0] is not Verdict.SUPPORTED


def test_a_name_missing_from_a_partial_list_is_unmatched(lunar: Checker) -> None:
    text = "Germany and France have signed the Artemis Accords."
    found = outcome(lunar, text, "artemis-named-signatories", members.check)
    assert {d.draft for d in found.unmatched} == {"France"}
    assert {d.draft for d in found.agreed} == {"Germany"}
    assert not found.conflicts
    assert verdict(lunar, text)[0] is not Verdict.CONTRADICTED


def test_a_demonym_never_names_a_member(lunar: Checker) -> None:
    found = outcome(lunar, "A Brazilian delegation toured the ILRS control centre.",
                    "ilrs-partners", members.check)  # fmt: skip
    assert found == Outcome()


def test_a_claim_without_a_members_block_is_left_alone(lunar: Checker) -> None:
    found = outcome(lunar, "Brazil has joined the ILRS.", "ilrs-operations-2030", members.check)
    assert found == Outcome()


def test_only_some_members_of_a_complete_list_conflicts(lunar: Checker) -> None:
    text = "Russia and Venezuela are the only countries to have joined the ILRS."
    assert verdict(lunar, text) == CONTRADICTED
    assert verdict(lunar, "Russia and Venezuela have joined the ILRS.") == SUPPORTED


# -- the bridge facts (entities, ``about``) ------------------------------------------------------


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
def test_members_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


NOT_ON_A_COMPLETE_LIST = (
    "unverified: a name said not to belong that a complete list lacks adds nothing "
    "(members.check under a denial handles only listed and excluded names)"
)


@pytest.mark.xfail(strict=True, reason=NOT_ON_A_COMPLETE_LIST)
@pytest.mark.parametrize(
    ("checker_name", "text"),
    [
        ("lunar", "India has not joined the ILRS."),
        ("bridge", "Sweden did not fund the Kestrel Strait Bridge."),
        ("groups", "Jonas Berg is not a member of the Lantern Choir."),
    ],
)
def test_a_non_member_of_a_complete_list_said_to_be_out_is_supported(
    checker_name: str, text: str, request: pytest.FixtureRequest
) -> None:
    checker: Checker = request.getfixturevalue(checker_name)
    assert verdict(checker, text) == SUPPORTED


# -- a plain facts file --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elsa Varga is a member of the Lantern Choir.", SUPPORTED),
        ("Elsa Varga and Dara Finn sing in the Lantern Choir.", SUPPORTED),
        ("The members of the Lantern Choir are Elsa Varga, Mikko Lund, Dara Finn and "
         "Ruth Abara.", SUPPORTED),
        ("Jonas Berg is a member of the Lantern Choir.", CONTRADICTED),
        ("The members of the Lantern Choir are Elsa Varga, Mikko Lund, Dara Finn and "
         "Jonas Berg.", CONTRADICTED),
        ("Ruth Abara is not a member of the Lantern Choir.", CONTRADICTED),
        ("Elsa Varga and Mikko Lund are the only members of the Lantern Choir.", CONTRADICTED),
        ("The Lantern Choir has four members.", SUPPORTED),
        ("The Halvik Hawks and the Brenner Bears founded the Northland Basketball League.",
         SUPPORTED),
        # excluded from a partial list
        ("Tom Ayre performed at the 2023 Harrowgate Folk Festival.", CONTRADICTED),
        # a name a partial list does not know
        ("Nina Holt performed at the 2023 Harrowgate Folk Festival.", UNVERIFIED),
    ],
)  # fmt: skip
def test_members_in_a_plain_facts_file(
    groups: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(groups, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Elsa Varga also sings with the Harrowgate Chamber Singers.",  # another group
        "Mikko Lund produced the Brass Gulls' first album.",  # a member's own work
    ],
)
def test_a_member_in_another_role_is_left_alone(groups: Checker, text: str) -> None:
    assert verdict(groups, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: the claim's subject is read as its first name only ('Halvik "
    "Hawks'), so a draft naming another of the founders does not share its subject",
)
def test_each_listed_founder_agrees(groups: Checker) -> None:
    assert verdict(groups, "The Osterby Owls founded the Northland Basketball League.") == (
        SUPPORTED
    )


@pytest.mark.xfail(
    strict=True,
    reason="unverified: the member conflict stands, but the draft's subject is not the "
    "claim's (its subject is read as 'Halvik Hawks' alone)",
)
@pytest.mark.parametrize(
    "text",
    [
        "The Salt Creek Sharks founded the Northland Basketball League.",
        "The Osterby Owls, the Brenner Bears and the Salt Creek Sharks founded the Northland "
        "Basketball League.",
    ],
)
def test_a_founder_missing_from_a_complete_list_conflicts(groups: Checker, text: str) -> None:
    assert verdict(groups, text) == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: 'Acts at ... included' reads 'Acts' as the claim's verb, and the "
    "draft shares no word of the claim's frame but the festival's name",
)
@pytest.mark.parametrize(
    "text",
    [
        "Marta Kell performed at the 2023 Harrowgate Folk Festival.",
        "The Brass Gulls played at the 2023 Harrowgate Folk Festival.",
    ],
)
def test_a_listed_act_said_to_perform_agrees(groups: Checker, text: str) -> None:
    assert verdict(groups, text) == SUPPORTED


def test_an_excluded_act_said_not_to_perform_agrees(groups: Checker) -> None:
    assert verdict(groups, "Tom Ayre did not perform at the 2023 Harrowgate Folk Festival.") == (
        SUPPORTED
    )


@pytest.mark.xfail(
    strict=True,
    reason="contradicted (member, league-founders): 'joined' is a word of belonging, so "
    "joining the league later is read as claiming a founder's place",
)
def test_joining_a_group_later_is_not_founding_it(groups: Checker) -> None:
    text = "The Salt Creek Sharks joined the Northland Basketball League in 2005."
    assert verdict(groups, text) == UNVERIFIED
