"""The instructor's commands: the student edition, class overlays, batches and Gradescope bundles."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from pakru.cli.output import console, course_exercises, course_quizzes, literal
from pakru.instructor_pipeline.autograder import build_bundle
from pakru.instructor_pipeline.batch import grade_batch, read_roster
from pakru.instructor_pipeline.overlay import create_overlay, load_overlay, teaching_keys
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


def command_autograder_build(course: Course, arguments: argparse.Namespace) -> int:
    overlay = Path(arguments.overlay) if arguments.overlay else None
    build_bundle(course, Path(arguments.output), overlay)
    keys = f"the overlay {literal(overlay)}" if overlay else "the teaching edition's instructor/ keys"
    console.print(
        f"Wrote the Gradescope autograder {literal(arguments.output)}, grading with {literal(keys)}."
    )
    return 0


def warn_if_shared(folder: Path) -> None:
    if os.name == "posix" and folder.is_dir() and folder.stat().st_mode & 0o077:
        console.print(
            f"warning: other users can read {literal(folder)}; run: chmod -R go-rwx {literal(folder)}"
        )


def command_grade_batch(course: Course, arguments: argparse.Namespace) -> int:
    from rich.progress import Progress as Bar  # imported here: only batches need it

    if arguments.overlay:
        warn_if_shared(Path(arguments.overlay))
    overlay = load_overlay(Path(arguments.overlay)) if arguments.overlay else teaching_keys(course)
    roster = read_roster(Path(arguments.roster)) if arguments.roster else None
    quizzes = list(course_quizzes(course))
    exercises = list(course_exercises(course))
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
    graded = f"Graded {len(rows)} students with {literal(overlay.name)}"
    console.print(f"{graded}; gradebook written to {literal(arguments.csv)}")
    console.print(f"Limits in force for student code: {literal(limits_in_force(Limits()))}")
    for change in changes:
        console.print(f"changed: {literal(change)}")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    out = commands.add_parser("release", help="(instructors) write the student edition, without instructor/")
    out.add_argument("out_dir")
    out.set_defaults(handler=command_release)
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
    batch = commands.add_parser("grade-batch", help="(instructors) grade a folder of submissions into a CSV")
    batch.set_defaults(handler=command_grade_batch)
    batch.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="one folder per student")
    batch.add_argument("--overlay", metavar="DIR", help="class overlay with the keys (default: instructor/)")
    batch.add_argument("--csv", required=True, metavar="FILE", help="the gradebook to write")
    batch.add_argument("--json-dir", metavar="DIR", help="also write one results.json per student here")
    batch.add_argument("--roster", metavar="FILE", help="CSV with 'id' (and optional 'folder') columns")


def command_quiz_export(course: Course, arguments: argparse.Namespace) -> int:
    # Imported here, so the export adds no lines to this module's shared imports.
    from pakru.cli.output import CommandError, pick_quiz
    from pakru.lms_export import ExportError, export_quizzes

    out = Path(arguments.out)
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent} does not exist; create it or choose another OUT")
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
