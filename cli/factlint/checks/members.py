"""Membership: who belongs to a group the facts list (signatories, partner nations).

A claim's ``members`` block lists ``names`` (complete or partial) and
``excluded`` names. A name in the sentence that the sentence says belongs:
agrees if listed, conflicts if excluded, conflicts if the list is complete and
does not hold it, and is left unmatched if the list is partial. A sentence that
says a name does not belong ("have not signed", "refused to sign") gets the
mirror image. Names that only modify ("China's", "US-led") and names the claim
mentions in another role are not members.

    claim:  China's ILRS partner nations are Russia, Venezuela, ... and Egypt. (complete)
    passes: Belarus and Pakistan have signed cooperation agreements with China on the ILRS.
    fails:  ILRS partners include Russia, Venezuela and Canada.
    fails:  Russia and Venezuela are the only ILRS partners.
"""

from __future__ import annotations

import re

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, acting_as
from factlint.model import Difference

KIND = "member"
_ONLY = re.compile(r"\b(?:the\s+only|only|sole|solely|exclusively|alone)\b", re.IGNORECASE)


def candidates(region: Region, claim: ClaimContext) -> list[tuple[str, str]]:
    """(name, surface text) of the names the sentence puts in or out of the group."""
    context = claim.names - claim.members - claim.excluded
    seen: dict[str, str] = {}
    for m in region.mentions:
        if m.modifier:
            continue
        name = acting_as(m, region, claim)
        if claim.entities.kind(name) != claim.member_kind or name in context:
            continue
        if name in claim.subjects:
            continue
        seen.setdefault(name, m.text)
    return list(seen.items())


def check(region: Region, claim: ClaimContext) -> Outcome:
    if not (claim.members or claim.excluded):
        return Outcome()
    complete = claim.claim.members is not None and claim.claim.members.complete
    says_member = region.polarity > 0
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    listing = ", ".join(sorted(claim.members)) if claim.members else "none listed"
    named = candidates(region, claim)
    if complete and says_member and named and _ONLY.search(region.text, region.start, region.end):
        # "Russia and Venezuela are the only partners": the list is longer.
        missing = sorted(claim.members - {name for name, _ in named})
        if missing:
            draft = "only " + ", ".join(text for _, text in named)
            conflicts.append(Difference(KIND, draft, f"also {', '.join(missing)}"))
    for name, text in named:
        if name in claim.members:
            fact = f"{name} is a member"
            (agreed if says_member else conflicts).append(Difference(KIND, text, fact))
        elif name in claim.excluded:
            fact = f"{name} is not a member"
            (conflicts if says_member else agreed).append(Difference(KIND, text, fact))
        elif complete:
            fact = f"{name} is not among {listing}"
            (conflicts if says_member else agreed).append(Difference(KIND, text, fact))
        else:
            unmatched.append(Difference(KIND, text, ""))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))
