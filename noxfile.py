"""Sessions for building the course book and checking the project: ``nox -l`` lists them."""

from __future__ import annotations

import nox

nox.needs_version = ">=2024.4.15"
nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests", "book"]

BOOK_SOURCE = "course"
BOOK_OUTPUT = "build/html"


@nox.session
def book(session: nox.Session) -> None:
    """Build the HTML book into build/html, with warnings as errors."""
    session.install(".")
    session.run(
        "sphinx-build",
        "-W",
        "-n",
        "--keep-going",
        "-b",
        "html",
        BOOK_SOURCE,
        BOOK_OUTPUT,
        *session.posargs,
    )
    session.log(f"Open {BOOK_OUTPUT}/index.html in a browser to read the book.")


@nox.session(default=False)
def live(session: nox.Session) -> None:
    """Serve the book with live reload while you write (sphinx-autobuild)."""
    session.install("-e", ".", "sphinx-autobuild")
    session.run(
        "sphinx-autobuild",
        BOOK_SOURCE,
        BOOK_OUTPUT,
        "--watch",
        "data",
        "--watch",
        "src",
        *session.posargs,
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Run the whole test suite."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


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
