"""Tests for temporal expression recognition and normalisation (crosscheck.annotate.timex)."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.annotate.timex import TimeExpression, find_time_expressions

REF = date(2025, 7, 13)  # a Sunday


def only(text: str, reference: date | None = REF) -> TimeExpression:
    """The single expression found in `text`."""
    found = find_time_expressions(text, reference)
    assert len(found) == 1, found
    return found[0]


def values(text: str, reference: date | None = REF) -> list[tuple[str, str, str]]:
    return [(e.text, e.kind, e.value) for e in find_time_expressions(text, reference)]


def test_past_weekday_resolves_to_the_day_before_publication() -> None:
    text = "Israeli Channel Kan revealed on Saturday that the talks had stalled."
    e = only(text)
    assert (e.text, e.kind, e.value, e.day, e.relative) == (
        "Saturday",
        "DATE",
        "2025-07-12",
        date(2025, 7, 12),
        True,
    )
    assert text[e.start : e.end] == "Saturday"


def test_weekday_on_the_publication_day_itself() -> None:
    assert only("The minister said Sunday the offer was rejected.").value == "2025-07-13"


def test_future_weekday_looks_forward() -> None:
    assert only("The cabinet will vote on Tuesday on the proposal.").value == "2025-07-15"
    assert only("Talks are expected to resume Thursday in Doha.").value == "2025-07-17"


def test_next_and_last_weekday() -> None:
    assert only("Envoys meet again next Monday.").value == "2025-07-14"
    assert only("The convoy was hit last Friday near the border.").value == "2025-07-11"


def test_more_than_seven_months_ago_is_a_bounded_duration() -> None:
    e = only("The war began more than seven months ago, officials said.")
    assert (e.text, e.kind, e.value) == ("more than seven months ago", "DURATION", "P7M")
    assert e.day is None
    # anchored at the publication date: it reaches back to December 2024, and began before
    assert (e.mod, e.anchor) == ("MORE_THAN", "2024-12")


def test_bounded_durations_keep_their_bound_and_need_a_reference_for_the_anchor() -> None:
    e = only("The ceasefire collapsed less than two weeks ago.")
    assert (e.value, e.mod, e.anchor) == ("P2W", "LESS_THAN", "2025-W26")
    unanchored = only("The ceasefire collapsed less than two weeks ago.", reference=None)
    assert (unanchored.value, unanchored.mod, unanchored.anchor) == ("P2W", "LESS_THAN", None)
    assert only("The talks lasted more than seven months.").anchor is None  # not anchored


def test_plain_ago_resolves_at_the_unit_granularity() -> None:
    assert values("He left two years ago and returned three days ago.") == [
        ("two years ago", "DATE", "2023"),
        ("three days ago", "DATE", "2025-07-10"),
    ]
    assert only("The strike happened six weeks ago.").value == "2025-W22"


def test_last_december_is_the_previous_year() -> None:
    e = only("Fighting escalated last December.")
    assert (e.text, e.value, e.day, e.relative) == ("last December", "2024-12", None, True)


def test_year_less_dates_take_the_reference_year() -> None:
    e = only("The ceasefire took effect on July 7, according to the statement.")
    assert (e.text, e.value, e.day) == ("July 7", "2025-07-07", date(2025, 7, 7))
    assert only("The deal was signed on 3 March.").value == "2025-03-03"


def test_year_less_date_crosses_the_year_boundary() -> None:
    january = date(2025, 1, 10)
    assert only("The truce collapsed on Dec. 28 after a rocket strike.", january).value == (
        "2024-12-28"
    )
    december = date(2024, 12, 20)
    assert only("Elections will be held on Jan. 15, the commission said.", december).value == (
        "2025-01-15"
    )


def test_absolute_dates_need_no_reference() -> None:
    for reference in (REF, None):
        e = only("The agreement was reached on May 7, 2025, in Cairo.", reference)
        assert (e.text, e.value, e.day, e.relative) == (
            "May 7, 2025",
            "2025-05-07",
            date(2025, 5, 7),
            False,
        )
    assert only("It happened on 12 July 2024.", None).value == "2024-07-12"
    assert only("Filed 2024-02-29 in court.", None).value == "2024-02-29"


def test_month_year_and_bare_years() -> None:
    assert values("In May 2010 and again in 2013, the border closed.") == [
        ("May 2010", "DATE", "2010-05"),
        ("2013", "DATE", "2013"),
    ]
    e = only("The dispute dates back to the war since 1948.")
    assert (e.text, e.value, e.relative) == ("1948", "1948", False)


def test_numbers_that_are_not_years_are_ignored() -> None:
    assert find_time_expressions("About 2000 people fled and $1990 was paid.", REF) == []


def test_may_as_a_modal_is_not_a_month() -> None:
    assert find_time_expressions("May the talks succeed; officials may meet.", REF) == []
    assert only("The vote was held in May.").value == "2025-05"


def test_relative_weeks_months_years() -> None:
    assert values("This week the army withdrew, earlier this month it advanced.") == [
        ("This week", "DATE", "2025-W28"),
        ("earlier this month", "DATE", "2025-07"),
    ]
    assert only("Exports fell last year.").value == "2024"
    assert only("A new round is planned for next month.").value == "2025-08"


def test_parts_of_months_and_seasons() -> None:
    assert values("Talks stalled in late June and resumed this summer.") == [
        ("late June", "DATE", "2025-06"),
        ("this summer", "DATE", "2025-SU"),
    ]
    assert only("Protests began last winter.").value == "2024-WI"


def test_deictic_days_and_times_of_day() -> None:
    assert values("Yesterday the shelling stopped; tomorrow it may resume.") == [
        ("Yesterday", "DATE", "2025-07-12"),
        ("tomorrow", "DATE", "2025-07-14"),
    ]
    assert only("Sirens sounded last night in the north.").value == "2025-07-12TNI"
    e = only("The explosion happened on Friday afternoon.")
    assert (e.kind, e.value, e.day) == ("TIME", "2025-07-11TAF", date(2025, 7, 11))


def test_clock_times() -> None:
    e = only("The blast occurred at 10:35 a.m. local time.")
    assert (e.kind, e.value) == ("TIME", "2025-07-13T10:35")
    assert only("The curfew began at 8 p.m. Saturday.").value == "2025-07-12T20:00"
    assert only("The curfew starts at 8 p.m. Saturday.").value == "2025-07-19T20:00"


def test_durations() -> None:
    assert values("The siege lasted two weeks, a 30-day truce followed, then 2 1/2 years.") == [
        ("two weeks", "DURATION", "P2W"),
        ("30-day", "DURATION", "P30D"),
        ("2 1/2 years", "DURATION", "P2Y6M"),
    ]
    assert only("Negotiations could take several months.").value == "PXM"
    assert only("Rescuers searched for 36 hours.").value == "PT36H"


def test_ages_are_not_durations() -> None:
    assert find_time_expressions("A 25-year-old man, 52 years old, was arrested.", REF) == []


def test_vague_references() -> None:
    assert values("Now the group is currently weaker than it was recently.") == [
        ("Now", "DATE", "PRESENT_REF"),
        ("currently", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
    ]
    assert only("Aid will arrive in the near future.").value == "FUTURE_REF"


def test_decades_centuries_and_quarters() -> None:
    assert values("In the 1970s, the 20th century's worst crisis hit.") == [
        ("the 1970s", "DATE", "197X"),
        ("the 20th century", "DATE", "19"),
    ]
    assert only("Profit rose in the third quarter.").value == "2025-Q3"
    assert only("Output fell in the first quarter of 2024.").value == "2024-Q1"


def test_sets() -> None:
    assert values("Flights run daily and the board meets every Monday.") == [
        ("daily", "SET", "P1D"),
        ("every Monday", "SET", "XXXX-WXX-1"),
    ]
    assert only("The plant costs $5 million a year.").value == "P1Y"


def test_holidays() -> None:
    assert only("The rocket hit on Christmas Day.", date(2024, 12, 27)).value == "2024-12-25"
    assert only("Families gathered for Thanksgiving.", date(2025, 11, 29)).value == "2025-11-27"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Israeli Channel Kan revealed on Saturday that the talks stalled.", "XXXX-WXX-6"),
        ("Fighting escalated last December.", "XXXX-12"),
        ("Envoys meet again next Monday.", "XXXX-WXX-1"),
        ("The ceasefire took effect on July 7.", "XXXX-07-07"),
        ("The war began two years ago.", "PAST_REF"),
        ("This week the army withdrew.", "XXXX-WXX"),
        ("Exports fell last year.", "XXXX"),
        ("Yesterday the shelling stopped.", "XXXX-XX-XX"),
    ],
)
def test_relative_expressions_stay_underspecified_without_reference(text: str, value: str) -> None:
    e = only(text, None)
    assert (e.value, e.day, e.relative) == (value, None, True)


def test_weekday_pins_the_year_when_the_reference_is_unknown() -> None:
    # 29 February fell on a Saturday only in 2020 within the last fifteen years.
    e = only("Officials met on Saturday, Feb. 29 in Doha.", None)
    assert (e.value, e.day, e.relative) == ("2020-02-29", date(2020, 2, 29), True)
    # 12 July was a Saturday in both 2014 and 2025: the year stays open.
    assert only("Officials met on Saturday, July 12 in Doha.", None).value == "XXXX-07-12"


def test_offsets_index_the_original_text() -> None:
    text = "Reports on Monday, Oct. 26, 1998, and on 1 May described it."
    for e in find_time_expressions(text, REF):
        assert text[e.start : e.end] == e.text
    assert [e.text for e in find_time_expressions(text, REF)] == [
        "Monday, Oct. 26, 1998",
        "1 May",
    ]


def test_tense_cues_pick_the_weekday() -> None:
    assert only("Markets will stay closed until Friday.").value == "2025-07-18"
    assert only("They vowed to get around Wednesday's ruling, which they will appeal.").value == (
        "2025-07-09"
    )
    assert only("Ahead of the trip, the ministry on Friday issued a warning.").value == (
        "2025-07-11"
    )


def test_named_days_are_not_weekdays() -> None:
    assert find_time_expressions("Shares fell on what became Black Monday.", REF) == []
    assert find_time_expressions("Foreign Minister Jan Kavan said so.", REF) == []


def test_utc_times_carry_the_zone() -> None:
    assert only("The jet took off at 18:00 UTC on Tuesday.").value == "2025-07-08T18:00Z"


def test_dates_with_explicit_relation_and_short_years() -> None:
    assert only("He was shot last Oct. 23 at his home.").value == "2024-10-23"
    assert only("Profit fell in the first quarter of last year.").value == "2024-Q1"
    assert only("The roll-out date, written 7/8/07, was chosen on purpose.", None).value == (
        "2007-07-08"
    )


def test_narrative_offsets_are_not_anchored_to_publication() -> None:
    # "later"/"earlier" count from a time in the story, not from the publication date.
    assert values("Three days later the talks resumed, a year earlier they failed.") == [
        ("Three days", "DURATION", "P3D"),
        ("a year earlier", "DURATION", "P1Y"),
    ]
    e = only("The following month the company put itself up for sale.")
    assert (e.value, e.relative) == ("XXXX-XX", True)


def test_text_without_time_expressions() -> None:
    assert find_time_expressions("The minister denied the report.", REF) == []
    assert find_time_expressions("", None) == []


@pytest.mark.parametrize(
    "month",
    ["September", "late September", "early September", "mid-September", "the end of September"],
)
def test_a_qualified_month_takes_the_year_a_plain_month_takes(month: str) -> None:
    # Reported in January: a past September is last year's; announced in July, a coming one.
    january, july = date(2025, 1, 10), date(2025, 7, 13)
    assert only(f"Aid convoys reached the valley in {month}.", january).value == "2024-09"
    assert only(f"The envoys will meet again in {month}.", july).value == "2025-09"
    assert only(f"Aid convoys reached the valley in {month}.", july).value == "2024-09"


def test_a_name_ending_in_ed_is_not_a_past_tense_cue() -> None:
    # "United" and "Ahmed" are names, not past verbs: the month is the coming one, as bare.
    text = (
        "A meeting with President Ahmed al-Sharaa on the sidelines of the United Nations "
        "General Assembly in late September is possible, though unlikely."
    )
    assert only(text).value == "2025-09"
    assert only("The talks Ahmed proposed in mid-September were cancelled.").value == "2024-09"
    assert only("He would be traveling to the United States Thursday.").value == "2025-07-17"


def test_a_week_or_half_of_a_named_month_is_that_month_not_a_week_before_publication() -> None:
    # Reported in February: the last week of September is last September's, not last week.
    february = date(2024, 2, 1)
    e = only("The storm hit the coast in the last week of September.", february)
    assert (e.text, e.value) == ("the last week of September", "2023-09")
    e = only("The talks resume in the first week of March.", february)
    assert (e.text, e.value) == ("the first week of March", "2024-03")
    assert values("Prices fell in the last week, traders said.", february) == [
        ("the last week", "DATE", "2024-W04")
    ]
    assert only("The first half of 2024 was calm.", february).value == "2024-H1"
