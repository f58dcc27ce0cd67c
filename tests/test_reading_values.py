"""Tests of ``factlint.reading.values``: the counts, quantities, money, dates and times a
sentence states, each with what it is of."""

from __future__ import annotations

import pytest

from factlint.reading.values import (
    DateSpan,
    Value,
    find_values,
    hedge_after,
    hedge_before,
    parse_as_of,
)

YMD = tuple[int, int, int]


def only(text: str, kind: str, taken: list[tuple[int, int]] | None = None) -> Value:
    """The one value of ``kind`` in ``text``."""
    found = [v for v in find_values(text, taken) if v.kind == kind]
    assert len(found) == 1, found
    return found[0]


def kinds(text: str, taken: list[tuple[int, int]] | None = None) -> list[str]:
    return [v.kind for v in find_values(text, taken)]


def span(text: str) -> DateSpan:
    date = only(text, "date").date
    assert date is not None
    return date


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("SLIM launched on Sept. 6 from Tanegashima.", (0, 9, 6), (0, 9, 6)),
        ("SLIM launched on Sept 6.", (0, 9, 6), (0, 9, 6)),
        ("SLIM launched on September 6, 2023.", (2023, 9, 6), (2023, 9, 6)),
        ("SLIM launched on 6 September 2023.", (2023, 9, 6), (2023, 9, 6)),
        ("SLIM launched on 2023-09-06.", (2023, 9, 6), (2023, 9, 6)),
        ("Letters are due by December 31.", (0, 12, 31), (0, 12, 31)),
        ("Letters are due by Dec. 31, 2023.", (2023, 12, 31), (2023, 12, 31)),
        ("It flies in the first half of 2024.", (2024, 1, 1), (2024, 6, 30)),
        ("It flies in the second half of 2024.", (2024, 7, 1), (2024, 12, 31)),
        ("It will be built in the 2030s.", (2030, 1, 1), (2039, 12, 31)),
        ("It flies in early 2024.", (2024, 1, 1), (2024, 4, 30)),
        ("It flies in late 2024.", (2024, 9, 1), (2024, 12, 31)),
        ("It flies in Q3 2024.", (2024, 7, 1), (2024, 9, 30)),
        ("It flies by the end of 2025.", (2025, 10, 1), (2025, 12, 31)),
        ("Selection takes place in September 2024.", (2024, 9, 1), (2024, 9, 30)),
        ("The Accords date from 2020.", (2020, 1, 1), (2020, 12, 31)),
        ("It flies in February 2024.", (2024, 2, 1), (2024, 2, 29)),  # a leap year
    ],
)
def test_dates_in_common_forms(text: str, start: YMD, end: YMD) -> None:
    date = span(text)
    assert (date.start, date.end) == (start, end)


def test_a_date_without_a_year_says_so() -> None:
    date = span("SLIM launched on Sept. 6.")
    assert (date.has_year, date.has_month, date.has_day) == (False, True, True)
    date = span("SLIM launched on September 6, 2023.")
    assert (date.has_year, date.has_month, date.has_day) == (True, True, True)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("As of September 2023, 29 countries had signed.", "as of"),
        ("Letters are due by December 31.", "by"),
        ("It will fly in 2026.", "in"),
        ("It has operated since 2021.", "since"),
        ("It launched on Sept. 6.", "on"),
        ("It launched before 2020.", "before"),
        ("2020 was the year.", ""),
    ],
)
def test_the_word_before_a_date_is_its_qualifier(text: str, qualifier: str) -> None:
    assert only(text, "date").qualifier == qualifier


def test_may_and_march_are_dates_only_after_a_preposition() -> None:
    assert kinds("She may fly next week.") == []
    assert kinds("Troops march on the capital.") == []
    assert span("The deadline is in May.").start[1:] == (5, 1)
    assert span("Selection ends by March.").start[1:] == (3, 1)


@pytest.mark.parametrize("text", ["Sept. 31", "February 30, 2023", "2023-13-01"])
def test_impossible_days_are_not_read_as_days(text: str) -> None:
    dates = [v.date for v in find_values(text) if v.date is not None]
    assert not any(d.has_day for d in dates)


def test_describe_gives_a_readable_date() -> None:
    assert span("on September 6, 2023").describe() == "September 6, 2023"
    assert span("on Sept. 6").describe() == "September 6"
    assert span("in September 2024").describe() == "September 2024"
    assert span("in 2030").describe() == "2030"


def test_a_decade_is_a_date() -> None:
    # "the 2030s" is ten years, not 2,030 seconds: the "s" is no unit after a year.
    assert span("in the 2030s").describe() == "the 2030s"


@pytest.mark.parametrize("text", ["in the late 2020s", "in the mid-2020s"])
def test_part_of_a_decade_lies_within_the_decade(text: str) -> None:
    date = span(text)
    assert date.start >= (2020, 1, 1)
    assert date.end <= (2029, 12, 31)
    assert date.end[0] > 2020


# --- counts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "noun"),
    [
        ("Twenty-nine countries have signed.", 29, "countries"),
        ("twenty nine countries have signed.", 29, "countries"),
        ("Two dozen countries have signed.", 24, "countries"),
        ("Half a dozen nations took part.", 6, "nations"),
        ("It has seven other founding members.", 7, "members"),
        ("About 3,000 people attended.", 3000, "people"),
        ("Some 2.5 million people watched.", 2_500_000, "people"),
        ("A hundred scientists signed the letter.", 100, "scientists"),
        ("Twelve signatories joined.", 12, "signatories"),
    ],
)
def test_counts_with_number_words_and_numerals(text: str, amount: float, noun: str) -> None:
    count = only(text, "count")
    assert (count.amount, count.head) == (amount, noun)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("More than two dozen countries signed.", "above"),
        ("Nearly 30 countries signed.", "below-approx"),
        ("Roughly 30 countries signed.", "approx"),
        ("Fewer than 20 countries signed.", "below"),
        ("At least 25 countries signed.", "at-least"),
        ("Up to 20 countries signed.", "at-most"),
        ("30 or more countries signed.", "at-least"),
        ("Thirty odd countries signed.", "approx"),
        ("29 countries signed.", "exact"),
    ],
)
def test_hedges_are_read_with_the_count(text: str, hedge: str) -> None:
    assert only(text, "count").hedge == hedge


@pytest.mark.parametrize("text", ["30-odd countries signed.", "Thirty-odd countries signed."])
def test_a_hyphenated_odd_is_a_hedge(text: str) -> None:
    count = only(text, "count")
    assert (count.amount, count.hedge, count.head) == (30, "approx", "countries")


def test_the_hedge_is_part_of_the_value_span() -> None:
    text = "Nearly 30 countries signed."
    count = only(text, "count")
    assert text[count.start : count.end] == "Nearly 30"


@pytest.mark.parametrize(
    "text",
    [
        "India is one of the signatories.",
        "It is one of the first landers.",
        "Only one of them signed.",
    ],
)
def test_one_of_the_is_not_a_count(text: str) -> None:
    assert "count" not in kinds(text)


@pytest.mark.parametrize(
    "text", ["The observatory has 1500 volunteers.", "The observatory has 1,500 volunteers."]
)
def test_a_four_digit_number_a_verb_gives_to_a_plural_noun_is_a_count(text: str) -> None:
    # "has 1500 volunteers" counts them; "in 1500" would be a year.
    assert only(text, "count").amount == 1500
    assert only("It opened in 1500.", "date").date is not None


def test_a_number_before_of_is_not_a_count() -> None:
    assert "count" not in kinds("Two of the partners signed.")


def test_value_spans_index_the_text() -> None:
    text = "As of September 2023, twenty-nine countries had signed, about 100 meters away."
    for value in find_values(text):
        assert text[value.start : value.end].endswith(value.text.strip())


# --- quantities --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dimension", "amount"),
    [
        ("SLIM lands within 100 meters of its target.", "length", 100.0),
        ("SLIM lands within 100 m of its target.", "length", 100.0),
        ("The crater is 300 metres wide.", "length", 300.0),
        ("The crater is 3 kilometers wide.", "length", 3000.0),
        ("The crater is 3 kilometres wide.", "length", 3000.0),
        ("The crater is 3 km wide.", "length", 3000.0),
        ("The rover drove 2 miles.", "length", 3218.688),
        ("It lies at 13 degrees south latitude.", "angle", 13.0),
        ("Costs rose 12 percent.", "percent", 12.0),
        ("Costs rose 40%.", "percent", 40.0),
        ("The lander weighs 700 kg.", "mass", 700.0),
        ("The rocket carries 2 tonnes.", "mass", 2000.0),
        ("The burn lasted 3 days.", "duration", 3 * 86400.0),  # in seconds
        ("Angola signed one week before Egypt.", "duration", 7 * 86400.0),
        ("Angola signed a week before Egypt.", "duration", 7 * 86400.0),
        ("The Free plan includes 5 GB of storage.", "data", 5e9),
        ("Half a terabyte of storage.", "data", 5e11),
        ("Gold melts at 1,064 \u00b0C.", "temperature", 1337.15),  # in kelvin
        ("The field covers 3 acres.", "area", 3 * 4046.8564224),
    ],
)
def test_quantities_are_converted_to_base_units(text: str, dimension: str, amount: float) -> None:
    quantity = only(text, "quantity")
    assert quantity.dimension == dimension
    assert quantity.amount == pytest.approx(amount)


def test_330_feet_is_about_100_meters() -> None:
    quantity = only("SLIM lands within 330 feet of its target.", "quantity")
    assert quantity.amount == pytest.approx(100.584)
    # Stated in another unit than the claim's, so the checks allow rounding slack.
    assert quantity.unit != only("within 100 meters", "quantity").unit


@pytest.mark.parametrize("text", ["within 100 m", "within 100 metres", "within 100 meter"])
def test_spellings_of_a_unit_are_one_unit(text: str) -> None:
    assert only(text, "quantity").unit == only("within 100 meters", "quantity").unit


def test_a_hyphenated_size_is_a_length() -> None:
    quantity = only("Shioli Crater is a 1,000-foot-wide impact area.", "quantity")
    assert quantity.dimension == "length"
    assert quantity.amount == pytest.approx(304.8)


def test_a_hedged_quantity_keeps_its_hedge() -> None:
    assert only("The crater is about 300 meters wide.", "quantity").hedge == "approx"


def test_a_bare_letter_after_a_number_word_is_not_a_unit() -> None:
    # "m" is a unit only right after a numeral: "five m" is not five metres.
    assert "quantity" not in kinds("We saw five m of them.")


@pytest.mark.parametrize(("text", "amount"), [("a 5km run", 5000.0), ("the 100m sprint", 100.0)])
def test_a_unit_glued_to_the_numeral_is_read(text: str, amount: float) -> None:
    assert only(text, "quantity").amount == pytest.approx(amount)


# --- ordinals, times ---------------------------------------------------------------------


def test_ordinals() -> None:
    values = find_values("The 74th congress met; the crater lies 13 degrees south.")
    assert [(v.kind, v.text) for v in values] == [("ordinal", "74th"), ("quantity", "13 degrees")]
    assert values[0].amount == 74
    assert only("Japan's first attempt failed.", "ordinal").amount == 1
    assert only("the twenty-first congress", "ordinal").amount == 21


@pytest.mark.parametrize(
    "text",
    [
        "The rocket lifted off at 7:42 p.m. EDT on Wednesday.",
        "The rocket lifted off at 8:42 a.m. in Japan.",
        "The rocket lifted off at 23:42 GMT.",
    ],
)
def test_times_are_masked_so_their_numbers_are_not_counts(text: str) -> None:
    assert kinds(text) == ["time"]


def test_entity_spans_are_left_alone() -> None:
    text = "Chang'e-8 will fly in 2028."
    assert "count" in kinds(text)  # without the entity, the 8 reads as a count
    name = (0, len("Chang'e-8"))
    assert kinds(text, [name]) == ["date"]


def test_an_entity_span_hides_a_year_inside_a_name() -> None:
    text = "The 2030 Mission Plan was adopted in 2021."
    name = (4, 21)
    assert [v.text for v in find_values(text, [name])] == ["2021"]


def test_values_come_in_text_order() -> None:
    values = find_values("By 2030, about 300 meters of the 74th site, 29 countries, $5.")
    assert [v.start for v in values] == sorted(v.start for v in values)
    assert [v.kind for v in values] == ["date", "quantity", "ordinal", "count", "money"]


# --- money, rates, ranges, tallies --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("The budget is $426 million.", "USD", 426e6),
        ("It raised \u20ac30M.", "EUR", 30e6),
        ("It costs eight dollars.", "USD", 8.0),
        ("It costs 50 cents.", "USD", 0.5),
        ("It costs 12 USD.", "USD", 12.0),
        ("It costs \u00a32.1bn.", "GBP", 2.1e9),
    ],
)
def test_money_keeps_its_currency_and_scale(text: str, currency: str, amount: float) -> None:
    money = only(text, "money")
    assert money.dimension == currency
    assert money.amount == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "kind", "per", "amount"),
    [
        ("The Pro plan costs $10 per month.", "money", "month", 10 / 2629800),
        ("The Pro plan costs $120 a year.", "money", "year", 120 / 31557600),
        ("The API allows 600 requests per minute.", "count", "minute", 10.0),
        ("It pumps 30 litres per hour.", "quantity", "hour", 0.03 / 3600),
    ],
)
def test_a_rate_is_per_second_and_keeps_its_time_base(
    text: str, kind: str, per: str, amount: float
) -> None:
    value = only(text, kind)
    assert (value.per, value.is_rate) == (per, True)
    assert value.amount == pytest.approx(amount)


def test_a_price_shared_among_users_is_no_rate() -> None:
    count = only("It allows 600 requests per user.", "count")
    assert (count.per, count.is_rate) == ("user", False)


def test_a_range_keeps_both_ends() -> None:
    months = only("It lasts three to four months.", "quantity")
    assert (months.amount, months.high) == (3 * 2629800.0, 4 * 2629800.0)


def test_a_vote_is_a_tally_of_two_counts() -> None:
    tally = only("The council voted 5 to 2 to approve it.", "tally")
    assert (tally.amount, tally.second) == (5, 2)
    assert "tally" not in kinds("Open from 9 to 5.")


def test_what_a_quantity_measures_is_its_head() -> None:
    assert only("The Free plan includes 5 GB of storage.", "quantity").head == "storage"
    assert only("The bridge is 640 metres long.", "quantity").head == "long"


@pytest.mark.parametrize(
    ("text", "at", "hedge", "start"),
    [
        ("about 35", 6, "approx", 0),
        ("Well over 30", 10, "above", 0),
        ("it is more than $12", 17, "above", 6),
        ("35", 0, "exact", 0),
    ],
)
def test_hedge_before(text: str, at: int, hedge: str, start: int) -> None:
    assert hedge_before(text, at) == (hedge, start)


@pytest.mark.parametrize(
    ("text", "at", "hedge", "end"),
    [("30 or more", 2, "at-least", 10), ("30-plus", 2, "at-least", 7), ("30 or so", 2, "approx", 8),
     ("30 ordinary", 2, "", 2)],
)  # fmt: skip
def test_hedge_after(text: str, at: int, hedge: str, end: int) -> None:
    assert hedge_after(text, at) == (hedge, end)


@pytest.mark.parametrize(
    ("as_of", "start", "end"),
    [("2023", (2023, 1, 1), (2023, 12, 31)), ("2023-09", (2023, 9, 1), (2023, 9, 30)),
     ("2023-09-06", (2023, 9, 6), (2023, 9, 6))],
)  # fmt: skip
def test_parse_as_of(as_of: str, start: YMD, end: YMD) -> None:
    date = parse_as_of(as_of)
    assert date is not None
    assert (date.start, date.end) == (start, end)
    assert parse_as_of(None) is None
