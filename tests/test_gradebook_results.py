"""One writer of results.json: batch, Gradescope bundle and shell fallback follow one contract."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pakru.cli import main
from pakru.instructor_pipeline.autograder import FALLBACK_MESSAGE, run_autograder_script
from pakru.results import failure_results, results_schema

DATA = Path(__file__).parent / "data"
HOSTILE = Path(__file__).parent / "hostile"
ANSWERS = """q01 = "B"
q02 = ("c", "a")
q03 = "1,948"
q04 = "  the u.s.s.r. "
q05 = None
q06 = {1: "b", 2: "a"}
"""


@pytest.fixture
def submission(tmp_path: Path) -> Path:
    folder = tmp_path / "submissions" / "alice"
    shutil.copytree(HOSTILE / "all-correct" / "submission", folder)
    (folder / "workspace" / "quizzes" / "demo.py").write_text(ANSWERS, encoding="utf-8")
    return folder


def by_name(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {test["name"]: test["extra_data"] for test in results["tests"]}


def batch_json(course: Path, overlay: Path, submission: Path, tmp_path: Path) -> dict[str, Any]:
    arguments = ["grade-batch", str(submission.parent), "--overlay", str(overlay), "--workers", "1"]
    assert main([*arguments, "--csv", str(tmp_path / "g.csv"), "--json-dir", str(tmp_path / "json")]) == 0
    results = json.loads((tmp_path / "json" / "alice.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    return results


def test_each_quiz_answer_is_recorded_as_given_and_normalised(
    course: Path, overlay: Path, submission: Path, tmp_path: Path
) -> None:
    extra = by_name(batch_json(course, overlay, submission, tmp_path))
    assert extra["demo.q01"] == {
        "kind": "quiz", "quiz": "demo", "question": "q01", "question_kind": "single",
        "objective": "test-first", "result": "correct", "points": 1.0, "max_points": 1.0,
        "answer": "B", "normalised": ["b"],
    }  # fmt: skip
    assert (extra["demo.q02"]["answer"], extra["demo.q02"]["normalised"]) == (["c", "a"], ["a", "c"])
    assert extra["demo.q02"]["question_kind"] == "multiple"
    assert (extra["demo.q03"]["question_kind"], extra["demo.q03"]["normalised"]) == ("numeric", 1948.0)
    assert extra["demo.q03"]["answer"] == "1,948"
    assert (extra["demo.q04"]["question_kind"], extra["demo.q04"]["result"]) == ("short", "correct")
    assert extra["demo.q04"]["normalised"] == "ussr"  # articles and dots do not count
    assert extra["demo.q05"] == {
        "kind": "quiz", "quiz": "demo", "question": "q05", "question_kind": "ordering",
        "objective": "test-second", "result": "unanswered", "points": 0.0, "max_points": 2.0,
        "answer": None, "normalised": None,
    }  # fmt: skip
    assert extra["demo.q06"]["answer"] == {"1": "b", "2": "a"}
    assert extra["demo.q06"]["normalised"] == {"1": "b", "2": "a"}


def test_exercise_checks_and_the_top_level_follow_the_contract(
    course: Path, overlay: Path, submission: Path, tmp_path: Path
) -> None:
    results = batch_json(course, overlay, submission, tmp_path)
    extra = by_name(results)
    assert extra["01-count-events:hidden: lists lesson 1"] == {
        "kind": "exercise", "exercise": "01-count-events", "check": "hidden: lists lesson 1",
        "result": "passed", "points": 1.0, "max_points": 1.0,
    }  # fmt: skip
    assert results["extra_data"]["student"] == "alice"
    assert results["extra_data"]["reason"] == ""
    assert results["extra_data"]["confinement"]


def run_bundle(bundle: Path, submission: Path, root: Path) -> dict[str, Any]:
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "source")
    shutil.copytree(submission, root / "submission")
    environment = {**os.environ, "PAKRU_AUTOGRADER_ROOT": str(root)}
    subprocess.run(
        ["bash", str(root / "source" / "run_autograder")], env=environment, check=True, timeout=300
    )
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    return results


def test_gradescope_and_the_batch_write_the_same_results(
    course: Path, overlay: Path, submission: Path, tmp_path: Path
) -> None:
    from_batch = batch_json(course, overlay, submission, tmp_path)
    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", "--overlay", str(overlay), str(bundle)]) == 0
    from_gradescope = run_bundle(bundle, submission, tmp_path / "autograder")
    assert from_gradescope["tests"] == from_batch["tests"]
    assert from_gradescope["score"] == from_batch["score"]


def fallback_in(script: str) -> dict[str, Any]:
    match = re.search(r"<<'JSON'\n(.*?)\nJSON\n", script, re.DOTALL)
    assert match, "run_autograder has no fallback results"
    return json.loads(match.group(1))


def test_the_shell_fallback_is_the_writers_failure_results(course: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", str(bundle)]) == 0
    script = zipfile.ZipFile(bundle).read("run_autograder").decode("utf-8")
    assert script == run_autograder_script()
    fallback = fallback_in(script)
    assert fallback == failure_results(FALLBACK_MESSAGE)
    jsonschema.validate(fallback, results_schema())


def test_the_fallback_is_written_when_python_cannot_grade(course: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", str(bundle)]) == 0
    root = tmp_path / "autograder"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "source")
    (root / "source" / "src" / "pakru" / "instructor_pipeline" / "autograder.py").write_text(
        "raise SystemExit(3)\n", encoding="utf-8"
    )
    (root / "submission").mkdir()
    environment = {**os.environ, "PAKRU_AUTOGRADER_ROOT": str(root)}
    subprocess.run(
        ["bash", str(root / "source" / "run_autograder")], env=environment, check=True, timeout=120
    )
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    assert results == failure_results(FALLBACK_MESSAGE)


def test_a_students_own_results_use_the_same_writer(course: Path) -> None:
    main(["quiz", "start", "demo"])
    (course / "workspace" / "quizzes" / "demo.py").write_text(ANSWERS, encoding="utf-8")
    assert main(["grade", "--json", str(course / "results.json")]) == 0
    results = json.loads((course / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    assert by_name(results)["demo.q02"]["normalised"] == ["a", "c"]


def test_the_sandbox_page_names_the_fields_that_hold_reason_codes(
    course: Path, overlay: Path, submission: Path, tmp_path: Path
) -> None:
    shutil.rmtree(submission / "workspace")  # an empty submission: a whole-submission code
    results = batch_json(course, overlay, submission, tmp_path)
    assert results["extra_data"]["reason"] == "empty-submission"
    assert all("result" in extra for extra in by_name(results).values())
    page = (Path(__file__).parents[1] / "course" / "guide" / "sandbox.md").read_text(encoding="utf-8")
    text = " ".join(page.split())
    assert "each test's `extra_data`)" not in text
    assert "(each test's `extra_data.result`)" in text
    assert "top-level `extra_data.reason`" in text
