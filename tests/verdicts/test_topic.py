"""Tests of ``factlint.verdicts.topic`` and of how ``judge`` splits a draft by subject.

Principles: only the draft's statements that speak of the claim are compared (scope),
and an embedded question or a condition says nothing is so; a claim about a named
thing speaks only to drafts naming it; another of a numbered series ("Nordbuoy 4"
against "Nordbuoy 3") is another subject; a draft whose verb acts on a named thing of
its own tells of another event than a claim acting on an unnamed one; a claim whose
subject is a plain noun may be told by an actor it does not name; clauses about
different subjects are judged apart (``judge._by_subject``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from judging import SUPPORTED, UNVERIFIED, checker_of, claim_of, facts_of, judgement, verdict

from factlint.engine import Checker
from factlint.model import Verdict
from factlint.verdicts.topic import scope


def checker(request: pytest.FixtureRequest, name: str) -> Checker:
    found: Checker = request.getfixturevalue(name)
    return found


# -- scope: what asserts nothing -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("resort", "Nobody knows whether the Skarnfjell ski resort has 20 lifts.", "lifts-2024"),
        ("station", "Nobody knows whether Halvard Station has 30 winter crew members.",
         "crew-2024"),
        ("bridge", "Nobody knows whether the Kestrel Strait Bridge is 800 meters long.",
         "kestrel-length"),
        ("resort", "Queues would be shorter if the Skarnfjell ski resort had 20 lifts.",
         "lifts-2024"),
    ],
)  # fmt: skip
def test_an_embedded_question_or_condition_is_out_of_scope(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    kept = scope(c.read(text), facts_of(c, claim_id), c.index.vocabulary)
    assert all(s.asserts for s in kept)
    assert verdict(c, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted (count): a leading 'If ...,' clause is read as a 'lead' "
    "statement that asserts, so its figure is compared",
)
def test_a_leading_condition_is_out_of_scope(resort: Checker) -> None:
    text = "If the Skarnfjell ski resort had 20 lifts, queues would be shorter."
    assert verdict(resort, text) == UNVERIFIED


def test_a_name_in_another_clause_is_not_in_the_claims_scope(bridge: Checker) -> None:
    # Sweden built a terminal; it is not put among the bridge's funders
    text = "Sweden built a ferry terminal, and Norway funded the Kestrel Strait Bridge."
    assert verdict(bridge, text) == SUPPORTED
    assert claim_of(bridge, text) == "kestrel-funders"


# -- subject: the claim's named thing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        ("resort", "The Brennvik ski resort has 9 lifts."),
        ("resort", "Brennvik has 17 lifts."),
        ("station", "The Brenn Field Camp opened in 1994."),
        ("bridge", "The Vossby Tunnel opened to traffic in 2021."),
    ],
)
def test_a_claim_about_a_named_thing_speaks_only_to_drafts_naming_it(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == UNVERIFIED


PARTS = """\
version: 1
sources: [{id: guide, title: Line guide}]
claims:
  - id: tunnel-length
    text: The Harrow Tunnel on the Fenmoor Line is 2.4 kilometres long.
    sources: [guide]
  - id: line-stations
    text: The Fenmoor Line has twelve stations.
    sources: [guide]
"""


@pytest.mark.parametrize(
    "text", ["The Fenmoor Line is 90 kilometres long.", "The Fenmoor Line is 2 kilometres long."]
)
def test_a_claim_about_a_part_of_a_named_thing_does_not_speak_to_the_thing(
    text: str, tmp_path: Path
) -> None:
    # The tunnel's claim names the line, but its subject is the tunnel: the line's own
    # length is not what it gives.
    c = checker_of(tmp_path, PARTS)
    assert judgement(c, text, "tunnel-length") is None
    assert verdict(c, text) == UNVERIFIED


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("resort", "Skarnfjell has 17 lifts.", "lifts-2024"),
        ("station", "Halvard Station has 26 winter crew members.", "crew-2024"),
    ],
)
def test_the_claims_name_said_shorter_is_its_subject(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    assert verdict(c, text) == SUPPORTED
    assert claim_of(c, text) == claim_id


# -- subject: siblings of a series ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("station", "Nordbuoy 4 was deployed north of Halvard Station in 2021.", "buoy-3"),
        ("station", "In 2021, Nordbuoy 4 was deployed north of Halvard Station.", "buoy-3"),
        ("lunar", "Chang'e-9 will fly in 2029 to search for lunar resources at the Moon's south "
         "pole.", "change7-2026"),
    ],
)  # fmt: skip
def test_another_of_a_numbered_series_is_another_subject(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    found = judgement(c, text, claim_id)
    assert found is None or not found.link.subject
    assert verdict(c, text) == UNVERIFIED


def test_the_same_member_of_a_series_is_the_subject(station: Checker) -> None:
    assert verdict(station, "Nordbuoy 3 was deployed north of Halvard Station in 2021.") == (
        Verdict.CONTRADICTED,
        "year",
    )


# -- subject: another event (topic._acts_on_another) ---------------------------------------------


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("resort", "Nordalp Resorts opened the Tarvik Express chairlift at Skarnfjell in 2016.",
         "gondola"),
        ("station", "The station crew launched Nordbuoy 5 in 2023.", "balloon"),
        ("lunar", "China sent the Tianwen-1 probe to Mars in 2021.", "change5-2020"),
    ],
)  # fmt: skip
def test_a_draft_acting_on_its_own_named_thing_tells_of_another_event(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    found = judgement(c, text, claim_id)
    assert found is None or found.verdict is Verdict.UNVERIFIED
    assert verdict(c, text) == UNVERIFIED


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("resort", "Nordalp Resorts opened a new gondola at Skarnfjell in 2017.", "gondola"),
        ("station", "The station crew launched a weather balloon during the Polar Night "
         "Campaign in 2021.", "balloon"),
    ],
)  # fmt: skip
def test_the_claims_own_unnamed_event_is_compared(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    assert verdict(c, text) == (Verdict.CONTRADICTED, "year")
    assert claim_of(c, text) == claim_id


# -- subject: an actor the claim leaves out ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Biologist Lena Moe found that the common eider lays up to six eggs.",
        "The common eider lays up to six eggs.",
    ],
)
def test_a_claim_about_a_plain_noun_may_be_told_by_an_actor_it_does_not_name(
    station: Checker, text: str
) -> None:
    assert verdict(station, text) == SUPPORTED
    assert claim_of(station, text) == "eider-eggs"


# -- judge._by_subject ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("station", "Halvard Station opened in 1988, while the Brenn Field Camp opened in 1994.",
         "station-opened"),
        ("station", "Halvard Station has 26 winter crew members, while the Brenn Field Camp has 4.",
         "crew-2024"),
        ("resort", "Skarnfjell opened in 1971, while Brennvik opened in 1985.", "opened"),
        ("lunar", "Chang'e-7 will fly in 2026, while Chang'e-6 will go to the far side.",
         "change7-2026"),
    ],
)  # fmt: skip
def test_clauses_about_different_subjects_are_judged_apart(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    # the second clause's year or count is not the first subject's
    c = checker(request, facts)
    assert verdict(c, text) == SUPPORTED
    assert claim_of(c, text) == claim_id


@pytest.mark.parametrize(
    ("facts", "text", "claim_id"),
    [
        ("station", "The Brenn Field Camp opened in 1988, while Halvard Station opened in 1998.",
         "station-opened"),
        ("resort", "Brennvik opened in 1971, while Skarnfjell opened in 1985.", "opened"),
    ],
)  # fmt: skip
def test_the_clause_about_the_claims_subject_is_the_one_compared(
    facts: str, text: str, claim_id: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    assert verdict(c, text) == (Verdict.CONTRADICTED, "year")
    assert claim_of(c, text) == claim_id


@pytest.mark.xfail(
    strict=True,
    reason="supported by 'opened' on 1971: 'the Brennvik resort' and 'the Skarnfjell ski "
    "resort' are subjects described by names (qualifiers), which _by_subject does not "
    "compare, so both clauses form one group",
)
def test_clauses_about_described_subjects_are_judged_apart(resort: Checker) -> None:
    text = "The Brennvik resort opened in 1971, while the Skarnfjell ski resort opened in 1985."
    assert verdict(resort, text) == (Verdict.CONTRADICTED, "year")
