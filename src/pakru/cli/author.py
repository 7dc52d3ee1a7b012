"""The course author's commands: ``pakru quiz seal`` and ``pakru dev check``."""

from __future__ import annotations

import argparse

from pakru.cli.output import CommandError, console, course_exercises, course_quizzes, literal, pick_quiz
from pakru.devcheck import dev_check
from pakru.exercises import find_exercise
from pakru.quiz_authoring import load_model_answers, model_answers_path, seal_quiz, write_seals
from pakru.workspace import Course, load_course_material


def command_quiz_seal(course: Course, arguments: argparse.Namespace) -> int:
    if not course.is_teaching_edition:
        raise CommandError(
            "sealing needs the model answers in instructor/, which only the teaching edition has"
        )
    quizzes = course_quizzes(course)
    events = load_course_material(course).events
    selected = [pick_quiz(quizzes, wanted) for wanted in arguments.quizzes] or list(quizzes)
    for quiz in selected:
        models = load_model_answers(model_answers_path(course.instructor_dir, quiz.id))
        seals = seal_quiz(quiz, models, events)
        assert quiz.module_path is not None
        changed = write_seals(quiz.module_path, seals)
        console.print(f"{quiz.id}: {'sealed' if changed else 'already up to date'} ({len(seals)} questions)")
    return 0


def command_dev_check(course: Course, arguments: argparse.Namespace) -> int:
    if not course.is_teaching_edition:
        console.print("'pakru dev check' is for authors; it needs the teaching edition's instructor/ folder.")
        return 0
    exercises = list(course_exercises(course))
    selected = [find_exercise(exercises, arguments.name)] if arguments.name else exercises
    problems = dev_check(course, selected, course.root / "course" / "references.bib")
    for problem in problems:
        console.print(f"[red]problem[/red] {literal(problem)}")
    if problems:
        console.print(f"{len(problems)} problem(s) found.")
        return 1
    console.print(f"All {len(selected)} exercise(s) and the data files are sound.")
    return 0


def register_quiz(quiz_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    seal = quiz_commands.add_parser(
        "seal", help="(authors) write keys and sealed explanations from instructor/"
    )
    seal.add_argument("quizzes", nargs="*", help="quiz ids; all quizzes when omitted")
    seal.set_defaults(handler=command_quiz_seal)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dev = commands.add_parser("dev", help="(authors) checks for course authors")
    dev_commands = dev.add_subparsers(dest="dev_command", required=True, metavar="ACTION")
    check = dev_commands.add_parser(
        "check", help="stubs fail, solutions pass, tasks and hints agree, data valid"
    )
    check.add_argument("name", nargs="?")
    check.set_defaults(handler=command_dev_check)
