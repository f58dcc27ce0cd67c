"""Loading and validating facts files: the public API of ``factlint.facts``.

Names are imported on first use, so that a run served from the compiled-facts
cache never imports the YAML loader and validator.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.facts.issues import Issue, Kind
    from factlint.facts.load import (
        clear_cache,
        facts_files,
        load_facts,
        validate_facts,
        validate_facts_detailed,
    )
    from factlint.facts.paths import bundled_facts_path, lexicon_path

_WHERE = {
    "Issue": "factlint.facts.issues",
    "Kind": "factlint.facts.issues",
    "bundled_facts_path": "factlint.facts.paths",
    "lexicon_path": "factlint.facts.paths",
    "clear_cache": "factlint.facts.load",
    "facts_files": "factlint.facts.load",
    "load_facts": "factlint.facts.load",
    "validate_facts": "factlint.facts.load",
    "validate_facts_detailed": "factlint.facts.load",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'factlint.facts' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


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
