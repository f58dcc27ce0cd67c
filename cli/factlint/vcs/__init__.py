"""Version control: which lines of which files changed since a revision (git only, for now)."""

from factlint.vcs.changes import ChangedLines
from factlint.vcs.git import changed_since

__all__ = ["ChangedLines", "changed_since"]
