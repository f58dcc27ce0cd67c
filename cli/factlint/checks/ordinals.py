"""Ordinals: "the 74th Congress", "Japan's first attempt", "the fourteenth edition".

Ordinals are compared only when they rank the same thing: the name or word right
after one must be among what the other ranks ("first soft landing" ranks what
"first attempt at a soft landing" ranks; "fifth country" does not).

    claim:  CNSA made the announcement at the 74th International Astronautical Congress.
    passes: The offer came at the 74th International Astronautical Congress.
    fails:  The offer came at the 73rd International Astronautical Congress.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair, Side
from factlint.model import Difference
from factlint.reading.values import Value

KIND = "ordinal"


def heads(value: Value, side: Side) -> tuple[str, ...]:
    """What an ordinal ranks: the name right after it, or the next few content words."""
    for n in side.reading.names:
        if 0 <= n.start - value.end <= 2:
            return (n.key,)
    words = tuple(t.key for t in side.reading.terms if 0 <= t.start - value.end <= 40)[:3]
    return words


def _same_thing(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    return bool(mine and theirs) and (mine[0] in theirs or theirs[0] in mine)


def check(pair: Pair) -> Outcome:
    said = pair.draft.of(KIND)
    if not said:
        return Outcome()
    facts = [(f, heads(f, pair.claim)) for f in pair.claim.of(KIND)]
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    for v in said:
        mine = heads(v, pair.draft)
        same = [f for f, theirs in facts if _same_thing(mine, theirs)]
        if not same:
            unmatched.append(Difference(KIND, v.text, ""))
            continue
        text = " / ".join(f.text for f in same)
        if any(f.amount == v.amount for f in same):
            agreed.append(Difference(KIND, v.text, text))
        else:
            conflicts.append(Difference(KIND, v.text, text))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))
