"""The ``pakru`` command: the student's and the author's tools.

Every error is one line that says what to do, and a non-zero exit; never a
traceback. Output goes through rich, stays readable without colour and
respects ``NO_COLOR``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from rich.progress_bar import ProgressBar
from rich.table import Table

from pakru import __version__
from pakru.answers import answer_file_text
from pakru.autograder import AutograderError, build_bundle
from pakru.batch import BatchError, grade_batch, read_roster
from pakru.checker import CheckRun, run_checks
from pakru.devcheck import dev_check
from pakru.events import EventsError, load_events
from pakru.exercises import Exercise, ExerciseError, discover_exercises, find_exercise
from pakru.grading import answer_path, grade_all
from pakru.isolation import Limits, limits_in_force
from pakru.overlay import OverlayError, create_overlay, load_overlay, teaching_keys
from pakru.progress import ExerciseStatus, Progress, reset_exercise, start_exercise, work_file
from pakru.quiz import Quiz, QuizError, Status, discover_quizzes
from pakru.quiz_authoring import (
    KeyLetters,
    key_balance_warnings,
    key_letters,
    load_model_answers,
    model_answers_path,
    seal_quiz,
    write_seals,
)
from pakru.release import ReleaseError, release
from pakru.results import gradescope_results, write_results
from pakru.workspace import Course, CourseNotFound, find_course

# soft_wrap: long lines wrap in the terminal, not as hard breaks that split messages.
console = Console(highlight=False, soft_wrap=True)


class CommandError(Exception):
    """A problem the user can fix; printed as one line."""


# --- loading -----------------------------------------------------------------------


def load_course_quizzes(course: Course) -> list[Quiz]:
    quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))
    if not quizzes:
        raise CommandError(f"no quizzes found in {course.quizzes_dir}")
    return quizzes


def load_course_exercises(course: Course) -> list[Exercise]:
    exercises = discover_exercises(course.exercises_dir)
    if not exercises:
        raise CommandError(f"no exercises found in {course.exercises_dir}")
    return exercises


def pick_quiz(quizzes: list[Quiz], wanted: str) -> Quiz:
    """Accept a quiz id (``legacy``), a lesson number (``1``) or a module stem."""
    for number, quiz in enumerate(quizzes, start=1):
        stem = quiz.module_path.stem if quiz.module_path else ""
        if wanted in {quiz.id, str(number), stem, quiz.lesson, quiz.lesson.rsplit("/", 1)[-1]}:
            return quiz
    choices = ", ".join(quiz.id for quiz in quizzes)
    raise CommandError(f"no quiz called {wanted!r}; choose one of: {choices} (or a lesson number)")


def current_exercise(course: Course, exercises: list[Exercise], wanted: str | None) -> Exercise:
    """The named exercise, else the one last worked on, else the first unfinished."""
    if wanted:
        return find_exercise(exercises, wanted)
    progress = Progress.load(course)
    if progress.current:
        for exercise in exercises:
            if exercise.name == progress.current:
                return exercise
    return first_unfinished(course, exercises) or exercises[-1]


def first_unfinished(course: Course, exercises: list[Exercise]) -> Exercise | None:
    progress = Progress.load(course)
    for exercise in exercises:
        if progress.status(exercise, work_file(course, exercise)) is not ExerciseStatus.DONE:
            return exercise
    return None


# --- quizzes -------------------------------------------------------------------------


def command_quiz_start(course: Course, arguments: argparse.Namespace) -> int:
    quiz = pick_quiz(load_course_quizzes(course), arguments.lesson)
    target = answer_path(course.answers_dir, quiz)
    if target.exists():
        console.print(f"Your answer file already exists; keep working in it: {target}")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(answer_file_text(quiz), encoding="utf-8")
    console.print(f"Created {target}\nAnswer the questions there, then run: pytest quizzes")
    return 0


def command_quiz_seal(course: Course, arguments: argparse.Namespace) -> int:
    if not course.is_teaching_edition:
        raise CommandError(
            "sealing needs the model answers in instructor/, which only the teaching edition has"
        )
    events = load_events(course.events_file)
    quizzes = load_course_quizzes(course)
    selected = [pick_quiz(quizzes, wanted) for wanted in arguments.quizzes] or quizzes
    sealed_keys: list[KeyLetters] = []
    for quiz in selected:
        models = load_model_answers(model_answers_path(course.instructor_dir, quiz.id))
        seals = seal_quiz(quiz, models, events)
        assert quiz.module_path is not None
        changed = write_seals(quiz.module_path, seals)
        console.print(f"{quiz.id}: {'sealed' if changed else 'already up to date'} ({len(seals)} questions)")
        sealed_keys.append(key_letters(quiz, models))
    for warning in key_balance_warnings(sealed_keys):
        console.print(warning)
    return 0


def command_grade(course: Course, arguments: argparse.Namespace) -> int:
    started = time.perf_counter()
    quizzes = load_course_quizzes(course)
    answers_dir = Path(arguments.answers) if arguments.answers else course.answers_dir
    graded = grade_all(quizzes, answers_dir)
    results = gradescope_results(graded, time.perf_counter() - started)
    if arguments.json:
        write_results(Path(arguments.json), results)
    console.print(f"Score: {results['score']:g} of {results['max_score']:g}")
    if arguments.json:
        console.print(f"Results written to {arguments.json}")
    return 0


# --- exercises -----------------------------------------------------------------------


def show_check_run(exercise: Exercise, run: CheckRun) -> None:
    if run.import_error:
        console.print(f"[bold]{exercise.name}[/bold]: your file could not be loaded: {run.import_error}")
        return
    for task in exercise.tasks:
        results = [result for result in run.results if result.check.task == task]
        passed = sum(result.passed for result in results)
        console.print(
            f"[bold]Task {task}: {exercise.readme_tasks[task]}[/bold]  ({passed}/{len(results)} checks)"
        )
        for result in results:
            mark = "[green]PASS[/green]" if result.passed else "[red]FAIL[/red]"
            console.print(f"  {mark} {result.check.name}")
            if not result.passed:
                console.print(f"       {result.check.message}")
                console.print(f"       {result.detail}")
    total = len(run.results)
    if run.passed:
        console.print(
            f"[bold green]All {total} checks pass.[/bold green] Well done: run 'pakru next' to go on."
        )
    else:
        console.print(f"{run.passed_count} of {total} checks pass. 'pakru hint {exercise.name}' can help.")


def check_exercise(course: Course, exercise: Exercise) -> CheckRun:
    target = work_file(course, exercise)
    if not target.exists():
        raise CommandError(f"you have not started {exercise.name}; run: pakru start {exercise.name}")
    run = run_checks(target, exercise, course.root)
    Progress.load(course).record(exercise, target, run.passed)
    return run


def command_check(course: Course, arguments: argparse.Namespace) -> int:
    exercise = current_exercise(course, load_course_exercises(course), arguments.name)
    run = check_exercise(course, exercise)
    show_check_run(exercise, run)
    return 0 if run.passed else 1


def command_start(course: Course, arguments: argparse.Namespace) -> int:
    exercise = find_exercise(load_course_exercises(course), arguments.name)
    return introduce(course, exercise)


def introduce(course: Course, exercise: Exercise) -> int:
    target, created = start_exercise(course, exercise)
    progress = Progress.load(course)
    progress.current = exercise.name
    progress.save()
    console.print(Markdown(exercise.readme.read_text(encoding="utf-8")))
    action = "Created your copy" if created else "Your copy already exists (it was not changed)"
    console.print(f"\n{action}: {target}\nEdit it, then run: pakru check {exercise.name}  (or: pakru watch)")
    return 0


def command_next(course: Course, arguments: argparse.Namespace) -> int:
    exercise = first_unfinished(course, load_course_exercises(course))
    if exercise is None:
        console.print("Every exercise is done. Run 'pakru progress' to see the whole course.")
        return 0
    return introduce(course, exercise)


def command_hint(course: Course, arguments: argparse.Namespace) -> int:
    exercise = find_exercise(load_course_exercises(course), arguments.name)
    tasks = [arguments.task] if arguments.task is not None else exercise.tasks
    for task in tasks:
        if task not in exercise.hints:
            raise CommandError(
                f"{exercise.name} has no task {task}; its tasks are {', '.join(map(str, exercise.tasks))}"
            )
        console.print(
            f"[bold]Task {task}: {exercise.readme_tasks.get(task, '')}[/bold]\n  {exercise.hints[task]}"
        )
    return 0


def command_watch(course: Course, arguments: argparse.Namespace) -> int:
    from watchfiles import watch  # imported here: only watch needs it

    exercise = current_exercise(course, load_course_exercises(course), arguments.name)
    target = work_file(course, exercise)
    if not target.exists():
        raise CommandError(f"you have not started {exercise.name}; run: pakru start {exercise.name}")
    console.print(f"Watching {target}; save the file to check it again. Press Ctrl-C to stop.")
    show_check_run(exercise, check_exercise(course, exercise))
    try:
        for _changes in watch(target, debounce=300, rust_timeout=0, yield_on_timeout=False):
            console.rule(exercise.name)
            show_check_run(exercise, check_exercise(course, exercise))
    except KeyboardInterrupt:
        pass
    console.print("Stopped watching.")
    return 0


def command_reset(course: Course, arguments: argparse.Namespace) -> int:
    exercises = load_course_exercises(course)
    if arguments.all == bool(arguments.name):
        raise CommandError("name one exercise to reset, or use --all")
    selected = exercises if arguments.all else [find_exercise(exercises, arguments.name)]
    for exercise in selected:
        backup = reset_exercise(course, exercise)
        if backup is not None:
            console.print(f"{exercise.name}: your version is saved at {backup}; the stub is back in place.")
        else:
            console.print(f"{exercise.name}: the stub is in place (there was no earlier copy).")
    return 0


def command_solution(course: Course, arguments: argparse.Namespace) -> int:
    exercise = find_exercise(load_course_exercises(course), arguments.name)
    if not course.is_teaching_edition:
        console.print("This is the student edition: your instructor releases the solutions.")
        return 0
    target = work_file(course, exercise)
    if not target.exists() or not check_exercise(course, exercise).passed:
        raise CommandError(
            f"finish {exercise.name} first: the solution opens once 'pakru check {exercise.name}' passes"
        )
    console.print(exercise.solution(course.instructor_dir).read_text(encoding="utf-8"), markup=False)
    return 0


def command_list(course: Course, arguments: argparse.Namespace) -> int:
    progress = Progress.load(course)
    table = Table(title="Exercises", show_lines=False)
    for column in ("exercise", "lesson", "title", "status"):
        table.add_column(column)
    for exercise in load_course_exercises(course):
        status = progress.status(exercise, work_file(course, exercise))
        table.add_row(exercise.name, str(exercise.lesson), exercise.title, status.value)
    console.print(table)
    console.print(quiz_table(course))
    return 0


def quiz_table(course: Course) -> Table:
    table = Table(title="Quizzes")
    for column in ("quiz", "answered", "score"):
        table.add_column(column)
    graded = grade_all(load_course_quizzes(course), course.answers_dir)
    for quiz_id in dict.fromkeys(item.quiz.id for item in graded):
        items = [item for item in graded if item.quiz.id == quiz_id]
        answered = sum(item.grade.status is not Status.UNANSWERED for item in items)
        score = sum(item.grade.score for item in items)
        most = sum(item.grade.max_score for item in items)
        table.add_row(quiz_id, f"{answered}/{len(items)}", f"{score:g}/{most:g}")
    return table


def command_progress(course: Course, arguments: argparse.Namespace) -> int:
    exercises = load_course_exercises(course)
    progress = Progress.load(course)
    done = sum(progress.status(e, work_file(course, e)) is ExerciseStatus.DONE for e in exercises)
    graded = grade_all(load_course_quizzes(course), course.answers_dir)
    score = sum(item.grade.score for item in graded)
    most = sum(item.grade.max_score for item in graded)
    console.print(f"Exercises: {done} of {len(exercises)} done")
    console.print(ProgressBar(total=len(exercises), completed=done, width=40))
    console.print(f"Quizzes: {score:g} of {most:g} points")
    console.print(ProgressBar(total=most or 1, completed=score, width=40))
    command_list(course, arguments)
    if done == len(exercises) and score == most:
        console.print(
            "[bold green]Course complete![/bold green] Every exercise passes and every quiz has full marks."
        )
    return 0


def command_dev_check(course: Course, arguments: argparse.Namespace) -> int:
    if not course.is_teaching_edition:
        console.print("'pakru dev check' is for authors; it needs the teaching edition's instructor/ folder.")
        return 0
    exercises = load_course_exercises(course)
    selected = [find_exercise(exercises, arguments.name)] if arguments.name else exercises
    problems = dev_check(course, selected, course.root / "course" / "references.bib")
    for problem in problems:
        console.print(f"[red]problem[/red] {problem}", markup=True)
    if problems:
        console.print(f"{len(problems)} problem(s) found.")
        return 1
    console.print(f"All {len(selected)} exercise(s) and the data files are sound.")
    return 0


# --- instructors ---------------------------------------------------------------------


def command_release(course: Course, arguments: argparse.Namespace) -> int:
    count = release(course, Path(arguments.out_dir))
    console.print(f"Wrote the student edition ({count} files, without instructor/) to {arguments.out_dir}")
    return 0


def command_overlay_new(course: Course, arguments: argparse.Namespace) -> int:
    create_overlay(course, Path(arguments.folder), load_course_exercises(course))
    console.print(f"Created the class overlay {arguments.folder}. Keep it private; its README explains it.")
    return 0


def command_autograder_build(course: Course, arguments: argparse.Namespace) -> int:
    overlay = Path(arguments.overlay) if arguments.overlay else None
    build_bundle(course, Path(arguments.output), overlay)
    keys = f"the overlay {overlay}" if overlay else "the teaching edition's instructor/ keys"
    console.print(f"Wrote the Gradescope autograder {arguments.output}, grading with {keys}.")
    return 0


def warn_if_shared(folder: Path) -> None:
    if os.name == "posix" and folder.is_dir() and folder.stat().st_mode & 0o077:
        console.print(f"warning: other users can read {folder}; run: chmod -R go-rwx {folder}")


def command_grade_batch(course: Course, arguments: argparse.Namespace) -> int:
    from rich.progress import Progress as Bar  # imported here: only batches need it

    if arguments.overlay:
        warn_if_shared(Path(arguments.overlay))
    overlay = load_overlay(Path(arguments.overlay)) if arguments.overlay else teaching_keys(course)
    roster = read_roster(Path(arguments.roster)) if arguments.roster else None
    quizzes = load_course_quizzes(course)
    exercises = load_course_exercises(course)
    with Bar(console=console, transient=True) as bar:
        task = bar.add_task("grading", total=None)
        rows, changes = grade_batch(
            course,
            Path(arguments.submissions),
            overlay,
            quizzes,
            exercises,
            csv_path=Path(arguments.csv),
            json_dir=Path(arguments.json_dir) if arguments.json_dir else None,
            roster=roster,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    console.print(f"Graded {len(rows)} students with {overlay.name}; gradebook written to {arguments.csv}")
    console.print(f"Limits in force for student code: {limits_in_force(Limits())}")
    for change in changes:
        console.print(f"changed: {change}")
    return 0


# --- parser --------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pakru", description="Work through the Pakistan–Russia course.")
    parser.add_argument("--version", action="version", version=f"pakru {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: object, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    add("list", command_list, "list the exercises and quizzes with their status")
    add("next", command_next, "start the first unfinished exercise and show its instructions")
    add("start", command_start, "create your copy of an exercise").add_argument("name")
    add("check", command_check, "run an exercise's checks").add_argument("name", nargs="?")
    hint = add("hint", command_hint, "show the hints for an exercise, or for one task")
    hint.add_argument("name")
    hint.add_argument("task", nargs="?", type=int)
    add("watch", command_watch, "check again every time you save").add_argument("name", nargs="?")
    reset = add("reset", command_reset, "put the stub back; your version is backed up first")
    reset.add_argument("name", nargs="?")
    reset.add_argument("--all", action="store_true", help="reset every exercise")
    add("progress", command_progress, "show your progress through the course")
    add("solution", command_solution, "show the reference solution once your exercise passes").add_argument(
        "name"
    )

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

    grade = add("grade", command_grade, "grade your quiz answers and optionally write results.json")
    grade.add_argument("--json", metavar="FILE", help="write Gradescope-format results to FILE")
    grade.add_argument("--answers", metavar="DIR", help="answer files folder (default: workspace/quizzes)")

    add(
        "release", command_release, "(instructors) write the student edition, without instructor/"
    ).add_argument("out_dir")
    overlay = commands.add_parser("overlay", help="(instructors) private class overlays")
    overlay_commands = overlay.add_subparsers(dest="overlay_command", required=True, metavar="ACTION")
    new = overlay_commands.add_parser("new", help="start an overlay from the teaching edition's keys")
    new.add_argument("folder")
    new.set_defaults(handler=command_overlay_new)
    autograder = commands.add_parser("autograder", help="(instructors) Gradescope autograder bundles")
    autograder_commands = autograder.add_subparsers(
        dest="autograder_command", required=True, metavar="ACTION"
    )
    build = autograder_commands.add_parser("build", help="write a Gradescope autograder .zip")
    build.add_argument("--overlay", metavar="DIR", help="class overlay with the keys (default: instructor/)")
    build.add_argument("output", metavar="OUT.zip")
    build.set_defaults(handler=command_autograder_build)
    batch = add("grade-batch", command_grade_batch, "(instructors) grade a folder of submissions into a CSV")
    batch.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="one folder per student")
    batch.add_argument("--overlay", metavar="DIR", help="class overlay with the keys (default: instructor/)")
    batch.add_argument("--csv", required=True, metavar="FILE", help="the gradebook to write")
    batch.add_argument("--json-dir", metavar="DIR", help="also write one results.json per student here")
    batch.add_argument("--roster", metavar="FILE", help="CSV with 'id' (and optional 'folder') columns")

    dev = commands.add_parser("dev", help="(authors) checks for course authors")
    dev_commands = dev.add_subparsers(dest="dev_command", required=True, metavar="ACTION")
    check = dev_commands.add_parser(
        "check", help="stubs fail, solutions pass, tasks and hints agree, data valid"
    )
    check.add_argument("name", nargs="?")
    check.set_defaults(handler=command_dev_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        course = find_course()
        return int(arguments.handler(course, arguments))
    except (
        CommandError,
        CourseNotFound,
        QuizError,
        EventsError,
        ExerciseError,
        OverlayError,
        ReleaseError,
        AutograderError,
        BatchError,
    ) as error:
        print(f"pakru: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


__all__ = ["main"]


if __name__ == "__main__":
    raise SystemExit(main())
