"""Reference solution: a plain-text timeline of the course's events, at two scales."""

from __future__ import annotations

import csv
import textwrap
from collections import Counter

DATE_WIDTH = 10
GAP = "  "
INDENT = DATE_WIDTH + len(GAP)
MIN_WIDTH = INDENT + 12
MEDIUM_MARK = " (?)"
BAR = "#"


def read_events(path: str) -> list[dict[str, str]]:
    """Every row of the events file, as dictionaries of text keyed by the header."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _marked(title: str, confidence: str) -> str:
    if confidence == "high":
        return title
    if confidence == "medium":
        return title + MEDIUM_MARK
    raise ValueError(f"confidence must be 'high' or 'medium', not {confidence!r}")


def event_line(date: str, title: str, confidence: str = "high") -> str:
    """One timeline line: the date padded to ten characters, two spaces, the (marked) title."""
    return date.ljust(DATE_WIDTH) + GAP + _marked(title, confidence)


def wrap_event(date: str, title: str, confidence: str, width: int) -> list[str]:
    """The event's line wrapped to ``width``, continuation lines indented under the title."""
    if width < MIN_WIDTH:
        raise ValueError(f"width must be at least {MIN_WIDTH}, not {width}")
    return textwrap.wrap(
        _marked(title, confidence),
        width=width,
        initial_indent=date.ljust(DATE_WIDTH) + GAP,
        subsequent_indent=" " * INDENT,
    )


def decade_timeline(path: str, width: int, lesson: int | None = None) -> list[str]:
    """The events in date order under a heading per decade, decades apart by a blank line."""
    rows = [row for row in read_events(path) if lesson is None or int(row["lesson"]) == lesson]
    lines: list[str] = []
    current: int | None = None
    for row in sorted(rows, key=lambda row: (row["date"], row["id"])):
        decade = int(row["date"][:4]) // 10 * 10
        if decade != current:
            if current is not None:
                lines.append("")
            lines.append(f"{decade}s")
            current = decade
        lines += wrap_event(row["date"], row["title"], row["confidence"], width)
    return lines


def year_chart(path: str, first_year: int, last_year: int, step: int = 1) -> list[str]:
    """One row per ``step`` years from ``first_year`` to ``last_year``: a label and a bar of events."""
    if step < 1 or first_year > last_year:
        raise ValueError("step must be at least 1 and first_year no later than last_year")
    counts = Counter(int(row["date"][:4]) for row in read_events(path))
    buckets = []
    for start in range(first_year, last_year + 1, step):
        end = min(start + step - 1, last_year)
        label = str(start) if start == end else f"{start}-{end}"
        buckets.append((label, sum(counts[year] for year in range(start, end + 1))))
    label_width = max(len(label) for label, _ in buckets)
    return [(label.ljust(label_width) + GAP + BAR * count).rstrip() for label, count in buckets]
