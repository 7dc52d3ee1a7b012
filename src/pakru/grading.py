"""Grade a student's answer files against the quizzes: shared by pytest, ``pakru``, batches and Gradescope.

:func:`grade_quiz` turns one answer sheet into one :class:`GradedQuestion` per
question, with the public (hashed) keys by default or an instructor's plain keys;
the verdict itself always comes from :func:`pakru.quiz.grade_answer`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

from pakru.answers import AnswerSheet, read_answer_file
from pakru.quiz import AnswerKeys, Grade, Question, Quiz, QuizError, SealedKeys, Status, grade_answer
from pakru.results import GradedQuestion

KeysFor = Callable[[Question], AnswerKeys]
# The course's anchored headings (myst_heading_anchors = 3 in course/conf.py).
HEADING = re.compile(r"^#{1,3} (?P<title>.+)$", re.MULTILINE)


def answer_path(answers_dir: Path, quiz: Quiz) -> Path:
    return answers_dir / f"{quiz.id}.py"


def read_sheet(answers_dir: Path, quiz: Quiz) -> AnswerSheet:
    return read_answer_file(answer_path(answers_dir, quiz), {question.id for question in quiz.questions})


def sealed_keys(quiz: Quiz) -> KeysFor:
    def keys_for(question: Question) -> AnswerKeys:
        if question.seal is None:
            raise QuizError(f"question {question.id} has no seal; run 'pakru quiz seal {quiz.id}'")
        return SealedKeys(question.salt(quiz.id), question.seal)

    return keys_for


def grade_sheet_question(question: Question, sheet: AnswerSheet, keys: AnswerKeys) -> Grade:
    """One question of one sheet: what the file says about it, then the one grader."""
    if sheet.file_problem:
        return Grade(Status.INVALID, 0.0, question.points, sheet.file_problem)
    if question.id in sheet.problems:
        return Grade(Status.INVALID, 0.0, question.points, sheet.problems[question.id])
    if question.id not in sheet.values and (misnamed := sheet.unknown_for(question.id)):
        return Grade(Status.INVALID, 0.0, question.points, misnamed.describe(sheet.path.name))
    return grade_answer(question, sheet.values.get(question.id), keys)


def grade_quiz(quiz: Quiz, sheet: AnswerSheet, keys_for: KeysFor | None = None) -> list[GradedQuestion]:
    """One :class:`GradedQuestion` per question; a bad answer never stops the others."""
    keys_for = keys_for or sealed_keys(quiz)
    graded: list[GradedQuestion] = []
    for question in quiz.questions:
        grade = grade_sheet_question(question, sheet, keys_for(question))
        graded.append(GradedQuestion(quiz, question, grade, sheet.values.get(question.id)))
    return graded


def grade_all(quizzes: list[Quiz], answers_dir: Path) -> list[GradedQuestion]:
    return [item for quiz in quizzes for item in grade_quiz(quiz, read_sheet(answers_dir, quiz))]


def lesson_link(quiz: Quiz, section: str) -> str:
    """Where a student revises: the section's heading in the lesson's source, and its page in the book."""
    heading = section_headings(quiz).get(section, section)
    return f"course/{quiz.lesson}.md, section '{heading}' (in the book: {quiz.lesson}.html#{section})"


def section_headings(quiz: Quiz) -> dict[str, str]:
    """The lesson's headings by their anchors, as myst-parser makes them; empty without the source."""
    if quiz.module_path is None:
        return {}
    return _headings_by_anchor(quiz.module_path.parent.parent / "course" / f"{quiz.lesson}.md")


@functools.cache
def _headings_by_anchor(lesson: Path) -> dict[str, str]:
    from myst_parser.mdit_to_docutils.base import default_slugify  # what the book's anchors use

    try:
        text = lesson.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    headings = (match["title"].strip() for match in HEADING.finditer(text))
    return {default_slugify(title): title for title in headings}


__all__ = ["answer_path", "grade_all", "grade_quiz", "lesson_link", "read_sheet"]
