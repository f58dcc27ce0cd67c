"""Quantities with units: lengths, areas, masses, durations, data sizes, temperatures, rates.

Units are converted before comparing ("2,100 feet" is 640 metres, "half a terabyte"
is 500 GB, "1,950 °F" is 1,066 °C), and a value given in another unit than the
claim's gets a little slack for rounding. Only quantities of one dimension compare,
a rate only with a rate ("600 requests per hour" against "per minute" is converted),
and only when they measure the same thing: "4 GB of RAM" is not "4 GB of disk space".

    claim:  The Millbrook Bridge is 640 metres long.
    passes: The Millbrook Bridge stretches roughly 2,100 feet.
    fails:  The Millbrook Bridge is 640 feet long.

    claim:  Gold melts at 1,064 °C (1,337 K).
    passes: Gold melts at about 1,950 °F.
    fails:  Gold melts at 1,064 K.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.checks.base import Outcome, Pair, match_values
from factlint.reading.numbers import values_agree
from factlint.reading.values import Value

KIND = "quantity"
ROUNDING = 0.05  # "330 feet" for 100 m, "1,000 feet" for 300 m


def comparable(said: Value, fact: Value) -> bool:
    """Same dimension, and both rates per unit of time or neither."""
    return said.dimension == fact.dimension and said.is_rate == fact.is_rate


# Temperatures have a zero that is not "nothing": slack is taken on the Celsius scale.
_ZERO = {"temperature": 273.15}


def agree(said: Value, fact: Value, tolerance: float) -> bool:
    """Whether two amounts in one dimension can be the same, hedges and ranges included."""
    zero = _ZERO.get(said.dimension, 0.0)
    if zero:
        said = replace(said, amount=said.amount - zero, high=said.high - zero)
        fact = replace(fact, amount=fact.amount - zero, high=fact.high - zero)
    rounding = ROUNDING if said.unit != fact.unit else 0.0
    lows = [said.amount, said.high] if said.high != said.amount else [said.amount]
    if len(lows) == 2:
        # a range ("three to four months") agrees with a value inside it
        low, high = sorted(lows)
        return low * (1 - rounding) <= fact.high and fact.amount <= high * (1 + rounding)
    return values_agree(said.amount, said.hedge, fact.amount, fact.hedge, tolerance, rounding)


def check(pair: Pair) -> Outcome:
    tol = pair.settings.hedge_tolerance
    return match_values(pair, KIND, lambda s, f: agree(s, f, tol), comparable=comparable)
