"""The ``pakru`` command for quizzes: start, seal and grade, with one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from demo_quiz import DEMO_EVENTS, DEMO_MODELS_FILE, DEMO_QUIZ_FILE
from pakru.cli import main
from pakru.results import results_schema


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for folder in ("quizzes", "course", "data", "instructor/quizzes"):
        (tmp_path / folder).mkdir(parents=True)
    shutil.copy(DEMO_QUIZ_FILE, tmp_path / "quizzes" / "quiz_demo.py")
    shutil.copy(DEMO_EVENTS, tmp_path / "data" / "events.csv")
    shutil.copy(DEMO_MODELS_FILE, tmp_path / "instructor" / "quizzes" / "demo.toml")
    monkeypatch.chdir(tmp_path / "course")  # any folder inside the course works
    return tmp_path


def test_quiz_start_creates_the_answer_file_once(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "start", "demo"]) == 0
    answers = course / "workspace" / "quizzes" / "demo.py"
    text = answers.read_text(encoding="utf-8")
    assert "q01 = None" in text
    assert "pytest quizzes" in text
    answers.write_text(text.replace("q01 = None", 'q01 = "b"'), encoding="utf-8")
    assert main(["quiz", "start", "1"]) == 0
    assert 'q01 = "b"' in answers.read_text(encoding="utf-8"), "never overwrite a student's answers"
    assert "already exists" in capsys.readouterr().out


def test_unknown_quiz_is_one_line(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "start", "nope"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "choose one of: demo" in error


def test_outside_the_course_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["grade", "--json", "r.json"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "cd into the course folder first, then run: pakru grade --json r.json" in error


def test_seal_is_stable(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (course / "quizzes" / "quiz_demo.py").read_text(encoding="utf-8")
    assert main(["quiz", "seal"]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert (course / "quizzes" / "quiz_demo.py").read_text(encoding="utf-8") == before


def test_seal_needs_the_teaching_edition(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(course / "instructor")
    assert main(["quiz", "seal"]) == 2
    assert "only the teaching edition has" in capsys.readouterr().err


def test_grade_writes_schema_valid_json(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["quiz", "start", "demo"])
    answers = course / "workspace" / "quizzes" / "demo.py"
    answers.write_text(
        answers.read_text(encoding="utf-8").replace("q01 = None", 'q01 = "b"'), encoding="utf-8"
    )
    assert main(["grade", "--json", str(course / "results.json")]) == 0
    results = json.loads((course / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    assert results["score"] == 1
    assert "total                                     1/9     11%" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("workspace", "workspace is a folder; name a file in it, for example workspace/results.json"),
        ("missing/results.json", "there is no folder missing; create it first or choose another path"),
        ("workspace/quizzes/demo.py", "workspace/quizzes/demo.py exists and is not a results file"),
    ],
)
def test_grade_json_never_replaces_a_folder_or_a_students_file(
    course: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    problem: str,
) -> None:
    monkeypatch.chdir(course)
    main(["quiz", "start", "demo"])
    answers = course / "workspace" / "quizzes" / "demo.py"
    before = answers.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["grade", "--json", target]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert problem in error
    assert answers.read_text(encoding="utf-8") == before
    assert not (course / "missing").exists()
    # An earlier results file is what grading again replaces.
    assert main(["grade", "--json", "results.json"]) == 0
    assert main(["grade", "--json", "results.json"]) == 0


def test_grade_prints_the_score_table_with_misnamed_answers(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["grade"]) == 0
    assert "demo: not started; run pakru quiz start demo" in capsys.readouterr().out
    answers = course / "workspace" / "quizzes" / "demo.py"
    answers.parent.mkdir(parents=True)
    answers.write_text('q01 = "b"\nq2 = ["a", "c"]\nq01x = 3\n', encoding="utf-8")
    assert main(["grade"]) == 0
    out = capsys.readouterr().out
    assert "quiz scores" in out
    assert "demo               2/6        1           1/9     11%" in out
    assert "workspace/quizzes/demo.py line 2: 'q2' is not a question of this quiz; did you mean q02?" in out
    assert "workspace/quizzes/demo.py line 3: 'q01x' is not a question" in out
    assert "not started" not in out


def test_a_course_option_that_is_not_a_course_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (
        ["grade-batch", "submissions", "--csv", "g.csv"],
        ["overlay", "check", "overlay"],
        ["stats", "results", "--html", "r.html"],
    ):
        assert main([*command, "--course", str(tmp_path)]) == 2
        error = capsys.readouterr().err
        assert error == (
            f"pakru: {tmp_path} is not a pakru course (no quizzes/ and course/ folders in it or above it): "
            "pass the course folder to --course\n"
        )


def test_outside_the_course_an_instructor_command_suggests_its_course_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["stats", "results", "--html", "r.html"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "pass the course folder, as in: pakru stats results --html r.html --course DIR" in error
    assert "cd into" not in error
