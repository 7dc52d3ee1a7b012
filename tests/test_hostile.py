"""Hostile and broken submissions: each graded from a temporary copy against its expected score."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import scaled_deadline
from hostile_submissions import write_cases
from pakru.answers import read_answer_file
from pakru.events import load_events
from pakru.exercises import discover_exercises
from pakru.instructor_pipeline.overlay import load_overlay
from pakru.instructor_pipeline.submission import SubmissionResult, grade_submission
from pakru.isolation import Limits
from pakru.quiz import discover_quizzes
from pakru.workspace import Course

HOSTILE = Path(__file__).parent / "hostile"
DEMO_COURSE = Course(Path(__file__).parent / "data" / "demo-course")
DEMO_OVERLAY = Path(__file__).parent / "data" / "demo-overlay"
CASES = sorted(path.name for path in HOSTILE.iterdir() if (path / "expected.toml").exists())
MARKER = "pakru-secret-marker-4f1c"
FAST = Limits(check_seconds=scaled_deadline(3.0), cpu_seconds=10)


@pytest.fixture(scope="module")
def grading_root() -> Iterator[Path]:
    """One folder for the overlay and the grader's scratch copies, so a key hunt starts next to the keys.

    pytest's own temporary folders are private to their owner, which the unprivileged child
    could not enter at all; this one is open like a real grader's temporary folder.
    """
    root = Path(tempfile.mkdtemp(prefix="pakru-hostile-"))
    root.chmod(0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def private_overlay(grading_root: Path) -> Path:
    """A copy only its owner can read, with a marker a key-hunting submission must never see."""
    folder = grading_root / "overlay"
    shutil.copytree(DEMO_OVERLAY, folder)
    keys = folder / "quizzes" / "demo.toml"
    keys.write_text(keys.read_text(encoding="utf-8").replace("Tashkent hosted", f"{MARKER} Tashkent hosted"))
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return folder


def digest_tree(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def grade_copy(
    case: str, overlay_dir: Path, tmp_path: Path, submissions: Path
) -> tuple[SubmissionResult, Path]:
    """Grade a copy of ``case``, with the scratch folders beside the overlay (where a key hunt looks)."""
    scratch = overlay_dir.parent / "scratch"
    scratch.mkdir(mode=0o755, exist_ok=True)
    copy = tmp_path / case
    shutil.copytree(submissions / case / "submission", copy, symlinks=True)
    quizzes = discover_quizzes(DEMO_COURSE.quizzes_dir, load_events(DEMO_COURSE.events_file))
    exercises = discover_exercises(DEMO_COURSE.exercises_dir)
    overlay = load_overlay(overlay_dir)
    return grade_submission(copy, DEMO_COURSE, overlay, quizzes, exercises, FAST, scratch), copy


def tree_snapshot(root: Path) -> dict[str, str | bytes]:
    """Every path under ``root`` with its bytes, or where it links to."""
    return {
        str(path.relative_to(root)): os.readlink(path) if path.is_symlink() else path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_symlink() or path.is_file()
    }


def test_committed_cases_match_their_generator(tmp_path: Path) -> None:
    generated = write_cases(tmp_path)
    assert sorted(path.name for path in generated.iterdir()) == CASES
    for case in CASES:
        committed = tree_snapshot(HOSTILE / case / "submission")
        assert committed == tree_snapshot(generated / case / "submission"), (
            f"{case}: run python tests/hostile_submissions.py and commit the result"
        )


@pytest.mark.parametrize("case", CASES)
def test_hostile_submission_gets_its_expected_grade(
    case: str, private_overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    expected = tomllib.loads((HOSTILE / case / "expected.toml").read_text(encoding="utf-8"))
    if expected.get("requires_root") and os.geteuid() != 0:
        pytest.skip("only a root grader can run student code as another user")
    before = digest_tree(hostile_submissions / case / "submission")
    result, copy = grade_copy(case, private_overlay, tmp_path, hostile_submissions)
    reasons = {item.name: item.reason for item in result.items}
    assert {name: reasons.get(name) for name in expected["reasons"]} == expected["reasons"]
    outputs = {item.name: item.output for item in result.items}
    for name, text in expected.get("outputs", {}).items():
        assert text in outputs[name], f"{name}: {outputs[name]!r}"
    assert result.total == expected["total"]
    assert result.max_total == 14
    assert digest_tree(copy) == before, "grading must write nothing inside the submission"
    assert all(MARKER not in item.output for item in result.items), "a key leaked to the student's code"


def test_quiz_answers_are_never_executed(
    private_overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    _, copy = grade_copy("quiz-code-not-run", private_overlay, tmp_path, hostile_submissions)
    assert not (copy / "workspace" / "quizzes" / "pwned").exists()


def test_grading_is_deterministic(private_overlay: Path, tmp_path: Path, hostile_submissions: Path) -> None:
    first, _ = grade_copy("all-correct", private_overlay, tmp_path / "one", hostile_submissions)
    second, _ = grade_copy("all-correct", private_overlay, tmp_path / "two", hostile_submissions)
    assert first.items == second.items
    assert (first.total, first.reason) == (second.total, second.reason)


def test_limits_in_force_are_reported(
    private_overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    result, _ = grade_copy("all-correct", private_overlay, tmp_path, hostile_submissions)
    assert "empty environment" in result.limits
    if os.name == "posix":
        assert "CPU time 10 s" in result.limits
    if os.name == "posix" and os.geteuid() == 0:
        assert "unprivileged user" in result.limits


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_as_an_answer_file_never_crash_the_grader(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "demo.py"
        path.write_bytes(content)
        sheet = read_answer_file(path, {"q01", "q02", "q03"})
    assert set(sheet.values) | set(sheet.problems) <= {"q01", "q02", "q03"}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_an_answer_gets_a_grade(text: str) -> None:
    quiz = discover_quizzes(DEMO_COURSE.quizzes_dir, load_events(DEMO_COURSE.events_file))[0]
    for question in quiz.questions:
        grade = question.grade(quiz.id, text)
        assert 0 <= grade.score <= grade.max_score
