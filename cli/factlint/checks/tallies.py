"""Tallies: how a vote or a game went ("voted 5 to 2", "a 5-2 vote", "won 3-1").

A tally agrees when both sides are the same numbers, in either order ("5 to 2" and
"2-5" report one vote); any other tally of the same vote conflicts.

    claim:  The school board voted 5 to 2 to close Lincoln Elementary School.
    passes: The closure was approved on a 5-2 vote.
    fails:  The school board voted 4-3 to close Lincoln Elementary School.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair
from factlint.model import Difference

KIND = "tally"


def check(pair: Pair) -> Outcome:
    said = pair.draft.of(KIND)
    facts = pair.claim.of(KIND)
    if not said:
        return Outcome()
    if not facts:
        return Outcome(unmatched=tuple(Difference(KIND, v.text, "") for v in said))
    text = " / ".join(f.text for f in facts)
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    for v in said:
        mine = sorted((v.amount, v.second))
        if any(sorted((f.amount, f.second)) == mine for f in facts):
            agreed.append(Difference(KIND, v.text, text, span=v.span))
        else:
            conflicts.append(Difference(KIND, v.text, text, span=v.span))
    return Outcome(tuple(agreed), tuple(conflicts))
