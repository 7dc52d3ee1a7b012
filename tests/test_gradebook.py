"""The class's marks are never lost: grader errors, atomic gradebooks, a row for every entry."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from pakru.cli import main
from pakru.instructor_pipeline import batch as batch_module
from pakru.instructor_pipeline.submission import grade_submission

DATA = Path(__file__).parent / "data"
HOSTILE = Path(__file__).parent / "hostile"


def add_submission(submissions: Path, name: str, case: str = "all-correct") -> Path:
    target = submissions / name
    shutil.copytree(HOSTILE / case / "submission", target, symlinks=True)
    return target


def read_rows(path: Path, key: str = "folder") -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row[key]: row for row in csv.DictReader(handle)}


def batch_arguments(submissions: Path, overlay: Path, gradebook: Path) -> list[str]:
    return [
        "grade-batch",
        str(submissions),
        "--overlay",
        str(overlay),
        "--csv",
        str(gradebook),
        "--workers",
        "1",
    ]


def test_a_grader_error_exits_non_zero_and_keeps_the_good_gradebook(
    course: Path,
    overlay: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    add_submission(submissions, "bob")
    gradebook = tmp_path / "gradebook.csv"
    arguments = batch_arguments(submissions, overlay, gradebook)
    assert main(arguments) == 0
    good = gradebook.read_text(encoding="utf-8")
    assert read_rows(gradebook)["bob"]["quiz_points"] == "9"

    def failing_for_bob(submission: Path, *args: object, **kwargs: object) -> object:
        if submission.name == "bob":
            raise RuntimeError("the grader broke")
        return grade_submission(submission, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_module, "grade_submission", failing_for_bob)
    capsys.readouterr()
    assert main(arguments) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "the grader failed on 1 submission(s) (bob)" in err
    assert gradebook.read_text(encoding="utf-8") == good, "a failed run replaced a good gradebook"
    failed = read_rows(gradebook.with_name("gradebook.csv.failed"))
    assert failed["bob"]["reason"] == "grader-error: RuntimeError"
    assert failed["alice"]["quiz_points"] == "9"


def test_the_previous_gradebook_is_kept_and_no_temporary_file_is_left(
    course: Path, overlay: Path, tmp_path: Path
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice", "missing-file")
    gradebook = tmp_path / "marks" / "gradebook.csv"
    gradebook.parent.mkdir()
    assert main(batch_arguments(submissions, overlay, gradebook)) == 0
    first = gradebook.read_text(encoding="utf-8")
    shutil.rmtree(submissions / "alice")
    add_submission(submissions, "alice")
    assert main(batch_arguments(submissions, overlay, gradebook)) == 0
    assert gradebook.with_name("gradebook.csv.prev").read_text(encoding="utf-8") == first
    assert read_rows(gradebook)["alice"]["exercise_checks"] == "5"
    assert sorted(path.name for path in gradebook.parent.iterdir()) == ["gradebook.csv", "gradebook.csv.prev"]


def test_every_entry_gets_a_row_without_a_roster(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    elsewhere = add_submission(tmp_path / "elsewhere", "mallory-copy")
    (submissions / "notes.txt").write_text("not a submission", encoding="utf-8")
    (submissions / "mallory").symlink_to(elsewhere, target_is_directory=True)
    (submissions / "broken").symlink_to(tmp_path / "nowhere")
    gradebook = tmp_path / "gradebook.csv"
    assert main(batch_arguments(submissions, overlay, gradebook)) == 0
    rows = read_rows(gradebook)
    assert {name: row["reason"] for name, row in rows.items()} == {
        "alice": "",
        "broken": "symlink-outside",
        "mallory": "symlink-outside",
        "notes.txt": "not-a-folder",
    }
    for name in ("broken", "mallory", "notes.txt"):
        assert (rows[name]["quiz_points"], rows[name]["exercise_checks"]) == ("0", "0")
        assert (rows[name]["quiz_max"], rows[name]["exercise_max"]) == ("9", "5")
    assert rows["alice"]["exercise_checks"] == "5"


def test_a_roster_naming_a_symlinked_folder_gets_no_marks_and_one_warning_lists_the_mismatches(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    add_submission(submissions, "zed")
    (submissions / "mallory").symlink_to(submissions / "alice", target_is_directory=True)
    roster = tmp_path / "roster.csv"
    roster.write_text("id,folder\nS1,alice\nS2,mallory\nS3,carol\nS4,dave\n", encoding="utf-8")
    gradebook = tmp_path / "gradebook.csv"
    assert main([*batch_arguments(submissions, overlay, gradebook), "--roster", str(roster)]) == 0
    rows = read_rows(gradebook, "roster_id")
    assert rows["S2"]["reason"] == "symlink-outside"
    assert rows["S2"]["quiz_points"] == "0"
    assert rows[""]["folder"] == "zed"
    output = " ".join(capsys.readouterr().out.split())
    warnings = output.split("warning: ")[1:]
    assert len(warnings) == 1
    assert output.index("warning: ") > output.index("Gradebook written"), "the warning comes at the end"
    assert "folders not on the roster (graded, without an id): zed" in warnings[0]
    assert "roster entries without a folder (graded 0): S3, S4" in warnings[0]


def test_a_roster_folder_must_be_a_name(course: Path, overlay: Path, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("id,folder\nS1,../alice\n", encoding="utf-8")
    (tmp_path / "submissions").mkdir()
    arguments = batch_arguments(tmp_path / "submissions", overlay, tmp_path / "g.csv")
    assert main([*arguments, "--roster", str(roster)]) == 2


def test_grading_with_the_course_elsewhere(
    course: Path, overlay: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grading = tmp_path / "grading"
    submissions = grading / "submissions"
    add_submission(submissions, "alice")
    monkeypatch.chdir(grading)
    arguments = ["grade-batch", "submissions", "--overlay", str(overlay), "--csv", "gradebook.csv"]
    assert main(arguments) == 2, "outside the course without --course"
    assert main([*arguments, "--course", str(course), "--workers", "1"]) == 0
    assert read_rows(grading / "gradebook.csv")["alice"]["exercise_checks"] == "5"
    assert main(["overlay", "new", "spring", "--course", str(course)]) == 0
    assert main(["overlay", "check", "spring", "--course", str(course)]) == 0
    assert main(["release", str(tmp_path / "student"), "--course", str(course)]) == 0
    bundle = grading / "autograder.zip"
    assert main(["autograder", "build", "--course", str(course), "--overlay", str(overlay), str(bundle)]) == 0
    assert bundle.is_file()
    assert not any(path.name.startswith("gradebook") for path in course.rglob("*")), os.listdir(course)


def test_a_folder_name_never_becomes_a_spreadsheet_formula(
    course: Path, overlay: Path, tmp_path: Path
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, '=HYPERLINK("x")')
    add_submission(submissions, "@SUM(A1)")
    gradebook = tmp_path / "gradebook.csv"
    assert main(batch_arguments(submissions, overlay, gradebook)) == 0
    assert sorted(read_rows(gradebook)) == ['\'=HYPERLINK("x")', "'@SUM(A1)"]


def test_a_regrade_names_a_student_no_longer_in_the_gradebook(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    add_submission(submissions, "ghost-99", "missing-file")
    gradebook = tmp_path / "gradebook.csv"
    assert main(batch_arguments(submissions, overlay, gradebook)) == 0
    was = read_rows(gradebook)["ghost-99"]
    shutil.rmtree(submissions / "ghost-99")
    capsys.readouterr()
    assert main(batch_arguments(submissions, overlay, gradebook)) == 0
    earned = int(was["quiz_points"]) + int(was["exercise_checks"])
    out = " ".join(capsys.readouterr().out.split())
    assert f"changed: ghost-99: no longer in the gradebook (was {earned}/14)" in out


def test_an_lms_regrade_names_a_vanished_student_with_their_columns() -> None:
    from pakru.instructor_pipeline.gradebook import Gradebook, changes_since

    previous = {"S9": {"ID number": "S9", "Email address": "", "Quizzes": "7", "Exercises": "5"}}
    now = Gradebook(["ID number", "Email address", "Quizzes", "Exercises"], [], "ID number")
    assert changes_since(previous, now) == ["S9: no longer in the gradebook (was Quizzes 7, Exercises 5)"]


@pytest.mark.parametrize("option", ["--csv", "--json-dir"])
def test_no_grading_and_no_folder_made_when_an_output_folder_is_missing(
    option: str, course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    missing = tmp_path / "nonexistent" / "dir"
    target = missing / "g.csv" if option == "--csv" else missing / "results"
    arguments = batch_arguments(submissions, overlay, tmp_path / "g.csv")
    if option == "--csv":
        arguments[arguments.index("--csv") + 1] = str(target)
    else:
        arguments += ["--json-dir", str(target)]
    assert main(arguments) == 2
    assert capsys.readouterr().err == (
        f"pakru: {target}: no folder {missing}; create it first or choose another path\n"
    )
    assert not (tmp_path / "nonexistent").exists()
    assert not (tmp_path / "g.csv").exists(), "graded although an output path was refused"


def test_the_results_folder_itself_may_be_new(course: Path, overlay: Path, tmp_path: Path) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    arguments = batch_arguments(submissions, overlay, tmp_path / "g.csv")
    assert main([*arguments, "--json-dir", str(tmp_path / "results")]) == 0
    assert (tmp_path / "results" / "alice.json").is_file()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("layout", ["pakru", "canvas", "moodle"])
def test_gradebooks_and_results_are_readable_by_their_owner_only(
    layout: str, course: Path, overlay: Path, tmp_path: Path
) -> None:
    submissions = tmp_path / "submissions"
    add_submission(submissions, "alice")
    gradebook, results = tmp_path / "gradebook.csv", tmp_path / "results"
    arguments = [*batch_arguments(submissions, overlay, gradebook), "--format", layout]
    arguments += ["--json-dir", str(results)]
    umask = os.umask(0o022)  # the usual default, which would leave them 0644
    try:
        assert main(arguments) == 0
        assert main(arguments) == 0
    finally:
        os.umask(umask)
    written = [gradebook, gradebook.with_name("gradebook.csv.prev"), *results.iterdir()]
    assert {path.name: path.stat().st_mode & 0o777 for path in written} == {
        path.name: 0o600 for path in written
    }
    assert results.stat().st_mode & 0o777 == 0o700
