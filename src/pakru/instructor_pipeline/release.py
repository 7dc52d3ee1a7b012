"""``pakru release OUT_DIR``: the student edition, which is the teaching edition minus ``instructor/``.

Only what the teaching edition tracks is copied: ``git ls-files`` in a git checkout, and
outside git (a downloaded zip) the committed ``release-manifest.txt``, which
``scripts/write_release_manifest.py`` writes from ``git ls-files`` and a test keeps equal
to it. Never copied, whatever either list says: ``instructor/``, ``.git``, build output,
students' workspaces and submissions, gradebooks, results folders and zips.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
from pathlib import Path, PurePosixPath

from pakru.workspace import Course

MANIFEST_NAME = "release-manifest.txt"
# The course's keys, solutions, student work and the instructor's outputs; the tests' demo course
# and hostile submissions have folders of the same names, which are test data.
EXCLUDED_TOP = {"instructor", "workspace", "results", "build"}
EXCLUDED_PARTS = {
    ".git", "build", ".nox", ".venv", "__pycache__", "submissions",
    ".pytest_cache", ".ruff_cache", ".hypothesis", "dist", "node_modules",
}  # fmt: skip
EXCLUDED_NAMES = ("*.pyc", "*.pyo", "*.zip", "gradebook*.csv", "*.csv.prev", "*.csv.failed")


class ReleaseError(ValueError):
    """A problem with the release target; worded for the instructor."""


def released(path: PurePosixPath) -> bool:
    """Whether a course-relative path may go to the student edition."""
    return (
        path.parts[0] not in EXCLUDED_TOP
        and not EXCLUDED_PARTS.intersection(path.parts)
        and not any(fnmatch.fnmatch(path.name, pattern) for pattern in EXCLUDED_NAMES)
    )


def git_tracked(root: Path) -> list[PurePosixPath] | None:
    """What git tracks under ``root``, or None outside a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"],
            cwd=root,
            capture_output=True,
            check=True,
            text=True,
            start_new_session=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return [PurePosixPath(name) for name in listed.split("\0") if name]


def manifest_lines(root: Path) -> list[str]:
    """The manifest's content: every tracked file that the student edition gets, sorted."""
    tracked = git_tracked(root)
    if tracked is None:
        raise ReleaseError(f"{root} is not a git checkout; write the manifest from one")
    return sorted(str(path) for path in tracked if released(path))


def read_manifest(root: Path) -> list[PurePosixPath]:
    try:
        text = (root / MANIFEST_NAME).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReleaseError(
            f"{root} is not a git checkout and has no {MANIFEST_NAME}; release from a git clone of the course"
        ) from None
    paths = [PurePosixPath(line.strip()) for line in text.splitlines() if line.strip()]
    unsafe = [path for path in paths if path.is_absolute() or ".." in path.parts]
    if unsafe:
        raise ReleaseError(f"{root / MANIFEST_NAME}: {unsafe[0]} is not a path inside the course")
    return paths


def tracked_files(root: Path) -> list[PurePosixPath]:
    listed = git_tracked(root)
    if listed is None:
        listed = read_manifest(root)
        missing = [path for path in listed if not (root / path).is_file() and not (root / path).is_symlink()]
        if missing:
            raise ReleaseError(
                f"{root}: {len(missing)} file(s) in {MANIFEST_NAME} are missing, such as {missing[0]}; "
                "the course folder is incomplete"
            )
    return sorted(path for path in listed if released(path))


# The README is written for the teaching edition; students need to know which copy they hold.
STUDENT_EDITION_NOTE = """\
> **Student edition.** This copy of the course was made with `pakru release`. It leaves out
> `instructor/` (model answers and reference solutions), so where this README speaks of the
> teaching edition or of commands for instructors, it describes the copy your instructor keeps.

"""


def release(course: Course, target: Path) -> int:
    """Write the student edition to ``target``; returns the number of files."""
    if target.exists() and any(target.iterdir()):
        raise ReleaseError(f"{target} exists and is not empty; choose a new folder")
    if target.resolve().is_relative_to(course.root.resolve()):
        raise ReleaseError(f"{target} is inside the course; choose a folder outside it")
    files = [
        path
        for path in tracked_files(course.root)
        if (course.root / path).is_symlink() or (course.root / path).is_file()
    ]
    for relative in files:
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        # A tracked symlink stays a symlink: following it could copy files from outside the course.
        shutil.copy2(course.root / relative, destination, follow_symlinks=False)
    readme = target / "README.md"
    if readme.is_file() and not readme.is_symlink():
        readme.write_text(STUDENT_EDITION_NOTE + readme.read_text(encoding="utf-8"), encoding="utf-8")
    return len(files)
