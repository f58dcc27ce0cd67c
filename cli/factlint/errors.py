"""The errors the core raises; the CLI turns each into one line and an exit code."""

from __future__ import annotations

from collections.abc import Sequence

from factlint.model import Problem


class FactlintError(Exception):
    """Base of every error factlint reports to a user; carries where it happened."""

    def __init__(self, message: str, path: str = "", line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    @property
    def problem(self) -> Problem:
        return Problem(self.path, self.message, self.line, self.column)

    def __str__(self) -> str:
        return str(self.problem) if self.path else self.message


class FactsError(FactlintError):
    """One or more facts files are invalid; ``problems`` lists every one found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = problems[0] if problems else Problem("", "invalid facts")
        super().__init__(first.message, first.path, first.line, first.column)
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class InputError(FactlintError):
    """A draft could not be read: missing, unreadable, binary or not UTF-8."""


class ConfigError(FactlintError):
    """A configuration file is invalid."""


class StaleFileError(FactlintError):
    """A file changed since it was checked: its fixes no longer apply, so it is left alone."""


class SweepError(FactlintError):
    """A sweep cannot go on: no cluster, workers that cannot run factlint, a lost task."""


class BaselineError(FactlintError):
    """A baseline file cannot be read or written, or is not a factlint baseline."""


class VcsError(FactlintError):
    """git is missing, the directory is not in a repository, or a revision is unknown."""
