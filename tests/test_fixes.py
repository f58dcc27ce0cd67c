"""Tests of ``factlint.fixes``: the correction of each kind of value, and refusing to guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.engine import check_files, check_text, checker_for
from factlint.facts import load_facts
from factlint.fixes import apply_edits
from factlint.fixes.render import (
    Change,
    correct_count,
    correct_money,
    correct_quantity,
    render_month,
    render_number,
)
from factlint.model import FactBase, Finding, Verdict
from factlint.reading.values import Value, find_values

FACTS = """\
version: 1
sources:
  - id: guide
    title: Harrow Hill Observatory visitor guide
entities:
  - name: Harrow Hill Observatory
    kind: place
  - name: Harrow probe
    kind: spacecraft
claims:
  - id: harrow-opened
    text: The Harrow Hill Observatory opened on Sept. 26, 1962.
    about: [Harrow Hill Observatory]
    sources: [guide]
  - id: harrow-volunteers
    text: The Harrow Hill Observatory has 1,200 volunteers.
    about: [Harrow Hill Observatory]
    sources: [guide]
  - id: harrow-telescopes
    text: The Harrow Hill Observatory has 12 telescopes.
    about: [Harrow Hill Observatory]
    sources: [guide]
  - id: harrow-mirror
    text: The Harrow Hill Observatory telescope has a mirror 2.4 meters across.
    about: [Harrow Hill Observatory]
    sources: [guide]
  - id: harrow-visitors
    text: More than 1,000 people visit the Harrow Hill Observatory each night.
    about: [Harrow Hill Observatory]
    sources: [guide]
  - id: harrow-probe-launch
    text: The Harrow probe will launch in 2026.
    about: [Harrow probe]
    sources: [guide]
  - id: harrow-domes
    text: The Harrow Hill Observatory built its domes in 1962 and 1971.
    about: [Harrow Hill Observatory]
    sources: [guide]
"""
OPENED = "The Harrow Hill Observatory opened on {}."
PRICES = """\
version: 1
sources:
  - id: pricing
    title: Zephyr pricing page
claims:
  - id: pro-price
    text: The Pro plan costs $10 per month.
    sources: [pricing]
  - id: budget
    text: Riverton's operating budget for fiscal year 2025 is $426 million.
    sources: [pricing]
  - id: rate-limit
    text: The Zephyr API allows 600 requests per minute.
    sources: [pricing]
  - id: request-fee
    text: The Zephyr API charges a fee of €2.50 per request.
    sources: [pricing]
"""


@pytest.fixture(scope="module")
def harrow(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    path = tmp_path_factory.mktemp("facts") / "harrow.yaml"
    path.write_text(FACTS, encoding="utf-8")
    return load_facts([path])


@pytest.fixture(scope="module")
def prices(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    path = tmp_path_factory.mktemp("facts") / "prices.yaml"
    path.write_text(PRICES, encoding="utf-8")
    return load_facts([path])


def the_finding(text: str, facts: FactBase | None = None) -> Finding:
    (finding,) = check_text(text, facts)
    assert finding.verdict is Verdict.CONTRADICTED, finding
    return finding


def corrected(text: str, facts: FactBase | None = None) -> str | None:
    """The sentence with its fix made, or None when it has none."""
    finding = the_finding(text, facts)
    return apply_edits(text, finding.fix.edits) if finding.fix else None


# --- each kind ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ("Thirty-one countries have signed the Artemis Accords.",
         "Twenty-nine countries have signed the Artemis Accords."),
        ("As of September, 31 countries had signed the Artemis Accords.",
         "As of September, 29 countries had signed the Artemis Accords."),
        ("About 35 countries have signed the Artemis Accords.",
         "About 29 countries have signed the Artemis Accords."),
        ("More than 35 countries have signed the Artemis Accords.",
         "29 countries have signed the Artemis Accords."),
        ("Well over 30 countries had signed the Artemis Accords by September 2023.",
         "29 countries had signed the Artemis Accords by September 2023."),
        ("The Chang'e-7 mission will fly in 2028.", "The Chang'e-7 mission will fly in 2026."),
        ("SLIM aims to land within 500 meters of its target.",
         "SLIM aims to land within 100 meters of its target."),
        ("SLIM aims to land within 1,640 feet of its target.",
         "SLIM aims to land within 330 feet of its target."),
        ("It will aim for Shioli Crater at 31 degrees south latitude.",
         "It will aim for Shioli Crater at 13 degrees south latitude."),
    ],
)  # fmt: skip
def test_bundled_facts_corrections(draft: str, fixed: str) -> None:
    assert corrected(draft) == fixed


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ("Sept. 6, 1962", "Sept. 26, 1962"),
        ("September 6", "September 26"),
        ("6 September 1962", "26 September 1962"),
        ("1962-09-06", "1962-09-26"),
        ("9/6/1962", "9/26/1962"),
        ("Sept. 1st, 1962", "Sept. 26th, 1962"),
        ("Dec. 1, 1962", "Sept. 26, 1962"),
        ("Sep. 6, 1962", "Sep. 26, 1962"),
        ("March 1962", "September 1962"),
    ],
)
def test_a_date_keeps_the_writers_form(harrow: FactBase, written: str, fixed: str) -> None:
    assert corrected(OPENED.format(written), harrow) == OPENED.format(fixed)


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ("The Harrow Hill Observatory opened in 1965.",
         "The Harrow Hill Observatory opened in 1962."),
        ("The Harrow probe will launch in 2028.", "The Harrow probe will launch in 2026."),
        ("The Harrow Hill Observatory has 1,500 volunteers.",
         "The Harrow Hill Observatory has 1,200 volunteers."),
        ("The Harrow Hill Observatory has 1500 volunteers.",
         "The Harrow Hill Observatory has 1200 volunteers."),
        ("The Harrow Hill Observatory has 150 volunteers.",
         "The Harrow Hill Observatory has 1,200 volunteers."),
        ("The Harrow Hill Observatory has twenty telescopes.",
         "The Harrow Hill Observatory has twelve telescopes."),
        ("The Harrow Hill Observatory telescope has a mirror 3 meters across.",
         "The Harrow Hill Observatory telescope has a mirror 2.4 meters across."),
        ("The Harrow Hill Observatory telescope has a mirror 10 feet across.",
         "The Harrow Hill Observatory telescope has a mirror 7.9 feet across."),
        ("The Harrow Hill Observatory telescope has a mirror 1 metre across.",
         "The Harrow Hill Observatory telescope has a mirror 2.4 metres across."),
    ],
)  # fmt: skip
def test_years_counts_and_quantities(harrow: FactBase, draft: str, fixed: str) -> None:
    assert corrected(draft, harrow) == fixed


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ("The Pro plan costs $12 a month.", "The Pro plan costs $10 a month."),
        ("The Pro plan costs about $12 a month.", "The Pro plan costs about $10 a month."),
        ("The Pro plan costs more than $12 a month.", "The Pro plan costs $10 a month."),
        ("The Pro plan costs $150 a year.", "The Pro plan costs $120 a year."),
        ("The Pro plan costs twelve dollars a month.", "The Pro plan costs ten dollars a month."),
        ("The Pro plan costs $12.50 a month.", "The Pro plan costs $10.00 a month."),
        ("Riverton's operating budget for fiscal year 2025 is $462 million.",
         "Riverton's operating budget for fiscal year 2025 is $426 million."),
        ("Riverton's operating budget for fiscal year 2025 is $462M.",
         "Riverton's operating budget for fiscal year 2025 is $426M."),
        ("The Zephyr API charges a fee of €3 per request.",
         "The Zephyr API charges a fee of €2.50 per request."),
        ("The Zephyr API allows 900 requests per minute.",
         "The Zephyr API allows 600 requests per minute."),
        ("The Zephyr API allows 30,000 requests per hour.",
         "The Zephyr API allows 36,000 requests per hour."),
        ("The Zephyr API allows 20 requests per second.",
         "The Zephyr API allows 10 requests per second."),
    ],
)  # fmt: skip
def test_money_and_rates_keep_currency_scale_and_time_base(
    prices: FactBase, draft: str, fixed: str
) -> None:
    assert corrected(draft, prices) == fixed


def test_money_with_no_exact_amount_in_the_writers_time_base_gets_no_fix(
    prices: FactBase,
) -> None:
    # $10 a month is a fraction of a cent more than $0.32 a day: no amount to write.
    assert the_finding("The Pro plan costs $12 a day.", prices).fix is None


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        # The reader reads the em dash as a spaced hyphen and drops the soft hyphen:
        # the fix lands on the characters as written all the same.
        ("As of September\u2014the latest count\u201431 countries had signed the Artemis Accords.",
         "As of September\u2014the latest count\u201429 countries had signed the Artemis Accords."),
        ("In Sep\u00adtember 2023 (week 31), 31 countries had signed the Artemis Accords.",
         "In Sep\u00adtember 2023 (week 31), 29 countries had signed the Artemis Accords."),
        ("As of \u201cSeptember\u201d, 31 countries had signed the Artemis Accords.",
         "As of \u201cSeptember\u201d, 29 countries had signed the Artemis Accords."),
        # A hedge that goes takes its intensifier with it.
        ("Far more than 35 countries have signed the Artemis Accords.",
         "29 countries have signed the Artemis Accords."),
    ],
)  # fmt: skip
def test_a_fix_lands_where_the_reader_read_the_value(draft: str, fixed: str) -> None:
    assert corrected(draft) == fixed


def test_a_fix_names_its_claim_and_the_values() -> None:
    fix = the_finding("As of September, 31 countries had signed the Artemis Accords.").fix
    assert fix is not None
    assert fix.description == 'Change "31" to "29" (artemis-signatory-count, as of 2023-09)'
    (edit,) = fix.edits
    assert (edit.line, edit.column, edit.end_line, edit.end_column) == (1, 18, 1, 19)
    assert (edit.start, edit.end, edit.original, edit.replacement) == (17, 19, "31", "29")


# --- the writer's style ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "like", "written"),
    [
        ("29", "35", "29"),
        ("1200", "1,500", "1,200"),
        ("1200", "1500", "1200"),
        ("1200", "35", "1,200"),
        ("2.4", "3", "2.4"),
        ("29", "thirty-one", "twenty-nine"),
        ("29", "Thirty-one", "Twenty-nine"),
        ("29", "Thirty-One", "Twenty-Nine"),
        ("29", "THIRTY-ONE", "TWENTY-NINE"),
        ("29", "thirty one", "twenty nine"),
        ("12", "Twenty", "Twelve"),
        ("40", "thirty-one", "forty"),
        ("129", "thirty-one", None),
        ("2.5", "three", None),
    ],
)
def test_numbers_are_written_as_the_writer_writes_them(
    numeral: str, like: str, written: str | None
) -> None:
    assert render_number(numeral, like) == written


@pytest.mark.parametrize(
    ("month", "like", "written"),
    [
        (9, "March", "September"),
        (3, "Sept.", "March"),
        (12, "Sept.", "Dec."),
        (9, "Dec.", "Sept."),
        (9, "Mar.", "Sep."),
        (5, "Mar.", "May"),
        (9, "Mar", "Sep"),
        (9, "MARCH", "SEPTEMBER"),
    ],
)
def test_months_keep_their_form(month: int, like: str, written: str) -> None:
    assert render_month(month, like) == written


def test_one_thing_does_not_become_many() -> None:
    fact = Value("count", "12", 0, 2, amount=12, high=12)
    assert correct_count("1", fact, 0.1, " country") is None
    assert correct_count("one", fact, 0.1, " country") is None
    assert correct_count("a single", fact, 0.1, " country") is None
    assert correct_count("2", fact, 0.1, " countries") is not None


def value_of(text: str, kind: str) -> Value:
    (value,) = (v for v in find_values(text) if v.kind == kind)
    return value


def changed(piece: str, change: Change | None) -> str | None:
    """``piece`` with a render function's change made, or None for no change."""
    if change is None:
        return None
    return piece[: change.start] + change.text + piece[change.end :]


@pytest.mark.parametrize(
    ("piece", "rest", "claim", "fixed"),
    [
        ("$12", " a month.", "It costs $10 per month.", "$10"),
        ("about $12", " a month.", "It costs $10 per month.", "about $10"),
        ("nearly $12", " a month.", "It costs $10 per month.", "$10"),
        ("$150", " a year.", "It costs $10 per month.", "$120"),
        ("one dollar", " a month.", "It costs $10 per month.", "ten dollars"),
        ("12 USD", " a month.", "It costs $10 per month.", "10 USD"),
        ("$12.50", ".", "It costs $10.", "$10.00"),
        ("\u20ac3", ".", "It costs \u20ac2.50.", "\u20ac2.50"),
        ("$0.5 billion", ".", "It costs $426 million.", "$0.426 billion"),
        ("$12", " a day.", "It costs $10 per month.", None),  # a fraction of a cent
        ("\u20ac12", " a month.", "It costs $10 per month.", None),  # another currency
        ("$12", ".", "It costs $10 per month.", None),  # a price, and a price per month
        ("$12 or more", ".", "It costs at least $10.", "$10 or more"),
        ("about $12", ".", "It costs more than $10.", None),  # the claim's own hedge
    ],
)
def test_money_is_written_in_the_writers_currency_scale_and_time_base(
    piece: str, rest: str, claim: str, fixed: str | None
) -> None:
    change = correct_money(piece, [value_of(claim, "money")], 0.1, rest)
    assert changed(piece, change) == fixed


@pytest.mark.parametrize(
    ("piece", "rest", "fixed"),
    [
        ("3 meters", " across.", "2.4 meters"),
        ("1 metre", " across.", "2.4 metres"),
        ("1-metre", "-wide mirror.", "2.4-metre"),  # a compound keeps its unit singular
        ("10 feet", " across.", "7.9 feet"),
        ("three to four meters", " across.", None),  # a range
    ],
)
def test_a_quantity_keeps_the_writers_unit(piece: str, rest: str, fixed: str | None) -> None:
    fact = value_of("The mirror is 2.4 meters across.", "quantity")
    assert changed(piece, correct_quantity(piece, [fact], 0.1, rest)) == fixed


# --- refusing to guess -------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "The ILRS partners include Russia, Venezuela and Japan.",  # a list member
        "NASA is allowed by U.S. law to collaborate with China.",  # polarity
        "Japan launched SLIM on Sept. 16 from Tanegashima.",  # the claim gives two dates
    ],
)
def test_no_fix_where_the_correction_is_not_one_value(draft: str) -> None:
    assert the_finding(draft).fix is None


@pytest.mark.parametrize(
    "draft",
    [
        "About 500 people visit the Harrow Hill Observatory each night.",  # the claim's hedge
        "The Harrow Hill Observatory built its domes in 1965.",  # the claim gives two years
        "The Harrow Hill Observatory built its domes in 1965 and 1971.",
    ],
)
def test_no_fix_where_the_value_is_not_clear(harrow: FactBase, draft: str) -> None:
    assert the_finding(draft, harrow).fix is None


def test_an_outdated_sentence_gets_no_fix() -> None:
    text = "NASA expects to land the first woman and the next man on the Moon by 2024."
    (finding,) = check_text(text)
    assert (finding.verdict, finding.fix) == (Verdict.OUTDATED, None)


def test_supported_sentences_get_no_fix() -> None:
    assert all(f.fix is None for f in check_text("29 countries have signed the Artemis Accords."))


# --- placed on the document's characters -------------------------------------------------


def fixed_document(path: Path) -> str:
    """The file's text with every fix of its findings made."""
    report = check_files([str(path)], checker_for(load_facts()))
    text = path.read_text(encoding="utf-8")
    edits = [e for f in report.findings if f.fix for e in f.fix.edits]
    assert edits
    return apply_edits(text, edits)


def test_a_fix_lands_after_inline_markup_in_markdown(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Notes\n\n**Update:** as of *September*, [31](https://x.example/31) countries\n"
        "had signed the _Artemis Accords_.\n\n"
        "> The `ILRS` is on track &mdash; and the Chang\u2019e-7\nmission will fly in 2028.\n",
        encoding="utf-8",
    )
    assert fixed_document(draft) == (
        "# Notes\n\n**Update:** as of *September*, [29](https://x.example/31) countries\n"
        "had signed the _Artemis Accords_.\n\n"
        "> The `ILRS` is on track &mdash; and the Chang\u2019e-7\nmission will fly in 2026.\n"
    )


def test_a_value_split_by_markup_gets_no_fix(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("As of September, **3**1 countries had signed the Artemis Accords.\n")
    (finding,) = check_files([str(draft)], checker_for(load_facts())).findings
    assert finding.verdict is Verdict.CONTRADICTED
    assert finding.fix is None


def test_fixes_are_placed_in_crlf_files_by_line_and_column(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(
        b"\xef\xbb\xbfIntro line.\r\n\r\nAs of September, 31 countries had signed the Artemis"
        b" Accords.\r\n"
    )
    (_, finding) = check_files([str(draft)], checker_for(load_facts())).findings
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert (edit.line, edit.column, edit.original) == (3, 18, "31")


def _example_sentences() -> list[str]:
    """Every example sentence of the shipped facts and of the evaluation sets."""
    import yaml

    texts = [e.text for c in load_facts().claims for e in c.examples]
    for path in sorted((Path(__file__).parents[1] / "benchmarks" / "eval").glob("*.yaml")):
        texts += [case["text"] for case in yaml.safe_load(path.read_text())["cases"]]
    return texts


def test_every_correction_makes_its_sentence_agree_with_its_claim() -> None:
    fixed = 0
    for text in _example_sentences():
        for finding in check_text(text):
            if finding.fix is None or finding.claim is None:
                continue
            after = apply_edits(text, finding.fix.edits)
            still = [
                f.claim.id
                for f in (g for found in check_text(after) for g in (found, *found.related))
                if f.verdict is Verdict.CONTRADICTED and f.claim is not None
            ]
            assert finding.claim.id not in still, (text, after)
            fixed += 1
    assert fixed >= 60  # most contradictions of a count, year, date or quantity get one
