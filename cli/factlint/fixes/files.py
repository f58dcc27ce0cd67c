"""Corrections on disk: a file's text before and after its fixes, as a unified diff or written.

A file is rewritten atomically (a temporary file in the same directory, then
``os.replace``), keeps its permission bits, BOM and line endings, and is never
touched when its text has changed since it was checked.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factlint.errors import FactlintError, StaleFileError
from factlint.fixes.propose import digest
from factlint.lazyre import lazy
from factlint.model import Edit, Finding, Fix
from factlint.text.prose import Positions
from factlint.text.read import normalize_newlines

_LINE = lazy(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")  # a line with its ending
_LINE_END = lazy(r"\r\n|\r|\n")
NO_NEWLINE = "\\ No newline at end of file\n"


@dataclass(frozen=True)
class Rewrite:
    """One file's text (as on disk: BOM and line ends kept) before and after its fixes."""

    path: str
    before: str
    after: str
    fixes: tuple[Fix, ...]  # the fixes made; one overlapping an earlier one is left out

    @property
    def edits(self) -> tuple[Edit, ...]:
        return tuple(edit for fix in self.fixes for edit in fix.edits)


def fixes_by_path(findings: Sequence[Finding]) -> dict[str, list[Fix]]:
    """The fixes of findings no suppression silenced, by path, in the findings' order."""
    found: dict[str, list[Fix]] = {}
    for finding in findings:
        if finding.fix is not None and not finding.suppressed:
            found.setdefault(finding.sentence.path, []).append(finding.fix)
    return found


def plan(path: str, fixes: Sequence[Fix], data: bytes) -> Rewrite:
    """The rewrite of a file whose bytes are ``data``.

    Raises ``StaleFileError`` when ``data`` is not the text the fixes were made for,
    and ``FactlintError`` when it is not UTF-8.
    """
    bom = codecs.BOM_UTF8.decode() if data.startswith(codecs.BOM_UTF8) else ""
    try:
        raw = data[len(codecs.BOM_UTF8) if bom else 0 :].decode("utf-8")
    except UnicodeDecodeError:
        raise StaleFileError("is no longer valid UTF-8; not fixed", path) from None
    read = normalize_newlines(raw)
    if any(fix.digest != digest(read) for fix in fixes):
        raise StaleFileError("changed since it was checked; not fixed", path)
    chosen: list[Fix] = []
    taken: list[Edit] = []
    for fix in sorted(fixes, key=lambda f: f.edits[0].start):
        if not any(a.start < b.end and b.start < a.end for a in fix.edits for b in taken):
            chosen.append(fix)
            taken += fix.edits
    after = _apply_on_disk_text(raw, read, taken)
    return Rewrite(path, bom + raw, bom + after, tuple(chosen))


def _apply_on_disk_text(raw: str, read: str, edits: Sequence[Edit]) -> str:
    """Make edits placed in ``read`` (line ends as ``\\n``) on ``raw`` (line ends as written)."""
    raw_starts = [0] + [m.end() for m in _LINE_END.finditer(raw)]
    positions = Positions(read)
    text = raw
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        line, column = positions.line_column(edit.start)
        start = raw_starts[line - 1] + column - 1
        end = start + (edit.end - edit.start)
        if text[start:end] != edit.original:  # cannot happen for a text that matches its digest
            raise StaleFileError("changed since it was checked; not fixed")
        text = text[:start] + edit.replacement + text[end:]
    return text


def unified_diff(rewrite: Rewrite, label: str) -> str:
    """The rewrite as a unified diff with ``a/label`` and ``b/label`` headers."""
    lines = difflib.unified_diff(
        _LINE.findall(rewrite.before), _LINE.findall(rewrite.after), f"a/{label}", f"b/{label}"
    )
    return "".join(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}" for line in lines)


def fix_file(path: str, fixes: Sequence[Fix]) -> Rewrite:
    """Apply fixes to a file in place, atomically; the rewrite made (unchanged: not written).

    The file is read again and must hold the very text the fixes were made for; its
    status is compared once more just before the new text replaces it. Raises
    ``StaleFileError`` when it changed, ``FactlintError`` when it cannot be written.
    """
    target = Path(os.path.realpath(path))  # a symlink's target is rewritten, not the link
    try:
        before = target.stat()
        data = target.read_bytes()
    except OSError as error:
        raise FactlintError(f"cannot read file: {error.strerror or error}", path) from None
    rewrite = plan(path, fixes, data)
    if rewrite.after == rewrite.before:
        return rewrite
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(rewrite.after.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(before.st_mode))
        now = target.stat()
        if _identity(now) != _identity(before):
            raise StaleFileError("changed while it was being fixed; not fixed", path)
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise FactlintError(f"cannot write file: {error.strerror or error}", path) from None
    except BaseException:
        _remove(temporary)
        raise
    return rewrite


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
