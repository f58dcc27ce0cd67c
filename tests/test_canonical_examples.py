"""Tests of the shipped facts themselves: their examples, citations, ids, names and coherence."""

from __future__ import annotations

from collections import Counter

import pytest

from factlint.engine import Checker
from factlint.facts import load_facts
from factlint.facts.examples import judge_example
from factlint.model import Claim, Example, Finding, Sentence, Verdict

FACTS = load_facts()
CHECKER = Checker(FACTS)
CURRENT = [c for c in FACTS.claims if not c.replaced_by]


def _examples() -> list[tuple[Claim, Example]]:
    return [(claim, example) for claim in FACTS.claims for example in claim.examples]


def _example_id(pair: tuple[Claim, Example]) -> str:
    claim, example = pair
    index = [e for e in claim.examples if e.verdict is example.verdict].index(example)
    return f"{claim.id}-{example.verdict.value}-{index}"


EXAMPLES = _examples()


def finding_for(text: str) -> Finding:
    return CHECKER.check_sentence(Sentence(text, "<example>", 1, 1, 1, len(text)))


def check(text: str) -> tuple[Verdict, str | None, str]:
    finding = finding_for(text)
    return finding.verdict, finding.claim.id if finding.claim else None, finding.reason


def test_the_bundled_facts_have_examples() -> None:
    assert len(EXAMPLES) >= 40
    assert {e.verdict for _, e in EXAMPLES} == set(Verdict)


@pytest.mark.parametrize(("claim", "example"), EXAMPLES, ids=[_example_id(p) for p in EXAMPLES])
def test_every_example_gets_its_promised_verdict(claim: Claim, example: Example) -> None:
    # The rule ``factlint facts test`` applies: the promised verdict, and (unless the
    # promise is unverified) from the claim the example is written for, among others.
    result = judge_example(claim, example, CHECKER)
    assert result.passed, f"{claim.path}:{result.line}:{result.column}: {result.message}"


@pytest.mark.parametrize("claim", FACTS.claims, ids=[c.id for c in FACTS.claims])
def test_every_claim_cites_a_known_source(claim: Claim) -> None:
    assert claim.citations
    assert all(source_id in FACTS.sources for source_id in claim.source_ids)


def test_ids_are_unique() -> None:
    claim_ids = Counter(c.id for c in FACTS.claims)
    assert [i for i, n in claim_ids.items() if n > 1] == []
    assert not set(claim_ids) & set(FACTS.sources)  # a claim id is never also a source id


def test_every_source_is_cited() -> None:
    cited = {s for c in FACTS.claims for s in c.source_ids}
    assert set(FACTS.sources) - cited == set()


@pytest.mark.parametrize("claim", FACTS.claims, ids=[c.id for c in FACTS.claims])
def test_every_about_and_member_name_is_a_known_entity(claim: Claim) -> None:
    names = list(claim.about)
    if claim.members:
        names += [*claim.members.names, *claim.members.excluded]
    unknown = [n for n in names if CHECKER.index.vocabulary.names.resolve(n) is None]
    assert unknown == []


@pytest.mark.parametrize("claim", [c for c in FACTS.claims if c.replaced_by], ids=lambda c: c.id)
def test_every_replaced_claim_names_a_current_replacement(claim: Claim) -> None:
    newer = FACTS.claim(claim.replaced_by or "")
    assert newer is not None
    assert newer.replaced_by is None  # no chains: the replacement itself holds


def test_some_claims_are_replaced() -> None:
    # The outdated verdict is only exercised when at least one claim is replaced.
    assert len(CURRENT) < len(FACTS.claims)


@pytest.mark.parametrize("claim", CURRENT, ids=[c.id for c in CURRENT])
def test_no_current_claim_contradicts_another(claim: Claim) -> None:
    verdict, claim_id, reason = check(claim.text)
    assert verdict is not Verdict.CONTRADICTED, f"{claim_id}: {reason}"


@pytest.mark.parametrize("claim", CURRENT, ids=[c.id for c in CURRENT])
def test_every_current_claim_supports_itself(claim: Claim) -> None:
    verdict, _, reason = check(claim.text)
    assert verdict is Verdict.SUPPORTED, reason


@pytest.mark.parametrize("claim", [c for c in FACTS.claims if c.replaced_by], ids=lambda c: c.id)
def test_a_replaced_claims_own_text_is_outdated(claim: Claim) -> None:
    verdict, claim_id, _ = check(claim.text)
    assert (verdict, claim_id) == (Verdict.OUTDATED, claim.id)
