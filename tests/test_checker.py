"""The child-process checker: results compared in the parent, misbehaviour contained."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deadlines import scaled_deadline
from pakru.checker import run_checks, same_plain_value
from pakru.exercises import Exercise, load_exercise

DEMO_COURSE = Path(__file__).parent / "data" / "demo-course"
SOLUTION = DEMO_COURSE / "instructor" / "exercises" / "01-count-events" / "solution.py"


@pytest.fixture
def exercise() -> Exercise:
    return load_exercise(DEMO_COURSE / "exercises" / "01-count-events")


def student_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "student.py"
    path.write_text(body, encoding="utf-8")
    return path


def test_reference_solution_passes(exercise: Exercise) -> None:
    run = run_checks(SOLUTION, exercise, DEMO_COURSE)
    assert run.passed
    assert run.passed_count == 4


def test_stub_fails_every_check_with_a_task_message(exercise: Exercise) -> None:
    run = run_checks(exercise.stub, exercise, DEMO_COURSE)
    assert not any(result.passed for result in run.results)
    assert "task 1 is not done yet" in run.results[0].detail


def test_an_infinite_loop_fails_only_its_check(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text().replace(
        "def count_events(path: str) -> int:\n",
        "def count_events(path: str) -> int:\n    while True:\n        pass\n",
    )
    timeout = scaled_deadline(3.0)
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE, timeout=timeout)
    assert [result.passed for result in run.results] == [False, False, True, True]
    assert f"did not finish within {timeout:g} s" in run.results[0].detail


@pytest.mark.parametrize(
    ("prelude", "reason"),
    [
        ("import sys\nsys.exit(3)\n", "importing your file raised SystemExit"),
        ("import os\nos._exit(0)\n", "Python stopped while importing your file"),
        ("def broken(:\n    pass\n", "line 1"),
        ("raise RuntimeError('boom')\n", "RuntimeError: boom"),
    ],
)
def test_import_failures_are_one_clear_reason(
    exercise: Exercise, tmp_path: Path, prelude: str, reason: str
) -> None:
    run = run_checks(student_file(tmp_path, prelude), exercise, DEMO_COURSE)
    assert reason in run.import_error
    assert "\n" not in run.import_error


def test_a_crash_inside_a_call_costs_one_check(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    import os\n    os._exit(1)\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert [result.passed for result in run.results] == [False, False, True, True]
    assert "Python stopped" in run.results[0].detail


def test_printing_cannot_forge_a_result(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    print('{\"value\": 3}')\n    return 99\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert not run.results[0].passed
    assert run.results[0].detail == "got 99; expected 3"


def test_megabytes_of_output_are_contained(exercise: Exercise, tmp_path: Path) -> None:
    body = (
        SOLUTION.read_text()
        + "\n\ndef count_events(path):\n    print('x' * 5_000_000)\n    return 'y' * 3_000_000\n"
    )
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert "too large" in run.results[0].detail
    assert run.results[2].passed


def test_non_plain_results_are_explained(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    return object()\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert "return plain data" in run.results[0].detail


def test_student_code_runs_in_its_own_folder(exercise: Exercise, tmp_path: Path) -> None:
    shutil.copy(SOLUTION, tmp_path / "student.py")
    assert run_checks(tmp_path / "student.py", exercise, DEMO_COURSE).passed


@pytest.mark.parametrize(
    ("actual", "expected", "tolerance", "same"),
    [
        ([1, [2, 3]], [1, [2, 3]], None, True),
        (1.00004, 1.0, 0.0001, True),
        (1.1, 1.0, 0.0001, False),
        (True, 1, None, False),
        ({"a": 1}, {"a": 1}, None, True),
        ({"a": 1}, {"a": 1, "b": 2}, None, False),
    ],
)
def test_plain_value_comparison(
    actual: object, expected: object, tolerance: float | None, same: bool
) -> None:
    assert same_plain_value(actual, expected, tolerance) is same
