"""The generic label layout: labels near their anchors, never overlapping, never too small."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pakru.label_layout import (
    MIN_FONT_PX,
    Box,
    LabelRequest,
    place_labels,
    smallest_rendered_font,
    text_box_size,
)

BOUNDS = Box(0, 0, 340, 260)
GAP = 4.0
STEPS = 8

anchors = st.lists(
    st.tuples(st.floats(0, 340), st.floats(0, 260), st.text("abcdefghij ", min_size=1, max_size=18)),
    min_size=1,
    max_size=25,
)


def requests_for(points: list[tuple[float, float, str]]) -> list[LabelRequest]:
    return [LabelRequest(f"p{index}", (text,), x, y, 12.0) for index, (x, y, text) in enumerate(points)]


@settings(max_examples=80, deadline=None)
@given(anchors)
def test_placed_labels_never_overlap_labels_marks_or_edges(points: list[tuple[float, float, str]]) -> None:
    requests = requests_for(points)
    marks = [Box.around(request.x, request.y, 3.0) for request in requests]
    layout = place_labels(requests, BOUNDS, marks, gap=GAP, steps=STEPS)
    assert len(layout.placed) + len(layout.unplaced) == len(requests)
    boxes = [placed.box for placed in layout.placed]
    assert not any(first.overlaps(second) for first, second in itertools.combinations(boxes, 2))
    assert not any(box.overlaps(mark) for box in boxes for mark in marks)
    assert all(box.inside(BOUNDS) for box in boxes)


@settings(max_examples=80, deadline=None)
@given(anchors)
def test_placed_labels_stay_near_their_anchor(points: list[tuple[float, float, str]]) -> None:
    layout = place_labels(requests_for(points), BOUNDS, gap=GAP, steps=STEPS)
    # The farthest candidate sits diagonally: the full offset across and half of it up or down.
    reach = math.hypot(GAP * STEPS, GAP * STEPS / 2)
    for placed in layout.placed:
        request = placed.request
        assert placed.box.distance_to(request.x, request.y) <= reach + 1e-6


def test_a_lone_label_goes_right_above_its_point() -> None:
    (placed,) = place_labels([LabelRequest("a", ("Kabul",), 100, 100, 12)], BOUNDS).placed
    assert placed.anchor == "start"
    assert placed.box.left > 100
    assert placed.box.bottom < 100


def test_a_crowded_label_moves_instead_of_overlapping() -> None:
    requests = [
        LabelRequest("a", ("Peshawar",), 100, 100, 12),
        LabelRequest("b", ("Khyber Pass",), 102, 101, 12),
    ]
    first, second = place_labels(requests, BOUNDS).placed
    assert not first.box.overlaps(second.box)


def test_higher_priority_labels_are_placed_first() -> None:
    tight = Box(0, 0, 80, 20)
    requests = [
        LabelRequest("low", ("aaaaaaaa",), 10, 10, 12, priority=0, centred=True),
        LabelRequest("high", ("bbbbbbbb",), 10, 10, 12, priority=5, centred=True),
    ]
    layout = place_labels(requests, tight)
    assert [placed.request.key for placed in layout.placed] == ["high"]
    assert [request.key for request in layout.unplaced] == ["low"]


def test_reach_limits_how_far_an_area_name_moves() -> None:
    blocker = Box(0, 0, 340, 260)
    layout = place_labels([LabelRequest("a", ("Area",), 170, 130, 12, reach=1)], BOUNDS, [blocker])
    assert layout.unplaced
    assert not layout.placed


def test_alternative_anchors_are_tried_along_a_line() -> None:
    blocker = Box(80, 60, 160, 140)
    request = LabelRequest("line", ("Durand Line",), 120, 100, 12, alternatives=((250, 100),))
    (placed,) = place_labels([request], BOUNDS, [blocker]).placed
    assert placed.box.distance_to(250, 100) <= math.hypot(GAP * STEPS, GAP * STEPS / 2)


def test_text_box_is_generous_and_the_font_stays_legible_on_a_phone() -> None:
    width, height = text_box_size(["Samarkand 1868"], 12)
    assert width >= 14 * 0.55 * 12
    assert height == 15
    # A 340-unit figure drawn 343 px wide (a 375 px phone less the page's margins) keeps 12 px text.
    assert smallest_rendered_font(12, 340, 343) >= MIN_FONT_PX
    assert smallest_rendered_font(12, 340, 300) < MIN_FONT_PX
