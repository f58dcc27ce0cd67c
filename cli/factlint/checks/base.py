"""What every check receives and returns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from factlint.analysis import Analysis, Region
from factlint.entities import EntityIndex, Mention
from factlint.model import Claim, Difference, MatchSettings
from factlint.values import DateSpan, Value


@dataclass(frozen=True)
class ClaimContext:
    """A claim read once, with what the checks need to know about it."""

    claim: Claim
    analysis: Analysis
    subjects: frozenset[str]
    names: frozenset[str]  # every entity the claim mentions, lists or is about
    members: frozenset[str]
    excluded: frozenset[str]
    member_kind: str
    as_of: DateSpan | None
    entities: EntityIndex
    settings: MatchSettings = field(default_factory=MatchSettings)
    # A claim about two things ("Angola endorsed X a week before Egypt backed Y") is
    # compared part by part: ``parts`` maps each part's subjects to its clause spans,
    # and ``view`` is the part a given sentence speaks of (None: the whole claim).
    parts: tuple[tuple[frozenset[str], tuple[tuple[int, int], ...]], ...] = ()
    view: Region | None = None
    whole: Region = field(init=False)  # the whole claim, read once

    def __post_init__(self) -> None:
        object.__setattr__(self, "whole", self.analysis.whole)

    @property
    def region(self) -> Region:
        """The part of the claim the checks compare with."""
        return self.view if self.view is not None else self.whole


@dataclass(frozen=True)
class Outcome:
    """What one check found: values that agree, values that conflict, values left unmatched."""

    agreed: tuple[Difference, ...] = ()
    conflicts: tuple[Difference, ...] = ()
    unmatched: tuple[Difference, ...] = ()

    def __add__(self, other: Outcome) -> Outcome:
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
    """An Outcome where, if a claim's one value agrees, the sentence's others go unmatched.

    A sentence can state several values of one kind about several things ("29
    countries ... seven founding members"); a claim stating one value speaks to one
    of them. A claim stating several ("in 2027 and 2029") speaks to them all.
    """
    if agreed and conflicts and stated <= 1:
        return Outcome(tuple(agreed), (), tuple(unmatched + conflicts))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))


_LOCATIVE = re.compile(r"\b(?:in|at|from|near|to|into|of|outside|around)\s+(?:the\s+)?$", re.I)


def acting_as(mention: Mention, region: Region, claim: ClaimContext) -> str:
    """The name a mention stands for as an actor: "Moscow signed" means Russia signed.

    A city named as the doer (not after "in", "at", "from") stands for its country,
    as capitals do in news writing.
    """
    if mention.kind != "city":
        return mention.name
    if _LOCATIVE.search(region.text[max(0, mention.start - 20) : mention.start]):
        return mention.name
    entity = claim.entities.entities.get(mention.name)
    for place in entity.within if entity else ():
        if claim.entities.kind(place) == "country":
            return place
    return mention.name


# A year differs as a date does; findings name it a year so a reader sees what differs.
VALUE_KINDS = frozenset({"date", "year", "count", "quantity"})


def value_kind(kind: str) -> str:
    """The kind of value a difference is about: a wrong year is a wrong date."""
    return "date" if kind == "year" else kind


def match_each(
    region: Region, claim: ClaimContext, kind: str, same: Callable[[Value, Value], bool]
) -> Outcome:
    """Each value of ``kind`` in the sentence agrees if it is ``same`` as one of the claim's,
    conflicts if the claim states others, and is unmatched if the claim states none."""
    said = [v for v in region.values if v.kind == kind]
    facts = [v for v in claim.region.values if v.kind == kind]
    if not said:
        return Outcome()
    if not facts:
        return Outcome(unmatched=tuple(Difference(kind, v.text, "") for v in said))
    facts_text = " / ".join(f.text for f in facts)
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    for v in said:
        found = any(same(v, f) for f in facts)
        (agreed if found else conflicts).append(Difference(kind, v.text, facts_text))
    return Outcome(tuple(agreed), tuple(conflicts))
