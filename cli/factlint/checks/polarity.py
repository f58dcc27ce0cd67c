"""Polarity: whether the draft asserts what the claim asserts, or denies it.

"Not", "never", "no", "refused to", "has yet to", "prohibited from" deny the clause
they stand in; "free to" and "allowed" assert. Denials are counted in the statement
that speaks of the claim, so a negation in another clause ("... so the two will not
meet") is not this statement's. A denial speaks to a claim only about the same
actor ("Russia refused to sign" does not deny that 29 countries signed) and only of
the claim's own predicate: most of its words besides the subject, an antonym
standing for its word ("free to" for "prohibited"), must be in the draft. Claims
that list members are left to the membership check, which reads a denial as "not a
member".

    claim:  NASA is prohibited by US law from collaborating with China.
    passes: NASA may not collaborate with China under U.S. law.
    fails:  NASA is free to cooperate with China.
"""

from __future__ import annotations

from factlint.checks.base import Outcome, Pair, same_name
from factlint.model import Difference
from factlint.reading.english import DENYING_VERBS
from factlint.retrieval.keys import term_weight

KIND = "polarity"


def _word(p: int, plural: bool = False) -> str:
    if plural:
        return "assert" if p > 0 else "deny"
    return "asserts" if p > 0 else "denies"


# Words that make a clause's polarity themselves: an opposite among them ("free to" for
# "prohibited from") is read by the polarity of the clause, not counted again.
POLAR = DENYING_VERBS | frozenset(
    "prohibit prohibits prohibited ban bans banned bar bars barred forbid forbids forbidden "
    "prevent prevents prevented allow allows allowed permit permits permitted free".split()
)
PREDICATE_SHARE = 0.6  # of the claim's words besides its subject, by weight


def same_actor(pair: Pair) -> bool:
    """Whether the draft's and the claim's first statements have one subject."""
    mine = pair.draft.statements[0] if pair.draft.statements else None
    theirs = pair.claim.statements[0] if pair.claim.statements else None
    if mine is None or theirs is None:
        return False
    my_names = set(mine.subject) | set(mine.qualifiers)
    their_names = set(theirs.subject) | set(theirs.qualifiers)
    if my_names or their_names:
        if not any(same_name(a, b) for a in my_names for b in their_names):
            return False
        # "the north wing of the museum" is part of the museum, not the museum
        kinds = {pair.vocabulary.key(w) for w in _KIND_WORDS}
        mine_words = set(mine.subject_words) - kinds
        their_words = set(theirs.subject_words) - kinds
        return not mine_words or bool(mine_words & their_words) or mine_words <= _kinds(pair)
    return bool(set(mine.subject_words) & set(theirs.subject_words))


# Nouns that say what kind of thing a name is rather than a part of it ("the city of
# Riverton", "the company Tallow Systems").
_KIND_WORDS = frozenset("city town country nation company firm organization agency state".split())


def _kinds(pair: Pair) -> set[str]:
    """The keys of the kinds the base gives the claim's subject names."""
    theirs = pair.claim.statements[0] if pair.claim.statements else None
    names = set(theirs.subject) if theirs else set()
    return {pair.vocabulary.key(pair.names.kind(n)) for n in names if pair.names.kind(n)}


def _another_occasion(pair: Pair) -> bool:
    """Whether draft and claim each date what they say, and no date agrees: "opened in
    the fourth quarter of 2022" is not the opening the museum denies "on Mondays"."""
    from factlint.checks.dates import compare

    mine = [v for v in pair.draft.values if v.date is not None]
    theirs = [v for v in pair.claim.values if v.date is not None]
    if not mine or not theirs:
        return False
    return not any(compare(a.date, b.date) for a in mine for b in theirs if a.date and b.date)


def _predicate(pair: Pair) -> tuple[bool, bool]:
    """(the draft says the claim's predicate, most of its non-subject words; it says it
    by an opposite word, "closed" for "open": asserting the opposite is denying, and
    denying it is asserting)."""
    vocabulary = pair.vocabulary
    antonyms = vocabulary.antonyms
    mine = pair.draft.keys
    spans = [s.subject_span for s in pair.claim.statements]
    got = total = opposite = 0.0
    for t in pair.claim.terms:
        if t.light or t.in_name or any(a <= t.start and t.end <= b for a, b in spans):
            continue
        w = term_weight(vocabulary, t)
        total += w
        if t.key in mine:
            got += w
        elif antonyms.get(t.key, frozenset()) & mine:
            got += w
            if t.text.casefold() not in POLAR:
                opposite += w  # ("free to" for "prohibited" is read by polarity itself)
    says = total == 0 or got / total >= PREDICATE_SHARE
    return says, says and opposite > 0


def check(pair: Pair) -> Outcome:
    if pair.facts.members or pair.facts.excluded:
        return Outcome()
    if not same_actor(pair):
        return Outcome()
    says, by_antonym = _predicate(pair)
    if not says or _another_occasion(pair):
        return Outcome()
    mine, theirs = pair.draft.polarity, pair.claim.polarity
    if by_antonym:
        mine = -mine  # "is closed on Mondays" says "does not open on Mondays"
        if mine != theirs:
            return Outcome()  # "south" for "north": the attributes check's opposite
    if mine == theirs:
        if theirs < 0:
            return Outcome(agreed=(Difference(KIND, "denies", "deny"),))
        return Outcome()
    return Outcome(conflicts=(Difference(KIND, _word(mine), _word(theirs, plural=True)),))
