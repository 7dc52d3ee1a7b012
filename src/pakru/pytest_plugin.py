"""pytest plugin: ``pytest`` in the course root grades the student's quizzes and exercises.

Registered through the ``pytest11`` entry point as ``pakru``; ``-p no:pakru``
turns it off. Every option has a matching ini key, and both are checked in
:func:`pytest_configure`, so a bad setting is one line, never a traceback. The
score table at the end comes from :mod:`pakru.score_summary`, as ``pakru grade``'s does.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pakru.answers import AnswerSheet, shown_answer
from pakru.checker import CheckRun, run_checks
from pakru.events import EventsError, load_events
from pakru.exercises import Check, Exercise, ExerciseError, load_exercise
from pakru.grading import answer_path, grade_quiz, lesson_link, read_sheet
from pakru.progress import Progress, work_file
from pakru.quiz import Quiz, QuizError, Status, load_quiz
from pakru.results import GradedQuestion, gradescope_results, results_target_problem, write_results
from pakru.score_summary import (
    ExerciseScore,
    QuizScore,
    exercise_not_started_line,
    exercise_section,
    quiz_not_started_line,
    quiz_section,
    scores_by_quiz,
    unknown_name_lines,
)
from pakru.workspace import Course, CourseNotFound, find_course

ANSWERS_HELP = "folder of the student's answer files (default: workspace/quizzes under the rootdir)"
EVENTS_HELP = "the course's events file, for ordering questions (default: data/events.csv)"
JSON_HELP = "also write the results to this file in Gradescope's results.json format"
WORK_HELP = "folder of the student's exercise files (default: workspace/exercises under the rootdir)"
TIMEOUT_HELP = "seconds each exercise check may run before it fails (default: 5)"

# name: (command-line option, default)
SETTINGS = {
    "quiz_answers": ("--quiz-answers", "workspace/quizzes"),
    "quiz_events": ("--quiz-events", "data/events.csv"),
    "quiz_json": ("--quiz-json", ""),
    "exercise_work": ("--exercise-work", "workspace/exercises"),
    "check_timeout": ("--check-timeout", "5"),
}


@dataclass
class ExerciseTally:
    """What the checks of one exercise that ran in this session found."""

    checks: int = 0
    passed: int = 0
    problem: str = ""


graded_key = pytest.StashKey[list[GradedQuestion]]()
not_started_key = pytest.StashKey[list[Quiz]]()
sheets_key = pytest.StashKey[dict[str, AnswerSheet]]()
exercises_key = pytest.StashKey[dict[str, ExerciseTally | None]]()
started_key = pytest.StashKey[float]()
collected_key = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pakru", "grading the course quizzes and exercises")
    group.addoption("--quiz-answers", dest="quiz_answers", metavar="DIR", help=ANSWERS_HELP)
    group.addoption("--quiz-events", dest="quiz_events", metavar="FILE", help=EVENTS_HELP)
    group.addoption("--quiz-json", dest="quiz_json", metavar="FILE", help=JSON_HELP)
    group.addoption("--exercise-work", dest="exercise_work", metavar="DIR", help=WORK_HELP)
    group.addoption("--check-timeout", dest="check_timeout", metavar="SECONDS", help=TIMEOUT_HELP)
    for name, help_text in (
        ("quiz_answers", ANSWERS_HELP),
        ("exercise_work", WORK_HELP),
        ("check_timeout", TIMEOUT_HELP),
        ("quiz_events", EVENTS_HELP),
        ("quiz_json", JSON_HELP),
    ):
        parser.addini(name, help_text, default=SETTINGS[name][1])


def _setting(config: pytest.Config, name: str) -> str:
    return config.getoption(name) or str(config.getini(name))


def _base_folder(config: pytest.Config) -> Path:
    """Where relative settings start: the ini file's folder, else the course root (``pytest`` run
    from ``quizzes/`` without an ini file), else the rootdir."""
    if config.inipath is None:
        try:
            return find_course(config.rootpath).root
        except CourseNotFound:
            pass
    return config.rootpath


def _path_setting(config: pytest.Config, name: str) -> Path:
    value = Path(_setting(config, name))
    return value if value.is_absolute() else _base_folder(config) / value


def _where(config: pytest.Config, name: str) -> str:
    """How the student set ``name``, for the error line."""
    option = SETTINGS[name][0]
    return option if config.getoption(name) else f"the ini setting {name}"


def _is_explicit(config: pytest.Config, name: str) -> bool:
    return bool(config.getoption(name)) or str(config.getini(name)) != SETTINGS[name][1]


def settings_problem(config: pytest.Config) -> str:
    """The first bad setting, worded as one line that says what to do; "" when all are good."""
    timeout = _setting(config, "check_timeout")
    try:
        seconds = float(timeout)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        where = _where(config, "check_timeout")
        return f"{where} must be a positive number of seconds, such as 5; got {timeout!r}"
    for name in ("quiz_answers", "exercise_work"):
        folder = _path_setting(config, name)
        if _is_explicit(config, name) and not folder.is_dir():
            state = "is not a folder" if folder.exists() else "does not exist"
            return f"{_where(config, name)}: {folder} {state}; give the folder that holds your files"
    events = _path_setting(config, "quiz_events")
    if _is_explicit(config, "quiz_events") and not events.is_file():
        return f"{_where(config, 'quiz_events')}: {events} is not a file; give the course's data/events.csv"
    json_setting = _setting(config, "quiz_json")
    if json_setting and (problem := results_target_problem(_json_target(config, json_setting))):
        return f"{_where(config, 'quiz_json')}: {problem}"
    return ""


def _json_target(config: pytest.Config, setting: str) -> Path:
    return Path(setting) if Path(setting).is_absolute() else config.invocation_params.dir / setting


def course_away_from_root(here: Path) -> Course | None:
    """The course ``here`` is inside, when ``here`` is not its root folder."""
    try:
        course = find_course(here)
    except CourseNotFound:
        return None
    return None if here.resolve() == course.root else course


def wrong_folder_problem(config: pytest.Config) -> str:
    """Grading from inside the course but not its root: name the command to run, and from where."""
    here = config.invocation_params.dir
    course = course_away_from_root(here)
    if course is None or config.args_source is pytest.Config.ArgsSource.TESTPATHS:
        return ""
    up = os.path.relpath(course.root, here.resolve())
    # Without arguments pytest collects the folder it runs in.
    named = config.args if config.args_source is pytest.Config.ArgsSource.ARGS else []
    for arg in [os.path.relpath(str(arg).split("::")[0], here) for arg in named] or ["."]:
        target = (here / arg).resolve()
        in_workspace = target == course.workspace or course.workspace in target.parents
        missing_here = not target.exists() and (course.root / arg).exists()
        if in_workspace or missing_here:
            command = "pytest" if arg == "." else f"pytest {arg}"
            return (
                f"{arg!r} is not graded from {here.name}/: run it from the course folder: "
                f"cd {up} && {command}"
            )
    return ""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "quiz: one graded question of a course quiz")
    # --help and --version answer from anywhere, whatever the settings say.
    asking = config.getoption("help", False) or config.getoption("version", 0)
    problem = "" if asking else settings_problem(config) or wrong_folder_problem(config)
    if problem:
        raise pytest.UsageError(problem)
    config.stash[graded_key] = []
    config.stash[not_started_key] = []
    config.stash[sheets_key] = {}
    config.stash[exercises_key] = {}
    config.stash[started_key] = time.perf_counter()


def pytest_collection_finish(session: pytest.Session) -> None:
    session.config.stash[collected_key] = len(session.items)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.File | None:
    # Only quizzes/quiz_*.py and exercises/*/checks.toml are ours; nothing else is touched.
    if (
        file_path.suffix == ".py"
        and file_path.name.startswith("quiz_")
        and file_path.parent.name == "quizzes"
    ):
        return QuizFile.from_parent(parent, path=file_path)
    if file_path.name == "checks.toml" and file_path.parent.parent.name == "exercises":
        return ExerciseChecksFile.from_parent(parent, path=file_path)
    return None


class QuizProblem(Exception):
    """A wrong, partial or unreadable answer; carries the graded question."""

    def __init__(self, graded: GradedQuestion) -> None:
        super().__init__(graded.grade.message)
        self.graded = graded


class QuizFile(pytest.File):
    """A quiz module: one item per question graded from the answer file, or one if not started."""

    def collect(self) -> Iterator[pytest.Item]:
        config = self.config
        events_path = _path_setting(config, "quiz_events")
        try:
            events = load_events(events_path) if events_path.exists() else []
            quiz = load_quiz(self.path, events)
        except (QuizError, EventsError) as error:
            raise self.CollectError(str(error)) from None
        sheet = read_sheet(_path_setting(config, "quiz_answers"), quiz)
        if sheet.missing_file:
            yield QuizNotStartedItem.from_parent(self, name=quiz.id, quiz=quiz)
            return
        config.stash[sheets_key][quiz.id] = sheet
        source_lines = self.path.read_text(encoding="utf-8").splitlines()
        for graded in grade_quiz(quiz, sheet):
            item = QuizQuestionItem.from_parent(self, name=graded.question.id, graded=graded)
            item.line = question_line(source_lines, graded.question.id)
            yield item


class QuizNotStartedItem(pytest.Item):
    """A quiz without an answer file: one skip line that says how to start, not one per question."""

    def __init__(self, *, quiz: Quiz, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.quiz = quiz
        self.add_marker(pytest.mark.quiz)

    def runtest(self) -> None:
        self.config.stash[not_started_key].append(self.quiz)
        raise pytest.skip.Exception(quiz_not_started_line(self.quiz.id), _use_item_location=True)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, 0, self.quiz.id


def question_line(source_lines: list[str], question_id: str) -> int:
    """The 0-based line where a question's id is written, so reports point at it."""
    needle = f'id="{question_id}"'
    return next((number for number, line in enumerate(source_lines) if needle in line), 0)


class QuizQuestionItem(pytest.Item):
    """One question of one quiz."""

    def __init__(self, *, graded: GradedQuestion, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.graded = graded
        self.line = 0
        self.add_marker(pytest.mark.quiz)

    def runtest(self) -> None:
        self.config.stash[graded_key].append(self.graded)
        status = self.graded.grade.status
        if status is Status.UNANSWERED:
            # Report the skip at the question, not at this line of the plugin.
            raise pytest.skip.Exception("not answered", _use_item_location=True)
        if status is not Status.CORRECT:
            raise QuizProblem(self.graded)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: object = None) -> str:
        if not isinstance(excinfo.value, QuizProblem):
            return str(super().repr_failure(excinfo))
        graded = excinfo.value.graded
        question, grade = graded.question, graded.grade
        lines = [f"{graded.quiz.id} {question.id}: {question.prompt}"]
        if grade.status is Status.INVALID:
            lines.append(f"Your answer could not be read: {grade.message}")
        else:
            lines.append(f"You answered: {shown_answer(graded.answer)}")
            lines.append(
                f"That is {grade.message}." if grade.status is Status.PARTIAL else "That is not accepted."
            )
        lines.append(f"Hint: {question.hint}")
        lines.append(f"Revise: {lesson_link(graded.quiz, question.section)}")
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, self.line, f"{self.graded.quiz.id}::{self.name}"


class ExerciseChecksFile(pytest.File):
    """An exercise's checks.toml: one item per check run against the student's copy (as ``pakru check``
    runs them), or one item if the exercise is not started."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            exercise = load_exercise(self.path.parent)
        except ExerciseError as error:
            raise self.CollectError(str(error)) from None
        self.exercise = exercise
        self.work_file = _path_setting(self.config, "exercise_work") / f"{exercise.name}.py"
        self.run: CheckRun | None = None
        if not self.work_file.exists():
            yield ExerciseNotStartedItem.from_parent(self, name=exercise.name, exercise=exercise)
            return
        for check in exercise.checks:
            yield ExerciseCheckItem.from_parent(self, name=f"task{check.task}: {check.name}", check=check)

    def check_run(self) -> CheckRun:
        if self.run is None:
            timeout = float(_setting(self.config, "check_timeout"))
            self.run = run_checks(self.work_file, self.exercise, _base_folder(self.config), timeout=timeout)
            self.record_progress(self.run)
        return self.run

    def record_progress(self, run: CheckRun) -> None:
        """Keep ``pakru list`` current: a check by pytest counts as one by ``pakru check``."""
        try:
            course = find_course(_base_folder(self.config))
        except CourseNotFound:
            return
        if self.work_file.resolve() == work_file(course, self.exercise).resolve():
            Progress.load(course).record(
                self.exercise, self.work_file, run.passed, passed_checks=run.passed_count, make_current=False
            )


class ExerciseNotStartedItem(pytest.Item):
    """An exercise without the student's copy: one skip line that says how to start it."""

    def __init__(self, *, exercise: Exercise, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.exercise = exercise

    def runtest(self) -> None:
        self.config.stash[exercises_key][self.exercise.name] = None
        raise pytest.skip.Exception(exercise_not_started_line(self.exercise.name), _use_item_location=True)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, 0, self.exercise.name


class ExerciseCheckItem(pytest.Item):
    """One check of one exercise."""

    def __init__(self, *, check: Check, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.check = check

    def runtest(self) -> None:
        parent = self.parent
        assert isinstance(parent, ExerciseChecksFile)
        tallies = self.config.stash[exercises_key]
        tally = tallies.get(parent.exercise.name) or ExerciseTally()
        tallies[parent.exercise.name] = tally
        tally.checks += 1
        run = parent.check_run()
        if run.import_error:
            tally.problem = f"your file could not be loaded: {run.import_error}"
            raise ExerciseProblem(run.import_error)
        result = next(result for result in run.results if result.check is self.check)
        if not result.passed:
            raise ExerciseProblem(f"{self.check.message}\n{result.detail}")
        tally.passed += 1

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: object = None) -> str:
        if isinstance(excinfo.value, ExerciseProblem):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, 0, self.name


class ExerciseProblem(Exception):
    """A failed exercise check, already worded for the student."""


def nothing_collected_hint(config: pytest.Config) -> str:
    """Inside a course but away from its root, "collected 0 items" alone says too little."""
    here = config.invocation_params.dir
    course = course_away_from_root(here)
    if course is None:
        return ""
    up = os.path.relpath(course.root, here.resolve())
    return f"nothing to grade in {here.name}/; grade your work from the course folder: cd {up} && pytest"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if config.stash.get(collected_key, None) == 0 and (hint := nothing_collected_hint(config)):
        terminalreporter.write_line(hint)
    graded = config.stash.get(graded_key, [])
    not_started = config.stash.get(not_started_key, [])
    exercises = config.stash.get(exercises_key, {})
    if graded and config.option.verbose > 0:
        unlocked = [item for item in graded if item.grade.status is Status.CORRECT]
        if unlocked:
            terminalreporter.write_sep("-", "explanations unlocked by your correct answers")
            for item in unlocked:
                terminalreporter.write_line(f"{item.quiz.id} {item.question.id}: {item.grade.explanation}")
    sections = []
    if graded or not_started:
        scores = scores_by_quiz(graded) + [QuizScore.not_started(quiz) for quiz in not_started]
        sheets = config.stash.get(sheets_key, {})
        graded_ids = {item.quiz.id for item in graded}
        unknown = unknown_name_lines(sheet for quiz_id, sheet in sheets.items() if quiz_id in graded_ids)
        sections.append(quiz_section(scores, unknown))
    if exercises:
        sections.append(
            exercise_section(
                [
                    ExerciseScore(name, tally.checks, tally.passed, problem=tally.problem)
                    if tally
                    else ExerciseScore(name, 0, 0, started=False)
                    for name, tally in exercises.items()
                ]
            )
        )
    for section in sections:
        terminalreporter.write_sep("=", section.title)
        for line in section.lines:
            terminalreporter.write_line(line)
    json_path = _setting(config, "quiz_json")
    if json_path and (graded or not_started):
        elapsed = time.perf_counter() - config.stash[started_key]
        target = _json_target(config, json_path)
        # A quiz not started is one line on screen, but every one of its questions in the results.
        answers = _path_setting(config, "quiz_answers")
        unanswered = [
            item
            for quiz in not_started
            for item in grade_quiz(quiz, AnswerSheet(answer_path(answers, quiz), missing_file=True))
        ]
        write_results(target, gradescope_results(graded + unanswered, elapsed))
        terminalreporter.write_line(f"results written to {target}")


__all__ = ["Quiz", "QuizFile", "QuizQuestionItem"]
