"""Words: tokens with their positions, stems that fold inflections, and synonym groups.

A token's ``key`` is what two texts must share for a word to count as the same word:
the Snowball (Porter2) stem of its lower-cased, American-spelled form, after
irregular forms are mapped to their base ("flew" -> "fly"), or the key of the
synonym group it belongs to ("set up" and "established" share one key).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import Stemmer

from factlint.lazyre import lazy
from factlint.reading.english import (
    FUNCTION_WORDS,
    IRREGULAR,
    NEGATING_PREFIXES,
    SPELLINGS,
    superlative,
)

# PyStemmer: the Snowball project's own C stemmers; the English (Porter2) one gives the
# same stems as the pure-Python snowballstemmer, a dozen times faster (the reader stems
# every word it reads, and its tables stem theirs when the module is imported).
_STEMMER = Stemmer.Stemmer("english")

# Words (letters with inner apostrophes, but not a possessive 's), numbers (with
# separators and decimals), and any other single character.
_TOKEN = lazy(
    r"(?P<word>[^\W\d_]+(?:'(?!s\b)[^\W\d_]+)*)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<poss>'s\b|'(?=\s|$))"
    r"|(?P<other>[^\s])"
)


class Token(NamedTuple):
    """One token of a text: a word, a number or a single other character."""

    text: str
    start: int
    end: int
    kind: str  # "word", "num", "poss" (a possessive 's) or "other"
    lower: str  # the text case-folded

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def capitalised(self) -> bool:
        """Upper case first letter, or a capital inside ("macOS", "iOS")."""
        t = self.text
        return self.kind == "word" and (t[0].isupper() or t[1:] != t[1:].lower())


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` in order, with its span."""
    return [
        Token(w, m.start(), m.end(), m.lastgroup or "other", w.casefold())
        for m in _TOKEN.finditer(text)
        for w in (m.group(0),)
    ]


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """The key that folds a word's inflections: "employs" and "employed" give "employ"."""
    w = word.casefold().strip("'")
    if w.endswith("n't"):
        return "not"
    w = SPELLINGS.get(w, w)
    w = IRREGULAR.get(w, w)
    if not w.isalpha():
        return w
    if superlative(w) and w not in ("best", "worst"):
        w = _positive(w)  # "highest" meets "high", "busiest" meets "busy"
    return str(_STEMMER.stemWord(w))


def _positive(word: str) -> str:
    """The adjective a superlative ranks by: "highest" -> "high", "busiest" -> "busy",
    "biggest" -> "big", "largest" -> "large"."""
    base = word[:-3]
    if base.endswith("i"):
        return base[:-1] + "y"
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        return base[:-1]
    if (
        len(base) >= 3
        and base[-1] not in "aeiouy"
        and base[-2] in "aeiou"
        and base[-3] not in "aeiou"
    ):
        return base + "e"  # "finest", "latest", "safest"
    if base.endswith(("rg", "ng")) and not base.endswith("ong"):
        return base + "e"  # "largest", "strangest"
    return base


@lru_cache(maxsize=65536)
def root(key: str) -> str:
    """A looser key for derived forms: "discoveri" and "discov", "signatori" and "sign".

    Trailing vowels and ``y`` go, then one derivational ending, so that a noun and
    its verb ("discovery", "discovered"; "employee", "employ") meet. Used only at a
    lower weight than the key itself.
    """
    r = key
    for ending in _DERIVATIONAL:
        if r.endswith(ending) and len(r) - len(ending) >= 4:
            r = r[: -len(ending)]
            break
    return r.rstrip("aeiouy") if len(r) >= 4 else r


_DERIVATIONAL = (
    "ational", "ation", "ition", "ement", "ment", "atori", "itori", "ori", "ship",
    "ance", "ence", "anci", "enci", "iti", "abl", "ibl", "ive", "ial", "al", "ist",
    "ism", "ant", "ent", "ee", "er", "or", "ic", "at", "ion",
)  # fmt: skip


def is_function_word(word: str) -> bool:
    return word.casefold() in FUNCTION_WORDS


_DOUBLED = lazy(r"([bcdfglmnprstvz])\1(?:ed|ing)$")


def _made_from_short_word(word: str) -> bool:
    """A verb form made from a short word by doubling its last consonant ("manned",
    "starred", "mapped"): the short word may mean something else (a man, a star), so a
    group listing the form matches it as written, not by its stem."""
    return bool(_DOUBLED.search(word)) and len(stem(word)) <= 4


_MEMO = 65536  # words a vocabulary remembers the keys of, at most


class Synonyms:
    """Groups of words and phrases that say the same, each mapped to one key.

    A phrase is found as written first, then by its stems, so a group can list
    "set up" once and still meet "setting up". The key of a group is the stem of its
    first word, so texts read with the same groups share keys.
    """

    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self.words: dict[tuple[str, ...], str] = {}
        self.stems: dict[tuple[str, ...], str] = {}
        self.longest = 1
        self.firsts: set[str] = set()  # first stems of phrases, so a search stops early
        for group in groups:
            members = [self._split(p) for p in group if self._split(p)]
            if not members:
                continue
            key = "~" + " ".join(stem(w) for w in members[0])
            for words in members:
                self.words.setdefault(words, key)
                if len(words) == 1 and _made_from_short_word(words[0]):
                    continue
                stems = tuple(stem(w) for w in words)
                self.stems.setdefault(stems, key)
                self.longest = max(self.longest, len(words))
                self.firsts.add(stems[0])
        self._keys: dict[str, str] = {}  # word -> key, as asked (not kept in the cache)
        self._bare: dict[str, tuple[str, ...]] = {}

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k not in ("_keys", "_bare")}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._keys = {}
        self._bare = {}

    @staticmethod
    def _split(phrase: str) -> tuple[str, ...]:
        return tuple(phrase.casefold().replace("-", " ").split())

    def match(self, words: Sequence[str], stems: Sequence[str], i: int) -> tuple[str, int] | None:
        """The key of the listed phrase starting at ``words[i]`` (longest first), and its length."""
        if stems[i] not in self.firsts and (words[i],) not in self.words:
            return None
        for n in range(min(self.longest, len(words) - i), 0, -1):
            found = self.words.get(tuple(words[i : i + n])) or self.stems.get(
                tuple(stems[i : i + n])
            )
            if found is not None:
                return found, n
        return None

    def key(self, word: str) -> str:
        """The key of one word: its group's, else its stem."""
        found = self._keys.get(word)
        if found is None:
            low = word.casefold()
            found = self.words.get((low,)) or self.stems.get((stem(low),)) or stem(low)
            if len(self._keys) < _MEMO:
                self._keys[word] = found
        return found

    def unprefixed(self, word: str) -> tuple[str, ...]:
        """The keys of what ``word`` is with a negating prefix taken off ("uncrewed" ->
        the key of "crewed"), one for each prefix it starts with, leaving 4 letters or more."""
        found = self._bare.get(word)
        if found is None:
            low = word.casefold()
            found = tuple(
                self.key(low[len(p) :])
                for p in NEGATING_PREFIXES
                if low.startswith(p) and len(low) - len(p) >= 4
            )
            if len(self._bare) < _MEMO:
                self._bare[word] = found
        return found
