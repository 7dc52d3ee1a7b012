"""The maps as a browser draws them: legible at phone width, labels apart, a tap opens them full size."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import DESKTOP, PHONE, OpenPage

# For each map: the rendered size of its text in CSS pixels, and the screen boxes of its labels and marks.
MEASURE = """() => [...document.querySelectorAll("svg.pakru-map-svg")].map((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const box = (element) => {
        const r = element.getBoundingClientRect();
        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
    };
    const labels = [...svg.querySelectorAll("text[data-label]")].map((text) => {
        const bbox = text.getBBox();
        const matrix = text.getScreenCTM();
        return {
            key: text.dataset.label,
            font: parseFloat(getComputedStyle(text).fontSize) * scale,
            left: matrix.a * bbox.x + matrix.e, top: matrix.d * bbox.y + matrix.f,
            right: matrix.a * (bbox.x + bbox.width) + matrix.e,
            bottom: matrix.d * (bbox.y + bbox.height) + matrix.f,
        };
    });
    const legend = [...svg.querySelectorAll(".legend text")].map((text) =>
        parseFloat(getComputedStyle(text).fontSize) * scale);
    return {
        id: svg.id, width: svg.getBoundingClientRect().width, labels, legend,
        marks: [...svg.querySelectorAll(".mark[data-place]")].map(
            (mark) => ({key: mark.dataset.place, ...box(mark)})),
    };
})"""


def overlap(first: dict[str, Any], second: dict[str, Any], slack: float = 0.5) -> bool:
    return (
        first["left"] + slack < second["right"]
        and second["left"] + slack < first["right"]
        and first["top"] + slack < second["bottom"]
        and second["top"] + slack < first["bottom"]
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_map_labels_are_legible_and_never_overlap(open_page: OpenPage, viewport: dict[str, int]) -> None:
    visit = open_page("maps.html", viewport)
    maps = visit.page.evaluate(MEASURE)
    assert len(maps) >= 6
    for drawn in maps:
        assert drawn["width"] <= viewport["width"], f"{drawn['id']} is wider than the screen"
        fonts = [label["font"] for label in drawn["labels"]] + drawn["legend"]
        assert min(fonts) >= 12 - 0.01, f"{drawn['id']}: text drawn at {min(fonts):.2f} px"
        labels = drawn["labels"]
        clashes = [
            (first["key"], second["key"])
            for index, first in enumerate(labels)
            for second in labels[index + 1 :]
            if overlap(first, second)
        ]
        assert clashes == [], f"{drawn['id']}: overlapping labels"
        covered = [
            (label["key"], mark["key"]) for label in labels for mark in drawn["marks"] if overlap(label, mark)
        ]
        assert covered == [], f"{drawn['id']}: labels covering a point"
    assert visit.log.problems() == []


def test_a_tap_opens_the_map_full_size(open_page: OpenPage, expect: Any) -> None:
    visit = open_page("maps.html", PHONE)
    link = visit.page.locator("a.pakru-map-open").first
    expect(link).to_have_attribute(
        "aria-label", "Open the map full size: Russian expansion in Central Asia, 1865–1895"
    )
    link.click()
    visit.page.wait_for_url("**/_maps/expansion-*.svg")
    expect(visit.page.locator("svg title")).to_have_text("Russian expansion in Central Asia, 1865–1895")
    assert visit.log.problems() == []


def test_each_map_has_a_text_list(open_page: OpenPage, expect: Any) -> None:
    page = open_page("maps.html", PHONE).page
    expect(page.locator(".pakru-map-list")).to_have_count(6)
    expect(
        page.get_by_role("img", name="The Anglo-Russian Convention of 1907: Persia's three zones")
    ).to_be_visible()
    assert "the course takes no position" in page.locator(".pakru-map").nth(2).inner_text()
