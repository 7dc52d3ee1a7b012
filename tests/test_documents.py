"""The documents reader: files validate with one-line errors, and the book renders them."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from pakru.cli import main
from pakru.documents import (
    DocumentError,
    excerpt_word_count,
    load_document,
    load_documents,
    validate_documents,
)
from pakru.sphinxext.documents import third_party_licences

ROOTS = Path(__file__).parent / "roots"
CONTENT_ROOT = ROOTS / "test-pakru-content"
FIXTURE_DOCUMENTS = CONTENT_ROOT / "data" / "documents"
DEMO_COURSE = Path(__file__).parent / "data" / "demo-course"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


def page_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def fixture_data(document_id: str = "kremlin-fixture-2011") -> dict[str, Any]:
    return tomllib.loads((FIXTURE_DOCUMENTS / f"{document_id}.toml").read_text(encoding="utf-8"))


def write_toml(path: Path, data: dict[str, Any]) -> Path:
    """A minimal TOML writer for the fixture's flat tables of text, numbers and lists of text."""

    def value(item: Any) -> str:
        if isinstance(item, list):
            return "[" + ", ".join(value(element) for element in item) + "]"
        if isinstance(item, int):
            return str(item)
        escaped = str(item).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'

    path.write_text("".join(f"{key} = {value(item)}\n" for key, item in data.items()), encoding="utf-8")
    return path


# --- the loader ---------------------------------------------------------------------


def test_fixture_documents_load_in_lesson_and_date_order() -> None:
    documents = load_documents(FIXTURE_DOCUMENTS)
    assert [document.id for document in documents] == [
        "convention-fixture-1907",
        "tashkent-fixture-1966",
        "kremlin-fixture-2011",
    ]
    kremlin = documents[2]
    assert kremlin.licence_name == "Kremlin.ru, CC BY 4.0"
    assert kremlin.label == "document-kremlin-fixture-2011"
    assert documents[0].licence_name == "Official text"


def test_omission_marks_do_not_count_as_words() -> None:
    assert excerpt_word_count("one two [...] three […] four") == 4


def drop(field: str) -> Any:
    return lambda data: data.pop(field)


def setter(field: str, new: Any) -> Any:
    return lambda data: data.__setitem__(field, new)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (setter("id", "other-id"), "must equal the file name"),
        (drop("title"), "title must be non-empty text"),
        (setter("context", "  "), "context must be non-empty text"),
        (setter("date", "12 May 2011"), "is not a date like 1954"),
        (setter("lesson", 9), "lesson must be one of [1, 2, 3, 4]"),
        (setter("perspective", ["martian"]), "perspective must list one or more of soviet"),
        (setter("perspective", []), "perspective must list one or more of"),
        (setter("licence", "cc-by-sa"), "licence must be one of public-domain, cc-by-4.0, official-text"),
        (setter("attribution", ""), 'needs attribution, such as "Kremlin.ru, CC BY 4.0"'),
        (setter("source_url", "kremlin.ru/page"), "source_url must be the http(s) address"),
        (setter("questions", ["One?", "Two?"]), "give 3 to 5 guided questions, not 2"),
        (setter("questions", ["Q?"] * 6), "give 3 to 5 guided questions, not 6"),
        (setter("questions", "One question?"), "questions must be a list of texts"),
        (drop("events"), "events must be a list of texts"),
        (setter("excerpt", "Too short. [...] " * 20), "the excerpt has 40 words; quote at least 150"),
        (setter("licence_url", "https://x"), "unknown field(s) licence_url"),
    ],
)
def test_bad_documents_get_one_line_naming_the_file(tmp_path: Path, change: Any, message: str) -> None:
    data = fixture_data()
    change(data)
    path = write_toml(tmp_path / "kremlin-fixture-2011.toml", data)
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    assert message in str(raised.value)
    assert str(raised.value).startswith(f"{path}: ")
    assert "\n" not in str(raised.value)


def test_invalid_toml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('id = "broken\n', encoding="utf-8")
    with pytest.raises(DocumentError, match="not valid TOML"):
        load_document(path)


def test_cross_references_are_checked_against_the_bibliography_and_events(tmp_path: Path) -> None:
    data = fixture_data("tashkent-fixture-1966")
    data["citation"] = "no-such-key"
    data["events"] = ["tashkent-declaration", "no-such-event"]
    write_toml(tmp_path / "tashkent-fixture-1966.toml", data)
    problems = validate_documents(tmp_path, {"tashkent"}, {"tashkent-declaration"})
    assert len(problems) == 2
    assert "citation 'no-such-key' is not a key in course/references.bib" in problems[0]
    assert "event 'no-such-event' is not an id in data/events.csv" in problems[1]
    assert validate_documents(tmp_path / "absent", set(), set()) == []


def test_pakru_dev_check_validates_the_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "course-copy"
    shutil.copytree(DEMO_COURSE, root)
    folder = root / "data" / "documents"
    folder.mkdir()
    shutil.copy(FIXTURE_DOCUMENTS / "tashkent-fixture-1966.toml", folder)
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "300")
    assert main(["dev", "check"]) == 0, capsys.readouterr().out
    data = fixture_data("tashkent-fixture-1966")
    data["questions"] = ["Only one?"]
    write_toml(folder / "tashkent-fixture-1966.toml", data)
    assert main(["dev", "check"]) == 1
    assert "give 3 to 5 guided questions, not 1" in " ".join(capsys.readouterr().out.split())


# --- the book -------------------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_documents_page_renders_every_document_grouped_by_lesson(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "documents.html").read_text(encoding="utf-8")
    text = page_text(html)
    # Grouped by lesson, in order, each document a labelled section.
    lesson_positions = [text.index(f"Lesson {lesson}: ") for lesson in (1, 2, 3)]
    assert lesson_positions == sorted(lesson_positions)
    for document_id in ("convention-fixture-1907", "tashkent-fixture-1966", "kremlin-fixture-2011"):
        assert f'id="document-{document_id}"' in html
    assert text.index("Anglo-Russian Convention (fixture)") < text.index("Tashkent Declaration (fixture)")
    # The full entry: date, provenance (authored Markdown), context, excerpt, questions, source,
    # licence and citation.
    assert (
        "10 January 1966. A fixture document for the engine’s tests. Perspective: Indian, Pakistani, Soviet."
        in text
    )
    assert "with <em>emphasis</em> in authored prose" in html
    assert '<div class="injected">' not in html, "raw HTML in a data file is shown as text"
    assert "&gt;A block of HTML&lt;/div&gt;</p>" in html
    assert "Two sentences of context." in text
    assert re.search(
        r'<blockquote class="pakru-document-excerpt-text">\s*<div>\s*<p>The Prime Minister', html
    )
    assert "[...]" in text, "the excerpt is verbatim: no typographic dots"
    assert "What does the <em>first</em> line say?" in html
    assert 'href="https://example.org/tashkent-fixture-1966?a=1&amp;b=2"' in html
    assert "Licence: Public domain. Fixture text written for the tests" in text
    cc_link = 'href="https://creativecommons.org/licenses/by/4.0/">Kremlin.ru, CC BY 4.0</a>'
    assert cc_link in html
    assert "Cite as: [Ministry of External Affairs of India, 1966]" in text


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_document_text_is_escaped(app: SphinxTestApp) -> None:
    app.build()
    for page in ("documents.html", "lesson.html"):
        html = (app.outdir / page).read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; agreed." in html


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_licences_section_lists_third_party_licences_first(app: SphinxTestApp) -> None:
    app.build()
    text = page_text((app.outdir / "documents.html").read_text(encoding="utf-8"))
    section = text[text.index("Licences of reproduced documents") :]
    assert "Kremlin.ru, CC BY 4.0: Medvedev meets Zardari (fixture)." in section
    assert section.index("Kremlin.ru, CC BY 4.0") < section.index("Official text: Anglo-Russian")
    assert "Public domain: Tashkent Declaration (fixture)." in section
    assert third_party_licences(FIXTURE_DOCUMENTS) == ("Kremlin.ru, CC BY 4.0",)


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_lesson_boxes_and_references_link_to_the_full_document(app: SphinxTestApp) -> None:
    app.build()
    html = (app.outdir / "lesson.html").read_text(encoding="utf-8")
    text = page_text(html)
    link = 'href="documents.html#document-tashkent-fixture-1966"'
    assert html.count(link) == 3, "the {document-ref} role, the excerpt box and the source-analysis task link"
    assert "The declaration (Tashkent Declaration (fixture)) ended the war." in text
    # The default box holds the first 80 words, cut with a mark; :lines: 1 holds the first line.
    heading = "Tashkent Declaration (fixture), 10 January 1966"
    box = text[text.index(heading) + len(heading) :]
    quoted = box[: box.index("[…] Read the full document")]
    assert len(quoted.split()) == 80
    assert "Medvedev meets Zardari (fixture), 12 May 2011 President of Russia: Mr President" in text
    assert "welcome you in the Kremlin. […] Read the full document" in text
    assert "[President of Russia, 2011]" in text


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_pages_depend_on_the_files_they_render(app: SphinxTestApp) -> None:
    app.build()
    folder = Path(app.config.pakru_documents_path)
    documents_page = {Path(dep) for dep in app.env.dependencies["documents"]}
    assert {path for path in folder.glob("*.toml")} <= documents_page
    # The folder's listing (not the folder, which Sphinx would count as always changed).
    assert f"{folder}\0*.toml" in app.env.pakru_course_reads["documents"]["listings"]
    assert folder / "tashkent-fixture-1966.toml" in {Path(dep) for dep in app.env.dependencies["lesson"]}


def write_project(tmp_path: Path, page: str) -> Path:
    source = tmp_path / "src"
    shutil.copytree(CONTENT_ROOT, source)
    (source / "index.md").write_text("# Index\n\n```{toctree}\ndocuments\nbad\n```\n", encoding="utf-8")
    (source / "bad.md").write_text(page, encoding="utf-8")
    return source


def test_unknown_documents_warn_with_file_and_line(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    page = (
        "# Bad\n\nSee {document-ref}`no-such-doc`.\n\n"
        "```{document-excerpt} missing-doc\n```\n\n```{document} other-missing\n```\n"
    )
    source = write_project(tmp_path, page)
    app = make_app("html", srcdir=source)
    app.build()
    warnings = [line for line in app.warning.getvalue().splitlines() if "bad.md" in line]
    assert len(warnings) == 3, app.warning.getvalue()
    assert "bad.md:3" in warnings[0]
    assert "no-such-doc.toml: no such document file" in warnings[0]
    assert "missing-doc.toml: no such document file" in warnings[1]
    assert "other-missing.toml: no such document file" in warnings[2]
    dependencies = {Path(dep).name for dep in app.env.dependencies["bad"]}
    assert {"no-such-doc.toml", "missing-doc.toml", "other-missing.toml"} <= dependencies


def test_a_bad_file_warns_on_the_documents_page_and_the_rest_render(
    tmp_path: Path, make_app: type[SphinxTestApp]
) -> None:
    source = write_project(tmp_path, "# Fine\n")
    bad = source / "data" / "documents" / "kremlin-fixture-2011.toml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("lesson = 3", "lesson = 7"), encoding="utf-8")
    app = make_app("html", srcdir=source)
    app.build()
    warnings = [line for line in app.warning.getvalue().splitlines() if "lesson must be" in line]
    assert len(warnings) == 3, "on the documents page, and at the lesson's excerpt box and task"
    assert "documents.md:3" in warnings[0]
    assert "lesson.md:8" in warnings[1]
    assert "lesson.md:14" in warnings[2]
    assert all("kremlin-fixture-2011.toml" in warning for warning in warnings)
    html = (app.outdir / "documents.html").read_text(encoding="utf-8")
    assert 'id="document-tashkent-fixture-1966"' in html
    assert 'id="document-kremlin-fixture-2011"' not in html


@pytest.mark.sphinx("text", testroot="pakru-content")
def test_documents_read_well_as_plain_text(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    text = " ".join((app.outdir / "documents.txt").read_text(encoding="utf-8").split())
    assert "Medvedev meets Zardari (fixture)" in text
    assert "Questions for reading" in text
    assert "Source: **Fixture Publisher, https://example.org/" in text


@pytest.mark.sphinx("html", testroot="pakru-content", parallel=2)
def test_a_parallel_build_resolves_labels_and_citations(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    lesson = (app.outdir / "lesson.html").read_text(encoding="utf-8")
    assert 'href="documents.html#document-tashkent-fixture-1966"' in lesson
    assert "Disenchanted Allies" in (app.outdir / "index.html").read_text(encoding="utf-8")
