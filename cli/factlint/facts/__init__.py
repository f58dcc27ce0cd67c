"""Loading and validating facts files: the public API of ``factlint.facts``."""

from __future__ import annotations

from factlint.facts.issues import Issue, Kind
from factlint.facts.load import (
    bundled_facts_path,
    clear_cache,
    facts_files,
    lexicon_path,
    load_facts,
    validate_facts,
    validate_facts_detailed,
)

__all__ = [
    "Issue",
    "Kind",
    "bundled_facts_path",
    "clear_cache",
    "facts_files",
    "lexicon_path",
    "load_facts",
    "validate_facts",
    "validate_facts_detailed",
]
