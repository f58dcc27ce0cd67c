"""The library API: text in, one finding per sentence out, each verdict with its evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.analysis import Analysis, Region
from factlint.checks import CHECKS, Outcome, dates
from factlint.checks.base import VALUE_KINDS, ClaimContext
from factlint.compiled import CompiledFacts
from factlint.fixes import with_fixes
from factlint.match import Candidate, ClaimIndex
from factlint.model import (
    Difference,
    FactBase,
    Finding,
    MatchSettings,
    Notice,
    Problem,
    Report,
    Sentence,
    Verdict,
)
from factlint.verdicts import (
    CROWDED_MIN_SCORE,
    JOINT_PART_MIN_SCORE,
    Judgement,
    drop_answered_conflicts,
    has_member_cue,
    joint_support,
    other_actors,
    repeats,
    set_aside,
)

if TYPE_CHECKING:
    from factlint.progress import Progress
    from factlint.text import Document

STDIN_PATH = "-"
TEXT_PATH = "<text>"


class Checker:
    """Checks sentences against one fact base; build it once, call it for every document."""

    def __init__(
        self, facts: FactBase | CompiledFacts, settings: MatchSettings | None = None
    ) -> None:
        self.settings = settings or MatchSettings()
        self.index = ClaimIndex(facts, self.settings)

    def compare(self, region: Region, ctx: ClaimContext) -> Outcome:
        """Run every check on one region of a sentence against one claim."""
        outcome = Outcome()
        # A sentence with nothing but names and a date ("Chang'e-8 is scheduled for 2028");
        # a denial ("rejected", "refused") is a statement of its own.
        bare = not region.words and region.polarity > 0 and not self.index.about_itself(ctx)
        for kind, check in CHECKS:
            found = check(region, ctx)
            if bare and kind == "date":
                # "Chang'e-8 is scheduled for 2028" says when the mission flies, which a
                # claim about its partner selection date cannot confirm or deny.
                found = Outcome(unmatched=found.agreed + found.conflicts + found.unmatched)
            outcome = outcome + found
        flipped = region.polarity != ctx.region.polarity and not any(
            d.kind == "polarity" for d in outcome.conflicts
        )
        if ctx.claim.replaced_by:
            # A replaced claim is old knowledge: a sentence can repeat it (outdated), but
            # it cannot prove a sentence wrong; the claim that replaced it may.
            outcome = set_aside(outcome, lambda kind: True)
        elif flipped or other_actors(region, ctx):
            # "Germany signed the Accords in 2023" is not about Russia's refusal in 2020
            # (another actor, or a flipped statement the polarity check did not take up):
            # only a swapped name or membership can contradict a claim about something else.
            outcome = set_aside(outcome, lambda kind: kind not in ("entity", "member"))
            # Nor do its dates and numbers back this sentence's, and a flipped statement
            # is not the claim's: it cannot support the sentence either.
            outcome = replace(
                outcome,
                agreed=tuple(d for d in outcome.agreed if d.kind in ("entity", "member")),
                unmatched=outcome.unmatched
                + (
                    (Difference("polarity", "flipped", ""),)
                    if flipped and ctx.claim.members is None
                    else ()
                ),
            )
        if not region.words and any(d.kind == "ordinal" for d in outcome.conflicts):
            # "The 73rd Congress took place in Paris": another edition of a recurring event,
            # said for itself; a claim about what happened at the 74th does not speak to it.
            outcome = set_aside(outcome, lambda kind: True)
        if any(d.kind == dates.LATER for d in outcome.unmatched):
            # The sentence speaks of a time after the claim held: a count or list that
            # differs may simply have changed since.
            outcome = set_aside(outcome, lambda kind: kind in ("count", "member"))
        return outcome

    def judge(self, candidate: Candidate) -> Judgement:
        """Compare one region of a sentence with one claim and decide."""
        region, ctx = candidate.region, candidate.claim
        if self._out_of_reach(candidate):
            score = round(candidate.coverage * 100.0, 1)
            whole = candidate.full or region
            return Judgement(ctx, Verdict.UNVERIFIED, "", Outcome(), score, whole)
        outcome = self.compare(region, ctx)
        threshold = self.settings.min_score / 100.0
        topical = candidate.coverage >= threshold
        member_talk = has_member_cue(region) and bool(ctx.members or ctx.excluded)
        member_conflict = any(d.kind == "member" for d in outcome.conflicts)
        score = round(candidate.coverage * 100.0, 1)
        # A sentence that also states numbers or dates the claim knows nothing of may be
        # about something else ("open to 50 countries by 2035"): for its numbers and dates
        # to contradict the claim's, it must share more of the claim's wording.
        crowded = any(d.kind in VALUE_KINDS for d in outcome.unmatched)
        if crowded and candidate.coverage < CROWDED_MIN_SCORE / 100.0:
            outcome = set_aside(outcome, lambda kind: kind in VALUE_KINDS)
        if (
            outcome.conflicts
            and not candidate.foreign
            and (topical or (member_conflict and member_talk))
        ):
            kind = "member" if member_conflict and not topical else outcome.conflicts[0].kind
            return Judgement(ctx, Verdict.CONTRADICTED, kind, outcome, score, region)
        # Support is judged on every clause about the subject, not only the closest ones:
        # a name or value in another clause that the claim does not back leaves it open.
        whole, whole_outcome, foreign = region, outcome, candidate.foreign
        if candidate.full is not None:
            foreign = candidate.full_foreign
            whole = candidate.full
            whole_outcome = self.compare(whole, ctx)
            topical = candidate.full_coverage >= threshold
        member_talk = has_member_cue(whole) and bool(ctx.members or ctx.excluded)
        member_agreed = any(d.kind == "member" for d in whole_outcome.agreed)
        # A bare name ("Chang'e-6" in a table cell) states nothing to support, and a claim
        # whose point is a number supports only a sentence that gives one.
        numbers = ("count", "quantity")
        stated = {v.kind for v in ctx.region.values}
        misses_the_point = (
            bool(stated)
            and stated <= set(numbers)
            and not any(v.kind in numbers for v in whole.values)
        )
        says_something = not misses_the_point and bool(
            whole.words
            or whole.values
            or whole.polarity < 0
            or any(d.kind != "entity" for d in whole_outcome.agreed)
        )
        if (
            says_something
            and not whole_outcome.conflicts
            and not whole_outcome.unmatched
            and not foreign
            and (topical or (member_agreed and member_talk))
        ):
            # Repeating a replaced claim is outdated, unless the sentence dates it to
            # when it held ("In 2021, NASA expected ..."): then it is accurate history.
            historical = any(d.facts.startswith("as of ") for d in whole_outcome.agreed)
            replaced = bool(ctx.claim.replaced_by) and not historical
            verdict = Verdict.OUTDATED if replaced else Verdict.SUPPORTED
            kind = "replaced" if replaced else ""
            return Judgement(ctx, verdict, kind, whole_outcome, score, whole)
        return Judgement(ctx, Verdict.UNVERIFIED, "", whole_outcome, score, whole)

    def _out_of_reach(self, candidate: Candidate) -> bool:
        """Whether no comparison could make the claim speak to the sentence.

        A claim that shares too little of the sentence's wording to support or contradict
        it, or to back part of it, and lists no members (a member can be named with
        few shared words) is left unverified without running the checks.
        """
        ctx = candidate.claim
        if ctx.members or ctx.excluded:
            return False
        threshold = self.settings.min_score / 100.0
        best = max(candidate.coverage, candidate.full_coverage if candidate.full else 0.0)
        return best < threshold and candidate.coverage * 100.0 < JOINT_PART_MIN_SCORE

    def judgements(self, text: str, context: frozenset[str] = frozenset()) -> list[Judgement]:
        return self._judgements(self.index.analyze(text), context)

    def _judgements(self, analysis: Analysis, context: frozenset[str]) -> list[Judgement]:
        return [self.judge(c) for c in self.index.candidates(analysis, context)]

    def check_sentence(self, sentence: Sentence, context: frozenset[str] = frozenset()) -> Finding:
        """The verdict on one sentence: the most severe of the claims it speaks to.

        ``context``: the subjects of the sentence before it in the same paragraph.
        """
        return self._check(sentence, self.index.analyze(sentence.text), context)

    def _check(self, sentence: Sentence, analysis: Analysis, context: frozenset[str]) -> Finding:
        every = self._judgements(analysis, context)
        judged = [j for j in every if j.verdict is not Verdict.UNVERIFIED]
        if not judged:
            judged = joint_support(every)
        judged = drop_answered_conflicts(judged)
        judged = [self._as_repeat(j) for j in judged]
        if not judged:
            return Finding(sentence, Verdict.UNVERIFIED)
        # Repeating a replaced claim is only outdated when no current claim says the same.
        if any(j.verdict is Verdict.SUPPORTED for j in judged):
            judged = [j for j in judged if j.verdict is not Verdict.OUTDATED]
        judged.sort(key=lambda j: (-j.verdict.rank, -j.score, j.claim.claim.id))
        findings = [self._finding(sentence, j) for j in judged]
        return replace(findings[0], related=tuple(findings[1:]))

    def _as_repeat(self, j: Judgement) -> Judgement:
        """A contradiction that repeats the exact figure of the claim this one replaced is
        outdated: "NASA's target is 2024" repeats the 2021 claim, now replaced.
        """
        if j.verdict is not Verdict.CONTRADICTED or j.region is None:
            return j
        for old in self.index.replaced(j.claim.claim.id):
            if repeats(j, old):
                outcome = Outcome(agreed=j.outcome.conflicts)
                return Judgement(old, Verdict.OUTDATED, "replaced", outcome, j.score, j.region)
        return j

    def _finding(self, sentence: Sentence, j: Judgement) -> Finding:
        claim = j.claim.claim
        return Finding(
            sentence=sentence,
            verdict=j.verdict,
            claim=claim,
            sources=self.index.sources_of(claim),
            score=j.score,
            reason=self._reason(j),
            kind=j.kind or ("supported" if j.verdict is Verdict.SUPPORTED else ""),
            differences=j.outcome.conflicts if j.outcome.conflicts else j.outcome.agreed,
        )

    def _reason(self, j: Judgement) -> str:
        claim = j.claim.claim
        as_of = f" (as of {claim.as_of})" if claim.as_of else ""
        if j.verdict is Verdict.CONTRADICTED:
            parts = []
            for d in j.outcome.conflicts:
                if d.kind == "member":
                    parts.append(f"member differs: the draft names {d.draft}, but {d.facts}")
                elif d.kind == "polarity":
                    parts.append(f"polarity differs: the draft {d.draft} what the facts {d.facts}")
                else:
                    label = "name" if d.kind == "entity" else d.kind
                    parts.append(
                        f"{label} differs: the draft says {d.draft}, the facts say {d.facts}"
                    )
            return "; ".join(parts) + as_of
        if j.verdict is Verdict.OUTDATED:
            newer = self.index.claim(claim.replaced_by or "")
            newer_text = f": {newer.text}" if newer else ""
            return (
                f"outdated: repeats claim {claim.id}{as_of}, replaced by {claim.replaced_by}"
                f"{newer_text}"
            )
        agreed = ", ".join(f"{d.kind} {d.draft}" for d in j.outcome.agreed if d.kind != "polarity")
        return f"supported by {claim.id}{as_of}" + (f" ({agreed})" if agreed else "")

    def check_sentences(self, sentences: Iterable[Sentence]) -> list[Finding]:
        """Check a document's sentences in order, each in the context of the one before."""
        findings: list[Finding] = []
        context: frozenset[str] = frozenset()
        previous: Sentence | None = None
        for sentence in sentences:
            if not _same_paragraph(previous, sentence):
                context = frozenset()
            analysis = self.index.analyze(sentence.text)
            findings.append(self._check(sentence, analysis, context))
            context = self.index.anchors(analysis) or context
            previous = sentence
        return findings


def _same_paragraph(previous: Sentence | None, sentence: Sentence) -> bool:
    """Whether two sentences follow each other in one block of text (no blank line)."""
    return (
        previous is not None
        and previous.path == sentence.path
        and sentence.line - previous.end_line <= 1
    )


def check_files(
    paths: Sequence[str],
    checker: Checker,
    *,
    texts: Sequence[str] = (),
    read_stdin: Callable[[], bytes] | None = None,
    on_file: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> Report:
    """Check files (``-`` is standard input) and command-line texts into one report.

    A file that cannot be read becomes a ``Problem`` and the others are still checked.
    Suppression comments in each file are applied, and unused ones become notices.
    With ``jobs`` above 1 a large input is checked on that many forked workers, cut
    at paragraph breaks (no sentence's context crosses one): the report is the same.
    """
    from factlint.errors import InputError
    from factlint.text import decode_text, document_kind, parse_document, read_text

    findings: list[Finding] = []
    notices: list[Notice] = []
    problems: list[Problem] = []
    for number, text in enumerate(texts, start=1):
        document = parse_document(text, TEXT_PATH, "text")
        checked = [checker.check_sentence(sentence) for sentence in document.sentences]
        for finding in with_fixes(checked, document.text, checker.settings.hedge_tolerance):
            findings.append(_on_line(finding, number))
    documents = []
    for path in paths:
        try:
            if path == STDIN_PATH:
                raw = read_stdin() if read_stdin is not None else b""
                content = decode_text(raw, STDIN_PATH)
            else:
                content = read_text(Path(path))
        except InputError as error:
            problems.append(error.problem)
            continue
        documents.append(parse_document(content, path, document_kind(path)))
    checked_all = _check_documents(checker, [d.sentences for d in documents], jobs)
    for document, checked in zip(documents, checked_all, strict=True):
        kept, unused = _finish(document, checked, checker)
        findings += kept
        notices += unused
        if on_file is not None:
            on_file(document.path)
    return Report(tuple(findings), len(documents), tuple(notices), tuple(problems), len(texts))


# Below this many sentences, starting workers costs more than it saves.
PARALLEL_MIN_SENTENCES = 1000
_CHUNK = 200  # sentences a worker takes at a time (more, up to the next paragraph break)
_WORKER: Checker | None = None


def _check_chunk(sentences: Sequence[Sentence]) -> list[Finding]:
    assert _WORKER is not None
    return _WORKER.check_sentences(sentences)


def _chunks(sentences: Sequence[Sentence]) -> list[Sequence[Sentence]]:
    """The sentences cut into runs of at least ``_CHUNK``, each ending at a paragraph break."""
    chunks: list[Sequence[Sentence]] = []
    start = 0
    for i in range(1, len(sentences)):
        if i - start >= _CHUNK and not _same_paragraph(sentences[i - 1], sentences[i]):
            chunks.append(sentences[start:i])
            start = i
    if start < len(sentences):
        chunks.append(sentences[start:])
    return chunks


def _check_documents(
    checker: Checker, documents: Sequence[Sequence[Sentence]], jobs: int
) -> Iterator[list[Finding]]:
    """Each document's findings, in order; on ``jobs`` workers when the input is large."""
    global _WORKER
    from factlint.compiled import fork_pool

    total = sum(len(d) for d in documents)
    pool = None
    if jobs > 1 and total >= PARALLEL_MIN_SENTENCES:
        _WORKER = checker  # set before forking: the workers inherit it
        pool = fork_pool(jobs)
    if pool is None:
        _WORKER = None
        for sentences in documents:
            yield checker.check_sentences(sentences)
        return
    units = [(i, chunk) for i, d in enumerate(documents) for chunk in _chunks(d)]
    try:
        with pool:
            results = pool.imap(_check_chunk, [chunk for _, chunk in units], chunksize=1)
            current, found = 0, list[Finding]()
            for (i, _), part in zip(units, results, strict=True):
                while i > current:
                    yield found
                    current, found = current + 1, []
                found += part
            while current < len(documents):
                yield found
                current, found = current + 1, []
    finally:
        _WORKER = None


def recheck(report: Report, paths: Sequence[str], checker: Checker) -> Report:
    """``report`` with the files at ``paths`` checked again (after they were corrected):
    their findings and notices take the place of the old ones, in the same order."""
    again = check_files(paths, checker)
    fresh: dict[str, list[Finding]] = {}
    for finding in again.findings:
        fresh.setdefault(finding.sentence.path, []).append(finding)
    findings: list[Finding] = []
    for finding in report.findings:
        path = finding.sentence.path
        if path not in paths:
            findings.append(finding)
        elif path in fresh:
            findings += fresh.pop(path)
    notices = [n for n in report.notices if n.path not in paths] + list(again.notices)
    problems = report.problems + again.problems
    return Report(tuple(findings), report.files, tuple(notices), problems, report.texts)


def check_document(
    text: str, path: str, kind: str, checker: Checker
) -> tuple[list[Finding], list[Notice]]:
    """Check one document (``kind`` ``"markdown"`` or ``"text"``): its findings, with their
    fixes and suppressions applied, and the notices of its unused suppressions."""
    from factlint.text import parse_document

    document = parse_document(text, path, kind)
    return _finish(document, checker.check_sentences(document.sentences), checker)


def _finish(
    document: Document, checked: list[Finding], checker: Checker
) -> tuple[list[Finding], list[Notice]]:
    """A document's findings with their fixes and its suppressions applied."""
    from factlint.suppress import apply_suppressions

    checked = with_fixes(checked, document.text, checker.settings.hedge_tolerance)
    return apply_suppressions(checked, document.suppressions, document.path)


def _on_line(finding: Finding, number: int) -> Finding:
    """A ``--text`` finding placed on line ``number``, its fix with it."""
    sentence = replace(finding.sentence, line=number, end_line=number)
    fix = finding.fix
    if fix is not None:
        edits = tuple(replace(e, line=number, end_line=number) for e in fix.edits)
        fix = replace(fix, edits=edits)
    return replace(finding, sentence=sentence, fix=fix)


def check_text(
    text: str,
    facts: FactBase | None = None,
    *,
    path: str = "<text>",
    markdown: bool = False,
    settings: MatchSettings | None = None,
) -> list[Finding]:
    """Check a piece of prose and return one finding per sentence, without printing.

    ``facts`` defaults to the bundled canonical facts.
    """
    from factlint.facts import load_facts
    from factlint.text import parse_document

    checker = checker_for(facts if facts is not None else load_facts(), settings)
    document = parse_document(text, path, "markdown" if markdown else "text")
    findings = checker.check_sentences(document.sentences)
    return with_fixes(findings, document.text, checker.settings.hedge_tolerance)


_CHECKERS: dict[tuple[int, MatchSettings], tuple[FactBase, Checker]] = {}


def load_checker(
    paths: Sequence[str | Path] | None = None,
    settings: MatchSettings | None = None,
    *,
    cache: bool = True,
    jobs: int | None = None,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> Checker:
    """A checker for facts files (the bundled ones when None), from the compiled cache.

    The facts are read and compiled (on ``jobs`` cores; default all) only when the
    cache does not hold these files' content yet; ``cache=False`` neither reads nor
    writes it. ``max_bytes`` caps the size of a facts file read. ``progress`` is told
    how reading and compiling go (``factlint.progress``). Raises ``FactsError`` for
    invalid facts.
    """
    from factlint.cache import load_compiled

    compiled = load_compiled(paths, cache=cache, jobs=jobs, max_bytes=max_bytes, progress=progress)
    return Checker(compiled, settings)


def checker_for(facts: FactBase, settings: MatchSettings | None = None) -> Checker:
    """A checker for these facts, built once: reading every claim is the costly part."""
    key = (id(facts), settings or MatchSettings())
    cached = _CHECKERS.get(key)
    if cached is None or cached[0] is not facts:
        if len(_CHECKERS) >= 8:
            _CHECKERS.clear()
        cached = _CHECKERS[key] = (facts, Checker(facts, settings))
    return cached[1]


def most_severe(findings: Sequence[Finding]) -> Verdict:
    """The worst verdict among findings (unverified when there are none)."""
    return max((f.verdict for f in findings), key=lambda v: v.rank, default=Verdict.UNVERIFIED)


__all__ = [
    "Checker",
    "Difference",
    "check_document",
    "check_files",
    "check_text",
    "checker_for",
    "load_checker",
    "most_severe",
    "recheck",
]
