"""The bounds factlint holds its input to, so that no file can make a run slow or large."""

from __future__ import annotations

# Characters in one sentence: a draft's longer runs without an end are cut into pieces of
# at most this, and a claim's text may not be longer. Sentences in news are a few hundred.
MAX_SENTENCE = 2000
