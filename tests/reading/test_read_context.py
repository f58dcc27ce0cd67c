"""Tests of ``factlint.reading.context``: what a sentence points back to in its document.

Principles: "It", "They", "This" as a subject take the subject of the sentence
before, in the same paragraph (a blank line forgets it); "the N" takes the latest
name of the document described by N: its own last word ("the viaduct"), its kind
("the country"), or a noun the base describes it by ("the company", from "Tallow
Gear, the company that ..."); a sentence naming nothing speaks of the paragraph's
subject. The checker judges a pointing sentence as if it named what it points to.
"""

from __future__ import annotations

import pytest
from judging import SUPPORTED, UNVERIFIED, checker_of, findings
from texts import vocabulary

from factlint.engine import Checker
from factlint.facts import load_facts
from factlint.model import Sentence, Verdict
from factlint.reading.context import Context, resolve
from factlint.reading.reader import Reading, read

# A valley guide, claims only.
GUIDE_FACTS = """\
version: 1
sources:
  - id: valley-guide
    title: Orvelle valley guide
claims:
  - id: viaduct-length
    text: The Millstone Viaduct is 310 metres long.
    sources: [valley-guide]
  - id: viaduct-river
    text: The Millstone Viaduct crosses the Orvelle River.
    sources: [valley-guide]
  - id: tallow-founded
    text: Tallow Gear, the company that makes climbing ropes, was founded in 2009.
    sources: [valley-guide]
"""
CLAIMS = (
    "The Millstone Viaduct is 310 metres long.",
    "The Millstone Viaduct crosses the Orvelle River.",
    "Tallow Gear, the company that makes climbing ropes, was founded in 2009.",
    "Norway funded the Skarn Tunnel.",
)
BLANK = ""  # a paragraph break


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("guide"), GUIDE_FACTS)


def resolved(*texts: str) -> list[Reading]:
    """Each text read in the context of those before it (``BLANK`` starts a paragraph)."""
    v = vocabulary(*CLAIMS)
    context = Context()
    out: list[Reading] = []
    for text in texts:
        if text == BLANK:
            context.new_paragraph()
            continue
        found = resolve(read(text, v), context, v)
        context.remember(found)
        out.append(found)
    return out


# -- pronouns ------------------------------------------------------------------------------------


def test_a_pronoun_subject_takes_the_subject_of_the_sentence_before() -> None:
    _, second = resolved(
        "The Millstone Viaduct crosses the Orvelle River.", "It is 310 metres long."
    )
    main = second.statements[0]
    assert main.subject == ("Millstone Viaduct",)
    assert main.inherited


def test_a_blank_line_forgets_the_subject() -> None:
    _, second = resolved(
        "The Millstone Viaduct crosses the Orvelle River.", BLANK, "It is 310 metres long."
    )
    assert second.statements[0].subject == ()
    assert second.referred == ()


def test_a_pronoun_with_nothing_before_points_nowhere() -> None:
    (only,) = resolved("It is 310 metres long.")
    assert only.statements[0].subject == ()
    assert only.referred == ()


# -- descriptions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        # the name's own last word
        ("The Millstone Viaduct crosses the Orvelle River.", "The viaduct is 310 metres long.",
         "Millstone Viaduct"),
        # a noun the base describes it by ("Tallow Gear, the company that ...")
        ("Tallow Gear sells ropes.", "The company was founded in 2009.", "Tallow Gear"),
        # its kind, from the shipped lexicon
        ("Norway funded the Skarn Tunnel.", "The country also funded a bridge.", "Norway"),
        # "its" in a sentence that names nothing: the paragraph's subject
        ("The Millstone Viaduct crosses the Orvelle River.", "Its length is 310 metres.",
         "Millstone Viaduct"),
    ],
)  # fmt: skip
def test_a_description_refers_to_the_name_it_describes(before: str, after: str, name: str) -> None:
    _, second = resolved(before, after)
    assert name in second.referred


def test_a_description_refers_to_the_latest_name_it_fits() -> None:
    _, second = resolved(
        "The Millstone Viaduct crosses the Orvelle River.", "The river floods in spring."
    )
    assert second.referred[0] == "Orvelle River"


def test_a_description_still_refers_after_a_blank_line() -> None:
    # the document's names are remembered across paragraphs; only pronouns are forgotten
    _, second = resolved(
        "The Millstone Viaduct crosses the Orvelle River.", BLANK, "The viaduct is long."
    )
    assert second.referred == ("Millstone Viaduct",)


def test_a_sentence_naming_its_subject_refers_to_nothing_else() -> None:
    _, second = resolved(
        "Tallow Gear sells ropes.", "The Millstone Viaduct crosses the Orvelle River."
    )
    assert second.referred == ()


# -- what the checker makes of it ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "paragraphs", "expected"),
    [
        ("It is 410 metres long.", False, (Verdict.CONTRADICTED, "quantity")),
        ("It is 310 metres long.", False, SUPPORTED),
        ("It is 410 metres long.", True, UNVERIFIED),  # a blank line: "It" points nowhere
        ("The viaduct is 410 metres long.", False, (Verdict.CONTRADICTED, "quantity")),
        ("The viaduct is 410 metres long.", True, (Verdict.CONTRADICTED, "quantity")),
    ],
)
def test_a_pointing_sentence_is_judged_as_naming_what_it_points_to(
    guide: Checker, second: str, paragraphs: bool, expected: tuple[Verdict, str]
) -> None:
    first, found = findings(
        guide, "The Millstone Viaduct crosses the Orvelle River.", second, paragraphs=paragraphs
    )
    assert first.verdict is Verdict.SUPPORTED
    assert (found.verdict, found.kind) == expected
    if found.claim is not None:
        assert found.claim.id == "viaduct-length"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The company was founded in 2012.", (Verdict.CONTRADICTED, "year")),
        ("It was founded in 2009.", SUPPORTED),
    ],
)
def test_the_company_is_the_company_the_facts_describe(
    guide: Checker, second: str, expected: tuple[Verdict, str]
) -> None:
    _, found = findings(guide, "Tallow Gear makes climbing ropes.", second)
    assert (found.verdict, found.kind) == expected
    assert found.claim is not None and found.claim.id == "tallow-founded"


def test_a_pronoun_does_not_cross_into_another_file(guide: Checker) -> None:
    first = "The Millstone Viaduct crosses the Orvelle River."
    second = "It is 410 metres long."
    found = guide.check_sentences(
        [
            Sentence(first, "a.md", 1, 1, 1, len(first)),
            Sentence(second, "b.md", 2, 1, 2, len(second)),
        ]
    )
    assert [f.verdict for f in found] == [Verdict.SUPPORTED, Verdict.UNVERIFIED]


# -- a description naming the event the sentence before told -------------------------------------

OPENING_FACTS = """\
version: 1
sources:
  - id: valley-guide
    title: Orvelle valley guide
claims:
  - id: viaduct-opening
    text: The Orvelle council opened the Millstone Viaduct on 4 May 1998.
    sources: [valley-guide]
"""


@pytest.fixture(scope="module")
def opening(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("opening"), OPENING_FACTS)


def test_the_event_the_sentence_before_told_is_what_a_description_of_it_refers_to() -> None:
    # "The opening" after "... opened the Millstone Viaduct": that opening, of that viaduct,
    # even though the sentence names a place in a clause of its own
    _, second = resolved(
        "The Orvelle council opened the Millstone Viaduct with a parade.",
        "The opening took place in 1998, which was a dry year in Orvelle.",
    )
    assert "Millstone Viaduct" in second.referred


def test_another_event_is_not_the_one_told_before() -> None:
    _, second = resolved(
        "The Orvelle council opened the Millstone Viaduct with a parade.",
        "The flood came in 1998.",
    )
    assert "Millstone Viaduct" not in second.referred


def test_a_description_of_the_event_before_is_judged_as_that_event(opening: Checker) -> None:
    before = "The Orvelle council opened the Millstone Viaduct."
    _, found = findings(
        opening, before, "The opening took place on 4 May 1999, a holiday in Orvelle."
    )
    assert (found.verdict, found.kind) == (Verdict.CONTRADICTED, "date")
    assert found.claim is not None and found.claim.id == "viaduct-opening"
    # the right date is no contradiction
    _, found = findings(
        opening, before, "The opening took place on 4 May 1998, a holiday in Orvelle."
    )
    assert found.verdict is not Verdict.CONTRADICTED


def test_a_description_of_the_event_before_is_judged_as_that_event_in_the_lunar_facts() -> None:
    checker = Checker(load_facts())
    _, found = findings(
        checker,
        "Japan launched the SLIM lander and the XRISM X-ray telescope together on an H-2A "
        "rocket from Tanegashima Space Center.",
        "The launch took place on Sept. 26, 2023, at 7:42 p.m. EDT, which was already the "
        "next morning in Japan.",
    )
    assert (found.verdict, found.kind) == (Verdict.CONTRADICTED, "date")
    assert found.claim is not None and found.claim.id == "slim-xrism-launch"
