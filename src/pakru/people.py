"""Load the people register, ``data/people.csv``: everyone the lessons name.

The columns and their types are in ``data/people.schema.toml`` and are checked by
:mod:`pakru.datasets`, like every other data file; this module adds what one
column cannot say (no one dies before being born) and turns rows into
:class:`Person` objects for the book's People page and the flashcards. Nothing
here imports Sphinx.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from pakru.datasets import validate_data_file

COUNTRIES: dict[str, str] = {
    "pakistan": "Pakistan",
    "ussr": "Soviet Union",
    "russia": "Russia",
    "india": "India",
    "afghanistan": "Afghanistan",
    "bangladesh": "Bangladesh",
    "usa": "United States",
    "uk": "United Kingdom",
    "china": "China",
    "un": "United Nations",
    "other": "Other countries",
}


class PeopleError(ValueError):
    """A problem in the people register, worded for the person who edits it."""


@dataclass(frozen=True)
class Person:
    """One row of the people register."""

    id: str
    name: str
    born: int | None
    died: int | None
    role: str
    country: str
    lessons: tuple[int, ...]
    source: str
    confidence: str

    @property
    def label(self) -> str:
        return f"person-{self.id}"

    def life_dates(self) -> str:
        """``1895–1951``, ``born 1947``, ``died 1901``, or empty when the sources give neither."""
        if self.born and self.died:
            return f"{self.born}–{self.died}"
        if self.born:
            return f"born {self.born}"
        if self.died:
            return f"died {self.died}"
        return ""


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None


def person_problems(people: list[Person], csv_path: Path) -> list[str]:
    """What the schema cannot check: life dates in order."""
    return [
        f"{csv_path}: {person.id} died ({person.died}) before being born ({person.born}); check both years"
        for person in people
        if person.born and person.died and person.died < person.born
    ]


def load_people(csv_path: Path, *, bib_keys: set[str] | None = None) -> list[Person]:
    """Read and validate the register (schema beside it); people come back in file (id) order.

    Raises :class:`PeopleError` with the first problem, and how many more there are.
    """
    schema_path = csv_path.with_suffix(".schema.toml")
    if not csv_path.is_file():
        raise PeopleError(f"{csv_path}: no people register here; check the path")
    try:
        problems = validate_data_file(csv_path, schema_path, bib_keys)
        with csv_path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except UnicodeDecodeError:
        raise PeopleError(f"{csv_path}: not UTF-8 text; save it as UTF-8") from None
    people: list[Person] = []
    if not problems:
        people = [
            Person(
                id=row["id"].strip(),
                name=row["name"].strip(),
                born=_year(row["born"]),
                died=_year(row["died"]),
                role=row["role"].strip(),
                country=row["country"].strip(),
                lessons=tuple(int(number) for number in row["lessons"].split(";")),
                source=row["source"].strip(),
                confidence=row["confidence"].strip(),
            )
            for row in rows
        ]
        problems = person_problems(people, csv_path)
    if problems:
        more = f" (and {len(problems) - 1} more problem(s); run pakru dev check)" if len(problems) > 1 else ""
        raise PeopleError(problems[0] + more)
    return people
