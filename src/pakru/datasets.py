"""Validate the course's data files against their ``*.schema.toml`` descriptions.

Each ``data/NAME.csv`` (other than the events file, which has its own loader)
has ``data/NAME.schema.toml``::

    description = "..."
    sorted_by = "id"     # optional: the rows must stay in this column's order
    [columns]
    id = "id"            # id, text, int, decimal, date, year, enum:a,b, lessons, source
    [optional]
    end_date = true      # may be empty

``lessons`` is a list of lesson numbers such as ``1;2``. Every ``source`` value
must be a key of ``course/references.bib``. The documents
reader's files (``data/documents/*.toml``) are checked by :mod:`pakru.documents`.
"""

from __future__ import annotations

import csv
import re
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pakru.documents import validate_documents
from pakru.events import EventsError, PartialDate, load_events

BIB_KEY = re.compile(r"^@\w+\{([^,\s]+),", re.MULTILINE)
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def bibliography_keys(bib_file: Path) -> set[str]:
    return set(BIB_KEY.findall(bib_file.read_text(encoding="utf-8")))


def check_value(kind: str, value: str, keys: set[str] | None) -> str:
    """An empty string when ``value`` fits ``kind``, else the problem.

    With ``keys`` of ``None``, ``source`` values are not looked up (the book's own build checks them).
    """
    if kind == "text":
        return ""
    if kind == "id":
        return "" if ID.match(value) else "must be lower-case words joined by hyphens"
    if kind == "int":
        return "" if re.fullmatch(r"-?\d+", value) else "must be a whole number"
    if kind == "year":
        return "" if re.fullmatch(r"\d{4}", value) else "must be a four-digit year"
    if kind == "decimal":
        try:
            Decimal(value)
        except InvalidOperation:
            return "must be a number"
        return ""
    if kind == "date":
        try:
            PartialDate.parse(value)
        except ValueError as error:
            return str(error)
        return ""
    if kind == "source":
        return "" if keys is None or value in keys else f"{value!r} is not a key in course/references.bib"
    if kind == "lessons":
        numbers = value.split(";")
        if not all(re.fullmatch(r"[1-4]", number) for number in numbers):
            return "must be lesson numbers 1 to 4 joined by ';', such as 1;2"
        return "" if numbers == sorted(set(numbers)) else "must list each lesson once, in order, such as 1;3"
    if kind.startswith("enum:"):
        allowed = kind.removeprefix("enum:").split(",")
        return "" if value in allowed else f"must be one of {', '.join(allowed)}"
    return f"the schema names an unknown type {kind!r}"


def validate_data_file(csv_path: Path, schema_path: Path, keys: set[str] | None) -> list[str]:
    """Problems in one data file, each as ``file:line: column: problem``."""
    try:
        schema = tomllib.loads(schema_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [f"{csv_path}: no schema; describe its columns in {schema_path.name}"]
    except tomllib.TOMLDecodeError as error:
        return [f"{schema_path}: not valid TOML ({error})"]
    columns: dict[str, str] = schema.get("columns", {})
    optional = {name for name, flag in schema.get("optional", {}).items() if flag}
    sorted_by: str = schema.get("sorted_by", "")
    if sorted_by and sorted_by not in columns:
        return [f"{schema_path}: sorted_by names {sorted_by!r}, which is not one of its columns"]
    previous = ""
    problems: list[str] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        if header != list(columns):
            return [f"{csv_path}: the header must be {','.join(columns)}, not {','.join(header)}"]
        seen_ids: set[str] = set()
        for row in reader:
            where = f"{csv_path}:{reader.line_num}"
            for name, kind in columns.items():
                value = (row.get(name) or "").strip()
                if not value:
                    if name not in optional:
                        problems.append(f"{where}: {name} is empty")
                    continue
                problem = check_value(kind, value, keys)
                if problem:
                    problems.append(f"{where}: {name} {problem}")
            row_id = row.get("id", "")
            if "id" in columns and row_id in seen_ids:
                problems.append(f"{where}: id {row_id!r} is used twice")
            seen_ids.add(row_id)
            if sorted_by:
                current = (row.get(sorted_by) or "").strip()
                if current < previous:
                    problems.append(
                        f"{where}: {sorted_by} {current!r} comes after {previous!r}; "
                        f"keep the rows sorted by {sorted_by}"
                    )
                previous = max(previous, current)
    return problems


def validate_course_data(data_dir: Path, bib_file: Path) -> list[str]:
    """Problems across every data file of the course."""
    keys = bibliography_keys(bib_file)
    problems: list[str] = []
    events_file = data_dir / "events.csv"
    events = []
    try:
        events = load_events(events_file)
        problems += [
            f"{events_file}: event {e.id} cites unknown source {e.source!r}"
            for e in events
            if e.source not in keys
        ]
    except EventsError as error:
        problems.append(str(error))
    for csv_path in sorted(data_dir.glob("*.csv")):
        if csv_path != events_file:
            problems += validate_data_file(csv_path, csv_path.with_suffix(".schema.toml"), keys)
    problems += validate_documents(data_dir / "documents", keys, {event.id for event in events})
    return problems
