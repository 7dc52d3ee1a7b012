"""Grading results in Gradescope's ``results.json`` format: the one writer of that file.

Everything that writes results goes through :func:`results_document`: ``pakru grade --json``
and pytest's ``--quiz-json`` (:func:`gradescope_results`), ``grade-batch --json-dir`` and the
Gradescope autograder (:func:`submission_results`), and the bundle's shell fallback
(:func:`failure_results`, written into ``run_autograder`` when the bundle is built).

Top level: ``score``, ``max_score``, ``execution_time``, ``output``, ``tests`` and
``extra_data`` = ``{"student", "confinement", "reason"}``. Each test: ``name``, ``number``,
``score``, ``max_score``, ``status`` ("passed"/"failed"), ``output``, ``tags``, ``extra_data``
and, for hidden items, ``visibility``. A quiz question's ``extra_data`` is
``{"kind": "quiz", "quiz", "question", "question_kind", "objective", "result", "points",
"max_points", "answer", "normalised"}``; an exercise check's is ``{"kind": "exercise",
"exercise", "check", "result", "points", "max_points"}``. The committed JSON Schema
(``schemas/results.schema.json``) checks every file the project writes.

Results hold students' answers and names: they are personal data, and belong outside the
course repository.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pakru.normalise import NormalisationError
from pakru.quiz import Grade, Question, Quiz, Status, is_unanswered

if TYPE_CHECKING:
    from pakru.instructor_pipeline.submission import SubmissionResult

# The contract's names for the model's question kinds.
QUESTION_KIND_NAMES = {
    "single": "single",
    "multiple": "multiple",
    "text": "short",
    "number": "numeric",
    "matching": "matching",
    "ordering": "ordering",
}


@dataclass(frozen=True)
class GradedQuestion:
    """One question's grade with what the report needs to name it."""

    quiz: Quiz
    question: Question
    grade: Grade
    answer: object = None


@dataclass(frozen=True)
class ResultEntry:
    """One test of results.json, whatever produced it."""

    name: str
    score: float
    max_score: float
    output: str
    tags: tuple[str, ...]
    extra_data: Mapping[str, Any]
    hidden: bool = False


def results_schema() -> dict[str, Any]:
    text = resources.files("pakru.schemas").joinpath("results.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def as_json(value: object) -> Any:
    """An answer as JSON: tuples as lists, mapping keys as strings, anything else not plain as its repr."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    return repr(value)


def normalised_answer(question: Question, answer: object) -> Any:
    """The answer as grading compared it, shaped by kind; None if unanswered or unreadable."""
    if is_unanswered(answer):
        return None
    try:
        normalised = question.normalise(answer)
    except NormalisationError:
        return None
    if question.kind in {"single", "multiple"}:
        return sorted(normalised.split(","))
    if question.kind == "number":
        return float(normalised)
    if question.kind == "ordering":
        return normalised.split(",")
    if question.kind == "matching":
        return {str(number): letter for number, letter in enumerate(normalised.split(","), start=1)}
    return normalised


def quiz_extra_data(
    quiz_id: str, question: Question, result: str, score: float, max_score: float, answer: object
) -> dict[str, Any]:
    answered = not is_unanswered(answer)
    return {
        "kind": "quiz",
        "quiz": quiz_id,
        "question": question.id,
        "question_kind": QUESTION_KIND_NAMES.get(question.kind, question.kind),
        "objective": question.objective,
        "result": result,
        "points": float(score),
        "max_points": float(max_score),
        "answer": as_json(answer) if answered else None,
        "normalised": normalised_answer(question, answer),
    }


def exercise_extra_data(name: str, result: str, score: float, max_score: float) -> dict[str, Any]:
    exercise, _, check = name.partition(":")
    return {
        "kind": "exercise",
        "exercise": exercise,
        "check": check,
        "result": result,
        "points": float(score),
        "max_points": float(max_score),
    }


def results_document(
    entries: Sequence[ResultEntry],
    execution_time: float,
    *,
    student: str = "",
    confinement: str = "",
    reason: str = "",
    output: str | None = None,
) -> dict[str, Any]:
    """The one shape of results.json."""
    tests: list[dict[str, Any]] = []
    for number, entry in enumerate(entries, start=1):
        test: dict[str, Any] = {
            "name": entry.name,
            "number": str(number),
            "score": entry.score,
            "max_score": entry.max_score,
            "status": "passed" if entry.max_score and entry.score >= entry.max_score else "failed",
            "output": entry.output,
            "tags": list(entry.tags),
            "extra_data": dict(entry.extra_data),
        }
        if entry.hidden:
            test["visibility"] = "after_published"
        tests.append(test)
    hidden = sum(entry.hidden for entry in entries)
    summary = f"{len(tests)} items graded" + (
        f"; {hidden} hidden until grades are published." if hidden else "."
    )
    return {
        "score": round(sum(entry.score for entry in entries), 2),
        "max_score": round(sum(entry.max_score for entry in entries), 2),
        "execution_time": round(max(execution_time, 0.0), 3),
        "output": summary if output is None else output,
        "tests": tests,
        "extra_data": {"student": student, "confinement": confinement, "reason": reason},
    }


def question_output(graded: GradedQuestion) -> str:
    grade = graded.grade
    if grade.status is Status.CORRECT:
        return f"Correct. {grade.explanation}".strip()
    if grade.status is Status.UNANSWERED:
        return "Not answered."
    return f"{grade.message.capitalize()}. Hint: {graded.question.hint}"


def question_entry(graded: GradedQuestion) -> ResultEntry:
    quiz, question, grade = graded.quiz, graded.question, graded.grade
    return ResultEntry(
        f"{quiz.id}.{question.id}",
        grade.score,
        grade.max_score,
        question_output(graded),
        (f"quiz:{quiz.id}", f"kind:{question.kind}"),
        quiz_extra_data(quiz.id, question, grade.status.value, grade.score, grade.max_score, graded.answer),
    )


def gradescope_results(graded: Iterable[GradedQuestion], execution_time: float) -> dict[str, Any]:
    """A student's own results (``pakru grade --json``, pytest's ``--quiz-json``)."""
    entries = [question_entry(item) for item in graded]
    return results_document(entries, execution_time, output=f"{len(entries)} questions graded.")


def submission_results(
    result: SubmissionResult, quizzes: Iterable[Quiz], *, student: str = ""
) -> dict[str, Any]:
    """One graded submission (batch and Gradescope); hidden items stay hidden until grades are published."""
    questions = {
        f"{quiz.id}.{question.id}": (quiz.id, question) for quiz in quizzes for question in quiz.questions
    }
    entries: list[ResultEntry] = []
    for item in result.items:
        if item.name in questions:
            quiz_id, question = questions[item.name]
            answer = getattr(item, "answer", None)
            extra = quiz_extra_data(quiz_id, question, item.reason, item.score, item.max_score, answer)
        else:
            extra = exercise_extra_data(item.name, item.reason, item.score, item.max_score)
        entries.append(
            ResultEntry(item.name, item.score, item.max_score, item.output, item.tags, extra, item.hidden)
        )
    hidden = sum(item.hidden for item in result.items)
    return results_document(
        entries,
        result.seconds,
        student=student or result.folder,
        confinement=str(getattr(result, "confinement", "") or result.limits),
        reason=result.reason,
        output=f"{len(entries)} items graded; {hidden} hidden until grades are published.",
    )


def failure_results(message: str, *, student: str = "", reason: str = "grader-error") -> dict[str, Any]:
    """What a student sees when grading itself failed: a visible entry and a zero, never a missing file."""
    entry = ResultEntry("grading failed", 0.0, 0.0, message, (), {"kind": "grading", "result": reason})
    return results_document(
        [entry],
        0.0,
        student=student,
        reason=reason,
        output=f"Grading failed: {message}. Please tell your instructor.",
    )


def results_text(results: dict[str, Any]) -> str:
    return json.dumps(results, indent=2, ensure_ascii=False) + "\n"


def is_results_file(path: Path) -> bool:
    """Whether ``path`` holds a results document, which grading again may replace."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(document, dict) and isinstance(document.get("tests"), list)


def results_target_problem(path: Path) -> str | None:
    """Why a student's ``--json`` path cannot take results, or None.

    Grading replaces an earlier results file, but never a folder or any other file: a mistyped
    path must not turn a student's answers into JSON.
    """
    if path.is_dir():
        return f"{path} is a folder; name a file in it, for example {path / 'results.json'}"
    if not path.parent.is_dir():
        return f"there is no folder {path.parent}; create it first or choose another path"
    if path.exists() and not is_results_file(path):
        return f"{path} exists and is not a results file; choose another name (your file is untouched)"
    return None


PRIVATE_FILE_MODE = 0o600


def create_private(path: Path) -> int:
    """A descriptor for writing ``path`` anew, as a file only its owner can read: it holds students' work.

    The mode is set when the file is created, so no other user can open it in between.
    """
    path.unlink(missing_ok=True)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)


def open_private(path: Path, newline: str | None = None) -> TextIO:
    """:func:`create_private` as a UTF-8 text file."""
    return os.fdopen(create_private(path), "w", encoding="utf-8", newline=newline)


def write_results(path: Path, results: dict[str, Any], *, private: bool = False) -> None:
    """Write ``results``; ``private`` (a class's results) makes the file readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not private:
        path.write_text(results_text(results), encoding="utf-8")
        return
    with open_private(path) as handle:
        handle.write(results_text(results))


__all__ = [
    "GradedQuestion",
    "ResultEntry",
    "create_private",
    "failure_results",
    "gradescope_results",
    "is_results_file",
    "open_private",
    "results_document",
    "results_schema",
    "results_target_problem",
    "results_text",
    "submission_results",
    "write_results",
]
