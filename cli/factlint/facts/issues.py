"""The kinds of problem a facts file can have, and a problem tagged with its kind."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable
from typing import NamedTuple

from factlint.model import Problem


class Kind(str, enum.Enum):
    """A stable, machine-friendly name for each kind of facts problem; tests compare these."""

    # The path itself
    NOT_FOUND = "not-found"
    UNREADABLE = "unreadable"
    NO_YAML_FILES = "no-yaml-files"
    TOO_LARGE = "too-large"
    BAD_ENCODING = "bad-encoding"
    # YAML as YAML
    YAML_SYNTAX = "yaml-syntax"
    TOO_DEEP = "too-deep"
    ALIAS_BOMB = "alias-bomb"
    RECURSIVE_ALIAS = "recursive-alias"
    UNSUPPORTED_TAG = "unsupported-tag"
    MULTIPLE_DOCUMENTS = "multiple-documents"
    EMPTY_FILE = "empty-file"
    NOT_MAPPING = "not-mapping"
    DUPLICATE_KEY = "duplicate-key"
    # The format, one file at a time
    UNKNOWN_KEY = "unknown-key"
    WRONG_TYPE = "wrong-type"
    MISSING_KEY = "missing-key"
    EMPTY_VALUE = "empty-value"
    TOO_LONG = "too-long"
    BAD_ID = "bad-id"
    BAD_DATE = "bad-date"
    BAD_VERSION = "bad-version"
    UNKNOWN_VERDICT = "unknown-verdict"
    MEMBER_CONFLICT = "member-conflict"
    UNKNOWN_ENTITY_KIND = "unknown-entity-kind"
    SHORT_SYNONYM_GROUP = "short-synonym-group"
    # Across every file loaded together
    DUPLICATE_ID = "duplicate-id"
    DUPLICATE_ENTITY = "duplicate-entity"
    UNKNOWN_SOURCE = "unknown-source"
    UNKNOWN_CLAIM = "unknown-claim"
    SELF_REPLACEMENT = "self-replacement"
    REPLACEMENT_CYCLE = "replacement-cycle"

    def __str__(self) -> str:
        return self.value


class Issue(NamedTuple):
    """A problem in a facts file together with its kind."""

    problem: Problem
    kind: Kind


def issue(kind: Kind, path: str, message: str, line: int = 0, column: int = 0) -> Issue:
    """Build an issue; ``line`` and ``column`` are 1-based, 0 when the whole file is meant."""
    return Issue(Problem(path, message, line, column), kind)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``" (did you mean 'x'?)"`` hint naming the closest choice, or ``""`` when none is close."""
    close = closest(word, choices, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def closest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` choices that look like ``word``, best first."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=0.6)
