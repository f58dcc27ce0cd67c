"""Swapped names in the same role: another city, launch site, region, rocket, agency or body.

A name of one of these kinds that the claim does not state, where the claim
states another name of the same kind, conflicts, unless one place lies within
the other (Baku is in Azerbaijan). Countries are left to the membership check:
they play too many roles in one sentence to be swapped safely.

    claim:  CNSA made the announcement at the International Astronautical Congress in Baku.
    passes: The announcement came at the International Astronautical Congress in Baku, Azerbaijan.
    fails:  The announcement came at the International Astronautical Congress in Dubai.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, acting_as
from factlint.model import Difference

KIND = "entity"
# Kinds whose names fill one role each: a launch has one site, one rocket.
SWAPPABLE = frozenset({"city", "site", "region", "place", "rocket", "agency", "body"})
_FAMILY = {"site": "city"}  # a launch site and a city both answer "where"


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def check(region: Region, claim: ClaimContext) -> Outcome:
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    stated = [m for m in claim.region.mentions]
    for m in region.mentions:
        if m.modifier or m.name in claim.subjects:
            continue
        if m.name in claim.names:
            if m.kind in SWAPPABLE:  # a place or rocket the claim states too: evidence
                agreed.append(Difference(KIND, m.text, m.name))
            continue
        if m.kind == "city" and acting_as(m, region, claim) != m.name:
            m = replace(m, name=acting_as(m, region, claim), kind="country")
        if m.kind == claim.member_kind and (claim.members or claim.excluded):
            continue  # the members check decides who belongs
        if m.kind == "country":
            # A country the claim does not name is not backed by it (membership is the
            # members check's business), unless the claim names something of it: its
            # agency, a city in it ("Egypt signed" for "the Egyptian Space Agency signed").
            if any(claim.entities.contains(m.name, c.name) for c in stated):
                agreed.append(Difference(KIND, m.text, m.name))
            elif m.name not in claim.names:
                unmatched.append(Difference(KIND, m.text, ""))
            continue
        if m.kind not in SWAPPABLE:
            continue
        # A name the sentence also states is not replaced by this one ("NASA ... with JAXA").
        present = region.names()
        same_role = [
            c for c in stated if _family(c.kind) == _family(m.kind) and c.name not in present
        ]
        if any(claim.entities.contains(m.name, c.name) for c in stated) or any(
            claim.entities.contains(c.name, m.name) for c in same_role
        ):
            # Broader than what the claim names (Azerbaijan for Baku) or a part of a place
            # of the same kind: the two can both be true.
            agreed.append(Difference(KIND, m.text, ", ".join(c.name for c in same_role)))
        elif same_role:
            conflicts.append(
                Difference(KIND, m.text, ", ".join(dict.fromkeys(c.text for c in same_role)))
            )
        else:
            unmatched.append(Difference(KIND, m.text, ""))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))
