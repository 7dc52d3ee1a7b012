"""The Sphinx extension, built on a small test root with ``sphinx.testing``."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from demo_quiz import demo_quiz
from pakru.sphinxext.quiz import PAGE_HASH_CHARS, question_data
from pakru.sphinxext.views import switch_url

ROOTS = Path(__file__).parent / "roots"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


# The test root's conf.py reads the demo course from here; sphinx.testing copies the root
# elsewhere, so a relative path would not survive.
os.environ["PAKRU_DEMO_COURSE"] = str(Path(__file__).parent / "data" / "demo-course")


@pytest.mark.sphinx("html", testroot="pakru")
def test_html_has_timeline_objectives_and_admonitions(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'id="event-tashkent-declaration"' in html
    assert 'id="event-kosygin-visit"' in html
    assert "event-relations-established" not in html, "only lesson 2's events belong here"
    assert "10 January 1966" in html
    assert "medium confidence" in html
    assert 'id="test-first"' in html
    assert 'href="#test-first"' in html
    assert "Teaching: 30 min · Exercises: 15 min" in html
    assert "pakru-primary-source" in html
    assert "Ministry of External Affairs of India" in html, "citations inside the timeline resolve"


LEARNER_SECRETS = (b"Allow ten minutes", b"pakru-instructor-note", b"instructor-note")


@pytest.mark.sphinx("html", testroot="pakru")
def test_the_learner_view_has_no_trace_of_instructor_notes(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    leaks = [
        path.relative_to(app.outdir).as_posix()
        for path in app.outdir.rglob("*")
        if path.is_file()
        and "_static" not in path.parts  # the stylesheet styles notes for the instructor view
        and any(secret in path.read_bytes() for secret in LEARNER_SECRETS)
    ]
    assert leaks == [], "the HTML, _sources/ and search index must not hold the note"
    # The index holds stems: "minutes" is "minut", which only the note uses.
    assert '"minut"' not in (app.outdir / "searchindex.js").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="pakru", confoverrides={"pakru_view": "instructor"})
def test_the_instructor_view_shows_instructor_notes(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "pakru-instructor-note" in html
    assert "Allow ten minutes." in html
    assert '"minut"' in (app.outdir / "searchindex.js").read_text(encoding="utf-8")


@pytest.mark.sphinx("text", testroot="pakru", confoverrides={"pakru_view": "instructor"})
def test_text_builds_of_the_instructor_view_have_the_notes(app: SphinxTestApp) -> None:
    app.build()
    assert "Instructor note" in (app.outdir / "index.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("pagename", "instructor_view", "url"),
    [
        ("index", False, "instructor/index.html"),
        ("lessons/01-legacy", False, "../instructor/lessons/01-legacy.html"),
        ("index", True, "../index.html"),
        ("lessons/01-legacy", True, "../../lessons/01-legacy.html"),
    ],
)
def test_the_view_switch_links_to_the_same_page(pagename: str, instructor_view: bool, url: str) -> None:
    assert switch_url(pagename, f"{pagename}.html", instructor_view, "instructor") == url


@pytest.mark.sphinx("text", testroot="pakru")
def test_text_builder_lists_events_without_the_figure(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    text = (app.outdir / "index.txt").read_text(encoding="utf-8")
    assert "Tashkent Declaration signed" in text
    assert "<svg" not in text


@pytest.mark.sphinx("latex", testroot="pakru")
def test_latex_builder_lists_events(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    (tex_file,) = app.outdir.glob("*.tex")
    tex = tex_file.read_text(encoding="utf-8")
    assert "Kosygin visits Pakistan" in tex
    assert "svg" not in tex.lower()


@pytest.mark.sphinx("epub", testroot="pakru")
def test_epub_builder_lists_events_without_inline_svg(app: SphinxTestApp) -> None:
    app.build()
    xhtml = (app.outdir / "index.xhtml").read_text(encoding="utf-8")
    assert "<svg" not in xhtml, "inline SVG needs a manifest property Sphinx cannot write"
    assert "Tashkent Declaration signed" in xhtml


@pytest.mark.sphinx("html", testroot="pakru", confoverrides={"pakru_events_path": "missing.csv"})
def test_missing_events_file_is_one_clear_line_per_directive(app: SphinxTestApp) -> None:
    app.build()
    warnings = app.warning.getvalue().strip().splitlines()
    assert len(warnings) == 2, "one line each from the timeline and the quiz"
    for warning in warnings:
        assert "index.md" in warning
        assert "no events file here" in warning


def test_bad_objective_line_names_the_fix(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    source = tmp_path / "bad"
    source.mkdir()
    (source / "conf.py").write_text('extensions = ["myst_parser", "pakru.sphinxext"]\n')
    (source / "index.md").write_text("# Bad\n\n```{objectives}\nNo label here\n```\n")
    app = make_app("html", srcdir=source)
    app.build()
    warning = app.warning.getvalue()
    assert "index.md" in warning
    assert "must look like 'lesson-topic: Explain ...'" in warning


@pytest.mark.sphinx("html", testroot="pakru")
def test_quiz_html_has_controls_but_no_plaintext_key(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert html.count('class="pakru-question"') == 6
    assert 'type="radio"' in html
    assert 'type="checkbox"' in html
    assert "<select" in html
    assert '<label for="demo-q03-input">' in html, "every control has a label"
    assert 'role="status"' in html
    assert 'aria-live="polite"' in html
    assert "pakru-quiz.js" in html
    assert (app.outdir / "_static" / "pakru-quiz.js").is_file()
    # The explanations and the text answers are sealed; they never appear in the page.
    for secret in ("Tashkent hosted", "Union of Soviet Socialist Republics", "Soviet Union", "1948, then"):
        assert secret not in html
    # Partial credit travels as hashes of partly right selections (every subset could be hashed anyway).
    assert "correct_count" in html
    # The commands to grade locally are set as code, for copying.
    assert '<span class="pre">pakru quiz start demo</span></code>' in html
    search_index = (app.outdir / "searchindex.js").read_text(encoding="utf-8")
    assert "hosted" not in search_index


@pytest.mark.sphinx("text", testroot="pakru")
def test_quiz_reads_well_without_javascript(app: SphinxTestApp) -> None:
    app.build()
    text = (app.outdir / "index.txt").read_text(encoding="utf-8")
    assert "Where was the 1966 declaration signed?" in text
    assert "pakru quiz start demo" in text
    assert "pytest quizzes" in text


@pytest.mark.sphinx("epub", testroot="pakru")
def test_epub_quiz_is_plain_questions(app: SphinxTestApp) -> None:
    app.build()
    xhtml = (app.outdir / "index.xhtml").read_text(encoding="utf-8")
    assert "Match each agreement with its year." in xhtml
    assert "<form" not in xhtml
    assert "pakru-quiz.js" not in xhtml


@pytest.mark.sphinx("html", testroot="pakru")
def test_exercises_show_tasks_hints_and_commands(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "Exercise 01-count-events: Count the events" in html
    assert "Task 2: Titles by lesson" in html
    assert "dropdown" in html
    assert "Compare the lesson column as text." in html
    assert "pakru check 01-count-events" in re.sub(r"<[^>]+>", "", html)


@pytest.mark.sphinx("html", testroot="pakru", confoverrides={"html_theme": "sphinx_book_theme"})
def test_the_trimmed_bundle_is_reused_while_its_inputs_stay_the_same(app: SphinxTestApp) -> None:
    app.build()
    bundle = app.outdir / "_static" / "pakru-theme.css"
    stamp = app.doctreedir / "pakru-theme-css.sha256"
    assert bundle.is_file()
    assert stamp.is_file()
    os.utime(bundle, (0, 0))
    app.build()
    assert bundle.stat().st_mtime == 0, "an unchanged site rewrote its stylesheet bundle"
    stamp.write_text("inputs of another build", encoding="utf-8")
    app.build()
    assert bundle.stat().st_mtime > 0, "changed inputs did not rebuild the bundle"


def test_the_page_carries_short_prefixes_of_the_sealed_hashes() -> None:
    quiz = demo_quiz()
    multiple = next(question for question in quiz.questions if question.kind == "multiple")
    assert multiple.seal is not None
    sealed = multiple.seal.to_data()
    page = question_data(quiz, multiple)
    assert page["hash_chars"] == PAGE_HASH_CHARS
    assert [key for key, _ in page["keys"]] == [key[:PAGE_HASH_CHARS] for key, _ in sealed["keys"]]
    # The wrapped content keys stay whole: the page needs them to unlock the explanation.
    assert [wrap for _, wrap in page["keys"]] == [wrap for _, wrap in sealed["keys"]]
    assert page["partial"] == {key[:PAGE_HASH_CHARS]: picks for key, picks in sealed["partial"].items()}
    assert len(page["partial"]) == len(sealed["partial"]), "no two partial selections share a prefix"
