"""Tests of ``factlint.checks.names``: names in roles (where, who founded or leads, what crosses).

Principles: a draft's name is compared with the claim's name in the same slot ("located
in", "founded by", "launched from", "operates"). The same name, an alias or a place
containing the claimed one agrees; another name conflicts when the slot holds one
name at a time (who founded or leads a thing, where it is based) or when the two are
names of one kind; any other name is left unmatched. A name in a role the claim does
not speak of ("with help from France", "cooperated with JAXA") is not a swap.
"""

from __future__ import annotations

from pathlib import Path

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

from factlint.checks import names
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, names.KIND)

# An art gallery's guide, claims only: the base knows the names only from these words.
GALLERY_FACTS = """\
version: 1
sources:
  - id: gallery-guide
    title: Brisk Hill Gallery guide
    date: 2024-01
claims:
  - id: gallery-architect
    text: The Brisk Hill Gallery was designed by the architect Hanne Lykke.
    sources: [gallery-guide]
  - id: gallery-city
    text: The Brisk Hill Gallery is located in Aalvik.
    sources: [gallery-guide]
  - id: gallery-director
    text: Tomas Rhee directs the Brisk Hill Gallery.
    sources: [gallery-guide]
  - id: gallery-founder
    text: The Brisk Hill Gallery was founded by the painter Sigrid Holm in 1931.
    sources: [gallery-guide]
  - id: gallery-river
    text: The Brisk Hill Gallery stands beside the Aal River.
    sources: [gallery-guide]
  - id: sculpture-maker
    text: The bronze Tidewatcher in the Brisk Hill Gallery garden was cast by Oskar Fenn.
    sources: [gallery-guide]
"""


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("gallery"), GALLERY_FACTS)


# -- the bundled facts (lexicon kinds, aliases, containment) -------------------------------------


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
    assert "Azerbaijan" in {d.draft for d in found.agreed}
    assert verdict(lunar, text) == SUPPORTED


def test_a_name_in_a_role_the_claim_does_not_fill_is_unmatched(lunar: Checker) -> None:
    found = outcome(lunar, "SLIM launched from Japan with help from France.",
                    "slim-xrism-launch", names.check)  # fmt: skip
    assert not found.conflicts
    assert "France" in {d.draft for d in found.unmatched}


@pytest.mark.parametrize(
    "text", ["NASA has long cooperated with JAXA.", "NASA collaborates closely with ESA."]
)
def test_a_partner_agency_is_not_a_swapped_subject(lunar: Checker, text: str) -> None:
    assert verdict(lunar, text) == UNVERIFIED


# -- the bridge facts (entities with kinds) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kestrel Strait Bridge connects the mainland with Port Almer.", SUPPORTED),
        ("The Kestrel Strait Bridge connects Port Almer to the mainland.", SUPPORTED),
        ("The Almer Harbour Authority operates the Kestrel Strait Bridge.", SUPPORTED),
        ("The Strait Transport Agency operates the Kestrel Strait Bridge.", CONTRADICTED),
    ],
)
def test_names_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


# -- a plain facts file: kinds unknown, the slot decides -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Brisk Hill Gallery is located in Aalvik.", SUPPORTED),
        ("The Brisk Hill Gallery is located in Norby.", CONTRADICTED),
        ("The Brisk Hill Gallery is based in Norby.", CONTRADICTED),
        ("Tomas Rhee directs the Brisk Hill Gallery.", SUPPORTED),
        ("Karin Vest directs the Brisk Hill Gallery.", CONTRADICTED),
        ("The Brisk Hill Gallery was founded by Sigrid Holm in 1931.", SUPPORTED),
        ("Sigrid Holm founded the Brisk Hill Gallery.", SUPPORTED),
        ("The Brisk Hill Gallery was founded by Astrid Holm in 1931.", CONTRADICTED),
        ("Astrid Holm founded the Brisk Hill Gallery in 1931.", CONTRADICTED),
        ("The Brisk Hill Gallery stands beside the Aal River.", SUPPORTED),
        ("The bronze Tidewatcher in the Brisk Hill Gallery garden was cast by Oskar Fenn.",
         SUPPORTED),
    ],
)  # fmt: skip
def test_names_in_slots_in_a_plain_facts_file(
    gallery: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(gallery, text) == expected


def test_a_founder_swapped_in_a_plain_facts_file_is_found_by_the_names_check(
    gallery: Checker,
) -> None:
    text = "Astrid Holm founded the Brisk Hill Gallery in 1931."
    found = outcome(gallery, text, "gallery-founder", names.check)
    assert [(d.draft, d.facts) for d in found.conflicts] == [("Astrid Holm", "Sigrid Holm")]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Rhee has worked with Karin Vest.",  # "with": one of many
        "Oskar Fenn also cast a bronze for the Aalvik town hall.",  # another work of his
        "The Brisk Hill Gallery lent a painting to a museum in Norby.",  # where the museum is
    ],
)
def test_names_in_roles_the_claims_do_not_fill_stay_unverified(gallery: Checker, text: str) -> None:
    assert verdict(gallery, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: 'designed' is a light word (english.LIGHT_WORDS, for 'designed "
    "to'), and stems like 'designate' into the 'select' group, so the draft shares no "
    "word of the claim besides the gallery's name",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Brisk Hill Gallery was designed by Hanne Lykke.", SUPPORTED),
        ("Hanne Lykke designed the Brisk Hill Gallery.", SUPPORTED),
    ],
)
def test_who_designed_a_building(
    gallery: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(gallery, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="unverified: 'is the director of' fills a holder slot, 'directs' an agent "
    "slot; the two are not compared and share no word",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Rhee is the director of the Brisk Hill Gallery.", SUPPORTED),
        ("Karin Vest is the director of the Brisk Hill Gallery.", CONTRADICTED),
    ],
)
def test_a_role_said_with_a_noun_is_the_role_said_with_a_verb(
    gallery: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(gallery, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="supported: 'cast' is not among english.AGENTIVE_VERBS, so 'by Lena Dahl' is a "
    "plain 'by' slot left unmatched, and the gallery named in its place counts as an "
    "agreed value",
)
def test_another_maker_of_a_work_is_not_supported(gallery: Checker) -> None:
    text = "The bronze Tidewatcher in the Brisk Hill Gallery garden was cast by Lena Dahl."
    assert verdict(gallery, text)[0] is not Verdict.SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="unverified: 'is in Aalvik' is not compared with 'is located in Aalvik' (no "
    "names outcome), and the draft shares only the gallery's name",
)
def test_is_in_places_a_thing_as_located_in_does(gallery: Checker) -> None:
    assert verdict(gallery, "The Brisk Hill Gallery is in Aalvik.") == SUPPORTED


@pytest.mark.xfail(
    strict=True,
    reason="supported: a capitalised run that opens with a known name is read as that "
    "name alone ('The Tomas Rhee Foundation' as 'Tomas Rhee'; see tests/reading)",
)
@pytest.mark.parametrize(
    "text",
    [
        "The Tomas Rhee Foundation directs the Brisk Hill Gallery.",
        "The Sigrid Holm Trust founded the Brisk Hill Gallery in 1931.",
    ],
)
def test_a_name_holding_a_known_name_is_another_name(gallery: Checker, text: str) -> None:
    assert verdict(gallery, text)[0] is not Verdict.SUPPORTED


SURVEY_FACTS = """\
version: 1
sources:
  - id: survey-report
    title: Northern Survey Office annual report
claims:
  - id: lakes-mapped
    text: The Northern Survey Office (NSO) mapped 14 lakes in 2019.
    sources: [{id: survey-report}]
"""


def test_an_acronym_after_a_name_opening_its_claim_names_the_claims_subject(
    tmp_path: Path,
) -> None:
    # "The ... (NSO)": the article opening the sentence is not the name's, so the
    # acronym and the expansion are one name, and a sentence naming either is about it.
    survey = checker_of(tmp_path, SURVEY_FACTS)
    assert verdict(survey, "The NSO mapped 14 lakes in 2019.") == SUPPORTED
    assert verdict(survey, "NSO mapped 16 lakes in 2019.")[0] is Verdict.CONTRADICTED
    assert verdict(survey, "The Northern Survey Office mapped 14 lakes in 2019.") == SUPPORTED
