"""Counts: how many of something ("29 countries", "seven other founding members").

Hedges bend the number the way a reader would: "nearly 30" and "roughly 30"
agree with 29, "more than two dozen" agrees with 29, "fewer than 20" does not.

    claim:  29 countries have signed the Artemis Accords.
    passes: Twenty-nine countries have signed the Artemis Accords.
    passes: Nearly 30 countries have signed the Artemis Accords.
    fails:  Thirty-one countries have signed the Artemis Accords.
    fails:  Fewer than 20 countries have signed the Artemis Accords.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, settle
from factlint.model import Difference
from factlint.normalize import hedge_interval, intervals_overlap
from factlint.values import Value

KIND = "count"


def _interval(fact: Value, said: Value, tol: float) -> tuple[float, float, bool, bool]:
    """The claim's count; "seven other members" also admits eight in all."""
    if fact.hedge == "other" and said.hedge != "other":
        return fact.amount, fact.amount + 1, False, False
    return hedge_interval(fact.amount, fact.hedge, tol)


def _describe(v: Value) -> str:
    return v.text.strip()


def check(region: Region, claim: ClaimContext) -> Outcome:
    said = [v for v in region.values if v.kind == KIND]
    facts = [v for v in claim.region.values if v.kind == KIND]
    if not said:
        return Outcome()
    if not facts and claim.claim.members is not None and claim.claim.members.complete:
        # A complete list counts its members: "seven partner nations".
        n = len(claim.members)
        facts = [Value(KIND, f"{n} ({', '.join(sorted(claim.members))})", 0, 0, amount=n)]
    tol = claim.settings.hedge_tolerance
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    for s in said:
        pool = [f for f in facts if f.noun and f.noun == s.noun] or (
            facts if len(facts) == 1 and len(said) == 1 else []
        )
        if not pool:
            unmatched.append(Difference(KIND, _describe(s), ""))
            continue
        mine = hedge_interval(s.amount, s.hedge, tol)
        theirs = [_interval(f, s, tol) for f in pool]
        facts_text = " / ".join(_describe(f) for f in pool)
        if any(intervals_overlap(mine, t) for t in theirs):
            agreed.append(Difference(KIND, _describe(s), facts_text, span=s.span))
        else:
            conflicts.append(Difference(KIND, _describe(s), facts_text, span=s.span))
    return settle(agreed, conflicts, unmatched, len(facts))
