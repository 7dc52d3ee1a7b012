"""Sessions for building the course book and checking the project: ``nox -l`` lists them."""

from __future__ import annotations

import os
import pathlib
import shutil

import nox

nox.needs_version = ">=2024.4.15"
nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests", "book"]

BOOK_SOURCE = "course"
BOOK_OUTPUT = "build/html"
# The instructor view is published inside the learner site (conf.py's pakru_instructor_path).
INSTRUCTOR_OUTPUT = "build/html/instructor"
EPUB_OUTPUT = "build/epub"
SINGLEHTML_OUTPUT = "build/singlehtml"
# Published beside the HTML (pakru_downloads in course/conf.py links them from the pages).
DOWNLOADS = "build/html/downloads"
PDF_OUTPUT = f"{DOWNLOADS}/pakru-course.pdf"
EPUB_DOWNLOAD = f"{DOWNLOADS}/pakru-course.epub"
FLASHCARDS_OUTPUT = f"{DOWNLOADS}/pakru-flashcards.apkg"


@nox.session
def book(session: nox.Session) -> None:
    """Build the HTML book (learner view, and the instructor view in its instructor/ folder),
    an EPUB and a PDF of the learner view, with warnings as errors."""
    session.install(".")
    # Doctrees stay out of the published folders; each view keeps its own.
    session.run(
        "sphinx-build", "-W", "-n", "--keep-going", "-b", "html", "-d", "build/doctrees/html",
        BOOK_SOURCE, BOOK_OUTPUT, *session.posargs,
    )  # fmt: skip
    session.run(
        "sphinx-build", "-W", "-n", "--keep-going", "-t", "instructor", "-b", "html",
        "-d", "build/doctrees/instructor", BOOK_SOURCE, INSTRUCTOR_OUTPUT, *session.posargs,
    )  # fmt: skip
    # Doctrees stay outside the EPUB output: the builder would pack them into the book.
    for builder, output in (("epub", EPUB_OUTPUT), ("singlehtml", SINGLEHTML_OUTPUT)):
        doctrees = f"build/doctrees/{builder}"
        session.run(
            "sphinx-build", "-W", "-n", "--keep-going", "-b", builder, "-d", doctrees, BOOK_SOURCE, output
        )
    # Printed by headless Chromium, so no TeX is needed. Without Chromium the PDF
    # is skipped (exit status 3), unless CI requires every system tool.
    required = os.environ.get("PAKRU_REQUIRE_SYSTEM_TOOLS", "").strip() not in {"", "0"}
    session.run(
        "python",
        "-m",
        "pakru.pdf",
        f"{SINGLEHTML_OUTPUT}/index.html",
        PDF_OUTPUT,
        success_codes=[0] if required else [0, 3],
    )
    pathlib.Path(DOWNLOADS).mkdir(parents=True, exist_ok=True)
    (epub,) = pathlib.Path(EPUB_OUTPUT).glob("*.epub")
    shutil.copyfile(epub, EPUB_DOWNLOAD)
    session.run("python", "-m", "pakru.flashcards", FLASHCARDS_OUTPUT)
    session.log(f"Open {BOOK_OUTPUT}/index.html in a browser to read the book.")
    session.log(f"The instructor view is {INSTRUCTOR_OUTPUT}/index.html.")
    session.log(f"The EPUB, the flashcards and the PDF (where Chromium is installed) are in {DOWNLOADS}.")


@nox.session(default=False)
def live(session: nox.Session) -> None:
    """Serve the book with live reload while you write (sphinx-autobuild)."""
    session.install("-e", ".", "sphinx-autobuild")
    session.run(
        "sphinx-autobuild",
        BOOK_SOURCE,
        BOOK_OUTPUT,
        # Everything the book reads, so that the extension's dependency tracking sees each edit.
        "--watch",
        "data",
        "--watch",
        "quizzes",
        "--watch",
        "exercises",
        "--watch",
        "src",
        *session.posargs,
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Run the developers' test suite (bare ``pytest`` grades a student's work instead)."""
    session.install("-e", ".[test]")
    # -ra lists every skip and xfail with its reason: useful to developers, noise to students.
    session.run("pytest", "-ra", *(session.posargs or ["tests"]))


@nox.session
def lint(session: nox.Session) -> None:
    """Check code style with ruff."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Print speed ratios against baselines measured in the same run."""
    session.install("-e", ".[test]")
    session.run("python", "benchmarks/bench.py")
