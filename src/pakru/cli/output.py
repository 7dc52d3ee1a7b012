"""What every command shares: the console, the one-line error, and picking things by name.

Text that comes from lessons, hints, tasks or students' files goes through
:func:`literal`, so square brackets are printed as written and never read as
rich markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from pakru.exercises import Exercise
from pakru.quiz import Quiz
from pakru.workspace import Course, load_course_material

console = Console(highlight=False)


class CommandError(Exception):
    """A problem the user can fix; printed as one line."""


def literal(text: object) -> str:
    """``text`` as rich prints it literally: ``groups[year]`` stays ``groups[year]``."""
    return escape(str(text))


def output_path(text: str) -> Path:
    """Where a command will write, checked before it does any work.

    The folder must exist already: gradebooks and results hold personal data, and a typo in
    a path should not quietly create a new folder for them.
    """
    path = Path(text)
    if not path.parent.is_dir():
        raise CommandError(f"{path}: no folder {path.parent}; create it first or choose another path")
    return path


def course_quizzes(course: Course) -> tuple[Quiz, ...]:
    quizzes = load_course_material(course).quizzes
    if not quizzes:
        raise CommandError(f"no quizzes found in {course.quizzes_dir}")
    return quizzes


def course_exercises(course: Course) -> tuple[Exercise, ...]:
    exercises = load_course_material(course).exercises
    if not exercises:
        raise CommandError(f"no exercises found in {course.exercises_dir}")
    return exercises


def pick_quiz(quizzes: tuple[Quiz, ...] | list[Quiz], wanted: str) -> Quiz:
    """Accept a quiz id (``legacy``), a lesson number (``1``) or a module stem."""
    for number, quiz in enumerate(quizzes, start=1):
        stem = quiz.module_path.stem if quiz.module_path else ""
        if wanted in {quiz.id, str(number), stem, quiz.lesson, quiz.lesson.rsplit("/", 1)[-1]}:
            return quiz
    choices = ", ".join(quiz.id for quiz in quizzes)
    raise CommandError(f"no quiz called {wanted!r}; choose one of: {choices} (or a lesson number)")


__all__ = [
    "CommandError",
    "console",
    "course_exercises",
    "course_quizzes",
    "literal",
    "output_path",
    "pick_quiz",
]
