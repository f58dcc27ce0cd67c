"""The data factlint passes from stage to stage: frozen, typed, free of behaviour."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field


class Verdict(str, enum.Enum):
    """What the facts say about a sentence, from least to most severe."""

    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    OUTDATED = "outdated"
    CONTRADICTED = "contradicted"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {
    Verdict.UNVERIFIED: 0,
    Verdict.SUPPORTED: 1,
    Verdict.OUTDATED: 2,
    Verdict.CONTRADICTED: 3,
}


class Severity(str, enum.Enum):
    """How a finding is shown and whether it fails a run."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}[self]


@dataclass(frozen=True)
class Source:
    """An article or document that backs claims."""

    id: str
    title: str
    publisher: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it
    url: str | None = None
    note: str | None = None
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Citation:
    """A claim's reference to a source, with the quote that backs it."""

    source_id: str
    quote: str | None = None


@dataclass(frozen=True)
class Members:
    """A claim that names the members of a group.

    ``complete`` lists name every member as of the claim's date, so any other
    name contradicts; partial lists only confirm the names they hold.
    ``excluded`` names are known not to be members.
    """

    names: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    complete: bool = False


@dataclass(frozen=True)
class Example:
    """A sentence a claim's writer promises a verdict for; ``factlint facts test`` runs them.

    ``line`` and ``column`` (1-based; 0 when unknown) are where the sentence stands in its
    claim's facts file, so a broken promise is reported there.
    """

    text: str
    verdict: Verdict
    line: int = field(default=0, compare=False)
    column: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Claim:
    """One fact, as one plain sentence, with its sources."""

    id: str
    text: str
    citations: tuple[Citation, ...]
    as_of: str | None = None
    replaced_by: str | None = None
    about: tuple[str, ...] = ()  # subjects; derived from the text when empty
    members: Members | None = None
    examples: tuple[Example, ...] = ()
    path: str = ""
    line: int = 0

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(c.source_id for c in self.citations)


@dataclass(frozen=True)
class Entity:
    """A named thing with its aliases and kind (country, city, agency, rocket, ...)."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    within: tuple[str, ...] = ()  # names of places that contain this one
    demonyms: tuple[str, ...] = ()  # adjectives ("Egyptian"): mentions that modify, never members


@dataclass(frozen=True)
class FactBase:
    """Everything loaded from one or more facts files."""

    sources: Mapping[str, Source]
    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    paths: tuple[str, ...] = ()

    def claim(self, claim_id: str) -> Claim | None:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None

    def sources_of(self, claim: Claim) -> tuple[Source, ...]:
        return tuple(self.sources[s] for s in claim.source_ids if s in self.sources)


@dataclass(frozen=True)
class MatchSettings:
    """The engine's thresholds; configurable under ``[tool.factlint]``."""

    min_score: float = 50.0  # share of a sentence's words (0-100) a claim needs to speak to it
    hedge_tolerance: float = 0.1  # relative slack "about", "nearly", "roughly" allow


@dataclass(frozen=True)
class Sentence:
    """A sentence found in a document, with its 1-based position in that document."""

    text: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int  # 1-based column of the last character
    # The offset in the document (as read: no BOM, line ends as "\n") of each character of
    # ``text``; empty when unknown. Corrections use it to land on the writer's characters.
    offsets: tuple[int, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Difference:
    """A value the sentence and the claim disagree (or agree) on."""

    kind: str  # count, quantity, year, date, member, entity, polarity, ...
    draft: str
    facts: str
    # Where the draft's value (with its hedge: "about 35") sits in the sentence as the checks
    # read it; set by the count, quantity and date checks, None elsewhere.
    span: tuple[int, int] | None = field(default=None, compare=False)
    # What both values count or measure, when both name it ("members", "storage").
    role: str = field(default="", compare=False)


@dataclass(frozen=True)
class Edit:
    """Replace a stretch of a document with ``replacement``.

    ``start`` and ``end`` are offsets in the document as read (no BOM, line ends as one
    ``\n``); ``line``, ``column``, ``end_line``, ``end_column`` are 1-based, and
    ``end_column`` is the last replaced character, as for sentences.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    original: str
    replacement: str


@dataclass(frozen=True)
class Fix:
    """The edits that make a contradicted sentence agree with its claim.

    ``digest`` (SHA-256 of the document as read) names the text the edits apply to:
    a file whose text has changed since is not touched.
    """

    description: str
    edits: tuple[Edit, ...]
    digest: str = ""


@dataclass(frozen=True)
class Finding:
    """The verdict on one sentence against one claim (or no claim)."""

    sentence: Sentence
    verdict: Verdict
    claim: Claim | None = None
    sources: tuple[Source, ...] = ()
    score: float = 0.0
    reason: str = ""
    kind: str = ""  # the check that decided: count, year, member, polarity, replaced, ...
    differences: tuple[Difference, ...] = ()
    related: tuple[Finding, ...] = field(default=())  # the other claims the sentence speaks to
    suppressed: bool = False  # silenced by a factlint-disable comment
    fix: Fix | None = None  # the correction, when the fix is one clear value

    @property
    def severity(self) -> Severity:
        if self.verdict is Verdict.CONTRADICTED:
            return Severity.ERROR
        if self.verdict is Verdict.OUTDATED:
            return Severity.WARNING
        return Severity.INFO


@dataclass(frozen=True)
class Notice:
    """Something about the draft that is not a verdict, e.g. an unused suppression."""

    path: str
    line: int
    column: int
    message: str
    code: str  # e.g. "unused-suppression"
    severity: Severity = Severity.INFO


@dataclass(frozen=True)
class Problem:
    """An input that could not be checked: unreadable file, bad encoding, bad facts."""

    path: str
    message: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Report:
    """The outcome of one run: findings for every sentence, plus notices and problems."""

    findings: tuple[Finding, ...]
    files: int
    notices: tuple[Notice, ...] = ()
    problems: tuple[Problem, ...] = ()
    texts: int = 0  # sentences given on the command line (``--text``), apart from files
    # The files checked, in order (not those that could not be read); standard input by the
    # path it was checked as. Formats that list files (junit) use it.
    paths: tuple[str, ...] = ()

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.findings if f.verdict is verdict)
