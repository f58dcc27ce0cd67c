"""Ordinals and directions: "the 74th Congress", "13 degrees south latitude".

claim:  Shioli Crater lies at 13 degrees south latitude.
passes: Shioli Crater lies at 13 degrees south latitude.
fails:  Shioli Crater lies at 13 degrees north latitude.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome
from factlint.model import Difference

KIND = "ordinal"


def _compare(region: Region, claim: ClaimContext, kind: str, key: str) -> Outcome:
    said = [v for v in region.values if v.kind == kind]
    facts = [v for v in claim.region.values if v.kind == kind]
    if not said:
        return Outcome()
    if not facts:
        return Outcome(unmatched=tuple(Difference(kind, v.text, "") for v in said))
    known = {getattr(f, key) for f in facts}
    facts_text = " / ".join(f.text for f in facts)
    agreed = tuple(Difference(kind, v.text, facts_text) for v in said if getattr(v, key) in known)
    conflicts = tuple(
        Difference(kind, v.text, facts_text) for v in said if getattr(v, key) not in known
    )
    return Outcome(agreed, conflicts)


def check(region: Region, claim: ClaimContext) -> Outcome:
    return _compare(region, claim, "ordinal", "amount") + _compare(
        region, claim, "direction", "noun"
    )
