"""Render ``factlint lookup`` results: ranked claims with scores, as-of dates and sources."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TextIO

from factlint.model import Claim, Source

if TYPE_CHECKING:
    from rich.console import Console


class HasSources(Protocol):
    """What renders a claim's sources: a ``FactBase`` or a ``ClaimIndex``."""

    def sources_of(self, claim: Claim) -> tuple[Source, ...]: ...


def _sources(claim: Claim, facts: HasSources) -> list[dict[str, str | None]]:
    return [
        {"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date, "url": s.url}
        for s in facts.sources_of(claim)
    ]


def render_lookup_json(
    query: str, ranked: Sequence[tuple[Claim, float]], facts: HasSources, out: TextIO
) -> None:
    """One JSON document: the query and the claims, best first."""
    doc = {
        "version": 1,
        "query": query,
        "claims": [
            {
                "claim_id": claim.id,
                "claim": claim.text,
                "score": round(score, 1),
                "as_of": claim.as_of,
                "replaced_by": claim.replaced_by,
                "sources": _sources(claim, facts),
            }
            for claim, score in ranked
        ],
    }
    out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def render_lookup_text(
    query: str, ranked: Sequence[tuple[Claim, float]], facts: HasSources, console: Console
) -> None:
    """A rich table of the claims, best first, or a line saying nothing matched."""
    if not ranked:
        console.print(f"No claim matches {query!r}.")
        return
    from rich.table import Table

    table = Table(title=f"Claims matching {query!r}", show_lines=True)
    table.add_column("score", justify="right")
    table.add_column("claim")
    table.add_column("as of")
    table.add_column("sources")
    for claim, score in ranked:
        status = f"\n[yellow]replaced by {claim.replaced_by}[/]" if claim.replaced_by else ""
        sources = "\n".join(
            f"{s.title} ({s.publisher or 'no publisher'}, {s.date or 'undated'})"
            for s in facts.sources_of(claim)
        )
        table.add_row(
            f"{score:.0f}",
            f"[bold]{claim.id}[/]\n{claim.text}{status}",
            claim.as_of or "-",
            sources,
        )
    console.print(table)
