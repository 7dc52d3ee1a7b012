"""Grading results in Gradescope's ``results.json`` format.

Top level: ``score``, ``max_score``, ``execution_time``, ``tests`` and
``extra_data``. Each test: ``name``, ``number``, ``score``, ``max_score``,
``status`` ("passed"/"failed"), ``output``, ``tags`` and, for hidden items,
``visibility``. The committed JSON Schema (``schemas/results.schema.json``)
checks every file the project writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pakru.quiz import Grade, Question, Quiz, Status


@dataclass(frozen=True)
class GradedQuestion:
    """One question's grade with what the report needs to name it."""

    quiz: Quiz
    question: Question
    grade: Grade
    answer: object = None


def results_schema() -> dict[str, Any]:
    text = resources.files("pakru.schemas").joinpath("results.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def question_output(graded: GradedQuestion) -> str:
    grade = graded.grade
    if grade.status is Status.CORRECT:
        return f"Correct. {grade.explanation}".strip()
    if grade.status is Status.UNANSWERED:
        return "Not answered."
    return f"{grade.message.capitalize()}. Hint: {graded.question.hint}"


def gradescope_results(graded: Iterable[GradedQuestion], execution_time: float) -> dict[str, Any]:
    tests: list[dict[str, Any]] = []
    score = max_score = 0.0
    by_quiz: dict[str, dict[str, float]] = {}
    for number, item in enumerate(graded, start=1):
        score += item.grade.score
        max_score += item.grade.max_score
        totals = by_quiz.setdefault(item.quiz.id, {"score": 0.0, "max_score": 0.0})
        totals["score"] += item.grade.score
        totals["max_score"] += item.grade.max_score
        tests.append(
            {
                "name": f"{item.quiz.id}.{item.question.id}",
                "number": str(number),
                "score": item.grade.score,
                "max_score": item.grade.max_score,
                "status": "passed" if item.grade.status is Status.CORRECT else "failed",
                "output": question_output(item),
                "tags": [f"quiz:{item.quiz.id}", f"kind:{item.question.kind}"],
                "extra_data": {
                    "result": item.grade.status.value,
                    "objective": item.question.objective,
                },
            }
        )
    return {
        "score": round(score, 2),
        "max_score": max_score,
        "execution_time": round(execution_time, 3),
        "output": f"{len(tests)} questions graded.",
        "tests": tests,
        "extra_data": {"quizzes": by_quiz},
    }


def write_results(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
