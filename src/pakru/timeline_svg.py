"""Draw the course timeline as an accessible SVG.

Layout, for a figure that must stay legible on a phone:

* a vertical time axis on the left whose scale is proportional to time;
* one label per event in a column on the right, as near to its date as the
  labels above it allow, joined to its dot by a leader line;
* a fixed ``viewBox`` width of :data:`VIEW_WIDTH` units, drawn at most that many
  CSS pixels wide, so text is never scaled below its design size on a phone.

The figure carries a ``<title>`` and ``<desc>``; the full text equivalent is the
event list that the Sphinx directive writes next to it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from pakru.events import Event
from pakru.templating import render

VIEW_WIDTH = 340
FONT_SIZE = 12
LINE_HEIGHT = 15
LABEL_GAP = 8
AXIS_X = 52
LABEL_X = 76
TOP_MARGIN = 24
BOTTOM_MARGIN = 24
# A conservative average glyph width for sans-serif text, so wrapped lines fit.
CHARACTER_WIDTH = 0.56 * FONT_SIZE
# Inline so the figure looks the same in HTML, EPUB and as a stand-alone file.
# currentColor follows the page's text colour, so dark mode works too.
SVG_STYLE = (
    f"text{{font:{FONT_SIZE}px sans-serif;fill:currentColor}}"
    ".date{font-weight:bold}"
    ".tick text{font-size:11px;opacity:.8}"
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
LABEL_CHARACTERS = int((VIEW_WIDTH - LABEL_X - 4) / CHARACTER_WIDTH)


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


def wrap_label(event: Event) -> tuple[str, ...]:
    """The label's lines: the date, then the title wrapped to the column."""
    return (event.display_dates(), *textwrap.wrap(event.title, LABEL_CHARACTERS))


def place_labels(events: Sequence[Event], pixels_per_year: float, first_year: float) -> list[PlacedLabel]:
    """Stack labels top to bottom without overlaps, each as close to its dot as possible.

    Labels that would overlap are merged into blocks centred on their dots (the
    classic "dodge" layout), then every block is pushed below the block above it.
    """
    wrapped = [wrap_label(event) for event in events]
    dots = [TOP_MARGIN + (event.date.as_fractional_year() - first_year) * pixels_per_year for event in events]
    heights = [len(lines) * LINE_HEIGHT + LABEL_GAP for lines in wrapped]

    # Each block: [first index, last index, top]
    blocks: list[list[float]] = []
    for index, (dot, height) in enumerate(zip(dots, heights, strict=True)):
        blocks.append([index, index, dot - height / 2])
        while len(blocks) > 1:
            upper, lower = blocks[-2], blocks[-1]
            upper_height = sum(heights[int(upper[0]) : int(upper[1]) + 1])
            if upper[2] + upper_height <= lower[2]:
                break
            first, last = int(upper[0]), int(lower[1])
            total = sum(heights[first : last + 1])
            centre = sum(dots[first : last + 1]) / (last - first + 1)
            blocks[-2:] = [[first, last, centre - total / 2]]
    placed: list[PlacedLabel] = []
    floor = TOP_MARGIN - LINE_HEIGHT / 2
    for first, last, top in blocks:
        cursor = max(top, floor)
        for index in range(int(first), int(last) + 1):
            placed.append(PlacedLabel(events[index], dots[index], cursor, wrapped[index]))
            cursor += heights[index]
        floor = cursor
    return placed


def render_timeline_svg(events: Sequence[Event], title: str) -> str:
    """Return the SVG markup for ``events`` (already in date order)."""
    if not events:
        raise ValueError("a timeline needs at least one event")
    first_year = min(event.date.year for event in events)
    last_year = max((event.end_date or event.date).year for event in events) + 1
    span = max(last_year - first_year, 1)
    label_height = sum(len(wrap_label(event)) * LINE_HEIGHT + LABEL_GAP for event in events)
    # Scale time so the labels, stacked, fill about the same height as the axis.
    pixels_per_year = max(label_height / span, 6.0)
    placed = place_labels(events, pixels_per_year, first_year)
    axis_bottom = TOP_MARGIN + span * pixels_per_year
    height = max(axis_bottom, placed[-1].bottom) + BOTTOM_MARGIN

    def year_y(year: float) -> float:
        return TOP_MARGIN + (year - first_year) * pixels_per_year

    description = (
        f"{len(events)} events from {events[0].date.display()} to "
        f"{events[-1].date.display()} on a time axis drawn to scale. "
        "The same events are listed as text after the figure."
    )
    tick_step = _tick_step(span)
    first_tick = -(-first_year // tick_step) * tick_step
    ticks = [{"year": year, "y": year_y(year)} for year in range(first_tick, last_year + 1, tick_step)]
    labels = [
        {
            "event": label.event,
            "lines": label.lines,
            "dot_y": label.dot_y,
            "end_y": year_y(label.event.end_date.as_fractional_year()) if label.event.end_date else None,
            "text_y": label.top + FONT_SIZE,
            "anchor_y": label.top + LINE_HEIGHT / 2,
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
            top=TOP_MARGIN,
            axis_bottom=axis_bottom,
            line_height=LINE_HEIGHT,
            ticks=ticks,
            labels=labels,
        )
    )


def _tick_step(span_years: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50):
        if span_years / step <= 14:
            return step
    return 100


def _svg_id(title: str) -> str:
    slug = "".join(character if character.isalnum() else "-" for character in title.lower())
    return "timeline-" + "-".join(part for part in slug.split("-") if part)
