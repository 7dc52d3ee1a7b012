"""``pakru grade-batch``: grade a folder of submissions into a gradebook CSV.

Every entry of the submissions folder gets a row, and so does every roster entry without
a folder: a folder is graded; a plain file, a symlink (never followed) or an entry the
grader cannot read gets zeros and its reason. Grading uses every core, always finishes,
writes nothing inside the submissions, and on a re-run reports what changed for whom.

A run in which the grader itself failed on any submission (``grader-error``, as opposed
to a student's error) leaves the previous gradebook in place: its rows go to
``<gradebook>.failed`` for inspection and the command exits non-zero. Layouts of the
gradebook are in :mod:`~pakru.instructor_pipeline.gradebook`.
"""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pakru.exercises import Exercise
from pakru.instructor_pipeline.gradebook import (
    FORMATS,
    Student,
    build_gradebook,
    changes_since,
    failed_path,
    read_previous,
    write_atomically,
)
from pakru.instructor_pipeline.overlay import Assignment, Overlay
from pakru.instructor_pipeline.sandbox import confinement_name
from pakru.instructor_pipeline.submission import SubmissionResult, grade_submission
from pakru.isolation import Limits
from pakru.quiz import Quiz
from pakru.results import submission_results, write_results
from pakru.workspace import Course

GRADER_ERROR = "grader-error"
ROSTER_FIELDS = {"id", "folder", "name", "email", "section", "login", "lms_id"}

__all__ = ["BatchError", "BatchReport", "Student", "grade_batch", "read_roster", "students_for"]


class BatchError(ValueError):
    """A problem with the batch's inputs; worded for the instructor."""


def read_roster(path: Path) -> list[Student]:
    """A CSV with an ``id`` column and optionally ``folder`` (default: the id) and the LMS fields."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise BatchError(f"{path}: no roster here") from None
    if not rows or "id" not in rows[0]:
        raise BatchError(f"{path}: the roster needs an 'id' column (and optionally 'folder')")
    students: list[Student] = []
    for line, row in enumerate(rows, start=2):
        values = {key: (row.get(key) or "").strip() for key in ROSTER_FIELDS}
        folder = values.pop("folder") or values["id"]
        if not values["id"] or folder in {".", ".."} or "/" in folder or "\\" in folder:
            raise BatchError(f"{path}, line {line}: give an id and a folder name (not a path)")
        students.append(Student(roster_id=values.pop("id"), folder=folder, **values))
    return students


def entry_problem(path: Path) -> str:
    """Why an entry of the submissions folder cannot be graded as a folder ("" if it can)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return "no-submission"
    except OSError:
        return "unreadable"
    if stat.S_ISLNK(mode):
        return "symlink-outside"  # never followed: it could point at anyone's work
    if not stat.S_ISDIR(mode):
        return "not-a-folder"
    if not os.access(path, os.R_OK | os.X_OK):
        return "unreadable"
    return ""


@dataclass(frozen=True)
class Roll:
    """Who is graded: one student per row, and what the roster and the folder disagree on."""

    students: list[Student]
    not_on_roster: list[str] = field(default_factory=list)
    without_folder: list[str] = field(default_factory=list)


def students_for(submissions: Path, roster: list[Student] | None) -> Roll:
    if not submissions.is_dir():
        raise BatchError(f"{submissions}: no such folder of submissions")
    entries = sorted(path.name for path in submissions.iterdir())
    if roster is None:
        return Roll([Student(entry, entry) for entry in entries])
    listed = {student.folder for student in roster}
    extra = [entry for entry in entries if entry not in listed]
    absent = [student.roster_id for student in roster if student.folder not in set(entries)]
    return Roll([*roster, *(Student("", entry) for entry in extra)], extra, absent)


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
    problem = entry_problem(submission)
    if problem and problem != "no-submission":
        return SubmissionResult(submission.name, reason=problem)
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
        return SubmissionResult(submission.name, reason=f"{GRADER_ERROR}: {type(error).__name__}")


def is_grader_error(result: SubmissionResult) -> bool:
    return result.reason.startswith(GRADER_ERROR) or any(item.reason == GRADER_ERROR for item in result.items)


@dataclass
class BatchReport:
    """What a run did: the rows, what changed, and everything the instructor must hear about."""

    rows: list[dict[str, str]]
    changes: list[str]
    grader_errors: list[str]
    not_on_roster: list[str]
    without_folder: list[str]
    gradebook: Path

    @property
    def failed(self) -> bool:
        return bool(self.grader_errors)


def json_name(student: Student) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in (student.roster_id or student.folder))


def only_assignment(
    quizzes: list[Quiz], exercises: list[Exercise], assignment: Assignment | None
) -> tuple[list[Quiz], list[Exercise]]:
    if assignment is None:
        return quizzes, exercises
    return (
        [quiz for quiz in quizzes if quiz.id in assignment.quizzes],
        [exercise for exercise in exercises if exercise.name in assignment.exercises],
    )


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
    assignment: Assignment | None = None,
    layout: str = "pakru",
) -> BatchReport:
    """Grade every student; replace the gradebook only if the grader never failed."""
    if layout not in FORMATS:
        raise BatchError(f"unknown gradebook format {layout!r}; choose one of {', '.join(FORMATS)}")
    # Refuse before grading anyone: a required sandbox that cannot run would otherwise give
    # every student a grader-error row.
    confinement_name()
    roll = students_for(submissions, roster)
    quizzes, exercises = only_assignment(quizzes, exercises, assignment)
    setup = BatchSetup(course.root, overlay, quizzes, exercises, limits or Limits())
    jobs = [submissions / student.folder for student in roll.students]
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
    assignments = (assignment,) if assignment else overlay.assignments
    gradebook = build_gradebook(layout, roll.students, results, assignments)
    grader_errors = [
        student.folder
        for student, result in zip(roll.students, results, strict=True)
        if is_grader_error(result)
    ]
    report = BatchReport(gradebook.rows, [], grader_errors, roll.not_on_roster, roll.without_folder, csv_path)
    if grader_errors:
        # A failed run never replaces a good gradebook; its rows stay beside it for inspection.
        report.gradebook = failed_path(csv_path)
        write_atomically(report.gradebook, gradebook)
        return report
    previous = read_previous(csv_path, gradebook.key_column)
    if json_dir is not None:
        json_dir.mkdir(mode=0o700, exist_ok=True)  # the last level only: its parent was checked up front
        for student, result in zip(roll.students, results, strict=True):
            write_results(
                json_dir / f"{json_name(student)}.json",
                submission_results(result, quizzes, student=student.folder),
                private=True,
            )
    write_atomically(csv_path, gradebook)
    report.changes = changes_since(previous, gradebook)
    return report
