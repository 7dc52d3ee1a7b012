"""The student's commands: exercises (list, next, start, check, hint, watch, reset, progress,
solution), quizzes (quiz start, grade) and handing in (submit)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.markdown import Markdown
from rich.table import Table

from pakru.answers import AnswerSheet, answer_file_text
from pakru.checker import CheckRun, run_checks
from pakru.cli.output import (
    CommandError,
    console,
    course_exercises,
    course_quizzes,
    literal,
    pick_quiz,
)
from pakru.exercises import Exercise, find_exercise
from pakru.grading import answer_path, grade_quiz, read_sheet
from pakru.progress import ExerciseStatus, Progress, reset_exercise, start_exercise, work_file
from pakru.quiz import format_points
from pakru.results import GradedQuestion, gradescope_results, results_target_problem, write_results
from pakru.score_summary import QuizScore, ScoreSection, quiz_section, unknown_name_lines
from pakru.submit import SubmitError, write_submission
from pakru.workspace import Course


def current_exercise(course: Course, exercises: tuple[Exercise, ...], wanted: str | None) -> Exercise:
    """The named exercise, else the one last worked on, else the first unfinished."""
    if wanted:
        return find_exercise(list(exercises), wanted)
    progress = Progress.load(course)
    if progress.current:
        for exercise in exercises:
            if exercise.name == progress.current:
                return exercise
    return first_unfinished(course, exercises) or exercises[-1]


def first_unfinished(course: Course, exercises: tuple[Exercise, ...]) -> Exercise | None:
    progress = Progress.load(course)
    for exercise in exercises:
        if progress.status(exercise, work_file(course, exercise)) is not ExerciseStatus.DONE:
            return exercise
    return None


# --- quizzes -------------------------------------------------------------------------


def command_quiz_start(course: Course, arguments: argparse.Namespace) -> int:
    quiz = pick_quiz(course_quizzes(course), arguments.lesson)
    target = answer_path(course.answers_dir, quiz)
    if target.exists():
        console.print(f"Your answer file already exists; keep working in it: {literal(target)}")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(answer_file_text(quiz), encoding="utf-8")
    console.print(f"Created {literal(target)}\nAnswer the questions there, then run: pytest quizzes")
    return 0


def print_section(section: ScoreSection) -> None:
    """A score table as ``pytest`` prints it: a titled rule, then its lines as written."""
    console.rule(literal(section.title), characters="=")
    for line in section.lines:
        console.print(line, markup=False, soft_wrap=True)


def graded_quizzes(
    course: Course, answers_dir: Path
) -> tuple[list[GradedQuestion], list[QuizScore], list[AnswerSheet]]:
    """Every question graded, the table's rows (a quiz without an answer file is "not started") and
    the sheets read."""
    graded: list[GradedQuestion] = []
    scores: list[QuizScore] = []
    sheets: list[AnswerSheet] = []
    for quiz in course_quizzes(course):
        sheet = read_sheet(answers_dir, quiz)
        quiz_graded = grade_quiz(quiz, sheet)
        graded.extend(quiz_graded)
        sheets.append(sheet)
        scores.append(QuizScore.not_started(quiz) if sheet.missing_file else QuizScore.of(quiz, quiz_graded))
    return graded, scores, sheets


def command_grade(course: Course, arguments: argparse.Namespace) -> int:
    started = time.perf_counter()
    if arguments.json and (problem := results_target_problem(Path(arguments.json))):
        raise CommandError(f"--json {problem}")
    answers_dir = Path(arguments.answers).resolve() if arguments.answers else course.answers_dir
    graded, scores, sheets = graded_quizzes(course, answers_dir)
    print_section(quiz_section(scores, unknown_name_lines(sheets, course_relative(course, answers_dir))))
    if arguments.json:
        write_results(Path(arguments.json), gradescope_results(graded, time.perf_counter() - started))
        console.print(f"Results written to {literal(arguments.json)}")
    return 0


# --- exercises -----------------------------------------------------------------------


def show_check_run(exercise: Exercise, run: CheckRun) -> None:
    if run.import_error:
        problem = literal(run.import_error)
        console.print(f"[bold]{literal(exercise.name)}[/bold]: your file could not be loaded: {problem}")
        return
    for task in exercise.tasks:
        results = [result for result in run.results if result.check.task == task]
        passed = sum(result.passed for result in results)
        title = literal(exercise.readme_tasks[task])
        console.print(f"[bold]Task {task}: {title}[/bold]  ({passed}/{len(results)} checks)")
        for result in results:
            mark = "[green]PASS[/green]" if result.passed else "[red]FAIL[/red]"
            console.print(f"  {mark} {literal(result.check.name)}")
            if not result.passed:
                console.print(f"       {literal(result.check.message)}")
                console.print(f"       {literal(result.detail)}")
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
    Progress.load(course).record(exercise, target, run.passed, passed_checks=run.passed_count)
    return run


def command_check(course: Course, arguments: argparse.Namespace) -> int:
    exercise = current_exercise(course, course_exercises(course), arguments.name)
    run = check_exercise(course, exercise)
    show_check_run(exercise, run)
    return 0 if run.passed else 1


def command_start(course: Course, arguments: argparse.Namespace) -> int:
    exercise = find_exercise(list(course_exercises(course)), arguments.name)
    return introduce(course, exercise)


def introduce(course: Course, exercise: Exercise) -> int:
    target, created = start_exercise(course, exercise)
    progress = Progress.load(course)
    progress.current = exercise.name
    progress.save()
    console.print(Markdown(exercise.readme.read_text(encoding="utf-8")))
    action = "Created your copy" if created else "Your copy already exists (it was not changed)"
    console.print(
        f"\n{action}: {literal(target)}\nEdit it, then run: pakru check {exercise.name}  (or: pakru watch)"
    )
    return 0


def command_next(course: Course, arguments: argparse.Namespace) -> int:
    exercise = first_unfinished(course, course_exercises(course))
    if exercise is None:
        console.print("Every exercise is done. Run 'pakru progress' to see the whole course.")
        return 0
    return introduce(course, exercise)


def command_hint(course: Course, arguments: argparse.Namespace) -> int:
    exercise = find_exercise(list(course_exercises(course)), arguments.name)
    tasks = [arguments.task] if arguments.task is not None else exercise.tasks
    for task in tasks:
        if task not in exercise.hints:
            raise CommandError(
                f"{exercise.name} has no task {task}; its tasks are {', '.join(map(str, exercise.tasks))}"
            )
        title = literal(exercise.readme_tasks.get(task, ""))
        console.print(f"[bold]Task {task}: {title}[/bold]")
        console.print(f"  {literal(exercise.hints[task])}")
    return 0


def command_watch(course: Course, arguments: argparse.Namespace) -> int:
    from watchfiles import watch  # imported here: only watch needs it

    exercise = current_exercise(course, course_exercises(course), arguments.name)
    target = work_file(course, exercise)
    if not target.exists():
        raise CommandError(f"you have not started {exercise.name}; run: pakru start {exercise.name}")
    show_check_run(exercise, check_exercise(course, exercise))
    watching = False
    try:
        # A timeout yields an empty set: the first one proves the watcher is in place, so
        # "Watching" is printed only when a save can no longer be missed.
        for changes in watch(target, debounce=300, rust_timeout=500, yield_on_timeout=True):
            if not changes:
                if not watching:
                    console.print(
                        f"Watching {literal(target)}; save it to check again. Press Ctrl-C to stop."
                    )
                    watching = True
                continue
            console.rule(exercise.name)
            show_check_run(exercise, check_exercise(course, exercise))
    except KeyboardInterrupt:
        pass
    console.print("Stopped watching.")
    return 0


def command_reset(course: Course, arguments: argparse.Namespace) -> int:
    exercises = course_exercises(course)
    if arguments.all == bool(arguments.name):
        raise CommandError("name one exercise to reset, or use --all")
    selected = exercises if arguments.all else (find_exercise(list(exercises), arguments.name),)
    # Resetting an exercise never started would make it look started (and go into 'pakru submit').
    started = [exercise for exercise in selected if work_file(course, exercise).exists()]
    if not started:
        what = "any exercise" if arguments.all else selected[0].name
        console.print(f"You have not started {what}, so there is nothing to reset.")
        return 0
    for exercise in started:
        backup = reset_exercise(course, exercise)
        if backup is not None:
            console.print(
                f"{exercise.name}: your version is saved at {literal(backup)}; the stub is back in place."
            )
        else:
            console.print(f"{exercise.name}: the stub is in place (there was no earlier copy).")
    return 0


def command_solution(course: Course, arguments: argparse.Namespace) -> int:
    exercise = find_exercise(list(course_exercises(course)), arguments.name)
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
    # Exercise names stay whole, so they can be copied into 'pakru start'.
    for column in ("exercise", "lesson", "title", "status"):
        table.add_column(column, no_wrap=column in {"exercise", "lesson"})
    for exercise in course_exercises(course):
        status = progress.status_text(exercise, work_file(course, exercise))
        table.add_row(exercise.name, str(exercise.lesson), literal(exercise.title), status)
    console.print(table)
    console.print(quiz_table(course))
    return 0


def quiz_table(course: Course) -> Table:
    table = Table(title="Quizzes")
    for column in ("quiz", "answered", "score"):
        table.add_column(column)
    for row in graded_quizzes(course, course.answers_dir)[1]:
        answered = f"{row.answered}/{row.questions}" if row.started else "not started"
        table.add_row(row.quiz_id, answered, f"{format_points(row.score)}/{format_points(row.max_score)}")
    return table


BAR_WIDTH = 30


def progress_line(label: str, completed: float, total: float, summary: str) -> str:
    """One labelled bar on its own line; plain characters, so it reads the same in a pipe."""
    filled = round(BAR_WIDTH * completed / total) if total else 0
    return f"{label:<10} {'█' * filled}{'░' * (BAR_WIDTH - filled)}  {summary}"


def command_progress(course: Course, arguments: argparse.Namespace) -> int:
    exercises = course_exercises(course)
    progress = Progress.load(course)
    done = sum(progress.status(e, work_file(course, e)) is ExerciseStatus.DONE for e in exercises)
    graded = graded_quizzes(course, course.answers_dir)[0]
    score = sum(item.grade.score for item in graded)
    most = sum(item.grade.max_score for item in graded)
    exercises_line = progress_line("Exercises", done, len(exercises), f"{done} of {len(exercises)} done")
    quizzes_line = progress_line(
        "Quizzes", score, most, f"{format_points(score)} of {format_points(most)} points"
    )
    for line in (exercises_line, quizzes_line):
        console.print(line, markup=False, no_wrap=True, overflow="ignore", crop=False)
    command_list(course, arguments)
    if done == len(exercises) and score == most:
        console.print(
            "[bold green]Course complete![/bold green] Every exercise passes and every quiz has full marks."
        )
    return 0


def course_relative(course: Course, path: Path) -> str:
    """``workspace/submission.zip`` inside the course, the full path elsewhere."""
    try:
        return path.resolve().relative_to(course.root).as_posix()
    except ValueError:
        return str(path)


def command_submit(course: Course, arguments: argparse.Namespace) -> int:
    target = Path(arguments.output) if arguments.output else None
    try:
        submission = write_submission(
            course, course_quizzes(course), course_exercises(course), target, force=arguments.force
        )
    except SubmitError as error:
        raise CommandError(str(error)) from None
    if submission.backup:
        backup = course_relative(course, submission.backup)
        console.print(f"The earlier zip is saved at {backup}", markup=False, soft_wrap=True)
    wrote = (
        f"Wrote {course_relative(course, submission.path)} with {len(submission.files)} files of your work:"
    )
    console.print(wrote, markup=False, soft_wrap=True)
    for name in submission.files:
        console.print(f"  {name}", markup=False, soft_wrap=True)
    console.print("Upload this zip where your instructor asked (Gradescope or your LMS).")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    submit = add("submit", command_submit, "zip your answer and exercise files to hand in")
    submit.add_argument(
        "--output", metavar="FILE", help="where to write the zip (default: workspace/submission.zip)"
    )
    submit.add_argument(
        "--force", action="store_true", help="replace an existing zip (it is backed up first)"
    )
    grade = add("grade", command_grade, "grade your quiz answers and optionally write results.json")
    grade.add_argument("--json", metavar="FILE", help="write Gradescope-format results to FILE")
    grade.add_argument("--answers", metavar="DIR", help="answer files folder (default: workspace/quizzes)")


def register_quiz(quiz_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    start = quiz_commands.add_parser("start", help="create your answer file for a lesson's quiz")
    start.add_argument("lesson", help="quiz id such as 'legacy', or a lesson number such as 1")
    start.set_defaults(handler=command_quiz_start)
