"""Grade a student's answer files against the quizzes: shared by pytest and ``pakru``."""

from __future__ import annotations

from pathlib import Path

from pakru.answers import AnswerSheet, read_answer_file
from pakru.events import Event
from pakru.quiz import Grade, Quiz, Status
from pakru.results import GradedQuestion


def answer_path(answers_dir: Path, quiz: Quiz) -> Path:
    return answers_dir / f"{quiz.id}.py"


def read_sheet(answers_dir: Path, quiz: Quiz) -> AnswerSheet:
    return read_answer_file(answer_path(answers_dir, quiz), {question.id for question in quiz.questions})


def grade_quiz(quiz: Quiz, sheet: AnswerSheet) -> list[GradedQuestion]:
    """One :class:`GradedQuestion` per question; a bad answer never stops the others."""
    graded: list[GradedQuestion] = []
    for question in quiz.questions:
        if question.id in sheet.problems:
            grade = Grade(Status.INVALID, 0.0, question.points, sheet.problems[question.id])
            answer = None
        else:
            answer = sheet.values.get(question.id)
            grade = question.grade(quiz.id, answer)
        graded.append(GradedQuestion(quiz, question, grade, answer))
    return graded


def grade_all(quizzes: list[Quiz], answers_dir: Path) -> list[GradedQuestion]:
    return [item for quiz in quizzes for item in grade_quiz(quiz, read_sheet(answers_dir, quiz))]


def lesson_link(quiz: Quiz, section: str) -> str:
    """Where a student revises: the lesson's source and its page in the built book."""
    return f"course/{quiz.lesson}.md, section '{section}' (in the book: {quiz.lesson}.html#{section})"


__all__ = ["Event", "answer_path", "grade_all", "grade_quiz", "lesson_link", "read_sheet"]
