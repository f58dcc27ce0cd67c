"""Clock times: "at 7:42 p.m. EDT", "23:42 GMT", "8:42 a.m. Japan time".

Times in known zones are compared in UTC (7:42 p.m. EDT is 23:42 GMT); times
without a zone are compared as they are written; a time without a zone is not
compared with one in a zone (it may be another place's local time).

    claim:  SLIM launched on September 6, 2023, at 7:42 p.m. EDT.
    passes: SLIM lifted off at 23:42 GMT.
    fails:  SLIM lifted off at 7:42 a.m. EDT.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair
from factlint.model import Difference
from factlint.reading.values import ZONES, Value

KIND = "time"
_DAY = 24 * 60


def _instants(v: Value) -> set[int]:
    """The minute of the day in UTC for each offset the zone allows (empty: no zone)."""
    return {round(v.amount - offset * 60) % _DAY for offset in ZONES.get(v.head, ())}


def same(a: Value, b: Value) -> bool:
    """Whether two clock times can name the same moment."""
    if a.head and b.head and a.head in ZONES and b.head in ZONES:
        return bool(_instants(a) & _instants(b))
    return round(a.amount) % _DAY == round(b.amount) % _DAY


def comparable(a: Value, b: Value) -> bool:
    """Times compare when both give a known zone, or neither does: "8:42 a.m." with no
    zone may be the local time of another place than "7:42 p.m. EDT"."""
    return (a.head in ZONES) == (b.head in ZONES)


def check(pair: Pair) -> Outcome:
    said = pair.draft.of(KIND)
    if not said:
        return Outcome()
    facts = pair.claim.of(KIND)
    if not facts:
        return Outcome(unmatched=tuple(Difference(KIND, v.text, "") for v in said))
    if not all(any(comparable(v, f) for f in facts) for v in said):
        agreeing = [v for v in said if any(comparable(v, f) and same(v, f) for f in facts)]
        rest = [v for v in said if v not in agreeing]
        text = " / ".join(f.text for f in facts)
        return Outcome(
            tuple(Difference(KIND, v.text, text) for v in agreeing),
            (),
            tuple(Difference(KIND, v.text, "") for v in rest),
        )
    text = " / ".join(f.text for f in facts)
    agreed = tuple(Difference(KIND, v.text, text) for v in said if any(same(v, f) for f in facts))
    conflicts = tuple(
        Difference(KIND, v.text, text) for v in said if not any(same(v, f) for f in facts)
    )
    return Outcome(agreed, conflicts)
