"""Read a sentence or claim into what the checks compare: names, values, words, polarity."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factlint.entities import EntityIndex, Mention
from factlint.normalize import LIGHT_WORDS, STOPWORDS, clean, stem
from factlint.spans import SpanSet, containment
from factlint.values import Value, find_values

# Words that flip what a clause asserts. "refused to sign" denies signing, as does "not".
NEGATIONS = frozenset(
    {
        "not", "n't", "never", "no", "neither", "without", "cannot",
        "refused", "refuse", "refuses", "refusing", "declined", "decline", "declines",
        "rejected", "reject", "rejects", "prohibited", "prohibits", "prohibit",
        "banned", "bans", "ban", "barred", "bars", "bar", "forbidden", "forbids", "forbid",
        "unable", "failed", "fails", "none", "prevent", "prevents", "prevented",
        "block", "blocks", "blocked", "stop", "stops", "stopped", "rebuffed", "rebuffs",
        "rebuff", "spurned", "spurns", "snubbed", "shunned", "boycotted", "vetoed",
    }
)  # fmt: skip
# Words that assert the opposite of a prohibition: they carry polarity but no topic.
AFFIRMATIONS = frozenset({"free", "allowed", "allows", "allow", "permitted", "permits", "able"})
_POLARITY_WORDS = NEGATIONS | AFFIRMATIONS | {"nor"}
# Words that deny their opposite: "closed to partners" says "not open to partners".
ANTONYMS: dict[str, str] = {
    "close": "open", "closed": "open", "closes": "open", "closing": "open",
    "shut": "open", "shuts": "open",
    "separate": "together", "separately": "together", "apart": "together",
    "exclude": "include", "excluded": "include", "excludes": "include",
    "withdraw": "join", "withdrew": "join", "withdrawn": "join", "withdraws": "join",
    "quit": "join", "quits": "join",
    "cancel": "plan", "cancelled": "plan", "canceled": "plan", "scrapped": "plan",
    "abandoned": "plan", "abandon": "plan",
    "oppose": "support", "opposed": "support", "opposes": "support",
    "fail": "succeed", "failure": "success",
}  # fmt: skip

# Where one clause ends and the next begins: the checks compare values clause by clause.
# A run of spaces is entered only where a search can first reach it (its start, or just
# after a break ending in its first space), not at each of its characters: the same
# breaks, found in linear time.
_RUN_START = r"(?:(?<!\s)|(?<=[:-]\s))"
_CLAUSE_BREAK = re.compile(
    r";|\s-\s|:\s"
    rf"|,?{_RUN_START}\s+(?:after|before|while|whereas|although|though|because|when|unlike|but)\s+"
    r"|,\s+(?:and|but|yet|so|while|which|who)\s+"
    rf"|{_RUN_START}\s+and\s+(?=to\s+[a-z])",
)
# Phrases that deny without a negation word: "has yet to sign", "stayed out of".
_NEGATING_PHRASES = re.compile(
    r"\byet\s+to\b|\b(?:stay|stays|stayed|staying|kept|keep|keeps|opted|opts|opt|sat|sits|"
    r"held|holds|remained|remains)\s+out\b|\bis\s+not\s+among\b"
    r"|\b(?:turn|turns|turned|turning)\s+down\b"
    r"|\b(?:keep|keeps|kept|keeping|bar|bars|barred|stop|stops|stopped)\s+(?:\w+\s+){1,3}?from\s+\w+ing\b"
    r"|\b(?:remain|remains|remained|stay|stays|stayed|is|are|was|were)\s+outside\b",
    re.IGNORECASE,
)
_BACK_AGAIN = re.compile(
    r"\b(back)\s+(?:on|to|in|into|from|home)\b(?!\s+(?:\d|the\s+\d|January|February|March|April|"
    r"May|June|July|August|September|October|November|December))",
    re.IGNORECASE,
)
# Hyphens split words: "Beijing-led" holds a name and the word "led".
_BACK_THEN = re.compile(
    r"\b(back)\s+(?=(?:in|on)\s+(?:\d|the\s+\d|January|February|March|April|May|June|July|"
    r"August|September|October|November|December))",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]|n't")


@dataclass(frozen=True)
class Token:
    """A content word: its canonical stem (after synonyms) and its span."""

    key: str
    word: str
    start: int
    end: int


@dataclass(frozen=True)
class Region:
    """A stretch of text (a clause, or clauses about one subject) with what it states."""

    start: int
    end: int
    mentions: tuple[Mention, ...]
    values: tuple[Value, ...]
    tokens: tuple[Token, ...]
    polarity: int  # +1 asserts, -1 denies
    text: str = ""  # the whole sentence the region is cut from

    @property
    def words(self) -> frozenset[str]:
        return frozenset(t.key for t in self.tokens)

    def names(self, *, modifiers: bool = True) -> set[str]:
        return {m.name for m in self.mentions if modifiers or not m.modifier}


@dataclass(frozen=True)
class Analysis:
    """A whole sentence or claim, read once; regions are cut from it."""

    text: str
    mentions: tuple[Mention, ...]
    values: tuple[Value, ...]
    tokens: tuple[Token, ...]
    polarity_marks: tuple[tuple[int, str], ...]
    clauses: tuple[tuple[int, int], ...]

    def region(self, spans: Sequence[tuple[int, int]] | None = None) -> Region:
        """The part of the text covered by ``spans`` (all of it when None); read once."""
        key = tuple(spans) if spans is not None else None
        memo: dict[tuple[tuple[int, int], ...] | None, Region] = self.__dict__.setdefault(
            "_regions", {}
        )
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._region(spans)
        return found

    def __getstate__(self) -> dict[str, object]:
        # Regions are cheap to cut again: a stored reading keeps only what was read.
        return {k: v for k, v in self.__dict__.items() if k != "_regions"}

    def _region(self, spans: Sequence[tuple[int, int]] | None) -> Region:
        if spans is None:
            spans = [(0, len(self.text))]
        inside = containment(spans)

        # Polarity is read from the clause that names the subject (the first span): a
        # negation in a trailing clause ("so the two will not meet") is about something else.
        first_start, first_end = spans[0]
        marks = [w for pos, w in self.polarity_marks if first_start <= pos < first_end]
        return Region(
            start=min(s for s, _ in spans),
            end=max(e for _, e in spans),
            mentions=tuple(m for m in self.mentions if inside(m.start, m.end)),
            values=tuple(v for v in self.values if inside(v.start, v.end)),
            tokens=tuple(t for t in self.tokens if inside(t.start, t.end)),
            polarity=polarity_of(marks),
            text=self.text,
        )

    @property
    def whole(self) -> Region:
        return self.region()


def polarity_of(marks: Iterable[str]) -> int:
    """+1 when the words assert, -1 when they deny; "neither ... nor" denies once."""
    words = [w for w in marks if w in NEGATIONS or w == "nor"]
    if "neither" in words:
        words = [w for w in words if w != "nor"]
    elif "nor" in words:
        words = [w for w in words if w != "nor"] + ["not"]
    return -1 if len(words) % 2 else 1


class SynonymTable:
    """Maps words and phrases to one canonical key, so "set up" meets "established".

    A phrase is looked up as written first, then by its stems, so that "launch"
    (a verb) and "launcher" (a rocket) stay apart although they share a stem.
    """

    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self._light: frozenset[str] | None = None
        self.exact: dict[tuple[str, ...], str] = {}
        self.stemmed: dict[tuple[str, ...], str] = {}
        self.longest = 1
        for group in groups:
            if not group:
                continue
            canonical = " ".join(self._words(group[0]))  # the first word, as written
            for phrase in group:
                words = self._words(phrase)
                self.exact.setdefault(words, canonical)
                self.stemmed.setdefault(self._stems(words), canonical)
                self.longest = max(self.longest, len(words))

    @property
    def light(self) -> frozenset[str]:
        """The keys of phrases that carry no topic ("is due" means "plans")."""
        if self._light is None:
            self._light = frozenset(self.canonical([w], 0)[0] for w in LIGHT_WORDS)
        return self._light

    @staticmethod
    def _words(phrase: str) -> tuple[str, ...]:
        return tuple(phrase.casefold().replace("-", " ").split())

    @staticmethod
    def _stems(words: Sequence[str]) -> tuple[str, ...]:
        return tuple(stem(w) for w in words)

    def phrase(self, words: Sequence[str], i: int) -> tuple[str, int] | None:
        """The canonical key of a listed phrase of two or more words starting at ``words[i]``."""
        for n in range(min(self.longest, len(words) - i), 1, -1):
            chunk = tuple(words[i : i + n])
            found = self.exact.get(chunk) or self.stemmed.get(self._stems(chunk))
            if found is not None:
                return found, n
        return None

    def canonical(self, words: Sequence[str], i: int) -> tuple[str, int]:
        """The canonical key for the phrase starting at ``words[i]`` and its length in words."""
        found = self.phrase(words, i)
        if found is not None:
            return found
        word = words[i]
        key = self.exact.get((word,)) or self.stemmed.get((stem(word),))
        return (key, 1) if key is not None else (stem(word), 1)


# Where the words after a clause break stop counting: the next list punctuation.
_NEXT_WORDS = re.compile(r"\s*[^\s,;:]+(?:\s+[^\s,;:]+){3}")


def split_clauses(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Cut a sentence into clauses at conjunctions and punctuation that start a new statement.

    A list of names ("Russia, Venezuela, and Japan") is never cut: a break whose
    next clause is just a name or two words joins the clause before it.
    """
    names = SpanSet(len(text), ((mm.start, mm.end) for mm in mentions))
    breaks: list[tuple[int, int]] = []
    for m in _CLAUSE_BREAK.finditer(text):
        if names.overlaps(m.start(), m.end()):
            continue
        if not _NEXT_WORDS.match(text, m.end()):  # fewer than four words before a , ; or :
            continue
        breaks.append(m.span())
    spans: list[tuple[int, int]] = []
    pos = 0
    for s, e in breaks:
        if s > pos:
            spans.append((pos, s))
        pos = e
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()] or [(0, len(text))]


# "Azerbaijan, which hosted the Congress, is also a partner": a clause inside the main one.
_EMBEDDED = re.compile(
    r"^(?P<head>[^,;]{1,60}?),\s+(?P<inner>(?:which|who|whose|an?|the|one\s+of)\s[^,;]{3,120}),"
    r"\s+(?P<rest>(?:is|was|are|were|has|have|had|will|would|can|could|may|also|remains?|"
    r"remained|became|becomes|joined|signed|launched|plans?|aims?)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


def lift_embedded(text: str) -> str:
    """Move a clause set inside another to the end, so the main clause reads whole.

    "Brazil, an Artemis Accords signatory, has also joined the ILRS." is read as
    "Brazil has also joined the ILRS; an Artemis Accords signatory." Positions in the
    draft come from the sentence, not from this reading.
    """
    m = _EMBEDDED.match(text)
    if m is None or len(m.group("head").split()) > 6:
        return text
    rest = m.group("rest").rstrip()
    end = rest[-1] if rest[-1:] in ".!?" else ""
    rest = rest[:-1] if end else rest
    return f"{m.group('head')} {rest}; {m.group('inner')}{end}"


def analyze(text: str, entities: EntityIndex, synonyms: SynonymTable) -> Analysis:
    """Read ``text`` once: mentions, values, content words, polarity words, clauses."""
    text = lift_embedded(clean(text))
    mentions = entities.find(text)
    taken = [(m.start, m.end) for m in mentions]
    values = find_values(text, taken)
    masked = SpanSet(len(text), taken + [(v.start, v.end) for v in values])
    raw = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [w.lower() for w, _, _ in raw]
    tokens: list[Token] = []
    marks: list[tuple[int, str]] = []
    phrase_spans = SpanSet(len(text))
    compound_ends = {m.end + 1 for m in mentions if m.modifier and text[m.end : m.end + 1] == "-"}
    for m in _BACK_AGAIN.finditer(text):
        # "back on the Moon" is a return, "back the ILRS" is support
        key, _ = synonyms.canonical(["return"], 0)
        tokens.append(Token(key, m.group(1), m.start(1), m.end(1)))
        phrase_spans.append((m.start(1), m.end(1)))
    value_spans = SpanSet(len(text), ((v.start, v.end) for v in values))
    for m in _BACK_THEN.finditer(text):
        phrase_spans.append(m.span(1))  # "back in 2017": when, not a return or support
    for m in _NEGATING_PHRASES.finditer(text):
        marks.append((m.start(), "not"))
        phrase_spans.append(m.span())
    i = 0
    while i < len(raw):
        _, start, end = raw[i]
        low = words[i]
        if phrase_spans.overlaps(start, end):
            i += 1
            continue
        if value_spans.overlaps(start, end):
            # "no fewer than 25": the "no" belongs to the number, not to the statement
            i += 1
            continue
        if low.endswith("n't"):
            marks.append((start, "not"))
        if low in _POLARITY_WORDS:
            marks.append((start, low))
            i += 1
            continue
        if masked.overlaps(start, end) or start in compound_ends:
            # "NASA-backed", "Beijing-led": the word describes the name, not the sentence
            i += 1
            continue
        listed = synonyms.phrase(words, i)
        if listed is not None and listed[0] in synonyms.light:
            i += listed[1]  # "is due to": a phrase that only says when
            continue
        if listed is not None and not masked.overlaps(start, raw[i + listed[1] - 1][2]):
            # "set up", "in charge of": a listed phrase wins over its stop and light words.
            last_end = raw[i + listed[1] - 1][2]
            tokens.append(Token(listed[0], text[start:last_end], start, last_end))
            i += listed[1]
            continue
        if low in STOPWORDS or low in LIGHT_WORDS or len(low) < 2:
            i += 1
            continue
        if low in ANTONYMS:
            # "closed" states the opposite of "opened": read it as a denied "open".
            marks.append((start, "not"))
            key, _ = synonyms.canonical([ANTONYMS[low]], 0)
            tokens.append(Token(key, text[start:end], start, end))
            i += 1
            continue
        key, used = synonyms.canonical(words, i)
        last_end = raw[i + used - 1][2]
        if key and key not in STOPWORDS and key not in synonyms.light:
            tokens.append(Token(key, text[start:last_end], start, last_end))
        i += used
    tokens.sort(key=lambda t: t.start)
    return Analysis(
        text=text,
        mentions=tuple(mentions),
        values=tuple(values),
        tokens=tuple(tokens),
        polarity_marks=tuple(marks),
        clauses=tuple(split_clauses(text, mentions)),
    )
