"""Grade one student's submission for a class: quizzes and exercises, with summative keys.

A submission is laid out as a student's working copy: ``workspace/quizzes/*.py``
and ``workspace/exercises/*.py`` (a folder that holds ``quizzes/`` or
``exercises/`` directly is accepted too). Quiz answers are literals read with
``ast``; exercise code runs only in sandboxed children on temporary copies
(:mod:`pakru.instructor_pipeline.sandbox`). No symlink is followed out of the
submission, at any depth. Every item gets a score and a reason code (the
vocabulary is in ``course/guide/sandbox.md``); nothing is written inside the
submission.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from pakru.answers import MAX_ANSWER_BYTES, UnreadableFile, read_answer_file, read_student_text
from pakru.checker import run_checks
from pakru.exercises import Check, Exercise
from pakru.grading import grade_quiz
from pakru.instructor_pipeline import sandbox
from pakru.instructor_pipeline.overlay import Overlay
from pakru.isolation import Limits
from pakru.quiz import AnswerKeys, PlainKeys, Question, Quiz, Status
from pakru.quiz_authoring import ModelAnswer, plain_keys
from pakru.workspace import Course

# A question the overlay has no key for accepts nothing; the overlay check refuses such overlays first.
NO_KEYS = PlainKeys(accepted=())
# Reasons from reading a student's file, in the grading vocabulary.
FILE_REASONS = {"not-utf8": "encoding-error", "missing-file": "missing"}


@dataclass(frozen=True)
class ItemResult:
    """One graded item: a quiz question or an exercise check."""

    name: str
    score: float
    max_score: float
    reason: str
    output: str
    hidden: bool = False
    tags: tuple[str, ...] = ()
    # A quiz question's answer as the student gave it (None if unanswered), for results.json.
    answer: object = None


@dataclass
class SubmissionResult:
    """Every item of one submission, with a reason when nothing could be graded."""

    folder: str
    items: list[ItemResult] = field(default_factory=list)
    reason: str = ""
    limits: str = ""
    seconds: float = 0.0
    # The sandbox the student's code ran in: bubblewrap, separate-uid or limits-only.
    confinement: str = ""

    @property
    def total(self) -> float:
        return round(sum(item.score for item in self.items), 2)

    @property
    def max_total(self) -> float:
        return round(sum(item.max_score for item in self.items), 2)


class UnsafeFile(Exception):
    """A file the grader refuses to read, with its reason code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def workspace_of(submission: Path) -> Path:
    for candidate in (submission / "workspace", submission):
        if (candidate / "quizzes").is_dir() or (candidate / "exercises").is_dir():
            return candidate
    return submission / "workspace"


def real_folder(submission: Path) -> Path:
    """The submission's own real path; its parents may be links (a mounted drive), it may not."""
    return submission.parent.resolve() / submission.name


def safe_file(submission: Path, workspace: Path, relative: str) -> Path | None:
    """The file inside ``submission``, or None if absent; refuses links out and huge files.

    Any link on the way (``workspace`` itself, ``quizzes/``, the file) must stay inside the
    submission folder, whose real path is taken without following the folder itself.
    """
    path = workspace / relative
    shown = str(path.relative_to(submission)) if path.is_relative_to(submission) else relative
    if not path.exists() and not path.is_symlink():
        if any(parent.is_symlink() for parent in path.parents if parent.is_relative_to(submission)):
            raise UnsafeFile("symlink-outside", f"{shown}: a link on the way leads nowhere")
        return None
    resolved = path.resolve()
    if not resolved.is_relative_to(real_folder(submission)):
        raise UnsafeFile("symlink-outside", f"{shown} points outside the submission")
    if not resolved.is_file():
        raise UnsafeFile("missing", f"{shown} is not a regular file")
    try:
        read_student_text(resolved, MAX_ANSWER_BYTES)
    except UnreadableFile as error:
        raise UnsafeFile(FILE_REASONS.get(error.reason, error.reason), f"{shown}: {error}") from None
    return resolved


def quiz_tags(quiz: Quiz) -> dict[str, tuple[str, ...]]:
    return {question.id: (f"quiz:{quiz.id}", f"kind:{question.kind}") for question in quiz.questions}


def every_question(quiz: Quiz, reason: str, output: str) -> list[ItemResult]:
    tags = quiz_tags(quiz)
    return [
        ItemResult(f"{quiz.id}.{question.id}", 0.0, question.points, reason, output, tags=tags[question.id])
        for question in quiz.questions
    ]


def exercise_checks(exercise: Exercise, overlay: Overlay) -> list[tuple[Check, bool]]:
    """The exercise's public checks and the overlay's hidden ones, each with whether it is hidden."""
    return [
        *((check, False) for check in exercise.checks),
        *((check, True) for check in overlay.hidden_for(exercise)),
    ]


def every_check(exercise: Exercise, overlay: Overlay, reason: str, output: str) -> list[ItemResult]:
    return [
        ItemResult(
            f"{exercise.name}:{check.name}", 0.0, 1.0, reason, output, hidden, (f"exercise:{exercise.name}",)
        )
        for check, hidden in exercise_checks(exercise, overlay)
    ]


def grade_quiz_with_keys(
    quiz: Quiz, keys: dict[str, ModelAnswer], workspace: Path, submission: Path | None = None
) -> list[ItemResult]:
    """One quiz of one submission, graded with plain keys by the same grader as pytest."""
    relative = f"quizzes/{quiz.id}.py"
    tags = quiz_tags(quiz)
    try:
        path = safe_file(submission or workspace, workspace, relative)
    except UnsafeFile as error:
        return every_question(quiz, error.reason, str(error))
    if path is None:
        return every_question(quiz, "missing", f"{relative} is missing")
    sheet = read_answer_file(path, {question.id for question in quiz.questions})
    if sheet.file_problem:
        return every_question(
            quiz, FILE_REASONS.get(sheet.file_reason, sheet.file_reason), sheet.file_problem
        )
    missing_keys = {question.id for question in quiz.questions if question.id not in keys}

    def keys_for(question: Question) -> AnswerKeys:
        return plain_keys(question, keys[question.id]) if question.id not in missing_keys else NO_KEYS

    items: list[ItemResult] = []
    for graded in grade_quiz(quiz, sheet, keys_for):
        question, grade = graded.question, graded.grade
        name = f"{quiz.id}.{question.id}"
        if question.id in missing_keys:
            items.append(
                ItemResult(
                    name, 0.0, question.points, "no-key", "no key in the overlay", tags=tags[question.id]
                )
            )
        else:
            output = grade.message if grade.status is not Status.UNANSWERED else "not answered"
            items.append(
                ItemResult(
                    name,
                    grade.score,
                    question.points,
                    grade.status.value,
                    output,
                    tags=tags[question.id],
                    answer=graded.answer,
                )
            )
    return items


def grade_exercise(
    exercise: Exercise,
    overlay: Overlay,
    workspace: Path,
    course: Course,
    limits: Limits,
    scratch_root: Path | None = None,
    submission: Path | None = None,
) -> list[ItemResult]:
    checks = exercise_checks(exercise, overlay)
    relative = f"exercises/{exercise.name}.py"
    try:
        source = safe_file(submission or workspace, workspace, relative)
    except UnsafeFile as error:
        return every_check(exercise, overlay, error.reason, str(error))
    if source is None:
        return every_check(exercise, overlay, "missing", f"{relative} is missing")
    scratch = Path(tempfile.mkdtemp(prefix="pakru-grade-", dir=scratch_root))
    try:
        # The child sees copies only: the student's file, the course data and the exercise's fixtures.
        shutil.copytree(course.root / "data", scratch / "data")
        shutil.copytree(exercise.folder, scratch / "exercise", ignore=shutil.ignore_patterns("*.py"))
        work = scratch / "work"
        work.mkdir()
        student = work / "student.py"
        shutil.copyfile(source, student)
        with sandbox.confined(limits, scratch, work) as confinement:
            run = run_checks(
                student,
                replace(exercise, folder=scratch / "exercise"),
                scratch,
                checks=[check for check, _ in checks],
                timeout=limits.check_seconds,
                confined=confinement,
                display=relative,
                import_timeout=limits.import_seconds,
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if run.import_error:
        return every_check(exercise, overlay, run.import_reason or "import-error", run.import_error)
    hidden_by_check = {id(check): hidden for check, hidden in checks}
    return [
        ItemResult(
            f"{exercise.name}:{result.check.name}",
            1.0 if result.passed else 0.0,
            1.0,
            result.reason,
            "passed" if result.passed else f"{result.check.message} {result.detail}",
            hidden_by_check[id(result.check)],
            (f"exercise:{exercise.name}", f"task:{result.check.task}"),
        )
        for result in run.results
    ]


def unusable_submission(submission: Path) -> tuple[str, str] | None:
    """The reason and message for a submission entry that cannot be graded, or None."""
    if submission.is_symlink():
        return "symlink-outside", f"{submission.name} is a link; only a real folder is graded"
    if not submission.exists():
        return "no-submission", f"no folder {submission.name}"
    if not submission.is_dir():
        return "not-a-folder", f"{submission.name} is a file, not a folder of work"
    return None


def grade_submission(
    submission: Path,
    course: Course,
    overlay: Overlay,
    quizzes: list[Quiz],
    exercises: list[Exercise],
    limits: Limits | None = None,
    scratch_root: Path | None = None,
) -> SubmissionResult:
    """Grade everything; a broken submission gets zeros and reasons, never an exception.

    Student code runs on copies in a fresh folder under ``scratch_root`` (default: the
    system's temporary folder), inside the sandbox :mod:`~pakru.instructor_pipeline.sandbox`
    chooses. Raises :class:`~pakru.instructor_pipeline.sandbox.SandboxError` (before grading
    anything) where that sandbox is required and unavailable.
    """
    limits = limits or Limits()
    started = time.perf_counter()
    result = SubmissionResult(
        submission.name, limits=sandbox.describe(limits), confinement=sandbox.confinement_name()
    )
    if unusable := unusable_submission(submission):
        result.reason, message = unusable
        for quiz in quizzes:
            result.items += every_question(quiz, result.reason, message)
        for exercise in exercises:
            result.items += every_check(exercise, overlay, result.reason, message)
    else:
        workspace = workspace_of(submission)
        for quiz in quizzes:
            keys = overlay.quiz_keys.get(quiz.id, {})
            result.items += grade_quiz_with_keys(quiz, keys, workspace, submission)
        for exercise in exercises:
            result.items += grade_exercise(
                exercise, overlay, workspace, course, limits, scratch_root, submission
            )
        if all(item.reason == "missing" for item in result.items):
            result.reason = "empty-submission"
        elif any(item.reason == "symlink-outside" for item in result.items):
            result.reason = "symlink-outside"
    result.seconds = round(time.perf_counter() - started, 3)
    return result
