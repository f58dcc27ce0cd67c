"""Where a sweep's findings go: JSON Lines, or Parquet for a path ending in ``.parquet``.

A format has two halves: ``encode`` runs on the workers and turns one task's
findings (objects of the json format's ``results``) into what is shipped back,
so the client only appends; the writer runs on the client and appends each
task's payload the moment it arrives, so the file grows as the sweep goes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from factlint.errors import FactlintError

Rows = list[dict[str, Any]]
STDOUT = "-"


class FindingsWriter(Protocol):
    """Appends each task's encoded findings to the output; ``close`` finishes it."""

    def write(self, payload: Any) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class OutputFormat:
    """A findings format: how workers encode a task's rows, and how the client writes them."""

    name: str
    encode: Callable[[Rows], Any]
    open: Callable[[str], FindingsWriter]


def encode_json_lines(rows: Rows) -> bytes:
    """One JSON object per line, UTF-8; a file name that is not valid UTF-8 is escaped."""
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return text.encode("utf-8", "backslashreplace")


class JsonLinesWriter:
    """Appends lines to a file (or standard output), flushed after every task."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.stream: IO[bytes]
        if path == STDOUT:
            self.stream = sys.stdout.buffer
        else:
            try:
                self.stream = open(path, "wb")  # noqa: SIM115 - kept open for the sweep
            except OSError as error:
                raise FactlintError(f"cannot write findings: {error.strerror}", path) from None

    def write(self, payload: Any) -> None:
        assert isinstance(payload, bytes)
        if payload:
            self.stream.write(payload)
            self.stream.flush()

    def close(self) -> None:
        if self.path == STDOUT:
            self.stream.flush()
        else:
            self.stream.close()


JSON_LINES = OutputFormat("jsonl", encode_json_lines, JsonLinesWriter)


def output_format(path: str) -> OutputFormat:
    """The format for ``path``: Parquet when it ends in ``.parquet``, else JSON Lines.

    Parquet needs pyarrow (the ``dask`` extra); ``ImportError`` when it is missing.
    """
    if path != STDOUT and Path(path).suffix.lower() == ".parquet":
        from factlint.sweep.parquet import PARQUET

        return PARQUET
    return JSON_LINES
