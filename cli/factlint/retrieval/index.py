"""Which claims a sentence may speak about: every claim sharing enough distinctive keys.

Candidates come from the whole base, not from a subject list: a sentence's keys
(words, names, numbers, years; see ``keys``) are looked up rarest first, each
claim scoring the weight of the keys it shares. A key most claims have says
little and could make a sentence touch every claim of a large base, so once a
few candidates are found such keys only add to the claims already found. The
best few claims go on to be compared value by value.

Misspelt names are put right by the reader (rapidfuzz against the base's name
words), so a sentence naming "Tallow Sytems" shares the key of Tallow Systems.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter

from factlint.compiled import (
    ClaimReading,
    CompiledFacts,
    CorruptBlob,
    compile_facts,
    thaw,
    thaw_subjects,
)
from factlint.model import Claim, FactBase, Source
from factlint.reading.reader import Reading, read
from factlint.reading.vocabulary import Vocabulary
from factlint.retrieval.keys import key_weight, reading_keys

# How many claims a sentence is compared with at most, and the least a candidate
# must share (in key weight) to be compared at all.
TOP = 8
MIN_SHARED = 1.0
# A sentence of several statements also brings each statement's best few claims from
# the POOL best of the whole sentence, so a clause is not crowded out by its neighbour.
STATEMENT_TOP = 2
POOL = 40
# Once keys only add to the claims found, the ACCUMULATORS best found so far go on alone:
# what the remaining (common, light) keys could add seldom lifts a claim that far.
ACCUMULATORS = 256
# A key held by more claims than this only adds to candidates already found.
COMMON_SHARE = 0.05
COMMON_MIN = 200
# A lookup scores this many candidates at least, and shows those scoring LOOKUP_MIN.
LOOKUP_POOL = 40
LOOKUP_MIN = 30.0
LOOKUP_DENYING = 0.9


@dataclass(frozen=True)
class Candidate:
    """A claim a sentence may speak about, and the key weight they share."""

    position: int
    score: float
    shared: frozenset[str]
    by_statement: bool = False  # among one statement's best, not the whole sentence's


class _Readings:
    """The claims' readings, thawed from their blobs the first time each is needed."""

    def __init__(self, index: ClaimIndex) -> None:
        self._index = index
        self._read: dict[int, ClaimReading] = {}

    def __len__(self) -> int:
        return len(self._index.compiled.ids)

    def __getitem__(self, i: int) -> ClaimReading:
        found = self._read.get(i)
        if found is None:
            found = self._read[i] = self._index.thaw(i)
        return found

    def thawed(self, i: int) -> ClaimReading | None:
        """Claim ``i``'s reading if it has been thawed, else None."""
        return self._read.get(i)

    def __iter__(self) -> Iterator[ClaimReading]:
        for i in range(len(self)):
            yield self[i]


class ClaimIndex:
    """Every claim of a fact base, read once, and the index that finds candidates.

    Built from a ``FactBase`` (every claim is read now) or from ``CompiledFacts``
    (read before, perhaps in an earlier run: claims are thawed as sentences need them).
    """

    def __init__(self, facts: FactBase | CompiledFacts) -> None:
        self.compiled = facts if isinstance(facts, CompiledFacts) else compile_facts(facts)
        self.vocabulary: Vocabulary = self.compiled.vocabulary
        self.readings = _Readings(self)
        self._replaced: dict[str, list[int]] = defaultdict(list)
        for i, newer in enumerate(self.compiled.replaced_by):
            if newer:
                self._replaced[newer].append(i)
        n = len(self.compiled.ids)
        self._common = max(COMMON_MIN, int(n * COMMON_SHARE))
        self._sets: dict[str, frozenset[int]] = {}  # long postings lists, as sets once used
        self._subjects: dict[int, tuple[str, ...] | None] = {}

    def _blob(self, i: int) -> memoryview:
        try:
            return self.compiled.blobs[i]
        except CorruptBlob:
            # A damaged cache entry: compile the same facts again from their files.
            rebuild = self.compiled.rebuild
            if rebuild is None:
                raise
            self.compiled = rebuild()
            self.vocabulary = self.compiled.vocabulary
            return self.compiled.blobs[i]

    def thaw(self, i: int) -> ClaimReading:
        return thaw(self._blob(i))

    def subjects(self, i: int) -> tuple[str, ...] | None:
        """Claim ``i``'s ``ClaimReading.subjects``: from its reading when thawed, else
        from its blob's head alone (a tenth of the cost of thawing it)."""
        thawed = self.readings.thawed(i)
        if thawed is not None:
            return thawed.subjects()
        if i not in self._subjects:
            self._subjects[i] = thaw_subjects(self._blob(i))
        return self._subjects[i]

    def read(self, text: str) -> Reading:
        return read(text, self.vocabulary)

    def replaced(self, claim_id: str) -> list[ClaimReading]:
        """The claims that ``claim_id`` replaced."""
        return [self.readings[i] for i in self._replaced.get(claim_id, ())]

    def claim(self, claim_id: str) -> Claim | None:
        i = self.compiled.position(claim_id)
        return None if i is None else self.readings[i].claim

    def reading_of(self, claim_id: str) -> ClaimReading | None:
        i = self.compiled.position(claim_id)
        return None if i is None else self.readings[i]

    def sources_of(self, claim: Claim) -> tuple[Source, ...]:
        sources = self.compiled.sources
        return tuple(sources[s] for s in claim.source_ids if s in sources)

    def weight(self, key: str, word: str = "") -> float:
        return key_weight(self.vocabulary, key, word)

    def candidates(
        self, reading: Reading, extra: Sequence[str] = (), top: int = TOP
    ) -> list[Candidate]:
        """The claims sharing the most weight with ``reading`` (and ``extra`` keys), best first.

        Keys are taken rarest first. A key most claims hold only adds to the claims
        already found; so does any key once the weight still to come could not lift a
        claim not yet found past the ones that will be kept (MaxScore's bound: the
        rest of a long postings list need not be walked). From then on the
        ``ACCUMULATORS`` best claims found go on alone (the "continue" strategy of
        Moffat and Zobel, 1996).
        """
        postings = self.compiled.postings
        words = {"w:" + t.key: t.text for t in reading.terms}
        keys = [k for k in {*reading_keys(reading, self.vocabulary), *extra} if k in postings]
        keys.sort(key=lambda k: (len(postings[k]), k))
        weights = [self.weight(k, words.get(k, "")) for k in keys]
        several = len(reading.statements) > 1
        keep = max(top, POOL) if several else top
        left = sum(weights)
        scores: dict[int, float] = {}
        closed = False  # no claim not yet found can be kept any more
        for k, found, w in _merged(postings, keys, weights):
            if scores and len(found) > len(scores):
                # this list is longer than the claims found: first see which can still be kept
                bar = _kth(scores, keep)
                closed = closed or bar >= left
                if bar > 0.0 and min(scores.values()) + left < bar:
                    # a found claim the weight still to come cannot lift to the bar is dropped
                    scores = {i: s for i, s in scores.items() if s + left >= bar}
            if scores and (closed or len(found) > self._common):
                if len(scores) > ACCUMULATORS:
                    # Moffat and Zobel's "continue": the best found so far go on alone
                    best = sorted(scores.items(), key=itemgetter(1), reverse=True)
                    scores = dict(best[:ACCUMULATORS])
                if len(found) <= 4 * len(scores):
                    for i in found:
                        if i in scores:
                            scores[i] += w
                else:
                    for i in self._set(k).intersection(scores):
                        scores[i] += w
            elif not scores:
                scores = dict.fromkeys(found, w)
            else:
                # claims new to this key come in at its weight; those found before add it
                fresh = dict.fromkeys(found, w)
                for i in fresh.keys() & scores.keys():
                    fresh[i] += scores[i]
                scores.update(fresh)
            left -= w
        # the best ``keep`` (ties by position): only claims scoring the keep-th best or
        # more are sorted
        bar = max(MIN_SHARED, _kth(scores, keep))
        ranked = sorted(e for e in scores.items() if e[1] >= bar)  # by position
        ranked.sort(key=itemgetter(1), reverse=True)  # stable: ties stay by position
        pool = [i for i, _ in ranked[:keep]]
        chosen = [Candidate(i, scores[i], self._shared(i, keys)) for i in pool[:top]]
        if several and len(pool) > top:
            chosen += [
                Candidate(i, scores[i], self._shared(i, keys), by_statement=True)
                for i in self._statements_best(reading, pool[top:], words)
            ]
        return chosen

    def _shared(self, i: int, keys: Sequence[str]) -> frozenset[str]:
        """The keys among ``keys`` that claim ``i`` holds."""
        postings = self.compiled.postings
        sets = self._sets
        return frozenset(k for k in keys if (i in sets[k] if k in sets else _holds(postings[k], i)))

    def _set(self, key: str) -> frozenset[int]:
        """A long postings list as a set, made the first time it is asked whether it holds
        some claims (a few of a base's keys are in most sentences: each is made once)."""
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = frozenset(self.compiled.postings[key])
        return found

    def _statements_best(
        self, reading: Reading, rest: list[int], words: dict[str, str]
    ) -> list[int]:
        """Each statement's best ``STATEMENT_TOP`` claims among ``rest``, scored on its own keys."""
        found: list[int] = []
        for stmt in reading.statements:
            own = sorted(
                k
                for k in reading_keys(reading, self.vocabulary, stmt)
                if k in self.compiled.postings
            )
            scored = []
            for i in rest:
                if i in found:
                    continue
                score = sum(self.weight(k, words.get(k, "")) for k in self._shared(i, own))
                if score >= MIN_SHARED:
                    scored.append((-score, i))
            found += [i for _, i in sorted(scored)[:STATEMENT_TOP]]
        return found

    def lookup(self, query: str, limit: int = 10) -> list[tuple[ClaimReading, float]]:
        """Claims ranked for a free-text query, scored 0-100, best first.

        A query is read like a sentence and its candidates found the same way; each is
        scored on how much of the query's key weight it shares (most), how much of its
        own weight the query covers (focused claims first), and how alike the two texts
        are word for word (rapidfuzz's token set ratio); a claim denying what the query
        asks weighs less. Claims below ``LOOKUP_MIN``
        are left out, so a query of unknown words finds nothing.
        """
        from rapidfuzz import fuzz
        from rapidfuzz.utils import default_process

        reading = self.read(query)
        postings = self.compiled.postings
        words = {"w:" + t.key: t.text for t in reading.terms}
        wanted = sum(
            self.weight(k, words.get(k, ""))
            for k in reading_keys(reading, self.vocabulary)
            if k in postings
        )
        if not wanted:
            return []
        asked = default_process(query)
        ranked: list[tuple[ClaimReading, float]] = []
        for found in self.candidates(reading, top=max(LOOKUP_POOL, 4 * limit)):
            facts = self.readings[found.position]
            own = {"w:" + t.key: t.text for t in facts.reading.terms}
            listed = {"n:" + name for name in facts.listed}  # a list is not what it is about
            theirs = sum(
                self.weight(k, own.get(k, ""))
                for k in facts.keys
                if k in postings and k not in listed
            )
            covered = min(1.0, found.score / wanted)
            focus = min(1.0, found.score / theirs) if theirs else 0.0
            alike = fuzz.token_set_ratio(asked, default_process(facts.claim.text)) / 100.0
            score = 100.0 * (0.6 * covered + 0.2 * focus + 0.2 * alike)
            if _polarity(facts.reading) != _polarity(reading):
                score *= LOOKUP_DENYING  # a query asks what is so: denials come after
            score = round(score, 1)
            if score >= LOOKUP_MIN:
                ranked.append((facts, score))
        ranked.sort(key=lambda r: (-r[1], r[0].claim.id))
        return ranked[:limit]


def _merged(
    postings: dict[str, array[int]], keys: Sequence[str], weights: Sequence[float]
) -> Iterator[tuple[str, array[int], float]]:
    """``keys`` (ordered by the length of their lists) with their lists and weights, keys
    held by exactly the same claims taken as one (a word and its root, a name and its
    word often are): one walk of the list, at their summed weight."""
    run: list[tuple[str, array[int]]] = []  # distinct lists of the current length, not yet given
    summed: list[float] = []  # the weight of each
    for k, w in zip(keys, weights, strict=True):
        found = postings[k]
        if run and len(run[0][1]) != len(found):
            yield from ((a, b, c) for (a, b), c in zip(run, summed, strict=True))
            run, summed = [], []
        same = next((j for j, (_, f) in enumerate(run) if f is found or f == found), None)
        if same is None:
            run.append((k, found))
            summed.append(w)
        else:
            summed[same] += w
    yield from ((a, b, c) for (a, b), c in zip(run, summed, strict=True))


def _holds(postings: Sequence[int], i: int) -> bool:
    """Whether a sorted postings list holds claim ``i``."""
    at = bisect_left(postings, i)
    return at < len(postings) and postings[at] == i


def _kth(scores: dict[int, float], k: int) -> float:
    """The ``k``-th best score (0 when there are fewer)."""
    if len(scores) < k:
        return 0.0
    return sorted(scores.values(), reverse=True)[k - 1]


def _polarity(reading: Reading) -> int:
    """The polarity of a text's first statement (1 asserts, -1 denies)."""
    return reading.statements[0].polarity if reading.statements else 1
