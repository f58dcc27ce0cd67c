"""Cutting the files of a sweep into tasks of bounded size: so many files, so many bytes."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

MAX_FILES = 200  # files a task takes at most: a few seconds of checking
MAX_BYTES = 8 * 1024 * 1024  # bytes a task reads at most (a larger file is a task alone)
TASKS_PER_THREAD = 8  # at least, in a small sweep: no worker idles while another finishes


@dataclass(frozen=True)
class Partition:
    """One task's files, named as the walk named them; ``id`` is unique in a sweep."""

    id: int
    paths: tuple[str, ...]


def files_per_task(files: int, threads: int) -> int:
    """How many files a task takes: ``MAX_FILES``, or fewer in a sweep too small to give
    every worker thread ``TASKS_PER_THREAD`` tasks of that size."""
    return max(1, min(MAX_FILES, -(-files // (TASKS_PER_THREAD * max(1, threads)))))


def partition_files(
    paths: Iterable[str],
    *,
    cwd: str = "",
    max_files: int = MAX_FILES,
    max_bytes: int = MAX_BYTES,
) -> Iterator[tuple[str, ...]]:
    """``paths`` in order, cut into runs of at most ``max_files`` files and ``max_bytes``
    bytes (a file larger than ``max_bytes`` is a run of its own).

    Sizes are read lazily, so the first tasks start before the last file is measured;
    a file whose size cannot be read counts as empty (its task reports why it cannot
    be read). Relative paths are measured from ``cwd``.
    """
    if max_files < 1 or max_bytes < 1:
        raise ValueError("a partition holds at least one file and one byte")
    run: list[str] = []
    size = 0
    for path in paths:
        try:
            length = os.stat(os.path.join(cwd, path)).st_size
        except OSError:
            length = 0
        if run and (len(run) >= max_files or size + length > max_bytes):
            yield tuple(run)
            run, size = [], 0
        run.append(path)
        size += length
    if run:
        yield tuple(run)
