"""Which files a set of facts paths names: light enough to import on every run."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


def bundled_facts_path() -> Path:
    """The facts shipped with factlint: in the wheel, else the checkout's top-level ``facts/``."""
    here = Path(__file__).resolve()
    shipped = here.parents[1] / "data" / "facts"
    if shipped.is_dir():
        return shipped
    checkout = here.parents[3] / "facts"
    return checkout if checkout.is_dir() else shipped


def lexicon_path() -> Path:
    """The shipped lexicon: entities and synonyms every run knows."""
    return Path(__file__).resolve().parents[1] / "data" / "lexicon.yaml"


def facts_inputs(paths: Sequence[str | Path] | None = None) -> tuple[list[Path], bool]:
    """Every file that loading ``paths`` reads (the lexicon last), and whether all are there.

    What the compiled-facts cache keys on: when they are not all there, loading reports it.
    """
    files, trouble = expand(paths or [bundled_facts_path()])
    lexicon = lexicon_path()
    return [*files, lexicon], not trouble and all(p.is_file() for p in [*files, lexicon])


Stamp = tuple[bool, tuple[tuple[str, int, int, int] | None, ...]]


def facts_stamp(paths: Sequence[str | Path] | None = None) -> Stamp:
    """What the files ``paths`` names look like now (which there are, their inode, size and
    modification time): equal stamps mean the same facts, without reading a byte of them."""
    files, complete = facts_inputs(paths)
    stamps: list[tuple[str, int, int, int] | None] = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            stamps.append(None)
            continue
        stamps.append((str(path), info.st_ino, info.st_size, info.st_mtime_ns))
    return complete, tuple(stamps)


def yaml_files(directory: Path, on_error: Callable[[OSError], None]) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files under ``directory``, sorted, outside hidden directories.

    Links to directories are not followed, and links that lead nowhere are skipped; a
    directory that cannot be read is handed to ``on_error``, never a silent gap.
    """
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(directory, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            file = Path(folder) / name
            if file.suffix in YAML_SUFFIXES and not name.startswith(".") and file.is_file():
                found.append(file)
    return sorted(found)


def expand(
    paths: Iterable[str | Path],
) -> tuple[list[Path], list[tuple[Path, OSError | None]]]:
    """The files named by ``paths``, each once, and what went wrong with the directories.

    A directory gives its YAML files (``yaml_files``); files are taken as given (missing
    ones too: reading them reports it). The second list holds, in the order met, each
    directory that could not be read (with the error) or that holds no YAML file (None).
    """
    files: list[Path] = []
    trouble: list[tuple[Path, OSError | None]] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = [path]
        if path.is_dir():

            def unreadable(error: OSError, at: Path = path) -> None:
                trouble.append((at, error))

            found = yaml_files(path, unreadable)
            if not found:
                trouble.append((path, None))
        for file in found:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                files.append(file)
    return files, trouble
