"""The timeline SVG: every event drawn, labels beside their dots and apart; to scale where not crowded."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EVENTS_FILE
from pakru.events import Event, PartialDate, events_for_lesson, load_events
from pakru.label_layout import MIN_FONT_PX
from pakru.timeline_svg import (
    FONT_SIZE,
    LABEL_WIDTH,
    TOP_MARGIN,
    VIEW_WIDTH,
    place_labels,
    render_timeline_svg,
    stretched_axis,
    text_width,
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
    assert all(text_width(line) <= LABEL_WIDTH for event in EVENTS for line in wrap_label(event))
    assert FONT_SIZE >= MIN_FONT_PX


def make_event(index: int, date: PartialDate) -> Event:
    return Event(f"e{index}", date, None, "A title " * (index % 4 + 1), 1, "S", "k", "high")


event_lists = st.lists(
    st.builds(PartialDate, st.integers(1900, 2030), st.integers(1, 12), st.integers(1, 28)),
    min_size=1,
    max_size=40,
).map(lambda dates: [make_event(index, date) for index, date in enumerate(sorted(dates))])


@settings(max_examples=60)
@given(event_lists, st.floats(min_value=1.0, max_value=60.0))
def test_labels_never_overlap_and_sit_beside_their_dots(events: list[Event], pixels_per_year: float) -> None:
    placed = place_labels(events, pixels_per_year, events[0].date.year)
    assert [label.event for label in placed] == events
    assert all(upper.bottom <= lower.top + 1e-6 for upper, lower in itertools.pairwise(placed))
    # Each label is centred on its own dot, so it never drifts from it, however crowded.
    assert all(label.top + label.height / 2 == pytest.approx(label.dot_y) for label in placed)
    assert all(label.top >= 0 for label in placed)


def test_the_axis_is_to_scale_where_labels_do_not_crowd() -> None:
    """Events years apart keep their places on a proportional axis; a crowd pushes later dots down."""
    sparse = [make_event(index, PartialDate(1950 + 10 * index, 6, 1)) for index in range(4)]
    axis = stretched_axis(sparse, 20.0, 1950)
    for event, dot in zip(sparse, axis.dots, strict=True):
        assert dot == pytest.approx(TOP_MARGIN + (event.date.as_fractional_year() - 1950) * 20.0)
    crowded = [make_event(index, PartialDate(1950, 6, 1 + index)) for index in range(4)]
    axis = stretched_axis(crowded, 20.0, 1950)
    assert all(lower > upper for upper, lower in itertools.pairwise(axis.dots))
    # Year marks stay in order, so the reader sees where the axis stretched.
    years = [axis.y(year) for year in range(1949, 1953)]
    assert all(lower > upper for upper, lower in itertools.pairwise(years))
