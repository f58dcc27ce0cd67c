"""Quantities with units: lengths, angles, durations, percentages, masses.

Units are converted before comparing ("330 feet" is 100.6 meters), and a value
given in another unit than the claim's gets a little slack for rounding.

    claim:  SLIM aims to land within 100 meters (330 feet) of a designated point.
    passes: SLIM aims to land within 330 feet of its target.
    fails:  SLIM aims to land within 500 meters of its target.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, settle
from factlint.model import Difference
from factlint.normalize import values_agree

KIND = "quantity"
_ROUNDING = 0.05  # "330 feet" for 100 m, "1,000 feet" for 300 m


def check(region: Region, claim: ClaimContext) -> Outcome:
    said = [v for v in region.values if v.kind == KIND]
    facts = [v for v in claim.region.values if v.kind == KIND]
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    tol = claim.settings.hedge_tolerance
    for s in said:
        pool = [f for f in facts if f.dimension == s.dimension]
        if not pool:
            unmatched.append(Difference(KIND, s.text, ""))
            continue
        facts_text = " / ".join(f.text for f in pool)
        if any(
            values_agree(
                s.amount,
                s.hedge,
                f.amount,
                f.hedge,
                tol,
                _ROUNDING if (s.unit_given or f.unit_given) else 0.0,
            )
            for f in pool
        ):
            agreed.append(Difference(KIND, s.text, facts_text, span=s.span))
        else:
            conflicts.append(Difference(KIND, s.text, facts_text, span=s.span))
    return settle(agreed, conflicts, unmatched, len(facts))
