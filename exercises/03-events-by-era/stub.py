"""Busy years and quiet years in the course's events file.

You will count the events of ``data/events.csv`` by decade, group one lesson's events
by year and find the stretches of years in which nothing was recorded. An event
belongs to the year of its ``date`` column (the day it started); ignore ``end_date``.
Use only the standard library: ``collections.Counter`` and ``collections.defaultdict``
do most of the work.
"""

from __future__ import annotations

import csv


def read_events(path: str) -> list[dict[str, str]]:
    """Return every row of the events file at ``path`` as a dictionary of text.

    This helper is complete. Each row looks like ``{"id": "seato", "date": "1954-09-08",
    "end_date": "", "lesson": "2", ...}``: every value, including ``lesson``, is a string.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def decade_of(date: str) -> int:
    """Return the decade of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date as its first year.

    Raise ValueError for text that is not a date in one of those forms.

    >>> decade_of("1948-05-01")
    1940
    >>> decade_of("1960")
    1960
    """
    # TODO (student): task 1. Check the form of the text, take the year and round it down to its decade.
    raise NotImplementedError("task 1: decade_of")


def count_by_decade(path: str, lesson: int | None = None) -> dict[int, int]:
    """Return how many events start in each decade: all events, or only one lesson's.

    Decades without events are left out, so a lesson with no events gives ``{}``.

    >>> count_by_decade("three-events.csv")  # events in 1954, 1955 and 1961
    {1950: 2, 1960: 1}
    """
    # TODO (student): task 2. Count the decades of the chosen rows with a collections.Counter.
    raise NotImplementedError("task 2: count_by_decade")


def group_by_year(path: str, lesson: int) -> dict[int, list[str]]:
    """Return the ids of one lesson's events grouped by the year they start, in file order.

    >>> group_by_year("few-events.csv", 1)  # lesson 1 rows: a (1991), b (1990), c (1991)
    {1991: ['test-a', 'test-c'], 1990: ['test-b']}
    """
    # TODO (student): task 3. Collect the ids into a collections.defaultdict(list) keyed by year.
    raise NotImplementedError("task 3: group_by_year")


def quiet_spells(path: str, lesson: int, min_years: int) -> list[list[int]]:
    """Return the runs of at least ``min_years`` consecutive years without one of the lesson's events.

    Only the years between the lesson's first and last event years are considered.
    Each run is ``[first_quiet_year, last_quiet_year]``; runs come in order. A lesson
    with no events gives ``[]``.

    >>> quiet_spells("sparse.csv", 1, 2)  # lesson 1 events in 1960, 1961, 1965 and 1967
    [[1962, 1964]]
    """
    # TODO (student): task 4. Walk through the years of the lesson's span and collect the long empty runs.
    raise NotImplementedError("task 4: quiet_spells")
