"""Polarity: whether the sentence asserts what the claim asserts or denies it.

Negations ("not", "never", "refused", "prohibited") flip a clause; "free to"
and "allowed" assert. A flip counts only when the sentence speaks of the same
participants as the claim (it names at least one of the claim's, and
none the claim does not know); claims with a members block are left to the
membership check.

    claim:  NASA is prohibited by US law from collaborating with China.
    passes: NASA may not collaborate with China under U.S. law.
    fails:  NASA is free to cooperate with China.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, acting_as
from factlint.model import Difference

KIND = "polarity"


def _word(p: int, plural: bool = False) -> str:
    if plural:
        return "assert" if p > 0 else "deny"
    return "asserts" if p > 0 else "denies"


def check(region: Region, claim: ClaimContext) -> Outcome:
    if claim.claim.members is not None:
        return Outcome()
    participants = {
        acting_as(m, region, claim) for m in region.mentions if not m.modifier
    } - claim.subjects
    theirs_named = claim.region.names(modifiers=False) - claim.subjects
    if not participants <= claim.names or (theirs_named and not participants & theirs_named):
        return Outcome()
    theirs = claim.region.polarity
    if region.polarity == theirs:
        if theirs < 0:
            return Outcome(agreed=(Difference(KIND, "denies", "deny"),))
        return Outcome()
    return Outcome(
        conflicts=(Difference(KIND, _word(region.polarity), _word(theirs, plural=True)),)
    )
