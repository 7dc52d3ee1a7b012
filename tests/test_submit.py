"""``pakru submit``: a zip of exactly the student's work, with a manifest, never overwritten by accident."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from pakru import __version__
from pakru.cli import main

DEMO_COURSE = Path(__file__).parent / "data" / "demo-course"
NAME = "01-count-events"
ANSWERS = 'q01 = "b"\nq02 = ["a", "c"]\n'


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo course with one quiz answered, one exercise started and things that must stay out."""
    root = tmp_path / "course-copy"
    shutil.copytree(DEMO_COURSE, root)
    monkeypatch.chdir(root / "exercises")
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["start", NAME]) == 0
    (root / "workspace" / "quizzes").mkdir(parents=True)
    (root / "workspace" / "quizzes" / "demo.py").write_text(ANSWERS, encoding="utf-8")
    # Neither a results file (it can be forged), nor notes, nor progress belongs in the zip.
    (root / "workspace" / "results.json").write_text('{"score": 100}\n', encoding="utf-8")
    (root / "workspace" / "quizzes" / "results.json").write_text('{"score": 100}\n', encoding="utf-8")
    (root / "workspace" / "quizzes" / "notes.py").write_text("# scratch\n", encoding="utf-8")
    (root / "results.json").write_text('{"score": 100}\n', encoding="utf-8")
    main(["check", NAME])
    return root


def test_the_zip_holds_exactly_the_students_work_and_a_manifest(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["submit"]) == 0
    target = course / "workspace" / "submission.zip"
    assert "Wrote workspace/submission.zip with 2 files of your work:" in capsys.readouterr().out
    expected = ["workspace/quizzes/demo.py", f"workspace/exercises/{NAME}.py"]
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted([*expected, "manifest.json"])
        manifest = json.loads(archive.read("manifest.json"))
        contents = {name: archive.read(name) for name in expected}
    assert contents["workspace/quizzes/demo.py"] == ANSWERS.encode()
    assert (
        contents[f"workspace/exercises/{NAME}.py"] == (course / "exercises" / NAME / "stub.py").read_bytes()
    )
    assert manifest["course_version"] == __version__
    assert manifest["edition"] == "teaching"
    assert datetime.fromisoformat(manifest["created"]).tzinfo is not None
    assert [entry["path"] for entry in manifest["files"]] == expected
    for entry in manifest["files"]:
        assert entry["sha256"] == hashlib.sha256(contents[entry["path"]]).hexdigest()
        assert entry["bytes"] == len(contents[entry["path"]])


def test_the_student_edition_is_named_in_the_manifest(course: Path) -> None:
    shutil.rmtree(course / "instructor")
    assert main(["submit", "--output", str(course / "mine.zip")]) == 0
    with zipfile.ZipFile(course / "mine.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["edition"] == "student"


def test_an_existing_zip_is_kept_unless_forced_and_then_backed_up(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["submit"]) == 0
    target = course / "workspace" / "submission.zip"
    first = target.read_bytes()
    (course / "workspace" / "quizzes" / "demo.py").write_text('q01 = "c"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["submit"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "already exists; 'pakru submit --force' replaces it" in error
    assert target.read_bytes() == first
    assert main(["submit", "--force"]) == 0
    (backup,) = (course / "workspace" / "backups").glob("submission-*.zip")
    assert backup.read_bytes() == first
    with zipfile.ZipFile(target) as archive:
        assert archive.read("workspace/quizzes/demo.py") == b'q01 = "c"\n'
    assert f"saved at workspace/backups/{backup.name}" in capsys.readouterr().out


def test_nothing_to_hand_in_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    root = tmp_path / "course-copy"
    shutil.copytree(DEMO_COURSE, root)
    monkeypatch.chdir(root)
    assert main(["submit"]) == 2
    assert "there is no work to hand in yet" in capsys.readouterr().err
    assert not (root / "workspace" / "submission.zip").exists()


def test_a_linked_work_file_is_refused(
    course: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere.py"
    elsewhere.write_text("SECRET = 1\n", encoding="utf-8")
    answers = course / "workspace" / "quizzes" / "demo.py"
    answers.unlink()
    answers.symlink_to(elsewhere)
    assert main(["submit"]) == 2
    assert "workspace/quizzes/demo.py is a link" in capsys.readouterr().err
    assert not (course / "workspace" / "submission.zip").exists()
