"""Find the claims a sentence speaks about: subject index first, then rapidfuzz word overlap."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from factlint.analysis import Analysis, Region, SynonymTable, analyze
from factlint.checks.base import ClaimContext
from factlint.checks.opposites import OPPOSITES
from factlint.entities import EntityIndex, Mention
from factlint.model import Claim, FactBase, MatchSettings
from factlint.normalize import fold
from factlint.values import DateSpan, find_dates

# Kinds of names a claim is about (its subject), in order of preference when a
# claim does not say what it is about.
TOPIC_KINDS = frozenset({"program", "agreement", "mission", "spacecraft", "event"})
_SUBJECT_PREFERENCE = (
    TOPIC_KINDS,
    frozenset({"place", "site", "agency", "organization", "group"}),
    frozenset({"country", "city", "region", "person"}),
)
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


def _parse_as_of(value: str | None) -> DateSpan | None:
    """A claim's ``as_of`` (YYYY, YYYY-MM or YYYY-MM-DD) as a span of time."""
    found = find_dates(value, []) if value else []
    return found[0].date if found else None


def _foreign(region: Region, ctx: ClaimContext) -> frozenset[str]:
    """Subjects the region names that the claim knows nothing of."""
    return frozenset(
        m.name
        for m in region.mentions
        if m.kind in TOPIC_KINDS and not m.modifier and m.name not in ctx.names
    )


class ClaimIndex:
    """Every claim of a fact base, read once, indexed by the names it is about."""

    def __init__(self, facts: FactBase, settings: MatchSettings | None = None) -> None:
        self.facts = facts
        self.settings = settings or MatchSettings()
        self.entities = EntityIndex(facts.entities)
        self.synonyms = SynonymTable(facts.synonyms)
        self.contexts: list[ClaimContext] = []
        self.by_subject: dict[str, list[int]] = defaultdict(list)
        for claim in facts.claims:
            ctx = self._context(claim)
            for subject in ctx.subjects:
                self.by_subject[subject].append(len(self.contexts))
            self.contexts.append(ctx)
        self.subject_names = frozenset(self.by_subject)
        # Only now that every subject is known can claims be cut into parts by subject.
        self.contexts = [self._with_parts(ctx) for ctx in self.contexts]
        self.replaced: dict[str, list[ClaimContext]] = defaultdict(list)
        for ctx in self.contexts:
            if ctx.claim.replaced_by:
                self.replaced[ctx.claim.replaced_by].append(ctx)
        self.event_keys = frozenset(self.synonyms.canonical([w], 0)[0] for w in EVENT_WORDS)
        self._folded_texts = [fold(c.claim.text) for c in self.contexts]

    def _resolve(self, names: Sequence[str]) -> frozenset[str]:
        return frozenset(self.entities.resolve(n) or n for n in names)

    def _context(self, claim: Claim) -> ClaimContext:
        analysis = self.analyze(claim.text)
        members = self._resolve(claim.members.names) if claim.members else frozenset()
        excluded = self._resolve(claim.members.excluded) if claim.members else frozenset()
        subjects = self._resolve(claim.about) if claim.about else self._derive_subjects(analysis)
        names = frozenset(m.name for m in analysis.mentions) | members | excluded | subjects
        listed = [*members, *excluded]
        member_kind = self.entities.kind(listed[0]) if listed else ""
        as_of = _parse_as_of(claim.as_of)
        return ClaimContext(
            claim=claim,
            analysis=analysis,
            subjects=subjects,
            names=names,
            members=members,
            excluded=excluded,
            member_kind=member_kind or "country",
            as_of=as_of,
            entities=self.entities,
            settings=self.settings,
        )

    def _with_parts(self, ctx: ClaimContext) -> ClaimContext:
        segments = self.segments(ctx.analysis)
        if len({a for _, a in segments}) < 2:
            return ctx
        return replace(ctx, parts=tuple((a, tuple(spans)) for spans, a in segments))

    def _derive_subjects(self, analysis: Analysis) -> frozenset[str]:
        for kinds in _SUBJECT_PREFERENCE:
            found = [m.name for m in analysis.mentions if m.kind in kinds]
            if found:
                return frozenset(found)
        return frozenset()

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
        ids = sorted({i for name in named for i in self.by_subject.get(name, ())})
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
