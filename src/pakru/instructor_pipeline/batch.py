"""``pakru grade-batch``: grade a folder of submissions into a gradebook CSV.

One row per student (and per roster entry without a submission): roster id,
folder, one column per item, total, maximum and reason. The CSV imports into
Canvas and Moodle gradebooks (match on the ``roster_id`` column). Grading uses
every core, always finishes, writes nothing inside the submissions, and on a
re-run reports what changed for whom.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pakru.exercises import Exercise
from pakru.instructor_pipeline.overlay import Overlay
from pakru.instructor_pipeline.submission import ItemResult, SubmissionResult, grade_submission, results_json
from pakru.isolation import Limits
from pakru.quiz import Quiz
from pakru.workspace import Course

FIXED_COLUMNS = ("roster_id", "folder")
TRAILING_COLUMNS = ("total", "max_total", "reason")


@dataclass(frozen=True)
class Student:
    roster_id: str
    folder: str


class BatchError(ValueError):
    """A problem with the batch's inputs; worded for the instructor."""


def read_roster(path: Path) -> list[Student]:
    """A CSV with an ``id`` column and optionally a ``folder`` column (default: the id)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise BatchError(f"{path}: no roster here") from None
    if not rows or "id" not in rows[0]:
        raise BatchError(f"{path}: the roster needs an 'id' column (and optionally 'folder')")
    return [Student(row["id"].strip(), (row.get("folder") or row["id"]).strip()) for row in rows]


def students_for(submissions: Path, roster: list[Student] | None) -> list[Student]:
    if not submissions.is_dir():
        raise BatchError(f"{submissions}: no such folder of submissions")
    folders = sorted(path.name for path in submissions.iterdir() if path.is_dir() and not path.is_symlink())
    if roster is None:
        return [Student(folder, folder) for folder in folders]
    listed = {student.folder for student in roster}
    extra = [Student("", folder) for folder in folders if folder not in listed]
    return [*roster, *extra]


@dataclass(frozen=True)
class BatchSetup:
    """What every job shares; sent to each worker once, not with every submission."""

    course_root: Path
    overlay: Overlay
    quizzes: list[Quiz]
    exercises: list[Exercise]
    limits: Limits


_setup: BatchSetup | None = None


def _init_worker(setup: BatchSetup) -> None:
    global _setup
    _setup = setup


def run_job(submission: Path) -> SubmissionResult:
    assert _setup is not None
    try:
        return grade_submission(
            submission,
            Course(_setup.course_root),
            _setup.overlay,
            _setup.quizzes,
            _setup.exercises,
            _setup.limits,
        )
    except Exception as error:  # the batch must finish whatever one submission does
        return SubmissionResult(submission.name, reason=f"grader-error: {type(error).__name__}")


def item_columns(results: list[SubmissionResult]) -> list[str]:
    columns: dict[str, None] = {}
    for result in results:
        for item in result.items:
            columns.setdefault(item.name, None)
    return list(columns)


def write_gradebook(
    path: Path, students: list[Student], results: list[SubmissionResult]
) -> list[dict[str, str]]:
    columns = item_columns(results)
    rows: list[dict[str, str]] = []
    for student, result in zip(students, results, strict=True):
        by_name: dict[str, ItemResult] = {item.name: item for item in result.items}
        row = {"roster_id": student.roster_id, "folder": student.folder}
        row.update({column: f"{by_name[column].score:g}" if column in by_name else "0" for column in columns})
        row.update(
            {"total": f"{result.total:g}", "max_total": f"{result.max_total:g}", "reason": result.reason}
        )
        rows.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*FIXED_COLUMNS, *columns, *TRAILING_COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
    return rows


def read_previous(path: Path) -> dict[str, dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["folder"]: row for row in csv.DictReader(handle)}
    except (FileNotFoundError, KeyError, csv.Error):
        return {}


def changes_since(previous: dict[str, dict[str, str]], rows: list[dict[str, str]]) -> list[str]:
    """Lines such as ``alice: total 7 -> 9 (demo.q03 0 -> 1)`` for every student whose marks moved."""
    changes: list[str] = []
    for row in rows:
        before = previous.get(row["folder"])
        if before is None:
            if previous:
                changes.append(f"{row['folder']}: new in this run, total {row['total']}")
            continue
        moved = [
            f"{column} {before.get(column, '-')} -> {value}"
            for column, value in row.items()
            if column not in {*FIXED_COLUMNS, "total", "max_total"} and before.get(column) != value
        ]
        if moved:
            changes.append(
                f"{row['folder']}: total {before.get('total')} -> {row['total']} ({'; '.join(moved)})"
            )
    return changes


def grade_batch(
    course: Course,
    submissions: Path,
    overlay: Overlay,
    quizzes: list[Quiz],
    exercises: list[Exercise],
    *,
    csv_path: Path,
    json_dir: Path | None = None,
    roster: list[Student] | None = None,
    workers: int | None = None,
    limits: Limits | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> tuple[list[dict[str, str]], list[str]]:
    """Grade every student; returns the gradebook rows and the changes since the last run."""
    students = students_for(submissions, roster)
    previous = read_previous(csv_path)
    setup = BatchSetup(course.root, overlay, quizzes, exercises, limits or Limits())
    jobs = [submissions / student.folder for student in students]
    results: list[SubmissionResult] = []
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        _init_worker(setup)
        for done, job in enumerate(jobs, start=1):
            results.append(run_job(job))
            if on_progress:
                on_progress(done, len(jobs))
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(setup,)) as pool:
            for done, result in enumerate(pool.map(run_job, jobs, chunksize=2), start=1):
                results.append(result)
                if on_progress:
                    on_progress(done, len(jobs))
    if json_dir is not None:
        json_dir.mkdir(parents=True, exist_ok=True)
        for student, result in zip(students, results, strict=True):
            name = "".join(
                c if c.isalnum() or c in "-_." else "_" for c in (student.roster_id or student.folder)
            )
            (json_dir / f"{name}.json").write_text(
                json.dumps(results_json(result), indent=2) + "\n", encoding="utf-8"
            )
    rows = write_gradebook(csv_path, students, results)
    return rows, changes_since(previous, rows)
