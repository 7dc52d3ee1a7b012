"""Moving around the book at phone and desktop widths, and screenshots of every lesson."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import LESSON_FILES

from .conftest import DESKTOP, PAGES, PHONE, OpenPage

LESSONS = [f"lessons/{path.stem}.html" for path in LESSON_FILES]
MIDDLE_LESSON = LESSONS[len(LESSONS) // 2 - 1]  # has both a previous and a next page
README_LESSON = "lessons/02-cold-war.html"
TARGET = "Glossary"  # a sidebar link, and no lesson has another link of that exact name


# A lesson, and a page with no toggles, code or tabs, whose scripts the trimming leaves out.
@pytest.mark.parametrize("start", [MIDDLE_LESSON, "timeline.html"])
def test_phone_sidebar_opens_and_navigates(open_page: OpenPage, expect: Any, start: str) -> None:
    page = open_page(start, PHONE).page
    link = page.get_by_role("link", name=TARGET, exact=True)
    expect(link.locator("visible=true")).to_have_count(0)  # the sidebar starts closed
    toggle = page.locator("button.primary-toggle").locator("visible=true")
    expect(toggle).to_have_count(1)
    toggle.click()
    opened = "the toggle did not open the sidebar (see pydata-sphinx-theme issue 2451)"
    expect(link.locator("visible=true"), opened).to_have_count(1, timeout=3000)
    link.locator("visible=true").click()
    page.wait_for_url("**/glossary.html")
    expect(page.locator("article h1")).to_contain_text("Glossary")


def test_desktop_sidebar_and_next_previous_links(open_page: OpenPage, expect: Any) -> None:
    page = open_page(MIDDLE_LESSON, DESKTOP).page
    sidebar = page.get_by_role("navigation", name="Main")
    expect(sidebar).to_be_visible()
    sidebar.get_by_role("link", name=TARGET, exact=True).click()
    page.wait_for_url("**/glossary.html")

    page.go_back()
    page.wait_for_url(f"**/{MIDDLE_LESSON}")
    # The footer links go where the page's own <link rel="next|prev"> say.
    for direction, label in (("next", "next"), ("prev", "previous")):
        target = page.locator(f"head link[rel={direction}]").get_attribute("href")
        assert target, f"{MIDDLE_LESSON} has no {direction} page"
        page.get_by_role("link", name=re.compile(rf"^{label}\b", re.IGNORECASE)).click()
        page.wait_for_url(f"**/{Path(target).name}")
        page.go_back()
        page.wait_for_url(f"**/{MIDDLE_LESSON}")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lesson", LESSONS, ids=[Path(lesson).stem for lesson in LESSONS])
def test_lesson_screenshots(
    open_page: OpenPage, artifacts: Path, lesson: str, viewport: dict[str, int]
) -> None:
    """Saved for people to look at; checked for sideways scrolling and, on a phone, side-by-side notes."""
    page = open_page(lesson, viewport).page
    page.evaluate("document.fonts.ready")
    width = viewport["width"]
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    # JPEG: a whole lesson as PNG is some 5 MB, too much for an artifact per lesson and width.
    page.screenshot(path=folder / f"{Path(lesson).stem}-{width}.jpg", full_page=True, quality=70)
    if lesson == README_LESSON and viewport == DESKTOP:
        # The README shows the top of a lesson; copy it to docs/images/ when the look changes.
        page.screenshot(path=folder / "lesson-desktop.png")
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll_width <= width, f"{lesson} is {scroll_width} px wide at {width} px: it scrolls sideways"
    if viewport == PHONE:
        squeezed = page.evaluate(
            """() => {
                const text = document.querySelector(".bd-article").getBoundingClientRect().width;
                return [...document.querySelectorAll("aside.margin, aside.sidebar")]
                    .filter((note) => note.getBoundingClientRect().width < 0.9 * text).length;
            }"""
        )
        assert squeezed == 0, f"{squeezed} margin notes in {lesson} leave the text a narrow column on a phone"


def test_no_page_scrolls_sideways_on_a_phone(open_page: OpenPage) -> None:
    too_wide = []
    for path in PAGES:
        page = open_page(path, PHONE).page
        scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
        if scroll_width > PHONE["width"]:
            too_wide.append(f"{path}: {scroll_width} px")
        page.context.close()
    assert too_wide == [], f"pages wider than {PHONE['width']} px scroll sideways: {too_wide}"
