"""Years and dates: "in 2026", "Sept. 6", "December 31", "the first half of 2024", "the 2030s".

A date without a year is compared on month and day only; a span (a half year, a
decade) agrees with any date inside it. A date the claim's text does not state
is compared with the claim's ``as_of`` date; if that does not settle it, the
claim does not speak to it. A date after the claim's ``as_of`` ("As of 2025, ...")
marks the sentence as speaking of a later time, when counts and member lists
may have changed, so those cannot contradict it.

    claim:  The Chang'e-7 mission will search for lunar resources in 2026.
    passes: Chang'e-7 is scheduled for 2026.
    fails:  The Chang'e-7 mission is planned for 2027.
"""

from __future__ import annotations

from factlint.analysis import Region
from factlint.checks.base import ClaimContext, Outcome, settle
from factlint.model import Difference
from factlint.values import DateSpan

KIND = "date"
YEAR = "year"
# "As of 2023, 29 countries have signed": a date of this kind says when a state holds,
# which a claim's as-of date can confirm; "joined in 2023" dates an event it cannot.
_STATE_QUALIFIERS = frozenset({"as of", "by", "since", "until"})
LATER = "later"  # a date after the claim's as-of date: counts and lists may have changed


def compare(a: DateSpan, b: DateSpan) -> bool | None:
    """True when two dates can be the same time, False when they cannot, None when unknown."""
    if a.has_year and b.has_year:
        return a.start <= b.end and b.start <= a.end
    if not (a.has_month and b.has_month):
        return None
    a0, a1 = a.start[1:], a.end[1:]
    b0, b1 = b.start[1:], b.end[1:]
    return a0 <= b1 and b0 <= a1


def check(region: Region, claim: ClaimContext) -> Outcome:
    said = [v for v in region.values if v.kind == KIND and v.date is not None]
    facts = [v for v in claim.region.values if v.kind == KIND and v.date is not None]
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    # When one of the sentence's dates is the claim's own date, the others may say when
    # the claim was made ("In 2021, NASA expected ... by 2024"): the as-of date decides.
    against = {
        id(s): [(compare(s.date, f.date), f.text) for f in facts if f.date is not None]
        for s in said
        if s.date is not None
    }
    own_date_found = any(r is True for found in against.values() for r, _ in found)
    # A claim that states only a number ("29 countries have signed") holds a state, so
    # "in September" dates the state as "as of September" does.
    stated = {v.kind for v in claim.region.values}
    counts_a_state = bool(stated) and stated <= {"count", "quantity"}
    for s in said:
        assert s.date is not None
        if (
            own_date_found
            and claim.as_of is not None
            and not any(r is True for r, _ in against[id(s)])
            and compare(s.date, claim.as_of) is True
        ):
            agreed.append(Difference(KIND, s.text, f"as of {claim.as_of.describe()}"))
            continue
        if s.qualifier == "as of" and claim.as_of is not None:
            same = compare(s.date, claim.as_of)
            target = [(same, claim.as_of.describe())]
        else:
            target = against[id(s)]
        results = [r for r, _ in target]
        facts_text = " / ".join(t for _, t in target)
        if any(r is True for r in results):
            agreed.append(Difference(KIND, s.text, facts_text, span=s.span))
        elif results and all(r is False for r in results) and s.qualifier != "as of":
            # Named "year" when the draft gives only a year, so a reader sees what differs.
            kind = YEAR if not s.date.has_month else KIND
            conflicts.append(Difference(kind, s.text, facts_text, span=s.span))
        elif (
            claim.as_of is not None
            and (s.qualifier in _STATE_QUALIFIERS or (s.qualifier == "in" and counts_a_state))
            and compare(s.date, claim.as_of) is True
        ):
            agreed.append(Difference(KIND, s.text, claim.as_of.describe(), span=s.span))
        elif claim.as_of is not None and s.date.has_year and s.date.start > claim.as_of.end:
            # "As of 2025, ...": a time after the facts were true; they cannot speak to it.
            unmatched.append(Difference(LATER, s.text, claim.as_of.describe()))
        else:
            unmatched.append(Difference(KIND, s.text, facts_text))
    return settle(agreed, conflicts, unmatched, len(facts))
