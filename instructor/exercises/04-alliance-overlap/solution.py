"""Reference solution: how long Pakistan's Western alignments ran alongside the Indo-Soviet Treaty."""

from __future__ import annotations

import csv
from datetime import date

DAYS_PER_YEAR = 365.25


def _day(text: str) -> date:
    """A full ``YYYY-MM-DD`` date; anything less precise is refused."""
    if len(text) != 10:
        raise ValueError(f"{text!r} is not a full date like 1971-08-09")
    return date.fromisoformat(text)


def years_between(start: str, end: str) -> float:
    """The length of a period in years of 365.25 days, rounded to two decimals."""
    first, last = _day(start), _day(end)
    if last < first:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    return round((last - first).days / DAYS_PER_YEAR, 2)


def overlap(first: list[str], second: list[str]) -> list[str]:
    """The shared part of two ``[start, end]`` periods, or ``[]`` when they share no time."""
    start = max(_day(first[0]), _day(second[0]))
    end = min(_day(first[1]), _day(second[1]))
    if start >= end:
        return []
    return [start.isoformat(), end.isoformat()]


def load_alignments(path: str) -> dict[str, dict[str, str | None]]:
    """Each row of the alignments file as ``{id: {"party", "start", "end"}}``; an empty end is None."""
    alignments: dict[str, dict[str, str | None]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            alignments[row["id"]] = {
                "party": row["party"],
                "start": row["start"],
                "end": row["end"].strip() or None,
            }
    return alignments


def overlap_report(path: str, treaty_id: str) -> dict[str, object]:
    """Years each other party's alignment overlapped the treaty; unmeasurable rows listed apart."""
    alignments = load_alignments(path)
    treaty = alignments[treaty_id]  # KeyError for an id that is not in the file
    if treaty["end"] is None:
        raise ValueError(f"{treaty_id} has no end date, so no overlap with it can be measured")
    treaty_period = [treaty["start"], treaty["end"]]
    measured: dict[str, float] = {}
    unknown: list[str] = []
    for row_id, row in alignments.items():
        if row["party"] == treaty["party"]:
            continue
        if row["end"] is None:
            unknown.append(row_id)
            continue
        shared = overlap([row["start"], row["end"]], treaty_period)
        measured[row_id] = years_between(*shared) if shared else 0.0
    return {"measured": measured, "unknown": sorted(unknown)}
