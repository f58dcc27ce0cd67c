"""Reading drafts: UTF-8 text with one clear error for anything that is not."""

from __future__ import annotations

import codecs
from pathlib import Path

from factlint.errors import InputError


def read_text(path: Path) -> str:
    """Read a draft as UTF-8 with the BOM stripped and newlines made ``\\n``.

    Raises ``InputError`` when the file is missing, a directory, unreadable,
    binary or not valid UTF-8.
    """
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as error:
        if path.is_dir():
            raise InputError("is a directory, not a file", path=name) from None
        raise InputError(f"cannot read file: {error.strerror or error}", path=name) from None
    return decode_text(data, name)


def decode_text(data: bytes, path: str) -> str:
    """Decode a draft's bytes (a file's or stdin's) the way ``read_text`` does."""
    data = data.removeprefix(codecs.BOM_UTF8)
    nul = data.find(b"\0")
    if nul >= 0:
        line, column = _position(data, nul)
        raise InputError("binary file (contains NUL bytes), not text", path, line, column)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        byte = data[error.start]
        message = f"not valid UTF-8 (byte 0x{byte:02x} at line {line}, column {column})"
        raise InputError(message, path, line, column) from None
    return normalize_newlines(text)


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; line numbers stay the same."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _position(data: bytes, index: int) -> tuple[int, int]:
    """1-based line and character column of byte ``index``."""
    line_start = data.rfind(b"\n", 0, index) + 1
    line = data.count(b"\n", 0, index) + 1
    column = len(data[line_start:index].decode("utf-8", errors="replace")) + 1
    return line, column
