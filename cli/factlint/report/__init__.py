"""Output formats: each renders a ``Report`` to a stream and is picked by name from ``FORMATS``."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from factlint.report.base import Formatter, RenderOptions

# name -> module and class; a format's module (and rich, for text) is imported when used.
_MODULES = {
    "text": ("factlint.report.text", "TextFormatter"),
    "line": ("factlint.report.line", "LineFormatter"),
    "json": ("factlint.report.json", "JsonFormatter"),
    "github": ("factlint.report.github", "GithubFormatter"),
    "sarif": ("factlint.report.sarif", "SarifFormatter"),
    "junit": ("factlint.report.junit", "JunitFormatter"),
    "gitlab": ("factlint.report.gitlab", "GitlabFormatter"),
}


class _Registry(Mapping[str, Formatter]):
    """The formats by name; each formatter is built the first time it is asked for."""

    def __init__(self) -> None:
        self._made: dict[str, Formatter] = {}

    def __getitem__(self, name: str) -> Formatter:
        made = self._made.get(name)
        if made is None:
            module, cls = _MODULES[name]
            made = self._made[name] = getattr(importlib.import_module(module), cls)()
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATS: Mapping[str, Formatter] = _Registry()


def get_formatter(name: str) -> Formatter:
    """The formatter called ``name``; a ``ValueError`` naming the known ones if there is none."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ValueError(f"unknown format {name!r}; choose one of: {known}") from None


__all__ = ["FORMATS", "Formatter", "RenderOptions", "get_formatter"]
