"""Read a sentence or a claim once: its tokens, names, values, content words and statements."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from factlint.reading.clean import clean
from factlint.reading.english import FUNCTION_WORDS, LIGHT_WORDS
from factlint.reading.names import Name, find_names
from factlint.reading.statements import Statement, split_statements
from factlint.reading.values import Value, find_values
from factlint.reading.vocabulary import Vocabulary
from factlint.reading.words import Token, root, stem, tokenize


@dataclass(frozen=True)
class Term:
    """A content word or listed phrase: its key (synonym group or stem) and where it is."""

    key: str
    text: str
    start: int
    end: int
    in_name: bool = False  # a word of a name ("Bridge" of "Millbrook Bridge")
    light: bool = False  # an intent or report word: says how, not what ("aims", "said")

    @property
    def root(self) -> str:
        return root(self.key)


@dataclass(frozen=True)
class Reading:
    """What one text says, read once; statements are cut from it."""

    text: str  # the text as read (quotes and dashes straightened)
    tokens: tuple[Token, ...]
    names: tuple[Name, ...]
    values: tuple[Value, ...]
    terms: tuple[Term, ...]
    statements: tuple[Statement, ...]
    # For each value, the keys of the words that say what it is of: its counted or
    # measured noun, the verb or noun it hangs from, the words around it.
    contexts: tuple[frozenset[str], ...] = ()
    title: bool = False  # written in title case (a headline)
    referred: tuple[
        str, ...
    ] = ()  # names the text points to without writing them ("the agreement")
    _keys: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # What later stages work out from a reading and keep (the words a view of it weighs)
    memo: dict[object, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k not in ("_keys", "memo")}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.__dict__["_keys"] = {}
        self.__dict__["memo"] = {}

    def inside(self, start: int, end: int) -> Reading:
        """The part of the reading between two offsets (names, values and terms in it)."""
        return Reading(
            self.text,
            tuple(t for t in self.tokens if start <= t.start and t.end <= end),
            tuple(n for n in self.names if start <= n.start and n.end <= end),
            tuple(v for v in self.values if start <= v.start and v.end <= end),
            tuple(t for t in self.terms if start <= t.start and t.end <= end),
            tuple(s for s in self.statements if start <= s.start and s.end <= end),
            tuple(
                c
                for v, c in zip(self.values, self.contexts, strict=True)
                if start <= v.start and v.end <= end
            ),
            self.title,
            self.referred,
        )

    def context(self, value: Value) -> frozenset[str]:
        """The keys that say what ``value`` is of (see ``contexts``)."""
        for v, c in zip(self.values, self.contexts, strict=False):
            if v is value:
                return c
        return frozenset()

    def statement_of(self, start: int, end: int) -> Statement | None:
        """The statement a stretch of the text belongs to."""
        for s in self.statements:
            if s.covers(start, end):
                return s
        return None

    def name_keys(self, *, modifiers: bool = True) -> frozenset[str]:
        return frozenset(n.key for n in self.names if modifiers or not n.modifier)

    def term_keys(self) -> frozenset[str]:
        return frozenset(t.key for t in self.terms)


def read(text: str, vocabulary: Vocabulary) -> Reading:
    """Read ``text`` once: names, values, content words (keyed), statements."""
    text = clean(text)
    tokens = tokenize(text)
    names = find_names(
        text, tokens, vocabulary.names, vocabulary.is_rare, vocabulary.fuzzy_name_word
    )
    values = find_values(text, [(n.start, n.end) for n in names])
    terms = _terms(text, tokens, names, values, vocabulary)
    keys = _token_keys(tokens, terms)
    statements = split_statements(
        text, tokens, names, values, keys, vocabulary.agentive, vocabulary_light(vocabulary)
    )
    return Reading(
        text=text,
        tokens=tuple(tokens),
        names=tuple(names),
        values=tuple(values),
        terms=tuple(terms),
        statements=tuple(statements),
        contexts=_value_contexts(values, terms, statements, vocabulary),
    )


_BEFORE_WORDS = 3  # content words before a value that say what it is of
_AFTER_WORDS = 2


def _value_contexts(
    values: Sequence[Value],
    terms: Sequence[Term],
    statements: Sequence[Statement],
    vocabulary: Vocabulary,
) -> tuple[frozenset[str], ...]:
    """Each value's context (see ``_value_context``), in time linear in the text: each
    statement's words are gathered once, and a value finds its place among them by bisection."""
    content = [t for t in terms if not t.light and not t.in_name]
    pieces = sorted(
        (a, b, k) for k, st in enumerate(statements) for a, b in st.spans or ((st.start, st.end),)
    )
    starts = [a for a, _, _ in pieces]
    words: dict[int, list[Term]] = {}
    for t in content:
        at = bisect_right(starts, t.start) - 1
        if at >= 0 and pieces[at][0] <= t.start and t.end <= pieces[at][1]:
            words.setdefault(pieces[at][2], []).append(t)
    bounds: dict[int, tuple[list[int], list[int]]] = {}
    out = []
    for v in values:
        at = bisect_right(starts, v.start) - 1
        k = pieces[at][2] if at >= 0 and v.end <= pieces[at][1] else -1
        statement = statements[k] if k >= 0 else None
        inside = words.get(k, []) if statement is not None else content
        if k not in bounds:
            bounds[k] = ([t.end for t in inside], [t.start for t in inside])
        out.append(_value_context(v, inside, statement, vocabulary, bounds[k]))
    return tuple(out)


def _value_context(
    value: Value,
    inside: Sequence[Term],
    statement: Statement | None,
    vocabulary: Vocabulary,
    bounds: tuple[list[int], list[int]] | None = None,
) -> frozenset[str]:
    """The keys of the words around a value within its statement, and of its head noun.

    "melts at 1,064 °C" -> {melt}; "the 2010 census" -> {census}; "$38 million for street
    repairs" -> {street, repair, ...}; "600 requests per minute" -> {request, ...}.
    ``inside``: the statement's content words, in order.
    """
    keys: set[str] = set()
    if value.head:
        keys.add(vocabulary.key(value.head))
    if (
        statement is not None
        and statement.verb
        and statement.verb not in vocabulary_light(vocabulary)
    ):
        keys.add(statement.verb)  # a date is of the event its clause's verb says
    word_ends, word_starts = bounds or ([t.end for t in inside], [t.start for t in inside])
    cut = bisect_right(word_ends, value.start)
    before = inside[max(0, cut - _BEFORE_WORDS) : cut]
    after_at = bisect_left(word_starts, value.end)
    after = inside[after_at : after_at + _AFTER_WORDS]
    keys.update(t.key for t in before)
    keys.update(t.key for t in after)
    if value.kind == "date":
        # "until 30 June", "reaches end of life on 30 June": both say when something ends
        ends, starts = vocabulary.key("end"), vocabulary.key("begin")
        if value.qualifier in _END_QUALIFIERS or ends in keys:
            keys.add(END)
        if value.qualifier in _START_QUALIFIERS or starts in keys:
            keys.add(START)
    return frozenset(keys)


END = "@end"  # a date that says when something ends
START = "@start"  # a date that says when something starts
_END_QUALIFIERS = frozenset({"until", "till", "through", "ending"})
_START_QUALIFIERS = frozenset({"since", "from", "starting", "beginning", "effective"})


def _terms(
    text: str,
    tokens: Sequence[Token],
    names: Sequence[Name],
    values: Sequence[Value],
    vocabulary: Vocabulary,
) -> list[Term]:
    """Content words with their keys; listed phrases ("set up", "in charge of") as one term."""
    synonyms = vocabulary.synonyms
    words = [t for t in tokens if t.kind == "word"]
    lows = [t.lower for t in words]
    stems = [stem(w) for w in lows]
    value_spans = sorted((v.start, v.end) for v in values)
    name_spans = sorted((n.start, n.end) for n in names)
    value_starts = [a for a, _ in value_spans]
    name_starts = [a for a, _ in name_spans]

    def inside(spans: list[tuple[int, int]], t: Token) -> bool:
        # spans do not overlap one another: the one that may hold t starts last before it
        starts = value_starts if spans is value_spans else name_starts
        at = bisect_right(starts, t.start) - 1
        return at >= 0 and spans[at][0] <= t.start and t.end <= spans[at][1]

    terms: list[Term] = []
    i = 0
    while i < len(words):
        t = words[i]
        in_value = inside(value_spans, t)
        in_name = inside(name_spans, t)
        found = None if in_value or in_name else synonyms.match(lows, stems, i)
        if found is not None and found[1] > 1:
            key, n = found
            last = words[i + n - 1]
            terms.append(Term(key, text[t.start : last.end], t.start, last.end,
                              light=key in vocabulary_light(vocabulary)))  # fmt: skip
            i += n
            continue
        low = lows[i]
        if in_value or len(low) < 2 or (low in FUNCTION_WORDS and found is None):
            i += 1
            continue
        key = found[0] if found is not None else stems[i]
        if low == "back" and _returning(lows, i):
            key = synonyms.key("return")  # "back on the Moon": a return, not support
        light = low in LIGHT_WORDS or key in vocabulary_light(vocabulary)
        terms.append(Term(key, t.text, t.start, t.end, in_name=in_name, light=light))
        i += 1
    return terms


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _returning(lows: Sequence[str], i: int) -> bool:
    """Whether "back" at ``i`` says a return ("back on", "back to", "back home"), not a time
    ("back in 2017") or support ("back the plan")."""
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if nxt in ("on", "to", "into", "onto", "home", "from"):
        return True
    after = lows[i + 2] if i + 2 < len(lows) else ""
    return nxt == "in" and not (after.isdigit() or after in _MONTHS or after == "the")


def _token_keys(tokens: Sequence[Token], terms: Sequence[Term]) -> list[str]:
    """Each token's key: the key of the term it is part of, else ""."""
    keys = [""] * len(tokens)
    j = 0
    for term in terms:
        while j < len(tokens) and tokens[j].end <= term.start:
            j += 1
        k = j
        while k < len(tokens) and tokens[k].start < term.end:
            keys[k] = term.key
            k += 1
    return keys


def vocabulary_light(vocabulary: Vocabulary) -> frozenset[str]:
    """The keys of intent and report words in this vocabulary ("~plan", "say").

    A group is light when a light word is listed in it as written: "aims" makes the
    plan group light, but "according" (which stems like "accord") does not make the
    agreement group light.
    """
    cached = vocabulary.__dict__.get("_light")
    if cached is None:
        words = vocabulary.synonyms.words
        cached = frozenset(words[(w,)] if (w,) in words else stem(w) for w in LIGHT_WORDS)
        vocabulary.__dict__["_light"] = cached
    return cached
