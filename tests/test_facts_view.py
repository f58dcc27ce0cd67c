"""The facts views: a table of claims and one claim in full, rendered into the Console given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from factlint.facts import load_facts
from factlint.model import FactBase
from factlint.report.facts_view import render_claim, render_claims_table

GOOD = Path(__file__).parent / "data" / "facts" / "good"


@pytest.fixture
def facts() -> FactBase:
    return load_facts([GOOD], lexicon=False)


def rendered(draw: Callable[[Console], None]) -> str:
    console = Console(width=300, color_system=None)
    with console.capture() as captured:
        draw(console)
    return captured.get()


def test_the_table_lists_every_claim_with_status_and_sources(facts: FactBase) -> None:
    out = rendered(lambda c: render_claims_table(facts, c))
    assert "artemis-signatory-count-2023 " in out
    assert "replaced by artemis-signatory-count-2023-12" in out
    assert "current" in out
    assert "science-times-ilrs (2023-12-07)" in out
    assert "2 of 2 claims" in out


def test_a_query_narrows_the_table(facts: FactBase) -> None:
    out = rendered(lambda c: render_claims_table(facts, c, query="33 COUNTRIES"))
    assert "1 of 2 claims" in out
    assert "29 countries" not in out
    assert "No claims match" in rendered(lambda c: render_claims_table(facts, c, query="zzz"))


def test_a_claim_is_shown_in_full(facts: FactBase) -> None:
    out = rendered(lambda c: render_claim(facts, "artemis-signatory-count-2023-12", c))
    for expected in (
        "33 countries have signed the Artemis Accords.",
        "Replaces",
        "artemis-signatory-count-2023",
        "United States, Japan (partial list)",
        "China, Russia",
        "China's CNA vs. US' NASA on Moon Mission",
        "Science Times, 2023-12-07",
        "https://www.sciencetimes.com/articles/ilrs",
        "40 countries have signed the Artemis Accords.",
    ):
        assert expected in out


def test_a_replaced_claim_shows_its_replacement_and_quotes(facts: FactBase) -> None:
    out = rendered(lambda c: render_claim(facts, "artemis-signatory-count-2023", c))
    assert "replaced by artemis-signatory-count-2023-12" in out
    assert "“have been signed by 29 countries as of September”" in out
    assert "Artemis Accords" in out


def test_markup_in_facts_is_shown_as_written(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(
        "sources: [{id: s, title: '[bold]Title[/bold]'}]\n"
        "claims: [{id: c, text: '[red]Text[/red] here.', sources: [s]}]\n"
    )
    facts = load_facts([path], lexicon=False)
    assert "[red]Text[/red] here." in rendered(lambda c: render_claims_table(facts, c))
    assert "[bold]Title[/bold]" in rendered(lambda c: render_claim(facts, "c", c))


def test_an_unknown_id_names_the_closest(facts: FactBase) -> None:
    with pytest.raises(LookupError, match="artemis-signatory-count-2023"):
        render_claim(facts, "artemis-signatory-count-2032", Console())
