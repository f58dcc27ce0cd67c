"""Order of events: who came before whom ("one week before", "a week after").

"A before B" and "B after A" say the same; a draft that puts the claim's later party
first, with the same relation word, reverses the order. Names on each side of the
relation word are compared; names only the draft knows are ignored.

    claim:  Angola endorsed the Artemis Accords one week before Egypt backed the ILRS.
    passes: Egypt signed on to the ILRS a week after Angola backed the Artemis Accords.
    fails:  Angola endorsed the Artemis Accords a week after Egypt backed the ILRS.
"""

from __future__ import annotations

import re

from factlint.checks.base import Outcome, Pair
from factlint.lazyre import lazy
from factlint.model import Difference
from factlint.reading.reader import Reading

KIND = "order"
_RELATION = lazy(
    r"\b(before|after|ahead\s+of|earlier\s+than|later\s+than|followed\s+by|following|"
    r"follows?|followed|preceding|precedes?|preceded)\b",
    re.IGNORECASE,
)
_BEFORE = {
    "before", "ahead of", "earlier than", "preceding", "precede", "precedes", "preceded",
    "followed by",  # "Chang'e-7, followed by Chang'e-8": the first one named goes first
}  # fmt: skip


def sides(reading: Reading) -> tuple[set[str], set[str]] | None:
    """(names that come first, names that come second), or None without a relation word."""
    m = _RELATION.search(reading.text)
    if m is None:
        return None
    word = " ".join(m.group(1).lower().split())
    named = [x for x in reading.names if not x.modifier]
    left = {x.key for x in named if x.end <= m.start()}
    right = {x.key for x in named if x.start >= m.end()}
    return (left, right) if word in _BEFORE else (right, left)


def check(pair: Pair) -> Outcome:
    theirs = sides(pair.claim.reading)
    mine = sides(pair.draft.reading) if theirs is not None else None
    if theirs is None or mine is None:
        return Outcome()
    first, second = mine
    their_first, their_second = theirs
    swapped = (first & their_second) | (second & their_first)
    kept = (first & their_first) | (second & their_second)
    if swapped and not kept:

        def order(a: set[str], b: set[str]) -> str:
            return f"{', '.join(sorted(a))} before {', '.join(sorted(b))}"

        return Outcome(
            conflicts=(Difference(KIND, order(first, second), order(their_first, their_second)),)
        )
    if kept and not swapped:
        return Outcome(agreed=(Difference(KIND, "the same order", "the same order"),))
    return Outcome()
