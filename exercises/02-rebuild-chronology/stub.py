"""Rebuild a chronology: sort shuffled events by date, even when a date is known only in part.

Course dates are written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. The rule for sorting
them (see README.md): a part the date does not give counts as 0, so a date known only to
the year sorts at the start of that year, and events with the same date sort by id.
You will write four functions, one per task in README.md. The checks pass in the events
or the path of the file to read; do not write any paths into this module.
"""

from __future__ import annotations

import csv
import random


def read_shuffled(path: str, seed: int = 1949) -> list[dict[str, str]]:
    """The rows of an events file as dicts, in a shuffled but repeatable order.

    Given complete: use it in tasks 3 and 4 so that the order has to be rebuilt.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        events = list(csv.DictReader(handle))
    random.Random(seed).shuffle(events)
    return events


def date_key(text: str) -> tuple[int, int, int]:
    """(year, month, day) for sorting; a part the date does not give counts as 0.

    >>> date_key("1954-05-19")
    (1954, 5, 19)
    >>> date_key("1948-04")
    (1948, 4, 0)
    >>> date_key("1957")
    (1957, 0, 0)
    """
    # TODO (student): task 1. Split the date on "-", turn the parts into ints and pad with 0.
    raise NotImplementedError("task 1: date_key")


def sort_events(events: list[dict[str, str]]) -> list[dict[str, str]]:
    """A new list of the same event dicts in date order; events with the same date in order of id.

    Each event has at least the keys "id" and "date". The list passed in is not changed.

    >>> shuffled = [{"id": "b", "date": "1954-05-19"}, {"id": "a", "date": "1954"}]
    >>> [event["id"] for event in sort_events(shuffled)]
    ['a', 'b']
    """
    # TODO (student): task 2. Call sorted() with a key function built on date_key and the id.
    raise NotImplementedError("task 2: sort_events")


def events_between(path: str, start: str, end: str) -> list[str]:
    """The ids of the events in the file whose date key lies from date_key(start) to
    date_key(end), both included, in chronological order.

    >>> events_between("events.csv", "1971-12-16", "1971-12-16")
    ['dhaka-surrender']
    """
    # TODO (student): task 3. Read with read_shuffled, sort, and keep the events inside the bounds.
    raise NotImplementedError("task 3: events_between")


def came_first(path: str, first_id: str, second_id: str) -> str:
    """Whichever of the two ids comes earlier in the chronology rebuilt by sort_events.

    Raise ValueError, naming the id, when either id is not in the file.

    >>> came_first("events.csv", "seato", "october-revolution")
    'october-revolution'
    """
    # TODO (student): task 4. Rebuild the chronology and compare the positions of the two ids.
    raise NotImplementedError("task 4: came_first")
