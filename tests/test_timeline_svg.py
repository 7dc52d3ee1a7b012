"""The timeline SVG: every event drawn, a proportional axis, no overlapping labels."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EVENTS_FILE
from pakru.events import Event, PartialDate, events_for_lesson, load_events
from pakru.timeline_svg import (
    LABEL_CHARACTERS,
    TOP_MARGIN,
    VIEW_WIDTH,
    place_labels,
    render_timeline_svg,
    wrap_label,
)

SVG = "{http://www.w3.org/2000/svg}"
EVENTS = load_events(EVENTS_FILE)


@pytest.mark.parametrize("lesson", [None, 1, 2, 3, 4])
def test_every_event_id_is_in_the_svg(lesson: int | None) -> None:
    selected = events_for_lesson(EVENTS, lesson)
    root = ElementTree.fromstring(render_timeline_svg(selected, "Test"))
    drawn = {group.get("id") for group in root.iter(f"{SVG}g") if group.get("id")}
    assert drawn == {f"event-{event.id}" for event in selected}


def test_svg_is_labelled_for_screen_readers() -> None:
    root = ElementTree.fromstring(render_timeline_svg(EVENTS, "All events"))
    assert root.get("role") == "img"
    title, description = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None
    assert title.text == "All events"
    assert description is not None
    assert "listed as text" in (description.text or "")
    assert set(root.get("aria-labelledby", "").split()) == {title.get("id"), description.get("id")}


def test_svg_fits_a_phone() -> None:
    root = ElementTree.fromstring(render_timeline_svg(EVENTS, "All events"))
    # Compared as numbers: as strings, "1000" <= "375".
    assert float(root.get("viewBox", "").split()[2]) == float(root.get("width", "")) == VIEW_WIDTH <= 375
    assert all(len(line) <= LABEL_CHARACTERS for event in EVENTS for line in wrap_label(event)[1:])


def make_event(index: int, date: PartialDate) -> Event:
    return Event(f"e{index}", date, None, "A title " * (index % 4 + 1), 1, "S", "k", "high")


event_lists = st.lists(
    st.builds(PartialDate, st.integers(1900, 2030), st.integers(1, 12), st.integers(1, 28)),
    min_size=1,
    max_size=40,
).map(lambda dates: [make_event(index, date) for index, date in enumerate(sorted(dates))])


@settings(max_examples=60)
@given(event_lists, st.floats(min_value=1.0, max_value=60.0))
def test_labels_never_overlap_and_keep_date_order(events: list[Event], pixels_per_year: float) -> None:
    placed = place_labels(events, pixels_per_year, events[0].date.year)
    assert [label.event for label in placed] == events
    assert all(upper.bottom <= lower.top + 1e-6 for upper, lower in itertools.pairwise(placed))


def test_axis_is_proportional_to_time() -> None:
    placed = place_labels(EVENTS, 10.0, 1900)
    for label in placed:
        assert label.dot_y == pytest.approx(
            TOP_MARGIN + (label.event.date.as_fractional_year() - 1900) * 10.0
        )
