"""A timeline of the course's events in plain text, at two scales.

You will format one event as a line, wrap long titles to a width, group the events
of ``data/events.csv`` by decade under headings, and draw a chart with one row per
year or group of years. Every line of the timeline shows an event's ``date`` (the day
it started) in a column ten characters wide, then its title; medium-confidence events
carry a mark. Use only the standard library (``csv``, ``textwrap`` and
``collections`` are enough). The checks pass in the path of the file to read; do not
write any paths into this module.
"""

from __future__ import annotations

import csv

DATE_WIDTH = 10  # the width of the date column: "1966-01-10" fills it, "1970" is padded
GAP = "  "  # between the date column and the title, and between a label and its bar
INDENT = DATE_WIDTH + len(GAP)  # where a title starts, and where its wrapped lines start
MIN_WIDTH = INDENT + 12  # the narrowest width that leaves room for a title
MEDIUM_MARK = " (?)"  # added to the title of a medium-confidence event
BAR = "#"  # one per event in year_chart


def read_events(path: str) -> list[dict[str, str]]:
    """Return every row of the events file at ``path`` as a dictionary of text.

    This helper is complete. Each row looks like ``{"id": "seato", "date": "1954-09-08",
    "title": "Pakistan signs the Manila Pact (SEATO)", "lesson": "2", "confidence": "high",
    ...}``: every value, including ``lesson``, is a string.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def event_line(date: str, title: str, confidence: str = "high") -> str:
    """Return one timeline line: the date padded to DATE_WIDTH, GAP, then the title.

    A ``"medium"`` confidence adds MEDIUM_MARK to the title; a confidence other than
    ``"high"`` or ``"medium"`` raises ValueError.

    >>> event_line("1966-01-10", "Tashkent Declaration signed")
    '1966-01-10  Tashkent Declaration signed'
    >>> event_line("1970", "Yahya Khan's state visit to Moscow", "medium")
    "1970        Yahya Khan's state visit to Moscow (?)"
    """
    # TODO (student): task 1. Pad the date with str.ljust, mark the title if needed and join the pieces.
    raise NotImplementedError("task 1: event_line")


def wrap_event(date: str, title: str, confidence: str, width: int) -> list[str]:
    """Return the event's line wrapped to ``width`` as a list of lines.

    The first line starts like ``event_line``'s; each further line starts with INDENT
    spaces. The (marked) title wraps as ``textwrap.wrap`` wraps with its default
    settings. Raise ValueError if ``width`` is less than MIN_WIDTH, or for an unknown
    confidence.

    >>> wrap_event("1971-08-09", "Indo-Soviet Treaty of Peace, Friendship and Cooperation", "high", 40)
    ['1971-08-09  Indo-Soviet Treaty of Peace,', '            Friendship and Cooperation']
    """
    # TODO (student): task 2. Let textwrap.wrap do the wrapping, with the right indents.
    raise NotImplementedError("task 2: wrap_event")


def decade_timeline(path: str, width: int, lesson: int | None = None) -> list[str]:
    """Return the events (all, or one lesson's) as timeline lines grouped under decade headings.

    Events are sorted by their ``date`` text, then by ``id``. Each decade with events
    gets a heading such as ``"1990s"`` followed by its events' wrapped lines; an empty
    string separates one decade from the next. No events give ``[]``.

    >>> decade_timeline("two-events.csv", 40)  # events on 1968-04-17 and in 1971-12
    ['1960s', '1968-04-17  Invented event A', '', '1970s', '1971-12     Invented event C']
    """
    # TODO (student): task 3. Sort the chosen rows and add a heading whenever the decade changes.
    raise NotImplementedError("task 3: decade_timeline")


def year_chart(path: str, first_year: int, last_year: int, step: int = 1) -> list[str]:
    """Return one row per ``step`` years from ``first_year`` to ``last_year``: a label and a bar.

    A label is ``"1971"`` for a group of one year and ``"1970-1974"`` otherwise; labels
    are padded to the longest one, then come GAP and one BAR per event of the whole file
    that starts in the group. Rows without events end at their label. Raise ValueError
    if ``step`` is less than 1 or ``first_year`` is later than ``last_year``.

    >>> year_chart("three-events.csv", 1970, 1976, 5)  # events in 1970, 1970 and 1971
    ['1970-1974  ###', '1975-1976']
    """
    # TODO (student): task 4. Count the events by year, build the labels, then pad them and add the bars.
    raise NotImplementedError("task 4: year_chart")
