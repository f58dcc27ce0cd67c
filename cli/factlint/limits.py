"""The bounds factlint holds its input to, so that no file can make a run slow or large."""

from __future__ import annotations

# Characters in one sentence: a draft's longer runs without an end are cut into pieces of
# at most this, and a claim's text may not be longer. Sentences in news are a few hundred.
MAX_SENTENCE = 2000

# Bytes in one facts file: a larger one is refused unread (``max_facts_mib`` moves it).
# A curated base of 100,000 claims is some 10-25 MiB; 64 MiB leaves room for several times
# that while keeping what one file can cost (time, memory) bounded.
MAX_FACTS_MIB = 64
MAX_FACTS_BYTES = MAX_FACTS_MIB * 1024 * 1024
