"""The drawn timelines have a text equivalent that a browser exposes."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import EVENTS_FILE, LESSON_FILES
from pakru.events import load_events

from .conftest import OpenPage

EVENTS = load_events(EVENTS_FILE)
# Smart quotes turn the events file's straight quotes curly in the list.
STRAIGHTEN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
PAGES = [
    pytest.param(f"lessons/{path.stem}.html", int(path.stem.split("-")[0]), id=path.stem)
    for path in LESSON_FILES
] + [pytest.param("timeline.html", None, id="timeline")]


@pytest.mark.parametrize(("path", "lesson"), PAGES)
def test_timeline_has_a_text_equivalent(
    open_page: OpenPage, expect: Any, path: str, lesson: int | None
) -> None:
    page = open_page(path).page
    figure = page.locator("svg.pakru-timeline-svg")
    expect(figure).to_have_count(1)
    expect(figure).to_have_attribute("role", "img")
    # The SVG is named and described by its own <title> and <desc>.
    labels = figure.evaluate(
        """(svg) => (svg.getAttribute("aria-labelledby") || "").split(/\\s+/).map((id) => {
            const found = document.getElementById(id);
            return found && svg.contains(found) ? [found.tagName, found.textContent.trim()] : [id, ""];
        })"""
    )
    assert [tag for tag, _text in labels] == ["title", "desc"], f"aria-labelledby points at {labels}"
    assert all(text for _tag, text in labels), f"an empty <title> or <desc>: {labels}"
    title = labels[0][1]
    expect(page.get_by_role("img", name=title)).to_be_visible()

    wanted = [event for event in EVENTS if lesson is None or event.lesson == lesson]
    items = page.locator(".pakru-timeline-list > li")
    expect(items).to_have_count(len(wanted))
    listed = " ".join(items.all_inner_texts()).translate(STRAIGHTEN)
    missing = [event.title for event in wanted if event.title.translate(STRAIGHTEN) not in listed]
    assert not missing, f"{path}: the list lacks {missing}"
