"""Find the course and the student's workspace from any folder inside it.

The workspace (``workspace/`` at the course root) is untracked by git, so a
``git pull`` of course updates never touches a student's answers or code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pakru.events import Event, load_events
from pakru.exercises import Exercise, discover_exercises
from pakru.quiz import Quiz, discover_quizzes


class CourseNotFound(RuntimeError):
    """Raised outside a course checkout."""


@dataclass(frozen=True)
class Course:
    """Paths of one course checkout."""

    root: Path

    @property
    def quizzes_dir(self) -> Path:
        return self.root / "quizzes"

    @property
    def exercises_dir(self) -> Path:
        return self.root / "exercises"

    @property
    def events_file(self) -> Path:
        return self.root / "data" / "events.csv"

    @property
    def instructor_dir(self) -> Path:
        return self.root / "instructor"

    @property
    def workspace(self) -> Path:
        return self.root / "workspace"

    @property
    def answers_dir(self) -> Path:
        return self.workspace / "quizzes"

    @property
    def is_teaching_edition(self) -> bool:
        return self.instructor_dir.is_dir()


def find_course(start: Path | None = None) -> Course:
    """The nearest folder at or above ``start`` that holds ``quizzes/`` and ``course/``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "quizzes").is_dir() and (folder / "course").is_dir():
            return Course(folder)
    raise CourseNotFound(f"{here} is not inside the course; cd into the course folder first")


@dataclass(frozen=True)
class CourseMaterial:
    """A course's events, quizzes and exercises, loaded once for a command, a batch or a bundle."""

    course: Course
    events: tuple[Event, ...]
    quizzes: tuple[Quiz, ...]
    exercises: tuple[Exercise, ...]


def load_course_material(course: Course) -> CourseMaterial:
    """The one course loader: every command, the batch and the autograder read a course through it."""
    events = tuple(load_events(course.events_file)) if course.events_file.exists() else ()
    return CourseMaterial(
        course,
        events,
        tuple(discover_quizzes(course.quizzes_dir, events)),
        tuple(discover_exercises(course.exercises_dir)),
    )
