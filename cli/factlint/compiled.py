"""Facts compiled for checking: every claim read once, the base's vocabulary, and the index.

Reading a claim (names, values, words, statements) is the costly part of loading
facts; ``compile_facts`` does it once (on every core for a large base) and the
result can be stored by ``factlint.cache`` and mapped back in a blink. Each
claim's reading is kept as its own pickled blob and thawed only when a sentence
first needs that claim, so a warm load costs little more than reading the index.

Compiling is two passes over the claims: the first gathers the names the base
uses (so that every claim, and every draft, reads them the same way), the second
reads each claim with that vocabulary and indexes its words, names and numbers.
"""

from __future__ import annotations

import os
import pickle
import struct
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeAlias

from factlint.gcpause import collector_paused, young_collected
from factlint.model import Claim, FactBase, Source
from factlint.progress import COMPILING, Progress
from factlint.reading.frequency import english_frequencies
from factlint.reading.reader import Reading, read
from factlint.reading.statements import main_statement
from factlint.reading.values import DateSpan, parse_as_of
from factlint.reading.vocabulary import NameFind, Vocabulary, build_vocabulary, find_names_in
from factlint.retrieval.keys import MEMBER_KEY, reading_keys

# A base this large is read on every core (below it, starting workers costs more).
PARALLEL_MIN_CLAIMS = 2000
# The fields of CompiledFacts stored in a cache entry's head.
HEAD_FIELDS = ("sources", "vocabulary", "ids", "texts", "replaced_by", "postings", "paths")
_PROGRESS_STEP = 500  # claims read in one process between two reports of progress


@dataclass(frozen=True)
class ClaimReading:
    """A claim read once, with what the checks need to know about it."""

    claim: Claim
    reading: Reading
    members: frozenset[str] = frozenset()  # canonical names the claim lists as members
    excluded: frozenset[str] = frozenset()  # names it says are not members
    complete: bool = False  # the member list names every member
    about: frozenset[str] = frozenset()  # names the writer says the claim is about
    as_of: DateSpan | None = None
    keys: frozenset[str] = frozenset()  # its index keys

    @property
    def listed(self) -> frozenset[str]:
        return self.members | self.excluded

    def subjects(self) -> tuple[str, ...] | None:
        """What a draft must name for this claim to speak to it: its ``about`` names, else
        its main statement's subject and qualifiers, with what its statements act on
        (sorted). None when any draft may: the claim has no subject, or only names it
        puts in a role (a holder, a maker), which a draft may be changing.

        Kept beside the claim's reading in its blob, so that a claim whose subject a
        sentence does not name is set aside without thawing it (see
        ``factlint.verdicts.topic.names_its_subject``).
        """
        memo = self.reading.memo  # not frozen with the reading: worked out once a thaw
        if "subjects" not in memo:
            memo["subjects"] = self._subjects()
        found = memo["subjects"]
        assert found is None or isinstance(found, tuple)
        return found

    def _subjects(self) -> tuple[str, ...] | None:
        statements = self.reading.statements
        main = main_statement(statements)
        if self.about:
            subject = set(self.about)
        elif main is not None:
            subject = set(main.subject) | set(main.qualifiers)
        else:
            return None
        slotted = {x.name for s in statements for x in s.slots}
        if not subject - slotted:
            return None
        return tuple(sorted(subject | {p for s in statements for p in s.patient}))


def read_claim(claim: Claim, vocabulary: Vocabulary) -> ClaimReading:
    """One claim read with its base's vocabulary."""

    def resolve(names: Iterable[str]) -> frozenset[str]:
        return frozenset(vocabulary.names.resolve(n) or n for n in names)

    reading = read(claim.text, vocabulary)
    members = claim.members
    return ClaimReading(
        claim=claim,
        reading=replace(reading, tokens=()),  # tokens are only needed while reading
        members=resolve(members.names) if members else frozenset(),
        excluded=resolve(members.excluded) if members else frozenset(),
        complete=bool(members and members.complete),
        about=resolve(claim.about),
        as_of=parse_as_of(claim.as_of),
        keys=frozenset(reading_keys(reading, vocabulary) | ({MEMBER_KEY} if members else set())),
    )


# A blob: the length of its head, the head (the claim's ``subjects``), then the reading.
_HEAD = struct.Struct("<I")


def freeze(claim: ClaimReading) -> bytes:
    head = pickle.dumps(claim.subjects(), protocol=pickle.HIGHEST_PROTOCOL)
    body = pickle.dumps(claim, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEAD.pack(len(head)) + head + body


def thaw(blob: bytes | memoryview) -> ClaimReading:
    (size,) = _HEAD.unpack_from(blob)
    found: ClaimReading = pickle.loads(blob[_HEAD.size + size :])
    return found


def thaw_subjects(blob: bytes | memoryview) -> tuple[str, ...] | None:
    """A frozen claim's ``subjects``, read without thawing the rest."""
    (size,) = _HEAD.unpack_from(blob)
    found: tuple[str, ...] | None = pickle.loads(blob[_HEAD.size : _HEAD.size + size])
    return found


class CorruptBlob(Exception):
    """A claim's stored reading does not match its checksum."""


class Blobs:
    """Claim readings packed end to end in one buffer (bytes, or a file mapped in memory).

    With ``crcs`` (a CRC32 per blob, kept when read from the cache) each blob is
    checked when taken out.
    """

    def __init__(
        self, buffer: bytes | memoryview, offsets: array[int], crcs: array[int] | None = None
    ) -> None:
        self.buffer = memoryview(buffer)
        self.offsets = offsets  # len(blobs) + 1 offsets into buffer
        self.crcs = crcs

    def checksums(self) -> array[int]:
        return array("L", (zlib.crc32(blob) for blob in self))

    @classmethod
    def pack(cls, blobs: Sequence[bytes]) -> Blobs:
        offsets = array("Q", [0])
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        return cls(b"".join(blobs), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> memoryview:
        blob = self.buffer[self.offsets[i] : self.offsets[i + 1]]
        if self.crcs is not None and zlib.crc32(blob) != self.crcs[i]:
            raise CorruptBlob(f"claim {i}")
        return blob

    def __iter__(self) -> Iterator[memoryview]:
        for i in range(len(self)):
            yield self.buffer[self.offsets[i] : self.offsets[i + 1]]


@dataclass
class CompiledFacts:
    """A fact base read for checking: its vocabulary, the index, and each claim's reading."""

    sources: dict[str, Source]
    vocabulary: Vocabulary
    ids: tuple[str, ...]  # claim ids, in load order
    texts: tuple[str, ...]  # claim texts, for lookups
    replaced_by: tuple[str | None, ...]
    postings: dict[str, array[int]]  # index key -> the claims that have it, in order
    blobs: Blobs
    key: str = ""  # what the cache keys it on (the content of its files)
    paths: tuple[str, ...] = ()
    # Compiles these facts again from their files (set when loaded from the cache).
    rebuild: Callable[[], CompiledFacts] | None = field(default=None, repr=False)
    _positions: dict[str, int] = field(default_factory=dict, repr=False)

    def position(self, claim_id: str) -> int | None:
        if not self._positions:
            self._positions = {cid: i for i, cid in enumerate(self.ids)}
        return self._positions.get(claim_id)


# Claims read: their frozen readings, and the postings of their keys (claim positions
# in the whole base, ascending), as a worker hands them back.
_Part: TypeAlias = "tuple[list[bytes], dict[str, array[int]]]"


def _read_chunk(claims: Sequence[Claim], vocabulary: Vocabulary, first: int = 0) -> _Part:
    """Read ``claims`` (the base's from position ``first``): their blobs and postings.

    The postings are gathered here, where the keys are made, so that a key crosses from
    a worker once a range rather than once a claim."""
    blobs: list[bytes] = []
    postings: dict[str, array[int]] = {}
    with young_collected():  # the readings are dropped once frozen: no cycles to look for
        for i, claim in enumerate(claims, start=first):
            found = read_claim(claim, vocabulary)
            blobs.append(freeze(found))
            for k in found.keys:
                held = postings.get(k)
                if held is None:
                    postings[k] = array("I", [i])
                else:
                    held.append(i)
    return blobs, postings


_WORK: tuple[Sequence[Claim], Vocabulary] | None = None


def _read_range(bounds: tuple[int, int]) -> _Part:
    assert _WORK is not None
    claims, vocabulary = _WORK
    return _read_chunk(claims[bounds[0] : bounds[1]], vocabulary, bounds[0])


_NAMING: Sequence[Claim] = ()


def _find_names(bounds: tuple[int, int]) -> list[list[NameFind]]:
    english = english_frequencies()
    return [find_names_in(c.text, english) for c in _NAMING[bounds[0] : bounds[1]]]


def _vocabulary(facts: FactBase, jobs: int, ranges: list[tuple[int, int]]) -> Vocabulary | None:
    """The vocabulary, its names found in the claims' texts by forked workers while this
    process adds them to the name table in claim order (as ``build_vocabulary`` alone
    would); None where workers cannot be forked."""
    global _NAMING
    english_frequencies()  # read once, before forking, for every worker
    _NAMING = facts.claims
    try:
        pool = fork_pool(jobs)
        if pool is None:
            return None
        with pool:
            finds = (f for part in pool.imap(_find_names, ranges) for f in part)
            return build_vocabulary(facts.claims, facts.entities, facts.synonyms, finds)
    finally:
        _NAMING = ()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def fork_pool(jobs: int) -> Any:
    """A pool of ``jobs`` forked workers (they share what the parent has read), or None.

    Forking is what makes workers cheap; where it is not available (Windows, macOS
    by default) the work is done in this process.
    """
    import multiprocessing

    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C, which reaches the whole process group, to the parent,
    which stops the pool and exits 130; the workers would each print a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def compile_facts(
    facts: FactBase,
    *,
    jobs: int | None = None,
    key: str = "",
    progress: Progress | None = None,
) -> CompiledFacts:
    """Read every claim of ``facts`` once and index them (on ``jobs`` cores when large).

    ``progress`` is told how many claims are read (see ``factlint.progress``).
    """
    with collector_paused():  # what is built lives on, and holds no cycles
        return _compile(facts, jobs, key, progress)


def _compile(
    facts: FactBase, jobs: int | None, key: str, progress: Progress | None
) -> CompiledFacts:
    global _WORK
    claims = facts.claims
    jobs = default_jobs() if jobs is None else jobs
    parallel = len(claims) >= PARALLEL_MIN_CLAIMS and jobs > 1
    # small ranges, so that no core waits long for the last one at the end
    step = max(200, len(claims) // (jobs * 32))
    ranges = [(i, min(i + step, len(claims))) for i in range(0, len(claims), step)]
    vocabulary = _vocabulary(facts, jobs, ranges) if parallel else None
    if vocabulary is None:
        vocabulary = build_vocabulary(claims, facts.entities, facts.synonyms)
    blobs: list[bytes] = []
    postings: dict[str, array[int]] = {}

    def take(part: _Part) -> None:
        """Index claims as their readings come (in claim order; the workers read on)."""
        more, held = part
        blobs.extend(more)
        for k, positions in held.items():
            found = postings.get(k)
            if found is None:
                postings[k] = positions
            else:
                found.extend(positions)
        if progress is not None:
            progress(COMPILING, len(blobs), len(claims))

    done = False
    if parallel:
        _WORK = (claims, vocabulary)  # set before forking: the workers inherit it
        try:
            pool = fork_pool(jobs)
            if pool is not None:
                with pool:
                    for part in pool.imap(_read_range, ranges):
                        take(part)
                done = True
        finally:
            _WORK = None
    if not done:
        step = _PROGRESS_STEP if progress is not None else max(1, len(claims))
        for i in range(0, len(claims), step):
            take(_read_chunk(claims[i : i + step], vocabulary, i))
    vocabulary.document_frequency = {k: len(held) for k, held in postings.items()}
    vocabulary.claims = len(claims)
    vocabulary.__dict__.pop("_weights", None)  # weights weighed before the counts are stale
    return CompiledFacts(
        sources=dict(facts.sources),
        vocabulary=vocabulary,
        ids=tuple(c.id for c in claims),
        texts=tuple(c.text for c in claims),
        replaced_by=tuple(c.replaced_by for c in claims),
        postings=postings,
        blobs=Blobs.pack(blobs),
        key=key,
        paths=facts.paths,
    )
