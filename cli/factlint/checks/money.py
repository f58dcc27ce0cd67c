"""Money: amounts with their currency, scale and time base ("$412 million", "€30M", "$10 a month").

Amounts compare only in the same currency (no exchange rate holds for every date),
a price per month with a price per month or per year (converted), and only when
they are for the same thing: "$38 million for street repairs" is not "$38 million
for parks", nor part of a budget its total.

    claim:  The Pro plan costs $10 per month.
    passes: A Nimbus Pro subscription costs $120 a year.
    fails:  The Pro plan costs $8 a month.

    claim:  Riverton's operating budget for fiscal year 2025 is $426 million.
    passes: Riverton's 2025 operating budget comes to about $430 million.
    fails:  Riverton's operating budget for fiscal year 2025 is $462 million.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair, match_values
from factlint.checks.quantities import agree
from factlint.reading.values import Value

KIND = "money"


def _comparable(said: Value, fact: Value) -> bool:
    return said.dimension == fact.dimension and said.is_rate == fact.is_rate


def check(pair: Pair) -> Outcome:
    tol = pair.settings.hedge_tolerance
    return match_values(pair, KIND, lambda s, f: agree(s, f, tol), comparable=_comparable)
