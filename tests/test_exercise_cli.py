"""Every student and author command for exercises, including bad input."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from deadlines import scaled_deadline
from pakru.cli import main

DEMO_COURSE = Path(__file__).parent / "data" / "demo-course"
NAME = "01-count-events"


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "course-copy"
    shutil.copytree(DEMO_COURSE, root)
    monkeypatch.chdir(root / "exercises")  # any folder inside the course works
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    return root


def solve(course: Path) -> Path:
    work = course / "workspace" / "exercises" / f"{NAME}.py"
    shutil.copy(course / "instructor" / "exercises" / NAME / "solution.py", work)
    return work


def test_next_starts_the_first_exercise(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["next"]) == 0
    output = capsys.readouterr().out
    assert "Task 1: Count rows" in output
    assert "Created your copy" in output
    assert (course / "workspace" / "exercises" / f"{NAME}.py").read_text() == (
        course / "exercises" / NAME / "stub.py"
    ).read_text()


def test_start_never_overwrites(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["start", "1"])
    work = course / "workspace" / "exercises" / f"{NAME}.py"
    work.write_text("# my work\n")
    main(["start", NAME])
    assert work.read_text() == "# my work\n"
    assert "was not changed" in capsys.readouterr().out


def test_check_reports_tasks_and_exit_codes(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["start", NAME])
    assert main(["check"]) == 1
    output = capsys.readouterr().out
    assert "FAIL counts the course events" in output
    assert "task 1 is not done yet" in output
    solve(course)
    assert main(["check", NAME]) == 0
    assert "All 4 checks pass." in capsys.readouterr().out


def test_check_names_a_syntax_error_with_file_and_line(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["start", NAME])
    (course / "workspace" / "exercises" / f"{NAME}.py").write_text("x = 1\ndef broken(:\n")
    assert main(["check"]) == 1
    assert f"{NAME}.py, line 2" in capsys.readouterr().out


def test_hint_for_one_task_and_all(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hint", NAME, "2"]) == 0
    output = capsys.readouterr().out
    assert "Compare the lesson column" in output
    assert "DictReader" not in output
    assert main(["hint", NAME]) == 0
    assert "DictReader" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["hint", NAME, "7"], "has no task 7"),
        (["check", "nope"], "no exercise called 'nope'; choose one of: 01-count-events"),
        (["check", NAME], "you have not started 01-count-events; run: pakru start 01-count-events"),
        (["reset"], "name one exercise to reset, or use --all"),
        (["solution", NAME], "finish 01-count-events first"),
    ],
)
def test_bad_input_is_one_line(
    course: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert message in error
    assert error.count("\n") == 1


def test_reset_backs_up_the_students_version(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["start", NAME])
    work = course / "workspace" / "exercises" / f"{NAME}.py"
    work.write_text("# my precious work\n")
    assert main(["reset", NAME]) == 0
    output = capsys.readouterr().out
    backups = list((course / "workspace" / "backups").glob(f"{NAME}-*.py"))
    assert [backup.read_text() for backup in backups] == ["# my precious work\n"]
    assert str(backups[0]) in output.replace("\n", "")
    assert work.read_text() == (course / "exercises" / NAME / "stub.py").read_text()
    assert main(["reset", "--all"]) == 0
    assert len(list((course / "workspace" / "backups").glob("*.py"))) == 2


def test_reset_leaves_an_exercise_not_started_alone(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    work = course / "workspace" / "exercises" / f"{NAME}.py"
    assert main(["reset", NAME]) == 0
    assert f"You have not started {NAME}, so there is nothing to reset." in capsys.readouterr().out
    assert main(["reset", "--all"]) == 0
    assert "You have not started any exercise" in capsys.readouterr().out
    assert not work.exists(), "a reset must not make an exercise look started"
    main(["start", NAME])
    capsys.readouterr()
    assert main(["reset", "--all"]) == 0
    assert "the stub is back in place" in capsys.readouterr().out


def test_solution_opens_after_passing(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["start", NAME])
    solve(course)
    assert main(["solution", NAME]) == 0
    assert "def titles_for_lesson" in capsys.readouterr().out


def test_student_edition_has_no_solutions_or_dev_check(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(course / "instructor")
    assert main(["solution", NAME]) == 0
    assert "your instructor releases the solutions" in capsys.readouterr().out
    assert main(["dev", "check"]) == 0
    assert "is for authors" in capsys.readouterr().out


def test_progress_and_course_complete(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["progress"]) == 0
    output = capsys.readouterr().out
    assert "Exercises  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0 of 1 done\n" in output
    assert "Quizzes    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0 of 9 points\n" in output
    assert "Course complete" not in output
    main(["start", NAME])
    solve(course)
    main(["check"])
    answers = course / "workspace" / "quizzes"
    answers.mkdir(parents=True)
    (answers / "demo.py").write_text(
        'q01 = "b"\nq02 = ["a", "c"]\nq03 = 1948\nq04 = "USSR"\nq05 = "bca"\nq06 = ["b", "a"]\n'
    )
    capsys.readouterr()
    assert main(["progress"]) == 0
    output = capsys.readouterr().out
    assert f"Exercises  {'█' * 30}  1 of 1 done\n" in output
    assert f"Quizzes    {'█' * 30}  9 of 9 points\n" in output
    assert "Course complete!" in output


def test_each_progress_bar_is_on_its_own_line_with_its_label(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = course / "workspace" / "quizzes"
    answers.mkdir(parents=True)
    (answers / "demo.py").write_text('q01 = "b"\nq03 = 1948\nq04 = "USSR"\n')  # 3 of 9 points
    assert main(["progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    bars = [line for line in lines if "░" in line]
    assert bars == [
        f"Exercises  {'░' * 30}  0 of 1 done",
        f"Quizzes    {'█' * 10}{'░' * 20}  3 of 9 points",
    ]


def test_editing_a_finished_exercise_shows_it_in_progress(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["start", NAME])
    work = solve(course)
    main(["check"])
    main(["list"])
    assert "done" in capsys.readouterr().out
    work.write_text(work.read_text() + "\n# more\n")
    main(["list"])
    assert "in progress, edited since the last check" in capsys.readouterr().out


def test_list_shows_the_last_check_without_running_it(
    course: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["start", NAME])
    main(["list"])
    assert "in progress, not checked yet" in capsys.readouterr().out
    main(["check"])
    main(["list"])
    assert "in progress, 0 of 4 checks pass" in capsys.readouterr().out
    solve(course)
    # A check by pytest counts too: list is current without another 'pakru check'.
    monkeypatch.chdir(course)
    assert pytest.main(["-q", "-p", "no:cacheprovider", "exercises"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("pakru.cli.student.run_checks", None)  # list must not run the checks
    main(["list"])
    output = capsys.readouterr().out
    assert "│ done" in output


def test_dev_check_catches_a_stub_that_passes(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dev", "check"]) == 0
    shutil.copy(
        course / "instructor" / "exercises" / NAME / "solution.py", course / "exercises" / NAME / "stub.py"
    )
    assert main(["dev", "check"]) == 1
    assert "the untouched stub already passes" in capsys.readouterr().out


def test_dev_check_catches_a_missing_hint_and_bad_data(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = course / "exercises" / NAME / "exercise.toml"
    toml.write_text(toml.read_text().replace('2 = "Compare the lesson column as text."', ""))
    with (course / "data" / "visits.csv").open("a") as handle:
        handle.write("bad id,1968-13,Someone,unknown-key,certain\n")
    assert main(["dev", "check"]) == 1
    output = " ".join(capsys.readouterr().out.split())
    assert "tasks with hints [1] differ from README tasks [1, 2]" in output
    assert "'unknown-key' is not a key in course/references.bib" in output
    assert "confidence must be one of high, medium" in output


def test_a_course_update_leaves_the_workspace_alone(course: Path) -> None:
    """Simulate `git pull`: the tracked files change, the untracked workspace does not."""
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=course, check=True)
    (course / ".gitignore").write_text("workspace/\n")
    subprocess.run([*git, "add", "-A"], cwd=course, check=True)
    subprocess.run([*git, "commit", "-qm", "course"], cwd=course, check=True)
    student = course.parent / "student"
    subprocess.run([*git, "clone", "-q", str(course), str(student)], check=True)
    subprocess.run([sys.executable, "-m", "pakru.cli", "start", NAME], cwd=student, check=False)
    work = student / "workspace" / "exercises" / f"{NAME}.py"
    work.write_text("# half done\n")
    stub = course / "exercises" / NAME / "stub.py"
    stub.write_text(stub.read_text() + "\n# updated by the authors\n")
    subprocess.run([*git, "commit", "-qam", "update"], cwd=course, check=True)
    subprocess.run([*git, "pull", "-q"], cwd=student, check=True)
    assert work.read_text() == "# half done\n"
    assert "updated by the authors" in (student / "exercises" / NAME / "stub.py").read_text()


class OutputLines:
    """Collects a child's output lines on a thread, so waiting never blocks on ``readline``."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[str] = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()

    def wait_for(self, text: str, seconds: float) -> str:
        with self.changed:
            self.changed.wait_for(lambda: text in "".join(self.lines), timeout=seconds)
            seen = "".join(self.lines)
        assert text in seen, f"no {text!r} within {seconds:.0f} s; the output was:\n{seen}"
        return seen


def test_watch_rechecks_on_save_and_stops_cleanly(course: Path) -> None:
    main(["start", NAME])
    process = subprocess.Popen(
        [sys.executable, "-m", "pakru.cli", "watch", NAME],
        cwd=course,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    deadline = scaled_deadline(30.0)
    try:
        assert process.stdout is not None
        output = OutputLines(process.stdout)
        output.wait_for("checks pass", deadline)
        # watch says "Watching" only once its file watcher is in place, so the save below is seen.
        output.wait_for("Watching", deadline)
        solve(course)
        output.wait_for("All 4 checks pass.", deadline)
        process.send_signal(signal.SIGINT)
        returncode = process.wait(timeout=deadline)
        err = process.stderr.read() if process.stderr else ""
    finally:
        if process.poll() is None:
            process.kill()
    assert returncode == 0
    assert "Stopped watching." in output.wait_for("Stopped watching.", deadline)
    assert "Traceback" not in err
