"""Tests of ``factlint.verdicts.combine``: how the verdicts of several claims combine.

One group per rule, in the order ``combine`` applies them, each on the plain facts of
``conftest`` (a ski resort, a polar station) and where it applies the bundled facts.
"""

from __future__ import annotations

import pytest
from judging import OUTDATED, SUPPORTED, UNVERIFIED, claim_of, finding, judgement, verdict

from factlint.engine import Checker
from factlint.model import Verdict


def checker(request: pytest.FixtureRequest, name: str) -> Checker:
    found: Checker = request.getfixturevalue(name)
    return found


# -- history -------------------------------------------------------------------------------------
# Repeating a replaced claim with the date it held is accurate history: supported.


@pytest.mark.parametrize(
    ("facts", "text", "old"),
    [
        ("resort", "As of November 2022, the Skarnfjell ski resort had 14 lifts.", "lifts-2022"),
        ("station", "As of December 2022, Halvard Station had 22 winter crew members.",
         "crew-2022"),
        ("lunar", "In 2021, NASA expected to land the first woman on the Moon by 2024.",
         "nasa-first-woman-2024"),
    ],
)  # fmt: skip
def test_a_replaced_claim_with_the_date_it_held_is_history(
    facts: str, text: str, old: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    by_old = judgement(c, text, old)
    assert by_old is not None and by_old.verdict is Verdict.OUTDATED  # before combining
    assert verdict(c, text) == SUPPORTED
    assert claim_of(c, text) == old


@pytest.mark.xfail(
    strict=True,
    reason="outdated: for a count, dates.check agrees 'In 2022' with the as-of date as "
    "'November 2022', without the 'as of' that combine.history looks for",
)
@pytest.mark.parametrize(
    ("facts", "text"),
    [
        ("resort", "In 2022, the Skarnfjell ski resort had 14 lifts."),
        ("station", "In December 2022, Halvard Station had 22 winter crew members."),
    ],
)
def test_a_replaced_count_in_the_year_it_held_is_history(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == SUPPORTED


# -- quoted_source -------------------------------------------------------------------------------
# A sentence holding word for word the whole quote a replaced claim's source gives is that
# source speaking: history. Repeating the claim itself is outdated.


@pytest.mark.parametrize(
    ("facts", "quoting", "repeating", "old"),
    [
        ("resort",
         "The resort said an adult season pass for the 2023/24 winter costs 450 euros.",
         "A season pass at Skarnfjell costs €450.", "pass-2023"),
        ("station",
         "The 2022 report said 22 winter crew members are staying at Halvard Station this year.",
         "Halvard Station has 22 winter crew members.", "crew-2022"),
    ],
)  # fmt: skip
def test_a_sentence_quoting_a_replaced_claims_source_is_history(
    facts: str, quoting: str, repeating: str, old: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    assert verdict(c, quoting) == SUPPORTED
    assert claim_of(c, quoting) == old
    assert verdict(c, repeating) == OUTDATED


# -- answered_values -----------------------------------------------------------------------------
# A value one claim backs is not contradicted by a claim about something else: a current
# claim's value is right, an old claim's value is outdated, not wrong.


@pytest.mark.parametrize(
    ("facts", "text", "backer", "sibling"),
    [
        ("station", "Halvard Station has 60 summer crew members.", "crew-summer", "crew-2024"),
        ("station", "Halvard Station has 26 winter crew members.", "crew-2024", "crew-summer"),
    ],
)
def test_a_value_one_claim_backs_is_not_contradicted_by_a_sibling_claim(
    facts: str, text: str, backer: str, sibling: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    by_sibling = judgement(c, text, sibling)
    assert by_sibling is not None and by_sibling.verdict is Verdict.CONTRADICTED  # alone
    found = finding(c, text)
    assert (found.verdict, found.kind) == SUPPORTED
    assert found.claim is not None and found.claim.id == backer
    assert all(r.verdict is not Verdict.CONTRADICTED for r in found.related)


def test_an_old_claims_value_is_outdated_not_wrong(station: Checker) -> None:
    # crew-summer would contradict 22; crew-2022 says 22, replaced: the value is outdated
    text = "Halvard Station has 22 winter crew members."
    by_summer = judgement(station, text, "crew-summer")
    assert by_summer is not None and by_summer.verdict is Verdict.CONTRADICTED
    assert verdict(station, text) == OUTDATED


@pytest.mark.parametrize(
    "text",
    ["NASA plans crewed lunar missions in 2027.", "NASA plans crewed lunar missions in 2029."],
)
def test_a_year_one_claim_backs_is_not_contradicted_by_another_plan(
    lunar: Checker, text: str
) -> None:
    assert verdict(lunar, text) == SUPPORTED
    assert claim_of(lunar, text) == "nasa-crewed-2027-2029"


# -- nearest_figure ------------------------------------------------------------------------------
# A hedged figure that fits an old claim and its replacement is read as the nearer one.


@pytest.mark.parametrize(
    ("facts", "text", "expected", "claim_id"),
    [
        ("resort", "The Skarnfjell ski resort has about 16 lifts.", SUPPORTED, "lifts-2024"),
        ("resort", "A season pass at Skarnfjell costs about €470.", OUTDATED, "pass-2023"),
        ("resort", "A season pass at Skarnfjell costs about €490.", SUPPORTED, "pass-2024"),
        ("station", "Halvard Station has about 24 winter crew members.", SUPPORTED, "crew-2024"),
        ("station", "Halvard Station's yearly budget is about $15 million.", OUTDATED,
         "budget-2022"),
        ("station", "Halvard Station's yearly budget is about $17 million.", SUPPORTED,
         "budget-2024"),
    ],
)  # fmt: skip
def test_a_hedged_figure_is_read_as_the_nearer_claim(
    facts: str,
    text: str,
    expected: tuple[Verdict, str],
    claim_id: str,
    request: pytest.FixtureRequest,
) -> None:
    c = checker(request, facts)
    assert verdict(c, text) == expected
    assert claim_of(c, text) == claim_id


@pytest.mark.xfail(
    strict=True,
    reason="outdated: nearest_figure measures a bound ('more than €400') against both "
    "figures, finds the old one nearer and drops the current claim's support, though the "
    "bound is true of the current figure",
)
@pytest.mark.parametrize(
    ("facts", "text"),
    [
        ("resort", "A season pass at Skarnfjell costs more than €400."),
        ("station", "Halvard Station's yearly budget is more than $10 million."),
    ],
)
def test_a_bound_true_of_the_current_figure_is_supported(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == SUPPORTED


# -- repeated_figures ----------------------------------------------------------------------------
# A contradiction that repeats exactly the figure of the claim it replaced is outdated.


@pytest.mark.parametrize(
    ("facts", "text", "current", "old"),
    [
        ("resort", "The Skarnfjell ski resort has 14 lifts.", "lifts-2024", "lifts-2022"),
        ("resort", "A season pass at Skarnfjell costs €450.", "pass-2024", "pass-2023"),
        ("station", "Halvard Station's yearly budget is $14 million.", "budget-2024",
         "budget-2022"),
    ],
)  # fmt: skip
def test_a_contradiction_repeating_the_replaced_figure_is_outdated(
    facts: str, text: str, current: str, old: str, request: pytest.FixtureRequest
) -> None:
    c = checker(request, facts)
    by_current = judgement(c, text, current)
    assert by_current is not None and by_current.verdict is Verdict.CONTRADICTED  # alone
    found = finding(c, text)
    assert (found.verdict, found.kind) == OUTDATED
    assert found.claim is not None and found.claim.id == old
    assert all(r.verdict is not Verdict.CONTRADICTED for r in found.related)


def test_a_figure_neither_claim_gives_stays_contradicted(resort: Checker) -> None:
    assert verdict(resort, "The Skarnfjell ski resort has 15 lifts.")[0] is not Verdict.SUPPORTED
    assert verdict(resort, "The Skarnfjell ski resort has 20 lifts.") == (
        Verdict.CONTRADICTED,
        "count",
    )


# -- current_first -------------------------------------------------------------------------------
# A sentence a current claim supports is not outdated by an old claim; an old claim's
# match stands only for values no current claim backs.


@pytest.mark.parametrize(
    ("facts", "text", "expected", "claim_id"),
    [
        ("resort", "With 17 lifts, a season pass at Skarnfjell costs €495.", SUPPORTED,
         "pass-2024"),
        ("resort", "With 17 lifts, a season pass at Skarnfjell costs €450.", OUTDATED,
         "pass-2023"),
        ("station", "With a yearly budget of $18 million, Halvard Station has 26 winter crew "
         "members.", SUPPORTED, None),
        ("station", "With a yearly budget of $14 million, Halvard Station has 26 winter crew "
         "members.", OUTDATED, "budget-2022"),
    ],
)  # fmt: skip
def test_a_current_claims_support_comes_first(
    facts: str,
    text: str,
    expected: tuple[Verdict, str],
    claim_id: str | None,
    request: pytest.FixtureRequest,
) -> None:
    c = checker(request, facts)
    found = finding(c, text)
    assert (found.verdict, found.kind) == expected
    if claim_id is not None:
        assert found.claim is not None and found.claim.id == claim_id
    if expected == SUPPORTED:
        # the old claims that match the sentence too stand for nothing the current ones miss
        assert all(r.verdict is not Verdict.OUTDATED for r in found.related)


# -- the most severe verdict first ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "text", "wrong", "right"),
    [
        ("resort", "The Skarnfjell ski resort opened in 1971 and has 20 lifts.", "lifts-2024",
         "opened"),
        ("station", "Halvard Station opened in 1998 and has 26 winter crew members.",
         "station-opened", "crew-2024"),
    ],
)  # fmt: skip
def test_the_most_severe_verdict_is_the_sentences(
    facts: str, text: str, wrong: str, right: str, request: pytest.FixtureRequest
) -> None:
    found = finding(checker(request, facts), text)
    assert found.verdict is Verdict.CONTRADICTED
    assert found.claim is not None and found.claim.id == wrong
    assert [(r.verdict, r.claim.id if r.claim else None) for r in found.related] == [
        (Verdict.SUPPORTED, right)
    ]


def test_a_sentence_no_claim_speaks_to_has_no_findings_behind_it(resort: Checker) -> None:
    found = finding(resort, "Skarnfjell offers night skiing on Fridays.")
    assert (found.verdict, found.kind, found.claim, found.related) == (*UNVERIFIED, None, ())
