"""Years and dates: "in 2026", "Sept. 6", "December 31", "the first half of 2024", "the 2030s".

A date is compared with the claim's date of the same event: the same words around
it ("founded in 2014" and "established in 2012", "opened in 1987" and "opened in
2001"; "until" and "end of life" both say when something ends), or, when each side
states one date in a statement about the same thing, that one. A renovation in
2015 is another event than an opening in 1987, and is left unverified.

A date without a year is compared on month and day only; a span (a quarter, a
decade) agrees with any date inside it. A date that says when a state holds ("as
of 2023", "by September") is compared with the claim's ``as_of``. A date after the
claim's ``as_of`` ("As of 2025, ...") marks the sentence as speaking of a later
time, when counts and member lists may have changed (``LATER``).

    claim:  Tallow Systems was founded in 2014.
    passes: Founded in 2014, Tallow Systems makes Nimbus.
    fails:  Tallow Systems was established in 2012.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair, same_role, settle
from factlint.model import Difference
from factlint.reading.values import DateSpan, Value

KIND = "date"
YEAR = "year"
LATER = "later"  # a date after the claim's as-of date: counts and lists may have changed
# "As of 2023, 29 countries have signed": a date of this kind says when a state holds,
# which a claim's as-of date can confirm; "joined in 2023" dates an event it cannot.
_STATE_QUALIFIERS = frozenset({"as of", "as at", "by", "since", "until"})


def compare(a: DateSpan, b: DateSpan) -> bool | None:
    """True when two dates can be the same time, False when they cannot, None when unknown."""
    if a.has_year and b.has_year:
        return a.start <= b.end and b.start <= a.end
    if not (a.has_month and b.has_month):
        return None
    a0, a1 = a.start[1:], a.end[1:]
    b0, b1 = b.start[1:], b.end[1:]
    return a0 <= b1 and b0 <= a1


def _kind(v: Value) -> str:
    """Named "year" when the draft gives only a year, so a reader sees what differs."""
    return YEAR if v.date is not None and not v.date.has_month else KIND


def check(pair: Pair) -> Outcome:
    said = [v for v in pair.draft.of(KIND) if v.date is not None]
    facts = [v for v in pair.claim.of(KIND) if v.date is not None]
    if not said:
        return Outcome()
    as_of = pair.facts.as_of
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    only = len(facts) == 1 and len(said) == 1
    stated = {v.kind for v in pair.claim.values}
    counts_a_state = bool(stated) and stated <= {"count", "quantity", "money"}
    # When one of the draft's dates is the claim's own, another may say when the claim
    # was made ("In 2021, NASA expected ... by 2024"): the as-of date decides it.
    own = {
        id(s) for s in said for f in facts
        if s.date is not None and f.date is not None and compare(s.date, f.date) is True
    }  # fmt: skip
    for s in said:
        assert s.date is not None
        if own and id(s) not in own and as_of is not None and compare(s.date, as_of) is True:
            agreed.append(Difference(KIND, s.text, f"as of {as_of.describe()}", span=s.span))
            continue
        if s.qualifier in ("as of", "as at") and as_of is not None:
            target = [(compare(s.date, as_of), f"as of {as_of.describe()}")]
        else:
            pool = [f for f in facts if same_role(pair, s, f, only)]
            target = [(compare(s.date, f.date), f.text) for f in pool if f.date is not None]
        results = [r for r, _ in target]
        text = " / ".join(dict.fromkeys(t for _, t in target))
        if any(r is True for r in results):
            agreed.append(Difference(KIND, s.text, text, span=s.span))
        elif results and all(r is False for r in results) and s.qualifier not in ("as of",):
            conflicts.append(Difference(_kind(s), s.text, text, span=s.span))
        elif (
            as_of is not None
            and (s.qualifier in _STATE_QUALIFIERS or (s.qualifier == "in" and counts_a_state))
            and compare(s.date, as_of) is True
        ):
            agreed.append(Difference(KIND, s.text, as_of.describe(), span=s.span))
        elif as_of is not None and s.date.has_year and s.date.start > as_of.end:
            unmatched.append(Difference(LATER, s.text, as_of.describe()))
        else:
            unmatched.append(Difference(KIND, s.text, text))
    return settle(agreed, conflicts, unmatched, len(facts))
