"""Baselines: the findings a team has accepted for now, so that only new ones are reported.

``factlint check --write-baseline FILE`` records every contradicted and outdated finding
(not those a comment suppresses) as an entry: the file's path (relative to the baseline
file's directory, with ``/``), the claim's id and the sentence's words
(``factlint.identity.sentence_key``). ``factlint check --baseline FILE`` treats the
findings that match an entry as suppressed: they are not shown, not counted and do not
fail the run, and the json format lists them under ``suppressed``. Matching ignores
lines, so a sentence that moves (or is rewrapped) stays matched; a sentence whose words
change is a new finding. The same sentence twice in a file is one entry with a
``count``. An entry that matches nothing in a file that was checked is reported as a
notice (``unused-baseline-entry``) at its line in the baseline file, as an unused
suppression is, so that fixed findings are taken out of it.

The file is JSON, one entry per line, sorted, the same for the same findings on every
run and machine, meant to be committed::

    {
      "version": 1,
      "findings": [
        {"path": "docs/a.md", "claim_id": "kestrel-length", "text": "The ... long.", "count": 1}
      ]
    }
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any

from factlint.errors import BaselineError
from factlint.identity import finding_key
from factlint.model import Finding, Notice, Report, Verdict

VERSION = 1
UNUSED_CODE = "unused-baseline-entry"
RECORDED = (Verdict.CONTRADICTED, Verdict.OUTDATED)
PSEUDO_PATHS = ("-", "<text>")  # standard input and --text sentences: kept as they are
_KEYS = ("path", "claim_id", "text")


@dataclass(frozen=True, order=True)
class Entry:
    """One accepted finding: where, against which claim, and the sentence's words."""

    path: str
    claim_id: str
    text: str


@dataclass(frozen=True)
class Baseline:
    """A baseline file's entries, how many findings each stands for, and where each is
    written (1-based line and column in the file; 0 for entries not read from one)."""

    path: str
    counts: Mapping[Entry, int]
    positions: Mapping[Entry, tuple[int, int]]


def recorded(finding: Finding) -> bool:
    """Whether a baseline records this finding: contradicted or outdated, with a claim, and
    not already silenced by a suppression comment."""
    return finding.verdict in RECORDED and finding.claim is not None and not finding.suppressed


def entry_path(path: str, base: Path, cwd: Path) -> str:
    """``path`` (as the report spells it, relative to ``cwd``) relative to the directory
    ``base`` with ``/`` separators; standard input and ``--text`` stay as they are."""
    if path in PSEUDO_PATHS:
        return path
    absolute = os.path.abspath(cwd / path)
    try:
        return PurePath(os.path.relpath(absolute, os.path.abspath(cwd / base))).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return PurePath(absolute).as_posix()


def entries_of(report: Report, base: Path, cwd: Path) -> Counter[Entry]:
    """The entries that record ``report``'s findings, paths relative to ``base``."""
    found: Counter[Entry] = Counter()
    for finding in report.findings:
        if recorded(finding):
            found[_entry(finding, base, cwd)] += 1
    return found


def _entry(finding: Finding, base: Path, cwd: Path) -> Entry:
    return Entry(*finding_key(finding, entry_path(finding.sentence.path, base, cwd)))


def render_baseline(counts: Mapping[Entry, int]) -> str:
    """The baseline file's text: sorted entries, one a line, the same on every run."""
    lines = [
        json.dumps(
            {"path": e.path, "claim_id": e.claim_id, "text": e.text, "count": counts[e]},
            ensure_ascii=False,
        )
        for e in sorted(counts)
        if counts[e] > 0
    ]
    body = ",\n".join(f"    {line}" for line in lines)
    findings = f"[\n{body}\n  ]" if lines else "[]"
    return f'{{\n  "version": {VERSION},\n  "findings": {findings}\n}}\n'


def write_baseline(path: Path, report: Report, cwd: Path) -> Baseline:
    """Record ``report``'s findings in the file ``path`` (replaced atomically); the baseline
    written. Raises ``BaselineError`` when the file cannot be written."""
    counts = entries_of(report, path.parent, cwd)
    text = render_baseline(counts)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".factlint-baseline.", dir=cwd / path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temporary, _mode(cwd / path))
            os.replace(temporary, cwd / path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        message = f"cannot write baseline: {error.strerror or error}"
        raise BaselineError(message, str(path)) from None
    return Baseline(str(path), counts, {})


def _mode(path: Path) -> int:
    """The permissions a rewritten baseline gets: the old file's, else what the umask
    lets a new file have (``mkstemp`` alone would leave it readable by its owner only)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def read_baseline(path: Path) -> Baseline:
    """The baseline in the file ``path``. Raises ``BaselineError`` (with the line and column
    where it can tell) when the file is missing, unreadable, not JSON or not a baseline."""
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BaselineError("no such baseline file", display) from None
    except UnicodeDecodeError:
        raise BaselineError("the baseline file is not UTF-8", display) from None
    except OSError as error:
        message = f"cannot read baseline: {error.strerror or error}"
        raise BaselineError(message, display) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"invalid JSON: {error.msg}"
        raise BaselineError(message, display, error.lineno, error.colno) from None
    if not isinstance(document, dict) or document.get("version") != VERSION:
        raise BaselineError(f'not a factlint baseline (no "version": {VERSION})', display, 1, 1)
    items = document.get("findings")
    if not isinstance(items, list):
        raise BaselineError('not a factlint baseline ("findings" is not a list)', display, 1, 1)
    try:
        positions = _item_positions(text)
    except (ValueError, IndexError):  # a layout the walk does not know: entries unplaced
        positions = []
    counts: Counter[Entry] = Counter()
    where: dict[Entry, tuple[int, int]] = {}
    for number, item in enumerate(items):
        line, column = positions[number] if number < len(positions) else (0, 0)
        entry, count = _parse_item(item, display, line, column)
        counts[entry] += count
        where.setdefault(entry, (line, column))
    return Baseline(display, counts, where)


def _parse_item(item: Any, display: str, line: int, column: int) -> tuple[Entry, int]:
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in _KEYS):
        message = 'a baseline entry needs "path", "claim_id" and "text" strings'
        raise BaselineError(message, display, line, column)
    count = item.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise BaselineError('"count" must be a whole number from 1', display, line, column)
    return Entry(item["path"], item["claim_id"], item["text"]), count


def _item_positions(text: str) -> list[tuple[int, int]]:
    """Where each item of the top-level ``findings`` list starts (1-based line, column).

    The text is known to be valid JSON; this walks its top level with the decoder to find
    the list, then steps from item to item, so hand-edited layouts are placed too.
    """
    decoder = json.JSONDecoder()
    index = _skip(text, text.index("{") + 1)
    while index < len(text) and text[index] != "}":
        key, index = decoder.raw_decode(text, index)
        index = _skip(text, _skip(text, index) + 1)  # past the ':'
        if key == "findings" and text[index] == "[":
            return _positions(text, _skip(text, index + 1), decoder)
        _, index = decoder.raw_decode(text, index)
        index = _skip(text, index)
        if text[index] == ",":
            index = _skip(text, index + 1)
    return []


def _positions(text: str, index: int, decoder: json.JSONDecoder) -> list[tuple[int, int]]:
    found = []
    while text[index] != "]":
        line = text.count("\n", 0, index) + 1
        found.append((line, index - text.rfind("\n", 0, index)))
        _, index = decoder.raw_decode(text, index)
        index = _skip(text, index)
        if text[index] == ",":
            index = _skip(text, index + 1)
    return found


def _skip(text: str, index: int) -> int:
    """The index of the first character from ``index`` on that is not JSON whitespace."""
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def apply_baseline(report: Report, baseline: Baseline, cwd: Path) -> Report:
    """``report`` with the findings the baseline records suppressed, and a notice for each
    entry about a checked file that matched no finding (or fewer than its ``count``)."""
    base = Path(baseline.path).parent
    left = Counter(baseline.counts)
    findings = []
    for finding in report.findings:
        if recorded(finding):
            entry = _entry(finding, base, cwd)
            if left[entry] > 0:
                left[entry] -= 1
                finding = replace(finding, suppressed=True)
        findings.append(finding)
    checked = {entry_path(p, base, cwd) for p in report.paths}
    if report.texts:
        checked.add("<text>")
    notices = tuple(_unused(baseline, left, checked))
    return replace(report, findings=tuple(findings), notices=report.notices + notices)


def _unused(baseline: Baseline, left: Counter[Entry], checked: set[str]) -> Iterable[Notice]:
    for entry in sorted(left):
        unused = left[entry]
        if unused <= 0 or entry.path not in checked:
            continue
        count = baseline.counts[entry]
        times = "" if unused == count else f" ({unused} of its {count})"
        words = entry.text if len(entry.text) <= 60 else entry.text[:57] + "..."
        message = (
            f'baseline entry matches no finding{times}: {entry.path} [{entry.claim_id}] "{words}"'
        )
        line, column = baseline.positions.get(entry, (0, 0))
        yield Notice(baseline.path, line, column, message, UNUSED_CODE)
