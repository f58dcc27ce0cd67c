"""Opposite attributes: a crewed mission where the facts say uncrewed, and the like.

Pairs of words (after synonyms) that cannot both describe one thing. The
sentence conflicts when it uses one and the claim the other.

    claim:  China sent an uncrewed probe to the Moon on the Chang'e-5 mission in 2020.
    passes: The uncrewed Chang'e-5 probe reached the Moon in 2020.
    fails:  Chang'e-5 was a crewed mission.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome
from factlint.model import Difference

KIND = "attribute"
# Synonym keys (the first word of a lexicon group) that exclude each other.
OPPOSITES: tuple[tuple[str, str], ...] = (("crewed", "uncrewed"),)


def check(region: Region, claim: ClaimContext) -> Outcome:
    mine, theirs = region.words, claim.region.words
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    for a, b in OPPOSITES:
        for said, stated in ((a, b), (b, a)):
            if said in mine and stated in theirs and said not in theirs:
                conflicts.append(Difference(KIND, said, stated))
            elif said in mine and said in theirs:
                agreed.append(Difference(KIND, said, said))
    return Outcome(tuple(agreed), tuple(conflicts))
