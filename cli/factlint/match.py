"""Find the claims a sentence speaks about: subject index first, then rapidfuzz word overlap."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from factlint.analysis import Analysis, Region, analyze
from factlint.checks.base import ClaimContext
from factlint.checks.opposites import OPPOSITES
from factlint.compiled import (
    CROWDED,
    TOPIC_KINDS,
    CompiledFacts,
    CorruptBlob,
    compile_facts,
    region_keys,
    thaw,
)
from factlint.entities import Mention
from factlint.model import Claim, FactBase, MatchSettings, Source
from factlint.normalize import fold

_OPPOSITE = {a: b for a, b in OPPOSITES} | {b: a for a, b in OPPOSITES}
# How a sentence that goes on about the one before it opens.
_POINTS_BACK = re.compile(
    r"\s*(?:it|its|they|their|them|this|these|that|those|the|such|he|she|his|her)\b", re.I
)
# What a mission or programme itself does, so a bare "is scheduled for 2026" is about it.
EVENT_WORDS = ("launch", "fly", "send", "go", "land", "start", "begin", "operate")
_FUZZY_CUTOFF = 88.0  # rapidfuzz ratio at which two words count as the same word


@dataclass(frozen=True)
class Candidate:
    """A claim a sentence may speak about, with the part of the sentence that speaks of it."""

    claim: ClaimContext
    region: Region  # the clauses that speak of what the claim speaks of: values compared here
    coverage: float  # share of the region's content words the claim also uses (0..1)
    foreign: frozenset[str]  # subjects in the region the claim knows nothing of
    full: Region | None = None  # all clauses about the claim's subjects, when more than region
    full_coverage: float = 0.0
    full_foreign: frozenset[str] = frozenset()


def _foreign(region: Region, ctx: ClaimContext) -> frozenset[str]:
    """Subjects the region names that the claim knows nothing of."""
    return frozenset(
        m.name
        for m in region.mentions
        if m.kind in TOPIC_KINDS and not m.modifier and m.name not in ctx.names
    )


class _Contexts:
    """The claims' readings, thawed from their blobs the first time each is needed."""

    def __init__(self, index: ClaimIndex) -> None:
        self._index = index
        self._read: dict[int, ClaimContext] = {}

    def __len__(self) -> int:
        return len(self._index.compiled.ids)

    def __getitem__(self, i: int) -> ClaimContext:
        ctx = self._read.get(i)
        if ctx is None:
            ctx = self._read[i] = self._index.thaw(i)
        return ctx

    def __iter__(self) -> Iterator[ClaimContext]:
        for i in range(len(self)):
            yield self[i]


class ClaimIndex:
    """Every claim of a fact base, read once, indexed by the names it is about.

    Built from a ``FactBase`` (every claim is read now) or from ``CompiledFacts``
    (read before, perhaps in an earlier run: claims are thawed as sentences need them).
    """

    def __init__(
        self, facts: FactBase | CompiledFacts, settings: MatchSettings | None = None
    ) -> None:
        self.compiled = facts if isinstance(facts, CompiledFacts) else compile_facts(facts)
        self.settings = settings or MatchSettings()
        self.entities = self.compiled.entities
        self.synonyms = self.compiled.synonyms
        self.by_subject = self.compiled.by_subject
        self.subject_names = frozenset(self.by_subject)
        self.contexts = _Contexts(self)
        self._replaced: dict[str, list[int]] = defaultdict(list)
        for i, newer in enumerate(self.compiled.replaced_by):
            if newer:
                self._replaced[newer].append(i)
        self.event_keys = frozenset(self.synonyms.canonical([w], 0)[0] for w in EVENT_WORDS)
        self._folded_texts: list[str] | None = None

    def thaw(self, i: int) -> ClaimContext:
        """Claim ``i``'s reading, cut into parts by subject now that every subject is known."""
        try:
            blob = self.compiled.blobs[i]
        except CorruptBlob:
            # A damaged cache entry: compile the same facts again from their files.
            rebuild = self.compiled.rebuild
            if rebuild is None:
                raise
            self.compiled = rebuild()
            blob = self.compiled.blobs[i]
        ctx = thaw(blob, self.entities, self.settings)
        return self._with_parts(ctx)

    def replaced(self, claim_id: str) -> list[ClaimContext]:
        """The claims that ``claim_id`` replaced."""
        return [self.contexts[i] for i in self._replaced.get(claim_id, ())]

    def claim(self, claim_id: str) -> Claim | None:
        i = self.compiled.position(claim_id)
        return None if i is None else self.contexts[i].claim

    def sources_of(self, claim: Claim) -> tuple[Source, ...]:
        sources = self.compiled.sources
        return tuple(sources[s] for s in claim.source_ids if s in sources)

    def _with_parts(self, ctx: ClaimContext) -> ClaimContext:
        segments = self.segments(ctx.analysis)
        if len({a for _, a in segments}) < 2:
            return ctx
        return replace(ctx, parts=tuple((a, tuple(spans)) for spans, a in segments))

    def analyze(self, text: str) -> Analysis:
        return analyze(text, self.entities, self.synonyms)

    def is_anchor(self, mention: Mention) -> bool:
        return mention.name in self.subject_names or mention.kind in TOPIC_KINDS

    def segments(self, analysis: Analysis) -> list[tuple[list[tuple[int, int]], frozenset[str]]]:
        """Group clauses by the subjects they name; a clause naming none joins the one before."""
        groups: list[tuple[list[tuple[int, int]], set[str]]] = []
        for start, end in analysis.clauses:
            anchors = {
                m.name
                for m in analysis.mentions
                if start <= m.start and m.end <= end and self.is_anchor(m)
            }
            if anchors or not groups:
                groups.append(([(start, end)], anchors))
            else:
                groups[-1][0].append((start, end))
                groups[-1][1].update(anchors)
        return [(spans, frozenset(anchors)) for spans, anchors in groups]

    def coverage(self, region: Region, ctx: ClaimContext) -> float:
        """Share of the region's content words the claim uses too (fuzzy for long words)."""
        keys = region.words
        theirs = ctx.region.words
        if not theirs:
            # A claim of names alone ("Chang'e-8 will follow Chang'e-7") is about the
            # subjects themselves happening: flying, launching, landing say nothing more.
            keys = keys - self.event_keys
        if not keys:
            return 1.0
        hits = 0.0
        for key in keys:
            # "crewed" speaks to a claim that says "uncrewed": they are about one thing
            if (
                key in theirs
                or _OPPOSITE.get(key) in theirs
                or (
                    len(key) >= 5
                    and process.extractOne(
                        key, theirs, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
                    )
                )
            ):
                hits += 1
        return hits / len(keys)

    def about_itself(self, ctx: ClaimContext) -> bool:
        """Whether a claim says when its subject itself happens (flies, lands, starts)."""
        words = ctx.region.words
        return not words or bool(words & self.event_keys)

    def _goes_on(self, analysis: Analysis) -> bool:
        """Whether a sentence names no subject and opens by pointing back, not at a name."""
        opener = _POINTS_BACK.match(analysis.text)
        if opener is None or self.anchors(analysis):
            return False
        head = re.match(r"\s*(?:\S+\s+){0,2}\S+", analysis.text)
        head_end = head.end() if head else 0
        return not any(m.start < head_end for m in analysis.mentions)

    def anchors(self, analysis: Analysis) -> frozenset[str]:
        """The subjects a sentence names."""
        return frozenset(m.name for m in analysis.mentions if self.is_anchor(m))

    def candidates(
        self, analysis: Analysis, context: frozenset[str] = frozenset()
    ) -> list[Candidate]:
        """The claims whose subjects the sentence names, each with its region of the sentence.

        ``context`` holds the subjects of the sentence before in the same paragraph: a
        sentence that names nothing of its own and opens by pointing back ("The launch
        took place on Sept. 26", "Its target is ...") is taken to go on about them.
        """
        segments = self.segments(analysis)
        named = {m.name for m in analysis.mentions}
        if context and self._goes_on(analysis):
            segments = [([s for spans, _ in segments for s in spans], context)]
            named |= context
        found: list[Candidate] = []
        seen: set[int] = set()
        ids = sorted({i for name in named for i in self._about(name, analysis)})
        for i in ids:
            if i in seen:
                continue
            seen.add(i)
            ctx = self.contexts[i]
            spans = [s for spans, anchors in segments if anchors & ctx.subjects for s in spans]
            if not spans:
                continue
            focused = self._relevant(analysis, spans, ctx)
            whole = analysis.region(spans)
            region = whole if focused == spans else analysis.region(focused)
            ctx = self._view(ctx, whole)
            full = None if region is whole else whole
            found.append(
                Candidate(
                    ctx,
                    region,
                    self.coverage(region, ctx),
                    _foreign(region, ctx),
                    full,
                    self.coverage(whole, ctx) if full is not None else 0.0,
                    _foreign(whole, ctx),
                )
            )
        return found

    def _about(self, name: str, analysis: Analysis) -> Sequence[int]:
        """The claims about ``name`` a sentence may speak of.

        A subject with many claims (a programme every country joins) is narrowed to the
        ``CROWDED`` claims that share most of the sentence's words, names, numbers and
        years, so the cost of a sentence does not grow with the size of the base.
        """
        ids = self.by_subject.get(name, ())
        table = self.compiled.postings.get(name)
        if table is None or len(ids) <= CROWDED:
            return ids
        whole = analysis.whole
        keys = region_keys(whole, whole.names() - {name})
        # Keys most claims share ("joined") say little; the rarest ones pick claims out.
        lists = sorted((table[k] for k in keys if k in table), key=len)
        shared: dict[int, int] = defaultdict(int)
        for found in lists:
            if len(found) > len(ids) // 2 and shared:
                break
            for i in found:
                shared[i] += 1
        ranked = sorted(shared, key=lambda i: (-shared[i], i))
        return ranked[:CROWDED] if ranked else ids[:CROWDED]

    def _relevant(
        self, analysis: Analysis, spans: list[tuple[int, int]], ctx: ClaimContext
    ) -> list[tuple[int, int]]:
        """The clauses that speak of what the claim speaks of, when there are several.

        "China aims to land astronauts by 2030 and to become a major space power by
        2050": only the second clause is about becoming a space power. A clause with
        no words of its own (a name and a date) is kept.
        """
        if len(spans) < 2:
            return spans
        theirs = ctx.whole.words
        kept = [
            (start, end)
            for start, end in spans
            if not (words := {t.key for t in analysis.tokens if start <= t.start < end})
            or words & theirs
        ]
        return kept or spans

    def _view(self, ctx: ClaimContext, region: Region) -> ClaimContext:
        """The claim narrowed to the parts about what the sentence region names."""
        if not ctx.parts:
            return ctx
        named = {m.name for m in region.mentions}
        spans = [s for anchors, part in ctx.parts if anchors & named for s in part]
        if not spans or len(spans) == sum(len(p) for _, p in ctx.parts):
            return ctx
        view = ctx.analysis.region(spans)
        names = frozenset(m.name for m in view.mentions) | ctx.members | ctx.excluded
        return replace(ctx, view=view, names=names | (ctx.subjects & named))

    def lookup(self, query: str, limit: int = 10) -> list[tuple[ClaimContext, float]]:
        """Claims ranked for a free-text query, scored 0-100.

        The score blends rapidfuzz's WRatio on the folded texts with how many of the
        query's words the claim uses, whether it names what the query names, and how
        much of the claim the query covers in words and names (focused claims first).
        """
        q = fold(query)
        if not q:
            return []
        if self._folded_texts is None:
            self._folded_texts = [fold(text) for text in self.compiled.texts]
        fuzzy = process.extract(q, self._folded_texts, scorer=fuzz.WRatio, limit=None)
        analysis = self.analyze(query)
        region = analysis.whole
        named = {m.name for m in analysis.mentions}
        ranked: list[tuple[ClaimContext, float]] = []
        for _, ratio, i in fuzzy:
            ctx = self.contexts[i]
            words = self.coverage(region, ctx) if region.words else 0.0
            names = len(named & ctx.names) / len(named) if named else 0.0
            theirs = ctx.region.words
            focus = len(region.words & theirs) / len(theirs) if theirs else 0.0
            precision = len(named & ctx.names) / len(ctx.names) if named and ctx.names else 0.0
            score = (
                0.4 * float(ratio) + 30.0 * words + 20.0 * names + 10.0 * focus + 15.0 * precision
            ) / 1.15
            if score >= 40.0:
                ranked.append((ctx, round(score, 1)))
        ranked.sort(key=lambda r: (-r[1], r[0].claim.id))
        return ranked[:limit]
