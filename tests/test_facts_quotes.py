"""The canonical facts quote their sources word for word (the seed articles in ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.facts import load_facts
from factlint.reading.clean import fold

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
# Which seed article each source of the canonical facts is.
SEED_OF = {
    "science-times-moon-mission": "000_5485f38ade38ac5c.txt",
    "egypt-backs-ilrs-summary": "001_a3cb61e71ef30653.txt",
    "rush-hour-daily-change8": "002_c14a05bff99b9e61.txt",
    "china-russia-planetary-pact": "003_7adf00eecd9603fc.txt",
    "lunar-mission-open": "004_d18a68db5b8757ec.txt",
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repo")


def quotes() -> list[tuple[str, str, str]]:
    return [
        (claim.id, citation.source_id, citation.quote)
        for claim in load_facts().claims
        for citation in claim.citations
        if citation.quote
    ]


def test_every_source_is_a_seed_article() -> None:
    assert set(load_facts().sources) == set(SEED_OF)


@pytest.mark.parametrize(("claim_id", "source_id", "quote"), quotes())
def test_the_quote_is_in_the_cited_article(claim_id: str, source_id: str, quote: str) -> None:
    article = fold((SEEDS / SEED_OF[source_id]).read_text(encoding="utf-8"))
    assert fold(quote) in article, f"{claim_id} misquotes {source_id}"


def test_every_claim_quotes_at_least_one_source() -> None:
    unquoted = [c.id for c in load_facts().claims if not any(x.quote for x in c.citations)]
    assert unquoted == []
