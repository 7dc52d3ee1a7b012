"""Validate the events file: find the bad rows and say clearly what is wrong with each.

The course keeps its events in one CSV file with the columns in COLUMNS. Dates are
written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precisely as the source allows.
You will write four functions, one per task in README.md. The checks call them with
the paths of the files to read; do not write any paths into this module.
"""

from __future__ import annotations

import calendar  # noqa: F401 # task 1: calendar.monthrange(year, month) gives the days in a month
import csv  # noqa: F401 # task 3: csv.DictReader reads a file as one dict per row

# These are given; they are not the point of the exercise.
COLUMNS: tuple[str, ...] = ("id", "date", "end_date", "title", "lesson", "summary", "source", "confidence")
OPTIONAL: frozenset[str] = frozenset({"end_date"})  # the only column that may be empty
LESSONS: tuple[str, ...] = ("1", "2", "3", "4")
CONFIDENCE_LEVELS: tuple[str, ...] = ("high", "medium")
DATE_SHAPE = "a date like 1954, 1954-05 or 1954-05-19"
PRECISIONS: tuple[str, ...] = ("year", "month", "day")  # by the number of parts a date gives


def parse_date(text: str) -> tuple[int, ...]:
    """Split ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (year,), (year, month) or (year, month, day).

    The year has four digits, the month and the day two. The tuple holds only the
    parts the text gives, so its length is the date's precision. Raise ValueError
    for any other text, for a month outside 1 to 12 and for a day that the month
    does not have.

    >>> parse_date("1954-05-19")
    (1954, 5, 19)
    >>> parse_date("1948-04")
    (1948, 4)
    >>> parse_date("1957")
    (1957,)
    >>> parse_date("19/05/1954")
    Traceback (most recent call last):
    ValueError: '19/05/1954' is not a date like 1954, 1954-05 or 1954-05-19
    """
    # TODO (student): task 1. Split the text on "-", check each part, return the numbers as a tuple.
    raise NotImplementedError("task 1: parse_date")


def validate_row(row: dict[str, str | None]) -> list[str]:
    """Every problem in one row, at most one per column, in the order of COLUMNS.

    ``row`` maps column names to values, as csv.DictReader gives them. A missing
    key or a None value counts as empty. The problems are worded exactly as the
    table in README.md says; a good row gives an empty list.

    >>> row = {"id": "mdaa", "date": "1954-05-19", "end_date": "", "title": "MDAA", "lesson": "1",
    ...        "summary": "Aid agreement", "source": "kux-disenchanted", "confidence": "high"}
    >>> validate_row(row)
    []
    >>> for problem in validate_row({**row, "date": "19 May 1954", "confidence": "sure"}):
    ...     print(problem)
    date '19 May 1954' is not a date like 1954, 1954-05 or 1954-05-19
    confidence must be high or medium, not 'sure'
    """
    # TODO (student): task 2. Check each column in turn and collect the problems in a list.
    raise NotImplementedError("task 2: validate_row")


def load_events(path: str) -> tuple[list[dict[str, str]], list[str]]:
    """The valid rows of an events file, and one ``line N: problem`` report per problem.

    The header is line 1, so the first row is line 2. A row with more values than
    COLUMNS gives the single report ``line N: has 9 values, not 8; put double quotes
    around a value that contains a comma`` (with its real count). Rows with no
    problem are returned unchanged, in file order. Raise ValueError, naming the
    expected header, when the header is not exactly COLUMNS.

    For a file whose line 3 has the date "October 1918":

    >>> rows, problems = load_events("events-with-a-bad-date.csv")
    >>> problems
    ["line 3: date 'October 1918' is not a date like 1954, 1954-05 or 1954-05-19"]
    """
    # TODO (student): task 3. Read the file with csv.DictReader and report every problem by line.
    raise NotImplementedError("task 3: load_events")


def precision_table(path: str) -> dict[str, dict[str, int]]:
    """Count the valid rows by the precision of their start date and by confidence.

    The keys are the PRECISIONS "year", "month" and "day" (the most precise part the
    date gives), each holding a count for "high" and for "medium"; every count is
    present, even when it is 0. Rows that load_events rejects are not counted.

    >>> precision_table("two-good-rows.csv")
    {'year': {'high': 0, 'medium': 0}, 'month': {'high': 1, 'medium': 0}, 'day': {'high': 1, 'medium': 0}}
    """
    # TODO (student): task 4. Use load_events and parse_date, and count each valid row once.
    raise NotImplementedError("task 4: precision_table")
