"""factlint: check prose against a canonical facts file.

The library API is ``factlint.check_text(text, facts=None)`` (one finding per
sentence) and ``factlint.load_facts(paths=None)``; see ``factlint.engine``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "check_text": "factlint.engine",
    "check_files": "factlint.engine",
    "Checker": "factlint.engine",
    "load_facts": "factlint.facts",
}


def __getattr__(name: str) -> Any:
    """Import the library API on first use, so the CLI's --help stays fast."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factlint' has no attribute {name!r}")


__all__ = ["Checker", "__version__", "check_files", "check_text", "load_facts"]
