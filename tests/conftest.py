"""Shared fixtures: paths into the repository and one build of the book per run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest_plugins = ("sphinx.testing.fixtures",)

REPO_ROOT = Path(__file__).resolve().parent.parent
COURSE_DIR = REPO_ROOT / "course"
LESSON_FILES = sorted((COURSE_DIR / "lessons").glob("*.md"))
EVENTS_FILE = REPO_ROOT / "data" / "events.csv"
BIB_FILE = COURSE_DIR / "references.bib"
HOSTILE_DIR = Path(__file__).resolve().parent / "hostile"
DEMO_DATA = Path(__file__).resolve().parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """In the student edition (``pakru release``), skip what needs ``instructor/``."""
    if (REPO_ROOT / "instructor").is_dir():
        return
    reason = "the student edition has no instructor/; this runs in the teaching edition"
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if item.get_closest_marker("teaching_edition"):
            item.add_marker(skip)


@dataclass(frozen=True)
class BuiltBook:
    """The HTML output of a full build and everything Sphinx warned about."""

    html_dir: Path
    warnings: str


def run_sphinx(
    builder: str,
    output: Path,
    *,
    doctrees: Path | None = None,
    env: dict[str, str] | None = None,
    fresh: bool = True,
    options: tuple[str, ...] = (),
) -> str:
    """Build the course with ``builder`` into ``output``, nitpicky, and return what Sphinx warned about.

    ``fresh=False`` reuses what an earlier build left in ``output``, as ``nox -s book`` does;
    ``options`` go to sphinx-build as they are (``("-t", "instructor")`` for the instructor view).

    A separate process keeps Sphinx's global registrations out of the
    ``sphinx.testing`` apps that other tests create.
    """
    warnings_file = output.parent / f"{output.name}-warnings.txt"
    command = [sys.executable, "-m", "sphinx", "-q", "-n", *(["-E"] if fresh else []), "-b", builder]
    command += ["-w", str(warnings_file), *options]
    if doctrees is not None:
        command += ["-d", str(doctrees)]
    command += [str(COURSE_DIR), str(output)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    warnings = warnings_file.read_text(encoding="utf-8") if warnings_file.exists() else ""
    if completed.returncode != 0:
        warnings += completed.stderr
    return warnings


@pytest.fixture(scope="session")
def built_book(tmp_path_factory: pytest.TempPathFactory) -> BuiltBook:
    """Build the book once, nitpicky, as ``nox -s book`` does."""
    html_dir = tmp_path_factory.mktemp("book") / "html"
    return BuiltBook(html_dir=html_dir, warnings=run_sphinx("html", html_dir))


@pytest.fixture(scope="session")
def instructor_book(built_book: BuiltBook) -> BuiltBook:
    """The instructor view, built into the learner site's instructor/ folder as ``nox -s book`` does."""
    html_dir = built_book.html_dir / "instructor"
    doctrees = built_book.html_dir.parent / "instructor-doctrees"
    warnings = run_sphinx("html", html_dir, doctrees=doctrees, options=("-t", "instructor"))
    return BuiltBook(html_dir=html_dir, warnings=warnings)


@pytest.fixture(scope="session")
def hostile_submissions() -> Path:
    """The committed hostile cases, each as ``<root>/<case>/submission``; grade only copies of them."""
    return HOSTILE_DIR


# The demo course and its overlay, copied for each test that grades or checks them; test files
# with a differently prepared course or overlay define their own fixture of the same name.
@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of tests/data/demo-course, the current folder for the test."""
    root = tmp_path / "course"
    shutil.copytree(DEMO_DATA / "demo-course", root)
    monkeypatch.chdir(root)
    monkeypatch.setenv("NO_COLOR", "1")
    return root


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    """A private (0700) copy of tests/data/demo-overlay."""
    folder = tmp_path / "overlay"
    shutil.copytree(DEMO_DATA / "demo-overlay", folder)
    folder.chmod(0o700)
    return folder
