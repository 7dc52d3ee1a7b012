"""The events file loads, and bad rows get one clear line naming the file and row."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import EVENTS_FILE
from pakru.events import COLUMNS, Event, EventsError, PartialDate, load_events

HEADER = ",".join(COLUMNS)
GOOD_ROW = "tashkent,1966-01-10,,Tashkent Declaration,2,Summary.,tashkent-declaration-1966,high"


def write_events(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "events.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_course_events_load_in_date_order() -> None:
    events = load_events(EVENTS_FILE)
    assert len(events) >= 60
    assert [event.date for event in events] == sorted(event.date for event in events)
    assert {event.lesson for event in events} == {1, 2, 3, 4}


def test_course_events_have_known_anchor_dates() -> None:
    by_id = {event.id: event for event in load_events(EVENTS_FILE)}
    assert by_id["anglo-russian-convention"].date == PartialDate(1907, 8, 31)
    assert by_id["ussr-founded"].date == PartialDate(1922, 12, 30)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Bad Id,1966-01-10,,T,2,S,k,high", "lower-case words joined by hyphens"),
        ("x,1966-13-10,,T,2,S,k,high", "has no month 13"),
        ("x,1966-02-30,,T,2,S,k,high", "has no day 30"),
        ("x,10/01/1966,,T,2,S,k,high", "is not a date like 1954"),
        ("x,1966-01-10,1965,T,2,S,k,high", "is before date"),
        ("x,1966-01-10,,T,9,S,k,high", "lesson must be one of"),
        ("x,1966-01-10,,T,2,S,k,certain", "confidence must be one of"),
        ("x,1966-01-10,,,2,S,k,high", "empty column(s) title"),
    ],
)
def test_bad_rows_are_named_with_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write_events(tmp_path, GOOD_ROW, row)
    with pytest.raises(EventsError) as raised:
        load_events(path)
    assert message in str(raised.value)
    assert str(raised.value).startswith(f"{path}:3:")
    assert "\n" not in str(raised.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(EventsError, match="used twice"):
        load_events(write_events(tmp_path, GOOD_ROW, GOOD_ROW))


def test_wrong_header_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EventsError, match="the header must be"):
        load_events(write_events(tmp_path, GOOD_ROW, header="id,date,title"))


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(EventsError, match="no events file here"):
        load_events(tmp_path / "absent.csv")


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("1966-01-10", None, "10 January 1966"),
        ("1948-05", None, "May 1948"),
        ("1957", None, "1957"),
        ("1966-01-04", "1966-01-10", "4–10 January 1966"),
        ("1979-12-25", "1989-02-15", "25 December 1979–15 February 1989"),
        ("1974-10-24", "1974-11-02", "24 October–2 November 1974"),
        ("2024-09-30", "2024-10-01", "30 September–1 October 2024"),
        ("1965-04", "1965-05", "April–May 1965"),
        ("1922", "1927", "1922–1927"),
        ("1979-12", "1980", "December 1979–1980"),
    ],
)
def test_dates_display_in_house_style(start: str, end: str | None, shown: str) -> None:
    event = Event(
        "x",
        PartialDate.parse(start),
        PartialDate.parse(end) if end else None,
        "T",
        1,
        "S",
        "k",
        "high",
    )
    assert event.display_dates() == shown


dates = st.dates(min_value=__import__("datetime").date(1800, 1, 1)).flatmap(
    lambda day: st.sampled_from(
        [
            PartialDate(day.year),
            PartialDate(day.year, day.month),
            PartialDate(day.year, day.month, day.day),
        ]
    )
)


@given(dates)
def test_iso_text_round_trips(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date


@given(dates, dates)
def test_axis_position_respects_day_order(first: PartialDate, second: PartialDate) -> None:
    if first.precision == second.precision == 3 and first < second:
        assert first.as_fractional_year() < second.as_fractional_year()
    assert first.year <= first.as_fractional_year() < first.year + 1
