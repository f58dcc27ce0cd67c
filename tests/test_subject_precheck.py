"""A claim whose subject a sentence does not name is set aside before it is thawed.

Each claim's blob starts with what a draft must name for the claim to speak to it
(``ClaimReading.subjects``); the engine reads that head alone and thaws only the
claims that pass (``names_its_subject``, told early). Verdicts are the same either
way: the test the head answers is the one the judge makes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factlint.compiled import freeze, thaw, thaw_subjects
from factlint.engine import Checker, load_checker
from factlint.facts import load_facts
from factlint.kept import kept
from factlint.model import Verdict
from factlint.verdicts.topic import names_its_subject

LEAGUE = """\
version: 1
sources:
  - id: handbook
    title: Northland Basketball League handbook
claims:
  - id: teams
    text: The Northland Basketball League has 14 teams.
    sources: [{id: handbook}]
  - id: arena
    text: The Harbour Arena in Tessby seats 9,200 people.
    sources: [{id: handbook}]
  - id: coach
    text: The Tessby Otters are coached by Mara Lind.
    sources: [{id: handbook}]
  - id: stadium
    text: The Tessby Otters play at the Harbour Arena.
    sources: [{id: handbook}]
"""


def league(tmp_path: Path) -> Checker:
    path = tmp_path / "league.yaml"
    path.write_text(LEAGUE, encoding="utf-8")
    return Checker(load_facts([path]))


def test_a_blob_holds_the_claims_subjects_ahead_of_its_reading(tmp_path: Path) -> None:
    checker = league(tmp_path)
    for i in range(len(checker.index.readings)):
        claim = checker.index.readings[i]
        blob = freeze(claim)
        assert thaw(blob) == claim
        assert thaw_subjects(blob) == claim.subjects()
    arena = checker.index.readings[1]
    assert arena.subjects() is not None and "Harbour Arena" in arena.subjects()


def test_claims_whose_subject_goes_unnamed_are_not_thawed(tmp_path: Path) -> None:
    checker = league(tmp_path)
    judged = checker.judgements(checker.read("The Harbour Arena in Tessby seats 12,000 people."))
    assert judged[0].verdict is Verdict.CONTRADICTED
    assert judged[0].facts.claim.id == "arena"
    index = checker.index
    ids = index.compiled.ids
    # where the team plays shares the arena with the sentence, but the team goes unnamed
    assert index.subjects(ids.index("stadium")) == ("Tessby Otters",)
    assert index.readings.thawed(ids.index("stadium")) is None
    assert index.readings.thawed(ids.index("arena")) is not None


def test_the_early_test_is_the_judges_test_on_the_bundled_facts() -> None:
    checker = load_checker(cache=False)
    index = checker.index
    for text in (
        "Thirty-one countries have signed the Artemis Accords.",
        "SLIM landed on the Moon in January 2024.",
        "China and Russia lead the ILRS.",
    ):
        reading = checker.read(text)
        for candidate in index.candidates(reading):
            facts = index.readings[candidate.position]
            theirs = index.subjects(candidate.position)
            early = theirs is None or names_its_subject(reading, facts)
            assert early == names_its_subject(reading, facts)
            assert theirs == facts.subjects()


@dataclass(frozen=True)
class _Box:
    size: int
    calls: list[int]

    @kept
    def doubled(self) -> int:
        self.calls.append(1)
        return 2 * self.size


def test_a_kept_property_is_worked_out_once_even_on_a_frozen_instance() -> None:
    box = _Box(21, [])
    assert box.doubled == 42
    assert box.doubled == 42
    assert box.calls == [1]
    assert box.__dict__["doubled"] == 42
    assert isinstance(_Box.__dict__["doubled"], kept)
