"""The rules that weigh one claim's checks into a verdict, and several verdicts into one.

Each rule is one principle, stated in its docstring and tested by phenomenon on more
than one facts file (``tests/verdicts``). They apply in this order: what a claim's
checks found is adjusted (old claims, later dates), then whether the draft speaks of
the claim closely enough to be supported or contradicted, then how the claims that
speak to one sentence combine.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.checks import Outcome, Side, dates
from factlint.compiled import ClaimReading
from factlint.model import Verdict
from factlint.reading.reader import Reading
from factlint.verdicts.topic import Link

# How closely a draft must speak of a claim (see ``topic``) ...
CONTRADICT_RECALL = 0.5  # ... for its values to contradict the claim's
CONTRADICT_PRECISION = 0.25
# ... to be supported by it: enough of the claim and of the draft shared, their product
# at least SUPPORT_EVIDENCE (0.6 of the claim with 0.45 of the draft, or 0.45 with 0.6)
SUPPORT_RECALL_MIN = 0.4
SUPPORT_PRECISION = 0.45
SUPPORT_EVIDENCE = 0.27
WHOLE_CLAIM = 0.85  # a draft that says all a claim says is supported whatever else it says
NO_VALUES_RECALL = 0.75  # a claim with no values: a paraphrase must say most of it
# A figure agreeing on what it counts or measures ("118 elements", "500 GB of storage")
# says much by itself: less of the frame need be shared.
NAMED_FIGURE_RECALL = 0.35
NAMED_FIGURE_PRECISION = 0.2
# A draft that says little beyond the claim ("SLIM launched on Sept. 16" against the
# whole launch claim) speaks of it though it leaves most of the claim out.
FOCUSED_PRECISION = 0.75
FOCUSED_RECALL = 0.2
MEMBER_RECALL = 0.25  # a membership statement: group and belonging, the list aside
BARE_PRECISION = 0.9  # a draft with no values that says only what the claim says ...
BARE_RECALL = 0.5  # ... and half of it (or its subject and verb)
VALUE_KINDS = frozenset({"count", "quantity", "money", "date", "year", "tally", "label"})
FIGURES = frozenset({"count", "quantity", "money", "tally"})


def set_aside(outcome: Outcome, kinds: frozenset[str] | None = None) -> Outcome:
    """The outcome with the conflicts of ``kinds`` (all when None) moved to unmatched."""
    off = tuple(d for d in outcome.conflicts if kinds is None or d.kind in kinds)
    kept = tuple(d for d in outcome.conflicts if not (kinds is None or d.kind in kinds))
    return Outcome(outcome.agreed, kept, outcome.unmatched + off)


def old_claims_do_not_contradict(outcome: Outcome, facts: ClaimReading) -> Outcome:
    """A replaced claim is old knowledge: a draft can repeat it (outdated), but the old
    claim cannot prove a draft wrong. The claim that replaced it may.

    Lunar: "NASA will land the first woman on the Moon by 2028" is not contradicted by
    the replaced 2024 target. Product: "$12 a month" is not contradicted by the
    replaced $8 price, only by the current $10.
    """
    return set_aside(outcome) if facts.claim.replaced_by else outcome


def later_facts_may_differ(outcome: Outcome) -> Outcome:
    """A draft that speaks of a time after the claim held ("As of 2025, ...") may give a
    count or a member list that has since changed: those cannot contradict.

    "As of 2025, 50 countries have signed" against 29 as of 2023; "By 2026 the council
    had nine members" against seven as of 2025.
    """
    if any(d.kind == dates.LATER for d in outcome.unmatched):
        return set_aside(outcome, frozenset({"count", "member"}))
    return outcome


def figures_of_another_period(outcome: Outcome, claim: Side) -> Outcome:
    """A figure the claim dates ("1.4 million visitors in 2023", "sales of $480 million
    in 2024") counts or measures one period: a draft giving another year speaks of
    another period, whose figure may differ. Neither its year nor its figure contradicts,
    and its figure does not agree either (the same number for another year is not this
    year's).

    Park: "1.2 million visitors in 2022" against 1.4 million in 2023; city: "Riverton
    had 136,905 residents in 2010" against the 2020 census. An event's date with no
    figure beside it ("The bridge opened in 2019"), or with a figure that counts who
    acted ("Eight nations founded the Accords in 2020"), still contradicts another year.
    """
    dated = [d for d in outcome.conflicts if d.kind in ("date", "year")]
    if not dated:
        return outcome
    for statement in claim.statements:
        inside = [v for v in claim.values if statement.covers(v.start, v.end)]
        start, end = statement.subject_span
        measured = [v for v in inside if v.kind in FIGURES and not start <= v.start < end]
        if measured and any(v.kind == "date" for v in inside):
            kinds = frozenset({"date", "year", *FIGURES})
            outcome = set_aside(outcome, kinds)
            # nor does the same figure agree: it was another period's
            moved = tuple(d for d in outcome.agreed if d.kind in FIGURES)
            kept = tuple(d for d in outcome.agreed if d.kind not in FIGURES)
            return Outcome(kept, outcome.conflicts, outcome.unmatched + moved)
    return outcome


def contradicts(outcome: Outcome, link: Link) -> bool:
    """A value, name or polarity the claim gives otherwise contradicts the draft only when
    the draft speaks of the claim's subject and frame: most of the claim's words and
    names besides its values (recall), without being mostly about something else
    (precision), or, saying little beyond the claim, at least part of its frame.
    "Nimbus 3 reached end of life in 2025" is contradicted by a 2026 date for the same
    end of life; "SLIM launched on Sept. 16" by the claim of the whole launch; "The
    Tanner River Dam was completed in 1987" is not about the bridge over that river.
    """
    if not outcome.conflicts or not link.subject or link.plan:
        return False
    if _focused(link):
        return True
    if _belonging(outcome, link, "conflicts"):
        return True
    return link.recall >= CONTRADICT_RECALL and link.precision >= CONTRADICT_PRECISION


def _focused(link: Link) -> bool:
    """A draft that says little beyond the claim, and its subject and verb or part of it."""
    return link.precision >= FOCUSED_PRECISION and (
        link.recall >= FOCUSED_RECALL or link.core >= 1.0
    )


def _belonging(outcome: Outcome, link: Link, which: str) -> bool:
    """A membership statement, judged on its group and its word of belonging: a name put in
    the claim's group ("Germany has joined China's ILRS") with a word saying it belongs."""
    found = outcome.conflicts if which == "conflicts" else outcome.agreed
    return (
        any(d.kind == "member" for d in found)
        and link.says
        and link.recall >= MEMBER_RECALL
        and link.precision >= CONTRADICT_PRECISION
    )


def supports(
    outcome: Outcome,
    link: Link,
    facts: ClaimReading,
    named_figure: bool = False,
    draft: Reading | None = None,
) -> bool:
    """The claim supports the draft when the draft says what the claim says: it agrees on
    at least one of the claim's values, names or members (or, for a claim with no
    values, says most of it), contradicts none, and shares the claim's subject and
    frame, including at least one of its words besides names ("Samuel Choi chairs the
    council's finance committee" names a listed member and the council, but says
    nothing of membership), and does not deny what the claim asserts. A draft that
    covers a claim whole is supported whatever else it says (the rest is its own,
    unverified); one that covers part must say little else. A draft that states no
    value of its own ("CNSA and the Egyptian Space Agency signed an ILRS memorandum")
    is supported by the claim's words alone.

    "Nimbus 4.2 became available in the third quarter of 2024" is supported by the
    release date; "The Riverton school board voted 5 to 2 to extend the
    superintendent's contract" shares a tally but not what was voted on. A draft that
    ranks what the claim does not ("Wyndham is the busiest station on the line", "the
    most popular gallery") says what the claim cannot decide.
    """
    if outcome.conflicts or not link.subject or not link.says or link.flipped or link.ranks:
        return False
    if draft is not None and _unpaired_figure(outcome, facts, draft):
        return False
    agreed = [d for d in outcome.agreed if d.kind != "polarity" or d.draft == "denies"]
    # naming what the claim is about, in its place, is its frame, not a value it gives
    agreed = [d for d in agreed if not (d.kind == "entity" and d.facts in facts.about)]
    if facts.listed:
        # a claim that lists members speaks of membership: its other names are its frame
        agreed = [d for d in agreed if d.kind in ("member", "count")]
    if not agreed:
        # A draft that states no value of its own says part of the claim in its words:
        # most of them, or its subject and verb with little else. A claim that gives a
        # figure (a count, an amount, a tally) asserts the figure: a draft without it
        # ("France has signed the Artemis Accords" against "29 countries have signed")
        # does not say what the claim says.
        if link.values or facts.listed or any(v.kind in FIGURES for v in facts.reading.values):
            return False
        return link.recall >= NO_VALUES_RECALL or (
            link.precision >= BARE_PRECISION
            and (link.recall >= BARE_RECALL or (link.core >= 1.0 and link.recall >= FOCUSED_RECALL))
        )
    if link.recall >= WHOLE_CLAIM:
        return True
    if named_figure and link.recall >= NAMED_FIGURE_RECALL:
        return link.precision >= NAMED_FIGURE_PRECISION
    if agreed and (_focused(link) or _belonging(outcome, link, "agreed")):
        return True
    return (
        link.recall >= SUPPORT_RECALL_MIN
        and link.precision >= SUPPORT_PRECISION
        and link.recall * link.precision >= SUPPORT_EVIDENCE
    )


def _unpaired_figure(outcome: Outcome, facts: ClaimReading, draft: Reading) -> bool:
    """The draft gives a figure of a kind the claim gives too, and the two were not paired:
    "Mount Corrin stands 2,142 metres tall" against "Mount Corrin, at 2,412 metres, is the
    highest peak". The claim neither backs the figure nor can be said to be silent on it.
    """
    theirs = [v for v in facts.reading.values if v.kind in FIGURES]
    if not theirs:
        return False
    for d in outcome.unmatched:
        if d.kind not in FIGURES:
            continue
        mine = [v for v in draft.values if v.kind == d.kind and v.text == d.draft]
        for v in mine:
            # one that says what it measures otherwise is another measure ("85 metres
            # wide" beside a claim's length)
            alike = [
                t
                for t in theirs
                if t.kind == v.kind
                and t.dimension == v.dimension
                and not (v.head and t.head and v.head != t.head)
            ]
            if alike and not any(
                abs(t.amount - v.amount) <= 1e-9 * max(1.0, abs(t.amount)) for t in alike
            ):
                return True
    return False


def verdict_of(
    outcome: Outcome,
    link: Link,
    facts: ClaimReading,
    named_figure: bool = False,
    draft: Reading | None = None,
) -> tuple[Verdict, str]:
    """The verdict of one claim on a draft side, and the kind of check that decided."""
    if contradicts(outcome, link):
        return Verdict.CONTRADICTED, outcome.conflicts[0].kind
    if supports(outcome, link, facts, named_figure, draft):
        if facts.claim.replaced_by:
            return Verdict.OUTDATED, "replaced"
        return Verdict.SUPPORTED, "supported"
    return Verdict.UNVERIFIED, ""


def without(outcome: Outcome, drafts: set[tuple[str, str]]) -> Outcome:
    """The outcome with the conflicts on ``drafts`` ((kind, text) pairs) dropped."""
    kept = tuple(d for d in outcome.conflicts if (value_kind(d.kind), d.draft) not in drafts)
    return replace(outcome, conflicts=kept)


def value_kind(kind: str) -> str:
    """What a difference is about, whichever check found it: a year is a date, and a name
    is a name whether a role or a list holds it."""
    if kind == "year":
        return "date"
    return "name" if kind in ("entity", "member") else kind
