"""What makes the book build faster changes nothing that the build writes.

Each speed-up is checked against the slow way it replaces: the search stems,
pybtex's decoded LaTeX, and the theme's stylesheets parsed by a worker process.
"""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pybtex.richtext import Protected, Text
from sphinx.search.en import SearchEnglish
from sphinx.testing.util import SphinxTestApp

from conftest import LESSON_FILES
from pakru.css_trim import Stylesheet, parse_stylesheet, text_digest, trim_rules, trim_stylesheet
from pakru.sphinxext import theme_css
from pakru.sphinxext.bibliography_cache import PYBTEX_FROM_LATEX, memoise_latex_decoding
from pakru.sphinxext.search_stemming import MemoisedSearchEnglish
from pakru.sphinxext.site_assets import BUNDLE

ROOT = Path(__file__).parent / "roots" / "test-incremental"
MakeApp = Callable[..., SphinxTestApp]


def lesson_words() -> list[str]:
    text = LESSON_FILES[0].read_text(encoding="utf-8")
    return SearchEnglish({}).split(text)


def test_memoised_stems_are_sphinxs_stems() -> None:
    words = lesson_words()
    assert len(words) > 1000
    memoised, plain = MemoisedSearchEnglish({}), SearchEnglish({})
    assert [memoised.stem(word) for word in words] == [plain.stem(word) for word in words]


def test_each_distinct_word_is_stemmed_once() -> None:
    words = lesson_words()
    language = MemoisedSearchEnglish({})
    stemmed: list[str] = []
    stem_word = language.stemmer.stemWord
    language.stemmer = type(
        "Counting", (), {"stemWord": lambda self, word: stemmed.append(word) or stem_word(word)}
    )()
    for word in words * 2:
        language.stem(word)
    assert len(stemmed) == len(set(words)) < len(words)


def test_the_course_extension_indexes_with_the_memoised_language(make_app: MakeApp, tmp_path: Path) -> None:
    source = tmp_path / "course"
    source.mkdir()
    (source / "conf.py").write_text('extensions = ["myst_parser", "pakru.sphinxext"]\n', encoding="utf-8")
    (source / "index.md").write_text(
        "# Title\n\nTreaties were signed; the treaty was signed.\n", encoding="utf-8"
    )
    app = make_app("html", srcdir=source)
    try:
        app.build()
        assert isinstance(app.builder.indexer.lang, MemoisedSearchEnglish)  # type: ignore[attr-defined]
        index = (Path(app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    finally:
        app.cleanup()
    assert '"treati"' in index
    assert '"sign"' in index


LATEX = [
    r"Ab{\"u}l",
    r"{\v{S}}evardnadze",
    r"Zulfikar Ali Bhutto",
    r"\emph{Pravda}",
    r"Ya{\u{g}}mur",
    "{USSR}",
]


def test_decoded_latex_is_what_pybtex_decodes() -> None:
    memoise_latex_decoding()
    decoded = {latex: Text.from_latex(latex) for latex in LATEX}
    assert decoded == {latex: PYBTEX_FROM_LATEX(Text, latex) for latex in LATEX}
    assert decoded[r"Ab{\"u}l"] == Text("Ab", Protected("ü"), "l")
    assert all(Text.from_latex(latex) is decoded[latex] for latex in LATEX)


def test_latex_decoding_is_memoised_once_and_only_for_text_itself() -> None:
    memoise_latex_decoding()
    memoised = Text.from_latex
    memoise_latex_decoding()
    assert Text.from_latex == memoised

    class Marked(Text):
        pass

    assert type(Marked.from_latex("plain")) is Text  # pybtex's own method, not the memo's Text
    assert Marked.from_latex("plain") is not Marked.from_latex("plain")


CSS = """/*! licence */
.used, .unused > p { color: red }
@media (min-width: 10px) { .used { margin: 0 } .gone { margin: 1px } }
@font-face { font-family: "Font Awesome 6"; src: url(fa.woff2) }
@charset "utf-8";
"""


def test_a_parsed_stylesheet_trims_as_the_text_does() -> None:
    sheet = parse_stylesheet(CSS)
    for used in (frozenset({"used"}), frozenset(), frozenset({"used", "unused", "gone"})):
        assert trim_stylesheet(sheet, used, str.upper) == trim_rules(CSS, used, str.upper)
    assert trim_stylesheet(sheet, frozenset({"used"}), lambda block: block) == (
        "/*! licence */.used{color: red}@media (min-width: 10px){.used{margin: 0}}"
    )


def test_the_worker_returns_what_parsing_here_returns(tmp_path: Path) -> None:
    path = tmp_path / "theme.css"
    path.write_text(CSS, encoding="utf-8")
    output = subprocess.run(
        [sys.executable, "-m", "pakru.css_trim", str(path)], capture_output=True, check=True
    )
    [(digest, sheet)] = pickle.loads(output.stdout)
    assert sheet == parse_stylesheet(CSS)
    assert digest == text_digest(CSS)


class FakeApp:
    """Stands for the Sphinx application, which the worker's bookkeeping only uses as a key."""


@pytest.fixture
def app() -> FakeApp:
    return FakeApp()


@pytest.fixture
def css_file(tmp_path: Path) -> Path:
    path = tmp_path / "theme.css"
    path.write_text(CSS, encoding="utf-8")
    return path


@pytest.fixture
def spare_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second core, where the worker is started, whatever the machine running the test has."""
    monkeypatch.setattr(theme_css.os, "cpu_count", lambda: 2)


@pytest.fixture
def parsed_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stylesheets that the build's own process parses, as they are parsed."""
    parsed: list[str] = []

    def parse_and_count(css: str) -> Stylesheet:
        parsed.append(css)
        return parse_stylesheet(css)

    monkeypatch.setattr(theme_css, "parse_stylesheet", parse_and_count)
    return parsed


@pytest.mark.usefixtures("spare_core")
def test_the_workers_result_is_used_for_the_same_text_only(
    app: FakeApp, css_file: Path, parsed_here: list[str]
) -> None:
    theme_css.parse_ahead(app, [css_file, css_file.with_name("missing.css")])  # type: ignore[arg-type]
    try:
        assert theme_css.parsed_stylesheet(app, CSS) == parse_stylesheet(CSS)  # type: ignore[arg-type]
        assert parsed_here == []
        edited = CSS.replace("red", "blue")
        assert theme_css.parsed_stylesheet(app, edited) == parse_stylesheet(edited)  # type: ignore[arg-type]
        assert parsed_here == [edited]
    finally:
        theme_css.stop_parsing_ahead(app)  # type: ignore[arg-type]
    assert app not in theme_css._workers
    assert app not in theme_css._parsed


@pytest.mark.usefixtures("spare_core")
def test_a_worker_that_cannot_start_or_fails_leaves_parsing_to_the_build(
    app: FakeApp, css_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme_css.sys, "executable", str(css_file.with_name("no-python")))
    theme_css.parse_ahead(app, [css_file])  # type: ignore[arg-type]
    assert app not in theme_css._workers
    assert theme_css.parsed_stylesheet(app, CSS) == parse_stylesheet(CSS)  # type: ignore[arg-type]
    theme_css.stop_parsing_ahead(app)  # type: ignore[arg-type]

    monkeypatch.setattr(theme_css.sys, "executable", sys.executable)
    css_file.write_bytes(b"\xff not utf-8")  # the worker exits with an error
    theme_css.parse_ahead(app, [css_file])  # type: ignore[arg-type]
    assert theme_css.parsed_stylesheet(app, CSS) == parse_stylesheet(CSS)  # type: ignore[arg-type]
    theme_css.stop_parsing_ahead(app)  # type: ignore[arg-type]


@pytest.mark.usefixtures("spare_core")
def test_a_failed_build_ends_its_worker(app: FakeApp, css_file: Path) -> None:
    css_file.write_text(CSS * 2000, encoding="utf-8")
    theme_css.parse_ahead(app, [css_file])  # type: ignore[arg-type]
    worker = theme_css._workers[app]  # type: ignore[index]
    theme_css.stop_parsing_ahead(app, RuntimeError("the build failed"))  # type: ignore[arg-type]
    assert worker.returncode is not None
    assert app not in theme_css._workers


def build_small_site(make_app: MakeApp, source: Path) -> str:
    """A clean build of a one-page site with the book theme; its stylesheet bundle."""
    app = make_app("html", srcdir=source, freshenv=True)
    try:
        app.build()
        return (Path(app.outdir) / BUNDLE).read_text(encoding="utf-8")
    finally:
        app.cleanup()


@pytest.mark.usefixtures("spare_core")
def test_a_clean_build_leaves_the_large_stylesheets_to_the_worker(
    make_app: MakeApp, tmp_path: Path, parsed_here: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "site"
    source.mkdir()
    conf = 'extensions = ["myst_parser", "sphinx_design", "pakru.sphinxext"]\n'
    conf += 'html_theme = "sphinx_book_theme"\n'
    (source / "conf.py").write_text(conf, encoding="utf-8")
    (source / "index.md").write_text("# A page\n\n:::{note}\nA note.\n:::\n", encoding="utf-8")
    with_worker = build_small_site(make_app, source)
    assert parsed_here, "the generated stylesheets (basic.css, pygments.css) are parsed in the build"
    assert all(len(css) < 20_000 for css in parsed_here), "the theme's and sphinx-design's go to the worker"

    shutil.rmtree(source / "_build")
    monkeypatch.setattr(theme_css.os, "cpu_count", lambda: 1)
    assert build_small_site(make_app, source) == with_worker
