"""Reference solution: where the course's events crowd together and where they thin out."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict

YEAR = re.compile(r"^(\d{4})(?:-\d{2}){0,2}$")


def read_events(path: str) -> list[dict[str, str]]:
    """Every row of the events file, as dictionaries of text keyed by the header."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def decade_of(date: str) -> int:
    """The decade a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date falls in, as its first year."""
    match = YEAR.match(date)
    if match is None:
        raise ValueError(f"{date!r} is not a date like 1954, 1954-05 or 1954-05-19")
    return int(match[1]) // 10 * 10


def count_by_decade(path: str, lesson: int | None = None) -> dict[int, int]:
    """How many events start in each decade, for one lesson or (``lesson=None``) for all."""
    counts: Counter[int] = Counter()
    for row in read_events(path):
        if lesson is None or int(row["lesson"]) == lesson:
            counts[decade_of(row["date"])] += 1
    return dict(counts)


def group_by_year(path: str, lesson: int) -> dict[int, list[str]]:
    """The ids of one lesson's events, grouped by the year they start, in file order."""
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for row in read_events(path):
        if int(row["lesson"]) == lesson:
            groups[int(row["date"][:4])].append(row["id"])
    return dict(groups)


def quiet_spells(path: str, lesson: int, min_years: int) -> list[list[int]]:
    """Runs of at least ``min_years`` years without an event, inside one lesson's span."""
    years = group_by_year(path, lesson)
    if not years:
        return []
    spells: list[list[int]] = []
    run_start: int | None = None
    for year in range(min(years), max(years) + 1):
        if year not in years:
            if run_start is None:
                run_start = year
            continue
        if run_start is not None and year - run_start >= min_years:
            spells.append([run_start, year - 1])
        run_start = None
    return spells
