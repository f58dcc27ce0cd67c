"""How common each English word is, from wordfreq: rare words say more about a topic.

The table is read from wordfreq once, when facts are compiled, and stored with
them, so checking a draft never imports wordfreq (it takes about 0.3 s to load).
Words are kept down to a Zipf frequency of 3 (a few per million words): rarer ones
are all "rare" to the reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

TOP_WORDS = 40_000
FLOOR = 3.0  # words rarer than this are not kept: every one of them is rare
DEFAULT = 2.5  # the frequency assumed for a word not in the table


@lru_cache(maxsize=1)
def english_frequencies() -> dict[str, float]:
    """Lower-cased English word -> Zipf frequency (log10 of uses per billion words)."""
    import wordfreq

    # wordfreq keeps its list in frequency buckets, bucket i holding the words of Zipf
    # frequency 9 - i/100 (what zipf_frequency gives, word by word, far more slowly),
    # most frequent first, as top_n_list gives them.
    table: dict[str, float] = {}
    seen = 0
    for i, bucket in enumerate(wordfreq.get_frequency_list("en")):
        zipf = round(9 - i / 100, 2)
        if zipf < FLOOR:
            break
        for word in bucket[: max(0, TOP_WORDS - seen)]:
            if word.isalpha():
                table[word] = round(zipf, 1)
        seen += len(bucket)
        if seen >= TOP_WORDS:
            break
    return table


class FrequencyTable:
    """Word -> Zipf frequency (to a tenth), as stored with compiled facts.

    Kept packed in groups of words sharing their first two letters, one string of words
    and one byte a word, and unpacked a group at a time as words are looked up: loading
    forty thousand words as a dict took a tenth of a one-sentence check's start, and such
    a check looks up a few dozen of them.
    """

    def __init__(self, table: Mapping[str, float]) -> None:
        groups: dict[str, list[str]] = {}
        for word in table:
            groups.setdefault(word[:2], []).append(word)
        self._packed = {
            prefix: (" ".join(words), bytes(round(table[w] * 10) for w in words))
            for prefix, words in groups.items()
        }
        self._open: dict[str, float] = {}
        self._unpacked: set[str] = set()

    def get(self, word: str, default: float) -> float:
        """The frequency of ``word`` (lower case), else ``default``."""
        found = self._open.get(word)
        if found is not None:
            return found
        prefix = word[:2]
        if prefix in self._unpacked or prefix not in self._packed:
            return default
        words, tenths = self._packed[prefix]
        self._open.update(zip(words.split(" "), (t / 10 for t in tenths), strict=True))
        self._unpacked.add(prefix)
        return self._open.get(word, default)

    def __len__(self) -> int:
        return sum(len(tenths) for _, tenths in self._packed.values())

    def __getstate__(self) -> dict[str, object]:
        return {"_packed": self._packed}  # what was unpacked is unpacked again on use

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._open = {}
        self._unpacked = set()


@lru_cache(maxsize=1)
def english_table() -> FrequencyTable:
    """``english_frequencies()`` packed for storing with compiled facts."""
    return FrequencyTable(english_frequencies())


def rarity(zipf: float) -> float:
    """How much a word says, from its frequency: 0.15 for the most common, 1.5 for rare ones."""
    return min(1.5, max(0.15, (7.5 - zipf) / 3.5))
