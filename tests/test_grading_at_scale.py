"""Grading a class: the student release, overlays, Gradescope bundles, batches, and leak checks."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import jsonschema
import pytest

from conftest import REPO_ROOT
from pakru.cli import main
from pakru.results import results_schema

DATA = Path(__file__).parent / "data"


@pytest.fixture
def submissions(tmp_path: Path, hostile_submissions: Path) -> Path:
    folder = tmp_path / "submissions"
    folder.mkdir()
    for name, case in (("alice", "all-correct"), ("bob", "syntax-error"), ("carol", "missing-file")):
        shutil.copytree(hostile_submissions / case / "submission", folder / name, symlinks=True)
    return folder


def tree_digest(root: Path) -> list[tuple[str, bytes]]:
    return sorted(
        (str(path.relative_to(root)), path.read_bytes()) for path in root.rglob("*") if path.is_file()
    )


# --- the student edition ---------------------------------------------------------------


def test_release_drops_instructor_and_git(
    course: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["release", str(tmp_path / "student")]) == 0
    released = {path.relative_to(tmp_path / "student").parts[0] for path in (tmp_path / "student").rglob("*")}
    assert "instructor" not in released
    assert ".git" not in released
    assert {"quizzes", "exercises", "data"} <= released
    assert "without instructor/" in capsys.readouterr().out


def test_release_refuses_a_non_empty_folder(
    course: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    assert main(["release", str(tmp_path / "full")]) == 2
    assert "not empty" in capsys.readouterr().err


@pytest.mark.teaching_edition
def test_the_real_student_edition_has_nothing_from_instructor(tmp_path: Path) -> None:
    out = tmp_path / "student"
    subprocess.run([sys.executable, "-m", "pakru.cli", "release", str(out)], cwd=REPO_ROOT, check=True)
    assert not (out / "instructor").exists()
    assert not list(out.rglob("*.pyc"))
    # The student edition keeps its own test suite runnable: test data named like the excluded folders stays,
    # and a tracked symlink is copied as a link, never as the file outside the course that it points to.
    assert (out / "tests" / "data" / "demo-course" / "instructor").is_dir()
    assert (out / "tests" / "hostile" / "all-correct" / "submission" / "workspace").is_dir()
    link = out / "tests" / "hostile" / "symlink-outside" / "submission" / "workspace" / "exercises"
    assert (link / "01-count-events.py").is_symlink()
    explanations = [
        line.split("=", 1)[1].strip().strip('"')
        for path in (REPO_ROOT / "instructor").rglob("*.toml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("explanation")
    ]
    solutions = [path.read_text(encoding="utf-8") for path in (REPO_ROOT / "instructor").rglob("solution.py")]
    released = "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in out.rglob("*") if path.is_file()
    )
    assert [text[:60] for text in explanations if len(text) > 30 and text in released] == []
    assert [text[:60] for text in solutions if text in released] == []


def test_wheel_and_sdist_carry_no_keys(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-d", str(tmp_path)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    (sdist,) = tmp_path.glob("*.tar.gz")
    names = zipfile.ZipFile(wheel).namelist()
    with tarfile.open(sdist) as archive:
        names += archive.getnames()
    leaked = ("instructor/", "hidden-checks", "demo-overlay", "workspace/")
    assert [name for name in names if any(part in name for part in leaked) or name.endswith(".pyc")] == []


# --- overlays --------------------------------------------------------------------------


def test_overlay_new_starts_from_the_teaching_keys(course: Path, tmp_path: Path) -> None:
    from pakru.quiz_authoring import load_model_answers
    from pakru.workspace import Course, load_course_material

    target = tmp_path / "spring"
    assert main(["overlay", "new", str(target)]) == 0
    written = tomllib.loads((target / "quizzes" / "demo.toml").read_text(encoding="utf-8"))
    teaching = load_model_answers(course / "instructor" / "quizzes" / "demo.toml")
    (quiz,) = load_course_material(Course(course)).quizzes
    assert {key: (entry["answer"], entry["explanation"]) for key, entry in written.items()} == {
        key: (model.answer, model.explanation) for key, model in teaching.items()
    }
    assert {key: entry["digest"] for key, entry in written.items()} == {
        question.id: question.digest for question in quiz.questions
    }
    assert (target / "exercises" / "01-count-events" / "hidden-checks.toml").exists()
    assert "Keep it private" in (target / "README.md").read_text()
    assert target.stat().st_mode & 0o077 == 0
    assert main(["overlay", "check", str(target)]) == 0
    assert main(["overlay", "new", str(target)]) == 2


# --- batches -----------------------------------------------------------------------------


def test_grade_batch_writes_a_row_for_everyone(
    course: Path,
    overlay: Path,
    submissions: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    hostile_submissions: Path,
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("id,folder\nS1,alice\nS2,bob\nS3,carol\nS4,dave\n", encoding="utf-8")
    before = tree_digest(submissions)
    gradebook = tmp_path / "gradebook.csv"
    arguments = ["grade-batch", str(submissions), "--overlay", str(overlay), "--csv", str(gradebook)]
    assert main([*arguments, "--roster", str(roster), "--json-dir", str(tmp_path / "json")]) == 0
    rows = {row["roster_id"]: row for row in csv.DictReader(gradebook.open(encoding="utf-8"))}
    assert set(rows) == {"S1", "S2", "S3", "S4"}
    totals = {key: (row["quiz_points"], row["exercise_checks"]) for key, row in rows.items()}
    assert totals == {"S1": ("9", "5"), "S2": ("0", "0"), "S3": ("9", "0"), "S4": ("0", "0")}
    assert {row["quiz_max"] for row in rows.values()} == {"9"}
    assert {row["exercise_max"] for row in rows.values()} == {"5"}
    assert rows["S4"]["reason"] == "no-submission"
    assert rows["S2"]["01-count-events:counts the course events"] == "0"
    assert tree_digest(submissions) == before, "the batch wrote inside a submission"
    for path in (tmp_path / "json").glob("*.json"):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), results_schema())
    output = capsys.readouterr().out
    assert "Limits in force" in output
    assert "roster entries without a folder (graded 0): S4" in " ".join(output.split())
    # A regrade after a fix reports what changed for whom.
    shutil.rmtree(submissions / "bob")
    shutil.copytree(hostile_submissions / "all-correct" / "submission", submissions / "bob")
    assert main([*arguments, "--roster", str(roster)]) == 0
    output = " ".join(capsys.readouterr().out.split())
    assert "changed: bob: " in output
    assert "exercise_checks 0 -> 5" in output
    assert "alice" not in output.split("changed:", 1)[-1]


def test_grade_batch_refuses_up_front_when_the_required_sandbox_is_off(
    course: Path,
    overlay: Path,
    submissions: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gradebook = tmp_path / "gradebook.csv"
    gradebook.write_text("a good gradebook\n", encoding="utf-8")
    monkeypatch.setenv("PAKRU_REQUIRE_SYSTEM_TOOLS", "1")
    monkeypatch.setenv("PAKRU_SANDBOX", "off")
    arguments = ["grade-batch", str(submissions), "--overlay", str(overlay), "--csv", str(gradebook)]
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert error.startswith("pakru: PAKRU_SANDBOX=off is refused")
    assert error.count("\n") == 1, "one line, no traceback and no per-student rows"
    assert gradebook.read_text(encoding="utf-8") == "a good gradebook\n"
    assert not gradebook.with_name("gradebook.csv.failed").exists()


def test_batch_in_parallel_matches_serial(
    course: Path, overlay: Path, submissions: Path, tmp_path: Path
) -> None:
    from pakru.events import load_events
    from pakru.exercises import discover_exercises
    from pakru.instructor_pipeline.batch import grade_batch
    from pakru.instructor_pipeline.overlay import load_overlay
    from pakru.quiz import discover_quizzes
    from pakru.workspace import Course

    demo = Course(course)
    quizzes = discover_quizzes(demo.quizzes_dir, load_events(demo.events_file))
    exercises = discover_exercises(demo.exercises_dir)
    keys = load_overlay(overlay)
    serial = grade_batch(demo, submissions, keys, quizzes, exercises, csv_path=tmp_path / "a.csv", workers=1)
    parallel = grade_batch(
        demo, submissions, keys, quizzes, exercises, csv_path=tmp_path / "b.csv", workers=2
    )
    assert serial.rows == parallel.rows
    assert [row["folder"] for row in serial.rows] == ["alice", "bob", "carol"]


# --- Gradescope ----------------------------------------------------------------------


def run_bundle(bundle: Path, submission: Path, tmp_path: Path) -> dict[str, object]:
    root = tmp_path / "autograder"
    source = root / "source"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(source)
    (source / "run_autograder").chmod(0o755)
    shutil.copytree(submission, root / "submission", symlinks=True)
    environment = {**os.environ, "PAKRU_AUTOGRADER_ROOT": str(root)}
    subprocess.run(["bash", str(source / "run_autograder")], env=environment, check=True, timeout=300)
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    return results


def test_autograder_bundle_grades_with_hidden_items(
    course: Path, overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", "--overlay", str(overlay), str(bundle)]) == 0
    names = zipfile.ZipFile(bundle).namelist()
    assert {"setup.sh", "run_autograder", "src/pakru/check_child.py", "keys/overlay.toml"} <= set(names)
    results = run_bundle(bundle, hostile_submissions / "all-correct" / "submission", tmp_path)
    assert results["score"] == 14
    hidden = [test for test in results["tests"] if test.get("visibility") == "after_published"]  # type: ignore[union-attr]
    assert [test["name"] for test in hidden] == ["01-count-events:hidden: lists lesson 1"]
    assert "1 hidden until grades are published" in str(results["output"])


def test_autograder_without_overlay_uses_instructor_keys(
    course: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    bundle = tmp_path / "teaching.zip"
    assert main(["autograder", "build", str(bundle)]) == 0
    results = run_bundle(bundle, hostile_submissions / "missing-file" / "submission", tmp_path)
    assert results["score"] == 9


def test_a_grader_crash_still_writes_results(
    course: Path, overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    bundle = tmp_path / "broken.zip"
    main(["autograder", "build", "--overlay", str(overlay), str(bundle)])
    root = tmp_path / "autograder"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "source")
    (root / "source" / "keys" / "overlay.toml").write_text("not = [valid toml", encoding="utf-8")
    shutil.copytree(hostile_submissions / "all-correct" / "submission", root / "submission")
    environment = {**os.environ, "PAKRU_AUTOGRADER_ROOT": str(root)}
    subprocess.run(
        ["bash", str(root / "source" / "run_autograder")], env=environment, check=True, timeout=120
    )
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    assert results["score"] == 0
    assert results["tests"][0]["name"] == "grading failed"
