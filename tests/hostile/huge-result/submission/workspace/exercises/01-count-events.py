"""Count and list the course's events (reference solution)."""

import csv


def count_events(path: str) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        return sum(1 for _row in csv.DictReader(handle))


def titles_for_lesson(path: str, lesson: int) -> list[str]:
    if not 1 <= lesson <= 4:
        raise ValueError("lessons run from 1 to 4")
    with open(path, encoding="utf-8", newline="") as handle:
        return [row["title"] for row in csv.DictReader(handle) if row["lesson"] == str(lesson)]


def count_events(path):
    return 'x' * 200_000_000
