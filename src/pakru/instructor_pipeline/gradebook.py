"""Gradebooks: one row per student in pakru's own layout or in an LMS's import layout.

``pakru`` (the default) has ``roster_id``, ``folder``, one column per assignment (when the
overlay declares assignments), one column per quiz question and exercise check, then
separate totals for quiz points and exercise checks, and the reason. ``canvas`` follows
Canvas's gradebook import layout (Student, ID, SIS User ID, SIS Login ID, Section, then one
column per assignment); ``moodle`` follows Moodle's CSV grade import (an ``ID number``
column to map to the users' ID numbers, then one column per grade item). Without declared
assignments the LMS layouts have two columns, ``Quizzes`` and ``Exercises``.

A gradebook is written to a temporary file beside the target and renamed into place; the
gradebook it replaces is kept as ``<name>.prev``.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pakru.instructor_pipeline.overlay import Assignment
from pakru.instructor_pipeline.submission import SubmissionResult
from pakru.quiz import format_points, round_points
from pakru.results import create_private, open_private

FORMATS = ("pakru", "canvas", "moodle")
CANVAS_STUDENT_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
MOODLE_STUDENT_COLUMNS = ("ID number", "Email address")
# The column each layout identifies a student by, for the report of what changed since the last run.
KEY_COLUMN = {"pakru": "folder", "canvas": "SIS User ID", "moodle": "ID number"}
DEFAULT_ASSIGNMENTS_LABELS = ("Quizzes", "Exercises")


@dataclass(frozen=True)
class Student:
    """One roster entry (or one folder when there is no roster); the LMS fields may be empty."""

    roster_id: str
    folder: str
    name: str = ""
    email: str = ""
    section: str = ""
    login: str = ""
    lms_id: str = ""


def is_exercise_item(name: str) -> bool:
    """Exercise checks are named ``exercise:check``; quiz questions ``quiz.question``."""
    return ":" in name


def default_assignments(results: Sequence[SubmissionResult]) -> tuple[Assignment, ...]:
    """Without declared assignments: every quiz in one column, every exercise in another."""
    quizzes = {
        item.name.partition(".")[0]: None
        for r in results
        for item in r.items
        if not is_exercise_item(item.name)
    }
    exercises = {
        item.name.partition(":")[0]: None for r in results for item in r.items if is_exercise_item(item.name)
    }
    return (
        Assignment(DEFAULT_ASSIGNMENTS_LABELS[0], quizzes=tuple(quizzes)),
        Assignment(DEFAULT_ASSIGNMENTS_LABELS[1], exercises=tuple(exercises)),
    )


def spreadsheet_safe(text: str) -> str:
    """A folder name (students may choose it) that a spreadsheet shows as text, never runs as a formula."""
    return f"'{text}" if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def points(value: float) -> str:
    return format_points(value) if value else "0"


@dataclass(frozen=True)
class Totals:
    score: float
    max_score: float


def totals(result: SubmissionResult, include: Callable[[str], bool] | None = None) -> Totals:
    """Points earned and possible over the items ``include(name)`` accepts (all by default)."""
    chosen = [item for item in result.items if include is None or include(item.name)]
    return Totals(
        round_points(sum(item.score for item in chosen)), round_points(sum(item.max_score for item in chosen))
    )


def item_columns(results: Sequence[SubmissionResult]) -> list[str]:
    columns: dict[str, None] = {}
    for result in results:
        for item in result.items:
            columns.setdefault(item.name, None)
    return list(columns)


@dataclass(frozen=True)
class Gradebook:
    """A header and rows, ready to write."""

    header: list[str]
    rows: list[dict[str, str]]
    key_column: str


def pakru_gradebook(
    students: Sequence[Student], results: Sequence[SubmissionResult], assignments: Sequence[Assignment]
) -> Gradebook:
    columns = item_columns(results)
    header = ["roster_id", "folder", *(assignment.name for assignment in assignments), *columns]
    header += ["quiz_points", "quiz_max", "exercise_checks", "exercise_max"]
    header += ["weighted_percent"] if assignments else []
    header += ["reason"]
    assignment_max = {
        a.name: max((totals(r, a.includes).max_score for r in results), default=0) for a in assignments
    }
    quiz_max = max((totals(r, lambda n: not is_exercise_item(n)).max_score for r in results), default=0)
    exercise_max = max((totals(r, is_exercise_item).max_score for r in results), default=0)
    rows: list[dict[str, str]] = []
    for student, result in zip(students, results, strict=True):
        by_name = {item.name: item for item in result.items}
        row = {"roster_id": student.roster_id, "folder": spreadsheet_safe(student.folder)}
        row.update({a.name: points(totals(result, a.includes).score) for a in assignments})
        row.update(
            {column: points(by_name[column].score) if column in by_name else "0" for column in columns}
        )
        row["quiz_points"] = points(totals(result, lambda n: not is_exercise_item(n)).score)
        row["quiz_max"] = points(quiz_max)
        row["exercise_checks"] = points(totals(result, is_exercise_item).score)
        row["exercise_max"] = points(exercise_max)
        if assignments:
            row["weighted_percent"] = points(weighted_percent(result, assignments, assignment_max))
        row["reason"] = result.reason
        rows.append(row)
    return Gradebook(header, rows, KEY_COLUMN["pakru"])


def weighted_percent(
    result: SubmissionResult, assignments: Sequence[Assignment], assignment_max: dict[str, float]
) -> float:
    """Each assignment's share of its maximum, weighted by the overlay's weights, as a percentage."""
    counted = [a for a in assignments if assignment_max[a.name] and a.weight]
    weights = sum(a.weight for a in counted)
    if not weights:
        return 0.0
    share = sum(a.weight * totals(result, a.includes).score / assignment_max[a.name] for a in counted)
    return round_points(100 * share / weights)


def lms_gradebook(
    layout: str,
    students: Sequence[Student],
    results: Sequence[SubmissionResult],
    assignments: Sequence[Assignment],
) -> Gradebook:
    """Canvas's or Moodle's import layout; students without a roster id cannot be matched, so are left out."""
    student_columns = CANVAS_STUDENT_COLUMNS if layout == "canvas" else MOODLE_STUDENT_COLUMNS
    header = [*student_columns, *(assignment.name for assignment in assignments)]
    rows: list[dict[str, str]] = []
    for student, result in zip(students, results, strict=True):
        if not student.roster_id:
            continue
        if layout == "canvas":
            row = dict(
                zip(
                    CANVAS_STUDENT_COLUMNS,
                    (student.name, student.lms_id, student.roster_id, student.login, student.section),
                    strict=True,
                )
            )
        else:
            row = {"ID number": student.roster_id, "Email address": student.email}
        row.update({a.name: points(totals(result, a.includes).score) for a in assignments})
        rows.append(row)
    return Gradebook(header, rows, KEY_COLUMN[layout])


def build_gradebook(
    layout: str,
    students: Sequence[Student],
    results: Sequence[SubmissionResult],
    assignments: Sequence[Assignment],
) -> Gradebook:
    if layout == "pakru":
        return pakru_gradebook(students, results, assignments)
    return lms_gradebook(layout, students, results, assignments or default_assignments(results))


def gradebook_text_rows(gradebook: Gradebook) -> list[list[str]]:
    return [
        gradebook.header,
        *([row.get(column, "") for column in gradebook.header] for row in gradebook.rows),
    ]


def write_atomically(path: Path, gradebook: Gradebook) -> None:
    """Write beside ``path`` and rename into place, keeping the gradebook it replaces as ``.prev``.

    The folder must exist: a gradebook never creates folders (``pakru grade-batch`` checks first).
    Every file written holds students' marks, so only its owner can read it.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open_private(temporary, newline="") as handle:
            csv.writer(handle).writerows(gradebook_text_rows(gradebook))
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with path.open("rb") as old, os.fdopen(create_private(previous_path(path)), "wb") as kept:
                shutil.copyfileobj(old, kept)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def previous_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.prev")


def failed_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.failed")


def read_previous(path: Path, key_column: str) -> dict[str, dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row[key_column]: row for row in csv.DictReader(handle)}
    except (FileNotFoundError, KeyError, csv.Error, UnicodeDecodeError):
        return {}


def changes_since(previous: dict[str, dict[str, str]], gradebook: Gradebook) -> list[str]:
    """Lines such as ``alice: demo.q03 0 -> 1; quiz_points 7 -> 8`` for every student whose marks moved,
    was added or is no longer in the gradebook."""
    changes: list[str] = []
    for row in gradebook.rows:
        key = row[gradebook.key_column]
        before = previous.get(key)
        if before is None:
            if previous:
                changes.append(f"{key}: new in this run")
            continue
        moved = [
            f"{column} {before.get(column, '-')} -> {value}"
            for column, value in row.items()
            if column != gradebook.key_column and before.get(column) != value
        ]
        if moved:
            changes.append(f"{key}: {'; '.join(moved)}")
    # A student who vanished (a folder renamed, a roster entry dropped) loses marks too.
    current = {row[gradebook.key_column] for row in gradebook.rows}
    changes += [
        f"{key}: no longer in the gradebook (was {standing(before)})"
        for key, before in sorted(previous.items())
        if key not in current
    ]
    return changes


def standing(row: dict[str, str]) -> str:
    """A previous row's marks in a few words: points of possible points, or each LMS column."""
    try:
        earned = float(row["quiz_points"]) + float(row["exercise_checks"])
        possible = float(row["quiz_max"]) + float(row["exercise_max"])
        return f"{points(round_points(earned))}/{points(round_points(possible))}"
    except (KeyError, ValueError):  # an LMS layout, or a previous file edited by hand
        identity = {*CANVAS_STUDENT_COLUMNS, *MOODLE_STUDENT_COLUMNS}
        return ", ".join(f"{column} {value}" for column, value in row.items() if column not in identity)
