"""Retrieval: which claims a sentence is compared with.

On a facts file written here (two regional agreements, one with a list of partners)
and on the bundled facts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.engine import Checker
from factlint.facts import load_facts
from factlint.model import Sentence, Verdict
from factlint.retrieval.keys import MEMBER_KEY

PACTS = """\
version: 1
sources:
  - id: gazette
    title: Regional gazette
    date: 2024-05
claims:
  - id: rail-partners
    text: The partners of the Nordic Rail Pact are Norway, Sweden and Denmark.
    members:
      names: [Norway, Sweden, Denmark]
      complete: true
    sources: [gazette]
  - id: rail-founded
    text: The Nordic Rail Pact was founded in 2011.
    sources: [gazette]
  - id: rail-seat
    text: The Nordic Rail Pact has its seat in Malmo.
    sources: [gazette]
  - id: rail-lines
    text: The Nordic Rail Pact runs 14 night train lines.
    sources: [gazette]
  - id: rail-budget
    text: The Nordic Rail Pact has a yearly budget of €40 million.
    sources: [gazette]
  - id: treaty-signed-2019
    text: The Coastal Treaty was signed by twelve countries in 2019.
    sources: [gazette]
  - id: treaty-secretariat
    text: The Coastal Treaty secretariat, which its signatories fund, is in Bergen.
    sources: [gazette]
"""


@pytest.fixture(scope="module")
def pacts(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    path: Path = tmp_path_factory.mktemp("pacts") / "facts.yaml"
    path.write_text(PACTS, encoding="utf-8")
    return Checker(load_facts([path]))


def _ids(checker: Checker, text: str, top: int) -> list[str]:
    reading = checker.read(text)
    found = checker.index.candidates(reading, top=top)
    return [checker.index.readings[c.position].claim.id for c in found]


def test_joining_meets_a_list_of_partners_through_the_member_key(pacts: Checker) -> None:
    # "joined" and "partners" are different words; both say someone belongs to a group.
    reading = pacts.read("Finland has joined the Nordic Rail Pact.")
    (best, *_) = pacts.index.candidates(reading)
    assert pacts.index.readings[best.position].claim.id == "rail-partners"
    assert MEMBER_KEY in best.shared


def test_each_statement_brings_its_own_best_claims(pacts: Checker) -> None:
    # The apposition speaks of the treaty, whose rarer words rank its claims first; the
    # main statement of the pact. With room for one candidate, the pact's list still comes.
    text = "Finland, a Coastal Treaty signatory, has also joined the Nordic Rail Pact."
    assert "rail-partners" in _ids(pacts, text, top=1)
    assert _ids(pacts, text, top=1)[0].startswith("treaty-")
    # A sentence of one statement gets no more than its top.
    assert len(_ids(pacts, "The Nordic Rail Pact was signed in 2011.", top=1)) == 1


def test_a_member_named_in_the_main_clause_is_checked_against_the_list(pacts: Checker) -> None:
    text = "Finland, a Coastal Treaty signatory, has also joined the Nordic Rail Pact."
    finding = pacts.check_sentences([Sentence(text, "draft.md", 1, 1, 1, 1)])[0]
    assert finding.verdict is Verdict.CONTRADICTED
    assert finding.claim is not None and finding.claim.id == "rail-partners"


def test_on_the_bundled_facts_the_partner_list_is_a_candidate() -> None:
    checker = Checker(load_facts(None))
    text = "Brazil, an Artemis Accords signatory, has also joined the ILRS."
    assert "ilrs-partners" in _ids(checker, text, top=8)
