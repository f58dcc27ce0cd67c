"""Find facts files, read each once per change (cached in-process), combine them into a FactBase."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factlint.errors import FactsError
from factlint.facts.crosscheck import check_together
from factlint.facts.issues import Issue, Kind, issue
from factlint.facts.paths import bundled_facts_path, expand, lexicon_path
from factlint.facts.validate import FileFacts, check_document
from factlint.facts.yamlnodes import MAX_BYTES, read_yaml
from factlint.gcpause import collector_paused
from factlint.model import Entity, FactBase, Problem
from factlint.progress import READING, Progress

_COMBINED_LIMIT = 16

# (path as given, resolved path, read as lexicon, size limit) -> (mtime_ns, size, what it holds)
_FILES: dict[tuple[str, str, bool, int], tuple[int, int, FileFacts]] = {}
_Key = tuple[tuple[FileFacts, ...], FileFacts | None]
_COMBINED: dict[_Key, _Combined] = {}


@dataclass(frozen=True)
class _Combined:
    """Files read together: every problem (sorted), and the fact base when there are none."""

    issues: tuple[Issue, ...]
    facts: FactBase | None


def facts_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files to read: a directory gives its ``*.yaml``/``*.yml`` (recursive, sorted).

    Files are taken as given (missing ones too: reading them reports it); each file once.
    """
    return _expand(paths)[0]


def validate_facts(
    paths: Sequence[str | Path] | None = None,
    *,
    lexicon: bool = True,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> list[Problem]:
    """Every problem in every file, in one run; [] exactly when ``load_facts`` would succeed.

    No paths means the bundled facts; ``lexicon`` checks the shipped lexicon too.
    ``progress`` is told how many bytes are read, as for ``load_facts``.
    """
    issues = validate_facts_detailed(paths, lexicon=lexicon, max_bytes=max_bytes, progress=progress)
    return [i.problem for i in issues]


def validate_facts_detailed(
    paths: Sequence[str | Path] | None = None,
    *,
    lexicon: bool = True,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> list[Issue]:
    """Like ``validate_facts``, each problem paired with its kind."""
    return list(_load(paths, lexicon, max_bytes, progress).issues)


def load_facts(
    paths: Sequence[str | Path] | None = None,
    *,
    lexicon: bool = True,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> FactBase:
    """Load facts files (the bundled facts when none are given) into one FactBase.

    With ``lexicon`` the shipped lexicon's entities come first and the files' entities
    merge on top; the files' synonym groups come before the lexicon's, so where a word
    is in both the writer's grouping wins. A file over ``max_bytes`` is refused unread.
    Raises ``FactsError`` listing every problem found. ``progress`` is told how many
    bytes of the files are read (see ``factlint.progress``).
    Unchanged inputs give back the very same FactBase, so callers may key caches on it.
    """
    combined = _load(paths, lexicon, max_bytes, progress)
    if combined.facts is None:
        raise FactsError([i.problem for i in combined.issues])
    return combined.facts


def clear_cache() -> None:
    """Forget every file read so far (the cache already notices changed files on its own)."""
    _FILES.clear()
    _COMBINED.clear()


def read_facts_file(
    path: Path,
    *,
    lexicon: bool = False,
    max_bytes: int = MAX_BYTES,
    on_read: Callable[[int], None] | None = None,
) -> FileFacts:
    """One file's records and problems, re-read only when its mtime or size changes.

    ``on_read`` is told now and then how many of the file's bytes are parsed.
    """
    display = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return _failed(Kind.NOT_FOUND, display, "no such file or directory")
    except OSError as error:
        return _failed(Kind.UNREADABLE, display, f"cannot read: {error.strerror or error}")
    if not stat.S_ISREG(info.st_mode):
        return _failed(Kind.UNREADABLE, display, "not a regular file")
    key = (display, str(path.resolve()), lexicon, max_bytes)
    cached = _FILES.get(key)
    if cached is not None and cached[:2] == (info.st_mtime_ns, info.st_size):
        return cached[2]
    document = read_yaml(path, display, info.st_size, max_bytes, on_read)
    if document.node is None and not document.empty:
        facts = FileFacts(display, issues=document.issues)
    else:
        checked = check_document(display, document.node, lexicon=lexicon)
        facts = replace(checked, issues=document.issues + checked.issues)
    _FILES[key] = (info.st_mtime_ns, info.st_size, facts)
    return facts


def _failed(kind: Kind, display: str, message: str) -> FileFacts:
    return FileFacts(display, issues=(issue(kind, display, message),))


def _expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Issue]]:
    """The files named by ``paths``, and a problem for each directory without any."""
    files, trouble = expand(paths)
    issues = [
        issue(Kind.NO_YAML_FILES, str(path), "no .yaml or .yml files in this directory")
        if error is None
        else issue(
            Kind.UNREADABLE,
            os.fsdecode(error.filename) if error.filename else str(path),
            f"cannot read directory: {error.strerror or error}",
        )
        for path, error in trouble
    ]
    return files, issues


def _load(
    paths: Sequence[str | Path] | None, lexicon: bool, max_bytes: int, progress: Progress | None
) -> _Combined:
    with collector_paused():
        return _load_files(paths, lexicon, max_bytes, progress)


def _load_files(
    paths: Sequence[str | Path] | None, lexicon: bool, max_bytes: int, progress: Progress | None
) -> _Combined:
    files, found_issues = _expand(paths or [bundled_facts_path()])
    facts = tuple(_read_all(files, max_bytes, progress))
    lexicon_file = lexicon_path()
    lex = read_facts_file(lexicon_file, lexicon=True) if lexicon and lexicon_file.exists() else None
    key: _Key = (facts, lex)
    combined = _COMBINED.get(key)
    if combined is None:
        combined = _combine(facts, lex)
        if len(_COMBINED) >= _COMBINED_LIMIT:
            del _COMBINED[next(iter(_COMBINED))]
        _COMBINED[key] = combined
    if not found_issues:
        return combined
    return _Combined(_sorted([*found_issues, *combined.issues], facts, lex), None)


def _read_all(files: list[Path], max_bytes: int, progress: Progress | None) -> Iterator[FileFacts]:
    """Each file read in turn, telling ``progress`` the bytes read so far of them all."""
    if progress is None:
        yield from (read_facts_file(p, max_bytes=max_bytes) for p in files)
        return
    sizes = [_size(p) for p in files]
    total = sum(sizes)
    before = 0
    for path, size in zip(files, sizes, strict=True):
        at = before

        def on_read(done: int, at: int = at) -> None:
            progress(READING, min(at + done, total), total)

        yield read_facts_file(path, max_bytes=max_bytes, on_read=on_read)
        before += size
        progress(READING, before, total)


def _size(path: Path) -> int:
    """The file's size, or 0 when it cannot be known (reading it reports why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _combine(files: tuple[FileFacts, ...], lex: FileFacts | None) -> _Combined:
    issues = [i for f in files for i in f.issues] + check_together(files)
    if lex is not None:
        issues = [*lex.issues, *check_together([lex]), *issues]
    if issues:
        return _Combined(_sorted(issues, files, lex), None)
    base_entities = [e.entity for e in lex.entities] if lex else []
    # A facts file's own groups come first: where a word is in a lexicon group too, the
    # writer's grouping wins.
    groups = [*(g for f in files for g in f.synonyms), *(lex.synonyms if lex else ())]
    return _Combined(
        (),
        FactBase(
            sources={e.source.id: e.source for f in files for e in f.sources},
            claims=tuple(e.claim for f in files for e in f.claims),
            entities=merge_entities(base_entities, [e.entity for f in files for e in f.entities]),
            synonyms=tuple(dict.fromkeys(groups)),
            paths=tuple(f.path for f in files),
        ),
    )


def _sorted(
    issues: Sequence[Issue], files: tuple[FileFacts, ...], lex: FileFacts | None
) -> tuple[Issue, ...]:
    """File by file in load order (the lexicon first), then by position."""
    order = {f.path: i for i, f in enumerate([*([lex] if lex else []), *files])}
    return tuple(
        sorted(
            issues,
            key=lambda i: (order.get(i.problem.path, -1), i.problem.line, i.problem.column),
        )
    )


def merge_entities(base: Sequence[Entity], extra: Sequence[Entity]) -> tuple[Entity, ...]:
    """``base`` with ``extra`` on top: a name in both unions the lists; ``extra``'s kind wins."""
    merged: dict[str, Entity] = {}
    for entity in [*base, *extra]:
        key = entity.name.casefold()
        old = merged.get(key)
        merged[key] = (
            entity
            if old is None
            else Entity(
                entity.name,
                entity.kind,
                _union(old.aliases, entity.aliases),
                _union(old.within, entity.within),
                _union(old.demonyms, entity.demonyms),
            )
        )
    return tuple(merged.values())


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *second]))
