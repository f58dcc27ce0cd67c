"""Show facts to people: a table of claims (``facts list``), one claim in full (``facts show``)."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from factlint.facts.issues import closest
from factlint.model import Claim, FactBase, Source, Verdict

_EXAMPLE_ORDER = (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.OUTDATED, Verdict.UNVERIFIED)


def render_claims_table(facts: FactBase, console: Console, *, query: str | None = None) -> None:
    """Print a table of the claims, or of those whose id, text or subjects contain ``query``."""
    claims = [c for c in facts.claims if query is None or _matches(c, query)]
    if not claims:
        console.print(Text(f"No claims match '{query}'." if query else "No claims."))
        return
    title = f"{len(claims)} of {len(facts.claims)} claims"
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("ID", style="bold", overflow="fold", ratio=2)
    table.add_column("Claim", ratio=4)
    table.add_column("As of", no_wrap=True)
    table.add_column("Status", overflow="fold", ratio=2)
    table.add_column("Sources", overflow="fold", ratio=2)
    for claim in claims:
        sources = Text("\n").join(_source_line(s) for s in facts.sources_of(claim))
        table.add_row(
            Text(claim.id),
            Text(claim.text),
            Text(claim.as_of or "–"),
            _status(claim),
            sources,
        )
    console.print(table)


def render_claim(facts: FactBase, claim_id: str, console: Console) -> None:
    """Print one claim in full: its text, dates, replacements, members, sources and examples.

    Raises ``LookupError`` naming the closest ids when there is no such claim.
    """
    claim = facts.claim(claim_id)
    if claim is None:
        guesses = closest(claim_id, [c.id for c in facts.claims])
        hint = f"; did you mean {', '.join(repr(g) for g in guesses)}?" if guesses else ""
        raise LookupError(f"no claim with id '{claim_id}'{hint}")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    grid.add_row("Claim", Text(claim.text))
    grid.add_row("As of", Text(claim.as_of or "–"))
    grid.add_row("Status", _status(claim))
    replaces = [c.id for c in facts.claims if c.replaced_by == claim.id]
    if replaces:
        grid.add_row("Replaces", Text(", ".join(replaces)))
    if claim.about:
        grid.add_row("About", Text(", ".join(claim.about)))
    if claim.members is not None:
        members = claim.members
        extent = "complete list" if members.complete else "partial list"
        grid.add_row("Members", Text(f"{', '.join(members.names) or '–'} ({extent})"))
        if members.excluded:
            grid.add_row("Not members", Text(", ".join(members.excluded)))
    for citation in claim.citations:
        source = facts.sources.get(citation.source_id)
        grid.add_row("Source", _source_detail(citation.source_id, source, citation.quote))
    for verdict in _EXAMPLE_ORDER:
        sentences = [e.text for e in claim.examples if e.verdict is verdict]
        if sentences:
            grid.add_row(f"Example ({verdict.value})", Text("\n".join(sentences)))
    if claim.path:
        grid.add_row("Defined at", Text(f"{claim.path}:{claim.line}", style="dim"))
    console.print(Panel(grid, title=Text(claim.id, style="bold"), title_align="left"))


def _matches(claim: Claim, query: str) -> bool:
    needle = query.casefold()
    return any(needle in field.casefold() for field in (claim.id, claim.text, *claim.about))


def _status(claim: Claim) -> Text:
    if claim.replaced_by:
        return Text(f"replaced by {claim.replaced_by}", style="yellow")
    return Text("current", style="green")


def _source_line(source: Source) -> Text:
    return Text(source.id) + Text(f" ({source.date})" if source.date else "", style="dim")


def _source_detail(source_id: str, source: Source | None, quote: str | None) -> RenderableType:
    if source is None:
        return Text(f"{source_id} (not found)", style="red")
    lines = [Text(source.title, style="italic")]
    where = ", ".join(p for p in (source.publisher, source.date) if p)
    lines.append(Text(f"{source.id}" + (f" — {where}" if where else ""), style="dim"))
    if source.url:
        lines.append(Text(source.url, style=Style(link=source.url)))
    if quote:
        lines.append(Text(f"“{quote}”"))
    if source.note:
        lines.append(Text(f"Note: {source.note}", style="dim"))
    return Group(*lines)
