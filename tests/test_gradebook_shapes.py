"""Gradescope submission shapes: every common way of uploading is found by ``run_autograder``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pakru.cli import main
from pakru.results import results_schema

DATA = Path(__file__).parent / "data"
WORKSPACE = Path(__file__).parent / "hostile" / "all-correct" / "submission" / "workspace"
FULL_MARKS = 14


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("bundle")
    shutil.copytree(DATA / "demo-course", base / "course")
    shutil.copytree(DATA / "demo-overlay", base / "overlay")
    target = base / "autograder.zip"
    arguments = ["autograder", "build", "--course", str(base / "course"), "--overlay", str(base / "overlay")]
    assert main([*arguments, str(target)]) == 0
    return target


def run_bundle(bundle: Path, fill: Callable[[Path], None], tmp_path: Path) -> dict[str, Any]:
    root = tmp_path / "autograder"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "source")
    (root / "submission").mkdir()
    fill(root / "submission")
    environment = {**os.environ, "PAKRU_AUTOGRADER_ROOT": str(root)}
    subprocess.run(
        ["bash", str(root / "source" / "run_autograder")], env=environment, check=True, timeout=300
    )
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, results_schema())
    return results


def course_folder(target: Path) -> None:
    shutil.copytree(
        DATA / "demo-course", target, ignore=shutil.ignore_patterns("instructor"), dirs_exist_ok=True
    )
    shutil.copytree(WORKSPACE, target / "workspace")


def zip_folder(folder: Path, archive: Path, prefix: str = "") -> None:
    with zipfile.ZipFile(archive, "w") as opened:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                opened.write(path, f"{prefix}{path.relative_to(folder).as_posix()}")


def working_copy(submission: Path) -> None:
    shutil.copytree(WORKSPACE, submission / "workspace")


def workspace_contents(submission: Path) -> None:
    shutil.copytree(WORKSPACE, submission, dirs_exist_ok=True)


def course_one_level_deeper(submission: Path) -> None:
    course_folder(submission / "pakru-course")
    (submission / "__MACOSX").mkdir()


def course_zip_not_unpacked(submission: Path) -> None:
    course_folder(submission.parent / "course")
    zip_folder(submission.parent / "course", submission / "pakru-course.zip", "pakru-course/")


def dragged_files(submission: Path) -> None:
    for path in WORKSPACE.rglob("*.py"):
        shutil.copyfile(path, submission / path.name)


def pakru_submit_zip(submission: Path) -> None:
    staging = submission.parent / "staging"
    shutil.copytree(WORKSPACE, staging / "workspace")
    files = sorted(str(path.relative_to(staging)) for path in staging.rglob("*.py"))
    (staging / "manifest.json").write_text(json.dumps({"files": files}), encoding="utf-8")
    zip_folder(staging, submission / "submission.zip")


def pakru_submit_unpacked(submission: Path) -> None:
    pakru_submit_zip(submission)
    with zipfile.ZipFile(submission / "submission.zip") as archive:
        archive.extractall(submission)
    (submission / "submission.zip").unlink()


def github_repository(submission: Path) -> None:
    """A clone of the student's repository, with workspace/ added by 'git add -f workspace'."""
    course_folder(submission)
    (submission / ".git").mkdir()
    (submission / ".gitignore").write_text("/workspace/\n", encoding="utf-8")


@pytest.mark.parametrize(
    "shape",
    [
        working_copy,
        workspace_contents,
        course_one_level_deeper,
        course_zip_not_unpacked,
        dragged_files,
        pakru_submit_zip,
        pakru_submit_unpacked,
        github_repository,
    ],
    ids=lambda shape: shape.__name__,
)
def test_every_common_shape_gets_full_marks(
    bundle: Path, tmp_path: Path, shape: Callable[[Path], None]
) -> None:
    results = run_bundle(bundle, shape, tmp_path)
    assert results["score"] == FULL_MARKS, [(t["name"], t["extra_data"]["result"]) for t in results["tests"]]
    assert results["extra_data"]["reason"] == ""


def test_a_repository_without_its_workspace_is_an_empty_submission(bundle: Path, tmp_path: Path) -> None:
    def without_workspace(submission: Path) -> None:
        github_repository(submission)
        shutil.rmtree(submission / "workspace")

    results = run_bundle(bundle, without_workspace, tmp_path)
    assert results["score"] == 0
    assert results["extra_data"]["reason"] == "empty-submission"


def test_a_zip_cannot_write_outside_its_folder_or_plant_links(bundle: Path, tmp_path: Path) -> None:
    def hostile_zip(submission: Path) -> None:
        with zipfile.ZipFile(submission / "evil.zip", "w") as archive:
            archive.writestr("../../escaped.py", "x = 1\n")
            link = zipfile.ZipInfo("workspace/quizzes/demo.py")
            link.external_attr = 0o120777 << 16
            archive.writestr(link, "/etc/passwd")
            archive.writestr(
                "workspace/exercises/01-count-events.py",
                (WORKSPACE / "exercises" / "01-count-events.py").read_text(),
            )

    results = run_bundle(bundle, hostile_zip, tmp_path)
    assert not (tmp_path / "escaped.py").exists()
    assert not list(tmp_path.rglob("escaped.py"))
    assert results["score"] == 5, "the exercise is graded; the linked quiz file is not there"
