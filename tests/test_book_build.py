"""The book builds cleanly and every page it promises is there."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import BuiltBook

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
