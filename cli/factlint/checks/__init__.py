"""The checks: one module per kind of value, all with the same contract.

Each check module has ``KIND`` (the name findings carry) and ``check(pair) ->
Outcome``: it compares what the draft's statements about a claim state with what
the claim states, and says which values agree, which conflict, and which the claim
does not speak to. Each module's docstring states its rule with passing and failing
examples. Whether the draft speaks of the claim at all is the verdict stage's call.
"""

from __future__ import annotations

from collections.abc import Callable

from factlint.checks import (
    attributes,
    counts,
    dates,
    members,
    money,
    names,
    order,
    ordinals,
    polarity,
    quantities,
    tallies,
    times,
)
from factlint.checks.base import Outcome, Pair, Side

Check = Callable[[Pair], Outcome]

CHECKS: tuple[tuple[str, Check], ...] = (
    (counts.KIND, counts.check),  # and numbers that label ("element 118")
    (quantities.KIND, quantities.check),
    (money.KIND, money.check),
    (dates.KIND, dates.check),
    (times.KIND, times.check),
    (ordinals.KIND, ordinals.check),
    (tallies.KIND, tallies.check),
    (names.KIND, names.check),
    (members.KIND, members.check),
    (polarity.KIND, polarity.check),
    (attributes.KIND, attributes.check),
    (order.KIND, order.check),
)

__all__ = ["CHECKS", "Outcome", "Pair", "Side"]
