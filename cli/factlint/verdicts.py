"""How one claim's judgement of a sentence is weighed, and how several combine into one verdict."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from factlint.analysis import Region
from factlint.checks import Outcome, dates
from factlint.checks.base import ClaimContext, acting_as, value_kind
from factlint.model import Verdict

# Words that say a sentence is about belonging to a group (stems, after synonyms).
MEMBER_CUES = frozenset(
    {
        "sign", "signat", "join", "memb", "partn", "particip", "part", "includ", "back",
        "endors", "support", "ally", "allies", "cooperat", "agreement", "accede", "ratify",
        "adopt", "among", "secur",
    }
)  # fmt: skip
CROWDED_MIN_SCORE = 75.0  # wording to share when the sentence says more than the claim
JOINT_PART_MIN_SCORE = 25.0  # wording each of several claims backing one sentence must share
JOINT_MIN_SCORE = 50.0  # wording they must share together


@dataclass(frozen=True)
class Judgement:
    """One claim's verdict on one sentence."""

    claim: ClaimContext
    verdict: Verdict
    kind: str
    outcome: Outcome
    score: float
    region: Region | None = None


def drop_answered_conflicts(judged: list[Judgement]) -> list[Judgement]:
    """A value one claim backs is not contradicted by a sibling claim about something else.

    "NASA plans crewed missions in 2027" is backed by the claim that says so; the claim
    about the December 2025 landing does not make it false.
    """
    backed = {
        (value_kind(d.kind), d.draft)
        for j in judged
        if j.verdict is Verdict.SUPPORTED
        for d in j.outcome.agreed
    }
    kept: list[Judgement] = []
    for j in judged:
        if j.verdict is Verdict.CONTRADICTED:
            left = tuple(
                d for d in j.outcome.conflicts if (value_kind(d.kind), d.draft) not in backed
            )
            if not left:
                continue
            j = replace(j, outcome=replace(j.outcome, conflicts=left))
        kept.append(j)
    return kept


def joint_support(judged: list[Judgement]) -> list[Judgement]:
    """Claims that together back every value of a sentence none of them backs alone.

    "SLIM, launched on Sept. 6 aboard an H-2A, will try to land within 100 m of its
    target" takes the launch claim and the landing claim. Each claim must speak to
    the sentence, back a value and contradict none; every value one leaves unmatched
    must be backed by another; and together they must share the sentence's wording.
    """
    usable = [
        j
        for j in judged
        if j.outcome.agreed
        and not j.outcome.conflicts
        and j.region
        and j.score >= JOINT_PART_MIN_SCORE
    ]
    if len(usable) < 2:
        return []
    region = usable[0].region
    words = region.words if region is not None else frozenset()
    shared: set[str] = set().union(*(j.claim.region.words for j in usable))
    if words and len(words & shared) / len(words) < JOINT_MIN_SCORE / 100.0:
        return []
    # By the words of the draft: a name one claim lists as a member backs the same name
    # another claim leaves unmatched.
    if any(d.kind == dates.LATER for j in usable for d in j.outcome.unmatched):
        return []  # a count as of a later date is not backed by another claim's date
    backed = {d.draft for j in usable for d in j.outcome.agreed}
    loose = {d.draft for j in usable for d in j.outcome.unmatched}
    if loose - backed:
        return []
    return [
        replace(j, verdict=Verdict.OUTDATED if j.claim.claim.replaced_by else Verdict.SUPPORTED)
        for j in usable
    ]


def repeats(j: Judgement, old: ClaimContext) -> bool:
    """Whether every value the sentence got wrong is, exactly, a value of the older claim."""
    assert j.region is not None
    # A year is a date to the values, whatever the finding calls it.
    wrong = {(value_kind(d.kind), d.draft) for d in j.outcome.conflicts}
    if not wrong or any(kind not in ("date", "count", "quantity") for kind, _ in wrong):
        return False
    said = [v for v in j.region.values if (v.kind, v.text) in wrong]
    old_values = old.region.values
    return bool(said) and all(
        any(
            o.kind == v.kind
            and (o.date == v.date if v.kind == "date" else abs(o.amount - v.amount) < 1e-9)
            for o in old_values
        )
        for v in said
    )


_ACTOR_KINDS = frozenset({"country", "agency", "organization", "person", "group"})


def _actors(region: Region, ctx: ClaimContext) -> set[str]:
    return {
        acting_as(m, region, ctx)
        for m in region.mentions
        if not m.modifier and (m.kind in _ACTOR_KINDS or m.kind == "city")
    } - ctx.subjects


def other_actors(region: Region, ctx: ClaimContext) -> bool:
    """Whether the sentence and the claim name who acts, and not one in common."""
    listed = ctx.members | ctx.excluded  # the names a list claim is about are not its actors
    theirs = {a for a in _actors(ctx.region, ctx) if ctx.entities.kind(a) in _ACTOR_KINDS} - listed
    mine = {a for a in _actors(region, ctx) if ctx.entities.kind(a) in _ACTOR_KINDS}
    return bool(theirs and mine and not theirs & mine)


def set_aside(outcome: Outcome, which: Callable[[str], bool]) -> Outcome:
    """The outcome with the conflicts of the chosen kinds moved to unmatched."""
    off = tuple(d for d in outcome.conflicts if which(d.kind))
    kept = tuple(d for d in outcome.conflicts if not which(d.kind))
    return Outcome(outcome.agreed, kept, outcome.unmatched + off)


def has_member_cue(region: Region) -> bool:
    keys = {t.key for t in region.tokens} | {t.key.split()[0] for t in region.tokens}
    return any(k.startswith(tuple(MEMBER_CUES)) for k in keys)
