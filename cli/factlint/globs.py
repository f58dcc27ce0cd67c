"""Gitignore-style glob patterns, as the ``include`` and ``exclude`` settings use them.

- A pattern without ``/`` matches a file or directory name at any depth: ``*.md``, ``drafts``.
- A pattern with a ``/`` at its start or middle is anchored to the base directory (the
  config file's, else the working directory): ``/notes.md``, ``docs/*.md``.
- ``*`` and ``?`` match within one name, ``[a-z]`` and ``[!a-z]`` one character of a set;
  ``**`` as a whole name matches any number of directories: ``docs/**/draft.md``, ``**/tmp``,
  ``build/**``.
- A trailing ``/`` matches directories only: ``drafts/``.
- A backslash makes the next character literal: ``\\*.md``.

Negation (``!pattern``) is not supported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

_ANY_DIRS = "(?:.*/)?"  # zero or more whole directories


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern; ``regex`` matches a ``/``-joined path relative to the base."""

    text: str
    regex: re.Pattern[str]
    anchored: bool
    dir_only: bool

    def matches(self, relative: str, is_dir: bool) -> bool:
        """Whether the pattern matches this path (itself, not its ancestors)."""
        return (is_dir or not self.dir_only) and self.regex.fullmatch(relative) is not None


def compile_pattern(text: str) -> Pattern:
    """Compile one gitignore-style pattern; ``ValueError`` if it is empty or negated."""
    body = text.strip()
    if not body or body == "/":
        raise ValueError("a pattern cannot be empty")
    if body.startswith("!"):
        raise ValueError(f"negated patterns are not supported: {text!r}")
    dir_only = body.endswith("/")
    body = body.rstrip("/")
    anchored = "/" in body
    body = body.lstrip("/")
    regex = _translate(body.split("/"))
    if not anchored:
        regex = _ANY_DIRS + regex
    return Pattern(text, re.compile(regex, re.DOTALL), anchored, dir_only)


def _translate(names: Sequence[str]) -> str:
    regex = ""
    last = len(names) - 1
    for i, name in enumerate(names):
        if name == "**":
            # Leading or inner: any directories, each followed by "/"; trailing: anything.
            regex += ".+" if i == last else _ANY_DIRS
            continue
        regex += _translate_name(name)
        if i != last:
            regex += "/"
    return regex


def _translate_name(name: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(name):
        char = name[i]
        i += 1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "\\" and i < len(name):
            out.append(re.escape(name[i]))
            i += 1
        elif char == "[":
            end = _class_end(name, i)
            if end < 0:
                out.append(re.escape(char))
            else:
                out.append(_translate_class(name[i:end]))
                i = end + 1
        else:
            out.append(re.escape(char))
    return "".join(out)


def _class_end(name: str, start: int) -> int:
    """Index of the ``]`` closing a class opened before ``start``, or -1."""
    i = start
    if i < len(name) and name[i] in "!^":
        i += 1
    if i < len(name) and name[i] == "]":  # a leading "]" is a member, not the end
        i += 1
    return name.find("]", i)


def _translate_class(members: str) -> str:
    negate = members[:1] in ("!", "^")
    if negate:
        members = members[1:]
    escaped = "".join("\\" + c if c in "\\[]^&~|" else c for c in members)
    return "(?!/)[" + ("^" if negate else "") + escaped + "]"


@dataclass(frozen=True)
class PatternSet:
    """Patterns anchored to one base directory, matched against absolute paths."""

    patterns: tuple[Pattern, ...]
    base: PurePath

    @classmethod
    def compile(cls, texts: Iterable[str], base: PurePath) -> PatternSet:
        return cls(tuple(compile_pattern(t) for t in texts), base)

    def matches(self, path: PurePath, is_dir: bool, *, ancestors: bool = False) -> bool:
        """Whether any pattern matches ``path`` (absolute), or one of its directories if asked.

        A path outside the base can only match patterns that are not anchored.
        """
        try:
            names = path.relative_to(self.base).parts
            patterns = self.patterns
        except ValueError:
            names = path.parts[1:]
            patterns = tuple(p for p in self.patterns if not p.anchored)
        if not names:
            return False
        first = 1 if ancestors else len(names)
        for depth in range(first, len(names) + 1):
            relative = "/".join(names[:depth])
            dir_here = is_dir or depth < len(names)
            if any(p.matches(relative, dir_here) for p in patterns):
                return True
        return False
