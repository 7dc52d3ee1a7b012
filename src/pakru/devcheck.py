"""``pakru dev check``: the authors' rule that every exercise is sound.

For every exercise: the untouched stub fails every check, the reference
solution passes them all, each task has a hint, task numbers agree across the
README, the checks and the hints, and the data files validate.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pakru.checker import run_checks
from pakru.datasets import validate_course_data
from pakru.exercises import Exercise
from pakru.workspace import Course


def structure_problems(exercise: Exercise) -> list[str]:
    name = exercise.name
    problems: list[str] = []
    readme_tasks = set(exercise.readme_tasks)
    check_tasks = {check.task for check in exercise.checks}
    hint_tasks = {task for task, text in exercise.hints.items() if text.strip()}
    if not readme_tasks:
        problems.append(f"{name}: README.md has no '## Task N: ...' headings")
    if sorted(readme_tasks) != list(range(1, len(readme_tasks) + 1)):
        problems.append(f"{name}: README tasks must be numbered 1, 2, 3 ... without gaps")
    if check_tasks != readme_tasks:
        problems.append(
            f"{name}: tasks with checks {sorted(check_tasks)} differ from README tasks {sorted(readme_tasks)}"
        )
    if hint_tasks != readme_tasks:
        problems.append(
            f"{name}: tasks with hints {sorted(hint_tasks)} differ from README tasks {sorted(readme_tasks)}"
        )
    if not exercise.stub.exists():
        problems.append(f"{name}: stub.py is missing")
    elif "TODO (student)" not in exercise.stub.read_text(encoding="utf-8"):
        problems.append(f"{name}: stub.py has no 'TODO (student)' marker")
    return problems


def behaviour_problems(course: Course, exercise: Exercise) -> list[str]:
    problems: list[str] = []
    stub_run = run_checks(exercise.stub, exercise, course.root)
    if not stub_run.import_error:
        passing = [result.check.name for result in stub_run.results if result.passed]
        if passing:
            problems.append(f"{exercise.name}: the untouched stub already passes: {', '.join(passing)}")
    solution = exercise.solution(course.instructor_dir)
    if not solution.exists():
        return [*problems, f"{exercise.name}: no reference solution at {solution}"]
    solution_run = run_checks(solution, exercise, course.root)
    if solution_run.import_error:
        problems.append(
            f"{exercise.name}: the reference solution does not import: {solution_run.import_error}"
        )
    problems += [
        f"{exercise.name}: the reference solution fails '{result.check.name}': {result.detail}"
        for result in solution_run.results
        if not result.passed
    ]
    return problems


def dev_check(course: Course, exercises: Iterable[Exercise], bib_file: Path) -> list[str]:
    problems = validate_course_data(course.root / "data", bib_file)
    for exercise in exercises:
        problems += structure_problems(exercise)
        problems += behaviour_problems(course, exercise)
    return problems
