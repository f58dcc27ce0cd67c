"""How the verdicts of the claims that speak to one sentence combine into one.

Each rule is one principle, in the order applied:

1. ``history``: repeating an old claim with the date it held is history, not outdated;
   nor is repeating word for word what the old claim's source said (``quoted_source``).
2. ``answered_values``: a value one current claim backs is not contradicted by a
   sibling claim about something else.
3. ``nearest_figure``: a hedged figure that fits an old claim and its replacement is
   read as the nearer one.
4. ``repeated_figures``: a contradiction that repeats exactly the figure of the claim
   it replaced is outdated, not wrong.
5. ``current_first``: a sentence a current claim supports is not outdated by an old
   claim saying the same.
6. The most severe verdict is the sentence's; the others are its related findings.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.checks import Outcome
from factlint.checks.dates import compare as compare_dates
from factlint.model import Difference, Verdict
from factlint.verdicts.judge import Judgement
from factlint.verdicts.rules import VALUE_KINDS, contradicts, value_kind, without


def _value(d: Difference) -> tuple[str, str]:
    return (value_kind(d.kind), d.draft)


def answered_values(judged: list[Judgement]) -> list[Judgement]:
    """A value one claim backs is not contradicted by a claim about something else: a
    current claim's value is right, an old claim's value is outdated, not wrong.

    Lunar: "NASA plans crewed missions in 2027" is backed by the claim that says so; the
    claim about the December 2025 landing does not make it false. City: "$38 million
    for street repairs" is backed by the repairs claim; the operating-budget total does
    not contradict it. A name one list backs as a member is not contradicted by another
    list: "Kelling Junction is a station on the line" is backed by the list of stations,
    whatever a list of the stations with step-free access leaves out.
    """
    backed = {
        _value(d)
        for j in judged
        if j.verdict in (Verdict.SUPPORTED, Verdict.OUTDATED)
        for d in j.outcome.agreed
        if d.kind in VALUE_KINDS or d.kind in ("entity", "member")
    }
    out: list[Judgement] = []
    for j in judged:
        if j.verdict is Verdict.CONTRADICTED:
            outcome = without(j.outcome, backed)
            if not contradicts(outcome, j.link):
                j = replace(j, verdict=Verdict.UNVERIFIED, kind="", outcome=outcome)
            else:
                j = replace(j, outcome=outcome, kind=outcome.conflicts[0].kind)
        out.append(j)
    return out


def _distance(d: Difference) -> float | None:
    """How far a draft figure is from the claim figure it agreed with (relative)."""
    try:
        said = float("".join(c for c in d.draft if c.isdigit() or c == "."))
        fact = float("".join(c for c in d.facts.split(" / ")[0] if c.isdigit() or c == "."))
    except ValueError:
        return None
    return abs(said - fact) / max(abs(fact), 1e-9)


def nearest_figure(judged: list[Judgement], replaced: dict[str, str]) -> list[Judgement]:
    """A hedged figure that fits both an old claim and the claim that replaced it is read
    as the nearer one: "about $410 million" repeats the replaced $412 million, not the
    current $426 million; "about 30 countries" is nearer the current 29 than an old 12.
    """
    by_id = {j.facts.claim.id: j for j in judged}
    out = list(judged)
    for i, j in enumerate(out):
        if j.verdict is not Verdict.SUPPORTED:
            continue
        olds = [
            by_id[old] for old, new in replaced.items() if new == j.facts.claim.id and old in by_id
        ]
        for old in olds:
            if old.verdict is not Verdict.OUTDATED:
                continue
            for mine in j.outcome.agreed:
                theirs = next((d for d in old.outcome.agreed if _value(d) == _value(mine)), None)
                if theirs is None:
                    continue
                near_new, near_old = _distance(mine), _distance(theirs)
                if near_new is not None and near_old is not None and near_old < near_new:
                    out[i] = replace(j, verdict=Verdict.UNVERIFIED, kind="")
    return out


def repeated_figures(judged: list[Judgement], older: dict[str, list[Judgement]]) -> list[Judgement]:
    """A contradiction that repeats exactly a figure of the claim this one replaced is
    outdated: "NASA's target is 2024" repeats the 2021 claim, now replaced; "The Pro plan
    costs $8 a month" repeats the old price.
    """
    out: list[Judgement] = []
    for j in judged:
        if j.verdict is Verdict.CONTRADICTED:
            for old in older.get(j.facts.claim.id, []):
                agreed = {_value(d) for d in old.outcome.agreed}
                wrong = {_value(d) for d in j.outcome.conflicts}
                if (
                    wrong
                    and all(k in VALUE_KINDS for k, _ in wrong)
                    and all(
                        _value(d) in agreed or _old_value(j, old, d) for d in j.outcome.conflicts
                    )
                ):
                    j = replace(
                        old,
                        verdict=Verdict.OUTDATED,
                        kind="replaced",
                        outcome=Outcome(agreed=j.outcome.conflicts),
                    )
                    break
        out.append(j)
    return out


def _old_value(new: Judgement, old: Judgement, conflict: Difference) -> bool:
    """Whether the draft value in ``conflict`` (found against the claim that replaced
    ``old``) is a value ``old`` itself gives. The replacing claim speaks of the same
    thing, so its frame stands for the old claim's: "NASA aims to return astronauts ...
    in 2024" is worded like the current December 2025 claim, and gives the year of the
    claim it replaced ("... by 2024")."""
    mine = next(
        (v for v in new.side.reading.values if conflict.span and v.span == conflict.span), None
    )
    if mine is None:
        return False
    for theirs in old.facts.reading.values:
        if theirs.kind != mine.kind:
            continue
        if mine.date is not None and theirs.date is not None:
            same = compare_dates(mine.date, theirs.date)
            if same and mine.date.has_month == theirs.date.has_month:
                return True
        elif (
            mine.date is None
            and theirs.date is None
            and mine.amount == theirs.amount
            and (mine.dimension == theirs.dimension)
        ):
            return True
    return False


def history(judged: list[Judgement]) -> list[Judgement]:
    """Repeating a replaced claim with the date it held ("In 2021, NASA expected to land
    by 2024") is accurate history: supported, not outdated."""
    out: list[Judgement] = []
    for j in judged:
        if j.verdict is Verdict.OUTDATED and any(
            d.kind == "date" and d.facts.startswith("as of") for d in j.outcome.agreed
        ):
            j = replace(j, verdict=Verdict.SUPPORTED, kind="supported")
        out.append(j)
    return out


QUOTE_MIN = 25  # characters a source's quote must have to be recognised in a sentence
QUOTE_SIMILARITY = 95.0  # rapidfuzz partial ratio at which a sentence holds a whole quote


def quoted_source(judged: list[Judgement], text: str) -> list[Judgement]:
    """A sentence that holds, word for word, the whole of what a replaced claim's source
    said is that source speaking, as the facts file records it: history, not an outdated
    statement. (Repeating the claim itself is outdated.)

    The source articles a base was written from still say what they said ("NASA expects
    to send the first woman ... by 2024", in a 2021 article); the claim written from
    them is marked replaced, not the article wrong.
    """
    from rapidfuzz import fuzz

    from factlint.reading.clean import fold

    folded = fold(text)
    out: list[Judgement] = []
    for j in judged:
        if j.verdict is Verdict.OUTDATED:
            quotes = [c.quote for c in j.facts.claim.citations if c.quote]
            if any(
                QUOTE_MIN <= len(fold(q)) <= len(folded)
                and fuzz.partial_ratio(fold(q), folded) >= QUOTE_SIMILARITY
                for q in quotes
            ):
                j = replace(j, verdict=Verdict.SUPPORTED, kind="supported")
        out.append(j)
    return out


def current_first(judged: list[Judgement]) -> list[Judgement]:
    """A sentence a current claim supports is not outdated by an old one saying the same:
    an old claim's match stands only for values no current claim backs.

    "The Artemis Accords have 29 signatories" is supported, whatever older count the
    base keeps; "For $8 a month, Pro users get 500 GB" repeats the old price, though the
    storage is current.
    """
    backed = {_value(d) for j in judged if j.verdict is Verdict.SUPPORTED for d in j.outcome.agreed}
    if not backed and not any(j.verdict is Verdict.SUPPORTED for j in judged):
        return judged
    kept = []
    for j in judged:
        if j.verdict is Verdict.OUTDATED:
            own = {_value(d) for d in j.outcome.agreed if d.kind in VALUE_KINDS}
            if not own or own <= backed:
                continue
        kept.append(j)
    return kept


def combine(judged: list[Judgement], replaced: dict[str, str], text: str = "") -> list[Judgement]:
    """The judgements that stand, most severe first (the first is the sentence's verdict)."""
    judged = history(judged)
    judged = quoted_source(judged, text)
    judged = answered_values(judged)
    judged = nearest_figure(judged, replaced)
    older: dict[str, list[Judgement]] = {}
    for j in judged:
        newer = j.facts.claim.replaced_by
        if newer:
            older.setdefault(newer, []).append(j)
    judged = repeated_figures(judged, older)
    kept = [j for j in judged if j.verdict is not Verdict.UNVERIFIED]
    kept = current_first(kept)
    kept.sort(key=lambda j: (-j.verdict.rank, -j.score, j.facts.claim.id))
    return kept
