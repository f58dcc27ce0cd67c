"""Tests for reading drafts: decoding, newlines and one clear error per bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.errors import InputError
from factlint.text import decode_text, read_text


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert caught.value.path == str(path)
    return caught.value


def test_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("Ça va — 2030.\n", encoding="utf-8")
    assert read_text(path) == "Ça va — 2030.\n"


def test_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"\xef\xbb\xbfHello.\n")
    assert read_text(path) == "Hello.\n"


def test_normalizes_newlines_keeping_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"one\r\ntwo\rthree\n\r\nfive")
    assert read_text(path) == "one\ntwo\nthree\n\nfive"


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "absent.md").message


def test_directory(tmp_path: Path) -> None:
    assert "directory" in _error(tmp_path).message


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "permission denied" in _error(tmp_path / "locked.md").message


def test_other_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    assert _error(tmp_path / "bad.md").message == "cannot read file: Input/output error"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"PNG\n\x89\x00\x00")
    error = _error(path)
    assert "binary" in error.message
    assert (error.line, error.column) == (2, 2)


def test_latin1_file_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("First line.\nCafé at 3 p.m.\n".encode("latin-1"))
    error = _error(path)
    assert error.message == "not valid UTF-8 (byte 0xe9 at line 2, column 4)"
    assert (error.line, error.column) == (2, 4)
    assert str(error) == f"{path}:2:4: {error.message}"


def test_column_counts_characters_before_the_bad_byte() -> None:
    with pytest.raises(InputError) as caught:
        decode_text("ab\nÇé".encode() + b"\xff", "-")
    assert (caught.value.line, caught.value.column) == (2, 3)


def test_decode_text_strips_bom_and_normalizes() -> None:
    assert decode_text(b"\xef\xbb\xbfa\r\nb", "-") == "a\nb"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "windows.md"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + "Café.\r\nSecond line.\r\n".encode(encoding))
    assert read_text(path) == "Café.\nSecond line.\n"


def test_utf16_without_a_bom_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "nobom.md"
    path.write_bytes("Hello.\n".encode("utf-16-le"))
    assert "binary" in _error(path).message


def test_broken_utf16_reports_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_bytes(b"\xff\xfe" + "ab\r\nc".encode("utf-16-le") + b"\x00\xd8")
    assert (_error(path).line, _error(path).column) == (2, 2)


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_error_positions_count_every_kind_of_line_end(tmp_path: Path, newline: bytes) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(newline.join([b"One.", b"Two.", b"Caf\xe9."]))
    assert (_error(path).line, _error(path).column) == (3, 4)
    path.write_bytes(newline.join([b"One.", b"\x00"]))
    assert (_error(path).line, _error(path).column) == (2, 1)
