"""The score table: one wording for ``pytest``, ``pakru grade`` and, later, the batch and Gradescope.

Everything here is plain text in, plain text out: no pytest or rich at module level, so any
front end can print a :class:`ScoreSection` its own way (pytest with ``write_sep`` and lines,
``pakru`` with its console). A quiz or exercise the student has not started is one line that
names the command to start it, never a line per question or check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pakru.answers import AnswerSheet
from pakru.quiz import Quiz, Status, format_points
from pakru.results import GradedQuestion


@dataclass(frozen=True)
class QuizScore:
    """One quiz's row: how much is answered and what it scores."""

    quiz_id: str
    questions: int
    answered: int
    correct: int
    score: float
    max_score: float
    started: bool = True

    @classmethod
    def of(cls, quiz: Quiz, graded: Sequence[GradedQuestion]) -> QuizScore:
        return cls(
            quiz_id=quiz.id,
            questions=len(graded),
            answered=sum(item.grade.status is not Status.UNANSWERED for item in graded),
            correct=sum(item.grade.status is Status.CORRECT for item in graded),
            score=sum(item.grade.score for item in graded),
            max_score=sum(item.grade.max_score for item in graded),
        )

    @classmethod
    def not_started(cls, quiz: Quiz) -> QuizScore:
        return cls(quiz.id, len(quiz.questions), 0, 0, 0.0, quiz.max_score, started=False)


@dataclass(frozen=True)
class ExerciseScore:
    """One exercise's row: how many of its checks pass."""

    name: str
    checks: int
    passed: int
    started: bool = True
    # Set when the student's file could not be loaded, so no check could run.
    problem: str = ""

    @property
    def status(self) -> str:
        if self.problem:
            return "could not be loaded"
        return "all pass" if self.passed == self.checks else "in progress"


@dataclass(frozen=True)
class ScoreSection:
    """A titled block of lines; pytest writes the title with ``write_sep``."""

    title: str
    lines: tuple[str, ...]


def quiz_not_started_line(quiz_id: str) -> str:
    return f"{quiz_id}: not started; run pakru quiz start {quiz_id}"


def exercise_not_started_line(name: str) -> str:
    return f"{name}: not started; run pakru start {name}"


def scores_by_quiz(graded: Iterable[GradedQuestion]) -> list[QuizScore]:
    """One :class:`QuizScore` per quiz, in the order the questions came."""
    by_quiz: dict[str, tuple[Quiz, list[GradedQuestion]]] = {}
    for item in graded:
        by_quiz.setdefault(item.quiz.id, (item.quiz, []))[1].append(item)
    return [QuizScore.of(quiz, items) for quiz, items in by_quiz.values()]


def unknown_name_lines(
    sheets: Iterable[AnswerSheet], course_relative: str = "workspace/quizzes"
) -> list[str]:
    """Every assignment to a name that is not a question (q7 for q07), with file, line and suggestion."""
    return [
        entry.describe(f"{course_relative}/{sheet.path.name}") for sheet in sheets for entry in sheet.unknown
    ]


def _percent(score: float, most: float) -> str:
    return f"{100 * score / most:.0f}%" if most else "-"


def _points(score: float, most: float) -> str:
    return f"{format_points(score)}/{format_points(most)}"


def quiz_section(scores: Sequence[QuizScore], unknown_names: Sequence[str] = ()) -> ScoreSection:
    """The quiz table: a row per started quiz and the total over every quiz, then a line per quiz
    not started and the names that are not questions."""
    lines = [f"{'quiz':<12}{'answered':>10}{'correct':>9}{'points':>14}{'score':>8}"]
    for row in scores:
        if row.started:
            lines.append(
                f"{row.quiz_id:<12}{f'{row.answered}/{row.questions}':>10}{row.correct:>9}"
                f"{_points(row.score, row.max_score):>14}{_percent(row.score, row.max_score):>8}"
            )
    total = sum(row.score for row in scores)
    most = sum(row.max_score for row in scores)
    lines.append(f"{'total':<12}{'':>10}{'':>9}{_points(total, most):>14}{_percent(total, most):>8}")
    lines.extend(quiz_not_started_line(row.quiz_id) for row in scores if not row.started)
    if unknown_names:
        lines.append("Not graded (not a question of the quiz):")
        lines.extend(f"  {line}" for line in unknown_names)
    return ScoreSection("quiz scores", tuple(lines))


def exercise_section(scores: Sequence[ExerciseScore]) -> ScoreSection:
    """The exercise table: a row per started exercise, then one line per exercise not started."""
    width = max([len("exercise"), *(len(row.name) for row in scores)]) + 2
    lines = [f"{'exercise':<{width}}{'checks':>8}  status"]
    for row in scores:
        if row.started:
            lines.append(f"{row.name:<{width}}{f'{row.passed}/{row.checks}':>8}  {row.status}")
    started = [row for row in scores if row.started]
    done = sum(row.started and row.passed == row.checks and not row.problem for row in scores)
    lines.append(f"{'total':<{width}}{'':>8}  {done} of {len(scores)} exercises pass every check")
    lines.extend(exercise_not_started_line(row.name) for row in scores if not row.started)
    lines.extend(f"{row.name}: {row.problem}" for row in started if row.problem)
    return ScoreSection("exercise scores", tuple(lines))


__all__ = [
    "ExerciseScore",
    "QuizScore",
    "ScoreSection",
    "exercise_section",
    "quiz_section",
    "scores_by_quiz",
    "unknown_name_lines",
]
