"""``factlint lookup``: the claims that best match a query, with scores and sources."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from factlint.cli.common import (
    ConfigOption,
    ExitCode,
    FactsOption,
    NoCacheOption,
    NoColorOption,
    VersionOption,
    argument_text,
    console,
    guarded,
    load_checker,
    load_config,
    usage_error,
)


@guarded
def lookup(
    query: Annotated[
        str, typer.Argument(help="Words to look up, e.g. 'Artemis Accords signatories'.")
    ],
    facts: FactsOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many claims to show.")
    ] = 5,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    config: ConfigOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """Show the claims that best match QUERY, with scores, as-of dates and sources."""
    from factlint.report.lookup import render_lookup_json, render_lookup_text

    if output_format not in ("text", "json"):
        raise usage_error(f"unknown format {output_format!r} for lookup; choose text or json")
    overrides: dict[str, object] = {
        "facts": [str(p) for p in facts] if facts else None,
        "cache": False if no_cache else None,
    }
    index = load_checker(load_config(config, overrides)).index
    query = argument_text(query)
    ranked = [(found.claim, score) for found, score in index.lookup(query, limit)]
    if output_format == "json":
        render_lookup_json(query, ranked, index, sys.stdout)
    else:
        render_lookup_text(query, ranked, index, console(no_color))
    raise typer.Exit(ExitCode.OK if ranked else ExitCode.FINDINGS)
