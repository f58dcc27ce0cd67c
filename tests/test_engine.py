"""Tests of ``factlint.engine``: the library API, verdict ranking, outdated claims, false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.engine import (
    Checker,
    check_document,
    check_files,
    check_text,
    most_severe,
    recheck,
)
from factlint.facts import load_facts
from factlint.model import FactBase, Finding, Sentence, Verdict

DRAFT = """\
---
title: Chang'e-7
---

# Chang'e-7 will fly in 2029

Chang'e-7 will fly in 2029. The ILRS is expected to start operations in 2030.

```
Chang'e-7 will fly in 2031.
```

<!-- Chang'e-7 will fly in 2032. -->
"""

SMALL_FACTS = """\
version: 1
sources:
  - id: observatory-guide
    title: Harrow Hill Observatory visitor guide
entities:
  - name: Harrow Hill Observatory
    kind: place
claims:
  - id: harrow-telescope
    text: The Harrow Hill Observatory telescope has a mirror 2.4 meters across.
    about: [Harrow Hill Observatory]
    sources: [observatory-guide]
  - id: harrow-opened
    text: The Harrow Hill Observatory opened in 1962.
    about: [Harrow Hill Observatory]
    sources: [observatory-guide]
"""


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_facts())


def judge(checker: Checker, text: str) -> Finding:
    return checker.check_sentence(Sentence(text, "draft.md", 1, 1, 1, len(text)))


# --- the library API ---------------------------------------------------------------------


def test_check_text_returns_one_finding_per_sentence_and_prints_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    findings = check_text(
        "Chang'e-7 will fly in 2029. Venus rotates backwards. NASA leads the Artemis program."
    )
    assert [f.verdict for f in findings] == [
        Verdict.CONTRADICTED,
        Verdict.UNVERIFIED,
        Verdict.SUPPORTED,
    ]
    assert [f.sentence.column for f in findings] == [1, 29, 54]
    assert all(f.sentence.path == "<text>" for f in findings)
    assert capsys.readouterr() == ("", "")


def test_check_text_names_the_path_it_is_given() -> None:
    findings = check_text("Chang'e-7 will fly in 2029.", path="notes/moon.txt")
    assert findings[0].sentence.path == "notes/moon.txt"


def test_check_text_reads_markdown_only_when_asked() -> None:
    as_markdown = check_text(DRAFT, markdown=True, path="draft.md")
    assert [(f.sentence.line, f.sentence.column, f.verdict) for f in as_markdown] == [
        (5, 3, Verdict.CONTRADICTED),  # the heading, without its "# "
        (7, 1, Verdict.CONTRADICTED),
        (7, 29, Verdict.SUPPORTED),
    ]
    as_text = check_text(DRAFT, path="draft.md")
    lines = {f.sentence.line for f in as_text}
    assert {1, 9, 13} <= lines  # front matter, code and the HTML comment are prose here


def test_check_text_takes_other_facts(tmp_path: Path) -> None:
    path = tmp_path / "observatory.yaml"
    path.write_text(SMALL_FACTS, encoding="utf-8")
    facts = load_facts([path])
    findings = check_text(
        "The Harrow Hill Observatory opened in 1962. "
        "Its telescope has a mirror 2.4 meters across. "
        "The Harrow Hill Observatory opened in 1971. "
        "Chang'e-7 will fly in 2029.",
        facts,
    )
    verdicts = [(f.verdict, f.claim.id if f.claim else None) for f in findings]
    assert verdicts == [
        (Verdict.SUPPORTED, "harrow-opened"),
        (Verdict.SUPPORTED, "harrow-telescope"),  # "Its": the observatory of the sentence before
        (Verdict.CONTRADICTED, "harrow-opened"),
        (Verdict.UNVERIFIED, None),  # the lunar facts are not loaded
    ]


def test_a_sentence_naming_no_subject_goes_on_about_the_one_before(checker: Checker) -> None:
    findings = check_text(
        "SLIM launched on an H-2A rocket from Tanegashima. The launch took place on Sept. 26.",
        load_facts(),
    )
    assert [(f.verdict, f.claim.id if f.claim else None) for f in findings][1] == (
        Verdict.CONTRADICTED,
        "slim-xrism-launch",
    )


def test_a_blank_line_ends_the_context(checker: Checker) -> None:
    findings = check_text("SLIM launched from Tanegashima.\n\nThe launch took place on Sept. 26.")
    assert findings[1].verdict is Verdict.UNVERIFIED


def test_a_checker_is_reusable_across_documents(checker: Checker) -> None:
    text = "Chang'e-7 will fly in 2029."
    first = judge(checker, text)
    judge(checker, "NASA leads the Artemis program.")
    assert judge(checker, text) == first


def test_check_files_reads_files_and_texts(tmp_path: Path, checker: Checker) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("# Notes\n\nChang'e-7 will fly in 2029.\n", encoding="utf-8")
    report = check_files(
        [str(draft), str(tmp_path / "missing.md")],
        checker,
        texts=["NASA leads the Artemis program.", "Venus rotates backwards."],
    )
    assert report.files == 1
    assert [(f.sentence.path, f.sentence.line, f.verdict) for f in report.findings] == [
        ("<text>", 1, Verdict.SUPPORTED),
        ("<text>", 2, Verdict.UNVERIFIED),
        (str(draft), 1, Verdict.UNVERIFIED),
        (str(draft), 3, Verdict.CONTRADICTED),
    ]
    assert [p.path for p in report.problems] == [str(tmp_path / "missing.md")]


def test_check_files_reads_standard_input(checker: Checker) -> None:
    report = check_files(["-"], checker, read_stdin=lambda: b"Chang'e-7 will fly in 2029.\n")
    assert [(f.sentence.path, f.verdict) for f in report.findings] == [("-", Verdict.CONTRADICTED)]


def test_most_severe() -> None:
    findings = check_text("NASA leads the Artemis program. Chang'e-7 will fly in 2029.")
    assert most_severe(findings) is Verdict.CONTRADICTED
    assert most_severe(findings[:1]) is Verdict.SUPPORTED
    assert most_severe([]) is Verdict.UNVERIFIED


def test_a_finding_carries_its_claim_sources_and_differences(checker: Checker) -> None:
    found = judge(checker, "Chang'e-7 will fly in 2029.")
    assert found.claim is not None and found.claim.id == "change7-2026"
    assert {s.id for s in found.sources} == set(found.claim.source_ids)
    assert [(d.kind, d.draft, d.facts) for d in found.differences] == [("year", "2029", "2026")]
    assert found.severity.value == "error"


# --- several claims in one sentence ------------------------------------------------------


def test_the_most_severe_verdict_wins_and_the_others_are_related(checker: Checker) -> None:
    found = judge(
        checker,
        "Chang'e-7 will fly in 2026, while Chang'e-6 will go to the near side of the Moon.",
    )
    assert (found.verdict, found.kind) == (Verdict.CONTRADICTED, "entity")
    assert found.claim is not None and found.claim.id == "change6-far-side-2024"
    assert [(r.verdict, r.claim.id if r.claim else None) for r in found.related] == [
        (Verdict.SUPPORTED, "change7-2026")
    ]


def test_the_other_way_round_the_other_claim_contradicts(checker: Checker) -> None:
    found = judge(
        checker, "Chang'e-7 will fly in 2028, while Chang'e-6 will go to the far side of the Moon."
    )
    assert found.claim is not None and found.claim.id == "change7-2026"
    assert [r.claim.id for r in found.related if r.claim] == ["change6-far-side-2024"]
    assert all(not r.related for r in found.related)


def test_a_wrong_date_next_to_a_right_one_is_still_found(checker: Checker) -> None:
    found = judge(
        checker,
        "China aims to land astronauts on the Moon by 2030 and to become a major space "
        "power by 2050.",
    )
    assert found.verdict is Verdict.CONTRADICTED
    assert found.claim is not None and found.claim.id == "china-space-power-2030"


def test_a_contradiction_in_a_later_clause_about_the_same_subject_is_found(
    checker: Checker,
) -> None:
    found = judge(
        checker, "NASA leads the Artemis program, and NASA is allowed to work with China."
    )
    assert found.verdict is Verdict.CONTRADICTED
    assert found.claim is not None and found.claim.id == "nasa-china-prohibited"


# --- outdated claims ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NASA expects to land the first woman and the next man on the Moon by 2024.",
        "By 2024, NASA expects to send the first woman and the next man to the Moon.",
        "NASA aims to return US astronauts to the lunar surface in 2024.",
    ],
)
def test_repeating_a_replaced_claim_is_outdated(checker: Checker, text: str) -> None:
    found = judge(checker, text)
    assert (found.verdict, found.kind) == (Verdict.OUTDATED, "replaced")
    assert found.claim is not None
    assert found.claim.id == "nasa-first-woman-2024"
    assert found.claim.replaced_by == "nasa-astronauts-december-2025"
    assert "nasa-astronauts-december-2025" in found.reason
    assert found.severity.value == "warning"


def test_saying_what_the_replacing_claim_says_is_supported(checker: Checker) -> None:
    found = judge(checker, "NASA aims to return astronauts to the lunar surface in December 2025.")
    assert found.verdict is Verdict.SUPPORTED
    assert found.claim is not None and found.claim.id == "nasa-astronauts-december-2025"


def test_a_replaced_claim_does_not_contradict(checker: Checker) -> None:
    found = judge(checker, "NASA will send the first woman and the next man to the Moon by 2026.")
    assert found.verdict is not Verdict.CONTRADICTED


# --- sentences no claim speaks to --------------------------------------------------------

UNRELATED = [
    # other planets and moons
    "Jupiter's moon Europa is covered by a shell of ice.",
    "Saturn has 146 known moons.",
    "Mars has two small moons, Phobos and Deimos.",
    # other agencies and missions
    "The European Space Agency launched its Juice probe to Jupiter in 2023.",
    "The Indian Space Research Organisation landed Chandrayaan-3 in August 2023.",
    "NASA launched the James Webb Space Telescope in 2021.",
    "China sent the Tianwen-1 probe to Mars in 2020.",
    "Russia launched Luna 25 in 2023, and it crashed on the Moon.",
    "Japan's H3 rocket failed on its first flight in March 2023.",
    # the numbers, years, places and countries of the claims, about something else
    "Twenty-nine students from Egypt won scholarships to study in Beijing.",
    "In 2026 Venezuela will hold a general election.",
    "Azerbaijan hosted a climate summit in Baku in 2024.",
    "Roughly 300 meters of cable were laid in September 2023.",
    "Pakistan and China signed a trade agreement in 2019.",
    "The Artemis Accords are named after the Greek goddess of the Moon.",
    "NASA and ESA signed an agreement on the Lunar Gateway in 2020.",
    "The Artemis Accords and the Outer Space Treaty are different documents.",
    "China launched its first satellite in 1970.",
]


@pytest.mark.parametrize("text", UNRELATED)
def test_unrelated_sentences_stay_unverified(checker: Checker, text: str) -> None:
    found = judge(checker, text)
    assert found.verdict is Verdict.UNVERIFIED, (found.claim and found.claim.id, found.reason)
    assert found.claim is None


@pytest.mark.parametrize(
    "text",
    [
        "The Artemis program's SLS rocket flew for the first time in 2022.",
        "NASA has long cooperated with JAXA.",
    ],
)
def test_sentences_sharing_a_subject_but_not_a_topic_stay_unverified(
    checker: Checker, text: str
) -> None:
    assert judge(checker, text).verdict is Verdict.UNVERIFIED


def test_an_empty_fact_base_verifies_nothing() -> None:
    empty = FactBase(sources={}, claims=())
    findings = check_text("Chang'e-7 will fly in 2029. NASA leads the Artemis program.", empty)
    assert [f.verdict for f in findings] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]


# --- robustness ----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Artemis Accords",
        "ILRS",
        "Chang'e-7",
        "SLIM",
        "NASA",
        "China",
        "Russia",
        " and ",
        " not ",
        "29",
        "thirty-one",
        "Sept. 6",
        "2026",
        "the 2030s",
        "100 meters",
        "13°S",
        "7:42 p.m. EDT",
        "before",
        "after",
        ",",
        ";",
        " - ",
        "signed",
        "launched",
        "about",
        "more than",
        "\u201cquote\u201d",
        "\u00e9",
        "(",
        ")",
        "'s",
        "-led",
        " ",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_gets_a_verdict_without_error(checker: Checker, pieces: list[str]) -> None:
    text = "".join(pieces)
    found = checker.check_sentence(Sentence(text, "draft.md", 1, 1, 1, max(1, len(text))))
    assert found.verdict in set(Verdict)
    assert (found.claim is None) == (found.verdict is Verdict.UNVERIFIED)


def test_the_package_exposes_the_library_api() -> None:
    import factlint

    found = factlint.check_text("Thirty-one countries have signed the Artemis Accords.")
    assert [(f.verdict, f.claim.id if f.claim else None) for f in found] == [
        (Verdict.CONTRADICTED, "artemis-signatory-count")
    ]
    assert factlint.load_facts is load_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial the polarity check cannot pin on the claim's actors does not support it
        ("XRISM went up on a separate rocket from SLIM.", Verdict.UNVERIFIED),
        # "back in 2017" dates the visit; it is neither a return nor support
        ("China's uncrewed Chang'e-5 probe visited the Moon back in 2017.", Verdict.CONTRADICTED),
        # a capital named as the doer stands for its country
        ("Moscow signed the Artemis Accords.", Verdict.CONTRADICTED),
        # "no more than" is a hedge, and "a tenth of a kilometre" is 100 meters
        (
            "SLIM's landing zone is no more than a tenth of a kilometre from its target.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_phenomena_found_by_the_independent_sets(
    checker: Checker, text: str, expected: Verdict
) -> None:
    assert judge(checker, text).verdict is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil, an Artemis Accords signatory, has also joined the ILRS.", Verdict.CONTRADICTED),
        (
            "Azerbaijan, which hosted the 74th International Astronautical Congress, "
            "is also an ILRS partner.",
            Verdict.SUPPORTED,
        ),
        ("Japan, the U.K., and Canada have signed the Artemis Accords.", Verdict.SUPPORTED),
    ],
)
def test_a_clause_set_inside_the_main_one_is_read_apart(
    checker: Checker, text: str, expected: Verdict
) -> None:
    assert judge(checker, text).verdict is expected


def test_a_claim_about_a_number_needs_the_number(checker: Checker) -> None:
    # the count claim does not back a sentence that gives no count ...
    text = "More African countries are likely to sign the Artemis Accords in the coming years."
    assert judge(checker, text).verdict is Verdict.UNVERIFIED
    # ... and "in September" dates a count as "as of September" does
    text = "The Artemis Accords had twenty-nine signatories in September."
    assert judge(checker, text).verdict is Verdict.SUPPORTED


COUNT = "As of September, 31 countries had signed the Artemis Accords."


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_check_document_applies_suppressions_and_fixes(checker: Checker, kind: str) -> None:
    comment = (
        "<!-- factlint-disable-next-line -->"
        if kind == "markdown"
        else "# factlint-disable-next-line"
    )
    findings = check_document(f"{comment}\n{COUNT}\n", "draft", kind, checker)[0]
    (contradicted,) = [f for f in findings if f.verdict is Verdict.CONTRADICTED]
    assert contradicted.suppressed
    assert contradicted.fix is not None


def test_recheck_replaces_the_findings_of_the_files_checked_again(
    checker: Checker, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(f"{COUNT}\n", encoding="utf-8")
    second.write_text("Chang'e-7 will fly in 2029.\n", encoding="utf-8")
    report = check_files([str(first), str(second)], checker)
    first.write_text(COUNT.replace("31", "29") + "\n", encoding="utf-8")
    again = recheck(report, [str(first)], checker)
    assert [(f.sentence.path, f.verdict) for f in again.findings] == [
        (str(first), Verdict.SUPPORTED),
        (str(second), Verdict.CONTRADICTED),
    ]
    assert again.files == 2
