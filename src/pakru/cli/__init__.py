"""The ``pakru`` command, split by audience: :mod:`.student`, :mod:`.author` and :mod:`.instructor`.

Every error is one line that says what to do, and a non-zero exit; never a
traceback. Output goes through rich (:mod:`.output`), stays readable without
colour and respects ``NO_COLOR``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pakru import __version__
from pakru.cli import author, instructor, student
from pakru.cli.output import CommandError
from pakru.events import EventsError
from pakru.exercises import ExerciseError
from pakru.instructor_pipeline.autograder import AutograderError
from pakru.instructor_pipeline.batch import BatchError
from pakru.instructor_pipeline.overlay import OverlayError
from pakru.instructor_pipeline.release import ReleaseError
from pakru.instructor_pipeline.sandbox import SandboxError
from pakru.quiz import QuizError
from pakru.workspace import CourseNotFound, find_course

USER_ERRORS = (
    CommandError,
    CourseNotFound,
    QuizError,
    EventsError,
    ExerciseError,
    OverlayError,
    ReleaseError,
    AutograderError,
    BatchError,
    SandboxError,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pakru", description="Work through the Pakistan–Russia course.")
    parser.add_argument("--version", action="version", version=f"pakru {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    student.register(commands)
    quiz = commands.add_parser("quiz", help="start (students) or seal (authors) the lesson quizzes")
    quiz_commands = quiz.add_subparsers(dest="quiz_command", required=True, metavar="ACTION")
    student.register_quiz(quiz_commands)
    author.register_quiz(quiz_commands)
    instructor.register_quiz(quiz_commands)
    author.register(commands)
    instructor.register(commands)
    return parser


def course_not_found(error: CourseNotFound, arguments: argparse.Namespace, command: str) -> str:
    """What to do when there is no course: pass --course (commands that take it), or cd into it."""
    given = getattr(arguments, "course", None)
    if given:
        return (
            f"{given} is not a pakru course (no quizzes/ and course/ folders in it or above it): "
            "pass the course folder to --course"
        )
    if hasattr(arguments, "course"):
        return f"{Path.cwd()} is not inside the course: pass the course folder, as in: {command} --course DIR"
    return f"{error}, then run: {command}"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        # --course (the instructor's commands) lets student data live outside the checkout;
        # this is the one place that resolves it, for every command.
        course = find_course(Path(arguments.course) if getattr(arguments, "course", None) else None)
        return int(arguments.handler(course, arguments))
    except CourseNotFound as error:
        command = " ".join(["pakru", *(sys.argv[1:] if argv is None else argv)])
        print(f"pakru: {course_not_found(error, arguments, command)}", file=sys.stderr)
        return 2
    except USER_ERRORS as error:
        print(f"pakru: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


__all__ = ["main"]
