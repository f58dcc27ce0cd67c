"""Proper names: which runs of words name one thing, and which thing the base knows them as.

A name is read from how it is written, in any facts file and any draft:

- a run of capitalised words ("Tallow Systems", "Lord Rayleigh", "Millbrook Bridge"),
  with the small words names hold inside ("Bureau *of* Weights", "Lecoq *de*
  Boisbaudran");
- a name with a number or version ("Nimbus 4.2", "Windows 11", "Chang'e-7"), which is
  another thing than the name without it or with another number;
- acronyms and words with inner capitals ("NASA", "iOS", "macOS");
- a word in quotes that is capitalised ("the "Smart Lander" mission").

A word that opens a sentence is capitalised anyway: alone, it is a name only when the
base knows it as one or it is rare in English ("Ghent is ..." but not "Founded in ...").
In a headline written in title case only names the base knows count.

The ``NameTable`` holds the names a fact base knows (the lexicon's and the facts
files' entities with their aliases, and every name its claims use) and finds them in
text, the longest first. A misspelt name ("Tallow Sytems") is found by rapidfuzz
against the words of known names; numbers in names must match exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from factlint.lazyre import lazy
from factlint.reading.english import FUNCTION_WORDS
from factlint.reading.numbers import NUMBER_WORDS
from factlint.reading.units import EXACT_UNITS
from factlint.reading.words import Token, tokenize

# Small words that may stand inside a name between capitalised words.
CONNECTORS = frozenset(
    "of de du da das dos del della di von van der den la le el al bin bint ibn y".split()
)
# Words glued after a name that make it describe something else: "US-led", "NASA-backed".
COMPOUND_AFTER = frozenset(
    "led backed based funded built made owned run sponsored designed developed approved "
    "certified powered linked born style friendly only specific wide".split()
)
_MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday".split()
)
# Capitalised words that are never names on their own: units and letters of units.
_NOT_NAMES = frozenset(
    "I A GB TB MB KB PB GiB MiB TiB km kg cm mm ft mi mph AM PM UTC GMT BST CET CEST EDT EST "
    "ET CDT CST MDT MST PDT PST PT JST IST MSK".split()
)
_JOINERS = frozenset("-'")
RARE_ZIPF = 3.0  # below this English frequency a capitalised opening word reads as a name


# What a name's key leaves out: white space (all that ``\s`` matches), apostrophes, dots,
# hyphens.
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
_KEY_DROPS = str.maketrans("", "", _SPACES + "\u2028\u2029\u202f\u205f\u3000'’.-")


def name_key(text: str) -> str:
    """The form a name is looked up by: no spaces, hyphens or apostrophes; case kept."""
    if text.isalnum():
        return text  # one word: nothing to leave out
    return text.translate(_KEY_DROPS)


def case_free(alias: str) -> bool:
    """Whether a name matches in any case.

    Acronyms ("US", "U.S.") and single capitalised words ("Turkey", "Pro") keep their
    case, or they would match ordinary words; phrases and lower-case names need not.
    """
    if alias.islower():
        return True
    if "." in alias or alias.isupper() or any(c.isupper() for c in alias[1:].replace(" ", "")):
        words = alias.split()
        return len(words) > 1 and all(not w.isupper() for w in words)
    return len(alias.split()) > 1


@dataclass(frozen=True)
class Name:
    """A name found in a text."""

    key: str  # the canonical name it stands for (as the base knows it, else as written)
    text: str
    start: int
    end: int
    known: bool = False
    kind: str = ""  # an entity kind from the lexicon or facts files, "" when none is given
    modifier: bool = False  # "China's", "US-led", "Egyptian": describes, does not take part
    fuzzy: bool = False  # found by spelling similarity

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w.casefold() for w in re.findall(r"[^\W_]+", self.key))

    @property
    def head(self) -> str:
        """The last word of the name: what kind of thing it is ("Bridge", "Council")."""
        words = self.words
        return words[-1] if words else ""


@dataclass
class NameInfo:
    """What the base knows of one name."""

    name: str
    kind: str = ""
    within: set[str] = field(default_factory=set)
    described: set[str] = field(default_factory=set)  # nouns that describe it ("company")
    demonym: bool = False


class NameTable:
    """The names a base knows, with their aliases; finds them in text, longest first."""

    def __init__(self) -> None:
        self.info: dict[str, NameInfo] = {}
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._demonyms: set[str] = set()
        self._prefixes: set[str] = set()
        self._span = 1
        self.tokens: set[str] = set()  # the words of known names, for fuzzy matching
        self._aliased: set[tuple[str, str]] = set()  # while building: aliases made already

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_aliased"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._aliased = set()

    # -- building -------------------------------------------------------------------------

    def add(
        self,
        name: str,
        *,
        kind: str = "",
        aliases: Iterable[str] = (),
        within: Iterable[str] = (),
        demonyms: Iterable[str] = (),
    ) -> str:
        """Add a name (or merge into the one it is already known as); its canonical name."""
        name = " ".join(name.split())
        canonical = self.resolve(name) or name
        info = self.info.setdefault(canonical, NameInfo(canonical))
        if kind and not info.kind:
            info.kind = kind
        info.within.update(within)
        for alias in (name, canonical, *aliases):
            self._alias(" ".join(alias.split()), canonical)
        for demonym in demonyms:
            self._alias(demonym, canonical)
            self._demonyms.add(name_key(demonym).casefold())
        return canonical

    def alias(self, alias: str, canonical: str) -> None:
        """Make ``alias`` another name of ``canonical`` (an acronym and its expansion)."""
        canonical = self.resolve(canonical) or self.add(canonical)
        self._alias(alias, canonical)

    def describe(self, name: str, noun: str) -> None:
        """Record a noun that describes a name ("Tallow Systems, the company ...")."""
        canonical = self.resolve(name)
        if canonical is not None:
            self.info[canonical].described.add(noun)

    def _alias(self, alias: str, canonical: str) -> None:
        alias = alias.strip()
        if not alias or (alias, canonical) in self._aliased:
            return
        self._aliased.add((alias, canonical))
        key = name_key(alias)
        if not key:
            return
        if case_free(alias):
            self._folded.setdefault(key.casefold(), canonical)
        else:
            self._exact.setdefault(key, canonical)
        parts = _parts(alias)
        self._span = min(max(self._span, len(parts)), 12)
        prefix = ""
        for part in parts:
            prefix += part
            self._prefixes.add(prefix.casefold())
        for word in re.findall(r"[^\W\d_]{4,}", alias):
            self.tokens.add(word)

    # -- looking up -----------------------------------------------------------------------

    def resolve(self, name: str) -> str | None:
        """The canonical name for a name or alias, or None when unknown."""
        key = name_key(" ".join(name.split()))
        return self._exact.get(key) or self._folded.get(key.casefold())

    def opens_a_name(self, start: str) -> bool:
        """Whether a known name begins with these words (written without spaces)."""
        return start.casefold() in self._prefixes

    def kind(self, name: str) -> str:
        info = self.info.get(name)
        return info.kind if info else ""

    def contains(self, outer: str, inner: str) -> bool:
        """Whether place ``inner`` lies within ``outer`` (directly or through other places)."""
        seen: set[str] = set()
        todo = [inner]
        while todo:
            here = todo.pop()
            info = self.info.get(here)
            for parent in info.within if info else ():
                parent = self.resolve(parent) or parent
                if parent == outer:
                    return True
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return False

    def is_demonym(self, text: str) -> bool:
        return name_key(text).casefold() in self._demonyms

    def match_at(self, text: str, tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
        """The longest known name starting at token ``i``: (index after it, canonical name)."""
        best: tuple[int, str] | None = None
        key = ""
        for j in range(i, min(i + self._span * 2, len(tokens))):
            token = tokens[j]
            if j > i:
                gap = text[tokens[j - 1].end : token.start]
                if gap and not (gap.isspace() and "\n" not in gap):
                    break
            if token.kind == "poss":
                break
            if token.text in _JOINERS:
                continue
            if token.kind == "other" and token.text not in ".&":
                break
            key += name_key(token.text) if token.text != "." else ""
            if key.casefold() not in self._prefixes:
                break
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is not None and after.start == token.end and after.kind in ("word", "num"):
                continue  # the name goes on inside one word ("Chang" of "Chang'e")
            found = self._exact.get(key) or self._folded.get(key.casefold())
            if found is not None and token.text != ".":
                best = (j + 1, found)
            elif found is not None and j + 1 < len(tokens) and tokens[j + 1].start == token.end:
                best = (j + 1, found)  # "U.S.A": a period inside the name
        return best


def _parts(alias: str) -> list[str]:
    """The pieces of a name as the matcher walks them: its tokens, less joiners and periods
    ("H-2A" is H, 2, A; "Chang'e-7" is Chang'e, 7)."""
    return [
        name_key(t.text)
        for t in tokenize(alias)
        if t.text not in _JOINERS and t.text != "." and name_key(t.text)
    ]


@dataclass(frozen=True)
class Run:
    """A stretch of tokens that may be a name, before it is looked up."""

    first: int  # token index
    last: int  # token index, inclusive


def _name_like(token: Token) -> bool:
    return (
        token.kind == "word"
        and token.capitalised
        and len(token.text) > 1
        and token.lower not in NUMBER_WORDS
        and token.text not in _MONTH_WORDS
        and token.text not in _NOT_NAMES
        and token.text not in EXACT_UNITS
    )


def _title_case(tokens: Sequence[Token]) -> bool:
    """Whether a text is written in title case (a headline): its long words all capitalised."""
    long = [t for t in tokens if t.kind == "word" and len(t.text) > 3]
    if len(long) < 4:
        return False
    lower = sum(1 for t in long if not t.text[0].isupper())
    return lower == 0


def capitalised_runs(text: str, tokens: Sequence[Token]) -> list[Run]:
    """Runs of name-like tokens: capitalised words, with connectors, joiners and versions."""
    runs: list[Run] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not _name_like(tokens[i]):
            i += 1
            continue
        start = i
        last = i
        j = i + 1
        while j < n:
            prev, token = tokens[j - 1], tokens[j]
            gap = text[prev.end : token.start]
            glued = gap == ""
            if not glued and (gap != " " or prev.kind == "poss"):
                break
            if token.kind == "poss":
                break
            if glued and token.text in _JOINERS and j + 1 < n and tokens[j + 1].start == token.end:
                j += 1
                continue
            if _name_like(token):
                last = j
                j += 1
                continue
            if token.kind == "num" and _version(text, tokens, j, glued):
                last = j
                j += 1
                continue
            if glued and token.kind == "word" and token.text.isalpha() and len(token.text) <= 2:
                last = j  # "2A" of "H-2A", "e" of "Chang'e"
                j += 1
                continue
            if token.lower in CONNECTORS and not glued:
                k = j + 1
                if k < n and tokens[k].lower == "the" and text[token.end : tokens[k].start] == " ":
                    k += 1
                if (
                    k < n
                    and _name_like(tokens[k])
                    and text[tokens[k - 1].end : tokens[k].start] == " "
                ):
                    j = k
                    continue
            break
        runs.append(Run(start, last))
        i = last + 1
    return runs


def _version(text: str, tokens: Sequence[Token], j: int, glued: bool) -> bool:
    """Whether number token ``j`` is part of the name before it ("Nimbus 4.2", "Chang'e-7")."""
    token = tokens[j]
    digits = token.text.replace(",", "")
    if "," in token.text:
        return False
    if glued:
        prev = tokens[j - 1]
        # "FY2025", "Q3": a period's label, not a name
        return not (len(digits) == 4 and prev.text.isupper() and len(prev.text) <= 3)
    if len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2199:
        return False  # "Riverton 2025": a year
    if len(digits) > 5:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    # "Nimbus 3 reaches", "Windows 11 or later": a version; "Riverton had 136": not after a verb
    return after is None or after.kind != "num"


def find_names(
    text: str,
    tokens: Sequence[Token],
    table: NameTable,
    is_rare: Callable[[str], bool] | None = None,
    fuzzy: Callable[[str, bool], str | None] | None = None,
) -> list[Name]:
    """Every name in ``text``: known names first (longest match), then unknown capitalised runs.

    ``is_rare(word)`` says whether a word is rare in English (a capitalised opening word
    that is rare reads as a name); ``fuzzy(word)`` gives the known name word a misspelt
    capitalised word stands for (looser beside words of the name written right), or None.
    """
    names: list[Name] = []
    taken = [False] * len(tokens)
    title = _title_case(tokens)
    # Known names, anywhere (their case rules are the table's).
    i = 0
    while i < len(tokens):
        if i and tokens[i - 1].end == tokens[i].start and tokens[i - 1].kind == "word":
            i += 1  # not at the start of a word
            continue
        found = table.match_at(text, tokens, i) if tokens[i].kind in ("word", "num") else None
        if found is None:
            i += 1
            continue
        end, canonical = found
        if tokens[i].lower in FUNCTION_WORDS and end == i + 1 and not tokens[i].text.isupper():
            i += 1  # "The", "May": a lone function word is not the name it spells
            continue
        names.append(_name(text, tokens, i, end, canonical, table, known=True))
        for k in range(i, end):
            taken[k] = True
        i = end
    # Unknown capitalised runs.
    for run in capitalised_runs(text, tokens):
        first, last = run.first, run.last
        while first <= last and taken[first]:
            first += 1
        while last >= first and taken[last]:
            last -= 1
        if first > last or any(taken[first : last + 1]):
            continue
        # Leading small words and a capitalised opening word are not part of a name.
        opened = first
        while first <= last and tokens[first].lower in FUNCTION_WORDS:
            first += 1
        if first > opened and not any(t.kind == "word" for t in tokens[first : last + 1]):
            continue  # "About 30 countries": the number a small word opened is no name
        first = _past_common_opening(text, tokens, first, last, is_rare, table)
        if first > last:
            continue
        words = [t for t in tokens[first : last + 1] if t.kind == "word"]
        if title and not all(w.text.isupper() or _inner_capital(w.text) for w in words):
            continue
        words_in = [k for k in range(first, last + 1) if tokens[k].kind == "word"]
        if len(words_in) == 1 and words_in[0] == first and _opens(text, tokens, first):
            last = first  # "Element 118, ...": an opening word and a number, not a name
        if first == last and _opens(text, tokens, first):
            word = tokens[first].text
            if tokens[first].lower in FUNCTION_WORDS:
                continue
            corrected = fuzzy(word, False) if fuzzy else None
            if (
                corrected is None
                and not (word.isupper() or _inner_capital(word))
                and (is_rare is None or not is_rare(word))
            ):
                continue
        surface = text[tokens[first].start : tokens[last].end]
        known_as, was_fuzzy = _corrected(surface, tokens[first : last + 1], table, fuzzy)
        if known_as is None and last > first and tokens[first].kind == "word":
            # "Naturalist Eleanor Witcombe": a title before a known name, misspelt or not
            rest = text[tokens[first + 1].start : tokens[last].end]
            whole, fixed = _corrected(rest, tokens[first + 1 : last + 1], table, fuzzy)
            if whole is not None:
                first, surface, known_as, was_fuzzy = first + 1, rest, whole, fixed
        names.append(
            _name(text, tokens, first, last + 1, known_as or surface, table,
                  known=known_as is not None, fuzzy=was_fuzzy)
        )  # fmt: skip
        for k in range(first, last + 1):
            taken[k] = True
    names.sort(key=lambda m: m.start)
    return names


def _past_common_opening(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    is_rare: Callable[[str], bool] | None,
    table: NameTable | None = None,
) -> int:
    """Past a common word that opens the text and joins a name with "of" ("Signatories of
    the Artemis Accords" names the Artemis Accords) — unless the base knows names that
    open so ("Age of Sail" makes "Age of Exploration" a name of its own)."""
    if first >= last or not _opens(text, tokens, first) or is_rare is None:
        return first
    word = tokens[first].text
    if is_rare(word) or word.isupper() or tokens[first + 1].lower not in CONNECTORS:
        return first
    if table is not None and table.opens_a_name(word + tokens[first + 1].text):
        return first
    k = first + 1
    while k <= last and (tokens[k].lower in CONNECTORS or tokens[k].lower == "the"):
        k += 1
    return k


def _inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def _opens(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` opens the text or a clause set apart by a colon, quote or bracket."""
    before = text[: tokens[i].start].rstrip()
    return not before or before[-1] in ":\"(“‘'[-—–" or before.endswith(". ")


def _corrected(
    surface: str,
    tokens: Sequence[Token],
    table: NameTable,
    fuzzy: Callable[[str, bool], str | None] | None,
) -> tuple[str | None, bool]:
    """The known name a run stands for once misspelt words are put right, if any."""
    found = table.resolve(surface)
    if found is not None or fuzzy is None:
        return found, False
    words = []
    changed = False
    # Beside words the name has as written ("Hiroshi Tanaba"), a word may be further
    # off: the whole must still spell a known name.
    anchored = any(t.kind == "word" and t.text in table.tokens for t in tokens)
    for t in tokens:
        if t.kind == "word" and len(t.text) >= 4 and t.text not in table.tokens:
            fixed = fuzzy(t.text, anchored)
            if fixed is not None:
                words.append(fixed)
                changed = True
                continue
        words.append(t.text)
    if not changed:
        return None, False
    # Rebuild the surface with the corrected words (joiners kept as written).
    rebuilt = surface
    for t, w in zip(tokens, words, strict=True):
        if t.text != w:
            rebuilt = rebuilt.replace(t.text, w, 1)
    found = table.resolve(rebuilt)
    return (found, True) if found is not None else (None, False)


_ABBREVIATION_END = lazy(r"\b[A-Z]\.[A-Z]$")
_COMPOUND_RE = lazy(r"-([a-z]+)\b")


def _name(
    text: str,
    tokens: Sequence[Token],
    first: int,
    end: int,
    canonical: str,
    table: NameTable,
    *,
    known: bool,
    fuzzy: bool = False,
) -> Name:
    start, stop = tokens[first].start, tokens[end - 1].end
    if text[stop : stop + 1] == "." and _ABBREVIATION_END.search(text[start:stop]):
        stop += 1  # "U.S.": the last dot of an abbreviation is the name's
    surface = text[start:stop]
    after = tokens[end] if end < len(tokens) else None
    modifier = table.is_demonym(surface) or (after is not None and after.kind == "poss")
    if after is not None and after.text == "-" and after.start == stop:
        m = _COMPOUND_RE.match(text, stop)
        modifier = modifier or bool(m and m.group(1).lower() in COMPOUND_AFTER)
    info = table.info.get(canonical)
    return Name(
        key=canonical,
        text=surface,
        start=start,
        end=stop,
        known=known,
        kind=info.kind if info else "",
        modifier=modifier,
        fuzzy=fuzzy,
    )
