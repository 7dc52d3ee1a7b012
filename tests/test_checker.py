"""The child-process checker: results compared in the parent, misbehaviour contained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import scaled_deadline
from pakru.check_child import tagged
from pakru.checker import judge, run_checks, same_plain_value, untag
from pakru.exercises import Check, Exercise, ExerciseError, load_exercise

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
    assert {result.reason for result in run.results} == {"not-implemented"}


def test_an_infinite_loop_fails_only_its_check(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text().replace(
        "def count_events(path: str) -> int:\n",
        "def count_events(path: str) -> int:\n    while True:\n        pass\n",
    )
    timeout = scaled_deadline(3.0)
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE, timeout=timeout)
    assert [result.passed for result in run.results] == [False, False, True, True]
    assert f"did not finish within {timeout:g} s" in run.results[0].detail
    assert [result.reason for result in run.results] == ["timeout", "timeout", "passed", "passed"]


def test_a_loop_at_import_is_a_timeout(exercise: Exercise, tmp_path: Path) -> None:
    deadline = scaled_deadline(2.0)
    path = student_file(tmp_path, "while True:\n    pass\n")
    run = run_checks(path, exercise, DEMO_COURSE, import_timeout=deadline, display="exercises/x.py")
    assert run.import_reason == "timeout"
    assert run.import_error.startswith(f"exercises/x.py: importing your file took more than {deadline:g} s")


@pytest.mark.parametrize(
    ("prelude", "message", "reason"),
    [
        ("import sys\nsys.exit(3)\n", "importing your file raised SystemExit", "import-error"),
        ("import os\nos._exit(0)\n", "Python stopped while importing your file", "crashed"),
        ("x = 1\ndef broken(:\n    pass\n", "exercises/01-count-events.py, line 2: ", "syntax-error"),
        ("raise RuntimeError('boom')\n", "RuntimeError: boom", "import-error"),
        ("x = 1\n" * 3 + "bytes = [0] * (1 << 40)\n", "exercises/01-count-events.py, line 4", "memory-limit"),
    ],
)
def test_import_failures_are_one_clear_reason(
    exercise: Exercise, tmp_path: Path, prelude: str, message: str, reason: str
) -> None:
    path = student_file(tmp_path, prelude)
    run = run_checks(path, exercise, DEMO_COURSE, display="exercises/01-count-events.py")
    assert message in run.import_error
    assert run.import_reason == reason
    assert "\n" not in run.import_error
    assert str(tmp_path) not in run.import_error, "name the student's file, not the grader's copy"


def test_a_file_that_is_not_utf8_names_its_line(exercise: Exercise, tmp_path: Path) -> None:
    path = tmp_path / "student.py"
    path.write_bytes(b"x = 1\ny = 2\nz = 'caf\xe9'\n")
    run = run_checks(path, exercise, DEMO_COURSE, display="exercises/01-count-events.py")
    assert run.import_reason == "encoding-error"
    assert run.import_error.startswith("exercises/01-count-events.py, line 3: not UTF-8 text")


def test_a_crash_inside_a_call_costs_one_check(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    import os\n    os._exit(1)\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert [result.passed for result in run.results] == [False, False, True, True]
    assert "Python stopped" in run.results[0].detail
    assert run.results[0].reason == "crashed"


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
    assert run.results[0].reason == "too-large"
    assert run.results[2].passed


def test_a_result_too_large_for_the_channel_is_too_large_not_a_crash(
    exercise: Exercise, tmp_path: Path
) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    return ['y' * 1000] * 200_000\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert [result.reason for result in run.results[:3]] == ["too-large", "too-large", "passed"]


def test_running_out_of_memory_is_memory_limit(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    return len(bytearray(1 << 40))\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert [result.reason for result in run.results[:3]] == ["memory-limit", "memory-limit", "passed"]
    assert "ran out of memory" in run.results[0].detail


def test_non_plain_results_are_explained(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    return object()\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert "return plain data" in run.results[0].detail
    assert run.results[0].reason == "failed"


def test_student_code_runs_in_its_own_folder(exercise: Exercise, tmp_path: Path) -> None:
    folder = tmp_path / "own"
    folder.mkdir()
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    import os\n    return os.getcwd()\n"
    run = run_checks(student_file(folder, body), exercise, DEMO_COURSE)
    assert run.results[0].detail == f"got {str(folder)!r}; expected 3"
    assert [result.passed for result in run.results[2:]] == [True, True]


@pytest.mark.parametrize(
    ("returned", "shown"),
    [
        ("(1, 'a')", "(1, 'a')"),
        ("[1, (2, 3)]", "[1, (2, 3)]"),
        ("{3, 1}", "{1, 3}"),
        ("frozenset({2})", "frozenset({2})"),
        ("{1: 'x', (2, 3): [4]}", "{1: 'x', (2, 3): [4]}"),
        ("float('nan')", "nan"),
        ("'3'", "'3'"),
    ],
)
def test_feedback_shows_values_as_the_code_returned_them(
    exercise: Exercise, tmp_path: Path, returned: str, shown: str
) -> None:
    body = SOLUTION.read_text() + f"\n\ndef count_events(path):\n    return {returned}\n"
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE)
    assert run.results[0].detail == f"got {shown}; expected 3"
    assert run.results[0].reason == "failed"


def test_a_tuple_of_the_right_items_passes_a_list_check(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text().replace(
        'return [row["title"] for row in csv.DictReader(handle) if row["lesson"] == str(lesson)]',
        'return tuple(row["title"] for row in csv.DictReader(handle) if row["lesson"] == str(lesson))',
    )
    assert "return tuple(" in body
    assert run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE).passed


def test_a_list_fails_a_check_whose_task_asks_for_a_tuple() -> None:
    row = {"task": 1, "name": "a full date", "call": "parse_date", "args": ["1954-05-19"], "message": "m"}
    check = Check.from_data({**row, "expect": [1954, 5, 19], "expect_type": "tuple"}, "checks.toml")
    assert judge(check, {"value": tagged((1954, 5, 19))}).passed
    as_list = judge(check, {"value": tagged([1954, 5, 19])})
    assert not as_list.passed
    assert as_list.detail == "got a list, [1954, 5, 19]; expected a tuple, (1954, 5, 19)"
    as_text = judge(check, {"value": tagged("1954-05-19")})
    assert as_text.detail == "got a str, '1954-05-19'; expected a tuple, (1954, 5, 19)"
    wrong_items = judge(check, {"value": tagged((1954, 5, 20))})
    assert wrong_items.detail == "got (1954, 5, 20); expected (1954, 5, 19)", (
        "shown as the tuple the task asks for"
    )
    with pytest.raises(ExerciseError, match="expect_type 'tupel'; use one of tuple, list"):
        Check.from_data({**row, "expect": [1], "expect_type": "tupel"}, "checks.toml")
    with pytest.raises(ExerciseError, match="goes with 'expect' only"):
        Check.from_data({**row, "raises": "ValueError", "expect_type": "tuple"}, "checks.toml")


def test_an_exception_names_the_line_of_the_students_file(exercise: Exercise, tmp_path: Path) -> None:
    body = SOLUTION.read_text() + "\n\ndef count_events(path):\n    return 1 / 0\n"
    line = body.splitlines().index("    return 1 / 0") + 1
    run = run_checks(student_file(tmp_path, body), exercise, DEMO_COURSE, display="exercises/01.py")
    assert (
        run.results[0].detail
        == f"count_events raised ZeroDivisionError: division by zero (exercises/01.py, line {line})"
    )


plain_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.integers() | st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(plain_values)
def test_the_channel_keeps_every_shape(value: object) -> None:
    sent = untag(json.loads(json.dumps(tagged(value))))
    assert repr(sent) == repr(value)


@pytest.mark.parametrize(
    ("forged", "problem"),
    [
        ({"tuple": 3}, "unknown tag 'tuple'"),
        ({"set": [[1]]}, "unhashable"),
        ({"dict": [[1]]}, "not enough values"),
        ({"pickle": "gASV"}, "unknown tag 'pickle'"),
        ({"a": 1, "b": 2}, "not a tagged value"),
    ],
)
def test_the_channel_refuses_what_is_not_a_tag(forged: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        untag(forged)


@pytest.mark.parametrize(
    ("actual", "expected", "tolerance", "same"),
    [
        ([1, [2, 3]], [1, [2, 3]], None, True),
        (1.00004, 1.0, 0.0001, True),
        (1.1, 1.0, 0.0001, False),
        (True, 1, None, False),
        ({"a": 1}, {"a": 1}, None, True),
        ({"a": 1}, {"a": 1, "b": 2}, None, False),
        ((1, 2), [1, 2], None, True),
        ({1, 2}, [1, 2], None, False),
        ({1990: 2}, {"1990": 2}, None, True),  # TOML keys are strings
        ({1990: 2, "1990": 2}, {"1990": 2}, None, False),
        ("3", 3, None, False),
    ],
)
def test_plain_value_comparison(
    actual: object, expected: object, tolerance: float | None, same: bool
) -> None:
    assert same_plain_value(actual, expected, tolerance) is same
