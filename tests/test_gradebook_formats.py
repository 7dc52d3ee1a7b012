"""Gradebooks by assignment, in pakru's layout and in Canvas's and Moodle's import layouts (golden files)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from pakru.cli import main
from pakru.instructor_pipeline.overlay import load_overlay
from pakru.workspace import Course

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "gradebooks"
HOSTILE = Path(__file__).parent / "hostile"
CLASS = {"alice": "all-correct", "bob": "syntax-error", "carol": "missing-file", "zed": "all-correct"}


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "course"
    shutil.copytree(DATA / "demo-course", root)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return root


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    folder = tmp_path / "overlay"
    shutil.copytree(DATA / "demo-overlay", folder)
    with (folder / "overlay.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n" + (GOLDEN / "assignments.toml").read_text(encoding="utf-8"))
    folder.chmod(0o700)
    return folder


@pytest.fixture
def submissions(tmp_path: Path) -> Path:
    folder = tmp_path / "submissions"
    for name, case in CLASS.items():
        shutil.copytree(HOSTILE / case / "submission", folder / name, symlinks=True)
    return folder


def grade(course: Path, overlay: Path, submissions: Path, gradebook: Path, *options: str) -> int:
    return main(
        [
            "grade-batch", str(submissions), "--course", str(course), "--overlay", str(overlay),
            "--csv", str(gradebook), "--roster", str(GOLDEN / "roster.csv"), "--workers", "1", *options,
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("layout", "golden", "options"),
    [
        ("canvas", "canvas.csv", ()),
        ("moodle", "moodle.csv", ()),
        ("canvas", "canvas-week2.csv", ("--assignment", "Week 2 code")),
    ],
)
def test_lms_layouts_match_the_documented_golden_files(
    course: Path,
    overlay: Path,
    submissions: Path,
    tmp_path: Path,
    layout: str,
    golden: str,
    options: tuple[str, ...],
) -> None:
    gradebook = tmp_path / f"{layout}.csv"
    assert grade(course, overlay, submissions, gradebook, "--format", layout, *options) == 0
    assert gradebook.read_bytes() == (GOLDEN / golden).read_bytes()


def test_canvas_starts_with_its_five_student_columns(
    course: Path, overlay: Path, submissions: Path, tmp_path: Path
) -> None:
    gradebook = tmp_path / "canvas.csv"
    assert grade(course, overlay, submissions, gradebook, "--format", "canvas") == 0
    header = next(csv.reader(gradebook.open(encoding="utf-8", newline="")))
    assert header[:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert header[5:] == [assignment.name for assignment in load_overlay(overlay).assignments]


def test_pakru_layout_has_assignments_separate_totals_and_a_weighted_percent(
    course: Path, overlay: Path, submissions: Path, tmp_path: Path
) -> None:
    gradebook = tmp_path / "gradebook.csv"
    assert grade(course, overlay, submissions, gradebook) == 0
    rows = {row["folder"]: row for row in csv.DictReader(gradebook.open(encoding="utf-8", newline=""))}
    assert set(rows) == {"alice", "bob", "carol", "dave", "zed"}
    carol = rows["carol"]
    assert (carol["Week 1 quiz"], carol["Week 2 code"]) == ("9", "0")
    assert (carol["quiz_points"], carol["quiz_max"], carol["exercise_checks"], carol["exercise_max"]) == (
        "9", "9", "0", "5",
    )  # fmt: skip
    # Weights 40 and 60: all of the quiz and none of the code is 40%.
    assert carol["weighted_percent"] == "40"
    assert rows["alice"]["weighted_percent"] == "100"
    assert "total" not in carol, "quiz points and exercise checks are never added together"


def test_grading_one_assignment_grades_only_its_items(
    course: Path, overlay: Path, submissions: Path, tmp_path: Path
) -> None:
    gradebook = tmp_path / "week1.csv"
    assert grade(course, overlay, submissions, gradebook, "--assignment", "Week 1 quiz") == 0
    header = next(csv.reader(gradebook.open(encoding="utf-8", newline="")))
    assert [column for column in header if ":" in column] == []
    assert "demo.q01" in header
    assert "Week 2 code" not in header


def test_an_unknown_assignment_is_refused(
    course: Path, overlay: Path, submissions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert grade(course, overlay, submissions, tmp_path / "g.csv", "--assignment", "week 9") == 2
    assert "no assignment called 'week 9'" in capsys.readouterr().err


def test_assignments_must_name_what_the_course_has(course: Path, overlay: Path) -> None:
    from pakru.instructor_pipeline.overlay import check_overlay_folder

    toml = overlay / "overlay.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"01-count-events"', '"01-count"'), "utf-8")
    (problem,) = check_overlay_folder(overlay, Course(course))
    assert problem.startswith(f"{toml}: assignment 'Week 2 code': no exercise '01-count' in the course")


@pytest.mark.parametrize(("layout", "column"), [("canvas", "SIS User ID"), ("moodle", "ID number")])
def test_an_lms_layout_without_a_roster_warns_that_folder_names_become_ids(
    course: Path,
    overlay: Path,
    submissions: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    layout: str,
    column: str,
) -> None:
    arguments = ["grade-batch", str(submissions), "--course", str(course), "--overlay", str(overlay)]
    arguments += ["--csv", str(tmp_path / "g.csv"), "--workers", "1", "--format", layout]
    assert main(arguments) == 0
    warnings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning")]
    assert warnings == [
        f"warning: without --roster, each folder name becomes the {column}, so {layout.capitalize()} "
        "will match students by folder name; a roster (--roster) is recommended"
    ]
    capsys.readouterr()
    assert grade(course, overlay, submissions, tmp_path / "g.csv", "--format", layout) == 0
    assert "--roster" not in capsys.readouterr().out
