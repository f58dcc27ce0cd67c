"""Tests of ``factlint.checks.money``: amounts with their currency, scale and time base.

Principles: amounts compare in one currency only (no exchange rate holds for every
date); scales are read ("€4.2 million" is €4,200,000); a price per month compares with
a price per year, converted; an amount compares only with the claim's amount for the
same thing (a grant for an archive is not a grant for a café; a part of a budget is
not its total).
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

from factlint.checks import money
from factlint.engine import Checker
from factlint.model import Verdict

CONTRADICTED = (Verdict.CONTRADICTED, money.KIND)

# A museum's annual report, claims only.
MUSEUM_FACTS = """\
version: 1
sources:
  - id: museum-report
    title: Halden Maritime Museum annual report 2023
    date: 2024-02
claims:
  - id: museum-ticket
    text: An adult ticket to the Halden Maritime Museum costs €18.
    sources: [museum-report]
  - id: museum-membership
    text: Annual membership of the Halden Maritime Museum costs €60 per year.
    sources: [museum-report]
  - id: museum-roof
    text: Repairing the roof of the Halden Maritime Museum cost €4.2 million.
    sources: [museum-report]
  - id: museum-grant
    text: >-
      The Tromsvik city council gave the Halden Maritime Museum a grant of €750,000 for
      its archive.
    sources: [museum-report]
  - id: museum-budget
    text: The Halden Maritime Museum's operating budget for 2023 was €11 million.
    sources: [museum-report]
  - id: museum-sale
    text: In 2019 the Halden Maritime Museum sold a painting by Edvard Lunde for $2.5 million.
    sources: [museum-report]
"""


@pytest.fixture(scope="module")
def museum(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("museum"), MUSEUM_FACTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An adult ticket to the Halden Maritime Museum costs €18.", SUPPORTED),
        ("An adult ticket to the Halden Maritime Museum costs 18 euros.", SUPPORTED),
        ("An adult ticket to the Halden Maritime Museum costs about €20.", SUPPORTED),
        ("An adult ticket to the Halden Maritime Museum costs €25.", CONTRADICTED),
        ("Repairing the roof of the Halden Maritime Museum cost €4.2 million.", SUPPORTED),
        ("Repairing the roof of the Halden Maritime Museum cost 4.2 million euros.", SUPPORTED),
        ("Repairing the roof of the Halden Maritime Museum cost €4,200,000.", SUPPORTED),
        ("Repairing the roof of the Halden Maritime Museum cost €4.2 billion.", CONTRADICTED),
        ("Repairing the roof of the Halden Maritime Museum cost more than €5 million.",
         CONTRADICTED),
        ("The roof repairs at the Halden Maritime Museum cost €2.4 million.", CONTRADICTED),
        ("The Halden Maritime Museum's operating budget for 2023 was €15 million.", CONTRADICTED),
        ("The Halden Maritime Museum sold a painting by Edvard Lunde for $5.2 million in 2019.",
         CONTRADICTED),
    ],
)  # fmt: skip
def test_amounts_and_scales_in_a_plain_facts_file(
    museum: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(museum, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Membership of the Halden Maritime Museum costs €60 a year.", SUPPORTED),
        ("Annual membership of the Halden Maritime Museum costs €5 a month.", SUPPORTED),
        ("Membership of the Halden Maritime Museum costs €60 a month.", CONTRADICTED),
    ],
)
def test_a_price_per_period_is_converted(
    museum: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(museum, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car pays a toll of $9 to cross the Kestrel Strait Bridge.", SUPPORTED),
        ("A car pays a toll of nine dollars to cross the Kestrel Strait Bridge.", SUPPORTED),
        ("The Kestrel Strait Bridge toll for a car is $9.", SUPPORTED),
        ("Cars pay about $10 to cross the Kestrel Strait Bridge.", SUPPORTED),
        ("A car pays a toll of $12 to cross the Kestrel Strait Bridge.", CONTRADICTED),
        # another currency: no rate converts it
        ("A car pays a toll of €9 to cross the Kestrel Strait Bridge.", UNVERIFIED),
        # what the bridge cost to build is not the toll
        ("The Kestrel Strait Bridge cost $9 million to build.", UNVERIFIED),
    ],
)
def test_money_on_the_bridge_facts(
    bridge: Checker, text: str, expected: tuple[Verdict, str]
) -> None:
    assert verdict(bridge, text) == expected


def test_another_currency_is_not_compared(bridge: Checker, museum: Checker) -> None:
    toll = outcome(bridge, "A car pays a toll of €9 to cross the Kestrel Strait Bridge.",
                   "kestrel-toll", money.check)  # fmt: skip
    assert unmatched_kinds(toll) == {money.KIND}
    assert not toll.agreed and not toll.conflicts
    ticket = outcome(museum, "An adult ticket to the Halden Maritime Museum costs $18.",
                     "museum-ticket", money.check)  # fmt: skip
    assert unmatched_kinds(ticket) == {money.KIND}
    assert not ticket.agreed and not ticket.conflicts


@pytest.mark.xfail(
    strict=True,
    reason="supported: the museum named in its place ('to the Halden Maritime Museum') "
    "counts as an agreed value when the claim has no 'about', though the only figure is "
    "in another currency",
)
@pytest.mark.parametrize(
    "text",
    [
        "An adult ticket to the Halden Maritime Museum costs $18.",
        "The Halden Maritime Museum sold a painting by Edvard Lunde for €2.5 million in 2019.",
    ],
)
def test_an_amount_in_another_currency_is_not_supported(museum: Checker, text: str) -> None:
    assert verdict(museum, text)[0] is not Verdict.SUPPORTED


def test_an_amount_for_the_same_purpose_agrees(museum: Checker) -> None:
    text = (
        "The Tromsvik city council gave the Halden Maritime Museum a grant of €750,000 "
        "for its archive."
    )
    assert agreed_kinds(outcome(museum, text, "museum-grant", money.check)) == {money.KIND}
    assert verdict(museum, text) == SUPPORTED
    more = "The Tromsvik city council gave the Halden Maritime Museum €1.5 million for its archive."
    assert conflict_kinds(outcome(museum, more, "museum-grant", money.check)) == {money.KIND}
    assert verdict(museum, more) == CONTRADICTED


@pytest.mark.xfail(
    strict=True,
    reason="supported: '€750,000 for a new café' agrees with the grant 'for its archive' "
    "(the purpose after 'for' is not compared)",
)
def test_an_amount_for_another_purpose_is_not_the_claims(museum: Checker) -> None:
    text = "The Tromsvik city council gave the Halden Maritime Museum €750,000 for a new café."
    assert verdict(museum, text) == UNVERIFIED


@pytest.mark.xfail(
    strict=True,
    reason="contradicted (money, €4 million vs €11 million): a budget for exhibitions is "
    "compared with the operating budget",
)
def test_part_of_a_budget_is_not_its_total(museum: Checker) -> None:
    text = "The Halden Maritime Museum's budget for its 2023 exhibitions was €4 million."
    assert verdict(museum, text) == UNVERIFIED
