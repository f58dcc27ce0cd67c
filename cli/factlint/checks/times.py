"""Clock times: "at 7:42 p.m. EDT", "23:42 GMT", "8:42 a.m. Japan time".

Times in known zones are compared in UTC (7:42 p.m. EDT is 23:42 GMT); a time
without a zone is compared with the claim's times as they are written.

    claim:  SLIM launched on September 6, 2023, at 7:42 p.m. EDT.
    passes: SLIM lifted off at 23:42 GMT.
    fails:  SLIM lifted off at 7:42 a.m. EDT.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, match_each
from factlint.values import ZONES, Value

KIND = "time"
_DAY = 24 * 60


def _instants(v: Value) -> set[int]:
    """The minute of the day in UTC for each offset the zone allows (empty: no zone)."""
    return {round(v.amount - offset * 60) % _DAY for offset in ZONES.get(v.noun, ())}


def same(a: Value, b: Value) -> bool:
    """Whether two clock times can name the same moment."""
    if a.noun and b.noun and a.noun in ZONES and b.noun in ZONES:
        return bool(_instants(a) & _instants(b))
    return round(a.amount) % _DAY == round(b.amount) % _DAY


def check(region: Region, claim: ClaimContext) -> Outcome:
    return match_each(region, claim, KIND, same)
