"""Facts compiled for matching: every claim read once, with the index that finds candidates.

Reading a claim (names, values, words, clauses) is the costly part of loading
facts; ``compile_facts`` does it once (on every core for a large base) and the
result can be stored by ``factlint.cache`` and mapped back in a blink. Each
claim's reading is kept as its own pickled blob and thawed only when a sentence
first needs that claim, so a warm load costs little more than reading the index.
"""

from __future__ import annotations

import os
import pickle
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from factlint.analysis import Analysis, Region, SynonymTable, analyze
from factlint.checks.base import ClaimContext
from factlint.entities import EntityIndex
from factlint.model import Claim, FactBase, MatchSettings, Source
from factlint.progress import COMPILING, Progress
from factlint.values import DateSpan, Value, find_dates

# Kinds of names a claim is about (its subject), in order of preference when a
# claim does not say what it is about.
TOPIC_KINDS = frozenset({"program", "agreement", "mission", "spacecraft", "event"})
_SUBJECT_PREFERENCE = (
    TOPIC_KINDS,
    frozenset({"place", "site", "agency", "organization", "group"}),
    frozenset({"country", "city", "region", "person"}),
)
# A base this large is read on every core (below it, starting workers costs more).
PARALLEL_MIN_CLAIMS = 2000
_PROGRESS_STEP = 500  # claims read in one process between two reports of progress
# The fields of a claim's reading that are stored; the entity index and settings
# are the same for every claim and are attached when a claim is thawed.
_SHARED = ("entities", "settings", "whole", "view")


def parse_as_of(value: str | None) -> DateSpan | None:
    """A claim's ``as_of`` (YYYY, YYYY-MM or YYYY-MM-DD) as a span of time."""
    found = find_dates(value, []) if value else []
    return found[0].date if found else None


def _derive_subjects(analysis: Analysis) -> frozenset[str]:
    for kinds in _SUBJECT_PREFERENCE:
        found = [m.name for m in analysis.mentions if m.kind in kinds]
        if found:
            return frozenset(found)
    return frozenset()


def read_claim(
    claim: Claim,
    entities: EntityIndex,
    synonyms: SynonymTable,
    settings: MatchSettings | None = None,
) -> ClaimContext:
    """One claim read once: its analysis, subjects, names, members and date."""

    def resolve(names: Iterable[str]) -> frozenset[str]:
        return frozenset(entities.resolve(n) or n for n in names)

    analysis = analyze(claim.text, entities, synonyms)
    members = resolve(claim.members.names) if claim.members else frozenset()
    excluded = resolve(claim.members.excluded) if claim.members else frozenset()
    subjects = resolve(claim.about) if claim.about else _derive_subjects(analysis)
    names = frozenset(m.name for m in analysis.mentions) | members | excluded | subjects
    listed = [*members, *excluded]
    member_kind = entities.kind(listed[0]) if listed else ""
    return ClaimContext(
        claim=claim,
        analysis=analysis,
        subjects=subjects,
        names=names,
        members=members,
        excluded=excluded,
        member_kind=member_kind or "country",
        as_of=parse_as_of(claim.as_of),
        entities=entities,
        settings=settings or MatchSettings(),
    )


def value_keys(values: Iterable[Value]) -> set[str]:
    """Index keys for the numbers and years a text states."""
    keys: set[str] = set()
    for v in values:
        if v.kind in ("count", "quantity", "ordinal"):
            keys.add(f"#{v.amount:g}")
        elif v.date is not None and v.date.has_year:
            keys.add(f"@{v.date.start[0]}")
    return keys


def region_keys(region: Region, names: Iterable[str]) -> set[str]:
    """Index keys of a sentence or claim: its words, the names given, numbers and years."""
    return set(region.words) | set(names) | value_keys(region.values)


def claim_keys(ctx: ClaimContext) -> set[str]:
    """What a sentence can share with a claim: its words, other names, numbers and years."""
    return region_keys(ctx.whole, ctx.names - ctx.subjects)


def freeze(ctx: ClaimContext) -> bytes:
    """A claim's reading as bytes, without what every claim shares."""
    state = {k: v for k, v in ctx.__dict__.items() if k not in _SHARED}
    return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)


def thaw(blob: bytes | memoryview, entities: EntityIndex, settings: MatchSettings) -> ClaimContext:
    """The reading ``freeze`` stored, joined again with the shared entity index and settings."""
    state: dict[str, Any] = pickle.loads(blob)
    return ClaimContext(**state, entities=entities, settings=settings)


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
    """A fact base read for matching: the shared tables, the index, and each claim's reading."""

    sources: dict[str, Source]
    entities: EntityIndex
    synonyms: SynonymTable
    ids: tuple[str, ...]  # claim ids, in load order
    texts: tuple[str, ...]  # claim texts, for lookups
    replaced_by: tuple[str | None, ...]
    by_subject: dict[str, list[int]]  # subject -> claims about it
    # For subjects with many claims: subject -> key -> claims (see ``claim_keys``).
    postings: dict[str, dict[str, list[int]]]
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


# How many claims about one subject are read for a sentence at most; a subject
# with more has a posting list per key, and the claims sharing most keys are read.
CROWDED = 64


def _read_chunk(
    claims: Sequence[Claim], entities: EntityIndex, synonyms: SynonymTable
) -> list[tuple[bytes, frozenset[str], set[str]]]:
    out = []
    for claim in claims:
        ctx = read_claim(claim, entities, synonyms)
        out.append((freeze(ctx), ctx.subjects, claim_keys(ctx)))
    return out


_WORK: tuple[Sequence[Claim], EntityIndex, SynonymTable] | None = None


def _read_range(bounds: tuple[int, int]) -> list[tuple[bytes, frozenset[str], set[str]]]:
    assert _WORK is not None
    claims, entities, synonyms = _WORK
    return _read_chunk(claims[bounds[0] : bounds[1]], entities, synonyms)


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
    global _WORK
    entities = EntityIndex(facts.entities)
    synonyms = SynonymTable(facts.synonyms)
    claims = facts.claims
    jobs = default_jobs() if jobs is None else jobs
    read: list[tuple[bytes, frozenset[str], set[str]]] | None = None
    if len(claims) >= PARALLEL_MIN_CLAIMS and jobs > 1:
        _WORK = (claims, entities, synonyms)  # set before forking: the workers inherit it
        try:
            pool = fork_pool(jobs)
            if pool is not None:
                step = max(200, len(claims) // (jobs * 8))
                ranges = [(i, min(i + step, len(claims))) for i in range(0, len(claims), step)]
                read = []
                with pool:
                    for part in pool.imap(_read_range, ranges):
                        read += part
                        if progress is not None:
                            progress(COMPILING, len(read), len(claims))
        finally:
            _WORK = None
    if read is None:
        if progress is None:
            read = _read_chunk(claims, entities, synonyms)
        else:
            read = []
            for i in range(0, len(claims), _PROGRESS_STEP):
                read += _read_chunk(claims[i : i + _PROGRESS_STEP], entities, synonyms)
                progress(COMPILING, len(read), len(claims))
    by_subject: dict[str, list[int]] = defaultdict(list)
    for i, (_, subjects, _) in enumerate(read):
        for subject in sorted(subjects):
            by_subject[subject].append(i)
    postings: dict[str, dict[str, list[int]]] = {}
    for subject, ids in by_subject.items():
        if len(ids) > CROWDED:
            table: dict[str, list[int]] = defaultdict(list)
            for i in ids:
                for k in read[i][2]:
                    table[k].append(i)
            postings[subject] = dict(table)
    return CompiledFacts(
        sources=dict(facts.sources),
        entities=entities,
        synonyms=synonyms,
        ids=tuple(c.id for c in claims),
        texts=tuple(c.text for c in claims),
        replaced_by=tuple(c.replaced_by for c in claims),
        by_subject=dict(by_subject),
        postings=postings,
        blobs=Blobs.pack([blob for blob, _, _ in read]),
        key=key,
        paths=facts.paths,
    )
