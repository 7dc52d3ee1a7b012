"""``pakru submit``: a zip of exactly the student's work, for Gradescope or an LMS.

The zip holds the answer files (``workspace/quizzes/<quiz>.py``) and exercise files
(``workspace/exercises/<exercise>.py``) of this course under their course-relative paths,
and ``manifest.json``: the course version, the edition, the time it was made and each
file's sha256 digest. Nothing else goes in; above all no results file, which a student
could forge: the instructor grades the work itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pakru import __version__
from pakru.exercises import Exercise
from pakru.grading import answer_path
from pakru.progress import work_file
from pakru.quiz import Quiz
from pakru.workspace import Course

MANIFEST_NAME = "manifest.json"
DEFAULT_NAME = "submission.zip"


class SubmitError(Exception):
    """Why no zip was written; one line that says what to do."""


@dataclass(frozen=True)
class Submission:
    """What was written: the zip, the course-relative files in it, and the earlier zip's backup."""

    path: Path
    files: tuple[str, ...]
    backup: Path | None = None


def default_target(course: Course) -> Path:
    # Inside the untracked workspace, so git never offers to commit it.
    return course.workspace / DEFAULT_NAME


def student_files(course: Course, quizzes: tuple[Quiz, ...], exercises: tuple[Exercise, ...]) -> list[Path]:
    """The student's own files that exist, answer files first, in course order."""
    candidates = [answer_path(course.answers_dir, quiz) for quiz in quizzes]
    candidates += [work_file(course, exercise) for exercise in exercises]
    found = []
    for path in candidates:
        if path.is_symlink():
            raise SubmitError(
                f"{path.relative_to(course.root)} is a link; put the real file there and submit again"
            )
        if path.is_file():
            found.append(path)
    return found


def manifest(course: Course, files: list[tuple[str, bytes]], created: datetime) -> dict[str, object]:
    return {
        "course": "pakru",
        "course_version": __version__,
        "edition": "teaching" if course.is_teaching_edition else "student",
        "created": created.isoformat(timespec="seconds"),
        "files": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in files
        ],
    }


def write_submission(
    course: Course,
    quizzes: tuple[Quiz, ...],
    exercises: tuple[Exercise, ...],
    target: Path | None = None,
    *,
    force: bool = False,
) -> Submission:
    """Write the zip; an existing one is kept unless ``force``, and then backed up first."""
    target = (target or default_target(course)).resolve()
    if target.is_dir():
        raise SubmitError(f"{target} is a folder; give a file name such as {DEFAULT_NAME}")
    if target.exists() and not force:
        raise SubmitError(f"{target} already exists; 'pakru submit --force' replaces it after a backup")
    paths = student_files(course, quizzes, exercises)
    if not paths:
        raise SubmitError("there is no work to hand in yet; start with 'pakru quiz start 1' or 'pakru next'")
    # Read each file once, so the digest in the manifest is of the bytes in the zip.
    files = [(path.relative_to(course.root).as_posix(), path.read_bytes()) for path in paths]
    created = datetime.now(UTC)
    backup = None
    if target.exists():
        backup = course.workspace / "backups" / f"{target.stem}-{created:%Y%m%d-%H%M%S-%f}{target.suffix}"
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed, so an interrupted run never leaves half a zip.
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-", suffix=".zip")
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files:
                archive.writestr(name, data)
            text = json.dumps(manifest(course, files, created), indent=2, ensure_ascii=False) + "\n"
            archive.writestr(MANIFEST_NAME, text)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return Submission(target, tuple(name for name, _ in files), backup)


__all__ = ["MANIFEST_NAME", "Submission", "SubmitError", "default_target", "write_submission"]
