"""The book builds cleanly and every page it promises is there."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import COURSE_DIR, BuiltBook

EXPECTED_PAGES = [
    "index",
    "setup",
    "lessons/01-legacy",
    "lessons/02-cold-war",
    "lessons/03-revival",
    "lessons/04-prospects",
    "timeline",
    "glossary",
    "bibliography",
    "source-critique",
    "instructor-guide",
]
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
CSS_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")


class ResourceCollector(HTMLParser):
    """Collects every URL a page loads (not the ones it merely links to)."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []
        self.meta_description: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed", "track"}:
            self.loaded.extend(value for name in ("src", "srcset") if (value := attributes.get(name)))
        if tag == "link" and attributes.get("rel", "") not in {
            "next",
            "prev",
            "index",
            "search",
            "canonical",
        }:
            self.loaded.append(attributes.get("href", ""))
        if tag == "object":
            self.loaded.append(attributes.get("data", ""))
        if tag == "meta" and attributes.get("name") == "description":
            self.meta_description = attributes.get("content", "")
        if style := attributes.get("style"):
            self.loaded.extend(CSS_URL.findall(style))


def html_pages(html_dir: Path) -> list[Path]:
    return sorted(path for path in html_dir.rglob("*.html") if "_static" not in path.parts)


def test_book_builds_without_warnings(built_book: BuiltBook) -> None:
    assert built_book.warnings == "", f"Sphinx warned:\n{built_book.warnings}"


@pytest.mark.parametrize("page", EXPECTED_PAGES)
def test_every_promised_page_is_built(built_book: BuiltBook, page: str) -> None:
    assert (built_book.html_dir / f"{page}.html").is_file()


@pytest.mark.parametrize("page", EXPECTED_PAGES)
def test_every_page_has_a_meta_description(built_book: BuiltBook, page: str) -> None:
    collector = ResourceCollector()
    collector.feed((built_book.html_dir / f"{page}.html").read_text(encoding="utf-8"))
    assert collector.meta_description, f"{page}.md needs 'description:' in its front matter"


def test_no_page_loads_anything_from_another_origin(built_book: BuiltBook) -> None:
    remote: list[str] = []
    for page in html_pages(built_book.html_dir):
        collector = ResourceCollector()
        collector.feed(page.read_text(encoding="utf-8"))
        remote.extend(f"{page.name}: {url}" for url in collector.loaded if REMOTE.match(url.strip()))
    for stylesheet in (built_book.html_dir / "_static").rglob("*.css"):
        text = stylesheet.read_text(encoding="utf-8", errors="replace")
        urls = CSS_URL.findall(text) + CSS_IMPORT.findall(text)
        remote.extend(f"{stylesheet.name}: {url}" for url in urls if REMOTE.match(url.strip()))
    assert remote == []


def test_footer_states_both_licences(built_book: BuiltBook) -> None:
    for page in html_pages(built_book.html_dir):
        text = page.read_text(encoding="utf-8")
        assert "CC BY 4.0" in text, f"{page.name} lacks the text licence in its footer"
        assert "MIT" in text, f"{page.name} lacks the code licence in its footer"


@pytest.mark.parametrize("page", ["timeline", *EXPECTED_PAGES[2:6]])
def test_timeline_figures_have_a_text_equivalent(built_book: BuiltBook, page: str) -> None:
    html = (built_book.html_dir / f"{page}.html").read_text(encoding="utf-8")
    assert 'role="img"' in html
    assert "<desc" in html
    assert "pakru-timeline-list" in html, "the events must also be listed as text"


# --- Learner and instructor views ----------------------------------------------

NOTE = re.compile(r"^```\{instructor-note\}[^\n]*\n(?::[^\n]*\n)*(?P<text>[^\n]+)", re.MULTILINE)
INSTRUCTOR_DIR = COURSE_DIR.parent / "instructor"


def instructor_note_openings() -> list[str]:
    """The first words of every instructor note in the book's sources."""
    openings = []
    for source in sorted(COURSE_DIR.rglob("*.md")):
        for match in NOTE.finditer(source.read_text(encoding="utf-8")):
            openings.append(" ".join(match.group("text").split()[:6]))
    return openings


def site_text(html_dir: Path, *, skip: str = "") -> str:
    """Every page, copied source and the search index of one view (not a view inside it)."""
    files = [
        path
        for path in html_dir.rglob("*")
        if path.is_file()
        and path.suffix in {".html", ".txt", ".js"}
        and "_static" not in path.parts
        and not (skip and skip in path.relative_to(html_dir).parts)
    ]
    assert any(path.name == "searchindex.js" for path in files)
    # Smart quotes and entities differ from the sources; compare on words.
    return " ".join(" ".join(path.read_text(encoding="utf-8") for path in files).split())


def instructor_files_lines() -> list[str]:
    """Distinctive lines of every file in instructor/ (model answers, solutions, exemplars)."""
    lines = []
    for path in sorted(INSTRUCTOR_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".toml", ".md"}:
            text = path.read_text(encoding="utf-8")
            lines += [" ".join(line.split()) for line in text.splitlines() if len(line.strip()) >= 40]
    return lines


def test_the_instructor_view_builds_without_warnings(instructor_book: BuiltBook) -> None:
    assert instructor_book.warnings == "", f"Sphinx warned:\n{instructor_book.warnings}"


def test_the_learner_view_has_no_instructor_note(built_book: BuiltBook) -> None:
    openings = instructor_note_openings()
    assert len(openings) >= 4, "the lessons have instructor notes to hide"
    text = site_text(built_book.html_dir, skip="instructor")
    assert [opening for opening in openings if opening in text] == []
    assert "pakru-instructor-note" not in text


def test_the_instructor_view_has_every_instructor_note(instructor_book: BuiltBook) -> None:
    text = site_text(instructor_book.html_dir)
    assert [opening for opening in instructor_note_openings() if opening not in text] == []


@pytest.mark.teaching_edition
@pytest.mark.parametrize("view", ["learner", "instructor"])
def test_nothing_from_instructor_folder_is_in_either_view(
    built_book: BuiltBook, instructor_book: BuiltBook, view: str
) -> None:
    book = built_book if view == "learner" else instructor_book
    text = site_text(book.html_dir, skip="instructor" if view == "learner" else "")
    lines = instructor_files_lines()
    assert lines, "instructor/ holds model answers and solutions"
    assert [line for line in lines if line in text] == []


@pytest.mark.parametrize("page", EXPECTED_PAGES)
def test_every_page_links_to_itself_in_the_other_view(
    built_book: BuiltBook, instructor_book: BuiltBook, page: str
) -> None:
    for here, there in ((built_book, instructor_book), (instructor_book, built_book)):
        source = here.html_dir / f"{page}.html"
        links = SwitchLinks()
        links.feed(source.read_text(encoding="utf-8"))
        assert len(links.hrefs) == 1, f"{source} needs one link to the other view"
        target = (source.parent / links.hrefs[0]).resolve()
        assert target == (there.html_dir / f"{page}.html").resolve()
        assert target.is_file()


class SwitchLinks(HTMLParser):
    """The links inside the view switch."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.inside = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "nav" and "pakru-view-switch" in (attributes.get("class") or "").split():
            self.inside += 1
        elif tag == "a" and self.inside:
            self.hrefs.append(attributes.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.inside:
            self.inside -= 1


# --- Downloads -------------------------------------------------------------------

DOWNLOADS = ("downloads/pakru-course.pdf", "downloads/pakru-course.epub", "downloads/pakru-flashcards.apkg")
DOWNLOAD_PAGES = ["index", *(page for page in EXPECTED_PAGES if page.startswith("lessons/"))]


class DownloadLinks(HTMLParser):
    """The links inside the downloads box."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.inside = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "nav" and "pakru-downloads" in (attributes.get("class") or "").split():
            self.inside += 1
        elif tag == "a" and self.inside:
            self.hrefs.append(attributes.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.inside:
            self.inside -= 1


@pytest.mark.parametrize("page", DOWNLOAD_PAGES)
def test_landing_page_and_lessons_link_to_the_downloads(
    built_book: BuiltBook, instructor_book: BuiltBook, page: str
) -> None:
    for book in (built_book, instructor_book):
        source = book.html_dir / f"{page}.html"
        links = DownloadLinks()
        links.feed(source.read_text(encoding="utf-8"))
        targets = [(source.parent / href).resolve() for href in links.hrefs]
        assert targets == [(built_book.html_dir / path).resolve() for path in DOWNLOADS], source


def test_the_book_session_writes_every_linked_download_into_the_published_folder() -> None:
    """The Pages workflow publishes build/html as nox -s book leaves it: the downloads must be in it."""
    noxfile = (COURSE_DIR.parent / "noxfile.py").read_text(encoding="utf-8")
    workflow = (COURSE_DIR.parent / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+path: build/html$", workflow, re.MULTILINE)
    assert "nox -s book" in workflow
    assert 'DOWNLOADS = "build/html/downloads"' in noxfile
    for path in DOWNLOADS:
        name = path.removeprefix("downloads/")
        assert f'f"{{DOWNLOADS}}/{name}"' in noxfile, f"nox -s book does not write {name}"
