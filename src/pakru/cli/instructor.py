"""The instructor's commands: the student edition, class overlays, batches and Gradescope bundles."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pakru.cli.output import (
    CommandError,
    console,
    course_exercises,
    course_quizzes,
    literal,
    output_path,
)
from pakru.instructor_pipeline.autograder import build_bundle
from pakru.instructor_pipeline.batch import grade_batch, read_roster
from pakru.instructor_pipeline.gradebook import FORMATS, KEY_COLUMN
from pakru.instructor_pipeline.overlay import (
    Overlay,
    OverlayError,
    check_overlay_folder,
    create_overlay,
    load_overlay,
    overlay_problems,
    teaching_keys,
)
from pakru.instructor_pipeline.release import release
from pakru.isolation import Limits, limits_in_force
from pakru.workspace import Course


def command_release(course: Course, arguments: argparse.Namespace) -> int:
    count = release(course, Path(arguments.out_dir))
    console.print(
        f"Wrote the student edition ({count} files, without instructor/) to {literal(arguments.out_dir)}"
    )
    return 0


def command_overlay_new(course: Course, arguments: argparse.Namespace) -> int:
    create_overlay(course, Path(arguments.folder), list(course_exercises(course)))
    console.print(
        f"Created the class overlay {literal(arguments.folder)}. Keep it private; its README explains it."
    )
    return 0


def print_problems(problems: list[str]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def command_overlay_check(course: Course, arguments: argparse.Namespace) -> int:
    problems = check_overlay_folder(Path(arguments.folder), course)
    if problems:
        print_problems(problems)
        print(f"pakru: {len(problems)} problem(s) in the overlay {arguments.folder}", file=sys.stderr)
        return 1
    console.print(f"The overlay {literal(arguments.folder)} has a valid key for every question.")
    return 0


def sound_keys(course: Course, overlay_dir: str | None) -> Overlay:
    """The overlay (or the teaching keys), refused with every problem listed before anyone is graded."""
    if overlay_dir:
        try:
            overlay = load_overlay(Path(overlay_dir))
        except OverlayError as error:  # an unreadable overlay is refused like a faulty one
            problems = list(error.problems)
        else:
            problems = overlay_problems(overlay, course)
    else:
        overlay = teaching_keys(course)
        problems = overlay_problems(overlay, course)
    if problems:
        print_problems(problems)
        where = overlay_dir or "instructor/"
        raise CommandError(
            f"{len(problems)} problem(s) in the keys ({where}); nobody was graded. "
            f"Fix them, then check with 'pakru overlay check {where}'"
        )
    return overlay


def command_autograder_build(course: Course, arguments: argparse.Namespace) -> int:
    bundle = output_path(arguments.output)
    sound_keys(course, arguments.overlay)
    overlay = Path(arguments.overlay) if arguments.overlay else None
    build_bundle(course, bundle, overlay)
    keys = f"the overlay {overlay}" if overlay else "the teaching edition's instructor/ keys"
    console.print(
        f"Wrote the Gradescope autograder {literal(arguments.output)}, grading with {literal(keys)}."
    )
    return 0


# The column an LMS matches students by: the roster id, or else the folder name.
LMS_ID_COLUMN = {layout: column for layout, column in KEY_COLUMN.items() if layout != "pakru"}


def warn_if_shared(folder: Path) -> None:
    if os.name == "posix" and folder.is_dir() and folder.stat().st_mode & 0o077:
        console.print(
            f"warning: other users can read {literal(folder)}; run: chmod -R go-rwx {literal(folder)}"
        )


def command_grade_batch(course: Course, arguments: argparse.Namespace) -> int:
    from rich.progress import Progress as Bar  # imported here: only batches need it

    # Every output path is checked before anyone is graded; --json-dir itself may be new.
    gradebook = output_path(arguments.csv)
    json_dir = output_path(arguments.json_dir) if arguments.json_dir else None
    if arguments.overlay:
        warn_if_shared(Path(arguments.overlay))
    if arguments.format in LMS_ID_COLUMN and not arguments.roster:
        console.print(
            f"warning: without --roster, each folder name becomes the {LMS_ID_COLUMN[arguments.format]}, "
            f"so {arguments.format.capitalize()} will match students by folder name; a roster (--roster) "
            "is recommended",
            soft_wrap=True,
        )
    overlay = sound_keys(course, arguments.overlay)
    assignment = overlay.assignment(arguments.assignment) if arguments.assignment else None
    roster = read_roster(Path(arguments.roster)) if arguments.roster else None
    quizzes = list(course_quizzes(course))
    exercises = list(course_exercises(course))
    with Bar(console=console, transient=True) as bar:
        task = bar.add_task("grading", total=None)
        report = grade_batch(
            course,
            Path(arguments.submissions),
            overlay,
            quizzes,
            exercises,
            csv_path=gradebook,
            json_dir=json_dir,
            roster=roster,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
            assignment=assignment,
            layout=arguments.format,
            workers=arguments.workers,
        )
    scope = f" (assignment {assignment.name!r})" if assignment else ""
    console.print(f"Graded {len(report.rows)} rows{literal(scope)} with {literal(overlay.name)}")
    console.print(f"Limits in force for student code: {literal(limits_in_force(Limits()))}")
    for change in report.changes:
        console.print(f"changed: {literal(change)}")
    if report.failed:
        print(
            f"pakru: the grader failed on {len(report.grader_errors)} submission(s) "
            f"({', '.join(report.grader_errors)}); {arguments.csv} was left as it was and this run's rows "
            f"are in {report.gradebook}. Run again; if it persists, report it with the folder",
            file=sys.stderr,
        )
    else:
        console.print(f"Gradebook written to {literal(arguments.csv)} ({literal(arguments.format)} layout)")
    if report.not_on_roster or report.without_folder:
        parts = []
        if report.not_on_roster:
            parts.append(
                f"folders not on the roster (graded, without an id): {', '.join(report.not_on_roster)}"
            )
        if report.without_folder:
            parts.append(f"roster entries without a folder (graded 0): {', '.join(report.without_folder)}")
        console.print(f"warning: {literal('; '.join(parts))}")
    return 1 if report.failed else 0


def add_course_option(
    parser: argparse.ArgumentParser, role: str = "the teaching edition to grade with"
) -> None:
    parser.add_argument(
        "--course",
        metavar="DIR",
        help=f"{role} (default: the course around the current folder)",
    )


def command_stats(course: Course, arguments: argparse.Namespace) -> int:
    from pakru.class_stats import StatsError
    from pakru.class_stats.computing import analyse
    from pakru.class_stats.course_index import course_index
    from pakru.class_stats.reading import read_class
    from pakru.class_stats.rendering import write_csv, write_html
    from pakru.cli.output import CommandError
    from pakru.workspace import load_course_material

    html = output_path(arguments.html)
    table = output_path(arguments.csv) if arguments.csv else None
    try:
        results = read_class(Path(arguments.results_dir))
    except StatsError as error:
        raise CommandError(str(error)) from None
    for warning in results.warnings:
        console.print(f"warning: {literal(warning)}", soft_wrap=True)
    material = load_course_material(course)
    report = analyse(results, course_index(material.quizzes, material.exercises))
    write_html(report, html)
    written = [arguments.html]
    if table is not None:
        write_csv(report, table)
        written.append(arguments.csv)
    flagged = sum(1 for question in report.questions if question.flags)
    console.print(
        f"Analysed {report.students} students ({len(report.questions)} questions, {flagged} flagged); "
        f"wrote {literal(' and '.join(written))}. It holds no names, but keep it with the results."
    )
    return 0


def register_stats(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = commands.add_parser(
        "stats", help="(instructors) item analysis of a graded class, as HTML and CSV"
    )
    stats.add_argument(
        "results_dir", metavar="RESULTS_DIR", help="grade-batch's --json-dir, or a Gradescope export"
    )
    stats.add_argument("--html", required=True, metavar="FILE", help="the report to write")
    stats.add_argument("--csv", metavar="FILE", help="also write the per-question table as CSV")
    add_course_option(stats, "the course whose lessons, prompts and options the report names")
    stats.set_defaults(handler=command_stats)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    out = commands.add_parser("release", help="(instructors) write the student edition, without instructor/")
    out.add_argument("out_dir")
    add_course_option(out)
    out.set_defaults(handler=command_release)
    register_stats(commands)
    overlay = commands.add_parser("overlay", help="(instructors) private class overlays")
    overlay_commands = overlay.add_subparsers(dest="overlay_command", required=True, metavar="ACTION")
    new = overlay_commands.add_parser("new", help="start an overlay from the teaching edition's keys")
    new.add_argument("folder")
    add_course_option(new)
    new.set_defaults(handler=command_overlay_new)
    check = overlay_commands.add_parser("check", help="check every key of an overlay against its question")
    check.add_argument("folder")
    add_course_option(check)
    check.set_defaults(handler=command_overlay_check)
    autograder = commands.add_parser("autograder", help="(instructors) Gradescope autograder bundles")
    autograder_commands = autograder.add_subparsers(
        dest="autograder_command", required=True, metavar="ACTION"
    )
    build = autograder_commands.add_parser("build", help="write a Gradescope autograder .zip")
    build.add_argument("--overlay", metavar="DIR", help="class overlay with the keys (default: instructor/)")
    add_course_option(build)
    build.add_argument("output", metavar="OUT.zip")
    build.set_defaults(handler=command_autograder_build)
    batch = commands.add_parser("grade-batch", help="(instructors) grade a folder of submissions into a CSV")
    batch.set_defaults(handler=command_grade_batch)
    batch.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="one folder per student")
    batch.add_argument("--overlay", metavar="DIR", help="class overlay with the keys (default: instructor/)")
    add_course_option(batch)
    batch.add_argument("--csv", required=True, metavar="FILE", help="the gradebook to write")
    batch.add_argument(
        "--format", choices=FORMATS, default="pakru", help="gradebook layout: pakru's own, or an LMS's import"
    )
    batch.add_argument("--assignment", metavar="NAME", help="grade only this assignment of the overlay")
    batch.add_argument(
        "--workers", type=int, metavar="N", help="grade N submissions at once (default: every core)"
    )
    batch.add_argument("--json-dir", metavar="DIR", help="also write one results.json per student here")
    batch.add_argument(
        "--roster",
        metavar="FILE",
        help="CSV with 'id' and optional 'folder', 'name', 'email', 'section' columns",
    )


def command_quiz_export(course: Course, arguments: argparse.Namespace) -> int:
    # Imported here, so the export adds no lines to this module's shared imports.
    from pakru.cli.output import CommandError, pick_quiz
    from pakru.lms_export import ExportError, export_quizzes

    out = output_path(arguments.out)
    wanted = [pick_quiz(course_quizzes(course), name).id for name in arguments.quizzes]
    overlay = Path(arguments.overlay) if arguments.overlay else None
    if overlay is not None:
        warn_if_shared(overlay)
    try:
        result = export_quizzes(
            course, arguments.format, wanted, overlay, private_only=arguments.private_only
        )
    except ExportError as error:
        raise CommandError(str(error)) from None
    for line in (*result.export.warnings, *result.differences):
        console.print(literal(line), soft_wrap=True)
    out.write_bytes(result.data)
    questions = sum(len(bank.questions) for quiz in result.export.quizzes for bank in quiz.banks)
    banks = sum(len(quiz.banks) for quiz in result.export.quizzes)
    quizzes = len(result.export.quizzes)
    quiz_count = f"{quizzes} quiz{'zes' if quizzes != 1 else ''}"
    console.print(
        f"Wrote {literal(out)} ({arguments.format}): {quiz_count}, {banks} banks, "
        f"{questions} questions, keys from {literal(result.export.keys_from)}.",
        soft_wrap=True,
    )
    return 0


def register_quiz(quiz_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = quiz_commands.add_parser(
        "export", help="(instructors) write the quizzes as Moodle XML, a QTI 1.2 package (Canvas) or GIFT"
    )
    export.add_argument("--format", required=True, choices=("moodle", "qti", "gift"))
    export.add_argument(
        "--overlay", metavar="DIR", help="class overlay with keys and variants (default: instructor/)"
    )
    export.add_argument(
        "quizzes", nargs="*", metavar="QUIZ", help="quiz ids or lesson numbers; all when omitted"
    )
    export.add_argument(
        "--private-only",
        action="store_true",
        help="leave a question's public version out of its bank when the overlay has variants of it",
    )
    export.add_argument("out", metavar="OUT", help="the file to write (.xml, .zip or .txt)")
    export.set_defaults(handler=command_quiz_export)
