"""Hostile and broken submissions: each graded from a temporary copy against its expected score."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import tempfile
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import scaled_deadline
from hostile_submissions import TMP_MARKER, write_cases
from pakru.answers import read_answer_file
from pakru.events import load_events
from pakru.exercises import discover_exercises
from pakru.instructor_pipeline import sandbox
from pakru.instructor_pipeline.batch import grade_batch
from pakru.instructor_pipeline.overlay import load_overlay
from pakru.instructor_pipeline.sandbox import (
    BUBBLEWRAP,
    LIMITS_ONLY,
    REQUIRE_VARIABLE,
    SANDBOX_VARIABLE,
    SEPARATE_UID,
    SandboxError,
    bubblewrap_flags,
    confinement_name,
    describe,
    sandbox_setting,
)
from pakru.instructor_pipeline.submission import SubmissionResult, grade_submission
from pakru.isolation import Limits
from pakru.quiz import discover_quizzes
from pakru.workspace import Course
from system_tools import missing, require_tool

HOSTILE = Path(__file__).parent / "hostile"
DEMO_COURSE = Course(Path(__file__).parent / "data" / "demo-course")
DEMO_OVERLAY = Path(__file__).parent / "data" / "demo-overlay"
CASES = sorted(path.name for path in HOSTILE.iterdir() if (path / "expected.toml").exists())
MARKER = "pakru-secret-marker-4f1c"
FAST = Limits(check_seconds=scaled_deadline(3.0), import_seconds=scaled_deadline(3.0), cpu_seconds=10)


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
    if expected.get("requires_sandbox") and confinement_name() == LIMITS_ONLY:
        missing("no sandbox here: bubblewrap is unavailable and the grader is not root")
    if expected.get("requires_bubblewrap"):
        require_bubblewrap()
    before = digest_tree(hostile_submissions / case / "submission")
    result, copy = grade_copy(case, private_overlay, tmp_path, hostile_submissions)
    reasons = {item.name: item.reason for item in result.items}
    assert {name: reasons.get(name) for name in expected["reasons"]} == expected["reasons"]
    outputs = {item.name: item.output for item in result.items}
    for name, text in expected.get("outputs", {}).items():
        assert text in outputs[name], f"{name}: {outputs[name]!r}"
    assert result.total == expected["total"]
    assert result.max_total == 14
    assert result.confinement == confinement_name()
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


def test_the_confinement_and_limits_in_force_are_reported(
    private_overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    result, _ = grade_copy("all-correct", private_overlay, tmp_path, hostile_submissions)
    assert result.confinement in {BUBBLEWRAP, SEPARATE_UID, LIMITS_ONLY}
    assert result.limits.startswith(f"{result.confinement} (")
    assert "empty environment" in result.limits
    if os.name == "posix":
        assert "CPU time 10 s" in result.limits
    if sandbox_setting() == "auto" and bubblewrap_flags()[0] is not None:
        assert result.confinement == BUBBLEWRAP
    elif os.name == "posix" and os.geteuid() == 0:
        assert result.confinement == SEPARATE_UID


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


def require_bubblewrap() -> None:
    """Only bubblewrap hides the host's files and /tmp; the fallbacks do not (see the guide)."""
    require_tool("bwrap", "bubblewrap")
    if sandbox_setting() == "off":
        missing(f"{SANDBOX_VARIABLE}=off turns bubblewrap off")
    if confinement_name() != BUBBLEWRAP:
        missing(f"bubblewrap cannot run here ({bubblewrap_flags()[1]})")


def copy_case(case: str, target: Path) -> None:
    shutil.copytree(HOSTILE / case / "submission", target, symlinks=True)
    for path in (target, *target.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)  # as an instructor's unzipped downloads would be


def grade_class(
    grading_root: Path,
    overlay_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cases: list[tuple[str, str]],
) -> dict[str, dict[str, Any]]:
    """Grade ``cases`` as one batch on 2 workers, in a world-readable folder as an instructor's would be.

    Returns each folder's results JSON. The scratch copies go beside the submissions (not to the
    host's temporary folder), so an attack on "the other children of this batch" stays in this batch.
    """
    batch = Path(tempfile.mkdtemp(prefix="batch-", dir=grading_root))
    batch.chmod(0o755)
    submissions = batch / "submissions"
    for name, case in cases:
        copy_case(case, submissions / name)
    submissions.chmod(0o755)
    scratch = batch / "scratch"
    scratch.mkdir(mode=0o755)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    course = DEMO_COURSE
    quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))
    exercises = discover_exercises(course.exercises_dir)
    json_dir = tmp_path / "json"
    grade_batch(
        course,
        submissions,
        load_overlay(overlay_dir),
        quizzes,
        exercises,
        csv_path=tmp_path / "gradebook.csv",
        json_dir=json_dir,
        workers=2,
        limits=FAST,
    )
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in json_dir.glob("*.json")}


def outputs_of(results: dict[str, Any]) -> dict[str, str]:
    return {test["name"]: test["output"] for test in results["tests"]}


def test_an_attack_on_classmates_costs_them_nothing(
    grading_root: Path, private_overlay: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if confinement_name() == LIMITS_ONLY:
        missing("no sandbox here: bubblewrap is unavailable and the grader is not root")
    cases = [("00-attacker", "kills-classmates")] + [(f"student-{n:02d}", "all-correct") for n in range(12)]
    graded = grade_class(grading_root, private_overlay, tmp_path, monkeypatch, cases)
    honest = {name: results["score"] for name, results in graded.items() if name != "00-attacker"}
    assert honest == {f"student-{n:02d}": 14 for n in range(12)}
    attacker = graded["00-attacker"]
    assert attacker["score"] == 9
    # It saw no other child, so it signalled nothing.
    assert outputs_of(attacker)["01-count-events:counts the course events"].endswith("got []; expected 3")


def test_a_submission_cannot_read_its_classmates_or_the_instructor_folder(
    grading_root: Path, private_overlay: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_bubblewrap()
    cases = [("reader", "reads-classmates"), ("classmate", "all-correct")]
    graded = grade_class(grading_root, private_overlay, tmp_path, monkeypatch, cases)
    assert graded["classmate"]["score"] == 14
    assert outputs_of(graded["reader"])["01-count-events:counts the course events"].endswith(
        "got []; expected 3"
    )
    assert graded["reader"]["score"] == 9


def test_a_submission_writes_nothing_to_the_hosts_tmp(
    private_overlay: Path, tmp_path: Path, hostile_submissions: Path
) -> None:
    require_bubblewrap()
    marker = Path(TMP_MARKER)
    if marker.exists():
        marker.unlink()  # left by a run without the sandbox; only this exact path is ever touched
    result, _ = grade_copy("writes-tmp", private_overlay, tmp_path, hostile_submissions)
    assert result.total == 10  # its /tmp was writable: the write succeeded, inside the sandbox
    assert not marker.exists()


def grade_folder(folder: Path, overlay_dir: Path, scratch: Path) -> SubmissionResult:
    scratch.mkdir(mode=0o755, exist_ok=True)
    quizzes = discover_quizzes(DEMO_COURSE.quizzes_dir, load_events(DEMO_COURSE.events_file))
    exercises = discover_exercises(DEMO_COURSE.exercises_dir)
    return grade_submission(folder, DEMO_COURSE, load_overlay(overlay_dir), quizzes, exercises, FAST, scratch)


QUIZ_ITEMS = {f"demo.q0{number}" for number in range(1, 7)}


@pytest.mark.parametrize(
    ("link", "target", "outside"),
    [
        # (the link inside the submission, what it points to, which items it must cost)
        ("", "elsewhere", "all"),
        ("workspace", "elsewhere/workspace", "all"),
        ("workspace/exercises", "elsewhere/workspace/exercises", "exercise"),
        ("workspace/quizzes/demo.py", "elsewhere/workspace/quizzes/demo.py", "quiz"),
        ("workspace", "nowhere", "all"),
    ],
    ids=["submission-folder", "workspace", "exercises-folder", "quiz-file", "broken-workspace"],
)
def test_no_link_is_followed_out_of_a_submission(
    link: str, target: str, outside: str, private_overlay: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    copy_case("all-correct", elsewhere)
    submission = tmp_path / "submissions" / "student"
    if link:
        copy_case("all-correct", submission)
        path = submission / link
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    else:
        submission.parent.mkdir()
        path = submission
    path.symlink_to(tmp_path / target)
    result = grade_folder(submission, private_overlay, private_overlay.parent / "scratch")
    costs = {
        "all": {item.name for item in result.items},
        "quiz": QUIZ_ITEMS,
        "exercise": {item.name for item in result.items} - QUIZ_ITEMS,
    }[outside]
    assert {item.name for item in result.items if item.reason == "symlink-outside"} == costs
    assert all(item.score == 0 for item in result.items if item.name in costs)
    assert result.total == sum(item.max_score for item in result.items if item.name not in costs)
    assert result.reason == "symlink-outside"


def test_a_link_that_stays_inside_the_submission_counts(private_overlay: Path, tmp_path: Path) -> None:
    submission = tmp_path / "student"
    copy_case("all-correct", submission)
    exercise = submission / "workspace" / "exercises" / "01-count-events.py"
    exercise.rename(submission / "kept.py")
    exercise.symlink_to(Path("..") / ".." / "kept.py")
    result = grade_folder(submission, private_overlay, private_overlay.parent / "scratch")
    assert (result.total, result.reason) == (14, "")


def test_a_plain_file_in_place_of_a_folder_gets_its_reason(private_overlay: Path, tmp_path: Path) -> None:
    entry = tmp_path / "student.zip"
    entry.write_bytes(b"PK")
    result = grade_folder(entry, private_overlay, private_overlay.parent / "scratch")
    assert (result.total, result.reason) == (0, "not-a-folder")
    assert {item.reason for item in result.items} == {"not-a-folder"}
    assert len(result.items) == 11


def processes_with(marker: str) -> list[int]:
    """Ids of live processes whose command line holds ``marker`` (and nothing else is looked at)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_nothing_the_submission_started_outlives_its_grading(private_overlay: Path, tmp_path: Path) -> None:
    if not Path("/proc/self").is_dir() or confinement_name() == LIMITS_ONLY:
        missing("needs /proc and a sandbox (bubblewrap, or a root grader for separate uids)")
    marker = f"pakru-leftover-{uuid.uuid4().hex}"
    submission = tmp_path / "student"
    copy_case("all-correct", submission)
    exercise = submission / "workspace" / "exercises" / "01-count-events.py"
    # A grandchild in a session of its own, which a kill of the child's process group would miss.
    exercise.write_text(
        exercise.read_text(encoding="utf-8") + "\n\ncounted = count_events\n\n\ndef count_events(path):\n"
        "    import subprocess, sys\n"
        f"    subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)', {marker!r}],\n"
        "                     start_new_session=True)\n"
        "    return counted(path)\n",
        encoding="utf-8",
    )
    result = grade_folder(submission, private_overlay, private_overlay.parent / "scratch")
    leftovers = processes_with(marker)
    for pid in leftovers:  # never leave them running, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert result.total == 14, "the grandchild was started (the checks still passed)"
    assert leftovers == []


@pytest.fixture
def fresh_probe() -> Iterator[None]:
    bubblewrap_flags.cache_clear()
    yield
    bubblewrap_flags.cache_clear()


def test_a_fallback_is_an_error_when_system_tools_are_required(
    monkeypatch: pytest.MonkeyPatch, fresh_probe: None
) -> None:
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    monkeypatch.delenv(SANDBOX_VARIABLE, raising=False)
    with pytest.raises(SandboxError, match=r"bwrap is not installed .*install bubblewrap") as raised:
        confinement_name()
    assert "\n" not in str(raised.value)
    assert describe(Limits()).startswith("none (grading refused: bwrap is not installed")
    monkeypatch.delenv(REQUIRE_VARIABLE)
    assert confinement_name() == (SEPARATE_UID if os.geteuid() == 0 else LIMITS_ONLY)


def test_turning_the_sandbox_off_is_refused_when_system_tools_are_required(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(SANDBOX_VARIABLE, "off")
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    with pytest.raises(SandboxError, match=r"PAKRU_SANDBOX=off is refused"):
        confinement_name()
    monkeypatch.setenv(SANDBOX_VARIABLE, "sometimes")
    with pytest.raises(SandboxError, match=r"use 'auto' \(the default\) or 'off'"):
        confinement_name()


def test_a_grade_refused_for_want_of_a_sandbox_grades_nobody(
    monkeypatch: pytest.MonkeyPatch, private_overlay: Path, tmp_path: Path, fresh_probe: None
) -> None:
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    submission = tmp_path / "student"
    copy_case("all-correct", submission)
    with pytest.raises(SandboxError):
        grade_folder(submission, private_overlay, private_overlay.parent / "scratch")


def test_the_sandbox_probe_uses_the_flags_of_a_graded_child() -> None:
    require_tool("bwrap", "bubblewrap")
    flags, problem = bubblewrap_flags()
    if flags is None:
        missing(f"bubblewrap cannot run here ({problem})")
    for flag in ("--unshare-all", "--die-with-parent", "--new-session"):
        assert flag in flags


def test_a_submission_cannot_reach_the_network(private_overlay: Path, tmp_path: Path) -> None:
    require_bubblewrap()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        submission = tmp_path / "student"
        copy_case("all-correct", submission)
        exercise = submission / "workspace" / "exercises" / "01-count-events.py"
        # Reports whether it reached a server the grader's machine is running, instead of counting.
        exercise.write_text(
            exercise.read_text(encoding="utf-8") + "\n\ndef count_events(path):\n"
            "    import socket\n"
            "    try:\n"
            f"        socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n"
            "    except OSError as error:\n"
            "        return type(error).__name__\n"
            "    return 'reached the grader'\n",
            encoding="utf-8",
        )
        result = grade_folder(submission, private_overlay, private_overlay.parent / "scratch")
    outputs = {item.name: item.output for item in result.items}
    assert outputs["01-count-events:counts the course events"].endswith(
        "got 'ConnectionRefusedError'; expected 3"
    )
