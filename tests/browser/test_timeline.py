"""The drawn timelines as a browser shows them: a text equivalent; labels legible, apart, by their dots."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import EVENTS_FILE, LESSON_FILES
from pakru.events import load_events

from .conftest import DESKTOP, PHONE, OpenPage

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


# Each timeline as drawn: its scale, every text's screen box and size, every dot's screen box.
MEASURE = """() => [...document.querySelectorAll("svg.pakru-timeline-svg")].map((svg) => {
    const rect = svg.getBoundingClientRect();
    const scale = rect.width / svg.viewBox.baseVal.width;
    const screenBox = (element) => {
        const bbox = element.getBBox();
        const matrix = element.getScreenCTM();
        return {
            left: matrix.a * bbox.x + matrix.e, top: matrix.d * bbox.y + matrix.f,
            right: matrix.a * (bbox.x + bbox.width) + matrix.e,
            bottom: matrix.d * (bbox.y + bbox.height) + matrix.f,
        };
    };
    const texts = (selector, key) => [...svg.querySelectorAll(selector)].map((text) => ({
        key: text.dataset[key], font: parseFloat(getComputedStyle(text).fontSize) * scale, ...screenBox(text),
    }));
    return {
        id: svg.id, left: rect.left, right: rect.right,
        labels: texts("text[data-label]", "label"), ticks: texts("text[data-tick]", "tick"),
        dots: [...svg.querySelectorAll("circle[data-event]")].map(
            (dot) => ({key: dot.dataset.event, ...screenBox(dot)})),
    };
})"""
# A label starts this close (CSS px) to the right of its own dot, level with it.
NEAR = 24


def overlap(first: dict[str, Any], second: dict[str, Any], slack: float = 0.5) -> bool:
    return (
        first["left"] + slack < second["right"]
        and second["left"] + slack < first["right"]
        and first["top"] + slack < second["bottom"]
        and second["top"] + slack < first["bottom"]
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("path", "lesson"), PAGES)
def test_timeline_labels_are_legible_apart_and_beside_their_dots(
    open_page: OpenPage, path: str, lesson: int | None, viewport: dict[str, int]
) -> None:
    visit = open_page(path, viewport)
    (drawn,) = visit.page.evaluate(MEASURE)
    wanted = {event.id for event in EVENTS if lesson is None or event.lesson == lesson}
    labels, dots = drawn["labels"], {dot["key"]: dot for dot in drawn["dots"]}
    assert {label["key"] for label in labels} == set(dots) == wanted
    assert drawn["left"] >= 0, "the timeline starts off the screen"
    assert drawn["right"] <= viewport["width"], "the timeline is wider than the screen"
    texts = labels + drawn["ticks"]
    small = [(text["key"], round(text["font"], 2)) for text in texts if text["font"] < 12 - 0.01]
    assert small == [], f"{path}: text below 12 px"
    clashes = [
        (first["key"], second["key"])
        for index, first in enumerate(texts)
        for second in texts[index + 1 :]
        if overlap(first, second)
    ]
    assert clashes == [], f"{path}: overlapping labels"
    covered = [(label["key"], key) for label in labels for key, dot in dots.items() if overlap(label, dot)]
    assert covered == [], f"{path}: labels covering a dot"
    far = []
    for label in labels:
        dot = dots[label["key"]]
        centre = (dot["top"] + dot["bottom"]) / 2
        level = label["top"] <= centre <= label["bottom"]
        if not (level and 0 <= label["left"] - dot["right"] <= NEAR):
            far.append(label["key"])
    assert far == [], f"{path}: labels away from their dots"
    outside = [
        text["key"]
        for text in texts
        if text["left"] < drawn["left"] - 0.5 or text["right"] > drawn["right"] + 0.5
    ]
    assert outside == [], f"{path}: text cut off at the figure's edge"
    assert visit.log.problems() == []
