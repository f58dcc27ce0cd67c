"""Draft a facts file from source articles: their titles, dates and checkable statements.

A source article (Markdown or plain text) becomes one ``sources`` entry and a list of
candidate ``claims``, read the way factlint reads every draft (``factlint.text`` for the
sentences, ``factlint.reading`` for their statements and values), so a draft improves as
the reading does:

- the title is the first heading (Markdown) or the first line;
- the date is one the text states near its top ("Published March 3, 2024", a dateline,
  a line of its own); without one the source gets ``note: no date found in the text``;
- a sentence yields claims when a statement in it holds a checkable value (a count, a
  quantity, money, a date or year, a clock time, an ordinal, a tally) or lists names.
  A sentence whose clauses each stand on their own and each hold a value ("The bridge
  opened in 1998; its main span is 640 metres long" does not: "its" points back) gives
  one claim per clause; otherwise the sentence itself is the claim. Headings, bylines,
  questions and sentences without a checkable value give none. The quote is always the
  sentence as written.

Every candidate is then checked the way ``factlint check`` would check the articles
against the drafted file: a candidate whose own sentence does not come back supported,
or that contradicts any sentence of the articles, falls back to its whole sentence and
is dropped when that does not check cleanly either. So checking a source against its
draft finds no contradiction, and each drafted claim's sentence is supported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

import yaml

from factlint.errors import InputError
from factlint.model import (
    Citation,
    Claim,
    Entity,
    FactBase,
    MatchSettings,
    Problem,
    Sentence,
    Source,
    Verdict,
)
from factlint.reading.english import FUNCTION_WORDS, LIGHT_WORDS
from factlint.reading.reader import Reading, read
from factlint.reading.statements import Statement
from factlint.reading.values import Value, find_values
from factlint.reading.vocabulary import Vocabulary, build_vocabulary
from factlint.text import Document, document_kind, parse_document, read_text, split_sentences

NO_DATE_NOTE = "no date found in the text"
# The kinds of value a claim can be checked on (``factlint.reading.values``).
CHECKABLE = frozenset("count quantity money date time ordinal tally".split())
ID_WORDS = 5  # words in a claim's id, at most
_TOP_LINES = 8  # lines near the top where a publication date may stand
_DATE_CUE = re.compile(r"\b(?:first published|published|updated|posted|dated?)\b", re.I)
# "RIVERTON, Ohio (AP) — ": a place in capitals and a dash before the story starts.
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z.'’]+"  # the place, in capitals
    r"(?:,?\s+(?:[A-Z][\w.'’]*|[0-9]{1,4}|\([^)]{1,40}\)))*"  # state, date, agency
    r"\s*(?:—|–|--| - )\s*(?=[A-Z\"“‘'])"  # and the story, starting a sentence
)
_LABEL = re.compile(r"[ \t:]{0,4}[A-Z][a-z]+:[ \t]+")  # "Summary: "
_HEADING_CHARS = 150
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]*)?[,(]")
# A line holding a date and at most this many other words ("By Dana Ortiz | June 4, 2025")
# is a dateline or a byline.
_WORDS_BESIDE_DATE = 4
_BYLINE = re.compile(r"^(?:by|source|credit|photo|image)\b\s*:?", re.I)
_SENTENCE_END = re.compile(r"[.!][\"'”’»)\]]*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_LEADING_JOINERS = frozenset("and but yet so while whereas albeit or also".split())
_TRAILING = " ,;:-–—"
_MIN_CLAIM_WORDS = 4
_GENERIC_ID_WORDS = frozenset("said says say according also just like one".split())


@dataclass(frozen=True)
class DraftedSource:
    """A source entry drafted from one article."""

    id: str
    title: str
    path: str
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    note: str | None = None


@dataclass(frozen=True)
class DraftedClaim:
    """A candidate claim: its text, the sentence it was drafted from, where that stands."""

    id: str
    text: str
    source_id: str
    quote: str  # the sentence as written in the source
    line: int
    column: int
    as_of: str | None = None


@dataclass(frozen=True)
class Draft:
    """What drafting found: sources, claims, and the inputs that could not be read."""

    sources: tuple[DraftedSource, ...] = ()
    claims: tuple[DraftedClaim, ...] = ()
    problems: tuple[Problem, ...] = ()
    candidates: int = 0  # sentences with a checkable value (each gave candidate claims)
    dropped: int = 0  # of those, the sentences none of whose claims checked back cleanly
    reworked: int = 0  # ... drafted otherwise than first proposed, to check back cleanly

    def fact_base(
        self, entities: Sequence[Entity] = (), synonyms: Iterable[tuple[str, ...]] = ()
    ) -> FactBase:
        """The draft as a fact base, as ``load_facts`` would build it from the YAML."""
        return FactBase(
            sources={
                s.id: Source(s.id, s.title, date=s.date, note=s.note, path=s.path)
                for s in self.sources
            },
            claims=tuple(_claim(c) for c in self.claims),
            entities=tuple(entities),
            synonyms=tuple(dict.fromkeys(synonyms)),
        )


@dataclass
class _Candidate:
    """One sentence that holds checkable values, and the ways to draft it, best first."""

    source: int  # index of its document
    sentence: Sentence
    alternatives: list[list[str]]  # each: the claim texts for the sentence
    choice: int = 0  # index into ``alternatives``; past the end: dropped
    ids: list[str] = field(default_factory=list)
    first: list[str] = field(init=False)  # the claims first proposed

    def __post_init__(self) -> None:
        self.first = list(self.alternatives[0])

    @property
    def texts(self) -> list[str]:
        """The claim texts it gives as it stands (none when dropped)."""
        return self.alternatives[self.choice] if self.choice < len(self.alternatives) else []


def draft_facts(
    paths: Sequence[Path | str],
    *,
    settings: MatchSettings | None = None,
    check: bool = True,
) -> Draft:
    """Draft facts from the articles at ``paths``; an unreadable one becomes a problem.

    ``check`` keeps only claims that check back cleanly against their articles (see the
    module); ``settings`` are the engine's thresholds for that check.
    """
    texts: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for path in paths:
        name = str(path)
        try:
            texts.append((name, read_text(Path(path))))
        except InputError as error:
            problems.append(error.problem)
    draft = draft_texts(texts, settings=settings, check=check)
    return replace(draft, problems=tuple(problems))


def draft_texts(
    texts: Sequence[tuple[str, str]],
    *,
    settings: MatchSettings | None = None,
    check: bool = True,
) -> Draft:
    """Draft facts from ``(path, text)`` pairs; Markdown or plain text by the path's suffix."""
    from factlint.facts.load import read_facts_file
    from factlint.facts.paths import lexicon_path

    lexicon = read_facts_file(lexicon_path(), lexicon=True)
    entities = [e.entity for e in lexicon.entities]
    synonyms = lexicon.synonyms
    documents = [parse_document(text, path, document_kind(path)) for path, text in texts]
    sources = _sources(documents)
    # The sentences are read with a vocabulary that knows every name they use, as the
    # drafted facts will.
    every = [
        Claim(f"s{i}", s.text, (Citation("draft"),))
        for i, s in enumerate(s for d in documents for s in d.sentences)
    ]
    vocabulary = build_vocabulary(every, entities, synonyms)
    candidates = [
        candidate
        for index, document in enumerate(documents)
        for candidate in _candidates(index, document, vocabulary)
    ]
    if check:
        _check_back(candidates, documents, sources, entities, synonyms, settings)
    claims = _claims(candidates, sources, vocabulary)
    dropped = sum(1 for c in candidates if not c.texts)
    reworked = sum(1 for c in candidates if c.texts and c.texts != c.first)
    return Draft(tuple(sources), tuple(claims), (), len(candidates), dropped, reworked)


def render_yaml(draft: Draft) -> str:
    """The draft as a facts file (format version 1), headed by a comment saying what it is."""
    data: dict[str, object] = {"version": 1, "sources": [], "claims": []}
    sources: list[dict[str, str]] = []
    for s in draft.sources:
        entry = {"id": s.id, "title": s.title}
        if s.date:
            entry["date"] = s.date
        if s.note:
            entry["note"] = s.note
        sources.append(entry)
    claims: list[dict[str, object]] = []
    for c in draft.claims:
        claim: dict[str, object] = {"id": c.id, "text": c.text}
        if c.as_of:
            claim["as_of"] = c.as_of
        claim["sources"] = [{"id": c.source_id, "quote": c.quote}]
        claims.append(claim)
    data["sources"] = sources
    data["claims"] = claims
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    header = (
        f"# Drafted by factlint facts draft from {len(draft.sources)} source(s): "
        f"{len(draft.claims)} candidate claim(s).\n"
        "# Review every claim before relying on it; keep one fact per claim.\n"
    )
    return header + body


# -- sources ------------------------------------------------------------------------------


def _sources(documents: Sequence[Document]) -> list[DraftedSource]:
    taken: set[str] = set()
    sources = []
    for document in documents:
        source_id = _unique(_slug(Path(document.path).stem, keep="_.") or "source", taken)
        front, lines = _top(document.text)
        title = front.get("title") or _title(lines, document_kind(document.path))
        title = title or Path(document.path).stem
        dated = front.get("date") or front.get("published") or ""
        date = _line_date(dated, cued=True) if dated else None
        date = date or _date([line for line in lines if _plain_markdown(line) != title], title)
        sources.append(
            DraftedSource(source_id, title, document.path, date, None if date else NO_DATE_NOTE)
        )
    return sources


def _top(text: str) -> tuple[dict[str, str], list[str]]:
    """A text's front matter (its plain ``key: value`` lines) and its first non-empty lines."""
    lines = text.split("\n")
    front: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        for line in lines[1:end]:
            key, colon, value = line.partition(":")
            if colon and key.strip().isidentifier():
                front.setdefault(key.strip().lower(), value.strip().strip("\"'").strip())
        lines = lines[end + 1 :]
    return front, [line.strip() for line in lines if line.strip()][: _TOP_LINES + 1]


def _title(lines: Sequence[str], kind: str) -> str:
    """The first heading; else the first line, cut to its first sentence when it is prose.

    In plain text a heading is a line of its own that does not end a sentence ("China
    Offers to Collaborate on Lunar Mission"); a byline or a date line is not one.
    """
    if kind == "markdown":
        for line in lines:
            heading = _HEADING.match(line)
            if heading and heading.group("title"):
                return _plain_markdown(heading.group("title"))
        if len(lines) > 1 and _SETEXT.match(lines[1]):
            return _plain_markdown(lines[0])
    for line in lines[:_TOP_LINES]:
        text = _plain_markdown(line[_preamble(line) :])
        if text and _heading_like(text):
            return text
    first = next((line for line in lines if line[_preamble(line) :].strip()), "")
    text = _plain_markdown(first[_preamble(first) :])
    sentences = split_sentences(text)
    return text[sentences[0][0] : sentences[0][1]] if sentences else text


def _heading_like(line: str) -> bool:
    return (
        len(line) <= _HEADING_CHARS
        and not _SENTENCE_END.search(line)
        and not line.endswith((":", ",", ";"))
        and not _BYLINE.match(line)
        and not _DATE_CUE.match(line)
        and any(c.isalpha() for c in line)
    )


def _preamble(text: str) -> int:
    """How much of a line or sentence is a dateline or a date label, not what it says.

    "RIVERTON, Ohio — The council ...", "date 2023-12-07 Summary: Egypt has ...",
    "Published March 3, 2024: ...".
    """
    dateline = _DATELINE_PREFIX.match(text)
    if dateline:
        return dateline.end()
    cue = _DATE_CUE.match(text)
    if cue is None:
        return 0
    rest = cue.end()
    values = find_values(text)
    first = next((v for v in values if v.start >= rest), None)
    if first is None or first.kind != "date" or text[rest : first.start].strip(" :"):
        return 0
    label = _LABEL.match(text, first.end)
    return label.end() if label else len(text) - len(text[first.end :].lstrip(" :,-"))


def _plain_markdown(text: str) -> str:
    """A line without Markdown's emphasis and link marks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"(\*\*|__|\*|`)", "", text).lstrip("#> ").strip()


def _date(lines: Sequence[str], title: str) -> str | None:
    """The publication date the top of a text states, as ``YYYY-MM-DD`` or ``YYYY-MM``.

    A date in the title counts only when a word says it is the publication's.
    """
    found = _line_date(title, cued=True) if _DATE_CUE.search(title) else None
    if found:
        return found
    for line in lines:
        found = _line_date(line, cued=bool(_DATE_CUE.search(line)))
        if found:
            return found
    return None


def _line_date(line: str, *, cued: bool) -> str | None:
    for value in find_values(line):
        span = value.date
        if value.kind != "date" or span is None or not (span.has_year and span.has_month):
            continue
        rest = (line[: value.start] + " " + line[value.end :]).split()
        alone = len(rest) <= _WORDS_BESIDE_DATE and not _SENTENCE_END.search(line)
        if cued or alone or _DATELINE.match(line[: value.start]):
            year, month, day = span.start
            if span.has_day and span.start == span.end:
                return f"{year:04d}-{month:02d}-{day:02d}"
            if span.start[:2] == span.end[:2]:
                return f"{year:04d}-{month:02d}"
    return None


# -- candidate claims ---------------------------------------------------------------------


def _candidates(index: int, document: Document, vocabulary: Vocabulary) -> list[_Candidate]:
    found = []
    lines = document.text.split("\n")
    for sentence in document.sentences:
        if not _assertion(
            sentence, lines[sentence.line - 1] if sentence.line <= len(lines) else ""
        ):
            continue
        # What it says, past a dateline or a date label (the quote keeps them).
        said = sentence.text.strip()
        said = said[_preamble(said) :]
        alternatives = _alternatives(said, read(said, vocabulary)) if said else []
        if alternatives:
            found.append(_Candidate(index, sentence, alternatives))
    return found


def _assertion(sentence: Sentence, line: str) -> bool:
    """Whether a sentence states something: not a heading, byline, question or fragment.

    ``line`` is the line of the document where the sentence starts."""
    text = sentence.text.strip()
    if not _SENTENCE_END.search(text) or "?" in text or _BYLINE.match(text):
        return False
    if len(text) > 2000 or len(text.split()) < _MIN_CLAIM_WORDS:
        return False
    return _HEADING.match(line) is None


def _alternatives(text: str, reading: Reading) -> list[list[str]]:
    """The ways to draft a sentence, best first: one claim per clause, then the sentence."""
    values = [v for v in reading.values if v.kind in CHECKABLE and _asserted(reading, v)]
    lists = [s for s in reading.statements if s.asserts and _lists_names(reading, s)]
    if not values and not lists:
        return []
    whole = _tidy(text) or text
    clauses = _clauses(reading, values, lists)
    if len(clauses) >= 2:
        return [clauses, [whole]]
    return [[whole]]


def _asserted(reading: Reading, value: Value) -> bool:
    statement = reading.statement_of(value.start, value.end)
    return statement is None or statement.asserts


def _lists_names(reading: Reading, statement: Statement) -> bool:
    """Whether a statement lists two or more names after its subject ("include A, B and C")."""
    after = statement.subject_span[1] or statement.start
    names = [
        n
        for n in reading.names
        if not n.modifier and statement.covers(n.start, n.end) and n.start >= after
    ]
    joined = 0
    for first, second in pairwise(names):
        between = reading.text[first.end : second.start].strip().lower()
        if between in (",", "and", ", and", "or", ", or"):
            joined += 1
    return joined >= 1


def _clauses(reading: Reading, values: Sequence[Value], lists: Sequence[Statement]) -> list[str]:
    """One claim per clause that stands on its own and holds a value; [] when one cannot.

    The sentence is cut where each clause with a subject of its own starts, so that what
    hangs on a clause (a relative clause, a parenthesis) stays with it. A coordinated
    verb phrase ("... and employs 35 people") takes its subject's words along.
    """
    ordered = sorted(reading.statements, key=lambda s: s.start)
    if not ordered or not any(_standalone(s) for s in ordered if s.kind == "main"):
        return []
    heads = [s for s in ordered[1:] if _standalone(s) or _borrower(s, ordered, reading.text)]
    cuts = [h.start for h in heads]
    claims = []
    for head, start, end in zip(
        [None, *heads], [0, *cuts], [*cuts, len(reading.text)], strict=True
    ):
        holds = any(start <= v.start < end for v in values) or any(
            start <= s.start < end for s in lists
        )
        if not holds:
            continue
        if head is None and not any(_standalone(s) for s in ordered if s.start < end):
            return []
        fragment = reading.text[start:end]
        subject = _borrower(head, ordered, reading.text) if head is not None else None
        if subject is not None:
            words = fragment.split()
            while words and words[0].lower().strip(",") in _LEADING_JOINERS:
                words = words[1:]
            fragment = f"{subject} {' '.join(words)}"
        text = _tidy(fragment)
        if text is None:
            return []
        claims.append(text)
    return claims


def _standalone(statement: Statement) -> bool:
    """A clause that says something of a subject it names itself ("the city" counts:
    a definite noun is as clear on its own as in its sentence; "it" is not)."""
    return (
        statement.kind in ("main", "coord")
        and not statement.inherited
        and statement.pointing in ("", "the")
        and bool(statement.subject or statement.subject_words)
        and statement.subject_span[1] > statement.subject_span[0]
    )


def _borrower(statement: Statement, ordered: Sequence[Statement], text: str) -> str | None:
    """The subject words a coordinated verb phrase shares with the clause before it.

    "The library holds 120,000 books and employs 35 people": "employs 35 people" is
    said of "The library".
    """
    if statement.kind != "coord" or not statement.inherited:
        return None
    before = [s for s in ordered if s.start < statement.start and s.kind == "main"]
    if not before or not _standalone(before[-1]):
        return None
    main = before[-1]
    if (main.subject, main.subject_words) != (statement.subject, statement.subject_words):
        return None
    start, end = main.subject_span
    return text[start:end].strip() or None


def _tidy(fragment: str) -> str | None:
    """A clause as a sentence of its own, or None when it does not read as one."""
    text = fragment.strip().rstrip(_TRAILING).strip()
    words = text.split()
    while words and words[0].lower().strip(",") in _LEADING_JOINERS:
        words = words[1:]
    text = " ".join(words)
    if len(words) < _MIN_CLAIM_WORDS:
        return None
    if text.count("(") != text.count(")") or text.count('"') % 2:
        return None
    text = text[0].upper() + text[1:]
    return text if _SENTENCE_END.search(text) else text + "."


# -- checking the candidates back ---------------------------------------------------------


def _check_back(
    candidates: Sequence[_Candidate],
    documents: Sequence[Document],
    sources: Sequence[DraftedSource],
    entities: Sequence[Entity],
    synonyms: Iterable[tuple[str, ...]],
    settings: MatchSettings | None,
) -> None:
    """Move each candidate to its next way of drafting until every article checks cleanly.

    A claim that contradicts any sentence is taken out of its candidate's current way;
    a candidate whose own sentence is not supported (or that has no claim left) moves on
    to its next way. Each round changes at least one candidate, so it ends.
    """
    from factlint.engine import Checker

    synonyms = tuple(synonyms)
    while True:
        draft = Draft(tuple(sources), tuple(_provisional(candidates, sources)))
        by_place = {(c.source, c.sentence.line, c.sentence.column): c for c in candidates}
        by_claim = {cid: candidate for candidate in candidates for cid in candidate.ids}
        checker = Checker(draft.fact_base(entities, synonyms), settings)
        unsupported: set[int] = set()
        contradicting: dict[int, set[int]] = {}  # candidate -> its claims that contradict
        for index, document in enumerate(documents):
            for finding in checker.check_sentences(document.sentences):
                here = by_place.get((index, finding.sentence.line, finding.sentence.column))
                if here is not None and here.texts and finding.verdict is not Verdict.SUPPORTED:
                    unsupported.add(id(here))
                for f in (finding, *finding.related):
                    if f.verdict is Verdict.CONTRADICTED and f.claim is not None:
                        culprit = by_claim.get(f.claim.id)
                        if culprit is not None:
                            which = culprit.ids.index(f.claim.id)
                            contradicting.setdefault(id(culprit), set()).add(which)
        if not unsupported and not contradicting:
            return
        for candidate in candidates:
            wrong = contradicting.get(id(candidate))
            if wrong:
                kept = [t for i, t in enumerate(candidate.texts) if i not in wrong]
                candidate.alternatives[candidate.choice] = kept
                if not kept:
                    candidate.choice += 1
            elif id(candidate) in unsupported:
                candidate.choice += 1


def _provisional(
    candidates: Sequence[_Candidate], sources: Sequence[DraftedSource]
) -> list[DraftedClaim]:
    """Claims for the candidates as they stand, with ids that only need to be unique."""
    claims = []
    for number, candidate in enumerate(candidates):
        candidate.ids = [f"c{number}-{i}" for i in range(len(candidate.texts))]
        for cid, text in zip(candidate.ids, candidate.texts, strict=True):
            claims.append(_drafted(cid, text, candidate, sources[candidate.source]))
    return claims


def _drafted(cid: str, text: str, candidate: _Candidate, source: DraftedSource) -> DraftedClaim:
    sentence = candidate.sentence
    return DraftedClaim(
        id=cid,
        text=text,
        source_id=source.id,
        quote=sentence.text.strip(),
        line=sentence.line,
        column=sentence.column,
        as_of=source.date,
    )


def _claim(drafted: DraftedClaim) -> Claim:
    return Claim(
        drafted.id,
        drafted.text,
        (Citation(drafted.source_id, drafted.quote),),
        as_of=drafted.as_of,
    )


# -- ids ----------------------------------------------------------------------------------


def _claims(
    candidates: Sequence[_Candidate], sources: Sequence[DraftedSource], vocabulary: Vocabulary
) -> list[DraftedClaim]:
    taken = {s.id for s in sources}
    claims = []
    for candidate in candidates:
        for text in candidate.texts:
            cid = _unique(_claim_slug(text, vocabulary), taken)
            claims.append(_drafted(cid, text, candidate, sources[candidate.source]))
    return claims


def _claim_slug(text: str, vocabulary: Vocabulary) -> str:
    """An id from a claim's most telling words: its names and values first, then rare words."""
    reading = read(text, vocabulary)
    marked = [(n.start, n.end) for n in reading.names] + [(v.start, v.end) for v in reading.values]
    words = []
    for position, match in enumerate(re.finditer(r"[^\W_]+(?:[.,][0-9]+)*", reading.text)):
        word = _ascii(match.group()).replace(",", "").lower()
        if not word or word in FUNCTION_WORDS or word in LIGHT_WORDS:
            continue
        if word in _GENERIC_ID_WORDS:
            continue
        inside = any(s <= match.start() < e for s, e in marked)
        rank = (0 if inside else 1, vocabulary.zipf(word))
        words.append((rank, position, word))
    chosen = sorted(sorted(words)[:ID_WORDS], key=lambda w: w[1])
    return _slug("-".join(dict.fromkeys(w for _, _, w in chosen))) or "claim"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _slug(text: str, keep: str = "") -> str:
    """Lowercase letters, digits and hyphens (and ``keep``), as an id allows."""
    allowed = re.escape(keep)
    text = re.sub(rf"[^a-z0-9{allowed}]+", "-", _ascii(text).lower())
    text = re.sub(r"-{2,}", "-", text).strip("-._")
    return text


def _unique(base: str, taken: set[str]) -> str:
    found, number = base, 2
    while found in taken:
        found = f"{base}-{number}"
        number += 1
    taken.add(found)
    return found
