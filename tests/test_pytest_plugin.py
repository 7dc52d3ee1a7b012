"""The pytest plugin, driven with ``pytester``: items, feedback, scores and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from demo_quiz import DEMO_EVENTS, DEMO_QUIZ_FILE
from pakru.results import results_schema

pytest_plugins = ("pytester",)

ALL_CORRECT = 'q01 = "b"\nq02 = ["a", "c"]\nq03 = 1948\nq04 = "USSR"\nq05 = "bca"\nq06 = ["b", "a"]\n'


@pytest.fixture
def course(pytester: pytest.Pytester) -> pytest.Pytester:
    (pytester.path / "quizzes").mkdir()
    (pytester.path / "data").mkdir()
    shutil.copy(DEMO_QUIZ_FILE, pytester.path / "quizzes" / "quiz_demo.py")
    shutil.copy(DEMO_EVENTS, pytester.path / "data" / "events.csv")
    return pytester


def write_answers(pytester: pytest.Pytester, text: str) -> None:
    folder = pytester.path / "workspace" / "quizzes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "demo.py").write_text(text, encoding="utf-8")


def test_all_correct_passes_with_full_score(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT)
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=6)
    result.stdout.fnmatch_lines(["*= quiz scores =*", "demo*6/6*6*9/9*100%", "total*9/9*100%"])
    assert result.ret == pytest.ExitCode.OK


def test_items_are_named_by_quiz_and_question(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT)
    result = course.runpytest("quizzes", "-v")
    result.stdout.fnmatch_lines(["quizzes/quiz_demo.py::q01 PASSED*", "quizzes/quiz_demo.py::q06 PASSED*"])


def test_verbose_run_shows_unlocked_explanations(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT)
    result = course.runpytest("quizzes", "-v")
    result.stdout.fnmatch_lines(["*explanations unlocked*", "demo q01: Tashkent hosted the 1966 conference."])
    assert "Tashkent hosted" not in course.runpytest("quizzes").stdout.str()


def test_wrong_answer_shows_answer_hint_and_link_but_no_key(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT.replace("q03 = 1948", "q03 = 1950"))
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(
        [
            "demo q03: In which year were diplomatic relations established?",
            "You answered: 1950",
            "That is not accepted.",
            "Hint: Soon after independence.",
            "Revise: *index*#a-test-lesson*",
        ]
    )
    assert "1948" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_revise_names_the_sections_heading(course: pytest.Pytester) -> None:
    (course.path / "course").mkdir()
    (course.path / "course" / "index.md").write_text(
        "# Demo\n\n## A test lesson\n\nText.\n", encoding="utf-8"
    )
    write_answers(course, ALL_CORRECT.replace("q03 = 1948", "q03 = 1950"))
    result = course.runpytest("quizzes")
    result.stdout.fnmatch_lines(
        ["Revise: course/index.md, section 'A test lesson' (in the book: index.html#a-test-lesson)"]
    )


def test_unanswered_is_not_wrong(course: pytest.Pytester) -> None:
    write_answers(course, 'q01 = "b"\nq02 = None\n')
    result = course.runpytest("quizzes", "-rs")
    result.assert_outcomes(passed=1, skipped=5)
    result.stdout.fnmatch_lines(["demo*1/6*1*1/9*11%", "SKIPPED * not answered"])


def test_missing_answer_file_is_one_line_that_says_how_to_start(course: pytest.Pytester) -> None:
    result = course.runpytest("quizzes", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(
        ["*= quiz scores =*", "total*0/9*0%", "demo: not started; run pakru quiz start demo"]
    )
    result.stdout.fnmatch_lines(["SKIPPED *quiz_demo.py:1: demo: not started; run pakru quiz start demo"])
    assert result.stdout.str().count("not started") == 2, "one line in the table, one skip line"


def test_misnamed_answers_are_listed_in_the_summary(course: pytest.Pytester) -> None:
    # q7 stands for an answered question, so only the summary can say it was not graded.
    write_answers(course, ALL_CORRECT + 'q3 = 1950\nQ01 = "c"\n')
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=6)
    result.stdout.fnmatch_lines(
        [
            "Not graded (not a question of the quiz):",
            "  workspace/quizzes/demo.py line 7: 'q3' is not a question of this quiz; did you mean q03?",
            "  workspace/quizzes/demo.py line 8: 'Q01' is not a question of this quiz; did you mean q01?",
        ]
    )


def test_misnamed_answer_of_an_unanswered_question_fails_it_with_the_name(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT.replace("q03 = 1948", "q3 = 1948"))
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(["*demo.py line 3: 'q3' is not a question of this quiz; did you mean q03?"])


def test_a_long_answer_is_echoed_on_one_short_line(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT.replace('q04 = "USSR"', f"q04 = {'Soviet Union ' * 40!r}"))
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=5, failed=1)
    # The short summary repeats the echo in full when pytest thinks it runs on CI (the CI variable is set).
    echoes = [line for line in result.stdout.lines if line.startswith("You answered: ")]
    assert echoes
    for echo in echoes:
        assert echo.endswith("…")
        assert len(echo) <= len("You answered: ") + 100


def test_syntax_error_spoils_only_its_own_answer(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT.replace('q04 = "USSR"', 'q04 = "USSR'))
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(
        ["*Your answer could not be read: demo.py line 4: Python cannot read this answer*"]
    )


def test_code_in_answers_is_never_run(course: pytest.Pytester) -> None:
    marker = course.path / "ran.txt"
    write_answers(course, ALL_CORRECT + f"q01 = open({str(marker)!r}, 'w').write('x')\n")
    result = course.runpytest("quizzes")
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(["*not a plain value*"])
    assert not marker.exists()


def test_partial_credit_counts_in_the_score(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT.replace('q02 = ["a", "c"]', 'q02 = ["a"]'))
    result = course.runpytest("quizzes")
    explained = "That is 1 of 2 correct choices and no wrong ones: 1 of 2 points."
    result.stdout.fnmatch_lines([explained, "demo*8/9*89%"])


def test_json_results_follow_the_schema(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT.replace("q03 = 1948", "q03 = 1950"))
    course.runpytest("quizzes", "--quiz-json", "results.json")
    results = json.loads((course.path / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    assert (results["score"], results["max_score"]) == (8, 9)
    q03 = next(test for test in results["tests"] if test["name"] == "demo.q03")
    assert q03["status"] == "failed"
    assert "kind:number" in q03["tags"]


def test_answers_folder_has_an_ini_key(course: pytest.Pytester) -> None:
    folder = course.path / "elsewhere"
    folder.mkdir()
    (folder / "demo.py").write_text(ALL_CORRECT, encoding="utf-8")
    course.makeini("[pytest]\nquiz_answers = elsewhere\n")
    course.runpytest("quizzes").assert_outcomes(passed=6)


def test_broken_quiz_module_is_a_collection_error(course: pytest.Pytester) -> None:
    (course.path / "quizzes" / "quiz_broken.py").write_text("QUIZ = 3\n", encoding="utf-8")
    result = course.runpytest("quizzes")
    result.stdout.fnmatch_lines(["*define QUIZ = Quiz(...)*"])
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_plugin_can_be_disabled(course: pytest.Pytester) -> None:
    result = course.runpytest("quizzes", "-p", "no:pakru")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


@pytest.fixture
def exercise_course(pytester: pytest.Pytester) -> pytest.Pytester:
    demo = Path(__file__).parent / "data" / "demo-course"
    for folder in ("exercises", "data"):
        shutil.copytree(demo / folder, pytester.path / folder)
    return pytester


def test_exercise_checks_are_items_with_friendly_failures(exercise_course: pytest.Pytester) -> None:
    work = exercise_course.path / "workspace" / "exercises"
    work.mkdir(parents=True)
    shutil.copy(
        exercise_course.path / "exercises" / "01-count-events" / "stub.py", work / "01-count-events.py"
    )
    result = exercise_course.runpytest("exercises", "-v")
    result.assert_outcomes(failed=4)
    result.stdout.fnmatch_lines(
        [
            "*checks.toml::task1: counts the course events FAILED*",
            "count_events should count every row of the events file.",
            "task 1 is not done yet (count_events is still the stub)",
        ]
    )
    result.stdout.fnmatch_lines(["*= exercise scores =*", "01-count-events *0/4  in progress"])


def test_exercise_not_started_is_one_skip_with_the_command(exercise_course: pytest.Pytester) -> None:
    result = exercise_course.runpytest("exercises", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(
        [
            "*= exercise scores =*",
            "total*0 of 1 exercises pass every check",
            "01-count-events: not started; run pakru start 01-count-events",
            "SKIPPED *01-count-events: not started; run pakru start 01-count-events",
        ]
    )


def test_exercise_solution_passes_under_pytest(exercise_course: pytest.Pytester) -> None:
    work = exercise_course.path / "workspace" / "exercises"
    work.mkdir(parents=True)
    solution = Path(__file__).parent / "data" / "demo-course" / "instructor" / "exercises" / "01-count-events"
    shutil.copy(solution / "solution.py", work / "01-count-events.py")
    result = exercise_course.runpytest("exercises")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["01-count-events *4/4  all pass", "total*1 of 1 exercises pass every check"])


# --- settings: each is checked in pytest_configure, with a one-line error -------------------


def assert_usage_error(result: pytest.RunResult, *expected: str) -> None:
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [line for line in result.stderr.lines if line.startswith("ERROR:")]
    assert len(errors) == 1, result.stderr.str()
    for text in expected:
        assert text in errors[0]
    assert "Traceback" not in result.stderr.str() + result.stdout.str()


@pytest.mark.parametrize("value", ["soon", "0", "-1", "nan", "inf"])
def test_check_timeout_option_must_be_a_positive_number(course: pytest.Pytester, value: str) -> None:
    result = course.runpytest("quizzes", f"--check-timeout={value}")
    assert_usage_error(result, "--check-timeout must be a positive number of seconds", repr(value))


def test_check_timeout_ini_is_checked_and_used(exercise_course: pytest.Pytester) -> None:
    exercise_course.makeini("[pytest]\ncheck_timeout = five\n")
    assert_usage_error(exercise_course.runpytest("exercises"), "the ini setting check_timeout", "'five'")
    exercise_course.makeini("[pytest]\ncheck_timeout = 30\n")
    exercise_course.runpytest("exercises").assert_outcomes(skipped=1)


def test_answers_folder_option_must_exist(course: pytest.Pytester) -> None:
    result = course.runpytest("quizzes", "--quiz-answers", "nowhere")
    assert_usage_error(result, "--quiz-answers:", "nowhere does not exist")


def test_answers_folder_ini_must_be_a_folder(course: pytest.Pytester) -> None:
    (course.path / "answers.txt").write_text("", encoding="utf-8")
    course.makeini("[pytest]\nquiz_answers = answers.txt\n")
    assert_usage_error(course.runpytest("quizzes"), "the ini setting quiz_answers:", "is not a folder")


def test_default_answers_folder_may_be_missing(course: pytest.Pytester) -> None:
    # A student who has started nothing has no workspace yet: that is not an error.
    course.runpytest("quizzes").assert_outcomes(skipped=1)


def test_exercise_work_option_and_ini(exercise_course: pytest.Pytester) -> None:
    result = exercise_course.runpytest("exercises", "--exercise-work", "mine")
    assert_usage_error(result, "--exercise-work:", "mine does not exist")
    mine = exercise_course.path / "mine"
    mine.mkdir()
    solution = Path(__file__).parent / "data" / "demo-course" / "instructor" / "exercises" / "01-count-events"
    shutil.copy(solution / "solution.py", mine / "01-count-events.py")
    exercise_course.makeini("[pytest]\nexercise_work = mine\n")
    exercise_course.runpytest("exercises").assert_outcomes(passed=4)


def test_events_file_option_and_ini(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT)
    result = course.runpytest("quizzes", "--quiz-events", "data/missing.csv")
    assert_usage_error(result, "--quiz-events:", "missing.csv is not a file")
    shutil.move(course.path / "data" / "events.csv", course.path / "events-copy.csv")
    course.makeini("[pytest]\nquiz_events = events-copy.csv\n")
    course.runpytest("quizzes").assert_outcomes(passed=6)


def test_json_option_and_ini(course: pytest.Pytester) -> None:
    write_answers(course, ALL_CORRECT)
    (course.path / "out").mkdir()
    assert_usage_error(course.runpytest("quizzes", "--quiz-json", "out"), "--quiz-json:", "is a folder")
    answers = (course.path / "workspace" / "quizzes").glob("*.py")
    mistaken = next(answers).relative_to(course.path)
    assert_usage_error(
        course.runpytest("quizzes", "--quiz-json", str(mistaken)), "--quiz-json:", "is not a results file"
    )
    course.makeini("[pytest]\nquiz_json = out/results.json\n")
    course.runpytest("quizzes").assert_outcomes(passed=6)
    assert json.loads((course.path / "out" / "results.json").read_text(encoding="utf-8"))["score"] == 9


def test_json_results_list_every_question_of_a_quiz_not_started(course: pytest.Pytester) -> None:
    result = course.runpytest("quizzes", "--quiz-json", "results.json")
    result.assert_outcomes(skipped=1)
    results = json.loads((course.path / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    assert (results["score"], results["max_score"]) == (0, 9)
    assert [test["name"] for test in results["tests"]] == [f"demo.q0{number}" for number in range(1, 7)]
    assert {test["output"] for test in results["tests"]} == {"Not answered."}


# --- running from the wrong folder says where to run from ----------------------------------


@pytest.fixture
def student_course(course: pytest.Pytester) -> pytest.Pytester:
    """The demo quiz in a folder laid out as a course checkout, with the quiz started."""
    (course.path / "course").mkdir()
    write_answers(course, ALL_CORRECT)
    return course


def test_pytest_from_inside_the_course_names_the_command(
    student_course: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder, args, command in (
        ("workspace", ["quizzes"], "cd .. && pytest quizzes"),
        ("workspace", [], "cd .. && pytest"),
        ("quizzes", ["quizzes"], "cd .. && pytest quizzes"),
        ("workspace/quizzes", ["."], "cd ../.. && pytest"),
    ):
        monkeypatch.chdir(student_course.path / folder)
        result = student_course.runpytest(*args)
        assert_usage_error(result, "run it from the course folder", command)


def test_help_is_never_refused(student_course: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    student_course.makeini("[pytest]\ncheck_timeout = never\n")
    monkeypatch.chdir(student_course.path / "workspace")
    result = student_course.runpytest("--help")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*--quiz-answers=DIR*"])


def test_pytest_quizzes_from_the_course_folder_is_not_refused(
    student_course: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(student_course.path / "quizzes")
    student_course.runpytest().assert_outcomes(passed=6)
    monkeypatch.chdir(student_course.path)
    student_course.runpytest("quizzes/quiz_demo.py::q01").assert_outcomes(passed=1)


def test_pakru_grade_prints_the_same_score_table_as_pytest_quizzes(
    student_course: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pakru.cli import main

    write_answers(student_course, ALL_CORRECT.replace('q02 = ["a", "c"]', 'q02 = ["a"]') + "q7 = 1\n")
    result = student_course.runpytest("quizzes")
    lines = result.stdout.lines
    start = next(index for index, line in enumerate(lines) if "= quiz scores =" in line)
    end = next(index for index in range(start + 1, len(lines)) if lines[index].startswith("="))
    pytest_table = lines[start + 1 : end]
    assert any("did you mean q06?" in line for line in pytest_table)
    monkeypatch.chdir(student_course.path)
    monkeypatch.setenv("COLUMNS", "120")
    capsys.readouterr()
    assert main(["grade"]) == 0
    grade_lines = capsys.readouterr().out.splitlines()
    assert "quiz scores" in grade_lines[0]
    assert grade_lines[1:] == pytest_table


def test_nothing_to_grade_inside_the_course_says_where_to_run(
    student_course: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(student_course.path / "course")
    result = student_course.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.stdout.fnmatch_lines(
        ["nothing to grade in course/; grade your work from the course folder: cd .. && pytest"]
    )
