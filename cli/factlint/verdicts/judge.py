"""One claim's verdict on one sentence: the checks run on the statements that speak of it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from factlint.checks import CHECKS, Outcome, Pair, Side
from factlint.checks import members as member_check
from factlint.checks import names as name_check
from factlint.compiled import ClaimReading
from factlint.model import MatchSettings, Verdict
from factlint.reading.reader import Reading
from factlint.reading.statements import Statement
from factlint.reading.vocabulary import Vocabulary
from factlint.verdicts.rules import (
    VALUE_KINDS,
    figures_of_another_period,
    later_facts_may_differ,
    old_claims_do_not_contradict,
    verdict_of,
)
from factlint.verdicts.topic import Link, link, names_its_subject, scope

FIGURES = frozenset({"count", "quantity", "money"})
PART_WEIGHT = 0.5  # the least a view of part of a claim keeps of its score


@dataclass(frozen=True)
class Judgement:
    """What one claim says of one sentence."""

    facts: ClaimReading
    verdict: Verdict
    kind: str
    outcome: Outcome
    link: Link
    side: Side
    share: float = 1.0  # how much of the claim the view judged is (one of its statements)

    @property
    def score(self) -> float:
        """How closely the draft speaks of the claim: a match on one statement of a claim
        that says more ranks below a match on a whole claim."""
        return self.link.score * (PART_WEIGHT + (1.0 - PART_WEIGHT) * self.share)


def compare(pair: Pair) -> Outcome:
    """Every check on a draft side against a claim, with the claim's own rules applied."""
    outcome = Outcome()
    for _, check in CHECKS:
        outcome = outcome + check(pair)
    outcome = old_claims_do_not_contradict(outcome, pair.facts)
    outcome = figures_of_another_period(outcome, pair.claim)
    return later_facts_may_differ(outcome)


def changed_names(pair: Pair) -> tuple[set[str], set[str]]:
    """(the claim's names, the draft's names) in slots both fill: the values they compare.

    "Nimbus is developed by Cumulus Software" against "Tallow Systems makes Nimbus":
    Tallow Systems and Cumulus Software are the makers compared, not the frame.
    """
    theirs_changed: set[str] = set()
    mine_compared: set[str] = set()
    for mine, same in name_check.compared(pair):
        if same and not any(t.name == mine.name for t in same):
            mine_compared.add(mine.name)
            theirs_changed.update(t.name for t in same)
    return theirs_changed, mine_compared


def judge(
    draft: Reading, facts: ClaimReading, vocabulary: Vocabulary, settings: MatchSettings
) -> Judgement | None:
    """The claim's verdict on the draft's statements that speak of it (None: none do).

    A claim that makes several statements ("Tallow Systems, the company that makes
    Nimbus, was founded in 2014") is compared statement by statement, and whole: a draft
    about who makes Nimbus need not speak of the founding year, and is measured
    against the statement it speaks of.
    """
    if not names_its_subject(draft, facts):
        return None
    statements = scope(draft, facts, vocabulary)
    if not statements:
        return None
    parts = facts.reading.statements
    views = [parts] if len(parts) < 2 else [*((p,) for p in parts), parts]
    best: Judgement | None = None
    for mine in _by_subject(statements):
        side = Side.of_statements(draft, mine)
        for view in views:
            claim = Side.of_statements(facts.reading, view)
            found = _judge(side, claim, facts, vocabulary, settings)
            if view is not parts:
                size = sum(p.end - p.start for p in parts) or 1
                found = replace(found, share=sum(p.end - p.start for p in view) / size)
            if best is None or _better(found, best):
                best = found
    return best


def _by_subject(statements: tuple[Statement, ...]) -> list[tuple[Statement, ...]]:
    """The draft's statements grouped by what they are about, when clauses name different
    subjects: "Chang'e-7 will fly in 2026, while Chang'e-6 will go to the near side"
    says one thing of each probe, and the year is not the second probe's. A clause with
    no subject of its own goes with the one before it. One subject: one group.
    """
    groups: list[list[Statement]] = []
    for s in statements:
        if s.subject and not s.inherited and groups and not _same_subject(groups[-1], s):
            groups.append([s])
        elif groups:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [tuple(g) for g in groups]


def _same_subject(group: list[Statement], statement: Statement) -> bool:
    own = set(statement.subject)
    return any(not g.subject or g.inherited or own & set(g.subject) for g in group)


def _better(a: Judgement, b: Judgement) -> bool:
    """The more telling of two views of one claim: the more severe verdict, then the closer."""
    return (a.verdict.rank, a.score) > (b.verdict.rank, b.score)


def _judge(
    side: Side, claim: Side, facts: ClaimReading, vocabulary: Vocabulary, settings: MatchSettings
) -> Judgement:
    pair = Pair(side, claim, facts, vocabulary, settings)
    outcome = compare(pair)
    members = member_check.named(pair) if facts.listed else set()
    changed, mine = changed_names(pair)
    if facts.listed:
        mine |= {
            name for name, _, _ in member_check.candidates(pair)
            if name not in members
        }  # fmt: skip
    found = link(side, claim, facts, vocabulary, changed, members, mine)
    if any(d.kind == "order" for d in outcome.agreed + outcome.conflicts):
        found = replace(found, says=True)  # the order of events is what the claim says
    if any(d.kind in FIGURES for d in outcome.agreed):
        found = replace(found, says=True)  # so is a figure that agrees on what it gives
    # A figure agreeing on what it counts or measures, or two values agreeing at once,
    # say by themselves that draft and claim speak of one thing.
    figures = [d for d in outcome.agreed if d.kind in VALUE_KINDS]
    named_figure = any(d.role and d.kind in FIGURES for d in figures) or len(figures) >= 2
    verdict, kind = verdict_of(outcome, found, facts, named_figure, side.reading)
    return Judgement(facts, verdict, kind, outcome, found, side)
