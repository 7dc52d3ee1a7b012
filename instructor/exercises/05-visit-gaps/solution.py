"""Reference solution: the long silences between leader-level visits."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from itertools import pairwise

DAYS_PER_YEAR = 365.25
COURSE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def day_range(text: str) -> list[str]:
    """The first and the last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date can stand for."""
    match = COURSE_DATE.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a date like 1999, 1999-04 or 1999-04-19")
    year, month, day = match.groups()
    if day is not None:
        first = last = date(int(year), int(month), int(day))
    elif month is not None:
        first = date(int(year), int(month), 1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = following - timedelta(days=1)
    else:
        first, last = date(int(year), 1, 1), date(int(year), 12, 31)
    return [first.isoformat(), last.isoformat()]


def load_visits(path: str, hosts: list[str], include_multilateral: bool = False) -> list[list[str]]:
    """``[id, first_day, last_day]`` for each visit to one of ``hosts``, in order of first day."""
    visits: list[list[str]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["to_country"] not in hosts:
                continue
            if row["kind"] != "bilateral" and not include_multilateral:
                continue
            first = day_range(row["date"])[0]
            last = day_range(row["end_date"] or row["date"])[1]
            visits.append([row["id"], first, last])
    return sorted(visits, key=lambda visit: (visit[1], visit[0]))


def gaps(visits: list[list[str]]) -> list[list[object]]:
    """``[earlier_id, later_id, days]`` for each pair of neighbouring visits; never below 0."""
    result: list[list[object]] = []
    for earlier, later in pairwise(visits):
        days = (date.fromisoformat(later[1]) - date.fromisoformat(earlier[2])).days
        result.append([earlier[0], later[0], max(days, 0)])
    return result


def longest_silence(
    path: str, hosts: list[str], include_multilateral: bool = False, until: str | None = None
) -> dict[str, object]:
    """The longest gap between visits to ``hosts``, optionally counting the silence up to ``until``."""
    visits = load_visits(path, hosts, include_multilateral)
    candidates = gaps(visits)
    if until is not None and visits:
        last_id, _, last_day = visits[-1]
        days = (date.fromisoformat(until) - date.fromisoformat(last_day)).days
        candidates.append([last_id, "", max(days, 0)])  # "": no visit has ended it yet
    if not candidates:
        raise ValueError(f"no gap to measure: {len(visits)} visit(s) to {', '.join(hosts)}")
    after, before, days = max(candidates, key=lambda gap: gap[2])  # max keeps the first of equals
    return {"after": after, "before": before, "days": days, "years": round(days / DAYS_PER_YEAR, 1)}
