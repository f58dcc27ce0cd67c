"""False alarms: sentences the facts do not clearly decide stay unverified.

A contradiction is the worst error to make wrongly: it tells a writer a true sentence
is false. Each sentence here shares a subject, a word or a figure's kind with a claim,
but says something the claim does not speak to: a value of a part of the claim's
subject, of another kind of the counted thing, of another event, or of another time.
On two plain facts files written here (a zoo, a university library), the station facts
of ``conftest``, the bridge facts and the bundled facts.
"""

from __future__ import annotations

import pytest
from judging import UNVERIFIED, checker_of, finding, verdict

from factlint.engine import Checker
from factlint.model import Verdict

ZOO_FACTS = """\
version: 1
sources:
  - id: zoo-guide
    title: Vestby Zoo guide
    date: 2024-05
claims:
  - id: zoo-animals
    text: Vestby Zoo houses 1,400 animals.
    as_of: 2024-05
    sources: [zoo-guide]
  - id: zoo-opened
    text: Vestby Zoo opened in 1954.
    sources: [zoo-guide]
  - id: elephant-house
    text: The elephant house at Vestby Zoo was built in 1998.
    sources: [zoo-guide]
  - id: zoo-director
    text: Anna Krog is the director of Vestby Zoo.
    sources: [zoo-guide]
  - id: zoo-ticket
    text: An adult ticket to Vestby Zoo costs £22.
    sources: [zoo-guide]
  - id: zoo-area
    text: Vestby Zoo covers 38 hectares.
    sources: [zoo-guide]
  - id: zoo-christmas
    text: Vestby Zoo is closed on 25 December.
    sources: [zoo-guide]
"""

LIBRARY_FACTS = """\
version: 1
sources:
  - id: library-facts
    title: Kessford University Library at a glance
    date: 2023-10
claims:
  - id: library-books
    text: Kessford University Library holds 2.1 million books.
    sources: [library-facts]
  - id: library-opened
    text: Kessford University Library opened in 1911.
    sources: [library-facts]
  - id: reading-room
    text: The library's main reading room seats 400 readers.
    sources: [library-facts]
  - id: librarian
    text: Omar Reyes is the head librarian of Kessford University Library.
    sources: [library-facts]
  - id: library-hours
    text: Kessford University Library opens at 8:00 a.m. on weekdays.
    sources: [library-facts]
  - id: library-staff
    text: Kessford University Library has 120 full-time staff.
    sources: [library-facts]
"""


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("zoo"), ZOO_FACTS)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("library"), LIBRARY_FACTS)


def checker(request: pytest.FixtureRequest, name: str) -> Checker:
    found: Checker = request.getfixturevalue(name)
    return found


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        # a figure of another counted thing
        ("zoo", "Vestby Zoo houses 300 species."),
        ("zoo", "Vestby Zoo houses 40 elephants."),
        ("zoo", "Vestby Zoo employs 80 keepers."),
        ("zoo", "Vestby Zoo welcomed 600,000 visitors in 2023."),
        ("library", "Kessford University Library holds 30,000 maps."),
        ("library", "The library's digital archive holds 4 million pages."),
        ("library", "Kessford University has 24,000 students."),
        # a price of another ticket, a part's measure, another event of a person or place
        ("zoo", "An annual pass to Vestby Zoo costs £60."),
        ("zoo", "The elephant house at Vestby Zoo was renovated in 2012."),
        ("zoo", "Anna Krog joined Vestby Zoo in 2005."),
        ("zoo", "Vestby Zoo's first director was Per Lund."),  # not its director now
        ("zoo", "Vestby Zoo's deputy director is Mia Holt."),
        ("zoo", "Vestby Zoo is open on 26 December."),
        ("library", "Kessford University Library's science branch opened in 1965."),
        ("library", "The main reading room is 60 metres long."),
        ("library", "Omar Reyes wrote a history of Kessford University Library in 2015."),
        ("library", "Kessford University Library opens at 10:00 a.m. on Sundays."),
        ("library", "The head of Kessford University's history department is Lena Moe."),
        ("bridge", "The Kestrel Strait Bridge's toll plaza is 40 meters long."),
        ("bridge", "The Kestrel Strait Bridge's main span is 600 meters long."),
        ("bridge", "The old ferry pier near the Kestrel Strait Bridge opened in 1950."),
        ("bridge", "Norway funded a second bridge over the Kestrel Strait."),
        ("lunar", "NASA's Artemis II mission will carry four astronauts."),
        ("lunar", "The ILRS will have 12 research modules."),
        ("lunar", "SLIM's landing site is 40 meters wide."),
        ("lunar", "Egypt launched a satellite in 2019."),
    ],
)
def test_a_sentence_the_facts_do_not_decide_stays_unverified(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == UNVERIFIED


def _false_alarm(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason="contradicted: " + reason)


PART_OF_THE_SUBJECT = (
    "a value of a part of the claim's subject (its aquarium, café, parking lot, music "
    "room, repainting) is compared with the subject's own value"
)


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        pytest.param(
            "zoo", "Vestby Zoo's aquarium opened in 1975.", marks=_false_alarm(PART_OF_THE_SUBJECT)
        ),
        pytest.param(
            "zoo",
            "Vestby Zoo opened its new café in 2015.",
            marks=_false_alarm(PART_OF_THE_SUBJECT),
        ),
        pytest.param(
            "zoo",
            "Vestby Zoo opened a butterfly house in 1998.",
            marks=_false_alarm(PART_OF_THE_SUBJECT),
        ),
        pytest.param(
            "zoo",
            "Vestby Zoo's parking lot covers 4 hectares.",
            marks=_false_alarm(PART_OF_THE_SUBJECT),
        ),
        ("zoo", "The lion house at Vestby Zoo was built in 1961."),
        ("library", "Kessford University Library's music room seats 40 readers."),
        pytest.param(
            "bridge",
            "The Kestrel Strait Bridge's repainting began in 2023.",
            marks=_false_alarm(PART_OF_THE_SUBJECT),
        ),
    ],
)
def test_a_value_of_a_part_does_not_contradict_the_whole(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == UNVERIFIED


ANOTHER_KIND = (
    "a figure for another kind of the same thing (a child's ticket, a truck's toll, "
    "part-time staff) is compared with the claim's, the word that tells them apart unread"
)


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        ("zoo", "A child ticket to Vestby Zoo costs £12."),
        pytest.param(
            "bridge",
            "A truck pays a toll of $25 to cross the Kestrel Strait Bridge.",
            marks=_false_alarm(ANOTHER_KIND),
        ),
        pytest.param(
            "library",
            "Kessford University Library has 40 part-time staff.",
            marks=_false_alarm(ANOTHER_KIND),
        ),
        # the summer crew claim has no as-of date; the winter crew's later count is no
        # summer count
        pytest.param(
            "station",
            "As of 2026, Halvard Station has 31 winter crew members.",
            marks=_false_alarm(ANOTHER_KIND),
        ),
    ],
)
def test_a_figure_for_another_kind_does_not_contradict(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == UNVERIFIED


ANOTHER_TIME = "a plan for a later year or a count of an earlier year is compared as now"


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        ("zoo", "Vestby Zoo plans to cover 50 hectares by 2030."),
        pytest.param(
            "zoo", "Vestby Zoo housed 900 animals in 1980.", marks=_false_alarm(ANOTHER_TIME)
        ),
    ],
)
def test_a_figure_of_another_time_does_not_contradict(
    facts: str, text: str, request: pytest.FixtureRequest
) -> None:
    assert verdict(checker(request, facts), text) == UNVERIFIED


@_false_alarm(
    "a closing time is compared with the claim's opening time, and 'closes' is taken for "
    "the opposite of 'opens'"
)
def test_a_time_of_another_event_does_not_contradict(library: Checker) -> None:
    assert verdict(library, "Kessford University Library closes at 8:00 p.m. on weekdays.") == (
        UNVERIFIED
    )


@pytest.mark.xfail(
    strict=True,
    reason="supported by library-books: the books lent in a year are counted as the books "
    "held (same number, same noun)",
)
def test_the_same_figure_of_another_event_is_not_supported(library: Checker) -> None:
    found = finding(library, "Kessford University Library lent 2.1 million books in 2022.")
    assert found.verdict is Verdict.UNVERIFIED
