"""The ``pakru`` command: the student's and the author's tools.

Every error is one line that says what to do, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pakru import __version__
from pakru.answers import answer_file_text
from pakru.events import EventsError, load_events
from pakru.grading import answer_path, grade_all
from pakru.quiz import Quiz, QuizError, discover_quizzes
from pakru.quiz_authoring import load_model_answers, model_answers_path, seal_quiz, write_seals
from pakru.results import gradescope_results, write_results
from pakru.workspace import Course, CourseNotFound, find_course


class CommandError(Exception):
    """A problem the user can fix; printed as one line."""


def load_course_quizzes(course: Course) -> list[Quiz]:
    events = load_events(course.events_file)
    quizzes = discover_quizzes(course.quizzes_dir, events)
    if not quizzes:
        raise CommandError(f"no quizzes found in {course.quizzes_dir}")
    return quizzes


def pick_quiz(quizzes: list[Quiz], wanted: str) -> Quiz:
    """Accept a quiz id (``legacy``), a lesson number (``1``) or a module stem."""
    for number, quiz in enumerate(quizzes, start=1):
        stem = quiz.module_path.stem if quiz.module_path else ""
        if wanted in {quiz.id, str(number), stem, quiz.lesson, quiz.lesson.rsplit("/", 1)[-1]}:
            return quiz
    choices = ", ".join(quiz.id for quiz in quizzes)
    raise CommandError(f"no quiz called {wanted!r}; choose one of: {choices} (or a lesson number)")


def command_quiz_start(course: Course, arguments: argparse.Namespace) -> int:
    quiz = pick_quiz(load_course_quizzes(course), arguments.lesson)
    target = answer_path(course.answers_dir, quiz)
    if target.exists():
        print(f"Your answer file already exists; keep working in it: {target}")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(answer_file_text(quiz), encoding="utf-8")
    print(f"Created {target}\nAnswer the questions there, then run: pytest quizzes")
    return 0


def command_quiz_seal(course: Course, arguments: argparse.Namespace) -> int:
    if not course.is_teaching_edition:
        raise CommandError(
            "sealing needs the model answers in instructor/, which only the teaching edition has"
        )
    events = load_events(course.events_file)
    quizzes = load_course_quizzes(course)
    selected = [pick_quiz(quizzes, wanted) for wanted in arguments.quizzes] or quizzes
    for quiz in selected:
        models = load_model_answers(model_answers_path(course.instructor_dir, quiz.id))
        seals = seal_quiz(quiz, models, events)
        assert quiz.module_path is not None
        changed = write_seals(quiz.module_path, seals)
        print(f"{quiz.id}: {'sealed' if changed else 'already up to date'} ({len(seals)} questions)")
    return 0


def command_grade(course: Course, arguments: argparse.Namespace) -> int:
    started = time.perf_counter()
    quizzes = load_course_quizzes(course)
    answers_dir = Path(arguments.answers) if arguments.answers else course.answers_dir
    graded = grade_all(quizzes, answers_dir)
    results = gradescope_results(graded, time.perf_counter() - started)
    if arguments.json:
        write_results(Path(arguments.json), results)
    print(f"Score: {results['score']:g} of {results['max_score']:g}")
    if arguments.json:
        print(f"Results written to {arguments.json}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pakru", description="Work through the Pakistan–Russia course.")
    parser.add_argument("--version", action="version", version=f"pakru {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    quiz = commands.add_parser("quiz", help="start or seal the lesson quizzes")
    quiz_commands = quiz.add_subparsers(dest="quiz_command", required=True, metavar="ACTION")
    start = quiz_commands.add_parser("start", help="create your answer file for a lesson's quiz")
    start.add_argument("lesson", help="quiz id such as 'legacy', or a lesson number such as 1")
    start.set_defaults(handler=command_quiz_start)
    seal = quiz_commands.add_parser(
        "seal", help="(authors) write keys and sealed explanations from instructor/"
    )
    seal.add_argument("quizzes", nargs="*", help="quiz ids; all quizzes when omitted")
    seal.set_defaults(handler=command_quiz_seal)

    grade = commands.add_parser("grade", help="grade your quiz answers and optionally write results.json")
    grade.add_argument("--json", metavar="FILE", help="write Gradescope-format results to FILE")
    grade.add_argument("--answers", metavar="DIR", help="answer files folder (default: workspace/quizzes)")
    grade.set_defaults(handler=command_grade)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        course = find_course()
        return int(arguments.handler(course, arguments))
    except (CommandError, CourseNotFound, QuizError, EventsError) as error:
        print(f"pakru: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


__all__ = ["main"]
