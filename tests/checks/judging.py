"""Helpers the check tests share: judge a sentence, or run one check against one claim."""

from __future__ import annotations

from collections.abc import Callable

from factlint.analysis import Region
from factlint.checks import Outcome
from factlint.checks.base import ClaimContext
from factlint.engine import Checker
from factlint.model import Finding, Sentence, Verdict

Check = Callable[[Region, ClaimContext], Outcome]

# A small facts file about something other than the Moon: the checks must not depend on
# the lunar facts. Port Almer and Vossby are made-up cities, Kestrel Strait Bridge a
# made-up bridge; the countries come from the shipped lexicon.
BRIDGE_FACTS = """\
version: 1
sources:
  - id: bridge-annual-report
    title: Kestrel Strait Bridge Authority annual report 2022
    publisher: Kestrel Strait Bridge Authority
    date: 2022-05
entities:
  - name: Kestrel Strait Bridge
    kind: place
    aliases: [Kestrel Bridge]
  - name: Port Almer
    kind: city
  - name: Vossby
    kind: city
  - name: Almer Harbour Authority
    kind: agency
  - name: Strait Transport Agency
    kind: agency
claims:
  - id: kestrel-length
    text: The Kestrel Strait Bridge is 1,200 meters long.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
    examples:
      supported: [The Kestrel Bridge is about 1.2 kilometres long.]
      contradicted: [The Kestrel Strait Bridge is 800 meters long.]
  - id: kestrel-opened
    text: The Kestrel Strait Bridge opened to traffic in 2019.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-city
    text: The Kestrel Strait Bridge connects the mainland with Port Almer.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-funders
    text: Norway, Denmark and Iceland funded the Kestrel Strait Bridge.
    as_of: 2022-05
    about: [Kestrel Strait Bridge]
    members:
      names: [Norway, Denmark, Iceland]
      complete: true
    sources: [bridge-annual-report]
  - id: kestrel-lanes
    text: The Kestrel Strait Bridge carries six lanes of traffic.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-trucks
    text: Heavy trucks are not allowed on the Kestrel Strait Bridge.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-operator
    text: The Almer Harbour Authority operates the Kestrel Strait Bridge.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-latitude
    text: The Kestrel Strait Bridge lies at 60 degrees north latitude.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-congress
    text: The 12th Nordic Bridge Congress was held on the Kestrel Strait Bridge.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
"""


def sentence(text: str) -> Sentence:
    return Sentence(text, "draft.md", 1, 1, 1, len(text))


def finding(checker: Checker, text: str) -> Finding:
    return checker.check_sentence(sentence(text))


def verdict(checker: Checker, text: str) -> tuple[Verdict, str]:
    """The sentence's verdict and the check that decided it ("" when none did)."""
    found = finding(checker, text)
    return found.verdict, found.kind


def claim_of(checker: Checker, text: str) -> str | None:
    found = finding(checker, text)
    return found.claim.id if found.claim else None


def outcome(checker: Checker, text: str, claim_id: str, check: Check) -> Outcome:
    """What one check says about the part of ``text`` that speaks of one claim."""
    analysis = checker.index.analyze(text)
    for candidate in checker.index.candidates(analysis):
        if candidate.claim.claim.id == claim_id:
            return check(candidate.region, candidate.claim)
    raise AssertionError(f"{text!r} does not speak of {claim_id}")


def conflict_kinds(found: Outcome) -> set[str]:
    return {d.kind for d in found.conflicts}


def agreed_kinds(found: Outcome) -> set[str]:
    return {d.kind for d in found.agreed}
