"""Settings: defaults, then ``.factlint.toml`` or ``[tool.factlint]``, then the command line.

Keys (top level in ``.factlint.toml``, or under ``[tool.factlint]`` in either file)::

    facts = ["facts/space.yaml"]     # a path or a list; relative to the config file
    include = ["*.md", "*.markdown", "*.txt"]   # gitignore-style globs (see factlint.globs)
    exclude = ["drafts/", "CHANGELOG.md"]
    fail_on = "error"                 # "error", "warning" or "never"
    format = "text"                   # text, line, json, github, sarif, junit, gitlab; unset: auto
    show_unverified = false
    min_score = 60                    # 0-100: how closely a claim must match a sentence
    hedge_tolerance = 0.1             # 0-1: the slack "about", "nearly" allow
    jobs = 0                          # worker processes for large inputs; 0 = every core
    cache = true                      # keep compiled facts in the user cache directory
    max_facts_mib = 64                # 1-4096: larger facts files are refused unread

``max_facts_mib`` may also come from the ``FACTLINT_MAX_FACTS_MIB`` environment
variable, which wins over the file; the command line wins over both.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from factlint.errors import ConfigError
from factlint.globs import compile_pattern
from factlint.lazyre import lazy
from factlint.limits import MAX_FACTS_MIB
from factlint.model import MatchSettings
from factlint.report import FORMATS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

CONFIG_FILE = ".factlint.toml"
MIB = 1024 * 1024
DEFAULT_MAX_FACTS_MIB = MAX_FACTS_MIB
# Keys that an environment variable may set, over the config file.
ENVIRONMENT = {"max_facts_mib": "FACTLINT_MAX_FACTS_MIB"}
PYPROJECT = "pyproject.toml"
FAIL_ON = ("error", "warning", "never")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
DEFAULT = "default"
COMMAND_LINE = "command line"

# Used only to tell whether an unparsable pyproject.toml was meant to configure factlint.
_TABLE_HEADER = lazy(
    r"^[ \t]*(\[\s*tool\s*\.\s*factlint\s*[\].]|tool\s*\.\s*factlint\s*[.=])", re.M
)
_TOML_POSITION = lazy(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)")
_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_HEADER = lazy(rf"^\s*\[\[?\s*({_KEY})\s*\]")
_ASSIGNMENT = lazy(rf"^\s*({_KEY})\s*=")


@dataclass(frozen=True)
class Config:
    """Everything a run is configured with; ``origins`` says where each key's value came from."""

    facts: tuple[Path, ...] = ()  # empty: the bundled facts
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    format: str | None = None  # None: chosen by the CLI (text on a terminal, github in Actions)
    show_unverified: bool = False
    jobs: int = 0  # 0: every core this process may use
    cache: bool = True
    max_facts_mib: float = DEFAULT_MAX_FACTS_MIB  # facts files over this are refused unread
    match: MatchSettings = field(default_factory=MatchSettings)
    path: Path | None = None  # the config file used, if any
    origins: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def max_facts_bytes(self) -> int:
        return int(self.max_facts_mib * MIB)


class _Invalid(Exception):
    """A value that fails validation; the caller adds where it came from."""


def _type_name(value: object) -> str:
    names = {bool: "a boolean", str: "a string", int: "an integer", float: "a number"}
    names |= {list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _strings(key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(f"{key} must be an array of strings, not {_type_name(value)}")
    return tuple(value)


def _patterns(key: str, value: object) -> tuple[str, ...]:
    patterns = _strings(key, value)
    for pattern in patterns:
        try:
            compile_pattern(pattern)
        except ValueError as error:
            raise _Invalid(f"{key}: {error}") from None
    return patterns


def _include(key: str, value: object) -> tuple[str, ...]:
    patterns = _patterns(key, value)
    if not patterns:
        raise _Invalid(f"{key} must list at least one pattern")
    return patterns


def _facts(key: str, value: object) -> tuple[str, ...]:
    paths = (value,) if isinstance(value, str) else _strings(key, value)
    if not all(paths):
        raise _Invalid(f"{key} paths cannot be empty")
    return tuple(str(p) for p in paths)


def _choice(*choices: str) -> Callable[[str, object], str]:
    def check(key: str, value: object) -> str:
        if not isinstance(value, str) or value not in choices:
            given = repr(value) if isinstance(value, str) else _type_name(value)
            raise _Invalid(f"{key} must be one of {', '.join(choices)}, not {given}")
        return value

    return check


def _boolean(key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"{key} must be true or false, not {_type_name(value)}")
    return value


def _number(low: float, high: float) -> Callable[[str, object], float]:
    def check(key: str, value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(
                f"{key} must be a number from {low:g} to {high:g}, not {_type_name(value)}"
            )
        if not low <= value <= high:
            raise _Invalid(f"{key} must be a number from {low:g} to {high:g}, not {value!r}")
        return float(value)

    return check


def _whole(low: int, high: int) -> Callable[[str, object], int]:
    def check(key: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            given = repr(value) if isinstance(value, int) else _type_name(value)
            raise _Invalid(f"{key} must be a whole number from {low} to {high}, not {given}")
        return value

    return check


_KEYS: dict[str, Callable[[str, object], Any]] = {
    "facts": _facts,
    "include": _include,
    "exclude": _patterns,
    "fail_on": _choice(*FAIL_ON),
    "format": _choice(*FORMATS),
    "show_unverified": _boolean,
    "min_score": _number(0, 100),
    "hedge_tolerance": _number(0, 1),
    "jobs": _whole(0, 256),
    "cache": _boolean,
    "max_facts_mib": _number(1, 4096),
}


def find_config(start: Path) -> Path | None:
    """The nearest ``.factlint.toml``, or ``pyproject.toml`` with ``[tool.factlint]``, upward.

    The search starts at ``start`` (a directory, or a file's directory) and stops after
    the repository root (the directory holding ``.git``) or at the filesystem root.
    """
    directory = Path(os.path.abspath(start))
    if not directory.is_dir():
        directory = directory.parent
    while True:
        if (directory / CONFIG_FILE).is_file():
            return directory / CONFIG_FILE
        if _configures_factlint(directory / PYPROJECT):
            return directory / PYPROJECT
        if (directory / ".git").exists() or directory.parent == directory:
            return None
        directory = directory.parent


def _configures_factlint(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError:
        return _TABLE_HEADER.search(text) is not None  # load_config will report the error
    return isinstance(tool, dict) and "factlint" in tool


def load_config(
    cwd: Path,
    explicit: Path | None = None,
    overrides: Mapping[str, object] | None = None,
    *,
    search_from: Path | None = None,
) -> Config:
    """The configuration for a run in ``cwd``.

    ``explicit`` is a config file named on the command line (it must exist); without
    one, ``find_config(search_from or cwd)`` is used (``search_from``: a file whose
    configuration applies, such as the one standard input stands for). ``overrides`` are
    values given on the command line, keyed as in the config file; they win, and ``None``
    means not given.
    Relative ``facts`` paths are resolved against the config file's directory, or
    ``cwd`` for those given on the command line.
    """
    path = find_config(search_from or cwd) if explicit is None else _config_path(cwd, explicit)
    values: dict[str, Any] = {}
    origins = dict.fromkeys(_KEYS, DEFAULT)
    if path is not None:
        for key, value in _read_settings(path).items():
            values[key] = _resolve(value, path.parent) if key == "facts" else value
            origins[key] = str(path)
    for key, variable in ENVIRONMENT.items():
        setting = os.environ.get(variable, "").strip()
        if setting:
            values[key] = _from_environment(key, variable, setting)
            origins[key] = f"environment ({variable})"
    for key, raw in (overrides or {}).items():
        if raw is not None:
            values[key] = _override(key, raw, cwd)
            origins[key] = COMMAND_LINE
    match = MatchSettings(
        **{k: values.pop(k) for k in ("min_score", "hedge_tolerance") if k in values}
    )
    return Config(**values, match=match, path=path, origins=MappingProxyType(origins))


def _override(key: str, raw: object, cwd: Path) -> Any:
    if key not in _KEYS:
        raise ConfigError(f"unknown setting {key!r}")
    try:
        value = _KEYS[key](key, raw)
    except _Invalid as error:
        raise ConfigError(str(error)) from None
    return _resolve(value, cwd) if key == "facts" else value


def _from_environment(key: str, variable: str, raw: str) -> Any:
    try:
        number = float(raw)
    except ValueError:
        raise ConfigError(f"{variable} must be a number, not {raw!r}") from None
    try:
        return _KEYS[key](variable, number)
    except _Invalid as error:
        raise ConfigError(str(error)) from None


def _config_path(cwd: Path, explicit: Path) -> Path:
    path = Path(os.path.abspath(cwd / explicit.expanduser()))
    if not path.exists():
        raise ConfigError("no such config file", path=str(explicit))
    if not path.is_file():
        raise ConfigError("the config file is not a file", path=str(explicit))
    return path


def _resolve(paths: tuple[str, ...], base: Path) -> tuple[Path, ...]:
    return tuple(base / Path(p).expanduser() for p in paths)


def _read_settings(path: Path) -> dict[str, Any]:
    """The validated settings in one config file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError("the config file is not UTF-8", str(path)) from None
    except OSError as error:
        raise ConfigError(f"cannot read the config file: {error.strerror}", str(path)) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        position = _TOML_POSITION.search(str(error))
        line, column = (int(position[1]), int(position[2])) if position and position[1] else (0, 0)
        message = _TOML_POSITION.sub("", str(error))
        raise ConfigError(f"invalid TOML: {message}", str(path), line, column) from None
    in_pyproject = path.name == PYPROJECT
    settings: dict[str, Any] = {}
    for key, (value, line) in _settings_table(document, text, in_pyproject, str(path)).items():
        if key not in _KEYS:
            raise ConfigError(_unknown_key(key), str(path), line)
        try:
            settings[key] = _KEYS[key](key, value)
        except _Invalid as error:
            raise ConfigError(str(error), str(path), line) from None
    return settings


def _settings_table(
    document: dict[str, Any], text: str, in_pyproject: bool, path: str
) -> dict[str, tuple[object, int]]:
    """Each factlint key of a parsed config file with its value and line: those under
    ``[tool.factlint]``, and in a file other than pyproject.toml those at the top level."""
    tool = document.get("tool", {})
    if not isinstance(tool, dict) or not isinstance(tool.get("factlint", {}), dict):
        raise ConfigError("[tool.factlint] must be a table", path, _line_of(text, "tool.factlint"))
    table = {
        k: (v, _line_of(text, f"tool.factlint.{k}")) for k, v in tool.get("factlint", {}).items()
    }
    if in_pyproject:
        if "factlint" not in tool:
            raise ConfigError("no [tool.factlint] table", path)
        return table
    others = sorted(set(tool) - {"factlint"})
    if others:
        where = _line_of(text, f"tool.{others[0]}")
        raise ConfigError(f"unknown table [tool.{others[0]}]", path, where)
    top = {k: (v, _line_of(text, k)) for k, v in document.items() if k != "tool"}
    twice = sorted(top.keys() & table.keys())
    if twice:
        where = max(top[twice[0]][1], table[twice[0]][1])
        raise ConfigError(f"{twice[0]} is set both at the top and in [tool.factlint]", path, where)
    return top | table


def _unknown_key(key: str) -> str:
    close = difflib.get_close_matches(key.replace("-", "_"), _KEYS, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(_KEYS)}"
    return f"unknown key {key!r}{hint}"


def _line_of(text: str, dotted: str) -> int:
    """The line that sets ``dotted`` (a key path like ``tool.factlint.fail_on``) or opens its
    table, so an error can point at it; 0 when it cannot be told (e.g. an inline table)."""
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = _dotted(header[1])
            full = table
        else:
            assignment = _ASSIGNMENT.match(line)
            if not assignment:
                continue
            full = f"{table}.{_dotted(assignment[1])}".lstrip(".")
        if full == dotted or full.startswith(dotted + "."):
            return number
    return 0


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.split("."))
