"""The contradiction checks: one module per kind of value, all with the same contract.

Each check module has ``KIND`` (the name findings carry) and
``check(region, claim) -> Outcome``: it compares what one region of a sentence
states with what one claim states, and says which values agree, which conflict,
and which the claim does not speak to. Whether the sentence is about the claim
at all is the engine's call, not the check's.
"""

from __future__ import annotations

from collections.abc import Callable

from factlint.checks import (
    counts,
    dates,
    members,
    names,
    opposites,
    order,
    ordinals,
    polarity,
    quantities,
    times,
)
from factlint.checks.base import ClaimContext, Outcome

Check = Callable[..., Outcome]

CHECKS: tuple[tuple[str, Check], ...] = (
    (counts.KIND, counts.check),
    (quantities.KIND, quantities.check),
    (dates.KIND, dates.check),
    (ordinals.KIND, ordinals.check),
    (names.KIND, names.check),
    (members.KIND, members.check),
    (polarity.KIND, polarity.check),
    (order.KIND, order.check),
    (times.KIND, times.check),
    (opposites.KIND, opposites.check),
)

__all__ = ["CHECKS", "ClaimContext", "Outcome"]
