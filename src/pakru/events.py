"""Load and validate the course's events file, the one source of truth for dates.

The file is ``data/events.csv``. Each row is one event with the columns listed in
:data:`COLUMNS`. Dates are ISO 8601 with the precision the sources support:
``1954``, ``1954-05`` or ``1954-05-19``. Nothing here imports Sphinx, so the
exercises and quizzes can use the same loader.
"""

from __future__ import annotations

import calendar
import csv
import re
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "end_date",
    "title",
    "lesson",
    "summary",
    "source",
    "confidence",
)
CONFIDENCE_LEVELS: tuple[str, ...] = ("high", "medium", "low")
LESSONS: dict[int, str] = {
    1: "The historical legacy, to 1954",
    2: "The Cold War, 1954–1991",
    3: "The revival, 1991–2021",
    4: "Future prospects, 2021 onward",
}

_DATE_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class EventsError(ValueError):
    """A problem in the events file, worded for the person who edits it."""


class Precision(IntEnum):
    """How much of a date the sources support."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        >>> PartialDate.parse("1948-05")
        PartialDate(year=1948, month=5, day=0)
        """
        match = _DATE_PATTERN.match(text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not a date like 1954, 1954-05 or 1954-05-19")
        year = int(match["year"])
        month = int(match["month"] or 0)
        day = int(match["day"] or 0)
        if match["month"] is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        if match["day"] is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValueError(f"{text!r} has no day {day} in that month")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day:
            return Precision.DAY
        if self.month:
            return Precision.MONTH
        return Precision.YEAR

    def as_fractional_year(self) -> float:
        """Position on a time axis; an unknown month or day sits at its middle."""
        if self.precision is Precision.YEAR:
            return self.year + 0.5
        days_in_year = 366 if calendar.isleap(self.year) else 365
        month_start = sum(calendar.monthrange(self.year, m)[1] for m in range(1, self.month))
        month_length = calendar.monthrange(self.year, self.month)[1]
        day_offset = self.day - 0.5 if self.day else month_length / 2
        return self.year + (month_start + day_offset) / days_in_year

    def isoformat(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def display(self) -> str:
        """The course's house style: ``19 May 1954``, ``May 1954`` or ``1954``."""
        if self.precision is Precision.YEAR:
            return str(self.year)
        month_name = calendar.month_name[self.month]
        if self.precision is Precision.MONTH:
            return f"{month_name} {self.year}"
        return f"{self.day} {month_name} {self.year}"


@dataclass(frozen=True)
class Event:
    """One row of the events file."""

    id: str
    date: PartialDate
    end_date: PartialDate | None
    title: str
    lesson: int
    summary: str
    source: str
    confidence: str

    def display_dates(self) -> str:
        """The date at the row's precision, or a range such as ``24–26 October 1974``."""
        return display_date_range(self.date, self.end_date)


def display_date_range(start: PartialDate, end: PartialDate | None) -> str:
    """House style for a date or a range: the parts the two ends share are written once.

    Ranges take a closed en dash: ``24–26 October 1974``, ``April–May 1965``,
    ``30 September–1 October 2024``, ``25 December 1979–15 February 1989``, ``1922–1927``.
    """
    if end is None or end == start:
        return start.display()
    same_precision = start.precision == end.precision
    if same_precision and start.year == end.year and start.precision is not Precision.YEAR:
        if start.precision is Precision.DAY and start.month == end.month:
            return f"{start.day}–{end.display()}"
        if start.precision is Precision.DAY:
            return f"{start.day} {calendar.month_name[start.month]}–{end.display()}"
        return f"{calendar.month_name[start.month]}–{end.display()}"
    return f"{start.display()}–{end.display()}"


def parse_event(row: dict[str, str], where: str) -> Event:
    """Build an :class:`Event` from one CSV row; ``where`` names the row in errors."""
    missing = [column for column in COLUMNS if not (row.get(column) or "").strip()]
    missing = [column for column in missing if column != "end_date"]
    if missing:
        raise EventsError(f"{where}: empty column(s) {', '.join(missing)}; fill them in")
    event_id = row["id"].strip()
    if not _ID_PATTERN.match(event_id):
        raise EventsError(
            f"{where}: id {event_id!r} must be lower-case words joined by hyphens, "
            "such as 'tashkent-declaration'"
        )
    try:
        start = PartialDate.parse(row["date"])
        end_text = (row.get("end_date") or "").strip()
        end = PartialDate.parse(end_text) if end_text else None
    except ValueError as error:
        raise EventsError(f"{where}: {error}") from None
    if end is not None and end < start:
        raise EventsError(f"{where}: end_date {end.isoformat()} is before date {start.isoformat()}")
    lesson_text = row["lesson"].strip()
    if not lesson_text.isdigit() or int(lesson_text) not in LESSONS:
        raise EventsError(f"{where}: lesson must be one of {sorted(LESSONS)}, not {lesson_text!r}")
    confidence = row["confidence"].strip()
    if confidence not in CONFIDENCE_LEVELS:
        raise EventsError(
            f"{where}: confidence must be one of {', '.join(CONFIDENCE_LEVELS)}, not {confidence!r}"
        )
    return Event(
        id=event_id,
        date=start,
        end_date=end,
        title=row["title"].strip(),
        lesson=int(lesson_text),
        summary=row["summary"].strip(),
        source=row["source"].strip(),
        confidence=confidence,
    )


def load_events(path: Path) -> list[Event]:
    """Read and validate the events file; events come back in date order.

    Raises :class:`EventsError` with the file and line of the first bad row.
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = tuple(reader.fieldnames or ())
            if header != COLUMNS:
                raise EventsError(f"{path}: the header must be {','.join(COLUMNS)}, not {','.join(header)}")
            events = [parse_event(row, f"{path}:{reader.line_num}") for row in reader]
    except FileNotFoundError:
        raise EventsError(f"{path}: no events file here; check the path") from None
    except UnicodeDecodeError:
        raise EventsError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    seen: set[str] = set()
    for event in events:
        if event.id in seen:
            raise EventsError(f"{path}: the id {event.id!r} is used twice; ids must be unique")
        seen.add(event.id)
    return sorted(events, key=lambda event: (event.date, event.id))


def events_for_lesson(events: list[Event], lesson: int | None) -> list[Event]:
    """The events of one lesson, or all of them when ``lesson`` is ``None``."""
    return [event for event in events if lesson is None or event.lesson == lesson]
