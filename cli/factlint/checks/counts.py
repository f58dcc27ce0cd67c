"""Counts: how many of something ("29 countries", "seven members", "600 requests per minute").

A count is compared with the claim's count of the same thing: the same counted noun
("members", "employees"; a generic noun such as "people" counts anything), or the
same words around it. A rate is compared per unit of time ("10 requests per second"
is "600 requests per minute"); a count and a rate are never compared. Hedges bend
the number as a reader would: "nearly 30" and "roughly 30" agree with 29, "more than
two dozen" agrees with 29, "fewer than 20" does not. A complete list counts its
members ("Nimbus runs on five platforms" against a list of five).

    claim:  29 countries have signed the Artemis Accords.
    passes: Twenty-nine countries have signed the Artemis Accords.
    fails:  Thirty-one countries have signed the Artemis Accords.

    claim:  The Riverton City Council has seven members.
    passes: Seven members sit on the Riverton City Council.
    fails:  A dozen members sit on the Riverton City Council.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair, match_values
from factlint.model import Difference
from factlint.reading.numbers import hedge_interval, intervals_overlap
from factlint.reading.values import Value

KIND = "count"
LABEL = "label"


def _interval(v: Value, tol: float) -> tuple[float, float, bool, bool]:
    if v.hedge == "other":
        # "seven other founding members": eight in all, or seven besides the one named
        return v.amount, v.amount + 1, False, False
    return hedge_interval(v.amount, v.hedge, tol)


def _comparable(said: Value, fact: Value) -> bool:
    """A count is compared with a count, a rate with a rate (per unit of time)."""
    return said.is_rate == fact.is_rate


def check(pair: Pair) -> Outcome:
    return _counts(pair) + _labels(pair)


def _labels(pair: Pair) -> Outcome:
    """Numbers that name ("element 118", "group 18") agree when they name one way."""
    return match_values(
        pair, LABEL, lambda s, f: s.amount == f.amount,
        comparable=lambda s, f: s.head == f.head,
    )  # fmt: skip


def _counts(pair: Pair) -> Outcome:
    tol = pair.settings.hedge_tolerance
    said = pair.draft.of(KIND)
    if not said:
        return Outcome()

    def agree(s: Value, f: Value) -> bool:
        return intervals_overlap(_interval(s, tol), _interval(f, tol), 1e-9)

    if not pair.claim.of(KIND) and pair.facts.complete and pair.facts.members:
        return _list_size(pair, said, agree)
    return match_values(pair, KIND, agree, comparable=_comparable)


def _list_size(pair: Pair, said: list[Value], agree: object) -> Outcome:
    """A complete list counts its members: "seven partner nations", "five platforms"."""
    n = len(pair.facts.members)
    listed = ", ".join(sorted(pair.facts.members))
    fact = Value(KIND, f"{n}", 0, 0, amount=float(n), high=float(n))
    tol = pair.settings.hedge_tolerance
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    for s in said:
        if s.is_rate or len(said) > 1:
            unmatched.append(Difference(KIND, s.text.strip(), ""))
            continue
        facts = f"{n} ({listed})"
        if intervals_overlap(_interval(s, tol), _interval(fact, tol), 1e-9):
            agreed.append(Difference(KIND, s.text.strip(), facts, span=s.span))
        else:
            conflicts.append(Difference(KIND, s.text.strip(), facts, span=s.span))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))
