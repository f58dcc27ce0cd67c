"""Findings as Parquet (pyarrow): the json format's result fields as typed, nested columns.

The schema spells out each field of ``factlint.report.json.result_document`` so
that every task's table has the same types, even one whose findings have no
fixes or no sources; a test keeps the two in step.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from factlint.errors import FactlintError
from factlint.sweep.output import OutputFormat, Rows

ROW_GROUP = 64 * 1024  # rows buffered before a row group is written

_STRING = pa.string()
_INT = pa.int64()
SCHEMA = pa.schema(
    [
        ("path", _STRING),
        ("line", _INT),
        ("column", _INT),
        ("end_line", _INT),
        ("end_column", _INT),
        ("text", _STRING),
        ("verdict", _STRING),
        ("severity", _STRING),
        ("kind", _STRING),
        ("claim_id", _STRING),
        ("claim", _STRING),
        ("as_of", _STRING),
        ("score", pa.float64()),
        ("reason", _STRING),
        (
            "differences",
            pa.list_(pa.struct([("kind", _STRING), ("draft", _STRING), ("facts", _STRING)])),
        ),
        (
            "sources",
            pa.list_(
                pa.struct([(name, _STRING) for name in ("id", "title", "publisher", "date", "url")])
            ),
        ),
        (
            "related",
            pa.list_(
                pa.struct(
                    [(name, _STRING) for name in ("verdict", "claim_id", "claim", "reason", "kind")]
                    + [("score", pa.float64())]
                )
            ),
        ),
        ("suppressed", pa.bool_()),
        (
            "fix",
            pa.struct(
                [
                    ("description", _STRING),
                    (
                        "edits",
                        pa.list_(
                            pa.struct(
                                [
                                    (name, _INT)
                                    for name in (
                                        "line",
                                        "column",
                                        "end_line",
                                        "end_column",
                                        "start",
                                        "end",
                                    )
                                ]
                                + [("original", _STRING), ("replacement", _STRING)]
                            )
                        ),
                    ),
                ]
            ),
        ),
    ]
)


def _escaped(text: str) -> str:
    """A file name that is not valid UTF-8 (lone surrogates) in the escaped form json writes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def encode_parquet(rows: Rows) -> pa.Table:
    """One task's rows as a table of ``SCHEMA``."""
    for row in rows:
        row["path"] = _escaped(row["path"])
    return pa.Table.from_pylist(rows, schema=SCHEMA)


class ParquetWriter:
    """Appends each task's table, in row groups of about ``ROW_GROUP`` rows."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.writer = pq.ParquetWriter(path, SCHEMA)
        except OSError as error:
            raise FactlintError(f"cannot write findings: {error}", path) from None
        self.pending: list[pa.Table] = []
        self.rows = 0

    def write(self, payload: Any) -> None:
        assert isinstance(payload, pa.Table)
        if payload.num_rows:
            self.pending.append(payload)
            self.rows += payload.num_rows
        if self.rows >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.concat_tables(self.pending))
            self.pending, self.rows = [], 0

    def close(self) -> None:
        """Write what is buffered and the footer: the file is whole from here on."""
        try:
            self._flush()
        finally:
            self.writer.close()


PARQUET = OutputFormat("parquet", encode_parquet, ParquetWriter)
