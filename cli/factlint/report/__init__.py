"""Output formats: each renders a ``Report`` to a stream and is picked by name from ``FORMATS``."""

from __future__ import annotations

from factlint.report.base import Formatter, RenderOptions
from factlint.report.github import GithubFormatter
from factlint.report.json import JsonFormatter
from factlint.report.line import LineFormatter
from factlint.report.sarif import SarifFormatter
from factlint.report.text import TextFormatter

FORMATS: dict[str, Formatter] = {
    f.name: f
    for f in (
        TextFormatter(),
        LineFormatter(),
        JsonFormatter(),
        GithubFormatter(),
        SarifFormatter(),
    )
}


def get_formatter(name: str) -> Formatter:
    """The formatter called ``name``; a ``ValueError`` naming the known ones if there is none."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ValueError(f"unknown format {name!r}; choose one of: {known}") from None


__all__ = ["FORMATS", "Formatter", "RenderOptions", "get_formatter"]
