"""``pakru release`` copies only what the teaching edition tracks, in git or from the committed manifest."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO_ROOT
from pakru.cli import main
from pakru.instructor_pipeline.release import MANIFEST_NAME, git_tracked, manifest_lines

DATA = Path(__file__).parent / "data"
HOSTILE = Path(__file__).parent / "hostile"
GIT = ["git", "-c", "user.name=pakru", "-c", "user.email=pakru@example.org", "-c", "init.defaultBranch=main"]


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "course"
    shutil.copytree(DATA / "demo-course", root)
    monkeypatch.chdir(root)
    monkeypatch.setenv("NO_COLOR", "1")
    return root


def litter(root: Path) -> None:
    """What an instructor leaves in the course root: outputs, student work, build output."""
    shutil.copytree(HOSTILE / "all-correct" / "submission", root / "submissions" / "alice")
    (root / "autograder.zip").write_bytes(b"PK plaintext keys")
    (root / "gradebook.csv").write_text("roster_id,total\nS1,14\n", encoding="utf-8")
    (root / "gradebook.csv.prev").write_text("roster_id,total\nS1,12\n", encoding="utf-8")
    (root / "gradebook.csv.failed").write_text("roster_id,total\nS1,0\n", encoding="utf-8")
    (root / "results").mkdir()
    (root / "results" / "S1.json").write_text("{}", encoding="utf-8")
    (root / "build" / "html").mkdir(parents=True)
    (root / "build" / "html" / "index.html").write_text("<html>", encoding="utf-8")
    shutil.copytree(HOSTILE / "all-correct" / "submission" / "workspace", root / "workspace")
    (root / "quizzes" / "stray.zip").write_bytes(b"PK")


def released_files(out: Path) -> set[str]:
    return {str(path.relative_to(out)) for path in out.rglob("*") if path.is_file() or path.is_symlink()}


def test_outside_git_only_the_manifest_is_copied(course: Path, tmp_path: Path) -> None:
    litter(course)
    assert main(["release", str(tmp_path / "student")]) == 0
    listed = set((course / MANIFEST_NAME).read_text(encoding="utf-8").split())
    assert released_files(tmp_path / "student") == listed
    assert not any(name.startswith(("instructor", "build", "submissions", "results")) for name in listed)


def test_outside_git_without_a_manifest_release_refuses(
    course: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (course / MANIFEST_NAME).unlink()
    assert main(["release", str(tmp_path / "student")]) == 2
    assert f"no {MANIFEST_NAME}; release from a git clone" in capsys.readouterr().err
    assert not (tmp_path / "student").exists()


def test_an_incomplete_download_is_refused(
    course: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (course / "data" / "visits.csv").unlink()
    assert main(["release", str(tmp_path / "student")]) == 2
    assert "such as data/visits.csv" in capsys.readouterr().err


def test_the_students_readme_says_which_edition_it_is(course: Path, tmp_path: Path) -> None:
    (course / "README.md").write_text("# Demo course\n", encoding="utf-8")
    manifest = course / MANIFEST_NAME
    manifest.write_text(manifest.read_text(encoding="utf-8") + "README.md\n", encoding="utf-8")
    assert main(["release", str(tmp_path / "student")]) == 0
    released = (tmp_path / "student" / "README.md").read_text(encoding="utf-8")
    assert released.startswith(
        "> **Student edition.** This copy of the course was made with `pakru release`."
    )
    assert released.endswith("\n\n# Demo course\n")
    assert (course / "README.md").read_text(encoding="utf-8") == "# Demo course\n"


def test_in_git_only_tracked_files_and_never_outputs(course: Path, tmp_path: Path) -> None:
    subprocess.run([*GIT, "init", "-q"], cwd=course, check=True)
    litter(course)
    # Even outputs someone forced into git stay out of the student edition.
    subprocess.run([*GIT, "add", "-A", "-f"], cwd=course, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "everything"], cwd=course, check=True)
    (course / "untracked.md").write_text("not tracked", encoding="utf-8")
    assert main(["release", str(tmp_path / "student")]) == 0
    files = released_files(tmp_path / "student")
    assert files == set((course / MANIFEST_NAME).read_text(encoding="utf-8").split())


def test_the_committed_manifest_is_git_ls_files_without_instructor() -> None:
    if git_tracked(REPO_ROOT) is None:
        pytest.skip("not a git checkout: the manifest is what this copy was released from")
    committed = (REPO_ROOT / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert committed == manifest_lines(REPO_ROOT), "run: python scripts/write_release_manifest.py"
    assert MANIFEST_NAME in committed
    assert not [line for line in committed if line.startswith("instructor/")]


def test_no_released_page_discusses_a_quiz_key() -> None:
    # Audits of quiz questions (old and new keys, why each option is right) are for instructors:
    # they live in instructor/, which the student edition leaves out.
    audit_row = re.compile(r"^\|\s*q\d{2}\s*\|")
    released = (REPO_ROOT / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    audits = [
        f"{name}:{number}"
        for name in released
        if name.endswith(".md")
        for number, line in enumerate((REPO_ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
        if audit_row.match(line)
    ]
    assert audits == [], "move quiz audits under instructor/"


@pytest.mark.parametrize(
    "output",
    [
        "gradebook.csv",
        "gradebook-week2.csv",
        "gradebook.csv.prev",
        "gradebook.csv.failed",
        "results/S1.json",
        "submissions/alice/workspace/quizzes/legacy.py",
        "autograder.zip",
        "workspace/quizzes/legacy.py",
    ],
)
def test_gitignore_covers_the_instructors_outputs(output: str) -> None:
    if git_tracked(REPO_ROOT) is None:
        pytest.skip("not a git checkout")
    ignored = subprocess.run(["git", "check-ignore", "-q", "--no-index", output], cwd=REPO_ROOT, check=False)
    assert ignored.returncode == 0, f"{output} is not ignored"
