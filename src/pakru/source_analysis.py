"""Load and validate the source-analysis tasks: ``data/source-analysis/<quiz-id>.toml``.

Each lesson ends with a document-based essay question on one or two documents of
the reader. The file holds the task students see (title, documents, question,
guidance) and the marking rubric only instructors see (3-5 criteria whose weights
sum to 100). The exemplar answer lives in ``instructor/source-analysis/<quiz-id>.md``
in the teaching edition. Nothing here imports Sphinx.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pakru.events import LESSONS
from pakru.toml_files import read_toml

DOCUMENTS_RANGE = (1, 2)
CRITERIA_RANGE = (3, 5)
TOTAL_WEIGHT = 100
_TASK_FIELDS = frozenset({"lesson", "title", "documents", "question", "guidance", "rubric"})
_CRITERION_FIELDS = ("criterion", "weight", "excellent", "adequate", "weak")


class SourceAnalysisError(ValueError):
    """A problem in a source-analysis file, worded for the person who edits it."""


@dataclass(frozen=True)
class Criterion:
    """One row of a marking rubric."""

    criterion: str
    weight: int
    excellent: str
    adequate: str
    weak: str


@dataclass(frozen=True)
class SourceAnalysisTask:
    """A lesson's document-based essay task and its rubric."""

    quiz_id: str
    lesson: int
    title: str
    documents: tuple[str, ...]
    question: str
    guidance: str
    rubric: tuple[Criterion, ...]
    path: Path


def _text(table: dict[str, Any], field: str, where: str) -> str:
    value = table.get(field)
    if not isinstance(value, str) or not value.strip():
        raise SourceAnalysisError(f"{where}: {field} must be non-empty text; fill it in")
    return value.strip()


def _criterion(table: Any, where: str) -> Criterion:
    if not isinstance(table, dict):
        raise SourceAnalysisError(f"{where}: each rubric entry must be a [[rubric]] table")
    unknown = sorted(set(table) - set(_CRITERION_FIELDS))
    if unknown:
        raise SourceAnalysisError(f"{where}: unknown field(s) {', '.join(unknown)}; check the spelling")
    weight = table.get("weight")
    if not isinstance(weight, int) or isinstance(weight, bool) or weight <= 0:
        raise SourceAnalysisError(f"{where}: weight must be a positive whole number, not {weight!r}")
    return Criterion(
        criterion=_text(table, "criterion", where),
        weight=weight,
        excellent=_text(table, "excellent", where),
        adequate=_text(table, "adequate", where),
        weak=_text(table, "weak", where),
    )


def parse_task(data: dict[str, Any], path: Path) -> SourceAnalysisTask:
    """Build a task from one file's table; raises :class:`SourceAnalysisError`."""
    where = str(path)
    unknown = sorted(set(data) - _TASK_FIELDS)
    if unknown:
        raise SourceAnalysisError(f"{where}: unknown field(s) {', '.join(unknown)}; check the spelling")
    lesson = data.get("lesson")
    if not isinstance(lesson, int) or isinstance(lesson, bool) or lesson not in LESSONS:
        raise SourceAnalysisError(f"{where}: lesson must be one of {sorted(LESSONS)}, not {lesson!r}")
    documents = data.get("documents")
    low, high = DOCUMENTS_RANGE
    if (
        not isinstance(documents, list)
        or not all(isinstance(item, str) and item.strip() for item in documents)
        or not low <= len(documents) <= high
    ):
        raise SourceAnalysisError(f'{where}: documents must list one or two document ids, such as ["id"]')
    rubric_tables = data.get("rubric")
    if not isinstance(rubric_tables, list):
        raise SourceAnalysisError(f"{where}: add the marking rubric as [[rubric]] tables")
    rubric = tuple(
        _criterion(table, f"{where}: rubric entry {number}") for number, table in enumerate(rubric_tables, 1)
    )
    low, high = CRITERIA_RANGE
    if not low <= len(rubric) <= high:
        raise SourceAnalysisError(f"{where}: give {low} to {high} rubric criteria, not {len(rubric)}")
    total = sum(criterion.weight for criterion in rubric)
    if total != TOTAL_WEIGHT:
        raise SourceAnalysisError(
            f"{where}: the rubric weights sum to {total}; make them sum to {TOTAL_WEIGHT}"
        )
    return SourceAnalysisTask(
        quiz_id=path.stem,
        lesson=lesson,
        title=_text(data, "title", where),
        documents=tuple(item.strip() for item in documents),
        question=_text(data, "question", where),
        guidance=_text(data, "guidance", where),
        rubric=rubric,
        path=path,
    )


def load_task(path: Path) -> SourceAnalysisTask:
    """Read and validate one task file."""
    missing = "no such source-analysis file; its name is the quiz id"
    return parse_task(read_toml(path, SourceAnalysisError, missing), path)


def task_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml"))


def load_tasks(folder: Path) -> list[SourceAnalysisTask]:
    """Every task in ``folder`` in lesson order; raises for the first bad file or an empty folder."""
    files = task_files(folder)
    if not files:
        raise SourceAnalysisError(f"{folder}: no source-analysis files (<quiz-id>.toml) here; check the path")
    return sorted((load_task(path) for path in files), key=lambda task: (task.lesson, task.quiz_id))


def validate_tasks(
    folder: Path, documents_folder: Path, quiz_ids: set[str] | None, exemplar_folder: Path | None
) -> list[str]:
    """Problems across every task file, one line each; none when the folder does not exist.

    ``quiz_ids`` are the course's quiz ids, which name the files (``None`` skips that check).
    ``exemplar_folder`` is the teaching edition's ``instructor/source-analysis``; pass ``None`` for the
    student edition, which has no exemplars.
    """
    problems: list[str] = []
    for path in task_files(folder):
        try:
            task = load_task(path)
        except SourceAnalysisError as error:
            problems.append(str(error))
            continue
        if quiz_ids is not None and task.quiz_id not in quiz_ids:
            problems.append(
                f"{path}: {task.quiz_id!r} is not a quiz id ({', '.join(sorted(quiz_ids))}); "
                "name the file after the lesson's quiz"
            )
        problems += [
            f"{path}: document {document_id!r} is not in {documents_folder}; use a document id from there"
            for document_id in task.documents
            if not (documents_folder / f"{document_id}.toml").is_file()
        ]
        if exemplar_folder is not None and not (exemplar_folder / f"{task.quiz_id}.md").is_file():
            problems.append(
                f"{path}: no exemplar answer; write it in {exemplar_folder / f'{task.quiz_id}.md'}"
            )
    return problems
