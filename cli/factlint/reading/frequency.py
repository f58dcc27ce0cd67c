"""How common each English word is, from wordfreq: rare words say more about a topic.

The table is read from wordfreq once, when facts are compiled, and stored with
them, so checking a draft never imports wordfreq (it takes about 0.3 s to load).
Words are kept down to a Zipf frequency of 3 (a few per million words): rarer ones
are all "rare" to the reader.
"""

from __future__ import annotations

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


def rarity(zipf: float) -> float:
    """How much a word says, from its frequency: 0.15 for the most common, 1.5 for rare ones."""
    return min(1.5, max(0.15, (7.5 - zipf) / 3.5))
