"""pytest plugin: ``pytest quizzes`` grades every quiz, one test item per question.

Registered through the ``pytest11`` entry point as ``pakru``; ``-p no:pakru``
turns it off. Every option has a matching ini key.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pakru.checker import CheckRun, run_checks
from pakru.events import EventsError, load_events
from pakru.exercises import Check, ExerciseError, load_exercise
from pakru.grading import grade_quiz, lesson_link, read_sheet
from pakru.quiz import Quiz, QuizError, Status, load_quiz
from pakru.results import GradedQuestion, gradescope_results, write_results

ANSWERS_HELP = "folder of the student's answer files (default: workspace/quizzes under the rootdir)"
EVENTS_HELP = "the course's events file, for ordering questions (default: data/events.csv)"
JSON_HELP = "also write the results to this file in Gradescope's results.json format"
WORK_HELP = "folder of the student's exercise files (default: workspace/exercises under the rootdir)"
TIMEOUT_HELP = "seconds each exercise check may run before it fails (default: 5)"

graded_key = pytest.StashKey[list[GradedQuestion]]()
started_key = pytest.StashKey[float]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pakru", "grading the course quizzes")
    group.addoption("--quiz-answers", dest="quiz_answers", metavar="DIR", help=ANSWERS_HELP)
    group.addoption("--quiz-events", dest="quiz_events", metavar="FILE", help=EVENTS_HELP)
    group.addoption("--quiz-json", dest="quiz_json", metavar="FILE", help=JSON_HELP)
    group.addoption("--exercise-work", dest="exercise_work", metavar="DIR", help=WORK_HELP)
    group.addoption("--check-timeout", dest="check_timeout", metavar="SECONDS", help=TIMEOUT_HELP)
    parser.addini("quiz_answers", ANSWERS_HELP, default="workspace/quizzes")
    parser.addini("exercise_work", WORK_HELP, default="workspace/exercises")
    parser.addini("check_timeout", TIMEOUT_HELP, default="5")
    parser.addini("quiz_events", EVENTS_HELP, default="data/events.csv")
    parser.addini("quiz_json", JSON_HELP, default="")


def _setting(config: pytest.Config, name: str) -> str:
    return config.getoption(name) or str(config.getini(name))


def _path_setting(config: pytest.Config, name: str) -> Path:
    value = Path(_setting(config, name))
    return value if value.is_absolute() else config.rootpath / value


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "quiz: one graded question of a course quiz")
    config.stash[graded_key] = []
    config.stash[started_key] = time.perf_counter()


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
    """A quiz module: yields one item per question, graded from the answer file."""

    def collect(self) -> Iterator[QuizQuestionItem]:
        config = self.config
        events_path = _path_setting(config, "quiz_events")
        try:
            events = load_events(events_path) if events_path.exists() else []
            quiz = load_quiz(self.path, events)
        except (QuizError, EventsError) as error:
            raise self.CollectError(str(error)) from None
        sheet = read_sheet(_path_setting(config, "quiz_answers"), quiz)
        source_lines = self.path.read_text(encoding="utf-8").splitlines()
        for graded in grade_quiz(quiz, sheet):
            item = QuizQuestionItem.from_parent(self, name=graded.question.id, graded=graded)
            item.line = question_line(source_lines, graded.question.id)
            if sheet.missing_file:
                item.missing_file_hint = f"no answer file yet; run: pakru quiz start {quiz.id}"
            yield item


def question_line(source_lines: list[str], question_id: str) -> int:
    """The 0-based line where a question's id is written, so reports point at it."""
    needle = f'id="{question_id}"'
    return next((number for number, line in enumerate(source_lines) if needle in line), 0)


class QuizQuestionItem(pytest.Item):
    """One question of one quiz."""

    def __init__(self, *, graded: GradedQuestion, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.graded = graded
        self.missing_file_hint = ""
        self.line = 0
        self.add_marker(pytest.mark.quiz)

    def runtest(self) -> None:
        self.config.stash[graded_key].append(self.graded)
        status = self.graded.grade.status
        if status is Status.UNANSWERED:
            # Report the skip at the question, not at this line of the plugin.
            raise pytest.skip.Exception(self.missing_file_hint or "not answered", _use_item_location=True)
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
            lines.append(f"You answered: {graded.answer!r}")
            lines.append(
                f"That is {grade.message}." if grade.status is Status.PARTIAL else "That is not accepted."
            )
        lines.append(f"Hint: {question.hint}")
        lines.append(f"Revise: {lesson_link(graded.quiz, question.section)}")
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, self.line, f"{self.graded.quiz.id}::{self.name}"


class ExerciseChecksFile(pytest.File):
    """An exercise's checks.toml: one item per check, run against the student's copy."""

    def collect(self) -> Iterator[ExerciseCheckItem]:
        try:
            exercise = load_exercise(self.path.parent)
        except ExerciseError as error:
            raise self.CollectError(str(error)) from None
        self.exercise = exercise
        self.work_file = _path_setting(self.config, "exercise_work") / f"{exercise.name}.py"
        self.run: CheckRun | None = None
        for check in exercise.checks:
            item = ExerciseCheckItem.from_parent(self, name=f"task{check.task}: {check.name}", check=check)
            yield item

    def check_run(self) -> CheckRun:
        if self.run is None:
            timeout = float(_setting(self.config, "check_timeout"))
            self.run = run_checks(self.work_file, self.exercise, self.config.rootpath, timeout=timeout)
        return self.run


class ExerciseCheckItem(pytest.Item):
    """One check of one exercise."""

    def __init__(self, *, check: Check, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.check = check

    def runtest(self) -> None:
        parent = self.parent
        assert isinstance(parent, ExerciseChecksFile)
        if not parent.work_file.exists():
            name = parent.exercise.name
            raise pytest.skip.Exception(f"not started; run: pakru start {name}", _use_item_location=True)
        run = parent.check_run()
        if run.import_error:
            raise ExerciseProblem(run.import_error)
        result = next(result for result in run.results if result.check is self.check)
        if not result.passed:
            raise ExerciseProblem(f"{self.check.message}\n{result.detail}")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: object = None) -> str:
        if isinstance(excinfo.value, ExerciseProblem):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, 0, self.name


class ExerciseProblem(Exception):
    """A failed exercise check, already worded for the student."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    graded = config.stash.get(graded_key, [])
    if not graded:
        return
    if config.option.verbose > 0:
        unlocked = [item for item in graded if item.grade.status is Status.CORRECT]
        if unlocked:
            terminalreporter.write_sep("-", "explanations unlocked by your correct answers")
            for item in unlocked:
                terminalreporter.write_line(f"{item.quiz.id} {item.question.id}: {item.grade.explanation}")
    terminalreporter.write_sep("=", "quiz scores")
    quizzes: dict[str, list[GradedQuestion]] = {}
    for item in graded:
        quizzes.setdefault(item.quiz.id, []).append(item)
    header = f"{'quiz':<12}{'answered':>10}{'correct':>9}{'points':>14}{'score':>8}"
    terminalreporter.write_line(header)
    total = maximum = 0.0
    for quiz_id, items in quizzes.items():
        score = sum(item.grade.score for item in items)
        most = sum(item.grade.max_score for item in items)
        answered = sum(item.grade.status is not Status.UNANSWERED for item in items)
        correct = sum(item.grade.status is Status.CORRECT for item in items)
        total, maximum = total + score, maximum + most
        terminalreporter.write_line(
            f"{quiz_id:<12}{f'{answered}/{len(items)}':>10}{correct:>9}"
            f"{f'{score:g}/{most:g}':>14}{_percent(score, most):>8}"
        )
    terminalreporter.write_line(
        f"{'total':<12}{'':>10}{'':>9}{f'{total:g}/{maximum:g}':>14}{_percent(total, maximum):>8}"
    )
    json_path = _setting(config, "quiz_json")
    if json_path:
        elapsed = time.perf_counter() - config.stash[started_key]
        target = (
            Path(json_path) if Path(json_path).is_absolute() else config.invocation_params.dir / json_path
        )
        write_results(target, gradescope_results(graded, elapsed))
        terminalreporter.write_line(f"results written to {target}")


def _percent(score: float, most: float) -> str:
    return f"{100 * score / most:.0f}%" if most else "-"


__all__ = ["Quiz", "QuizFile", "QuizQuestionItem"]
