"""The library API: text in, one finding per sentence out, each verdict with its evidence."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.compiled import CompiledFacts
from factlint.fixes import with_fixes
from factlint.gcpause import collector_paused, young_collected
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
from factlint.reading.context import Context, resolve
from factlint.reading.reader import Reading
from factlint.retrieval.index import ClaimIndex
from factlint.verdicts.combine import combine
from factlint.verdicts.judge import Judgement, judge
from factlint.verdicts.topic import names_any

if TYPE_CHECKING:
    from factlint.progress import Progress
    from factlint.text import Document

STDIN_PATH = "-"
# A candidate sharing less than this share of the best candidate's key weight is not
# judged: the sentence is about what it shares with the best, not about that claim.
FAINT = 0.2
TEXT_PATH = "<text>"


class Checker:
    """Checks sentences against one fact base; build it once, call it for every document.

    A sentence flows through the stages in order: it is read (names, values,
    statements; pointing subjects resolved from the paragraph so far), the claims it
    may speak of are retrieved from the whole base, each is judged by the checks on
    the statements that speak of it, and the judgements combine into one verdict.
    """

    def __init__(
        self, facts: FactBase | CompiledFacts, settings: MatchSettings | None = None
    ) -> None:
        self.settings = settings or MatchSettings()
        self.index = ClaimIndex(facts)
        compiled = self.index.compiled
        self._replaced = {
            cid: newer
            for cid, newer in zip(compiled.ids, compiled.replaced_by, strict=True)
            if newer
        }

    def read(self, text: str, context: Context | None = None) -> Reading:
        reading = self.index.read(text)
        return resolve(reading, context, self.index.vocabulary) if context else reading

    def judgements(self, reading: Reading) -> list[Judgement]:
        """The claims that speak to a reading, judged and combined, most severe first."""
        extra = [f"n:{k}" for s in reading.statements if s.inherited for k in s.subject]
        extra += [f"n:{k}" for k in reading.referred]
        judged = []
        candidates = self.index.candidates(reading, extra)
        bar = FAINT * candidates[0].score if candidates else 0.0
        for candidate in candidates:
            if candidate.score < bar and not candidate.by_statement:
                continue  # shares too little of what the best candidate shares to be its topic
            theirs = self.index.subjects(candidate.position)
            if theirs is not None and not names_any(reading, theirs):
                continue  # names_its_subject, told before the claim is thawed
            facts = self.index.readings[candidate.position]
            found = judge(reading, facts, self.index.vocabulary, self.settings)
            if found is not None:
                judged.append(found)
        # What the comparisons kept with the sentence's reading (its sides, which point
        # back at it) served this sentence alone: let go, the reading is freed as soon
        # as it is dropped, not left in a cycle for the collector to find.
        reading.memo.clear()
        return combine(judged, self._replaced, reading.text)

    def check_sentence(self, sentence: Sentence, context: Context | None = None) -> Finding:
        """The verdict on one sentence: the most severe of the claims it speaks to.

        ``context``: the paragraph so far, for sentences that point back ("It", "The
        country").
        """
        return self._check(sentence, self.read(sentence.text, context))

    def _check(self, sentence: Sentence, reading: Reading) -> Finding:
        judged = self.judgements(reading)
        if not judged:
            return Finding(sentence, Verdict.UNVERIFIED)
        findings = [self._finding(sentence, j) for j in judged]
        return replace(findings[0], related=tuple(findings[1:]))

    def _finding(self, sentence: Sentence, j: Judgement) -> Finding:
        claim = j.facts.claim
        differences = j.outcome.conflicts if j.verdict is Verdict.CONTRADICTED else j.outcome.agreed
        return Finding(
            sentence=sentence,
            verdict=j.verdict,
            claim=claim,
            sources=self.index.sources_of(claim),
            score=j.score,
            reason=self._reason(j),
            kind=j.kind or ("supported" if j.verdict is Verdict.SUPPORTED else ""),
            differences=differences,
        )

    def _reason(self, j: Judgement) -> str:
        claim = j.facts.claim
        as_of = f" (as of {claim.as_of})" if claim.as_of else ""
        if j.verdict is Verdict.CONTRADICTED:
            parts = []
            for d in j.outcome.conflicts:
                if d.kind == "member":
                    parts.append(f"member differs: the draft names {d.draft}, but {d.facts}")
                elif d.kind == "polarity":
                    parts.append(f"polarity differs: the draft {d.draft} what the facts {d.facts}")
                elif d.kind == "attribute":
                    parts.append(f"opposite: the draft says {d.draft}, the facts say {d.facts}")
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
        written: dict[str, str] = {}
        for term in j.side.reading.terms:
            written.setdefault(term.key.lstrip("~"), term.text)
        shared = ", ".join(dict.fromkeys(written.get(k, k) for k in j.link.shared[:4]))
        detail = "; ".join(x for x in (agreed, f"shares {shared}" if shared else "") if x)
        return f"supported by {claim.id}{as_of}" + (f" ({detail})" if detail else "")

    def check_sentences(self, sentences: Iterable[Sentence]) -> list[Finding]:
        """Check a document's sentences in order, each in the context of its paragraph."""
        findings: list[Finding] = []
        context = Context()
        previous: Sentence | None = None
        for sentence in sentences:
            if previous is None or previous.path != sentence.path:
                context = Context()
            elif not _same_paragraph(previous, sentence):
                context.new_paragraph()
            reading = self.read(sentence.text, context)
            findings.append(self._check(sentence, reading))
            context.remember(reading)
            previous = sentence
        return findings


def _same_paragraph(previous: Sentence | None, sentence: Sentence) -> bool:
    """Whether two sentences follow each other in one block of text (no blank line)."""
    return (
        previous is not None
        and previous.path == sentence.path
        and sentence.line - previous.end_line <= 1
    )


@collector_paused()
def check_files(
    paths: Sequence[str],
    checker: Checker,
    *,
    texts: Sequence[str] = (),
    read_stdin: Callable[[], bytes] | None = None,
    stdin_path: str = STDIN_PATH,
    on_file: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> Report:
    """Check files (``-`` is standard input) and command-line texts into one report.

    Standard input is checked as if it were the file ``stdin_path``: Markdown or plain
    text by its suffix, and reported under that path (``-`` by default).
    A file that cannot be read becomes a ``Problem`` and the others are still checked.
    Suppression comments in each file are applied, and unused ones become notices.
    With ``jobs`` above 1 a large input is checked on that many forked workers: a
    short file is parsed and checked whole by one of them, a long one cut at paragraph
    breaks (no sentence's context crosses one). The report is the same.

    The cycle collector is paused once for the whole check (checking makes no cycles:
    tests/test_engine_cycles.py), not once a document: each time it came back on, it
    walked every claim thawed so far. Workers forked meanwhile keep it off for their
    short lives, so the documents' own checks (``_checked``) need no pause of their own.
    """
    from factlint.errors import InputError
    from factlint.text import decode_text, parse_document, read_text

    findings: list[Finding] = []
    notices: list[Notice] = []
    problems: list[Problem] = []
    for number, text in enumerate(texts, start=1):
        document = parse_document(text, TEXT_PATH, "text")
        checked = [checker.check_sentence(sentence) for sentence in document.sentences]
        for finding in with_fixes(checked, document.text, checker.settings.hedge_tolerance):
            findings.append(_on_line(finding, number))
    inputs: list[tuple[str, str]] = []  # (path, content) of each file read
    for path in paths:
        try:
            if path == STDIN_PATH:
                raw = read_stdin() if read_stdin is not None else b""
                path = stdin_path
                content = decode_text(raw, path)
            else:
                content = read_text(Path(path))
        except InputError as error:
            problems.append(error.problem)
            continue
        inputs.append((path, content))
    for (path, _), (kept, unused) in zip(inputs, _check_inputs(checker, inputs, jobs), strict=True):
        findings += kept
        notices += unused
        if on_file is not None:
            on_file(path)
    return Report(
        tuple(findings),
        len(inputs),
        tuple(notices),
        tuple(problems),
        texts=len(texts),
        paths=tuple(path for path, _ in inputs),
    )


# Below this much text (about 1,000 sentences), starting workers costs more than it saves.
PARALLEL_MIN_CHARS = 100_000
# A file this short is parsed and checked whole by one worker; a longer one is parsed
# here and cut into runs of sentences that the workers share.
WHOLE_MAX_CHARS = 30_000
_CHUNK = 200  # sentences a worker takes at a time (more, up to the next paragraph break)
_WORK: tuple[Checker, Sequence[tuple[str, str]], dict[int, Document]] | None = None
Checked = tuple[list[Finding], list[Notice]]  # a file's findings, and its unused suppressions


def _check_unit(unit: tuple[int, int, int]) -> list[Finding] | Checked:
    """In a worker: a whole file parsed and checked (``end`` -1), or a run of the
    sentences of one parsed here, checked with their fixes proposed."""
    assert _WORK is not None
    checker, inputs, documents = _WORK
    at, start, end = unit
    if end < 0:
        return _checked_file(checker, *inputs[at])
    document = documents[at]
    return _checked(checker, document, document.sentences[start:end], collect=False)


def _checked_file(
    checker: Checker,
    path: str,
    content: str,
    document: Document | None = None,
    *,
    collect: bool = False,
) -> Checked:
    """A file's text parsed (unless ``document`` is it, parsed) and checked, its
    suppressions applied; ``collect`` as for ``_checked``."""
    from factlint.suppress import apply_suppressions
    from factlint.text import document_kind, parse_document

    if document is None:
        document = parse_document(content, path, document_kind(path))
    checked = _checked(checker, document, document.sentences, collect=collect)
    return apply_suppressions(checked, document.suppressions, document.path)


def _checked(
    checker: Checker, document: Document, sentences: Sequence[Sentence], *, collect: bool = True
) -> list[Finding]:
    """Sentences of ``document`` checked, each contradiction with its fix (if one).

    Checking makes no cycles (tests/test_engine_cycles.py holds it to that): what it
    drops is freed by reference counting. With ``collect`` the collector is paused
    meanwhile (it would walk the loaded index and the thawed claims again and again)
    and the young generation collected at the end, a safety net for a process that
    checks for hours (the language server). Without, the caller has paused it already
    (``check_files``, and the workers it forks).
    """
    with young_collected() if collect else contextlib.nullcontext():
        found = checker.check_sentences(sentences)
        return with_fixes(found, document.text, checker.settings.hedge_tolerance)


def _chunks(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The sentences cut into runs of at least ``_CHUNK``, each ending at a paragraph
    break: (start, end) of each."""
    chunks: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(sentences)):
        if i - start >= _CHUNK and not _same_paragraph(sentences[i - 1], sentences[i]):
            chunks.append((start, i))
            start = i
    if start < len(sentences):
        chunks.append((start, len(sentences)))
    return chunks


def _check_inputs(
    checker: Checker, inputs: Sequence[tuple[str, str]], jobs: int
) -> Iterator[Checked]:
    """Each file's findings (with fixes, suppressions applied) and unused suppressions,
    in order; on ``jobs`` workers when the input is large.

    The workers are forked with the files' texts: each short file is parsed and checked
    whole by one of them (the parsing is shared out too), and a long one is parsed
    here and its sentences handed out in runs; a unit is sent as where it is, and only
    findings come back.
    """
    global _WORK
    from factlint.compiled import fork_pool
    from factlint.suppress import apply_suppressions
    from factlint.text import document_kind, parse_document

    pool = None
    documents: dict[int, Document] = {}
    if jobs > 1 and sum(len(content) for _, content in inputs) >= PARALLEL_MIN_CHARS:
        documents = {
            i: parse_document(content, path, document_kind(path))
            for i, (path, content) in enumerate(inputs)
            if len(content) > WHOLE_MAX_CHARS
        }
        _WORK = (checker, inputs, documents)  # set before forking: the workers inherit it
        pool = fork_pool(jobs)
    if pool is None:
        _WORK = None
        for i, (path, content) in enumerate(inputs):
            yield _checked_file(checker, path, content, documents.get(i))
        return
    parts = {i: _chunks(d.sentences) for i, d in documents.items()}
    units = [(i, *part) for i in range(len(inputs)) for part in parts.get(i, [(0, -1)])]
    try:
        with pool:
            results = pool.imap(_check_unit, units, chunksize=1)
            for i in range(len(inputs)):
                if i not in documents:
                    whole = next(results)
                    assert isinstance(whole, tuple)
                    yield whole
                    continue
                found: list[Finding] = []
                for _ in parts[i]:
                    part = next(results)
                    assert isinstance(part, list)
                    found += part
                yield apply_suppressions(found, documents[i].suppressions, documents[i].path)
    finally:
        _WORK = None


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
    return replace(report, findings=tuple(findings), notices=tuple(notices), problems=problems)


def check_document(
    text: str, path: str, kind: str, checker: Checker
) -> tuple[list[Finding], list[Notice]]:
    """Check one document (``kind`` ``"markdown"`` or ``"text"``): its findings, with their
    fixes and suppressions applied, and the notices of its unused suppressions."""
    from factlint.text import parse_document

    return _checked_file(checker, path, text, parse_document(text, path, kind), collect=True)


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
    return _checked(checker, document, document.sentences)


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
    "Judgement",
    "check_document",
    "check_files",
    "check_text",
    "checker_for",
    "load_checker",
    "most_severe",
    "recheck",
]
