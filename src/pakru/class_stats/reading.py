"""Read a class's per-student results into plain records.

Two layouts are read:

- a folder of ``*.json`` files, one per student, as ``pakru grade-batch --json-dir``
  writes them: Gradescope's ``results.json`` shape, where each quiz question's
  test entry carries ``extra_data`` with ``kind: "quiz"``, ``quiz``,
  ``question``, ``question_kind``, ``objective``, ``result`` (a
  :class:`pakru.quiz.Status` value), ``points``, ``max_points``, ``answer`` (as
  given) and ``normalised`` (``null`` when unanswered), and each exercise
  check's entry ``kind: "exercise"``, ``exercise``, ``check``, ``result`` (a
  reason code), ``points`` and ``max_points``. Entries without such
  ``extra_data`` (a "grading failed" entry, say) are ignored;
- Gradescope's "Export Submissions" folder, whose ``submission_metadata.yml``
  holds each submission's ``:results`` (the course autograder's results.json).

A file that cannot be read is skipped with a warning naming it; only a folder
with nothing readable at all is an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pakru.class_stats import StatsError

GRADESCOPE_METADATA = "submission_metadata.yml"


@dataclass(frozen=True, slots=True)
class QuestionResponse:
    """One student's graded answer to one quiz question."""

    quiz: str
    question: str
    question_kind: str
    objective: str
    result: str
    points: float
    max_points: float
    normalised: Any  # None when unanswered, and when the answer could not be normalised
    answer: Any = None  # as the student gave it

    @property
    def answered(self) -> bool:
        return self.result != "unanswered" and (self.normalised is not None or self.answer is not None)


@dataclass(frozen=True, slots=True)
class CheckResponse:
    """One student's result on one exercise check."""

    exercise: str
    check: str
    result: str
    points: float
    max_points: float


@dataclass(frozen=True, slots=True)
class StudentResults:
    """Everything graded for one student (named only by the file it came from)."""

    student: str
    questions: tuple[QuestionResponse, ...]
    checks: tuple[CheckResponse, ...]
    reason: str = ""


@dataclass
class ClassResults:
    students: list[StudentResults] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""


class MalformedResults(ValueError):
    """Why one file (or one submission in an export) cannot be used."""


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MalformedResults(f"{what} is not a number")
    return float(value)


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise MalformedResults(f"{what} is not text")
    return value


def student_results(document: object, student: str) -> StudentResults:
    """The records in one results.json document; raises :class:`MalformedResults`."""
    if not isinstance(document, dict):
        raise MalformedResults("the top level is not an object")
    tests = document.get("tests", [])
    if not isinstance(tests, list):
        raise MalformedResults("'tests' is not a list")
    top_extra = document.get("extra_data") or {}
    if not isinstance(top_extra, dict):
        raise MalformedResults("the top-level 'extra_data' is not an object")
    questions: list[QuestionResponse] = []
    checks: list[CheckResponse] = []
    for number, test in enumerate(tests, start=1):
        where = f"test {number}"
        extra = test.get("extra_data") if isinstance(test, dict) else None
        if not isinstance(extra, dict):
            continue  # an entry the contract does not describe, such as "grading failed"
        kind = extra.get("kind")
        if kind == "quiz":
            questions.append(
                QuestionResponse(
                    quiz=_text(extra.get("quiz"), f"{where}: 'quiz'"),
                    question=_text(extra.get("question"), f"{where}: 'question'"),
                    question_kind=str(extra.get("question_kind") or ""),
                    objective=str(extra.get("objective") or ""),
                    result=_text(extra.get("result"), f"{where}: 'result'"),
                    points=_number(extra.get("points"), f"{where}: 'points'"),
                    max_points=_number(extra.get("max_points"), f"{where}: 'max_points'"),
                    normalised=extra.get("normalised"),
                    answer=extra.get("answer"),
                )
            )
        elif kind == "exercise":
            checks.append(
                CheckResponse(
                    exercise=_text(extra.get("exercise"), f"{where}: 'exercise'"),
                    check=_text(extra.get("check"), f"{where}: 'check'"),
                    result=_text(extra.get("result"), f"{where}: 'result'"),
                    points=_number(extra.get("points"), f"{where}: 'points'"),
                    max_points=_number(extra.get("max_points"), f"{where}: 'max_points'"),
                )
            )
    if tests and not questions and not checks:
        raise MalformedResults(
            "no entry has extra_data of kind 'quiz' or 'exercise'; grade again with this version of pakru"
        )
    name = top_extra.get("student")
    return StudentResults(
        student=name if isinstance(name, str) and name else student,
        questions=tuple(questions),
        checks=tuple(checks),
        reason=str(top_extra.get("reason") or ""),
    )


def _json_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*.json") if path.is_file())


def _read_json_folder(files: list[Path], results: ClassResults) -> None:
    for path in files:
        try:
            document = json.loads(path.read_bytes())
            results.students.append(student_results(document, path.stem))
        except (OSError, UnicodeDecodeError) as error:
            results.warnings.append(f"skipped {path}: cannot read it ({type(error).__name__})")
        except json.JSONDecodeError as error:
            results.warnings.append(
                f"skipped {path}: not valid JSON (line {error.lineno}, column {error.colno})"
            )
        except MalformedResults as error:
            results.warnings.append(f"skipped {path}: {error}")


def _gradescope_submissions(metadata: Path) -> Iterator[tuple[str, object]]:
    """(submission id, results document) pairs from an export's submission_metadata.yml."""
    import yaml  # only exports need it

    try:
        document = yaml.safe_load(metadata.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise StatsError(f"{metadata}: cannot read this Gradescope export ({type(error).__name__})") from None
    if not isinstance(document, dict):
        raise StatsError(f"{metadata}: not a Gradescope submission_metadata.yml (expected a mapping)")
    for key, submission in sorted(document.items(), key=lambda item: str(item[0])):
        results = submission.get(":results") if isinstance(submission, dict) else None
        yield str(key), results


def _read_gradescope_export(metadata: Path, results: ClassResults) -> None:
    for submission, document in _gradescope_submissions(metadata):
        if document is None:
            results.warnings.append(f"skipped {metadata} {submission}: no autograder results")
            continue
        try:
            results.students.append(student_results(document, submission))
        except MalformedResults as error:
            results.warnings.append(f"skipped {metadata} {submission}: {error}")


def read_class(folder: Path) -> ClassResults:
    """Every student's results in ``folder``; raises :class:`StatsError` when there are none."""
    if not folder.is_dir():
        raise StatsError(
            f"{folder}: no such folder; pass the folder that 'pakru grade-batch --json-dir' wrote"
        )
    results = ClassResults(source=str(folder))
    files = _json_files(folder)
    metadata = folder / GRADESCOPE_METADATA
    if files:
        _read_json_folder(files, results)
    elif metadata.is_file():
        _read_gradescope_export(metadata, results)
    else:
        raise StatsError(
            f"{folder}: no results here (no *.json files, no {GRADESCOPE_METADATA}); "
            "run 'pakru grade-batch --json-dir' first"
        )
    if not results.students:
        raise StatsError(f"{folder}: none of the results could be read ({results.warnings[0]})")
    return results
