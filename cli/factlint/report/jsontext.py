"""JSON text as ``json.dump(obj, out, indent=2, ensure_ascii=False)`` writes it, faster.

The standard library's C encoder does not indent; with ``indent`` set, ``json`` falls
back to nested Python generators, a string and a ``write`` per token (a report of
5,000 findings took a second). Here one recursive function appends to one list, the
strings are escaped by the C escaper, and the text is written once. The output is the
same, character for character (the tests compare the two on generated documents).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C escaper where the C module is built
from typing import Any, TextIO

_INDENT = "  "
_CONSTANTS = {True: "true", False: "false"}


def dumps(obj: Any) -> str:
    """``obj`` as JSON text, indented by two spaces, non-ASCII characters kept."""
    parts: list[str] = []
    _encode(obj, parts, "\n")
    return "".join(parts)


def dump(obj: Any, out: TextIO) -> None:
    """Write ``dumps(obj)`` to ``out``."""
    out.write(dumps(obj))


def _encode(obj: Any, parts: list[str], newline: str) -> None:
    """Append ``obj``'s text; ``newline`` is a line break and the current indent."""
    if isinstance(obj, str):
        parts.append(encode_basestring(obj))
    elif obj is None:
        parts.append("null")
    elif obj is True or obj is False:
        parts.append(_CONSTANTS[obj])
    elif isinstance(obj, int):
        parts.append(int.__repr__(obj))
    elif isinstance(obj, float):
        parts.append(_float(obj))
    elif isinstance(obj, dict):
        if not obj:
            parts.append("{}")
            return
        inner = newline + _INDENT
        first = True
        for key, value in obj.items():
            written = _KEYS.get(key) if type(key) is str else None
            if written is None:
                written = _key(key)
            _encode_after(("{" if first else ",") + inner + written, value, parts, inner)
            first = False
        parts.append(newline + "}")
    elif isinstance(obj, list | tuple):
        if not obj:
            parts.append("[]")
            return
        inner = newline + _INDENT
        first = True
        for value in obj:
            _encode_after(("[" if first else ",") + inner, value, parts, inner)
            first = False
        parts.append(newline + "]")
    else:  # anything else: as the standard encoder does (or its TypeError)
        parts.append(json.dumps(obj, ensure_ascii=False))


def _encode_after(head: str, value: Any, parts: list[str], newline: str) -> None:
    """Append ``head`` (the punctuation, indent and key before a value), then the value:
    a plain value in the same ``append``, anything else by ``_encode``."""
    leaf = _leaf(value)
    if leaf is None:
        parts.append(head)
        _encode(value, parts, newline)
    else:
        parts.append(head + leaf)


def _leaf(value: Any) -> str | None:
    """The text of a plain string, number, boolean or null (most of a report's values),
    else None: one call and one ``append`` for the commonest values, not a recursion."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    return None


# A report's keys are a few names written thousands of times: each kept as written,
# with its ": ", up to a bound (a document's keys may be anything).
_KEYS: dict[str, str] = {}
_KEYS_KEPT = 512


def _key(key: Any) -> str:
    """A dictionary key as the standard encoder writes it (always a JSON string), with
    the ": " after it."""
    if type(key) is str:
        written = encode_basestring(key) + ": "
        if len(_KEYS) < _KEYS_KEPT:
            _KEYS[key] = written
        return written
    return _key_text(key) + ": "


def _key_text(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if key is True or key is False or key is None:
        return '"' + ("true" if key is True else "false" if key is False else "null") + '"'
    if isinstance(key, int):
        return '"' + int.__repr__(key) + '"'
    if isinstance(key, float):
        return '"' + _float(key) + '"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)
