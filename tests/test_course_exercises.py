"""The course's own exercises: enough of them, well formed, and sound by ``pakru dev check``."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import BIB_FILE, REPO_ROOT
from pakru.devcheck import dev_check, structure_problems
from pakru.exercises import Exercise, discover_exercises
from pakru.workspace import Course

COURSE = Course(REPO_ROOT)
EXERCISES = discover_exercises(COURSE.exercises_dir)
exercise_params = pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.name)


def test_at_least_two_exercises_per_lesson_and_eight_in_all() -> None:
    per_lesson = Counter(exercise.lesson for exercise in EXERCISES)
    assert len(EXERCISES) >= 8
    assert all(per_lesson[lesson] >= 2 for lesson in (1, 2, 3, 4)), per_lesson


@exercise_params
def test_readme_names_the_skill_and_the_insight(exercise: Exercise) -> None:
    readme = exercise.readme.read_text(encoding="utf-8")
    assert "Python skill" in readme
    assert "Historical insight" in readme
    assert structure_problems(exercise) == []


@exercise_params
def test_stub_speaks_to_the_student(exercise: Exercise) -> None:
    stub = exercise.stub.read_text(encoding="utf-8")
    assert stub.count("TODO (student)") >= len(exercise.tasks)
    assert all(f"def {function}(" in stub for function in exercise.functions)


@pytest.mark.teaching_edition
def test_dev_check_passes() -> None:
    """The rustlings rule: every stub fails, every solution passes, and the data validate."""
    assert dev_check(COURSE, EXERCISES, BIB_FILE) == []
