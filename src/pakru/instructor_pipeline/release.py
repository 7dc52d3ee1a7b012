"""``pakru release OUT_DIR``: the student edition, which is the teaching edition minus ``instructor/``.

Only files that git tracks are copied (or, outside git, the tree without build
output, caches and students' workspaces), and never ``.git`` itself.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pakru.workspace import Course

# The course's keys, solutions and student work; the tests' demo course and hostile
# submissions have folders of the same names, which are test data.
EXCLUDED_TOP = {"instructor", "workspace"}
EXCLUDED_PARTS = {
    ".git", "build", ".nox", ".venv", "__pycache__",
    ".pytest_cache", ".ruff_cache", ".hypothesis", "dist", "node_modules",
}  # fmt: skip


class ReleaseError(ValueError):
    """A problem with the release target; worded for the instructor."""


def tracked_files(root: Path) -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True, text=True
        ).stdout
        files = [Path(name) for name in listed.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        files = [path.relative_to(root) for path in root.rglob("*") if path.is_file()]
    return sorted(
        path
        for path in files
        if path.parts[0] not in EXCLUDED_TOP
        and not EXCLUDED_PARTS.intersection(path.parts)
        and path.suffix not in {".pyc", ".pyo"}
    )


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
    return len(files)
