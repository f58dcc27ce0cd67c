"""Changed lines: what a unified diff says was added or modified, by file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# "@@ -12,3 +14,5 @@": the new file's lines are 14 to 18; a count of 0 adds nothing.
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13}


@dataclass(frozen=True)
class ChangedLines:
    """The lines changed in each file, by resolved absolute path; ``None`` for a file that
    is new to git as a whole (untracked), every line of which counts as changed."""

    files: Mapping[str, frozenset[int] | None]

    def has(self, path: str | Path) -> bool:
        """Whether ``path`` (absolute, or relative to the working directory) changed at all."""
        return key(path) in self.files

    def lines(self, path: str | Path) -> frozenset[int] | None:
        """The changed lines of ``path`` (none when it did not change); ``None``: all."""
        return self.files.get(key(path), frozenset())

    def touches(self, path: str | Path, line: int, end_line: int) -> bool:
        """Whether any of the lines ``line`` to ``end_line`` of ``path`` changed."""
        changed = self.lines(path)
        return changed is None or any(n in changed for n in range(line, end_line + 1))


def key(path: str | Path) -> str:
    """How files are known here: the real absolute path (links and ``..`` resolved)."""
    return os.path.realpath(path)


def parse_diff(diff: bytes) -> dict[str, frozenset[int]]:
    """The new side's changed lines of each file in a ``git diff --unified=0`` patch, keyed
    by its path as the patch gives it (``b/`` prefix removed, C-quoting undone).

    A hunk that only removes lines marks the lines on either side of the removal (a
    sentence that lost words, or the sentences around one that went): ``+c,0`` is
    after line ``c``. Deleted files and binary files have no lines.
    """
    found: dict[str, set[int]] = {}
    current: set[int] | None = None
    for raw in diff.split(b"\n"):
        if raw.startswith(b"+++ "):
            name = _unquote(raw[4:].rstrip(b"\r"))
            current = None if name == b"/dev/null" else found.setdefault(_new_path(name), set())
            continue
        hunk = _HUNK.match(raw)
        if hunk is None or current is None:
            continue
        start = int(hunk[1])
        count = 1 if hunk[2] is None else int(hunk[2])
        if count:
            current.update(range(start, start + count))
        else:
            current.update(n for n in (start, start + 1) if n > 0)
    return {path: frozenset(lines) for path, lines in found.items()}


def _new_path(name: bytes) -> str:
    return os.fsdecode(name[2:] if name.startswith(b"b/") else name)


def _unquote(name: bytes) -> bytes:
    """A path as git writes it in a patch header: bare, or in double quotes with C escapes
    (``\\"``, ``\\\\``, ``\\t``, ``\\n``, octal ``\\303\\251`` for bytes outside ASCII)."""
    if not (name.startswith(b'"') and name.endswith(b'"') and len(name) >= 2):
        return name.split(b"\t")[0]  # "+++ b/a b.md\t" when the name has a space
    out = bytearray()
    body = name[1:-1]
    i = 0
    while i < len(body):
        char = body[i : i + 1]
        if char != b"\\":
            out += char
            i += 1
            continue
        nxt = body[i + 1 : i + 2]
        if nxt.isdigit():
            out.append(int(body[i + 1 : i + 4], 8))
            i += 4
        else:
            out.append(_ESCAPES.get(nxt, ord(nxt) if nxt else 92))
            i += 2
    return bytes(out)


def combine(
    root: Path, diffed: Mapping[str, frozenset[int]], untracked: Iterable[str]
) -> ChangedLines:
    """The changes under the repository ``root``: diffed files by line, untracked ones whole."""
    files: dict[str, frozenset[int] | None] = {
        key(root / path): lines for path, lines in diffed.items()
    }
    for path in untracked:
        files[key(root / path)] = None
    return ChangedLines(files)
