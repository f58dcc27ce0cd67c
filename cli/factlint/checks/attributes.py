"""Opposite attributes: words that cannot both describe one thing ("crewed" and "uncrewed").

A general table of antonyms ("open"/"closed", "highest"/"lowest", "allowed"/
"prohibited", "near"/"far", "north"/"south", ...) and words negated by a prefix
("uncrewed", "incompatible", "unavailable": the bare word is in the other text) say
a draft describes what the claim describes with the opposite word; under a denial
the opposite agrees ("not allowed" for "prohibited").

    claim:  Tungsten has the highest melting point of any metal.
    passes: Tungsten has the highest melting point of all metals.
    fails:  Tungsten has the lowest melting point of any metal.

    claim:  The school board voted to close Lincoln Elementary School.
    fails:  The school board decided to keep Lincoln Elementary School open.
"""

from __future__ import annotations

import re

from factlint.checks.base import Outcome, Pair, Side
from factlint.model import Difference
from factlint.reading.statements import DENYING_FROM_WORDS
from factlint.reading.vocabulary import negated_by_prefix
from factlint.reading.words import stem

KIND = "attribute"


def _denies(side: Side, key: str) -> bool:
    """Whether ``key`` is a word the side's polarity already counts ("barred from ...")."""
    if side.polarity > 0:
        return False
    return any(t.key == key and stem(t.text.split()[0]) in _DENYING for t in side.terms) and bool(
        re.search(r"\bfrom\s+\w+ing\b", side.reading.text)
    )


_DENYING = frozenset(stem(w) for w in DENYING_FROM_WORDS)


def check(pair: Pair) -> Outcome:
    antonyms = pair.vocabulary.antonyms
    flipped = pair.draft.polarity != pair.claim.polarity
    mine = {t.key: t.text for t in pair.draft.terms}
    theirs = {t.key: t.text for t in pair.claim.terms}
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    for key, text in mine.items():
        if key in theirs:
            continue
        opposite = next((o for o in antonyms.get(key, ()) if o in theirs), None)
        if opposite is None:
            bare = negated_by_prefix(key, text, theirs, pair.vocabulary.synonyms)
            opposite = bare or None
        if opposite is None:
            # the claim's word negated by a prefix, the draft's bare ("crewed" / "uncrewed")
            for their_key, their_text in theirs.items():
                if negated_by_prefix(their_key, their_text, [key], pair.vocabulary.synonyms):
                    opposite = their_key
                    break
        if opposite is not None and (_denies(pair.claim, opposite) or _denies(pair.draft, key)):
            continue  # "prohibited from collaborating" is already read as a denial
        if opposite is not None:
            found = Difference(KIND, text, theirs.get(opposite, opposite))
            # "not allowed" says "prohibited": an opposite under a denial agrees
            (agreed if flipped else conflicts).append(found)
    return Outcome(tuple(agreed), tuple(conflicts))
