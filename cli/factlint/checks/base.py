"""What every check receives and returns, and the comparisons checks share.

A check compares one side of a draft (the statements that speak of a claim) with
the claim, for one kind of value, and says which of the draft's values agree,
which conflict and which the claim does not speak to (``Outcome``). Whether the
draft speaks of the claim at all is the verdict stage's call, not the check's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from factlint.compiled import ClaimReading
from factlint.kept import kept
from factlint.lazyre import lazy
from factlint.model import Difference, MatchSettings
from factlint.reading.english import GENERIC_NOUNS
from factlint.reading.names import Name, NameTable
from factlint.reading.reader import Reading, Term
from factlint.reading.statements import Slot, Statement
from factlint.reading.values import Value
from factlint.reading.vocabulary import Vocabulary
from factlint.reading.words import root


@dataclass(frozen=True)
class Side:
    """The statements of one text that a comparison looks at, and what they hold."""

    reading: Reading
    statements: tuple[Statement, ...]

    @staticmethod
    def of_statements(reading: Reading, statements: tuple[Statement, ...]) -> Side:
        """The side of ``reading`` made of ``statements``, made once and kept with the
        reading: a claim's sides serve every sentence, a sentence's every claim."""
        key = ("side", tuple(id(s) for s in statements))
        found = reading.memo.get(key)
        if not isinstance(found, Side):
            found = Side(reading, statements)
            reading.memo[key] = found
        return found

    def _inside(self, start: int, end: int) -> bool:
        return any(s.covers(start, end) for s in self.statements)

    @kept
    def names(self) -> tuple[Name, ...]:
        return tuple(n for n in self.reading.names if self._inside(n.start, n.end))

    @kept
    def values(self) -> tuple[Value, ...]:
        return tuple(v for v in self.reading.values if self._inside(v.start, v.end))

    @kept
    def terms(self) -> tuple[Term, ...]:
        return tuple(t for t in self.reading.terms if self._inside(t.start, t.end))

    @kept
    def keys(self) -> frozenset[str]:
        return frozenset(t.key for t in self.terms)

    @kept
    def slots(self) -> tuple[Slot, ...]:
        return tuple(slot for s in self.statements for slot in s.slots)

    @kept
    def polarity(self) -> int:
        """The polarity of the first statement (the one that carries the subject)."""
        return self.statements[0].polarity if self.statements else 1

    def of(self, kind: str) -> list[Value]:
        return list(self._by_kind.get(kind, ()))

    @kept
    def _by_kind(self) -> dict[str, tuple[Value, ...]]:
        """The side's values by kind, in order (every check asks for its own kinds)."""
        found: dict[str, list[Value]] = {}
        for v in self.values:
            found.setdefault(v.kind, []).append(v)
        return {k: tuple(vs) for k, vs in found.items()}

    def statement_of(self, value: Value | Name | Slot) -> Statement | None:
        for s in self.statements:
            if s.covers(value.start, value.end):
                return s
        return None

    def context(self, value: Value) -> frozenset[str]:
        return self.reading.context(value)

    def statement_keys(self, value: Value) -> frozenset[str]:
        """The content words of the statement a value is in (names' words left out)."""
        s = self.statement_of(value)
        if s is None:
            return frozenset()
        return frozenset(
            t.key
            for t in self.reading.terms
            if not t.light and not t.in_name and s.covers(t.start, t.end)
        )


@dataclass(frozen=True)
class Pair:
    """A draft side and a claim side, compared by the checks."""

    draft: Side
    claim: Side
    facts: ClaimReading
    vocabulary: Vocabulary
    settings: MatchSettings

    @property
    def names(self) -> NameTable:
        return self.vocabulary.names


@dataclass(frozen=True)
class Outcome:
    """What one check found: values that agree, values that conflict, values left unmatched."""

    agreed: tuple[Difference, ...] = ()
    conflicts: tuple[Difference, ...] = ()
    unmatched: tuple[Difference, ...] = ()

    def __add__(self, other: Outcome) -> Outcome:
        if not (other.agreed or other.conflicts or other.unmatched):
            return self  # most checks find nothing to say
        if not (self.agreed or self.conflicts or self.unmatched):
            return other
        return Outcome(
            self.agreed + other.agreed,
            self.conflicts + other.conflicts,
            self.unmatched + other.unmatched,
        )


def settle(
    agreed: list[Difference],
    conflicts: list[Difference],
    unmatched: list[Difference],
    stated: int,
) -> Outcome:
    """An outcome where, if a claim's one value agrees, the draft's others go unmatched.

    A draft can state several values of one kind about several things ("29 countries
    ... seven founding members"); a claim stating one value speaks to one of them.
    A claim stating several ("in 2027 and 2029") speaks to them all.
    """
    if agreed and conflicts and stated <= 1:
        return Outcome(tuple(agreed), (), tuple(unmatched + conflicts))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))


# -- names -----------------------------------------------------------------------------

_WORD = lazy(r"[^\W_]+")


@lru_cache(maxsize=65536)
def _words(key: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(key))


def _numbers(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w.isdigit())


def same_name(a: str, b: str, names: NameTable | None = None) -> bool:
    """Whether two names can name one thing.

    The same canonical name; or one is the other shortened, keeping its last word and
    every number ("the Nimbus API" for "the Nimbus REST API", "Delgado" for "Maria
    Delgado"); or a single word written as a name and as a word ("Tungsten", "tungsten").
    Names with different numbers are different things ("Nimbus 3", "Nimbus 4").
    """
    return a == b or _same_name(a, b)


@lru_cache(maxsize=262144)
def _same_name(a: str, b: str) -> bool:
    if a.casefold() == b.casefold():
        return True
    wa, wb = _words(a), _words(b)
    if not wa or not wb or _numbers(wa) != _numbers(wb):
        return False
    if wa[-1] != wb[-1]:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return set(short) <= set(long)


def siblings(a: str, b: str) -> bool:
    """Two names of one series that differ in their number ("Chang'e-1", "Chang'e-5";
    "Nimbus 3", "Nimbus 4"): two things, each named like the other."""
    wa, wb = _words(a), _words(b)
    words_a = [w for w in wa if not w.isdigit()]
    words_b = [w for w in wb if not w.isdigit()]
    return bool(words_a) and words_a == words_b and _numbers(wa) != _numbers(wb)


def related_places(a: str, b: str, names: NameTable) -> bool:
    """Whether one name lies within the other (Baku in Azerbaijan), as the base knows it."""
    return names.contains(a, b) or names.contains(b, a)


def alternatives(a: Name | str, b: str, names: NameTable) -> bool:
    """Whether two different names can stand in one slot as alternatives (one or the other).

    Two names of the same kind (two cities, two rivers, two people) are alternatives:
    their kind is the base's (lexicon or entities) or, when it gives none, their last
    word ("Tanner River", "Cedar River"). Names the base gives no kind and that share
    no last word may still be alternatives; the slot decides (see ``names``).
    """
    ka = names.kind(a if isinstance(a, str) else a.key)
    kb = names.kind(b)
    if ka and kb:
        return ka == kb or {ka, kb} <= {"city", "site", "place"}
    wa = _words(a if isinstance(a, str) else a.key)
    wb = _words(b)
    return bool(wa and wb and wa[-1] == wb[-1])


# -- roles of values ---------------------------------------------------------------------

GENERIC = frozenset(GENERIC_NOUNS)


def same_head(a: str, b: str, vocabulary: Vocabulary) -> bool | None:
    """Whether two counted or measured nouns are the same thing; None when one is missing.

    Nouns are compared by key (synonym groups, stems) and by root ("employees" and
    "employ"); a generic noun ("people", "items") matches any.
    """
    if not a or not b:
        return None
    la, lb = a.casefold(), b.casefold()
    if la in GENERIC or lb in GENERIC:
        return True
    ka, kb = vocabulary.key(la), vocabulary.key(lb)
    return ka == kb or root(ka) == root(kb) or la == lb


def same_role(pair: Pair, said: Value, fact: Value, only: bool) -> bool:
    """Whether a draft value and a claim value say the same thing of the same thing.

    - Both name what they count or measure ("4 GB of RAM", "4 GB of disk space"):
      those nouns must be the same, or one the other's verb made a noun ("12
      signatories" and "29 countries have signed").
    - One names its noun: the other's words must mention it ("150,000 people" against
      "148,320 residents" meets by "people", which counts anyone).
    - Else the words around them must meet ("melts at" and "melting point", "until"
      and "end of life").
    - Else, when each is the only value of its kind in its statement, their
      statements must share content words beyond the subject.
    - A draft value with no words around it at all ("Chang'e-7: 2026") is taken to be
      the claim's only value of its kind, when that is what it is (``only``).
    """
    heads = same_head(said.head, fact.head, pair.vocabulary)
    mine, theirs = pair.draft.context(said), pair.claim.context(fact)
    if heads is False:
        # A count's noun may be the other's verb made a noun: "12 signatories" counts the
        # countries that "have signed", "1,214 employees" those a company "employs".
        return _verb_noun(said.head, theirs, pair) or _verb_noun(fact.head, mine, pair)
    if heads is True:
        return True
    if said.head or fact.head:
        key = pair.vocabulary.key(said.head or fact.head)
        other = theirs if said.head else mine
        if key in other or root(key) in {root(k) for k in other}:
            return True
    if mine & theirs:
        return True
    if _extent(pair, said, mine) and _extent(pair, fact, theirs):
        return True
    alone_mine = sum(1 for v in pair.draft.values if v.kind == said.kind) == 1
    alone_theirs = sum(1 for v in pair.claim.values if v.kind == fact.kind) == 1
    if alone_mine and alone_theirs:
        subject = _subject_keys(pair)
        if (pair.draft.statement_keys(said) & pair.claim.statement_keys(fact)) - subject:
            return True
    return only and not mine and not said.head


# Words that say how big a thing is, and nothing else: "covers 1,840 square kilometres",
# "spans 710 square miles", "is 22 kilometres long", "stretches 13.7 miles".
EXTENT_WORDS = frozenset("cover span stretch extend run measure long length size area".split())


def _extent(pair: Pair, value: Value, context: frozenset[str]) -> bool:
    """A quantity that gives its subject's size (an area, or a length only words of
    extent describe), the only one of its dimension on its side."""
    if value.kind != "quantity" or value.dimension not in ("area", "length"):
        return False
    side = pair.draft if any(v is value for v in pair.draft.values) else pair.claim
    if sum(1 for v in side.values if v.dimension == value.dimension) != 1:
        return False
    extent = {pair.vocabulary.key(w) for w in EXTENT_WORDS}
    words = set(context) | ({pair.vocabulary.key(value.head)} if value.head else set())
    words -= {k for s in side.statements for k in s.subject_words}
    return value.dimension == "area" or (bool(words) and words <= extent)


def _verb_noun(head: str, context: frozenset[str], pair: Pair) -> bool:
    key = pair.vocabulary.key(head)
    return key in context or root(key) in {root(k) for k in context if not k.startswith("~")}


def _subject_keys(pair: Pair) -> frozenset[str]:
    keys: set[str] = set()
    for side in (pair.draft, pair.claim):
        for s in side.statements:
            keys.update(s.subject_words)
    return frozenset(keys)


def match_values(
    pair: Pair,
    kind: str,
    agree: Callable[[Value, Value], bool],
    *,
    label: Callable[[Value], str] | None = None,
    comparable: Callable[[Value, Value], bool] | None = None,
) -> Outcome:
    """Each draft value of ``kind`` against the claim's values of that kind and role.

    It agrees if ``agree`` holds for one of them, conflicts if none does, and is left
    unmatched if the claim has no value of its role. ``comparable`` narrows the claim's
    values first (same dimension, same currency).
    """
    said = pair.draft.of(kind)
    facts = pair.claim.of(kind)
    if not said:
        return Outcome()
    text = label or (lambda v: v.text.strip())
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    for s in said:
        pool = [f for f in facts if comparable is None or comparable(s, f)]
        only = len(pool) == 1 and len(said) == 1
        pool = [f for f in pool if same_role(pair, s, f, only)]
        if not pool:
            unmatched.append(Difference(kind, text(s), ""))
            continue
        facts_text = " / ".join(dict.fromkeys(text(f) for f in pool))
        role = next(
            (s.head for f in pool if same_head(s.head, f.head, pair.vocabulary) is True), ""
        )
        if any(agree(s, f) for f in pool):
            agreed.append(Difference(kind, text(s), facts_text, span=s.span, role=role))
        else:
            conflicts.append(Difference(kind, text(s), facts_text, span=s.span, role=role))
    return settle(agreed, conflicts, unmatched, len(facts))
