"""The book offline: an EPUB that epubcheck accepts, and a PDF printed by Chromium without TeX.

Both are built as ``nox -s book`` builds them, into a temporary folder.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from conftest import LESSON_FILES, REPO_ROOT, run_sphinx
from pakru.pdf import PdfError, find_chromium, print_to_pdf
from system_tools import epubcheck_command, missing, require_tool

# Smart quotes make the printed text curly where the sources are straight.
STRAIGHTEN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
EPUBCHECK_PROBLEM = re.compile(r"^(?:FATAL|ERROR)\(")


@dataclass(frozen=True)
class Build:
    output: Path
    warnings: str


def sphinx_build(builder: str, folder: Path) -> Build:
    """Build the course with ``builder``, keeping doctrees out of the output (an EPUB would pack them)."""
    output = folder / builder
    return Build(output, run_sphinx(builder, output, doctrees=folder / "doctrees"))


def lesson_titles() -> list[str]:
    titles = []
    for path in LESSON_FILES:
        heading = re.search(r"^# (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert heading, f"{path.name} has no title"
        titles.append(heading.group(1).strip())
    return titles


@pytest.fixture(scope="module")
def epub(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return sphinx_build("epub", tmp_path_factory.mktemp("epub"))


@pytest.fixture(scope="module")
def single_page(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return sphinx_build("singlehtml", tmp_path_factory.mktemp("singlehtml"))


@pytest.fixture(scope="module")
def pdf(single_page: Build) -> Path:
    chromium = find_chromium()
    if chromium is None:
        missing("Chromium is not installed (Debian package chromium)")
    try:
        return print_to_pdf(single_page.output / "index.html", single_page.output.parent / "course.pdf")
    except PdfError as error:
        pytest.fail(str(error), pytrace=False)


def test_epub_builds_without_warnings(epub: Build) -> None:
    assert not epub.warnings, epub.warnings


def test_epub_passes_epubcheck(epub: Build) -> None:
    command = epubcheck_command()
    books = sorted(epub.output.glob("*.epub"))
    assert len(books) == 1, f"expected one EPUB in {epub.output}, found {books}"
    completed = subprocess.run([*command, str(books[0])], capture_output=True, text=True, check=False)
    output = completed.stdout + completed.stderr
    problems = [line for line in output.splitlines() if EPUBCHECK_PROBLEM.match(line)]
    assert not problems, "\n".join(problems)
    assert completed.returncode == 0, output


def test_single_page_html_builds_without_warnings(single_page: Build) -> None:
    assert not single_page.warnings, single_page.warnings


def test_pdf_has_the_whole_course(pdf: Path) -> None:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    completed = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True)
    text = " ".join(completed.stdout.split()).translate(STRAIGHTEN)
    wanted = [*lesson_titles(), "Glossary", "Bibliography", "Tashkent Declaration"]
    absent = [phrase for phrase in wanted if phrase.translate(STRAIGHTEN) not in text]
    assert not absent, f"the PDF's text lacks {absent}"


def test_pdf_is_a_book_not_a_screen(pdf: Path) -> None:
    """A whole course runs to dozens of pages; a printed screenful would be a few."""
    pdfinfo = require_tool("pdfinfo", "poppler-utils")
    completed = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", completed.stdout, re.MULTILINE)
    assert found, completed.stdout
    assert int(found.group(1)) >= 40, f"the PDF has only {found.group(1)} pages"


MAP_COUNT = len(tomllib.loads((REPO_ROOT / "data" / "geo" / "maps.toml").read_text(encoding="utf-8"))["map"])


def test_the_maps_print_in_the_pdf(single_page: Build, pdf: Path) -> None:
    """Each map's key ("Key") prints once more than the prose around the maps says the word."""
    page = HTMLParser((single_page.output / "index.html").read_text(encoding="utf-8"))
    assert len(page.css("svg.pakru-map-svg")) == MAP_COUNT
    for svg in page.css("svg"):
        svg.decompose()
    pdftotext = require_tool("pdftotext", "poppler-utils")
    completed = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True)
    in_prose = len(re.findall(r"\bKey\b", page.body.text() if page.body else ""))
    assert len(re.findall(r"\bKey\b", completed.stdout)) == in_prose + MAP_COUNT


def test_the_maps_are_images_in_the_epub(epub: Build) -> None:
    (book,) = epub.output.glob("*.epub")
    with zipfile.ZipFile(book) as archive:
        names = set(archive.namelist())
        maps_page = HTMLParser(archive.read("maps.xhtml").decode("utf-8"))
        manifest = archive.read("content.opf").decode("utf-8")
    images = maps_page.css("img.pakru-map-image")
    assert len(images) == MAP_COUNT
    assert all(image.attributes.get("alt") for image in images)
    for image in images:
        source = image.attributes.get("src") or ""
        assert source in names
        assert f'href="{source}"' in manifest
        assert "image/svg+xml" in manifest
    assert not maps_page.css("svg"), "inline SVG needs a manifest flag that Sphinx cannot write"
