"""``factlint lsp``: start the language server (the ``lsp`` extra) on standard input and output."""

from __future__ import annotations

from typing import Annotated

import typer

from factlint.cli.common import ConfigOption, FactsOption, VersionOption, usage_error


def lsp(
    debounce: Annotated[
        float,
        typer.Option(
            "--debounce",
            metavar="SECONDS",
            min=0.0,
            help="Quiet time after an edit before the document is checked again.",
        ),
    ] = 0.25,
    facts: FactsOption = None,
    config: ConfigOption = None,
    version: VersionOption = None,
) -> None:
    """Start the language server on standard input and output, for editors.

    Markdown and text documents are checked as they are opened and edited; each
    document uses the configuration found from its directory, as `factlint check`
    run there would. Needs the lsp extra: pip install 'factlint[lsp]'.
    """
    try:
        from factlint.lsp import serve
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        raise usage_error(
            "the language server needs pygls: install factlint[lsp] (pip install 'factlint[lsp]')"
        ) from None
    # Documents find their configuration from their own directories: paths given here
    # are made absolute first, so they mean what they meant where the server started.
    facts_paths = [path.absolute() for path in facts] if facts else None
    serve(debounce, config.absolute() if config else None, facts_paths)
