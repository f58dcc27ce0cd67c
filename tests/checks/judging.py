"""Helpers the engine tests share: build a checker from a facts file written in a test,
judge a sentence, or run one check on the part of a sentence that speaks of one claim.

The check, verdict and reading tests import this module as ``judging``
(``tests/verdicts`` and ``tests/reading`` put this folder on the import path).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from factlint.checks import Outcome, Pair, Side
from factlint.compiled import ClaimReading
from factlint.engine import Checker
from factlint.facts import load_facts
from factlint.model import Finding, Sentence, Verdict
from factlint.reading.reader import Reading
from factlint.verdicts.judge import Judgement, judge
from factlint.verdicts.topic import scope

Check = Callable[[Pair], Outcome]

SUPPORTED = (Verdict.SUPPORTED, "supported")
UNVERIFIED = (Verdict.UNVERIFIED, "")
OUTDATED = (Verdict.OUTDATED, "replaced")

# A small facts file about something other than the Moon, written with ``entities`` and
# ``about``: the checks must not depend on the lunar facts. Port Almer and Vossby are
# made-up cities, Kestrel Strait Bridge a made-up bridge; the countries come from the
# shipped lexicon.
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
  - id: kestrel-toll
    text: A car pays a toll of $9 to cross the Kestrel Strait Bridge.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-ferry-last
    text: The last ferry across the Kestrel Strait left Port Almer at 11:40 p.m. CET.
    about: [Kestrel Strait]
    sources: [bridge-annual-report]
  - id: kestrel-vote
    text: The Almer Harbour Authority board voted 7 to 2 to build the Kestrel Strait Bridge.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-longest
    text: The Kestrel Strait Bridge is the longest suspension bridge in Norway.
    about: [Kestrel Strait Bridge]
    sources: [bridge-annual-report]
  - id: kestrel-built-before-tunnel
    text: The Kestrel Strait Bridge was finished two years before the Vossby Tunnel.
    about: [Kestrel Strait Bridge, Vossby Tunnel]
    sources: [bridge-annual-report]
"""


def write_facts(directory: Path, text: str) -> Path:
    """A facts file holding ``text`` in ``directory``, named after its content."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    path = directory / f"facts-{digest}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def checker_of(directory: Path, text: str) -> Checker:
    """A checker on one facts file (with the shipped lexicon, as the command uses)."""
    return Checker(load_facts([write_facts(directory, text)]))


def sentence(text: str) -> Sentence:
    return Sentence(text, "draft.md", 1, 1, 1, len(text))


def finding(checker: Checker, text: str) -> Finding:
    """The finding on one sentence, checked as a document of its own."""
    return checker.check_sentences([sentence(text)])[0]


def findings(checker: Checker, *texts: str, paragraphs: bool = False) -> list[Finding]:
    """The findings on a document of several sentences: one paragraph, or (with
    ``paragraphs``) each sentence its own paragraph, a blank line between them."""
    step = 2 if paragraphs else 1
    lines = [
        Sentence(text, "draft.md", 1 + step * i, 1, 1 + step * i, len(text))
        for i, text in enumerate(texts)
    ]
    return checker.check_sentences(lines)


def verdict(checker: Checker, text: str) -> tuple[Verdict, str]:
    """The sentence's verdict and the check that decided it ("supported" when supported,
    "replaced" when outdated, "" when unverified)."""
    found = finding(checker, text)
    return found.verdict, found.kind


def claim_of(checker: Checker, text: str) -> str | None:
    """The claim behind the sentence's verdict (None when no claim speaks to it)."""
    found = finding(checker, text)
    return found.claim.id if found.claim else None


def facts_of(checker: Checker, claim_id: str) -> ClaimReading:
    found = checker.index.reading_of(claim_id)
    if found is None:
        raise AssertionError(f"no claim {claim_id}")
    return found


def pair(checker: Checker, text: str, claim_id: str) -> Pair:
    """The draft's statements that speak of the claim against the whole claim, as
    ``verdicts.judge`` compares them (before it splits them by subject)."""
    reading = checker.read(text)
    facts = facts_of(checker, claim_id)
    statements = scope(reading, facts, checker.index.vocabulary)
    if not statements:
        raise AssertionError(f"{text!r} does not speak of {claim_id}")
    claim = Side(facts.reading, facts.reading.statements)
    return Pair(Side(reading, statements), claim, facts, checker.index.vocabulary, checker.settings)


def outcome(checker: Checker, text: str, claim_id: str, check: Check) -> Outcome:
    """What one check says about the part of ``text`` that speaks of one claim."""
    return check(pair(checker, text, claim_id))


def judgement(checker: Checker, text: str, claim_id: str) -> Judgement | None:
    """One claim's judgement of a sentence, before judgements combine (None: the
    sentence does not speak of the claim)."""
    reading: Reading = checker.read(text)
    facts = facts_of(checker, claim_id)
    return judge(reading, facts, checker.index.vocabulary, checker.settings)


def conflict_kinds(found: Outcome) -> set[str]:
    return {d.kind for d in found.conflicts}


def agreed_kinds(found: Outcome) -> set[str]:
    return {d.kind for d in found.agreed}


def unmatched_kinds(found: Outcome) -> set[str]:
    return {d.kind for d in found.unmatched}
