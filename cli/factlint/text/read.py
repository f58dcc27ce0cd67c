"""Reading drafts: UTF-8 text with one clear error for anything that is not."""

from __future__ import annotations

import codecs
from pathlib import Path

from factlint.errors import InputError


def read_text(path: Path) -> str:
    """Read a draft as UTF-8 with the BOM stripped and newlines made ``\\n``.

    A file that opens with a UTF-16 byte order mark (as Windows tools write "Unicode"
    text) is read as UTF-16. Raises ``InputError`` when the file is missing, a
    directory, unreadable, binary or not valid UTF-8.
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
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, path)
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


def _decode_utf16(data: bytes, path: str) -> str:
    try:
        text = data.decode("utf-16")  # the BOM tells the byte order and is dropped
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start, "utf-16")
        message = f"not valid UTF-16 (at line {line}, column {column})"
        raise InputError(message, path, line, column) from None
    nul = text.find("\0")
    if nul >= 0:
        line, column = _text_position(text, nul)
        raise InputError("binary file (contains NUL characters), not text", path, line, column)
    return normalize_newlines(text)


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; line numbers stay the same."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _position(data: bytes, index: int, encoding: str = "utf-8") -> tuple[int, int]:
    """1-based line and character column of byte ``index``, whatever the line endings."""
    return _text_position(data[:index].decode(encoding, errors="replace"), None)


def _text_position(text: str, index: int | None) -> tuple[int, int]:
    """1-based line and column of ``text[index]`` (of the end of ``text`` when None);
    ``\\r\\n``, ``\\r`` and ``\\n`` each end a line, as they do for sentences."""
    before = normalize_newlines(text if index is None else text[:index])
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1
