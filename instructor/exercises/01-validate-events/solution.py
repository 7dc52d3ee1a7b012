"""Reference solution for exercise 01-validate-events.

Read the course's events file with the csv module, check every row and report each
problem with the line it is on, so that the person who edits the file can fix it.
"""

from __future__ import annotations

import calendar
import csv

COLUMNS: tuple[str, ...] = ("id", "date", "end_date", "title", "lesson", "summary", "source", "confidence")
OPTIONAL: frozenset[str] = frozenset({"end_date"})
LESSONS: tuple[str, ...] = ("1", "2", "3", "4")
CONFIDENCE_LEVELS: tuple[str, ...] = ("high", "medium")
DATE_SHAPE = "a date like 1954, 1954-05 or 1954-05-19"
PRECISIONS: tuple[str, ...] = ("year", "month", "day")  # by the number of parts a date gives


def parse_date(text: str) -> tuple[int, ...]:
    """Split ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (year,), (year, month) or (year, month, day).

    >>> parse_date("1948-04")
    (1948, 4)
    """
    parts = text.split("-")
    well_formed = len(parts) <= 3 and all(
        len(part) == width and part.isascii() and part.isdigit()
        for part, width in zip(parts, (4, 2, 2), strict=False)
    )
    if not well_formed:
        raise ValueError(f"{text!r} is not {DATE_SHAPE}")
    numbers = tuple(int(part) for part in parts)
    if len(numbers) > 1 and not 1 <= numbers[1] <= 12:
        raise ValueError(f"{text!r} has no month {numbers[1]}")
    if len(numbers) > 2 and not 1 <= numbers[2] <= calendar.monthrange(*numbers[:2])[1]:
        raise ValueError(f"{text!r}: that month has no day {numbers[2]}")
    return numbers


def validate_row(row: dict[str, str | None]) -> list[str]:
    """Every problem in one row, at most one per column, in the order of COLUMNS.

    >>> row = {"id": "mdaa", "date": "1954-05-19", "end_date": "", "title": "MDAA", "lesson": "1",
    ...        "summary": "Aid agreement", "source": "kux-disenchanted", "confidence": "high"}
    >>> validate_row(row)
    []
    >>> for problem in validate_row({**row, "date": "19 May 1954", "confidence": "sure"}):
    ...     print(problem)
    date '19 May 1954' is not a date like 1954, 1954-05 or 1954-05-19
    confidence must be high or medium, not 'sure'
    """
    problems: list[str] = []
    for column in COLUMNS:
        value = row.get(column) or ""
        if not value:
            if column not in OPTIONAL:
                problems.append(f"{column} is empty")
        elif column in ("date", "end_date"):
            try:
                parse_date(value)
            except ValueError:
                problems.append(f"{column} '{value}' is not {DATE_SHAPE}")
        elif column == "lesson" and value not in LESSONS:
            problems.append(f"lesson must be 1, 2, 3 or 4, not '{value}'")
        elif column == "confidence" and value not in CONFIDENCE_LEVELS:
            problems.append(f"confidence must be high or medium, not '{value}'")
    return problems


def load_events(path: str) -> tuple[list[dict[str, str]], list[str]]:
    """The valid rows of an events file, and one ``line N: problem`` report per problem.

    Raises ValueError when the header is not exactly COLUMNS.
    """
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = tuple(reader.fieldnames or ())
        if header != COLUMNS:
            raise ValueError(f"{path}: the header must be {','.join(COLUMNS)}, not {','.join(header)}")
        for row in reader:
            where = f"line {reader.line_num}"
            if None in row:
                count = len(COLUMNS) + len(row[None])
                problems.append(
                    f"{where}: has {count} values, not {len(COLUMNS)}; "
                    "put double quotes around a value that contains a comma"
                )
                continue
            found = validate_row(row)
            problems += [f"{where}: {problem}" for problem in found]
            if not found:
                rows.append(row)
    return rows, problems


def precision_table(path: str) -> dict[str, dict[str, int]]:
    """How many valid rows have a start date known to the day, the month or the year only,
    counted separately for each confidence level.
    """
    table = {precision: dict.fromkeys(CONFIDENCE_LEVELS, 0) for precision in PRECISIONS}
    rows, _problems = load_events(path)
    for row in rows:
        precision = PRECISIONS[len(parse_date(row["date"])) - 1]
        table[precision][row["confidence"]] += 1
    return table
