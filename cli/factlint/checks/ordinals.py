"""Ordinals and directions: "the 74th Congress", "13 degrees south latitude".

claim:  Shioli Crater lies at 13 degrees south latitude.
passes: Shioli Crater lies at 13 degrees south latitude.
fails:  Shioli Crater lies at 13 degrees north latitude.
"""

from __future__ import annotations

import re

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, match_each
from factlint.model import Difference
from factlint.values import Value

KIND = "ordinal"
_WORD = re.compile(r"[^\W\d_]+")


def heads(value: Value, region: Region) -> tuple[str, ...]:
    """What an ordinal ranks: the name right after it, or the next few content words."""
    for m in region.mentions:
        if 0 <= m.start - value.end <= 2:
            return (m.name,)
    words = tuple(t.key for t in region.tokens if 0 <= t.start - value.end <= 40)[:3]
    if words:
        return words
    # No content word follows ("in its first week"): the plain word after it is the head.
    after = _WORD.search(region.text, value.end)
    return (after.group(0).casefold(),) if after else ()


def _same_thing(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """ "first soft landing" ranks what "first attempt at a soft landing" ranks; "fifth
    country" does not: the word right after one ordinal must be among the other's."""
    return bool(mine and theirs) and (mine[0] in theirs or theirs[0] in mine)


def _ordinals(region: Region, claim: ClaimContext) -> Outcome:
    """Ordinals compared only when they rank the same thing."""
    said = [v for v in region.values if v.kind == KIND]
    if not said:
        return Outcome()
    facts = [(f, heads(f, claim.region)) for f in claim.region.values if f.kind == KIND]
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    for v in said:
        mine = heads(v, region)
        same = [f for f, theirs in facts if _same_thing(mine, theirs)]
        if not same:
            unmatched.append(Difference(KIND, v.text, ""))
            continue
        facts_text = " / ".join(f.text for f in same)
        if any(f.amount == v.amount for f in same):
            agreed.append(Difference(KIND, v.text, facts_text))
        else:
            conflicts.append(Difference(KIND, v.text, facts_text))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))


def check(region: Region, claim: ClaimContext) -> Outcome:
    return _ordinals(region, claim) + match_each(
        region, claim, "direction", lambda a, b: a.noun == b.noun
    )
