"""Reference solution for exercise 02-rebuild-chronology.

Put shuffled events back in order with a sort key that handles dates known only to the
year or the month, then use the rebuilt chronology to answer questions about sequence.
"""

from __future__ import annotations

import csv
import random


def read_shuffled(path: str, seed: int = 1949) -> list[dict[str, str]]:
    """The rows of an events file as dicts, in a shuffled but repeatable order."""
    with open(path, encoding="utf-8", newline="") as handle:
        events = list(csv.DictReader(handle))
    random.Random(seed).shuffle(events)
    return events


def date_key(text: str) -> tuple[int, int, int]:
    """(year, month, day) for sorting; a part the date does not give counts as 0.

    >>> date_key("1954")
    (1954, 0, 0)
    """
    numbers = [int(part) for part in text.split("-")]
    year, month, day = numbers + [0] * (3 - len(numbers))
    return year, month, day


def sort_events(events: list[dict[str, str]]) -> list[dict[str, str]]:
    """A new list of the events in date order; events with the same date in order of id."""
    return sorted(events, key=lambda event: (date_key(event["date"]), event["id"]))


def events_between(path: str, start: str, end: str) -> list[str]:
    """The ids of the events whose date key lies from date_key(start) to date_key(end),
    both included, in chronological order.
    """
    low, high = date_key(start), date_key(end)
    chronology = sort_events(read_shuffled(path))
    return [event["id"] for event in chronology if low <= date_key(event["date"]) <= high]


def came_first(path: str, first_id: str, second_id: str) -> str:
    """Whichever of the two ids comes earlier in the chronology; ValueError for an unknown id."""
    order = [event["id"] for event in sort_events(read_shuffled(path))]
    for event_id in (first_id, second_id):
        if event_id not in order:
            raise ValueError(f"no event has the id {event_id!r}")
    return min(first_id, second_id, key=order.index)
