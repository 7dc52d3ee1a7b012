"""Incremental builds of a small course equal clean builds of the same sources.

Each test builds ``tests/roots/test-incremental`` (with the demo course's events,
quiz and exercise copied in beside it), edits the course's data, builds again
into the same folder, and compares every page and every warning with a clean
build of the edited sources.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pybtex.style.formatting import BaseStyle
from sphinx.testing.util import SphinxTestApp

from pakru.sphinxext import course_data

TESTS = Path(__file__).parent
ROOT = TESTS / "roots" / "test-incremental"
DEMO = TESTS / "data" / "demo-course"
EXERCISE_FILES = ("exercise.toml", "checks.toml", "README.md")
BODY = re.compile(r"<body\b.*</body>", re.DOTALL)
COLOUR = re.compile(r"\x1b\[[0-9;]*m")
MakeApp = Callable[..., SphinxTestApp]


@dataclass(frozen=True)
class Build:
    pages: dict[str, str]  # page name: its <body> element
    warnings: list[str]
    written: set[str]  # the pages this build wrote


@pytest.fixture
def course(tmp_path: Path) -> Path:
    source = tmp_path / "course"
    shutil.copytree(ROOT, source)
    shutil.copytree(DEMO / "data", source / "data")
    shutil.copytree(DEMO / "quizzes", source / "quizzes")
    copy_exercise(DEMO / "exercises" / "01-count-events", source / "exercises" / "01-count-events")
    return source


def copy_exercise(folder: Path, target: Path) -> None:
    target.mkdir(parents=True)
    for name in EXERCISE_FILES:
        shutil.copy(folder / name, target / name)


def build(make_app: MakeApp, source: Path, output: str = "incremental", *, parallel: int = 0) -> Build:
    """Build ``source`` into ``source/_build/<output>``, incrementally if it was built there before."""
    builddir = source / "_build" / output
    html_dir = builddir / "html"
    # Marked as written in the future: any page this build writes is older than that.
    future = time.time_ns() + 86_400 * 10**9
    for page in html_dir.glob("*.html"):
        os.utime(page, ns=(future, future))
    app = make_app("html", srcdir=source, builddir=builddir, parallel=parallel)
    try:
        app.build()
    finally:
        app.cleanup()  # the next app registers the same directives again
    pages: dict[str, str] = {}
    written: set[str] = set()
    for page in sorted(html_dir.glob("*.html")):
        match = BODY.search(page.read_text(encoding="utf-8"))
        assert match, page
        pages[page.stem] = match.group(0)
        if page.stat().st_mtime_ns != future:
            written.add(page.stem)
    # Parallel readers may warn in any order.
    warnings = COLOUR.sub("", app.warning.getvalue()).splitlines()
    return Build(pages, sorted(warnings), written)


def clean_build(make_app: MakeApp, source: Path, parallel: int = 0) -> Build:
    shutil.rmtree(source / "_build" / "clean", ignore_errors=True)
    return build(make_app, source, "clean", parallel=parallel)


def assert_same_as_clean(make_app: MakeApp, source: Path, incremental: Build) -> None:
    clean = clean_build(make_app, source)
    assert incremental.warnings == clean.warnings
    differing = [name for name in clean.pages if incremental.pages.get(name) != clean.pages[name]]
    assert incremental.pages.keys() == clean.pages.keys()
    assert differing == [], f"these pages differ from a clean build: {differing}"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_quiz_that_failed_comes_back_with_all_its_questions(make_app: MakeApp, course: Path) -> None:
    assert build(make_app, course).pages["quiz"].count('class="pakru-question"') == 6
    module = course / "quizzes" / "quiz_demo.py"
    good = module.read_text(encoding="utf-8")
    module.write_text(good.replace("QUIZ = Quiz(", "QUIZ = Quiz((", 1))

    broken = build(make_app, course)
    assert "pakru-question" not in broken.pages["quiz"]
    assert any("quiz_demo.py: cannot load it (SyntaxError: " in line for line in broken.warnings)
    assert_same_as_clean(make_app, course, broken)
    assert "about" not in broken.written, "a page that reads no course data was rebuilt"

    module.write_text(good, encoding="utf-8")
    fixed = build(make_app, course)
    assert fixed.warnings == []
    assert fixed.pages["quiz"].count('class="pakru-question"') == 6
    assert_same_as_clean(make_app, course, fixed)


def test_a_new_exercise_is_listed(make_app: MakeApp, course: Path) -> None:
    assert "Exercise 01-count-events" in build(make_app, course).pages["exercises"]
    added = course / "exercises" / "02-more-events"
    copy_exercise(course / "exercises" / "01-count-events", added)
    edit(added / "exercise.toml", 'title = "Count the events"', 'title = "Count the events again"')

    rebuilt = build(make_app, course)
    assert "Exercise 02-more-events: Count the events again" in rebuilt.pages["exercises"]
    assert "exercises" in rebuilt.written
    assert "about" not in rebuilt.written
    assert_same_as_clean(make_app, course, rebuilt)


def test_an_edited_event_changes_the_timeline_and_the_lesson(make_app: MakeApp, course: Path) -> None:
    build(make_app, course)
    edit(course / "data" / "events.csv", "Tashkent Declaration signed", "Tashkent Declaration signed at last")

    rebuilt = build(make_app, course)
    for page in ("lesson", "timeline"):
        assert "Tashkent Declaration signed at last" in rebuilt.pages[page], page
    assert "about" not in rebuilt.written
    assert_same_as_clean(make_app, course, rebuilt)


def test_an_edited_reference_changes_the_bibliography_and_the_citing_pages(
    make_app: MakeApp, course: Path
) -> None:
    first = build(make_app, course)
    assert "Ministry of External Affairs of India, 1966" in first.pages["lesson"]
    edit(course / "refs.bib", "year   = {1966}", "year   = {1967}")

    rebuilt = build(make_app, course)
    assert "1967" in rebuilt.pages["bibliography"]
    for page in ("lesson", "timeline"):  # the lesson cites it; the timeline's events do
        assert "Ministry of External Affairs of India, 1967" in rebuilt.pages[page], page
    assert "about" not in rebuilt.written
    assert_same_as_clean(make_app, course, rebuilt)


def test_a_parallel_build_equals_a_serial_one_and_sees_a_new_quiz_module(
    make_app: MakeApp, course: Path
) -> None:
    parallel = build(make_app, course, "parallel", parallel=2)
    assert parallel.warnings == []
    assert_same_as_clean(make_app, course, parallel)
    # A module the quiz directive would pick up: parallel readers recorded that they list the folder.
    (course / "quizzes" / "quiz_extra.py").write_text('"""No QUIZ here yet."""\n', encoding="utf-8")

    rebuilt = build(make_app, course, "parallel", parallel=2)
    assert any("quiz_extra.py: define QUIZ = Quiz(...)" in line for line in rebuilt.warnings)
    assert "quiz" in rebuilt.written
    assert_same_as_clean(make_app, course, rebuilt)


def test_course_data_is_loaded_once_per_build(
    make_app: MakeApp, course: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two timelines and a quiz read the events; each build loads them (and the quizzes) once."""
    loads: list[str] = []

    def counting(original: Callable[..., Any], name: str) -> Callable[..., Any]:
        def load(*args: Any, **kwargs: Any) -> Any:
            loads.append(name)
            return original(*args, **kwargs)

        return load

    monkeypatch.setattr(course_data, "load_events", counting(course_data.load_events, "events"))
    monkeypatch.setattr(course_data, "load_quiz", counting(course_data.load_quiz, "quiz"))
    build(make_app, course)
    assert sorted(loads) == ["events", "quiz"]
    loads.clear()
    edit(course / "data" / "events.csv", "Kosygin visits Pakistan", "Kosygin visits Pakistan again")
    build(make_app, course)
    assert sorted(loads) == ["events", "quiz"]


def test_a_build_with_nothing_changed_writes_no_page(make_app: MakeApp, tmp_path: Path) -> None:
    """A directive that records a folder (not a file) as a dependency would re-read its page every time."""
    source = tmp_path / "content"
    shutil.copytree(TESTS / "roots" / "test-pakru-content", source)
    first = build(make_app, source)
    again = build(make_app, source)
    # Sphinx writes the index and search pages in every build; no page from a source is written.
    assert again.written == {"genindex", "search"}
    assert again.pages == first.pages
    # A document added to the folder is still picked up.
    documents = source / "data" / "documents"
    added = documents / "tashkent-fixture-copy-1966.toml"
    shutil.copy(documents / "tashkent-fixture-1966.toml", added)
    edit(added, 'id = "tashkent-fixture-1966"', 'id = "tashkent-fixture-copy-1966"')
    edit(added, 'title = "Tashkent Declaration (fixture)"', 'title = "Tashkent Declaration (a copy)"')
    rebuilt = build(make_app, source)
    assert "Tashkent Declaration (a copy)" in rebuilt.pages["documents"]
    assert_same_as_clean(make_app, source, rebuilt)


def test_a_rebuild_formats_only_the_references_that_changed(
    make_app: MakeApp, course: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    formatted: list[str] = []
    original = BaseStyle.format_entry

    def counting(self: BaseStyle, label: str, entry: Any, bib_data: Any = None) -> Any:
        formatted.append(entry.key)
        return original(self, label, entry, bib_data)

    monkeypatch.setattr(BaseStyle, "format_entry", counting)
    second = "@book{kux,\n  author = {Kux, Dennis},\n  title = {Disenchanted Allies},\n"
    second += "  publisher = {Woodrow Wilson Center Press},\n  year = {2001},\n}\n"
    with (course / "refs.bib").open("a", encoding="utf-8") as bib:
        bib.write("\n" + second)
    edit(course / "lesson.md", "{cite:p}`tashkent`", "{cite:p}`tashkent,kux`")
    build(make_app, course)
    entries = re.findall(r"^@\w+\{([^,]+),", (course / "refs.bib").read_text(encoding="utf-8"), re.M)
    # Once each: not again for the citations' tooltips, which use the same style.
    assert sorted(formatted) == sorted(entries)
    formatted.clear()
    lesson = course / "lesson.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    build(make_app, course)
    assert formatted == []
    edit(course / "refs.bib", "year   = {1966}", "year   = {1967}")
    rebuilt = build(make_app, course)
    assert formatted == ["tashkent"]
    assert "Ministry of External Affairs of India, 1967" in rebuilt.pages["lesson"]
    assert_same_as_clean(make_app, course, rebuilt)


def test_a_rebuild_keeps_the_styles_a_new_admonition_needs(make_app: MakeApp, course: Path) -> None:
    """The trimmed stylesheet of a rebuild (which parses only the pages it wrote) equals a clean build's."""
    with (course / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhtml_theme = "sphinx_book_theme"\n')
    bundle = course / "_build" / "incremental" / "html" / "_static" / "pakru-theme.css"
    build(make_app, course)
    before = bundle.read_text(encoding="utf-8")
    assert not re.search(r"\.seealso\b", before)
    lesson = course / "lesson.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\n```{seealso}\nThe timeline.\n```\n", "utf-8")
    build(make_app, course)
    after = bundle.read_text(encoding="utf-8")
    assert re.search(r"\.seealso\b", after)
    clean_build(make_app, course)
    assert after == (course / "_build" / "clean" / "html" / "_static" / "pakru-theme.css").read_text("utf-8")


def test_an_edited_template_is_compiled_again(make_app: MakeApp, course: Path) -> None:
    """Compiled templates are kept between builds, and never outlive an edit to their source."""
    with (course / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\ntemplates_path = ["_templates"]\n')
    layout = course / "_templates" / "layout.html"
    layout.parent.mkdir()
    layout.write_text('{% extends "!layout.html" %}{% block footer %}First footer{% endblock %}', "utf-8")
    assert "First footer" in build(make_app, course).pages["about"]
    assert any((course / "_build" / "incremental" / "doctrees" / "pakru-templates").rglob("*.cache"))
    layout.write_text('{% extends "!layout.html" %}{% block footer %}Second footer{% endblock %}', "utf-8")
    # Newer than the time stamp build() gives the pages, so that Sphinx sees that they are out of date.
    later = time.time_ns() + 20 * 86_400 * 10**9
    os.utime(layout, ns=(later, later))
    rebuilt = build(make_app, course)
    assert "Second footer" in rebuilt.pages["about"]
    assert_same_as_clean(make_app, course, rebuilt)
