"""Draw the course timeline as an accessible SVG.

Layout, for a figure that must stay legible on a phone:

* a vertical time axis on the left, with one dot per event;
* each event's label beside its own dot, centred on it and joined to it by a short
  leader, so a label is never far from its dot. Where events crowd (several in one
  year), the axis stretches just enough to give each label its own room: the year
  marks stay at their true places, so the scale is honest where it changes;
* labels are placed and checked by :mod:`pakru.label_layout`, as the maps' are: no
  label overlaps another label, a dot or a year mark, and text is 12 units high;
* a fixed ``viewBox`` width of :data:`VIEW_WIDTH` units, drawn at most that many
  CSS pixels wide, so text is never scaled below 12 px on a 375 px phone.

The figure carries a ``<title>`` and ``<desc>``; the full text equivalent is the
event list that the Sphinx directive writes next to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from pakru.events import Event
from pakru.label_layout import LINE_HEIGHT_EM, MIN_FONT_PX, Box, LabelRequest, text_box_size
from pakru.label_layout import place_labels as place_boxes
from pakru.templating import render

# The maps' width too: the narrowest column the book gives a figure on a 375 px phone.
VIEW_WIDTH = 320
FONT_SIZE = MIN_FONT_PX
LINE_HEIGHT = FONT_SIZE * LINE_HEIGHT_EM
# Room between two labels' boxes, and between a dot and its label.
LABEL_GAP = 6.0
DOT_RADIUS = 4.0
AXIS_X = 46.0
LABEL_X = AXIS_X + DOT_RADIUS + 12
RIGHT_MARGIN = 2.0
TOP_MARGIN = 24.0
BOTTOM_MARGIN = 24.0
LABEL_WIDTH = VIEW_WIDTH - LABEL_X - RIGHT_MARGIN
# Years of the axis drawn per unit of label height, before crowded stretches stretch it:
# half the labels' height, so that quiet decades stay short.
AXIS_SHARE = 0.5
# Inline so the figure looks the same in HTML, EPUB and as a stand-alone file.
# currentColor follows the page's text colour, so dark mode works too.
SVG_STYLE = (
    f"text{{font:{FONT_SIZE:g}px sans-serif;fill:currentColor}}"
    ".date{font-weight:bold}"
    ".tick text{opacity:.8}"
    ".axis,.tick line{stroke:currentColor;stroke-width:1.5}"
    ".leader{fill:none;stroke:currentColor;stroke-width:.6;opacity:.6}"
    ".span{stroke-width:6;stroke-linecap:round;opacity:.45}"
    "circle{stroke:currentColor;stroke-width:1}"
    ".lesson-1 circle,.lesson-1 .span{fill:#1b6f8a;stroke:#1b6f8a}"
    ".lesson-2 circle,.lesson-2 .span{fill:#a4452c;stroke:#a4452c}"
    ".lesson-3 circle,.lesson-3 .span{fill:#4f7a28;stroke:#4f7a28}"
    ".lesson-4 circle,.lesson-4 .span{fill:#6b4c9a;stroke:#6b4c9a}"
    ".medium circle{fill:#fff}"
)


@dataclass(frozen=True)
class PlacedLabel:
    """Where one event's dot and label are drawn."""

    event: Event
    dot_y: float
    top: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        return len(self.lines) * LINE_HEIGHT

    @property
    def bottom(self) -> float:
        return self.top + self.height


def text_width(line: str) -> float:
    """The width the layout reserves for ``line`` (label_layout's generous estimate)."""
    return text_box_size([line], FONT_SIZE)[0]


def wrap_text(text: str, width: float) -> tuple[str, ...]:
    """``text`` in lines no wider than ``width``; a single word too long for it is split."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while text_width(word) > width:
            cut = max(index for index in range(1, len(word) + 1) if text_width(word[:index] + "-") <= width)
            lines.append(word[:cut] + "-")
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return tuple(lines)


def wrap_label(event: Event) -> tuple[str, ...]:
    """The label's lines: the date, then the title wrapped to the label column."""
    return (*wrap_text(event.display_dates(), LABEL_WIDTH), *wrap_text(event.title, LABEL_WIDTH))


@dataclass(frozen=True)
class TimeAxis:
    """Where a time falls on the axis: to scale, plus the stretch that crowded events added."""

    first_year: float
    pixels_per_year: float
    times: tuple[float, ...]  # each event's time, in date order
    stretch: tuple[float, ...]  # the stretch added at each event (never decreasing)

    def linear(self, time: float) -> float:
        return TOP_MARGIN + (time - self.first_year) * self.pixels_per_year

    @property
    def dots(self) -> list[float]:
        """Each event's position (events at one time get one each, stacked)."""
        return [self.linear(time) + added for time, added in zip(self.times, self.stretch, strict=True)]

    def y(self, time: float) -> float:
        """The axis position of ``time``; the stretch grows evenly between two events."""
        if not self.times:
            return self.linear(time)
        after = bisect.bisect_right(self.times, time)
        if after == 0:
            added = self.stretch[0]
        elif after == len(self.times):
            added = self.stretch[-1]
        else:
            before_time, after_time = self.times[after - 1], self.times[after]
            share = (time - before_time) / (after_time - before_time)
            added = self.stretch[after - 1] + share * (self.stretch[after] - self.stretch[after - 1])
        return self.linear(time) + added


def label_height(lines: Sequence[str]) -> float:
    return text_box_size(lines, FONT_SIZE)[1]


def stretched_axis(events: Sequence[Event], pixels_per_year: float, first_year: float) -> TimeAxis:
    """Each event's dot at its time, pushed down only as far as the label above needs."""
    heights = [label_height(wrap_label(event)) for event in events]
    times: list[float] = []
    stretch: list[float] = []
    previous_y = previous_height = 0.0
    added = 0.0
    for index, (event, height) in enumerate(zip(events, heights, strict=True)):
        time = event.date.as_fractional_year()
        linear = TOP_MARGIN + (time - first_year) * pixels_per_year
        y = linear + added
        # The first label must fit below the top; every other one below the label above it.
        lowest = previous_y + (previous_height + height) / 2 + LABEL_GAP if index else height / 2 + 4
        y = max(y, lowest)
        added = y - linear
        times.append(time)
        stretch.append(added)
        previous_y, previous_height = y, height
    return TimeAxis(first_year, pixels_per_year, tuple(times), tuple(stretch))


def place_labels(events: Sequence[Event], pixels_per_year: float, first_year: float) -> list[PlacedLabel]:
    """Each event's label beside its own dot, checked by the shared label layout.

    Raises ValueError if the layout could not place a label where the axis left room for
    it (a bug in this module, never a silent drop).
    """
    axis = stretched_axis(events, pixels_per_year, first_year)
    wrapped = [wrap_label(event) for event in events]
    dots = axis.dots
    requests = [
        LabelRequest(
            key=str(index),
            lines=lines,
            x=LABEL_X + text_box_size(lines, FONT_SIZE)[0] / 2,
            y=dot,
            font_size=FONT_SIZE,
            centred=True,
            reach=0,  # beside its dot or not at all
        )
        for index, (lines, dot) in enumerate(zip(wrapped, dots, strict=True))
    ]
    marks = [Box.around(AXIS_X, dot, DOT_RADIUS + 1) for dot in dots]
    bottom = max(dots, default=TOP_MARGIN) + max((label_height(lines) for lines in wrapped), default=0.0)
    # Half a unit of slack on the left: a box centred on LABEL_X + width / 2 may start a rounding below it.
    bounds = Box(LABEL_X - 0.5, 0.0, VIEW_WIDTH - RIGHT_MARGIN + 0.5, bottom + LABEL_GAP)
    layout = place_boxes(requests, bounds, obstacles=marks, gap=LABEL_GAP)
    if layout.unplaced:
        keys = ", ".join(events[int(request.key)].id for request in layout.unplaced)
        raise ValueError(f"timeline: no room beside the dot for {keys}")
    return [
        PlacedLabel(events[int(placed.request.key)], placed.request.y, placed.box.top, placed.request.lines)
        for placed in layout.placed
    ]


def render_timeline_svg(events: Sequence[Event], title: str) -> str:
    """Return the SVG markup for ``events`` (already in date order)."""
    if not events:
        raise ValueError("a timeline needs at least one event")
    first_year = min(event.date.year for event in events)
    last_year = max((event.end_date or event.date).year for event in events) + 1
    span = max(last_year - first_year, 1)
    labels_height = sum(label_height(wrap_label(event)) + LABEL_GAP for event in events)
    pixels_per_year = max(AXIS_SHARE * labels_height / span, 2.0)
    axis = stretched_axis(events, pixels_per_year, first_year)
    placed = place_labels(events, pixels_per_year, first_year)
    axis_bottom = axis.y(last_year)
    height = max(axis_bottom, max(label.bottom for label in placed)) + BOTTOM_MARGIN

    description = (
        f"{len(events)} events from {events[0].date.display()} to "
        f"{events[-1].date.display()} on a time axis with year marks; where events crowd "
        "together the axis stretches to give each its own line. "
        "The same events are listed as text after the figure."
    )
    tick_step = _tick_step(pixels_per_year)
    first_tick = -(-first_year // tick_step) * tick_step
    ticks = [{"year": year, "y": axis.y(year)} for year in range(first_tick, last_year + 1, tick_step)]
    labels = [
        {
            "event": label.event,
            "lines": label.lines,
            "dot_y": label.dot_y,
            "end_y": axis.y(label.event.end_date.as_fractional_year()) if label.event.end_date else None,
            # As label_layout draws a box's lines: the ascent inside the box.
            "baselines": [
                label.top + FONT_SIZE * 0.95 + row * LINE_HEIGHT for row in range(len(label.lines))
            ],
        }
        for label in placed
    ]
    return str(
        render(
            "timeline.svg",
            width=VIEW_WIDTH,
            height=height,
            svg_id=_svg_id(title),
            title=title,
            description=description,
            style=Markup(SVG_STYLE),  # a constant of this module
            axis_x=AXIS_X,
            label_x=LABEL_X,
            dot_radius=DOT_RADIUS,
            top=TOP_MARGIN,
            axis_bottom=axis_bottom,
            ticks=ticks,
            labels=labels,
        )
    )


def _tick_step(pixels_per_year: float) -> int:
    """Years between year marks: the fewest that keep the marks' labels a line apart."""
    for step in (1, 2, 5, 10, 20, 25, 50):
        if step * pixels_per_year >= LINE_HEIGHT + 2:
            return step
    return 100


def _svg_id(title: str) -> str:
    slug = "".join(character if character.isalnum() else "-" for character in title.lower())
    return "timeline-" + "-".join(part for part in slug.split("-") if part)
