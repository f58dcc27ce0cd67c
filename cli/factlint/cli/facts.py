"""``factlint facts ...``: validate facts files, test their examples, list and show claims,
draft a facts file from source articles."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factlint.cli.common import (
    CONTEXT_SETTINGS,
    ConfigOption,
    ExitCode,
    FactsOption,
    NoCacheOption,
    NoColorOption,
    VersionOption,
    configured_facts,
    console,
    err,
    guarded,
    load_checker,
    load_config,
    load_facts,
    usage_error,
)

app = typer.Typer(
    help="Validate facts files, test their examples, list and show their claims, draft them "
    "from sources.",
    no_args_is_help=True,
    context_settings=CONTEXT_SETTINGS,
)


@app.command("validate")
@guarded
def validate(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer reads the annotation at run time on 3.10
        typer.Argument(
            help="Facts files or directories. Default: the bundled facts.", show_default=False
        ),
    ] = None,
    version: VersionOption = None,
) -> None:
    """Check facts files; print every problem as path:line:column: message. Exit 0 or 2."""
    from factlint.cli.progress import load_progress
    from factlint.facts import bundled_facts_path, validate_facts

    cfg = load_config(None, {})
    targets = list(paths) if paths else [bundled_facts_path()]
    with load_progress() as progress:
        problems = validate_facts(targets, max_bytes=cfg.max_facts_bytes, progress=progress)
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"factlint: {len(problems)} problem(s) in the facts\n")
        raise typer.Exit(ExitCode.ERROR)
    fact_base = load_facts(targets, cfg)
    sys.stdout.write(
        f"ok: {len(fact_base.claims)} claims, {len(fact_base.sources)} sources "
        f"in {len(fact_base.paths) or len(targets)} file(s)\n"
    )


@app.command("test")
@guarded
def check_examples(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(
            metavar="PATH",
            help="Facts files or directories. Default: the configured facts, else the bundled "
            "ones.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")
    ] = "text",
    config: ConfigOption = None,
    no_cache: NoCacheOption = False,
    version: VersionOption = None,
) -> None:
    """Check every claim's examples against the facts: does each get the verdict it promises?

    Each one that does not is printed as path:line:column: expected V, got W: reason, at the
    example's place in its facts file; then a summary. Exit 0 when every example keeps its
    promise, 1 when one does not, 2 for invalid facts.
    """
    from factlint.facts.examples import failures, run_examples
    from factlint.report.examples import render_examples_json, render_examples_text

    if output_format not in ("text", "json"):
        raise usage_error(f"unknown format {output_format!r} for facts test; choose text or json")
    overrides: dict[str, object] = {
        "facts": [str(p) for p in paths] if paths else None,
        "cache": False if no_cache else None,
    }
    cfg = load_config(config, overrides)
    fact_base = load_facts(cfg.facts, cfg)
    results = run_examples(fact_base, load_checker(cfg))
    render = render_examples_json if output_format == "json" else render_examples_text
    render(results, fact_base, Path.cwd(), sys.stdout)
    raise typer.Exit(ExitCode.FINDINGS if failures(results) else ExitCode.OK)


@app.command("list")
@guarded
def list_claims(
    facts: FactsOption = None,
    query: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--grep", "-g", help="Only claims whose id or text contains this."),
    ] = None,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """List the claims with their as-of dates, status and sources."""
    from factlint.report.facts_view import render_claims_table

    render_claims_table(configured_facts(facts), console(no_color), query=query)


@app.command("show")
@guarded
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id.")],
    facts: FactsOption = None,
    no_color: NoColorOption = False,
    version: VersionOption = None,
) -> None:
    """Show one claim in full: text, dates, members, sources with quotes, examples."""
    from factlint.report.facts_view import render_claim

    fact_base = configured_facts(facts)
    try:
        render_claim(fact_base, claim_id, console(no_color))
    except LookupError as error:
        raise usage_error(error.args[0] if error.args else str(error)) from None


@app.command("schema")
@guarded
def schema(version: VersionOption = None) -> None:
    """Print the JSON Schema of the facts file format (for editors' YAML language servers)."""
    from importlib.resources import files

    sys.stdout.write(files("factlint").joinpath("data/facts.schema.json").read_text("utf-8"))


@app.command("draft")
@guarded
def draft(
    sources: Annotated[
        list[Path],
        typer.Argument(
            metavar="SOURCE...", help="Source articles: Markdown (.md, .markdown) or text."
        ),
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help="Write the facts file here."),
    ] = None,
    config: ConfigOption = None,
    version: VersionOption = None,
) -> None:
    """Draft a facts file from source articles: one source each, and candidate claims.

    Each statement with a checkable value (a count, a quantity, a date or year, a list of
    names) becomes a claim quoting its sentence; only claims whose sentence checks back as
    supported, contradicting nothing, are kept. Prints the YAML, or writes it to FILE.
    Exit 0, or 2 when a source cannot be read (the others are still drafted).
    """
    from factlint.facts.draft import draft_facts, render_yaml

    cfg = load_config(config, {})
    drafted = draft_facts(sources, settings=cfg.match)
    for problem in drafted.problems:
        err(str(problem))
    if drafted.sources:
        text = render_yaml(drafted)
        if output is None:
            sys.stdout.write(text)
        else:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as error:
                raise usage_error(f"{output}: cannot write: {error.strerror or error}") from None
            sys.stderr.write(
                f"factlint: drafted {len(drafted.claims)} claim(s) from "
                f"{len(drafted.sources)} source(s) into {output}\n"
            )
    if drafted.problems:
        raise typer.Exit(ExitCode.ERROR)
